"""People listed before a verb of appointment, each with a title of his own before his name, who share the post the
verb gives the last of them (HOLDS_ROLE), as Hong Kong's and Taiwan's press list a body's new officers: 前议员黄志明、
工联会会长林美华任监事会副主席; 行政会议成员黄志明及三名连任的议员林美华、张国强出任副主席. Read after the other role
readers by :func:`zhkg.relate.roles.read_roles_after`.

:func:`zhkg.relate.roles_listed._subjects_listed_before` reads a list of bare names (张伟、李明当选为…); here a title (a
body's maybe before it, or a count and a description: 三名连任的议员) may stand between the joiner and each name.

Caveats
-------
* The list opens its clause (由 maybe before it) or opens with a title of the first person's own; anything else
  between two names (a verb: 黄志明批评林美华出任…) ends it.
* The verb gives the last one a single post: 分别 after the names, or two posts after the verb (…出任董事长和总经理),
  say each his own, and nothing is shared.
"""

from __future__ import annotations

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_clauses import _APPOINTED, _APPOINTED_OR_STATE_ADVERBS
from zhkg.relate.roles_listed import _share_post
from zhkg.text import LIST_JOINER_WORDS, first_at, first_ending

__all__ = ["read_titled_lists"]


#: The longest title (a body's name, a count and a description maybe before it) read before a listed name.
_MAX_TITLE = 20


#: What ends a clause before the list.
_CLAUSE_MARKS = "，,。；;：:！？!?\n"


#: The letter that may open the list's clause before its first name: 由黄志明及林美华出任….
_BY = "由"


def _titled(ctx: RelationContext, lead: str, name_at: int) -> bool:
    """Whether ``lead``, written right before the name at ``name_at``, is empty or a title of that person's own: it
    ends in a role word or a member word and holds no clause break (前议员, 工联会会长, 三名连任的议员, 行政会议成员)."""
    if not lead:
        return True
    role = ctx.lexicon.role_ending(ctx.simplified, name_at) \
        or first_ending(ctx.simplified, ctx.lexicon.member_words, name_at)  # (roles286)
    return bool(role) and len(lead) <= _MAX_TITLE and lead.endswith(role) and not CLAUSE_BREAK.search(lead)


def _listed_before(ctx: RelationContext, last: Mention, people: list[Mention]) -> list[Mention]:
    """The people listed before ``last``, each maybe titled, the first opening its clause; empty when there are none
    or the list does not open its clause."""
    simplified = ctx.simplified
    listed: list[Mention] = []
    current = last
    while True:
        prev = next((m for m in reversed(people) if m.end <= current.start), None)
        gap = simplified[prev.end : current.start] if prev is not None else ""
        joiner = first_at(gap, LIST_JOINER_WORDS, 0) if gap else ""
        if prev is None or not joiner or not _titled(ctx, gap[len(joiner):], current.start) \
                or any(prev.end < m.start < current.start for m in people):
            break
        listed.append(prev)
        current = prev
    if not listed:
        return []
    clause = max(simplified.rfind(ch, 0, current.start) for ch in _CLAUSE_MARKS) + 1
    lead = simplified[clause : current.start].removeprefix(_BY)
    return listed if _titled(ctx, lead, current.start) else []


def read_titled_lists(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The people listed, each maybe titled, before the person whom a verb of appointment right after his name gives
    one post in ``found`` hold that post too (议员黄志明及林美华任副董事长: 黄志明's too)."""
    simplified = ctx.simplified
    people = sorted((m for m in ctx.of(Label.PERSON) if m in ctx.owner), key=lambda m: (m.start, -m.end))
    if len(people) < 2:
        return []
    have = {(r.source, r.target, r.role_simplified) for r in ctx.read + found}
    out = []
    for r in found:
        if r.kind is not RelationKind.HOLDS_ROLE:
            continue
        role_at = r.evidence.end - len(r.role)
        last = next((m for m in reversed(people) if ctx.owner[m] == r.source
                     and r.evidence.start <= m.start and m.end <= role_at), None)
        if last is None or CLAUSE_BREAK.search(simplified, last.end, role_at) \
                or any(last.end <= m.start < role_at for m in people):
            continue
        at = last.end
        while adverb := first_at(simplified, _APPOINTED_OR_STATE_ADVERBS, at):
            at += len(adverb)
        if not first_at(simplified, _APPOINTED, at):
            continue
        posts = {(p.target, p.role_simplified) for p in found if p.kind is RelationKind.HOLDS_ROLE
                 and p.source == r.source and last.end < p.evidence.end and not CLAUSE_BREAK.search(
                     simplified, last.end, p.evidence.end - len(p.role))}
        if len(posts) > 1:
            continue  # 议员黄志明与林美华出任华强集团董事长和总经理: whose is which is not said
        _share_post(ctx, r, _listed_before(ctx, last, people), have, out)
    return out
