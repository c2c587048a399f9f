"""zhkg: knowledge graphs of people, organisations, places and counts from Chinese news.

>>> import zhkg
>>> result = zhkg.Pipeline().run_texts([("t", "平谷区政协主席闫维洪。")])
>>> sorted(e.name for e in result.extraction.entities)
['平谷区', '平谷区政协', '闫维洪']
>>> kg = zhkg.load_graph("graphs/000_e88b616f19a6a93b.graphml")  # from the repository's root
>>> [(r.person.label, r.role) for r in kg.people_of("平谷区政协")][:2]
[('閆維洪', '黨組書記'), ('閆維洪', '主席')]

The stages, in the order a run goes through them (see the README's Architecture):
read and documents (:mod:`zhkg.stages.read`, :mod:`zhkg.stages.documents`) ->
normalise -> segment -> extract (:mod:`zhkg.extract`) -> resolve -> relate
(:mod:`zhkg.relate`) -> graph -> export (:mod:`zhkg.export`); :mod:`zhkg.run` drives
them over a corpus, :mod:`zhkg.query` answers questions, :mod:`zhkg.cli` is the
command line. New extractors and relation readers plug in through :mod:`zhkg.registry`.

Importing zhkg is cheap: each name below is imported on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

#: Public name -> the module that defines it.
_EXPORTS = {
    "Pipeline": "zhkg.run.pipeline",
    "RunResult": "zhkg.run.pipeline",
    "DocumentResult": "zhkg.run.pipeline",
    "Config": "zhkg.config",
    "load_graph": "zhkg.query.graph",
    "KnowledgeGraph": "zhkg.query.graph",
    "Document": "zhkg.records",
    "Mention": "zhkg.records",
    "Entity": "zhkg.records",
    "Relation": "zhkg.records",
    "Evidence": "zhkg.records",
    "Quantity": "zhkg.records",
    "Extraction": "zhkg.records",
    "Label": "zhkg.records",
    "RelationKind": "zhkg.records",
    "MentionSource": "zhkg.records",
    "Script": "zhkg.records",
    "register_extractor": "zhkg.registry",
    "register_relation_reader": "zhkg.registry",
    "register_label": "zhkg.registry",
    "ZhkgError": "zhkg.errors",
    "InputError": "zhkg.errors",
    "ConfigError": "zhkg.errors",
    "OutputError": "zhkg.errors",
    "ModelFileError": "zhkg.errors",
    "GraphFileError": "zhkg.errors",
    "QueryError": "zhkg.errors",
    "UnknownNameError": "zhkg.errors",
    "AmbiguousNameError": "zhkg.errors",
    "NotAnEntityError": "zhkg.errors",
    "NotADocumentError": "zhkg.errors",
    "NoPathError": "zhkg.errors",
    "WorkerError": "zhkg.errors",
}

__all__ = [
    "__version__",
    "Pipeline",
    "RunResult",
    "DocumentResult",
    "Config",
    "load_graph",
    "KnowledgeGraph",
    "Document",
    "Mention",
    "Entity",
    "Relation",
    "Evidence",
    "Quantity",
    "Extraction",
    "Label",
    "RelationKind",
    "MentionSource",
    "Script",
    "register_extractor",
    "register_relation_reader",
    "register_label",
    "ZhkgError",
    "InputError",
    "ConfigError",
    "OutputError",
    "ModelFileError",
    "GraphFileError",
    "QueryError",
    "UnknownNameError",
    "AmbiguousNameError",
    "NotAnEntityError",
    "NotADocumentError",
    "NoPathError",
    "WorkerError",
]

if TYPE_CHECKING:  # pragma: no cover
    from zhkg.config import Config
    from zhkg.errors import (
        AmbiguousNameError,
        ConfigError,
        GraphFileError,
        InputError,
        ModelFileError,
        NoPathError,
        NotADocumentError,
        NotAnEntityError,
        OutputError,
        QueryError,
        UnknownNameError,
        WorkerError,
        ZhkgError,
    )
    from zhkg.query.graph import KnowledgeGraph, load_graph
    from zhkg.records import (
        Document,
        Entity,
        Evidence,
        Extraction,
        Label,
        Mention,
        MentionSource,
        Quantity,
        Relation,
        RelationKind,
        Script,
    )
    from zhkg.registry import register_extractor, register_label, register_relation_reader
    from zhkg.run.pipeline import DocumentResult, Pipeline, RunResult


def _version() -> str:
    # importlib.metadata costs a query a tenth of its time: read only when asked for
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("zhkg")
    except PackageNotFoundError:  # pragma: no cover  (a source tree that was never installed)
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        globals()[name] = value = _version()
        return value
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'zhkg' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
