"""Build the knowledge graph: records -> a networkx ``MultiDiGraph``.

Nodes are entities and documents; edges are relations, each with a unique key
that is also its ``id`` attribute (Gephi drops edges with repeated ids). Every
attribute is a str, int, float or bool, never ``None``, a list or a dict, so
GraphML and JSON take the graph as it is. Node colours come from each
entity type's registration (:func:`zhkg.registry.label_colour`). Nodes and edges are inserted in a
sorted order, so the same records always give the same bytes.

Every edge has a ``date``: its document's, ISO ``YYYY-MM-DD``, or empty when
that is not known. A relation is one edge per (ends, kind, role, document);
co-mentions and an organisation's place are one edge per pair for the whole
corpus (:func:`build_graph`), whose ``date`` is the earliest document's and
``date_last`` the latest's, so a question bounded in time can tell an edge
seen again after a bound from one last seen before it.
"""

from __future__ import annotations

import bisect
import copy
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from zhkg.records import Document, Entity, Label, Relation, RelationKind
from zhkg.registry import label_colour
from zhkg.stages.documents import metadata_extras
from zhkg.stages.normalise import to_simplified
from zhkg.text import iso_date

if TYPE_CHECKING:  # imported where a graph is built: worker processes never need networkx (0.1 s to import)
    import networkx as nx

__all__ = ["ACROSS_DOCUMENTS", "build_graph", "graph_of", "EdgeTally", "add_relation", "edge_key", "relation_sort_key", "document_node_id", "metadata_attribute", "metadata_type", "type_metadata", "METADATA_PREFIX",
           "MAX_EDGE_DOC_IDS"]

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
        "type": sys.intern(e.label.value),  # .value makes a new str each time: one per graph
        "name_simplified": e.name,
        "aliases": "|".join(e.aliases),
        "mentions": e.n_mentions,
        "documents": e.n_documents,
        "r": r,
        "g": g,
        "b": b,
        "size": _size(e.n_mentions),
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
    attrs: dict[str, object] = {
        "label": title,
        "type": sys.intern(Label.DOCUMENT.value),
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
    if d.date_text:  # a date not read: ``date`` stays ISO or empty, for the timeline and --since/--until
        attrs["date_text"] = d.date_text
    for name, value in metadata_extras(d):  # prefixed, so a column named type or size cannot clash
        attrs.setdefault(metadata_attribute(name), value)
    return attrs


#: The prefix of a document node's attributes that hold its input's other metadata (``meta_category``).
METADATA_PREFIX = "meta_"


# A run of characters an XML name may not hold, or that are no letter or digit: an attribute name is an NMTOKEN in
# GraphML's schema (``attr.name``) and GEXF's, and ``:`` types a column in a Neo4j CSV header. Kept: ASCII letters,
# digits, ``_ . -``, and letters and digits XML 1.0 (fifth edition) allows in names (Han, kana, Cyrillic…).
_NOT_IN_NAME = re.compile(r"(?:[^\w.\-]|[\u0080-\u00bf\u00d7\u00f7\u037e\u2000-\u200b\u200e-\u203e\u2041-\u206f"
                          r"\u2190-\u2bff\u2ff0-\u3000\ud800-\uf8ff\ufdd0-\ufdef\ufffe\uffff\U000f0000-\U0010ffff])+")


def metadata_attribute(name: str) -> str:
    """The document node attribute of a metadata field: ``meta_`` and its name, each run of blanks or of characters
    an XML name cannot hold (``& / ( ) : #``…) as one ``_``, none at either end: a name a strict GraphML or GEXF
    reader accepts, the same in every output.

    >>> metadata_attribute("category"), metadata_attribute(" news  url "), metadata_attribute("type")
    ('meta_category', 'meta_news_url', 'meta_type')
    >>> metadata_attribute("pub date"), metadata_attribute("views (万)"), metadata_attribute("a:b&c"), metadata_attribute("_id²")
    ('meta_pub_date', 'meta_views_万', 'meta_a_b_c', 'meta__id')
    """
    return METADATA_PREFIX + _name_parts(name)


def _name_parts(name: str) -> str:
    return "_".join(part for part in _NOT_IN_NAME.split(name) if part)


def xml_attribute_name(name: str) -> str:
    """``name`` as a strict GraphML reader takes an attribute's name (``attr.name`` is an NMTOKEN), by the rule of
    :func:`metadata_attribute`: each run of blanks or of characters an XML name cannot hold as one ``_``, none at
    either end; ``_`` when nothing is left. A name zhkg gives (``label``, ``name_simplified``, ``meta_views_万``)
    is its own.

    >>> xml_attribute_name("my score"), xml_attribute_name("views (万)"), xml_attribute_name("label"), xml_attribute_name("()")
    ('my_score', 'views_万', 'label', '_')
    """
    return _name_parts(name) or "_"


_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]{0,17})")  # fits a GraphML long; no leading 0 (a code such as 010 stays text)
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")


