"""Foreign names in large real splits: the whole extraction against the sets' own gold, round foreign49.

Usage, from the repository root (``PYTHONPATH=pipeline``)::

    python3 bench/foreign49.py                   # tune49 and check49, per type, both scripts
    python3 bench/foreign49.py --half tune49 --errors   # tune49's errors where the rules lose to the model, or both miss

**Pool.** Every sentence of three training splits, less their development sentences, with a gold PER, LOC or ORG
span that is a foreign name (:func:`is_foreign_name`): MSRA ``train.bio`` less its dev split
(:func:`zhkg.ner.bio.is_dev_sentence`), CLUENER ``train.bio`` less its dev tenth
(:func:`zhkg.ner.train.is_extra_dev_sentence`) and Universal NER's Chinese ``train.bio`` (Traditional as written),
in that order. The pool's sentences are numbered in that order; an even number is ``tune49`` (errors may be read),
an odd one ``check49`` (scored, never read). The rule was fixed before anything ran.

**Scores.** Exact typed spans, per type, for the whole extraction (``zhkg``: rules and model, as ``zhkg eval`` and
``bench/ner_eval.py`` run it, a sentence a document) and the bare model (``crf``), each on the text as written
and converted (MSRA and CLUENER with OpenCC ``s2t``, Universal NER with ``t2s``; one letter for one, so the gold
offsets hold). Universal NER's predictions are read by its own conventions, as ``bench/ner_eval.py`` reads them
(:func:`bench.ner_eval.uner_conventions`); MSRA and CLUENER's as they come. ``found`` counts the gold names by who
finds them exactly (:func:`bench.ner_eval.rules_against_model`): ``model only`` is what the rules broke.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.ner_eval

from bench.ner_eval import rules_against_model, uner_conventions  # noqa: E402
from zhkg.ner.bio import Score, Sentence, Span, is_dev_sentence, read_bio, score_spans  # noqa: E402
from zhkg.ner.train import is_extra_dev_sentence  # noqa: E402

NER = ROOT.parent / "shared" / "data" / "ner"
#: (corpus, file, whether a sentence index is training data), in the pool's order
SOURCES = (
    ("msra", NER / "msra" / "train.bio", lambda i: not is_dev_sentence(i)),
    ("cluener", NER / "cluener" / "train.bio", lambda i: not is_extra_dev_sentence(i)),
    ("uner", NER / "uner_zh" / "train.bio", lambda i: True),
)
HALVES = ("tune49", "check49")
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_JOINED = re.compile(r".[·‧•・\-－].")


def is_foreign_name(name: str, foreign: frozenset[str] | set[str]) -> bool:
    """Whether a gold name is written as a foreign one: a Latin letter, a separator between two letters
    (·‧•・-), or three transliteration letters in a row.

    >>> chars = set("克林顿阿尔巴尼亚")
    >>> [is_foreign_name(n, chars) for n in ("克林顿", "约翰·史密斯", "IBM公司", "阿尔巴尼亚", "克林", "王小明")]
    [True, True, True, True, False, False]
    """
    if _LATIN.search(name) or _JOINED.search(name):
        return True
    run = 0
    for ch in name:
        run = run + 1 if ch in foreign else 0
        if run >= 3:
            return True
    return False


def half49(number: int) -> str:
    """The half of the pool a sentence belongs to, by its 0-based number in the pool.

    >>> [half49(i) for i in range(3)]
    ['tune49', 'check49', 'tune49']
    """
    return HALVES[number % 2]


@dataclass(frozen=True)
class PoolSentence:
    """One sentence of the pool: its corpus, its index in that file, its half and the sentence itself."""

    corpus: str
    index: int
    half: str
    sentence: Sentence


def load_pool() -> list[PoolSentence]:
    """The pool's sentences in order, each with its half."""
    from zhkg.resources.lexicon import load_lexicon

    foreign = load_lexicon().foreign_name_chars
    pool: list[PoolSentence] = []
    for corpus, path, keep in SOURCES:
        if not path.is_file():
            sys.exit(f"Error: {path} not found (the NER sets are kept in ../shared beside the checkout)")
        for index, sentence in enumerate(read_bio(path)):
            if keep(index) and any(is_foreign_name(sentence.text[a:b], foreign) for a, b, _ in sentence.spans):
                pool.append(PoolSentence(corpus, index, half49(len(pool)), sentence))
    return pool


def converted(text: str, corpus: str) -> str:
    """The sentence in the other script: ``s2t`` for the Simplified sets, ``t2s`` for Universal NER."""
    from zhkg.stages.normalise import normalise, to_traditional

    return normalise(text).simplified if corpus == "uner" else to_traditional(text)


