"""Score the learned relation classifier on its development splits, and time loading it.

Run: ``python3 bench/relations_eval.py [--data DIR] [--model FILE] [--tune]`` (default: ``shared/data/re``
beside this checkout, the model shipped in the package). The development splits are FinRE's ``valid.txt`` and
the DuIE training records held out from training (every tenth line, ``zhkg.relate.train_learned.is_duie_dev``);
neither was trained on, and no setting was chosen on FinRE valid: it is the final check. ``--tune`` also
trains a FinRE head without FinRE's tuning split (``zhkg.relate.train_learned.is_finre_tune``, the fifth of
train.txt every training setting was chosen on) and scores it there (a few minutes), also at other
``unknown`` biases (the margin a relation must beat ``unknown`` by). Prints a Markdown table of micro P/R/F1
(``unknown`` left out: FinRE's usual micro-F1 "without unknown", DuIE's triple F1 with gold entities) at a few
thresholds, against the targets of issue 11 (FinRE ≥ 0.50, DuIE ≥ 0.60, both on held-out test splits this
script never reads).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy

from zhkg.evaluate_relations import read_duie, read_finre, score_pairs  # noqa: E402
from zhkg.relate.learned import DEFAULT_MODEL, RelationModel, load_relation_model  # noqa: E402
from zhkg.relate.train_learned import TrainConfig, is_duie_dev, is_finre_tune, train_head  # noqa: E402
from zhkg.resources import data_path  # noqa: E402

TARGETS = {"finre": 0.50, "duie": 0.60}
#: ``unknown`` biases the tuning split is scored at (``TrainConfig.unknown_bias`` is the one chosen there).
UNKNOWN_BIASES = (0.0, -0.25, -0.5, -0.625, -0.75, -1.0)


def _bias_sweep(head_model: RelationModel, pairs: list) -> None:
    """F1 on ``pairs`` with the head's ``unknown`` bias moved to each of :data:`UNKNOWN_BIASES`."""
    head = head_model.heads["finre"]
    print("\n| finre tune: unknown bias | P | R | F1 |\n| --- | --- | --- | --- |")
    for bias in UNKNOWN_BIASES:
        moved = head.bias.copy()
        moved[0] += bias - TrainConfig.unknown_bias
        p, r, f = score_pairs(RelationModel({"finre": replace(head, bias=moved)}), "finre", pairs).micro()
        chosen = " (chosen)" if bias == TrainConfig.unknown_bias else ""
        print(f"| {bias}{chosen} | {p:.3f} | {r:.3f} | {f:.3f} |")


def main(data: Path, model_path: Path, tune: bool = False) -> None:
    started = time.perf_counter()
    model = load_relation_model(model_path)
    loaded = time.perf_counter() - started
    print(f"model {model_path.name}: {model_path.stat().st_size / 1e6:.1f} MB, loaded in {loaded * 1000:.0f} ms")
    splits = [
        ("finre valid", "finre", model, read_finre(data / "finre" / "valid.txt")),
        ("duie dev", "duie", model, [p for p in read_duie(data / "duie" / "duie_train.json") if is_duie_dev(p)]),
    ]
    if tune:
        train = read_finre(data / "finre" / "train.txt")
        started = time.perf_counter()
        held_out = RelationModel({"finre": train_head([p for p in train if not is_finre_tune(p)])})
        print(f"FinRE head without the tuning split trained in {time.perf_counter() - started:.0f} s")
        splits.insert(0, ("finre tune", "finre", held_out, [p for p in train if is_finre_tune(p)]))
    print("| split | pairs | threshold | P | R | F1 | target (test) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for label, name, scored, pairs in splits:
        for threshold in (0.0, 0.6, 0.8):
            p, r, f = score_pairs(scored, name, pairs, threshold).micro()
            print(f"| {label} | {len(pairs)} | {threshold} | {p:.3f} | {r:.3f} | {f:.3f} | F1 ≥ {TARGETS[name]} |")
    if tune:
        _bias_sweep(splits[0][2], splits[0][3])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "re")
    parser.add_argument("--model", type=Path, default=data_path(DEFAULT_MODEL))
    parser.add_argument("--tune", action="store_true", help="also score FinRE's tuning split (trains a head)")
    args = parser.parse_args()
    main(args.data, args.model, args.tune)
