"""The pipeline: documents through the stages, in order.

normalise -> segment (spaCy + jieba) -> extract (the extractors ``Config.extractors``
names, then the recogniser and the merge of the two) -> resolve (per document, then
across documents) -> relate (the readers ``Config.relations`` names) -> graph.

Each stage's logic lives in its module; here are the order, the batching (the
recogniser tags a batch of documents at once) and the hand-over between stages:
how the rules' and the recogniser's names are merged, which mention wins where
extractors overlap (:func:`select_mentions`), and the assembly of per-document
results into one graph (:func:`assemble`).

>>> from zhkg.run.pipeline import Pipeline
>>> result = Pipeline().run_texts([("t", "平谷区政协主席闫维洪。")])
>>> sorted(e.name for e in result.extraction.entities)
['平谷区', '平谷区政协', '闫维洪']
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple

from zhkg.config import Config
from zhkg.errors import InputError
from zhkg.extract.base import ExtractContext
from zhkg.extract.combine import combine_mentions
from zhkg.extract.company_lists import company_names
from zhkg.extract.listed_companies import listed_companies
from zhkg.extract.org_run_ons import split_run_ons
from zhkg.extract.people import GLUED_TITLES
from zhkg.extract.statistical import extract_statistical_many, people_off_places
from zhkg.extract.stock_marks import marked_stocks
from zhkg.records import Document, Entity, Extraction, Label, Mention, MentionSource, Relation, RelationKind, Script
from zhkg.registry import ExtractorSpec, get_relation_reader, resolve_extractors
from zhkg.relate import relate_document, relate_places
from zhkg.resources.gazetteer import Gazetteer, load_gazetteer
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.run.position import Position
from zhkg.stages.documents import parse_documents
from zhkg.stages.entity_groups import EntityTally, entity_id, names_as_written, split_people_grouped
from zhkg.stages.graph import ACROSS_DOCUMENTS, EdgeTally, document_node_id, edge_key, graph_of
from zhkg.stages.normalise import Normalised, normalise
from zhkg.stages.read_files import RawDocument
from zhkg.stages.resolve import canonicalise
from zhkg.stages.segment import DOC_ID_KEY, Segmenter, make_nlp, make_segmenter, set_doc_context, token_table
from zhkg.text import SpanIndex, is_han, iso_date, shows_nothing

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx  # imported where a graph is built: worker processes never need it (0.1 s)
    from spacy.tokens import Doc

#: Labels the recogniser also finds: the rules' mentions of these are combined with its own.
_NAMED = frozenset({Label.PERSON, Label.PLACE, Label.ORGANIZATION})

__all__ = ["Pipeline", "RunResult", "DocumentResult", "select_mentions", "assemble", "Assembler", "batched",
           "BATCH_DOCUMENTS", "relation_reader_names"]

#: At most this many documents, and about this many characters, go to
#: :meth:`Pipeline.process_documents` at a time: enough short texts for the
#: recogniser to tag together, few enough long ones to keep memory flat.
BATCH_DOCUMENTS = 64
BATCH_CHARS = 16_000


def batched(
    documents: Iterable[Document], size: int = BATCH_DOCUMENTS, chars: int = BATCH_CHARS
) -> Iterator[list[Document]]:
    """Consecutive documents in lists of at most ``size``, closed once they hold ``chars`` characters."""
    batch: list[Document] = []
    held = 0
    for document in documents:
        batch.append(document)
        held += len(document.text)
        if len(batch) >= size or held >= chars:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


class _Prepared(NamedTuple):
    """A document after the rules, waiting for the recogniser."""

    norm: Normalised
    doc: Doc
    found: list[Mention]  # every listed extractor's mentions, in the order they ran


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


def select_mentions(mentions: list[Mention]) -> list[Mention]:
    """Settle conflicts between extractors.

    A person's name wins over a place inside it (文成 in 陈文成) and over an
    organisation it overlaps; places nested in organisation names stay, since
    they locate the organisation.
    """
    people = SpanIndex(m for m in mentions if m.label is Label.PERSON)
    out = []
    for m in mentions:
        if m.label in (Label.PLACE, Label.ORGANIZATION) and people.overlaps(m):
            continue
        out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end, m.label.value))


#: The relation reader ``Config.co_mentions = "sentence"`` runs (:mod:`zhkg.relate.comentions`).
CO_MENTION_READER = "co_mentions"


def relation_reader_names(config: Config) -> tuple[str, ...]:
    """The relation readers a run of ``config`` runs: ``config.relations``, then co-mentions unless they are off.

    >>> relation_reader_names(Config(relations=("roles",)))
    ('roles', 'co_mentions')
    >>> relation_reader_names(Config(relations=("roles", "co_mentions"), co_mentions="off"))
    ('roles',)
    """
    names = tuple(name for name in config.relations if name != CO_MENTION_READER)
    return names + (CO_MENTION_READER,) if config.co_mentions == "sentence" else names


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

        def rename(eid: str, ctx: frozenset[str] | None) -> str:
            return eid if ctx is None else renamed.get((eid, ctx), eid)

        def renamed_relation(rel: Relation, source_ctx, target_ctx) -> Relation:
            src, dst = rename(rel.source, source_ctx), rename(rel.target, target_ctx)
            return rel if (src, dst) == (rel.source, rel.target) else replace(rel, source=src, target=dst)

        tallies: dict[str, list[EntityTally]] = {}
        for (eid, ctx), tally in self.entities.items():
            tallies.setdefault(rename(eid, ctx), []).append(tally)
        self.entities = {}

        def entity_of(eid: str) -> Entity:
            parts = tallies[eid]
            tally = parts[0]
            if len(parts) > 1:
                tally = EntityTally()
                for part in parts:
                    tally.merge(part)
            return tally.entity(eid, gazetteer, reasons.get(eid))

        edges: dict[tuple, EdgeTally] = {}
        while self.edges:
            (_, source_ctx, _, target_ctx, *_), edge = self.edges.popitem()
            first = renamed_relation(edge.first, source_ctx, target_ctx)
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
        relations = [renamed_relation(*r) for r in self.relations] + places if self.records == "keep" else []
        mentions = tuple(self.mentions) if self.records == "keep" else self.mentions
        docs = tuple(self.documents)
        extraction = Extraction(documents=docs, entities=tuple(entities), relations=tuple(relations),
                                mentions=mentions)  # type: ignore[arg-type]  # a spool reads back as mentions
        tallied = list(edges.values())
        del edges
        graph = graph_of(docs, entities, tallied, co_mention_min_weight=self.config.co_mention_min_weight)
        if layout is not None and shape is not None:
            layout = _checked(layout, graph, shape)
        return RunResult(extraction=extraction, graph=graph, layout=layout)

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


def _people_off_townships(found: list[Mention]) -> list[Mention]:
    """The rules' people, less a word jieba guessed a name where a Taiwan township of a county the document names
    stands (台东县大武、达仁、金峰、太麻里等乡: 金峰 is the township), or where a county or city stands right before
    one of its townships (高雄|凤山: 高雄 is no person 高雄)."""
    people = [m for m in found if m.label is Label.PERSON]
    codes = {m.code for m in found if m.label is Label.PLACE and m.code.startswith("TW-")}
    townships = {m.span for m in found if m.label is Label.PLACE and m.code.count("-") == 2
                 and m.code.rsplit("-", 1)[0] in codes}
    township_starts = {(m.start, m.code.rsplit("-", 1)[0]) for m in found
                       if m.label is Label.PLACE and m.code.startswith("TW-") and m.code.count("-") == 2}
    townships |= {m.span for m in found if m.label is Label.PLACE and m.code.startswith("TW-")
                  and m.code.count("-") == 1 and (m.end, m.code) in township_starts}
    if not townships:
        return people
    return [m for m in people if m.extractor != MentionSource.PEOPLE_JIEBA or m.span not in townships]


def _monarchs_after_titles(model: list[Mention], found: list[Mention], text: str) -> list[Mention]:
    """The recogniser's mentions with a monarch's title glued between a country and the name settled: a mention
    over the title that runs on into the name (卡塔尔埃米尔塔米姆 PERSON, 埃米尔米沙勒 PLACE) is the person after it
    (塔米姆, 米沙勒). The title is one of ``GLUED_TITLES`` right after a coded place the rules read."""
    places_end = {m.end for m in found if m.label is Label.PLACE and m.code and m.simplified not in GLUED_TITLES}
    cuts = {}
    for title in GLUED_TITLES:
        at = text.find(title)
        while at >= 0:
            if at in places_end:
                cuts[at] = at + len(title)
            at = text.find(title, at + 1)
    if not cuts:
        return model
    out = []
    for m in model:
        after = next((e for s, e in cuts.items() if m.start <= s < m.end), None)
        if after is not None and m.label in (Label.PERSON, Label.PLACE) and m.end - after >= 2 \
                and all(map(is_han, text[after:m.end])):
            m = replace(m, start=after, text=m.text[after - m.start:], simplified=text[after:m.end], label=Label.PERSON,
                        canonical="", code="")
        out.append(m)
    return out


def _leaders_after_country_titles(model: list[Mention], found: list[Mention], text: str,
                                  lexicon: Lexicon) -> list[Mention]:
    """The recogniser's places and people that run a country, a title and a name together (津巴布韦总统姆南加古瓦
    PLACE) are the person after the title: the country the rules read stands. The country is a coded state (a
    code of two letters) the mention starts with, the title a role word (``roles.tsv``) right after it, and the
    rest two to eight Han letters with no role word in them. MSRA train writes none of these as one name."""
    states = {m.start: m.end for m in found if m.label is Label.PLACE and len(m.code) == 2 and m.code.isalpha()}
    if not states:
        return model
    out = []
    for m in model:
        end = states.get(m.start)
        if end is not None and m.label in (Label.PLACE, Label.PERSON) and end < m.end:
            role = next((w for w in lexicon.roles_by_first.get(text[end], ()) if text.startswith(w, end, m.end)), "")
            after = end + len(role)
            rest = text[after:m.end]
            if role and 2 <= len(rest) <= 8 and all(map(is_han, rest)) \
                    and not any(lexicon.role_ending(text, k, after) for k in range(after + 1, m.end + 1)):
                m = replace(m, start=after, text=m.text[after - m.start:], simplified=rest, label=Label.PERSON,
                            canonical="", code="")
        out.append(m)
    return out


def _orgs_off_titles(model: list[Mention], text: str, table, lexicon: Lexicon) -> list[Mention]:
    """The recogniser's organisations less those that end partway into a title's front: an organisation whose
    end falls strictly inside a word of a role or title (首席部长 of 印度北方邦首席部) that starts strictly inside
    the organisation more than one letter before its end is dropped (the rules' places before it stand:
    印度|北方邦). An organisation's suffix before a title of its head (外资部|长, 乡党委|书记) and a body wholly at
    the title's front (官房 of 官房长官, Japan's cabinet secretariat) are kept: MSRA train marks these organisations
    (2 of 2 官房)."""
    out = []
    for m in model:
        if m.label is not Label.ORGANIZATION or m.end in table.ends or m.end >= len(text):
            out.append(m)
            continue
        word_end = table.words[table.token_of_char[m.end]].end  # the word the organisation ends inside
        role = lexicon.role_ending(text, word_end, m.start)
        front = word_end - len(role)
        inside = text[front:m.end]
        if not role or not m.start < front < m.end - 1 or inside in lexicon.org_suffixes:
            out.append(m)
            continue
    return out


#: the head of a news agency's name, which alone names no agency (据阿纳多卢|通讯社报道)
AGENCY_HEADS = frozenset({"通讯社", "通信社", "新闻社"})


def _agencies_whole(named: list[Mention], text: str, original: str, table, foreign: frozenset[str]) -> list[Mention]:
    """Organisations that are only an agency's head (``AGENCY_HEADS``) read with the name before it, as MSRA
    train marks agencies (安德克罗诺斯通讯社, 巴勒斯坦通讯社: the name and the head one organisation): the words
    between a source's 据 and the head (据卫星|通讯社报道, up to eight Han letters, no mark), or else the
    transliteration jieba reads right before it (阿纳多卢|通讯社援引…: a word of two or more letters all of
    ``foreign``). ``text`` is the Simplified text, ``original`` the text as written."""
    heads = [m for m in named if m.label is Label.ORGANIZATION and m.simplified in AGENCY_HEADS]
    if not heads:
        return named
    out = []
    for m in named:
        if m in heads:
            start = m.start
            source = text.rfind("据", max(0, m.start - 9), m.start)
            if source >= 0 and m.start - source >= 3 and all(map(is_han, text[source + 1:m.start])):
                start = source + 1
            elif m.start > 0:
                word = table.words[table.token_of_char[m.start - 1]]
                if word.end == m.start and len(word.text) >= 2 and all(ch in foreign for ch in word.text):
                    start = word.idx
            if start < m.start:
                m = replace(m, start=start, text=original[start:m.end], simplified=text[start:m.end], canonical="")
        out.append(m)
    return out


#: what a named venue ends in: a park or garden, a palace, a ground, a hall, a square
VENUE_ENDINGS = ("花园", "公园", "宫", "体育场", "体育馆", "竞技场", "球场", "运动场", "音乐厅", "剧院", "大剧院", "歌剧院",
                 "会堂", "大会堂", "广场", "中心", "大厦", "大楼", "塔", "教堂", "大教堂", "博物馆", "美术馆")


def _cities_off_venues(model: list[Mention], found: list[Mention], text: str, foreign: frozenset[str]) -> list[Mention]:
    """The recogniser's places that run a coded place abroad into a venue named by a transliterated name
    (纽约|麦迪逊广场花园, 伦敦|巴比肯艺术中心) are the venue: the rules' place before it stands. The venue's name
    opens with two letters transliterations are written with (``foreign``) and is wholly Han, and ends in one of
    ``VENUE_ENDINGS``. MSRA train writes such a venue apart from its city (巴黎|奥塞博物馆, 莫斯科|普希金广场) but a
    venue named by common words with it (日内瓦万国宫, 罗马现代艺术博物馆): those stay, as does a place at home."""
    abroad = {}
    for f in found:
        if f.label is Label.PLACE and f.code and not f.code[:1].isdigit() and not f.code.startswith(("CN", "TW", "HK", "MO")):
            abroad[f.start] = max(abroad.get(f.start, f.end), f.end)
    if not abroad:
        return model
    out = []
    for m in model:
        cut = abroad.get(m.start) if m.label is Label.PLACE else None
        if cut is not None and cut < m.end:
            rest = text[cut:m.end]
            ending = next((v for v in sorted(VENUE_ENDINGS, key=len, reverse=True) if rest.endswith(v)), "")
            if ending and len(rest) - len(ending) >= 2 and all(map(is_han, rest)) \
                    and rest[0] in foreign and rest[1] in foreign:
                m = replace(m, start=cut, text=m.text[cut - m.start:], simplified=rest, canonical="", code="")
        out.append(m)
    return out


#: words for a head of state a monarch's title may follow before the name (最高元首|苏丹|易卜拉欣: Malaysia's king)
HEAD_OF_STATE_WORDS = ("元首", "君主", "统治者")


def _titles_not_places(mentions: list[Mention], found: list[Mention], text: str = "") -> list[Mention]:
    """``mentions`` less a place that is a monarch's title between a country and the name (阿曼|苏丹|海塞姆·本·塔里克,
    文莱|苏丹|哈桑纳尔·博尔基亚: the sultan of Oman, not Sudan): a name of ``GLUED_TITLES`` right after a coded place
    or a word for a head of state (``HEAD_OF_STATE_WORDS`` in ``text``: 最高元首|苏丹|易卜拉欣) and right before a
    person (of ``found``)."""
    titles = [m for m in mentions if m.label is Label.PLACE and m.simplified in GLUED_TITLES]
    if not titles:
        return mentions
    places_end = {m.end for m in found if m.label is Label.PLACE and m.code and m.simplified not in GLUED_TITLES}
    people_start = {m.start for m in found if m.label is Label.PERSON}
    drop = {id(m) for m in titles if (m.start in places_end or text[:m.start].endswith(HEAD_OF_STATE_WORDS))
            and m.end in people_start}
    return [m for m in mentions if id(m) not in drop] if drop else mentions


#: the rules' people a longer coded place abroad over them takes back: jieba's guessed names and transliterated
#: names joined by a separator
_GUESSED_INSIDE_PLACES = frozenset({MentionSource.PEOPLE_JIEBA, MentionSource.PEOPLE_FOREIGN})


def _people_off_places_abroad(people: list[Mention], found: list[Mention]) -> list[Mention]:
    """The rules' people, less a word jieba guessed a name strictly inside a coded place outside the mainland
    (桑尼|维尔 of 桑尼维尔, Sunnyvale; a transliterated city jieba cuts into a name and a rest): the longer,
    listed name is the place, and a guessed name inside it would otherwise take it away. So is a guessed name
    that is a world city of the table, whole (马立波, Mariupol as Taiwan writes it: the table leaves out the cities
    whose names are people's). A name of parts joined by a hyphen or a dot strictly inside such a place is its
    parts, not a person (萨克森-安哈尔特 of 萨克森-安哈尔特州, DE-ST: the table lists the division with its head)."""
    abroad = [m for m in found if m.label is Label.PLACE and m.code and not m.code.isdigit()]
    if not abroad:
        return people
    # by where they start: a place holding a name starts at most the longest place's length before it
    by_start: dict[int, list[Mention]] = {}
    for a in abroad:
        by_start.setdefault(a.start, []).append(a)
    longest = max(a.end - a.start for a in abroad)

    def holds(m: Mention) -> bool:
        return any(m.end <= a.end and (a.span != m.span or "-city:" in a.code
                                             and m.extractor == MentionSource.PEOPLE_JIEBA)
                   for s in range(m.start - longest, m.start + 1) for a in by_start.get(s, ()))

    return [m for m in people if m.extractor not in _GUESSED_INSIDE_PLACES or not holds(m)]


#: Points in :meth:`Pipeline._merge` it notes in :attr:`Pipeline.position` (a long document spends minutes there).
_MERGE_PARTS = 10


class Pipeline:
    """Runs the stages over documents. Heavy resources load on first use."""

    def __init__(self, config: Config | None = None):
        self.config = config or Config()
        #: The extractors and relation readers ``config`` names, looked up once (unknown names raise ConfigError).
        self.extractors: tuple[ExtractorSpec, ...] = resolve_extractors(tuple(self.config.extractors))
        self.relation_readers = tuple(get_relation_reader(name) for name in relation_reader_names(self.config))
        self._nlp = None
        self._segmenter: Segmenter | None = None
        self._gazetteer: Gazetteer | None = None
        self._model = None
        #: Which step :meth:`process_documents` is on and how far through it (the progress bar reads it).
        self.position = Position()

    @property
    def nlp(self):
        """A spaCy pipeline with the same tokens (:func:`make_nlp`); the stages themselves use :attr:`segmenter`."""
        if self._nlp is None:
            self._nlp = make_nlp(self.config)
        return self._nlp

    @property
    def segmenter(self) -> Segmenter:
        """The segment stage's tokeniser (:func:`make_segmenter`): text -> ``Doc`` without importing spaCy."""
        if self._segmenter is None:
            self._segmenter = make_segmenter(self.config)
        return self._segmenter

    @property
    def model(self):
        """The statistical recogniser, or ``None`` when the config turns it off."""
        if self._model is None and self.config.recogniser:
            from zhkg.ner.model import load_model

            self._model = load_model(self.config.model_path or None)
        return self._model

    @property
    def lexicon(self) -> Lexicon:
        """The shipped word tables plus the config's ``lexicon_dirs`` (parsed once per process)."""
        return load_lexicon(self.config.lexicon_dirs)

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer(self.lexicon)
        return self._gazetteer

    def extract_mentions(self, document: Document) -> list[Mention]:
        """Canonicalised mentions of one document."""
        return self._extract([document])[0][1]

    def extract_mentions_many(self, documents: Sequence[Document]) -> list[list[Mention]]:
        """:meth:`extract_mentions` of each document, the recogniser tagging them together (faster)."""
        return [mentions for _, mentions in self._extract(documents)]

    def _extract(self, documents: Sequence[Document]) -> list[tuple[Normalised, list[Mention]]]:
        """Rules document by document, the recogniser over all of them at once, then the merge."""
        note = self.position.note
        prepared = [self._rules(document, k, len(documents)) for k, document in enumerate(documents)]
        if self.model is not None:
            note(1, 0, 1)
            found = extract_statistical_many([p.doc for p in prepared], self.model,
                                             lambda done, total: note(1, done, total))
        else:
            found = [None] * len(prepared)
        merged = []
        for k, (p, model_mentions) in enumerate(zip(prepared, found)):
            merged.append(self._merge(p, model_mentions, k, len(prepared)))
        return merged

    def _rules(self, document: Document, k: int = 0, n: int = 1) -> _Prepared:
        """Normalise, segment, then run the listed extractors in order, each seeing what the others found
        (the ``k``-th document of ``n`` in hand, for :attr:`position`)."""
        steps = len(self.extractors) + 1
        self.position.note(0, k * steps, n * steps)
        norm = normalise(document.text)
        doc = set_doc_context(self.segmenter(norm.simplified), document.id, document.text, norm.simplified)
        context = ExtractContext(config=self.config, gazetteer=self.gazetteer, lexicon=self.lexicon)
        for j, spec in enumerate(self.extractors, 1):
            self.position.note(0, k * steps + j, n * steps)
            context.found[spec.name] = spec.func(doc, context)
        return _Prepared(norm, doc, context.mentions())

    def _merge(self, p: _Prepared, model_mentions: list[Mention] | None, k: int = 0,
               n: int = 1) -> tuple[Normalised, list[Mention]]:
        """Settle rules against the recogniser (names only), then extractors against each other (the ``k``-th
        document of ``n`` in hand, for :attr:`position`)."""

        def at(part: int) -> None:  # parts of _MERGE_PARTS
            self.position.note(2, k * _MERGE_PARTS + part, n * _MERGE_PARTS)

        at(0)
        found = p.found
        if model_mentions is not None:
            model_mentions = _monarchs_after_titles(model_mentions, found, p.norm.simplified)
            model_mentions = _leaders_after_country_titles(model_mentions, found, p.norm.simplified, self.lexicon)
            model_mentions = _cities_off_venues(model_mentions, found, p.norm.simplified,
                                                self.lexicon.foreign_name_chars)
            model_mentions = _orgs_off_titles(model_mentions, p.norm.simplified, token_table(p.doc), self.lexicon)
        found = _titles_not_places(found, found + (model_mentions or []), p.norm.simplified)
        people = _people_off_places_abroad(_people_off_townships(found), found)
        inside_people = SpanIndex(people)
        # (a street, station or estate read by its head stands: 屯门|兆|康苑 gives no person 康苑 there)
        places = [m for m in found if m.label is Label.PLACE
                  and (not inside_people.overlaps(m)
                       or m.extractor in (MentionSource.PLACE_LOCAL, MentionSource.PLACE_LANDMARK))]
        orgs = [m for m in found if m.label is Label.ORGANIZATION]
        others = [m for m in found if m.label not in _NAMED]
        if model_mentions is not None:
            at(1)
            model_mentions = _titles_not_places(people_off_places(model_mentions, places), found + model_mentions,
                                                p.norm.simplified)
            named = combine_mentions(places, orgs, people, model_mentions, p.norm.simplified, table=token_table(p.doc),
                                     lexicon=self.lexicon, original=p.norm.original)
        else:
            named = places + orgs + people
        at(2)
        named = _agencies_whole(named, p.norm.simplified, p.norm.original, token_table(p.doc),
                                self.lexicon.foreign_name_chars)
        at(3)
        named = split_run_ons(named, p.doc, token_table(p.doc), p.norm.simplified)  # 四川金顶|获悉|华伦集团
        at(4)
        named = listed_companies(named, p.doc, token_table(p.doc), self.lexicon)  # 台泥, 联电 (companies_listed.tsv)
        at(5)
        named = company_names(named, p.doc, token_table(p.doc), p.norm.simplified)  # 中国铝业、宜华健康等5家公司
        at(6)
        named = marked_stocks(named, p.doc, token_table(p.doc), p.norm.simplified, self.lexicon)  # *ST白猫, 华侨城A
        # no rule may leave a name empty (a model's 该院|党组 before 书记 loses 党组 to the role): never a blank node;
        # and every mention is its document's (a reader adding names to a document where nothing else was found
        # has no mention to take the id from: Lady Gaga说…)
        at(7)
        doc_id = p.doc.user_data.get(DOC_ID_KEY, "")
        selected = select_mentions([m if m.doc_id or not doc_id else replace(m, doc_id=doc_id)
                                    for m in named + others if m.end > m.start and m.text.strip()])
        at(8)
        resolved = canonicalise(selected, self.gazetteer, lexicon=self.lexicon, text=p.norm.simplified)
        at(9)
        return p.norm, sorted(names_as_written(resolved, p.norm), key=lambda m: (m.start, m.end, m.label.value))

    def process_document(self, document: Document) -> DocumentResult:
        """Extract, canonicalise and relate one document."""
        return self.process_documents([document])[0]

    def process_documents(self, documents: Sequence[Document]) -> list[DocumentResult]:
        """:meth:`process_document` of each document, the recogniser tagging them together (faster).

        The results are the same as one document at a time; keep the batches
        small (a few to a few dozen documents): their spaCy ``Doc`` are alive together. A document whose id
        shows nothing is an :class:`~zhkg.errors.InputError`: its node would have no label (:meth:`run_texts`
        and :meth:`run_raw` name such a text ``text-N`` before it gets here).
        """
        for document in documents:
            if not isinstance(document.id, str) or shows_nothing(document.id):
                raise InputError(f"a document's id must show something, not {document.id!r}")
        out = []
        try:
            readers = len(self.relation_readers)
            for k, (document, (norm, mentions)) in enumerate(zip(documents, self._extract(documents))):
                owner = {m: entity_id(m) for m in mentions}
                derived: list[Mention] = []  # organisations the role readers name (试点处 in 试点处处长)
                relations = relate_document(
                    document,
                    mentions,
                    owner,
                    readers=self.relation_readers,
                    lexicon=self.lexicon,
                    doc_node=document_node_id(document.id),
                    simplified=norm.simplified,
                    config=self.config,
                    derived=derived,
                    on_reader=lambda j, k=k: self.position.note(3, k * readers + j, len(documents) * readers),
                )
                mentions = sorted(mentions + derived, key=lambda m: (m.start, m.end, m.label.value)) if derived \
                    else mentions
                out.append(DocumentResult(document, norm.script, tuple(mentions), tuple(relations),
                                          _person_contexts(mentions, relations)))
        finally:
            self.position.clear()
        return out

    def run_documents(self, documents: Iterable[Document]) -> RunResult:
        """Extract, resolve and relate a set of parsed documents."""
        from zhkg.run.memory import young_collections_only

        assembler = Assembler(self.gazetteer, config=self.config)
        with young_collections_only(reading=True):  # the tallies grow all run long: no full passes over them
            for batch in batched(documents):
                for result in self.process_documents(batch):
                    assembler.add(result)
            return assembler.finish()

    def documents_of(self, raw: RawDocument) -> list[Document]:
        """Parse one raw input into its documents (article, related items), checking its size."""
        if len(raw.text) > self.config.max_document_chars:
            raise InputError(
                f"document {raw.id} has {len(raw.text):,} characters; the limit is {self.config.max_document_chars:,}"
            )
        return parse_documents(raw.id, raw.text, raw.metadata, raw.types)

    def run_raw(self, raws: Iterable[RawDocument]) -> RunResult:
        """Parse raw inputs into documents (article, related items) and run them.

        An id that shows nothing (``None``, ``""``, spaces) becomes ``text-N``, N the input's place from 1, a number
        its digits (:func:`~zhkg.stages.read.given_ids`); a repeated id gets ``~2``, ``~3``…, as ``zhkg extract`` does.
        """
        from zhkg.stages.read import given_ids, unique_ids

        docs: list[Document] = []
        for raw in unique_ids(given_ids(raws)):
            docs.extend(self.documents_of(raw))
        return self.run_documents(docs)

    def run_texts(self, texts: Iterable[tuple[str, str]]) -> RunResult:
        """Run over (id, text) pairs; ids as :meth:`run_raw` takes them (a blank one becomes ``text-N``).

        >>> G = Pipeline().run_texts([("", "平谷区政协主席闫维洪。")]).graph
        >>> [(n, d["label"]) for n, d in G.nodes(data=True) if d["type"] == "DOCUMENT"]
        [('doc:text-1', 'text-1')]
        """
        return self.run_raw(RawDocument(i, t) for i, t in texts)
