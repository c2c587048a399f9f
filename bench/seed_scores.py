"""Score the seed graph against tests/gold/seed.json: entity-level precision and recall per type.

Run: ``python3 bench/seed_scores.py [--seed FILE] [--gold FILE]`` (default: the committed seed and gold).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy

from zhkg.evaluate import score_entities  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402

SEED = ROOT / "seeds" / "000_e88b616f19a6a93b.txt"
GOLD = ROOT / "tests" / "gold" / "seed.json"


def main(seed: Path = SEED, gold_path: Path = GOLD) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    G = Pipeline().run_texts([(seed.stem, seed.read_text(encoding="utf-8"))]).graph
    print("| type | precision | recall | F1 |")
    print("| --- | --- | --- | --- |")
    for label in ("PERSON", "ORGANIZATION", "PLACE"):
        s = score_entities(G, gold[label], label)
        print(
            f"| {label} | {s.precision:.2f} ({s.tp_predicted}/{s.predicted}) | {s.recall:.2f} ({s.tp_gold}/{s.gold}) | {s.f1:.2f} |"
        )
        if s.missing or s.spurious:
            print(f"<!-- {label} missing: {', '.join(s.missing)}; spurious: {', '.join(s.spurious)} -->")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, default=SEED, help="the news file (default: %(default)s)")
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold entities, as JSON (default: %(default)s)")
    args = parser.parse_args()
    for path, option in ((args.seed, "--seed"), (args.gold, "--gold")):
        if not path.is_file():
            sys.exit(f"Error: {path} not found; pass {option} FILE")
    main(args.seed, args.gold)
