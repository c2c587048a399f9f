"""Questions users script against a zhkg graph: roles, counts, documents, paths.

:func:`load_graph` reads a GraphML or node-link JSON file written by ``zhkg
extract`` into a :class:`KnowledgeGraph`, whose methods answer with tuples of
frozen dataclasses holding only str, int, float and bool (and other such
records), so results compare, print and ``dataclasses.asdict`` into JSON as they
are. Every relation carries its :class:`~zhkg.records.Evidence`: the
document, the sentence and the character span it was read from.

Names are looked up by :class:`~zhkg.query.names.NameIndex`: label or Simplified
name, any alias, in either script, or toneless pinyin (``Yan Weihong``). An
unknown name raises :class:`~zhkg.errors.UnknownNameError` (a
``LookupError``) that lists the closest names.

Results come in reading order: by document, then position in it, so the roles
of one sentence (區政協黨組書記、主席閆維洪) keep the sentence's order.

Layout (tidy156): the records answered with are in :mod:`zhkg.query.results`, the views questions go through (a graph
in memory, a dated range) and the shortest path in :mod:`zhkg.query.graph_views`, reading a graph file in
:mod:`zhkg.query.graph_files`; :class:`KnowledgeGraph`, :func:`load_graph` and the questions stay here.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import networkx as nx

from zhkg.errors import GraphFileError, NoPathError, NotADocumentError, NotAnEntityError, QueryError
from zhkg.query.graph_files import _OTHER_OUTPUTS, _read_graph
from zhkg.query.graph_views import _DatedView, _NetworkxView, _shortest_path
from zhkg.query.index import GraphIndex
from zhkg.query.names import NameIndex, UnknownNameError, best_node
from zhkg.query.results import Count, DocumentRef, EntityRef, Found, Neighbour, Role, Step
from zhkg.records import Evidence, Label, RelationKind
from zhkg.stages.graph import MAX_EDGE_DOC_IDS, METADATA_PREFIX, document_node_id
from zhkg.text import iso_date

__all__ = [
    "GraphFileError",
    "NoPathError",
    "QueryError",
    "UnknownNameError",
    "EntityRef",
    "DocumentRef",
    "Found",
    "Role",
    "Count",
    "Neighbour",
    "Step",
    "KnowledgeGraph",
    "load_graph",
    "QUESTIONS",
    "ask",
    "question_arguments",
]

_TYPE_ORDER = {label.value: n for n, label in enumerate(Label.all())}
#: The built-in relation kinds, in their order. Not ``RelationKind.all()`` at import: that also held the kinds a
#: learned model or plug-in had defined by then, so an extraction run earlier in the process changed which
#: ``--kind`` values were refused and how neighbours were sorted.
_KIND_ORDER = {kind.value: n for n, kind in enumerate((
    RelationKind.HOLDS_ROLE, RelationKind.MEMBER_OF, RelationKind.LOCATED_IN, RelationKind.WITHIN, RelationKind.HAS_COUNT,
    RelationKind.AUTHOR_OF, RelationKind.PUBLISHED, RelationKind.MENTIONED_IN, RelationKind.CO_MENTIONED))}
_ROLE_KINDS = (RelationKind.HOLDS_ROLE.value, RelationKind.MEMBER_OF.value)


def _int(value: object) -> int:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0


def _true(value: object) -> bool:
    """A boolean attribute as GraphML readers give it: ``True``, or the text ``true``/``1`` (any case)."""
    return value is True or (isinstance(value, str) and value.strip().lower() in ("true", "1"))


def _evidence(data: dict) -> Evidence:
    return Evidence(str(data.get("doc_id", "")), str(data.get("evidence", "")), _int(data.get("evidence_start")),
                    _int(data.get("evidence_end")), str(data.get("date", "") or ""))


def _weight(attrs: dict) -> float:
    weight = attrs.get("weight", 1.0)
    return float(weight) if isinstance(weight, (int, float)) and not isinstance(weight, bool) else 1.0


def _doc_ids(attrs: dict) -> tuple[str, ...]:
    return tuple(doc for doc in str(attrs.get("doc_ids", "") or "").split("|") if doc)


def _doc_weights(attrs: dict, documents: int) -> list[int] | None:
    """How many times each of an edge's ``documents`` listed documents gave it: its ``doc_weights``, else one each
    when its weight is their number (one document: its weight); ``None`` when that is not known (a graph written
    before ``doc_weights``)."""
    weights = str(attrs.get("doc_weights", "") or "").split("|")
    if len(weights) == documents and all(w.isdigit() for w in weights):
        return [int(w) for w in weights]
    weight = attrs.get("weight", 1)
    if documents == 1 and isinstance(weight, (int, float)):
        return [int(weight)]
    return [1] * documents if weight == documents else None


def _checked_date(value: str | datetime.date | None, what: str) -> str:
    """A bound of :meth:`KnowledgeGraph.between` as ISO ``YYYY-MM-DD``; empty for ``None`` (no bound).

    A ``datetime.date`` or ``datetime.datetime`` is its day; text is read as the command line reads
    ``--since``. Anything else, a blank string too, is no date: :class:`QueryError`, as the command
    line refuses it.

    >>> _checked_date(datetime.date(2020, 12, 1), "since"), _checked_date("2020年12月1日", "since")
    ('2020-12-01', '2020-12-01')
    >>> _checked_date(20201201, "until")
    Traceback (most recent call last):
    ...
    zhkg.errors.QueryError: until must be a date such as 2020-12-22, not 20201201
    """
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()[:10]
    date = iso_date(value) if isinstance(value, str) else ""
    if not date:
        raise QueryError(f"{what} must be a date such as 2020-12-22, not {value!r}")
    return date


def _position(sentence: str, *texts: str) -> int:
    """Where the first of ``texts`` appears in ``sentence``; unfound sorts last."""
    for text in texts:
        if text and (i := sentence.find(text)) >= 0:
            return i
    return len(sentence)


class KnowledgeGraph:
    """Questions over a zhkg graph (a networkx ``MultiDiGraph``).

    Parameters
    ----------
    G
        The graph, as :func:`zhkg.stages.graph.build_graph` makes it or
        :func:`load_graph` reads it.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p", label="閆維洪", type="PERSON", name_simplified="闫维洪", aliases="閆維洪|闫维洪", mentions=2)
    >>> G.add_node("o", label="平谷區政協", type="ORGANIZATION", name_simplified="平谷区政协", aliases="區政協")
    >>> _ = G.add_edge("p", "o", key="e1", label="HOLDS_ROLE", role="主席", role_simplified="主席",
    ...                evidence="區政協主席閆維洪", doc_id="d", evidence_start=0, evidence_end=8)
    >>> kg = KnowledgeGraph(G)
    >>> [(r.person.label, r.role) for r in kg.people_of("平谷区政协")]
    [('閆維洪', '主席')]
    >>> [(r.organisation.label, r.evidence.sentence) for r in kg.roles_of("Yan Weihong")]
    [('平谷區政協', '區政協主席閆維洪')]
    """

    #: The date range of :meth:`between`, said when a path is not found in it.
    _dated = ""
    #: The graph :meth:`between` was asked of, whose names this one looks up.
    _whole: KnowledgeGraph | None = None

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self._G: nx.MultiDiGraph | None = G
        self._view: _NetworkxView | GraphIndex = _NetworkxView(G)
        self._names: NameIndex | GraphIndex | None = None

    @classmethod
    def from_index(cls, index: GraphIndex) -> KnowledgeGraph:
        """Questions answered from a graph file's index (:mod:`zhkg.query.index`), reading only what they need."""
        kg = cls.__new__(cls)
        kg._G, kg._view, kg._names = None, index, index
        return kg

    def __repr__(self) -> str:
        """What the graph holds, by type (read from the index without loading the graph, when it has one).

        >>> import networkx as nx
        >>> G = nx.MultiDiGraph(); G.add_node("p", type="PERSON"); G.add_node("o", type="ORGANIZATION")
        >>> _ = G.add_edge("p", "o", label="MEMBER_OF")
        >>> KnowledgeGraph(G)
        <KnowledgeGraph: 2 nodes (1 PERSON, 1 ORGANIZATION), 1 edge>
        """
        types, edges = self._view.sizes()
        known = [label.value for label in Label.all()]
        order = [kind for kind in known if kind in types] + sorted(kind for kind in types if kind not in known)
        parts = ", ".join(f"{types[kind]} {kind or '(no type)'}" for kind in order)
        nodes = sum(types.values())
        dated = f", relations dated{self._dated}" if self._dated else ""
        return (f"<KnowledgeGraph: {nodes} node{'' if nodes == 1 else 's'}{f' ({parts})' if parts else ''}, "
                f"{edges} edge{'' if edges == 1 else 's'}{dated}>")

    @property
    def G(self) -> nx.MultiDiGraph:
        """The whole graph (read from the index on first use when the graph was opened through one)."""
        if self._G is None:
            assert isinstance(self._view, (GraphIndex, _DatedView))
            self._G = self._view.to_networkx()
        return self._G

    @property
    def names(self) -> NameIndex | GraphIndex:
        """What names are looked up in: every node's names, aliases and pinyin (built on first use)."""
        if self._names is None:
            whole = self._whole
            self._names = whole.names if whole is not None else NameIndex(dict(self.G.nodes(data=True)))
        return self._names

    def _attrs(self, node: str) -> dict:
        attrs = self._view.attrs(node)
        if attrs is None:
            raise KeyError(node)
        return attrs

    # -- names -----------------------------------------------------------------------------------

    def ref(self, node: str) -> EntityRef:
        """The :class:`EntityRef` of node id ``node``, with the other names it goes by."""
        a = self._attrs(node)
        return EntityRef(node, str(a.get("type", "")), str(a.get("label", node)),
                         str(a.get("name_simplified", "")), _int(a.get("mentions")), self._aliases(node))

    def entity(self, name: str) -> EntityRef:
        """The best entity named ``name`` (any script, alias or pinyin); raises :class:`UnknownNameError`."""
        return self.ref(self.names.resolve(name))

    def find(self, name: str) -> tuple[Found, ...]:
        """Every entity named ``name``, best first: exact names, then aliases, then pinyin, then (for a Latin
        query) every name whose pinyin it begins, a start of whole syllables first (:mod:`zhkg.query.names`).

        Raises :class:`UnknownNameError` when nothing matches, so a script never
        mistakes a typo for an empty answer.
        """
        found = self.names.find(name)
        if not found:
            raise UnknownNameError(name, self.names.closest(name))
        return tuple(Found(ref, m.key, m.how, ref.aliases) for m, ref in ((m, self.ref(m.node)) for m in found))

    def _aliases(self, node: str) -> tuple[str, ...]:
        attrs = self._attrs(node)
        names = {str(attrs.get("label", node)), str(attrs.get("name_simplified", "") or "")}
        return tuple(a for a in dict.fromkeys(str(attrs.get("aliases", "") or "").split("|")) if a and a not in names)

    def document(self, doc: str) -> DocumentRef:
        """A document by node id, document id or title; raises :class:`UnknownNameError`
        (:class:`NotADocumentError` when ``doc`` names an entity: ``documents_of`` is its question)."""
        node = doc if self._is_document(doc) else f"doc:{doc}"
        if not self._is_document(node):
            found = self.names.find(doc)
            node = next((m.node for m in found if self._is_document(m.node)), "")
            entity = next((m.node for m in found if m.how != "pinyin-prefix"), "")  # Yan only begins a name
            if not node and entity:
                raise NotADocumentError(doc, entity)
        if not node:
            raise UnknownNameError(doc, self._closest_documents(doc), what="document")
        a = self._attrs(node)
        return DocumentRef(node, str(a.get("doc_id", node)), str(a.get("title", "")), str(a.get("date", "")),
                           str(a.get("source", "")), str(a.get("kind", "")),
                           {k[len(METADATA_PREFIX):]: _field_text(v) for k, v in a.items()
                            if k.startswith(METADATA_PREFIX)})

    def _is_document(self, node: str) -> bool:
        attrs = self._view.attrs(node)
        return attrs is not None and attrs.get("type") == Label.DOCUMENT.value

    def _closest_documents(self, doc: str) -> tuple[str, ...]:
        ids = sorted(str(a.get("doc_id", n)) for n, a in self._view.documents())
        return tuple(difflib.get_close_matches(doc, ids, n=5, cutoff=0.6))

    def _evidence(self, data: dict) -> Evidence:
        """An edge's evidence, dated by its own document: an edge read across documents (``doc_ids``) carries the
        first one's ``date``, while its sentence is from the document it names (``doc_id``)."""
        ev = _evidence(data)
        if data.get("doc_ids") and ev.doc_id:
            attrs = self._view.attrs(document_node_id(ev.doc_id))
            if attrs is not None:
                ev = Evidence(ev.doc_id, ev.sentence, ev.start, ev.end, str(attrs.get("date", "") or ""))
        return ev

    def is_dated(self) -> bool:
        """Whether any relation carries a date (its document's): without one, :meth:`between` keeps none.

        >>> import networkx as nx
        >>> G = nx.MultiDiGraph(); _ = G.add_edge("p", "o", label="MEMBER_OF", date="")
        >>> KnowledgeGraph(G).is_dated()
        False
        """
        return self.date_range() is not None

    def date_range(self) -> tuple[str, str] | None:
        """The first and last dates its relations were read on (``None`` when none is dated).

        An edge read across documents counts to its last document's date (``date_last``). A graph opened
        through its index answers without being loaded.

        >>> import networkx as nx
        >>> G = nx.MultiDiGraph(); _ = G.add_edge("p", "o", label="MEMBER_OF", date="2021-03-02")
        >>> _ = G.add_edge("p", "q", label="CO_MENTIONED", date="2021-01-05", date_last="2021-04-01")
        >>> _ = G.add_edge("q", "o", label="MEMBER_OF", date="")
        >>> KnowledgeGraph(G).date_range()
        ('2021-01-05', '2021-04-01')
        """
        return self._view.date_range()

    def between(self, since: str | datetime.date | None = None,
                until: str | datetime.date | None = None) -> KnowledgeGraph:
        """The same questions over the relations dated from ``since`` to ``until`` (inclusive): ISO dates, any
        form ``--since`` reads, or ``datetime.date`` objects; ``None`` leaves that end open.

        A relation's date is its document's; relations of undated documents
        are left out once either bound is given. An edge read across documents
        (a co-mention, an organisation's place: ``date`` the first document's,
        ``date_last`` the last's) stays when one of its documents (``doc_ids``)
        is dated in the range (when that list was cut at
        :data:`~zhkg.stages.graph.MAX_EDGE_DOC_IDS`, when its first and last
        dates span part of it). Such an edge is restated for the range: its
        ``weight`` is the sentences of the range's documents (``doc_weights``),
        ``doc_ids`` those documents and ``date``/``date_last`` their first and
        last dates, in every answer and whatever writes the slice out; its
        evidence stays the corpus's first sentence, dated by its own
        document (which may be outside the range). A list cut at
        :data:`~zhkg.stages.graph.MAX_EDGE_DOC_IDS`, and a graph written
        before ``doc_weights`` where a document gave more than one sentence,
        keep the whole corpus's. Names
        still resolve in the whole graph, but the slice (``.G``, what a
        writer exports, the repr's counts) holds only the documents dated in
        the range and the entities its relations touch: an undated document
        is in no range, an entity with no relation in it is left out. A bound
        that is not a date (a blank string, a number) raises
        :class:`QueryError`.

        >>> import networkx as nx
        >>> G = nx.MultiDiGraph(); G.add_nodes_from([("p", {"label": "甲"}), ("o", {"label": "乙"})])
        >>> for key, date in (("e1", "2020-12-01"), ("e2", "2021-01-05"), ("e3", "")):
        ...     _ = G.add_edge("p", "o", key=key, label="MEMBER_OF", date=date)
        >>> sorted(k for *_, k in KnowledgeGraph(G).between(since="2021-01-01").G.edges(keys=True))
        ['e2']
        >>> sorted(k for *_, k in KnowledgeGraph(G).between(until="2020/12/31").G.edges(keys=True))
        ['e1']
        >>> _ = G.add_edge("p", "o", key="e4", label="CO_MENTIONED", date="2020-11-01", date_last="2021-02-01")
        >>> sorted(k for *_, k in KnowledgeGraph(G).between(since="2021-01-01").G.edges(keys=True))
        ['e2', 'e4']
        >>> G.add_node("q", label="丙"); _ = G.add_edge("q", "o", key="e5", label="MEMBER_OF", date="2020-12-02")
        >>> sorted(KnowledgeGraph(G).between(since="2021-01-01").G)  # 丙's only relation is of 2020
        ['o', 'p']
        """
        low, high = _checked_date(since, "since"), _checked_date(until, "until")
        if not low and not high:
            return self
        if low and high and low > high:
            raise QueryError(f"since {low} is after until {high}")

        view, dates_of_documents = self._view, {}

        def document_date(doc_id: str) -> str | None:  # None: no such document (a subgraph cut out of a graph)
            if doc_id not in dates_of_documents:
                attrs = view.attrs(document_node_id(doc_id))
                dates_of_documents[doc_id] = None if attrs is None else str(attrs.get("date", "") or "")
            return dates_of_documents[doc_id]

        def within(date: str | None) -> bool:  # a document's date in the range (undated or unknown: no)
            return bool(date) and (not low or date >= low) and (not high or date <= high)

        def in_range(attrs: dict) -> bool:
            date = str(attrs.get("date", "") or "")
            last = str(attrs.get("date_last", "") or "") or date
            if not (date and (not low or last >= low) and (not high or date <= high)):
                return False
            docs = str(attrs.get("doc_ids", "") or "").split("|")
            if not docs[0] or len(docs) >= MAX_EDGE_DOC_IDS:  # one document, or a list that may be cut
                return True
            # seen before and after the range is not seen in it: one of its documents must be dated in it
            dated = [document_date(doc) for doc in docs]
            return None in dated or any(within(d) for d in dated)

        def restated(attrs: dict) -> dict | None:  # the edge as the range has it, or None when out of it
            if not in_range(attrs):
                return None
            docs = str(attrs.get("doc_ids", "") or "").split("|")
            if len(docs) < 2 or len(docs) >= MAX_EDGE_DOC_IDS:
                return attrs
            weights = _doc_weights(attrs, len(docs))
            dated = [document_date(doc) for doc in docs]
            inside = [n for n, d in enumerate(dated) if d is None or within(d)]
            if len(inside) == len(docs) or weights is None:
                return attrs
            out = dict(attrs)
            counts = [weights[n] for n in inside]
            out["doc_ids"] = "|".join(docs[n] for n in inside)
            out["weight"] = float(sum(counts))
            known = [d for n in inside if (d := dated[n])]
            if known:
                out["date"], out["date_last"] = min(known), max(known)
            out.pop("doc_weights", None)
            if len(counts) > 1 and sum(counts) != len(counts):
                out["doc_weights"] = "|".join(str(n) for n in counts)
            return out

        def graph() -> nx.MultiDiGraph:  # the whole graph read only when asked for (kg.G, a repr, an export)
            G = self.G
            kept = [(u, v, key, r) for u, v, key, d in G.edges(keys=True, data=True) if (r := restated(d)) is not None]
            # the slice: the documents dated in the range, and the entities its relations touch
            nodes = {n for n, a in G.nodes(data=True) if a.get("type") == Label.DOCUMENT.value
                     and within(str(a.get("date", "") or ""))}
            nodes.update(end for u, v, _, _ in kept for end in (u, v))
            H = nx.MultiDiGraph(**G.graph)
            H.add_nodes_from((n, a) for n, a in G.nodes(data=True) if n in nodes)
            H.add_edges_from(kept)
            return H

        # questions filter the edges they read: a graph opened through its index stays unread
        kept = KnowledgeGraph.__new__(KnowledgeGraph)
        kept._G, kept._view, kept._names = None, _DatedView(self._view, restated, graph), None
        kept._whole = self  # names are the whole graph's: every node can still be asked about
        kept._dated = (f" from {low}" if low else "") + (f" until {high}" if high else "")
        return kept

    # -- questions -------------------------------------------------------------------------------

    def _roles(self, edges: Iterable[tuple[str, str, str, dict]]) -> tuple[Role, ...]:
        found = []
        for u, v, key, d in edges:
            if d.get("label") not in _ROLE_KINDS:
                continue
            ev = self._evidence(d)
            person, org = self.ref(u), self.ref(v)
            order = (_KIND_ORDER[d["label"]], ev.doc_id, ev.start, _position(ev.sentence, person.label, person.name_simplified),
                     _position(ev.sentence, str(d.get("role", ""))), key)
            found.append((order, Role(person, org, d["label"], str(d.get("role", "")), str(d.get("role_simplified", "")), ev,
                                      _true(d.get("former")))))
        return tuple(role for _, role in sorted(found, key=lambda pair: pair[0]))

    def people_of(self, organisation: str) -> tuple[Role, ...]:
        """Who holds which role in ``organisation``: HOLDS_ROLE (主席) then MEMBER_OF (委員) edges."""
        node = self.names.resolve(organisation)
        return self._roles(self._view.in_edges(node))

    def roles_of(self, person: str) -> tuple[Role, ...]:
        """Where ``person`` works and in what role."""
        node = self.names.resolve(person)
        return self._roles(self._view.out_edges(node))

    def holders(self, title: str) -> tuple[Role, ...]:
        """Who holds ``title`` (立委, 縣長, 部长: the role word as the text wrote it, in either script) in which
        organisation or place: the HOLDS_ROLE and MEMBER_OF edges of that role, in the order of :meth:`people_of`.

        >>> import networkx as nx
        >>> G = nx.MultiDiGraph()
        >>> G.add_node("p", label="傅崐萁", name_simplified="傅崐萁", type="PERSON")
        >>> G.add_node("o", label="花蓮縣", name_simplified="花莲县", type="PLACE")
        >>> _ = G.add_edge("p", "o", label="HOLDS_ROLE", role="縣長", role_simplified="县长", doc_id="d")
        >>> [(r.person.label, r.role, r.organisation.label) for r in KnowledgeGraph(G).holders("县长")]
        [('傅崐萁', '縣長', '花蓮縣')]
        """
        from zhkg.stages.normalise import to_simplified

        wanted = to_simplified(title.strip())
        return self._roles(e for e in self._view.labelled(frozenset(_ROLE_KINDS))
                           if str(e[3].get("role_simplified") or to_simplified(str(e[3].get("role", "")))) == wanted)

    def titles(self) -> tuple[str, ...]:
        """The role words the graph's HOLDS_ROLE and MEMBER_OF edges hold, most held first, each as the text first
        wrote it (部長 of a Taiwan corpus; one entry for 部長 and 部长)."""
        from collections import Counter

        held: Counter[str] = Counter()
        written: dict[str, str] = {}
        for *_, d in self._view.labelled(frozenset(_ROLE_KINDS)):
            if key := str(d.get("role_simplified") or ""):
                held[key] += 1
                written.setdefault(key, str(d.get("role") or key))
        return tuple(written[t] for t, _ in sorted(held.items(), key=lambda item: (-item[1], item[0])))

    def counts_of(self, name: str) -> tuple[Count, ...]:
        """The counts recorded for a place, an organisation or a person (votes won) (HAS_COUNT edges), in reading order."""
        node = self.names.resolve(name)
        found = []
        for _, v, key, d in self._view.out_edges(node):
            if d.get("label") != RelationKind.HAS_COUNT.value:
                continue
            a, ev = self._attrs(v), self._evidence(d)
            value = a.get("value", 0.0)
            count = Count(self.ref(node), self.ref(v), float(value) if isinstance(value, (int, float)) else 0.0,
                          str(a.get("counted", "")), str(a.get("classifier", "")), bool(a.get("approximate", False)),
                          str(a.get("gloss", "")), ev)
            found.append(((ev.doc_id, ev.start, ev.end, key), count))
        return tuple(c for _, c in sorted(found, key=lambda pair: pair[0]))

    def entities_of(self, doc: str) -> tuple[EntityRef, ...]:
        """The entities of a document (by id or title), by type, then first appearance."""
        node = self.document(doc).id
        first: dict[str, int] = {}
        for u, _, _, d in self._view.in_edges(node):
            first[u] = min(first.get(u, _int(d.get("evidence_start"))), _int(d.get("evidence_start")))
        refs = [self.ref(u) for u in first]
        return tuple(sorted(refs, key=lambda r: (_TYPE_ORDER.get(r.type, 99), first[r.id], r.id)))

    def documents_of(self, name: str) -> tuple[DocumentRef, ...]:
        """The documents that mention (or were written or published by) an entity.

        Raises :class:`NotAnEntityError` when ``name`` names only a document (its
        title or id): a document mentions entities (:meth:`entities_of`), it is
        mentioned by none.
        """
        found = self.names.find(name)
        found = tuple(m for m in found if m.how != "pinyin-prefix") or found  # a whole key first: a1 is doc:a1
        entities = tuple(m for m in found if not self._is_document(m.node))
        if found and not entities:
            doc = self.document(found[0].node)
            raise NotAnEntityError(f"{name!r} is a document ({doc.id}), not an entity: "
                                   f"entities-of {doc.doc_id} lists what it mentions")
        node = best_node(name, entities, self.names.closest, lambda node: self.ref(node).label)
        docs = {v for _, v, _, _ in self._view.out_edges(node) if self._is_document(v)}
        return tuple(sorted((self.document(v) for v in docs), key=lambda d: _id_order(d.doc_id)))

    def neighbours(self, name: str, kind: str | None = None) -> tuple[Neighbour, ...]:
        """Nodes one relation away in either direction, optionally of one relation ``kind`` (any case: holds_role)."""
        if kind is not None and not isinstance(kind, str):
            raise QueryError(f"neighbours needs a relation kind as text (HOLDS_ROLE, MEMBER_OF, ...) or None, not "
                             f"{type(kind).__name__}: {kind!r}")
        if kind is not None and not kind.strip():  # as --kind '': no filter, silently, would hide a mistake
            raise QueryError(f"neighbours needs a relation kind (HOLDS_ROLE, MEMBER_OF, ...) or None, not {kind!r}")
        kind = kind.upper() if kind else None
        if kind is not None and kind not in _KIND_ORDER and kind not in self._view.kinds():
            # a kind this graph's relations have is known too (a plug-in's), and so is one a relation reader writes
            # (COMPETES_WITH on a graph with none: no results, as HOLDS_ROLE there); the list stays this graph's
            if kind not in _written_kinds():
                kinds = [*_KIND_ORDER, *sorted(self._view.kinds() - _KIND_ORDER.keys())]
                raise QueryError(f"unknown relation kind {kind!r}; one of: {', '.join(kinds)}")
        node = self.names.resolve(name)
        edges = [(v, "out", k, d) for _, v, k, d in self._view.out_edges(node)]
        edges += [(u, "in", k, d) for u, _, k, d in self._view.in_edges(node)]
        found = []
        for other, direction, key, d in edges:
            if kind is not None and d.get("label") != kind:
                continue
            ev = self._evidence(d)
            order = (_KIND_ORDER.get(str(d.get("label")), 99), direction != "out", ev.doc_id, ev.start,
                     _position(ev.sentence, str(d.get("role", ""))), key)
            found.append((order, Neighbour(self.ref(other), str(d.get("label", "")), direction, str(d.get("role", "")), ev,
                                           _true(d.get("former")), str(d.get("relation_zh", "") or ""),
                                           _weight(d), _doc_ids(d))))
        return tuple(n for _, n in sorted(found, key=lambda pair: pair[0]))

    def path(self, a: str, b: str, *, include_documents: bool = False) -> tuple[Step, ...]:
        """The shortest path from ``a`` to ``b``, ignoring direction, with each step's evidence.

        Documents are skipped as stepping stones unless ``include_documents``
        (every entity of an article is two steps from every other through it);
        either end may still be a document. Raises :class:`NoPathError`.
        """
        source, target = self.names.resolve(a), self.names.resolve(b)
        if source == target:
            return ()
        keep = {source, target}

        def allowed(n: str) -> bool:
            return include_documents or n in keep or not self._is_document(n)

        nodes = _shortest_path(lambda n: sorted(m for m in self._view.neighbours(n) if allowed(m)), source, target)
        if nodes is None:
            hint = "" if include_documents else " without going through documents"
            hint += f" in the relations dated{self._dated}" if self._dated else ""
            raise NoPathError(f"no path from {a!r} to {b!r}{hint}")
        return tuple(self._step(u, v) for u, v in zip(nodes, nodes[1:]))

    def _step(self, u: str, v: str) -> Step:
        candidates = [(True, k, d) for _, w, k, d in self._view.out_edges(u) if w == v]
        candidates += [(False, k, d) for w, _, k, d in self._view.in_edges(u) if w == v]
        # A typed relation says more than "mentioned in"; among equals, the first edge id.
        forward, _, d = min(candidates, key=lambda c: (c[2].get("label") == RelationKind.MENTIONED_IN.value, not c[0], c[1]))
        return Step(self.ref(u), self.ref(v), str(d.get("label", "")), str(d.get("role", "")), forward, self._evidence(d),
                    _true(d.get("former")), str(d.get("relation_zh", "") or ""))


