"""Organisation recall and precision of the whole extraction on CLUENER train's real Sina news passages.

Run: ``python bench/cluener_orgs.py [--data FILE] [--halves A,B,dev] [--misses] [--json OUT]``.

CLUENER train (``shared/data/ner/cluener/train.fine.bio``, see its README) marks three kinds of organisation:
``company`` (banks and media too), ``government`` and ``organization`` (teams, bands, clubs, schools). Every one
of them is an ORG here, as ``train.bio`` maps them. Each sentence is run through the whole extraction the graph
uses (rules and model, :meth:`zhkg.run.pipeline.Pipeline.extract_mentions_many`, outermost spans as
``zhkg eval`` keeps them) and its ORG spans are scored against the gold ORG spans by exact span:

* **recall** overall and by fine label (a gold span is found when an ORG span has exactly its offsets);
* **precision** overall (an ORG span is right when a gold organisation has exactly its offsets).

Splits (0-based sentence index ``i``):

* **dev**: ``i % 10 == 0`` (:func:`zhkg.ner.train.is_extra_dev_sentence`), the split ``bench/ner_eval.py``
  scores as ``cluener-dev`` and the shipped model never trained on;
* **A** (study) and **B** (check): the other sentences, by the CRC-32 of the sentence text (UTF-8), even is A,
  odd is B. The shipped model trained on both, so their misses are mostly where the rules undo or miss what
  the model learnt; dev is the text nobody tuned for.

``--misses`` lists the study half's misses and false organisations (``--study``: A by default, B for the round
that studies B; dev is scored, never read), each with the extraction's spans that overlap it, so they can be
sorted by cause. ``--kind PER`` scores people (CLUENER ``name``) the same way instead of organisations. ``--no-model`` scores the rules alone: the
model learnt A and B, so what the rules alone miss on A is the part of the recall that rests on the model, which
on unseen text (dev) it only partly gives.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import refuse_output, write_output  # noqa: E402
from zhkg.scores import f1  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ner" / "cluener" / "train.fine.bio"
FINE_ORG = ("company", "government", "organization")
FINE_OF_KIND = {"ORG": FINE_ORG, "PER": ("name",)}
HALVES = ("A", "B", "dev")
BATCH = 64


@dataclass(frozen=True)
class Passage:
    """One CLUENER sentence: its text and its gold organisations as (start, end, fine label)."""

    index: int
    text: str
    orgs: tuple[tuple[int, int, str], ...]


def half_of(index: int, text: str) -> str:
    """The split a sentence belongs to: ``dev`` every 10th, else ``A``/``B`` by the parity of its CRC-32.

    >>> half_of(0, "x"), half_of(1, "x") in ("A", "B")
    ('dev', True)
    """
    if index % 10 == 0:
        return "dev"
    return "A" if zlib.crc32(text.encode("utf-8")) % 2 == 0 else "B"


def read_passages(path: Path, kind: str = "ORG") -> list[Passage]:
    """Sentences of a fine-label BIO file with their spans of one kind (organisations, or people for ``PER``)."""
    from zhkg.ner.bio import read_bio

    fine = FINE_OF_KIND[kind]
    out = []
    for i, sentence in enumerate(read_bio(path)):
        orgs = tuple((b, e, label) for b, e, label in sentence.spans if label in fine)
        out.append(Passage(i, sentence.text, orgs))
    return out


@dataclass
class Tally:
    """Counts of one split: gold by fine label, found by fine label, predicted and right predictions."""

    gold: Counter[str]
    found: Counter[str]
    predicted: int = 0
    right: int = 0

    def row(self) -> dict[str, float | int]:
        gold, found = sum(self.gold.values()), sum(self.found.values())
        out: dict[str, float | int] = {
            "gold": gold, "predicted": self.predicted,
            "R": round(found / gold, 3) if gold else 0.0,
            "P": round(self.right / self.predicted, 3) if self.predicted else 0.0,
        }
        r, p = out["R"], out["P"]
        out["F1"] = round(f1(p, r), 3)
        for label in sorted(self.gold):
            out[f"R:{label}"] = round(self.found[label] / self.gold[label], 3) if self.gold[label] else 0.0
        return out


def predict_orgs(texts: Sequence[str], *, recogniser: bool = True) -> list[list[tuple[int, int, str]]]:
    """The whole extraction's outermost PER/LOC/ORG spans of each text, batch by batch."""
    from zhkg.config import Config
    from zhkg.evaluate import outermost_spans
    from zhkg.run.pipeline import Pipeline
    from zhkg.stages.documents import parse_documents

    pipe = Pipeline(Config(recogniser=recogniser))
    out: list[list[tuple[int, int, str]]] = []
    for start in range(0, len(texts), BATCH):
        documents = [parse_documents(f"s{start + k}", t)[0] for k, t in enumerate(texts[start:start + BATCH])]
        out.extend(outermost_spans(ms) for ms in pipe.extract_mentions_many(documents))
    return out


