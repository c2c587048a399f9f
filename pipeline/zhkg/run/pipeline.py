"""The pipeline: documents through the stages, in order.

normalise -> segment (spaCy + jieba) -> extract (the extractors ``Config.extractors``
names, then the recogniser and the merge of the two) -> resolve (per document, then
across documents) -> relate (the readers ``Config.relations`` names) -> graph.

Each stage's logic lives in its module; here are the order, the batching (the
recogniser tags a batch of documents at once, and each stage runs over the whole batch before the next, each
document read as alone) and the hand-over between stages:
how the rules' and the recogniser's names are merged, which mention wins where
extractors overlap (:func:`select_mentions`), and the assembly of per-document
results into one graph (:func:`assemble`).

Layout (tidy156): the checks made of the rules' and the recogniser's names before the merge are in
:mod:`zhkg.run.merge_checks`; per-document results and their assembly (:class:`DocumentResult`, :func:`assemble`,
:class:`Assembler`) in :mod:`zhkg.run.assembly`.

>>> from zhkg.run.pipeline import Pipeline
>>> result = Pipeline().run_texts([("t", "平谷区政协主席闫维洪。")])
>>> sorted(e.name for e in result.extraction.entities)
['平谷区', '平谷区政协', '闫维洪']
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from zhkg.config import Config
from zhkg.errors import InputError
from zhkg.extract.base import ExtractContext
from zhkg.extract.board_owners import companies_by_their_boards
from zhkg.extract.bracketed_lists import companies_listed_with_originals
from zhkg.extract.combine import combine_mentions
from zhkg.extract.company_lists import company_names
from zhkg.extract.foreign_fronts import countries_cut_from_bodies, listed_bodies_after_countries
from zhkg.extract.glued_bodies import bodies_after_clause_words, bodies_unglued, places_unglued
from zhkg.extract.governing_units import units_into_titles
from zhkg.extract.government_units import entity_layer, government_units
from zhkg.extract.headed_name_tails import cut_headed_name_tails
from zhkg.extract.joined_fields import joined_field_bodies
from zhkg.extract.known_name_tails import cut_known_name_tails
from zhkg.extract.listed_companies import listed_companies
from zhkg.extract.org_run_ons import split_run_ons
from zhkg.extract.place_runs import city_areas, settle_place_runs
from zhkg.extract.registered_names import brands_before_places
from zhkg.extract.statistical import country_letters_apart, extract_statistical_many, people_off_places
from zhkg.extract.stock_marks import marked_stocks
from zhkg.extract.stock_names import listed_codes
from zhkg.extract.team_nicknames import team_nicknames
from zhkg.records import HELD_FROM_RELATIONS, Document, Label, Mention, MentionSource, Relation, Script
from zhkg.registry import ExtractorSpec, get_relation_reader, resolve_extractors
from zhkg.relate.base import RelationContext, relate_documents
from zhkg.resources.gazetteer import Gazetteer, load_gazetteer
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.run.assembly import Assembler, DocumentResult, RunResult, _person_contexts, assemble
from zhkg.run.merge_checks import (
    _agencies_whole,
    _cities_off_venues,
    _leaders_after_country_titles,
    _monarchs_after_titles,
    _orgs_off_titles,
    _people_off_places_abroad,
    _people_off_townships,
    _titles_not_places,
)
from zhkg.run.position import Position
from zhkg.stages.documents import parse_documents
from zhkg.stages.entity_groups import entity_id, names_as_written
from zhkg.stages.graph import document_node_id
from zhkg.stages.normalise import Normalised, normalise
from zhkg.stages.read_files import RawDocument
from zhkg.stages.resolve import canonicalise
from zhkg.stages.segment import DOC_ID_KEY, Segmenter, make_nlp, make_segmenter, set_doc_context, token_table
from zhkg.text import SpanIndex, shows_nothing

if TYPE_CHECKING:  # pragma: no cover
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
        self._recognisers = None
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
    def recognisers(self):
        """The recogniser of each script (:class:`~zhkg.ner.routing.Recognisers`), or ``None`` when the config turns
        the recogniser off; a bad Traditional model path raises here, before any document is read."""
        if self._recognisers is None and self.config.recogniser:
            from zhkg.ner.routing import Recognisers

            recognisers = Recognisers(self.config.model_path, self.config.traditional_model_path,
                                      route=self.config.traditional_model)
            recognisers.check_files()
            self._recognisers = recognisers
        return self._recognisers

    @property
    def model(self):
        """The statistical recogniser of Simplified documents (of every document when nothing routes), or ``None``
        when the config turns it off."""
        return None if self.recognisers is None else self.recognisers.main

    def model_for(self, script: Script, text: str | None = None, simplified: str | None = None):
        """The recogniser that reads a document written in ``script`` (given ``text``, the document as written, and
        ``simplified``, its Simplified form: by how it is written and the places it names,
        :meth:`~zhkg.ner.routing.Recognisers.for_script`); ``None`` when the config turns it off."""
        return None if self.recognisers is None else self.recognisers.for_script(script, text, simplified)

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
        """Canonicalised mentions of one document: its entities (a government's unit joined: :func:`entity_layer`)."""
        return entity_layer(self._extract([document])[0][1])

    def extract_mentions_many(self, documents: Sequence[Document]) -> list[list[Mention]]:
        """:meth:`extract_mentions` of each document, the recogniser tagging them together (faster)."""
        return [entity_layer(mentions) for _, mentions in self._extract(documents)]

    def extract_stages_many(self, documents: Sequence[Document]) -> list[tuple[list[Mention], list[Mention], list[Mention]]]:
        """Each document's mentions at three stages: the rules' (every listed extractor's, before the merge), the
        recogniser's as it tagged them (none without it) and the final ones of :meth:`extract_mentions_many`; a
        scorer tells from them which stage lost or made a name (``bench/entities_web.py --causes``)."""
        staged: list[tuple[list[Mention], list[Mention]]] = []
        merged = self._extract(documents, staged)
        return [(rules, model, entity_layer(mentions)) for (rules, model), (_, mentions) in zip(staged, merged)]

    def _extract(self, documents: Sequence[Document],
                 staged: list[tuple[list[Mention], list[Mention]]] | None = None) -> list[tuple[Normalised, list[Mention]]]:
        """The rules extractor by extractor, the recogniser over all the documents at once, then the merge part by part
        (each document's rules' and recogniser's mentions appended to ``staged`` when given)."""
        note = self.position.note
        prepared = self._rules(documents)
        found: list[list[Mention] | None] = [None] * len(prepared)
        if self.recognisers is not None:
            note(1, 0, 1)
            # each model tags its documents together (zhkg/ner/routing.py); a Simplified-only batch is one call
            models = [self.model_for(p.norm.script, p.norm.original, p.norm.simplified)
                      for p in prepared]
            for model in dict.fromkeys(models):
                picked = [k for k, m in enumerate(models) if m is model]
                tagged = extract_statistical_many([prepared[k].doc for k in picked], model,
                                                  lambda done, total: note(1, done, total))
                for k, mentions in zip(picked, tagged):
                    found[k] = mentions
        if staged is not None:
            staged += [(list(p.found), list(model_mentions or [])) for p, model_mentions in zip(prepared, found)]
        return self._merge_many(prepared, found)

    def _merge_many(self, prepared: list[_Prepared],
                    found: list[list[Mention] | None]) -> list[tuple[Normalised, list[Mention]]]:
        """:meth:`_merge` of each document, part by part: every document goes through a part before any goes on to
        the next (each is merged as alone), so each part's tables stay warm in the processor's caches (speed214)."""
        n = len(prepared)
        merges = [self._merge(p, model_mentions) for p, model_mentions in zip(prepared, found)]
        merged: list[tuple[Normalised, list[Mention]] | None] = [None] * n
        while any(merge is not None for merge in merges):
            for k, merge in enumerate(merges):
                if merge is None:
                    continue
                try:
                    part = next(merge)
                except StopIteration as done:
                    merged[k], merges[k] = done.value, None
                else:
                    self.position.note(2, part * n + k, n * _MERGE_PARTS)
        return merged  # type: ignore[return-value]

    def _rules(self, documents: Sequence[Document]) -> list[_Prepared]:
        """Normalise and segment each document, then run the listed extractors (:meth:`_read_names`)."""
        n = len(documents)
        texts: list[tuple[Normalised, Doc]] = []
        for k, document in enumerate(documents):
            self.position.note(0, k, n * (len(self.extractors) + 1))
            norm = normalise(document.text)
            texts.append((norm, set_doc_context(self.segmenter(norm.simplified), document.id, document.text,
                                                norm.simplified)))
        contexts = [ExtractContext(config=self.config, gazetteer=self.gazetteer, lexicon=self.lexicon)
                    for _ in documents]
        self._read_names([doc for _, doc in texts], contexts)
        return [_Prepared(norm, doc, context.mentions()) for (norm, doc), context in zip(texts, contexts)]

    def _read_names(self, docs: list[Doc], contexts: list[ExtractContext]) -> None:
        """The listed extractors in order over each document, each seeing what the others found in its document
        (``contexts[k]`` is ``docs[k]``'s).

        Extractor by extractor: each reads every document before the next one starts, so its tables and patterns
        stay warm in the processor's caches (speed214, ``bench/speed214.py``); a document's mentions are those of
        reading it alone (``bench.speed214.OneByOne`` reads them so, and the tests hold the two equal).
        """
        n, steps = len(docs), len(self.extractors) + 1
        for j, spec in enumerate(self.extractors, 1):
            self.position.note(0, j * n, n * steps)
            for doc, context in zip(docs, contexts):
                context.found[spec.name] = spec.func(doc, context)

    def _merge(self, p: _Prepared,
               model_mentions: list[Mention] | None) -> Generator[int, None, tuple[Normalised, list[Mention]]]:
        """Settle rules against the recogniser (names only), then extractors against each other: a generator that
        yields the number of each part (of :data:`_MERGE_PARTS`) before it starts, and returns the merged mentions
        (:meth:`_merge_many` drives it)."""
        yield 0
        found = city_areas(p.found, p.norm.simplified)  # 武汉市|区: the city, 武汉
        if model_mentions is not None:
            model_mentions = city_areas(model_mentions, p.norm.simplified)  # 宁波市区: 宁波
            model_mentions = _monarchs_after_titles(model_mentions, found, p.norm.simplified)
            model_mentions = _leaders_after_country_titles(model_mentions, found, p.norm.simplified, self.lexicon)
            model_mentions = _cities_off_venues(model_mentions, found, p.norm.simplified,
                                                self.lexicon.foreign_name_chars)
            model_mentions = _orgs_off_titles(model_mentions, p.norm.simplified, token_table(p.doc), self.lexicon)
            model_mentions = places_unglued(model_mentions, found, token_table(p.doc))  # 力|克东区: the rules' 东区
            model_mentions = cut_known_name_tails(model_mentions, found, token_table(p.doc), self.lexicon.org_suffixes,
                                                  p.norm.original)  # WHO|疾病监测: the WHO named elsewhere
            model_mentions = settle_place_runs(model_mentions, found, p.norm.simplified)  # 嘉义县|山区: the place
            model_mentions = cut_headed_name_tails(model_mentions, found, token_table(p.doc), self.lexicon.org_suffixes,
                                                   p.norm.original, self.lexicon.role_words)  # 民进党|彰化
            model_mentions = country_letters_apart(model_mentions, self.lexicon)  # 俄乌|战争: two countries
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
            yield 1
            model_mentions = _titles_not_places(people_off_places(model_mentions, places), found + model_mentions,
                                                p.norm.simplified)
            named = combine_mentions(places, orgs, people, model_mentions, p.norm.simplified, table=token_table(p.doc),
                                     lexicon=self.lexicon, original=p.norm.original)
        else:
            named = places + orgs + people
        yield 2
        named = countries_cut_from_bodies(named, self.lexicon)  # 白俄罗斯|明斯克大学, 英国|牛津大学: the body's own name
        named = listed_bodies_after_countries(named, p.norm.simplified, p.norm.original, self.lexicon)  # 日本|共同社
        named = joined_field_bodies(named, p.norm.simplified, p.norm.original, token_table(p.doc))  # 经济与财政部
        named = companies_listed_with_originals(named, p.norm.simplified, p.norm.original,  # 拜耳（Bayer）、BMW
                                                token_table(p.doc))
        named = companies_by_their_boards(named, p.norm.simplified)  # 向康宏|董事局: a company, not a person
        named = team_nicknames(named, p.norm.simplified, p.norm.original, token_table(p.doc), self.lexicon)  # 桃猿
        named = _agencies_whole(named, p.norm.simplified, p.norm.original, token_table(p.doc),
                                self.lexicon.foreign_name_chars)
        yield 3
        named = split_run_ons(named, p.doc, token_table(p.doc), p.norm.simplified)  # 四川金顶|获悉|华伦集团
        yield 4
        named = listed_companies(named, p.doc, token_table(p.doc), self.lexicon)  # 台泥, 联电 (companies_listed.tsv)
        yield 5
        named = company_names(named, p.doc, token_table(p.doc), p.norm.simplified)  # 中国铝业、宜华健康等5家公司
        yield 6
        named = marked_stocks(named, p.doc, token_table(p.doc), p.norm.simplified, self.lexicon)  # *ST白猫, 华侨城A
        # 函报|刑事局, 介入后|医委会, 于|鸿海, 力争|市东医院: the body another rule reads
        named = bodies_unglued(named, gazetteer=self.gazetteer, lexicon=self.lexicon)
        named = bodies_after_clause_words(named)  # 但|足总主席, 时任|暂委特委: no body opens with the clause's word
        named = units_into_titles(named, p.norm.simplified, self.lexicon)  # 海螺集团|党委书记: the unit is the title's
        named = brands_before_places(named, p.doc, token_table(p.doc), p.norm.simplified,
                                     self.lexicon.role_words)  # 和记电讯|香港控股有限公司: one registered name
        # no rule may leave a name empty (a model's 该院|党组 before 书记 loses 党组 to the role): never a blank node;
        # and every mention is its document's (a reader adding names to a document where nothing else was found
        # has no mention to take the id from: Lady Gaga说…)
        yield 7
        doc_id = p.doc.user_data.get(DOC_ID_KEY, "")
        selected = select_mentions([m if m.doc_id or not doc_id else replace(m, doc_id=doc_id)
                                    for m in named + others if m.end > m.start and m.text.strip()])
        yield 8
        resolved = canonicalise(selected, self.gazetteer, lexicon=self.lexicon, text=p.norm.simplified)
        # 县府|民政处, 台中市政府|民政局长: one organisation, held from the relation readers (orgs296)
        resolved = government_units(resolved, p.norm.simplified, p.norm.original)
        yield 9
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
            extracted = self._extract(documents)
            # the entity layer's own mentions no relation reader sees (a bare 工务处: orgs285)
            contexts = [RelationContext(document, [m for m in mentions if m.extractor not in HELD_FROM_RELATIONS],
                                        {m: entity_id(m) for m in mentions}, norm.simplified,
                                        doc_node=document_node_id(document.id), lexicon=self.lexicon,
                                        config=self.config,
                                        held=[m for m in mentions if m.extractor in HELD_FROM_RELATIONS])
                        for document, (norm, mentions) in zip(documents, extracted)]
            read = self._relate(contexts)
            for document, (norm, mentions), ctx, relations in zip(documents, extracted, contexts, read):
                # organisations the role readers name (试点处 in 试点处处长); one a reader named with its government
                # (金门县政府|工务处) is the node of its span, not the entity layer's bare unit
                if ctx.derived:
                    mentions = sorted([m for m in mentions if m.extractor not in HELD_FROM_RELATIONS]
                                      + ctx.held_standing() + ctx.derived, key=lambda m: (m.start, m.end, m.label.value))
                codes = tuple(sorted({(entity_id(m), code)
                                      for m, code in listed_codes(mentions, document.text)}))
                out.append(DocumentResult(document, norm.script, tuple(mentions), tuple(relations),
                                          _person_contexts(mentions, relations), codes))
        finally:
            self.position.clear()
        return out

    def _relate(self, contexts: list[RelationContext]) -> list[list[Relation]]:
        """Each document's relations (:func:`~zhkg.relate.base.relate_documents`: reader by reader over the batch,
        each document's as read alone)."""
        n, readers = len(contexts), len(self.relation_readers)
        return relate_documents(contexts, self.relation_readers, lambda j: self.position.note(3, j * n, n * readers))

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
