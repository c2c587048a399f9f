"""Counts (HAS_COUNT): a count belongs to the nearest place or organisation before it
in its clause (全区17个镇乡(街道)、274个村 -> 平谷区).
"""

from __future__ import annotations

from bisect import bisect_right

from zhkg.records import Label, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext

__all__ = ['read_counts']


def read_counts(ctx: RelationContext) -> list[Relation]:
    """A count belongs to the nearest place or organisation before it in its clause."""
    out = []
    breaks = [b.end() for b in CLAUSE_BREAK.finditer(ctx.text)]
    # holders by where they end; the outermost mention ending last wins: 区政协机关, not the 区 inside it
    holders = sorted((m for m in ctx.mentions if m.label in (Label.PLACE, Label.ORGANIZATION)),
                     key=lambda h: (h.end, -h.start))
    ends = [h.end for h in holders]
    for count in (m for m in ctx.mentions if m.label is Label.COUNT):
        k = bisect_right(breaks, count.start) - 1
        clause_start = breaks[k] if k >= 0 and breaks[k] <= count.start else 0
        i = bisect_right(ends, count.start) - 1
        holder = None
        while i >= 0 and holders[i].end > clause_start:
            if holders[i].start >= clause_start:
                holder = holders[i]
                break
            i -= 1
        if holder is None:
            continue
        out.append(ctx.relation(ctx.owner[holder], ctx.owner[count], RelationKind.HAS_COUNT, holder.start, count.end))
    return out
