"""A party's seats and the names that won them, as election results list them (round roles226, issue 11): a line of
the party, a colon and its count of seats, then lines of a constituency's or a sector's label, a colon and the names::

    民建联：20席（现有19席）
    地区直选：陈大文、李小明
    功能界别：张三
    工联会：7席（不变）
    地区直选：王五、赵六

Each name listed under a party's line is the party's member (:func:`zhkg.relate.members_parties._party_member_word`:
党员, or 成员 of a union). :func:`read_seat_rosters` reads them.

Caveats
-------
* The party's line opens with the party the extractors named, a party by :func:`zhkg.relate.members_parties._is_party`,
  and its colon is followed by a count of 席 (seats); nothing else opens a roster.
* A line under it is read only when everything after its colon is names joined by 、, ，, 和 or 及, most of them names
  the extractors found (an item of two to four Han letters they missed is passed over); the first line of another
  shape (a paragraph, a line with anything but names) ends the roster.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.members_parties import _is_party, _party_member_word

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


def _party_opening(ctx: RelationContext, start: int, end: int) -> Mention | None:
    """The party whose line of seats is ``[start, end)``, or None."""
    party = next((m for m in ctx.of(Label.ORGANIZATION) if m.start == start and m in ctx.owner), None)
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


def read_seat_rosters(ctx: RelationContext) -> list[Relation]:
    """Each name listed under a party's line of seats: the party's member (see the module)."""
    if "席" not in ctx.simplified:
        return []
    people = {m.start: m for m in sorted(ctx.of(Label.PERSON), key=lambda m: m.end) if m in ctx.owner}
    out, party = [], None
    for start, end in _lines(ctx.simplified):
        while start < end and ctx.simplified[start] in " \u3000":
            start += 1
        opening = _party_opening(ctx, start, end)
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
    return out
