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

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import add_data_option, shared_data  # noqa: E402
from bench.counts_fresh18 import JUDGED as JUDGED18  # noqa: E402
from bench.counts_fresh18 import main, passage_text  # noqa: E402
from bench.counts_fresh19 import JUDGED as JUDGED19  # noqa: E402
from bench.counts_fresh19 import draw, judged_before, read_tagged  # noqa: E402

JUDGED = ROOT / "bench" / "counts_fresh38.jsonl"

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_option(parser)
    parser.add_argument("--judged", type=Path, default=JUDGED, help="the judged passages (default: %(default)s)")
    parser.add_argument("--draw", nargs=2, type=int, metavar=("MSRA", "CLUENER"),
                        help="print this many fresh passages of each source, split into halves, text only")
    parser.add_argument("--seed", type=int, default=38)
    parser.add_argument("--errors", action="store_true", help="list the tune half's errors (never the held half's)")
    args = parser.parse_args()
    data = shared_data(args.data)
    if args.draw:
        tagged = read_tagged(data)
        texts = {name: [t for t, _ in sentences] for name, sentences in tagged.items()}
        seen = judged_before(JUDGED18) | judged_before(JUDGED19)
        for p in draw(tagged, *args.draw, seed=args.seed, seen=seen):
            print(json.dumps(p, ensure_ascii=False))
            print("   ", passage_text(texts, p["source"], p["sentences"]))
    else:
        if not args.judged.exists():
            sys.exit(f"Error: {args.judged} not found (judge a --draw first)")
        main(data, args.judged, args.errors)
