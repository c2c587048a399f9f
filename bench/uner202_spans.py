"""What a candidate recogniser loses and gains on Universal NER dev against the shipped one, and how a web BIO file
marks the forms in question (round uner202, issue 15; diagnosis only).

Part 1 tags UNER dev (``../shared/data/ner/uner_zh/dev.bio``, in the processing form as ``bench/ner_eval.py``'s
``crf/uner-dev`` row does) with the shipped model and ``--candidate``, and prints, per half (:func:`bench.ner_eval.uner_half`)
and type, the model alone's F1 and the exact gold spans one model gets and the other does not, by kind
(:func:`span_kind`). Examples are printed for the ``tune`` half only; the ``held`` half gives counts only.

Part 2 counts, in ``--web`` (a ``bench/web_bio.py`` file, one copy read) and in UNER and MSRA train, the label
densities and how 政府 is marked (:func:`government_marks`).

Run: ``PYTHONPATH=pipeline python bench/uner202_spans.py --candidate /tmp/l197/ner_web197.crfsuite --web /tmp/l197/web_tune.bio``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))
sys.path.insert(0, str(ROOT))

from bench.ner_eval import DEFAULT_UNER, DEFAULT_UNER_TRAIN, uner_half  # noqa: E402
from zhkg.ner.bio import Span  # noqa: E402

MSRA_TRAIN = ROOT.parent / "shared" / "data" / "ner" / "msra" / "train.bio"
GOVERNMENT = re.compile(r"(人民)?政府")


def span_kind(gold: Span, other: Sequence[Span]) -> str:
    """How the ``other`` model's spans read a gold span it did not get exactly.

    >>> span_kind((0, 3, "LOC"), []), span_kind((0, 3, "LOC"), [(0, 3, "PER")])
    ('missed', 'type')
    >>> span_kind((0, 3, "LOC"), [(0, 5, "ORG")]), span_kind((0, 3, "LOC"), [(0, 2, "LOC")])
    ('inside a longer span', 'cut or shifted')
    """
    start, end, _ = gold
    over = [s for s in other if s[0] < end and start < s[1]]
    if not over:
        return "missed"
    if any(s[0] == start and s[1] == end for s in over):
        return "type"
    if any(s[0] <= start and end <= s[1] for s in over):
        return "inside a longer span"
    return "cut or shifted"


def f1(gold: Sequence[Sequence[Span]], predicted: Sequence[Sequence[Span]], label: str | None = None) -> float:
    """Exact-span F1 over sentences, of one label or all.

    >>> f1([[(0, 2, "PER")]], [[(0, 2, "PER"), (3, 4, "LOC")]])
    0.6667
    """
    hit = found = wanted = 0
    for g, p in zip(gold, predicted):
        g_set = {s for s in g if label in (None, s[2])}
        p_set = {s for s in p if label in (None, s[2])}
        hit, found, wanted = hit + len(g_set & p_set), found + len(p_set), wanted + len(g_set)
    return round(2 * hit / (found + wanted), 4) if found + wanted else 0.0


def government_marks(text: str, spans: Sequence[Span]) -> Counter[str]:
    """How each 政府 of ``text`` is marked: inside a span (of which label), or O after a span (of which label) or
    after none.

    >>> sorted(government_marks("日本政府和县政府", [(0, 4, "ORG")]).items())
    [('O, no name before', 1), ('inside ORG', 1)]
    >>> dict(government_marks("日本政府", [(0, 2, "LOC")]))
    {'O after LOC': 1}
    """
    counts: Counter[str] = Counter()
    for match in GOVERNMENT.finditer(text):
        start, end = match.span()
        inside = [s for s in spans if s[0] < end and start < s[1]]
        before = [s for s in spans if s[1] == start]
        counts["inside " + inside[0][2] if inside else "O after " + before[0][2] if before else "O, no name before"] += 1
    return counts


def _read(path: Path, one_copy: bool = False) -> list[tuple[str, tuple[Span, ...]]]:
    from zhkg.ner.bio import read_bio
    from zhkg.stages.normalise import normalise

    rows = [(normalise(s.text).simplified, tuple(s.spans)) for s in read_bio(path)]
    if one_copy:  # web_bio.py writes its sentences --copies times over: keep the first run of them
        for size in range(1, len(rows) + 1):
            if len(rows) % size == 0 and rows == rows[:size] * (len(rows) // size):
                return rows[:size]
    return rows


def compare_models(candidate: Path) -> None:
    from zhkg.ner.model import load_model

    dev = _read(DEFAULT_UNER)
    texts = [t for t, _ in dev]
    shipped, cand = load_model().tag_spans_many(texts), load_model(candidate).tag_spans_many(texts)
    for half in ("tune", "held"):
        picked = [i for i in range(len(dev)) if uner_half(i) == half]
        gold = [dev[i][1] for i in picked]
        scores = " ".join(f"{label or 'ALL'} {f1(gold, [shipped[i] for i in picked], label)} -> "
                          f"{f1(gold, [cand[i] for i in picked], label)}" for label in (None, "PER", "ORG", "LOC"))
        print(f"== {half} half, {len(picked)} sentences, model alone F1 shipped -> candidate: {scores}")
        for name, ours, theirs in (("lost", shipped, cand), ("gained", cand, shipped)):
            kinds: Counter[tuple[str, str]] = Counter()
            for i in picked:
                for span in sorted(set(dev[i][1]) & set(ours[i]) - set(theirs[i])):
                    kind = span_kind(span, theirs[i])
                    kinds[span[2], kind] += 1
                    if half == "tune":
                        other = [f"{texts[i][s:e]}/{label}" for s, e, label in theirs[i] if s < span[1] and span[0] < e]
                        print(f"  {name} {span[2]} {texts[i][span[0]:span[1]]} ({kind}: {' '.join(other) or '-'})")
            print(f"  {name}: {sum(kinds.values())} " + ", ".join(f"{lab} {k} {n}" for (lab, k), n in sorted(kinds.items())))


def compare_marks(web: Path) -> None:
    for name, path, one_copy in (("web", web, True), ("uner-train", DEFAULT_UNER_TRAIN, False), ("msra-train", MSRA_TRAIN, False)):
        if not path.is_file():
            print(f"{name}: {path} not found")
            continue
        rows = _read(path, one_copy)
        chars = sum(len(t) for t, _ in rows)
        labels = Counter(label for _, spans in rows for *_, label in spans)
        marks: Counter[str] = Counter()
        for text, spans in rows:
            marks.update(government_marks(text, spans))
        density = " ".join(f"{label} {1000 * labels[label] / chars:.1f}" for label in ("PER", "ORG", "LOC"))
        print(f"== {name}: {len(rows)} sentences, {chars} chars; marks per 1000 chars: {density}; 政府: {dict(sorted(marks.items()))}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidate", type=Path, required=True, help="the candidate .crfsuite model")
    parser.add_argument("--web", type=Path, default=None, help="a bench/web_bio.py file to count marks in")
    args = parser.parse_args(argv)
    missing = [str(p) for p in (args.candidate, DEFAULT_UNER, *([args.web] if args.web else [])) if not p.is_file()]
    if missing:
        print(f"error: not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    compare_models(args.candidate)
    if args.web:
        compare_marks(args.web)
    return 0


if __name__ == "__main__":
    sys.exit(main())
