"""Where the rules break the recogniser's right names, on general training text: round overrides51.

Usage, from the repository root (``PYTHONPATH=pipeline``)::

    python3 bench/overrides51.py                          # tune51 and check51, per type, both scripts
    python3 bench/overrides51.py --half tune51 --errors   # tune51's names the model found and the rules broke,
                                                          # each with the extractor of the mention that won

**Pool.** The sentences of the three training splits :mod:`bench.foreign49` reads (MSRA train less its dev split,
CLUENER train less its dev tenth, Universal NER train), in the same order, that are NOT in foreign49's pool (no
gold name written as a foreign one); of those a sample of :data:`SIZE` drawn with ``random.Random(SEED)``, kept in
pool order. A sentence at an even place of the sample is ``tune51`` (errors may be read), at an odd place
``check51`` (scored, never read). The rule was fixed before anything ran.

**Scores** as :mod:`bench.foreign49` counts them (the whole extraction and the bare model, as written and
converted, per type and per corpus; ``found``: who finds each gold name exactly).
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.foreign49

from bench.foreign49 import SOURCES, PoolSentence, converted, is_foreign_name, run_halves  # noqa: E402
from bench.ner_eval import uner_conventions  # noqa: E402
from zhkg.ner.bio import Span, read_bio  # noqa: E402

HALVES = ("tune51", "check51")
SEED = 51
SIZE = 6000


def half51(place: int) -> str:
    """The half of the sample a sentence belongs to, by its 0-based place in the sample (in pool order).

    >>> [half51(i) for i in range(3)]
    ['tune51', 'check51', 'tune51']
    """
    return HALVES[place % 2]


def sample_places(total: int, size: int = SIZE, seed: int = SEED) -> list[int]:
    """The pool indexes of the sample, sorted: ``size`` of ``total`` drawn with ``random.Random(seed)``.

    >>> sample_places(10, 3) == sample_places(10, 3) and len(sample_places(10, 3)) == 3
    True
    >>> sample_places(2, 5)
    [0, 1]
    """
    return sorted(random.Random(seed).sample(range(total), min(size, total)))


def load_pool() -> list[PoolSentence]:
    """The sample's sentences in pool order, each with its half."""
    from zhkg.resources.lexicon import load_lexicon

    foreign = load_lexicon().foreign_name_chars
    general: list[tuple[str, int, object]] = []
    for corpus, path, keep in SOURCES:
        if not path.is_file():
            sys.exit(f"Error: {path} not found (the NER sets are kept in ../shared beside the checkout)")
        for index, sentence in enumerate(read_bio(path)):
            if keep(index) and not any(is_foreign_name(sentence.text[a:b], foreign) for a, b, _ in sentence.spans):
                general.append((corpus, index, sentence))
    return [PoolSentence(general[i][0], general[i][1], half51(place), general[i][2])  # type: ignore[arg-type]
            for place, i in enumerate(sample_places(len(general)))]


def predict(items: Sequence[PoolSentence], script: str) -> tuple[dict[str, list[list[Span]]], list[dict[Span, str]]]:
    """The whole extraction's and the bare model's spans for each sentence, in ``script`` (``written`` or
    ``converted``), Universal NER's read by its conventions; and for each sentence the extractor of each of the
    whole extraction's spans."""
    from zhkg.evaluate import BIO_LABEL, outermost_spans
    from zhkg.ner.model import load_model
    from zhkg.run.pipeline import Pipeline
    from zhkg.stages.documents import parse_documents
    from zhkg.stages.normalise import normalise

    pipe = Pipeline()
    model = load_model(None)
    out: dict[str, list[list[Span]]] = {"zhkg": [], "crf": []}
    sources: list[dict[Span, str]] = []
    for item in items:
        text = item.sentence.text if script == "written" else converted(item.sentence.text, item.corpus)
        simplified = normalise(text).simplified
        mentions = pipe.extract_mentions(parse_documents("s", text)[0])
        whole = outermost_spans(mentions)
        bare = model.tag_spans(simplified)
        if item.corpus == "uner":
            whole, bare = uner_conventions(simplified, whole), uner_conventions(simplified, bare)
        out["zhkg"].append(whole)
        out["crf"].append(bare)
        sources.append({(m.start, m.end, BIO_LABEL[m.label.value]): str(getattr(m.extractor, "value", m.extractor))
                        for m in mentions if m.label.value in BIO_LABEL})
    return out, sources


def broken_lines(items: Sequence[PoolSentence], predictions: dict[str, list[list[Span]]],
                 sources: Sequence[dict[Span, str]]) -> tuple[list[str], Counter[str]]:
    """Each gold name the model found and the whole extraction did not, with what the extraction put there
    (span, label, extractor; ``dropped`` when nothing overlaps), and a count by extractor and kind."""
    lines: list[str] = []
    kinds: Counter[str] = Counter()
    for item, whole, bare, source in zip(items, predictions["zhkg"], predictions["crf"], sources):
        text = item.sentence.text
        for s in sorted(g for g in item.sentence.spans if g in bare and g not in whole):
            over = [w for w in whole if w[0] < s[1] and s[0] < w[1]]
            if not over:
                kinds[f"{s[2]} dropped"] += 1
                lines.append(f"[{item.corpus}:{item.index}] {s[2]} {text[s[0]:s[1]]} -> dropped | {text}")
                continue
            shown = []
            for w in over:
                extractor = source.get(w, "?")
                kind = "retyped" if (w[0], w[1]) == (s[0], s[1]) else (
                    "longer" if w[0] <= s[0] and s[1] <= w[1] else "shorter" if s[0] <= w[0] and w[1] <= s[1]
                    else "crossing")
                kinds[f"{s[2]} {kind} by {extractor}"] += 1
                shown.append(f"{w[2]} {text[w[0]:w[1]]} ({kind}, {extractor})")
            lines.append(f"[{item.corpus}:{item.index}] {s[2]} {text[s[0]:s[1]]} -> {'; '.join(shown)} | {text}")
    return lines, kinds


def _broken_report(items: Sequence[PoolSentence], predictions: dict[str, list[list[Span]]],
                   sources: list[dict[Span, str]]) -> list[str]:
    lines, kinds = broken_lines(items, predictions, sources)
    return [f"  {n:>4} {k}" for k, n in kinds.most_common()] + lines


def main(argv: Sequence[str] | None = None) -> int:
    return run_halves(argv, __doc__.splitlines()[0], HALVES, load_pool, predict, _broken_report,
                      "list tune51's broken names (never check51's)")


if __name__ == "__main__":
    raise SystemExit(main())
