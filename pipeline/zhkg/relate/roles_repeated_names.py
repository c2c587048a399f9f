"""A person's full name written again where the recogniser read nothing, for the role readers (round roles279, issue 11).

The recogniser reads each sentence alone: a name it finds in one sentence it may miss in the next (建业新生活…闫学文已获委任
为…。…同时，2020年8月至2023年11月，闫学文兼任建业地产的助理总裁…: the second 闫学文 no mention), and the posts
written after it are lost. :func:`repeated_people` gives, once per document, a stand-in mention of that person at each
place the document writes a full name some person mention reads, no mention of any kind overlapping it; the stand-in
is that person's (its owner the mention's entity), so :func:`zhkg.relate.roles.read_roles`,
:func:`zhkg.relate.roles.read_roles_after` and the clauses after it (:func:`zhkg.relate.roles_clauses._read_remote`) read it as they read a mention.

Caveats: only names of three or four Han letters (two letters are too often a word: 王俊 in 王俊杰, 高配), read by no
reader as anything but a person anywhere in the document; a place where any mention overlaps the name (a longer
name holding it, a body named after the person) gets none. The stand-ins are no derived mentions (the graph's
mentions and their MENTIONED_IN edges stay as the extractors read them): each is known to the context's ``owner``
(the person's entity) and ``person_starts`` only, so no entity is added.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention
from zhkg.relate.base import RelationContext

__all__ = ["repeated_people"]

#: A full name a stand-in may be made for: three or four Han letters.
_FULL_NAME = re.compile(r"[\u4e00-\u9fff]{3,4}")

#: The source of a stand-in: no extractor's, and never one of the document's mentions.
_STAND_IN = "relate:repeated_name"

def repeated_people(ctx: RelationContext) -> list[Mention]:
    """The stand-in mentions of the people the document names again where no mention reads (see the module)."""
    cached = ctx.repeated_names
    if cached is not None and cached[0] is ctx.mentions:  # (made once a document: three readers ask)
        return cached[1]
    people: dict[str, Mention] = {}
    other = {m.simplified for m in ctx.mentions if m.label is not Label.PERSON}
    for m in ctx.mentions:
        if m.label is Label.PERSON and _FULL_NAME.fullmatch(m.simplified) and m.simplified not in other:
            people.setdefault(m.simplified, m)
    taken = bytearray(len(ctx.simplified))  # 1 where a mention reads (one pass, not a scan of them all per name)
    for m in (*ctx.mentions, *ctx.derived):
        low, high = max(m.start, 0), min(m.end, len(taken))
        if high > low:
            taken[low:high] = b"\1" * (high - low)
    out: list[Mention] = []
    simplified = ctx.simplified
    for name, person in sorted(people.items()):
        at = simplified.find(name)
        while at >= 0:
            end = at + len(name)
            if not any(taken[at:end]):
                stand_in = Mention(ctx.doc.id, at, end, ctx.text[at:end], name, Label.PERSON, _STAND_IN,
                                   canonical=person.canonical or name)
                ctx.owner[stand_in] = ctx.owner[person]  # (no derived mention: the graph's mentions stay as read)
                ctx.person_starts.add(at)
                out.append(stand_in)
            at = simplified.find(name, end)
    ctx.repeated_names = (ctx.mentions, out)
    return out
