"""Forked helper processes that end when the process that started them is gone.

A worker of the local pool, or a writer's helper (:mod:`zhkg.export.parallel`), waits on a pipe whose other end
it inherited itself at the fork: when its parent is killed outright (``kill -9``, the kernel's out-of-memory killer),
it never sees the pipe close and waits for ever, holding the recogniser and dictionaries (about 300 MB a worker).
:func:`end_with_parent` makes it notice and exit. Ctrl-C and SIGTERM need no help: the parent stops its helpers.
"""

from __future__ import annotations

import os
import threading
import time

__all__ = ["PARENT_CHECK_SECONDS", "end_with_parent"]

#: How often a helper looks whether its parent is still there.
PARENT_CHECK_SECONDS = 1.0


def end_with_parent(parent: int, interval: float = PARENT_CHECK_SECONDS) -> None:
    """In a forked child of the process ``parent`` (its pid, taken before the fork): exit at once (status 1, nothing
    cleaned up: a helper writes no file of its own) within ``interval`` seconds of that process being gone.

    A daemon thread compares :func:`os.getppid` with ``parent``: a child whose parent died is adopted by another
    process (init, a subreaper). Taking ``parent`` before the fork, not in the child, also catches a parent gone
    before the child got this far.

    >>> end_with_parent(os.getppid(), interval=0.01)  # this process's parent is there: nothing happens
    """
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="zhkg-end-with-parent", daemon=True).start()
