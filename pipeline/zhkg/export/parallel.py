"""Work of the writers done in forked processes while this one writes something else.

Two kinds: a value computed elsewhere (the layout: :func:`start_elsewhere`), and
a section of a file written elsewhere into an anonymous temporary file
(:func:`start_part`: the edges of GraphML and GEXF, which do not depend on the
layout), copied into the output when this process gets there (:meth:`Part.copy_to`).
The child is forked, so the graph is not pickled; only the value it returns
travels back.

Whatever goes wrong in the child (no fork on this platform, an exception, the
process killed), the waiting function returns ``None`` and the caller does the
work itself, so the files are the same in every case. The temporary file has no
name (it is unlinked at once, in the output's folder), so nothing is left behind
whatever happens.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from zhkg.run.children import end_with_parent

__all__ = ["Part", "start_elsewhere", "start_part"]


def _send(conn: Any, func: Callable[..., Any], args: tuple, parent: int) -> None:
    # Ctrl-C is the parent's to handle, and SIGTERM (the parent ending its helpers) ends this one quietly;
    # the handlers a fork inherits from the CLI would print a traceback from each helper instead
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    end_with_parent(parent)  # a parent killed outright would leave it blocked on the pipe for ever
    try:
        conn.send(func(*args))
    except Exception:  # noqa: BLE001 - the waiting side sees the pipe close and does the work itself
        pass
    finally:
        conn.close()


def start_elsewhere(func: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    """Start ``func(*args)`` in a forked process; the function returned waits for its value (``None`` on failure).

    >>> wait = start_elsewhere(sum, [1, 2, 3])
    >>> wait()
    6
    """
    import multiprocessing as mp

    if "fork" not in mp.get_all_start_methods():
        return lambda: None
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_send, args=(send, func, args, os.getpid()), daemon=True)  # forked: the arguments are not pickled
    process.start()
    send.close()

    def wait() -> Any:
        try:
            return receive.recv()
        except (EOFError, OSError):
            return None
        except BaseException:  # Ctrl-C or SIGTERM while waiting: the value is not wanted, and the helper ignores Ctrl-C
            process.terminate()
            raise
        finally:
            receive.close()
            process.join()

    return wait


@dataclass
class Part:
    """A section of an output, written by another process into an anonymous file, and what its writer returned."""

    file: IO[bytes]
    value: Any

    def copy_to(self, fh: IO[str]) -> None:
        """Append the section to the text file ``fh`` (UTF-8, as the section was written), then close it."""
        fh.flush()
        self.file.seek(0)
        shutil.copyfileobj(self.file, fh.buffer, 1 << 20)  # type: ignore[attr-defined]
        self.file.close()


#: The niceness a part's writer runs at: the layout and this process come first, it has the cores they leave.
PART_NICENESS = 10


def _write_part(fd: int, write: Callable[..., Any], args: tuple) -> Any:
    try:
        # The layout is the longest task and the page is written meanwhile: a third process on two
        # cores would slow both, and the section is not needed before the layout is done.
        os.nice(PART_NICENESS)
    except (AttributeError, OSError):  # pragma: no cover - no nice on this platform
        pass
    with os.fdopen(os.dup(fd), "w", encoding="utf-8", newline="") as fh:
        return write(fh, *args)


def start_part(folder: str | os.PathLike[str], write: Callable[..., Any], *args: Any) -> Callable[[], Part | None]:
    """Start ``write(fh, *args)`` in a forked process, ``fh`` an anonymous text file in ``folder``.

    The function returned waits and gives the :class:`Part` (the file and the
    value ``write`` returned), or ``None`` when the process failed.

    >>> import tempfile
    >>> part = start_part(tempfile.mkdtemp(), lambda fh, text: fh.write(text), "平谷区")()
    >>> part.value, part.file.seek(0) == 0 and part.file.read().decode("utf-8")
    (3, '平谷区')
    """
    from zhkg.export.atomic import make_folder

    make_folder(folder)  # removed again if the run fails while it is empty
    file = tempfile.TemporaryFile(dir=folder)  # never named where the platform allows, else unlinked at once
    wait_value = start_elsewhere(_write_part, file.fileno(), write, args)

    def wait() -> Part | None:
        ok = False
        try:
            value = wait_value()
            ok = value is not None
            return Part(file, value) if ok else None
        finally:
            if not ok:
                file.close()

    return wait
