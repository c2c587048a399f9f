"""Counts' reading state: token boundaries of a ``Doc``, one count's reading, and clause breaks.

:class:`_Boundaries` holds what the grammar needs of jieba's tokens (starts, ends, tags), built once per
document by :func:`_boundaries`; :class:`_Reading` is one count as read (span, value, classifier, the
noun phrase counted and where its head starts); :func:`_clause_start`, :func:`_sentence_breaks` and
:func:`_ends_clause` find clause and sentence limits; :func:`_break_or_word` whether what follows a count or a
quoted thing closes it (a break, or a word that fits: the predicate).

Caveats: positions are offsets into the normalised (Simplified, half-width) text; jieba's tokens are
boundaries and part-of-speech hints only, never the count's own limits.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.stages.segment import Word, doc_text, token_boundaries, token_table
from zhkg.text import CLAUSE_BREAKS as _CLAUSE_BREAK
from zhkg.text import SENTENCE_BREAK as _SENTENCE_BREAK

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = [
    "_Boundaries",
    "_HEADING",
    "_Reading",
    "_SENTENCE_BREAK",
    "_boundaries",
    "_break_or_word",
    "_clause_start",
    "_ends_clause",
    "_sentence_breaks",
]

# Where a headline opens: the text's start, or a section mark and a space (■ 新闻分析上合峰会三任务在肩).
_HEADING = re.compile(r"[■□●◆▲]\s*")


@dataclass(frozen=True)
class _Boundaries:
    starts: frozenset[int]
    ends: frozenset[int]
    token_at: tuple[int, ...]  # character offset -> index of the token containing it
    # where each of the text's section marks (_HEADING) is and where its match ends, in order: a headline's opening
    # is looked up, not searched for from the text's start at each count (quadratic in a long document)
    headings: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())

    def last_start(self, start: int, end: int) -> int:
        """Where the last word starting in ``[start, end)`` starts, else ``start`` (jieba glued the range's first
        letter to the word before it: no word starts inside)."""
        return max((i for i in range(start, end) if i in self.starts), default=start)

    def heading_before(self, pos: int) -> int:
        """Where the last section mark and its spaces before ``pos`` end (cut at ``pos``), else 0: the end of
        the last match of :data:`_HEADING` in the text up to ``pos``."""
        marks, ends = self.headings
        k = bisect_left(marks, pos) - 1
        return min(ends[k], pos) if k >= 0 else 0


def _boundaries(doc: Doc) -> _Boundaries:
    starts, ends = token_boundaries(doc)
    token_at = token_table(doc).token_of_char
    text = doc_text(doc)
    found = [h.span() for h in _HEADING.finditer(text)]
    return _Boundaries(starts | {len(text)}, ends | {len(text)}, token_at,
                       (tuple(h[0] for h in found), tuple(h[1] for h in found)))


@dataclass(frozen=True)
class _Reading:
    start: int
    end: int
    value: float
    approximate: bool
    classifier: str
    full: tuple[int, int] | None  # the counted phrase, None while the classifier stands alone
    head_start: int = -1
    noun_before: tuple[int, int] | None = None  # an open noun before the number, if nothing better
    cls_start: int = -1
    list_from: int = -1  # 一 read as a number only if a count ends here (两幢塔楼和一座建筑)
    lone_verb: bool = False  # the classifier stands alone before a verb (24只上涨)


def _sentence_breaks(text: str) -> list[int]:
    return [m.end() for m in _SENTENCE_BREAK.finditer(text)]


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last clause break before it (0 if none)."""
    if pos < 0:  # an end counted from the text's end, as str.rfind reads it
        return max((text.rfind(ch, 0, pos) for ch in _CLAUSE_BREAK), default=-1) + 1
    breaks = _clause_breaks(text)  # the text's breaks found once, not a search per break letter per number
    k = bisect_left(breaks, pos)
    return breaks[k - 1] + 1 if k else 0


@lru_cache(maxsize=4)
def _clause_breaks(text: str) -> list[int]:
    """Where ``text``'s clause breaks stand, in order (kept for the document being read)."""
    return [m.start() for m in _CLAUSE_BREAK_RE.finditer(text)]


_CLAUSE_BREAK_RE = re.compile(f"[{re.escape(_CLAUSE_BREAK)}]")


def _ends_clause(text: str, pos: int) -> bool:  # a space too: web news ends a headline or an item so (counts250)
    return pos >= len(text) or text[pos] in _CLAUSE_BREAK or text[pos].isspace() or text.startswith("中", pos)


def _break_or_word(doc: Doc, pos: int, b: _Boundaries, breaks: str, word_fits: Callable[[Word], bool]) -> bool:
    """Whether what follows at ``pos`` closes the words before it: the text's end, a clause break or one of ``breaks``,
    or a word opening there that ``word_fits`` (a verb: the predicate); ``False`` inside a word. How a count or a
    quotation after a classifier is told from a noun it would describe (tidy185: one reading for both).

    >>> from zhkg.stages.segment import make_nlp
    >>> doc = make_nlp()("这两项是局部")
    >>> [_break_or_word(doc, p, _boundaries(doc), "", lambda w: w.tag == "v") for p in (3, 4, 5, 6)]
    [True, False, False, True]
    """
    text = doc_text(doc)
    if pos >= len(text) or text[pos] in _CLAUSE_BREAK or text[pos] in breaks:
        return True
    if pos not in b.starts:
        return False
    return word_fits(token_table(doc).words[b.token_at[pos]])
