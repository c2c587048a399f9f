"""Run perturbed eligible rows of ``thucnews_1000.tsv`` (``bench.relations_audit.eligible_rows``) through the whole
pipeline and report every exception by the place in ``zhkg`` that raised it: a search for tracebacks on text
nobody tuned for.

Each input is one row changed one way (:data:`PERTURBATIONS`: Traditional script, full-width letters, sentences
shuffled, cut at a random offset, joined without punctuation, repeated, control characters, stray brackets…);
``--jitter`` also moves the recogniser's spans (ends shifted, labels swapped, spans dropped or added), as another
model or other text moves them; ``--model FILE`` runs another recogniser. Inputs come from ``--seed`` and their
number from ``--inputs``: a run is repeatable. Exit status 1 when anything raised.

Run: ``python3 bench/fuzz_rows.py --inputs 300 --seed 1 [--jitter] [--model FILE] [--script s2t] [--keep DIR]``
(``--script`` converts every input to Traditional characters after its perturbation; ``--keep`` saves what raised;
``--extra`` adds digit runs rewritten, letters outside the BMP and half-Traditional texts). Session 55 (robust263): three
sites found in about 45,000 inputs, all fixed (a bracket or a place closing the text, a classifier jieba glued to
the next letter; see docs/changes-session55.md).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import corpus_rows, shared_data, write_output  # noqa: E402
from bench.relations_audit import eligible_rows  # noqa: E402

_SENTENCE_END = re.compile(r"(?<=[。！？；\n])")
_CONTROLS = [chr(c) for c in (0, 1, 7, 8, 11, 12, 27, 127, 0x85, 0x200B, 0x2028, 0xFEFF)]
_BRACKETS = "（）《》“”「」【】()\"'"


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s]


def _full_width(text: str) -> str:
    """Latin letters, digits and signs in their full-width forms (ＡＢＣ１２３)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _script(config: str) -> Callable[[str, random.Random], str]:
    def to(text: str, rng: random.Random) -> str:
        from zhkg.stages.normalise import convert

        return convert(text, config)
    return to


def _sprinkle(letters: str | list[str]) -> Callable[[str, random.Random], str]:
    """One of ``letters`` after about one letter in thirty."""
    return lambda t, rng: "".join(c + (rng.choice(letters) if rng.random() < 0.03 else "") for c in t)


def _cut_between(t: str, rng: random.Random) -> str:
    a, b = sorted((rng.randrange(len(t) + 1), rng.randrange(len(t) + 1)))
    return t[:a] + t[b:]


#: name -> how it changes a row's text (seeded by the run's generator)
PERTURBATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "as written": lambda t, rng: t,
    "s2t": _script("s2t"),
    "s2hk": _script("s2hk"),
    "s2tw": _script("s2tw"),
    "full-width": lambda t, rng: _full_width(t),
    "shuffled": lambda t, rng: "".join(rng.sample(_sentences(t), len(_sentences(t)))),
    "cut at the end": lambda t, rng: t[:rng.randrange(len(t) + 1)],
    "cut at the start": lambda t, rng: t[rng.randrange(len(t) + 1):],
    "cut between": _cut_between,
    "joined unpunctuated": lambda t, rng: "".join(s.rstrip("。！？；\n ") for s in _sentences(t)),
    "repeated": lambda t, rng: t * 3,
    "empty lines": lambda t, rng: "\n\n\n".join(_sentences(t)) + "\n\n",
    "control letters": _sprinkle(_CONTROLS),
    "brackets": _sprinkle(_BRACKETS),
    "one long line": lambda t, rng: (t.replace("\n", "") * 8)[:60000],
}

_DIGITS = re.compile(r"[0-9０-９]+")
_NUMBER_FORMS = ("{d}", "{d}{d}{d}{d}{d}{d}", "{d}.{d}.{d}", "{d},,{d}", "{d}.", ".{d}", "{d}万亿亿", "三千二百{d}",
                 "零点{d}", "{d}%%", "{d}-{d}-", "{d}／{d}", "9" * 40, "0" * 12 + "{d}", "{d}e999", "第{d}")
#: letters outside the Basic Multilingual Plane and joiners: Extension B characters, emoji and their sequences,
#: variation selectors, a combining mark
_ASTRAL = ["\U00020000", "\U0002A6A5", "\U0001F600", "\U0001F468\u200d\U0001F469\u200d\U0001F467", "\ufe0f",
           "\u0301", "\U000E0101", "\u3000"]


def _numbers(t: str, rng: random.Random) -> str:
    """Each digit run in another written form: a long run, dots and commas doubled, a numeral, a sign left over."""
    return _DIGITS.sub(lambda m: rng.choice(_NUMBER_FORMS).replace("{d}", m.group()), t)


def _mixed_scripts(t: str, rng: random.Random) -> str:
    """Every other sentence in Traditional characters (Hong Kong or Taiwan forms), as a quote or a pasted line."""
    return "".join(_script(rng.choice(("s2hk", "s2tw")))(s, rng) if i % 2 else s for i, s in enumerate(_sentences(t)))


#: ``--extra``: more perturbations (session 56), kept apart so that a seed of the first fifteen draws what it drew
EXTRA_PERTURBATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "numbers": _numbers,
    "astral letters": _sprinkle(_ASTRAL),
    "mixed scripts": _mixed_scripts,
}

_TAGS = ("PER", "LOC", "ORG")


