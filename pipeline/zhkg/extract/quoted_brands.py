"""Brands the text quotes and calls brands: “安的”、“富达”等品牌, 品牌“欧派”, “好太太”品牌.

Home, building-material and consumer news names the makers of what it reviews by their brands, in quotation marks,
and says so with the word 品牌 right after the list (“安的”、“富达”等品牌的塑钢门, “TATA”、“美心”两大品牌) or right
before one name (知名品牌“欧派”). The names are coined (安的, 富达, 美心) and the recogniser reads none of them, or one
as a person. The sentence's frame says what they are: each quoted item of such a list is read as an organisation,
a brand being its maker's name in this project's conventions (佳能, 三星; ``docs/entities.md``), and so is every other
quoted occurrence of the same name in the document.

An item is one to eight letters (Chinese, Latin or digits) and no common word: not a single jieba word of two
letters or more that jieba tags as a common noun, verb, adjective or adverb (“绿色”品牌, “环保”品牌 name no maker),
and not a place or a person a rule has read (“中国”品牌). Only the quoted items are read: a bare word before 品牌 is
:mod:`zhkg.extract.makers`' (SONY品牌, 莱德品牌). What is read across an item, or on it as an organisation already,
wins.
"""

from __future__ import annotations

import re

from zhkg.extract.base import replaced
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import TokenTable
from zhkg.text import Span, SpanIndex

__all__ = ["quoted_brand_spans", "read_quoted_brands"]

_BRAND = "品牌"
_ITEM = r"“[A-Za-z0-9\u4e00-\u9fff&·]{1,8}”"
# quoted items joined by 、, 和, 与, 及 or a comma, closed by 等 (or a count of them) and 品牌 (知名, 国际 … between)
_LIST_BEFORE = re.compile(rf"((?:{_ITEM}(?:[、,，和与及]|以及))*{_ITEM})(?:等|等等)?(?:[两三四五六七八九十几多]+(?:个|大|家))?"
                          r"(?:知名|著名|国际|国内|国产|进口|一线|高端|老)?品牌")
# 品牌 and one quoted name right after it (品牌“欧派”, 知名品牌“TATA”)
_ONE_AFTER = re.compile(rf"品牌(?:为|是)?({_ITEM})")
# jieba's tags of a common word that names no maker in quotes (“绿色”, “森林”, “时尚”, “实用”; “环保” is j, an
# abbreviation)
_COMMON_TAGS = ("n", "v", "a", "d", "vn", "an", "ad", "l", "i", "j", "z", "b", "t", "m", "q", "r")
_PROPER_TAGS = frozenset({"nr", "nrt", "nrfg", "nz", "nt", "x", "eng"})


def _common_word(start: int, end: int, table: TokenTable) -> bool:
    """Whether ``[start, end)`` is one jieba word of two letters or more that is a common word."""
    word = table.word_at(start)
    return word is not None and (word.idx, word.end) == (start, end) and len(word.text) >= 2 \
        and word.tag not in _PROPER_TAGS and word.tag.startswith(_COMMON_TAGS)


def quoted_brand_spans(text: str, table: TokenTable) -> list[tuple[int, int]]:
    """The quoted names ``text`` calls brands: (start, end) of each name inside its quotes.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "“安的”、“富达”等品牌的塑钢门走进家庭，“绿色”品牌不多，知名品牌“欧派”也降价。"
    >>> [text[s:e] for s, e in quoted_brand_spans(text, token_table(make_nlp()(text)))]
    ['安的', '富达', '欧派']
    """
    if _BRAND not in text or "“" not in text:
        return []
    found: list[tuple[int, int]] = []
    for m in _LIST_BEFORE.finditer(text):
        found.extend((q.start() + 1, q.end() - 1) for q in re.finditer(_ITEM, text[:m.end(1)]) if q.start() >= m.start(1))
    for m in _ONE_AFTER.finditer(text):
        found.append((m.start(1) + 1, m.end(1) - 1))
    return sorted({(s, e) for s, e in found if not _common_word(s, e, table)})


def read_quoted_brands(mentions: list[Mention], text: str, table: TokenTable | None, original: str = "") -> list[Mention]:
    """``mentions`` with the quoted brands (:func:`quoted_brand_spans`) and their other quoted occurrences read as
    organisations; what a rule reads across or on them wins (module docstring)."""
    if table is None:
        return mentions
    spans = quoted_brand_spans(text, table)
    if not spans:
        return mentions
    names = {text[s:e] for s, e in spans}
    for name in sorted(names):
        quoted = f"“{name}”"
        i = text.find(quoted)
        while i >= 0:
            spans.append((i + 1, i + 1 + len(name)))
            i = text.find(quoted, i + 1)
    index = SpanIndex(mentions)
    drop: set[int] = set()
    added: list[Mention] = []
    doc_id = mentions[0].doc_id if mentions else ""
    source = original or text
    for start, end in sorted(set(spans)):
        clash = index.overlapping(Span(start, end))
        if any(o.start < start or o.end > end or o.label is Label.ORGANIZATION
               or o.label in (Label.PERSON, Label.PLACE) and o.extractor != MentionSource.RECOGNISER for o in clash):
            continue  # read across it, already a body, or a rule's person or place
        drop.update(id(o) for o in clash)
        m = Mention(doc_id, start, end, source[start:end], text[start:end], Label.ORGANIZATION, MentionSource.ORG_MAKER)
        added.append(m)
        index.add(m)
    if not added:
        return mentions
    return replaced(mentions, drop, added)
