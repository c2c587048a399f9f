"""People counted and lone classifiers: the noun a count of people, or a classifier standing alone, takes.

* people: 人口 or X人数 before a number (人口499, 参观人数达3万), a noun of people before it (内地旅客占约800万,
  雇用员工逾万人) or glued to N人 (流动党员3390人): :func:`_population_before`, :func:`_head_count_before`,
  :func:`_people_before`, :func:`_people_before_prefix`, :func:`_people_glued`, :func:`_people_noun`;
* a lone classifier closing its clause counts the noun before its number (…等展品200件) unless a verb or
  a list comes first (:func:`_object_noun_before`, :func:`_after_verb_or_listed`); after 其中 or …中 it
  counts the set named before (:func:`_set_before`, :func:`_set_pointed`).

Caveats: which earlier count a lone classifier inherits from is decided by
:func:`zhkg.extract.count_neighbours._fill`, which uses these readings.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from zhkg.extract.count_clauses import _Boundaries, _break_or_word, _clause_start, _ends_clause, _Reading
from zhkg.extract.count_nouns import _CONNECTORS
from zhkg.extract.count_numerals import _APPROX_PREFIXES, _UNITS
from zhkg.extract.count_phrase import _AMONG, _NOT_COUNTED
from zhkg.extract.count_phrase_words import _NAME_TAGS, _NOT_HEADS, _PEOPLE_ENDINGS, _PLAIN_NOUN_TAGS, _PREDICATE_NOUNS
from zhkg.extract.numerals import DIGITS
from zhkg.stages.segment import doc_text, token_table
from zhkg.text import CLAUSE_BREAKS as _CLAUSE_BREAK
from zhkg.text import HAN_ONLY

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = [
    "_after_verb_or_listed",
    "_head_count_before",
    "_object_noun_before",
    "_people_before",
    "_people_before_prefix",
    "_people_counted",
    "_people_glued",
    "_people_noun",
    "_people_within",
    "_population_before",
    "_predicate_after",
    "_set_before",
    "_set_pointed",
    "population_after",
]

# A number right after 人口 (with a connector) counts the population: 2011年人口499, 人口约1,912; so does one before it
# closing its clause (容纳6,910人口。: :func:`population_after`, counts250).
_POPULATION = "人口"
_PERSON_UNIT = "人"
# X人数 before a number with no classifier (参观人数达3万): the people counted (session 26); the links between them.
_HEAD_COUNT = "人数"
_PER_PERIOD = re.compile(r"每[年月周日天]")
_STAFF_ACTS = frozenset("裁员 增员 减员 扩员 用工 招工 招员".split())  # acts on staff jieba tags as nouns (宣布裁员约600人)
_WORKERS = ("工",)  # 员工, 职工, 员工人数: people too, before 人数 (not in _PEOPLE_ENDINGS: 涉及员工5万多人 counts 人)
# Links between a noun of people and a bare number of them, jieba's glued 占约 and 达约 first (session 28).
_PEOPLE_LINKS = ("占约", "达约", "约有", "已达", "达到", "超过", "占", "达", "逾", "约", "为")
_HEAD_COUNT_LINKS = ("已达到", "已达", "达到", "超过", "逾", "约", "达", "为", "是")


# jieba's tags of a title named in a count of people (立委/j, 次长/n): the people 名/位 count (counts237).
_TITLE_TAGS = frozenset({"n", "nr", "nz", "j"})

def _population_before(text: str, start: int, b: _Boundaries) -> tuple[int, int] | None:
    """The span of 人口 right before a number (past a connector): 人口499, 人口约1,912, 人口为3万."""
    end = start  # the head text[:end], never copied: this runs for most numbers of a document
    if text.endswith(_CONNECTORS, 0, end):  # one test in C before the loop: most numbers follow none
        for connector in _CONNECTORS:
            if text.endswith(connector, 0, end) and end - len(connector) in b.ends:
                end -= len(connector)
                break
    if text.endswith(_POPULATION, 0, end) and end - len(_POPULATION) in b.starts:
        return end - len(_POPULATION), end
    return None


def _people_counted(doc: Doc, noun: tuple[int, int], b: _Boundaries) -> bool:
    """Whether ``noun``, right before 人数, names people (员工人数超过80万人: 员工; not 参观人数, what they do)."""
    text = doc_text(doc)
    return (text.startswith(_HEAD_COUNT, noun[1]) and text.endswith(_PEOPLE_ENDINGS + _WORKERS, *noun)
            and token_table(doc).words[b.token_at[noun[1] - 1]].tag in _PLAIN_NOUN_TAGS)


def _head_count_before(doc: Doc, start: int, b: _Boundaries) -> tuple[int, int] | None:
    """The span of X人数 right before a number with no classifier (past a connector): 参观人数达3万, 游客人数超过2万: the
    people the number counts, X being the word glued before 人数 (a verb or a noun, no name), else 人数 alone."""
    text = doc_text(doc)
    end = start
    for connector in _HEAD_COUNT_LINKS:
        if text.endswith(connector, 0, end) and end - len(connector) in b.ends:
            end -= len(connector)
            break
    if not text.endswith(_HEAD_COUNT, 0, end):
        return None
    opening = end - len(_HEAD_COUNT)
    if opening in b.starts and opening in b.ends:
        word = token_table(doc).words[b.token_at[opening - 1]] if opening > 0 else None
        if word is not None and word.end == opening and HAN_ONLY.match(word.text) and word.tag not in _NAME_TAGS \
                and word.text not in _NOT_HEADS and len(word.text) <= 3:
            return word.idx, end
        return opening, end
    word = token_table(doc).words[b.token_at[end - 1]]  # 员工人数/n, one token
    if word.end == end and word.text.endswith(_HEAD_COUNT) and HAN_ONLY.match(word.text) and word.tag not in _NAME_TAGS:
        return word.idx, end
    return None
# 阶段|在校学生36028人, 教师中|高级教师225人: a noun, a locative or a modifier before the people glued to N人 (counts250)
_OBJECT_AFTER_TAGS = frozenset({"v", "vn", "uz", "uj", "ul", "x", "n", "f", "b"})
_LIST_ENDS = ("等", "、", "和", "及", "与")


def _people_before(doc: Doc, start: int, b: _Boundaries) -> tuple[int, int] | None:
    """The span of a dictionary noun of people right before a link and a number with no classifier (内地旅客占约800万,
    访港旅客达3万): the people the number counts, as 人数 makes them in 参观人数达3万 (session 28, counts34)."""
    text = doc_text(doc)
    link = next((w for w in _PEOPLE_LINKS if text.endswith(w, 0, start) and start - len(w) in b.ends), "")
    end = start - len(link)
    if not link or end not in b.ends or end < 1:
        return None
    word = token_table(doc).words[b.token_at[end - 1]]
    if word.end == end and word.tag in _PLAIN_NOUN_TAGS and _people_noun(text, (word.idx, end)):
        return word.idx, end
    return None


def _people_before_prefix(doc: Doc, start: int, prefix: str | None, b: _Boundaries) -> tuple[int, int] | None:
    """The span of a noun of people (staff too) right before the "over" or "about" a count opens with (雇用员工逾万人,
    从业员工逾16万人, 公司现有员工约3000人): the people counted, or None (涉及员工5万多人, with nothing between, stays 人;
    a clause of 每年 or 每月 makes it a rate)."""
    text = doc_text(doc)
    if not prefix or not text.startswith(prefix, start) or start not in b.ends or start < 1:
        return None
    if _PER_PERIOD.search(text, _clause_start(text, start), start):
        return None  # 每年接受…资助的国际学生超过2.1万: a rate, however far its 每年 is
    word = token_table(doc).words[b.token_at[start - 1]]
    if (word.end == start and word.tag in _PLAIN_NOUN_TAGS and len(word.text) > 1
            and word.text.endswith(_PEOPLE_ENDINGS + _WORKERS) and word.text not in _STAFF_ACTS):
        return word.idx, start
    return None


def _predicate_after(doc: Doc, pos: int, b: _Boundaries) -> bool:
    """Whether a break or the predicate follows a count at ``pos`` (这两项是…, 这两条很…, 这十款吧), not a noun
    jieba tags otherwise (这两台相机, 相机 an adverb; 这三种情况, 情况 a word not counted)."""
    return _break_or_word(doc, pos, b, "，,。；;！？!?、", lambda word: word.tag[:1] in ("v", "p", "c", "y", "u")
                          or (word.tag == "d" and len(word.text) == 1))


def _people_noun(text: str, noun: tuple[int, int]) -> bool:
    """Whether ``text[noun[0]:noun[1]]`` names people: it ends as nouns of people end and is more than that ending (嫌犯,
    证人), and is no count's number and unit before the next number (由12万人增加到30万人: jieba's 万人)."""
    word = text[noun[0] : noun[1]]
    return (text.endswith(_PEOPLE_ENDINGS, *noun) and len(word) > 1
            and not (word[:1].isdigit() or word[:1] in DIGITS + _UNITS))


def _people_within(doc: Doc, after: int, head_start: int, b: _Boundaries,
                   roles: Collection[str] = ()) -> tuple[int, int] | None:
    """The last noun of people between a classifier ending at ``after`` and a head at ``head_start`` that names
    none, within one clause: what 名/位 count (3名国会议员住所, 5名被告庭讯, 3名“惹火”国会议员的住所: 议员, 被告),
    or None when there is none (counts126). A title of ``roles`` is a noun of people too (8名立委缺席, 两位次长方面:
    立委, 次长; counts237)."""
    text = doc_text(doc)
    words = token_table(doc).words
    if after >= len(b.token_at):
        return None
    found = None
    for word in words[b.token_at[after] :]:
        if word.end > head_start or word.text in _CLAUSE_BREAK:
            break
        if ((word.tag.startswith("n") and _people_noun(text, (word.idx, word.end)))
                or (word.tag in _TITLE_TAGS and word.text in roles)):
            found = (word.idx, word.end)
    return found


def _people_glued(doc: Doc, noun: tuple[int, int], start: int, b: _Boundaries) -> bool:
    """Whether a dictionary noun of people is glued to the number of 人 after it (流动党员3390人, 研究人员约120人,
    the number's 约 between): the people counted. Only after a verb, its aspect, 的 or a break (not after a name, a pronoun or an adverb, whose predicate
    it may be)."""
    text = doc_text(doc)
    if noun[1] != start and not (noun[1] < start and text[noun[1] : start] in _APPROX_PREFIXES + ("约",)):
        return False
    words = token_table(doc).words
    word = words[b.token_at[noun[1] - 1]]
    if word.end != noun[1] or word.tag not in _PLAIN_NOUN_TAGS or word.i == 0:
        return False
    before = words[b.token_at[noun[0]] - 1] if b.token_at[noun[0]] > 0 else None
    return before is None or before.tag in _OBJECT_AFTER_TAGS  # (不代表两人: 代表 is a verb after an adverb)


def _object_noun_before(doc: Doc, r: _Reading, b: _Boundaries) -> bool:
    """Whether a lone classifier closing its clause follows a dictionary noun glued to its number that is no
    subject: the noun is what it counts (…等展品200件, 工作生活用品50多件), not a neighbour's thing. A noun after a
    name or a pronoun is a predicate of it (上海报告9例), and one before a connector was taken already."""
    if r.noun_before is None or r.noun_before[1] != r.start or not _ends_clause(doc_text(doc), r.end):
        return False
    words = token_table(doc).words
    noun = words[b.token_at[r.noun_before[1] - 1]]
    if noun.end != r.start or noun.tag not in _PLAIN_NOUN_TAGS or noun.text in _PREDICATE_NOUNS or noun.i == 0:
        return False  # (治愈出院135例: 出院, a verb jieba tags a noun)
    before = words[noun.i - 1]
    # (，出院135例: a noun opening its clause may be the verb counted; after a verb or a list's end it is an object)
    return before.end == noun.idx and (before.tag.startswith("v") or before.text in _LIST_ENDS or (
        before.tag == "x" and HAN_ONLY.match(before.text) is not None))  # (共立/x: a word jieba does not know)


def _after_verb_or_listed(doc: Doc, r: _Reading, b: _Boundaries) -> bool:
    """Whether a lone classifier follows a verb (放映2000多场) or is an item of a 、 list (十几场、二十几场)."""
    text = doc_text(doc)
    if text.startswith("、", r.end) or text[r.start - 1 : r.start] == "、":
        return True
    if r.start < 1 or r.start not in b.starts or not _ends_clause(text, r.end):
        return False
    word = token_table(doc).words[b.token_at[r.start - 1]]
    return word.end == r.start and word.tag == "v"


def _set_before(doc: Doc, start: int, b: _Boundaries) -> tuple[int, int] | None:
    """The noun right before a 中 in the clause before ``start`` (弱小舰队中虽然只有15艘: 舰队), or None."""
    text = doc_text(doc)
    words = token_table(doc).words
    clause_start = _clause_start(text, start)
    at = text.rfind(_AMONG, clause_start, start)
    if (at <= clause_start and clause_start >= 3 and text[clause_start - 2] == _AMONG and text[clause_start - 1] in "，,"
            and re.search(r"\d", text[_clause_start(text, clause_start - 1) : clause_start])):
        at = clause_start - 2  # 首10间…精英学校中，九间…: a set counted in the clause before (not 在此次对话中，有两个)
    if at <= 0 or at not in b.starts or at + 1 not in b.ends:
        return None
    if _SUBJECT_AFTER_SET.search(text, at + 1, start):
        return None  # 日语中形容动词的活用分为两种: a noun phrase of its own after the set is what is divided (tcounts45)
    noun = words[b.token_at[at - 1]]
    if noun.end != at or noun.tag not in _PLAIN_NOUN_TAGS or noun.text in _NOT_HEADS or noun.text in _NOT_COUNTED:
        return None
    return noun.idx, noun.end


# A 的-phrase between a set's 中 and its number, its noun not a connector (日语中形容动词的活用分为两种): the subject
# of the clause, not the set (but 学校中规模最大的有3所 keeps the set)
_SUBJECT_AFTER_SET = re.compile(r"的(?![有是占为共约达])[\u4e00-\u9fff]")
_POINTING_BACK = "其中"  # 其中三只是…: some of the set the sentence before names


def _set_pointed(doc: Doc, start: int, b: _Boundaries, breaks: list[int]) -> tuple[int, int] | None:
    """The noun 其中 points back to before a classifier standing alone: the last plain noun of the sentence
    before, when that sentence ends with it (…已获批沪深300指数基金。其中三只是…: 指数基金), or None."""
    text = doc_text(doc)
    at = start - len(_POINTING_BACK)
    if at < 2 or not text.startswith(_POINTING_BACK, at) or at not in b.starts or at not in breaks:
        return None
    words = token_table(doc).words
    noun = words[b.token_at[at - 2]]  # the word before the sentence's stop
    if noun.end != at - 1 or noun.tag not in _PLAIN_NOUN_TAGS or noun.text in _NOT_HEADS or noun.text in _NOT_COUNTED:
        return None
    return noun.idx, noun.end


def population_after(text: str, cls: str | None, after: int) -> int:
    """The end of 人口 when the unit 人 ending at ``after`` opens it and the clause closes there (容纳最多6,910人口。,
    有30万人口、): the population is the thing counted (counts250); else -1. Before a noun or 以上 the number is a size
    or a threshold (50万人口以上城市, 百万人口需求), no count.

    >>> population_after("可容纳6910人口。", "人", 8), population_after("50万人口以上城市", "人", 4)
    (9, -1)
    """
    end = after - len(_PERSON_UNIT) + len(_POPULATION)
    if cls != _PERSON_UNIT or not text.startswith(_POPULATION, after - len(_PERSON_UNIT)):
        return -1
    return end if end >= len(text) or text[end] in _CLAUSE_BREAK + "、" or text[end].isspace() else -1
