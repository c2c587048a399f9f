"""A team's roster listed by position, for the membership readers (:mod:`zhkg.relate.membership`; round hkroles159,
issue 11), as the sports press prints a squad:

* a position word opening its line or clause, a colon, the players: 主攻：王小燕、李佳宁、赵雪 (a line each);
* a position word (maybe with 群), a count of its players, the players up to the clause's end: 捕手3人为A、B、C；
  投手群共5人，旅外球员为A、B，本土球员则有C、D和E.

Each player is ``MEMBER_OF`` the team with the position as ``role``; a captain marked in brackets after a name
(A（队长）) also holds 队长 of the team.

The team is the one the sentence names before the position, else the one the sentence before names (one team, however
written); a run of rosters one right after another (a line per position) shares the first one's team.

Within a roster a player's description that names another body (中职球员则有A、B: the league he plays in at home)
makes no membership of it (:func:`drop_roster_descriptions`): the roster is the team's.

Caveats: the positions are ``members.tsv``'s team words (投手, 捕手, 主攻, 二传…); a colon's list is read only when
every item of it is a person named (王小燕、李佳宁及多名新人: nothing), at least two; a count's only when the clause
names no more people than it says (a name the recogniser missed makes fewer), at least two.
"""

from __future__ import annotations

import re
from functools import lru_cache

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.members_teams import _is_team_in
from zhkg.resources.lexicon import Lexicon
from zhkg.text import sentence_at

__all__ = ["_members_by_roster", "drop_roster_descriptions", "_ROSTER_COUNT", "_ROSTER_ITEM_GAP", "_CAPTAIN"]


#: A count of a position's players after the position (3人, 共5人, 总计16员, 16名), maybe after 群 (投手群).
_ROSTER_COUNT = re.compile(r"群?(?:共|总计|共计|合计)?(\d{1,2})(?:人|员|名)")


#: What may stand between two players of a colon's list: a joiner, maybe a bracketed note after the first (队长).
_ROSTER_ITEM_GAP = re.compile(r"(?:[（(][^（）()]{1,6}[）)])?(?:、|，|,|和|及|与)")


#: A captain's mark in brackets after a player's name.
_CAPTAIN = re.compile(r"[（(]队长[）)]")


#: Where a position opens its roster: the text's start, a line's, a clause's.
_OPENERS = frozenset("\n，,；;。：:")


#: Where a roster's clause ends.
_ROSTER_END = re.compile(r"[；;。！？!?\n]")


def _members_by_roster(ctx: RelationContext) -> list[Relation]:
    """The players of rosters by position (see the module's forms), each ``MEMBER_OF`` its team."""
    simplified = ctx.simplified
    positions = _positions(ctx)
    people = sorted((m for m in ctx.mentions if m.label is Label.PERSON), key=lambda m: m.start) if positions else []
    if len(people) < 2:
        return []
    out: list[Relation] = []
    last_end, last_team = -1, None
    for at, word in positions:
        after = at + len(word)
        end_match = _ROSTER_END.search(simplified, after)
        end = end_match.start() if end_match else len(simplified)
        run = last_team is not None and not simplified[last_end:at].strip(" \n\u3000，,；;。")
        if simplified[after : after + 1] in ("：", ":"):
            players = _colon_list(ctx, people, after + 1, end, 1 if run else 2)
        elif (count := _ROSTER_COUNT.match(simplified, after)) is not None:
            listed = [m for m in people if count.end() <= m.start and m.end <= end]
            pieces = _name_pieces(simplified, listed)  # 吉力吉捞|．|巩冠: one player the recogniser cut in two
            players = [m for m in listed if m not in pieces]
            named = len({ctx.owner[m] for m in listed}) - len(pieces) // 2
            players = players if named >= 2 and named <= int(count.group(1)) else []
        else:
            continue
        if not players:
            continue
        team = last_team if run else _team_before(ctx, at)
        last_end, last_team = end, team
        if team is None:
            continue
        role = ctx.text[at:after]
        for person in players:
            out.append(ctx.relation(ctx.owner[person], ctx.owner[team], RelationKind.MEMBER_OF, at, person.end, role))
            if _CAPTAIN.match(simplified, person.end):
                out.append(ctx.relation(ctx.owner[person], ctx.owner[team], RelationKind.HOLDS_ROLE, person.start,
                                        person.end + 4, ctx.text[person.end + 1 : person.end + 3]))
    return out


