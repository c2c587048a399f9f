"""TSV and CSV inputs, for :func:`zhkg.stages.read.read_inputs`: one document a row (``_read_delimited``), the
delimiter checked (:func:`check_delimiter`), rows split with quoting and tabs inside quotes (``_rows``,
``_tab_rows``, ``_quoted_tab_row``), the header told from a first row of data (``_looks_like_header``), the text
column found by its name (``_TEXT_HEADERS``, ``_text_header``) and the other columns named as metadata
(``_column_names``).

Caveats
-------
* A first row is a header when its text cell is a usual name of a text column (``text``, 正文, 内容…), one
  ASCII word over a Chinese cell in the next row, or, every cell a column's name, a title, date, source or id
  (``日期, 标题``, refused then as naming no text column); in a table without a header, a first cell such as 新闻
  is a value, not a name.
* A quoted cell of a tab-separated file may run over at most ``_QUOTED_LINES`` lines before the line is read as
  written.
* ``_TEXT_HEADERS`` is also the JSON readers' list of text fields (:mod:`zhkg.stages.read_json`).
* Moved word for word from ``stages/read.py`` (tidy99): no definition's text changed; callers import
  every name from here (since tidy273 :mod:`zhkg.stages.read` re-exports none of them).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from zhkg.errors import InputError
from zhkg.stages.documents import FIELD_NAMES
from zhkg.stages.encodings import _no_surrogates
from zhkg.stages.read_files import RawDocument, _check_size, _display, _lines, _stem

__all__ = [
    "check_delimiter",
    "_rows",
    "_QUOTED_LINES",
    "_tab_rows",
    "_quoted_tab_row",
    "_read_delimited",
    "_TEXT_HEADERS",
    "_HEADER_NAME",
    "_HAN",
    "_column_names",
    "_text_header",
    "_is_column_name",
    "_looks_like_header",
]


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
    is given: read with commas, its columns would run together into the text; and so is a ``.tsv`` whose first row
    holds no tab and, cut at its commas, is a header (``id,date,text``: a CSV named ``.tsv``, whose header would be a
    document and ids and dates part of every text). A one-column table whose text holds commas is read.
    """
    name = _display(path)
    sep = check_delimiter(delimiter) if delimiter else ("\t" if path.suffix.lower() in (".tsv", ".tab") else ",")
    read_as: list[tuple[str, str]] = []
    records = _rows(path, _lines(path, encoding, max_chars, read_as), sep, max_chars)

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
        if first and len(first) == 1 and sep == "\t" and not delimiter and "," in first[0] \
                and _looks_like_header(first[0].split(","), None, None):
            raise InputError(f"{name}: the first row holds commas and no tab: name a comma-separated file .csv, "
                             "or give --delimiter")
        if first and _looks_like_header(first, second, column):
            header = first
            rows = itertools.chain([second] if second is not None else [], rows)
        else:
            rows = itertools.chain([row for row in (first, second) if row is not None], rows)
    if header is not None and column is None:
        column = _text_header(header)  # the header's text column, else its last column, not each row's
        _check_text_column(name, header, column)
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
        yield RawDocument(f"{_stem(path)}-{lineno}", _no_surrogates(body), meta, where=f"{name}:{lineno}",
                          read_as=read_as[0] if read_as else ())
    if not found:  # a header alone is said as such: the file is not empty, its rows are missing
        raise InputError(f"{name} has a header and no rows" if header is not None else f"{name} is empty")


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


#: Header names of the columns a table's row is labelled, dated and sourced by (and ``id``): never its text.
_FIELD_HEADERS = frozenset(["id"] + [name for names in FIELD_NAMES.values() for name in names])


def _check_text_column(name: str, header: list[str], column: int) -> None:
    """:class:`InputError` when the column a header's text is read from by default (its last) is one the header
    names as the rows' id, title, date or source: the table holds no text column (``id, date, title``), and its
    titles or dates read as the text made a graph of them with no word said.

    >>> _check_text_column("a.tsv", ["id", "date", "text"], 2)
    >>> _check_text_column("a.tsv", ["id", "date", "title"], 2)
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: a.tsv has no text column: its header names id, date, title (the text's is named text, body, content or 正文; --text-column names another)
    """
    if header[column].strip().lower() in _FIELD_HEADERS:
        names = ", ".join(cell.strip() or f"col{i + 1}" for i, cell in enumerate(header))
        raise InputError(f"{name} has no text column: its header names {names} (the text's is named text, body, "
                         "content or 正文; --text-column names another)")


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
    its last cell is one ASCII word while the next row's last is Chinese, or every cell is a column's name and the
    text's is a title, date, source or id (``日期, 标题``: then refused as naming no text column,
    :func:`_check_text_column`, unless ``--text-column`` names one).

    >>> _looks_like_header(["category", "text"], ["政治", "平谷区政协召开会议。"], None)
    True
    >>> _looks_like_header(["text", "category"], ["平谷区政协召开会议。", "政治"], None)
    True
    >>> _looks_like_header(["id", "Title"], ["1", "平谷区政协召开会议。"], None)
    True
    >>> _looks_like_header(["政治", "平谷区政协召开会议。"], ["国际", "美国总统在白宫会见了日本首相。"], None)
    False
    >>> _looks_like_header(["日期", "标题"], ["2024-05-20", "平谷区政协召开会议"], None)
    True
    """
    index = _text_header(first) if column is None else column
    if not 0 <= index < len(first):
        return False
    name = first[index].strip()
    if name.lower() in _TEXT_HEADERS:
        return True
    if name.lower() in _FIELD_HEADERS and all(_is_column_name(cell) for cell in first):
        return True  # 日期, 标题: column names in Chinese, which the ASCII rule below does not see
    if second is None or not _HEADER_NAME.fullmatch(name):
        return False
    below = len(second) - 1 if column is None else column
    return 0 <= below < len(second) and bool(_HAN.search(second[below]))
