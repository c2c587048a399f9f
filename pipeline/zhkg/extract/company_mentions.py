"""Adding a company's mention where no other name stands in the way: what the company readers share
(:mod:`zhkg.extract.company_lists` and :mod:`zhkg.extract.trade_frames`, which it runs; session 31, tidy41).

A reader that finds a company over ``[start, end)`` asks :func:`conflict` what stands there: the brand alone inside
it grows to the whole (复星 of 复星医药), a place inside it stays beside it (中国 of 中国铝业), and, when the reader
may retype, the recogniser's person or uncoded place over it yields (华谊 read as a person); any other name blocks
it. :func:`add_organisation` adds the mention and drops what it settled; :func:`add_unread` does both, unless the
very span is an organisation already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import doc_text
from zhkg.text import Span, SpanIndex

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["add_organisation", "add_unread", "conflict"]


def conflict(index: SpanIndex, start: int, end: int, retype: bool) -> tuple[bool, set[int]]:
    """Whether another name stands in the way of an organisation over ``[start, end)``, and the mentions it
    replaces: the brand alone inside it (复星 of 复星医药 grows to the whole); with ``retype``, the recogniser's
    person or uncoded place over it whole or inside it. A place inside it stays (中国 of 中国铝业 locates it)."""
    drop: set[int] = set()
    for m in index.overlapping(Span(start, end)):
        inside = start <= m.start and m.end <= end
        whole = m.span == (start, end)
        if m.label is Label.ORGANIZATION and whole:
            continue  # read already
        if m.label is Label.ORGANIZATION and inside:
            drop.add(id(m))
        elif m.label is Label.PLACE and inside and not whole:
            continue
        elif retype and inside and m.label is not Label.ORGANIZATION and m.extractor == MentionSource.RECOGNISER \
                and not m.code:
            drop.add(id(m))
        else:
            return True, drop
    return False, drop


def add_organisation(mentions: list[Mention], doc: Doc, start: int, end: int, source: MentionSource,
                     index: SpanIndex, drop: set[int]) -> list[Mention]:
    """``mentions`` less those whose ids are in ``drop``, with an organisation over ``[start, end)`` made by
    ``source`` added (to ``index`` too)."""
    new = make_mention(doc, start, end, Label.ORGANIZATION, source, canonical=doc_text(doc)[start:end])
    index.add(new)
    return ([m for m in mentions if id(m) not in drop] if drop else mentions) + [new]  # a new list either way


def add_unread(mentions: list[Mention], doc: Doc, start: int, end: int, source: MentionSource, index: SpanIndex,
               also_drop: frozenset[int] | set[int] = frozenset()) -> list[Mention]:
    """``mentions`` with an organisation over ``[start, end)`` added, unless another name stands in the way or the
    very span is read already (:func:`conflict`, with ``retype``); what it settles is dropped, with ``also_drop``."""
    blocked, drop = conflict(index, start, end, retype=True)
    if blocked or any(o.label is Label.ORGANIZATION and o.span == (start, end) for o in index.overlapping(Span(start, end))):
        return mentions
    return add_organisation(mentions, doc, start, end, source, index, drop | set(also_drop))
