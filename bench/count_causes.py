"""Why a count was missed or predicted wrongly: one class a miss and a spurious count, decided by code (issue 14).

Round counts176. :mod:`bench.counts_web` (``--causes``) scores the web dev set's counts; this module says, for each
gold count no prediction matched and each prediction no gold count matched, which **stage** lost it or which
**convention** differs, from what the pipeline produced alone, never from reading the article:

**Misses** (a gold count with no matching prediction):

* ``read, thing differs: …`` a prediction overlaps it with the gold's value but counts another thing: ours is the
  head of a fuller form the gold lists alone (``head of gold's form``: 人士 for 知情人士; ``one letter`` when ours is a
  single character, 次 for 辆次, no head the conventions accept), a longer form ending in the gold's head (``fuller
  than gold``), the gold's thing inside our phrase but not its head (``gold in our phrase``), our classifier standing
  for the thing (``ours the classifier``), the gold's thing our classifier (``gold the classifier``), the gold's noun
  before the number or further on than our phrase, or another word; where the noun after the classifier was misread,
  jieba's tag of the word right after the classifier is named (``(next: v)``, ``(next: x, punctuation)``);
* ``read, value differs`` a prediction overlaps it with another value;
* ``not read: …`` the count grammar (:func:`zhkg.extract.count_numerals._pattern`) matches no number in the gold
  span: no numeral in the span at all (``no numeral``), a number glued to a noun that is no classifier (``no
  classifier``), or a classifier the grammar knows that it still does not match (``other form``);
* ``skipped: bare number`` the grammar matched a number with no classifier that the extractor's loop passes over;
* ``refused: …`` :func:`zhkg.extract.counts._read` refused the match, at its step: ``opening`` (inside a word, a
  rate, blocked), ``before`` (a difference, a record, a capacity, a time), ``number`` (unparsed), ``kinds``,
  ``after`` (money, a measure, an idiom, an ordinal 二), ``no thing``, ``no head``, ``article 一`` (a lone 一 read as
  "a"), ``late`` (any later guard);
* ``dropped: …`` ``_read`` read it and the extractor dropped it: an overlap with the count before, a title or
  quotation, a lone 一 after no item of a list, a classifier standing alone with nothing to borrow (named with
  jieba's tag after it), or a later filter (a place's name, a team, a figure of speech).

A skipped or refused miss adds its form where the grammar treats it apart: ``spaced`` (a space inside the count), ``no
classifier`` with the numeral's kind and what it is glued to (a body or place, people, another noun), ``noun before``;
any miss adds ``an age inside`` when an age stands in its span (3名16岁少年).

**Spurious** (a prediction matching no gold count): ``pairs a miss`` when it overlaps a gold count (the thing or
value differs: the miss says which), else the kind the gold excludes, by the words around it: ``an article 一``,
``a rate`` (每, 均 before), ``times`` (次, 度, 轮, 架次…), ``a rank`` (第, 前, 首 before), ``in a title or quotation``,
``time or duration``, ``a roster's size`` (16人名单), ``a bare N人``, ``other``.

On the check half only the class counts are printed (:func:`cause_counts`), never a text, a name or a span.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from zhkg.evaluate_counts import GoldCount, GoldDocument, count_matches
from zhkg.records import Label, Mention
from zhkg.stages.normalise import to_simplified

__all__ = ["Cause", "miss_cause", "spurious_cause", "document_causes", "cause_counts"]

#: Numerals as the normalised (Simplified) text writes them: digits, Chinese digits and magnitudes.
_NUMERAL = re.compile(r"[\d][\d,.]*|[零〇一二两三四五六七八九十百千万亿廿卅几数]+")
_RATE_BEFORE = re.compile(r"(?:每|均|平均|人均|日均|月均|年均|场均|户均)[\u4e00-\u9fff]{0,4}$")
_RANK_BEFORE = ("第", "前", "首", "头", "后")
_TIMES = frozenset("次 度 轮 回 遍 趟 届 任 期".split())
_TIME_THINGS = frozenset("年 月 日 天 周 星期 小时 分钟 秒 季 季度 学期 世纪 年代 月份 个月 晚 夜".split())
_PEOPLE_UNITS = frozenset("人 名 位".split())
_ROSTERS = ("名单", "阵容", "大名单")  # 16 人名单: how many a list names, no count the gold keeps
_QUOTES = (("《", "》"), ("「", "」"), ("“", "”"), ("『", "』"), ("〈", "〉"))
_QUOTE_REACH = 20
_BODY_OR_PLACE = frozenset("党院省市县区镇乡村队岸方部委军团校国州府会社局厅署处")  # 两党, 三乡镇: what a bare numeral is before
_PEOPLE = frozenset("员人长民者手士生师警官兵")  # 16员, 2长
_AGE = re.compile(r"[\d一二两三四五六七八九十]+[多余]?岁|年[届屆逾近][\u4e00-\u9fff]{1,3}旬|[二三四五六七八九]旬")
_FURTHER = 20  # characters after a count to look for the gold's thing


@dataclass(frozen=True)
class Cause:
    """One error and its class: ``kind`` is ``missed`` or ``spurious``; ``label`` says which count (tune only)."""

    kind: str
    cause: str
    label: str


def _thing_cause(things: tuple[str, ...], ours: str, full: str) -> str:
    if any(t.endswith(ours) and t != ours for t in things):  # the conventions' head, when a word; 次 of 辆次 is none
        return "read, thing differs: head of gold's form" + ("" if len(ours) > 1 else ", one letter")
    if any(ours.endswith(t) and t != ours for t in things):
        return "read, thing differs: fuller than gold"
    if any(t in full for t in things):
        return "read, thing differs: gold in our phrase"
    return "read, thing differs: other word"


#: The thing-differs classes where the noun after the classifier was misread: they name jieba's tag there.
_AFTER_CLASSIFIER = ("gold in our phrase", "gold's noun further on", "other word")


def _classifier_end(text: str, m: Mention) -> int:
    """Where the classifier of the count ``m`` ends in ``text`` (its first occurrence after a numeral), or -1."""
    cls = m.quantity.classifier
    if not cls:
        return -1
    at = text.find(cls, m.start, m.end)
    return at + len(cls) if at >= 0 else -1


def _other_word(text: str, g: GoldCount, m: Mention) -> str:
    """Where the gold's thing stands when ours is another word: our classifier read as the thing, the gold's thing
    the classifier, the gold's noun before the number or further on than our phrase, or not written near."""
    q, things = m.quantity, g.things
    if q.counted_simplified == q.classifier:
        return "read, thing differs: ours the classifier"
    if q.classifier in things:
        return "read, thing differs: gold the classifier"
    if any(t in text[min(g.start, m.start) : m.start + len(q.classifier) + 1] for t in things):
        return "read, thing differs: gold's noun before the number"
    if any(t in text[m.end : m.end + _FURTHER] for t in things):
        return "read, thing differs: gold's noun further on"
    return "read, thing differs: other word"


