"""Read inputs: UTF-8 text files, folders of them, and JSON-lines files.

Each input yields :class:`RawDocument` items (an id, a text, metadata). Errors
in the input raise :class:`InputError` with a one-line message naming the file
(and line, for JSON lines), which the CLI prints as ``Error: …``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

__all__ = ["InputError", "RawDocument", "read_inputs"]


class InputError(ValueError):
    """An input that cannot be read, with a message fit for the user."""


@dataclass(frozen=True)
class RawDocument:
    """One input text before parsing into documents."""

    id: str
    text: str
    metadata: dict[str, str] = field(default_factory=dict)


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path} looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not valid UTF-8 (byte {exc.start})") from None


def _read_jsonl(path: Path) -> Iterator[RawDocument]:
    text = _read_text(path)
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{lineno}: malformed JSON ({exc.msg})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise InputError(f'{path}:{lineno}: expected an object with a "text" string')
        doc_id = str(obj.get("id", f"{path.stem}-{lineno}"))
        meta = {str(k): str(v) for k, v in obj.items() if k not in ("id", "text") and isinstance(v, (str, int, float))}
        yield RawDocument(doc_id, obj["text"], meta)


def read_inputs(paths: list[str | Path]) -> Iterator[RawDocument]:
    """Yield the documents of every input path, in order (folders sorted by name).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("平谷区", encoding="utf-8")
    >>> [(r.id, r.text) for r in read_inputs([d])]
    [('a', '平谷区')]
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"no such file or directory: {path}")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                raise InputError(f"{path} holds no .txt files")
            for f in files:
                yield RawDocument(f.relative_to(path).with_suffix("").as_posix(), _read_text(f))
        elif path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path)
        else:
            yield RawDocument(path.stem, _read_text(path))
