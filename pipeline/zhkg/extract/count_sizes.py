"""A size between a classifier and its 的 describes the thing counted (counts250).

Session 53's round counts250. :func:`zhkg.extract.count_nouns._relative_thing` reads the noun after a 的-clause as the
thing a number counts (3个国务院的报告: 报告) but refuses a clause holding another number, which would be a count or a
date of its own. A number with a unit of length, height or weight and the adjective it measures (``10多米高``,
``5公里长``, ``30层高``, ``500公斤重``) is no such number: it says how big each thing is, and the noun after 的 is
still the thing (``1棵10多米高的大树``: one tree; ``两条5公里长的隧道``: two tunnels). :func:`size_clause` tells it.
"""

from __future__ import annotations

import re

__all__ = ["size_clause"]

# a number, a unit of length, height or weight, and the adjective it measures; 多/余 "and more" before or after the unit
_SIZE = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)[多余]?"
                   r"(?:米|公尺|公里|厘米|英尺|层|吨|公斤|千克)[多余]?[高长宽深厚重]")


def size_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (the words between a classifier and its 的) is a size alone.

    >>> size_clause("1棵10多米高的大树", 2, 7), size_clause("两条5公里长的隧道", 2, 7)
    (True, True)
    >>> size_clause("3个2018年的项目", 2, 7)
    False
    """
    return _SIZE.fullmatch(text, start, end) is not None
