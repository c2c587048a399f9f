"""The counted noun phrase after a number and its classifier, and where its head starts.

Split out of :mod:`zhkg.extract.count_nouns` by tidy119 (every block moved word for word, the word lists the
reading needs with it; tidy262 moved on to :mod:`zhkg.extract.count_phrase_words` the lists and readers that the
token-by-token scan and the compounds read too):

* :func:`_phrase_at` reads the noun phrase after a classifier (274个村, 37名反政府武装人员), ending on its last
  noun: its opening first (a token jieba glued to the classifier, :func:`_glued_opening`; a verb opening the
  predicate, :func:`_verb_opens_predicate`; a model's code, a case noun, a property, a quotation), then token by
  token (:func:`zhkg.extract.count_head_scan._scan_head`, split out by tidy256: where the predicate opens, a break,
  a second count or a list of names stops it), then :func:`_phrase_end` from the ends found;
* :func:`_head` where the phrase's head starts (人员 of 反政府武装人员), from the glossary's longest ending
  (:func:`zhkg.extract.count_phrase_words._glossary_lengths`); :func:`_is_property` tells a property (成交量, 不良率)
  from a thing.

:mod:`zhkg.extract.count_nouns` reads the nouns around a count with them (before a number, after a 的-clause,
bare and terse counts, event lists) and still exports the names of its ``__all__`` that moved here (or on to
:mod:`zhkg.extract.count_phrase_words`).

Caveats
-------
* The word lists :mod:`zhkg.extract.count_head_scan` and :mod:`zhkg.extract.count_compounds` read live in
  :mod:`zhkg.extract.count_phrase_words` (tidy262), so this module imports both at the top; the lists only it reads
  stay here.
* The phrase is read on jieba's words and tags and the lexicon's glossary; a noun jieba glues to the classifier or
  a name is read as the tokens allow.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from zhkg.extract.count_clauses import _Boundaries, _break_or_word
from zhkg.extract.count_compounds import _BOUND_ENDS
from zhkg.extract.count_head_scan import _scan_head
from zhkg.extract.count_phrase_words import (
    _AIRCRAFT_MAKERS,
    _LATIN,
    _MAX_PHRASE_CHARS,
    _MAX_PHRASE_TOKENS,
    _NOT_HEADS,
    _PEOPLE_ENDINGS,
    _PERSON,
    _PROPERTY_SUFFIXES,
    _PROPERTY_WORDS,
    _RELATION_VERB_END,
    _TEAM,
    _TIME_ADVERBS,
    _TYPE_SUFFIXES,
    _ends_phrase,
    _glossary_lengths,
    _is_head,
)
from zhkg.stages.segment import Word, doc_text, token_table
from zhkg.text import CLAUSE_BREAKS as _CLAUSE_BREAK
from zhkg.text import HAN_ONLY

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["_NOT_COUNTED", "_SIZE_MODIFIERS", "_LOCATIVE_CHARS", "_FUNCTION_CHARS", "_EVENT_CLASSIFIERS",
           "_ADJECTIVE_HEADS", "_AMONG", "_AVERAGE_CHARS", "_HEAD_SUFFIXES", "_QUOTED_MODIFIER", "_LETTER",
           "_QUOTED_THING", "_QUOTED_THING_TAGS", "_BOOK", "_CHANGES", "_CHANGE_CHARS", "_BECOMING_VERB_END",
           "_ORIGIN_VERBS", "_GLUED_MODALS", "_CASE_CLASSIFIERS", "_NEGATION_OPENINGS", "_UNABLE", "_MODEL_CODE",
           "_CASE_NOUNS", "_CASE_PHRASE_TAGS", "_NEIGHBOURHOOD", "_NEIGHBOURHOOD_AFTER", "_phrase_at", "_READ_ON",
           "_glued_opening", "_verb_opens_predicate", "_phrase_end", "_case_noun_ahead", "_quoted_alone",
           "_is_property", "_head"]


# Heads that are never a thing counted: durations, money, measures, scores and game statistics.
_NOT_COUNTED = frozenset(
    "天 小时 月 年 周 星期 礼拜 分钟 秒 秒钟 季度 学期 世纪 昼夜 工作日 交易日 营业日 夜 晚 日 "
    "钱 块钱 年薪 月薪 薪水 工资 元 万元 亿元 美元 欧元 日元 港元 港币 英镑 人民币 新台币 台币 卢布 韩元 澳元 加元 法郎 "
    "澳门元 澳门币 葡币 新加坡元 新元 马币 林吉特 泰铢 卢比 比索 瑞郎 里拉 澳币 纽元 兰特 越南盾 "
    "平方米 平方公里 公里 千米 米 厘米 吨 公斤 千克 斤 亩 公顷 千瓦 瓦 度 升 "
    "分 篮板 篮板球 三分球 罚球 助攻 盖帽 抢断 失误 犯规 进球 入球 百分点 百分比 基点 倍 岁 像素 "
    "差距 胜利 胜场 成绩 票房 "  # 两场的差距, 79场胜利, 3000万票房: margins, results and takings
    "时间 时期 日子 距离 路程 年头 "  # 一段时间, 两段距离, 13个年头: a duration, a length
    "赛季 球季 通宵 周末 晚上 夜晚 "  # 近18个赛季, 四五个通宵: durations too (session 23)
    "安打 全垒打 本垒打 三振 保送 "  # 3支零星安打, 两支全垒打: baseball's statistics (counts126)
    "回合".split()  # 经过40多个回合的激烈竞价: the rounds of a bidding or a bout, a length as 轮 is (counts101, tune59)
)


# Words of size ending in 额 that describe the noun after them, no property (今年录得8宗大额交易, 3单巨额订单).
_SIZE_MODIFIERS = frozenset("大额 巨额 小额 高额 超额".split())
_LOCATIVE_CHARS = "上里"  # after a one-character noun jieba glued them to (队上/x, 村里/s, 县里/n): where, no part of it
# The rest of a classifier token opening with one of these is a predicate, not a noun (例在院: 例 | 在院; 宗属: 宗 | 属).
_FUNCTION_CHARS = "在正已均都仍还将被于为是也又再就则属乃须需"  # 2栋须拆除: a modal jieba glued to the classifier (session 28)
# Classifiers of events: what they count may be a run of verbs (3起集体中毒).
_EVENT_CLASSIFIERS = frozenset({"起", "宗"})
# A lone one of these as the head is an adjective whose noun is left out (3宗输入性、3宗本地病例).
_ADJECTIVE_HEADS = frozenset("性型式类")
# A noun + 中 opening the clause of a classifier standing alone is the set its items are taken from
# (弱小舰队中虽然只有15艘配备了希腊火: 15 of the fleet's ships).
_AMONG = "中"


# Per-unit averages jieba glues to the noun before (6场比赛场均: 比赛).
_AVERAGE_CHARS = "均"
# One-character suffixes jieba splits from their word (投标/者): the head is the word with it.
_HEAD_SUFFIXES = frozenset("者 们 员 家 手 师".split())


# A quoted word between a classifier and a noun names a kind of the noun (54360个“457”外劳签证): a modifier.
_QUOTED_MODIFIER = re.compile(r"[“「『\"][^”」』\"，,。；;]{1,8}[”」』\"]")
# a quotation or a work's title standing alone for what a classifier counts (两个“小金库”, 两个《传奇》); a title before a
# noun does not describe it as a quoted kind does (10名《夺宝冒险王》游戏…: players, not games)
_LETTER = re.compile(r"[^\W\d_]")  # a quotation of digits alone (四个“1”) names digits, not a thing counted
_QUOTED_THING = re.compile(r"[“「『《\"][^”」』》\"，,。；;]{1,8}[”」』》\"]")
# what may follow a quoted thing standing alone after its classifier (两个“小金库”, 这两位『吃喝大王』被免职): a break, or a
# word of the predicate, not 的 nor a noun (两位“80后”的妈妈, 54360个“457”外劳签证: the quotation describes a noun)
_QUOTED_THING_TAGS = ("v", "d", "p", "c", "r")


# Classifiers that are also parts of words (三本院校, 四面八方, 三面环海, 上下两册): they count only a noun that takes
# them, named after or right before them, whose head ends in one of these (session 28, counts35): 3.2万本图书,
# 5面金牌, 藏书约420万册; a tier of universities, the four directions or a volume standing alone count nothing.
_BOOK = "本"


# Verbs of change between a noun and its new number (银行系基金已经增至8家, 网吧数量已从300家降至120家).
_CHANGES = ("增至", "降至", "减至", "升至", "增加到", "减少到", "下降到", "上升到", "增加至", "减少至",
            "扩至", "缩至", "涨至", "跌至", "扩大到", "扩大至", "缩减到", "缩减至", "增长到", "增长至",
            "拓展至", "拓展到", "扩展至", "扩展到")  # 人物和怪兽类型拓展至千万种: 类型
# A classifier glued by jieba to one of these opens a verb of change (300家降至…), not a noun.
_CHANGE_CHARS = "增降减升涨跌"


# ...and one ending so right after the classifier is a verb of becoming (改为, 成为, 转为, 列为): the predicate
_BECOMING_VERB_END = "为"
_ORIGIN_VERBS = frozenset("来自 出自 源自".split())  # ...as is one of origin (其中200名来自外地)


_GLUED_MODALS = frozenset("会 能 可 要 应".split())  # 5名会获得: a modal glued to the classifier, a verb after it
# Classifiers of cases and the nouns of a case that close the phrase they count, past what the cases are of
# (5例登革热境外移入病例: 病例, not 登革热; 3宗涉嫌贪污个案: 个案) (session 28, counts34).
_CASE_CLASSIFIERS = "例宗起单"
# How a negated verb opens (不符, 未能, 没有): right after a classifier it is the predicate, no thing.
_NEGATION_OPENINGS = "不未没"
_UNABLE = "不可"  # 180多处不可移动文物: 不可 + a verb makes an adjective ("immovable"), no predicate
# A model's code of Latin letters, digits and hyphens, with a digit in it, before a noun (F-16V战机, A380客机).
_MODEL_CODE = re.compile(r"[A-Za-z]+-?\d+[A-Za-z0-9-]*(?=[\u4e00-\u9fff])")
_CASE_NOUNS = ("病例", "个案", "案例", "案件")
# Tags of the words that may stand between a case classifier and its case noun: nouns, names of a disease,
# places and verbs that say what kind of case (境外移入, 涉嫌).
# counts320: a disease jieba tags z or i (猩红热, 抑郁症), a bound letter (退伍军人|症), an adverb-tagged verb (索偿).
_CASE_PHRASE_TAGS = frozenset({"n", "nz", "ns", "s", "v", "vn", "a", "b", "j", "l", "x", "f", "z", "zg", "i", "d"})
# Taiwan's 里 (a neighbourhood), which jieba glues to 个 (456个里、): counted only before a break or a list's link.
_NEIGHBOURHOOD = "个里"
_NEIGHBOURHOOD_AFTER = "，,、。；;和及与"


def _phrase_at(
    doc: Doc, pos: int, cls_start: int, b: _Boundaries, glossary: Mapping[str, str], *, events: bool = False
) -> tuple[int, int] | None:
    """(start, end) of the noun phrase a number quantifies, read from ``pos``, ending on its last noun.

    With ``events`` (a classifier of events, 起, 宗) a run of verbs ending the phrase is the thing
    (3起疑似集体中毒,: 中毒), but not one going on (2起发生在…)."""
    text = doc_text(doc)
    if pos >= len(b.token_at) or text[pos : pos + 1] in _CLAUSE_BREAK:
        return None
    words = token_table(doc).words
    first = words[b.token_at[pos]]
    if first.idx == pos and len(first.text) == 2 and first.text[0] == _PERSON and first.tag == "x":
        return pos, pos + 1  # 一万个人有, 两个人后: jieba glued 人 to the letter after it into no word
    if first.idx != pos:
        glued = _glued_opening(text, words, first, pos, cls_start)
        if glued != _READ_ON:
            return glued
    if (first.idx == pos and first.text[0] in _NEGATION_OPENINGS and first.tag[:1] in ("v", "d") and len(first.text) > 1
            and not first.text.startswith(_UNABLE)):
        return None  # 约3,000份不符资格: a negated verb after the classifier is the predicate; the classifier stands alone
    model = _MODEL_CODE.match(text, pos)
    if model is not None and model.end() in b.starts:
        rest = _phrase_at(doc, model.end(), -1, b, glossary)
        if rest is not None and rest[0] == model.end():
            return pos, rest[1]  # 66架F-16V战机: a model's code names a kind of the noun after it (session 28)
    case_end = _case_noun_ahead(doc, pos, cls_start, b)
    if case_end > 0:
        return pos, case_end  # 5例登革热境外移入病例: the cases, past what they are of (session 28)
    if (first.idx == pos and first.tag == "n" and len(first.text) > 1 and first.text.endswith(_PROPERTY_SUFFIXES)
            and first.text not in glossary and first.text not in _SIZE_MODIFIERS
            # after a classifier of kinds or items (种, 类, 项) it is the thing counted (两种情况, 两项增幅; counts145)
            and not (cls_start >= 0 and text[cls_start:pos] in ("种", "类", "项"))):
        glued = next((w for w in _PROPERTY_WORDS if first.text.endswith(w) and len(first.text) - len(w) >= 2), "")
        if glued and HAN_ONLY.match(first.text):
            return pos, first.end - len(glued)  # 120只基金净值下跌: jieba glued the thing to its property
        return None  # 99只净值上扬: a property of the thing, which the classifier stands alone for
    if first.idx == pos and _verb_opens_predicate(text, words, first, pos):
        return None
    # a name in Chinese with its original in Latin letters bracketed, before a noun, names a model of the noun
    # (60架伊朗制见证者（Shahed）无人机, 1枚伊斯坎德（Iskander）飞弹: the drones, the missile; counts151)
    named = re.compile(r"[\u4e00-\u9fff]{1,8}[（(][A-Za-z][A-Za-z .\-]{0,24}[)）]").match(text, pos)
    # (a bracket closing the text, 见证者（Shahed）, has no word after it: the text's end is a boundary, no token)
    if named is not None and named.end() in b.starts and named.end() < len(b.token_at) \
            and _is_head(words[b.token_at[named.end()]]):
        rest = _phrase_at(doc, named.end(), -1, b, glossary)
        if rest is not None and rest[0] == named.end():
            return pos, rest[1]
    quoted = _QUOTED_MODIFIER.match(text, pos)
    if quoted is not None and quoted.end() in b.starts:
        rest = _phrase_at(doc, quoted.end(), -1, b, glossary)
        if rest is not None and rest[0] == quoted.end():
            return pos, rest[1]  # 54360个“457”外劳签证: the quoted word names a kind of 签证
    if (first.idx == pos and len(first.text) == 2 and first.text[1] in _LOCATIVE_CHARS and HAN_ONLY.match(first.text)
            and (first.tag in ("x", "s") or (first.tag == "n" and first.text[0] in glossary))):
        return pos, pos + 1  # 两个队上的队员, 三个县里: jieba glued a one-character noun to the locative after it
    quoted = _QUOTED_THING.match(text, pos) if cls_start >= 0 else None
    if quoted is not None and _LETTER.search(quoted.group()) and _quoted_alone(doc, quoted.end(), b):
        return pos, quoted.end()  # 两个“小金库”。, 两个《传奇》，: the quotation is the thing
    head_end, verbal_end, verbs_end = _scan_head(doc, pos, cls_start, b, glossary, first)
    return _phrase_end(doc, pos, b, glossary, first, head_end, verbal_end, verbs_end, events=events)


# What :func:`_glued_opening` answers when it decides nothing: the phrase is read on from ``pos``.
_READ_ON = (-1, -1)


def _glued_opening(text: str, words, first: Word, pos: int, cls_start: int) -> tuple[int, int] | None:
    """The phrase at ``pos`` when its first token ``first`` opens before it (jieba glued the number or the classifier
    to what follows): the noun glued after a numeral (两首歌), Taiwan's 里 (456个里), 本书 (3万本书); ``None`` where a
    modal, a function word or a verb of change is glued to the classifier, or the token is no classifier and noun;
    else :data:`_READ_ON` (个村, 名反: the rest of that token opens the phrase)."""
    rest = text[pos : first.end]
    if (0 <= first.idx < cls_start and first.tag in ("m", "n") and len(rest) <= 2 and HAN_ONLY.match(rest)
            and rest[0] not in _FUNCTION_CHARS and rest not in _NOT_COUNTED and rest not in _NOT_HEADS):
        return pos, first.end  # 两首歌, 两条腿: one numeral token: the noun glued after the classifier is the thing
    if (first.text == _NEIGHBOURHOOD and first.idx == cls_start and first.end == pos + 1
            and text[first.end : first.end + 1] in tuple(_NEIGHBOURHOOD_AFTER)
            and text[cls_start - 1 : cls_start].isdigit()):
        return pos, first.end  # 12个行政区、456个里: Taiwan's 里, glued to 个 (session 27, counts33)
    if first.idx == cls_start and first.tag == "r" and first.text[0] == _BOOK and first.end == pos + 1:
        return pos, first.end  # 3万本书: jieba's 本书 ("this book") after a number is 本 and its book (counts35)
    if (first.idx == cls_start and rest in _GLUED_MODALS and first.i + 1 < len(words)
            and words[first.i + 1].idx == first.end and words[first.i + 1].tag[:1] == "v"):
        return None  # 5名会获得: a modal jieba glued to the classifier opens the predicate (counts76)
    # jieba glued classifier and noun (个村, 名反): the rest of that token opens the phrase.
    if first.idx != cls_start or first.tag in ("m", "q", "mq") or text[pos] in _FUNCTION_CHARS + _CHANGE_CHARS:
        return None
    return _READ_ON


def _verb_opens_predicate(text: str, words, first: Word, pos: int) -> bool:
    """Whether the verb opening the phrase at ``pos`` (``first``, right after the classifier) is the predicate, the
    classifier standing alone: a verb of change, of relation, of becoming or origin, or a verb before a name."""
    if text.startswith(_CHANGES, pos):
        return True  # 门店数从目前的29家扩至40家: a verb of change after the classifier; the noun is before the number
    if first.tag == "v" and len(first.text) >= 2 and first.text.endswith(_RELATION_VERB_END):
        return True  # 另外2只属于不同类型的怪: a verb of relation right after the classifier is the predicate
    if first.tag == "v" and len(first.text) >= 2 and (
            first.text.endswith(_BECOMING_VERB_END) or first.text in _ORIGIN_VERBS):
        return True  # 其中2间改为财富管理中心, 其中200名来自外地: a verb of becoming or origin is the predicate (counts35)
    if first.tag == "v" and first.i + 1 < len(words):
        nxt = words[first.i + 1]
        if nxt.idx == first.end and nxt.tag in ("ns", "nt", "nr", "nrt"):
            return True  # 275位获得美国移民局…: a verb and a name after the classifier are the predicate
    return False


def _phrase_end(doc: Doc, pos: int, b: _Boundaries, glossary: Mapping[str, str], first: Word, head_end: int,
                verbal_end: int, verbs_end: int, *, events: bool = False) -> tuple[int, int] | None:
    """The phrase at ``pos`` from the ends :func:`_scan_head` found: the head's, else a run of verbs of events
    (3起疑似集体中毒,) or a noun jieba tags as a verb before an adverb (4个对手分别是), else a verbal noun; cut before
    场均 (6场比赛场均: per game) or an adverb glued to the head (转播商均取得). ``None`` when no word is the thing."""
    text = doc_text(doc)
    words = token_table(doc).words
    if events and head_end < 0 and verbal_end < 0 and verbs_end > pos:
        after_verbs = b.token_at[verbs_end] if verbs_end < len(b.token_at) else len(words)
        if _ends_phrase(words, after_verbs):
            head_end = verbs_end
    if head_end < 0 and verbal_end < 0 and verbs_end == first.end and first.idx == pos and len(first.text) == 2:
        after_verb = first.i + 1
        if after_verb < len(words) and (words[after_verb].tag in ("d", "c", "uj") or words[after_verb].text in "、和及与"):
            # 4个对手分别是, 3个对手和…: a noun jieba tags as a verb, before an adverb or a conjunction (before a
            # comma it is a predicate: 24只上涨,6只持平)
            head_end = verbs_end
    head_end = head_end if head_end > 0 else verbal_end  # 二十一个定理, 2632场连续出赛: a verbal noun
    last = words[b.token_at[head_end - 1]] if 0 < head_end <= len(b.token_at) else None
    if (head_end - 1 > pos and text[head_end : head_end + 1] == _AVERAGE_CHARS and text[head_end - 1] in "场人户"
            and not (last is not None and last.idx == head_end - 2 and last.end == head_end
                     and text[last.idx] != _AMONG)):  # 两个客户均: a two-letter word is whole (中场 is 中 + 场)
        head_end -= 1  # 6场比赛场均: jieba glued 比赛场, and 场均 is "per game"
        if head_end - 1 > pos and text[head_end - 1] == _AMONG:
            head_end -= 1  # 10场比赛中场均: among the games (jieba's 中场 is no midfield here)
    elif (last is not None and last.end == head_end and len(last.text) == 2 and last.text[-1] in "均都"
          and last.text not in glossary and head_end - 1 > pos and last.i + 1 < len(words)
          and words[last.i + 1].tag.startswith("v")):
        head_end -= 1  # 三大电视网络转播商均取得: jieba glued the head to the adverb of the predicate
    return (pos, head_end) if head_end > pos else None


def _case_noun_ahead(doc: Doc, pos: int, cls_start: int, b: _Boundaries) -> int:
    """End of a case noun closing the phrase at ``pos`` after a classifier of cases, past the words that say what the
    cases are of (5例登革热境外移入病例: 病例), else -1. Not past a noun of people, who may be the predicate's subject
    (3例患者出现…)."""
    text = doc_text(doc)
    if cls_start < 0 or text[cls_start : cls_start + 1] not in _CASE_CLASSIFIERS or pos not in b.starts:
        return -1
    words = token_table(doc).words
    first = b.token_at[pos]
    for word in words[first : first + _MAX_PHRASE_TOKENS]:
        if word.end - pos > _MAX_PHRASE_CHARS or not HAN_ONLY.match(word.text) or word.text in _TIME_ADVERBS:
            return -1
        if word.text.endswith(_CASE_NOUNS):
            after = words[word.i + 1] if word.i + 1 < len(words) else None
            ends = after is None or _ends_phrase(words, word.i + 1) or after.tag[:1] in ("v", "d", "p")
            return word.end if word.i > first and ends else -1
        # 退伍军人|症: a bound letter (zg, ng) after a noun of people makes a disease of it, no people
        bound = word.i + 1 < len(words) and words[word.i + 1].tag in ("zg", "ng")
        if word.tag not in _CASE_PHRASE_TAGS or (
                word.tag[:1] == "n" and text.endswith(_PEOPLE_ENDINGS, 0, word.end) and not bound):
            return -1
    return -1


def _quoted_alone(doc: Doc, end: int, b: _Boundaries) -> bool:
    """Whether a quotation closing at ``end`` right after a classifier ends the noun phrase: a break or the
    predicate follows it (两个“小金库”。, 这两位『吃喝大王』被免职; a space: 10条“断头路” 有…, counts250), not 的 nor a noun."""
    return _break_or_word(doc, end, b, "，,。；;！？!?、）) ",
                          lambda word: word.tag.startswith(_QUOTED_THING_TAGS) and word.text[:1] not in "的之")


def _is_property(phrase: str, glossary: Mapping[str, str]) -> bool:
    """Whether a noun (phrase) is a property of a thing (成交量, 不良率, 规模), not a thing."""
    # 再培训名额 ends in a dictionary noun (名额), not in a property
    return (len(phrase) > 1 and phrase.endswith(_PROPERTY_SUFFIXES) and phrase not in glossary
            and not any(len(w) > 1 and phrase.endswith(w) for w in glossary))


def _head(text: str, start: int, end: int, b: _Boundaries, glossary: Mapping[str, str]) -> int:
    """Start of the head of the phrase ``[start, end)``: its longest glossary ending (人员 in 武装人员),
    else its last token."""
    phrase = text[start:end]
    if text[end - 1 : end] == _TEAM and end - 1 in b.starts and end - 1 > start:
        return b.last_start(start, end - 1)  # 抗灾理赔|组: 理赔组 (counts84)
    # a one-character glossary word only as a token of its own: 工人 is not 人; the longest ending wins, so the
    # glossary's lengths are tried longest first (a look-up each, not a pass over the glossary)
    best = next((end - n for n in _glossary_lengths(glossary) if n <= len(phrase)
                 and phrase[len(phrase) - n:] in glossary and (n > 1 or end - 1 in b.starts)), -1)
    if best >= 0 and best == end - 1 and best > start and best in b.starts:
        if text[best] in _BOUND_ENDS:
            # 集聚|区, 公办|园: jieba left a facility's or a place's last letter alone; it ends a noun with the word
            # before (counts218)
            return b.last_start(start, best)
    if best >= 0 and best == end - 1 and text[best] == _PERSON and best > start:
        # 被捕|人, 失踪|人: jieba left 人 alone after a word (a verb mostly); the two are one noun of people (counts151);
        # where jieba glued the phrase's first letter to the classifier (7位买|人: 位买), no word starts inside it
        return b.last_start(start, best)
    # a deputy's title keeps the 副 jieba leaves alone before it (1位副秘书长 counts deputy secretaries-general; counts151)
    if best >= 0:
        return best - 1 if best - 1 >= start and text[best - 1] == "副" and best - 1 in b.starts else best
    token_start = start
    for i in range(end - 1, start - 1, -1):
        if i in b.starts:
            token_start = i
            break
    if (token_start == start + 1 and start not in b.starts and HAN_ONLY.match(text[start:end])
            and end - token_start >= 2 and text[start - 1 : start] in _EVENT_CLASSIFIERS):
        # 1234宗爆窃案: jieba glued 爆 to a classifier of cases (宗爆); it names the kind of case (session 27,
        # counts33). Not after other classifiers: 452名区议员 counts 议员
        return start
    if token_start > start and _LATIN.match(text[token_start:end]):
        maker = b.last_start(start, token_start)
        if text[maker:token_start] in _AIRCRAFT_MAKERS:
            return maker  # 波音 + 777: the model (tcounts45)
    if text[token_start:end] in _HEAD_SUFFIXES and token_start > start:  # 投标 + 者: 投标者
        return b.last_start(start, token_start)
    if text[token_start] in _TYPE_SUFFIXES and end - token_start > 2 and token_start > start:
        return token_start + 1  # 债券/型基金: 基金
    if (end - token_start == 1 and token_start > start and HAN_ONLY.match(text[start:end])
            and text[token_start] not in "".join(_ADJECTIVE_HEADS) + _TYPE_SUFFIXES + _AMONG):
        # 修补/石, 套房/源, 半球/体: a one-character last word ends a compound with the word before it
        return b.last_start(start, token_start)
    before = token_start - 1  # 副 + the title (副市长), as above
    return before if before >= start and text[before] == "副" and before in b.starts else token_start