def _not_read_form(text: str, g: GoldCount, classifiers) -> str:
    span = text[g.start : g.end]
    numerals = list(_NUMERAL.finditer(span))
    if not numerals:
        return "not read: no numeral"
    after = span[numerals[-1].end() :] + text[g.end : g.end + 2]
    if not any(after.startswith(c) for c in classifiers):
        return "not read: no classifier"
    return "not read: other form"


def _refusal(doc, m, b, lexicon) -> str | None:
    """The step of :func:`zhkg.extract.counts._read` that refused the grammar's match ``m``, or ``None`` if it reads."""
    from zhkg.extract.count_clauses import doc_text
    from zhkg.extract.count_numerals import parse_number
    from zhkg.extract.count_refusals import (
        _KINDS,
        _count_opening,
        _counts_nothing_after,
        _counts_nothing_before,
        _kinds_counted,
    )
    from zhkg.extract.count_things import _counted_thing, _thing_head
    from zhkg.extract.counts import _read

    text = doc_text(doc)
    num, cls = m.group("num"), m.group("cls")
    opening = _count_opening(doc, m, b)
    if opening is None:
        return "refused: opening"
    start, _, prefix, _ = opening
    if _counts_nothing_before(text, m, start, prefix, b):
        return "refused: before"
    try:
        value, approximate = parse_number(num)
    except ValueError:
        return "refused: number"
    after = m.end("cls") if cls else m.end("num")
    if cls == _KINDS and not _kinds_counted(text, num, start, after):
        return "refused: kinds"
    if _counts_nothing_after(doc, m, start, after, b, lexicon):
        return "refused: after"
    thing = _counted_thing(doc, m, b, lexicon, start, after, value, approximate or bool(prefix), prefix)
    if thing is None:
        return "refused: no thing"
    full, _, head_start, _, _ = thing
    if _thing_head(text, full, head_start, cls, b, lexicon) is None:
        return "refused: no head"
    if _read(doc, m, b, lexicon) is None:
        return "refused: article 一" if num == "一" else "refused: late"
    return None


