"""Count owners on a third fresh pool of MSRA and CLUENER train passages (session 30, round counts38).

Drawn as ``bench/counts_fresh19.py`` draws (a count cue and an ``ORG``/``LOC`` gold tag; MSRA train: four
consecutive People's Daily sentences; CLUENER train: one Sina record) with seed 38, leaving out every sentence
``counts_fresh18.jsonl`` or ``counts_fresh19.jsonl`` judged. Halves are fixed by a seeded coin per passage before
the text is read; the judgements (``bench/counts_fresh38.jsonl``, ``counts_fresh18``'s format: offsets, ``check``,
value, acceptable heads and owner names or ``null``, approximate) were made and committed before the system ran on
the passages. Rules were written from the ``tune`` half only; ``held`` is scored only.

``python3 bench/counts_fresh38.py`` scores both halves as written (Simplified) and through OpenCC ``s2tw``
(Traditional); ``--errors`` lists the tune half's errors only.
``python3 bench/counts_fresh38.py --draw 20 20`` prints the draw (text only, no system output).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common

from bench.counts_fresh18 import JUDGED as JUDGED18  # noqa: E402
from bench.counts_fresh19 import JUDGED as JUDGED19  # noqa: E402
from bench.counts_fresh19 import command_line  # noqa: E402

JUDGED = ROOT / "bench" / "counts_fresh38.jsonl"

if __name__ == "__main__":
    command_line(__doc__.splitlines()[0], JUDGED, 38, (JUDGED18, JUDGED19))