def metadata_type(values: Iterable[str]) -> type | None:
    """The type a metadata column's values all have, written as they are: ``bool`` (``true``/``false``), ``int`` or
    ``float``; ``None`` for text. A value is a number only when the number gives its text back (not ``010`` or
    ``1.50``), so nothing a column says is lost.

    >>> metadata_type(["3", "-12"]), metadata_type(["3", "2.5"]), metadata_type(["true", "false"])
    (<class 'int'>, <class 'float'>, <class 'bool'>)
    >>> metadata_type(["3", "010"]), metadata_type(["1.50"]), metadata_type(["3", "n/a"]), metadata_type([])
    (None, None, None, None)
    """
    values = list(values)
    if not values:
        return None
    if all(v in ("true", "false") for v in values):
        return bool
    if all(_INTEGER.fullmatch(v) for v in values):
        return int
    if all(_INTEGER.fullmatch(v) or (_DECIMAL.fullmatch(v) and repr(float(v)) == v) for v in values):
        return float
    return None


def type_metadata(G: nx.MultiDiGraph, declared: Mapping[tuple[str, str], str] | None = None) -> None:
    """Type the documents' ``meta_`` attributes whose every value is a number (or true/false) as such, in place:
    an input's ``views`` or ``year`` then sizes, ranks and filters nodes in Gephi as GraphML ``long``/``double``.

    ``declared[(node, attribute)]`` is the JSON type a JSON line gave a value (``int``, ``float``, ``bool``,
    ``str``: ``Document.metadata_types``); such a value is what the file says, not what its text looks like: a JSON
    string "12" keeps its column text, and a column holding numbers and strings (or true and 1) is text throughout,
    one type a column as GraphML keys are. A value of a table (no declared type) is typed by its text.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("doc:a", meta_views="12", meta_url="http://a"); G.add_node("doc:b", meta_views="7")
    >>> type_metadata(G); G.nodes["doc:a"]["meta_views"], G.nodes["doc:b"]["meta_views"], G.nodes["doc:a"]["meta_url"]
    (12, 7, 'http://a')
    >>> G = nx.MultiDiGraph(); G.add_node("doc:a", meta_zip="100"); G.add_node("doc:b", meta_zip="200")
    >>> type_metadata(G, {("doc:a", "meta_zip"): "str", ("doc:b", "meta_zip"): "int"}); G.nodes["doc:b"]["meta_zip"]
    '200'
    """
    declared = declared or {}
    columns: dict[str, list[tuple[dict, str, str]]] = {}
    for node, attrs in G.nodes(data=True):
        for name, value in attrs.items():
            if name.startswith(METADATA_PREFIX) and isinstance(value, str):
                columns.setdefault(name, []).append((attrs, value, declared.get((node, name), "")))
    for name, cells in columns.items():
        kind = _column_type(cells)
        for attrs, value, _ in cells if kind is not None else ():
            attrs[name] = value == "true" if kind is bool else kind(value)


_DECLARED: dict[str, type] = {"int": int, "float": float, "bool": bool}


def _column_type(cells: list[tuple[dict, str, str]]) -> type | None:
    """The one type of a metadata column's cells (value, declared JSON type or ""), or ``None``: text."""
    kinds = set()
    if undeclared := [value for _, value, said in cells if not said]:
        kinds.add(metadata_type(undeclared))
    kinds |= {_DECLARED.get(said) for _, _, said in cells if said}
    if len(kinds) == 1:
        return kinds.pop()
    return float if kinds == {int, float} else None


def relation_sort_key(rel: Relation) -> tuple:
    """The order of relations: ends, kind, document, offsets, role."""
    ev = rel.evidence
    return (rel.source, rel.target, rel.kind.value, ev.doc_id, ev.start, ev.end, rel.role)


#: Relations that are one edge across documents, with the documents listed (``doc_ids``): co-mentions of
#: a pair, and where an organisation is (a fact of the body, not of one report about it). Every other
#: relation is an edge per document, for its evidence and date.
ACROSS_DOCUMENTS = frozenset({RelationKind.CO_MENTIONED, RelationKind.LOCATED_IN})


def edge_key(rel: Relation) -> tuple:
    """What makes two relations one edge: co-mentions of a pair, or an organisation's place, are one edge
    across documents."""
    if rel.kind is RelationKind.CO_MENTIONED:
        source, target = sorted((rel.source, rel.target))
        return (source, target, rel.kind.value, "", "")
    if rel.kind in ACROSS_DOCUMENTS:
        return (rel.source, rel.target, rel.kind.value, "", "")
    return (rel.source, rel.target, rel.kind.value, rel.role_simplified, rel.evidence.doc_id)


