"""How far the pipeline has got through the documents in hand: the progress bar's sign of life inside one.

The bar counts documents, so a long one (a 2 MB article takes a quarter of an hour) leaves it at 0/1. While
:meth:`~zhkg.run.pipeline.Pipeline.process_documents` runs, it notes here which of its :data:`STEPS` it is on and
how far through that step: the extractors one by one (each over the batch), the recogniser by block of sentences
(some 20,000 characters a block), the merge part by part (each over the batch), the relation readers one by one
(each over the batch). The bar's own thread reads
the last note (:meth:`Position.describe`). A note is one assignment of a tuple, so the other thread sees a whole
one, made a few dozen times a document: nothing measurable, and nothing but the bar reads it, so no output
changes. A note lives in the process that does the work: a pool worker's are not seen by the bar (a run of
several documents moves the bar by documents).
"""

from __future__ import annotations

__all__ = ["STEPS", "Position"]

#: The steps of :meth:`~zhkg.run.pipeline.Pipeline.process_documents`, in order.
STEPS = ("names", "recogniser", "merge", "relations")


class Position:
    """The last step noted and how far through it, as ``(step, done, total)``.

    >>> position = Position()
    >>> position.describe()
    ''
    >>> position.note(1, 40_000, 160_000)
    >>> position.describe()
    'step 2 of 4, recogniser: 25%'
    >>> position.clear(); position.describe()
    ''
    """

    __slots__ = ("_at",)

    def __init__(self) -> None:
        self._at: tuple[int, int, int] | None = None

    def note(self, step: int, done: int, total: int) -> None:
        """Step ``step`` of :data:`STEPS` is ``done`` of ``total`` through."""
        self._at = (step, done, total)

    def clear(self) -> None:
        """Nothing in hand."""
        self._at = None

    def describe(self) -> str:
        """The last note in words (``step 2 of 4, recogniser: 25%``), or ``""`` when nothing is in hand."""
        at = self._at
        if at is None:
            return ""
        step, done, total = at
        share = f": {100 * done // total}%" if total > 0 else ""
        return f"step {step + 1} of {len(STEPS)}, {STEPS[step]}{share}"
