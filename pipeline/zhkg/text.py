"""Small text utilities shared by stages: sentence spans."""

from __future__ import annotations

import re

__all__ = ["sentence_spans", "sentence_at"]

_SENTENCE_END = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[」』”’)]*|\n|$)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the sentences of ``text`` (split on 。！？；and newlines), blanks dropped.

    >>> sentence_spans("甲。乙!\\n丙")
    [(0, 2), (2, 4), (5, 6)]
    """
    spans = []
    for m in _SENTENCE_END.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence span containing ``offset`` (or the nearest before it)."""
    lo, hi = 0, len(spans) - 1
    best = spans[0] if spans else (0, 0)
    while lo <= hi:
        mid = (lo + hi) // 2
        if spans[mid][0] <= offset:
            best = spans[mid]
            lo = mid + 1
        else:
            hi = mid - 1
    return best
