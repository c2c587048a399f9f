"""A legislator titled bare whose party the sentence names by the party's own act (HOLDS_ROLE), as Taiwan's press
writes a party's nominations: 国民党中常会今通过名单，征召立委谢龙介参选台南市长、立委柯志恩参选高雄市长 (立委 of 国民党,
each); 民众党8票也投给自家立委张启楷 (立委 of 民众党). Read after the other role readers by
:func:`zhkg.relate.roles.read_roles_after` (round roles199, issue 11).

- **Drafted or nominated** (:func:`_drafted`): 征召 + a bare legislator's title (立委, 议员…; 前 maybe before it) +
  name; 提名 and 推派 too when 参选 follows the name (提名X参选立委 nominates X for the seat: no title before the
  name). Titles listed after it by 、 in the same clause (、立委柯志恩参选高雄市长) are the same party's. The party is
  the one the sentence names before the verb, maybe by its organ (国民党中常会: 国民党).
- **Its own** (:func:`_own`): 自家 + a bare legislator's title + name: the party opening the clause.

Caveats
-------
* Nothing when the sentence names two parties before the verb (国民党批评民进党征召立委X: whose nominee is not said),
  or the clause holds another before 自家.
* A past seat (征召前立委X) is read ``former``.
"""

from __future__ import annotations

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.members_parties import _is_party
from zhkg.relate.roles_names import _owner_of
from zhkg.text import clause_start, first_at, sentence_start

__all__ = ["read_drafted_legislators"]


#: A legislator's bare titles, the longer first.
_SEATS = ("立法委员", "市议员", "县议员", "立委", "议员")

#: Verbs by which a party drafts its own legislator (征召立委X).
_DRAFTS = ("征召",)

#: Verbs of a party's nomination, read only with 参选 after the name (提名立委X参选县长).
_NOMINATES = ("提名", "推派")

#: What must follow the name after a verb of :data:`_NOMINATES`.
_RUNS = "参选"

#: A party's own, before the title (自家立委X).
_OWN = "自家"

#: The letter a party's name ends in, and the fewest letters of such a name (国民党, 民进党).
_PARTY_END, _MIN_PARTY = "党", 3

#: A mark of a past seat before the title.
_PAST = "前"


def _seat_before(ctx: RelationContext, person: Mention) -> tuple[str, int, bool] | None:
    """The bare legislator's title right before ``person``, where it starts (前 included) and whether 前 marks it
    past; or None."""
    title = next((t for t in _SEATS if ctx.simplified.endswith(t, 0, person.start)), None)
    if title is None:
        return None
    at = person.start - len(title)
    past = ctx.simplified.endswith(_PAST, 0, at)
    return ctx.text[at : person.start], at - past, past


def _party_end(ctx: RelationContext, m: Mention) -> int | None:
    """Where the party ``m`` names ends: its end when it names a party, the end of the party's name it opens with
    when it names the party's organ or runs into the next word (国民党|中常会, 民进党|征召); else None."""
    if _is_party(ctx, m):
        return m.end
    cut = m.simplified.find(_PARTY_END) + 1
    return m.start + cut if _MIN_PARTY <= cut < len(m.simplified) else None


def _one_party(ctx: RelationContext, start: int, end: int) -> tuple[Mention, int] | None:
    """The one party named in ``[start, end)`` (by one name or more): its first mention and where the party's name
    ends in it (a party's organ: 国民党|中常会); or None."""
    parties = [(m, at) for m in ctx.mentions if m.label is Label.ORGANIZATION and start <= m.start and m.end <= end
               and m in ctx.owner and (at := _party_end(ctx, m)) is not None]
    return parties[0] if len({ctx.simplified[m.start : at] for m, at in parties}) == 1 else None


def _party(ctx: RelationContext, named: tuple[Mention, int]) -> Mention:
    """The party of a mention :func:`_one_party` found: the mention, or the party its organ's name derives."""
    m, at = named
    return m if at == m.end else ctx.derive_organisation(m.start, at)


def _drafted(ctx: RelationContext, people: list[Mention]) -> list[tuple[Mention, Mention, str, bool]]:
    """(person, party, title, past) of each legislator a party drafts or nominates, and of those listed after him."""
    simplified = ctx.simplified
    out = []
    last_end = -1  # where the last drafted item ended, for a list after it
    for person in people:
        seat = _seat_before(ctx, person)
        if seat is None:
            continue
        title, at, past = seat
        verb = first_at(simplified, (*_DRAFTS, *_NOMINATES), at - 2) if at >= 2 else ""
        listed = last_end >= 0 and simplified.endswith("、", 0, at) and not CLAUSE_BREAK.search(simplified, last_end, at) \
            and not any(last_end <= m.start < at for m in people)
        if not (verb and at - 2 + len(verb) == at or listed):
            continue
        if verb in _NOMINATES and not simplified.startswith(_RUNS, person.end):
            continue
        named = _one_party(ctx, sentence_start(ctx.simplified, at), at) if not listed else None
        if not listed and named is None:
            continue
        out.append((person, out[-1][1] if listed else _party(ctx, named), title, past))
        last_end = person.end
    return out


def _own(ctx: RelationContext, people: list[Mention]) -> list[tuple[Mention, Mention, str, bool]]:
    """(person, party, title, past) of each legislator written 自家 + title + name: the party opening the clause."""
    out = []
    for person in people:
        seat = _seat_before(ctx, person)
        if seat is None or not ctx.simplified.endswith(_OWN, 0, seat[1]):
            continue
        clause = clause_start(ctx.simplified, seat[1])
        named = _one_party(ctx, clause, seat[1])
        if named is not None and named[0].start == clause:
            out.append((person, _party(ctx, named), seat[0], seat[2]))
    return out


def read_drafted_legislators(ctx: RelationContext) -> list[Relation]:
    """The posts of the module's docstring: each a legislator's seat in the party the sentence names."""
    people = sorted((m for m in ctx.of(Label.PERSON) if m in ctx.owner), key=lambda m: (m.start, -m.end))
    out = []
    for person, party, title, past in _drafted(ctx, people) + _own(ctx, people):
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[party], RelationKind.HOLDS_ROLE,
                                person.start - len(title), person.end, title, former=past))
    return out
