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
* UTF-32 needs a byte-order mark; without one the file looks binary. UTF-16 without one is read when its
  head reads plausibly as Chinese in one byte order (:func:`_utf16_without_bom`).
* Lone surrogates (``"\\ud800"`` in JSON) become U+FFFD, one character for one,
  so offsets are kept and the text can still be written as UTF-8.
"""

from __future__ import annotations

import codecs
import itertools
import json
import math
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from zhkg.errors import InputError
from zhkg.stages.documents import FIELD_NAMES, is_derived_id
from zhkg.text import shows_nothing

__all__ = [
    "InputError", "RawDocument", "STDIN", "check_delimiter", "check_encoding", "check_format_options", "decode_bytes",
    "check_standard_input", "input_kind", "json_value_type", "read_inputs", "readable_name", "given_ids", "unique_ids",
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
    except (LookupError, UnicodeError, TypeError, ValueError):  # "undefined" decodes nothing: UnicodeError
        raise InputError(f"unknown text encoding: {name or repr(name)}") from None
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
        return _checked(_named_plausibly(text.removeprefix("\ufeff"), name, encoding, data), name)
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
        # NUL bytes never occur in GBK or Big5 text; without a BOM only UTF-16 written without its mark has them.
        if (codec := _utf16_without_bom(data)) is None:
            raise InputError(f"{name} looks like a binary file, not text")
        try:
            return _checked(data.decode(codec), name)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name} reads as {codec} without a byte-order mark but is not valid {codec} "
                             f"(byte {exc.start})") from None
    return _checked(_guess(data, name), name)


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``data`` reads plausibly as UTF-16 saved without a byte-order mark.

    Only the head is read: an even number of bytes, a character cut at its end ignored. A reading with
    control characters (NUL among them) is not text.

    >>> text = "台北市長陳建宏今天視察信義區。\\n"
    >>> [_utf16_without_bom(text.encode(c)) for c in ("utf-16-le", "utf-16-be")]
    ['utf-16-le', 'utf-16-be']
    >>> _utf16_without_bom(bytes(range(256)) * 8) is None
    True
    """
    head = data[: _SAMPLE_CHARS * 2 & ~1]
    for codec in ("utf-16-le", "utf-16-be"):
        text = head.decode(codec, errors="replace")
        if not _CONTROL.search(text) and _plausibility(text) >= _PLAUSIBLE:
            return codec
    return None


def _guess(data: bytes, name: str) -> str:
    """The most plausible decoding among GB18030, Big5 and charset-normalizer's proposals."""
    return _guess_codec(data, name)[1]


def _guess_codec(data: bytes, name: str) -> tuple[str, str]:
    """The most plausible (codec, decoding) of ``data`` among GB18030, Big5 and charset-normalizer's proposals."""
    from charset_normalizer import from_bytes  # imported lazily: only non-UTF-8 input needs it

    candidates = list(_CHINESE_ENCODINGS) + [m.encoding for m in from_bytes(data)]
    best, best_codec, best_score = None, "", -1.0
    for codec in dict.fromkeys(candidates):
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _plausibility(text)
        if score > best_score:  # ties keep the earlier candidate: GB18030, then Big5
            best, best_codec, best_score = text, codec, score
    if best is None or best_score < _PLAUSIBLE:
        if best is not None and _looks_binary(best):
            raise InputError(f"{name} looks like a binary file, not text")
        if (first_bad := _utf8_but_a_few_lines(data)) is not None:
            raise InputError(f"{name} is UTF-8 except line {first_bad[0]} (byte {first_bad[1]:,}): a line in another "
                             "encoding? Make it UTF-8, or name the file's encoding with --encoding")
        raise InputError(f"cannot tell the encoding of {name} (not UTF-8, GB18030 or Big5); name it with --encoding")
    return best_codec, best


#: Share of its lines beyond ASCII a file must have in valid UTF-8 to be UTF-8 with a few lines in another encoding
#: (files joined together), rather than a file in an encoding not told (called only when no encoding reads the
#: whole file plausibly: a GBK or Big5 file is told before).
_UTF8_LINES = 0.75


def _utf8_but_a_few_lines(data: bytes) -> tuple[int, int] | None:
    """(line, byte) of the first line of ``data`` that is not UTF-8, when nearly all the rest is; else None.

    >>> _utf8_but_a_few_lines("平谷区\\n".encode() * 9 + "政协\\n".encode("gbk"))
    (10, 90)
    >>> _utf8_but_a_few_lines("平谷区\\n".encode("gbk") * 10) is None
    True
    """
    first, valid, invalid, offset = None, 0, 0, 0
    for lineno, line in enumerate(data.split(b"\n"), start=1):
        if not line.isascii():
            try:
                line.decode("utf-8")
                valid += 1
            except UnicodeDecodeError as exc:
                invalid += 1
                if first is None:
                    first = (lineno, offset + exc.start)
        offset += len(line) + 1
    return first if first is not None and valid >= _UTF8_LINES * (valid + invalid) else None


#: Plausibility below which text decoded with an encoding the user named is refused: the wrong
#: encoding named (UTF-8 bytes read as UTF-16 or Latin-1) scores under 0.15 on news, Japanese 0.6.
_NAMED_PLAUSIBLE = 0.5


#: The candidates a reading in the named encoding is compared with, and how they must differ for the named
#: one to be refused: GBK bytes read as Big5, and the reverse, decode without error into rare characters (a
#: wrong reading of a news text scores at most 0.83 on its non-ASCII characters, a right one at least 0.86,
#: mostly over 0.95), and on a few characters the wrong reading can be the better one, which is why the
#: encoding can be named at all: so only a text long enough to tell is refused.
_NAMED_RIVALS = ("utf-8", "gb18030", "big5", "big5hkscs")
_RIVAL_MARGIN = 0.1
_RIVAL_MIN_CHARS = 16


