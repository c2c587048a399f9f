"""Entities from resolved mentions: mentions grouped by (label, canonical name) across a run's documents.

What :func:`zhkg.stages.entity_groups.resolve_entities` makes of the mentions :func:`~zhkg.stages.resolve.canonicalise`
named: the names a mention is written as (:func:`names_as_written`), an entity's stable id (:func:`entity_id`),
people of one name told apart (:func:`split_people`, :func:`split_people_grouped`), the running tally of a corpus
(:class:`EntityTally`) and :func:`one_join`, the · that joins a transliterated name's parts.

Caveats: moved word for word out of ``stages/resolve.py`` (tidy106); callers import every name from here (since
tidy273 ``resolve`` re-exports none of them). An entity id is a hash of label and canonical name: changing either changes the id.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import replace

from zhkg.records import Entity, Label, Mention, MentionSource, Script
from zhkg.resources.gazetteer import Gazetteer
from zhkg.stages.normalise import Normalised, to_simplified, to_traditional
from zhkg.text import is_han

__all__ = ["_NAME_JOINS", "one_join", "_PREFIX", "names_as_written", "entity_id", "_display", "split_people",
           "split_people_grouped", "_namesakes_likely", "resolve_entities", "_default_reason", "ENTITY_SAMPLE",
           "ENTITY_DOC_IDS", "EntityTally", "_place", "_smallest"]

#: The marks transliterated names are joined by (布兰顿·罗伊, 布兰顿-罗伊, 布蘭頓‧羅伊, 卡尔 拉格斐): one name, written
#: with ·. A person's name never holds a space between two letters in characters but as such a mark.
_NAME_JOINS = re.compile(r"(?<=[\u3400-\u9fff])[-‧•・·－‐﹣ \u00a0\u3000](?=[\u3400-\u9fff])")


def one_join(name: str) -> str:
    """``name`` with the marks between the parts of a transliterated name written as ·.

    >>> one_join("布兰顿-罗伊"), one_join("让-皮埃尔‧拉法兰"), one_join("Jean-Pierre"), one_join("C罗"), one_join("卡尔 拉格斐")
    ('布兰顿·罗伊', '让·皮埃尔·拉法兰', 'Jean-Pierre', 'C罗', '卡尔·拉格斐')
    """
    return _NAME_JOINS.sub("·", name) if len(name) > 2 else name


_PREFIX = {Label.PERSON: "person", Label.ORGANIZATION: "org", Label.PLACE: "place", Label.COUNT: "count"}


def names_as_written(mentions: list[Mention], norm: Normalised) -> list[Mention]:
    """The mentions of one document with each name's 著 as written where the processing form reads 着.

    The processing form reads Taiwan's particle 著 as 着 for the segmenter (:func:`~zhkg.stages.normalise.read_particles`);
    a name is no particle: a person written 張著明 is 张著明, in his span and in every canonical name that spans
    took from it (著明 alone, his given name, is 张著明 too). Counts keep their processing form.

    >>> from zhkg.stages.normalise import normalise
    >>> norm = normalise("隨著市長張著明到場")
    >>> m = Mention("d", 4, 7, "張著明", "张着明", Label.PERSON, "x", canonical="张着明")
    >>> [(x.simplified, x.name) for x in names_as_written([m], norm)]
    [('张著明', '张著明')]
    """
    if "著" not in norm.original or "着" not in norm.simplified:
        return mentions
    written: dict[str, str] = {}
    for m in mentions:
        if m.label is not Label.COUNT and "着" in m.simplified:
            if (as_written := norm.as_written(m.start, m.end)) != m.simplified:
                written[m.simplified] = as_written
    if not written:
        return mentions
    forms = sorted(written, key=lambda k: (-len(k), k))
    pattern = re.compile("|".join(map(re.escape, forms)))

    def rewrite(name: str) -> str:
        return pattern.sub(lambda found: written[found.group()], name) if "着" in name else name

    return [m if m.label is Label.COUNT
            else replace(m, simplified=rewrite(m.simplified), canonical=rewrite(m.canonical))
            for m in mentions]


def entity_id(m: Mention) -> str:
    """Stable node id of the entity a canonicalised mention belongs to.

    >>> from zhkg.records import Mention, Label
    >>> entity_id(Mention("d", 0, 3, "閆維洪", "闫维洪", Label.PERSON, "x", canonical="闫维洪"))
    'person:闫维洪'
    >>> entity_id(Mention("d7", 0, 3, "托老院", "托老院", Label.ORGANIZATION, "relate:document_facility"))
    'org:托老院@doc:d7'
    """
    if m.label is Label.COUNT:
        return f"count:{m.doc_id}:{m.start}"
    if m.label is Label.PLACE and m.code:
        return f"place:{m.code}"
    if m.label is Label.ORGANIZATION and m.code:
        return f"org:{m.name}@{m.code}"  # a party of a region: 民主党@US
    if m.extractor == MentionSource.DOCUMENT_FACILITY:  # a facility by its kind alone (托老院): this document's own
        return f"{_PREFIX[m.label]}:{m.name}@doc:{m.doc_id}"
    # a plug-in's entity type is its own prefix, lower-cased: GADGET -> gadget:…
    return f"{_PREFIX.get(m.label) or m.label.value.lower()}:{m.name}"


def _display(canonical: str, mentions: list[Mention], script: Script) -> str:
    surfaces = Counter(m.text for m in mentions if to_simplified(m.text) == canonical)
    if any(m.extractor == MentionSource.PEOPLE_KNOWN for m in mentions):
        # a well-known person is shown as written most (川普 in Taiwan's news), whatever the table names him
        surfaces = Counter(m.text for m in mentions)
    if surfaces:
        return sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return to_traditional(canonical) if script is Script.TRADITIONAL else canonical


def split_people(contexts: dict[str, dict[str, frozenset[str]]]) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """Tell apart people who share a name, by the organisations they belong to.

    ``contexts[person_id][doc_id]`` holds the organisations the person holds a
    role in or is a member of in that document. Only names that namesakes often
    share are split (a surname alone, a two-letter name: :func:`_namesakes_likely`);
    a longer name is one person in every document. Documents whose
    contexts share an id are one person; a document with no context joins the
    first person. The first person (by document
    id) keeps the plain id; the others get ``~`` and a hash of their contexts, so
    ids do not depend on the order of the run.

    Returns the new id of each ``(doc_id, person_id)`` that changes, and the
    reason recorded for each person seen in more than one document.
    (:func:`split_people_grouped` does the same from documents grouped by context.)

    >>> ids, why = split_people({"person:张伟": {"a": frozenset({"org:甲"}), "b": frozenset({"org:乙"}),
    ...                                          "c": frozenset({"org:甲"})}})
    >>> sorted(ids.values()) == ["person:张伟~" + ids[("b", "person:张伟")].split("~")[1]]
    True
    >>> why["person:张伟"]
    'same name in 2 documents, sharing org:甲'
    """
    grouped: dict[str, dict[frozenset[str], tuple[str, int]]] = {}
    for pid, by_doc in contexts.items():
        groups: dict[frozenset[str], tuple[str, int]] = grouped.setdefault(pid, {})
        for d, ctx in by_doc.items():
            first, n = groups.get(ctx, (d, 0))
            groups[ctx] = (min(first, d), n + 1)
    renamed, reasons = split_people_grouped(grouped)
    new_ids = {(d, pid): renamed[(pid, ctx)] for pid, by_doc in contexts.items() for d, ctx in by_doc.items()
               if (pid, ctx) in renamed}
    return new_ids, reasons


def split_people_grouped(
    contexts: Mapping[str, Mapping[frozenset[str], tuple[str, int]]],
) -> tuple[dict[tuple[str, frozenset[str]], str], dict[str, str]]:
    """:func:`split_people` from documents grouped by context: what a merge that keeps no document list needs.

    ``contexts[person_id][context]`` is ``(first doc id, number of documents)`` of the
    documents where the person has exactly that context (the same context always
    lands with the same person, so the new id depends only on it). Returns the new
    id of each ``(person_id, context)`` that changes, and the reasons as :func:`split_people`.

    >>> ids, why = split_people_grouped({"person:张伟": {frozenset({"org:甲"}): ("a", 2), frozenset({"org:乙"}): ("b", 1)}})
    >>> list(ids) == [("person:张伟", frozenset({"org:乙"}))], why["person:张伟"]
    (True, 'same name in 2 documents, sharing org:甲')
    """
    import hashlib

    new_ids: dict[tuple[str, frozenset[str]], str] = {}
    reasons: dict[str, str] = {}
    for pid, by_ctx in sorted(contexts.items()):
        # contexts that share an organisation are one person (union-find over the distinct contexts)
        ctxs = sorted(by_ctx, key=lambda c: by_ctx[c][0])
        parent = {c: c for c in ctxs}

        def find(c: frozenset[str], parent: dict = parent) -> frozenset[str]:
            while parent[c] != c:
                parent[c] = parent[parent[c]]
                c = parent[c]
            return c

        owner_of: dict[str, frozenset[str]] = {}
        for c in ctxs:
            for org in sorted(c):
                if org in owner_of:
                    parent[find(c)] = find(owner_of[org])
                else:
                    owner_of[org] = c
        groups: dict[frozenset[str], list[frozenset[str]]] = defaultdict(list)
        for c in ctxs:
            groups[find(c)].append(c)
        with_context = [g for g in groups.values() if any(g)]
        bare = [c for g in groups.values() if not any(g) for c in g]  # at most the empty context
        if len(with_context) <= 1 or not _namesakes_likely(pid):
            clusters = [ctxs]
        else:
            clusters = sorted(with_context, key=lambda g: min(by_ctx[c][0] for c in g))
            clusters[0] = clusters[0] + bare  # a document that names no organisation: the person most read of
        clusters.sort(key=lambda g: min(by_ctx[c][0] for c in g))
        for i, cluster in enumerate(clusters):
            named = [set(c) for c in cluster if c]
            shared = sorted(set.intersection(*named)) if named else []
            context = sorted(set().union(*cluster))
            new = pid if i == 0 else f"{pid}~{hashlib.sha1('|'.join(context).encode('utf-8')).hexdigest()[:8]}"
            if new != pid:
                new_ids.update({(pid, c): new for c in cluster})
            size = sum(by_ctx[c][1] for c in cluster)
            if size > 1:
                reasons[new] = (f"same name in {size} documents, sharing {', '.join(shared)}" if shared
                                else f"same name in {size} documents; no organisation tells them apart")
            elif len(clusters) > 1:
                reasons[new] = (f"a surname alone: one document's {pid[len('person:'):]}, not merged with another's"
                                if context and context[0].startswith("doc:")
                                else f"same name as {pid} elsewhere, but in another organisation")
    return new_ids, reasons


def _namesakes_likely(pid: str) -> bool:
    """Whether people of this name are often namesakes: a surname alone (刘 of 刘师傅) or a two-letter
    Chinese name (张伟). On the 1,000 THUCNews articles, all eight longer names the organisations had split
    were one person holding several posts (温家宝, 胡锦涛, 曾荫权, 王岐山, 蔡英文, 黄怒波, 纳波利塔诺).

    >>> [_namesakes_likely(p) for p in ("person:张伟", "person:刘", "person:胡锦涛", "person:Chris Bowen")]
    [True, True, False, False]
    """
    name = pid.split(":", 1)[-1].split("~", 1)[0]
    return len(name) <= 2 and all(map(is_han, name))


def resolve_entities(
    mentions: list[Mention],
    scripts: dict[str, Script],
    gazetteer: Gazetteer,
    *,
    renamed: dict[tuple[str, str], str] | None = None,
    reasons: dict[str, str] | None = None,
) -> tuple[list[Entity], dict[Mention, str]]:
    """Group canonicalised mentions of all documents into entities.

    ``renamed`` maps ``(doc_id, entity_id)`` to another id (people told apart
    by :func:`split_people`); ``reasons`` says why an entity spans documents.
    Returns the entities sorted by id and the entity id of every mention.
    """
    renamed = renamed or {}
    reasons = reasons or {}
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        eid = entity_id(m)
        groups[renamed.get((m.doc_id, eid), eid)].append(m)
    entities, owner = [], {}
    for eid in sorted(groups):
        ms = sorted(groups[eid], key=lambda m: (m.doc_id, m.start, m.end))
        first = ms[0]
        canonical = first.name
        doc_scripts = Counter(scripts.get(m.doc_id, Script.UNKNOWN) for m in ms)
        script = doc_scripts.most_common(1)[0][0]
        aliases = sorted({m.text for m in ms} | {m.simplified for m in ms} - {""})
        code = first.code
        parent = gazetteer.parent(code) if code else None
        entities.append(
            Entity(
                id=eid,
                label=first.label,
                name=canonical,
                display=first.text if first.label is Label.COUNT else _display(canonical, ms, script),
                aliases=tuple(aliases),
                mentions=tuple(ms),
                code=code,
                parent_code=parent.code if parent else "",
                quantity=first.quantity,
                doc_ids=tuple(sorted({m.doc_id for m in ms})),
                merged_because=reasons.get(eid, _default_reason(first.label, ms)),
            )
        )
        for m in ms:
            owner[m] = eid
    return entities, owner


def _default_reason(label: Label, mentions: list[Mention]) -> str:
    docs = {m.doc_id for m in mentions}
    if len(docs) < 2 or label is Label.COUNT:
        return ""
    if label is Label.PLACE and mentions[0].code:
        return f"same official division {mentions[0].code} in {len(docs)} documents"
    return f"same {label.value.lower()} name in {len(docs)} documents"


#: At most this many mentions an entity of a run keeps (its first, by document and offset) ...
ENTITY_SAMPLE = 5
#: ... and this many document ids (the smallest); it counts them all.
ENTITY_DOC_IDS = 50


class EntityTally:
    """What an entity needs of its mentions, kept as they arrive instead of the mentions themselves.

    Counts, the first few mentions and document ids in (document, offset) order,
    surface forms with their counts, and the scripts of the documents: everything
    :meth:`entity` needs to give the :class:`~zhkg.records.Entity` that
    :func:`resolve_entities` gives from all the mentions. Tallies combine
    (:meth:`merge`) in any order and grouping, so parts of a corpus can be
    tallied apart and combined in a tree.

    Document ids must be unique across the run (:func:`zhkg.stages.read.read_inputs` makes them so):
    each call of :meth:`add` is one document.
    """

    __slots__ = ("first", "mentions", "documents", "doc_ids", "surfaces", "simplified", "scripts")

    def __init__(self) -> None:
        self.first: list[Mention] = []  # the first ENTITY_SAMPLE mentions by (doc_id, start, end)
        self.mentions = 0
        self.documents = 0
        self.doc_ids: list[str] = []  # the smallest ENTITY_DOC_IDS document ids
        self.surfaces: Counter[str] = Counter()  # m.text -> mentions
        self.simplified: set[str] = set()
        self.scripts: dict[Script, tuple[int, tuple[str, int, int]]] = {}  # script -> (mentions, its first mention)

    def add(self, mentions: list[Mention], script: Script) -> None:
        """The mentions of this entity in one document (in the document's order), whose script is ``script``."""
        first = min(mentions, key=_place)
        where = _place(first)
        if len(self.first) < ENTITY_SAMPLE or where < _place(self.first[-1]):
            self.first = _smallest(self.first, sorted(mentions, key=_place)[:ENTITY_SAMPLE], _place)
        self.mentions += len(mentions)
        self.documents += 1
        doc = first.doc_id
        if len(self.doc_ids) < ENTITY_DOC_IDS or doc < self.doc_ids[-1]:
            bisect.insort(self.doc_ids, doc)
            del self.doc_ids[ENTITY_DOC_IDS:]
        surfaces = self.surfaces
        simplified = self.simplified
        for m in mentions:
            surfaces[m.text] += 1
            simplified.add(m.simplified)
        n, seen = self.scripts.get(script, (0, where))
        self.scripts[script] = (n + len(mentions), min(seen, where))

    def merge(self, other: EntityTally, *, shared: bool = False) -> None:
        """Add ``other``'s mentions (of other documents) to these.

        With ``shared``, ``other`` is another entity's tally (a short form joined to its full name across
        documents: :mod:`zhkg.stages.corpus_aliases`) whose documents may be these: a document both name counts
        once, exactly while each names at most :data:`ENTITY_DOC_IDS` documents (the ids a tally keeps).
        """
        self.first = _smallest(self.first, other.first, _place)
        self.mentions += other.mentions
        if shared and (both := set(self.doc_ids) & set(other.doc_ids)):
            self.documents += other.documents - len(both)
            self.doc_ids = sorted(set(self.doc_ids) | set(other.doc_ids))[:ENTITY_DOC_IDS]
        else:
            self.documents += other.documents
            self.doc_ids = _smallest(self.doc_ids, other.doc_ids, str, ENTITY_DOC_IDS)
        self.surfaces.update(other.surfaces)
        self.simplified |= other.simplified
        for script, (n, seen) in other.scripts.items():
            mine, where = self.scripts.get(script, (0, seen))
            self.scripts[script] = (mine + n, min(where, seen))

    def entity(self, eid: str, gazetteer: Gazetteer, reason: str | None = None, name: str | None = None) -> Entity:
        """The entity ``eid`` these mentions make; ``reason`` why it spans documents (default: the name or code);
        ``name`` its canonical name (default: its first mention's; a merge across documents by alias names it)."""
        first = self.first[0]
        canonical = name or first.name
        # the most frequent script, ties to the one met first (as Counter.most_common over the sorted mentions)
        script = min(self.scripts.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[0]
        surfaces = {text: n for text, n in self.surfaces.items()
                    if to_simplified(text) == canonical or one_join(to_simplified(text)) == canonical}
        if any(m.extractor == MentionSource.PEOPLE_KNOWN for m in self.first):
            surfaces = dict(self.surfaces)  # a well-known person: as written most (川普), whatever the table names
        if first.label is Label.COUNT:
            display = first.text
        elif surfaces:
            display = sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        else:
            display = to_traditional(canonical) if script is Script.TRADITIONAL else canonical
        parent = gazetteer.parent(first.code) if first.code else None
        if reason is None:
            reason = ""
            if self.documents >= 2 and first.label is not Label.COUNT:
                reason = (f"same official division {first.code} in {self.documents} documents"
                          if first.label is Label.PLACE and first.code
                          else f"same {first.label.value.lower()} name in {self.documents} documents")
        return Entity(
            id=eid,
            label=first.label,
            name=canonical,
            display=display,
            aliases=tuple(sorted(set(self.surfaces) | (self.simplified - {""}))),
            mentions=tuple(self.first),
            code=first.code,
            parent_code=parent.code if parent else "",
            quantity=first.quantity,
            doc_ids=tuple(self.doc_ids),
            merged_because=reason,
            mention_count=self.mentions,
            document_count=self.documents,
        )


def _place(m: Mention) -> tuple[str, int, int]:
    return (m.doc_id, m.start, m.end)


def _smallest(mine: list, theirs: list, key, size: int | None = None) -> list:
    """The first ``size`` (default :data:`ENTITY_SAMPLE`) of two sorted lists together (``mine`` first where keys tie)."""
    return sorted(mine + theirs, key=key)[:size or ENTITY_SAMPLE] if theirs else mine
