"""Build the knowledge graph: records -> a networkx ``MultiDiGraph``.

Nodes are entities and documents; edges are relations, each with a unique key
that is also its ``id`` attribute (Gephi drops edges with repeated ids). Every
attribute is a str, int, float or bool, never ``None``, a list or a dict, so
GraphML and JSON take the graph as it is. Node colours come from each
entity type's registration (:func:`zhkg.registry.label_colour`). Nodes and edges are inserted in a
sorted order, so the same records always give the same bytes.

Every edge has a ``date``: its document's, ISO ``YYYY-MM-DD``, or empty when
that is not known. A relation is one edge per (ends, kind, role, document);
co-mentions are one edge per pair for the whole corpus (:func:`build_graph`).
"""

from __future__ import annotations

import math
from dataclasses import replace

import networkx as nx

from zhkg.records import Document, Entity, Label, Relation, RelationKind
from zhkg.registry import label_colour
from zhkg.stages.normalise import to_simplified
from zhkg.text import iso_date

__all__ = ["build_graph", "document_node_id", "MAX_EDGE_DOC_IDS"]

#: At most this many document ids are listed in a co-mention edge's ``doc_ids``.
MAX_EDGE_DOC_IDS = 50

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


def _edge_key(rel: Relation) -> tuple:
    """What makes two relations one edge: co-mentions of a pair are one edge across documents."""
    if rel.kind is RelationKind.CO_MENTIONED:
        source, target = sorted((rel.source, rel.target))
        return (source, target, rel.kind.value, "", "")
    return (rel.source, rel.target, rel.kind.value, rel.role_simplified, rel.evidence.doc_id)


def build_graph(documents: list[Document], entities: list[Entity], relations: list[Relation], *,
                co_mention_min_weight: int = 1) -> nx.MultiDiGraph:
    """A MultiDiGraph of documents, entities and relations.

    Duplicate relations (same ends, kind, role and document) are kept once; the
    number of times they were read becomes the edge ``weight``. CO_MENTIONED
    relations are summed over the whole corpus instead: one edge per pair, from
    the smaller id to the larger, whose ``weight`` is the number of sentences
    naming both, ``doc_ids`` the documents (``|``-joined, the first
    :data:`MAX_EDGE_DOC_IDS`), evidence the first sentence and ``date`` the
    earliest; pairs seen in fewer than ``co_mention_min_weight`` sentences are
    left out.

    >>> from zhkg.records import Entity, Evidence
    >>> people = [Entity(i, Label.PERSON, i[2:], i[2:]) for i in ("p:甲", "p:乙")]
    >>> seen = [("d2", 0, "2021-03-01"), ("d1", 0, "2021-01-05"), ("d1", 9, "2021-01-05")]
    >>> co = [Relation("p:甲", "p:乙", RelationKind.CO_MENTIONED, Evidence(doc, "甲乙。", at, at + 2, date))
    ...       for doc, at, date in seen]
    >>> G = build_graph([], people, co, co_mention_min_weight=2)
    >>> [(u, v, d["weight"], d["doc_ids"], d["date"]) for u, v, d in G.edges(data=True)]
    [('p:乙', 'p:甲', 3.0, 'd1|d2', '2021-01-05')]
    >>> build_graph([], people, co, co_mention_min_weight=4).number_of_edges()
    0
    """
    G = nx.MultiDiGraph()
    for d in sorted(documents, key=lambda d: d.id):
        G.add_node(document_node_id(d.id), **_document_attributes(d))
    for e in sorted(entities, key=lambda e: e.id):
        G.add_node(e.id, **_entity_attributes(e))
    dates = {d.id: iso_date(d.date) for d in documents}

    merged: dict[tuple, list[Relation]] = {}
    for rel in sorted(relations, key=_relation_sort_key):
        merged.setdefault(_edge_key(rel), []).append(rel)
    edges = []
    for key, rels in merged.items():
        first = rels[0]
        if first.source not in G or first.target not in G:
            continue
        when = [rel.evidence.date or dates.get(rel.evidence.doc_id, "") for rel in rels]
        attrs: dict[str, object] = {}
        if first.kind is RelationKind.CO_MENTIONED:
            if len(rels) < co_mention_min_weight:
                continue
            doc_ids = sorted({rel.evidence.doc_id for rel in rels})
            attrs["doc_ids"] = "|".join(doc_ids[:MAX_EDGE_DOC_IDS])
            first = replace(first, source=key[0], target=key[1])
        edges.append((first, len(rels), min((d for d in when if d), default=""), attrs))
    for n, (rel, count, date, attrs) in enumerate(sorted(edges, key=lambda e: _relation_sort_key(e[0]))):
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
            date=date,
            **attrs,
            **({"former": True} if rel.former else {}),  # only where true: most relations are current
            **({"relation_zh": rel.relation_zh} if rel.relation_zh else {}),  # learned relations only
            **({"confidence": rel.confidence} if rel.confidence is not None else {}),
        )
    return G