def predict(items: Sequence[PoolSentence], script: str) -> dict[str, list[list[Span]]]:
    """The whole extraction's and the bare model's spans for each sentence, in ``script`` (``written`` or
    ``converted``); Universal NER's read by its conventions."""
    from zhkg.evaluate import outermost_spans
    from zhkg.ner.model import load_model
    from zhkg.run.pipeline import Pipeline
    from zhkg.stages.documents import parse_documents
    from zhkg.stages.normalise import normalise

    pipe = Pipeline()
    model = load_model(None)
    out: dict[str, list[list[Span]]] = {"zhkg": [], "crf": []}
    for item in items:
        text = item.sentence.text if script == "written" else converted(item.sentence.text, item.corpus)
        simplified = normalise(text).simplified
        whole = outermost_spans(pipe.extract_mentions(parse_documents("s", text)[0]))
        bare = model.tag_spans(simplified)
        if item.corpus == "uner":
            whole, bare = uner_conventions(simplified, whole), uner_conventions(simplified, bare)
        out["zhkg"].append(whole)
        out["crf"].append(bare)
    return out


def score_lines(name: str, score: Score) -> list[str]:
    """Per-type rows of one score: ``name label gold pred correct P R F1``."""
    return [f"{name:<34} {row[0]:<5} " + " ".join(f"{v:>6}" if isinstance(v, int) else f"{v:6.3f}" for v in row[1:])
            for row in score.table()]


def report_lines(name: str, items: Sequence[PoolSentence], predictions: dict[str, list[list[Span]]]) -> list[str]:
    """The scores of one half in one script: per type for the whole extraction and the bare model, each corpus's
    ALL row, and the gold names by who finds them (``found``)."""
    gold = [p.sentence.spans for p in items]
    lines: list[str] = []
    for system in ("zhkg", "crf"):
        lines += score_lines(f"{name}/{system}", score_spans(gold, predictions[system]))
        for corpus in ("msra", "cluener", "uner"):
            picked = [i for i, p in enumerate(items) if p.corpus == corpus]
            score = score_spans([gold[i] for i in picked], [predictions[system][i] for i in picked])
            lines.append(score_lines(f"{name}/{system}/{corpus}", score)[-1])
    found = rules_against_model(gold, predictions["crf"], predictions["zhkg"])
    for label in ("PER", "LOC", "ORG"):
        lines.append(f"{name}/found {label}: " + ", ".join(
            f"{kind} {found[(label, kind)]}" for kind in ("both", "model only", "rules only", "neither")))
    return lines


def error_lines(items: Sequence[PoolSentence], predictions: dict[str, list[list[Span]]]) -> list[str]:
    """Each sentence where a gold name is found by the model alone (``! model only``: the rules broke it) or by
    neither (``- both miss``), with the whole extraction's and the model's spans around it."""
    lines: list[str] = []
    for item, whole, bare in zip(items, predictions["zhkg"], predictions["crf"]):
        text = item.sentence.text
        gold = set(item.sentence.spans)
        broken = [s for s in gold if s in bare and s not in whole]
        missed = [s for s in gold if s not in bare and s not in whole]
        if not broken and not missed:
            continue
        lines.append(f"[{item.corpus}:{item.index}] {text}")
        lines += [f"  ! {s[2]} {text[s[0]:s[1]]}" for s in sorted(broken)]
        lines += [f"  - {s[2]} {text[s[0]:s[1]]}" for s in sorted(missed)]
        near = broken + missed
        for label, spans in (("zhkg", whole), ("crf", bare)):
            shown = [f"{s[2]} {text[s[0]:s[1]]}" for s in sorted(set(spans) - gold)
                     if any(s[0] < g[1] and g[0] < s[1] for g in near)]
            if shown:
                lines.append(f"    {label}: " + ", ".join(shown))
    return lines


def run_halves(argv: Sequence[str] | None, description: str, halves: tuple[str, str], load: Callable[[], list],
               predict_half: Callable[[Sequence, str], tuple[dict, object]],
               errors: Callable[[Sequence, dict, object], list[str]], errors_help: str) -> int:
    """The command line of a pool scored half by half (this module's and :mod:`bench.overrides51`'s): each half's
    report in each script, and with ``--errors`` the studied half's errors (``errors``), never the other's.
    ``predict_half`` gives the predictions and whatever ``errors`` needs beside them."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--half", choices=(*halves, "both"), default="both")
    parser.add_argument("--script", choices=("written", "converted", "both"), default="both")
    parser.add_argument("--errors", action="store_true", help=errors_help)
    args = parser.parse_args(argv)
    if args.errors and args.half != halves[0]:
        sys.exit(f"Error: --errors lists {halves[0]} only; pass --half {halves[0]}")
    pool = load()
    chosen = halves if args.half == "both" else (args.half,)
    scripts = ("written", "converted") if args.script == "both" else (args.script,)
    for half in chosen:
        items = [p for p in pool if p.half == half]
        print(f"{half}: {len(items)} sentences, {sum(len(p.sentence.spans) for p in items)} gold names")
        for script in scripts:
            predictions, extra = predict_half(items, script)
            print("\n".join(report_lines(f"{half}/{script}", items, predictions)))
            if args.errors and script == "written":
                print("\n".join(errors(items, predictions, extra)))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return run_halves(argv, __doc__.splitlines()[0], HALVES, load_pool,
                      lambda items, script: (predict(items, script), None),
                      lambda items, predictions, _: error_lines(items, predictions),
                      "list tune49's errors (never check49's)")


if __name__ == "__main__":
    raise SystemExit(main())
