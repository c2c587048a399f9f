"""Mentions: every entity is MENTIONED_IN each document it appears in (evidence: its first mention).
"""

from __future__ import annotations

from zhkg.records import Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext

__all__ = ['read_mentioned_in']


def read_mentioned_in(ctx: RelationContext) -> list[Relation]:
    """One MENTIONED_IN edge from each entity of the document to it (the mentions held from the other readers too)."""
    first: dict[str, Mention] = {}
    for m in sorted(ctx.mentions + ctx.held_standing(), key=lambda m: (m.start, -m.end)) if ctx.held else ctx.mentions:
        first.setdefault(ctx.owner[m], m)
    return [ctx.relation(eid, ctx.doc_node, RelationKind.MENTIONED_IN, m.start, m.end) for eid, m in sorted(first.items())]