def _positions(ctx: RelationContext) -> list[tuple[int, str]]:
    """Where a team's position word (the longest) opens a line or clause and is followed by a colon or a count."""
    return [(m.start(1), m.group(1)) for m in _position_pattern(ctx.lexicon).finditer(ctx.simplified)]


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def _position_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A team's position word opening a line or clause, a colon or a count after it (:data:`_ROSTER_COUNT`)."""
    words = "|".join(map(re.escape, sorted(lexicon.team_member_words, key=len, reverse=True)))
    return re.compile(rf"(?:^|(?<=[\n，,；;。：:]))({words})(?=[：:]|{_ROSTER_COUNT.pattern})")


def _colon_list(ctx: RelationContext, people: list[Mention], start: int, end: int, least: int) -> list[Mention]:
    """The people of a list from ``start`` to the clause's ``end`` when every item of it is a person (``least`` or
    more: two, or one in a run of rosters, 二传：A after 主攻：B、C)."""
    simplified = ctx.simplified
    by_start = {m.start: m for m in people}
    listed, at = [], start
    while True:
        person = by_start.get(at)
        if person is None or person.end > end:
            return []
        listed.append(person)
        gap = _ROSTER_ITEM_GAP.match(simplified, person.end)
        if gap is None:
            tail = _CAPTAIN.match(simplified, person.end)
            rest = tail.end() if tail else person.end
            return listed if rest == end and len(listed) >= least else []
        at = gap.end()


def _name_pieces(simplified: str, listed: list[Mention]) -> set[Mention]:
    """The people of ``listed`` that are two pieces of one name, a separator between (吉力吉捞．巩冠, the
    normaliser's 吉力吉捞.巩冠)."""
    pieces = set()
    for first, second in zip(listed, listed[1:]):
        if second.start == first.end + 1 and simplified[first.end] in _NAME_SEPARATORS:
            pieces |= {first, second}
    return pieces


#: Separators within a name (a transliterated or an indigenous one), which the recogniser may cut it at.
_NAME_SEPARATORS = frozenset(".．·・•‧")


#: How many sentences before a roster's own its team may be named (a line or clause each: 捕手3人为…；内野手7人为…).
_TEAM_SENTENCES = 3


def _team_before(ctx: RelationContext, at: int) -> Mention | None:
    """The one team the sentence of ``at`` names before it, else the nearest of the sentences before that names
    any (up to :data:`_TEAM_SENTENCES`); ``None`` when that one names none or several."""
    s, _ = sentence_at(ctx.sentences, at)
    starts = [b for b, _ in ctx.sentences]
    i = starts.index(s) if s in starts else 0
    spans = [(s, at)] + [ctx.sentences[j] for j in range(i - 1, max(i - 1 - _TEAM_SENTENCES, -1), -1)]
    for begin, end in spans:
        teams = [m for m in ctx.mentions if begin <= m.start and m.end <= end and _is_team_in(ctx, m)]
        if teams:
            return teams[-1] if len({ctx.owner[m] for m in teams}) == 1 else None
    return None


def drop_roster_descriptions(found: list[Relation], rosters: list[Relation]) -> list[Relation]:
    """``found`` less the memberships of another body that a roster's player (``rosters``) has within his roster's
    span: 内野手7人为…，中职球员则有张育成: 张育成 内野手 of the team, no 球员 of 中职."""
    if not rosters:
        return found
    spans = {}
    for r in rosters:
        if r.kind is RelationKind.MEMBER_OF:
            spans.setdefault(r.source, []).append((r.evidence.start, r.evidence.end, r.target))
    return [r for r in found if r.kind is not RelationKind.MEMBER_OF or not any(
        start <= r.evidence.start < end and r.target != team for start, end, team in spans.get(r.source, ()))]
