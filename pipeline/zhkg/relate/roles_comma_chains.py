"""Chains of posts before a name that a comma cuts, as mainland news writes one person's posts in two bodies: 国新资产
党委书记、董事长，国新文化党委书记、董事长王志学 (round roles279, issue 11). :func:`zhkg.relate.roles.read_roles` reads
the chain next to the name (国新文化's); the chain before the comma is the same person's when it is a chain of a body's
posts and nothing else, opening its clause: the sentence's start or a colon, a semicolon, a full stop or a line
break before it, or a comma closing a clause that names no one (会上，A集团董事长，B银行董事长X表示). Several chains may stand before the name, each cut by a comma; all are read, or none.

Caveats
-------
* Each chain is read as :func:`zhkg.relate.roles_before_names._roles_before` reads the posts before a name, as if the
  name stood at the comma; a chain it cannot read (a bare title, no body) stops the list, and then nothing before the
  name's own chain is read, since the chains left unread may be another person's.
* A chain after anything but a clause's opening (由A公司董事长，B公司总经理王明主持; 海螺集团董事长杨军，集团副总经理丁锋:
  a name before the comma) is read as no one's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import replace

from zhkg.records import Label, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_before_names import _roles_before
from zhkg.relate.roles_names import _owner_of
from zhkg.text import sentence_at

__all__ = ["read_comma_cut_chains"]

#: What opens a clause a chain of posts may open (besides the sentence's start).
_CLAUSE_OPENERS = frozenset("。；;：:\n！？!?")

#: The commas that may cut one person's chains of posts.
_COMMAS = frozenset("，,")

#: At most this many chains before the one next to the name.
_MAX_CHAINS = 3


def read_comma_cut_chains(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The posts of the chains before the comma that cuts them from the chain of posts ``found`` before a name
    (see the module's docstring); each read with the name's evidence."""
    simplified = ctx.simplified
    out: list[Relation] = []
    by_end: dict[tuple[str, int], list[Relation]] = defaultdict(list)  # (one pass: a long text is not read per name)
    for r in found:
        if r.kind is RelationKind.HOLDS_ROLE:
            by_end[(r.source, r.evidence.end)].append(r)
    starts = sorted(ctx.person_starts)

    def someone_in(begin: int, end: int) -> bool:
        at = bisect_left(starts, begin)
        return at < len(starts) and starts[at] < end

    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        source = _owner_of(ctx, person)
        own = [r for r in by_end.get((source, person.end), ()) if r.evidence.start < person.start]
        if not own:
            continue
        start = min(r.evidence.start for r in own)
        chains: list[Relation] = []
        for _ in range(_MAX_CHAINS):
            if simplified[start - 1 : start] not in _COMMAS:
                break
            stand_in = replace(person, start=start - 1, end=start - 1)
            more = _roles_before(ctx, stand_in, source)
            if not more:
                break
            chains += more
            start = min(r.evidence.start for r in more)
        s = sentence_at(ctx.sentences, start)[0]
        # (or a comma closing a clause that names no one: 会上，A集团董事长，B银行董事长X表示)
        opens = start == s or simplified[start - 1 : start] in _CLAUSE_OPENERS \
            or (simplified[start - 1 : start] in _COMMAS and not someone_in(s, start))
        if not chains or not opens or someone_in(start, person.start):
            continue
        out += [ctx.relation(source, r.target, RelationKind.HOLDS_ROLE, r.evidence.start, person.end, r.role,
                             former=r.former) for r in chains]
    return out
