"""What every relation reader shares: the document's context, and running the readers.

A relation reader is a function of a :class:`RelationContext` returning
:class:`~zhkg.records.Relation` records; the built-in ones are registered in
:mod:`zhkg.relate` under the names ``Config.relations`` lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from zhkg.config import Config
from zhkg.records import Document, Evidence, Label, Mention, Relation, RelationKind
from zhkg.registry import RelationReaderSpec
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.normalise import to_simplified
from zhkg.text import iso_date, sentence_at, sentence_spans

__all__ = ["RelationContext", "relate_document", "CLAUSE_BREAK"]

#: Characters that end a clause: counts and appositions do not reach across them.
CLAUSE_BREAK = re.compile(r"[，,；;。！？!?：:\n]")


class RelationContext:
    """One document's resolved mentions and the look-ups every relation reader shares.

    ``owner`` maps each mention to its entity id; ``doc_node`` is the document's
    node id; ``text`` is the original text and ``simplified`` its normalised form
    (same length, same offsets); ``lexicon`` holds the word tables (role words…);
    ``config`` the run's settings; ``date`` the document's ISO date (or empty),
    which every relation's evidence carries.
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
    ):
        self.doc = doc
        self.doc_node = doc_node
        self.config = config or Config()
        self.date = iso_date(doc.date)
        self.lexicon = lexicon or load_lexicon()
        self.text = doc.text
        self.simplified = simplified if simplified is not None else to_simplified(doc.text)
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.owner = owner
        self.sentences = sentence_spans(doc.text)
        self.org_ending_at: dict[int, Mention] = {}
        self.org_starting_at: dict[int, Mention] = {}
        self.place_ending_at: dict[int, Mention] = {}
        self.place_starting_at: dict[int, Mention] = {}
        self.person_starts = {m.start for m in self.mentions if m.label is Label.PERSON}
        for m in self.mentions:
            if m.label is Label.ORGANIZATION:
                self.org_ending_at.setdefault(m.end, m)
                self.org_starting_at.setdefault(m.start, m)  # the longest, as mentions sort by -end
            elif m.label is Label.PLACE:
                self.place_ending_at.setdefault(m.end, m)
                self.place_starting_at.setdefault(m.start, m)

    def of(self, label: Label) -> list[Mention]:
        """This document's mentions of ``label``, by offset."""
        return [m for m in self.mentions if m.label is label]

    def evidence(self, start: int, end: int) -> Evidence:
        """The sentence around ``[start, end)``, widened to cover the span."""
        s, e = sentence_at(self.sentences, start)
        s, e = min(s, start), max(e, end)
        return Evidence(doc_id=self.doc.id, sentence=self.text[s:e], start=start, end=end, date=self.date)

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
) -> list[Relation]:
    """All relations the ``readers`` read from one document's canonicalised mentions, in reader order.

    ``simplified`` is the document's normalised text, when the caller has it.
    """
    ctx = RelationContext(doc, mentions, owner, simplified, doc_node=doc_node, lexicon=lexicon, config=config)
    return [relation for spec in readers for relation in spec.func(ctx)]
