"""The one F1 formula: the harmonic mean of a precision and a recall, which every evaluator and bench reports.

:mod:`zhkg.evaluate`, :mod:`zhkg.evaluate_counts`, :mod:`zhkg.evaluate_relations` and :mod:`zhkg.ner.bio` work out
their precision and recall each its own way (what an empty side scores differs: an entity score with nothing
predicted has precision 1.0, a span score 0.0), then ask :func:`f1`. Nothing here is imported from the rest of
``zhkg``, so the recogniser's modules may ask it too.
"""

from __future__ import annotations

__all__ = ["f1"]


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of ``precision`` and ``recall``; 0.0 when both are 0.

    >>> f1(0.5, 0.25), f1(1.0, 1.0), f1(0.0, 0.0)
    (0.3333333333333333, 1.0, 0.0)
    """
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
