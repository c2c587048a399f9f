"""Text files and their lines, for the readers of :mod:`zhkg.stages.read`: the :class:`RawDocument` every reader
yields, a whole file's bytes under the size limit (``_read_bytes``, ``_read_text``), the lines of a JSON-lines or
delimited file streamed in chunks and decoded as they come (``_lines``: ``_stream_codec``, ``_byte_lines``,
``_decoded_lines``, ``_stream_lines``), standard input (:data:`STDIN`), and a file's document id (``_stem``,
``_file_id``).

Caveats
-------
* Limits are in characters of one document (``max_chars``): a whole file may have at most four bytes a character
  and a byte-order mark (``_max_bytes``), a line six characters a character plus room for an id and metadata
  (``_max_line``: a JSON string may spend ``\\uXXXX`` on one character); a longer line, or one not valid in its
  encoding, comes as an :class:`InputError` naming it, and reading goes on after it.
* Lines end at ``\\n`` only. In an encoding where a byte ``\\n`` may be part of another character or sit inside a
  shifted run (UTF-16, UTF-32, UTF-7, HZ, ISO-2022) the stream is decoded as a whole stream, then split
  (``_splits_at_newline_bytes``, ``_stream_lines``).
* Moved word for word from ``stages/read.py`` (tidy99): no definition's text changed; callers import
  every name from here (since tidy273 :mod:`zhkg.stages.read` re-exports none of them).
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from zhkg.errors import InputError
from zhkg.stages.encodings import (
    _BOMS,
    _CHINESE_ENCODINGS,
    _checked,
    _guess_codec,
    _named_plausibly,
    _utf8_but_a_few_lines,
    _utf8_mark,
    _utf16_without_bom,
    check_encoding,
    decode_bytes_as,
    readable_name,
)
from zhkg.text import shows_nothing

__all__ = [
    "STDIN",
    "RawDocument",
    "_CHUNK",
    "_LINE_CHARS_PER_CHAR",
    "_LINE_SLACK",
    "_MAX_CHAR_BYTES",
    "_MAX_BOM",
    "_max_bytes",
    "_max_line",
    "_display",
    "_open_binary",
    "_read_bytes",
    "_read_text",
    "_check_size",
    "_stream_codec",
    "_lines",
    "_STATEFUL",
    "_splits_at_newline_bytes",
    "_too_long",
    "_byte_lines",
    "_decoded_lines",
    "_stream_lines",
    "_stem",
    "_file_id",
]


#: The input name that means standard input.
STDIN = "-"


@dataclass(frozen=True)
class RawDocument:
    """One input text before parsing into documents."""

    id: str
    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    #: the JSON type of each ``metadata`` value a JSON line gave as a plain value: ``int``, ``float``, ``bool`` or
    #: ``str`` (a table's cells have none: the graph reads numbers from their text, :func:`json_value_type`)
    types: dict[str, str] = field(default_factory=dict)
    #: where the text was read, for messages: ``FILE:LINE`` for a JSON line or a table's row, the file for a text
    #: file (``""`` for the Python API's texts); no part of the document
    where: str = field(default="", compare=False)
    #: the file the text was read from and the codec it was detected in, when that is not UTF-8 (``gb18030``,
    #: ``big5hkscs``, ``utf-16``…): ``()`` for UTF-8 and a named ``--encoding``; for messages, no part of the document
    read_as: tuple[str, str] = field(default=(), compare=False)


#: Bytes read at a time, and the head of a JSON-lines or delimited file its encoding is told from.
_CHUNK = 1 << 20
#: Longest line of a JSON-lines or delimited file, in characters, per character of the document limit:
#: a JSON string may spend six characters (\uXXXX) on one character of text.
_LINE_CHARS_PER_CHAR = 6
_LINE_SLACK = 1 << 16  # room for an id and metadata beside the longest text


#: No encoding read spends more than four bytes a character (UTF-8, GB18030, UTF-16's surrogate pairs, UTF-32),
#: nor more than four on its byte-order mark: a file of more bytes than that holds more characters than the limit.
_MAX_CHAR_BYTES = 4
_MAX_BOM = 4


def _max_bytes(max_chars: int | None) -> int | None:
    """Most bytes a one-document file may have: no encoding spends more than four bytes a character."""
    return None if max_chars is None else _MAX_CHAR_BYTES * max_chars + _MAX_BOM


def _max_line(max_chars: int | None) -> int | None:
    return None if max_chars is None else _LINE_CHARS_PER_CHAR * max_chars + _LINE_SLACK


def _display(path: Path) -> str:
    return "<stdin>" if str(path) == STDIN else str(path)


@contextmanager
def _open_binary(path: Path) -> Iterator[BinaryIO]:
    """``path`` opened for reading bytes, once; ``-`` is standard input (left open)."""
    if str(path) == STDIN:
        yield sys.stdin.buffer
        return
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; a FIFO or device is opened exactly once
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    with fh:
        yield fh


def _read_bytes(path: Path, max_chars: int | None) -> bytes:
    """The bytes of a one-document file, refused as soon as they pass the size limit.

    The size is checked while reading, not after: ``/dev/zero``, a FIFO that never
    ends or a huge sparse file cost at most the limit (and a regular file is
    refused from its size before a byte is read).
    """
    limit = _max_bytes(max_chars)
    name = _display(path)
    with _open_binary(path) as fh:
        try:
            st = os.fstat(fh.fileno())
        except (OSError, ValueError):  # a stream without a file descriptor (tests replace stdin)
            st = None
        if limit is not None and st is not None and stat.S_ISREG(st.st_mode) and st.st_size > limit:
            least = -(-(st.st_size - _MAX_BOM) // _MAX_CHAR_BYTES)  # the fewest characters these bytes can be
            raise InputError(f"{name} has at least {least:,} characters ({st.st_size:,} bytes); "
                             f"the limit is {max_chars:,} a document")
        chunks, size = [], 0
        try:
            while chunk := fh.read(_CHUNK if limit is None else min(_CHUNK, limit + 1 - size)):
                chunks.append(chunk)
                size += len(chunk)
                if limit is not None and size > limit:
                    raise InputError(f"{name} has more than {max_chars:,} characters (over {limit:,} bytes); "
                                     f"the limit is {max_chars:,} a document")
        except OSError as exc:
            raise InputError(f"cannot read {name}: {exc.strerror or exc}") from None
    return b"".join(chunks)


def _read_text(path: Path, encoding: str | None, max_chars: int | None) -> tuple[str, tuple[str, str]]:
    """A text file's text, and (its name, the codec) when it was detected in another encoding than UTF-8
    (:attr:`RawDocument.read_as`)."""
    name = _display(path)
    text, codec = decode_bytes_as(_read_bytes(path, max_chars), name=name, encoding=encoding)
    if not text.strip():
        raise InputError(f"{name} is empty")
    _check_size(text, name, max_chars)
    return text, ((name, codec) if codec else ())


def _check_size(text: str, name: str, max_chars: int | None) -> None:
    if max_chars is not None and len(text) > max_chars:
        raise InputError(f"{name} has {len(text):,} characters; the limit is {max_chars:,} a document")


def _stream_codec(head: bytes, whole: bool, name: str, encoding: str | None) -> str:
    """The codec of a JSON-lines or delimited file, from its first bytes (all of them when ``whole``)."""
    if encoding is not None:
        codec = "utf-8-sig" if check_encoding(encoding) == "utf-8" else check_encoding(encoding)
        sample = head if whole else head[: head.rfind(b"\n") + 1] or head
        sample = sample[_utf8_mark(sample, codec):]  # passed over by _decoded_lines too
        # a character cut by the end of the sample, or an invalid byte, is reported by the line it falls on
        _named_plausibly(sample.decode(codec, errors="ignore"), name, encoding, sample)
        return codec
    for bom, codec in _BOMS:
        if head.startswith(bom) and bom != codecs.BOM_UTF8:
            return codec
    utf8_mark = head.startswith(codecs.BOM_UTF8)
    head = head[len(codecs.BOM_UTF8) if utf8_mark else 0:]  # _decoded_lines passes it over, whatever the codec
    sample = head if whole else head[: head.rfind(b"\n") + 1] or head
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if not whole and exc.reason == "unexpected end of data":
            return "utf-8"  # a character cut by the end of the sample
    if utf8_mark and _utf8_but_a_few_lines(sample, share=0) is not None:
        # the mark and a line beyond ASCII say UTF-8: each line is decoded alone, the others named; with no such
        # line the mark is an editor's leftover and the text tells its encoding, as a text file's does (decode_bytes)
        return "utf-8"
    if b"\x00" in sample[:8192]:
        if (codec := _utf16_without_bom(head)) is None:
            raise InputError(f"{name} looks like a binary file, not text")
        return codec
    try:
        return _guess_codec(sample, name)[0]
    except InputError:
        if _utf8_but_a_few_lines(sample) is not None or _utf8_but_broken_lines(sample):
            return "utf-8"  # each line is decoded alone: the few in another encoding are named, line by line
        raise


def _utf8_but_broken_lines(data: bytes) -> bool:
    """Whether the lines of ``data`` beyond ASCII are UTF-8 (one at least) or broken bytes no encoding reads.

    A line valid in GB18030 or Big5 may be a line in another encoding, which :func:`_utf8_but_a_few_lines`
    weighs by the share of lines; a line valid in none is a broken row however small the file (2 good rows of 3
    fell short of that share, and the whole file was "cannot tell the encoding").

    >>> _utf8_but_broken_lines("平谷区\\n".encode() + b"\\xff\\xfe\\x80\\n")
    True
    >>> _utf8_but_broken_lines("平谷区\\n".encode() + "政协\\n".encode("gbk"))
    False
    """
    utf8 = False
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8 = True
            continue
        except UnicodeDecodeError:
            pass
        for codec in _CHINESE_ENCODINGS:
            try:
                line.decode(codec)
                return False
            except UnicodeDecodeError:
                pass
    return utf8


def _lines(path: Path, encoding: str | None, max_chars: int | None,
           read_as: list[tuple[str, str]] | None = None) -> Iterator[tuple[int, str | InputError]]:
    """The numbered lines of a JSON-lines or delimited file, read once, as a stream.

    Lines end at ``\\n`` only (a ``\\r`` before it is dropped): U+2028, U+2029 and
    U+0085 are characters of a line like any other, as JSON and CSV say. The
    encoding is told from the first megabyte. A line longer than the limit, or (in
    an encoding where a byte ``\\n`` only ever ends a line: UTF-8, GB18030, Big5 and
    the like) a line that is not valid in the encoding, comes as an
    :class:`InputError` in place of its text, naming that line, and reading goes on
    after it. ``read_as`` gets (the file's name, the codec) when the encoding was detected and is not UTF-8.
    """
    name = _display(path)
    limit = _max_line(max_chars)
    with _open_binary(path) as fh:
        try:
            head = fh.read(_CHUNK)
            codec = _stream_codec(head, len(head) < _CHUNK, name, encoding)
            if read_as is not None and encoding is None and codec not in ("utf-8", "utf-8-sig"):
                read_as.append((name, codec))
            if _splits_at_newline_bytes(codec):
                yield from _decoded_lines(_byte_lines(fh, head, limit), codec, name, limit, max_chars, head)
            else:
                yield from _stream_lines(fh, head, codec, name, limit, max_chars)
        except OSError as exc:
            raise InputError(f"cannot read {name}: {exc.strerror or exc}") from None


#: Encodings whose state runs across bytes (a byte \n may sit inside a shifted run): decoded as a stream.
_STATEFUL = ("utf-7", "hz")


def _splits_at_newline_bytes(codec: str) -> bool:
    """Whether a byte ``\\n`` in ``codec`` is always a line's end, never part of another character.

    >>> [_splits_at_newline_bytes(c) for c in ("utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "hz")]
    [True, True, True, True, False, False]
    """
    name = codecs.lookup(codec).name
    if name == "utf-8-sig":
        return True
    if name in _STATEFUL or name.startswith("iso2022"):
        return False
    try:
        return "\n".encode(name) == b"\n" and b"\n".decode(name) == "\n"
    except (UnicodeError, LookupError):
        return False


def _too_long(name: str, lineno: int, limit: int | None, max_chars: int | None) -> InputError:
    return InputError(f"{name}:{lineno}: the line is over {limit:,} characters; the limit is {max_chars:,} a document")


def _byte_lines(fh: BinaryIO, head: bytes, limit: int | None) -> Iterator[bytes | None]:
    """The lines of ``head`` and the rest of ``fh`` as bytes, split at ``\\n``; None for a line of more bytes
    than ``limit`` characters could take (it is not kept in memory)."""
    byte_limit = None if limit is None else _MAX_CHAR_BYTES * limit
    pending: list[bytes] = []
    size, too_long = 0, False
    chunk = head
    while chunk:
        parts = chunk.split(b"\n")
        for part in parts[:-1]:
            if too_long:
                yield None
            else:
                pending.append(part)
                yield b"".join(pending)
            pending, size, too_long = [], 0, False
        if not too_long:
            pending.append(parts[-1])
            size += len(parts[-1])
            if byte_limit is not None and size > byte_limit:
                pending, too_long = [], True
        chunk = fh.read(_CHUNK)
    if too_long:
        yield None
    elif pending and b"".join(pending):
        yield b"".join(pending)


def _decoded_lines(raw_lines: Iterator[bytes | None], codec: str, name: str, limit: int | None,
                   max_chars: int | None, head: bytes) -> Iterator[tuple[int, str | InputError]]:
    """Each line of ``raw_lines`` decoded on its own, so that a line in another encoding is that line's error."""
    line_codec = "utf-8" if codecs.lookup(codec).name == "utf-8-sig" else codec
    mark = _utf8_mark(head, line_codec)  # a UTF-8 byte-order mark, before text in any encoding that keeps ASCII
    _checked(head[mark: 4 * 8192].decode(line_codec, errors="replace").removeprefix("\ufeff")[:8192], name)
    for lineno, raw in enumerate(raw_lines, start=1):
        if raw is None:
            yield lineno, _too_long(name, lineno, limit, max_chars)
            continue
        if lineno == 1:
            raw = raw[mark:]
        try:
            line = raw.decode(line_codec)
        except UnicodeDecodeError:
            shown = "utf-8" if line_codec == "utf-8" else codec  # not Python's utf-8-sig: a name no reader knows
            yield lineno, InputError(f"{name}:{lineno}: not valid {shown} (a line in another encoding?); "
                                     "--skip-bad skips it, --encoding names the file's encoding")
            continue
        if lineno == 1:
            line = line.removeprefix("\ufeff")
        if limit is not None and len(line) > limit:
            yield lineno, _too_long(name, lineno, limit, max_chars)
        else:
            yield lineno, line.removesuffix("\r")


def _stream_lines(fh: BinaryIO, head: bytes, codec: str, name: str, limit: int | None,
                  max_chars: int | None) -> Iterator[tuple[int, str | InputError]]:
    """The lines of a file in an encoding decoded as one stream (UTF-16, UTF-32, stateful ones)."""
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    pending: list[str] = []  # the current line's pieces
    size, lineno, too_long, first = 0, 1, False, True
    chunk = head
    while True:
        final = not chunk
        try:
            text = decoder.decode(chunk, final=final)
        except UnicodeDecodeError:
            raise InputError(f"{name}:{lineno}: not valid {codec}; name the encoding with --encoding") from None
        if first and text:
            first = False
            text = text.removeprefix("\ufeff")
            _checked(text[:8192], name)
        pieces = text.split("\n")
        for piece in pieces[:-1]:
            if not too_long:
                pending.append(piece)
            line = "".join(pending)
            if too_long or (limit is not None and len(line) > limit):
                yield lineno, _too_long(name, lineno, limit, max_chars)
            else:
                yield lineno, line.removesuffix("\r")
            pending, size, too_long = [], 0, False
            lineno += 1
        if not too_long:
            pending.append(pieces[-1])
            size += len(pieces[-1])
            if limit is not None and size > limit:
                pending, too_long = [], True
        if final:
            break
        chunk = fh.read(_CHUNK)
    if too_long:
        yield lineno, _too_long(name, lineno, limit, max_chars)
    elif pending and "".join(pending):
        yield lineno, "".join(pending).removesuffix("\r")


def _stem(path: Path) -> str:
    return "stdin" if str(path) == STDIN else readable_name(path.stem)


def _file_id(path: Path, doc_id: str) -> str:
    """A text file's document id: ``doc_id`` (its stem, or its path in a folder), or its whole name when that
    shows nothing (`` .txt``: a blank id would be a blank label); a name whose bytes are not UTF-8 as
    :func:`readable_name` reads it."""
    return readable_name(path.name if shows_nothing(doc_id) else doc_id)
