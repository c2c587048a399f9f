"""Seats in a house and a party's badge (HOLDS_ROLE), as Hong Kong's and Taiwan's press write them, read after the
other role readers (:func:`zhkg.relate.roles.read_roles`, :func:`zhkg.relate.roles.read_roles_after`).

**A party's badge before a title** (:func:`drop_party_badge_posts`): 民进党籍前院长X, 国民党籍市长X.

A party + 籍 (的 maybe after it) says whose member the person after the title is (党员: :func:`zhkg.relate.members_parties._party_badge`);
the title after it is a post in a government or a house, no office of the party. So a post the role readers read as
the party's there is dropped (院长, 市长, 县长 of 民进党), and a legislator's or a candidate's seat (立委, 议员, 候选人)
stays the party's, as 国民党立委X is read; 前 or 原 before that seat marks it held before (国民党籍前立委X).

**A councillor's seat** (:func:`drop_councillors_of_other_bodies`): a title ending in 议员 (议员, 区议员, 参议员) is a
seat in a house, a council or a party's bench, never a post of a company or a committee; a reader that gives a bare
议员 the body the sentence before names (华强集团召开股东大会。议员X表示) is wrong there, and the post is dropped. A place
(美国参议员X) or a body whose name ends in a house's (立法会, 区议会, 参议院, 杜马) or a party keeps it.

**A Hong Kong constituency's legislator** (:func:`hold_constituency_seats`, roles210): one of the Legislative
Council's geographical constituencies (:func:`zhkg.relate.members_parties.legco_constituencies`: 港岛西, 九龙东,
新界西南…) written right before 议员 and a name (新民党港岛西议员陈家珮, 民建联九龙西议员X, 前新界西南议员X) is the seat
he holds: 议员 of the constituency, the place an extractor named there or else one derived under its name as written
(the entity readers cut it: 港岛 read as 香港岛 and 西 left, 新界|西南 two places, 民建联九龙西 one organisation),
``former`` after 前 or 原, nothing after 候任 or 当选 (not yet held). The 议员 posts the other readers gave that person
from the same title (西南, 九龙, 香港岛, the glued organisation) are dropped.

Caveats
-------
* The title is found after the badge within a place's name (民进党籍台北市议员); a party officer's title written after
  a badge (民进党籍秘书长) is rare and would be dropped too.
* Only the Legislative Council's geographical constituencies (those since 2021 and the five before): a functional
  constituency or sector (会计界议员X) holds nothing, as the web golds write it; a district council's constituency
  (葵涌东区议员X) is left to the readers of 区议员.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.extract.organisations import HOUSES
from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.members_parties import (
    _LEGISLATOR,
    _PARTY_BADGE,
    _PAST_MARKS,
    _is_party,
    constituency_before,
    legco_constituencies,
)

__all__ = ["drop_councillors_of_other_bodies", "drop_party_badge_posts", "hold_constituency_seats"]


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


#: A councillor's titles end so (议员, 区议员, 市议员, 参议员, 众议员).
_COUNCILLOR = "议员"


#: How the names of the bodies a councillor sits in end: the houses (立法会, 议会, 参议院…), a council or a chamber
#: (区议会, 上议院), Russia's Duma, Hong Kong's colonial council (立法局).
_SEAT_ENDINGS = (*HOUSES, "议院", "议会", "杜马", "立法局")


def _seat_of(ctx: RelationContext, m: Mention) -> bool:
    """Whether ``m`` may hold a councillor's seat: a place, a house or council by its name, or a party."""
    return m.label is not Label.ORGANIZATION or m.simplified.endswith(_SEAT_ENDINGS) or _is_party(ctx, m)


def drop_councillors_of_other_bodies(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` without a councillor's seat (a title ending in 议员) in a body that is no house, council or
    party, nor a place (华强集团 for 议员: a company has no councillors); 立法会, 区议会, 民主党 and 美国 keep theirs."""
    if not any(r.kind is RelationKind.HOLDS_ROLE and r.role_simplified.endswith(_COUNCILLOR) for r in relations):
        return relations
    seats: dict[str, bool] = {}
    for m in ctx.mentions + ctx.derived:
        if m in ctx.owner:
            seats[ctx.owner[m]] = seats.get(ctx.owner[m], False) or _seat_of(ctx, m)
    return [r for r in relations if r.kind is not RelationKind.HOLDS_ROLE
            or not r.role_simplified.endswith(_COUNCILLOR) or seats.get(r.target, True)]


#: Words before a seat that say it is not yet held (候任港岛西议员X), and those that say it was held before.
_SEAT_TO_COME = ("候任", "当选")
_SEAT_LEFT = ("前", "原")


def hold_constituency_seats(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` with the seat of each person named right after a Legislative Council constituency and 议员
    (港岛西议员陈家珮: 议员 of 港岛西, derived as a place), the other readers' 议员 posts of that title and person
    dropped; not after 候任 or 当选, ``former`` after 前 or 原 (this module's docstring)."""
    simplified = ctx.simplified
    if _COUNCILLOR not in simplified:
        return relations
    seats: list[Relation] = []
    read: set[tuple[str, int]] = set()
    for person in ctx.of(Label.PERSON):
        q = person.start - len(_COUNCILLOR)
        seat = constituency_before(simplified, q, legco_constituencies(ctx.lexicon)) if simplified.startswith(_COUNCILLOR, q) else ""
        b = q - len(seat)
        if not seat or simplified.endswith(_SEAT_TO_COME, 0, b) or person not in ctx.owner:
            continue
        named = ctx.place_ending_at.get(q)  # the constituency an extractor named (a gazetteer's place), else derived
        place = named if named is not None and named.start == b else ctx.derive_mention(b, q, Label.PLACE, seat)
        seats.append(ctx.relation(ctx.owner[person], ctx.owner[place], RelationKind.HOLDS_ROLE, b, person.end,
                                  ctx.text[q : person.start], former=simplified.endswith(_SEAT_LEFT, 0, b)))
        read.add((ctx.owner[person], q))
    if not seats:
        return relations
    kept = [r for r in relations if not (r.kind is RelationKind.HOLDS_ROLE and r.role_simplified == _COUNCILLOR
                                         and any((r.source, q) in read for q in range(r.evidence.start, r.evidence.end)))]
    return kept + seats
