"""Decoding bytes into text, for the readers of :mod:`zhkg.stages.read`: a whole file or a stream's head in any
common Chinese encoding (:func:`decode_bytes`, :func:`check_encoding` for ``--encoding``), file names whose bytes
are not UTF-8 (:func:`readable_name`), and lone surrogates made U+FFFD (``_no_surrogates``).

:func:`decode_bytes` tries, in order: strict UTF-8 (the fast path), a byte-order mark (UTF-8, UTF-16, UTF-32),
then GB18030 (a superset of GBK and GB2312), Big5 and whatever ``charset-normalizer`` proposes. GBK and Big5 bytes
very often decode without error as each other, into nonsense, and on short texts charset-normalizer mistakes one
for the other (or for Korean), so every candidate decoding is scored by the share of its characters that are
plausible in Chinese news (ASCII, CJK punctuation, the common hanzi of GB2312 level 1 and Big5 level 1:
``_plausibility``) and the best one wins, if it is plausible at all. A named encoding is checked the same way
(``_named_plausibly``); the streaming readers of :mod:`zhkg.stages.read_files` tell a stream's codec from its head
with ``_guess_codec`` and ``_utf8_but_a_few_lines``.

Caveats
-------
* UTF-32 needs a byte-order mark; without one the file looks binary. UTF-16 without one is read when its
  head reads plausibly as Chinese in one byte order (:func:`_utf16_without_bom`).
* A UTF-8 byte-order mark before text that is not UTF-8 (an editor's leftover before Big5) is passed over and the
  text detected as without it, unless a line of it beyond ASCII is UTF-8 (files joined after the mark: the first
  other line is the error); a named encoding that writes ASCII as ASCII passes it over too (``_utf8_mark``), and
  errors count bytes from the file's start (review118).
* Lone surrogates (``"\\ud800"`` in JSON) become U+FFFD, one character for one,
  so offsets are kept and the text can still be written as UTF-8.
* Moved word for word from ``stages/read.py`` (tidy99; review118 changed ``decode_bytes`` and
  ``_utf8_but_a_few_lines`` since): no definition's text changed in the move; callers import
  every name from here (since tidy273 :mod:`zhkg.stages.read` re-exports none of them).
"""

from __future__ import annotations

import codecs
import os
import re
from functools import lru_cache

from zhkg.errors import InputError

__all__ = [
    "_BOMS",
    "_CHINESE_ENCODINGS",
    "_PLAUSIBLE",
    "_SAMPLE_CHARS",
    "_CONTROL",
    "_SURROGATE",
    "_PUNCTUATION",
    "_common_hanzi",
    "_plausibility",
    "_looks_binary",
    "check_encoding",
    "decode_bytes",
    "_utf16_without_bom",
    "_guess",
    "_guess_codec",
    "_UTF8_LINES",
    "_utf8_but_a_few_lines",
    "_NAMED_PLAUSIBLE",
    "_NAMED_RIVALS",
    "_RIVAL_MARGIN",
    "_RIVAL_MIN_CHARS",
    "_named_plausibly",
    "_non_ascii",
    "_better_reading",
    "_checked",
    "_no_surrogates",
    "readable_name",
]


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
    return decode_bytes_as(data, name=name, encoding=encoding)[0]


