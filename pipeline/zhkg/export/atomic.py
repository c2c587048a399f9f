"""Write output files atomically: a temporary file in the same folder, renamed into place.

A failure while writing leaves any existing file untouched and no partial file behind. A writer that takes a
file name rather than an open file (crfsuite's trainer) writes to the temporary path :func:`atomic_path` gives it.
Inside an :func:`atomic_outputs` block the renames wait for the end of the block,
so the several outputs of one run are replaced all together or not at all.
Inside a :func:`new_folders_undone` block, a folder made for an output (:func:`make_folder`) is removed again
when the block fails and the folder is still empty: a failed run leaves the file system as it found it.

An output is a regular file or absent: a directory, a device (``/dev/null``), a
FIFO, a socket or a symbolic link in its place is refused with
:class:`~zhkg.errors.OutputError` (:func:`check_output`), never replaced.
"""

from __future__ import annotations

import hashlib
import os
import re
import socket
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import IO

from zhkg.errors import OutputError

__all__ = ["atomic_outputs", "atomic_path", "atomic_write", "check_output", "make_folder", "new_folders_undone",
           "remove_leftovers", "temporary_prefix"]

# Temporary files written inside the current atomic_outputs() block, with their targets.
_pending: ContextVar[list[tuple[str, Path]] | None] = ContextVar("zhkg_atomic_pending", default=None)
# Folders made inside the current new_folders_undone() block, in the order they were made.
_made: ContextVar[list[Path] | None] = ContextVar("zhkg_made_folders", default=None)


@contextmanager
def new_folders_undone() -> Iterator[None]:
    """Remove, when the block raises (Ctrl-C included), every folder :func:`make_folder` made in it that is empty.

    A folder that existed before the block, or that holds anything (a file, a folder not made here, another
    process's output), is never removed: :func:`os.rmdir` removes only an empty folder, and only the folders
    this process made are tried, the deepest first. A block nested in another joins the outer one.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> try:
    ...     with new_folders_undone():
    ...         make_folder(d / "new" / "sub")
    ...         make_folder(d / "kept")
    ...         _ = (d / "kept" / "a.txt").write_text("a")
    ...         raise RuntimeError("the run failed")
    ... except RuntimeError:
    ...     pass
    >>> sorted(p.name for p in d.iterdir())
    ['kept']
    """
    if _made.get() is not None:
        yield
        return
    made: list[Path] = []
    token = _made.set(made)
    try:
        yield
    except BaseException:
        for folder in reversed(made):  # a folder is made after its parent: children go first
            try:
                os.rmdir(folder)
            except OSError:  # not empty, or gone, or not ours to remove any more
                pass
        raise
    finally:
        _made.reset(token)


def make_folder(folder: str | os.PathLike[str]) -> None:
    """Make ``folder`` and its missing parents (as ``mkdir -p``), noting each one made for
    :func:`new_folders_undone`. A folder another process makes meanwhile is not noted: it is not this run's."""
    folder = Path(folder)
    missing = []
    found = folder
    while not os.path.lexists(found) and found != found.parent:
        missing.append(found)
        found = found.parent
    made = _made.get()
    for each in reversed(missing):
        try:
            each.mkdir()
        except FileExistsError:
            continue
        except OSError:
            break  # the file system refuses: the mkdir below says why, as it always did
        if made is not None:
            made.append(each)
    folder.mkdir(parents=True, exist_ok=True)


@contextmanager
def atomic_outputs() -> Iterator[None]:
    """Commit every :func:`atomic_write` in the block together, when the block succeeds.

    If the block raises (Ctrl-C included), every temporary file is removed and no
    target is touched. A block nested in another joins the outer one. Should a
    rename fail (the files are complete by then, so only the file system can
    refuse, or a target turned into a directory meanwhile), the renames already
    made are undone: each replaced file was kept as a hard link until the end
    (where the file system has no hard links, a replaced file cannot come back).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> try:
    ...     with atomic_outputs():
    ...         with atomic_write(d / "a.txt") as fh:
    ...             _ = fh.write("a")
    ...         raise RuntimeError("the second writer failed")
    ... except RuntimeError:
    ...     pass
    >>> sorted(p.name for p in d.iterdir())
    []
    """
    if _pending.get() is not None:
        yield
        return
    pending: list[tuple[str, Path]] = []
    token = _pending.set(pending)
    try:
        yield
        _commit(pending)
    finally:
        _pending.reset(token)
        for tmp, _target in pending:
            _unlink(tmp)


def _commit(pending: list[tuple[str, Path]]) -> None:
    """Rename every temporary file over its target; undo them all if one fails."""
    done: list[tuple[Path, str | None, bool]] = []  # target, hard link to its old file, whether it existed
    try:
        while pending:
            tmp, target = pending[0]
            check_output(target)
            existed, backup = os.path.lexists(target), None
            if existed:
                backup = _backup_name(target)
                try:
                    os.link(target, backup)
                except OSError:
                    backup = None
            done.append((target, backup, existed))
            os.replace(tmp, target)
            pending.pop(0)
    except BaseException:
        for target, backup, existed in reversed(done):
            try:
                if backup is not None:
                    os.replace(backup, target)
                elif not existed:
                    _unlink(str(target))
            except OSError:
                pass
        raise
    finally:
        for _target, backup, _existed in done:
            if backup is not None:
                _unlink(backup)


def _backup_name(target: Path) -> str:
    fd, name = tempfile.mkstemp(prefix=temporary_prefix(target), suffix=".old", dir=target.parent)
    os.close(fd)
    os.unlink(name)
    return name


