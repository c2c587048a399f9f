"""A bare title whose body the sentence before gave the same title (round joins318).

News on a board's election lists its officers sentence by sentence: the sentence before names the body once with a
title (…，二人担任中国乒协副主席), the next lists the rest bare (王强和赵刚继续担任副主席，孙伟继续担任秘书长).
:func:`zhkg.relate.roles_forms` reads a bare title after a person and a verb of a post from a body its own sentence
names or the organisation opening the sentence before; when that sentence opens with an adverb (如今，) or names
other bodies (国家体育总局田径中心主任张明), nothing was read. :func:`board_before` gives the body the sentence before
writes with a title of the same rank (副主席 after 中国田协副主席 or 中国田协主席: the last two letters the same), the
only one so written; the clauses after it in the sentence (孙伟继续担任秘书长) take it as the first did.

Caveats: the sentence of the bare title must name nothing but its officers before it (:func:`_appointees_only`);
two bodies written with such a title in the sentence before (A大学副校长…，B大学校长…) give none.
"""

from __future__ import annotations

from zhkg.records import Label, Mention
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_body_in_context import _appointees_only
from zhkg.relate.roles_words import _aside

__all__ = ["board_before"]

#: The letters a title and the title written after the body in the sentence before share at their end: 副主席 and
#: 主席, 秘书长 and 副秘书长.
_RANK = 2


def _ranked_like(title: str, role: str) -> bool:
    """Whether ``title`` (written after a body) and the bare ``role`` are posts of one rank ladder (主席, 副主席).

    >>> _ranked_like("副主席", "主席"), _ranked_like("主任", "副主席"), _ranked_like("", "主席")
    (True, False, False)
    """
    return bool(title) and title[-_RANK:] == role[-_RANK:]


def board_before(ctx: RelationContext, s: int, before: int, role: str) -> Mention | None:
    """The body the sentence before the one opening at ``s`` writes right before a title of ``role``'s rank (see the
    module's docstring), when ``[s, before)`` names only officers; ``None`` unless there is one."""
    if s < 2 or len(role) < _RANK or not _appointees_only(ctx, s, before):
        return None
    simplified = ctx.simplified
    p = max(simplified.rfind(ch, 0, s - 1) for ch in "。！？!?\n") + 1
    # the title and the bare titles of the officers' clauses before it (王强继续担任副主席，孙伟继续担任秘书长)
    ranks = {role, *(t for at in range(s, before) if (t := ctx.lexicon.role_at(simplified, at))
                     and CLAUSE_BREAK.match(simplified, at + len(t)))}
    found = [m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and p <= m.start and m.end < s
             and m in ctx.owner and not _aside(ctx, m)
             and any(_ranked_like(ctx.lexicon.role_at(simplified, m.end), r) for r in ranks)]
    return found[-1] if len({ctx.owner[m] for m in found}) == 1 else None
