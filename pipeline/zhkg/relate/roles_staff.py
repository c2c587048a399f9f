"""A local government's staff titles listed after the posts of its units (round roles217, issue 11).

Taiwan's county and city résumés list a staff post of the government itself after the posts its holder held in the
government's units: 历任水利处处长及参议, 后转任县府行政处处长、建设处处长、秘书长及参议, 历任都市发展局副局长、建设局
副局长及参事. The list readers give a bare title the body of the item before it, a unit (参议 of 水利处), but 参议, 参事,
秘书长, 主任秘书 and 简任秘书 are the government's posts, no unit's. :func:`staff_of_government` moves such a post to
the government the text names nearest before it (云林县政府, 县府, 台中市政府, or the part of a unit's name naming it:
新竹市政府工务处); with none named, the post is dropped, as
a bare title whose body the text does not write gives nothing.

Caveats: only these titles (:data:`STAFF_TITLES`), written bare in a list (after 、, 及, 和, 与 or 兼), and only a body
whose name ends in a unit's letter (处, 局, 科, 课, 室); a title written right after its body's name (环境及生态局
副秘书长, a Hong Kong bureau's) is that body's and is kept.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.records import Label, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_departments import _DEPARTMENT_JOINERS  # what joins one post to the next in a list

__all__ = ["STAFF_TITLES", "governments_named", "staff_of_government"]

#: A government's staff titles, never a unit's when listed bare after a unit's post.
STAFF_TITLES = frozenset({"参议", "参事", "秘书长", "副秘书长", "主任秘书", "简任秘书"})
#: The last letter of a unit's name (水利处, 建设局, 人事科, 总务课, 秘书室).
_UNIT_LETTERS = frozenset("处局科课室")
#: How a government's name ends (云林县政府, 县府, 台中市府).
_GOVERNMENT_ENDS = ("政府", "县府", "市府")


def staff_of_government(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` with each staff title listed bare after a unit's post (see the module) moved from the unit to
    the government named nearest before it, or dropped when none is; a post the government's holder holds already
    is not repeated."""
    units = {ctx.owner[m] for m in (*ctx.mentions, *ctx.derived)
             if m.label is Label.ORGANIZATION and m in ctx.owner and m.simplified[-1:] in _UNIT_LETTERS}
    if not units:
        return relations
    governments = governments_named(ctx)
    held = {(r.source, r.target, r.role_simplified) for r in relations if r.kind is RelationKind.HOLDS_ROLE}
    out = []
    for r in relations:
        if not _listed_staff_title(ctx, r, units):
            out.append(r)
            continue
        title_start = r.evidence.end - len(r.role)
        named = next(((end, start) for end, start in reversed(governments) if end <= title_start), None)
        government = _government_at(ctx, *named[::-1]) if named is not None else None
        if government is None or (r.source, government, r.role_simplified) in held:
            continue  # 历任水利处处长及参议 with no government named: no body the text writes
        held.add((r.source, government, r.role_simplified))
        out.append(replace(r, target=government))
    return out


def governments_named(ctx: RelationContext) -> list[tuple[int, int]]:
    """(end, start) of each government the organisations name, in order: an organisation whose name ends so
    (云林县政府, 县府), or the part of a unit's name up to it (新竹市政府工务处: 新竹市政府)."""
    found = set()
    for m in (*ctx.mentions, *ctx.derived):
        if m.label is not Label.ORGANIZATION or m not in ctx.owner:
            continue
        cut = max((m.simplified.rfind(end) + len(end) for end in _GOVERNMENT_ENDS if end in m.simplified), default=0)
        if cut:
            found.add((m.start + cut, m.start))
    return sorted(found)


def _government_at(ctx: RelationContext, start: int, end: int) -> str | None:
    """The entity id of the organisation written at ``start``–``end``: a mention's, or one derived there."""
    named = next((m for m in (*ctx.mentions, *ctx.derived) if m.label is Label.ORGANIZATION and m in ctx.owner
                  and (m.start, m.end) == (start, end)), None)
    return ctx.owner[named] if named is not None else ctx.owner.get(ctx.derive_organisation(start, end))


def _listed_staff_title(ctx: RelationContext, r: Relation, units: set[str]) -> bool:
    """Whether ``r`` is a staff title (:data:`STAFF_TITLES`) of a unit, written bare after a list's mark."""
    if r.kind is not RelationKind.HOLDS_ROLE or r.role_simplified not in STAFF_TITLES or r.target not in units:
        return False
    title_start = r.evidence.end - len(r.role)
    return ctx.simplified[title_start : r.evidence.end] == r.role_simplified \
        and ctx.simplified[title_start - 1 : title_start] in _DEPARTMENT_JOINERS
