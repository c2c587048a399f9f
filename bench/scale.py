"""Corpus runs at growing sizes: documents per second, peak memory and output sizes.

The corpus is synthetic beyond the 715 THUCNews articles a bench may read (every one of the 1,000 rows until
speed220, :func:`bench.common.eligible_corpus`): every article is
split into sentences, and article k of a synthetic corpus is 1 + k mod 30
sentences drawn (seeded) from the whole pool, with the category of the article
its first sentence came from. Synthetic articles are as varied in names as the
real ones only in what they recombine, so the graph grows more slowly with
documents than a real corpus's would; say so when quoting the numbers.

Each size is one ``python -m zhkg extract FILE.tsv --text-column 2 --jobs J``
process (start-up and writing included) writing GraphML and the HTML page. Peak
memory is sampled from /proc every 0.1 s: the parent alone and the sum over the
parent and its workers (RSS, which counts the pages a forked process still shares
with its parent once in each process), and every 0.5 s the sum of their
proportional set sizes (PSS: a shared page counted once across them, the memory
the run really takes from the machine). CPU seconds (user + system) are the whole process tree's
(from the kernel's accounting of waited-for children) and the parent's alone
(sampled from /proc, so up to 0.1 s short); on a busy machine they explain a run
better than its seconds.

Several ``--jobs`` values (``--jobs 1 2``) run one after the other for each size,
``--repeat`` times interleaved, and the table ends with the speed-up of each over
the first, from the median seconds: the ratio the README quotes, measured in one run.
PSS is sampled in the first round only ("–" in the others): reading it makes the
kernel walk every page of every process (about 5 ms each, twice a second), which a
run keeping both cores busy pays for and a run leaving one idle does not. With
``--repeat`` above 1 the speed-ups come from the other rounds, timed without it.

The last line projects peak memory (of the first ``--jobs`` value) to 100,000 and
1,000,000 articles along a straight line through the two largest sizes (the graph
of a synthetic corpus grows more slowly than a real one's, so the projection is a
lower bound).

Run: ``python3 bench/scale.py [N ...] [--jobs J ...] [--repeat R] [--corpus FILE] [--against REV]``
(default 1000 10000, --jobs 2; ``--against REV`` runs ``pipeline/`` at git revision REV, for a baseline).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import installed_env  # noqa: E402
from bench.common import eligible_corpus  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "thucnews_1000.tsv"
_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”」]?|[^。！？]+$")


def synthesise(n: int, corpus: Path, out: Path) -> int:
    """Write ``n`` articles to ``out`` (the real ones first, then recombined ones); returns their characters."""
    rows = [(category, text) for _, category, text in eligible_corpus(corpus)]
    pool = [(category, s) for category, text in rows for s in _SENTENCE.findall(text) if s.strip()]
    rng = random.Random(12)
    chars = 0
    with out.open("w", encoding="utf-8") as fh:
        for k in range(n):
            if k < len(rows):
                category, text = rows[k]
            else:
                picked = [rng.choice(pool) for _ in range(1 + k % 30)]
                category, text = picked[0][0], "".join(s for _, s in picked)
            chars += len(text)
            fh.write(f"{category}\t{text}\n")
    return chars


def _tree(pid: int) -> list[int]:
    pids = [pid]
    for p in pids:
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    pids.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return pids


def _proc_mb(pid: int, file: str, field: str) -> float:
    """A ``field:`` line of ``/proc/PID/FILE`` (in kB) in MB; 0 when the process is gone."""
    try:
        with open(f"/proc/{pid}/{file}") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _rss_mb(pid: int) -> float:
    return _proc_mb(pid, "status", "VmRSS:")


def _pss_mb(pid: int) -> float:
    """Proportional set size: pages shared with forked processes counted once across them (RSS counts them in each)."""
    return _proc_mb(pid, "smaps_rollup", "Pss:")


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of one process so far (its own, not its children's)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def run(tsv: Path, out: Path, jobs: int, source: Path = ROOT / "pipeline", *, pss: bool = True) -> dict:
    """One run, its peak memory sampled; ``pss=False`` leaves out the proportional set sizes, whose reads
    cost the kernel a walk of every page (5 ms a process here): a run that keeps both cores busy pays for
    them, and one that leaves a core idle does not, so speed-ups are timed without them."""
    cmd = [sys.executable, "-m", "zhkg", "extract", str(tsv), "--text-column", "2", "--jobs", str(jobs),
           "-o", str(out), "--no-progress"]
    env = installed_env(source)
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = {"parent": 0.0, "total": 0.0, "pss": 0.0 if pss else float("nan"), "parent_cpu": 0.0}

    def sample() -> None:
        n = 0
        while proc.poll() is None:
            peak["parent"] = max(peak["parent"], _rss_mb(proc.pid))
            peak["total"] = max(peak["total"], sum(_rss_mb(p) for p in _tree(proc.pid)))
            if pss and n % 5 == 0:  # the kernel walks every page for PSS: twice a second is enough
                peak["pss"] = max(peak["pss"], sum(_pss_mb(p) for p in _tree(proc.pid)))
            peak["parent_cpu"] = _cpu_seconds(proc.pid) or peak["parent_cpu"]
            n += 1
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if proc.returncode != 0:
        raise SystemExit(f"Error: zhkg extract failed: {err.strip().splitlines()[-1] if err.strip() else proc.returncode}")
    sizes = {p.suffix: p.stat().st_size / 1e6 for p in out.iterdir()}
    return {"seconds": seconds, "cpu": cpu, "load": load, **peak, "graphml_mb": sizes.get(".graphml", 0), "html_mb": sizes.get(".html", 0),
            "summary": err.strip().splitlines()[0] if err.strip() else ""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000], help="numbers of articles")
    parser.add_argument("--jobs", type=int, nargs="+", default=[2], help="one or more worker counts (--jobs 1 2)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each --jobs value, interleaved (median kept)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="THUCNews-layout TSV (default: %(default)s)")
    parser.add_argument("--against", metavar="REV", help="run pipeline/ at this git revision instead (a baseline)")
    parser.add_argument("--keep", action="store_true", help="keep the corpora and outputs (a temporary folder, named)")
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"Error: {args.corpus} not found; pass --corpus FILE")
    work = Path(tempfile.mkdtemp(prefix="zhkg-scale-"))
    try:
        source = ROOT / "pipeline"
        if args.against:
            archive = subprocess.run(["git", "archive", args.against, "pipeline"], check=True, capture_output=True, cwd=ROOT)
            subprocess.run(["tar", "-x", "-C", str(work)], input=archive.stdout, check=True)
            source = work / "pipeline"
        print(f"{'revision ' + args.against if args.against else 'this checkout'}, {os.cpu_count()} cores\n")
        print("| articles | characters | --jobs | seconds | docs/s | CPU s all | CPU s parent | load avg | "
              "peak RSS parent (MB) | peak RSS all (MB) | peak PSS all (MB) | GraphML (MB) | HTML (MB) |\n"
              "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        measured = []
        first_runs: dict[int, dict] = {}
        for n in args.sizes:
            tsv = work / f"corpus{n}.tsv"
            chars = synthesise(n, args.corpus, tsv)
            seconds: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
            for attempt in range(args.repeat):
                for jobs in args.jobs:
                    out = work / f"out{n}-{jobs}-{attempt}"
                    out.mkdir()
                    # PSS in the first round only (every round when there is one): the others are timed unperturbed
                    r = run(tsv, out, jobs, source, pss=attempt == 0)
                    if attempt > 0 or args.repeat == 1:
                        seconds[jobs].append(r["seconds"])
                    if jobs == args.jobs[0] and attempt == 0:
                        first_runs[n] = r
                    print(f"| {n:,} | {chars:,} | {jobs} | {r['seconds']:.1f} | {n / r['seconds']:.1f} | {r['cpu']:.1f} | "
                          f"{r['parent_cpu']:.1f} | {r['load']:.1f} | {r['parent']:.0f} | {r['total']:.0f} | {_mb(r['pss'])} | "
                          f"{r['graphml_mb']:.1f} | {r['html_mb']:.1f} |", flush=True)
                    print(f"<!-- {r['summary']} -->", flush=True)
            first = args.jobs[0]
            measured.append((n, first_runs[n]))
            graphs = {(work / f"out{n}-{jobs}-0" / f"corpus{n}.graphml").read_bytes() for jobs in args.jobs}
            if len(args.jobs) > 1:
                print(f"\nGraphML the same for every --jobs: {'yes' if len(graphs) == 1 else 'NO'}", flush=True)
            for jobs in args.jobs[1:]:
                ratio = statistics.median(seconds[first]) / statistics.median(seconds[jobs])
                timed = "" if args.repeat == 1 else f" of the {args.repeat - 1} rounds without PSS sampling"
                print(f"\n{n:,} articles: --jobs {jobs} is {ratio:.2f}x --jobs {first} (median seconds{timed})", flush=True)
        print(projection(measured))
    finally:
        if args.keep:
            print(f"\nkept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)  # a 100,000-article run leaves 1.8 GB


def _mb(value: float) -> str:
    """A table cell of megabytes; "–" for a figure not measured in that run.

    >>> _mb(523.4), _mb(float("nan"))
    ('523', '–')
    """
    return "–" if value != value else f"{value:.0f}"


def projection(measured: list[tuple[int, dict]], at: tuple[int, ...] = (100_000, 1_000_000)) -> str:
    """Peak memory projected to larger corpora: a straight line through the two largest sizes measured.

    >>> projection([(1000, {"parent": 400.0, "total": 1000.0}), (2000, {"parent": 450.0, "total": 1100.0})], (10000,))
    '\\nprojected (linear through 1,000 and 2,000 articles): 10,000: parent 850 MB, all 1,900 MB'
    """
    if len(measured) < 2:
        return ""
    (n1, r1), (n2, r2) = sorted(measured, key=lambda m: m[0])[-2:]
    if n2 == n1:
        return ""

    def line(key: str, n: int) -> float:
        return r2[key] + (r2[key] - r1[key]) / (n2 - n1) * (n - n2)

    parts = [f"{n:,}: parent {line('parent', n):,.0f} MB, all {line('total', n):,.0f} MB" for n in at]
    return f"\nprojected (linear through {n1:,} and {n2:,} articles): " + "; ".join(parts)


if __name__ == "__main__":
    main()
