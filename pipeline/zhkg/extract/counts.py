"""COUNT mentions: a number, a classifier and the thing counted (274个村).

The grammar runs on the normalised (Simplified, half-width) text of a spaCy
``Doc``; jieba's tokens are used only as boundaries, because jieba glues numbers
to classifiers and classifiers to nouns (``万名``, ``个村``) in ways that vary.

A count is ``[prefix] number [多|余] [万|亿] [多|余] classifier [thing]``:

* numbers are Arabic (``1,028``, ``1.5``) or Chinese (五十, 两, 十多); Chinese
  numerals and ``万``/``亿`` multipliers are parsed by ``cn2an``;
* the classifier comes from ``zhkg/resources/data/classifiers.tsv``. A *measure*
  (个, 名, 例...) needs a thing after it (``274个村``) or a glossary noun before it
  (``项目共822个``, span from the noun); a *unit* (人, 人次, 户, 小时, 天) counts
  itself (``15万余人次``: counted and classifier are both 人次) unless a glossary
  noun follows (``五十人座位``: 50 of 座位, classifier 人, a capacity);
* the thing counted is the longest glossary entry (``zhkg/resources/data/glossary.tsv``)
  ending on a token boundary, else up to three noun tokens, plus a short
  parenthesised qualifier (``镇乡(街道)``).

Decisions and caveats:

* ``approximate`` is set by 多/余 (十多, 15万余), a prefix 近/约/大约/将近/逾/超过/多达,
  a vague numeral 数十/几百/上万 (the value is then the unit, a lower bound), or a
  suffix 左右/以上.
* 一 + classifier is usually an indefinite article (一名合格民警, 一场战斗): it is kept
  only when the thing counted is in the glossary, and not in 是一名… (predicate) nor
  一名党员一面旗 (distributive). 一 with a unit (一天, 一户, 一个人, 一个小时) is a count
  only when negated (没有一个人 -> 0).
* 没有一例确诊病例 is a count of **zero**: the span includes the negation
  (没有/无/未有) so that it reads as what it asserts.
* Not counts: dates and clock times (年, 月, 日, 时, 点 are not classifiers), years
  of duration (14年: ambiguous with a year such as 2014), ordinals and distributives
  (第一位, 第二天, 初四, 每一项), relative times (四天前, 24小时内), percentages,
  digit-by-digit numerals (二〇二〇, 三四个: years or ranges), levels (五级联控), money,
  and numbers glued to a noun without a unit (409会议室).
* ``Quantity.classifier`` is the Simplified classifier (a closed set, for grouping);
  ``counted`` is the thing in the source script, read from the original text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import cn2an
from spacy.tokens import Doc

from zhkg.extract.base import ORIGINAL_KEY, doc_text, make_mention, token_boundaries, token_table
from zhkg.records import Label, Mention, MentionSource, Quantity
from zhkg.resources.lexicon import Lexicon, load_lexicon

__all__ = ["EXTRACTOR", "classifiers", "parse_number", "extract_counts"]

EXTRACTOR = MentionSource.COUNT_GRAMMAR

_DIGITS = "零〇一二两三四五六七八九"
_UNITS = "十百千万亿"
_APPROX_PREFIXES = ("大约", "将近", "超过", "多达", "近", "约", "逾")
_APPROX_SUFFIXES = ("左右", "以上")
_NEGATIONS = ("没有", "未有", "无")
# Connectors allowed between a noun and its number in the noun-first form (项目共822个).
_CONNECTORS = ("共计", "共有", "合计", "总计", "累计", "共", "达", "计")
# A number right after these is an ordinal, a date or a rate, not a count.
_BLOCKING_BEFORE = ("第", "初", "每", "周", "星期", "礼拜")
# Before 一, these make 一名… a predicate ("is a ..."), i.e. an article.
_PREDICATIVE_BEFORE = ("是", "成为", "当", "做", "作为")
# After a duration these make it a point in time (四天前) or a limit (24小时内).
_RELATIVE_AFTER = ("以来", "以后", "以前", "之前", "之后", "之内", "前", "后", "内", "里")
_TIME_THINGS = frozenset({"天", "小时", "月", "周", "年", "分钟", "星期"})
_NOUN_TAGS = ("n", "nz", "nt", "ns", "ng", "t")
_MAX_NOUN_TOKENS = 3
_PAREN = re.compile(r"[(（][\u4e00-\u9fff]{1,6}[)）]")


def classifiers() -> Mapping[str, str]:
    """Classifier -> role ("measure" or "unit"): ``load_lexicon().classifiers``.

    >>> classifiers()["个"], classifiers()["人次"]
    ('measure', 'unit')
    """
    return load_lexicon().classifiers


def parse_number(text: str) -> tuple[float, bool]:
    """Value of an Arabic or Chinese numeral, and whether it is approximate.

    多/余 mark an approximate number; 数/几/上 before a unit (数十, 上万) make a vague
    one, valued at the unit. Raises ``ValueError`` for what is not a count-like
    number, such as digit-by-digit Chinese (二〇二〇, 三四).

    >>> parse_number("15万余"), parse_number("十多"), parse_number("1,028")
    ((150000.0, True), (10.0, True), (1028.0, False))
    >>> parse_number("五十"), parse_number("两"), parse_number("数十")
    ((50.0, False), (2.0, False), (10.0, True))
    """
    approximate = any(ch in "多余" for ch in text)
    core = text.replace(",", "").replace("多", "").replace("余", "")
    if core[:1] in "数几上":
        core, approximate = "一" + core[1:], True
    chinese = core.rstrip("万亿")
    if chinese and chinese[0] in _DIGITS + _UNITS:
        if len(chinese) > 1 and not any(ch in _UNITS for ch in chinese):
            raise ValueError(f"digit-by-digit numeral, not a count: {text!r}")
        if core[0] in "百千":  # cn2an refuses 百/千 without a leading 一
            core = "一" + core
    try:
        value = float(cn2an.cn2an(core, "smart"))
    except (ValueError, KeyError, OverflowError) as exc:  # cn2an raises ValueError on most bad input
        raise ValueError(f"not a number: {text!r}") from exc
    if not math.isfinite(value):  # hundreds of digits overflow to inf, which JSON cannot hold
        raise ValueError(f"too large to be a count: {text!r}")
    return value, approximate


@lru_cache(maxsize=4)
def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    alternation = "|".join(re.escape(c) for c in sorted(lexicon.classifiers, key=len, reverse=True))
    chinese = (
        f"[数几上][{_UNITS}][{_DIGITS}{_UNITS}]*"  # 数十, 上万
        f"|[{_DIGITS}十百千][{_DIGITS}{_UNITS}]*"  # never from 万/亿 alone: 万众一心
    )
    return re.compile(
        rf"(?<![\d.{_DIGITS}{_UNITS}])"
        rf"(?P<neg>{'|'.join(_NEGATIONS)})?"
        rf"(?P<prefix>{'|'.join(_APPROX_PREFIXES)})?"
        rf"(?P<num>(?:\d+(?:,\d{{3}})*(?:\.\d+)?|{chinese})[多余]?[万亿]*[多余]?)"
        rf"(?P<cls>{alternation})"
    )


@dataclass(frozen=True)
class _Boundaries:
    starts: frozenset[int]
    ends: frozenset[int]
    token_at: tuple[int, ...]  # character offset -> index of the token containing it


def _boundaries(doc: Doc) -> _Boundaries:
    starts, ends = token_boundaries(doc)
    token_at = token_table(doc).token_of_char
    return _Boundaries(starts | {len(doc_text(doc))}, ends | {len(doc_text(doc))}, token_at)


def _glossary_at(text: str, pos: int, ends: frozenset[int], glossary: Mapping[str, str]) -> int:
    """End of the longest glossary word starting at ``pos`` and ending on a token end, else -1."""
    best = -1
    for word in glossary:
        end = pos + len(word)
        if end > best and end in ends and text.startswith(word, pos):
            best = end
    return best


def _nouns_at(doc: Doc, pos: int, cls_start: int, b: _Boundaries) -> int:
    """End of up to three noun tokens from ``pos`` (or of a classifier+noun token), else -1."""
    if pos >= len(b.token_at):
        return -1
    words = token_table(doc).words
    token = words[b.token_at[pos]]
    if token.idx != pos:
        # jieba glued classifier and noun (个村): the rest of that token is the thing.
        glued = token.idx == cls_start and token.tag not in ("m", "q", "mq")
        return token.end if glued else -1
    end = -1
    for word in words[token.i : token.i + _MAX_NOUN_TOKENS]:
        if word.idx != max(end, pos) or word.tag not in _NOUN_TAGS:
            break
        end = word.end
    return end


def _noun_before(
    text: str, start: int, starts: frozenset[int], glossary: Mapping[str, str]
) -> tuple[int, int] | None:
    """(start, end) of a glossary noun before ``start``, past a connector such as 共."""
    head = text[:start]
    for connector in _CONNECTORS:
        if head.endswith(connector):
            head = head[: -len(connector)]
            break
    found = [len(head) - len(w) for w in glossary if head.endswith(w) and len(head) - len(w) in starts]
    return (min(found), len(head)) if found else None


def _thing(
    doc: Doc, m: re.Match[str], start: int, b: _Boundaries, lexicon: Lexicon
) -> tuple[int, int, int, int] | None:
    """(span start, thing start, thing end, span end) for a number+classifier match."""
    text = doc_text(doc)
    cls_start, after = m.start("cls"), m.end("cls")
    thing_end = _glossary_at(text, after, b.ends, lexicon.glossary)
    if lexicon.classifiers[m.group("cls")] == "measure":
        nouns_end = _nouns_at(doc, after, cls_start, b)
        thing_end = max(thing_end, nouns_end)
    if thing_end > 0:
        paren = _PAREN.match(text, thing_end)  # 镇乡(街道): the qualifier is part of the thing
        thing_end = paren.end() if paren else thing_end
        return start, after, thing_end, thing_end
    if lexicon.classifiers[m.group("cls")] == "unit" and after in b.ends:
        return start, cls_start, after, after  # 15万余人次: the unit is the thing
    noun = _noun_before(text, start, b.starts, lexicon.glossary)  # 项目共822个
    return (noun[0], noun[0], noun[1], after) if noun else None


def _read_count(doc: Doc, m: re.Match[str], b: _Boundaries, lexicon: Lexicon) -> Mention | None:
    """The COUNT mention of one grammar match, or ``None`` when it is not a count."""
    text = doc_text(doc)
    start = m.start()
    neg, prefix, num = m.group("neg"), m.group("prefix"), m.group("num")
    if neg and (prefix or num != "一"):
        start, neg = m.start("neg") + len(neg), None  # 没有 negates only 一例…
    if prefix and start not in b.starts:
        start, prefix = m.start("num"), None  # 近 inside 最近 is not "nearly"
    if start not in b.starts or text[:start].endswith(_BLOCKING_BEFORE):
        return None
    try:
        value, approximate = parse_number(num)
    except ValueError:
        return None
    found = _thing(doc, m, start, b, lexicon)
    if found is None:
        return None
    start, thing_start, thing_end, end = found
    counted_simplified = text[thing_start:thing_end]

    if num == "一" and not prefix:
        if thing_start != m.end("cls") or counted_simplified not in lexicon.glossary:
            return None  # an article (一名合格民警, 一天), not a count
        if text.startswith("一", end) or (not neg and text[:start].endswith(_PREDICATIVE_BEFORE)):
            return None  # 一名党员一面旗, 我是一名共产党员
        if not neg and counted_simplified in lexicon.classifiers:
            return None  # 一个人, 一个小时 read as "a person", "an hour"; 没有一个人 is a count
    if counted_simplified in _TIME_THINGS and text.startswith(_RELATIVE_AFTER, end):
        return None
    approximate = approximate or bool(prefix)
    for suffix in _APPROX_SUFFIXES:
        if text.startswith(suffix, end):
            end, approximate = end + len(suffix), True
            break

    original = doc.user_data.get(ORIGINAL_KEY, text)
    quantity = Quantity(
        value=0.0 if neg else value,
        counted=original[thing_start:thing_end],
        counted_simplified=counted_simplified,
        classifier=m.group("cls"),
        approximate=approximate,
        gloss=lexicon.glossary.get(counted_simplified, ""),
    )
    return make_mention(doc, start, end, Label.COUNT, EXTRACTOR, quantity=quantity)


def extract_counts(doc: Doc, *, lexicon: Lexicon | None = None) -> list[Mention]:
    """COUNT mentions in a ``Doc`` of normalised text, sorted by start.

    ``lexicon`` (classifiers and glossary) defaults to :func:`~zhkg.resources.lexicon.load_lexicon`.

    >>> from zhkg.stages.segment import make_nlp
    >>> doc = make_nlp()("来自全区17个镇乡(街道)、274个村的数据,参与志愿者达15万余人次")
    >>> [(m.text, m.quantity.display_value, m.quantity.counted) for m in extract_counts(doc)]
    [('17个镇乡(街道)', '17', '镇乡(街道)'), ('274个村', '274', '村'), ('15万余人次', '150000+', '人次')]
    """
    lexicon = lexicon or load_lexicon()
    b = _boundaries(doc)
    mentions: list[Mention] = []
    for m in _pattern(lexicon).finditer(doc_text(doc)):
        mention = _read_count(doc, m, b, lexicon)
        if mention is None or (mentions and mention.start < mentions[-1].end):
            continue
        mentions.append(mention)
    return sorted(mentions, key=lambda x: (x.start, x.end))
