"""Read inputs: text files in any common Chinese encoding, folders of them, and JSON lines.

Each input yields :class:`RawDocument` items (an id, a text, metadata). Errors
in the input raise :class:`InputError` with a one-line message naming the file
(and line, for JSON lines), which the CLI prints as ``Error: …``; given a
``skipped`` list, :func:`read_inputs` records those errors there and goes on
with the next input instead.

Layout
------
This module holds the entry points (:func:`read_inputs`, the option checks :func:`input_kind`,
:func:`check_standard_input`, :func:`check_format_options`, the id passes :func:`given_ids` and
:func:`unique_ids`, :func:`row_warnings`), folders and standard input, and exports only those (tidy273). tidy99
moved the rest word for word into four parts, each imported here only for what this module reads: callers import
each of their names from its part (:class:`~zhkg.stages.read_files.RawDocument`,
:func:`~zhkg.stages.encodings.decode_bytes` …; :class:`~zhkg.errors.InputError` from :mod:`zhkg.errors`):

* :mod:`zhkg.stages.encodings`: bytes into text in any common Chinese encoding (:func:`decode_bytes`,
  :func:`check_encoding`), file names that are not UTF-8 (:func:`readable_name`), lone surrogates;
* :mod:`zhkg.stages.read_files`: :class:`RawDocument`, :data:`STDIN`, a whole file's bytes under the size limit
  and the lines of a file streamed in chunks, a file's document id;
* :mod:`zhkg.stages.read_tables`: TSV and CSV, one document a row (:func:`check_delimiter`, the header and the
  text column);
* :mod:`zhkg.stages.read_json`: JSON lines and ``.json`` files (:func:`json_line`, :func:`json_value_type`).

Caveats
-------
* UTF-32 needs a byte-order mark, UTF-16 without one is read only when its head reads plausibly as Chinese, and
  lone surrogates become U+FFFD, one character for one (:mod:`zhkg.stages.encodings`).
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from zhkg.errors import InputError
from zhkg.stages.documents import is_derived_id, unread_date
from zhkg.stages.encodings import (
    _SURROGATE,
    _no_surrogates,
    check_encoding,
    decode_bytes_as,
)
from zhkg.stages.read_files import (
    STDIN,
    RawDocument,
    _check_size,
    _display,
    _file_id,
    _read_bytes,
    _read_text,
    _stem,
)
from zhkg.stages.read_json import (
    _jsonl_record,
    _read_json,
    _read_jsonl,
)
from zhkg.stages.read_tables import (
    _read_delimited,
    check_delimiter,
)
from zhkg.text import shows_nothing

__all__ = ["check_format_options", "check_standard_input", "input_kind", "read_inputs", "given_ids", "unique_ids",
           "row_warnings"]


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
    link is followed, each folder once (a link loop ends there). A link to nothing is an error either way.
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
            if path.is_symlink() and not path.exists():  # passed over in silence, or sent to --follow-links
                found.append((str(path), InputError(f"{path} is a link to {os.readlink(path)}, which is not there")))
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


#: What a file named with these suffixes would hold: a folder so named is said to be a folder (review140).
_FILE_KINDS = {".jsonl": "a JSON-lines file", ".json": "a JSON file", ".tsv": "a table", ".tab": "a table",
               ".csv": "a table", ".txt": "a text file"}


def _folder_named_as_file(folder: Path) -> str:
    """For a folder whose name ends as an input file's (``x.jsonl``), the words that say what it is, else empty.

    >>> _folder_named_as_file(Path("x.jsonl")), _folder_named_as_file(Path("news"))
    (' is a folder, not a JSON-lines file, and', '')
    """
    kind = _FILE_KINDS.get(folder.suffix.lower())
    return f" is a folder, not {kind}, and" if kind else ""


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
            raise InputError(f"{path}{_folder_named_as_file(path)} holds no .txt files" + _other_inputs_hint(path))
        for f in files:
            try:
                if isinstance(f, InputError):
                    raise f
                if not _first_time(f, read):
                    continue
                text, read_as = _read_text(f, encoding, max_chars)
                yield RawDocument(_file_id(f, f.relative_to(path).with_suffix("").as_posix()), text,
                                  where=_display(f), read_as=read_as)
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
        text, read_as = _read_text(path, encoding, max_chars)
        yield RawDocument(_file_id(path, _stem(path)), text, where=_display(path), read_as=read_as)


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
    text, codec = decode_bytes_as(_read_bytes(path, max_chars), name=name, encoding=encoding)
    read_as = (name, codec) if codec else ()
    if not text.strip():
        raise InputError(f"{name} is empty")
    if field is not None and not _looks_like_json_lines(text):
        raise InputError(f"--text-column {field}: {name} is not JSON lines (its first line is no JSON object); "
                         "a table on standard input needs --delimiter ($'\\t' for TSV, ',' for CSV)")
    if not _looks_like_json_lines(text):
        _check_size(text, name, max_chars)
        yield RawDocument(_file_id(path, _stem(path)), text, where=name, read_as=read_as)
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
    warnings: list[str] | None = None,
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
    warnings : list, optional
        Collect here, in reading order, one line for each document read as it is but worth a word
        (:func:`row_warnings`: an id made unique, a text of markup alone or that shows nothing, a date not read).

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
    told: set[tuple[str, str]] = set()  # the files whose encoding a warning named
    for raw in paths:
        try:
            for doc in _read_path(Path(raw), encoding, max_chars, skipped, text_column, delimiter, follow_links, read):
                unique = _unique(doc, seen)
                if warnings is not None:
                    if doc.read_as and doc.read_as not in told:
                        told.add(doc.read_as)
                        warnings.append(_read_as_warning(*doc.read_as))
                    warnings.extend(row_warnings(doc, unique.id))
                yield unique
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


#: An HTML or XML tag, a comment or a doctype: a row of these alone (a scraper's empty page) has no words to read.
_TAG = re.compile(r"<(?:!--.*?--|[!/?]?[A-Za-z][^<>]*)>", re.S)


#: How a warning names the codecs detection reads.
_CODEC_NAMES = {"gb18030": "GB18030 (GBK)", "big5hkscs": "Big5 (Big5-HKSCS)", "utf-16": "UTF-16", "utf-32": "UTF-32",
                "utf-16-le": "UTF-16LE without a byte-order mark", "utf-16-be": "UTF-16BE without a byte-order mark"}


def _read_as_warning(name: str, codec: str) -> str:
    """The line saying that file ``name`` was read in ``codec``, detected: not UTF-8 (:attr:`RawDocument.read_as`).

    Said once a file, before its rows' warnings; never for UTF-8, nor for an encoding ``--encoding`` names.

    >>> _read_as_warning("news/old.txt", "big5hkscs")
    'news/old.txt: read as Big5 (Big5-HKSCS), detected (not UTF-8); if its names look garbled, name its encoding with --encoding'
    """
    return (f"{name}: read as {_CODEC_NAMES.get(codec, codec)}, detected (not UTF-8); if its names look garbled, "
            "name its encoding with --encoding")


def row_warnings(doc: RawDocument, doc_id: str) -> list[str]:
    """What to tell a user about a document read as it is (none changes the document or the run's exit status):
    its id ``doc.id`` made ``doc_id`` (repeated, or of a derived form), a text of markup alone, a text that shows
    nothing; each names the file and row (``doc.where``).

    >>> row_warnings(RawDocument("a", "<p><br/></p>", where="f.jsonl:3"), "a~2")
    ['f.jsonl:3: the id "a" is taken by an earlier document; this one is "a~2"', 'f.jsonl:3: the text is markup alone (HTML tags, no words); the document has no entity']
    >>> row_warnings(RawDocument("b", "\u200b\u3000", where="t.tsv:4"), "b"), row_warnings(RawDocument("c", "文字"), "c")
    (['t.tsv:4: the text shows nothing (spaces and invisible characters); the document has no entity'], [])
    >>> row_warnings(RawDocument("d", "文字", {"date": "2024-13-45"}, where="f.jsonl:5"), "d")
    ['f.jsonl:5: the date "2024-13-45" is not a date zhkg reads (such as 2024-05-20); the document takes no date from it']
    """
    where = doc.where or f"document {doc.id}"
    out = []
    if doc_id != doc.id:
        why = "has the form of a related-news item's id" if is_derived_id(doc.id) else "is taken by an earlier document"
        out.append(f"{where}: the id {json.dumps(doc.id, ensure_ascii=False)} {why}; this one is "
                   f"{json.dumps(doc_id, ensure_ascii=False)}")
    if shows_nothing(doc.text):
        out.append(f"{where}: the text shows nothing (spaces and invisible characters); the document has no entity")
    elif _TAG.search(doc.text) and shows_nothing(html.unescape(_TAG.sub("", doc.text))):
        out.append(f"{where}: the text is markup alone (HTML tags, no words); the document has no entity")
    if date := unread_date(doc.metadata):
        out.append(f"{where}: the date {json.dumps(date, ensure_ascii=False)} is not a date zhkg reads (such as "
                   "2024-05-20); the document takes no date from it")
    return out


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
