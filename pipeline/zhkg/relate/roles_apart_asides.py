"""Words between the last post before a name and the name that are no post of a body, for
:func:`zhkg.relate.roles_before_names._roles_start` (round roles244, issue 11): 之一 after a title shared by several
people (球会联席主席之一X: :func:`_one_of_start`) and a person's standing in a free calling listed last, a word of grade
before it (总经理、资深律师X: :func:`_graded_calling_start`). Each returns where the posts before it end, or the
position it was given when nothing of its kind stands there.

Caveats: the calling is read only from :data:`_GRADES` and the free roles
(:data:`zhkg.relate.roles_body_in_context._FREE_ROLES`); a post must end right before the words skipped, else nothing moves.
"""

from __future__ import annotations

from zhkg.relate.base import RelationContext
from zhkg.relate.roles_body_in_context import _FREE_ROLES
from zhkg.relate.roles_title_body import _role_candidates

__all__ = ["_one_of_start", "_graded_calling_start", "_GRADES"]


#: What a title shared by several people is followed by when one of them is named after it (联席主席之一X).
_ONE_OF = "之一"

#: Words of standing or grade before a calling, which make it a description of the person, no post of the body named
#: before the list (资深律师, 知名作家, 执业医生, 退休法官).
_GRADES = ("资深", "知名", "著名", "执业", "退休", "年轻", "青年")


def _one_of_start(ctx: RelationContext, end: int) -> int:
    """Where the title before 之一 ends when 之一 stands right before ``end`` and a title right before it (华强集团
    联席主席之一王明: 联席主席 ends before 之一), else ``end``."""
    at = end - len(_ONE_OF)
    return at if ctx.simplified.endswith(_ONE_OF, 0, end) and _role_candidates(ctx, at) else end


def _graded_calling_start(ctx: RelationContext, end: int) -> int:
    """Where the posts before a graded free calling listed last before a name end (华强集团总经理、资深律师王明:
    总经理 ends before 、): a grade of :data:`_GRADES` and a free role (:data:`_FREE_ROLES`) written whole between 、
    and ``end``, a post ending at the 、; else ``end``."""
    simplified = ctx.simplified
    calling = next((r for r in _role_candidates(ctx, end) if r in _FREE_ROLES), None)
    if calling is None:
        return end
    grade = next((g for g in _GRADES if simplified.endswith(g, 0, end - len(calling))), "")
    joiner = end - len(calling) - len(grade) - 1
    if not grade or simplified[joiner : joiner + 1] != "、" or not _role_candidates(ctx, joiner):
        return end
    return joiner