def build_graph(documents: list[Document], entities: list[Entity], relations: list[Relation], *,
                co_mention_min_weight: int = 1) -> nx.MultiDiGraph:
    """A MultiDiGraph of documents, entities and relations.

    Duplicate relations (same ends, kind, role and document) are kept once; the
    number of times they were read becomes the edge ``weight``. CO_MENTIONED
    relations are summed over the whole corpus instead: one edge per pair, from
    the smaller id to the larger, whose ``weight`` is the number of sentences
    naming both, ``doc_ids`` the documents (``|``-joined, the first
    :data:`MAX_EDGE_DOC_IDS`), ``doc_weights`` how many sentences each gave
    (``|``-joined in the same order; written only when the weight is not the
    number of documents, so a slice in time can give the range's weight),
    evidence the first sentence, ``date`` the
    earliest and ``date_last`` the latest; pairs seen in fewer than ``co_mention_min_weight`` sentences are
    left out.

    >>> from zhkg.records import Entity, Evidence
    >>> people = [Entity(i, Label.PERSON, i[2:], i[2:]) for i in ("p:甲", "p:乙")]
    >>> seen = [("d2", 0, "2021-03-01"), ("d1", 0, "2021-01-05"), ("d1", 9, "2021-01-05")]
    >>> co = [Relation("p:甲", "p:乙", RelationKind.CO_MENTIONED, Evidence(doc, "甲乙。", at, at + 2, date))
    ...       for doc, at, date in seen]
    >>> G = build_graph([], people, co, co_mention_min_weight=2)
    >>> [(u, v, d["weight"], d["doc_ids"], d["doc_weights"], d["date"], d["date_last"]) for u, v, d in G.edges(data=True)]
    [('p:乙', 'p:甲', 3.0, 'd1|d2', '2|1', '2021-01-05', '2021-03-01')]
    >>> build_graph([], people, co, co_mention_min_weight=4).number_of_edges()
    0
    """
    dates = {d.id: iso_date(d.date) for d in documents}
    edges: dict[tuple, EdgeTally] = {}
    for rel in relations:
        add_relation(edges, rel, rel.evidence.date or dates.get(rel.evidence.doc_id, ""))
    return graph_of(documents, entities, edges.values(), co_mention_min_weight=co_mention_min_weight)


class EdgeTally:
    """The relations of one edge (:func:`edge_key`), kept as they arrive instead of the relations themselves.

    How many were read, the first by :func:`relation_sort_key` (its evidence is
    the edge's), the earliest and the latest date, and for co-mentions the smallest
    :data:`MAX_EDGE_DOC_IDS` document ids and how many relations each gave (``doc_counts``, in the same
    order): both lists for a kind of :data:`ACROSS_DOCUMENTS`, both ``None`` for any other, never one without the
    other. Tallies combine (:meth:`merged`) in
    any order and grouping: the first relation is the smallest, ties kept by
    whichever came first (they can only be two relations of one document, read in one place).
    """

    __slots__ = ("first", "count", "date", "last", "doc_ids", "doc_counts")

    def __init__(self, rel: Relation, date: str) -> None:
        self.first = rel
        self.count = 1
        self.date = date
        self.last = date
        across = rel.kind in ACROSS_DOCUMENTS
        self.doc_ids: list[str] | None = [rel.evidence.doc_id] if across else None
        self.doc_counts: list[int] | None = [1] if across else None

    def add(self, rel: Relation, date: str) -> None:
        """One more relation of this edge, dated ``date`` (its own or its document's)."""
        self.count += 1
        first = self.first
        if rel.source == first.source and rel.target == first.target:  # the usual case: compare the evidence
            ev, fe = rel.evidence, first.evidence
            if (ev.doc_id, ev.start, ev.end, rel.role) < (fe.doc_id, fe.start, fe.end, first.role):
                self.first = rel
        elif relation_sort_key(rel) < relation_sort_key(first):
            self.first = rel
        if date and (not self.date or date < self.date):
            self.date = date
        if date > self.last:
            self.last = date
        if self.doc_ids is not None:
            doc = rel.evidence.doc_id
            counts = self.doc_counts
            at = bisect.bisect_left(self.doc_ids, doc)
            if at < len(self.doc_ids) and self.doc_ids[at] == doc:
                counts[at] += 1
            elif at < MAX_EDGE_DOC_IDS:
                self.doc_ids.insert(at, doc)
                counts.insert(at, 1)
                del self.doc_ids[MAX_EDGE_DOC_IDS:]
                del counts[MAX_EDGE_DOC_IDS:]

    def merged(self, other: EdgeTally) -> EdgeTally:
        """A new tally of both."""
        out = copy.copy(self)
        out.count = self.count + other.count
        if relation_sort_key(other.first) < relation_sort_key(out.first):
            out.first = other.first
        out.date = min((d for d in (self.date, other.date) if d), default="")
        out.last = max(self.last, other.last)
        if self.doc_ids is not None:  # one edge's tallies: the other's lists too
            counts = Counter(dict(zip(self.doc_ids, self.doc_counts)))
            counts.update(dict(zip(other.doc_ids, other.doc_counts)))
            out.doc_ids = sorted(counts)[:MAX_EDGE_DOC_IDS]
            out.doc_counts = [counts[doc] for doc in out.doc_ids]
        return out

    def renamed(self, first: Relation) -> EdgeTally:
        """This tally with ``first`` (this one's first relation with new ends) as its first."""
        out = copy.copy(self)
        out.first = first
        if self.doc_ids is not None:  # lists of its own: :meth:`add` changes them in place
            out.doc_ids, out.doc_counts = list(self.doc_ids), list(self.doc_counts)
        return out


