"""Where the extraction's time goes, as shares: cProfile over ``run_corpus`` (one process, ``--jobs 1``, as
``bench/throughput.py`` times it) on the first ``--rows`` of :func:`bench.relations_audit.eligible_rows`, written as
they are (Simplified) and through OpenCC ``s2tw`` (Traditional), after a warm-up on five of each.

Prints, for each script, the stages' shares of the profiled time (normalising, segmenting, the recogniser, the
rules, the relation readers) and the ``--top`` functions by their own time, each as a share; no seconds, since the
machine is shared and only shares and ratios compare between runs. cProfile charges each Python call, so it
overstates code of many small calls (the rules) against code in C or numpy (the recogniser), and a function that
happens to trigger the garbage collector carries its pass: read one pass's top items as leads, to be timed
alone. Session 32 (speed58).

Run: ``python3 bench/rules_profile.py [--rows 100] [--top 15] [--scripts st]``.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # profile this checkout, not an installed copy
sys.path.insert(0, str(ROOT))

from bench.common import add_data_option, corpus_rows, shared_data  # noqa: E402
from bench.relations_audit import eligible_rows  # noqa: E402

#: The stages whose cumulative share is printed: (what, file, function).
STAGES = (("normalise", "stages/normalise.py", "normalise"),
          ("segment", "stages/segment.py", "__call__"),
          ("recogniser", "ner/model.py", "tag_spans_many"),
          ("extractors (rules)", "run/pipeline.py", "_rules"),
          ("combine", "extract/combine.py", "combine_mentions"),
          ("relation readers", "relate/base.py", "relate_document"))


def _documents(texts: list[str], rows: list[int], script: str):
    from zhkg.stages.normalise import convert
    from zhkg.stages.read_files import RawDocument

    return [RawDocument(f"{script}-{r}", texts[r] if script == "s" else convert(texts[r], "s2tw"), {}) for r in rows]


def profile(raws) -> pstats.Stats:
    """cProfile's statistics of one ``run_corpus`` pass over ``raws`` (after a warm-up on their first five)."""
    from zhkg.config import Config
    from zhkg.run.corpus import CorpusRun, run_corpus

    run_corpus(raws[:5], CorpusRun(Config(), jobs=1))
    profiler = cProfile.Profile()
    profiler.runcall(run_corpus, raws, CorpusRun(Config(), jobs=1))
    return pstats.Stats(profiler)


def shares(stats: pstats.Stats, top: int) -> list[str]:
    """The stages' cumulative shares and the ``top`` functions by own time, as lines of text."""
    total = stats.total_tt
    lines = [f"function calls {stats.total_calls:,}"]
    for what, path, name in STAGES:
        cumulative = sum(v[3] for k, v in stats.stats.items() if k[0].endswith(path) and k[2] == name)
        lines.append(f"  {100 * cumulative / total:5.1f}%  {what}")
    lines.append(f"top {top} by own time:")
    for (path, line, name), v in sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:top]:
        where = path.split("/pipeline/", 1)[-1].split("/site-packages/", 1)[-1]
        lines.append(f"  {100 * v[2] / total:5.1f}%  {v[1]:>9,} calls  {name} ({where}:{line})")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100, help="eligible rows to run (default 100)")
    parser.add_argument("--top", type=int, default=15, help="functions to list by own time (default 15)")
    parser.add_argument("--scripts", default="st", help="s: as written; t: through s2tw (default st)")
    add_data_option(parser)
    args = parser.parse_args()
    if args.rows < 1 or args.top < 1 or not args.scripts or set(args.scripts) - set("st"):
        parser.error("--rows and --top take a positive number, --scripts letters of 'st'")
    texts = corpus_rows(shared_data(args.data))
    rows = eligible_rows(len(texts))[:args.rows]
    for script in args.scripts:
        print(f"== {'Simplified' if script == 's' else 'Traditional (s2tw)'}, {len(rows)} rows")
        print("\n".join(shares(profile(_documents(texts, rows, script)), args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