def _id_order(doc_id: str) -> tuple[list[str | int], str]:
    """How documents are listed: their ids in the order people number them, so a table's rows and numbered
    files keep their order (``news-2`` before ``news-10``).

    >>> sorted(["news-10", "news-2", "news-1", "b", "a10"], key=_id_order)
    ['a10', 'b', 'news-1', 'news-2', 'news-10']
    """
    parts: list[str | int] = [int(part) if n % 2 else part for n, part in enumerate(re.split(r"(\d+)", doc_id))]
    return parts, doc_id


def _written_kinds() -> frozenset[str]:
    """The relation kinds the registered relation readers write (this loads the readers, a second or so: only
    asked of a kind no relation of the graph has). The registry, not the kinds defined so far in this process,
    so the answer does not depend on what ran before."""
    from zhkg.registry import get_relation_reader, relation_reader_names

    return frozenset(kind.value for name in relation_reader_names() for kind in get_relation_reader(name).kinds)


def load_graph(path: str | Path, *, indexed: bool = False) -> KnowledgeGraph:
    """Read a ``.graphml`` or node-link ``.json`` graph written by zhkg.

    With ``indexed``, questions are answered from the file's index
    (:mod:`zhkg.query.index`: built on first use, kept in a private cache
    folder), which reads only what each question needs: what ``zhkg query``
    does, fast on large graphs after the first question. ``kg.G`` then reads the
    whole graph on first use.

    Raises
    ------
    GraphFileError
        The file is missing, unreadable, or neither GraphML nor node-link JSON.

    Examples
    --------
    >>> load_graph("graphs/nothing.graphml")
    Traceback (most recent call last):
    ...
    zhkg.errors.GraphFileError: no such graph file: graphs/nothing.graphml
    """
    if not isinstance(path, (str, Path)) or not str(path).strip():  # None, a number, a blank: no file to read
        raise GraphFileError(f"a graph file is named by a path (str or Path), not {type(path).__name__}: {path!r}")
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in _OTHER_OUTPUTS:  # another output of zhkg extract: name the one to query instead
        written = [str(s) for s in (p.with_suffix(".graphml"), p.with_suffix(".json")) if s.is_file()]
        wrote = f"the GraphML or JSON the same run wrote: {' or '.join(written)}" if written else \
            "the .graphml file the same run wrote (or its --json file)"
        raise GraphFileError(f"cannot query {p}: {_OTHER_OUTPUTS[suffix]}; query {wrote}")
    if suffix not in (".graphml", ".json"):
        raise GraphFileError(f"cannot read {p}: expected a .graphml or node-link .json file")
    if not p.exists():
        raise GraphFileError(f"no such graph file: {p}")
    if not p.is_file():  # a FIFO would hang the reader, a folder is not a graph
        raise GraphFileError(f"cannot read {p}: not a regular file")
    if indexed:
        from zhkg.query.index import open_index

        try:
            return KnowledgeGraph.from_index(open_index(p, _read_graph))
        except OSError as exc:
            raise GraphFileError(f"cannot read {p}: {exc.strerror or exc}") from None
    return KnowledgeGraph(_read_graph(p))


