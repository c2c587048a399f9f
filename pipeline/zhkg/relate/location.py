"""Location: an organisation is LOCATED_IN the place its canonical name starts with
(:func:`read_location`); a coded place is WITHIN its nearest ancestor that is also
an entity of the run (:func:`relate_places`, across documents).
"""

from __future__ import annotations

from zhkg.records import Entity, Evidence, Label, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.resources.gazetteer import Gazetteer

__all__ = ['read_location', 'relate_places']


def read_location(ctx: RelationContext) -> list[Relation]:
    """An organisation is located in the place its canonical name starts with, or its name as written
    (石家庄警察护跑团, whose canonical name keeps the short form 石家庄: in 石家庄市)."""
    places: dict[str, str] = {}
    for m in ctx.mentions:
        if m.label is Label.PLACE and m.canonical:
            places.setdefault(m.canonical, ctx.owner[m])
    for m in ctx.mentions:  # the short forms after the full names: a full name wins the same prefix
        if m.label is Label.PLACE and m.canonical:
            places.setdefault(m.simplified, ctx.owner[m])
    out = []
    for m in ctx.mentions:
        if m.label is not Label.ORGANIZATION:
            continue
        best = max((p for p in places if len(p) < len(m.canonical)
                    and (m.canonical.startswith(p) or m.simplified.startswith(p))), key=len, default=None)
        if best is not None:
            out.append(ctx.relation(ctx.owner[m], places[best], RelationKind.LOCATED_IN, m.start, m.end))
    return out


def relate_places(entities: list[Entity], gazetteer: Gazetteer) -> list[Relation]:
    """Each coded place WITHIN its nearest ancestor that is also an entity."""
    by_code = {e.code: e for e in entities if e.label is Label.PLACE and e.code}
    out = []
    for e in sorted(by_code.values(), key=lambda e: e.id):
        ancestor = next((a for a in gazetteer.ancestors(e.code) if a.code in by_code), None)
        if ancestor is None:
            continue
        m = e.mentions[0]
        out.append(
            Relation(
                source=e.id,
                target=by_code[ancestor.code].id,
                kind=RelationKind.WITHIN,
                evidence=Evidence(doc_id=m.doc_id, sentence=f"{e.name} ⊂ {ancestor.name} (gazetteer)", start=m.start, end=m.end),
            )
        )
    return out
