"""What one count counts, by its classifier, and where that thing's head starts.

Split out of :mod:`zhkg.extract.counts` by tidy185 (every block moved word for word, the word lists with the
functions that read them):

* :func:`_counted_thing` the thing a count counts by its classifier: none (a noun before or after the number:
  人口499, 参观人数达3万, 6地产商, 数百俄罗斯士兵), a measure (274个村, 确诊病例3例, 十个左右的品牌, 两家基金公司),
  a unit (五十人座位, 四席董事, 26队搜救队伍, 2万户投保家庭, 管理着流动党员3390人), refusing what the words show is no
  count (十八大, 八国集团, 年薪20万的职位, 4万亿财政投资计划);
* :func:`_thing_head` the head of that thing (两个“小金库”: the words quoted; 反政府武装人员: 人员), ``None`` for
  titles won (7个全国冠军); :func:`_households_of` and :func:`_glossary_end` are its helpers.

Caveats
-------
* The noun phrases themselves are read by :mod:`zhkg.extract.count_phrase` (after the classifier),
  :mod:`zhkg.extract.count_nouns` (before the number, after a 的-clause) and :mod:`zhkg.extract.count_people`;
  this module decides which of them a count takes.
* A classifier may be left standing alone here (``full`` is ``None``): what it counts then is decided over the
  document's counts by :mod:`zhkg.extract.count_neighbours`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from zhkg.extract.count_clauses import _Boundaries, _clause_start
from zhkg.extract.count_exclusions import (
    _UNIT_PROPERTY,
    _glued_countries,
    _glued_unknown,
    _measured_before,
    _not_counted_after,
    _part_before_verb,
    _verb_after_aspects,
)
from zhkg.extract.count_nouns import (
    _ASPECTS,
    _EVENT_LIST_LINKS,
    _PEOPLE_ONLY_CLASSIFIERS,
    _bare_count,
    _event_list,
    _item_noun,
    _noun_before,
    _relative_thing,
    _subject_before_clause,
    _terse_count,
)
from zhkg.extract.count_numerals import _PAREN, _extend
from zhkg.extract.count_people import (
    _head_count_before,
    _people_before,
    _people_before_prefix,
    _people_counted,
    _people_glued,
    _people_noun,
    _population_before,
    population_after,
)
from zhkg.extract.count_phrase import (
    _ADJECTIVE_HEADS,
    _EVENT_CLASSIFIERS,
    _FUNCTION_CHARS,
    _NOT_COUNTED,
    _QUOTED_THING,
    _head,
    _is_property,
    _phrase_at,
)
from zhkg.extract.count_phrase_words import (
    _INSTITUTION_CLASSIFIERS,
    _INSTITUTIONS,
    _PERSON,
    _glossary_at,
    _glossary_lengths,
)
from zhkg.extract.count_refusals import _LARGE_UNIT
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import doc_text, token_table
from zhkg.text import HAN_ONLY

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = [
    "_TEAM_PURPOSE_TAGS",
    "_TEAM_PURPOSE_WORDS",
    "_teams_for",
    "_APPROX_SUFFIXES",
    "_VAGUE_HUNDREDS",
    "_INSTITUTION_VERBS",
    "_BODY_CLASSIFIERS",
    "_LEVELS",
    "_BODIES",
    "_BODY_PEOPLE",
    "_NOUN_UNITS",
    "_NAMED_GROUPS",
    "_COUNTRY_INITIALS",
    "_POINTING",
    "_TERSE_NUMERALS",
    "_TITLES",
    "_TEAMS",
    "_TEAM_HEADS",
    "_SEAT",
    "_SEAT_HOLDERS",
    "_GLUED_AFTER_PEOPLE",
    "_MONEY_BEFORE",
    "_MONEY_REACH",
    "_SPENDING",
    "_MONEY_NOUNS",
    "_MONEY_AFTER",
    "_PIXELS",
    "_SHARES",
    "_PEOPLE_LAST",
    "_TROOPS",
    "_TEN_THOUSAND",
    "_HOUSEHOLD",
    "_CLASS",
    "_CLASS_NAME_BEFORE",
    "_CLASS_COUNTED_AFTER",
    "_classes_counted",
    "_HOUSES",
    "_HOUSEHOLDS",
    "_households_of",
    "_PEOPLE_GROUPS",
    "_BIG",
    "_PAIR",
    "_NAMED_AFTER_ONLY",
    "_RUNS",
    "_PAIR_STATISTICS",
    "_MAX_BIG",
    "_TOP_TEN",
    "_POINTERS",
    "_glossary_end",
    "_counted_thing",
    "_thing_head",
]


_APPROX_SUFFIXES = ("左右", "以上", "上下")
# 数百/几千 without a classifier before a noun of people multiply it as 万 does (数百俄罗斯士兵) (counts126).
_VAGUE_HUNDREDS = re.compile("[数几][百千]")
# Verbs jieba glues to an institution after 家/所 (公司公告: a company announces): the institution is the thing.
_INSTITUTION_VERBS = ("公告",)
# 个, 家 and 所 before a body and the people of it count the bodies (五个发展中国家领导人, 30多家顶级智库代表; tune59's
# convention); people are counted with 名 and 位 (五名国家领导人).
_BODY_CLASSIFIERS = ("个", "家", "所")
# A level the number reaches, after 的 (4万份的高位, 3000点的关口): no thing counted; the classifier stands alone.
_LEVELS = ("高位", "低位", "水平", "水准", "关口", "大关", "高点", "低点", "档次")
_BODIES = ("国家", "智库", "企业", "公司", "机构", "学校", "大学", "银行", "医院", "单位")
_BODY_PEOPLE = ("领导人", "代表", "员工", "职工", "官员", "负责人", "领导")
# Units that are nouns of their own: a noun after them is another word, not what they measure
# (两公司企业年金: 2 companies; 两车乘客: 2 vehicles).
_NOUN_UNITS = frozenset(("车", "公司", "机构", "校", "股", "国", *"党 院 省 县 县市 乡镇 乡 镇".split()))
# N国 before these is a name (八国集团, 二十国集团), and 三国 an era (三国演义, 三国时期), not a count of countries;
# 两院院士 a title (an academician of both academies; counts176).
_NAMED_GROUPS = ("集团", "联军", "演义", "时期", "时代", "志", "院士")
# One-character short forms of countries that may list the countries a count of 国 counts (中日韩三国).
_COUNTRY_INITIALS = frozenset("中美日韩朝俄英法德意印越泰蒙巴")
# 这三国, 那三国: countries pointed back to, never the era (owners43)
_POINTING = frozenset("这那")
# Numerals that may count a noun without a classifier in a headline's terse style (三任务, 三基金).
_TERSE_NUMERALS = frozenset("两三四五六七八九十")
# Titles after a classifier are results, game statistics (握有7个全国冠军, 两个冠军), unless the classifier counts
# people (两位冠军, 3名世界冠军); medals stay counts (获得35枚金牌).
_TITLES = ("冠军", "亚军", "季军", "锦标")  # 4个重要锦标: titles won (tcounts45)
# Office holders 席 seats (a board's 四席董事, 三席独董; 三席议员): right after it they are what it counts, as the
# glossary's nouns are after 人 (五十人座位); 席 alone still counts seats (赢得61席). Not 委员会, a body.
# 队 counts teams a phrase after it names as teams (26队搜救队伍); alone it counts the sides of a match (两队)
_TEAMS, _TEAM_HEADS = "队", ("队", "队伍")
# The words that may say what teams are for between 队 and 队伍 (紧急/a 应变/v 队伍, 搜救/vn): at most three.
_TEAM_PURPOSE_TAGS, _TEAM_PURPOSE_WORDS = frozenset({"a", "ad", "an", "b", "v", "vn", "n"}), 3
_SEAT = "席"
_SEAT_HOLDERS = re.compile(r"(?:独立董事|董事|独董|监察人|监事|议员|立委|委员(?!会)|理事(?!会)|代表)")
# After 人, jieba may glue these to it (人才, 人来): the unit stands alone before them.
_GLUED_AFTER_PEOPLE = "才来"
# A multiplier with no classifier right after these is a sum of money, its 元 left out (年薪20万的职位, 投资两亿建设).
_MONEY_BEFORE = re.compile(r"(?:年薪|月薪|薪酬|工资|奖金|身价|投资|斥资|耗资|融资|募资|集资|捐资|捐款|拨款|资金|总价|售价|单价|总额)"
                           r"(?:了|约|达|为|高达|超过|近)?$")
_MONEY_REACH = 6
# A multiplier before a noun phrase opening with these is a sum of money (4万亿财政投资计划).
# Verbs of buying, selling and spending right after a multiplier make it a sum of money (120万拿下500间房).
_SPENDING = ("出售", "拿下", "买下", "购得", "拍下", "收购", "叫卖", "挂牌", "流入", "流出", "付给", "投入", "拉动",
             "用于", "注入", "购买", "买入", "卖出", "抛售", "筹集", "募集", "拍摄", "沉没", "砸下")
_MONEY_NOUNS = ("财政", "投资", "资金", "融资", "资产", "贷款", "税收",
                "损失", "经济损失", "收入", "利润", "营收", "营业额", "销售额", "成本", "支出", "开支", "赔偿",
                "财富", "内需", "本金", "本钱")  # counts75: 千万财富, 4万亿内需投资
# …and so is one the phrase after a multiplier runs into (110亿企业年金, 4万亿政府投资; counts76).
_MONEY_AFTER = ("年金", "公积金", "社保基金", "养老金")
_PIXELS = "像素"
# What a bare multiplier counts besides people and the glossary's things: shares (持有中国联通1059万股).
_SHARES = ("股",)
_PEOPLE_LAST = tuple("生人客民员工者师手士官兵警军徒")  # how a noun of people ends (1.4亿农民工, 百万敌军, 4亿信徒)
_TROOPS = ("主力", "兵力")  # troops, counted in 万 (十万主力, 二十万兵力); 亿 of 主力 is money (主力资金)
_TEN_THOUSAND = "万"
_HOUSEHOLD = "户"
_HOUSES = "家"  # before 的 a possessive: 两家的针对群体 counts the two companies named before (counts101, tune59)
_HOUSEHOLDS = ("家庭", "企业", "单位", "居民", "农民", "人家", "户", "公司")  # what 户 counts after a verbal noun


def _households_of(doc: Doc, after: int, b: _Boundaries) -> tuple[int, int] | None:
    """The phrase after 户 of a verbal noun and the households or bodies it names (2万户投保家庭, 400户投保企业),
    which 户 counts (counts84); ``None`` when anything else follows (5万户受灾, 1000户获得补贴)."""
    if after >= len(b.token_at) or after not in b.starts:
        return None
    words = token_table(doc).words
    verbal = words[b.token_at[after]]
    if verbal.tag != "vn" or verbal.i + 1 >= len(words):
        return None
    noun = words[verbal.i + 1]
    if noun.idx != verbal.end or noun.tag not in ("n", "nz") or not noun.text.endswith(_HOUSEHOLDS):
        return None
    return after, noun.end


# Nouns of people as a body, counted after a bare multiplier and 的 as people are (13亿的消费群体; counts75).
_PEOPLE_GROUPS = ("群体", "人群", "人口")
# 大 (五大变化, 四大银行) counts only small numbers: 十八大 is a congress, not eighteen things.
_BIG = "大"
_PAIR = "双"
# Classifiers of Hong Kong and Taiwan usage that count only a noun named after them (5幅住宅用地, 3档基金).
# ...and 班 and 把 (3班航班, 两把刀: session 23), whose number alone is a class, a shift or a leader (3班, 三班倒, 一把手)
_NAMED_AFTER_ONLY = frozenset("幅 档 班 把 笔".split())
_RUNS = "班次"  # 加开列车320班次 counts 列车; standing alone (增加120班次) it counts the runs
# 班 standing alone counts a school's classes in its figures (全县一至六年级共1758班，…; 本学年共5012人、281班): closing its
# clause or an item of a list, its number after no grade or ordinal (高三3班, 一年级2班, 第3班: a class's name; counts224).
_CLASS = "班"
_CLASS_NAME_BEFORE = re.compile(r"(?:[级級第]|[一二三四五六七八九]年|[高初国國小][一二三四五六])$")
_CLASS_COUNTED_AFTER = "，,。；;、！？!?"
_PAIR_STATISTICS = ("数据", "的")
_MAX_BIG = 10
# 十大 is a ranking or an award, "the top ten" (十大新闻, 十大杰出青年, 十大重仓股), unless pointed at (这十大…).
_TOP_TEN = 10
_POINTERS = ("这", "那", "這")


def _glossary_end(text: str, phrase: tuple[int, int], glossary: Mapping[str, str]) -> bool:
    """Whether the phrase ends on a word of the glossary of counted things (1000万中小企业: 企业)."""
    start, end = phrase
    return any(text[end - n : end] in glossary for n in _glossary_lengths(glossary) if n <= end - start)


def _classes_counted(text: str, start: int, after: int) -> bool:
    """Whether 班 standing alone after the number at ``start`` (its classifier ending at ``after``) counts classes: it
    closes its clause or is an item of a list, and no grade or ordinal comes right before the number (counts224).

    >>> _classes_counted("一至六年级共1758班，学生", 6, 11), _classes_counted("本学年共5012人、281班，", 10, 14)
    (True, True)
    >>> _classes_counted("高三3班的学生", 2, 4), _classes_counted("实行三班倒", 2, 4), _classes_counted("第3班，", 1, 3)
    (False, False, False)
    >>> _classes_counted("较113学年627班、", 7, 11), _classes_counted("三年2班，", 2, 4)
    (True, False)
    """
    return (after >= len(text) or text[after] in _CLASS_COUNTED_AFTER) and not _CLASS_NAME_BEFORE.search(text, 0, start)


def _counted_thing(doc: Doc, m: re.Match[str], b: _Boundaries, lexicon: Lexicon, start: int, after: int,
                   value: float, approximate: bool, prefix: str | None
                   ) -> tuple[tuple[int, int] | None, int, int, tuple[int, int] | None, bool] | None:
    """The thing the count of ``m`` counts, by its classifier: none (a noun before or after the number: 参观人数达3万,
    6地产商), a measure (两家基金公司, 十个左右的品牌), a unit (五十人座位, 管理着流动党员3390人). Returns its span (None:
    the classifier stands alone), the count's start (moved to a noun before it), the head's start if already known
    (else -1), a noun before that may still be the thing, and whether the count is approximate; ``None`` when the
    words show no count (十八大, 八国集团, 年薪20万的职位)."""
    text = doc_text(doc)
    num, cls = m.group("num"), m.group("cls")
    full: tuple[int, int] | None = None
    open_noun: tuple[int, int] | None = None
    head_start = -1
    if cls is None:
        population = _population_before(text, start, b)
        if population is not None:  # 2011年人口499
            full, start = population, population[0]
        elif _VAGUE_HUNDREDS.fullmatch(num):
            phrase = _phrase_at(doc, after, -1, b, lexicon.glossary)
            if phrase is None or not (_people_noun(text, phrase) or text.endswith(_PEOPLE_LAST, *phrase)):
                return None  # 数百俄罗斯士兵 counts the soldiers; 数百公里, 数千年 nothing (counts126)
            full = (phrase[0], _extend(text, phrase[1]))
        elif _LARGE_UNIT.search(num) and (counted := _head_count_before(doc, start, b)
                                           or _people_before(doc, start, b)
                                           or _people_before_prefix(doc, start, prefix, b)) is not None \
                and not _phrase_at(doc, after, -1, b, lexicon.glossary):
            full, start = counted, counted[0]  # 参观人数达3万: the visitors, nothing counted after the number
        elif not _LARGE_UNIT.search(num):
            full = (_bare_count(doc, m, b, lexicon.glossary) if num not in _TERSE_NUMERALS
                    else _terse_count(doc, m, b))  # 6地产商, but not 409会议室; 三任务
            if full is None:
                return None
        else:
            if _measured_before(doc, start, b) or _not_counted_after(doc, after, -1, b):
                return None  # 有效像素1000万的CCD, 千万像素智能拍摄: the value of a measure
            if _MONEY_BEFORE.search(text, max(0, start - _MONEY_REACH), start):
                return None  # 年薪20万的职位, 投资两亿建设: a sum of money, its unit left out
            phrase = (_relative_thing(doc, after, b, lexicon.glossary) if text.startswith("的", after)
                      else _phrase_at(doc, after, -1, b, lexicon.glossary))
            if phrase is None or _is_property(text[phrase[0] : phrase[1]], lexicon.glossary):
                return None  # 一千万点击量: a multiplier before a property is its value, not a count
            if text.startswith("的", after) and not (_people_noun(text, phrase)
                                                     or text.endswith(_PEOPLE_GROUPS + _PEOPLE_LAST, *phrase)):
                return None  # 800多万的本金, 几十万的房子: what a thing is worth; 1500万的注册用户, 4亿2千万的福音派基督徒 count people
            if text.startswith(_SPENDING, phrase[0]) and not text.startswith("的", after):
                return None  # 120万拿下500间房, 数亿拍摄平民电影: a sum paid, then what it pays for
            if text.startswith(_MONEY_NOUNS, phrase[0]) or _PIXELS in text[phrase[0] : phrase[1]]:
                return None  # 4万亿财政投资计划: money; 1220万有效像素CCD传感器: the sensor's pixels
            if text.startswith(_MONEY_NOUNS + _MONEY_AFTER, phrase[1]):
                return None  # 110亿企业年金, 4万亿政府投资: the phrase says whose money it is (counts76)
            if not (_people_noun(text, phrase) or text.endswith(_PEOPLE_GROUPS + _SHARES + _PEOPLE_LAST, *phrase)
                    or _glossary_end(text, phrase, lexicon.glossary)
                    or (text.endswith(_TROOPS, *phrase) and _TEN_THOUSAND in num)):  # 十万主力: troops (counts84)
                return None  # 1400万铁塔, 3万旧房翻新, 50万级别: a bare multiplier before a thing is its price (counts76)
            full = (phrase[0], _extend(text, phrase[1]))
    elif cls == _ASPECTS and _verb_after_aspects(doc, after, b):
        full, head_start = (m.start("cls"), after), m.start("cls")  # 从两方面进行除尘: the aspects stand alone
    elif cls == _HOUSES and text.startswith("的", after):
        full, head_start = (m.start("cls"), after), m.start("cls")  # 两家的针对群体: the two companies', 家 stands alone
    elif lexicon.classifiers[cls] == "measure":
        gloss_end = _glossary_at(text, after, b.ends, lexicon.glossary)
        vague = next((s for s in _APPROX_SUFFIXES if text.startswith(s + "的", after)), "")
        if vague:  # 十个左右的品牌: about ten brands
            approximate = True
        relative = _relative_thing(doc, after + len(vague), b, lexicon.glossary) if gloss_end < 0 else None
        if relative is not None and (item := _phrase_at(doc, after, m.start("cls"), b, lexicon.glossary)) is not None \
                and item[1] < relative[1] and text.startswith("、", item[1]):
            relative = None  # 一百多家经营单位、…并存的文化市场: the number counts the list's first item (counts84)
        if relative is not None and text.endswith(_LEVELS, *relative):
            relative = None  # 处在4万份的高位: the level the number reaches, not a thing counted (counts76)
        if relative is not None and cls in _PEOPLE_ONLY_CLASSIFIERS:
            relative = _subject_before_clause(doc, after, relative[0], b) or relative
        phrase = relative or _phrase_at(doc, after, m.start("cls"), b, lexicon.glossary,
                                        events=cls in _EVENT_CLASSIFIERS)
        if relative is None and _UNIT_PROPERTY.match(text, after):
            phrase = None  # 其中12所学生数不到50人: the units' head count is a property of each, the classifier stands alone
        if gloss_end < 0 and relative is None and _part_before_verb(doc, start, after, b):
            phrase = None  # 其中约800家提供24小时服务: the part of the set counted before, then what it does
        if phrase is not None and cls in _EVENT_CLASSIFIERS:
            phrase = _event_list(doc, phrase, b, lexicon.glossary)  # 6起盗窃、抢劫和交通事件: 事件
            relative = phrase if relative is not None else None
        if (phrase is None and gloss_end < 0 and text.startswith("是", after) and after + 1 in b.starts
                and text[m.start() - 1 : m.start()] not in _POINTERS):  # 这两项是局部: 项 points back, 局部 says what
            phrase = _phrase_at(doc, after + 1, -1, b, lexicon.glossary)  # 其中四起是死刑案件: 案件
        item = _item_noun(doc, start, after, phrase, b, lexicon) if relative is None and gloss_end < 0 else None
        if item is not None:
            phrase = None  # 共舰9艘、公务船3艘出海扰台, 渔船12艘进入禁区: the noun before, not what is done (counts320)
        end = max(phrase[1] if phrase else -1, gloss_end)
        if cls == _BIG and text[start - 1 : start] == "前":
            return None  # 前十大重仓股: a rank (jieba may glue 其前), not a count
        if cls == _BIG and value == _TOP_TEN and not approximate and text[start - 1 : start] not in _POINTERS:
            return None  # 年度十大新闻, 北京十大杰出青年: a top ten, a ranking's title, not ten things counted
        if cls == _BIG and (end <= after or value > _MAX_BIG):
            return None  # 十八大 is a congress; 大 standing alone is no classifier
        if cls == _PAIR and (end <= after or text.startswith(_PAIR_STATISTICS, after)):
            return None  # 大三双, 三双数据: a basketball statistic; 双 counts only the pairs named after it (2双鞋)
        if cls in _NAMED_AFTER_ONLY and end <= after and not (cls == _CLASS and _classes_counted(text, start, after)):
            return None  # 分为三档: levels; 幅, 档 standing alone count nothing (5幅住宅用地, 3档基金 do)
        if relative is not None:
            full = relative
        elif end > after:
            full = (after, _extend(text, end))
            first_word = token_table(doc).words[b.token_at[after]]
            if (cls in _INSTITUTION_CLASSIFIERS and first_word.idx == after and first_word.text in _INSTITUTIONS
                    and first_word.end < full[1]):
                full = (after, first_word.end)  # 两家公司企业年金业务: the companies
            elif cls in _INSTITUTION_CLASSIFIERS and text.endswith(_INSTITUTION_VERBS, full[0], full[1]) and any(
                    text.endswith(i + v, full[0], full[1]) for i in _INSTITUTIONS for v in _INSTITUTION_VERBS):
                full = (full[0], full[1] - 2)  # 两家基金公司公告发行…: jieba's 公司公告 glues the verb to the company
            elif cls in _BODY_CLASSIFIERS and (people := next(
                    (p for p in _BODY_PEOPLE if text.endswith(p, full[0], full[1])), "")) \
                    and (full[1] - len(people) in b.ends or text[full[0] : full[1] - len(people)] in _BODIES) \
                    and text.endswith(_BODIES, full[0], full[1] - len(people)):
                full = (full[0], full[1] - len(people))  # 五个发展中国家领导人, 30多家智库代表: the countries (counts76)
        elif item is not None:
            full, start = item, item[0]
        else:
            noun, sure = _noun_before(doc, start, b, lexicon, cls)
            if noun is not None and sure:
                full, start = noun, noun[0]
            elif noun is not None:
                open_noun = noun
            elif cls == _RUNS:
                full, head_start = (m.start("cls"), after), m.start("cls")  # 港铁增加120班次: the runs themselves
    else:
        if cls in _NOUN_UNITS and text.startswith(_NAMED_GROUPS, after):
            return None  # 八国集团, 三国演义: a name or an era
        if cls == "国" and value == 3 and text[start - 1 : start] not in _COUNTRY_INITIALS | _POINTING and not any(
                link in text[max(0, start - 15, _clause_start(text, start)) : start] for link in _EVENT_LIST_LINKS):
            return None  # 三国 is the era of the Three Kingdoms (and its games), unless after the countries
        gloss_end = _glossary_at(text, after, b.ends, lexicon.glossary) if cls not in _NOUN_UNITS else -1
        seated = _SEAT_HOLDERS.match(text, after) if cls == _SEAT else None
        if gloss_end > after:
            full = (after, _extend(text, gloss_end))  # 五十人座位: 50 of 座位
        elif seated is not None and seated.end() in b.ends:
            full = (after, seated.end())  # 四席董事, 三席独董: the directors the seats are for (counts151)
        elif cls == _TEAMS and (teams := _phrase_at(doc, after, m.start("cls"), b, lexicon.glossary)) is not None \
                and teams[0] == after and text.endswith(_TEAM_HEADS, teams[0], teams[1]):
            full = teams  # 26队搜救队伍, 3队救援队: the teams named after their unit (counts151)
        elif cls == _TEAMS and (teams := _teams_for(doc, after, b)) is not None:
            full = teams  # 120队紧急应变队伍: what the teams are for, then the teams (counts303)
        elif (population := population_after(text, cls, after)) > 0:
            full, head_start = (m.start("cls"), population), m.start("cls")  # 容纳最多6,910人口。 (counts250)
        elif cls == _HOUSEHOLD and (kind := _households_of(doc, after, b)) is not None:
            full = kind  # 约2万户投保家庭: 户 counts the insured households, the head after the verbal noun (counts84)
        elif after in b.ends or text.startswith("中", after) or _glued_countries(doc, start, after, cls, b) or (
                cls == "人" and (text[after : after + 1] in _FUNCTION_CHARS + _GLUED_AFTER_PEOPLE
                                 or _glued_unknown(doc, after - 1, b))):
            # 4人中: among the four; 两人才刚刚认识, 3至4人来写, 500万人受影响 (an unknown word 万人受): jieba
            # glued the unit to the word after it
            full, head_start = (m.start("cls"), after), m.start("cls")  # 15万余人次: the unit is the thing
            if cls == _PERSON:  # 有效参赛选手为1869人: the people named before a connector are the thing
                noun, sure = _noun_before(doc, start, b, lexicon)
                if noun is not None and (_people_counted(doc, noun, b) or _people_noun(text, noun) and (
                        (sure and noun[1] < start) or _people_glued(doc, noun, start, b))):
                    full, head_start, start = noun, -1, noun[0]  # (管理着流动党员3390人, 研究人员约120人: glued;
                    # 员工人数超过80万人: the people of X人数, session 26)
                elif (counted := _people_before_prefix(doc, start, prefix, b)) is not None:
                    full, head_start, start = counted, -1, counted[0]  # 公司现有员工约3000人 (counts38)
        else:
            return None
    return full, start, head_start, open_noun, approximate


def _thing_head(text: str, full: tuple[int, int] | None, head_start: int, cls: str | None, b: _Boundaries,
                lexicon: Lexicon) -> tuple[tuple[int, int] | None, int, int, int] | None:
    """The thing counted with its head (两个“小金库”: the words quoted), the end of an adjective left standing for its
    noun (3宗输入性: the classifier stands alone) and the closing quotation mark in the count's span; ``None`` when
    the head counts nothing (7个全国冠军: titles won)."""
    adjective_end = -1  # the end of an adjective left standing for its noun (3宗输入性)
    closing = 0  # a quoted thing's closing mark, in the count's span but not its thing
    if full is not None and head_start < 0 and _QUOTED_THING.fullmatch(text, full[0], full[1]):
        full, head_start, closing = (full[0], full[1] - 1), full[0] + 1, 1  # 两个“小金库”: the words quoted
    if full is not None and head_start < 0:
        core = _PAREN.search(text, full[0], full[1])
        core_end = core.start() if core and core.end() == full[1] and core.start() > full[0] else full[1]
        head_start = _head(text, full[0], core_end, b, lexicon.glossary)
        if text[head_start : full[1]] in _NOT_COUNTED:
            return None
        if text.endswith(_TITLES, head_start, full[1]) and cls not in _PEOPLE_ONLY_CLASSIFIERS:
            return None  # 7个全国冠军: titles won, a statistic (3名世界冠军 counts people)
        if text[head_start : full[1]] in _ADJECTIVE_HEADS and cls and lexicon.classifiers[cls] == "measure":
            full, head_start, adjective_end = None, -1, full[1]  # 3宗输入性、: the classifier stands alone
    return full, head_start, adjective_end, closing


def _teams_for(doc: Doc, after: int, b: _Boundaries) -> tuple[int, int] | None:
    """The teams a 队 counts when the words after it say what they are for and close on 队伍 (120队紧急应变队伍: an
    adjective and a verb the phrase reader stops at): ``(after, end)``, else None. Only words of
    :data:`_TEAM_PURPOSE_TAGS`, at most :data:`_TEAM_PURPOSE_WORDS` of them, before 队伍 (派出3队人马: none)."""
    words = token_table(doc).words
    if after >= len(b.token_at) or after not in b.starts:
        return None
    first = b.token_at[after]
    for word in words[first : first + _TEAM_PURPOSE_WORDS + 1]:
        if word.text == _TEAM_HEADS[1] and word.i > first:
            return after, word.end
        if word.tag not in _TEAM_PURPOSE_TAGS or not HAN_ONLY.match(word.text):
            return None
    return None
