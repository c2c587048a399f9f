"""Per-document results to JSON and back, for the work directory of resumable runs.

Only plain JSON types are written; reading rebuilds the frozen records exactly,
so a resumed run assembles the same graph as an uninterrupted one.
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

from zhkg.records import Document, Evidence, Label, Mention, Quantity, Relation, RelationKind, Script
from zhkg.run.pipeline import DocumentResult

__all__ = ["result_to_json", "result_from_json", "FORMAT_VERSION"]

#: Bump when the stored layout changes; stored results of another version are recomputed.
FORMAT_VERSION = 3  # 3: the file holds the key it is stored under


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


#: Every field of a relation: each is read back (a resumed run lost ``former``, ``relation_zh`` and
#: ``confidence`` when only some were, and its graph differed from the uninterrupted run's).
_RELATION_FIELDS = tuple(f.name for f in fields(Relation))


def _relation(d: dict[str, Any]) -> Relation:
    values = {name: d[name] for name in _RELATION_FIELDS if name in d}
    values["kind"] = RelationKind(d["kind"])
    values["evidence"] = Evidence(**d["evidence"])
    return Relation(**values)


def _document(d: dict[str, Any]) -> Document:
    d = dict(d)
    d["metadata"] = tuple(tuple(pair) for pair in d.get("metadata", ()))
    d["metadata_types"] = tuple(tuple(pair) for pair in d.get("metadata_types", ()))
    return Document(**d)


def _plain(value: Any) -> Any:
    if isinstance(value, (Label, RelationKind, Script)):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def result_to_json(result: DocumentResult, *, key: str = "") -> str:
    """One document's result as a JSON text; ``key`` binds it to its document (id and content hash).

    >>> from zhkg.run.pipeline import Pipeline
    >>> r = Pipeline().process_document(Document("d", "平谷区政协主席闫维洪。"))
    >>> result_from_json(result_to_json(r, key="k1"), key="k1", doc_id="d") == r
    True
    >>> result_from_json(result_to_json(r, key="k1"), key="k2")
    Traceback (most recent call last):
    ...
    ValueError: stored result is another document's (key k1, expected k2)
    """
    data = {
        "format": FORMAT_VERSION,
        "key": key,
        "document": _plain(asdict(result.document)),
        "script": result.script.value,
        "mentions": [_plain(asdict(m)) for m in result.mentions],
        "relations": [_plain(asdict(r)) for r in result.relations],
        "contexts": [[pid, list(ctx)] for pid, ctx in result.contexts],
        "stock_codes": [list(pair) for pair in result.stock_codes],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def result_from_json(text: str, *, key: str | None = None, doc_id: str | None = None) -> DocumentResult:
    """Rebuild a :class:`DocumentResult` from :func:`result_to_json` output.

    With ``key`` (and ``doc_id``), the stored result must be the one written under
    that key for that document. Raises ``ValueError`` for another format version,
    another document's result, or anything malformed (``null``, wrong types, deep nesting).
    """
    try:
        data = json.loads(text)
    except RecursionError:
        raise ValueError("stored result is nested too deeply") from None
    if not isinstance(data, dict):
        raise ValueError(f"stored result is a JSON {type(data).__name__}, not an object")
    if data.get("format") != FORMAT_VERSION:
        raise ValueError(f"stored result has format {data.get('format')!r}, expected {FORMAT_VERSION}")
    if key is not None and data.get("key") != key:
        raise ValueError(f"stored result is another document's (key {data.get('key')}, expected {key})")
    try:
        result = DocumentResult(
            document=_document(data["document"]),
            script=Script(data["script"]),
            mentions=tuple(_mention(m) for m in data["mentions"]),
            relations=tuple(_relation(r) for r in data["relations"]),
            contexts=tuple((pid, tuple(ctx)) for pid, ctx in data.get("contexts", [])),
            stock_codes=tuple((eid, code) for eid, code in data.get("stock_codes", [])),
        )
        _check_types(result)
    except (KeyError, TypeError, AttributeError, ValueError, RecursionError) as exc:
        raise ValueError(f"stored result is malformed ({type(exc).__name__}: {exc})") from None
    if doc_id is not None and result.document.id != doc_id:
        raise ValueError(f"stored result is document {result.document.id!r}'s, expected {doc_id!r}")
    return result


def _check_types(result: DocumentResult) -> None:
    """Refuse records whose fields have the wrong types (the dataclasses do not check them)."""
    doc = result.document
    if not all(isinstance(getattr(doc, f.name), str) for f in fields(doc) if f.name not in ("metadata", "metadata_types")):
        raise TypeError("document fields must be strings")
    if not all(len(pair) == 2 and all(isinstance(x, str) for x in pair) for pair in doc.metadata + doc.metadata_types):
        raise TypeError("document metadata must be pairs of strings")
    if not all(isinstance(eid, str) and isinstance(code, str) for eid, code in result.stock_codes):
        raise TypeError("stock codes must be pairs of strings")
    for m in result.mentions:
        if not (isinstance(m.doc_id, str) and isinstance(m.text, str) and isinstance(m.simplified, str)
                and type(m.start) is int and type(m.end) is int and isinstance(m.canonical, str)):
            raise TypeError("mention fields have the wrong types")
    for r in result.relations:
        ev = r.evidence
        if not (isinstance(r.source, str) and isinstance(r.target, str) and isinstance(ev.doc_id, str)
                and isinstance(ev.sentence, str) and type(ev.start) is int and type(ev.end) is int
                and isinstance(r.role, str) and isinstance(r.role_simplified, str) and type(r.former) is bool
                and isinstance(r.relation_zh, str) and (r.confidence is None or type(r.confidence) in (int, float))):
            raise TypeError("relation fields have the wrong types")
    for pid, ctx in result.contexts:
        if not isinstance(pid, str) or not all(isinstance(c, str) for c in ctx):
            raise TypeError("contexts must be strings")