def _named_plausibly(text: str, name: str, encoding: str, data: bytes | None = None) -> str:
    """``text``, decoded with the encoding the user named, unless it reads as no Chinese text at all,
    or (given its ``data``) another common encoding reads the same bytes as clearly better Chinese.

    A wrong encoding that happens to decode without error (UTF-8 bytes as UTF-16, any bytes as
    Latin-1, GBK bytes as Big5) would otherwise give a graph of nothing, or of garbled names, and
    no word why.

    >>> _named_plausibly("平谷区".encode("utf-8").decode("latin-1"), "a.txt", "latin-1")
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: a.txt does not read as Chinese text in latin-1; check --encoding, or leave it out to detect the encoding
    >>> data = "平谷区政协主席闫维洪主持会议。北京市平谷区有17个镇乡。".encode("gbk")
    >>> _named_plausibly(data.decode("big5"), "a.txt", "big5", data)
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: a.txt reads as Chinese text in gb18030, not in big5; check --encoding, or leave it out to detect the encoding
    """
    if _plausibility(text) < _NAMED_PLAUSIBLE:
        raise InputError(
            f"{name} does not read as Chinese text in {encoding}; check --encoding, or leave it out to detect the encoding"
        )
    if data is not None and (rival := _better_reading(text, data)) is not None:
        raise InputError(
            f"{name} reads as Chinese text in {rival}, not in {encoding}; check --encoding, "
            "or leave it out to detect the encoding"
        )
    return text


def _non_ascii(text: str) -> str:
    return "".join(ch for ch in text[:_SAMPLE_CHARS] if ord(ch) >= 0x80)


def _better_reading(text: str, data: bytes) -> str | None:
    """The first of :data:`_NAMED_RIVALS` that reads ``data`` as clearly more plausible Chinese than ``text`` does.

    Scored on the non-ASCII characters alone (ids, dates and tabs would dilute a table's text), and only
    when there are enough of them to tell.

    >>> data = "北京市平谷区政协主席闫维洪主持会议".encode("gbk")
    >>> _better_reading(data.decode("big5"), data), _better_reading(data.decode("gbk"), data)
    ('gb18030', None)
    """
    own = _non_ascii(text)
    if len(own) < _RIVAL_MIN_CHARS:
        return None
    score = _plausibility(own)
    if score >= 1 - _RIVAL_MARGIN:
        return None
    for codec in _NAMED_RIVALS:
        try:
            other = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausibility(_non_ascii(other)) >= max(_PLAUSIBLE, score + _RIVAL_MARGIN):
            return codec
    return None


def _checked(text: str, name: str) -> str:
    if _looks_binary(text):
        raise InputError(f"{name} looks like a binary file, not text")
    return text


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


def _read_text(path: Path, encoding: str | None, max_chars: int | None) -> str:
    name = _display(path)
    text = decode_bytes(_read_bytes(path, max_chars), name=name, encoding=encoding)
    if not text.strip():
        raise InputError(f"{name} is empty")
    _check_size(text, name, max_chars)
    return text


def _check_size(text: str, name: str, max_chars: int | None) -> None:
    if max_chars is not None and len(text) > max_chars:
        raise InputError(f"{name} has {len(text):,} characters; the limit is {max_chars:,} a document")


def _stream_codec(head: bytes, whole: bool, name: str, encoding: str | None) -> str:
    """The codec of a JSON-lines or delimited file, from its first bytes (all of them when ``whole``)."""
    if encoding is not None:
        codec = "utf-8-sig" if check_encoding(encoding) == "utf-8" else check_encoding(encoding)
        sample = head if whole else head[: head.rfind(b"\n") + 1] or head
        # a character cut by the end of the sample, or an invalid byte, is reported by the line it falls on
        _named_plausibly(sample.decode(codec, errors="ignore"), name, encoding, sample)
        return codec
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    sample = head if whole else head[: head.rfind(b"\n") + 1] or head
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if not whole and exc.reason == "unexpected end of data":
            return "utf-8"  # a character cut by the end of the sample
    if b"\x00" in sample[:8192]:
        if (codec := _utf16_without_bom(head)) is None:
            raise InputError(f"{name} looks like a binary file, not text")
        return codec
    try:
        return _guess_codec(sample, name)[0]
    except InputError:
        if _utf8_but_a_few_lines(sample) is not None:
            return "utf-8"  # each line is decoded alone: the few in another encoding are named, line by line
        raise


