"""Plain-text tables whose columns line up in a terminal, Chinese included.

A CJK character takes two terminal columns (East Asian Width ``W`` or ``F``), so
padding by ``len`` would skew every row that mixes scripts; widths here count
terminal columns. The last column is never padded (it is usually an evidence
sentence, and trailing spaces only get in the way of ``grep`` and ``cut``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

__all__ = ["display_width", "format_table"]


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: two for wide (CJK) characters, none for combining marks.

    >>> display_width("閆維洪"), display_width("abc"), display_width("17個鎮鄉(街道)")
    (6, 3, 14)
    """
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]], gap: int = 2) -> str:
    """``header`` and ``rows`` as aligned text: a header line, a rule, one line per row.

    >>> print(format_table(("person", "role"), [("閆維洪", "主席"), ("張吉輝", "委員")]))
    person  role
    ------  ----
    閆維洪  主席
    張吉輝  委員
    """
    lines = [tuple(header)] + [tuple(r) for r in rows]
    widths = [max(display_width(line[i]) for line in lines) for i in range(len(header))]
    # The last column is ragged (evidence sentences), so its rule is only as wide as its header.
    rule = widths[:-1] + [display_width(lines[0][-1])]
    lines.insert(1, tuple("-" * w for w in rule))
    out = []
    for line in lines:
        cells = [_pad(cell, widths[i]) for i, cell in enumerate(line[:-1])] + [line[-1]]
        out.append((" " * gap).join(cells).rstrip())
    return "\n".join(out)
