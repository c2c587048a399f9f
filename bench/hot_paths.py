"""speed74's hot paths against the forms they replaced, and the whole run against a revision, as ratios in one run.

Default: on the first ``--rows`` of :func:`bench.relations_audit.eligible_rows`, written as they are (Simplified)
and through OpenCC ``s2tw`` (Traditional), in one process, alternated, best of ``--repeat``: the listed
companies' and known organisations' scans (``re``'s own ``finditer`` against :class:`~zhkg.text.WordScan`), and
every :class:`~zhkg.text.SpanIndex` operation of a real run (recorded once, then replayed on main's index, filled
at each ``add``, and on the index filled at its first question; the replay's own loop, on an index that does
nothing, is printed for scale), with the garbage collector off.

``--against REV``: ``bench.throughput.compare_with_posseg`` (the pipeline's characters per second over
jieba.posseg's, same text, same process) on the first 200 eligible rows, REV (``git archive``) and this checkout
alternated, ``--runs`` processes each; prints each ratio, the medians and the spreads, and the load average.

Run: ``python3 bench/hot_paths.py [--rows 100] [--repeat 7]`` or ``python3 bench/hot_paths.py --against main
[--runs 5]``. Session 33 (speed74).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: A child's measurement: zhkg from its PYTHONPATH, the bench helpers from this checkout.
_CHILD = """
import sys
sys.path.append(sys.argv[1])
from bench.common import corpus_rows
from bench.relations_audit import eligible_rows
from bench.throughput import compare_with_posseg
from zhkg.stages.read import RawDocument
from pathlib import Path
texts = corpus_rows(Path(sys.argv[2]))
ours, theirs = compare_with_posseg([RawDocument(f"thuc-{r:04d}", texts[r], {}) for r in eligible_rows(len(texts))[:200]])
print(ours / theirs)
"""


class MainIndex:
    """main's :class:`~zhkg.text.SpanIndex` before speed74 (2e29625b), verbatim: every mention indexed by character
    when it is added."""

    def __init__(self, mentions=()) -> None:
        self._at: dict[int, list] = {}
        add = self.add
        for m in mentions:
            add(m)

    def add(self, m) -> None:
        at = self._at
        get = at.get
        for i in range(m.start, m.end):
            here = get(i)
            if here is None:
                at[i] = [m]
            else:
                here.append(m)

    def overlapping(self, m) -> list:
        at = self._at
        span = range(m.start, m.end)
        if at.keys().isdisjoint(span):
            return []
        seen: dict[int, object] = {}
        for i in span:
            for other in at.get(i, ()):
                seen.setdefault(id(other), other)
        return list(seen.values())

    def overlaps(self, m) -> bool:
        return not self._at.keys().isdisjoint(range(m.start, m.end))


class _NoIndex:
    """An index that does nothing: the replay's own cost."""

    def __init__(self, mentions=()) -> None:
        pass

    def add(self, m) -> None:
        pass

    def overlapping(self, m) -> list:
        return []

    def overlaps(self, m) -> bool:
        return False


def _recorded(raws) -> list[tuple]:
    """Every SpanIndex operation of one ``run_corpus`` pass over ``raws``: ("new", mentions) or (what, index, m)."""
    from zhkg import text as T
    from zhkg.config import Config
    from zhkg.run.corpus import CorpusRun, run_corpus

    ops: list[tuple] = []
    made_so_far: list[int] = []
    made = {name: T.SpanIndex.__dict__[name] for name in ("__init__", "add", "overlapping", "overlaps")}

    def new(self, mentions=()):
        mentions = list(mentions)
        self._bench = len(made_so_far)
        made_so_far.append(self._bench)
        ops.append(("new", mentions, self._bench))
        made["__init__"](self, mentions)

    def asked(name):
        def ask(self, m):
            ops.append((name, self._bench, m))
            return made[name](self, m)
        return ask

    T.SpanIndex.__init__ = new
    for name in ("add", "overlapping", "overlaps"):
        setattr(T.SpanIndex, name, asked(name))
    try:
        run_corpus(raws, CorpusRun(Config(), jobs=1))
    finally:
        for name, function in made.items():
            setattr(T.SpanIndex, name, function)
    return ops


