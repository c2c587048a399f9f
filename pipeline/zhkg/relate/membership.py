"""Membership (MEMBER_OF): a list of people closed by 等委员 / 等代表 are members of the
nearest 政协, 人大 or 委员会 in the sentence, else the document's main one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.text import sentence_at

_MEMBER_ROLE = re.compile(r"^(?:等)?(委员|代表|成员)")
_COMMITTEE_SUFFIXES = ("政协", "人大", "委员会", "常委会")

__all__ = ['read_membership']


def read_membership(ctx: RelationContext) -> list[Relation]:
    """张吉辉、李伟涛……等委员: members of the nearest committee."""
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    committees = [m for m in ctx.mentions if m.label is Label.ORGANIZATION and m.canonical.endswith(_COMMITTEE_SUFFIXES)]
    if not committees:
        return []
    main = Counter(ctx.owner[m] for m in committees).most_common(1)[0][0]
    committees.sort(key=lambda c: c.start)  # stable: the nearest committee by bisection, not by a scan of all
    starts = [c.start for c in committees]
    out = []
    for i, last in enumerate(people):
        tail = ctx.simplified[last.end : last.end + 4]
        role = _MEMBER_ROLE.match(tail)
        if not role:
            continue
        group = [last]
        j = i - 1
        while j >= 0 and people[j].end + 1 == group[0].start and ctx.text[people[j].end] in "、,，":
            group.insert(0, people[j])
            j -= 1
        s, e = sentence_at(ctx.sentences, last.start)
        target = ctx.owner[nearest] if (nearest := _nearest(committees, starts, s, e, last.end)) else main
        role_text = ctx.text[last.end + role.start(1) : last.end + role.end(1)]
        for person in group:
            out.append(
                ctx.relation(
                    ctx.owner[person], target, RelationKind.MEMBER_OF, group[0].start, last.end + role.end(), role_text
                )
            )
    return out


def _nearest(committees: list[Mention], starts: list[int], s: int, e: int, offset: int) -> Mention | None:
    """The committee starting in ``[s, e)`` nearest to ``offset`` (the earlier on a tie), or ``None``."""
    lo, hi = bisect_left(starts, s), bisect_left(starts, e)
    if lo == hi:
        return None
    k = bisect_left(starts, offset, lo, hi)
    if k < hi and (k == lo or starts[k] - offset < offset - starts[k - 1]):
        return committees[k]
    return committees[bisect_left(starts, starts[k - 1], lo, hi)]
