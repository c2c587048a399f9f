"""A place's head written after its anaphor: 该市市长姚高员, 该省省长X, 该国总统卢拉 (round cnroles161).

Mainland news names a city's, county's or province's head after 该市, 该县, 该省 once the place is said (杭州市召开…。该市
市长姚高员出席), international news a state's after 该国. :func:`read_place_anaphor_heads` reads the anaphor
(``anaphora.tsv``'s place words of one kind: 该市, 该县, 该省, 该区, 该州, 该镇, 该国), 前 or 原 maybe, a title a
place holds (``roles.tsv``'s ``place`` rows) of that kind (市长 and 副市长 for 该市; a state's head or minister for
该国), and the name right after it, or after other posts joined by 、 (该市副市长、公安局局长王明): the title of the one
place of that kind named in the anaphor's sentence or the two before (organisations' anaphors, 该院院长, are
:func:`zhkg.relate.roles_holders._anaphor_ending_at`'s).

Caveats: nothing when two places of the kind are named there (杭州市和宁波市…。该市市长), when the title is another kind's
(该市县长) or runs on (该市市长助理), or when the person holds that title already.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_context import _STATE_HEADS, _is_state
from zhkg.relate.roles_former import _former
from zhkg.relate.roles_names import _owner_of
from zhkg.relate.roles_title_body import _ANAPHOR_SENTENCES

__all__ = ["read_place_anaphor_heads"]

#: The place anaphors read here, each with the letter its titles hold (市长 for 该市); 该国's titles are a state's.
_KINDS = {"该市": "市", "该县": "县", "该省": "省", "该区": "区", "该州": "州", "该镇": "镇", "该国": ""}

_ANAPHOR = re.compile("|".join(_KINDS))

#: A state's titles for 该国 besides its heads (:data:`zhkg.relate.roles_context._STATE_HEADS`).
_STATE_TITLES = ("外长", "外相", "国务卿", "防长", "财长")

#: Other posts joined by 、 between the title and the name (该市副市长、公安局局长王明): at most this many letters.
_MAX_CHAIN = 14

#: What may not stand in such a chain: a clause's end.
_CHAIN_BREAK = re.compile(r"[，,。；;：:！？!?\n（(]")


def read_place_anaphor_heads(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """Each place anaphor + title + name: the title of the place the anaphor stands for (see the module)."""
    simplified = ctx.simplified
    if "该" not in simplified:
        return []
    spots = []
    for anaphor in _ANAPHOR.finditer(simplified):
        at = anaphor.end()
        former_at = at + (simplified[at : at + 1] in ("前", "原"))
        title = _title_at(ctx, former_at, _KINDS[anaphor.group()])
        if title is not None:
            spots.append((anaphor, former_at, title))
    if not spots:
        return []
    held = {(r.source, r.role_simplified) for r in found}
    starting = {m.start: m for m in ctx.mentions if m.label is Label.PERSON}
    out = []
    for anaphor, former_at, title in spots:
        kind = _KINDS[anaphor.group()]
        person = _person_after(ctx, starting, former_at + len(title))
        place = _place_before(ctx, anaphor.start(), kind) if person is not None else None
        if place is None:
            continue
        source = _owner_of(ctx, person)
        if (source, title) in held:
            continue
        held.add((source, title))
        out.append(ctx.relation(source, ctx.owner[place], RelationKind.HOLDS_ROLE, anaphor.start(), person.end,
                                ctx.text[former_at : former_at + len(title)], former=_former(ctx, former_at)))
    return out


def _title_at(ctx: RelationContext, at: int, kind: str) -> str | None:
    """The longest title a place holds starting at ``at`` that is the anaphor's kind's, or ``None``."""
    simplified = ctx.simplified
    if kind:
        titles = [w for w in ctx.lexicon.place_roles if kind in w and simplified.startswith(w, at)]
    else:
        words = {*_STATE_HEADS, *_STATE_TITLES} | {w for w in ctx.lexicon.place_roles if w.endswith("大臣")}
        titles = [w for w in words if simplified.startswith(w, at)]
    return max(titles, key=len) if titles else None


def _person_after(ctx: RelationContext, starting: dict[int, Mention], end: int) -> Mention | None:
    """The person right after the title, or after 、 and other posts ending in a title right before the name."""
    simplified = ctx.simplified
    if end in starting:
        return starting[end]
    if simplified[end : end + 1] != "、":
        return None
    for k in range(end + 2, min(end + 1 + _MAX_CHAIN, len(simplified))):
        if _CHAIN_BREAK.match(simplified, k - 1):
            return None
        if k in starting:
            return starting[k] if ctx.lexicon.role_ending(simplified, k) else None
    return None


def _place_before(ctx: RelationContext, at: int, kind: str) -> Mention | None:
    """The last mention of the one place of ``kind`` (a name ending in it, or a state for 该国) named in the
    anaphor's sentence or the two before, or ``None``."""
    i = bisect_right(ctx.sentences, (at, len(ctx.simplified))) - 1
    since = ctx.sentences[max(i - _ANAPHOR_SENTENCES, 0)][0] if i >= 0 else 0
    fitting = [m for m in ctx.of(Label.PLACE) if since <= m.start and m.end <= at and m in ctx.owner
               and (_is_state(m) if not kind else m.name.endswith(kind))]
    return fitting[-1] if fitting and len({ctx.owner[m] for m in fitting}) == 1 else None
