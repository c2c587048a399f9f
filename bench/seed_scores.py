"""Score the seed graph against tests/gold/seed.json: entity-level precision and recall per type.

Run: ``python3 bench/seed_scores.py`` (from the repository root).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # measure this checkout, not an installed copy

from zhkg.evaluate import score_entities  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e88b616f19a6a93b.txt"


def main() -> None:
    gold = json.loads((ROOT / "tests" / "gold" / "seed.json").read_text(encoding="utf-8"))
    G = Pipeline().run_texts([(SEED.stem, SEED.read_text(encoding="utf-8"))]).graph
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
    main()
