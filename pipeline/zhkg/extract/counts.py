"""COUNT mentions: a number, a classifier and the thing counted (274个村).

The grammar runs on the normalised (Simplified, half-width) text of a spaCy
``Doc``; jieba's tokens are used only as boundaries and part-of-speech hints,
because jieba glues numbers to classifiers and classifiers to nouns (``万名``,
``个村``, ``名反``) in ways that vary.

A count is ``[prefix] [low (至|到|-)] number [多|余] [万|亿] [多|余] classifier [noun phrase]``:

* numbers are Arabic (``1,028``, ``1.5``; full-width digits are folded by the
  normalise stage) or Chinese (五十, 两, 十多); ``万``/``亿`` multiply. Chinese
  numerals are parsed by :func:`zhkg.extract.numerals.read_number` (cn2an's smart mode);
* the classifier comes from ``zhkg/resources/data/classifiers.tsv``. A *measure*
  (个, 名, 例, 家, 枚, 场, 座, 艘, 架, 所...) counts the noun phrase after it
  (``274个村``), or a noun before it (``确诊病例3例``, ``项目共822个``), or, when it
  stands alone, the thing of the nearest count with the same classifier
  (``确诊病例33例,其中上海报告9例``: 9 of 确诊病例); a *unit* (人, 人次, 户, 席)
  counts itself (``15万余人次``) unless a glossary noun follows (``五十人座位``);
* a multiplier without a classifier counts the noun right after it
  (``320万游客``, ``1.5万人次``);
* the thing counted (``Quantity.counted``) is the **head** of the noun phrase: the
  longest glossary entry (``zhkg/resources/data/glossary.tsv``) that ends the
  phrase, else its last noun (``6个机票比价网站``: 网站; ``37名反政府武装人员``: 人员;
  ``两家中国企业``: 企业). The whole phrase is ``Quantity.counted_full``
  (机票比价网站). A phrase is up to six tokens of nouns and modifiers (adjectives,
  区别词, verbal nouns; verbs only before its first noun), plus a short
  parenthesised qualifier (``镇乡(街道)``). It stops before a property noun
  (``5家银行不良率都…``: 银行), may end on a noun jieba tags as a place when a
  conjunction follows (``两幢办公塔楼和…``), and after a classifier of events (起, 宗)
  may be a run of verbs that ends it (``3起疑似群聚感染,``: 感染);
* in a list of counts with one classifier (``24只上涨,6只持平,2只下跌``), a one-word
  thing ending its clause between classifiers standing before verbs is a predicate:
  all of them count the thing named earlier (基金); 种 standing alone with nothing to
  borrow counts kinds (``该属共有5种``);
* Arabic digits between Chinese units are one number (``4亿2千万``, ``1万5千``).
* after a 的-clause the thing is the phrase after 的 when the words before it open with a name
  or a non-noun or hold a verb (``3个国务院的报告``, ``两名被困在井下的矿工``: 报告, 矿工); a plain
  noun before 的 stays the thing (``5家银行的不良率``);
* a dictionary noun right after the classifier is the thing even when a clause runs on to a 的
  (``三位留学生讨教…的经验``: 留学生); a property noun after a chain of nouns leaves the first one
  (``70个大中城市房屋销售价格``: 城市); a property noun right after the classifier leaves the classifier
  standing alone (``225只基金中,99只净值上扬``: 基金); a market verb links a noun to its number
  (``商品住房认购90套``); 左右 before 的 keeps the noun after it (``十个左右的品牌``, approximate);
* 大 counts up to ten (``五大变化``; ``十八大`` is a congress); 方面 is a classifier (``两方面``);
  人口 and a number is a count of 人口 (``2011年人口499``); ``只有一个…`` is a count; 一 after a
  comma is a list item when the item before has its classifier (``两种…,一种…``); ``N死N伤``
  gives the dead and the injured; a number jieba glues to 这/那 (``这三名``) still counts.
* a unit that is a noun of its own (车, 公司, 校, 股) counts itself, never the noun after it
  (``两公司企业年金``: 2 公司; ``两车``); 派/系/型 between two nouns makes a kind (``福音派基督徒``:
  基督徒); a word jieba tags as a name that ends in a dictionary noun is that noun, not a name opening a
  的-clause (``五家国有银行有…的业务``: 银行); 由 links a noun to its number (``主题园区由4个增至7个``);
  a verb and its verbal-noun object after a classifier in a list are a predicate (``其中两只出现亏损``:
  the classifier stands alone); an open noun right before the number beats borrowing from another
  sentence (``生产基地7个``), unless it names where (``南部地区2起``, or a division's full name: ``思明区2所``); such a count
  takes the thing of a count of its sentence, else the noun before its sentence's 包括 (``新建学校包括海淀区3所、朝阳区2所``:
  学校), else a near count's, else its classifier (counts201).
* a bare whole number before a noun of people, bodies or countries counts it without a classifier
  (``6地产商``, ``8000再培训名额``; not a year, a room, a hotline or a name glued to Latin letters:
  ``2008奥运会``, ``409会议室``, ``12345热线``); 再 + a verb opens a phrase (``8000个再培训名额``); a run of
  verbs after 起/宗 that opens a list ending in a noun counts that noun (``6起盗窃、抢劫和交通事件``: 事件);
  a thing jieba glued to its property is the thing (``120只基金净值下跌``: 基金); a classifier standing alone
  with nothing to borrow takes the set a noun + 中 names in its clause (``舰队中只有15艘``: 舰队);
* a verb jieba tags as a noun ends the phrase after its head (``5只基金战胜指数``, ``近百名学生座谈``); a verb
  and a name right after the classifier are the predicate (``275位获得美国移民局…``), and the noun before the
  number, past a time word and 已有, is the thing (``投资人目前已有275位``); so is one before a verb of change
  (``基金已经增至8家``, ``网吧数量已从300家降至120家``); a noun before its number may carry
  a parenthesised qualifier (``签证(J1)35.36万个``); a headline's ``(组图)`` is no qualifier; 全新 describes
  the noun (``58张全新地图``); 国 counts itself (``两国``, ``两国元首``: 2 国), but not in ``八国集团``, ``三国演义``
  (三国 only after country initials: ``中日韩3国``); a one-character last word ends a compound with the word
  before it (``5个修补石``, ``百余套房源``); an idiom after the head is the predicate (``两个半球体合二为一``);
* jieba's tags and glue: ad and 前/原/现 describe the noun (``304只积极偏股型基金``, ``100多名前政要``), an adverb
  after the head opens the predicate; a "name" right after the classifier is a noun (``70余位明星``); a link's
  note ``(微博)`` before the head is skipped; 人 glued to 才/来 (``两人才``), a whole token ``两条腿`` and 当两人
  still count; 过 before 百/千/万 is "over" (``过百人``, approximate);
* after 的, a verbal noun alone is what is done with the noun before it (``两场比赛的综述``: 比赛), a property is
  no stray word to skip (``3.13万套的成交量``: 套); a verbal noun and a noun right after the classifier are one
  noun (``600家销售网点的…单位``: 网点); a 的-clause with its own subject after 和 is the second item's
  (``20个教育机构和他们组织的院校``: 机构); a list's comma after N大 leaves a name (``巴黎九大、``); a note in
  brackets opening with 不含/含/即 is no qualifier (``168只偏股基金(不含指数基金)``); an unknown word after a
  head of two or more characters and before a name opens the predicate (``9万名教育界工作者齐聚温哥华``); a noun
  of Latin capitals before a connector is the thing (``QFII达到68家``); after 家/所 a verb with a link's note
  describes the body after it (``十余家国内顶尖留学(微博)机构``), and notes do not count against a phrase's length;
  a name after a modifier and right before a noun modifies it (``两个主要阿富汗语言``: 语言);
* round 10 (Hong Kong, Taiwan and international news): a dictionary noun ending like a property is the head
  (``125850个技术移民名额``); a property glued to the noun after a modifier leaves the noun (``4只QDII基金净值``); a
  quoted word after the classifier names a kind of the noun after it (``54360个“457”外劳签证``); a head glued to the
  predicate's adverb ends before it (``转播商均取得``); names joined by 和/、 describe the noun after them, which stays
  the thing before a 的 (``480多家美国和加拿大高等学府的…理事会``); jieba's suffix + noun is one noun (``两位型男``);
  双 counts pairs named after it (``2双鞋``; ``大三双`` is a statistic); a quantity noun and a verb of change link a
  noun to its number (``粉丝人数飙增1000多名``); a classifier standing alone takes the set a counted noun + 中
  closes the clause before with (``首10间…学校中，九间``); Hong Kong's and Taiwan's classifiers 幅
  (``5幅住宅用地``), 伙 (``26伙``) and 档 (``3档基金``) count, 幅 and 档 only before what they count (``分为三档``
  is levels), and so do 班 and 把 (``3班航班``, ``两把刀``; ``3班`` is a class, ``三班倒`` a shift,
  ``一把手`` a leader, ``有两把刷子`` an idiom: session 23); a lone numeral before a noun counts it only in a
  headline's opening words, or a section's after its mark (``三基金``, ``■ 新闻分析上合峰会三任务``; ``热火三巨头``
  is a name). Not counts: streaks (``连拉四根阳线``, ``连升3位``), a share of a rate (``每年260名毕业生中，大约有25人``), 这样一个 ("such a");
* a count inside a title (``《三国印魂》``, ``《十万个为什么》``; not a headline with a clause break inside)
  or filling a short quotation (``“金砖四国”``) is a name;

Decisions and caveats:

* ``approximate`` is set by 多/余 (十多, 15万余), a prefix (近, 约, 逾, 超过, 不到,
  少于…), a vague numeral (数十, 十几, 上万, 10几万: the value is the round part, a
  lower bound), a range (二三十家 -> 20, 三百六七十人 -> 360, 5至10人 -> 5, 六到七千块 -> 6000: the lower
  end, in the high end's place when it is a lone digit) or a suffix (左右, 以上, 上下).
* 一 + classifier is usually an indefinite article (一名合格民警, 一场战斗): it is kept
  when it follows a count and a conjunction (两幢塔楼和一座建筑), else only when the
  thing counted is in the glossary, and not in 是一名… (predicate) nor
  一名党员一面旗 (distributive). 一 with a unit (一户, 一个人) is a count only when
  negated (没有一个人 -> 0).
* 没有一例确诊病例 is a count of **zero**: the span includes the negation.
* Not counts: sums of money (元 is not a classifier; 万元, 美元 are never a thing
  counted), percentages and 百分点, ages (岁), durations (天, 小时, 个月, 年 are
  not counted things), dates and clock times, scores and game statistics (分, 篮板,
  助攻...), measures (平方米, 吨, 公里), ordinals, ranks and distributives (第一位,
  前100名, 每一项, 初四), averages and rates (平均…5至10人, 场均8个篮板),
  relative times (四天前), digit-by-digit numerals (二〇二〇), levels (五级联控), fractions after a
  classifier (1.7个百分点), pixels (1220万像素), rates per unit (7张/秒), numbers of digits (六位数), ranks (头两场),
  and numbers glued to a noun without a unit or multiplier (409会议室), trading days (八个交易日), the value of a
  measure named before it (有效像素1000万的CCD), a model's number after a Latin letter and a hyphen (EB-5项目),
  rates per household or day (户均…7.1万份, 日均300套), margins, wins, results and takings (两场的差距, 79场胜利,
  3000万票房), a multiplier before a measure (千万像素), a difference against an earlier figure (相比/相对…减少了1.5万套), one round number twice around 有
  (一万个人有一万个理由: each has his own), 千家万户 and its like, rounds (40多个回合).
* Round 13: N大 + a market's news (两大利好, jieba's adjective: 利好 is in the glossary); jieba's 公司公告 after
  家/所 counts the companies; 股票|型基金 counts the funds, which own a property after them (平均净值).
* Round 13b: 一家企业, 一个机构 (一 + classifier + a generic noun of bodies) are articles; 人 after a connector counts
  the people named before it (有效参赛选手为1869人: 选手); a classifier alone after 其中 opening a sentence counts the
  noun the sentence before ends with (…获批沪深300指数基金。其中三只: 基金).
* Session 26 (counts28): X人数 before a multiplier with nothing counted after it is a count of those people
  (``参观人数达3万``: 人数, the span from X), and before N人 counts X when X names people (``员工人数超过80万人``: 员工); a
  time adverb between a noun and its number is neither's (``学生目前3000名``: 学生); nouns jieba tags as verbs or names
  are glossary nouns (投诉, 外籍生, 考生, 员工, 养老院, 敬老院, 福利院, 酒店, 门店: ``旗下养老院共有12家``, ``新建养老院20座``).
* Session 28 (counts34): a case classifier counts the case noun closing its phrase (``5例登革热境外移入病例``: 病例);
  jieba's glued 达约/占约/有近 stay approximate; people before a link and a bare multiplier are counted
  (``内地旅客占约800万``); a time word before a number is no thing; ``2栋须拆除``, ``50部电动巴士``, ``32所国中小``,
  ``收到3000份申请。``, ``约3,000份不符资格`` (a negated verb is the predicate), ``66架F-16V战机``, ``60名医科生``.
* Session 31 (tcounts45, Traditional text as written): 尊, 道 and 句 count the nouns that take them (``7尊泥塑佛像``,
  ``19道沟壑``, ``八句短语``); a noun's abstract 的-noun leaves it the thing (``64个独立扬声器的内容``); ``15架波音777``
  counts the model; 三项全能 names a sport; appearances and a season's wins (``出赛73场``), titles (``4个锦标``),
  capacities (``可容纳6,000人``), ``六千四百万年前``, ``千万别`` and ``首2名`` count nothing.
* Session 35 (counts126, real Taiwan, Hong Kong and international news): 一个委员都没有 ("not a single one"), a bare
  百家/千家 (``全国百家融媒体记者重庆行``), baseball's hits (``3支零星安打``) and a case's name (``911案``) count nothing;
  名/位 count the people before a head that names none (``3名国会议员住所``, ``5名被告庭讯``: 议员, 被告); 数百/几千
  before people (``数百俄罗斯士兵``), a bare number before 人/司机/民众/县市 (``3被害人``, ``22县市``) and 案 (``4案5人``) count.
* ``Quantity.classifier`` is the Simplified classifier (a closed set, for grouping);
  ``counted`` and ``counted_full`` are in the source script, read from the
  original text.

Layout (tidy60 split this module by what each part decides, tidy185 by the steps of one count's reading; the
reading of one count, :func:`_read`, the dead and the injured of N死N伤 and :func:`extract_counts` stay here, with
the 一 of an article and the refusals that need the thing counted):

* :mod:`zhkg.extract.count_numerals` — numerals, multipliers, classifiers and the count pattern;
* :mod:`zhkg.extract.count_clauses` — token boundaries, one count's reading, clause and sentence breaks;
* :mod:`zhkg.extract.count_refusals` — where a count opens and the words around its number that make it no count
  (differences, streaks, records, ranks, capacities, times, idioms, money);
* :mod:`zhkg.extract.count_things` — what a count counts by its classifier (``_counted_thing``) and that thing's
  head (``_thing_head``);
* :mod:`zhkg.extract.count_nouns` — the counted noun read around a count; :mod:`zhkg.extract.count_phrase` — the
  counted noun phrase after the classifier and its head; :mod:`zhkg.extract.count_phrase_words` — the word lists
  that phrase is read with (tidy262);
* :mod:`zhkg.extract.count_people` — people counted and what a lone classifier counts;
* :mod:`zhkg.extract.count_glued` — counts jieba glues into a word (``10部门``, ``8名校董``, ``敬文三所书院``), an age
  after a classifier of people, the 一 after a verb of adding (counts237);
* :mod:`zhkg.extract.count_neighbours` — lists of counts with one classifier (``_parallel``) and the thing a
  lone classifier takes from the counts around it (``_fill``);
* :mod:`zhkg.extract.count_exclusions` — numbers the pattern reads that count nothing (rates, measures,
  titles, names).

Callers import each helper from the module that defines it; this one exports the names of its ``__all__``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.extract.count_clauses import _Boundaries, _boundaries, _Reading
from zhkg.extract.count_exclusions import (
    _TAKERS,
    _figures_of_speech,
    _in_a_name,
    _only_named,
    _place_names,
    _taken,
    _unit_property,
)
from zhkg.extract.count_glued import ADDING_BEFORE, INCLUDING_BEFORE, glued_noun, glued_title, opens_noun, past_age
from zhkg.extract.count_neighbours import _fill, _parallel
from zhkg.extract.count_nouns import _PEOPLE_ONLY_CLASSIFIERS
from zhkg.extract.count_numerals import _multiplier, _pattern, classifiers, digit_run, parse_number
from zhkg.extract.count_one import one_counted
from zhkg.extract.count_people import _people_noun, _people_within, _population_before
from zhkg.extract.count_phrase_words import _GENERIC_ONE, _PERSON
from zhkg.extract.count_refusals import (
    _KINDS,
    _LARGE_UNIT,
    _PER_UNIT,
    _count_opening,
    _counts_nothing_after,
    _counts_nothing_before,
    _kinds_counted,
)
from zhkg.extract.count_things import (
    _APPROX_SUFFIXES,
    _HOUSES,
    _PEOPLE_GROUPS,
    _PEOPLE_LAST,
    _TERSE_NUMERALS,
    _VAGUE_HUNDREDS,
    _counted_thing,
    _thing_head,
)
from zhkg.extract.numerals import _ONE_TO_NINE as _LONE_DIGITS  # a lone digit: 六 of 六到七千
from zhkg.records import Label, Mention, MentionSource, Quantity
from zhkg.resources.gazetteer import load_gazetteer
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import ORIGINAL_KEY, doc_text, token_table
from zhkg.text import first_ending

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["EXTRACTOR", "classifiers", "parse_number", "extract_counts"]


EXTRACTOR = MentionSource.COUNT_GRAMMAR
# Before 一, these make 一名… a predicate ("is a ..."), i.e. an article.
_PREDICATIVE_BEFORE = ("是", "成为", "当", "做", "作为")
# A count joined to the one before it by these is an item of a list (两幢塔楼和一座建筑): 一 is a number there.
_LIST_CONJUNCTIONS = ("以及", "和", "及", "与", "、", "跟", "同", "，", ",")
_LIST_COMMAS = ("，", ",")  # items of a list only with the classifier of the item before (两种…,一种…)
# Bodies and divisions that count themselves (两党, 三乡镇; counts176), only where they end a word (8000万党员).
_BODY_UNITS = frozenset("党 院 省 县 县市 乡镇 乡 镇".split())
# Before 一, these make it "only one", a count (只有一个装备方队).
_ONLY_BEFORE = ("只有", "仅有", "只", "仅", "唯一", "惟一")  # 惟一一只…指数: 惟 is a variant of 唯
# Before 一, these make it "another" (另一个项目, 又一家): an article, never a count.
_ANOTHER_BEFORE = ("另", "又")
# Before 一, these make it "such a" (来自这样一个家庭): an article, never a count.
_SUCH_BEFORE = ("这样", "那样", "这么", "那么", "如此", "这种", "那种", "任何")  # 任何一个国家: "any" (counts75)
# People whose nouns end otherwise: after a noun of people they are still the people 名/位 count (10名学生家长,
# 5名员工家属), not a place or an act of those before them (3名议员住所: 议员) (counts126).
_KIN = frozenset("家属 亲属 家人 家长 子女 孩子 父母 亲人 妻子 丈夫 儿子 女儿 小孩 婴儿 母亲 父亲 配偶 同事 朋友 同学 队友 "
                 "粉丝 伙伴 助理 秘书".split())
# After 一 + classifier + noun: "not a single one" (一个委员都没有, 一个人也不认识), no count (counts126; 没有一位).
_NOT_A_SINGLE = re.compile(r"[都也](?:没有|没|不|未|无|毫无)")
# 百家/千家 with nothing before them are idioms and names (百家争鸣, 百家讲坛, 全国百家融媒体记者重庆行), not a hundred
# bodies; a numeral or a vague prefix before them still counts (近百家, 数百家, 上千家) (counts126).
_IDIOM_HOUSES = ("百", "千")
_BEFORE_HUNDREDS = "上成数几好近逾约过超达"
# Baseball's hits, which jieba splits (安|打): after an adjective the count is still a game statistic (3支零星安打).
_HITS = ("安打", "全垒打", "本垒打")
# 案 counts cases (查获4案5人, 两案疑犯); three digits or a leading zero glued to it name one (911案, 0206案) (counts126).
_CASE = "案"
_CASE_NAME = re.compile(r"0\d+|\d{3,}")
# A game's currency is money (tune9's 金元宝) and its points a score: what a count of them counts (counts75).
_GAME_MONEY = frozenset({"金币", "元宝", "金元宝", "银元宝", "银两", "游戏币", "点券", "经验", "经验值", "积分", "声望", "声望值"})
# N死N伤: casualties of an accident or attack (致3死14伤).
_CASUALTIES = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万])(\d+|[一二两三四五六七八九十百千]+)(死|亡)"
                         r"(\d+|[一二两三四五六七八九十百千]+)(伤)")
# N男N女: the men and the women of a Hong Kong police or accident report (拘捕两男一女, 三男两女受伤), each a count
# of its own character; not before a letter that makes a noun of it (一男一女子, 两女一男生).
_MEN_WOMEN = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万])(\d+|[一二两三四五六七八九十]+)(男|女)"
                        r"(\d+|[一二两三四五六七八九十]+)(?!\2)(男|女)(?![子生孩童性士人装])")
# A range whose low end is a lone digit and whose high end is a digit and its place (六到七千, 三至五百): the low end
# is read in the high end's place (6000, 300), as 3-4亿 is 3亿; 十 is left alone (三到五十 may be 3 or 30).
_PLACE_OF_HIGH = re.compile(r"[一二两三四五六七八九]([百千])")
_PLACES = {"百": 100.0, "千": 1000.0}


def _read(doc: Doc, m: re.Match[str], b: _Boundaries, lexicon: Lexicon) -> _Reading | None:
    """One grammar match read as a count (its thing possibly still open), or ``None``: where it opens
    (:func:`_count_opening`), whether its number counts anything (:func:`_counts_nothing_before`, its value,
    :func:`_counts_nothing_after`), the thing it counts (:func:`_counted_thing`) and that thing's head
    (:func:`_thing_head`), then whether a lone 一 is an article or an item of a list, and a suffix of approximation."""
    text = doc_text(doc)
    low, num, cls = m.group("low"), m.group("num"), m.group("cls")
    opening = _count_opening(doc, m, b)
    if opening is None:
        return None
    start, neg, prefix, glued_prefix = opening
    if _counts_nothing_before(text, m, start, prefix, b):
        return None
    run = digit_run(num) if cls is not None and not low else None
    try:
        value, approximate = (run, False) if run is not None else parse_number(num)
        if low:  # 5至10人, 5到10万人: the lower end
            low_value, _ = parse_number(low)
            low_value *= 1.0 if _LARGE_UNIT.search(low) else _multiplier(num)
            place = _PLACE_OF_HIGH.match(num)
            if place and low in _LONE_DIGITS:  # 六到七千块土地: 6000, the high end's place (counts101)
                low_value *= _PLACES[place.group(1)]
            if low_value < value:
                value, approximate = low_value, True
    except ValueError:
        return None
    approximate = approximate or bool(prefix) or glued_prefix
    after = m.end("cls") if cls else m.end("num")
    after = past_age(text, cls, after, b)  # 3名16岁少年: the people after their age (counts237)
    if cls == _KINDS and not _kinds_counted(text, num, start, after):
        return None
    if _counts_nothing_after(doc, m, start, after, b, lexicon):
        return None
    thing = _counted_thing(doc, m, b, lexicon, start, after, value, approximate, prefix)
    if thing is None:
        return None
    full, start, head_start, open_noun, approximate = thing
    headed = _thing_head(text, full, head_start, cls, b, lexicon)
    if headed is None:
        return None
    full, head_start, adjective_end, closing = headed
    if glued_noun(doc, m, b, full, head_start) and text[head_start : full[1]] not in lexicon.glossary:
        # 10部门, 50名额: the noun the classifier opens; not a noun of its own (两班车: 车) (counts237)
        full, head_start, cls = (m.start("cls"), full[1]), m.start("cls"), ""
    elif (title_end := glued_title(doc, m, b, full, head_start)) >= 0:  # 8名校董: 名校|董 (counts237)
        full = (head_start, title_end)
    if (cls in _PEOPLE_ONLY_CLASSIFIERS and full is not None and not _people_noun(text, (head_start, full[1]))
            and not text.endswith(_PEOPLE_GROUPS + _PEOPLE_LAST, head_start, full[1])
            and text[head_start : full[1]] not in _KIN and text[head_start : full[1]] not in lexicon.role_words
            and (people := _people_within(doc, after, head_start, b, lexicon.role_words)) is not None):
        full, head_start, closing = (min(full[0], people[0]), people[1]), people[0], 0  # 3名议员住所: 议员 (counts126)
    if full is not None and text.startswith(_HITS, full[1]):
        return None  # 3支零星安打: game statistics (counts126)
    if full is not None and text[head_start : full[1]] in _GAME_MONEY:
        return None  # 18万金币, 2个元宝: a game's currency is money; 1.1万经验: points, a score (counts75)
    end = max(after, full[1] + closing) if full is not None else max(after, adjective_end)

    if cls == _CASE and _CASE_NAME.fullmatch(num):
        return None  # 911案: a case's name (counts126)
    if num == "一" and not prefix and not low and _NOT_A_SINGLE.match(text, end):
        return None  # 一个委员都没有: "not a single one" (counts126)
    if (num in _IDIOM_HOUSES and cls == _HOUSES and not prefix and not low
            and text[m.start("num") - 1 : m.start("num")] not in _BEFORE_HUNDREDS):
        return None  # 全国百家融媒体记者重庆行, 百家讲坛: an idiom or a name (counts126)
    list_from = -1
    conjunction = first_ending(text, _LIST_CONJUNCTIONS, start, default=None)
    if num == "一" and not prefix and not low and text.endswith(_ANOTHER_BEFORE + _SUCH_BEFORE, 0, start):
        return None  # 改换另一个项目: "another", an article, whatever the noun
    if num == "一" and not prefix and not low and conjunction and full is not None and not neg:
        list_from = start - len(conjunction)  # 两幢塔楼和一座建筑: an item of a list of counts
    elif num == "一" and not prefix and not low and not (
            full is not None and (text.endswith(_ONLY_BEFORE + ADDING_BEFORE, 0, start) or (
                cls in _PEOPLE_ONLY_CLASSIFIERS and text.endswith(INCLUDING_BEFORE, 0, start)))) and not (
            full is not None and (text[head_start : full[1]] == _PERSON or cls in _PEOPLE_ONLY_CLASSIFIERS)
            and _only_named(doc, start, b)) and not one_counted(  # 只有X一名新援: only X, one (counts237)
            text, m.start("num"), m.end("cls") if cls else after, full or open_noun,  # 各一人, 无效票一张 (counts250)
            lexicon.classifiers):
        counted = text[head_start : full[1]] if full is not None else ""
        if full is None or full[0] != after or head_start != after or counted not in lexicon.glossary:
            return None  # an article (一名合格民警, 一天), not a count
        if text.startswith("一", end) or (not neg and text.endswith(_PREDICATIVE_BEFORE, 0, start)):
            return None  # 一名党员一面旗, 我是一名共产党员
        if not neg and (counted in lexicon.classifiers or counted in _GENERIC_ONE):
            return None  # 一个人 read as "a person", 一家企业 "a company"; 没有一个人 is a count
    for suffix in _APPROX_SUFFIXES:
        if text.startswith(suffix, end):
            end, approximate = end + len(suffix), True
            break
    if _PER_UNIT.match(text, end):
        return None  # 7张照片/秒: a rate
    if cls in _TAKERS and not _taken(text, full, head_start, open_noun, _TAKERS[cls]):
        return None  # 三本院校, 四面八方: 本, 面 and 册 count only a noun that takes them
    words = token_table(doc).words
    lone_verb = (full is None and cls is not None and after < len(b.token_at)
                 and words[b.token_at[after]].idx == after and words[b.token_at[after]].tag.startswith("v"))
    return _Reading(start, end, 0.0 if neg else value, approximate, cls or "", full, head_start, open_noun,
                    m.start("cls") if cls else -1, list_from, lone_verb)


def _casualties(text: str, b: _Boundaries, readings: list[_Reading]) -> list[_Reading]:
    """The dead and the injured of N死N伤 (致3死14伤), and the men and women of N男N女 (拘捕两男一女), each a count
    of its own character."""
    out = []
    matches = [*(_CASUALTIES.finditer(text) if "伤" in text else ()),  # every match ends in 伤: no scan
               *(_MEN_WOMEN.finditer(text) if "男" in text and "女" in text else ())]
    for m in sorted(matches, key=lambda m: m.start()):
        if m.start() not in b.starts or any(r.start < m.end() and m.start() < r.end for r in readings):
            continue
        for number, word in ((1, 2), (3, 4)):
            try:
                value, approximate = parse_number(m.group(number))
            except ValueError:
                break
            at = m.start(word)
            out.append(_Reading(m.start(number), m.end(word), value, approximate, "", (at, at + 1), at))
    return out


def extract_counts(doc: Doc, *, lexicon: Lexicon | None = None) -> list[Mention]:
    """COUNT mentions in a ``Doc`` of normalised text, sorted by start.

    ``lexicon`` (classifiers and glossary) defaults to :func:`~zhkg.resources.lexicon.load_lexicon`.

    >>> from zhkg.stages.segment import make_nlp
    >>> doc = make_nlp()("来自全区17个镇乡(街道)、274个村的数据,参与志愿者达15万余人次")
    >>> [(m.text, m.quantity.display_value, m.quantity.counted) for m in extract_counts(doc)]
    [('17个镇乡(街道)', '17', '镇乡(街道)'), ('274个村', '274', '村'), ('15万余人次', '150000+', '人次')]
    >>> [(m.quantity.counted, m.quantity.counted_full) for m in extract_counts(make_nlp()("37名反政府武装人员"))]
    [('人员', '反政府武装人员')]
    """
    lexicon = lexicon or load_lexicon()
    text = doc_text(doc)
    b = _boundaries(doc)
    readings: list[_Reading] = []
    for m in _pattern(lexicon).finditer(text):
        if m.group("cls") in _BODY_UNITS and m.end("cls") not in b.ends:  # 8000万党员: the number alone, 党 opens a word
            m = _pattern(lexicon).match(text, m.start(), m.start("cls")) or m
        if not m.group("cls") and not _LARGE_UNIT.search(m.group("num")) and not _VAGUE_HUNDREDS.fullmatch(m.group("num")) and not _population_before(
                text, m.start(), b) and not (m.group("num").isascii() and m.group("num")[:1].isdigit()) and m.group("num") not in _TERSE_NUMERALS:
            continue
        reading = _read(doc, m, b, lexicon)
        if reading is None and opens_noun(doc, m, b):  # 8校董, 8县市政府: the number before the noun (counts237)
            bare = _pattern(lexicon).match(text, m.start(), m.start("cls"))
            reading = _read(doc, bare, b, lexicon) if bare is not None and not bare.group("cls") else None
        if reading is None or (readings and reading.start < readings[-1].end) or _in_a_name(text, reading):
            continue
        if reading.list_from >= 0 and not (
                readings and readings[-1].end == reading.list_from
                and (text[reading.list_from] not in _LIST_COMMAS or readings[-1].classifier == reading.classifier)):
            continue
        readings.append(reading)
    readings = [r for i, r in enumerate(readings) if not (i and _unit_property(text, readings[i - 1], r))]
    divisions = load_gazetteer(lexicon).full_names
    readings = _fill(_parallel(readings, text, b, token_table(doc).words), doc, b, lexicon.glossary, divisions)
    readings = _figures_of_speech(text, readings)
    readings += _casualties(text, b, readings)
    places = _place_names(text, readings, token_table(doc))
    if places:
        readings = [r for r in readings if text[r.start : r.end] not in places]
    original = doc.user_data.get(ORIGINAL_KEY, text)
    mentions = []
    for r in readings:
        assert r.full is not None
        counted_simplified = text[r.head_start : r.full[1]]
        quantity = Quantity(
            value=r.value,
            counted=original[r.head_start : r.full[1]],
            counted_simplified=counted_simplified,
            classifier=r.classifier,
            approximate=r.approximate,
            gloss=lexicon.glossary.get(counted_simplified, ""),
            counted_full=original[r.full[0] : r.full[1]],
        )
        mentions.append(make_mention(doc, r.start, r.end, Label.COUNT, EXTRACTOR, quantity=quantity))
    return sorted(mentions, key=lambda x: (x.start, x.end))
