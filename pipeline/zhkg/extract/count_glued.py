"""Counts jieba glues into a word: a classifier that opens a noun, a numeral inside an unknown word (counts237).

Session 52's round counts237 read the web set's counts where the count grammar matched a classifier or a numeral
that jieba had made part of a longer word:

* a classifier that opens a dictionary noun leaves one letter as the thing (``10部门``: 部 and 门; ``50名额``: 名 and 额;
  ``3项目``, ``5家长``, ``12座位``, ``30班级``): the noun is the thing, and the number stands before it with no classifier,
  as in ``6地产商`` (:func:`glued_noun`). 人 after the classifier is left alone (``两个人``: 个人 is jieba's "personal"),
  and so are 套 and 次, which make compound units (``4件套``, ``93万辆次``), the classifier 套 (``5套房``: 房) and a
  letter that is a glossary noun of its own (``两班车``: 车; checked by the caller),
  and so is the unit 人 (``6910人口`` is read apart); when jieba wrote a title's last letter apart (``8名校董``: 名校|董,
  ``3名次长``: 名次|长), the title after the classifier is the thing (:func:`glued_title`);
* digits before a classifier that opens a longer dictionary noun, refused as a count with that classifier (``8校董``,
  ``8县市政府``: 校 and 县市 count themselves), count the noun with no classifier (:func:`opens_noun`);
* a Chinese numeral and its classifier that jieba glued to the word before, into an unknown word or a name
  (``敬文三所书院``, ``同两校``, ``卢、蒋二人``), still open a count, when the classifier ends that word
  (:func:`glued_opening`); digits are always a word of their own;
* an age right after a classifier of people leaves the people after it the thing (``两名12岁女童``: 女童;
  :func:`past_age`);
* 一 after a verb of adding is a count, not an article (``增设一位副县长``, ``新增一例``: one more), and so is 一
  after 包括 or a bracket's 含 before a classifier of people (``4人死亡(含一名12岁女童)``: one of those counted;
  :data:`ADDING_BEFORE`, :data:`INCLUDING_BEFORE`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.extract.count_clauses import _Boundaries
from zhkg.extract.count_phrase_words import _PERSON  # 人: after a classifier the people counted (个人, 名人, 位人)
from zhkg.stages.segment import doc_text, token_table

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["ADDING_BEFORE", "INCLUDING_BEFORE", "glued_noun", "glued_opening", "glued_title", "opens_noun", "past_age"]

#: Before 一 + classifier, these make it "one more" (增设一位副县长, 增加一位副县长与一位副秘书长, 新增一例): a count.
ADDING_BEFORE = ("增加", "增设", "新增", "新设", "增派", "加派", "增聘", "增开", "加开", "增添")
#: Before 一 + a classifier of people, these make it one of those counted (4人死亡(含一名12岁女童)): a count; not before
#: other classifiers (包括一套房贷: a first home's loan).
INCLUDING_BEFORE = ("(含", "（含", "包括", "包含")
# jieba's tags of a dictionary noun that a classifier may open (部门/n, 名额/n, 项目/n); not a verb (组长/v) nor a place.
_NOUN_TAGS = frozenset({"n", "nz", "ng", "j"})
# jieba's tags of a word a numeral is glued into: an unknown word (敬文三所/x, 同两校/x) or a name (蒋二人/nr).
_GLUED_TAGS = frozenset({"x", "nr"})
# Before a glued numeral, these make it a range's high end, an ordinal or a rate (单人至三人, 第三所, 每两人): no count.
_NOT_GLUED = "至到第每前首"
# An age right after a classifier of people (3名16岁少年, 一名40多岁男子): the people counted follow it.
_AGE = re.compile(r"[\d一二两三四五六七八九十]+[多余]?岁")
_AGE_CLASSIFIERS = frozenset("名 位 个".split())
# After a classifier, these make a compound unit jieba writes as one word (4件套: a four-piece set, 93万辆次): not a noun.
_COMPOUND_UNIT_ENDS = "套次"
# 套 counts dwellings and sets whatever jieba glues to it (5套房: 5 of 房, not of 套房).
_SET = "套"
# A clock's or a calendar's letter after digits (晚上8时政府…: jieba's 时政): a time, never a count.
_TIME_LETTERS = "时点日月年号分秒周天"
# The last letter of a title (校董, 次长, 委员), which jieba may write apart after a classifier glued to its first.
_TITLE_LETTERS = "长董员官"
_CHINESE_NUMERAL = re.compile(r"[一二两三四五六七八九十百千万]")


def glued_noun(doc: Doc, m: re.Match[str], b: _Boundaries, full: tuple[int, int] | None, head_start: int) -> bool:
    """Whether the classifier of ``m`` opens a dictionary noun jieba wrote as one word, whose one remaining letter was
    read as the thing (``full`` from the classifier's end, ``head_start`` there): the word is the thing counted.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.counts import extract_counts
    >>> [(m.text, m.quantity.counted, m.quantity.classifier) for m in extract_counts(make_nlp()("政府公布10部门的预算。"))]
    [('10部门', '部门', '')]
    """
    cls = m.group("cls")
    if not cls or cls in (_PERSON, _SET) or full is None:
        return False
    at, after = m.start("cls"), m.end("cls")
    if (full != (after, after + 1) or head_start != after or doc_text(doc)[after] in _PERSON + _COMPOUND_UNIT_ENDS
            or at not in b.starts):
        return False
    words = token_table(doc).words
    word = words[b.token_at[at]]
    if word.idx != at or word.end != full[1] or word.tag not in _NOUN_TAGS:
        return False
    return _title_letter(doc, b, full[1]) is None  # 8名校董: jieba's 名校|董 hides 名 + 校董


def _title_letter(doc: Doc, b: _Boundaries, at: int) -> str | None:
    """The title's last letter jieba wrote as a word of its own at ``at`` (名校|董, 名次|长), else ``None``."""
    text = doc_text(doc)
    if at >= len(b.token_at) or text[at] not in _TITLE_LETTERS:
        return None
    word = token_table(doc).words[b.token_at[at]]
    return text[at] if word.idx == at and word.end == at + 1 else None


def glued_title(doc: Doc, m: re.Match[str], b: _Boundaries, full: tuple[int, int] | None, head_start: int) -> int:
    """Where the thing of ``m`` ends when jieba glued the classifier to the first letter of a title and wrote the
    title's last letter apart (``8名校董``: 名校|董, ``3名次长``: 名次|长): the title after the classifier is the thing
    (校董, 次长); else -1.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.counts import extract_counts
    >>> [(m.text, m.quantity.counted) for m in extract_counts(make_nlp()("3名次长出席。"))]
    [('3名次长', '次长')]
    """
    cls = m.group("cls")
    if not cls or full is None:
        return -1
    at, after = m.start("cls"), m.end("cls")
    if full != (after, after + 1) or head_start != after or at not in b.starts:
        return -1
    word = token_table(doc).words[b.token_at[at]]
    if word.idx != at or word.end != full[1] or _title_letter(doc, b, full[1]) is None:
        return -1
    return full[1] + 1


def glued_opening(doc: Doc, m: re.Match[str], start: int, b: _Boundaries) -> bool:
    """Whether the count of ``m`` opening at ``start`` inside a word still opens there: a Chinese numeral and its
    classifier that jieba glued to the letters before them into an unknown word or a name, the classifier ending that
    word (``敬文三所``, ``同两校``, ``蒋二人``).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.counts import extract_counts
    >>> [m.text for m in extract_counts(make_nlp()("卢、蒋二人都穿白色上衣。"))]
    ['二人']
    """
    cls = m.group("cls")
    if not cls or start != m.start("num") or start >= len(b.token_at) or not _CHINESE_NUMERAL.match(doc_text(doc), start):
        return False
    if start < 1 or not "\u4e00" <= doc_text(doc)[start - 1] <= "\u9fff" or doc_text(doc)[start - 1] in _NOT_GLUED:
        return False
    word = token_table(doc).words[b.token_at[start]]
    return word.tag in _GLUED_TAGS and word.idx < start and word.end == m.end("cls")


def opens_noun(doc: Doc, m: re.Match[str], b: _Boundaries) -> bool:
    """Whether the classifier of ``m`` opens a longer dictionary noun jieba wrote as one word, after digits (``8校董``,
    ``8县市政府``): when the count is refused with the classifier, the number is read before that noun alone.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.counts import extract_counts
    >>> [(m.text, m.quantity.counted) for m in extract_counts(make_nlp()("全台8县市政府宣布停班。"))]
    [('8县市政府', '县市政府')]
    """
    cls = m.group("cls")
    if (not cls or cls == _PERSON or cls in _TIME_LETTERS or not m.group("num").isdigit()
            or m.start("cls") not in b.starts):
        return False
    word = token_table(doc).words[b.token_at[m.start("cls")]]
    return word.idx == m.start("cls") and word.end > m.end("cls") and word.tag in _NOUN_TAGS


def past_age(text: str, cls: str | None, after: int, b: _Boundaries) -> int:
    """Where the noun a classifier of people counts begins when an age stands right after the classifier (``3名16岁少年``:
    少年), else ``after`` itself; the age must end where jieba's next word begins.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.counts import extract_counts
    >>> [(m.text, m.quantity.counted) for m in extract_counts(make_nlp()("事故造成两名12岁女童受伤。"))]
    [('两名12岁女童', '女童')]
    """
    if cls not in _AGE_CLASSIFIERS:
        return after
    age = _AGE.match(text, after)
    return age.end() if age is not None and age.end() in b.starts else after