def _replay(ops: list[tuple], kind) -> float:
    made: dict[int, object] = {}
    t = time.perf_counter()
    for op in ops:
        if op[0] == "new":
            made[op[2]] = kind(op[1])
        elif op[0] == "add":
            made[op[1]].add(op[2])
        elif op[0] == "overlapping":
            made[op[1]].overlapping(op[2])
        else:
            made[op[1]].overlaps(op[2])
    return time.perf_counter() - t


def _scans(texts: list[str], scans, by_re: bool) -> float:
    """Seconds to run every scan over every text, by ``re``'s own ``finditer`` or by :class:`~zhkg.text.WordScan`."""
    from zhkg import text as T

    T._kept_positions.cache_clear()
    t = time.perf_counter()
    for text in texts:
        for scan in scans:
            for _ in (scan.pattern if by_re else scan).finditer(text):
                pass
    return time.perf_counter() - t


def paths(texts: list[str], rows: list[int], repeat: int) -> None:
    from zhkg import text as T
    from zhkg.extract.listed_companies import _scan
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.normalise import convert, normalise
    from zhkg.stages.read_files import RawDocument

    lexicon = load_lexicon()
    scans = (_scan(lexicon.dirs), lexicon.known_scan)
    for script in "st":
        raws = [RawDocument(f"{script}-{r}", texts[r] if script == "s" else convert(texts[r], "s2tw"), {}) for r in rows]
        simplified = [normalise(r.text).simplified for r in raws]

        ops = _recorded(raws)
        times: dict[str, list[float]] = {}
        gc.disable()
        try:
            for _ in range(repeat):
                for what, seconds in (("scans, re's finditer", _scans(simplified, scans, True)),
                                      ("scans, WordScan", _scans(simplified, scans, False)),
                                      ("SpanIndex, main's", _replay(ops, MainIndex)),
                                      ("SpanIndex, this checkout's", _replay(ops, T.SpanIndex)),
                                      ("SpanIndex, the replay's own loop", _replay(ops, _NoIndex))):
                    times.setdefault(what, []).append(seconds)
        finally:
            gc.enable()
        counts = {what: sum(1 for op in ops if op[0] == what) for what in ("new", "add", "overlapping", "overlaps")}
        print(f"== {'Simplified' if script == 's' else 'Traditional (s2tw)'}, {len(rows)} rows; SpanIndex operations {counts}")
        for what, seconds in times.items():
            print(f"  {1000 * min(seconds):8.1f} ms  {what}")


def against(rev: str, runs: int, data: Path) -> None:
    from bench import installed_env

    work = Path(tempfile.mkdtemp(prefix="zhkg-hot-paths-"))
    archive = subprocess.run(["git", "archive", rev, "pipeline"], check=True, capture_output=True, cwd=ROOT)
    subprocess.run(["tar", "-x", "-C", str(work)], input=archive.stdout, check=True)
    trees = {rev: work / "pipeline", "this checkout": ROOT / "pipeline"}
    ratios: dict[str, list[float]] = {name: [] for name in trees}
    for i in range(runs):
        print(f"load average {os.getloadavg()[0]:.2f}", flush=True)
        for name in (list(trees) if i % 2 == 0 else list(trees)[::-1]):
            out = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT), str(data)],
                                 env=installed_env(trees[name]), check=True, capture_output=True, text=True).stdout
            ratios[name].append(float(out.split()[-1]))
            print(f"  {name}: {ratios[name][-1]:.3f}", flush=True)
    print(f"load average {os.getloadavg()[0]:.2f}")
    for name, values in ratios.items():
        print(f"{name}: median {statistics.median(values):.3f} ({min(values):.3f}–{max(values):.3f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100, help="eligible rows for the paths (default 100)")
    parser.add_argument("--repeat", type=int, default=7, help="alternated repeats, the best kept (default 7)")
    parser.add_argument("--against", metavar="REV", help="the whole run's posseg ratio against REV instead")
    parser.add_argument("--runs", type=int, default=5, help="processes per tree with --against (default 5)")
    from bench.common import add_data_option, corpus_rows, shared_data

    add_data_option(parser)
    args = parser.parse_args()
    if args.rows < 1 or args.repeat < 1 or args.runs < 1:
        parser.error("--rows, --repeat and --runs take a positive number")
    data = shared_data(args.data)
    if args.against:
        against(args.against, args.runs, data)
        return 0
    from bench.relations_audit import eligible_rows

    texts = corpus_rows(data)
    paths(texts, eligible_rows(len(texts))[:args.rows], args.repeat)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "pipeline"))  # this checkout, not an installed copy
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
