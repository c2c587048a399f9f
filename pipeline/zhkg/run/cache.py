"""Per-document results to JSON and back, for the work directory of resumable runs.

Only plain JSON types are written; reading rebuilds the frozen records exactly,
so a resumed run assembles the same graph as an uninterrupted one.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from zhkg.records import Document, Evidence, Label, Mention, Quantity, Relation, RelationKind, Script
from zhkg.run.pipeline import DocumentResult

__all__ = ["result_to_json", "result_from_json", "FORMAT_VERSION"]

#: Bump when the stored layout changes; stored results of another version are recomputed.
FORMAT_VERSION = 2


def _mention(d: dict[str, Any]) -> Mention:
    q = d.get("quantity")
    return Mention(
        doc_id=d["doc_id"],
        start=d["start"],
        end=d["end"],
        text=d["text"],
        simplified=d["simplified"],
        label=Label(d["label"]),
        extractor=d["extractor"],
        canonical=d.get("canonical", ""),
        code=d.get("code", ""),
        quantity=Quantity(**q) if q else None,
    )


def _relation(d: dict[str, Any]) -> Relation:
    return Relation(
        source=d["source"],
        target=d["target"],
        kind=RelationKind(d["kind"]),
        evidence=Evidence(**d["evidence"]),
        role=d.get("role", ""),
        role_simplified=d.get("role_simplified", ""),
    )


def _document(d: dict[str, Any]) -> Document:
    d = dict(d)
    d["metadata"] = tuple(tuple(pair) for pair in d.get("metadata", ()))
    return Document(**d)


def _plain(value: Any) -> Any:
    if isinstance(value, (Label, RelationKind, Script)):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def result_to_json(result: DocumentResult) -> str:
    """One document's result as a JSON text.

    >>> from zhkg.run.pipeline import Pipeline
    >>> r = Pipeline().process_document(Document("d", "平谷区政协主席闫维洪。"))
    >>> result_from_json(result_to_json(r)) == r
    True
    """
    data = {
        "format": FORMAT_VERSION,
        "document": _plain(asdict(result.document)),
        "script": result.script.value,
        "mentions": [_plain(asdict(m)) for m in result.mentions],
        "relations": [_plain(asdict(r)) for r in result.relations],
        "contexts": [[pid, list(ctx)] for pid, ctx in result.contexts],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def result_from_json(text: str) -> DocumentResult:
    """Rebuild a :class:`DocumentResult` from :func:`result_to_json` output.

    Raises ``ValueError`` for another format version or malformed data.
    """
    data = json.loads(text)
    if data.get("format") != FORMAT_VERSION:
        raise ValueError(f"stored result has format {data.get('format')}, expected {FORMAT_VERSION}")
    return DocumentResult(
        document=_document(data["document"]),
        script=Script(data["script"]),
        mentions=tuple(_mention(m) for m in data["mentions"]),
        relations=tuple(_relation(r) for r in data["relations"]),
        contexts=tuple((pid, tuple(ctx)) for pid, ctx in data.get("contexts", [])),
    )
