"""Per-document results and their assembly into one graph: :class:`DocumentResult`, :class:`RunResult`,
:func:`assemble` and the :class:`Assembler` that tallies entities and edges document by document (spooling the
records to disk when asked), then builds the graph and its layout. Moved from :mod:`zhkg.run.pipeline` by tidy156
(pure moves); :mod:`zhkg.run.pipeline` still exports every public name.

Caveats
-------
* The same results in any order give the same graph: the tallies are sorted before the graph is built.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from zhkg.config import Config
from zhkg.records import Document, Entity, Extraction, Label, Mention, Relation, RelationKind, Script
from zhkg.relate import relate_places
from zhkg.resources.gazetteer import Gazetteer, load_gazetteer
from zhkg.stages.corpus_aliases import EntityFacts, join_across_documents
from zhkg.stages.entity_groups import EntityTally, entity_id, split_people_grouped
from zhkg.stages.graph import ACROSS_DOCUMENTS, EdgeTally, document_node_id, edge_key, graph_of
from zhkg.text import iso_date

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx  # imported where a graph is built: worker processes never need it (0.1 s)

__all__ = ["DocumentResult", "RunResult", "_person_contexts", "assemble", "_Spool", "RECORDS", "Assembler", "_layout_elsewhere", "_checked", "_same_shape"]


@dataclass(frozen=True)
class DocumentResult:
    """Everything read from one document: the unit a worker returns and a resumed run reuses.

    Relations name their ends by entity id (:func:`zhkg.stages.entity_groups.entity_id`),
    which depends only on the mention, so documents can be processed anywhere
    and in any order.
    """

    document: Document
    script: Script
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    #: For each person id: the organisations they hold a role in here (to tell namesakes apart).
    contexts: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: (organisation id, stock code) of each code written right after an organisation's name here (贵州茅台(600519):
    #: :func:`zhkg.extract.stock_names.listed_codes`), sorted; read here, as a run keeps no document's text.
    stock_codes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RunResult:
    """What a run produced: the records and the graph built from them."""

    extraction: Extraction
    graph: nx.MultiDiGraph
    #: Waits for the graph's layout, started in another process while the graph was built
    #: (:meth:`Assembler.finish` with ``lay_out``); ``None`` when it was not.
    layout: Callable[[], Mapping[str, tuple[float, float]] | None] | None = field(default=None, compare=False,
                                                                                 repr=False)
    #: Documents whose results a corpus run read back from its work directory instead of computing them.
    resumed: int = field(default=0, compare=False)


def _person_contexts(mentions: list[Mention], relations: list[Relation]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each person's organisations in this document: what they hold a role in or are a member of.

    A person named by a surname alone (刘 of 刘师傅, 陈 of 陈所长) has the document itself in the
    context too, so that no two documents' 刘 become one person.
    """
    around: dict[str, set[str]] = {}
    for m in mentions:
        if m.label is Label.PERSON:
            ctx = around.setdefault(entity_id(m), set())
            if len(m.name) == 1:
                ctx.add(document_node_id(m.doc_id))
    for rel in relations:
        if rel.kind in (RelationKind.HOLDS_ROLE, RelationKind.MEMBER_OF):
            around.setdefault(rel.source, set()).add(rel.target)
    return tuple((pid, tuple(sorted(ctx))) for pid, ctx in sorted(around.items()))


def assemble(results: Iterable[DocumentResult], gazetteer: Gazetteer | None = None, *,
             config: Config | None = None) -> RunResult:
    """Resolve entities across documents and build the graph from per-document results.

    People who share a name are told apart by the organisations they hold roles
    in (:func:`zhkg.stages.entity_groups.split_people`). Co-mentions of a pair are summed
    over every document into one edge, kept when ``config.co_mention_min_weight``
    sentences name the pair (:func:`zhkg.stages.graph.build_graph`). The order of
    ``results`` does not change the graph: everything is sorted by id.
    (:class:`Assembler` takes the results one at a time, as a corpus run receives them.)
    """
    assembler = Assembler(gazetteer, config=config)
    for result in results:
        assembler.add(result)
    return assembler.finish()


