"""Typed records that flow between the pipeline's stages.

Every stage takes and returns these frozen dataclasses; none of them holds logic
beyond trivial derived properties. Character offsets are always half-open
``[start, end)`` and index the *original* text of a :class:`Document` (which has
the same length as its normalised, Simplified form; see :mod:`zhkg.stages.normalise`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

__all__ = [
    "Label",
    "RelationKind",
    "Script",
    "Document",
    "Quantity",
    "Mention",
    "Entity",
    "Evidence",
    "Relation",
    "Extraction",
]


class Label(str, Enum):
    """The kinds of entity zhkg extracts (and DOCUMENT for source articles)."""

    PERSON = "PERSON"
    ORGANIZATION = "ORGANIZATION"
    PLACE = "PLACE"
    COUNT = "COUNT"
    DOCUMENT = "DOCUMENT"


class RelationKind(str, Enum):
    """Edge kinds of the knowledge graph."""

    HOLDS_ROLE = "HOLDS_ROLE"  # person -> organisation, with ``role``
    MEMBER_OF = "MEMBER_OF"  # person -> organisation (委员, 成员)
    PART_OF = "PART_OF"  # organisation -> organisation (机关 of 政协)
    LOCATED_IN = "LOCATED_IN"  # organisation -> place
    WITHIN = "WITHIN"  # place -> place (administrative parent)
    HAS_COUNT = "HAS_COUNT"  # entity -> count
    AUTHOR_OF = "AUTHOR_OF"  # person -> document
    PUBLISHED = "PUBLISHED"  # organisation -> document
    MENTIONED_IN = "MENTIONED_IN"  # entity -> document


class Script(str, Enum):
    """Which Chinese script a text is written in."""

    TRADITIONAL = "traditional"
    SIMPLIFIED = "simplified"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Document:
    """One article (or one related-news snippet) with its metadata.

    ``text`` is the original text exactly as read; every offset in the pipeline
    indexes it.
    """

    id: str
    text: str
    title: str = ""
    date: str = ""
    source: str = ""
    original_title: str = ""
    byline: str = ""
    signoff: str = ""
    signoff_date: str = ""
    parent_id: str = ""
    kind: str = "article"  # "article" | "related" | "text"
    metadata: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Quantity:
    """The parsed content of a COUNT mention: 274个村 -> value 274, classifier 个, counted 村."""

    value: float
    counted: str  # the thing counted, in the source script
    counted_simplified: str
    classifier: str = ""  # always Simplified, so classifiers group across scripts
    approximate: bool = False
    gloss: str = ""  # English gloss of the thing counted, when the lexicon knows it

    @property
    def display_value(self) -> str:
        v = int(self.value) if float(self.value).is_integer() else self.value
        return f"{v}{'+' if self.approximate else ''}"


@dataclass(frozen=True)
class Mention:
    """A span of a document recognised as an entity of some label.

    ``text`` is ``document.text[start:end]`` (the original script) and
    ``simplified`` the same span of the normalised text. ``canonical`` is the
    extractor's suggestion of a full Simplified name (平谷 -> 平谷区); resolution may
    refine it. ``code`` is an official division code for places.
    """

    doc_id: str
    start: int
    end: int
    text: str
    simplified: str
    label: Label
    extractor: str
    canonical: str = ""
    code: str = ""
    quantity: Quantity | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True)
class Entity:
    """A real-world thing: mentions merged under one canonical (Simplified) name."""

    id: str
    label: Label
    name: str  # canonical, Simplified
    display: str  # canonical, in the script of the source
    aliases: tuple[str, ...] = ()  # every surface form seen, both scripts
    mentions: tuple[Mention, ...] = ()
    code: str = ""  # official division code (places)
    parent_code: str = ""
    quantity: Quantity | None = None
    doc_ids: tuple[str, ...] = ()
    merged_because: str = ""  # why mentions of several documents are one entity


@dataclass(frozen=True)
class Evidence:
    """Where a relation was read: a document, its sentence, and a character span in it."""

    doc_id: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Relation:
    """A typed, directed edge between two entity ids with its evidence."""

    source: str
    target: str
    kind: RelationKind
    evidence: Evidence
    role: str = ""  # the role in the source script (黨組書記), for HOLDS_ROLE
    role_simplified: str = ""


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from a set of documents: what the graph is built from."""

    documents: tuple[Document, ...] = ()
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    mentions: tuple[Mention, ...] = field(default=())
