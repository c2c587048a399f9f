"""Read inputs: text files in any common Chinese encoding, folders of them, and JSON lines.

Each input yields :class:`RawDocument` items (an id, a text, metadata). Errors
in the input raise :class:`InputError` with a one-line message naming the file
(and line, for JSON lines), which the CLI prints as ``Error: …``; given a
``skipped`` list, :func:`read_inputs` records those errors there and goes on
with the next input instead.

Encodings
---------
:func:`decode_bytes` tries, in order: strict UTF-8 (the fast path), a byte-order
mark (UTF-8, UTF-16, UTF-32), then GB18030 (a superset of GBK and GB2312), Big5
and whatever ``charset-normalizer`` proposes. GBK and Big5 bytes very often
decode without error as each other, into nonsense, and on short texts
charset-normalizer mistakes one for the other (or for Korean), so every
candidate decoding is scored by the share of its characters that are plausible
in Chinese news (ASCII, CJK punctuation, the common hanzi of GB2312 level 1 and
Big5 level 1) and the best one wins, if it is plausible at all.

Caveats
-------
* UTF-16 and UTF-32 need a byte-order mark; without one the file looks binary.
* Lone surrogates (``"\\ud800"`` in JSON) become U+FFFD, one character for one,
  so offsets are kept and the text can still be written as UTF-8.
"""

from __future__ import annotations

import codecs
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from zhkg.errors import InputError

__all__ = ["InputError", "RawDocument", "check_encoding", "decode_bytes", "read_inputs"]


@dataclass(frozen=True)
class RawDocument:
    """One input text before parsing into documents."""

    id: str
    text: str
    metadata: dict[str, str] = field(default_factory=dict)


