"""Titles that rank a trade, no post of their own (roles82): a role word written right before a trade qualifies it.

A résumé or an article writes a trade with its rank: 主管会计 (an accountant in charge), 主任医师, 主任科员,
主任律师, 主管工程师, 董事长秘书 (the chairman's secretary), 职工代表监事 (a supervisor the staff elect). The role
readers find the role word at the front of these (主管, 主任, 董事长, 代表) and read it as the post: 任甘肃省友谊公司
主管会计 gave 主管 of the company, 担任…公司董事长秘书 gave the company's 董事长. :func:`drop_trade_ranks` drops such a
post: every place its evidence writes the title (in no name, no longer title) has a trade right after it
(:data:`_TRADES`; 代表 before 监事 or 董事, :data:`_REPRESENTED`). A title written bare as well is left (…主管会计、
主管: the second is a post), and so is one whose next letters open a longer post (秘书长: 董事会秘书长).

Caveats: a narrowing only; the trade itself is not read as the post (主管会计 is a job, not a post of the company).
"""

from __future__ import annotations

from zhkg.records import Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_titles import _role_at
from zhkg.text import Span, SpanIndex

__all__ = ["drop_trade_ranks"]

#: Trades a title right before ranks (主管会计, 主任医师, 董事长秘书); longest first.
_TRADES = ("会计师", "工程师", "会计", "秘书", "律师", "医师", "药师", "护师", "技师", "科员", "编辑", "记者")

#: Titles that stand for whom a post is held, before the post (职工代表监事): no post of their own there.
_REPRESENTED = {"代表": ("监事", "董事")}


def drop_trade_ranks(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """``found`` without the posts whose title, every place its evidence writes it, ranks a trade after it."""
    if not any(r.kind is RelationKind.HOLDS_ROLE and r.role_simplified for r in found):
        return found
    covering = SpanIndex(m for m in ctx.mentions if m.end > m.start)
    return [r for r in found if not (r.kind is RelationKind.HOLDS_ROLE and r.role_simplified
                                     and _ranks_a_trade(ctx, r, covering))]


def _ranks_a_trade(ctx: RelationContext, r: Relation, covering: SpanIndex) -> bool:
    simplified, role = ctx.simplified, r.role_simplified
    trades = _REPRESENTED.get(role, ()) + _TRADES
    ranked = bare = 0
    at = simplified.find(role, r.evidence.start, r.evidence.end)
    while at >= 0:
        end = at + len(role)
        # 董事 inside 董事长, 代表 inside 人民代表大会 are no writing of the title
        if len(_role_at(ctx, at) or "") <= len(role) and not covering.overlaps(Span(at, end)):
            trade = next((t for t in trades if simplified.startswith(t, end)), "")
            longer = _role_at(ctx, end) or ""
            if trade and len(longer) <= len(trade) and not covering.overlaps(Span(end, end + len(trade))):
                ranked += 1
            else:
                bare += 1
        at = simplified.find(role, at + 1, r.evidence.end)
    return ranked > 0 and bare == 0