def _host_mark() -> str:
    """Six hex digits of this machine's name: a folder shared between machines holds other machines' runs."""
    return hashlib.sha256(socket.gethostname().encode("utf-8", "surrogatepass")).hexdigest()[:6]


_HOST = _host_mark()
# A temporary file of ours: `.NAME.zhkg-HOST-PID.XXXXXXXX.tmp` (`.old`: a replaced output kept while the renames run)
_TEMPORARY = re.compile(r"\..+\.zhkg-([0-9a-f]{6})-([0-9]+)\.[A-Za-z0-9_]{8}\.(?:tmp|old)", re.DOTALL)


def temporary_prefix(target: Path) -> str:
    """The start of the name of a temporary file written for ``target``: it names this machine and this process,
    so that a later run can tell a temporary file left by a killed run (``kill -9``) from a running one's.

    >>> import os
    >>> temporary_prefix(Path("out/g.graphml")) == f".g.graphml.zhkg-{_HOST}-{os.getpid()}."
    True
    """
    return f".{target.name}.zhkg-{_HOST}-{os.getpid()}."


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # another user's process, or a pid this system cannot hold: not ours to judge
    return True


def remove_leftovers(folder: str | os.PathLike[str]) -> list[str]:
    """Remove the temporary files zhkg wrote in ``folder`` whose process is gone (killed while writing); return
    their names.

    Only files named as :func:`atomic_write` names them (``.NAME.zhkg-HOST-PID.XXXXXXXX.tmp`` or ``.old``), by a
    process of this machine that no longer runs, are removed: a running zhkg's, another machine's and any other
    file stay. A folder that cannot be listed is left alone.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / f".g.graphml.zhkg-{_HOST}-999999999.ab12cd34.tmp").write_text("<")  # no such process
    >>> _ = (d / f".g.graphml.zhkg-{_HOST}-{os.getpid()}.ab12cd34.tmp").write_text("<")  # this one
    >>> _ = (d / ".g.graphml.ab12cd34.tmp").write_text("<")  # not named by zhkg as it is now
    >>> [name.endswith("-999999999.ab12cd34.tmp") for name in remove_leftovers(d)], len(list(d.iterdir()))
    ([True], 2)
    """
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name)
        if match is None or match[1] != _HOST or _running(int(match[2])):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(entry.name)
    return sorted(removed)


def check_output(path: str | os.PathLike[str], what: str = "") -> None:
    """Refuse an output path that holds something other than a regular file.

    ``what`` (the option, ``--graphml``) names the output in the message when its path cannot be looked at. A
    path below a file (``--json notes.txt/g.json``) is left to the check of its folder
    (:func:`zhkg.export.outputs.check_outputs`), which names the file that is no folder; writing there fails.

    >>> check_output("/dev/null")
    Traceback (most recent call last):
    ...
    zhkg.errors.OutputError: /dev/null is a device, not a regular file: an output must be a regular file or absent
    """
    try:
        st = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return
    except OSError as exc:
        raise OutputError(f"cannot write {what + ' ' if what else ''}{path}: {exc.strerror or exc}") from None
    if stat.S_ISREG(st.st_mode):
        return
    what = ("a folder" if stat.S_ISDIR(st.st_mode) else "a symbolic link" if stat.S_ISLNK(st.st_mode)
            else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)
            else "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "special")
    raise OutputError(f"{path} is {what}, not a regular file: an output must be a regular file or absent")


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


@contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w") -> Iterator[IO]:
    """Open a temporary sibling of ``path`` for writing; rename it over ``path`` on success.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_write(p) as fh:
    ...     _ = fh.write("好")
    >>> p.read_text(encoding="utf-8")
    '好'
    """
    target = Path(path)
    fd, tmp = _temporary_sibling(target)
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding, newline="" if encoding else None) as fh:
            yield fh
        _put_in_place(tmp, target)
    except OSError as exc:
        _unlink(tmp)
        if exc.filename is None:  # a failed write (disk full, file too large) names no file: name the one written
            exc.filename = tmp
        raise
    except BaseException:
        _unlink(tmp)
        raise


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary sibling of ``path`` for a writer that takes a file name (crfsuite's trainer), renamed over
    ``path`` when the block succeeds; inside :func:`atomic_outputs`, at the end of that block.

    As with :func:`atomic_write`, a failure (Ctrl-C included) removes the temporary file and leaves any file at
    ``path`` untouched; the folder is made by :func:`make_folder`, so :func:`new_folders_undone` removes it again.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_path(d / "new" / "m.bin") as tmp:
    ...     _ = tmp.write_bytes(b"model")
    >>> (d / "new" / "m.bin").read_bytes(), sorted(p.name for p in (d / "new").iterdir())
    (b'model', ['m.bin'])
    """
    target = Path(path)
    fd, tmp = _temporary_sibling(target)
    os.close(fd)
    try:
        yield Path(tmp)
        _put_in_place(tmp, target)
    except BaseException:
        _unlink(tmp)
        raise


def _temporary_sibling(target: Path) -> tuple[int, str]:
    """An open temporary file beside ``target`` (its folder made, ``target`` checked), named by
    :func:`temporary_prefix`, with an ordinary file's mode."""
    check_output(target)
    make_folder(target.parent)
    fd, tmp = tempfile.mkstemp(prefix=temporary_prefix(target), suffix=".tmp", dir=target.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600 files; outputs are ordinary files
    return fd, tmp


def _put_in_place(tmp: str, target: Path) -> None:
    """Rename a finished temporary file over its target, or leave it to the enclosing :func:`atomic_outputs`."""
    pending = _pending.get()
    if pending is None:
        os.replace(tmp, target)
    else:
        pending.append((tmp, target))
