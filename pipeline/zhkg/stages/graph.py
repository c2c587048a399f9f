"""Build the knowledge graph: records -> a networkx ``MultiDiGraph``.

Nodes are entities and documents; edges are relations, each with a unique key
that is also its ``id`` attribute (Gephi drops edges with repeated ids). Every
attribute is a str, int, float or bool, never ``None``, a list or a dict, so
GraphML and JSON take the graph as it is. Node colours come from each
entity type's registration (:func:`zhkg.registry.label_colour`). Nodes and edges are inserted in a
sorted order, so the same records always give the same bytes.
"""

from __future__ import annotations

import math

import networkx as nx

from zhkg.records import Document, Entity, Label, Relation
from zhkg.registry import label_colour
from zhkg.stages.normalise import to_simplified

__all__ = ["build_graph", "document_node_id"]

def document_node_id(doc_id: str) -> str:
    """Node id of a document.

    >>> document_node_id("seed#related-01")
    'doc:seed#related-01'
    """
    return f"doc:{doc_id}"


def _size(mentions: int) -> float:
    return round(10.0 + 6.0 * math.sqrt(mentions), 2)


def _entity_attributes(e: Entity) -> dict[str, object]:
    r, g, b = label_colour(e.label)
    attrs: dict[str, object] = {
        "label": e.display,
        "type": e.label.value,
        "name_simplified": e.name,
        "aliases": "|".join(e.aliases),
        "mentions": len(e.mentions),
        "documents": len(e.doc_ids),
        "r": r,
        "g": g,
        "b": b,
        "size": _size(len(e.mentions)),
    }
    if e.merged_because:
        attrs["merged_because"] = e.merged_because
    if e.code:
        attrs["code"] = e.code
    if e.parent_code:
        attrs["parent_code"] = e.parent_code
    q = e.quantity
    if q is not None:
        attrs.update(
            value=float(q.value),
            counted=q.counted,
            counted_simplified=q.counted_simplified,
            classifier=q.classifier,
            approximate=bool(q.approximate),
            gloss=q.gloss,
            counted_full=q.counted_full or q.counted,
        )
    return attrs


def _document_attributes(d: Document) -> dict[str, object]:
    r, g, b = label_colour(Label.DOCUMENT)
    title = d.title or d.id
    return {
        "label": title,
        "type": Label.DOCUMENT.value,
        "name_simplified": to_simplified(title),
        "aliases": d.id,
        "mentions": 0,
        "documents": 1,
        "r": r,
        "g": g,
        "b": b,
        "size": 14.0,
        "doc_id": d.id,
        "title": d.title,
        "date": d.date,
        "source": d.source,
        "kind": d.kind,
        "parent_doc": d.parent_id,
    }


def _relation_sort_key(rel: Relation) -> tuple:
    ev = rel.evidence
    return (rel.source, rel.target, rel.kind.value, ev.doc_id, ev.start, ev.end, rel.role)


def build_graph(documents: list[Document], entities: list[Entity], relations: list[Relation]) -> nx.MultiDiGraph:
    """A MultiDiGraph of documents, entities and relations.

    Duplicate relations (same ends, kind, role and document) are kept once; the
    number of times they were read becomes the edge ``weight``.
    """
    G = nx.MultiDiGraph()
    for d in sorted(documents, key=lambda d: d.id):
        G.add_node(document_node_id(d.id), **_document_attributes(d))
    for e in sorted(entities, key=lambda e: e.id):
        G.add_node(e.id, **_entity_attributes(e))

    merged: dict[tuple, tuple[Relation, int]] = {}
    for rel in sorted(relations, key=_relation_sort_key):
        key = (rel.source, rel.target, rel.kind.value, rel.role_simplified, rel.evidence.doc_id)
        if key in merged:
            first, n = merged[key]
            merged[key] = (first, n + 1)
        else:
            merged[key] = (rel, 1)
    for n, (rel, count) in enumerate(sorted(merged.values(), key=lambda rc: _relation_sort_key(rc[0]))):
        if rel.source not in G or rel.target not in G:
            continue
        edge_id = f"e{n:06d}"
        ev = rel.evidence
        G.add_edge(
            rel.source,
            rel.target,
            key=edge_id,
            id=edge_id,
            label=rel.kind.value,
            role=rel.role,
            role_simplified=rel.role_simplified,
            evidence=ev.sentence,
            doc_id=ev.doc_id,
            evidence_start=ev.start,
            evidence_end=ev.end,
            weight=float(count),
        )
    return G
