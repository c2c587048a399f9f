"""A squad's roster written a position to a line (round cnroles161): 主攻：吴梦洁、庄宇珊、唐欣; 门将:王大雷、颜骏凌.

Each person the line lists is a member (``MEMBER_OF``) of the one team the text names before the line, the position
its member word (:func:`read_roster_members`); 队长 or 副队长 in a bracket right after a name (接应：龚翔宇(队长)、杨舒茗)
makes that person the team's captain as well (``HOLDS_ROLE``, :func:`read_roster_captains`), as 国足队长郑智 reads.

Caveats
-------
* A roster line is nothing but a team's member word (``members.tsv`` rows marked ``team``: 门将, 后卫, 主攻, 二传…),
  a colon and people joined by 、, ，or 和; an item that is no person the document names (主攻：进攻、防守) makes the
  whole line no roster. A position word in prose (主攻方向) is never read here.
* The team is the one team (:func:`zhkg.relate.members_teams._is_team_in`) the text names before the line: two teams
  before it (a match's two sides), or none, give nothing, as a roster's side cannot be told then.
* Found by a cheap test first: a text with no colon at a line's start after a member word costs one regex search.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.members_teams import _is_team_in, _original

__all__ = ["read_roster_captains", "read_roster_members"]

#: A line opening with a word, a colon, then the rest of the line: the word and the list (groups 1 and 2).
_LINE = re.compile(r"^[ \t\u3000]*([^\W\d_]{2,5})[ \t\u3000]*[：:][ \t\u3000]*(\S[^\n]*?)[ \t\u3000。；;]*$", re.MULTILINE)
#: What joins a roster's items.
_ITEM_SEP = re.compile(r"[ \t\u3000]*(?:[、，,]|和)[ \t\u3000]*")
#: A captain's bracket after a name: 龚翔宇(队长).
_CAPTAIN = re.compile(r"[（(](副?队长)[）)]")


def _rosters(ctx: RelationContext) -> Iterator[tuple[Mention, int, int, list[tuple[Mention, re.Match[str] | None]]]]:
    """Each roster line: its team, the member word's span, and each person with the captain's bracket after him."""
    simplified = ctx.simplified
    if "\n" not in simplified or ("：" not in simplified and ":" not in simplified):
        return
    words = ctx.lexicon.team_member_words
    lines = [line for line in _LINE.finditer(simplified) if line.group(1) in words]
    if not lines:
        return
    starting = {m.start: m for m in ctx.mentions if m.label is Label.PERSON}
    teams = [m for m in ctx.mentions if m.label is Label.ORGANIZATION and m in ctx.owner and _is_team_in(ctx, m)]
    for line in lines:
        team = _one_team_before(ctx, teams, line.start())
        if team is None:
            continue
        items, pos, end = [], line.start(2), line.end(2)
        while pos < end:
            person = starting.get(pos)
            if person is None or person.end > end:
                break
            captain = _CAPTAIN.match(simplified, person.end)
            items.append((person, captain))
            pos = captain.end() if captain else person.end
            sep = _ITEM_SEP.match(simplified, pos)
            if sep is None or sep.end() >= end:
                break
            pos = sep.end()
        if items and pos == end:
            yield team, line.start(1), line.end(1), items


def _one_team_before(ctx: RelationContext, teams: list[Mention], at: int) -> Mention | None:
    """The last mention of the one team entity named before ``at``, or ``None`` when none or two are."""
    before = [m for m in teams if m.end <= at]
    return before[-1] if before and len({ctx.owner[m] for m in before}) == 1 else None


def read_roster_members(ctx: RelationContext) -> list[Relation]:
    """Each person of a roster line a member of its team, the position the member word (see the module)."""
    out = []
    for team, start, end, items in _rosters(ctx):
        word = _original(ctx, ctx.simplified[start:end], start, end)
        for person, _ in items:
            out.append(ctx.relation(ctx.owner[person], ctx.owner[team], RelationKind.MEMBER_OF, start, person.end,
                                    word))
    return out


def read_roster_captains(ctx: RelationContext) -> list[Relation]:
    """Each person of a roster line with 队长 or 副队长 in a bracket after the name: that title of the team."""
    out = []
    for team, _, _, items in _rosters(ctx):
        for person, captain in items:
            if captain is not None:
                start, end = captain.span(1)
                out.append(ctx.relation(ctx.owner[person], ctx.owner[team], RelationKind.HOLDS_ROLE, person.start,
                                        captain.end(), ctx.text[start:end]))
    return out
