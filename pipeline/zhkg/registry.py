"""Named extractors, relation readers and entity types: how zhkg is extended.

A run's extractors and relation readers are lists of names in
:class:`zhkg.config.Config` (``extractors``, ``relations``); each name is looked up
here. The built-in ones register themselves in :mod:`zhkg.extract` and
:mod:`zhkg.relate`; a plug-in registers its own the same way, from any module:

>>> from zhkg.registry import register_extractor, register_label
>>> from zhkg.extract.base import make_mention
>>> GADGET = register_label("GADGET", colour=(142, 68, 173))
>>> @register_extractor("gadgets", labels=(GADGET,))
... def extract_gadgets(doc, context):
...     text = doc.text
...     at = text.find("手机")
...     return [make_mention(doc, at, at + 2, GADGET, "gadgets")] if at >= 0 else []
>>> get_extractor("gadgets").labels
(Label.GADGET,)

and runs with ``Config(extractors=Config().extractors + ("gadgets",))``. A relation
reader is a function of a :class:`zhkg.relate.base.RelationContext` returning
:class:`zhkg.records.Relation` records, registered with
:func:`register_relation_reader`. A new entity type gets its colour (for GraphML,
GEXF and the HTML legend) from :func:`register_label`; a new relation kind is
declared by the reader that produces it.

Nothing is imported at start-up: the built-ins load on the first look-up, and so
do installed packages that declare an entry point in the ``zhkg.plugins`` group
(the module is imported; its registrations take effect). A plug-in module must
be imported in every process that runs the pipeline: an entry point does that for
worker processes too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from zhkg.errors import ConfigError
from zhkg.records import Label, Mention, Relation, RelationKind

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from zhkg.extract.base import ExtractContext
    from zhkg.relate.base import RelationContext

__all__ = [
    "Extractor",
    "RelationReader",
    "ExtractorSpec",
    "RelationReaderSpec",
    "register_extractor",
    "register_relation_reader",
    "register_label",
    "label_colour",
    "get_extractor",
    "get_relation_reader",
    "extractor_names",
    "relation_reader_names",
    "PLUGIN_GROUP",
]

#: Entry-point group whose modules are imported before the first look-up.
PLUGIN_GROUP = "zhkg.plugins"


class Extractor(Protocol):
    """Finds mentions in one document's ``Doc`` (normalised, Simplified text).

    ``context`` holds the run's settings and resources and what the extractors
    listed before this one found (:class:`zhkg.extract.base.ExtractContext`).
    Offsets are half-open, into the text; make mentions with
    :func:`zhkg.extract.base.make_mention`.
    """

    def __call__(self, doc: Doc, context: ExtractContext) -> list[Mention]: ...


class RelationReader(Protocol):
    """Reads relations from one document's resolved mentions (:class:`zhkg.relate.base.RelationContext`)."""

    def __call__(self, context: RelationContext) -> list[Relation]: ...


@dataclass(frozen=True)
class ExtractorSpec:
    """A registered extractor: its function, the labels it produces, the extractors it needs before it."""

    name: str
    func: Extractor
    labels: tuple[Label, ...]
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class RelationReaderSpec:
    """A registered relation reader: its function and the relation kinds it produces."""

    name: str
    func: RelationReader
    kinds: tuple[RelationKind, ...]


_EXTRACTORS: dict[str, ExtractorSpec] = {}
_READERS: dict[str, RelationReaderSpec] = {}
#: Node colour by entity type, as (r, g, b); types without one are drawn grey.
_COLOURS: dict[str, tuple[int, int, int]] = {
    "PERSON": (220, 68, 55),
    "ORGANIZATION": (52, 120, 219),
    "PLACE": (39, 174, 96),
    "COUNT": (230, 145, 20),
    "DOCUMENT": (127, 140, 141),
}
_FALLBACK_COLOUR = (151, 151, 151)
# node-id prefixes of built-in types (org:…, doc:…); a plug-in type's prefix is its lower-cased name
_RESERVED_PREFIXES = frozenset({"org", "doc"})
_loaded = False
_lock = threading.RLock()


def _check_name(name: str, what: str) -> None:
    if not name or not name.replace("_", "").isalnum() or not name.isascii():
        raise ConfigError(f"a {what} name is ASCII letters, digits and _: {name!r}")


