"""A party's seats and the names that won them, as election results list them (round roles226, issue 11): a line of
the party, a colon and its count of seats, then lines of a constituency's or a sector's label, a colon and the names::

    民建联：20席（现有19席）
    地区直选：陈大文、李小明
    功能界别：张三
    工联会：7席（不变）
    地区直选：王五、赵六

Each name listed under a party's line is the party's member (:func:`zhkg.relate.members_parties._party_member_word`:
党员, or 成员 of a union). :func:`read_seat_rosters` reads them, and the same list in prose (round members291,
:func:`_prose_rosters`): a party opening its clause, its seats or a count of its people, then 分别是/分别为/包括 opening
a clause and the names, each maybe after words of its own ending in 的 (新民党取得3席，分别是港岛西的A、新界东北的B，以及C).

Caveats
-------
* The party's line opens with the party the extractors named, a party by :func:`zhkg.relate.members_parties._is_party`,
  and its colon is followed by a count of 席 (seats); nothing else opens a roster.
* A line under it is read only when everything after its colon is names joined by 、, ，, 和 or 及, most of them names
  the extractors found (an item of two to four Han letters they missed is passed over); the first line of another
  shape (a paragraph, a line with anything but names) ends the roster.
* In prose, the party opens its clause (after 其中, or after a clause of its seats ending in 的: 现有6席的新民党派出8人…);
  nothing but the party's seats or count (席, 3名, 8人) stands between the party and the list's cue: no other
  body (民建联与工联会共取得10席 names no one's party), no person; the cue opens its clause (…取得3席，对手包括A is
  no list of its own). The list ends at the first item that does not end at a name, or after 等; an item naming a
  departure (退党, 退出, 脱离, 开除) is passed over.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.members_parties import _is_party, _party_member_word
from zhkg.text import CLAUSE_BREAKS, clause_start, sentence_spans

__all__ = ["read_seat_rosters"]


#: A party's line: its colon, a count of seats (20席, 7 席), anything after (（现有19席）).
_SEATS = re.compile(r"[：:][ \u3000]*[0-9０-９一二三四五六七八九十两]{1,3}[ \u3000]*席")

#: A listed line: a label of a few letters (地区直选, 功能界别, 选委会), its colon.
_LABEL = re.compile(r"[ \u3000]*[^：:，,。；;\n]{1,12}[：:][ \u3000]*")

#: What may join two names on a listed line, or close the line.
_JOINERS = frozenset("、，,和及 \u3000")

#: An item of a listed line no extractor named: two to four Han letters up to a joiner or the line's end.
_UNNAMED = re.compile(r"[\u4e00-\u9fff]{2,4}(?=[、，,和及 \u3000]|$)")


def _lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of ``text``."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _party_opening(ctx: RelationContext, start: int, end: int, bodies_at: dict[int, Mention]) -> Mention | None:
    """The party whose line of seats is ``[start, end)``, or None (``bodies_at``: the first organisation starting at
    each offset)."""
    party = bodies_at.get(start)
    if party is None or not _is_party(ctx, party) or not _SEATS.match(ctx.simplified, party.end, end):
        return None
    return party


def _names_listed(ctx: RelationContext, start: int, end: int, people: dict[int, Mention]) -> list[Mention]:
    """The names of a listed line ``[start, end)`` (a label and a colon, then names only), or none. An item no
    extractor named (two to four Han letters between joiners) is passed over, as long as most items are names."""
    simplified = ctx.simplified
    label = _LABEL.match(simplified, start, end)
    if label is None:
        return []
    at, listed, unnamed = label.end(), [], 0
    while at < end:
        if simplified[at] in _JOINERS:
            at += 1
            continue
        person = people.get(at)
        if person is not None and person.end <= end:
            listed.append(person)
            at = person.end
            continue
        item = _UNNAMED.match(simplified, at, end)
        if item is None:
            return []
        unnamed += 1
        at = item.end()
    return listed if len(listed) > unnamed else []


#: Words opening a clause that lists a party's winners or candidates in prose (…取得3席，分别是A、B).
_PROSE_CUES = re.compile(r"分别是|分别为|包括")

#: The party's seats or a count of its people, between the party and the cue.
_SEATS_OR_COUNT = re.compile(r"席|[0-9０-９一二三四五六七八九十两]+[ \u3000]*[名人位]")

#: Words joining a prose list's items, or closing one: a list of people, a list ended by 等.
_ITEM_BREAKS = "、，,等。！？!?；;"
_ITEM_JOINERS = ("以及", "及", "和", "与")

#: Words of an item naming a departure from the party: no member listed.
_DEPARTURES = ("退党", "退出", "脱离", "开除")

#: The longest item of a prose list: a name and the words before it (由选委会界别转战直选的A).
_MAX_ITEM = 20


def _prose_list(ctx: RelationContext, at: int, end: int, by_end: dict[int, Mention]) -> list[Mention]:
    """The people of a prose list starting at ``at`` and ending by ``end`` (see the module's caveats)."""
    text, out = ctx.simplified, []
    while at < end:
        at = next((at + len(j) for j in _ITEM_JOINERS if text.startswith(j, at)), at)
        stop = next((i for i in range(at, min(end, at + _MAX_ITEM + 1)) if text[i] in _ITEM_BREAKS), None)
        stop = end if stop is None and end - at <= _MAX_ITEM else stop
        person = by_end.get(stop) if stop is not None else None
        if person is None or person.start < at:
            break
        if not any(w in text[at:stop] for w in _DEPARTURES):
            out.append(person)
        if stop == end or text[stop] not in "、，,":
            break
        at = stop + 1
    return out


def _prose_rosters(ctx: RelationContext, people: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(person, party) of each list of a party's people in prose (see the module)."""
    text, out = ctx.simplified, []
    bodies = [m for m in ctx.of(Label.ORGANIZATION) if m in ctx.owner]  # by start, as the context's mentions
    body_starts = [m.start for m in bodies]
    people_starts = sorted(m.start for m in people)
    by_end = {m.end: m for m in sorted(people, key=lambda m: m.start, reverse=True)}
    for start, end in sentence_spans(text):
        cue = _PROSE_CUES.search(text, start, end)
        while cue is not None and text[cue.start() - 1] not in CLAUSE_BREAKS:
            cue = _PROSE_CUES.search(text, cue.end(), end)
        if cue is None:
            continue
        # the bodies starting in the sentence before the cue, found by bisection (a long text holds many cues)
        before = bodies[bisect_left(body_starts, start):bisect_left(body_starts, cue.start())]
        party = max((m for m in before if m.end <= cue.start()), key=lambda m: m.end, default=None)
        if party is None or not _is_party(ctx, party):
            continue
        opened = max(start, clause_start(text, party.start))
        opens = party.start == opened or text.startswith("其中", party.start - 2) or (
            text[party.start - 1] == "的" and "席" in text[opened:party.start])  # 现有6席的新民党派出8人
        between = text[party.end:cue.start()]
        if not opens or not _SEATS_OR_COUNT.search(between) or (
                bisect_left(people_starts, party.end) < bisect_left(people_starts, cue.start())):  # a person between
            continue
        out += [(person, party) for person in _prose_list(ctx, cue.end(), end, by_end)]
    return out


def read_seat_rosters(ctx: RelationContext) -> list[Relation]:
    """Each name listed under a party's line of seats, or in prose after its seats: the party's member (see the
    module)."""
    if "席" not in ctx.simplified and not _PROSE_CUES.search(ctx.simplified):
        return []
    people = {m.start: m for m in sorted(ctx.of(Label.PERSON), key=lambda m: m.end) if m in ctx.owner}
    bodies_at: dict[int, Mention] = {}
    for m in ctx.of(Label.ORGANIZATION):
        if m in ctx.owner:
            bodies_at.setdefault(m.start, m)
    out, party = [], None
    for start, end in _lines(ctx.simplified):
        while start < end and ctx.simplified[start] in " \u3000":
            start += 1
        opening = _party_opening(ctx, start, end, bodies_at)
        if opening is not None:
            party = opening
            continue
        listed = _names_listed(ctx, start, end, people) if party is not None else []
        if not listed:
            party = None
            continue
        for person in listed:
            out.append(ctx.relation(ctx.owner[person], ctx.owner[party], RelationKind.MEMBER_OF, person.start,
                                    person.end, _party_member_word(party)))
    for person, party in _prose_rosters(ctx, list(people.values())):
        out.append(ctx.relation(ctx.owner[person], ctx.owner[party], RelationKind.MEMBER_OF, person.start,
                                person.end, _party_member_word(party)))
    return out
