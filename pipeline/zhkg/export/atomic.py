"""Write output files atomically: a temporary file in the same folder, renamed into place.

A failure while writing leaves any existing file untouched and no partial file behind.
Inside an :func:`atomic_outputs` block the renames wait for the end of the block,
so the several outputs of one run are replaced all together or not at all.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import IO

__all__ = ["atomic_outputs", "atomic_write"]

# Temporary files written inside the current atomic_outputs() block, with their targets.
_pending: ContextVar[list[tuple[str, Path]] | None] = ContextVar("zhkg_atomic_pending", default=None)


@contextmanager
def atomic_outputs() -> Iterator[None]:
    """Commit every :func:`atomic_write` in the block together, when the block succeeds.

    If the block raises (Ctrl-C included), every temporary file is removed and no
    target is touched. A block nested in another joins the outer one. The renames
    themselves are not one transaction: should one fail (the files are complete
    by then, so only the file system can refuse), the earlier ones stay done.

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
        while pending:
            tmp, target = pending[0]
            os.replace(tmp, target)
            pending.pop(0)
    finally:
        _pending.reset(token)
        for tmp, _target in pending:
            _unlink(tmp)


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
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600 files; outputs are ordinary files
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding, newline="" if encoding else None) as fh:
            yield fh
        pending = _pending.get()
        if pending is None:
            os.replace(tmp, target)
        else:
            pending.append((tmp, target))
    except BaseException:
        _unlink(tmp)
        raise
