"""Universal NER's studied sentences: how much of the gap is the rules and how much the model, round uner70.

Usage, from the repository root (``PYTHONPATH=pipeline``)::

    python3 bench/uner70.py                 # the split per type, as written (Traditional) and converted (t2s)
    python3 bench/uner70.py --lines 40      # and the first 40 broken and added names of each script

Only the ``uner`` sentences of the studied halves are read: ``tune51`` of :mod:`bench.overrides51` and ``tune49`` of
:mod:`bench.foreign49` (their check halves are scored by those scripts, never read here).

The **gap** of a type is its missed gold names plus its wrong predictions (exact typed spans, Universal NER's
predictions read by :func:`bench.ner_eval.uner_conventions`). It is split by who is to blame:

* ``rules``: a gold name the model found and the whole extraction did not (``model only`` of
  :func:`bench.ner_eval.rules_against_model`), and a wrong name the rules added where the model was right
  (:func:`bench.overrides56.added_kind`);
* ``model``: a gold name neither finds, and every other wrong name (the model read a wrong name there too).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.overrides51

from bench import foreign49, overrides51  # noqa: E402
from bench.ner_eval import rules_against_model  # noqa: E402
from bench.overrides56 import added_kind, added_lines  # noqa: E402
from zhkg.ner.bio import Span  # noqa: E402

LABELS = ("PER", "LOC", "ORG")


def studied_items() -> list:
    """The ``uner`` sentences of tune51 and tune49, in that order."""
    return [p for load, half in ((overrides51.load_pool, "tune51"), (foreign49.load_pool, "tune49"))
            for p in load() if p.half == half and p.corpus == "uner"]


def gap_split(gold: Sequence[Sequence[Span]], bare: Sequence[Sequence[Span]],
              whole: Sequence[Sequence[Span]]) -> Counter[tuple[str, str]]:
    """Per label, the gap's parts: ``rules missed``, ``rules added``, ``model missed``, ``model added``, and
    ``right`` (gold names the whole extraction finds).

    >>> sorted(gap_split([[(0, 2, "PER")]], [[(0, 2, "PER"), (5, 7, "LOC")]], [[(0, 3, "PER"), (5, 7, "LOC")]]).items())
    [(('LOC', 'model added'), 1), (('PER', 'rules added'), 1), (('PER', 'rules missed'), 1)]
    """
    out: Counter[tuple[str, str]] = Counter()
    for (label, kind), n in rules_against_model(gold, bare, whole).items():
        part = {"both": "right", "rules only": "right", "model only": "rules missed"}.get(kind, "model missed")
        out[(label, part)] += n
    for g, b, w in zip(gold, bare, whole):
        for span in set(w) - set(g):
            out[(span[2], "rules added" if added_kind(span, g, b) else "model added")] += 1
    return out


def split_lines(name: str, split: Counter[tuple[str, str]]) -> list[str]:
    """One row per label and ALL: right, the gap, and its rules and model parts."""
    lines = [f"{name:<10} label right   gap  rules (missed+added)  model (missed+added)"]
    for label in (*LABELS, "ALL"):
        def n(part: str, label: str = label) -> int:
            return sum(v for (lab, p), v in split.items() if p == part and label in (lab, "ALL"))
        rules, model = n("rules missed") + n("rules added"), n("model missed") + n("model added")
        lines.append(f"{name:<10} {label:<5} {n('right'):>5} {rules + model:>5}  {rules:>5} ({n('rules missed')}"
                     f"+{n('rules added')})         {model:>5} ({n('model missed')}+{n('model added')})")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=0, help="how many broken and added names to list per script")
    args = parser.parse_args(argv)
    items = studied_items()
    gold = [p.sentence.spans for p in items]
    print(f"uner sentences of tune51 and tune49: {len(items)}, {sum(map(len, gold))} gold names")
    for script in ("written", "converted"):
        predictions, sources = overrides51.predict(items, script)
        print("\n".join(split_lines(script, gap_split(gold, predictions["crf"], predictions["zhkg"]))))
        if args.lines:
            broken, _ = overrides51.broken_lines(items, predictions, sources)
            added, _ = added_lines(items, predictions, sources)
            print("\n".join(broken[:args.lines] + added[:args.lines]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