def decode_bytes_as(data: bytes, *, name: str = "<bytes>", encoding: str | None = None) -> tuple[str, str]:
    """:func:`decode_bytes`'s text, and the codec it was detected in when that is not UTF-8 (``gb18030``,
    ``big5hkscs``, ``utf-16``…): ``""`` for UTF-8 (with or without a byte-order mark) and for a codec ``encoding``
    names, which the user knows.

    >>> decode_bytes_as("台北市長".encode("big5")), decode_bytes_as("台北市長".encode("utf-8-sig"))
    (('台北市長', 'big5hkscs'), ('台北市長', ''))
    """
    if encoding is not None:
        codec = check_encoding(encoding)
        mark = _utf8_mark(data, codec)  # passed over, and counted in the byte an error names
        body = data[mark:]
        try:
            text = body.decode("utf-8-sig" if codec == "utf-8" else codec)
        except UnicodeError as exc:  # idna and a few other codecs raise plain UnicodeError, without .start
            raise InputError(f"{name} is not valid {encoding} (byte {mark + getattr(exc, 'start', 0)})") from None
        return _checked(_named_plausibly(text.removeprefix("\ufeff"), name, encoding, body), name), ""
    if not data.startswith(codecs.BOM_UTF8):
        try:
            return _checked(data.decode("utf-8"), name), ""
        except UnicodeDecodeError:
            pass
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), name), "" if bom == codecs.BOM_UTF8 else codec
            except UnicodeDecodeError as exc:
                if bom == codecs.BOM_UTF8:
                    return _after_utf8_mark(data[len(bom):], name, len(bom) + exc.start)
                raise InputError(
                    f"{name} starts with a {codec} byte-order mark but is not valid {codec} (byte {exc.start})"
                ) from None
    if b"\x00" in data[:8192]:
        # NUL bytes never occur in GBK or Big5 text; without a BOM only UTF-16 written without its mark has them.
        if (codec := _utf16_without_bom(data)) is None:
            raise InputError(f"{name} looks like a binary file, not text")
        try:
            return _checked(data.decode(codec), name), codec
        except UnicodeDecodeError as exc:
            raise InputError(f"{name} reads as {codec} without a byte-order mark but is not valid {codec} "
                             f"(byte {exc.start})") from None
    codec, text = _guess_codec(data, name)
    return _checked(text, name), codec


def _utf8_mark(data: bytes, codec: str) -> int:
    """The length of the UTF-8 byte-order mark ``data`` starts with, when it is to be passed over before decoding
    with ``codec`` (any codec that writes ASCII as ASCII: UTF-8, GBK, Big5…; not UTF-16 or UTF-32), else 0.

    Windows editors and newsroom tools put the mark in front of a file whatever its encoding; read as Big5 or GBK,
    its bytes would begin the text with ``嚜`` or ``锘`` and garble the first character after them.

    >>> _utf8_mark(codecs.BOM_UTF8 + "台北".encode("big5"), "big5"), _utf8_mark(codecs.BOM_UTF8, "utf-16")
    (3, 0)
    >>> _utf8_mark("台北".encode("big5"), "big5")
    0
    """
    if not data.startswith(codecs.BOM_UTF8):
        return 0
    try:
        ascii_as_ascii = "\n".encode(codec) == b"\n" or codecs.lookup(codec).name == "utf-8-sig"
    except (UnicodeError, LookupError):
        ascii_as_ascii = False
    return len(codecs.BOM_UTF8) if ascii_as_ascii else 0


def _after_utf8_mark(body: bytes, name: str, bad: int) -> tuple[str, str]:
    """The text (and its codec) of a file that starts with a UTF-8 byte-order mark followed by ``body``, which is not UTF-8 from
    its byte ``bad`` (counted from the file's start) on: ``body`` read as a file without a mark is (GB18030, Big5:
    the mark is an editor's leftover) unless a line of it beyond ASCII is UTF-8 (files joined after the mark), which
    makes the first line that is not an error.

    >>> _after_utf8_mark("台北市".encode("big5"), "a.txt", 3)
    ('台北市', 'big5hkscs')
    >>> _after_utf8_mark("台北\\n".encode() * 9 + "市".encode("big5"), "a.txt", 66)
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: a.txt is UTF-8 except line 10 (byte 66): a line in another encoding? Make it UTF-8, or name the file's encoding with --encoding
    """
    mark = len(codecs.BOM_UTF8)
    if (first_bad := _utf8_but_a_few_lines(body, share=0)) is not None:  # the mark and a line say UTF-8
        raise InputError(f"{name} is UTF-8 except line {first_bad[0]} (byte {mark + first_bad[1]:,}): a line in "
                         "another encoding? Make it UTF-8, or name the file's encoding with --encoding")
    try:
        codec, text = _guess_codec(body, name)
        return _checked(text, name), codec
    except InputError:
        raise InputError(f"{name} starts with a UTF-8 byte-order mark but is not UTF-8 from byte {bad:,} on, nor "
                         "GB18030 or Big5 after the mark; name its encoding with --encoding") from None


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


def _utf8_but_a_few_lines(data: bytes, share: float = _UTF8_LINES) -> tuple[int, int] | None:
    """(line, byte) of the first line of ``data`` that is not UTF-8, when nearly all the rest is (``share`` of the
    lines beyond ASCII, one at least); else None.

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
    return first if first is not None and valid and valid >= share * (valid + invalid) else None


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