#: The questions :func:`ask` and ``zhkg query`` know: name -> (arguments, summary).
QUESTIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "find": (("NAME",), "entities named NAME (either script, alias or pinyin)"),
    "people-of": (("ORGANISATION",), "who holds which role in an organisation"),
    "holders": (("TITLE",), "who holds a title (立委, 县长) and where"),
    "roles-of": (("PERSON",), "where a person works and in what role"),
    "counts-of": (("NAME",), "counts recorded for a place or organisation"),
    "entities-of": (("DOC_ID",), "entities of a document"),
    "documents-of": (("NAME",), "documents that mention an entity"),
    "neighbours": (("NAME",), "nodes one relation away (--kind to filter)"),
    "path": (("A", "B"), "shortest path between two entities, with evidence"),
}


def question_arguments(question: str, args: Sequence[str]) -> list[str]:
    """The arguments ``question`` (a key of :data:`QUESTIONS`) is asked with; :class:`QueryError` if it is not one.

    A one-argument question joins its words, so ``find Yan Weihong`` needs no quotes. Nothing is read: the
    command line checks a question with it before it loads the graph.

    >>> question_arguments("find", ["Yan", "Weihong"])
    ['Yan Weihong']
    >>> question_arguments("who-is", ["x"])
    Traceback (most recent call last):
    ...
    zhkg.errors.QueryError: unknown question 'who-is'; one of: find, people-of, holders, roles-of, counts-of, entities-of, documents-of, neighbours, path
    """
    if question not in QUESTIONS:
        raise QueryError(f"unknown question {question!r}; one of: {', '.join(QUESTIONS)}")
    names = QUESTIONS[question][0]
    args = [" ".join(args)] if len(names) == 1 and args else list(args)
    if len(args) != len(names):
        raise QueryError(f"{question} takes {' '.join(names)}; got {len(args)} argument{'' if len(args) == 1 else 's'}")
    for name, arg in zip(names, args):
        if not str(arg).strip():  # no name is blank: "no entity named ''" would blame the graph
            raise QueryError(f"{question} takes {' '.join(names)}; {name} is empty")
    return args


def ask(kg: KnowledgeGraph, question: str, args: Sequence[str], *, kind: str | None = None,
        include_documents: bool = False) -> tuple:
    """Answer ``question`` (a key of :data:`QUESTIONS`) with its arguments.

    A one-argument question joins its words, so ``find Yan Weihong`` needs no quotes.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("p", label="閆維洪", name_simplified="闫维洪", type="PERSON")
    >>> [f.entity.id for f in ask(KnowledgeGraph(G), "find", ["Yan", "Weihong"])]
    ['p']
    >>> ask(KnowledgeGraph(G), "path", ["閆維洪"])
    Traceback (most recent call last):
    ...
    zhkg.errors.QueryError: path takes A B; got 1 argument
    """
    args = question_arguments(question, args)
    if question == "neighbours":
        return kg.neighbours(args[0], kind=kind)
    if question == "path":
        return kg.path(args[0], args[1], include_documents=include_documents)
    return getattr(kg, question.replace("-", "_"))(args[0])  # people-of: KnowledgeGraph.people_of


def _field_text(value: object) -> str:
    """A document's own field as the text its input wrote: ``true``/``false``, not Python's ``True``.

    >>> _field_text(True), _field_text(12), _field_text("体育")
    ('true', '12', '体育')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
