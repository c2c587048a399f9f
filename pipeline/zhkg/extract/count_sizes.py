"""A size between a classifier and its 的 describes the thing counted (counts250).

Session 53's round counts250. :func:`zhkg.extract.count_nouns._relative_thing` reads the noun after a 的-clause as the
thing a number counts (3个国务院的报告: 报告) but refuses a clause holding another number, which would be a count or a
date of its own. A number with a unit of length, height or weight and the adjective it measures (``10多米高``,
``5公里长``, ``30层高``, ``500公斤重``, or the adjective first: ``楼高47层至49层``) is no such number: it says how big each thing is, and the noun after 的 is
still the thing (``1棵10多米高的大树``: one tree; ``两条5公里长的隧道``: two tunnels). :func:`size_clause` tells it.
"""

from __future__ import annotations

import re

__all__ = ["size_clause"]

_NUMBER = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)[多余]?"  # 多/余: "and more"
_UNIT = r"(?:米|公尺|公里|厘米|英尺|层|吨|公斤|千克)"  # of length, height or weight
_MEASURED = "高长宽深厚重"
# a number (or a range: 47层至49层) with its unit, and the adjective it measures, after it (10多米高) or before (楼高47层)
_SIZE = re.compile(rf"(?:楼高|[{_MEASURED}])?{_NUMBER}{_UNIT}?(?:[至到]{_NUMBER})?{_UNIT}[多余]?[{_MEASURED}]"
                   rf"|(?:楼高|[{_MEASURED}]){_NUMBER}{_UNIT}?(?:[至到]{_NUMBER})?{_UNIT}[多余]?")


def size_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (the words between a classifier and its 的) is a size alone.

    >>> size_clause("1棵10多米高的大树", 2, 7), size_clause("两条5公里长的隧道", 2, 6)
    (True, True)
    >>> size_clause("两幢楼高47层至49层的住宅大厦", 2, 11), size_clause("3个2018年的项目", 2, 7)
    (True, False)
    """
    return _SIZE.fullmatch(text, start, end) is not None