def jitter_spans(spans: list[tuple[int, int, str]], size: int, rng: random.Random) -> list[tuple[int, int, str]]:
    """``spans`` moved as another recogniser might: some dropped, ends shifted by up to two letters, labels swapped,
    up to six spans added anywhere; never two overlapping, as the recogniser's never do.

    >>> jitter_spans([(0, 2, "PER")], 0, random.Random(0))
    []
    """
    if size < 2:
        return []
    moved = []
    for s, e, tag in spans:
        x = rng.random()
        if x < 0.1:
            continue
        if x < 0.3:
            s = max(0, min(size - 1, s + rng.randint(-2, 2)))
            e = max(s + 1, min(size, e + rng.randint(-2, 2)))
        elif x < 0.45:
            tag = rng.choice(_TAGS)
        moved.append((s, e, tag))
    for _ in range(rng.randint(0, 6)):
        a = rng.randrange(size - 1)
        moved.append((a, min(size, a + rng.randint(1, 7)), rng.choice(_TAGS)))
    kept, last = [], 0
    for s, e, tag in sorted(moved):
        if s >= last:
            kept.append((s, e, tag))
            last = e
    return kept


def site_of(exc: BaseException) -> str:
    """Where in ``zhkg`` ``exc`` was raised: ``module.py:line:function``, the innermost frame of the package.

    A frame is zhkg's when its file lies inside the imported package's folder, not when its path merely has a
    folder named ``zhkg`` (a checkout cloned into ``.../zhkg`` holds the tests and the benches too).
    """
    import zhkg

    package = Path(zhkg.__file__).resolve().parent
    inside = []
    for frame in traceback.extract_tb(exc.__traceback__):
        try:
            inside.append((Path(frame.filename).resolve().relative_to(package), frame))
        except ValueError:
            continue
    if not inside:
        return "outside zhkg"
    where, frame = inside[-1]
    return f"{where.as_posix()}:{frame.lineno}:{frame.name}"


def fuzz(texts: list[str], rows: list[int], inputs: int, seed: int, *, model: str = "", jitter: bool = False,
         script: str = "", keep: Path | None = None, extra: bool = False) -> dict[tuple[str, str], list[tuple[int, str]]]:
    """(site, exception type) -> the (row, perturbation) of every input that raised there.

    ``script`` (an OpenCC configuration: s2t, s2hk, s2tw) converts every input after its perturbation, so that a
    recogniser for Traditional text reads Traditional text whatever the perturbation; ``keep``, a folder outside
    the repository, gets each input that raised and its traceback (``fuzz-N.txt``, ``fuzz-N.traceback``);
    ``extra`` draws from :data:`EXTRA_PERTURBATIONS` too.
    """
    from zhkg.config import Config
    from zhkg.errors import ZhkgError
    from zhkg.run.pipeline import Pipeline

    rng = random.Random(seed)
    pipeline = Pipeline(Config(model_path=model))
    if jitter and pipeline.model is not None:
        tag = pipeline.model.tag_spans_many

        def jittered(texts_, boundaries=None, on_block=None):
            return [jitter_spans(list(found), len(t), rng) for t, found in zip(texts_, tag(texts_, boundaries, on_block))]
        pipeline.model.tag_spans_many = jittered
    crashes: dict[tuple[str, str], list[tuple[int, str]]] = {}
    perturbations = {**PERTURBATIONS, **(EXTRA_PERTURBATIONS if extra else {})}
    names = sorted(perturbations)
    for n in range(inputs):
        row, how = rng.choice(rows), rng.choice(names)
        try:
            text = perturbations[how](texts[row], rng)
        except ZhkgError:  # a conversion that would change the length (normalise.convert refuses it)
            how, text = "as written", texts[row]
        if script:
            try:
                text, how = PERTURBATIONS[script](text, rng), f"{how}, {script}"
            except ZhkgError:
                pass  # the conversion would change the length: the input as perturbed
        try:
            pipeline.run_texts([(f"fuzz-{n + 1}", text)])
        except ZhkgError:
            pass  # a one-line error the CLI prints: input refused on purpose (too long, empty)
        except Exception as exc:  # noqa: BLE001 - every other exception is what the search is for
            crashes.setdefault((site_of(exc), type(exc).__name__), []).append((row, how))
            if keep is not None:
                write_output("--keep", keep / f"fuzz-{n + 1}.txt", text)
                write_output("--keep", keep / f"fuzz-{n + 1}.traceback",
                             f"row {row} {how}\n" + "".join(traceback.format_exception(exc)))
        print(f"  {n + 1}/{inputs} inputs", end="\r", file=sys.stderr)
    print(file=sys.stderr)
    return crashes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=300, help="how many perturbed rows to run (default 300)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--model", default="", help="a recogniser model file instead of the shipped one")
    parser.add_argument("--jitter", action="store_true", help="move the recogniser's spans too")
    parser.add_argument("--script", choices=("s2t", "s2hk", "s2tw"), default="",
                        help="convert every input to Traditional characters after its perturbation")
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR",
                        help="write each input that raised and its traceback here (a folder outside the repository)")
    parser.add_argument("--extra", action="store_true",
                        help="draw from three more perturbations too: numbers rewritten, astral letters, mixed scripts")
    parser.add_argument("--data", type=Path, default=None)
    args = parser.parse_args()
    texts = corpus_rows(shared_data(args.data))
    crashes = fuzz(texts, eligible_rows(len(texts)), args.inputs, args.seed, model=args.model, jitter=args.jitter,
                   script=args.script, keep=args.keep, extra=args.extra)
    for (site, kind), where in sorted(crashes.items()):
        first = ", ".join(f"row {row} {how}" for row, how in where[:3])
        print(f"{site} {kind}: {len(where)} inputs (first: {first})")
    print(f"{args.inputs} inputs, {sum(map(len, crashes.values()))} raised, at {len(crashes)} sites")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
