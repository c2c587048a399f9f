"""Score the whole extraction on Weibo NER's train split, a pool of informal text no rule was written from.

Weibo NER (``/work/shared/data/ner/weibo``) trains no shipped model, and its train split is read by no bench
script but this one. The first rules for informal text (:mod:`zhkg.extract.informal_people`: handles, chants, given
names alone) were written from the dev file's errors and measured here unseen (PER F1 0.501 → 0.508); the later ones
(handles after Latin letters, # and pronouns trimmed, two names split, names listed between people) were written from
this file's errors too, so it is no longer unseen: the test file, scored only, is the measure. Its rows are scored with and without those readers
(``--without`` swaps them out), per label, and ``--sources`` counts the gold and spurious people each of the
readers' sources gives. Nothing here prints a sentence: it reports totals.

    PYTHONPATH=pipeline python bench/informal_eval.py            # scores, with the readers
    PYTHONPATH=pipeline python bench/informal_eval.py --without  # the same without them
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "pipeline"))  # a bench script: measure this checkout, not an installed copy

from zhkg.ner.bio import read_bio, score_spans  # noqa: E402

DEFAULT_TRAIN = REPO.parent / "shared" / "data" / "ner" / "weibo" / "train.bio"
_SOURCES = ("people:handle", "people:chant", "people:given", "people:between")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_TRAIN, help="a Weibo NER .bio file (default: train)")
    parser.add_argument("--without", action="store_true", help="score without the informal readers")
    parser.add_argument("--sources", action="store_true", help="count right and wrong people by reader")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"Error: no such file: {args.data}", file=sys.stderr)
        return 1

    import zhkg.extract.merged_names as merged_names
    from zhkg.evaluate import outermost_spans
    from zhkg.run.pipeline import Pipeline
    from zhkg.stages.documents import parse_documents

    if args.without:
        merged_names.informal_people = lambda mentions, *a, **k: mentions
    pipe = Pipeline()
    sentences = read_bio(args.data)
    gold, predicted = [], []
    by_source: Counter[tuple[str, bool]] = Counter()
    for s in sentences:
        mentions = pipe.extract_mentions(parse_documents("s", s.text)[0])
        spans = outermost_spans(mentions)
        gold.append(s.spans)
        predicted.append(spans)
        if args.sources:
            wanted = {(a, b) for a, b, label in s.spans if label == "PER"}
            for m in mentions:
                if m.extractor in _SOURCES:
                    by_source[(m.extractor, (m.start, m.end) in wanted)] += 1
    score = score_spans(gold, predicted)
    print(f"{args.data.name}: {len(sentences)} messages, {'without' if args.without else 'with'} the informal readers")
    for row in score.table():
        label, g, p, ok, prec, rec, f1 = row
        print(f"{label:<4} gold {g:>4} pred {p:>4} ok {ok:>4}  P {prec:.4f} R {rec:.4f} F1 {f1:.4f}")
    for source in _SOURCES if args.sources else ():
        print(f"{source:<15} right {by_source[(source, True)]:>3}  other {by_source[(source, False)]:>3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