_BOMS = [  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_CHINESE_ENCODINGS = ("gb18030", "big5hkscs")  # big5hkscs: Big5 plus the Hong Kong additions
_PLAUSIBLE = 0.75  # plausibility a guessed decoding needs; a wrong GBK/Big5 reading scores 0.5-0.75
_SAMPLE_CHARS = 100_000  # characters scored per candidate decoding
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# General punctuation, circled numbers, box drawing, CJK punctuation, vertical forms, full-width
# ASCII and signs; not the half-width katakana and hangul of FF61-FFDC, which wrong decodings produce.
_PUNCTUATION = (
    (0x2000, 0x206F), (0x2460, 0x24FF), (0x2500, 0x257F), (0x3000, 0x303F),
    (0xFE30, 0xFE4F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6),
)


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    """GB2312 level 1 (3,755 Simplified) and Big5 level 1 (5,401 Traditional) characters."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes([lead, trail]).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # D7FA-D7FE are unassigned
    for lead in range(0xA4, 0xC7):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            if (lead, trail) >= (0xC6, 0x7F):
                break
            chars.add(bytes([lead, trail]).decode("big5"))
    return frozenset(chars)


def _plausibility(text: str) -> float:
    """How plausible ``text`` is as Chinese news, from 0 to 1 (1.0 for no text).

    ASCII, CJK punctuation and common hanzi count 1; other hanzi count half,
    since real names use rare characters (閆) but a wrong decoding yields them
    by the dozen; anything else counts 0.

    >>> _plausibility("平谷区政协 2020"), _plausibility("閆維洪"), _plausibility("ÆœÈ")
    (1.0, 0.8333333333333334, 0.0)
    """
    sample = text[:_SAMPLE_CHARS]
    if not sample:
        return 1.0
    common = _common_hanzi()
    score = 0.0
    for ch in sample:
        o = ord(ch)
        if 0x20 <= o < 0x7F or ch in "\t\n\r\f\v" or ch in common or any(lo <= o <= hi for lo, hi in _PUNCTUATION):
            score += 1
        elif 0x4E00 <= o <= 0x9FFF:
            score += 0.5
    return score / len(sample)


def _looks_binary(text: str) -> bool:
    """Control characters (other than whitespace) in more than a tenth of the first 8,192 characters."""
    head = text[:8192]
    return bool(head) and len(_CONTROL.findall(head)) > len(head) / 10


def check_encoding(name: str) -> str:
    """The codec name Python uses for ``name``, or :class:`InputError` if it is no text encoding.

    >>> check_encoding("GBK"), check_encoding("big5"), check_encoding("UTF-16")
    ('gbk', 'big5', 'utf-16')
    """
    try:
        b"\x00".decode(name)  # refuses bytes-to-bytes codecs (base64, rot13) as well as unknown names
    except UnicodeDecodeError:
        pass  # a text codec that wants more than one byte (UTF-16)
    except LookupError:
        raise InputError(f"unknown text encoding: {name}") from None
    return codecs.lookup(name).name


def decode_bytes(data: bytes, *, name: str = "<bytes>", encoding: str | None = None) -> str:
    """Decode the bytes of a text file, detecting the encoding unless ``encoding`` is given.

    Parameters
    ----------
    data : bytes
        The file's contents.
    name : str
        How error messages call the input (its path).
    encoding : str, optional
        A Python codec name that overrides detection.

    Returns
    -------
    str
        The text, without a byte-order mark.

    Raises
    ------
    InputError
        If the bytes do not decode with ``encoding``, look binary, or decode
        plausibly as none of the candidate encodings.

    Examples
    --------
    >>> text = "平谷區政協黨組書記、主席閆維洪主持會議。"
    >>> [decode_bytes(text.encode(e)) == text for e in ("utf-8", "utf-8-sig", "utf-16", "gbk", "big5")]
    [True, True, True, True, True]
    >>> decode_bytes("平谷区".encode("gbk"), encoding="utf-8")
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: <bytes> is not valid utf-8 (byte 2)
    """
    if encoding is not None:
        codec = check_encoding(encoding)
        try:
            text = data.decode("utf-8-sig" if codec == "utf-8" else codec)
        except UnicodeError as exc:  # idna and a few other codecs raise plain UnicodeError, without .start
            raise InputError(f"{name} is not valid {encoding} (byte {getattr(exc, 'start', 0)})") from None
        return _checked(text.removeprefix("\ufeff"), name)
    if not data.startswith(codecs.BOM_UTF8):
        try:
            return _checked(data.decode("utf-8"), name)
        except UnicodeDecodeError:
            pass
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), name)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name} starts with a {codec} byte-order mark but is not valid {codec} (byte {exc.start})"
                ) from None
    if b"\x00" in data[:8192]:
        # NUL bytes never occur in GBK or Big5 text; without a BOM this is not a text file we read.
        raise InputError(f"{name} looks like a binary file, not text")
    return _checked(_guess(data, name), name)


def _guess(data: bytes, name: str) -> str:
    """The most plausible decoding among GB18030, Big5 and charset-normalizer's proposals."""
    from charset_normalizer import from_bytes  # imported lazily: only non-UTF-8 input needs it

    candidates = list(_CHINESE_ENCODINGS) + [m.encoding for m in from_bytes(data)]
    best, best_score = None, -1.0
    for codec in dict.fromkeys(candidates):
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _plausibility(text)
        if score > best_score:  # ties keep the earlier candidate: GB18030, then Big5
            best, best_score = text, score
    if best is None or best_score < _PLAUSIBLE:
        if best is not None and _looks_binary(best):
            raise InputError(f"{name} looks like a binary file, not text")
        raise InputError(f"cannot tell the encoding of {name} (not UTF-8, GB18030 or Big5); name it with --encoding")
    return best


def _checked(text: str, name: str) -> str:
    if _looks_binary(text):
        raise InputError(f"{name} looks like a binary file, not text")
    return text


def _read_text(path: Path, encoding: str | None, max_chars: int | None) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if max_chars is not None and len(data) > 4 * max_chars + 4:
        # No encoding spends more than four bytes a character: too long without decoding it.
        raise InputError(f"{path} is {len(data):,} bytes; the limit is {max_chars:,} characters a document")
    text = decode_bytes(data, name=str(path), encoding=encoding)
    if not text.strip():
        raise InputError(f"{path} is empty")
    _check_size(text, str(path), max_chars)
    return text


def _check_size(text: str, name: str, max_chars: int | None) -> None:
    if max_chars is not None and len(text) > max_chars:
        raise InputError(f"{name} has {len(text):,} characters; the limit is {max_chars:,} a document")


def _read_jsonl(
    path: Path, encoding: str | None, max_chars: int | None, skipped: list[InputError] | None
) -> Iterator[RawDocument]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    text = decode_bytes(data, name=str(path), encoding=encoding)
    found = 0
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found += 1
        try:
            yield _jsonl_record(path, lineno, line, max_chars)
        except InputError as exc:
            if skipped is None:
                raise
            skipped.append(exc)
    if not found:
        raise InputError(f"{path} is empty")


def _jsonl_record(path: Path, lineno: int, line: str, max_chars: int | None) -> RawDocument:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{lineno}: malformed JSON ({exc.msg})") from None
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise InputError(f'{path}:{lineno}: expected an object with a "text" string')
    if not obj["text"].strip():
        raise InputError(f"{path}:{lineno}: the text is empty")
    _check_size(obj["text"], f"{path}:{lineno}", max_chars)
    doc_id = str(obj.get("id", f"{path.stem}-{lineno}"))
    meta = {
        str(k): _no_surrogates(str(v))
        for k, v in obj.items()
        if k not in ("id", "text") and isinstance(v, (str, int, float))
    }
    return RawDocument(_no_surrogates(doc_id), _no_surrogates(obj["text"]), meta)


def _read_delimited(
    path: Path, encoding: str | None, max_chars: int | None, skipped: list[InputError] | None,
    text_column: str | None, delimiter: str | None,
) -> Iterator[RawDocument]:
    """Rows of a TSV/CSV file: one column is the text, the others metadata.

    ``text_column`` is a 1-based column number, or a header name (the first row is
    then a header); by default the last column holds the text. Without a header
    name, a first row that looks like a header (:func:`_looks_like_header`) is read
    as one, not as a document.
    """
    import csv

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    text = decode_bytes(data, name=str(path), encoding=encoding)
    sep = delimiter or ("\t" if path.suffix.lower() in (".tsv", ".tab") else ",")
    csv.field_size_limit(max(max_chars or 0, 1 << 24))
    rows = csv.reader(text.splitlines(), delimiter=sep, quoting=csv.QUOTE_NONE if sep == "\t" else csv.QUOTE_MINIMAL)
    header: list[str] | None = None
    column: int | None = None
    if text_column is not None and not str(text_column).isdigit():
        header = next(rows, None)
        if header is None or text_column not in header:
            raise InputError(f"{path}: no column named {text_column!r} in the header")
        column = header.index(text_column)
    elif text_column is not None:
        column = int(text_column) - 1
        if column < 0:
            raise InputError(f"{path}: column numbers start at 1")
    if header is None:
        first, second = next(rows, None), next(rows, None)
        if first is not None and _looks_like_header(first, second, column):
            header = first
            rows = itertools.chain([second] if second is not None else [], rows)
        else:
            rows = itertools.chain([row for row in (first, second) if row is not None], rows)
    found = 0
    for lineno, row in enumerate(rows, start=2 if header else 1):
        if not row or not any(cell.strip() for cell in row):
            continue
        found += 1
        index = len(row) - 1 if column is None else column
        try:
            if index >= len(row):
                raise InputError(f"{path}:{lineno}: no column {index + 1} (the row has {len(row)})")
            body = row[index]
            if not body.strip():
                raise InputError(f"{path}:{lineno}: the text is empty")
            _check_size(body, f"{path}:{lineno}", max_chars)
        except InputError as exc:
            if skipped is None:
                raise
            skipped.append(exc)
            continue
        names = header or [f"col{i + 1}" for i in range(len(row))]
        meta = {names[i] if i < len(names) else f"col{i + 1}": _no_surrogates(cell)
                for i, cell in enumerate(row) if i != index}
        yield RawDocument(f"{path.stem}-{lineno}", _no_surrogates(body), meta)
    if not found:
        raise InputError(f"{path} is empty")


#: Names a header gives the text column (compared in lower case).
_TEXT_HEADERS = frozenset({
    "text", "body", "content", "contents", "article", "news", "document", "doc", "sentence",
    "正文", "内容", "內容", "文本", "新闻", "新聞", "文章", "全文",
})
_HEADER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,31}")  # one ASCII word, as column names are
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _looks_like_header(first: list[str], second: list[str] | None, column: int | None) -> bool:
    """Whether the first row of a delimited file names its columns instead of holding a document.

    It does when its text cell is a usual name for a text column (``text``, ``正文``, …),
    or one ASCII word while the next row's text is Chinese.

    >>> _looks_like_header(["category", "text"], ["政治", "平谷区政协召开会议。"], None)
    True
    >>> _looks_like_header(["id", "Title"], ["1", "平谷区政协召开会议。"], None)
    True
    >>> _looks_like_header(["政治", "平谷区政协召开会议。"], ["国际", "美国总统在白宫会见了日本首相。"], None)
    False
    """
    index = len(first) - 1 if column is None else column
    if not 0 <= index < len(first):
        return False
    name = first[index].strip()
    if name.lower() in _TEXT_HEADERS:
        return True
    if second is None or not _HEADER_NAME.fullmatch(name):
        return False
    below = len(second) - 1 if column is None else column
    return 0 <= below < len(second) and bool(_HAN.search(second[below]))