class _Spool:
    """Mentions written to an anonymous temporary file as they arrive, read back in the same order."""

    def __init__(self) -> None:
        import tempfile

        self._file = tempfile.TemporaryFile()
        self._count = 0

    def extend(self, mentions: Sequence[Mention]) -> None:
        if mentions:
            pickle.dump(tuple(mentions), self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._count += len(mentions)

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0

    def __iter__(self) -> Iterator[Mention]:
        self._file.flush()
        end = self._file.tell()
        self._file.seek(0)
        try:
            while self._file.tell() < end:
                yield from pickle.load(self._file)
        finally:
            self._file.seek(end)


#: What an :class:`Assembler` keeps of the mentions and relations themselves, beside the graph's tallies.
RECORDS = ("keep", "spool", "none")


class Assembler:
    """Per-document results folded in as they arrive, the graph built once at the end.

    Of each result only tallies are kept (:class:`~zhkg.stages.entity_groups.EntityTally`
    per entity, :class:`~zhkg.stages.graph.EdgeTally` per edge, the documents'
    metadata and the people's contexts grouped by context), so memory grows with
    the graph, not with the mentions read. The tallies are keyed by the ids
    documents give (a person's with its context there: :func:`~zhkg.stages.entity_groups.split_people_grouped`
    renames by context), so assemblers of different parts of a corpus combine
    (:meth:`merge`) in any order and grouping into the same graph.

    ``records``: ``"keep"`` keeps every mention and relation for :attr:`RunResult.extraction`
    (small runs, the API); ``"spool"`` writes the mentions to a temporary file
    (read back as ``extraction.mentions``) and keeps no relations; ``"none"`` keeps neither.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, config: Config | None = None,
                 records: str = "keep") -> None:
        if records not in RECORDS:
            raise ValueError(f"records must be one of {RECORDS}, not {records!r}")
        self.gazetteer = gazetteer
        self.config = config or Config()
        self.records = records
        self.documents: list[Document] = []
        #: (entity id, the person's context in the documents tallied, or None) -> tally
        self.entities: dict[tuple[str, frozenset[str] | None], EntityTally] = {}
        #: (source, its context, target, its context, kind, role, document or "" for co-mentions) -> tally
        self.edges: dict[tuple, EdgeTally] = {}
        #: person id -> context -> (first document, number of documents): what split_people_grouped needs
        self.people: dict[str, dict[frozenset[str], tuple[str, int]]] = {}
        self._contexts: dict[frozenset[str], frozenset[str]] = {}  # one object per distinct context
        self.mentions: list[Mention] | _Spool = _Spool() if records == "spool" else []
        self.relations: list[tuple[Relation, frozenset[str] | None, frozenset[str] | None]] = []
        #: organisation id -> the stock codes written right after its name (贵州茅台(600519)), any document
        self.stock_codes: dict[str, set[str]] = {}

    def _context(self, ctx: Iterable[str]) -> frozenset[str]:
        c = frozenset(ctx)
        return self._contexts.setdefault(c, c)

    def add(self, result: DocumentResult) -> None:
        """Fold one document's result in (document ids are unique in a run)."""
        document = result.document
        doc_id = document.id
        self.documents.append(document)
        contexts = {pid: self._context(ctx) for pid, ctx in result.contexts}
        for pid, ctx in contexts.items():
            groups = self.people.setdefault(pid, {})
            first, n = groups.get(ctx, (doc_id, 0))
            groups[ctx] = (min(first, doc_id), n + 1)
        by_entity: dict[str, list[Mention]] = {}
        for m in result.mentions:
            by_entity.setdefault(entity_id(m), []).append(m)
        for eid, mentions in by_entity.items():
            key = (eid, contexts.get(eid))
            tally = self.entities.get(key)
            if tally is None:
                tally = self.entities[key] = EntityTally()
            tally.add(mentions, result.script)
        for eid, code in result.stock_codes:
            self.stock_codes.setdefault(eid, set()).add(code)
        date = iso_date(document.date)
        edges, context, keep = self.edges, contexts.get, self.records == "keep"
        for rel in result.relations:
            ev = rel.evidence
            source, target = rel.source, rel.target
            if rel.kind in ACROSS_DOCUMENTS:
                key = (source, context(source), target, context(target), rel.kind, "", "")
            else:
                key = (source, context(source), target, context(target), rel.kind, rel.role_simplified, ev.doc_id)
            tally = edges.get(key)
            when = ev.date or (date if ev.doc_id == doc_id else "")
            if tally is None:
                edges[key] = EdgeTally(rel, when)
            else:
                tally.add(rel, when)
            if keep:
                self.relations.append((rel, key[1], key[3]))
        if self.records != "none":
            self.mentions.extend(result.mentions)

    def merge(self, other: Assembler) -> None:
        """Fold in another assembler's documents (none of them already here); ``other`` is left as it was."""
        self.documents.extend(other.documents)
        for key, tally in other.entities.items():
            mine = self.entities.get(key)
            if mine is None:
                mine = self.entities[key] = EntityTally()
            mine.merge(tally)
        for eid, codes in other.stock_codes.items():
            self.stock_codes.setdefault(eid, set()).update(codes)
        for key, edge in other.edges.items():
            self.edges[key] = self.edges[key].merged(edge) if key in self.edges else edge.renamed(edge.first)
        for pid, groups in other.people.items():
            mine_groups = self.people.setdefault(pid, {})
            for ctx, (first, n) in groups.items():
                ctx = self._context(ctx)
                had, m = mine_groups.get(ctx, (first, 0))
                mine_groups[ctx] = (min(had, first), m + n)
        if self.records != "none":
            self.mentions.extend(list(other.mentions))
        if self.records == "keep":
            self.relations.extend(other.relations)

    def finish(self, *, lay_out: bool = False) -> RunResult:
        """Resolve entities across the documents added and build the graph.

        The tallies are handed over to the graph (so they are not held twice): call this once.
        With ``lay_out``, a graph of :data:`~zhkg.export.outputs.PARALLEL_LAYOUT_NODES` nodes
        or more starts being laid out in another process as soon as its nodes and edges are
        known, before their attributes are (:attr:`RunResult.layout`; the writers use it).
        """
        gazetteer = self.gazetteer or load_gazetteer()
        renamed, reasons = split_people_grouped(self.people)
        joined, names = self._joined_across_documents(renamed, gazetteer)
        reasons.update(names)

        def rename(eid: str, ctx: frozenset[str] | None) -> str:
            eid = eid if ctx is None else renamed.get((eid, ctx), eid)
            return joined.get(eid, eid)

        def renamed_relation(rel: Relation, source_ctx, target_ctx) -> Relation:
            src, dst = rename(rel.source, source_ctx), rename(rel.target, target_ctx)
            return rel if (src, dst) == (rel.source, rel.target) else replace(rel, source=src, target=dst)

        tallies: dict[str, list[EntityTally]] = {}
        for (eid, ctx), tally in self.entities.items():
            tallies.setdefault(rename(eid, ctx), []).append(tally)
        self.entities = {}
        if joined:
            self.stock_codes = _joined_codes(self.stock_codes, joined)

        def entity_of(eid: str) -> Entity:
            parts = tallies[eid]
            tally = parts[0]
            if len(parts) > 1:
                tally = EntityTally()
                for part in parts:
                    tally.merge(part, shared=eid in names)
            return tally.entity(eid, gazetteer, reasons.get(eid), eid.split(":", 1)[1] if eid in names else None)

        edges: dict[tuple, EdgeTally] = {}
        while self.edges:
            (source, source_ctx, target, target_ctx, *_), edge = self.edges.popitem()
            first = renamed_relation(edge.first, source_ctx, target_ctx)
            if joined and first.source == first.target and source != target:
                continue  # a short form and its full name, one node now: no edge between them
            key = edge_key(first)
            edge = edge.renamed(first) if first is not edge.first else edge
            edges[key] = edges[key].merged(edge) if key in edges else edge
        # places first: the WITHIN edges between them are known before the other entities are built
        ids = sorted(tallies)
        early = {eid: entity_of(eid) for eid in ids if tallies[eid][0].first[0].label is Label.PLACE}
        places = relate_places(list(early.values()), gazetteer)
        dates = {d.id: iso_date(d.date) for d in self.documents}
        for rel in places:
            key = edge_key(rel)
            edge = EdgeTally(rel, rel.evidence.date or dates.get(rel.evidence.doc_id, ""))
            edges[key] = edges[key].merged(edge) if key in edges else edge
        shape = self._shape(ids, edges) if lay_out else None
        layout = _layout_elsewhere(shape) if shape is not None else None

        entities = [early[eid] if eid in early else entity_of(eid) for eid in ids]
        tallies.clear()  # the lists of tallies; the graph holds what is left of them
        early.clear()
        relations = [rel for rel, was in ((renamed_relation(*r), r[0]) for r in self.relations)
                     if rel.source != rel.target or was.source == was.target] + places if self.records == "keep" else []
        mentions = tuple(self.mentions) if self.records == "keep" else self.mentions
        docs = tuple(self.documents)
        extraction = Extraction(documents=docs, entities=tuple(entities), relations=tuple(relations),
                                mentions=mentions)  # type: ignore[arg-type]  # a spool reads back as mentions
        tallied = list(edges.values())
        del edges
        graph = graph_of(docs, entities, tallied, co_mention_min_weight=self.config.co_mention_min_weight)
        _add_stock_codes(graph, self.stock_codes)
        if layout is not None and shape is not None:
            layout = _checked(layout, graph, shape)
        return RunResult(extraction=extraction, graph=graph, layout=layout)

    def _joined_across_documents(self, renamed: Mapping[tuple[str, frozenset[str]], str], gazetteer: Gazetteer,
                                 ) -> tuple[dict[str, str], dict[str, str]]:
        """The ids a merge across documents by alias joins (:func:`~zhkg.stages.corpus_aliases.join_across_documents`),
        from every tally of the run, people told apart first (``renamed``): the new id of each, and the reason of
        each new id."""
        from zhkg.resources.lexicon import load_lexicon

        forms: dict[str, set[str]] = {}
        seen: dict[str, tuple[Label, str, int]] = {}
        for (eid, ctx), tally in self.entities.items():  # in any order: forms and documents add up
            first = tally.first[0]
            if first.label is not Label.ORGANIZATION and first.label is not Label.PERSON:
                continue
            if ctx is not None:
                eid = renamed.get((eid, ctx), eid)
            had = seen.get(eid)
            seen[eid] = (first.label, first.name, tally.documents + (had[2] if had else 0))
            if eid in forms:
                forms[eid] |= tally.simplified
            else:
                forms[eid] = set(tally.simplified)
        facts = {eid: EntityFacts(label, name, frozenset(forms[eid]), documents)
                 for eid, (label, name, documents) in seen.items()}
        return join_across_documents(facts, load_lexicon(self.config.lexicon_dirs), gazetteer)

    def _shape(self, entity_ids: list[str], edges: dict[tuple, EdgeTally]) -> nx.Graph | None:
        """The nodes and (undirected) edges :func:`graph_of` will give, without attributes; ``None`` when small."""
        from zhkg.export.outputs import PARALLEL_LAYOUT_NODES

        if len(self.documents) + len(entity_ids) < PARALLEL_LAYOUT_NODES:
            return None
        import networkx as nx

        shape = nx.Graph()
        shape.add_nodes_from(document_node_id(d.id) for d in self.documents)
        shape.add_nodes_from(entity_ids)
        least = self.config.co_mention_min_weight
        shape.add_edges_from(
            (t.first.source, t.first.target) for t in edges.values()
            if t.first.source in shape and t.first.target in shape and t.first.source != t.first.target
            and (t.first.kind is not RelationKind.CO_MENTIONED or t.count >= least))
        return shape


def _add_stock_codes(G: nx.MultiDiGraph, codes: Mapping[str, set[str]]) -> None:
    """Each organisation's stock codes as its ``stock_code`` attribute, sorted and joined by ``|`` as ``aliases``
    are; a node with none has no such attribute (a graph of no listed company keeps its keys)."""
    for node in sorted(codes):
        if node in G:
            G.nodes[node]["stock_code"] = "|".join(sorted(codes[node]))


def _joined_codes(codes: Mapping[str, set[str]], joined: Mapping[str, str]) -> dict[str, set[str]]:
    """The stock codes of each organisation once the ids ``joined`` names are joined across documents."""
    out: dict[str, set[str]] = {}
    for eid, found in codes.items():
        out.setdefault(joined.get(eid, eid), set()).update(found)
    return out


def _layout_elsewhere(shape: nx.Graph) -> Callable[[], Mapping[str, tuple[float, float]] | None]:
    from zhkg.export.layout import layout_positions
    from zhkg.export.parallel import start_elsewhere

    return start_elsewhere(layout_positions, shape)


def _checked(layout: Callable[[], Mapping[str, tuple[float, float]] | None], G: nx.MultiDiGraph,
             shape: nx.Graph) -> Callable[[], Mapping[str, tuple[float, float]] | None]:
    """``layout``, given only when ``G`` has the shape it was computed from (checked when it is asked for:
    the writers ask once the page is written, while the layout is still running)."""

    def wait() -> Mapping[str, tuple[float, float]] | None:
        same = _same_shape(G, shape)
        positions = layout()  # waited for either way: the process ends
        return positions if same else None

    return wait


def _same_shape(G: nx.MultiDiGraph, shape: nx.Graph) -> bool:
    """Whether ``G`` has the nodes and the (undirected, distinct-ended) edges ``shape`` has: the same layout."""
    if G.number_of_nodes() != shape.number_of_nodes() or any(node not in shape for node in G):
        return False
    pairs = {(u, v) if str(u) <= str(v) else (v, u) for u, v in G.edges() if u != v}
    return len(pairs) == shape.number_of_edges() and all(shape.has_edge(u, v) for u, v in pairs)
