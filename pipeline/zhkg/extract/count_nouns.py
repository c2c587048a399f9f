"""The counted noun phrase: what a number and its classifier count, and the phrase's head.

* :func:`_phrase_at` reads the noun phrase after a classifier (274个村, 37名反政府武装人员), ending on its last
  noun; :func:`_relative_thing` the noun after a 的-clause (3个国务院的报告: 报告);
* :func:`_noun_before` the noun before a number (确诊病例3例, 住房2.5万套); :func:`_bare_count` and
  :func:`_terse_count` what a number counts without a classifier (6地产商; a headline's 三任务);
* :func:`_head` where the phrase's head starts (人员 of 反政府武装人员), from the glossary's longest
  ending; :func:`_is_property` tells a property (成交量, 不良率) from a thing.

Layout (tidy119, moved word for word): the phrase after a classifier and its head (:func:`_phrase_at`,
:func:`_head`, :func:`_is_property`) are in :mod:`zhkg.extract.count_phrase`, the word lists they read (and the
glossary's lengths) in :mod:`zhkg.extract.count_phrase_words` (tidy262); this module keeps the nouns read around a
count (:func:`_relative_thing`, :func:`_noun_before`, :func:`_bare_count`, :func:`_terse_count`, ``_event_list``).
Since tidy266 it exports only what it defines: import each name of the phrase from the module that defines it.

Caveats: the phrase is read on jieba's words and tags and the lexicon's glossary; a noun jieba glues to
the classifier or a name is read as the tokens allow. People counted without a noun, and what a lone
classifier counts, are in :mod:`zhkg.extract.count_people`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from zhkg.extract.count_clauses import _Boundaries
from zhkg.extract.count_compounds import _BOUND_ENDS
from zhkg.extract.count_numerals import _extend
from zhkg.extract.count_phrase import (
    _CHANGES,
    _NOT_COUNTED,
    _is_property,
    _phrase_at,
)
from zhkg.extract.count_phrase_words import (
    _AGAIN,
    _DATE_WORDS,
    _LIST_LINK_CHARS,
    _MODIFIER_TAGS,
    _NAME_TAGS,
    _NOT_HEADS,
    _PEOPLE_ENDINGS,
    _PERSON,
    _PLAIN_NOUN_TAGS,
    _PROPERTY_SUFFIXES,
    _RELATION_VERB_END,
    _TIME_ADVERBS,
    _glued_other,
    _is_head,
    _kind_tagged_name,
)
from zhkg.extract.count_sizes import size_clause
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import doc_text, token_table
from zhkg.text import CLAUSE_BREAKS as _CLAUSE_BREAK
from zhkg.text import HAN_ONLY

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = [
    "_ASPECTS",
    "_CONNECTORS",
    "_EVENT_LIST_LINKS",
    "_PEOPLE_ONLY_CLASSIFIERS",
    "_RATE_CUES",
    "_bare_count",
    "_event_list",
    "_noun_before",
    "_relative_thing",
    "_subject_before_clause",
    "_terse_count",
]

# Connectors allowed between a noun and its number in the noun-first form (项目共822个, 病例已达68例,
# 主题园区由4个增至7个, 支线一共三条: jieba's 一共/j is no noun, counts76).
_CONNECTORS = ("一共", "总共", "共计", "共有", "合计", "总计", "累计", "已达", "达到", "共", "达", "计", "有", "为", "是", "由", "从")
# Words of a total that may stand before another connector (总计达到, 累计为).
_TOTALS = ("总计", "共计", "合计", "累计")
# Verbs of a market between a noun and its number work as connectors too: 商品住房认购90套, 成交86套.
_TRANSACTIONS = ("认购", "成交", "售出", "销售", "签约", "网签", "供应", "推出", "上市", "入市")
# A quantity noun before a number stands for the noun before it: 汽车产量达到74万辆 counts 汽车.
_QUANTITY_NOUNS = ("产量", "数量", "总数", "总量", "人数", "销量", "数目")
# In the clause before a number, these make it an average or a rate (平均传给5至10人, 场均8个篮板).
_RATE_CUES = ("平均", "场均", "人均", "户均", "日均", "月均", "年均", "每", "均持")  # 均持基数为7.1万份: per account
_OPEN_NOUN_TAGS = frozenset({"n", "vn", "nz", "j", "l"})
# Abstract nouns after a noun and 的 that say what of the thing counted is meant (64个独立扬声器的内容, 5个国家的名称):
# the noun before 的 stays the thing (session 31, tcounts45), as before a property (but 29项共同的意见 counts 意见).
_ASPECT_NOUNS = frozenset("内容 名字 名称 历史 位置 地址 特点 特征 功能 作用 声音 来历 由来".split())
# A bare number (no classifier) before a noun counts it only when the noun names people, bodies or
# places of a kind (6地产商, 8000再培训名额, 3国); room numbers, lines and brand names (409会议室, 12345热线) do not.
_BARE_HEAD_ENDS = ("商", "者", "员", "企", "国", "校", "厂", "名额", "官", "工人", "职工",
                   "人", "司机", "民众", "县市",  # 3被害人, 2计程车司机, 22县市: Taiwan's terse counts (counts126)
                   "男子", "女子", "主脑",  # 拘捕3男子, 包括2主脑: Hong Kong's terse arrests (counts145)
                   "大项", "分项", "小项",  # 设6个大项、11分项和64小项: a games' events, the classifier left out (counts230)
                   "店", "门市", "船", "董", "县市政府")  # 约550店, 8船, 8校董, 8县市政府: terse counts (counts237)
_BARE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
# Words of a byline that follow a price or a model number (仅2280作者：…), and 成 (tenths: 7成消费者, 70 %).
_NOT_BARE_HEADS = frozenset("作者 记者 编辑 通讯员 成".split())
# A bare number before these names a programme (211工程学校, 863计划), never a count.
_PROGRAMMES = ("工程", "计划")
# Years (2008奥运会) are not bare counts.
_YEARS = range(1900, 2101)
# Between items of a list of events (盗窃、抢劫和交通事件).
_EVENT_LIST_LINKS = ("以及", "、", "和", "及", "与")
_MAX_HEADLINE = 40  # the opening words a headline's terse count may stand in, before any punctuation
_OPENING_BREAK = re.compile(r"[，,。；;：:！？!?、\s]")  # what ends a headline's opening words
_TERSE_NAMES = frozenset("巨头 天王 剑客 杰 强".split())  # 热火三巨头, 四大天王: names of a group, not counts
_PEOPLE_ONLY_CLASSIFIERS = ("名", "位")
# Before the noun of the people counted: a place or a kind (俄罗斯宇航员, 中国学生, 著名导演); after it, a predicate's
# opening (向, 参加, 都): the people are its subject, not a 的-clause's (counts38).
_SUBJECT_MODIFIER_TAGS = frozenset({"ns", "a", "b", "nz"})
_PREDICATE_OPENING_TAGS = frozenset({"p", "v", "d"})
_SUBJECT_PEOPLE_ENDS = tuple("生人客民员工者师手家士官兵警")  # 宇航员, 学生, 专家, 战士, 警官: nouns of people
# Verbs of change between a quantity noun and its number (粉丝人数飙增1000多名: 粉丝).
_GAINS = ("飙增", "激增", "猛增", "剧增", "骤增", "增加了", "增长了", "增加", "增长", "减少了", "下降了", "减少", "下降",
          "骤降", "锐减", "突破")
_LIST_COMMA_CHARS = "、，,"
# Time adverbs jieba tags t that may stand between a noun and its number (学生目前3000名) and are no part of either.
_TIME_TAG = "t"
# The ages of the people counted, between the classifier and 的 (七名年龄介乎20至40岁的男子, 两名分别28及30岁的男子):
# they describe the noun after 的.
_AGE_CLAUSE = re.compile(r"(?:年龄|年纪|年)?(?:分别|介乎|介于|约|为|均为|在)*"
                         r"(?:[\d一二两三四五六七八九十]+[多余]?岁?(?:至|到|及|和|与|、|-|－|~|～))*"
                         r"[\d一二两三四五六七八九十]+[多余]?岁(?:左右|以上|以下)?")
# A qualifier in parentheses between a noun and its number (签证(J1)35.36万个)
_QUALIFIER_BEFORE = re.compile(r"[(（][A-Za-z0-9\u4e00-\u9fff-]{1,8}[)）]$")
# ...but one of four to six digits is a stock code (统一超（2912）, 全家（5903）, 腾讯(00700), 宁德时代(300750)) (counts230)
_STOCK_CODE = re.compile(r"[(（]\d{4,6}[)）]")
# Connectors that jieba keeps as one word with an adverb (已有, 现有), and words of time or manner that may
# stand between a noun and its connector (投资人目前已有275位)
_CONNECTOR_WORDS = ("已有", "现有", "还有", "共有", "拥有")
# Words of intent before a verb of change (计划增至, 预计增至, 拟增加到): what a plan will bring the things counted before to.
_INTENT_WORDS = ("计划", "预计", "拟", "打算", "准备", "有望")
# 在 + a whole place between a noun and its connector (门市在全台已达6,800家, 学生在本市共有3,000名): where the things
# counted are, the noun before it still their thing (session 29, counts37); only the place words of a whole (全台, 本港,
# 全国, 国内, 本市…), never a name (台积电在台湾共有4座: the subject has them there)
_WHERE_BETWEEN = re.compile(r"在(?:全|本|国内|境内|岛内|区内|县内|市内|省内)[\u4e00-\u9fff]?$")
#: Both patterns above end at the end of the text before a number (``$``: or before a line break ending it) and are
#: at most ten letters long: searched from this many letters before that end, they find what a search of the
#: whole text before the number finds, without reading a long document's whole head at each number.
_TAIL = 12
_BETWEEN_TAGS = ("t", "d")
# Nouns jieba's dictionary tags as verbs (v): after a classifier they are the thing (5家分行, 8万名考生), found
# scanning which words jieba tags v right after a number and a classifier in unannotated THUCNews rows.
# Words of reporting jieba tags as nouns (报告/n, 通报/n): before a number they say who reports how many (上海报告9例),
# they are not what is counted (session 24); nor are acts on people it tags so (裁员约600人, 载客逾1500万人次: 人).
_REPORTING_NOUNS = frozenset("报告 通报 上报 收治 记录 裁员 载客 印制 印刷 铸造".split())  # (印制10000套: made, owners43)
_ASPECT = "了"
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # QFII, ETF: a noun of Latin capitals


_CAUSATIVES = frozenset("让 使 令 使得 导致 促使".split())
_RESULT_COMPLEMENTS = frozenset("成".split())
_MODALS = frozenset("需 需要 须 必须 要 应 应该 应当 值得 可 可以 能 能够".split())
_HAVING = frozenset("有 拥有 具有 持有".split())
_ASPECTS = "方面"
_SAME_KIND = frozenset("同类 同类型 同级别 同档次 同规模 同等级".split())
_EDITION = "版"  # 海外版, 中文版, 网络版: a version of a thing
_MAX_EDITION = 4
_EDITION_TAGS = frozenset({"n", "nz", "ng", "j", "l", "s", "b"})  # 海外/s 版, 中文版/nz
# A shape ending the words before 的 (锥状, 塔形, 圆形, 椭圆形) says what the noun after 的 looks like: 两根锥状塔形的木柱
# counts 木柱, 三个方形的窗户 窗户 (counts101; counts84 left it).
_SHAPE_ENDS = ("形", "状")
_SHAPE_TAGS = frozenset({"n", "nz", "ng", "b", "a"})
_SHAPE_NOUNS = ("形状", "外形", "地形", "情形", "状态", "现状", "状况", "症状")  # 两种形状的桌子: the shapes are counted


def _relative_thing(doc: Doc, after: int, b: _Boundaries, glossary: Mapping[str, str]) -> tuple[int, int] | None:
    """The noun phrase after a 的-clause the number quantifies (3个国务院的报告: 报告), or None.

    The words between the classifier and 的 are a modifier, not the thing, when they open with a
    name (国务院的报告) or a word that is not a noun (有关法律问题的草案, 不同射程的导弹, 住在动物园的企鹅),
    or hold a verb after an unknown word (核常兼备的导弹); a dictionary noun right after the classifier is
    the thing, also when a predicate follows it (5家银行的不良率, 三位留学生讨教…的经验, 一名球员在…的数据)."""
    text = doc_text(doc)
    words = token_table(doc).words
    de = text.find("的", after, min(len(text), after + 20))
    if de < 0 or not (de in b.starts or _glued_other(words, b.token_at[de])) or de + 1 not in b.starts:
        return None  # (来自不同专业界|别的|人士: jieba's 别的 holds the noun's 别 and the clause's 的; counts303)
    ages = _AGE_CLAUSE.fullmatch(text, after, de) is not None  # 两名分别28及30岁的男子: the men
    ages = ages or size_clause(text, after, de)  # 1棵10多米高的大树: each tree's size, the tree counted (counts250)
    if not ages and re.search(r"(?<![A-Za-z\d])\d+(?![A-Za-z\d])", text[after:de]):
        return None  # another number before 的 (H1N1 is a name, not a number)
    if any(ch in _CLAUSE_BREAK for ch in text[after:de]):
        return None
    if de > after and text[after:de] not in _SAME_KIND and not ages:  # 263只同类型的基金 (jieba's 只同)
        first = words[b.token_at[after]]
        having = text.startswith(tuple(_HAVING), after)  # jieba may glue 有 to the classifier (名有)
        if (first.idx != after and not having) or first.tag == "m" or first.text in _LIST_COMMA_CHARS:
            return None  # glued to the classifier, a numeral word (5个整天的会期), or a list's comma (巴黎九大、)
        between = [w for w in words[first.i : b.token_at[de]]]
        if any((w.tag == "c" or w.text in _LIST_LINK_CHARS) and v.tag in _PLAIN_NOUN_TAGS and x.tag == "r"
               for v, w, x in zip(between, between[1:], between[2:])):
            return None  # 20个教育机构和他们组织的院校: a 的-clause with its own subject is the second item's
        if len(between) == 2 and first.tag == "v" and between[1].text == _PERSON:
            return None  # 两名被捕人的住所: a verb and 人 make a noun of people (被捕人), the thing (counts151)
        if first.tag == "v" and text.endswith(_ASPECTS, 0, after):
            return None  # 从硬件和软件两方面进行除尘的系统: a verb after 方面 is the predicate
        if first.tag.startswith("v") and first.text.endswith(_RELATION_VERB_END) and len(first.text) >= 2:
            return None  # 另外2只属于不同类型的怪: a verb of relation right after the classifier is the predicate
        if (first.tag in _MODIFIER_TAGS and len(between) >= 3 and between[1].tag in _PLAIN_NOUN_TAGS
                and between[2].tag == "v" and between[1].end == between[2].idx):
            return None  # 4款美艳内衣做他的小妖精: a verb after the modified noun is the predicate
        if any(w.text in _CAUSATIVES and (_is_head(v) or v.tag == "vn") for v, w in zip(between, between[1:])):
            return None  # 两场放映风波让其成了…的焦点: a causative verb after the noun opens the predicate
        if first.tag == "vn" and len(between) == 2 and between[1].tag in _PLAIN_NOUN_TAGS:
            return None  # 600家销售网点的…单位: a verbal noun and a noun make one noun, the thing
        # 29项共同的意见, 100多种各行各业的类别: one adverb or one idiom before 的 is an attribute
        attribute = len(between) == 1 and ((first.tag == "d" and len(first.text) == 2)
                                          or (first.tag in ("l", "i") and len(first.text) == 4))
        # 两只收益为正的基金, 3家业绩为负的公司: a noun, 为/是 and one short word make a clause about the thing after 的
        clause = (len(between) == 3 and first.tag in _PLAIN_NOUN_TAGS and between[1].text in ("为", "是")
                  and len(between[2].text) <= 2 and HAN_ONLY.match(between[2].text) is not None)
        attribute = attribute or clause
        # 20种功能各异的植物, 两家规模较大的企业: a noun and what an adjective says of it describe the thing after 的
        attribute = attribute or (len(between) >= 2 and first.tag in _PLAIN_NOUN_TAGS and between[-1].tag == "a"
                                  and all(w.tag in ("a", "d") for w in between[1:]))
        # 20名有旧房翻新计划的消费者: 有 opening the clause says what the thing after 的 has, no predicate
        attribute = attribute or (having and len(between) >= 2)
        # 两款海外版的海报, 三个中文版的网站: an edition before 的 says which version of the noun after it
        attribute = attribute or (de - after <= _MAX_EDITION and text.endswith(_EDITION, after, de)
                                  and all(w.tag in _EDITION_TAGS for w in between))
        # 两根锥状塔形的木柱, 三个方形的窗户: shapes before 的 describe the noun after it
        attribute = attribute or (text.endswith(_SHAPE_ENDS, after, de) and len(between[-1].text) >= 2
                                  and between[-1].text not in _SHAPE_NOUNS and all(w.tag in _SHAPE_TAGS for w in between))
        # 两个需格外关注的话题: a modal verb opening the clause makes it one describing the noun after 的, its
        # adverbs no predicate of the count
        modal = first.text in _MODALS and first.tag.startswith("v")
        if not attribute and not modal and any(w.tag == "d" or w.text in ("是", "为", "有", "在于") for w in between):
            return None  # 3个都是新建的: a predicate, the count stands alone
        if (first.tag in _PLAIN_NOUN_TAGS or _names_a_kind(first, glossary)) and not attribute:
            return None  # a plain noun right after the classifier is the thing, whatever its clause says
        if first.tag == "b" and len(between) == 2 and between[1].tag in _PLAIN_NOUN_TAGS and not attribute:
            return None  # 700多家大中型企业的办税人员: a kind (jieba: b) and a noun are the thing, before 的 (session 23)
        if (len(between) >= 4 and between[-1].tag in _PLAIN_NOUN_TAGS and len(between[-1].text) >= 2
                and any(w.tag == "c" or w.text in _LIST_LINK_CHARS for w in between[:-1])
                and all(w.tag in ("ns", "nt", "c") or w.text in _LIST_LINK_CHARS for w in between[:-1])):
            return None  # 480多家美国和加拿大高等学府的…理事会: names describe the noun before 的, the thing
        if not attribute and not (first.tag in _NAME_TAGS or first.tag in ("nr", "nrfg") or not _is_head(first)
                or any(w.tag == "v" for w in between)):
            return None
    pos = de + 1
    while pos <= de + 4:  # past stray words jieba left before the noun (的地地中远程导弹)
        if pos >= len(b.token_at) or text[pos] in _CLAUSE_BREAK:
            return None
        phrase = _phrase_at(doc, pos, -1, b, glossary)
        if phrase is not None:
            if _is_property(text[phrase[0] : phrase[1]], glossary) or text.startswith(_RATE_CUES, phrase[0]):
                return None  # 6445套的成交量, 两只新基金的户均持基份额: a property of the thing, not the thing
            if words[b.token_at[phrase[0]]].text in _NOT_COUNTED or (
                    text[phrase[0] : phrase[1]] in _ASPECT_NOUNS and words[b.token_at[de - 1]].tag in _OPEN_NOUN_TAGS):
                return None  # 两场的差距: a margin, not a thing; 64个扬声器的内容: what of the speakers
            if phrase[1] < len(b.token_at) and _is_property(words[b.token_at[phrase[1]]].text, glossary):
                return None  # 两只新基金的首募规模: the phrase after 的 was cut before a property, which it is part of
            verb = words[b.token_at[phrase[0]]]
            noun_before = de > after and words[b.token_at[de - 1]].tag in _OPEN_NOUN_TAGS
            if (verb.idx == phrase[0] and verb.end == phrase[1] and (verb.tag == "v" or (verb.tag == "vn" and noun_before))
                    and text[phrase[1] : phrase[1] + 1] not in _LIST_LINK_CHARS):
                return None  # 这两大巨星的发挥, 两场比赛的综述: a verb after 的 is what is done with the counted, not a thing
            return de + 1, phrase[1]
        if _is_property(words[b.token_at[pos]].text, glossary):
            return None  # 3.13万套的成交量创下…: a property of the thing, not a stray word before the thing
        pos = max(pos + 1, words[b.token_at[pos]].end)  # always forward, even past a zero-width token
    return None


def _subject_before_clause(doc: Doc, after: int, de_end: int, b: _Boundaries) -> tuple[int, int] | None:
    """The people a 名/位 counts when a noun right after it (past a place or an adjective) is followed by a verb or a
    preposition before the 的 ending at ``de_end``: they do what the clause says (两位俄罗斯宇航员向我们展示佩戴的欧米茄,
    5名中国学生参加的比赛: 宇航员, 学生), the noun after 的 is no person counted; None otherwise (两名被困在井下的矿工,
    七名年龄介乎20至40岁的男子: a noun of people only, 年龄 is the men's)."""
    words = token_table(doc).words
    if after >= len(b.token_at):
        return None
    i = b.token_at[after]
    if words[i].idx != after:
        return None
    while i < len(words) and words[i].tag in _SUBJECT_MODIFIER_TAGS and words[i].end < de_end:
        i += 1
    if i + 1 >= len(words) or words[i].tag != "n" or words[i + 1].idx >= de_end - 1:
        return None
    if len(words[i].text) < 2 or not words[i].text.endswith(_SUBJECT_PEOPLE_ENDS):
        return None  # 七名年龄介乎20至40岁的男子: a property of the people after 的, who are counted
    if words[i + 1].tag not in _PREDICATE_OPENING_TAGS:
        return None
    return after, words[i].end


def _glossary_start(head: str, starts, lexicon: Lexicon) -> int | None:
    """Where the longest glossary word ending ``head`` starts, when a word starts there (of ``starts``), else None.

    Only the glossary's words ending in the head's last letter (or empty) can end it: those are tried, not every
    word (speed127).
    """
    end = len(head)
    by_last = lexicon.glossary_by_last
    return min((end - len(w) for w in (*by_last.get(head[-1:], ()), *by_last.get("", ()))
                if head.endswith(w) and end - len(w) in starts), default=None)


def _names_a_kind(word, glossary: Mapping[str, str]) -> bool:
    """Whether a word jieba tags as a name ends in a dictionary noun of two or more characters: a kind of
    that thing (五家国有银行有…的业务: 国有银行/nt is banks, not a name opening a 的-clause)."""
    return word.tag in _NAME_TAGS and any(len(w) > 1 and word.text.endswith(w) for w in glossary)


def _noun_before(
    doc: Doc, start: int, b: _Boundaries, lexicon: Lexicon, cls: str = ""
) -> tuple[tuple[int, int] | None, bool]:
    """(start, end) of the noun before a number (确诊病例3例, 人员共有51名, 住房2.5万套), past a
    connector such as 共, and whether it is sure: a glossary noun or one before a connector.
    An open noun right before the number is only a fallback (上海报告9例 is not 9 of 报告); a reporting word
    (报告, 通报) never is one. A kind of facility jieba tags as a name (毒品加工厂3个, 加油站1200座) is a noun
    before ``cls``, a classifier of things."""
    text = doc_text(doc)
    head = text[:start]
    words = token_table(doc).words
    if head.endswith(_ASPECT) and len(head) - 1 in b.ends:
        head = head[:-1]  # 指数基金就达到了5只: the aspect of the connector
    if head and len(head) in b.ends:
        word = words[b.token_at[len(head) - 1]]
        if word.end == len(head) and word.tag == _TIME_TAG and word.text in _TIME_ADVERBS:
            head = head[: word.idx]  # 学校共有学生目前3000名: a time adverb between the noun and its number (session 26)
    gain = next((g for g in _GAINS if head.endswith(g) and head[: -len(g)].endswith(_QUANTITY_NOUNS)), "")
    if gain:
        head = head[: -len(gain)]  # 粉丝人数飙增1000多名: the quantity noun's number of 粉丝
    for connector in _CONNECTOR_WORDS + _CHANGES + _CONNECTORS + _TRANSACTIONS:
        if head.endswith(connector) and len(head) - len(connector) in b.ends:
            head = head[: -len(connector)]
            if connector in _CHANGES and head.endswith(_INTENT_WORDS):
                return None, False  # 未来计划增至六条: a plan's change, the things those counted before (counts303)
            if connector not in _TRANSACTIONS:  # 投资人目前已有275位, 基金已经增至8家: past a time word or an adverb
                for _ in range(2):
                    if not head or len(head) not in b.ends:
                        break
                    word = words[b.token_at[len(head) - 1]]
                    if word.end != len(head) or word.tag not in _BETWEEN_TAGS:
                        break
                    head = head[: word.idx]
                where = _WHERE_BETWEEN.search(head, max(0, len(head) - _TAIL))
                if where and where.start() > 0 and where.start() in b.starts and where.start() in b.ends:
                    head = head[: where.start()]  # 门市在全台已达6,800家: where they are, between the noun and its number
            break
    total = next((t for t in _TOTALS if head.endswith(t) and len(head) - len(t) in b.ends and len(head) < start), "")
    if total:
        head = head[: -len(total)]  # 总体规划总计达到100多个: a total before the connector
    qualifier = _QUALIFIER_BEFORE.search(head, max(0, len(head) - _TAIL))
    if qualifier and qualifier.start() in b.ends:
        if _STOCK_CODE.fullmatch(qualifier.group()):
            return None, False  # 全家（5903）4,470家: a stock code marks a listed company, the count's owner, no thing
        head = head[: qualifier.start()]  # 签证(J1)35.36万个: the noun before its parenthesised qualifier
    end = len(head)
    found = _glossary_start(head, b.starts, lexicon)
    if found is not None:
        return (found, end), True
    if end < 1:
        return None, False
    word = words[b.token_at[end - 1]]
    # a quantity noun, or a classifier's 数 (可售房源套数达到21301套: 房源; 商品房成交套数为6228套: none, borrowed)
    suffix = next((q for q in _QUANTITY_NOUNS if word.text.endswith(q)), "") or (
        word.text if len(word.text) == 2 and word.text[1] == "数" and word.text[0] in lexicon.classifiers else "")
    if word.end == end and suffix:
        if len(word.text) > len(suffix):  # 汽车产量/n, one token: 汽车
            end = word.end - len(suffix)
            if word.tag in _NAME_TAGS or not HAN_ONLY.match(text[word.idx : end]):
                return None, False
            return (word.idx, end), True
        if word.i == 0 or words[word.i - 1].end != word.idx or words[word.i - 1].tag in _NAME_TAGS:
            return None, False  # 当月产量为9万辆: a time is not the thing produced
        word = words[word.i - 1]  # 汽车产量达到74万辆: 汽车
        end = word.end
    if (word.text in _RESULT_COMPLEMENTS and word.i > 0 and words[word.i - 1].end == word.idx
            and words[word.i - 1].tag.startswith("v")):
        return None, False  # 分裂成两个, 分成三个: 成 after a verb is its result (jieba: a noun), no thing
    if word.end == end and len(word.text) >= 3 and word.text[-1] in _RESULT_COMPLEMENTS and _verb(word.text[:-1]):
        return None, False  # 分化成三类: jieba glued the verb and its result into one noun (counts151)
    if word.tag == _TIME_TAG and word.end == end:
        return None, False  # 今年累计已有120例: a time before the number is when, no thing counted (session 28)
    if word.text in _REPORTING_NOUNS and word.end == end:
        return None, False  # 上海报告9例, 全省累计报告12例: the report is no thing counted
    if (word.end == end and word.text in _BOUND_ENDS and word.i > 0 and words[word.i - 1].end == word.idx
            and words[word.i - 1].tag in _PLAIN_NOUN_TAGS):
        return (words[word.i - 1].idx, end), True  # 其中：公办园35所: a facility's last letter jieba left alone (公办|园)
    acronym = len(head) != start and _ACRONYM.fullmatch(word.text) is not None  # QFII达到68家: past a connector
    if word.end != end or word.text in _NOT_COUNTED or word.text in _NOT_HEADS or not (_is_head(word) or acronym):
        return None, False  # 旗下有两只: a locative is no thing
    if word.text in lexicon.deixis or word.text in lexicon.anaphora:
        return None, False  # 全市共有8万名: a place (全市, 本港) is the count's owner, not its thing
    if word.tag in ("ns", "nt") and not acronym and len(head) != start:
        return None, False  # 台积电在台湾共有4座12吋晶圆厂: a place before 共有 is where, never the thing
    if _is_property(word.text, lexicon.glossary):
        return None, False  # 最高成交量13180套, 规模达到29.6亿份: a property, not the thing
    if end == start and word.tag not in _OPEN_NOUN_TAGS and not (cls not in _PEOPLE_ONLY_CLASSIFIERS and _kind_tagged_name(word)):
        return None, False  # 台军1名: a name right before the number is its owner, not the thing
    first = word
    for prev in reversed(words[max(0, word.i - 2) : word.i]):
        if not (_is_head(prev) or prev.tag in _MODIFIER_TAGS) or prev.end != first.idx or prev.tag in _NAME_TAGS:
            break
        first = prev
    if first is not word and _is_property(text[first.idx : end], lexicon.glossary):
        return None, False  # 订单|量已经达到150多万台: a property jieba cut in two, no thing (counts303)
    return (first.idx, end), len(head) != start


# A list of counts written noun-first (共舰17艘、公务船8艘, 示范点5个、托位3521个): an item after a count and its 、, its
# words before the number (Han only), and the item after a count (its words, its number, its classifier's letter).
_NUMBER_LETTERS = "0-9一二三四五六七八九十两百千万亿〇○零"
_ITEM_AFTER_COUNT = re.compile(rf"[{_NUMBER_LETTERS}][多余]?[万亿]?(?P<cls>[\u4e00-\u9fff]{{1,2}})、"
                               r"(?P<item>[\u4e00-\u9fff]{2,6})$")
_ITEM_BEFORE_COUNT = re.compile(rf"、[\u4e00-\u9fff]{{2,6}}?[{_NUMBER_LETTERS}]+[多余]?[万亿]?(?P<cls>[\u4e00-\u9fff])")
_ITEM_REACH = 16
# How an item that names no thing opens: a verb (成交33套), a pronoun (其他8件), an adverb, a preposition, a conjunction.
_NO_ITEM_OPENINGS = ("v", "r", "d", "p", "c", "u", "m", "q")


def _item_noun(doc: Doc, start: int, after: int, phrase: tuple[int, int] | None, b: _Boundaries,
               lexicon: Lexicon) -> tuple[int, int] | None:
    """The noun an item of a list of counts written noun-first opens with (…、托位3521个、健身场地29处, 共舰17艘、公务船8艘
    出海扰台), or None (counts320): the count follows a count and its 、, or a 、 and such an item follow it, and its
    words between are no verb (成交33套: a market verb), place or name; nothing is counted after the classifier, or
    what follows it opens with a verb (出海扰台: the predicate, no thing counted). jieba tags many such nouns as no
    noun (托位, 共艦: untagged), so the words are read as they stand."""
    text = doc_text(doc)
    words = token_table(doc).words
    if phrase is not None and not (phrase[0] == after and after in b.starts and words[b.token_at[after]].tag == "v"):
        return None  # 大盘31个增发项目: the phrase after is what is counted
    item = _ITEM_AFTER_COUNT.search(text, max(0, start - _ITEM_REACH), start)
    if item is not None and item.group("cls") in lexicon.classifiers:
        span = item.span("item")
    else:
        following = _ITEM_BEFORE_COUNT.match(text, after)
        noun, _sure = _noun_before(doc, start, b, lexicon)
        if following is None or following.group("cls") not in lexicon.classifiers or noun is None or noun[1] != start:
            return None
        span = noun
    if span[0] not in b.starts or start not in b.ends:
        return None
    first, last = words[b.token_at[span[0]]], words[b.token_at[start - 1]]
    if (first.tag.startswith(_NO_ITEM_OPENINGS) or first.tag in _NAME_TAGS or last.tag in _NAME_TAGS or last.tag.startswith("v")
            or text[span[0] : start] in lexicon.deixis or _a_place(text[span[0] : start], lexicon)):
        return None  # 成交33套, 遍布全国600家, 新北市5处, 上海3家: a verb, a place or a name is no thing counted
    return span


def _a_place(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` names a division, in full or short (新北市5处, 新北5处: where, no thing counted)."""
    from zhkg.resources.gazetteer import load_gazetteer  # here: the gazetteer loads after the extractors

    gazetteer = load_gazetteer(lexicon)
    return bool(gazetteer.lookup(word) or gazetteer.lookup_short(word))


def _verb(word: str) -> bool:
    """Whether jieba's dictionary tags ``word`` a verb (分化, 转化)."""
    from zhkg.stages.segment import dictionary_tag  # here, as in count_phrase: segment imports extraction

    return dictionary_tag(word).startswith("v")


def _bare_count(doc: Doc, m: re.Match[str], b: _Boundaries, glossary: Mapping[str, str]) -> tuple[int, int] | None:
    """The phrase a bare Arabic number counts without a classifier (6地产商, 8000再培训名额), or None: only a
    whole number of its own token, not a year, not glued to a Latin letter, before a noun of people, bodies
    or countries (409会议室, 12345热线, 2008奥运会 are names)."""
    text = doc_text(doc)
    num, after = m.group("num"), m.end("num")
    if m.group("neg") or m.group("low") or not _BARE_NUMBER.fullmatch(num) or after not in b.starts:
        return None
    value = int(num.replace(",", ""))
    if value < 2 or value in _YEARS or (m.start() > 0 and text[m.start() - 1].isascii() and text[m.start() - 1].isalnum()):
        return None
    words = token_table(doc).words
    first = words[b.token_at[after]] if after < len(b.token_at) else None
    if first is None or first.idx != after or first.text in _NOT_BARE_HEADS or first.text in _NOT_COUNTED or first.text.startswith(_DATE_WORDS + _PROGRAMMES) or not (
            first.tag in _PLAIN_NOUN_TAGS or first.text == _AGAIN):
        return None  # 14日官, 450元者, 19小时拘人: the number is a date, a price or a duration
    phrase = _phrase_at(doc, after, -1, b, glossary)
    if phrase is None or not text[phrase[0] : phrase[1]].endswith(_BARE_HEAD_ENDS):
        return None
    return phrase[0], _extend(text, phrase[1])


def _terse_count(doc: Doc, m: re.Match[str], b: _Boundaries) -> tuple[int, int] | None:
    """The noun a lone Chinese numeral counts without a classifier: in a headline's terse style (上合峰会三任务在肩,
    三基金: :func:`_terse_in_headline`), or people anywhere (兩辯方律師，即…: :func:`_terse_people`); else None."""
    if m.group("neg") or m.group("prefix") or m.group("low"):
        return None
    return _terse_in_headline(doc, m, b) or _terse_people(doc, m, b)


def _terse_in_headline(doc: Doc, m: re.Match[str], b: _Boundaries) -> tuple[int, int] | None:
    """The noun a lone numeral counts in a headline's terse style (上合峰会三任务在肩, 三基金): a numeral of two to ten
    that is a token of its own, right before a two-character noun that is a word of its own and ends the phrase;
    else None (三角, 四川 and 两会 are single words)."""
    text = doc_text(doc)
    heading = b.heading_before(m.start())
    opening = _OPENING_BREAK.search(text, heading)
    if opening is not None and m.start() >= opening.start() or m.start() - heading > _MAX_HEADLINE:
        return None  # only in a headline's terse style: 两耳光, 三季末 in a story are no counts
    words = token_table(doc).words
    at, after = m.start("num"), m.end("num")
    if after >= len(b.token_at) or at not in b.starts or after not in b.starts:
        return None
    numeral, noun = words[b.token_at[at]], words[b.token_at[after]]
    if numeral.tag != "m" or numeral.end != after or noun.idx != after or noun.tag != "n" or len(noun.text) != 2:
        return None
    if (noun.text in _NOT_COUNTED or noun.text in _NOT_HEADS or noun.text.endswith(_PROPERTY_SUFFIXES)
            or noun.text in _TERSE_NAMES or noun.text[-1] in "末初底"):  # 三季末: a time
        return None
    nxt = words[noun.i + 1] if noun.i + 1 < len(words) else None
    if nxt is not None and nxt.idx == noun.end and (_is_head(nxt) or nxt.tag in ("k", "ng")):
        return None  # 三基金经理: the noun describes another, no terse count
    return after, noun.end


# A noun of people a lone numeral counts outside a headline: one of two letters or more ending as such nouns end (律师,
# 议员, 警员, 男子), after at most one noun saying which (辩方|律师).
_TERSE_PEOPLE_WORDS = 2


def _terse_people(doc: Doc, m: re.Match[str], b: _Boundaries) -> tuple[int, int] | None:
    """People a lone numeral counts with no classifier, as Hong Kong's and Taiwan's press writes them in a story too
    (兩辯方律師，即大律師…; 三警員受傷): a numeral that is a token of its own, right before one or two nouns closing on a
    noun of people that ends the phrase (counts303); else None (两岸, 三峡 and 两会 are words of their own)."""
    words = token_table(doc).words
    at, after = m.start("num"), m.end("num")
    if after >= len(b.token_at) or at not in b.starts or after not in b.starts:
        return None
    numeral = words[b.token_at[at]]
    if numeral.tag != "m" or numeral.end != after:
        return None
    end = after
    for word in words[b.token_at[after] : b.token_at[after] + _TERSE_PEOPLE_WORDS]:
        if word.idx != end or word.tag != "n" or not HAN_ONLY.match(word.text):
            return None
        end = word.end
        if len(word.text) >= 2 and word.text.endswith(_PEOPLE_ENDINGS):
            nxt = words[word.i + 1] if word.i + 1 < len(words) else None
            # (a time after them opens the predicate: 两辩方律师即日入禀)
            return (after, end) if nxt is None or nxt.idx != end or not _is_head(nxt) or nxt.tag == "t" else None
    return None


def _event_list(doc: Doc, phrase: tuple[int, int], b: _Boundaries, glossary: Mapping[str, str]) -> tuple[int, int]:
    """A run of verbs after a classifier of events that opens a list ending in a noun (6起盗窃、抢劫和交通事件)
    counts that noun: the list's last item names what the events are."""
    text = doc_text(doc)
    words = token_table(doc).words
    if not words[b.token_at[phrase[0]]].tag.startswith("v"):
        return phrase
    end = phrase[1]
    while True:
        link = next((k for k in _EVENT_LIST_LINKS if text.startswith(k, end)), None)
        if link is None or end + len(link) not in b.starts:
            break
        item = _phrase_at(doc, end + len(link), -1, b, glossary, events=True)
        if item is None or item[1] - item[0] > 8:
            break
        end = item[1]
    if end == phrase[1]:
        return phrase
    last = words[b.token_at[end - 1]]
    return (phrase[0], end) if last.tag in _PLAIN_NOUN_TAGS or text[last.idx : end] in glossary else phrase
