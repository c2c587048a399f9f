"""Words between the last post before a name and the name that are no post of a body, for
:func:`zhkg.relate.roles_before_names._roles_start` (round roles244, issue 11): 之一 after a title shared by several
people (球会联席主席之一X: :func:`_one_of_start`) and a person's standing in a free calling listed last, a word of grade
before it (总经理、资深律师X: :func:`_graded_calling_start`); and a relative clause describing the person, set off by 、 or
a comma and closed by 的 (华强集团总经理、在集团服务30年的王明: :func:`_relative_clause_start`, round roles257). Each returns where the posts before it end, or the
position it was given when nothing of its kind stands there.

Caveats: the calling is read only from :data:`_GRADES` and the free roles
(:data:`zhkg.relate.roles_body_in_context._FREE_ROLES`); a post must end right before the words skipped, else nothing moves.
"""

from __future__ import annotations

from zhkg.records import Label
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_body_in_context import _FREE_ROLES
from zhkg.relate.roles_title_body import _role_candidates

__all__ = ["_one_of_start", "_graded_calling_start", "_relative_clause_start", "_GRADES"]


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


#: The most letters of a relative clause between a title and the name, its 、 and 的 included.
_MAX_RELATIVE = 16

#: Letters that open a clause about someone else or with someone else (、与其会面的X, 、其妻子的X, 、陪同他的X): such a
#: clause may describe the person by another's act, and the post before it may be the other's.
_OTHERS_OPENING = frozenset("与和跟同其他她及或")

#: Verbs of succession: 出任A署长，接替已退休的X — the clause names the one succeeded, who is given no post by it
#: (the gold's convention, ``bench/roles_web.py``), no description of the post's holder.
_SUCCESSION = ("接替", "接任", "取代", "顶替", "替代", "继任", "继")

#: Letters that, closing the clause before 的, make it a title or a holder's name of its own (、董事长的X: a list of
#: posts; 、公司的X): no description of the person.
_NOT_DESCRIPTION_END = frozenset("司会部局处厅")


def _relative_clause_start(ctx: RelationContext, end: int) -> int:
    """Where the posts before a relative clause describing the person end (华强集团总经理|、在集团服务30年的|王明:
    总经理 ends before 、): 、 or a comma, then at most :data:`_MAX_RELATIVE` letters closed by 的 at ``end``, no
    clause break, person, pronoun or role word in them, not opening with a word of someone else
    (:data:`_OTHERS_OPENING`) or a verb of succession (:data:`_SUCCESSION`), and a post ending before the mark; else
    ``end``."""
    simplified = ctx.simplified
    if simplified[end - 1 : end] != "的":
        return end
    for b in range(end - 3, max(end - _MAX_RELATIVE, 0) - 1, -1):
        if simplified[b] not in "、，,":
            continue
        span = simplified[b + 1 : end - 1]
        if span[:1] in _OTHERS_OPENING or span.startswith(_SUCCESSION) or span[-1:] in _NOT_DESCRIPTION_END or CLAUSE_BREAK.search(span) \
                or any(b < m.end and m.start < end for m in ctx.mentions if m.label is Label.PERSON) \
                or ctx.lexicon.role_ending(simplified, end - 1) or not _role_candidates(ctx, b):
            return end
        return b
    return end