def _lines(path: Path, encoding: str | None, max_chars: int | None) -> Iterator[tuple[int, str | InputError]]:
    """The numbered lines of a JSON-lines or delimited file, read once, as a stream.

    Lines end at ``\\n`` only (a ``\\r`` before it is dropped): U+2028, U+2029 and
    U+0085 are characters of a line like any other, as JSON and CSV say. The
    encoding is told from the first megabyte. A line longer than the limit, or (in
    an encoding where a byte ``\\n`` only ever ends a line: UTF-8, GB18030, Big5 and
    the like) a line that is not valid in the encoding, comes as an
    :class:`InputError` in place of its text, naming that line, and reading goes on
    after it.
    """
    name = _display(path)
    limit = _max_line(max_chars)
    with _open_binary(path) as fh:
        try:
            head = fh.read(_CHUNK)
            codec = _stream_codec(head, len(head) < _CHUNK, name, encoding)
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
    _checked(head[: 4 * 8192].decode(line_codec, errors="replace").removeprefix("\ufeff")[:8192], name)
    for lineno, raw in enumerate(raw_lines, start=1):
        if raw is None:
            yield lineno, _too_long(name, lineno, limit, max_chars)
            continue
        try:
            line = raw.decode(line_codec)
        except UnicodeDecodeError:
            yield lineno, InputError(f"{name}:{lineno}: not valid {codec} (a line in another encoding?); "
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


def _read_jsonl(
    path: Path, encoding: str | None, max_chars: int | None, skipped: list[InputError] | None,
    field: str | None = None,
) -> Iterator[RawDocument]:
    found = 0
    for lineno, line in _lines(path, encoding, max_chars):
        if isinstance(line, str) and not line.strip():
            continue
        found += 1
        try:
            if isinstance(line, InputError):
                raise line
            yield _jsonl_record(path, lineno, line, max_chars, field)
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
    text = _read_text(path, encoding, None)  # the limit is a document's, and this file may hold many
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
        yield _json_record(name, _file_id(path, _stem(path)), data, max_chars, field)
        return
    if not isinstance(data, list):
        raise InputError(f'{name}: expected an array of objects with a "text" string, or one such object')
    if not data:
        raise InputError(f"{name} is empty")
    for n, obj in enumerate(data, start=1):
        try:
            yield _json_record(f"{name}: item {n}", f"{_stem(path)}-{n}", obj, max_chars, field)
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
    return RawDocument(_no_surrogates(doc_id), _no_surrogates(text), meta, types)


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


def check_delimiter(delimiter: str) -> str:
    """The one-character separator ``delimiter`` names (``\\t`` as typed in a shell is a TAB).

    >>> check_delimiter("|"), check_delimiter("\\\\t")
    ('|', '\\t')
    >>> check_delimiter("ab")
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: the delimiter must be one character, not 'ab'
    """
    sep = "\t" if delimiter == "\\t" else delimiter
    if len(sep) != 1:
        raise InputError(f"the delimiter must be one character, not {delimiter!r}")
    if sep in "\r\n\"":
        raise InputError(f"the delimiter cannot be {delimiter!r}")
    return sep


def _rows(path: Path, lines: Iterator[tuple[int, str | InputError]], sep: str, max_chars: int | None
          ) -> Iterator[list[str] | InputError]:
    """The records of a delimited file, or in place of a bad one its error (naming its last line)."""
    import csv

    name = _display(path)
    limit = min(max_chars, 2**31 - 1) if max_chars is not None else 2**31 - 1
    csv.field_size_limit(limit)  # process-wide, and the same for every reader: the document limit
    last = [0]
    errors: list[InputError] = []

    def physical() -> Iterator[str]:
        for lineno, line in lines:
            last[0] = lineno
            if isinstance(line, InputError):
                errors.append(line)
                yield "\n"
            else:
                yield line + "\n"  # the csv module keeps line breaks inside quoted fields only if they are there

    if sep == "\t":
        yield from _tab_rows(lines, limit)
        return
    # strict: a quote left open is an error, not every line after it read into one field
    reader = csv.reader(physical(), delimiter=sep, quoting=csv.QUOTE_MINIMAL, strict=True)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            message = str(exc)
            if "field larger than field limit" in message:
                message = f"a field is over {limit:,} characters; the limit is {limit:,} a document"
            yield InputError(f"{name}:{last[0]}: malformed row ({message})")
            continue
        if errors:
            yield errors[0]
            errors.clear()
        else:
            yield row


#: Lines a quoted cell of a tab-separated file may run over (a cell holding line breaks) before it is read as
#: written instead: a cell that only opens with a quote never makes a reader look further than this.
_QUOTED_LINES = 1_000


def _tab_rows(lines: Iterator[tuple[int, str | InputError]], limit: int) -> Iterator[list[str] | InputError]:
    r"""The records of a tab-separated file: each line split at its tabs, except that a cell written as a CSV writer
    quotes it is read as one (:func:`_quoted_tab_row`).

    Plain TSV has no quotes, but the files people have were often written by a CSV writer with tabs (Python's
    ``csv``, pandas ``to_csv(sep="\t")``, Excel's "Unicode Text"): a cell holding a tab, a line break or a ``"``
    is then quoted, its quotes doubled. Read as written, such a row had a column too many, a cell with a line
    break became a document cut in two, and a text with quotes kept the writer's doubled quotes.

    >>> lines = enumerate(['a\t"b\tc"', '"d ""e"" x"\t"f', 'g"', 'h\t"i"j'], start=1)
    >>> list(_tab_rows(lines, 1000))
    [['a', 'b\tc'], ['d "e" x', 'f\ng'], ['h', '"i"j']]
    """
    pushed: list[tuple[int, str | InputError]] = []  # lines read ahead for a quoted cell that was not one

    def next_line() -> tuple[int, str | InputError] | None:
        return pushed.pop() if pushed else next(lines, None)

    while (item := next_line()) is not None:
        line = item[1]
        if isinstance(line, InputError):
            yield line
            continue
        if '"' not in line:
            yield line.split("\t")
            continue
        ahead: list[tuple[int, str | InputError]] = []
        row = _quoted_tab_row(line, next_line, ahead, limit)
        if row is None:  # no quoted cell after all: the line as written, the lines read ahead as their own
            pushed.extend(reversed(ahead))
            row = line.split("\t")
        yield row


def _quoted_tab_row(line: str, next_line: Callable[[], tuple[int, str | InputError] | None],
                    ahead: list[tuple[int, str | InputError]], limit: int) -> list[str] | None:
    """The cells of the record that starts with ``line``, a cell opening with ``"`` read as quoted: up to a ``"``
    followed by a tab or the line's end, ``""`` standing for ``"``, running over more lines (taken with
    ``next_line``, kept in ``ahead``) while it is open. ``None`` when a cell opening with ``"`` is no quoted cell:
    a quote inside it not doubled, or not closed within :data:`_QUOTED_LINES` lines or ``limit`` characters."""
    cells: list[str] = []
    text, i = line, 0
    while True:
        if not text.startswith('"', i):
            end = text.find("\t", i)
            if end < 0:
                cells.append(text[i:])
                return cells
            cells.append(text[i:end])
            i = end + 1
            continue
        pieces: list[str] = []
        size, j = 0, i + 1
        while True:
            k = text.find('"', j)
            if k < 0:  # the cell holds a line break
                pieces.append(text[j:])
                size += len(text) - j + 1
                item = next_line()
                if item is None or isinstance(item[1], InputError) or len(ahead) >= _QUOTED_LINES or size > limit:
                    if item is not None:
                        ahead.append(item)
                    return None
                ahead.append(item)
                pieces.append("\n")
                text, j = item[1], 0
                continue
            pieces.append(text[j:k])
            size += k - j
            if text.startswith('"', k + 1):
                pieces.append('"')
                j = k + 2
                continue
            if k + 1 < len(text) and text[k + 1] != "\t":
                return None
            break
        cells.append("".join(pieces))
        if k + 1 == len(text):
            return cells
        i = k + 2


def _read_delimited(
    path: Path, encoding: str | None, max_chars: int | None, skipped: list[InputError] | None,
    text_column: str | None, delimiter: str | None,
) -> Iterator[RawDocument]:
    """Rows of a TSV/CSV file: one column is the text, the others metadata.

    ``text_column`` is a 1-based column number, or a header name (the first row is
    then a header); by default the column a header names as the text (``text``, ``正文``: :func:`_text_header`), else
    the last column holds the text (the header's last, or the first row's when there is
    none: a row with more columns than that is refused, as a delimiter inside its text would cut it). Without a header
    name, a first row that looks like a header (:func:`_looks_like_header`) is read
    as one, not as a document. A row's number (in its id and messages) counts rows, the header included.
    A ``.csv`` file whose first row holds tabs and no comma (a TSV named ``.csv``) is refused unless ``delimiter``
    is given: read with commas, its columns would run together into the text.
    """
    name = _display(path)
    sep = check_delimiter(delimiter) if delimiter else ("\t" if path.suffix.lower() in (".tsv", ".tab") else ",")
    records = _rows(path, _lines(path, encoding, max_chars), sep, max_chars)

    def rows_or_errors() -> Iterator[list[str]]:
        for item in records:
            if isinstance(item, InputError):
                if skipped is None:
                    raise item
                skipped.append(item)
                yield []  # keeps the numbering of the rows after it
            else:
                yield item

    rows: Iterator[list[str]] = rows_or_errors()
    header: list[str] | None = None
    column: int | None = None
    if text_column is not None and not str(text_column).isdigit():
        header = next(rows, None)
        if header is None or text_column not in header:
            raise InputError(f"{name}: no column named {text_column!r} in the header")
        column = header.index(text_column)
    elif text_column is not None:
        column = int(text_column) - 1
        if column < 0:
            raise InputError(f"{name}: column numbers start at 1")
    if header is None:
        first, second = next(rows, None), next(rows, None)
        if first and len(first) == 1 and "\t" in first[0] and sep == "," and not delimiter:
            raise InputError(f"{name}: the first row holds tabs and no comma: name a tab-separated file .tsv, "
                             "or give --delimiter")
        if first and _looks_like_header(first, second, column):
            header = first
            rows = itertools.chain([second] if second is not None else [], rows)
        else:
            rows = itertools.chain([row for row in (first, second) if row is not None], rows)
    if header is not None and column is None:
        column = _text_header(header)  # the header's text column, else its last column, not each row's
    found = 0
    width = len(header) if header is not None else None  # without a header, the first row's
    for lineno, row in enumerate(rows, start=2 if header else 1):
        if not row or not any(cell.strip() for cell in row):
            continue
        found += 1
        if width is None:
            width = len(row)
        index = width - 1 if column is None else column
        try:
            if index >= len(row):
                raise InputError(f"{name}:{lineno}: no column {index + 1} (the row has {len(row)})")
            if len(row) > width:  # a delimiter inside the text would cut it
                above = "the header has" if header is not None else "the first row has"
                raise InputError(f"{name}:{lineno}: {len(row)} columns where {above} {width}")
            body = row[index]
            if not body.strip():
                raise InputError(f"{name}:{lineno}: the text is empty")
            _check_size(body, f"{name}:{lineno}", max_chars)
        except InputError as exc:
            if skipped is None:
                raise
            skipped.append(exc)
            continue
        names = _column_names(header or [], len(row))
        meta = {names[i]: _no_surrogates(cell) for i, cell in enumerate(row) if i != index}
        yield RawDocument(f"{_stem(path)}-{lineno}", _no_surrogates(body), meta)
    if not found:
        raise InputError(f"{name} is empty")


#: Names a header gives the text column (compared in lower case).
_TEXT_HEADERS = frozenset({
    "text", "body", "content", "contents", "article", "news", "document", "doc", "sentence",
    "正文", "内容", "內容", "文本", "新闻", "新聞", "文章", "全文",
})
_HEADER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,31}")  # one ASCII word, as column names are
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _column_names(header: list[str], width: int) -> list[str]:
    """The metadata name of each of ``width`` columns: the header's, ``colN`` for a blank or missing one, and
    ``NAME_2``, ``NAME_3``… for a name the header repeats (each column kept, none overwriting another).

    >>> _column_names(["tag", "", "tag", "text"], 5)
    ['tag', 'col2', 'tag_2', 'text', 'col5']
    """
    names: list[str] = []
    for i in range(width):
        name = header[i] if i < len(header) and header[i].strip() else f"col{i + 1}"
        base, n = name, 1
        while name in names:
            n += 1
            name = f"{base}_{n}"
        names.append(name)
    return names


