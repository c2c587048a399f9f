"""speed122's changes against the forms they replaced, on the whole run, in one process.

The first ``--docs`` THUCNews articles as ``bench/throughput.py`` reads them go through ``run_corpus`` (one process,
after a five-article warm-up) ``--pairs`` times with the old forms patched back at every module that reads them
(``first_at``/``first_ending``, the token table's character column, ``words_and_spaces``, resolution's ``_replace``,
the abbreviations' scan, ``str`` of a ``MentionSource``: the references of ``tests/test_speed122.py``) and as
committed, alternating which goes first; prints the CPU seconds (``time.process_time``) of each pass, the medians,
the old/new ratio of each pair and the load average.

Run: ``PYTHONPATH=pipeline python3 bench/speed122_ab.py [--docs 200] [--pairs 12]``. Session 35 (speed122).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _patch_points(old: dict[str, object]) -> list[tuple[dict, str, object, object]]:
    """(module namespace, name, old form, new form) wherever a zhkg module holds one of the changed functions."""
    import zhkg.extract.places as places
    import zhkg.stages.resolve_companies as resolve_companies
    import zhkg.stages.segment as segment
    import zhkg.text as text

    new = {"first_at": text.first_at, "first_ending": text.first_ending, "_replace": resolve_companies._replace}
    points = [(vars(module), name, old[name], value) for module in list(sys.modules.values())
              if getattr(module, "__name__", "").startswith("zhkg") for name, value in new.items()
              if vars(module).get(name) is value]
    for module, name in ((segment, "_token_of_char"), (segment, "words_and_spaces"),
                         (places, "_abbreviation_mentions")):
        points.append((vars(module), name, old[name], getattr(module, name)))
    return points


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--pairs", type=int, default=12)
    args = parser.parse_args()
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    import test_speed122 as reference

    from bench.throughput import CORPUS, load
    from zhkg.config import Config
    from zhkg.records import MentionSource
    from zhkg.run.corpus import CorpusRun, run_corpus

    if not CORPUS.is_file():
        sys.exit(f"Error: {CORPUS} not found (THUCNews, kept in ../shared beside the checkout)")
    raws = load(args.docs)
    run_corpus(raws[:5], CorpusRun(Config(), jobs=1))  # load everything first
    old = {"first_at": reference._old_first_at, "first_ending": reference._old_first_ending,
           "_replace": lambda m, canonical, code: replace(m, canonical=canonical, code=code),
           "_token_of_char": reference._old_token_of_char, "words_and_spaces": reference._old_words_and_spaces,
           "_abbreviation_mentions": reference._old_abbreviation_mentions}
    points = _patch_points(old)
    new_str = MentionSource.__str__
    seconds: dict[str, list[float]] = {"old": [], "new": []}
    for pair in range(args.pairs):
        for which in ("old", "new") if pair % 2 == 0 else ("new", "old"):
            for namespace, name, before, after in points:
                namespace[name] = before if which == "old" else after
            MentionSource.__str__ = (lambda self: self.value) if which == "old" else new_str
            start = time.process_time()
            run_corpus(raws, CorpusRun(Config(), jobs=1))
            seconds[which].append(time.process_time() - start)
    MentionSource.__str__ = new_str
    print(f"{len(points)} places patched; CPU s of run_corpus over {args.docs} articles, {args.pairs} pairs")
    for which, values in seconds.items():
        print(f"{which}: median {statistics.median(values):.3f} ({min(values):.3f}–{max(values):.3f}): "
              + " ".join(f"{v:.3f}" for v in values))
    ratios = [a / b for a, b in zip(seconds["old"], seconds["new"])]
    print(f"old/new per pair: median {statistics.median(ratios):.4f} ({min(ratios):.4f}–{max(ratios):.4f}); "
          f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