def _no_surrogates(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text)


def _read_path(
    path: Path, encoding: str | None, max_chars: int | None, skipped: list[InputError] | None,
    text_column: str | None = None, delimiter: str | None = None,
) -> Iterator[RawDocument]:
    if not path.exists():
        raise InputError(f"no such file or directory: {path}")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.txt") if p.is_file())
        if not files:
            raise InputError(f"{path} holds no .txt files")
        for f in files:
            try:
                yield RawDocument(f.relative_to(path).with_suffix("").as_posix(), _read_text(f, encoding, max_chars))
            except InputError as exc:
                if skipped is None:
                    raise
                skipped.append(exc)
    elif path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, encoding, max_chars, skipped)
    elif path.suffix.lower() in (".tsv", ".tab", ".csv") or delimiter:
        yield from _read_delimited(path, encoding, max_chars, skipped, text_column, delimiter)
    else:
        yield RawDocument(path.stem, _read_text(path, encoding, max_chars))


def read_inputs(
    paths: list[str | Path],
    *,
    encoding: str | None = None,
    max_chars: int | None = None,
    skipped: list[InputError] | None = None,
    text_column: str | None = None,
    delimiter: str | None = None,
) -> Iterator[RawDocument]:
    """Yield the documents of every input path, in order (folders recursively, sorted by path).

    Parameters
    ----------
    paths : list of str or Path
        ``.txt`` (or other text) files, folders searched for ``*.txt``, ``.jsonl`` files,
        and delimited ``.tsv``/``.csv`` files (one document a row).
    encoding : str, optional
        Read every file with this codec instead of detecting it.
    max_chars : int, optional
        Refuse a document longer than this many characters.
    skipped : list, optional
        Collect the :class:`InputError` of each bad file or JSON line here and
        go on; without it the first one is raised.
    text_column : str, optional
        Delimited files: the text's 1-based column number or header name (default: the last column;
        a first row that looks like a header is skipped).
    delimiter : str, optional
        Delimited files: the separator (default: TAB for .tsv, comma for .csv).

    Yields
    ------
    RawDocument
        Ids are file stems, paths relative to the folder, or JSON ``id`` values;
        a repeated id gets ``~2``, ``~3``… so that no document is merged into another.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("平谷区", encoding="utf-8")
    >>> _ = (d / "b.txt").write_bytes(b"")
    >>> bad = []
    >>> [(r.id, r.text) for r in read_inputs([d], skipped=bad)], [str(e)[-8:] for e in bad]
    ([('a', '平谷区')], ['is empty'])
    >>> [r.id for r in read_inputs([d / "a.txt", d / "a.txt"])]  # a repeated id gets a suffix
    ['a', 'a~2']
    """
    seen: dict[str, int] = {}
    for raw in paths:
        try:
            for doc in _read_path(Path(raw), encoding, max_chars, skipped, text_column, delimiter):
                yield _unique(doc, seen)
        except InputError as exc:
            if skipped is None:
                raise
            skipped.append(exc)


def _unique(doc: RawDocument, seen: dict[str, int]) -> RawDocument:
    """``doc`` with an id not yet used: a.txt in two folders would otherwise merge into one document."""
    n = seen[doc.id] = seen.get(doc.id, 0) + 1
    if n == 1:
        return doc
    new_id = f"{doc.id}~{n}"
    while new_id in seen:
        n += 1
        new_id = f"{doc.id}~{n}"
    seen[new_id] = 1
    return RawDocument(new_id, doc.text, doc.metadata)