def _text_header(header: list[str]) -> int:
    """The text's column in a header: its last cell named as a text column is (``text``, ``正文``…), else its last.

    A cell before the last counts only in a row of column names (ASCII words, the names of a title, date or
    source): in a table without a header, a first cell such as 新闻 or 文章 is a value, not a name.

    >>> _text_header(["text", "category"]), _text_header(["id", "title", "url"]), _text_header(["正文", "body"])
    (0, 2, 1)
    >>> _text_header(["新闻", "平谷区政协委员张吉辉出席会议。"]), _text_header(["标题", "正文", "来源"])
    (1, 1)
    """
    last = len(header) - 1
    named = [i for i, cell in enumerate(header) if cell.strip().lower() in _TEXT_HEADERS]
    if not named or named[-1] == last or not all(_is_column_name(cell) for cell in header):
        return last
    return named[-1]


def _is_column_name(cell: str) -> bool:
    """Whether a cell reads as a column's name: blank, one ASCII word, or a name of the text, title, date or source.

    >>> _is_column_name("category"), _is_column_name("标题"), _is_column_name("平谷区政协委员张吉辉出席会议。")
    (True, True, False)
    """
    name = cell.strip()
    return (not name or bool(_HEADER_NAME.fullmatch(name)) or name.lower() in _TEXT_HEADERS
            or any(name.lower() in names for names in FIELD_NAMES.values()))


