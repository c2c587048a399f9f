"""What every relation reader shares: the document's context, and running the readers.

A relation reader is a function of a :class:`RelationContext` returning
:class:`~zhkg.records.Relation` records; the built-in ones are registered in
:mod:`zhkg.relate` under the names ``Config.relations`` lists.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property, lru_cache
from itertools import accumulate

from zhkg.config import Config
from zhkg.extract.non_bodies import subunit_name
from zhkg.records import Document, Evidence, Label, Mention, Relation, RelationKind
from zhkg.registry import RelationReaderSpec
from zhkg.relate.roles_learned import apply_learned_roles
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.entity_groups import entity_id
from zhkg.stages.normalise import read_particles, to_simplified
from zhkg.stages.resolve_companies import document_company, written_aliases
from zhkg.text import CLAUSE_BREAK, EVIDENCE_LIMIT, iso_date, sentence_at, sentence_excerpt, sentence_spans

__all__ = ["RelationContext", "NearestBefore", "relate_document", "relate_documents", "CLAUSE_BREAK", "DERIVED"]


@lru_cache(maxsize=4)
def _heads_longest_first(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(sorted(lexicon.org_suffixes, key=lambda h: (-len(h), h)))


class NearestBefore:
    """The mention ending nearest before an offset, among some mentions: what
    ``max((m for m in mentions if m.end <= at), key=lambda m: (m.end, -m.start))`` gives (the first of the mentions,
    in their order, of the latest end and then the earliest start: the longest), by bisection rather than a scan of every mention:
    a long document's readers ask it once for each of many places.

    >>> from zhkg.records import Mention, Label
    >>> a, b, c = (Mention("d", s, e, "x", "x", Label.ORGANIZATION, "crf") for s, e in ((0, 4), (2, 4), (6, 8)))
    >>> near = NearestBefore([c, a, b])
    >>> near.at(3), near.at(5) is a, near.at(8) is c
    (None, True, True)
    """

    def __init__(self, mentions: Iterable[Mention]):
        self._mentions = sorted(mentions, key=lambda m: (m.end, -m.start))  # stable: equal keys keep their order
        self._keys = [(m.end, -m.start) for m in self._mentions]
        self._ends = [m.end for m in self._mentions]

    def at(self, offset: int) -> Mention | None:
        """The nearest mention ending at or before ``offset``, or None."""
        i = bisect_right(self._ends, offset)
        return self._mentions[bisect_left(self._keys, self._keys[i - 1])] if i else None


class RelationContext:
    """One document's resolved mentions and the look-ups every relation reader shares.

    ``owner`` maps each mention to its entity id; ``doc_node`` is the document's
    node id; ``text`` is the original text and ``simplified`` its normalised form
    (same length, same offsets); ``lexicon`` holds the word tables (role words…);
    ``config`` the run's settings; ``date`` the document's ISO date (or empty),
    which every relation's evidence carries. ``derived`` holds the organisations a
    reader named that no extractor did (:meth:`derive_organisation`). ``held`` holds the mentions of the
    entity layer only (:data:`~zhkg.records.HELD_FROM_RELATIONS`), which no reader sees but the one giving each
    entity its MENTIONED_IN edge.
    """

    def __init__(
        self,
        doc: Document,
        mentions: list[Mention],
        owner: dict[Mention, str],
        simplified: str | None = None,
        *,
        doc_node: str = "",
        lexicon: Lexicon | None = None,
        config: Config | None = None,
        held: Sequence[Mention] = (),
    ):
        self.doc = doc
        self.held = tuple(held)
        self.doc_node = doc_node
        self.config = config or Config()
        self.date = iso_date(doc.date)
        self.lexicon = lexicon or load_lexicon()
        self.text = doc.text
        self.simplified = simplified if simplified is not None else read_particles(to_simplified(doc.text))
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.owner = owner
        self.sentences = sentence_spans(doc.text)
        #: each evidence text sliced once: the relations of a sentence share one string, so a result
        #: pickles (to the parent, to the work directory's cache) and is held once per sentence, not per relation
        #: (an over-long sentence's excerpts, once per span)
        self._evidence_text: dict[tuple[int, ...], str] = {}
        self.org_ending_at: dict[int, Mention] = {}
        self.org_starting_at: dict[int, Mention] = {}
        self.place_ending_at: dict[int, Mention] = {}
        self.place_starting_at: dict[int, Mention] = {}
        self.person_starts = {m.start for m in self.mentions if m.label is Label.PERSON}
        self.derived: list[Mention] = []
        #: the relations the readers before this one read from the document (the learned reader drops what
        #: a rule reader already says)
        self.read: list[Relation] = []
        self._covered: dict[tuple, tuple[list[Mention], frozenset[int]]] = {}
        #: the entities of the document's teams, with the mentions list and owner count they were worked out for
        #: (:func:`zhkg.relate.members_teams._team_owners`)
        self.team_owners: tuple[list[Mention], int, frozenset[str]] | None = None
        #: whether a person's span runs into the next word, by (start, end, name, derived): three readers ask
        #: of each person (:func:`zhkg.relate.roles_names._glued_to_next_word`), each answer re-cutting letters
        self.glued: dict[tuple[int, int, str, bool], bool] = {}
        #: by label, the first mention of :attr:`mentions` + :attr:`derived` ending at each offset, with the mentions
        #: list and the number of derived mentions it was worked out for (:meth:`first_ending_at`)
        self.ending_at: dict[Label, tuple[list[Mention], int, dict[int, Mention]]] = {}
        #: :attr:`mentions` + :attr:`derived` by span, in that order, and the organisations of :attr:`mentions` by
        #: canonical name, with the mentions list and the number of derived mentions they were worked out for
        #: (:meth:`derive_mention`: one look at a span, not at every mention of a long document)
        self._by_span: tuple[list[Mention], int, dict[tuple[int, int], list[Mention]], dict[str, list[Mention]]] | None = None
        #: by label, the starts of :attr:`mentions`, in order, with the mentions list they were worked out for
        #: (:meth:`starts`)
        self.starts_of: dict[Label, tuple[list[Mention], list[int]]] = {}
        #: the organisations' names less their generic head, with the mentions list they were worked out for
        #: (:func:`zhkg.relate.roles_title_body._short_form_ending_at`)
        self.short_forms: tuple[list[Mention], dict[str, list[tuple[int, Mention]]], tuple[int, ...]] | None = None
        #: the people named in full, by the first one and two letters of their names, with the mentions list they
        #: were worked out for (:func:`zhkg.relate.roles_names._owner_of`)
        self.full_names: tuple[list[Mention], object] | None = None
        #: the teams' names less their 队, with the mentions list they were worked out for
        #: (:func:`zhkg.relate.members_teams._team_short_form`)
        self.team_short_names: tuple[list[Mention], object] | None = None
        #: the starts of :attr:`mentions` and the furthest end among each one and those before it, with the mentions
        #: list they were worked out for (:meth:`any_between`)
        self.reach: tuple[list[Mention], list[int], list[int]] | None = None
        #: the people of :attr:`mentions` by start (the last, the shortest, of those starting there), with the mentions
        #: list they were worked out for (:func:`zhkg.relate.members_teams._listed_after`)
        self.people_at: tuple[list[Mention], dict[int, Mention]] | None = None
        #: the stand-ins of the people the document names again where no mention reads, with the mentions list they
        #: were worked out for (:func:`zhkg.relate.roles_repeated_names.repeated_people`)
        self.repeated_names: tuple[list[Mention], list[Mention]] | None = None
        for m in self.mentions:
            if m.label is Label.ORGANIZATION:
                self.org_ending_at.setdefault(m.end, m)
                self.org_starting_at.setdefault(m.start, m)  # the longest, as mentions sort by -end
            elif m.label is Label.PLACE:
                self.place_ending_at.setdefault(m.end, m)
                self.place_starting_at.setdefault(m.start, m)

    def held_standing(self) -> list[Mention]:
        """The :attr:`held` mentions whose span no reader has named (:attr:`derived`): a reader's 金门县政府工务处
        on the span of a held bare 工务处 is that span's node."""
        named = {m.span for m in self.derived}
        return [m for m in self.held if m.span not in named]

    def derive_organisation(self, start: int, end: int, canonical: str = "") -> Mention:
        """The organisation named by ``[start, end)``, which a reader found and no extractor did (试点处 in
        中国小城镇试点处处长, 伊犁农垦局 in 伊犁农垦局党委副书记、副局长): an existing mention of that span, or a
        new one, added to :attr:`derived` and to :attr:`owner` (the pipeline adds it to the document's
        mentions). ``canonical`` is its full name when the span is not (政府 in 西藏自治区党委常委、政府…); a bare
        sub-unit right after its parent is named with it (住建部|政策法规司 -> 住房和城乡建设部政策法规司:
        :func:`zhkg.extract.non_bodies.subunit_name`)."""
        if not canonical:
            canonical = subunit_name(self.simplified[start:end], self.org_ending_at.get(start))
        return self.derive_mention(start, end, Label.ORGANIZATION, canonical)

    @cached_property
    def org_names(self) -> frozenset[str]:
        """The names of the document's organisations (canonical, Simplified)."""
        return frozenset(m.canonical or m.simplified for m in self.mentions if m.label is Label.ORGANIZATION)

    @cached_property
    def written_orgs(self) -> dict[str, str]:
        """The names the document writes for an organisation another name of which is its node (an alias: 北京奥组委
        of 奥林匹克运动会组织委员会), each to that node's name; a written name that names two nodes names neither."""
        return written_aliases(self.mentions)

    @cached_property
    def place_names(self) -> frozenset[str]:
        """The document's places as written (Simplified)."""
        return frozenset(m.simplified for m in self.mentions if m.label is Label.PLACE)

    @cached_property
    def contractions(self) -> dict[str, str]:
        """The contractions of the document's organisations' full names its text writes (浦发银行 of
        上海浦东发展银行股份有限公司, 首规委 of 首都规划建设委员会), each to the one name it contracts: an
        organisation a reader finds inside a longer name (浦发银行|董事会, 首规委|办公室) is that body
        (:func:`zhkg.extract.short_forms.contractions_in_text`)."""
        from zhkg.extract.short_forms import contractions_in_text

        names = {m.canonical or m.simplified for m in self.mentions if m.label is Label.ORGANIZATION}
        places = frozenset(m.simplified for m in self.mentions if m.label is Label.PLACE)
        return contractions_in_text(names, self.simplified, places, _heads_longest_first(self.lexicon))

    def derive_mention(self, start: int, end: int, label: Label, canonical: str = "", code: str = "",
                       extractor: str = "") -> Mention:
        """The mention of ``label`` spanning ``[start, end)`` that a reader found and no extractor did: an
        existing one of that span and name, or a new one (added to :attr:`derived`, :attr:`owner` and, for a
        person, :attr:`person_starts`). :meth:`derive_organisation` is this for organisations; the role
        readers also name a person a title introduces (总经理王小明表示). ``code`` is a place's division code
        (国家 of 国家主席 is 中国, CN). ``extractor`` is the new mention's source when not :data:`DERIVED` (a facility
        by its kind alone, :attr:`zhkg.records.MentionSource.DOCUMENT_FACILITY`)."""
        name = canonical or self.simplified[start:end]
        if label is Label.ORGANIZATION and name == self.simplified[start:end] and len(name) >= 3:
            name = self.contractions.get(name, name)  # 浦发银行 of 浦发银行|董事会: the bank named in full
            # 绿瘦国际集团 of 绿瘦国际集团|西安分公司: the document's 绿瘦国际集团公司; not a name the reader cut
            # short here (基金安顺 of 基金安顺|基金经理, read 基金安顺基金)
            company = document_company(name, self.org_names, self.place_names)
            if not any(m.start < end and start < m.end for m in self._span_index()[3].get(company, ())):
                name = company
            # 北京奥组委 of 北京奥组委|监察审计部, which the document makes the alias of 第29届奥林匹克运动会组织委员会
            # (以下简称北京奥组委): that body, one node under both names
            name = self.written_orgs.get(name, name) if name not in self.org_names else name
        for m in self._span_index()[2].get((start, end), ()):
            if m.label is label and m.name == name and m.extractor == (extractor or m.extractor):
                return m
        m = Mention(self.doc.id, start, end, self.text[start:end], self.simplified[start:end], label,
                    extractor or DERIVED, canonical=name, code=code)
        self.derived.append(m)
        self.owner[m] = entity_id(m)
        if label is Label.PERSON:
            self.person_starts.add(start)
        return m

    def _span_index(self) -> tuple:
        """:attr:`_by_span`, worked out again when :attr:`mentions` is another list, brought up to :attr:`derived`."""
        found = self._by_span
        if found is None or found[0] is not self.mentions:
            spans: dict[tuple[int, int], list[Mention]] = {}
            organisations: dict[str, list[Mention]] = {}
            for m in self.mentions:
                spans.setdefault((m.start, m.end), []).append(m)
                if m.label is Label.ORGANIZATION:
                    organisations.setdefault(m.canonical, []).append(m)
            found = (self.mentions, 0, spans, organisations)
        if found[1] < len(self.derived):
            for m in self.derived[found[1]:]:
                found[2].setdefault((m.start, m.end), []).append(m)
            found = (found[0], len(self.derived), found[2], found[3])
        self._by_span = found
        return found

    def starts(self, label: Label) -> list[int]:
        """The starts of :attr:`mentions` of ``label``, in order (the mentions sort by start): kept while the
        mentions stay the same list, for bisection.

        >>> from zhkg.records import Document
        >>> a, b = Mention("d", 3, 5, "王明", "王明", Label.PERSON, "x"), Mention("d", 0, 2, "北京", "北京", Label.PLACE, "x")
        >>> RelationContext(Document("d", "北京的王明说"), [a, b], {}).starts(Label.PERSON)
        [3]
        """
        found = self.starts_of.get(label)
        if found is None or found[0] is not self.mentions:
            found = self.starts_of[label] = (self.mentions, [m.start for m in self.mentions if m.label is label])
        return found[1]

    def first_ending_at(self, label: Label, end: int) -> Mention | None:
        """The first mention of ``label`` in ``mentions + derived`` that ends at ``end``, or None: what
        ``next((m for m in ctx.mentions + ctx.derived if m.label is label and m.end == end), None)`` gives, from an
        index kept while the mentions stay the same list (derived mentions are only ever added, at its end).

        >>> from zhkg.records import Document
        >>> a, b = Mention("d", 0, 2, "王明", "王明", Label.PERSON, "x"), Mention("d", 1, 2, "明", "明", Label.PERSON, "x")
        >>> ctx = RelationContext(Document("d", "王明说"), [b, a], {})
        >>> ctx.first_ending_at(Label.PERSON, 2) is a, ctx.first_ending_at(Label.PERSON, 3)
        (True, None)
        >>> said = ctx.derive_mention(0, 3, Label.PERSON)
        >>> ctx.first_ending_at(Label.PERSON, 3) is said
        True
        """
        found = self.ending_at.get(label)
        if found is None or found[0] is not self.mentions:
            index: dict[int, Mention] = {}
            for m in self.mentions:
                if m.label is label:
                    index.setdefault(m.end, m)
            found = (self.mentions, 0, index)
        mentions, seen, index = found
        if seen < len(self.derived):
            for m in self.derived[seen:]:
                if m.label is label:
                    index.setdefault(m.end, m)
            found = (mentions, len(self.derived), index)
        self.ending_at[label] = found
        return index.get(end)

    def covered(self, labels: tuple[Label, ...] | None = None, *, but: tuple[Label, ...] = ()) -> frozenset[int]:
        """The offsets inside a mention of :attr:`mentions` whose label is one of ``labels`` (any, when None)
        and none of ``but``; worked out once while the mentions stay the same list.

        >>> from zhkg.records import Document
        >>> a = Mention("d", 0, 2, "北京", "北京", Label.PLACE, "x")
        >>> b = Mention("d", 3, 5, "5人", "5人", Label.COUNT, "x")
        >>> ctx = RelationContext(Document("d", "北京有5人"), [a, b], {})
        >>> sorted(ctx.covered()), sorted(ctx.covered(but=(Label.COUNT,))), sorted(ctx.covered((Label.COUNT,)))
        ([0, 1, 3, 4], [0, 1], [3, 4])
        """
        key = (labels, but)
        found = self._covered.get(key)
        if found is None or found[0] is not self.mentions:
            offsets: set[int] = set()
            for m in self.mentions:
                if (labels is None or m.label in labels) and m.label not in but:
                    offsets.update(range(m.start, m.end))
            found = self._covered[key] = (self.mentions, frozenset(offsets))
        return found[1]

    def any_between(self, lo: int, hi: int) -> bool:
        """Whether a mention of :attr:`mentions` starts before ``hi`` and ends after ``lo``: what
        ``any(m.start < hi and m.end > lo for m in ctx.mentions)`` gives, by bisection on the starts and the furthest
        end reached so far, worked out once while the mentions stay the same list.

        >>> from zhkg.records import Document
        >>> a = Mention("d", 0, 5, "北京大学校", "北京大学校", Label.ORGANIZATION, "x")
        >>> ctx = RelationContext(Document("d", "北京大学校长说了"), [a, Mention("d", 6, 7, "了", "了", Label.PERSON, "x")], {})
        >>> ctx.any_between(4, 6), ctx.any_between(5, 6), ctx.any_between(5, 7)
        (True, False, True)
        """
        found = self._reach()
        k = bisect_left(found[1], hi)  # the mentions starting before hi (they sort by start)
        return k > 0 and found[2][k - 1] > lo

    def _reach(self) -> tuple[list[Mention], list[int], list[int]]:
        """:attr:`reach`, worked out again when :attr:`mentions` is another list."""
        found = self.reach
        if found is None or found[0] is not self.mentions:
            found = self.reach = (self.mentions, [m.start for m in self.mentions],
                                  list(accumulate((m.end for m in self.mentions), max)))
        return found

    def starting_between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions of :attr:`mentions` starting in ``[lo, hi)``, in order: what
        ``[m for m in ctx.mentions if lo <= m.start < hi]`` gives, by bisection on the starts (:meth:`any_between`'s).

        >>> from zhkg.records import Document
        >>> a, b = Mention("d", 0, 2, "北京", "北京", Label.PLACE, "x"), Mention("d", 3, 5, "王明", "王明", Label.PERSON, "x")
        >>> ctx = RelationContext(Document("d", "北京的王明说"), [b, a], {})
        >>> [m.text for m in ctx.starting_between(0, 3)], [m.text for m in ctx.starting_between(1, 6)]
        (['北京'], ['王明'])
        """
        starts = self._reach()[1]
        return self.mentions[bisect_left(starts, lo):bisect_left(starts, hi)]

    def sentence_index(self, at: int) -> int:
        """The index in :attr:`sentences` of the last sentence starting at or before ``at`` (the one holding it,
        unless ``at`` falls in the space after it), -1 before the first: by bisection, not a scan of the sentences.

        >>> from zhkg.records import Document
        >>> ctx = RelationContext(Document("d", "甲说。  乙说。"), [], {})
        >>> ctx.sentences, [ctx.sentence_index(at) for at in (0, 3, 4, 5, 7)]
        ([(0, 3), (5, 8)], [0, 0, 0, 1, 1])
        """
        return bisect_right(self.sentences, (at, len(self.text))) - 1

    def of(self, label: Label) -> list[Mention]:
        """This document's mentions of ``label``, by offset."""
        return [m for m in self.mentions if m.label is label]

    def evidence(self, start: int, end: int) -> Evidence:
        """The sentence around ``[start, end)``, widened to cover the span; a sentence longer than
        :data:`~zhkg.text.EVIDENCE_LIMIT` characters is cut to the part around the span
        (:func:`~zhkg.text.sentence_excerpt`)."""
        s, e = sentence_at(self.sentences, start)
        s, e = min(s, start), max(e, end)
        key = (s, e) if e - s <= EVIDENCE_LIMIT else (s, e, start, end)
        sentence = self._evidence_text.get(key)
        if sentence is None:
            sentence = self._evidence_text[key] = sentence_excerpt(self.text, s, e, start, end)
        return Evidence(doc_id=self.doc.id, sentence=sentence, start=start, end=end, date=self.date)

    def relation(self, source: str, target: str, kind: RelationKind, start: int, end: int, role: str = "",
                 *, former: bool = False) -> Relation:
        """A relation with the evidence of ``[start, end)``; ``role`` in the source script."""
        return Relation(
            source=source,
            target=target,
            kind=kind,
            evidence=self.evidence(start, end),
            role=role,
            role_simplified=to_simplified(role) if role else "",
            former=former,
        )


def relate_document(
    doc: Document,
    mentions: list[Mention],
    owner: dict[Mention, str],
    *,
    readers: Iterable[RelationReaderSpec],
    doc_node: str,
    simplified: str | None = None,
    lexicon: Lexicon | None = None,
    config: Config | None = None,
    derived: list[Mention] | None = None,
    on_reader: Callable[[int], None] | None = None,
) -> list[Relation]:
    """All relations the ``readers`` read from one document's canonicalised mentions, in reader order.

    ``simplified`` is the document's normalised text, when the caller has it. The organisations readers
    name that no extractor did are appended to ``derived`` (and the later readers see them among the
    mentions: each gets its MENTIONED_IN edge). ``on_reader(j)`` is told before the ``j``-th reader (from 0)
    starts (the progress bar's).
    """
    ctx = RelationContext(doc, mentions, owner, simplified, doc_node=doc_node, lexicon=lexicon, config=config)
    out = relate_documents([ctx], readers, on_reader)[0]
    if derived is not None:
        derived += ctx.derived
    return out


def relate_documents(contexts: Sequence[RelationContext], readers: Iterable[RelationReaderSpec],
                     on_reader: Callable[[int], None] | None = None) -> list[list[Relation]]:
    """:func:`relate_document` of several documents' contexts, reader by reader: each reader reads every document
    before the next reader starts. A document's relations, and what each reader sees of it (the mentions the
    readers before it derived), are those of reading it alone; a reader's tables and patterns stay warm in the
    processor's caches across the documents (speed214: some 2 % of a run's CPU). Each context's relations are also on
    its ``read``; its derived mentions on its ``derived``. ``on_reader(j)`` is told before the ``j``-th reader starts.
    """
    seen = [0] * len(contexts)
    for ctx in contexts:
        ctx.read = []
    for j, spec in enumerate(readers):
        if on_reader is not None:
            on_reader(j)
        for k, ctx in enumerate(contexts):
            ctx.read += spec.func(ctx)
            if len(ctx.derived) > seen[k]:
                ctx.mentions = sorted(ctx.mentions + ctx.derived[seen[k]:], key=lambda m: (m.start, -m.end))
                seen[k] = len(ctx.derived)
    return [apply_learned_roles(ctx) for ctx in contexts]  # the learned role scorer's pass, if on (rolelearn317)


#: The ``extractor`` of a mention a relation reader named (:meth:`RelationContext.derive_mention`).
DERIVED = "relate:derived"

