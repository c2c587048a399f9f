"""Roles: who holds which role in which organisation (HOLDS_ROLE).

* organisation + role words + person, chained by 、
  (平谷区城乡基层防控组组长、区政协党组书记、主席闫维洪 gives 组长 of the 防控组 and
  党组书记 and 主席 of 平谷区政协: :func:`read_roles`);
* person + 是/任/担任… or a comma + organisation + role word (王石是万科集团董事长;
  王石，万科集团董事长，), unless another person follows in the clause
  (王石，万科集团董事长郁亮: the role is 郁亮's): :func:`read_roles_after`.
"""

from __future__ import annotations

from zhkg.records import Label, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext

__all__ = ['read_roles', 'read_roles_after']


def read_roles(ctx: RelationContext) -> list[Relation]:
    """Organisation + role(s) + person, chained leftwards by 、."""
    simplified = ctx.simplified
    roles = ctx.lexicon.role_words
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        pos = person.start
        while True:
            found = None
            # try each role ending here, longest first; 人大代表 must yield to 代表 after 韩城市人大
            for role in (r for r in roles if simplified.endswith(r, 0, pos)):
                chain, p = [role], pos - len(role)
                while p > 0 and simplified[p - 1] in "、和":
                    more = next((r for r in roles if simplified.endswith(r, 0, p - 1)), None)
                    if more is None:
                        break
                    chain.append(more)
                    p = p - 1 - len(more)
                org = ctx.org_ending_at.get(p)
                if org is not None:
                    found = (org, chain)
                    break
            if found is None:
                break
            org, chain = found
            for role_simplified in reversed(chain):
                # the role in the source script, at its own offsets
                idx = simplified.rfind(role_simplified, org.end, person.start)
                role = ctx.text[idx : idx + len(role_simplified)] if idx >= 0 else role_simplified
                out.append(
                    ctx.relation(
                        ctx.owner[person], ctx.owner[org], RelationKind.HOLDS_ROLE, org.start, person.end, role
                    )
                )
            pos = org.start
            if pos > 0 and ctx.text[pos - 1] == "、":
                pos -= 1
                continue
            break
    return out


# what may stand between a person and the organisation + role that describe them
_PERSON_IS = ("现任", "担任", "出任", "兼任", "是", "任", "系", "，", ",")
_BEFORE_LINK = frozenset("已将曾")


def read_roles_after(ctx: RelationContext) -> list[Relation]:
    """Person + 是/任/担任… (or a comma) + organisation + role word: 王石是万科集团董事长."""
    simplified = ctx.simplified
    roles = ctx.lexicon.role_words
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        at = person.end + (simplified[person.end : person.end + 1] in _BEFORE_LINK)  # 谢多已出任…
        link = next((w for w in _PERSON_IS if simplified.startswith(w, at)), None)
        org = ctx.org_starting_at.get(at + len(link)) if link else None
        if org is None:
            continue
        role = next((r for r in roles if simplified.startswith(r, org.end)), None)
        if role is None:
            continue
        end = org.end + len(role)
        brk = CLAUSE_BREAK.search(simplified, end)
        clause_end = brk.start() if brk else len(simplified)
        if any(end <= s < clause_end for s in ctx.person_starts):
            continue  # 王石，万科集团董事长郁亮 / …主任工程师、高级技师罗东元: the role is the next person's
        if link in "，," and clause_end != end:
            continue  # an apposition ends where its role does: 王石，万科集团董事长，
        out.append(ctx.relation(ctx.owner[person], ctx.owner[org], RelationKind.HOLDS_ROLE, person.start, end,
                                ctx.text[org.end : end]))
    return out
