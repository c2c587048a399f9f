"""Where a corpus run's CPU seconds go, phase by phase: a measure that other load on the machine barely moves.

Runs ``zhkg extract CORPUS --text-column 2 --jobs J`` (the rows of CORPUS a bench may read,
:func:`bench.common.eligible_corpus`, written to a file; every row until speed220) in this process (GraphML and
HTML written) with the corpus stages timed in CPU seconds: the parent's before the
pool (start-up, reading, loading the models), during it (receiving and folding
results), assembling the graph and writing; the workers' (children reaped when the
pool shuts down) and the writers' forked processes (layout, GraphML's edges).
Wall-clock ratios need an idle machine; these do not, and a ratio can be estimated
from them (the README's "Workers" says how).

Run: ``python3 bench/serial_part.py [--jobs J] [--corpus FILE] [--against REV]``
(``--against REV`` measures ``pipeline/`` at git revision REV, for a baseline).
"""

from __future__ import annotations

import argparse
import functools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "thucnews_1000.tsv"


def _children() -> float:
    t = os.times()
    return t.children_user + t.children_system


def measure(corpus: Path, jobs: int, out: Path) -> dict[str, float]:
    """CPU seconds of one run's phases (this process must not have imported zhkg yet)."""
    import zhkg.export
    import zhkg.export.outputs as outputs
    import zhkg.run.corpus as corpus_module
    import zhkg.run.pipeline as pipeline

    marks: dict[str, tuple[float, float]] = {}

    def timed(owner, name: str, label: str) -> None:
        func = getattr(owner, name)

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            marks[label + " start"] = (time.process_time(), _children())
            try:
                return func(*args, **kwargs)
            finally:
                marks[label + " end"] = (time.process_time(), _children())

        setattr(owner, name, wrapper)

    timed(corpus_module, "_run_pool", "pool")
    timed(pipeline.Assembler, "finish", "finish")
    timed(outputs, "write_outputs", "write")
    zhkg.export.write_outputs = outputs.write_outputs
    sys.argv = ["zhkg", "extract", str(corpus), "--text-column", "2", "--jobs", str(jobs), "-o", str(out),
                "--no-progress"]
    try:
        from zhkg.cli import main as zhkg_main  # the command itself: the program's quick exit would end this too

        zhkg_main(prog_name="zhkg")
    except SystemExit as exc:
        if exc.code:
            raise
    end = (time.process_time(), _children())
    pool_start, pool_end = marks.get("pool start", marks["finish start"]), marks.get("pool end", marks["finish start"])
    return {
        "parent before the pool (or the whole run, --jobs 1)": pool_start[0],
        "parent during the pool (models loaded first)": pool_end[0] - pool_start[0],
        "workers": pool_end[1] - pool_start[1],
        "parent assembling (finish)": marks["finish end"][0] - marks["finish start"][0],
        "parent writing": marks["write end"][0] - marks["write start"][0],
        "writers' processes (layout, edges)": marks["write end"][1] - marks["finish start"][1],
        "parent in all": end[0],
        "children in all": end[1],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--against", metavar="REV", help="measure pipeline/ at this git revision instead")
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)  # the re-run for --against
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"Error: {args.corpus} not found; pass --corpus FILE")
    if not args.source:  # the rows a bench may read (every row until speed220); a re-run gets them written
        sys.path.insert(0, str(ROOT))
        from bench.common import eligible_tsv

        args.corpus = eligible_tsv(args.corpus, Path(tempfile.mkdtemp(prefix="zhkg-serial-in-")) / args.corpus.name)
    if args.against:
        work = Path(tempfile.mkdtemp(prefix="zhkg-serial-"))
        archive = subprocess.run(["git", "archive", args.against, "pipeline"], check=True, capture_output=True, cwd=ROOT)
        subprocess.run(["tar", "-x", "-C", str(work)], input=archive.stdout, check=True)
        sys.exit(subprocess.call([sys.executable, __file__, "--jobs", str(args.jobs), "--corpus", str(args.corpus),
                                  "--source", str(work / "pipeline")]))
    sys.path.insert(0, str(args.source or ROOT / "pipeline"))
    out = Path(tempfile.mkdtemp(prefix="zhkg-serial-out-"))
    load = os.getloadavg()[0]
    phases = measure(args.corpus, args.jobs, out)
    print(f"\n--jobs {args.jobs}, {args.source or 'this checkout'}, load average {load:.1f}\n")
    print("| CPU seconds of | s |\n| --- | ---: |")
    for name, seconds in phases.items():
        print(f"| {name} | {seconds:.2f} |")


if __name__ == "__main__":
    main()