def _skipped(m, text: str, b) -> bool:
    """Whether the extractor's loop passes over the match ``m`` before reading it (a bare number; see
    :func:`zhkg.extract.counts.extract_counts`)."""
    from zhkg.extract.count_people import _population_before
    from zhkg.extract.count_refusals import _LARGE_UNIT
    from zhkg.extract.count_things import _TERSE_NUMERALS, _VAGUE_HUNDREDS

    num = m.group("num")
    return (not m.group("cls") and not _LARGE_UNIT.search(num) and not _VAGUE_HUNDREDS.fullmatch(num)
            and not _population_before(text, m.start(), b) and not (num.isascii() and num[:1].isdigit())
            and num not in _TERSE_NUMERALS)


def miss_cause(doc, g: GoldCount, predicted: Sequence[Mention], lexicon) -> str:
    """The class of the gold count ``g`` no prediction matched, in the segmented ``doc`` of its text; ``, an age
    inside`` when an age stands in its span (3名16岁少年, 12名年届七旬议员), a form the phrase reader treats apart."""
    from zhkg.extract.count_clauses import doc_text

    cause = _miss_stage(doc, g, predicted, lexicon)
    return cause + (", an age inside" if _AGE.search(doc_text(doc), g.start, g.end) else "")


def _miss_stage(doc, g: GoldCount, predicted: Sequence[Mention], lexicon) -> str:
    from zhkg.extract.count_clauses import _boundaries, doc_text
    from zhkg.extract.count_numerals import _pattern

    near = [m for m in predicted if m.start < g.end and g.start < m.end]
    same = [m for m in near if math.isclose(m.quantity.value, g.value)]
    text = doc_text(doc)
    if same:
        q = same[0].quantity
        cause = _thing_cause(g.things, to_simplified(q.counted_simplified), to_simplified(q.counted_full))
        cause = _other_word(text, g, same[0]) if cause.endswith("other word") else cause
        cls_end = _classifier_end(text, same[0])
        return cause + (_tag_after(doc, cls_end) if cls_end >= 0 and cause.endswith(_AFTER_CLASSIFIER) else "")
    if near:
        return "read, value differs"
    matches = [m for m in _pattern(lexicon).finditer(text) if m.start("num") < g.end and g.start < m.end("num")]
    if not matches:
        return _not_read_form(text, g, lexicon.classifiers)
    b = _boundaries(doc)
    m = matches[0]
    if _skipped(m, text, b):
        return "skipped: bare number" + _form(text, g, m)
    return (_refusal(doc, m, b, lexicon) or _dropped(doc, m, b, lexicon)) + _form(text, g, m)


def _dropped(doc, m, b, lexicon) -> str:
    """Which of :func:`zhkg.extract.counts.extract_counts`'s filters after ``_read`` dropped the match ``m``: an
    overlap with the count read before, a title or quotation, a lone 一 after no item of a list, or a later one."""
    from zhkg.extract.count_clauses import doc_text
    from zhkg.extract.count_exclusions import _in_a_name
    from zhkg.extract.count_numerals import _pattern
    from zhkg.extract.counts import _read

    text = doc_text(doc)
    readings = []
    for other in _pattern(lexicon).finditer(text):
        if other.start() > m.start():
            break
        if _skipped(other, text, b):
            continue
        reading = _read(doc, other, b, lexicon)
        if other.start() == m.start():
            if reading is None:
                break
            if readings and reading.start < readings[-1].end:
                return "dropped: overlaps the count before"
            if _in_a_name(text, reading):
                return "dropped: in a title or quotation"
            if reading.list_from >= 0:
                return "dropped: 一 after no list item"
            if reading.full is None:
                return "dropped: lone classifier, nothing to borrow" + _tag_after(doc, m.end("cls"))
            break
        if reading is not None and not (readings and reading.start < readings[-1].end) and not _in_a_name(text, reading):
            readings.append(reading)
    return "dropped: a later filter"


