"""Node and edge ids a file format cannot hold as they are, made safe and kept distinct.

A format may forbid characters in an id (XML 1.0 forbids most C0 controls, so
GraphML and GEXF write U+FFFD for them) or need them changed (a CSV record is
one line; a spreadsheet runs a cell starting with ``=``). Changing characters
alone can merge ids (``ctl\\x01id`` and ``ctl\\x02id`` both become
``ctl\\ufffdid``), so :func:`distinct_ids` gives each changed id a suffix from a
hash of the original, ``~`` and eight hex digits, lengthened in the unlikely
case that it meets another id. Ids that need no change are kept as they are, so
the usual graph is written exactly as before and equal graphs give equal bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Iterable

__all__ = ["distinct_ids"]


def distinct_ids(ids: Iterable[Hashable], clean: Callable[[str], str]) -> dict[Hashable, str]:
    """The ids ``clean`` changes, mapped to cleaned ids that are distinct from each other and every other id.

    Ids missing from the result are written as they are (``str(id)``).

    >>> import re
    >>> safe = lambda s: re.sub("[\\x00-\\x08]", "\\ufffd", s)
    >>> ids = distinct_ids(["ctl\\x01id", "ctl\\x02id", "plain"], safe)
    >>> sorted(ids.values())
    ['ctl\\ufffdid~55c83960', 'ctl\\ufffdid~899a4e40']
    >>> "plain" in ids
    False
    """
    ids = list(ids)
    changed = [(node, str(node), clean(str(node))) for node in ids]
    taken = {cleaned for _, original, cleaned in changed if cleaned == original}
    out: dict[Hashable, str] = {}
    for node, original, cleaned in changed:
        if cleaned == original:
            continue
        digest = hashlib.sha256(original.encode("utf-8", "surrogatepass")).hexdigest()
        for length in range(8, len(digest) + 1, 4):
            candidate = f"{cleaned}~{digest[:length]}"
            if candidate not in taken:
                break
        else:  # pragma: no cover - every length of a sha256 taken: count on
            n = 2
            while (candidate := f"{cleaned}~{digest}~{n}") in taken:
                n += 1
        taken.add(candidate)
        out[node] = candidate
    return out