def _looks_like_header(first: list[str], second: list[str] | None, column: int | None) -> bool:
    """Whether the first row of a delimited file names its columns instead of holding a document.

    It does when a cell is a usual name for a text column (``text``, ``正文``, …: :func:`_text_header`),
    or its last cell is one ASCII word while the next row's last is Chinese.

    >>> _looks_like_header(["category", "text"], ["政治", "平谷区政协召开会议。"], None)
    True
    >>> _looks_like_header(["text", "category"], ["平谷区政协召开会议。", "政治"], None)
    True
    >>> _looks_like_header(["id", "Title"], ["1", "平谷区政协召开会议。"], None)
    True
    >>> _looks_like_header(["政治", "平谷区政协召开会议。"], ["国际", "美国总统在白宫会见了日本首相。"], None)
    False
    """
    index = _text_header(first) if column is None else column
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


def readable_name(name: str) -> str:
    """A file name as text: a name whose bytes are not UTF-8 (``新闻.txt`` from a Chinese Windows archive, in GBK)
    comes from the operating system with lone surrogates, which no output can hold; it is read as GB18030 or
    Big5 when one of them reads it plausibly, else each undecodable byte becomes U+FFFD.

    >>> import os
    >>> readable_name(os.fsdecode("新闻稿".encode("gbk"))), readable_name(os.fsdecode("新聞稿".encode("big5")))
    ('新闻稿', '新聞稿')
    >>> readable_name(os.fsdecode(b"a\\xff")), readable_name("平谷")
    ('a\ufffd', '平谷')
    """
    if not _SURROGATE.search(name):
        return name
    data = os.fsencode(name)
    best, best_score = None, _PLAUSIBLE
    for codec in _CHINESE_ENCODINGS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if (score := _plausibility(text)) >= best_score and text.isprintable():
            best, best_score = text, score
    return best if best is not None else data.decode("utf-8", errors="replace")


def _stem(path: Path) -> str:
    return "stdin" if str(path) == STDIN else readable_name(path.stem)


def _file_id(path: Path, doc_id: str) -> str:
    """A text file's document id: ``doc_id`` (its stem, or its path in a folder), or its whole name when that
    shows nothing (`` .txt``: a blank id would be a blank label); a name whose bytes are not UTF-8 as
    :func:`readable_name` reads it."""
    return readable_name(path.name if shows_nothing(doc_id) else doc_id)


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def _folder_files(root: Path, follow_links: bool) -> list[Path | InputError]:
    """The ``.txt`` files under ``root`` in path order; a link out of ``root`` is an error unless followed.

    Only regular files are read (a FIFO or device named ``x.txt`` would hang or
    never end). Without ``follow_links`` a symbolic link is read only when it
    points inside ``root``, and linked folders are not entered; with it, every
    link is followed, each folder once (a link loop ends there).
    """
    real_root = root.resolve()
    found: list[tuple[str, Path | InputError]] = []
    visited: set[tuple[int, int]] = set()
    def unreadable(exc: OSError) -> None:  # os.walk would pass over the folder in silence
        found.append((str(exc.filename), InputError(f"cannot read the folder {exc.filename}: {exc.strerror or exc}")))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=follow_links):
        here = Path(dirpath)
        if follow_links:
            st = os.stat(here)
            if (st.st_dev, st.st_ino) in visited:
                dirnames[:] = []
                continue
            visited.add((st.st_dev, st.st_ino))
        else:
            for d in dirnames:
                if (here / d).is_symlink() and not _inside((here / d).resolve(), real_root):
                    found.append((str(here / d), InputError(
                        f"{here / d} is a link to a folder outside {root}; --follow-links reads it")))
        for f in filenames:
            path = here / f
            if path.suffix.lower() != ".txt":  # NOTES.TXT from a Windows or DOS tool too
                continue
            if path.is_symlink() and not follow_links and not _inside(path.resolve(), real_root):
                found.append((str(path), InputError(f"{path} is a link to a file outside {root}; --follow-links reads it")))
                continue
            if path.is_file():  # follows a link: its target must be a regular file
                found.append((str(path), path))
    return [item for _, item in sorted(found, key=lambda pair: Path(pair[0]).parts)]