def _drained(items: list) -> Iterator:
    """The items of ``items``, last first, each removed as it is given."""
    while items:
        yield items.pop()


def add_relation(edges: dict[tuple, EdgeTally], rel: Relation, date: str, key: tuple | None = None) -> None:
    """Count ``rel`` into the tally of its edge in ``edges`` (under ``key``, default :func:`edge_key`)."""
    key = edge_key(rel) if key is None else key
    tally = edges.get(key)
    if tally is None:
        edges[key] = EdgeTally(rel, date)
    else:
        tally.add(rel, date)


def _doc_weights(tally: EdgeTally) -> str:
    """How many times each listed document gave the edge, ``|``-joined as ``doc_ids``, when that is not already
    said: more than one document, not a list cut at :data:`MAX_EDGE_DOC_IDS` (its counts are not all known),
    and a weight other than the number of documents (else each gave it once); otherwise empty."""
    docs, counts = tally.doc_ids or [], tally.doc_counts or []  # no lists: a kind not across documents
    if len(docs) < 2 or sum(counts) != tally.count or tally.count == len(docs):
        return ""
    return "|".join(str(n) for n in counts)


def graph_of(documents: Iterable[Document], entities: Iterable[Entity], edges: Iterable[EdgeTally], *,
             co_mention_min_weight: int = 1) -> nx.MultiDiGraph:
    """The graph of documents, entities and the tallied edges (:func:`build_graph` from tallies).

    A list of tallies is emptied as the graph is built, so the tallies and the graph are not all held at once.
    """
    import networkx as nx

    G = nx.MultiDiGraph()
    declared: dict[tuple[str, str], str] = {}
    for d in sorted(documents, key=lambda d: d.id):
        node = document_node_id(d.id)
        G.add_node(node, **_document_attributes(d))
        for name, kind in d.metadata_types:  # the first of two names one attribute stands for, as its value is
            declared.setdefault((node, metadata_attribute(name)), kind)
    type_metadata(G, declared)
    for e in sorted(entities, key=lambda e: e.id):
        G.add_node(e.id, **_entity_attributes(e))
    kept = []
    for tally in _drained(edges) if isinstance(edges, list) else edges:
        first = tally.first
        if first.source not in G or first.target not in G:
            continue
        doc_ids = None
        if first.kind in ACROSS_DOCUMENTS:
            doc_ids = "|".join(tally.doc_ids or ())
            doc_weights = _doc_weights(tally)
        if first.kind is RelationKind.CO_MENTIONED:
            if tally.count < co_mention_min_weight:
                continue
            source, target = sorted((first.source, first.target))
            first = replace(first, source=source, target=target)
        if doc_ids is not None:
            doc_ids = (doc_ids, doc_weights)
        kept.append((relation_sort_key(first), first, tally.count, tally.date, doc_ids, tally.last))
    kept.sort(key=lambda e: e[0])
    kept.reverse()
    n = -1
    while kept:  # smallest first, each dropped once it is an edge
        _, rel, count, date, doc_ids, last = kept.pop()
        n += 1
        attrs = {} if doc_ids is None else {"doc_ids": doc_ids[0], "date_last": last}
        if doc_ids is not None and doc_ids[1]:
            attrs["doc_weights"] = doc_ids[1]
        edge_id = f"e{n:06d}"
        ev = rel.evidence
        G.add_edge(
            rel.source,
            rel.target,
            key=edge_id,
            id=edge_id,
            label=sys.intern(rel.kind.value),
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
