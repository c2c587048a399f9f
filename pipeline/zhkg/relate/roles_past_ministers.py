"""A state's cabinet posts held before, titled bare (round roles169, issue 11, from the web set's international tune
misses).

Reports of a new cabinet tell the ministers' careers by their titles alone, the state said before: 外务大臣X曾担任防卫大臣;
Y本人也曾担任防卫厅长官、防卫大臣; 曾担任过外务副大臣的Z. :func:`read_past_ministers` reads the titles after 曾 + a verb
of taking a post (曾担任, 曾历任, 曾任, 也曾担任过…; 本人 maybe between the name and it), joined by 、, 和 or 及 and closing
their clause, and those of a relative clause before the name (曾担任过…的Z, 担任过…的Z), as posts held before of the state
:mod:`zhkg.relate.roles_ministers` gives a minister's bare title (the state the text writes the title or a prime
minister after, else the one state it names). A minister's title is that module's (…大臣, 外相, 外长…) or, as Japan
titled its agencies' heads, a name of two to four letters and 厅长官 (防卫厅长官); a minister's deputy too (外务副大臣).

A head's title read where the text runs it on into 官 (防卫厅长|官: 厅长 of 防卫厅) is dropped
(:func:`drop_heads_run_into_officer`).

Caveats: nothing when a title of the list is no minister's (曾担任防卫大臣、党干事长), the list does not close its clause,
or the text names no state; a post the person is read holding already is not read again.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_context import _is_state
from zhkg.relate.roles_ministers import _TITLE_CLOSES, _minister_words, _state_of
from zhkg.relate.roles_names import _owner_of

__all__ = ["drop_heads_run_into_officer", "read_past_ministers"]

#: 曾 + a verb of taking a post after the name (本人 and an adverb maybe before): 曾担任, 也曾历任, 本人也曾担任过.
_ONCE_TOOK = re.compile(r"(?:本人)?(?:也|亦|还|则)?曾(?:经)?(?:担任|历任|出任|任)过?")

#: A relative clause's verb before the titles, 的 and the name after them: 曾担任过…的X, 担任过…的X.
_HELD_BEFORE = re.compile(r"(?:曾经?)?(?:担任|出任)过")

#: A head of a Japanese agency of state, titled as a minister: 防卫厅长官.
_AGENCY_HEAD = re.compile(r"[\u4e00-\u9fff]{2,4}?厅长官")

#: What joins the titles of a list.
_JOINERS = ("、", "和", "及")


def read_past_ministers(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The cabinet posts held before of people whose careers are told by bare titles (see the module)."""
    simplified = ctx.simplified
    if "曾" not in simplified and "过" not in simplified:
        return []
    if "大臣" not in simplified and "厅长官" not in simplified and "外相" not in simplified and "外长" not in simplified:
        return []
    states = [m for m in ctx.mentions if m.label is Label.PLACE and _is_state(m)]
    if not states:
        return []
    words = _with_deputies(_minister_words(ctx))
    held = {(r.source, r.role_simplified) for r in found if r.kind is RelationKind.HOLDS_ROLE}
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        for start, titles in (_after_name(ctx, person, words), _before_name(ctx, person, words)):
            source = _owner_of(ctx, person)
            for at, title in titles:
                state = _state_of(ctx, states, title)
                if state is None or (source, title) in held:
                    continue
                held.add((source, title))
                out.append(ctx.relation(source, ctx.owner[state], RelationKind.HOLDS_ROLE, min(start, person.start),
                                        max(at + len(title), person.end), ctx.text[at : at + len(title)], former=True))
    return out


def _with_deputies(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` and their deputies' titles (外务大臣: 外务副大臣), the longer first."""
    deputies = {w[:-2] + "副大臣" for w in words if w.endswith("大臣") and len(w) > 2}
    return tuple(sorted(set(words) | deputies, key=lambda w: (-len(w), w)))


def _titles_from(ctx: RelationContext, at: int, words: tuple[str, ...]) -> list[tuple[int, str]]:
    """The ministers' titles listed from ``at`` (joined by 、, 和 or 及): (where, title); ``[]`` when an item is no
    minister's title."""
    simplified = ctx.simplified
    titles = []
    while True:
        title = next((w for w in words if simplified.startswith(w, at)), None)
        if title is None and (agency := _AGENCY_HEAD.match(simplified, at)) is not None:
            title = agency.group()
        if title is None:
            return []
        titles.append((at, title))
        at += len(title)
        joiner = next((j for j in _JOINERS if simplified.startswith(j, at)), None)
        if joiner is None:
            return titles
        at += len(joiner)


def _after_name(ctx: RelationContext, person: Mention, words: tuple[str, ...]) -> tuple[int, list[tuple[int, str]]]:
    """The titles after the name and 曾 + a verb, closing their clause: (where the verb opens, titles)."""
    verb = _ONCE_TOOK.match(ctx.simplified, person.end)
    if verb is None:
        return person.end, []
    titles = _titles_from(ctx, verb.end(), words)
    if not titles or not _TITLE_CLOSES.match(ctx.simplified, titles[-1][0] + len(titles[-1][1])):
        return person.end, []
    return verb.start(), titles


def _before_name(ctx: RelationContext, person: Mention, words: tuple[str, ...]) -> tuple[int, list[tuple[int, str]]]:
    """The titles of a relative clause before the name (曾担任过外务副大臣的X): (where the verb opens, titles)."""
    simplified = ctx.simplified
    if simplified[person.start - 1 : person.start] != "的":
        return person.start, []
    for verb in _HELD_BEFORE.finditer(simplified, max(0, person.start - 40), person.start):
        titles = _titles_from(ctx, verb.end(), words)
        if titles and titles[-1][0] + len(titles[-1][1]) == person.start - 1:
            return verb.start(), titles
    return person.start, []


#: The letter that makes a head's title (…长) the longer title of a Japanese agency's head (防卫厅长|官).
_OFFICER = "官"


def drop_heads_run_into_officer(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` but a head's title read where the text runs it on into 官 (历任防卫厅长官: no 厅长 of 防卫厅; the
    agency head's title :func:`read_past_ministers` reads)."""
    simplified = ctx.simplified
    if "长官" not in simplified:
        return relations
    return [r for r in relations if not (
        r.kind is RelationKind.HOLDS_ROLE and r.role_simplified.endswith("长")
        and simplified.startswith(_OFFICER, r.evidence.end) and simplified.endswith(r.role_simplified, 0, r.evidence.end))]
