"""A corpus run in the process that folds its results in, without the cyclic collector's full passes.

While a corpus run folds results in, builds the graph and writes it, the parent
holds an ever larger heap of tallies, nodes and edges, none of them garbage. The
collector's full passes walk all of it again each time the heap has grown by a
quarter: on 1,000 articles about half a CPU second, most of it while the workers
want both cores. :func:`young_collections_only` turns those passes off for a
block; the young generations are still collected, so short-lived cycles are
freed as before, and only a cycle that outlives two young passes waits for the
end of the block. Worker processes forked meanwhile get the usual settings back
(:func:`restore_collections`): they make and drop documents' cycles all run long.

A run in one process (``--jobs 1``, :meth:`zhkg.run.pipeline.Pipeline.run_documents`)
both reads the documents and folds them in, so its whole loop runs in the block:
there the full passes cost about 1.1 CPU s of 17 on 1,000 articles (13 passes,
the later ones over a heap of tallies that only grows), while the documents'
cycles that reach the oldest generation are a few dozen objects per 1,000
articles (what one full collection at the end finds), and the peak memory is
the same.

A process that reads documents (the loop of a one-process run, a pool's worker)
also collects its young generation less often: every :data:`READING_THRESHOLD`
allocations instead of CPython's 700. Reading a document allocates a great many
objects that live until the document is done (tokens, mentions, relations), and
a young collection walks every one still alive, so fewer of them walk the same
objects fewer times: the young collections of a worker reading 1,000 articles
fall from about 0.5 CPU s to 0.25, at the same peak memory.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["young_collections_only", "restore_collections", "READING_THRESHOLD"]

#: Allocations between two young collections in a process that reads documents (CPython's default: 700).
READING_THRESHOLD = 10_000
#: The thresholds before the outermost block (what a forked worker goes back to).
_saved: list[tuple[int, int, int]] = []


@contextmanager
def young_collections_only(*, reading: bool = False) -> Iterator[None]:
    """Run a block with the collector's full passes off (the young generations still collected; nests).

    ``reading``: the block reads documents, so its young generation is collected every
    :data:`READING_THRESHOLD` allocations (or as rarely as it was already).

    >>> import gc
    >>> before = gc.get_threshold()
    >>> with young_collections_only():
    ...     gc.get_threshold()[2] > 1_000_000
    True
    >>> with young_collections_only(reading=True):
    ...     gc.get_threshold()[0] >= READING_THRESHOLD
    True
    >>> gc.get_threshold() == before
    True
    """
    old = gc.get_threshold()
    _saved.append(old)
    gc.set_threshold(max(old[0], READING_THRESHOLD) if reading else old[0], old[1], max(old[2], 1 << 30))
    try:
        yield
    finally:
        _saved.pop()
        gc.set_threshold(*old)


def restore_collections(*, reading: bool = False) -> None:
    """In a process forked inside :func:`young_collections_only`: the thresholds from before the block.

    ``reading``: the process reads documents (a pool's worker), so its young generation is then collected
    every :data:`READING_THRESHOLD` allocations, its full passes as usual.
    """
    if _saved:
        gc.set_threshold(*_saved[0])
    if reading:
        young, *older = gc.get_threshold()
        gc.set_threshold(max(young, READING_THRESHOLD), *older)
