"""Score the learned relation classifier on its development splits, and time loading it.

Run: ``python3 bench/relations_eval.py [--data DIR] [--model FILE]`` (default: ``shared/data/re`` beside
this checkout, the model shipped in the package). The development splits are FinRE's ``valid.txt`` and
the DuIE training records held out from training (every tenth line, ``zhkg.relate.train_learned.is_duie_dev``);
neither was trained on. Prints a Markdown table of micro P/R/F1 (``unknown`` left out: FinRE's usual
micro-F1 "without unknown", DuIE's triple F1 with gold entities) at a few thresholds, against the targets
of issue 11 (FinRE ≥ 0.50, DuIE ≥ 0.60, both on held-out test splits this script never reads).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy

from zhkg.evaluate_relations import read_duie, read_finre, score_pairs  # noqa: E402
from zhkg.relate.learned import DEFAULT_MODEL, load_relation_model  # noqa: E402
from zhkg.relate.train_learned import is_duie_dev  # noqa: E402
from zhkg.resources import data_path  # noqa: E402

TARGETS = {"finre": 0.50, "duie": 0.60}


def main(data: Path, model_path: Path) -> None:
    started = time.perf_counter()
    model = load_relation_model(model_path)
    loaded = time.perf_counter() - started
    print(f"model {model_path.name}: {model_path.stat().st_size / 1e6:.1f} MB, loaded in {loaded * 1000:.0f} ms")
    splits = {
        "finre": read_finre(data / "finre" / "valid.txt"),
        "duie": [p for p in read_duie(data / "duie" / "duie_train.json") if is_duie_dev(p)],
    }
    print("| split | pairs | threshold | P | R | F1 | target (test) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, pairs in splits.items():
        for threshold in (0.0, 0.6, 0.8):
            p, r, f = score_pairs(model, name, pairs, threshold).micro()
            print(f"| {name} dev | {len(pairs)} | {threshold} | {p:.3f} | {r:.3f} | {f:.3f} | F1 ≥ {TARGETS[name]} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "re")
    parser.add_argument("--model", type=Path, default=data_path(DEFAULT_MODEL))
    args = parser.parse_args()
    main(args.data, args.model)
