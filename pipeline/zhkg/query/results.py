"""What :class:`zhkg.query.graph.KnowledgeGraph` answers with: frozen records of str, int, float and bool.

Each record (an entity, a document, a found name, a role, a count, a neighbour, a step of a path) has a ``HEADER``
and a ``row()``, the table the command line prints, ``aliases`` last so the columns before them keep their places.
Moved from :mod:`zhkg.query.graph` by tidy156 (pure moves); :mod:`zhkg.query.graph` still exports every record.

Caveats
-------
* Records hold no graph: a role's evidence is a copy of the edge's, so results compare, print and
  ``dataclasses.asdict`` into JSON as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from zhkg.records import Evidence

__all__ = ["EntityRef", "DocumentRef", "Found", "Role", "Count", "Neighbour", "Step", "_joined", "_said"]


@dataclass(frozen=True)
class EntityRef:
    """A node as results show it: id, type, label in the source script, Simplified name, and the other names it goes
    by (``aliases``: the node's, less its label and Simplified name, in either script as the text wrote them)."""

    id: str
    type: str
    label: str
    name_simplified: str
    mentions: int = 0
    aliases: tuple[str, ...] = ()

    HEADER: ClassVar[tuple[str, ...]] = ("label", "type", "name_simplified", "mentions", "id", "aliases")

    def row(self) -> tuple[str, ...]:
        return (self.label, self.type, self.name_simplified, str(self.mentions), self.id, _joined(self.aliases))


@dataclass(frozen=True)
class DocumentRef:
    """A document node: its document id, title and metadata (``metadata``: its input's other fields, such as a
    table's ``category`` column, by their own names)."""

    id: str
    doc_id: str
    title: str
    date: str = ""
    source: str = ""
    kind: str = ""
    metadata: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    HEADER: ClassVar[tuple[str, ...]] = ("doc_id", "date", "kind", "title")

    def row(self) -> tuple[str, ...]:
        return (self.doc_id, self.date, self.kind, self.title)


@dataclass(frozen=True)
class Found:
    """An entity found by name, with the key that matched and how (name, alias, pinyin), and the other names it goes
    by (``aliases``: the node's, less its label and Simplified name, in either script as the text wrote them)."""

    entity: EntityRef
    matched: str
    how: str
    aliases: tuple[str, ...] = ()

    HEADER: ClassVar[tuple[str, ...]] = ("label", "type", "name_simplified", "matched", "how", "aliases", "id")

    def row(self) -> tuple[str, ...]:
        e = self.entity
        return (e.label, e.type, e.name_simplified, self.matched, self.how, _joined(self.aliases), e.id)


@dataclass(frozen=True)
class Role:
    """A person's role in an organisation (HOLDS_ROLE, or MEMBER_OF as 委員), with evidence."""

    person: EntityRef
    organisation: EntityRef
    kind: str
    role: str
    role_simplified: str
    evidence: Evidence
    former: bool = False  # held before (前主席, 原局长): the table says so beside the role

    HEADER: ClassVar[tuple[str, ...]] = ("person", "role", "organisation", "relation", "document", "evidence",
                                         "person_aliases", "organisation_aliases")

    def row(self) -> tuple[str, ...]:
        role = f"{self.role} (former)" if self.former else self.role
        return (self.person.label, role, self.organisation.label, self.kind, self.evidence.doc_id,
                self.evidence.sentence, _joined(self.person.aliases), _joined(self.organisation.aliases))


@dataclass(frozen=True)
class Count:
    """A count recorded for a place or organisation: 274 村 (villages), with evidence."""

    owner: EntityRef
    count: EntityRef
    value: float
    counted: str
    classifier: str
    approximate: bool
    gloss: str
    evidence: Evidence

    HEADER: ClassVar[tuple[str, ...]] = ("owner", "value", "counted", "gloss", "document", "evidence", "owner_aliases")

    @property
    def display_value(self) -> str:
        """The value as read: an integer when whole, ``+`` when approximate (十多天 -> 10+)."""
        v = int(self.value) if float(self.value).is_integer() else self.value
        return f"{v}{'+' if self.approximate else ''}"

    def row(self) -> tuple[str, ...]:
        return (self.owner.label, self.display_value, self.counted, self.gloss, self.evidence.doc_id,
                self.evidence.sentence, _joined(self.owner.aliases))


@dataclass(frozen=True)
class Neighbour:
    """A node one relation away; ``direction`` is ``out`` when the relation starts at the asked node."""

    entity: EntityRef
    kind: str
    direction: str
    role: str
    evidence: Evidence
    former: bool = False  # a role or membership held before
    relation_zh: str = ""  # the verb or kin word a typed or learned relation was read from (收购, 妻子)
    weight: float = 1.0  # how often it was read: a co-mention's sentences (in a slice, the range's)
    doc_ids: tuple[str, ...] = ()  # the documents an edge read across documents lists (in a slice, the range's)

    HEADER: ClassVar[tuple[str, ...]] = ("relation", "direction", "role", "relation_zh", "neighbour", "type",
                                         "weight", "document", "evidence", "aliases")

    def row(self) -> tuple[str, ...]:
        arrow = "->" if self.direction == "out" else "<-"
        role = _said(self.role, self.former and (bool(self.role) or not self.relation_zh))
        said = _said(self.relation_zh, self.former and not self.role)
        return (self.kind, arrow, role, said, self.entity.label, self.entity.type, f"{self.weight:g}",
                self.evidence.doc_id, self.evidence.sentence, _joined(self.entity.aliases))


@dataclass(frozen=True)
class Step:
    """One step of a path, walked from ``source`` to ``target``.

    ``forward`` is False when the relation points the other way (the path
    ignores direction): 平谷區政協 -> 閆維洪 walks a HOLDS_ROLE edge backwards.
    """

    source: EntityRef
    target: EntityRef
    kind: str
    role: str
    forward: bool
    evidence: Evidence
    former: bool = False  # a role or membership held before
    relation_zh: str = ""  # the verb or kin word a typed or learned relation was read from

    HEADER: ClassVar[tuple[str, ...]] = ("from", "relation", "to", "document", "evidence", "from_aliases", "to_aliases")

    def row(self) -> tuple[str, ...]:
        # the role, else the word read (-SPOUSE_OF 前妻 (former)->), as the page's panel shows it
        said = _said(self.role or self.relation_zh, self.former)
        relation = f"{self.kind}{' ' + said if said else ''}"
        relation = f"-{relation}->" if self.forward else f"<-{relation}-"
        return (self.source.label, relation, self.target.label, self.evidence.doc_id, self.evidence.sentence,
                _joined(self.source.aliases), _joined(self.target.aliases))


def _joined(aliases: tuple[str, ...]) -> str:
    """Other names as a table cell: ``|``-joined, as the graph's ``aliases`` attribute writes them (the last
    columns of a table, so the columns before them keep their places)."""
    return "|".join(aliases)


def _said(text: str, former: bool) -> str:
    """A role or relation word as the tables show it: ``前妻 (former)`` for one held before, nothing for none."""
    return f"{text} (former)".lstrip() if former else text
