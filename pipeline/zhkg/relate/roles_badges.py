"""A party's badge before a title (HOLDS_ROLE), as Taiwan's press writes it: 民进党籍前院长X, 国民党籍市长X.

A party + 籍 (的 maybe after it) says whose member the person after the title is (党员: :func:`zhkg.relate.members_parties._party_badge`);
the title after it is a post in a government or a house, no office of the party. So a post the role readers read as
the party's there is dropped (院长, 市长, 县长 of 民进党), and a legislator's or a candidate's seat (立委, 议员, 候选人)
stays the party's, as 国民党立委X is read; 前 or 原 before that seat marks it held before (国民党籍前立委X).

Caveats
-------
* The title is found after the badge within a place's name (民进党籍台北市议员); a party officer's title written after
  a badge (民进党籍秘书长) is rare and would be dropped too.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.members_parties import _LEGISLATOR, _PARTY_BADGE, _PAST_MARKS, _is_party

__all__ = ["drop_party_badge_posts"]


#: Letters that may stand between a party's badge and its title: 的, a quotation's opening mark.
_BADGE_GAP_LETTERS = ("的", "“", "「", '"')


def _badge_end(ctx: RelationContext, party: Mention) -> int | None:
    """Where the badge after ``party`` ends (民进党籍|), the recogniser's 民进党籍 as one name too; else ``None``."""
    if party.simplified.endswith("党" + _PARTY_BADGE):
        return party.end
    return party.end + 1 if ctx.simplified.startswith(_PARTY_BADGE, party.end) else None


def _title_after_badge(ctx: RelationContext, at: int, role: str) -> tuple[bool, bool]:
    """Whether ``role`` follows a badge ending at ``at`` (的, 前 or 原, a quotation mark and a place maybe between),
    and whether 前 or 原 marks it held before."""
    simplified = ctx.simplified
    past = False
    while True:
        if simplified.startswith(_BADGE_GAP_LETTERS, at):
            at += 1
        elif simplified.startswith(_PAST_MARKS, at):
            at, past = at + 1, True
        else:
            break
    if simplified.startswith(role, at):
        return True, past
    place = ctx.place_starting_at.get(at)
    if place is not None and simplified.startswith(role, place.end):
        return True, past
    # 台北|市议员, 台北市|长: the title's first letter inside the place's name
    return bool(place is not None and simplified.startswith(role, place.end - 1)
                and simplified[place.end - 1] == role[0]), past


def drop_party_badge_posts(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` without a post a party holds only as the badge before its title (民进党籍前院长X: no 院长 of
    民进党); a legislator's seat after a badge stays, ``former`` when 前 or 原 stands before it (国民党籍前立委X)."""
    simplified = ctx.simplified
    if _PARTY_BADGE not in simplified:
        return relations
    badges = [(m, at) for m in ctx.mentions + ctx.derived
              if m.label is Label.ORGANIZATION and m in ctx.owner and _is_party(ctx, m)
              and (at := _badge_end(ctx, m)) is not None]
    if not badges:
        return relations
    out = []
    for r in relations:
        if r.kind is not RelationKind.HOLDS_ROLE:
            out.append(r)
            continue
        read = [_title_after_badge(ctx, at, r.role_simplified) for m, at in badges
                if ctx.owner[m] == r.target and r.evidence.start <= m.start < r.evidence.end]
        read = [past for after, past in read if after]
        if not read:
            out.append(r)
        elif _LEGISLATOR.search(r.role_simplified):
            out.append(replace(r, former=True) if any(read) and not r.former else r)
    return out
