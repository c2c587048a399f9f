"""Tables that live as long as the process, built without the cyclic garbage collector in the way.

Loading jieba's dictionary, the gazetteer or the recogniser creates a million
objects that are never garbage. Each of the collector's full passes walks all of
them again, during the load and for the rest of the run. :func:`long_lived`
switches the collector off while such a table is built and then moves
everything alive into its permanent generation (:func:`gc.freeze`), out of later
passes' reach. Reference counting still frees what dies; only cycles created in
the block and dropped after it are kept, and the tables make none.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["long_lived"]


@contextmanager
def long_lived() -> Iterator[None]:
    """Run a block with the cyclic collector off, then freeze what is alive (nests).

    >>> import gc
    >>> with long_lived():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()