_DELIMITED_SUFFIXES = (".tsv", ".tab", ".csv")


def _other_inputs_hint(folder: Path) -> str:
    """For a folder without ``.txt`` files, a hint naming the JSON-lines and table files it holds: a folder is read
    for its ``.txt`` files only, and those must be named as inputs themselves.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "feed.jsonl").write_text("{}"); _ = (d / "b.tsv").write_text("")
    >>> _other_inputs_hint(d) == f"; a folder is read for its .txt files only: name {d / 'b.tsv'} and 1 more as inputs"
    True
    """
    found = sorted(Path(here) / f for here, _, names in os.walk(folder) for f in names
                   if Path(f).suffix.lower() in (".jsonl", ".json", *_DELIMITED_SUFFIXES))
    if not found:
        return ""
    more = f" and {len(found) - 1} more" if len(found) > 1 else ""
    return f"; a folder is read for its .txt files only: name {found[0]}{more} as inputs"


def input_kind(path: str | Path, delimiter: str | None = None) -> str:
    """How :func:`read_inputs` reads ``path``: ``folder``, ``jsonl``, ``json``, ``delimited`` or ``text``.

    A ``.tsv``/``.tab``/``.csv`` file is delimited, and so is any other file (``-`` included)
    but a ``.jsonl`` or ``.json`` one when a ``delimiter`` is given.

    >>> input_kind("news.jsonl"), input_kind("news.json"), input_kind("news.csv"), input_kind("a.txt", ",")
    ('jsonl', 'json', 'delimited', 'delimited')
    """
    path = Path(path)
    if str(path) != STDIN and path.is_dir():
        return "folder"
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return "jsonl"
    if suffix == ".json":
        return "json"
    return "delimited" if suffix in _DELIMITED_SUFFIXES or delimiter else "text"


def check_standard_input(paths: Iterable[str | Path]) -> None:
    """Refuse standard input (``-``) named more than once: the second would read nothing.

    >>> check_standard_input(["-", "a.txt"])
    >>> check_standard_input(["-", "-"])
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: standard input (-) is named 2 times; it can be read once
    """
    if (times := sum(str(raw) == STDIN for raw in paths)) > 1:
        raise InputError(f"standard input ({STDIN}) is named {times} times; it can be read once")


def check_format_options(
    paths: Iterable[str | Path], *, text_column: str | None = None, delimiter: str | None = None,
    follow_links: bool = False,
) -> None:
    """Refuse an option for one kind of input (:func:`input_kind`) when no input is of that kind.

    Such an option would be silently unused: ``--text-column`` with only ``.txt`` files, say.
    Raises :class:`InputError` with the option's name; the command line exits 2 for it.

    >>> check_format_options(["a.txt", "b.tsv"], text_column="2")
    >>> check_format_options(["a.jsonl"], text_column="news_content")
    >>> check_format_options(["a.txt"], text_column="text")
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: --text-column is for delimited files (.tsv, .csv, or any file with --delimiter) and JSON lines (.jsonl, .json); no input is either
    """
    kinds = {input_kind(p, delimiter) for p in paths}
    if text_column is not None:
        if not text_column.strip():
            raise InputError("--text-column needs a column number (from 1) or a header name, not ''")
        if text_column.isdigit() and int(text_column) == 0:
            raise InputError("--text-column: column numbers start at 1, not 0")
        stdin = delimiter is None and any(str(p) == STDIN for p in paths)  # JSON lines or text, seen when read
        if "delimited" not in kinds and (text_column.isdigit() or not (kinds & {"jsonl", "json"} or stdin)):
            if stdin:
                raise InputError(f"--text-column {text_column}: a column number is for a table, and standard "
                                 "input is read as one with --delimiter ($'\\t' for TSV, ',' for CSV)")
            if kinds & {"jsonl", "json"}:
                raise InputError(f"--text-column {text_column}: a JSON line's text is named by its field, not a "
                                 "number; column numbers are for delimited files (.tsv, .csv), and no input is one")
            if text_column.isdigit():
                raise InputError(f"--text-column {text_column}: column numbers are for delimited files (.tsv, .csv, "
                                 "or any file with --delimiter); no input is one")
            raise InputError("--text-column is for delimited files (.tsv, .csv, or any file with --delimiter) and "
                             "JSON lines (.jsonl, .json); no input is either")
    if delimiter is not None and "delimited" not in kinds:
        raise InputError("--delimiter is for delimited and text files; folders, .jsonl and .json files are read "
                         "without it, and every input is one")
    if follow_links and "folder" not in kinds:
        raise InputError("--follow-links is for folders; no input is one")


