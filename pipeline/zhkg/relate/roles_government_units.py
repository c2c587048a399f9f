"""A local government's unit named alone, read as that government's (round roles223, issue 11).

Taiwan's county and city news name a government's units by their function alone, the government written once before
them: 金门县政府今日公布人事异动…张瑞心…历任观光处副处长、港务处处长; 新竹县政府今天宣布…陈伟志…历任工务处副处长.
:func:`zhkg.relate.roles_resume.drop_department_holders` drops a post whose holder is a department's name alone (财务部,
观光处: such a node would join every company's and every county's department of that name).
:func:`units_of_government` runs first and keeps such a post when the unit is a government's (its name ends in a unit's
letter, :data:`GOVERNMENT_UNIT_LETTERS`) and the document names a county's or city's government in full before it
(金门县政府, 新竹县政府, 台中市府): the holder becomes the unit named with that government (金门县政府观光处), one node per
county.

A party committee's department listed after the committee's post is read the same way (round roles279, the
party-and-government chain of mainland news): 任吉林省委常委、统战部部长 gives 部长 of 吉林省委统战部
(:func:`units_of_committee`), the committee the organisation whose name ends in 委 (:data:`_COMMITTEE_ENDS`) right
before the list's posts (role words and 、 only between).

A government written short (县府, 市府, 县政府, 市政府, no place right before it) stands for the county's or city's the
document names nearest before it, else first after it (round roles302: 云林县长…发布人事命令…。黄凯达现为县府参议，曾历任
地政处长、工务处长: 云林县政府地政处; 曾任县府主计处副处长), as a reader takes 该县 or 本市; a document that names no
county or city of that kind gives the short form none.

Caveats: the nearest government named before the unit is taken, however far (as
:func:`zhkg.relate.roles_staff.staff_of_government` takes it); with no government named before it, the post is
dropped as before; a unit named by a reader inside a longer name, or with a place in it, is not a unit named alone
and is left as read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_staff import governments_named

__all__ = ["GOVERNMENT_UNIT_LETTERS", "units_of_committee", "units_of_government"]

#: The last letter of a government unit's name (观光处, 民政局, 人事科, 总务课): not 部 or 室, which name a company's
#: departments as often (财务部, 董事会秘书室).
GOVERNMENT_UNIT_LETTERS = frozenset("处局科课")
#: How a government named in full ends, its county or city before it (金门县政府, 台中市府); 县府 or 市政府 alone names
#: none.
_GOVERNMENT_ENDS = ("政府", "县府", "市府")
_SHORTEST_GOVERNMENT = 4
#: The divisions whose governments name their units alone: a county's, a city's.
_DIVISIONS = frozenset("县市")


def units_of_government(ctx: RelationContext, relations: list[Relation], alone: set[str]) -> list[Relation]:
    """``relations`` with each HOLDS_ROLE edge whose holder is one of ``alone`` (entity ids of departments named
    alone) and a government's unit moved to the unit named with the government written in full nearest before it
    (see the module); the other edges as they are.

    >>> GOVERNMENT_UNIT_LETTERS >= {"处", "局"}
    True
    """
    if not alone or not any(r.kind is RelationKind.HOLDS_ROLE and r.target in alone for r in relations):
        return relations
    governments = _governments_in_full(ctx) + _governments_short(ctx)
    if not governments:
        return relations
    governments.sort()
    out = []
    for r in relations:
        unit = _unit_of(ctx, r, alone)
        named = None if unit is None else next((name for e, name in reversed(governments) if e <= unit.start), None)
        if unit is None or named is None:
            out.append(r)
            continue
        out.append(replace(r, target=ctx.owner[ctx.derive_organisation(unit.start, unit.end, named + unit.simplified)]))
    return out


def _governments_in_full(ctx: RelationContext) -> list[tuple[int, str]]:
    """(end, name) of each government the document names in full: an organisation's name or the part of it naming
    one (:func:`zhkg.relate.roles_staff.governments_named`), or a place with 政府 or 府 right after it (金门县政府 read
    as the place 金门县 alone)."""
    found = {(start, end) for end, start in governments_named(ctx) if _named_in_full(ctx.simplified[start:end])}
    for place in ctx.of(Label.PLACE):
        end = next((place.end + len(w) for w in ("政府", "府") if ctx.simplified.startswith(w, place.end)), 0)
        if end and _named_in_full(ctx.simplified[place.start : end]):
            found.add((place.start, end))
    return [(end, ctx.simplified[start:end]) for start, end in found]


#: A county's or city's government written short, no place before it: the division's letter first.
_SHORT_GOVERNMENTS = re.compile(r"([县市])(?:政府|府)")


def _governments_short(ctx: RelationContext) -> list[tuple[int, str]]:
    """(end, name) of each government written short (县府, 市政府: :data:`_SHORT_GOVERNMENTS`, no place's letter
    right before it), named as the government of the county or city (a place whose name ends in the short form's
    division letter) the document names nearest before it, else first after it; none when it names no such place."""
    simplified = ctx.simplified
    places = [p for p in ctx.of(Label.PLACE) if len(p.simplified) > 1]
    out = []
    for short in _SHORT_GOVERNMENTS.finditer(simplified):
        at = short.start()
        if any(p.start < at < p.end or p.end == at for p in places) or (at and simplified[at - 1] in "该本全"):
            continue  # 云林县政府 (a place ending inside it or right before it), 该县府: named otherwise
        kind = [p for p in places if simplified[p.start : p.end].endswith(short.group(1))]
        place = next((p for p in reversed(kind) if p.end <= at), None) or next((p for p in kind if p.start > at), None)
        if place is not None:
            out.append((short.end(), simplified[place.start : place.end] + "政府"))
    return out


def _named_in_full(name: str) -> bool:
    """Whether ``name`` is a county's or city's government named with its place (金门县政府, 台中市府), not 县府 or
    市政府 alone, nor a government of another kind (特区政府, 中央政府, 省政府).

    >>> [_named_in_full(n) for n in ("金门县政府", "台中市府", "县府", "市政府", "新竹县政府工务处", "特区政府")]
    [True, True, False, False, False, False]
    """
    if len(name) < _SHORTEST_GOVERNMENT or not name.endswith(_GOVERNMENT_ENDS):
        return False
    place = name.removesuffix("政府") if name.endswith("政府") else name[:-1]  # 台中市府: 台中市
    return place[-1:] in _DIVISIONS


def _unit_of(ctx: RelationContext, r: Relation, alone: set[str]) -> Mention | None:
    """The mention, inside ``r``'s evidence, of its holder when that is a government's unit named alone."""
    if r.kind is not RelationKind.HOLDS_ROLE or r.target not in alone:
        return None
    return next((m for m in (*ctx.mentions, *ctx.derived) if m.label is Label.ORGANIZATION and ctx.owner.get(m) == r.target
                 and r.evidence.start <= m.start < r.evidence.end and m.simplified[-1:] in GOVERNMENT_UNIT_LETTERS),
                None)


#: How a party committee's name ends (吉林省委, 杭州市委, 中共宁波市委, 华强集团党委): its departments (组织部, 统战部,
#: 宣传部) are named alone after its posts.
_COMMITTEE_ENDS = ("省委", "市委", "县委", "区委", "州委", "党委")


def units_of_committee(ctx: RelationContext, relations: list[Relation], alone: set[str]) -> list[Relation]:
    """``relations`` with each HOLDS_ROLE edge whose holder is one of ``alone`` (a department named alone) listed
    right after a party committee's posts (吉林省委常委、统战部部长) moved to the department named with the committee
    (吉林省委统战部); the other edges as they are."""
    out = []
    for r in relations:
        unit = None if r.kind is not RelationKind.HOLDS_ROLE or r.target not in alone else next(
            (m for m in (*ctx.mentions, *ctx.derived) if m.label is Label.ORGANIZATION and ctx.owner.get(m) == r.target
             and r.evidence.start <= m.start < r.evidence.end), None)
        committee = _committee_before(ctx, unit.start) if unit is not None else None
        if committee is None:
            out.append(r)
            continue
        name = committee.simplified + unit.simplified
        out.append(replace(r, target=ctx.owner[ctx.derive_organisation(unit.start, unit.end, name)]))
    return out


def _committee_before(ctx: RelationContext, at: int) -> Mention | None:
    """The party committee (:data:`_COMMITTEE_ENDS`) whose posts, each after 、, run up to the unit at ``at``."""
    simplified = ctx.simplified
    p = at
    while p > 0 and simplified[p - 1] == "、":
        role = ctx.lexicon.role_ending(simplified, p - 1)
        if not role:
            return None
        p -= 1 + len(role)
        committee = next((m for m in ctx.mentions if m.label is Label.ORGANIZATION and m.end == p), None)
        if committee is not None:
            return committee if committee.simplified.endswith(_COMMITTEE_ENDS) and committee in ctx.owner else None
    return None