def score(passages: Sequence[Passage], predictions: Sequence[Sequence[tuple[int, int, str]]],
          kind: str = "ORG") -> Tally:
    """Exact-span tally of one kind (ORG by default) of the passages against their predictions."""
    tally = Tally(Counter(), Counter())
    for passage, spans in zip(passages, predictions):
        orgs = {(b, e) for b, e, label in spans if label == kind}
        gold = {(b, e): label for b, e, label in passage.orgs}
        for (b, e), label in gold.items():
            tally.gold[label] += 1
            if (b, e) in orgs:
                tally.found[label] += 1
        tally.predicted += len(orgs)
        tally.right += len(orgs & gold.keys())
    return tally


def list_errors(passages: Sequence[Passage], predictions: Sequence[Sequence[tuple[int, int, str]]],
                kind: str = "ORG") -> list[str]:
    """One line per missed gold span (``MISS``) and per false span of the kind (``FALSE``), with what overlaps."""
    lines = []
    for passage, spans in zip(passages, predictions):
        text = passage.text
        gold = {(b, e): label for b, e, label in passage.orgs}
        orgs = {(b, e) for b, e, label in spans if label == kind}

        def overlapping(b: int, e: int, spans=spans, text=text) -> str:
            return " ".join(f"{text[s:t]}/{lab}" for s, t, lab in spans if s < e and b < t) or "-"

        for (b, e), label in sorted(gold.items()):
            if (b, e) not in orgs:
                lines.append(f"MISS\t{label}\t{text[b:e]}\t{overlapping(b, e)}\t{text}")
        for b, e in sorted(orgs - gold.keys()):
            golds = " ".join(f"{text[s:t]}/{lab}" for (s, t), lab in gold.items() if s < e and b < t) or "-"
            lines.append(f"FALSE\t{text[b:e]}\t{golds}\t{text}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="CLUENER train.fine.bio")
    parser.add_argument("--halves", default=",".join(HALVES), help="splits to score (default: %(default)s)")
    parser.add_argument("--misses", action="store_true", help="list the study half's misses and false spans")
    parser.add_argument("--study", choices=("A", "B"), default="A", help="the half --misses lists (default: A)")
    parser.add_argument("--kind", choices=tuple(FINE_OF_KIND), default="ORG",
                        help="score organisations (default) or people (CLUENER name)")
    parser.add_argument("--no-model", action="store_true", help="rules only, without the statistical recogniser")
    parser.add_argument("--json", type=Path, help="write the rows as JSON here")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        parser.error(f"no CLUENER file at {args.data}")
    refuse_output("--json", args.json, [args.data])
    halves = [h for h in args.halves.split(",") if h]
    if unknown := set(halves) - set(HALVES):
        parser.error(f"unknown halves: {sorted(unknown)}")
    passages = read_passages(args.data, args.kind)
    rows = {}
    for half in halves:
        picked = [p for p in passages if half_of(p.index, p.text) == half]
        predictions = predict_orgs([p.text for p in picked], recogniser=not args.no_model)
        rows[half] = score(picked, predictions, args.kind).row()
        print(f"{half}\t{len(picked)} sentences\t" + "  ".join(f"{k} {v}" for k, v in rows[half].items()),
              flush=True)
        if args.misses and half == args.study:
            for line in list_errors(picked, predictions, args.kind):
                print(line)
    if args.json:
        write_output("--json", args.json, json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