def _file_identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of the file ``path`` names (``-``: standard input's), or None when it has none."""
    try:
        st = os.fstat(sys.stdin.fileno()) if str(path) == STDIN else os.stat(path)
    except (OSError, ValueError, AttributeError):  # missing (reported when read), or a stdin without a descriptor
        return None
    return (st.st_dev, st.st_ino)


def _first_time(path: Path, read: set[tuple[int, int]] | None) -> bool:
    """Whether the file ``path`` is not yet among the files ``read`` (then it is added); a folder always is."""
    if read is None or path.is_dir():
        return True
    identity = _file_identity(path)
    if identity is None:
        return True
    if identity in read:
        return False
    read.add(identity)
    return True


def _read_path(
    path: Path, encoding: str | None, max_chars: int | None, skipped: list[InputError] | None,
    text_column: str | None = None, delimiter: str | None = None, follow_links: bool = False,
    read: set[tuple[int, int]] | None = None,
) -> Iterator[RawDocument]:
    if str(path) != STDIN and not path.exists():
        raise InputError(f"no such file or directory: {path}")
    if not _first_time(path, read):
        return
    kind = input_kind(path, delimiter)
    if kind == "folder":
        files = _folder_files(path, follow_links)
        if not files:
            raise InputError(f"{path} holds no .txt files" + _other_inputs_hint(path))
        for f in files:
            try:
                if isinstance(f, InputError):
                    raise f
                if not _first_time(f, read):
                    continue
                yield RawDocument(_file_id(f, f.relative_to(path).with_suffix("").as_posix()),
                                  _read_text(f, encoding, max_chars))
            except InputError as exc:
                if skipped is None:
                    raise
                skipped.append(exc)
    elif kind == "jsonl":
        yield from _read_jsonl(path, encoding, max_chars, skipped, _json_field(text_column))
    elif kind == "json":
        yield from _read_json(path, encoding, max_chars, skipped, _json_field(text_column))
    elif kind == "delimited":
        yield from _read_delimited(path, encoding, max_chars, skipped, text_column, delimiter)
    elif str(path) == STDIN:
        yield from _read_standard_input(path, encoding, max_chars, skipped, _json_field(text_column))
    else:
        _check_not_markup(path)
        yield RawDocument(_file_id(path, _stem(path)), _read_text(path, encoding, max_chars))


#: Files of markup a user may name as an input by mistake (zhkg's own outputs among them), and what to do instead:
#: read as text, their tags, scripts and ids would be extracted from (a seed GraphML gave 127 "counts").
_MARKUP = {
    ".graphml": "is a graph (GraphML), not documents: ask it questions with zhkg query, or open it in Gephi",
    ".gexf": "is a graph (GEXF), not documents: open it in Gephi, or ask the .graphml beside it with zhkg query",
    ".html": "is an HTML page, not text: give zhkg the article's text (.txt, .jsonl, .json, .tsv or .csv)",
    ".htm": "is an HTML page, not text: give zhkg the article's text (.txt, .jsonl, .json, .tsv or .csv)",
}


def _check_not_markup(path: Path) -> None:
    """Refuse a file named as a text input whose suffix says it is a graph or a web page (:data:`_MARKUP`).

    >>> _check_not_markup(Path("graphs/seed.graphml"))
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: graphs/seed.graphml is a graph (GraphML), not documents: ask it questions with zhkg query, or open it in Gephi
    >>> _check_not_markup(Path("news.txt")), _check_not_markup(Path("notes"))
    (None, None)
    """
    what = _MARKUP.get(path.suffix.lower())
    if what is not None:
        raise InputError(f"{_display(path)} {what}")


def _json_field(text_column: str | None) -> str | None:
    """The text's field ``--text-column`` names for JSON inputs: a name (a number is a table's column only).

    >>> _json_field("news_content"), _json_field("2"), _json_field(None)
    ('news_content', None, None)
    """
    return None if text_column is None or text_column.isdigit() else text_column


def _looks_like_json_lines(text: str) -> bool:
    """Whether ``text`` opens with a JSON object on a line of its own, as a JSON-lines file does.

    >>> _looks_like_json_lines('\\n{"id": 1}\\n{"text": "北京"}'), _looks_like_json_lines("{平谷区}")
    (True, False)
    """
    first = next((line for line in text.split("\n") if line.strip()), "").strip()
    if not first.startswith("{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except (json.JSONDecodeError, RecursionError):
        return False


def _read_standard_input(
    path: Path, encoding: str | None, max_chars: int | None, skipped: list[InputError] | None,
    field: str | None = None,
) -> Iterator[RawDocument]:
    """Standard input: one text document, or JSON lines when its first line is a JSON object (``cat news.jsonl |
    zhkg extract -``), each line a document as in a ``.jsonl`` file (ids ``stdin-N``; ``field``: the text's field,
    ``--text-column``). Its bytes are bounded as a text file's."""
    name = _display(path)
    text = decode_bytes(_read_bytes(path, max_chars), name=name, encoding=encoding)
    if not text.strip():
        raise InputError(f"{name} is empty")
    if field is not None and not _looks_like_json_lines(text):
        raise InputError(f"--text-column {field}: {name} is not JSON lines (its first line is no JSON object); "
                         "a table on standard input needs --delimiter ($'\\t' for TSV, ',' for CSV)")
    if not _looks_like_json_lines(text):
        _check_size(text, name, max_chars)
        yield RawDocument(_file_id(path, _stem(path)), text)
        return
    for lineno, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            yield _jsonl_record(path, lineno, line, max_chars, field)
        except InputError as exc:
            if skipped is None:
                raise
            skipped.append(exc)


def read_inputs(
    paths: list[str | Path],
    *,
    encoding: str | None = None,
    max_chars: int | None = None,
    skipped: list[InputError] | None = None,
    text_column: str | None = None,
    delimiter: str | None = None,
    follow_links: bool = False,
) -> Iterator[RawDocument]:
    """Yield the documents of every input path, in order (folders recursively, sorted by path).

    Each input is opened once and read as a stream (a FIFO or ``/dev/stdin``
    works; ``-`` is standard input, read as a text file, as JSON lines when its
    first line is a JSON object, or delimited with ``delimiter``), and no input costs more than its size limit in memory.

    Parameters
    ----------
    paths : list of str or Path
        ``.txt`` (or other text) files, folders searched for ``*.txt``, ``.jsonl`` files,
        and delimited ``.tsv``/``.csv`` files (one document a row); ``-`` for standard input.
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
        Delimited files: the separator, one character (default: TAB for .tsv, comma for .csv).
    follow_links : bool
        Folders: read links to files outside the folder, and enter linked folders
        (without it such a link is an error, or skipped with ``skipped``).

    Yields
    ------
    RawDocument
        Each file is read once, however often it is named: the same path twice, a file and
        its folder, a link to it or a hard link are the same file (same device and inode),
        read where it is first named. Two files with the same contents are two files.
        Ids are file stems, paths relative to the folder, or JSON ``id`` values;
        a repeated id gets ``~2``, ``~3``… so that no document is merged into another,
        and so does an id of the form documents derive (``A#related-01``).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("平谷区", encoding="utf-8")
    >>> _ = (d / "b.txt").write_bytes(b"")
    >>> bad = []
    >>> [(r.id, r.text) for r in read_inputs([d], skipped=bad)], [str(e)[-8:] for e in bad]
    ([('a', '平谷区')], ['is empty'])
    >>> [r.id for r in read_inputs([d / "a.txt", d, d / "a.txt"], skipped=[])]  # each file once, however named
    ['a']
    """
    if encoding is not None:
        check_encoding(encoding)
    if delimiter is not None:
        check_delimiter(delimiter)
    paths = list(paths)
    check_standard_input(paths)
    seen: dict[str, int] = {}
    read: set[tuple[int, int]] = set()
    for raw in paths:
        try:
            for doc in _read_path(Path(raw), encoding, max_chars, skipped, text_column, delimiter, follow_links, read):
                yield _unique(doc, seen)
        except InputError as exc:
            if skipped is None:
                raise
            skipped.append(exc)


def given_ids(raws: Iterable[RawDocument]) -> Iterator[RawDocument]:
    """``raws`` as a caller of the Python API gives them, each with an id to show: an id that shows nothing
    (``None``, ``""``, spaces, zero-width characters) becomes ``text-N``, N its place among them from 1 (as a JSON
    line's blank id becomes its line's default id), and a number its digits; any other id is an
    :class:`InputError`. A text that is not a string is an :class:`InputError` too, and lone surrogates
    (``"\\udc80"``, from bytes decoded with ``surrogateescape``) become U+FFFD, one for one, as in a JSON line:
    no output could hold them.

    >>> [r.id for r in given_ids([RawDocument("a", "x"), RawDocument("", "y"), RawDocument(None, "z"), RawDocument(7, "w")])]
    ['a', 'text-2', 'text-3', '7']
    >>> [r.text for r in given_ids([RawDocument("a", "平谷\\udc80区")])]
    ['平谷\ufffd区']
    """
    for n, raw in enumerate(raws, start=1):
        doc_id = raw.id
        if not isinstance(raw.text, str):
            raise InputError(f"text {n}: the text must be a string, not {type(raw.text).__name__}")
        if _SURROGATE.search(raw.text) or (isinstance(doc_id, str) and _SURROGATE.search(doc_id)):
            doc_id = _no_surrogates(doc_id) if isinstance(doc_id, str) else doc_id
            raw = replace(raw, id=doc_id, text=_no_surrogates(raw.text))
        if doc_id is None or (isinstance(doc_id, str) and shows_nothing(doc_id)):
            yield replace(raw, id=f"text-{n}")
        elif isinstance(doc_id, bool) or not isinstance(doc_id, (str, int, float)):
            raise InputError(f"text {n}: the id must be a string or a number, not {type(doc_id).__name__}")
        elif not isinstance(doc_id, str):
            yield replace(raw, id=str(doc_id))
        else:
            yield raw


def unique_ids(raws: Iterable[RawDocument]) -> Iterator[RawDocument]:
    """``raws`` with each repeated id made unique (``~2``, ``~3``…), as :func:`read_inputs` does.

    >>> [r.id for r in unique_ids([RawDocument("a", "x"), RawDocument("a", "y"), RawDocument("b", "z")])]
    ['a', 'a~2', 'b']
    """
    seen: dict[str, int] = {}
    for raw in raws:
        yield _unique(raw, seen)


def _unique(doc: RawDocument, seen: dict[str, int]) -> RawDocument:
    """``doc`` with an id not yet used: a.txt in two folders would otherwise merge into one document.

    An id shaped like the ids :func:`~zhkg.stages.documents.parse_documents` derives
    (``A#related-01``) is never kept as it is, so it cannot meet a derived one.
    """
    n = seen[doc.id] = seen.get(doc.id, 0) + 1
    if n == 1 and not is_derived_id(doc.id):
        return doc
    n = max(n, 2)
    new_id = f"{doc.id}~{n}"
    while new_id in seen:
        n += 1
        new_id = f"{doc.id}~{n}"
    seen[new_id] = 1
    return replace(doc, id=new_id)
