"""What crf92's candidate recipe was chosen on: counts over the training files only (issue 15).

Run: ``python bench/crf92_study.py [--shared DIR]``.

Reads Universal NER Chinese GSD **train** (never its dev file), MSRA train less its development split and
CLUENER train less its development split, each as the shipped recipe trains on it (normalised, OpenCC t2s). UNER
train is carved by sentence index: every 10th sentence (``i % 10 == 0``) is the *carve*, the rest the *rest*.
No model is trained or scored here; it prints, per file, the entity spans by label and the sentences holding an
ORG span, then for the carve's names of each label how many the training files (rest, MSRA, CLUENER) never mark
at all, and how many end in one of the recogniser's organisation suffixes (its ``o`` feature,
:meth:`zhkg.ner.features.FeatureExtractor.values`). ``bench/crf92_decision.md`` reads the numbers.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "pipeline"))  # a bench script: measure this checkout, not an installed copy

from zhkg.ner.bio import Span, read_bio, split_dev  # noqa: E402
from zhkg.ner.features import FeatureExtractor  # noqa: E402
from zhkg.ner.train import is_extra_dev_sentence  # noqa: E402
from zhkg.stages.normalise import normalise  # noqa: E402

Rows = list[tuple[str, list[Span]]]


def _rows(path: Path, keep=lambda i: True) -> Rows:
    return [(normalise(s.text).simplified, s.spans) for i, s in enumerate(read_bio(path)) if keep(i)]


def _labels(rows: Rows) -> Counter[str]:
    return Counter(label for _, spans in rows for _, _, label in spans)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data" / "ner")
    args = parser.parse_args(argv)
    uner = _rows(args.shared / "uner_zh" / "train.bio")
    carve = uner[::10]
    rest = [row for i, row in enumerate(uner) if i % 10]
    msra = [(s.text, s.spans) for s in split_dev(read_bio(args.shared / "msra" / "train.bio"))[0]]
    cluener = _rows(args.shared / "cluener" / "train.bio", lambda i: not is_extra_dev_sentence(i))
    files = {"uner train": uner, "msra train": msra, "cluener train": cluener}
    for name, rows in files.items():
        with_org = [row for row in rows if any(label == "ORG" for *_, label in row[1])]
        print(f"{name}: {len(rows)} sentences, spans {dict(_labels(rows))}; "
              f"{len(with_org)} with an ORG span, whose spans are {dict(_labels(with_org))}")
    total = Counter()
    for rows in files.values():
        total += _labels(rows)
    print("uner train's share of each label's training spans:",
          {label: round(_labels(uner)[label] / total[label], 3) for label in sorted(total)})
    marked: dict[str, Counter[str]] = {}
    for text, spans in rest + msra + cluener:
        for b, e, label in spans:
            marked.setdefault(text[b:e], Counter())[label] += 1
    extractor = FeatureExtractor()
    extractor.load()
    for label in ("PER", "LOC", "ORG"):
        names = [text[b:e] for text, spans in carve for b, e, lab in spans if lab == label]
        unseen = sum(name not in marked for name in names)
        same = sum(name in marked and marked[name].most_common(1)[0][0] == label for name in names)
        print(f"carve {label}: {len(names)} names, {unseen} never marked in training, {same} marked mostly {label}")
    for name, rows in {"uner carve": carve, "uner rest": rest, "msra train": msra, "cluener train": cluener}.items():
        ends = [extractor._org_suffixes(text)[e - 1] != "-" for text, spans in rows for _, e, lab in spans if lab == "ORG"]
        print(f"{name}: {sum(ends)} of {len(ends)} ORG spans end in an organisation suffix")
    return 0


if __name__ == "__main__":
    sys.exit(main())
