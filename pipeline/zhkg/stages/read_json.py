"""JSON and JSON-lines inputs, for :func:`zhkg.stages.read.read_inputs`: one document a line (``_read_jsonl``) or a
JSON file of one or many (``_read_json``), each object's text field found (``_text_field``: ``text`` or a name of
``_TEXT_HEADERS``, or ``--text-column``), its id and its other fields kept as metadata with their JSON types
(``_json_record``, :func:`json_value_type`), and one line parsed with an error naming it (:func:`json_line`, which
:mod:`zhkg.evaluate` reads gold files with).

Caveats
-------
* A metadata value is kept as text; its JSON type (``int``, ``float``, ``bool``, ``str``) goes beside it so that the
  graph writes it back typed; a number no GraphML ``long`` (``_LONG``) or finite ``double`` holds is text. A list
  of strings or numbers is ``|``-joined, anything else nested is compact JSON (``_field_text``).
* An object with no text field is an :class:`InputError` naming the line and the fields it has (``_fields_hint``).
* Moved word for word from ``stages/read.py`` (tidy99): no definition's text changed; callers import
  every name from here (since tidy273 :mod:`zhkg.stages.read` re-exports none of them).
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from zhkg.errors import InputError
from zhkg.stages.encodings import _no_surrogates
from zhkg.stages.read_files import RawDocument, _check_size, _display, _file_id, _lines, _read_text, _stem
from zhkg.stages.read_tables import _TEXT_HEADERS
from zhkg.text import shows_nothing

__all__ = [
    "_read_jsonl",
    "json_line",
    "_jsonl_record",
    "_read_json",
    "_json_record",
    "_LONG",
    "_fields_hint",
    "json_value_type",
    "_text_field",
    "_field_text",
]


def _read_jsonl(
    path: Path, encoding: str | None, max_chars: int | None, skipped: list[InputError] | None,
    field: str | None = None,
) -> Iterator[RawDocument]:
    found = 0
    read_as: list[tuple[str, str]] = []
    for lineno, line in _lines(path, encoding, max_chars, read_as):
        if isinstance(line, str) and not line.strip():
            continue
        found += 1
        try:
            if isinstance(line, InputError):
                raise line
            record = _jsonl_record(path, lineno, line, max_chars, field)
            yield replace(record, read_as=read_as[0]) if read_as else record
        except InputError as exc:
            if skipped is None:
                raise
            skipped.append(exc)
    if not found:
        raise InputError(f"{_display(path)} is empty")


def json_line(line: str, where: str) -> object:
    """One JSON line's value, or an :class:`InputError` naming ``where`` and what is wrong (never Python's names).

    >>> json_line('{"id": "a"}', "g.jsonl:1")
    {'id': 'a'}
    >>> json_line("This is English.", "g.jsonl:2")
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: g.jsonl:2: malformed JSON (Expecting value)
    """
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None


def _jsonl_record(path: Path, lineno: int, line: str, max_chars: int | None, field: str | None = None) -> RawDocument:
    where = f"{_display(path)}:{lineno}"
    return _json_record(where, f"{_stem(path)}-{lineno}", json_line(line, where), max_chars, field)


def _read_json(
    path: Path, encoding: str | None, max_chars: int | None, skipped: list[InputError] | None,
    field: str | None = None,
) -> Iterator[RawDocument]:
    """A ``.json`` file: an array of objects as a JSON line holds (``{"id": …, "text": …, …}``), or one such
    object; item N's default id is ``STEM-N`` (one object's, ``STEM``). JSON lines in a file named ``.json`` are read
    as JSON lines."""
    name = _display(path)
    text, read_as = _read_text(path, encoding, None)  # the limit is a document's, and this file may hold many
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from _read_jsonl(path, encoding, max_chars, skipped, field)
            return
        raise InputError(f"{name}:{exc.lineno}: malformed JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(f"{name}: JSON nested too deeply") from None
    if isinstance(data, dict) and "text" not in data and "nodes" in data and ("edges" in data or "links" in data):
        raise InputError(f"{name} is a graph (node-link JSON), not documents: ask it questions with zhkg query")
    if isinstance(data, dict):  # one document, named as a text file is
        yield replace(_json_record(name, _file_id(path, _stem(path)), data, max_chars, field), read_as=read_as)
        return
    if not isinstance(data, list):
        raise InputError(f'{name}: expected an array of objects with a "text" string, or one such object')
    if not data:
        raise InputError(f"{name} is empty")
    for n, obj in enumerate(data, start=1):
        try:
            yield replace(_json_record(f"{name}: item {n}", f"{_stem(path)}-{n}", obj, max_chars, field),
                          read_as=read_as)
        except InputError as exc:
            if skipped is None:
                raise
            skipped.append(exc)


def _json_record(where: str, default_id: str, obj: object, max_chars: int | None,
                 field: str | None = None) -> RawDocument:
    """The document of one JSON object (a JSON line's, a ``.json`` array's item); ``where`` names it in messages.

    The text is its ``text`` field, or without one the first field named as a table's text column is
    (``content``, ``body``, ``正文``…: :data:`_TEXT_HEADERS`), as corpora such as news2016zh write it; ``field``
    (``--text-column``) names it instead.
    """
    key = _text_field(obj, field)
    if key is None:
        wanted = field or "text"
        shown = json.dumps(wanted, ensure_ascii=False)
        if isinstance(obj, dict) and wanted in obj and obj[wanted] is None:
            raise InputError(f"{where}: the {shown} field is null")
        raise InputError(f"{where}: expected an object with a {shown} string" + _fields_hint(obj, wanted))
    text = obj[key]
    if not text.strip():
        raise InputError(f"{where}: the text is empty")
    _check_size(text, where, max_chars)
    doc_id = obj.get("id")
    if doc_id is None or (isinstance(doc_id, str) and shows_nothing(doc_id)):  # a blank id would be a blank label
        doc_id = default_id
    elif isinstance(doc_id, bool) or not isinstance(doc_id, (str, int, float)):
        shown = json.dumps(doc_id, ensure_ascii=False)
        raise InputError(f"{where}: the id must be a string or a number, not {shown[:40]}")
    doc_id = str(doc_id)
    kept = [(str(k), v) for k, v in obj.items() if k not in ("id", key) and v is not None]
    meta = {k: _no_surrogates(_field_text(v)) for k, v in kept}
    types = {k: kind for k, v in kept if (kind := json_value_type(v))}
    return RawDocument(_no_surrogates(doc_id), _no_surrogates(text), meta, types, where=where)


#: The largest integer a GraphML ``long`` holds.
_LONG = 2**63 - 1


def _fields_hint(obj: object, wanted: str = "text") -> str:
    """For an object without the text field ``wanted``, the fields it has (a text under another name is then seen
    at once, and ``--text-column`` can name it).

    >>> _fields_hint({"id": 1, "news_content": "平谷区"}), _fields_hint({"text": 3}), _fields_hint([1])
    ("; its fields: id, news_content (--text-column names the text's)", '', '')
    """
    if not isinstance(obj, dict) or wanted in obj or not obj:
        return ""
    names = [json.dumps(str(k), ensure_ascii=False)[1:-1] for k in itertools.islice(obj, 8)]
    return "; its fields: " + ", ".join(names) + (", …" if len(obj) > 8 else "") + " (--text-column names the text's)"


def json_value_type(value: object) -> str:
    """The type a JSON field's plain value keeps in the graph: ``bool``, ``int``, ``float`` or ``str``; ``""`` for a
    list or an object (written as text, :func:`_field_text`). A number no GraphML ``long`` or finite ``double`` holds
    is text, as written.

    >>> [json_value_type(v) for v in (True, 12, 2.5, "12", 2**70, float("nan"), [1])]
    ['bool', 'int', 'float', 'str', 'str', 'str', '']
    """
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int" if -_LONG <= value <= _LONG else "str"
    if isinstance(value, float):
        return "float" if math.isfinite(value) else "str"
    return "str" if isinstance(value, str) else ""


def _text_field(obj: object, field: str | None = None) -> str | None:
    """The key of a JSON object's text: ``field`` when given (``--text-column``), else ``text``, else its first
    string field named as a text column is.

    >>> _text_field({"title": "t", "content": "正文。"}), _text_field({"text": 3, "body": "正文。"}), _text_field([])
    ('content', None, None)
    >>> _text_field({"text": "摘要", "news_content": "正文。"}, "news_content")
    'news_content'
    """
    if not isinstance(obj, dict):
        return None
    if field is not None:
        return field if isinstance(obj.get(field), str) else None
    if "text" in obj:  # a text that is not a string is a mistake, not a reason to look elsewhere
        return "text" if isinstance(obj["text"], str) else None
    return next((k for k, v in obj.items() if str(k).strip().lower() in _TEXT_HEADERS and isinstance(v, str)), None)


def _field_text(value: object) -> str:
    """A JSON field's value as metadata text: a list of strings or numbers ``|``-joined (as a node's aliases are),
    ``true`` and ``false`` as JSON writes them, anything else nested as compact JSON.

    >>> _field_text("体育"), _field_text(3), _field_text(["体育", "NBA"]), _field_text({"a": [1]})
    ('体育', '3', '体育|NBA', '{"a":[1]}')
    >>> _field_text(True), _field_text([False, 2.5])
    ('true', 'false|2.5')
    """
    if isinstance(value, bool):  # not Python's True: the file said true
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return "|".join(_field_text(v) for v in value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
