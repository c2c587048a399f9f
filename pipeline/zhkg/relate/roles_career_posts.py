"""Three short forms of officials' posts the other role readers do not read (round careers307, issue 11).

* **A region's party secretary written with the region's name alone** (:func:`_place_secretaries`): mainland and Hong
  Kong press shorten 内蒙古自治区党委书记 to 内蒙古书记 and 辽宁省委书记 to 辽宁省书记: 原内蒙古书记X, 辽宁书记X — 书记 of
  the place, its holder the name right after; 原 or 前 before the place marks it ``former``.
* **The post a left-out subject left** (:func:`_left_offices`): 2017年从A部副部长任上，调任… — 副部长 of A部, held
  before, the subject the one of the sentence's stand-in (:func:`zhkg.relate.roles_careers.career_opening`).
* **Successive holders of one post listed after 前后任** (:func:`_successive_holders`): Taiwan's 屏东县长治乡前后任乡长A、B
  — each a former holder of the title, of the place or body written right before 前后任.

Read after the other role readers by :func:`zhkg.relate.roles.read_roles_after`; posts already read are not read
again.

Caveats
-------
* 书记 must stand alone after the place (not 书记长, 书记官, 书记员, 书记处) and the place must be no part of a body's
  name (北京市委书记 is the committee's, read as before).
* 前后任 takes people listed right after the title only, joined by 、, 和, 及 or 与.
"""

from __future__ import annotations

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_careers import FROM_OFFICE
from zhkg.relate.roles_former import _former
from zhkg.relate.roles_links import _holder_and_role
from zhkg.relate.roles_titles import _role_at
from zhkg.text import LIST_JOINERS

__all__ = ["read_career_posts"]


#: Words that open with 书记 and are other titles or bodies (书记长 of a caucus, a court's 书记官, 书记处).
_NOT_SECRETARY = ("书记长", "书记官", "书记员", "书记处")
#: Successive holders of one post (前后任乡长A、B); 前後任 in Traditional reads so in Simplified.
_SUCCESSIVE = "前后任"


def _people_at(ctx: RelationContext) -> dict[int, Mention]:
    return {m.start: m for m in ctx.mentions if m.label is Label.PERSON and m in ctx.owner}


def _place_secretaries(ctx: RelationContext, people: dict[int, Mention]) -> list[Relation]:
    simplified = ctx.simplified
    orgs = [m for m in ctx.mentions if m.label is Label.ORGANIZATION]
    out = []
    for place in (m for m in ctx.mentions if m.label is Label.PLACE and m in ctx.owner):
        at = place.end
        if not simplified.startswith("书记", at) or simplified.startswith(_NOT_SECRETARY, at) \
                or any(o.start <= place.start and o.end > place.end for o in orgs):
            continue
        person = people.get(at + 2)
        if person is None:
            continue
        out.append(ctx.relation(ctx.owner[person], ctx.owner[place], RelationKind.HOLDS_ROLE, place.start, person.end,
                                ctx.text[at : at + 2], former=_former(ctx, place.start)))
    return out


def _successive_holders(ctx: RelationContext, people: dict[int, Mention]) -> list[Relation]:
    simplified = ctx.simplified
    holders = {m.end: m for m in ctx.mentions if m.label in (Label.PLACE, Label.ORGANIZATION) and m in ctx.owner}
    out = []
    at = simplified.find(_SUCCESSIVE)
    while at >= 0:
        holder = holders.get(at)
        start = at + len(_SUCCESSIVE)
        role = _role_at(ctx, start)
        if holder is not None and role is not None:
            k = start + len(role)
            while (person := people.get(k)) is not None:
                out.append(ctx.relation(ctx.owner[person], ctx.owner[holder], RelationKind.HOLDS_ROLE, holder.start,
                                        person.end, ctx.text[start : start + len(role)], former=True))
                joiner = next((j for j in LIST_JOINERS if simplified.startswith(j, person.end)), "")
                k = person.end + len(joiner) if joiner else -1
        at = simplified.find(_SUCCESSIVE, start)
    return out


def _left_offices(ctx: RelationContext, stand_ins: list[Mention]) -> list[Relation]:
    out = []
    for m in stand_ins:
        left = FROM_OFFICE.match(ctx.simplified, m.start) if m.start == m.end and m.canonical else None
        if left is None:
            continue
        org, role, end = _holder_and_role(ctx, left.start("post"))
        if org is not None and end == left.end("post") and org in ctx.owner:
            out.append(ctx.relation(m.canonical, ctx.owner[org], RelationKind.HOLDS_ROLE, m.start, end,
                                    ctx.text[end - len(role) : end], former=True))
    return out


def read_career_posts(ctx: RelationContext, found: list[Relation], stand_ins: list[Mention]) -> list[Relation]:
    """The posts of the module's forms (see the module docstring) that ``found`` does not hold yet; ``stand_ins``
    are the left-out subjects' stand-ins (:func:`zhkg.relate.roles_zero_subjects.zero_subjects`)."""
    people = _people_at(ctx)
    have = {(r.source, r.target, r.role_simplified) for r in found if r.kind is RelationKind.HOLDS_ROLE}
    out = []
    for r in _place_secretaries(ctx, people) + _successive_holders(ctx, people) + _left_offices(ctx, stand_ins):
        if (r.source, r.target, r.role_simplified) not in have:
            have.add((r.source, r.target, r.role_simplified))
            out.append(r)
    return out
