"""Score counts and their owners on the annotated dev set, per script and half.

Run: ``python3 bench/counts_eval.py [--gold FILE] [--data DIR] [--no-model] [--half H] [--errors]``
(default: the committed ``tests/gold/counts_dev.jsonl``, its texts read from ``shared/data`` beside this
checkout). Prints a Markdown table: gold, predicted and correct counts, P/R/F1 (a count is right when it
overlaps a gold count with the same value and counted thing) and owner accuracy (over matched counts
whose gold names an owner), for each script's tuning half, the round-1 held half (working material
since round 2), the blind half and round 5's check2 half (both scored only to report: never look at
their errors), rounds 6 to 10's pools tune6, tune7, tune8, tune9 and tune10 (each scored before its
round's rules, then worked on; tune10 holds only Hong Kong, Taiwan and international topics, all read in
Traditional), round 12's pool tune12 (the same, half read in Traditional), round 13's pool tune13 (chosen for owners,
half read in Traditional), round 14's pool tune14 (the same, from property, home, games and fashion), round 15's pool tune15 (rows never read
for counts, 7 of 16 read in Traditional) and all of them.
``--errors`` lists the misses, spurious counts and wrong owners of the tune, held, tune6 to tune10 and tune12 to
tune15 halves only. ``--read-as simplified|traditional|both`` reads every document
in that script (or in each) instead of as annotated: the same articles scored in both scripts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import add_data_option, require_gold, shared_data  # noqa: E402
from zhkg.config import Config  # noqa: E402
from zhkg.evaluate_counts import HALVES, READ_AS, CountScore, load_count_gold, score_counts  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "counts_dev.jsonl"
# Halves scored only to report: their errors are never listed.
UNSEEN = ("blind", "check2")


def main(gold: Path, data: Path, recogniser: bool = True, half: str = "all", errors: bool = False,
         read_as: str | None = None) -> None:
    if read_as == "both":  # the same documents in both scripts, one table
        docs = [d for script in READ_AS for d in load_count_gold(gold, data, script)]
    else:
        docs = load_count_gold(gold, data, read_as)
    docs = [d for d in docs if half in ("all", d.half)]
    scores = score_counts(docs, Pipeline(Config(recogniser=recogniser)))
    print(f"{gold.name}: {len(docs)} documents, {sum(len(d.counts) for d in docs)} counts")
    print("| script | half | docs | gold | predicted | correct | P | R | F1 | owners right | owner accuracy |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for script in ("simplified", "traditional"):
        total = CountScore()
        for h in (*HALVES, "all"):
            if h == "all":
                s, n = total, sum(1 for d in docs if d.script == script)
            else:
                s = scores.get((script, h), CountScore())
                n = sum(1 for d in docs if (d.script, d.half) == (script, h))
                total.add(s)
            if n:
                print(f"| {script} | {h} | {n} | {s.gold} | {s.predicted} | {s.correct} | {s.precision:.2f} | "
                      f"{s.recall:.2f} | {s.f1:.2f} | {s.owner_right}/{s.owned} | {s.owner_accuracy:.2f} |")
    if errors:
        for (script, h), s in sorted(scores.items()):
            if h in UNSEEN:
                continue
            for kind, items in (("missed", s.misses), ("spurious", s.spurious), ("owner", s.wrong_owners)):
                for item in items:
                    print(f"{script} {h} {kind}: {item}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold counts, JSON lines (default: %(default)s)")
    add_data_option(parser)
    parser.add_argument("--no-model", action="store_true", help="rules only, without the statistical recogniser")
    parser.add_argument("--half", choices=(*HALVES, "all"), default="all", help="score only this half")
    parser.add_argument("--errors", action="store_true",
                        help=f"list the errors of the tune, held, tune6 to tune10 and tune12 to tune15 halves (never of {' or '.join(UNSEEN)})")
    parser.add_argument("--read-as", choices=(*READ_AS, "both"), default=None,
                        help="read every document in this script (both: each in both) instead of as annotated, "
                             "to compare the same articles in Simplified and Traditional")
    args = parser.parse_args()
    data = shared_data(args.data)
    require_gold(args.gold)
    main(args.gold, data, recogniser=not args.no_model, half=args.half, errors=args.errors, read_as=args.read_as)
