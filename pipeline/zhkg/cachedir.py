"""zhkg's private cache folder: built once, read by later runs (graph indexes, the recogniser's tables).

Every subfolder is bounded: writing a file prunes the folder to its most
recently written or read files (:func:`keep_recent`; readers mark what they read
with :func:`used`), :data:`KEEP_FILES` for the big tables (``gazetteer/``,
``jieba/``, ``ner/``, ``pinyin/``) and :data:`zhkg.query.index.KEEP_INDEXES`
for the graph indexes (``graphs/``). The file just written is never removed.

``$ZHKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/zhkg``, else ``~/.cache/zhkg``. The
folder is made with mode 0700 and used only when the current user owns it (its
mode is narrowed to 0700 if need be): what is read back from it was written by
this user. :func:`cache_dir` returns ``None`` when there is no such folder;
callers then build what they need in memory, every time.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

__all__ = ["KEEP_FILES", "cache_dir", "cached_json", "keep_recent", "store", "used"]


def cache_dir(*parts: str) -> Path | None:
    """The private cache folder (or a subfolder ``parts`` of it), made if need be; ``None`` when there is no safe one.

    >>> import os, tempfile
    >>> os.environ["ZHKG_CACHE_DIR"] = tempfile.mkdtemp()
    >>> oct(cache_dir("graphs").stat().st_mode & 0o777)
    '0o700'
    >>> del os.environ["ZHKG_CACHE_DIR"]
    """
    base = os.environ.get("ZHKG_CACHE_DIR")
    if base:
        folder = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        folder = (Path(xdg) if xdg else Path.home() / ".cache") / "zhkg"
    try:
        for path in (folder, *(folder.joinpath(*parts[: i + 1]) for i in range(len(parts)))):
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
            info = path.lstat()
            if not stat.S_ISDIR(info.st_mode):
                return None
            if hasattr(os, "getuid"):
                if info.st_uid != os.getuid():
                    return None  # someone else's folder: what it holds could say anything
                if info.st_mode & 0o077:
                    path.chmod(0o700)
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        return None
    return folder.joinpath(*parts)


def cached_json(kind: str, key_parts: tuple[bytes, ...], build: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """``build()``'s JSON-able result, kept in ``cache_dir(kind)`` under a hash of ``key_parts``.

    A file that does not parse, or whose value ``valid`` refuses, is rebuilt and
    replaced (atomically); with no private folder the value is built every time.

    >>> import os, tempfile
    >>> os.environ["ZHKG_CACHE_DIR"] = tempfile.mkdtemp()
    >>> cached_json("demo", (b"v1",), lambda: [1, 2], lambda v: isinstance(v, list))
    [1, 2]
    >>> cached_json("demo", (b"v1",), lambda: [3], lambda v: isinstance(v, list))  # read back, not rebuilt
    [1, 2]
    >>> del os.environ["ZHKG_CACHE_DIR"]
    """
    digest = hashlib.blake2b(digest_size=16)
    for part in key_parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    folder = cache_dir(kind)
    path = folder / f"{digest.hexdigest()}.json" if folder is not None else None
    if path is not None:
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
            if valid(value):
                return value
        except (OSError, UnicodeDecodeError, ValueError):
            pass  # absent or damaged: rebuilt
    value = build()
    if path is not None:
        store(path, lambda handle: handle.write(json.dumps(value, ensure_ascii=False).encode("utf-8")))
    return value


def store(path: Path, write: Callable[[IO[bytes]], object], *, keep: int | None = None) -> bool:
    """Write a cache file: ``write(handle)`` into a temporary file beside ``path``, then put in its place.

    Readers never see half a file, and a failure (the disk full, the folder
    gone) leaves nothing behind: the value is only built again next time; the
    temporary file of a process killed outright (``kill -9``) is named as
    :func:`zhkg.export.atomic.temporary_prefix` names it, and the next write in
    the folder removes it (:func:`zhkg.export.atomic.remove_leftovers`). With
    ``keep``, the folder is then pruned to its ``keep`` most recently used files
    (:func:`keep_recent`), never removing ``path`` itself. Returns whether the
    file was written.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "a.bin"
    >>> store(path, lambda fh: fh.write(b"x")), path.read_bytes(), [p.name for p in path.parent.iterdir()]
    (True, b'x', ['a.bin'])
    """
    from zhkg.export.atomic import remove_leftovers, temporary_prefix

    # named as the atomic writers name theirs: a write killed outright (kill -9) is removed by the next one
    remove_leftovers(path.parent)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=temporary_prefix(path), suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                write(handle)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return False
    if keep is not None:
        keep_recent(path.parent, keep, spare=path)
    return True


#: Files kept per cache folder of the big tables (gazetteer, jieba, recogniser, names' pinyin): a few versions,
#: models or lexicon folders in use side by side, not every one since the first install.
KEEP_FILES = 6


def used(path: Path) -> None:
    """Mark a cache file as just read, so :func:`keep_recent` keeps it (its modification time is set to now)."""
    try:
        os.utime(path)
    except OSError:
        pass  # another process replaced or removed it meanwhile: nothing to keep


def keep_recent(folder: Path, keep: int, *, spare: Path | None = None, suffix: str = "") -> list[Path]:
    """Remove all but the ``keep`` most recently written or read files of a cache folder; returns those removed.

    Each zhkg version, model and lexicon folder keys files of its own (the
    gazetteer, jieba's dictionary, the recogniser's tables, 3–23 MB each), and
    each graph file questioned its own index, so without this the folder grows
    with every upgrade and every graph. Files being written (dot-named temporary
    files) are left alone, and so is ``spare`` (the file the caller just wrote
    or is using), whatever its time says; with ``suffix``, only files whose
    names end with it are counted or removed (an SQLite journal beside its
    database is not a cache file). A file removed while another process wants
    it is only built again. A folder that cannot be listed, or files that
    cannot be removed (a read-only folder), are left as they are.

    >>> import tempfile, time
    >>> folder = Path(tempfile.mkdtemp())
    >>> for i in range(4):
    ...     _ = (folder / f"{i}.bin").write_bytes(b"x"); os.utime(folder / f"{i}.bin", (i, i))
    >>> [p.name for p in keep_recent(folder, 2)], sorted(p.name for p in folder.iterdir())
    (['1.bin', '0.bin'], ['2.bin', '3.bin'])
    >>> [p.name for p in keep_recent(folder, 1, spare=folder / "2.bin")], sorted(p.name for p in folder.iterdir())
    (['3.bin'], ['2.bin'])
    """
    entries = []
    try:
        for path in folder.iterdir():
            if path.name.startswith(".") or not path.name.endswith(suffix):
                continue
            if path == spare:
                keep -= 1  # kept, and counted among the kept
                continue
            try:
                info = path.lstat()
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode):
                entries.append((info.st_mtime_ns, path.name, path))
    except OSError:
        return []
    entries.sort(reverse=True)
    removed = []
    for _, _, path in entries[max(keep, 0):]:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed
