"""Score counts and their owners on the annotated dev set, per script and half.

Run: ``python3 bench/counts_eval.py [--gold FILE] [--data DIR] [--no-model]`` (default: the committed
``tests/gold/counts_dev.jsonl``, its texts read from ``shared/data`` beside this checkout). Prints a
Markdown table: gold, predicted and correct counts, P/R/F1 (a count is right when it overlaps a gold
count with the same value and counted thing) and owner accuracy (over matched counts whose gold
names an owner), for each script's tuning half, the round-1 held half (working material since round 2),
the blind half (scored only to report: never look at its errors) and all of them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy

from zhkg.config import Config  # noqa: E402
from zhkg.evaluate_counts import CountScore, find_data_dir, load_count_gold, score_counts  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "counts_dev.jsonl"


def main(gold: Path, data: Path, recogniser: bool = True) -> None:
    docs = load_count_gold(gold, data)
    scores = score_counts(docs, Pipeline(Config(recogniser=recogniser)))
    print(f"{gold.name}: {len(docs)} documents, {sum(len(d.counts) for d in docs)} counts")
    print("| script | half | docs | gold | predicted | correct | P | R | F1 | owners right | owner accuracy |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for script in ("simplified", "traditional"):
        total = CountScore()
        for half in ("tune", "held", "blind", "all"):
            if half == "all":
                s, n = total, sum(1 for d in docs if d.script == script)
            else:
                s = scores.get((script, half), CountScore())
                n = sum(1 for d in docs if (d.script, d.half) == (script, half))
                total.add(s)
            print(f"| {script} | {half} | {n} | {s.gold} | {s.predicted} | {s.correct} | {s.precision:.2f} | "
                  f"{s.recall:.2f} | {s.f1:.2f} | {s.owner_right}/{s.owned} | {s.owner_accuracy:.2f} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold counts, JSON lines (default: %(default)s)")
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder (default: found beside ROOT)")
    parser.add_argument("--no-model", action="store_true", help="rules only, without the statistical recogniser")
    args = parser.parse_args()
    data = args.data or find_data_dir(ROOT)
    if data is None or not data.is_dir():
        print("skipped: shared/data is not beside this checkout; pass --data DIR", file=sys.stderr)
        sys.exit(0)
    if not args.gold.is_file():
        sys.exit(f"Error: {args.gold} not found; pass --gold FILE")
    main(args.gold, data, recogniser=not args.no_model)
