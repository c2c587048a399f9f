"""The progress of a corpus run on stderr (:func:`zhkg.run.corpus.run_corpus`): a bar redrawn in place on a
terminal, or a line now and then in a log (:class:`_Progress`), and the lines a log keeps (:class:`_LogLines`).
Moved from :mod:`zhkg.run.corpus` by tidy156 (pure moves).

Caveats
-------
* Only the bar writes to stderr while it is shown; nothing is drawn when it is disabled.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

from zhkg.run.position import Position

__all__ = ["_LogLines", "_Progress"]


class _LogLines:
    """The file tqdm draws on when stderr is a log: each redraw a line of its own.

    tqdm starts a redraw with a carriage return and pads it with spaces over the last one, which a terminal shows in
    place and a log file keeps as one ever longer line.
    """

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, text: str) -> None:
        line = text.replace("\r", "").rstrip()
        if line:
            self.stream.write(line + "\n")

    def flush(self) -> None:
        self.stream.flush()


class _Progress:
    """A tqdm bar of documents with characters per second, on stderr when asked for.

    A long document (a 2 MB article takes a quarter of an hour) leaves the bar at 0/1: once no document has been
    done for :attr:`QUIET` seconds, a thread of its own redraws the bar every :attr:`TICK` seconds (every
    :attr:`TICK_NOT_TERMINAL` when stderr is no terminal, a log, where the bar itself is redrawn no more often)
    with the time the current one has taken and, when the work is done in this process (:meth:`watch`), how far
    through it the pipeline is (``step 2 of 4, recogniser: 40%``, :class:`zhkg.run.position.Position`). It only reads a clock and that note and writes the bar:
    nothing of the run waits for it, and no output file changes.
    """

    QUIET = 5.0
    TICK = 1.0
    TICK_NOT_TERMINAL = 30.0

    def __init__(self, total: int | None, enabled: bool):
        self.chars = 0
        self.started = time.perf_counter()
        self.last = self.started  # when a document was last done
        self.rate = ""
        self.bar = None
        self._stop = threading.Event()
        self._alive: threading.Thread | None = None
        self.position: Position | None = None
        if enabled:
            from tqdm import tqdm

            try:
                terminal = sys.stderr.isatty()
            except (AttributeError, ValueError):
                terminal = False
            # in a log each redraw is more of the file: there the bar keeps the pace of its sign of life, and is a
            # line of ASCII each time
            self.bar = tqdm(total=total, unit="doc", file=sys.stderr if terminal else _LogLines(sys.stderr),
                            dynamic_ncols=terminal, ascii=not terminal,
                            mininterval=0.5 if terminal else self.TICK_NOT_TERMINAL)
            self._alive = threading.Thread(target=self._sign_of_life, args=(self.TICK if terminal else
                                                                            self.TICK_NOT_TERMINAL,),
                                           name="zhkg-progress", daemon=True)
            self._alive.start()

    def update(self, chars: int, whole_input: bool = True) -> None:
        self.chars += chars
        self.last = time.perf_counter()
        if self.bar is not None:
            if whole_input:  # the bar counts inputs; a page's related items ride along
                self.bar.update(1)
            elapsed = self.last - self.started
            if elapsed > 0:
                self.rate = f"{self.chars / elapsed:,.0f} chars/s"
                self.bar.set_postfix_str(self.rate, refresh=False)

    def watch(self, position: Position) -> None:
        """Show how far through the current document ``position`` (the pipeline's in this process) says it is."""
        self.position = position

    def _sign_of_life(self, tick: float) -> None:
        while not self._stop.wait(tick):
            quiet = time.perf_counter() - self.last
            if quiet >= self.QUIET and self.bar is not None:
                minutes, seconds = divmod(int(quiet), 60)
                working = f"working: {minutes}:{seconds:02d} on the current document"
                where = self.position.describe() if self.position is not None else ""
                if where:
                    working = f"{working} ({where})"
                self.bar.set_postfix_str(f"{self.rate}, {working}" if self.rate else working, refresh=True)

    def close(self) -> None:
        self._stop.set()
        if self._alive is not None:
            self._alive.join()
        if self.bar is not None:
            self.bar.close()
