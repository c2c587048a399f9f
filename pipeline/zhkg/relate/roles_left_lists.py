"""People listed before one verb of leaving a post, who all leave it (round roles302, issue 11): 民众党内规届满，A、B、C都在
1月30日正式卸下立委职务 (each a former 立委 of 民众党); 华强集团今天宣布，A、B均辞去董事职务 (each a former 董事 of
华强集团). The title is bare, its body the one an earlier clause of the sentence names, or the sentence before, as for
any bare title (:func:`zhkg.relate.roles_body_in_context._context_body`), or the one body of an earlier clause of
the sentence with other people named between (:func:`zhkg.relate.roles_body_in_context._sentence_body`). Read after the other role readers by
:func:`zhkg.relate.roles.read_roles_after`.

Caveats
-------
* Two people at least, joined by 、, 和, 与, 及 or 以及, and 都, 均 or 皆 right after the last: the mark that the
  verb is every one's; a date, 已 or 正式 may stand between it and the verb, nothing named.
* The title closes the phrase with 职务, 一职 or 职位 (卸下立委职务); a body written before the title makes the post
  the link readers' (辞去华强集团董事职务), not this module's.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_body_in_context import _context_body, _sentence_body
from zhkg.relate.roles_titles import _role_at
from zhkg.text import LIST_JOINER_WORDS, first_ending, sentence_at

__all__ = ["read_left_lists"]


#: The shared predicate after the last name: 都/均/皆, then a time, 已, 正式 maybe, then a verb of leaving a post.
_LEFT = re.compile(r"[都均皆](?:已|将)?(?:在|于)?(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:正式|一并|同时)?"
                   r"(?:卸下|辞去|辞任|卸任|辞掉|离开)")
#: What closes the bare title after the verb.
_TITLE_CLOSINGS = ("职务", "一职", "职位")


def read_left_lists(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """A former post of each person listed before 都/均/皆 + a verb of leaving + a bare title + 职务 (see the module),
    of the body the title's context names; posts ``found`` already holds are not read again."""
    simplified = ctx.simplified
    people = {m.end: m for m in ctx.of(Label.PERSON) if m in ctx.owner}
    have = {(r.source, r.target, r.role_simplified) for r in found if r.kind is RelationKind.HOLDS_ROLE}
    out = []
    for left in _LEFT.finditer(simplified):
        role = _role_at(ctx, left.end())
        if role is None or not simplified.startswith(_TITLE_CLOSINGS, left.end() + len(role)):
            continue
        listed = []
        at = left.start()
        while (person := people.get(at)) is not None:
            listed.append(person)
            joiner = first_ending(simplified, LIST_JOINER_WORDS, person.start)
            at = person.start - len(joiner) if joiner else -1
        if len(listed) < 2:
            continue
        # (the one body of an earlier clause even with other people between, told apart by their own clause: …届满，
        # 8名立委除A留任外，B、C都卸下立委职务)
        holder = _context_body(ctx, listed[-1].start, role) \
            or _sentence_body(ctx, sentence_at(ctx.sentences, left.start())[0], listed[-1].start, role)
        if holder is None or holder not in ctx.owner:
            continue
        for person in listed:
            key = (ctx.owner[person], ctx.owner[holder], role)
            if key not in have:
                have.add(key)
                out.append(ctx.relation(key[0], key[1], RelationKind.HOLDS_ROLE, person.start,
                                        left.end() + len(role), ctx.text[left.end() : left.end() + len(role)],
                                        former=True))
    return out
