"""Monarchs and popes by their regnal numbers: 爱德华七世, 伊丽莎白二世, 本笃十六世.

A transliterated given name (all its letters but one of ``data/foreign_name_chars.txt``: 爱德华) followed by an ordinal and 世 names one person (爱德华|七世); where jieba splits the
number off, the recogniser may stop at the given name (爱德华), and the graph then joins every Edward into one
node. :func:`regnal_names`, run by :func:`zhkg.extract.combine.combine_mentions` after the other people rules,
runs such a person on over the number. A century is never a number of a reign (十九世纪, 二十世界), nor is a
number another mention already covers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.records import Label, Mention
from zhkg.resources.lexicon import Lexicon
from zhkg.text import Span, SpanIndex

__all__ = ["regnal_names", "ends_with_reign"]

# never a century (十九世纪), the world, a family (世家) or an idiom (一世英名)
_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世(?![纪紀界家英])")


_REIGN_END = re.compile(r"[一二三四五六七八九十]{1,3}世$")


def ends_with_reign(name: str) -> bool:
    """Whether ``name`` ends with a regnal number (安提柯三世): a monarch's name, not a name run into what follows.

    >>> ends_with_reign("安提柯三世"), ends_with_reign("安提柯")
    (True, False)
    """
    return _REIGN_END.search(name) is not None


def regnal_names(mentions: list[Mention], text: str, lexicon: Lexicon, original: str = "") -> list[Mention]:
    """``mentions`` with a transliterated person run on over its regnal number (爱德华|七世).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "乔治五世的父亲爱德华七世娶了丹麦公主。"  # made up
    >>> ms = [Mention("d", 7, 10, "爱德华", "爱德华", Label.PERSON, "crf")]
    >>> [m.simplified for m in regnal_names(ms, text, load_lexicon())]
    ['爱德华七世']
    """
    if "世" not in text:
        return mentions
    foreign = lexicon.foreign_name_chars
    index = SpanIndex(mentions)
    out = []
    for m in mentions:
        found = _REGNAL.match(text, m.end) if m.label is Label.PERSON else None
        if found is not None and len(m.simplified) >= 2 and sum(ch not in foreign for ch in m.simplified) <= 1 \
                and not index.overlaps(Span(m.end, found.end())):
            e = found.end()
            m = replace(m, end=e, text=(original or text)[m.start:e], simplified=text[m.start:e], canonical="")
        out.append(m)
    return out