def _tag_after(doc, at: int) -> str:
    """`` (next: TAG)``, jieba's tag of the word right after a classifier, which the noun phrase reader trusts."""
    from zhkg.stages.segment import token_table

    word = token_table(doc).word_at(at)
    if word is None or word.idx != at:
        return " (next: inside a word)"
    if word.tag == "x":  # jieba's tag of whatever is no word: say which
        first = word.text[:1]
        kind = ("space" if first.isspace() else "Latin or digit" if first.isascii() and first.isalnum()
                else "punctuation" if not "\u4e00" <= first <= "\u9fff" else "Han")
        return f" (next: x, {kind})"
    return f" (next: {word.tag})"


def _form(text: str, g: GoldCount, m) -> str:
    """The form a refused count is written in, when it is one the grammar treats apart: a space inside it (web
    texts write ``逾 1,250 多名``), no classifier after the number (两党, 16员), the noun before the number."""
    if any(ch.isspace() for ch in text[g.start : g.end]):
        return ", spaced"
    if not m.group("cls"):
        noun = text[m.end("num") : m.end("num") + 1]
        kind = "a body or place" if noun in _BODY_OR_PLACE else "people" if noun in _PEOPLE else "another noun"
        return (", no classifier, " + ("Chinese numeral" if not m.group("num")[:1].isdigit() else "digits")
                + " before " + kind)
    if g.start < m.start():
        return ", noun before"
    return ""


def spurious_cause(text: str, m: Mention, gold: Sequence[GoldCount]) -> str:
    """The class of the prediction ``m`` no gold count matched, by the gold counts it overlaps and the words around it."""
    if any(m.start < g.end and g.start < m.end for g in gold):
        return "spurious: pairs a miss"
    q = m.quantity
    span, thing = text[m.start : m.end], q.counted_simplified
    if q.value == 1 and span.lstrip("这那该此其另")[:1] == "一":
        return "spurious: an article 一"
    if _RATE_BEFORE.search(text, max(0, m.start - 6), m.start):
        return "spurious: a rate"
    if q.classifier in _TIMES or thing in _TIMES or (thing.endswith("次") and thing != "人次"):
        return "spurious: times"
    if text[m.start - 1 : m.start] in _RANK_BEFORE:
        return "spurious: a rank"
    for opening, closing in _QUOTES:
        before = text.rfind(opening, max(0, m.start - _QUOTE_REACH), m.start)
        if before >= 0 and closing not in text[before : m.start] and closing in text[m.end : m.end + _QUOTE_REACH]:
            return "spurious: in a title or quotation"
    if thing in _TIME_THINGS or q.classifier in _TIME_THINGS:
        return "spurious: time or duration"
    if text.startswith(_ROSTERS, m.end) or thing in _ROSTERS:
        return "spurious: a roster's size"
    if thing == q.classifier and thing in _PEOPLE_UNITS:
        return "spurious: a bare N人"
    return "spurious: other"


def document_causes(gold: GoldDocument, mentions: Sequence[Mention], doc, lexicon) -> list[Cause]:
    """Every miss and spurious count of one document with its class (``doc``: its text segmented as the pipeline
    segments it), pairing gold and predictions as :func:`zhkg.evaluate_counts.score_counts` does."""
    from zhkg.extract.count_clauses import doc_text

    predicted = [m for m in mentions if m.label is Label.COUNT and m.quantity is not None]
    used: set[int] = set()
    causes = []
    for g in gold.counts:
        match = next((i for i, m in enumerate(predicted) if i not in used and count_matches(g, m)), None)
        if match is not None:
            used.add(match)
            continue
        label = f"{gold.id} {gold.text[g.start:g.end]}={g.value:g} {'/'.join(g.things)}"
        causes.append(Cause("missed", miss_cause(doc, g, predicted, lexicon), label))
    for i, m in enumerate(predicted):
        if i not in used:
            label = f"{gold.id} {m.text}={m.quantity.value:g} {m.quantity.counted_simplified}"
            causes.append(Cause("spurious", spurious_cause(doc_text(doc), m, gold.counts), label))
    return causes


def cause_counts(causes: Sequence[Cause]) -> list[tuple[str, int]]:
    """(class, errors) pairs, misses' classes first, each kind by count then name."""
    tally = Counter(c.cause for c in causes)
    return sorted(tally.items(), key=lambda kv: (kv[0].startswith("spurious"), -kv[1], kv[0]))