def register_extractor(
    name: str, *, labels: tuple[Label, ...], requires: tuple[str, ...] = ()
) -> Callable[[Extractor], Extractor]:
    """Register an extractor function under ``name`` (a decorator); the function is returned as it is.

    ``labels`` are the entity types it produces; ``requires`` names extractors that
    must run before it. Registering a name again replaces the earlier one.
    """
    _check_name(name, "extractor")

    def decorate(func: Extractor) -> Extractor:
        with _lock:
            _EXTRACTORS[name] = ExtractorSpec(name, func, tuple(labels), tuple(requires))
        return func

    return decorate


def register_relation_reader(name: str, *, kinds: tuple[RelationKind, ...]) -> Callable[[RelationReader], RelationReader]:
    """Register a relation reader under ``name`` (a decorator); ``kinds`` are the relations it produces."""
    _check_name(name, "relation reader")

    def decorate(func: RelationReader) -> RelationReader:
        with _lock:
            _READERS[name] = RelationReaderSpec(name, func, tuple(kinds))
        return func

    return decorate


def register_label(name: str, *, colour: tuple[int, int, int]) -> Label:
    """A new entity type (or a built-in one) with the colour its nodes get in every export.

    >>> register_label("PERSON", colour=(220, 68, 55))
    Label.PERSON
    """
    if len(colour) != 3 or not all(isinstance(c, int) and 0 <= c <= 255 for c in colour):
        raise ConfigError(f"a colour is three integers 0-255: {colour!r}")
    if name.lower() in _RESERVED_PREFIXES:
        raise ConfigError(f"{name!r} is reserved: node ids of built-in types start with {name.lower()}:")
    try:
        label = Label.define(name)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    with _lock:
        _COLOURS[label.value] = tuple(colour)  # type: ignore[assignment]
    return label


def label_colour(label: str) -> tuple[int, int, int]:
    """The (r, g, b) colour of an entity type's nodes.

    >>> label_colour(Label.PLACE)
    (39, 174, 96)
    """
    return _COLOURS.get(str(label), _FALLBACK_COLOUR)


def _load() -> None:
    """Import the built-in extractors and readers, then the installed plug-ins, once."""
    global _loaded
    if _loaded:
        return
    with _lock:
        if _loaded:
            return
        from importlib.metadata import entry_points

        import zhkg.extract  # noqa: F401  (registers the built-in extractors)
        import zhkg.relate  # noqa: F401  (registers the built-in relation readers)

        for entry in sorted(entry_points(group=PLUGIN_GROUP), key=lambda e: e.name):
            try:
                entry.load()
            except Exception as exc:  # a broken plug-in is the user's to fix: say which
                raise ConfigError(f"zhkg plug-in {entry.name} ({entry.value}) failed to load: {exc}") from None
        _loaded = True


def get_extractor(name: str) -> ExtractorSpec:
    """The extractor registered as ``name``; :class:`~zhkg.errors.ConfigError` names the known ones otherwise.

    >>> get_extractor("people").labels
    (Label.PERSON,)
    """
    _load()
    try:
        return _EXTRACTORS[name]
    except KeyError:
        raise ConfigError(f"no extractor named {name!r}; known: {', '.join(sorted(_EXTRACTORS))}") from None


def get_relation_reader(name: str) -> RelationReaderSpec:
    """The relation reader registered as ``name``; :class:`~zhkg.errors.ConfigError` names the known ones otherwise."""
    _load()
    try:
        return _READERS[name]
    except KeyError:
        raise ConfigError(f"no relation reader named {name!r}; known: {', '.join(sorted(_READERS))}") from None


def extractor_names() -> tuple[str, ...]:
    """Names of every registered extractor, sorted."""
    _load()
    return tuple(sorted(_EXTRACTORS))


def relation_reader_names() -> tuple[str, ...]:
    """Names of every registered relation reader, sorted."""
    _load()
    return tuple(sorted(_READERS))


def resolve_extractors(names: tuple[str, ...]) -> tuple[ExtractorSpec, ...]:
    """The specs of ``names``, in order, checking that each one's requirements run before it."""
    specs = tuple(get_extractor(name) for name in names)
    for i, spec in enumerate(specs):
        missing = [r for r in spec.requires if r not in names[:i]]
        if missing:
            raise ConfigError(f"extractor {spec.name!r} needs {', '.join(missing)} listed before it")
    return specs
