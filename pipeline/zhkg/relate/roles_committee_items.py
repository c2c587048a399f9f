"""A body's party committee's post listed after the body's posts (round roles169, issue 11, from the web set's
mainland tune misses).

Mainland appointments list a state company's or a bureau's party posts with its other posts, the committee unwritten:
李建国任华强集团董事、总经理、党组副书记; 曾任华强集团总经理、党委副书记. 党委书记 and 党组书记 are role words the list
readers take as the body's (:func:`zhkg.relate.roles_links._bare_post`); 党组副书记, 党委副书记 (and 党组成员, 党委委员)
are not, and the list stops before them. :func:`read_committee_posts` gives the person of a post read (its title
ending right before the 、) each such committee post that follows, as the body's, former as the post before is,
as the gold of the dev sets writes them (党组副书记 of 华强集团).

Caveats: the item must close the list or the clause (its end, 、 and another such item, 职务, 一职, 等职); nothing when
a name follows it (…总经理、党组副书记王明任…: the next person's title).
"""

from __future__ import annotations

from zhkg.records import Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_removed import _COMMITTEE_POST
from zhkg.text import CLAUSE_BREAK

__all__ = ["read_committee_posts"]

#: What may close a committee post listed: its clause's end (:data:`CLAUSE_BREAK`), these, or another item after 、.
_CLOSERS = ("职务", "一职", "等职", "的职务")


def read_committee_posts(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The committee posts listed right after each post ``found`` (see the module), none read already."""
    simplified = ctx.simplified
    if "、党组" not in simplified and "、党委" not in simplified:
        return []
    held = {(r.source, r.target, r.role_simplified) for r in found if r.kind is RelationKind.HOLDS_ROLE}
    out = []
    for r in found:
        end = r.evidence.end
        if r.kind is not RelationKind.HOLDS_ROLE or not r.role_simplified \
                or not simplified.endswith(r.role_simplified, 0, end) or simplified[end : end + 1] != "、":
            continue
        items = []
        while simplified[end : end + 1] == "、" and (item := _COMMITTEE_POST.match(simplified, end + 1)) is not None:
            items.append(item)
            end = item.end()
        if not items or not (end >= len(simplified) or CLAUSE_BREAK.match(simplified, end)
                             or simplified.startswith(_CLOSERS, end)) or end in ctx.person_starts:
            continue
        for item in items:
            key = (r.source, r.target, item.group())
            if key not in held:
                held.add(key)
                out.append(ctx.relation(r.source, r.target, RelationKind.HOLDS_ROLE, r.evidence.start, item.end(),
                                        ctx.text[item.start() : item.end()], former=r.former))
    return out
