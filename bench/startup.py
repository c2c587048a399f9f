"""The fixed cost: one seed article end to end, in a fresh process, as a user runs it.

Times ``python -m zhkg extract seeds/000_e88b616f19a6a93b.txt -o TMP`` (GraphML and
HTML written; start-up and exit included) several times and reports the median,
beside ``python -c pass`` (the interpreter alone) in the same run. The first run
fills zhkg's private cache folder (the recogniser's tables, jieba's dictionary
cache); later runs are what a user sees from the second run on. With
``--against REV`` the same is timed for the checkout's ``pipeline/`` at git
revision REV (extracted with ``git archive``), for a before/after ratio under the
same load, the runs of the two interleaved. The machine's load changes seconds, not much the ratios.

Run: ``python3 bench/startup.py [--runs N] [--against REV]``.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import installed_env  # noqa: E402

SEED = ROOT / "seeds" / "000_e88b616f19a6a93b.txt"


def seconds(args: list[str], source: Path, cache: Path) -> float:
    env = installed_env(source, ZHKG_CACHE_DIR=str(cache))
    out = tempfile.mkdtemp(prefix="zhkg-startup-")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, *[a.replace("OUT", out) for a in args]], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=out)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return elapsed


#: CPU seconds (user + system) of each run, in the order of the calls: steadier than wall time on a busy machine.
CPU: list[float] = []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", metavar="REV", help="also time pipeline/ at this git revision")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="zhkg-startup-"))
    sources = {"this checkout": ROOT / "pipeline"}
    if args.against:
        old = work / "old"
        old.mkdir()
        archive = subprocess.run(["git", "archive", args.against, "pipeline"], check=True, capture_output=True, cwd=ROOT)
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
        sources[f"revision {args.against}"] = old / "pipeline"
    extract = ["-m", "zhkg", "extract", str(SEED), "-o", "OUT"]
    caches = {name: work / f"cache-{i}" for i, name in enumerate(sources)}
    firsts = {name: seconds(extract, source, caches[name]) for name, source in sources.items()}
    later: dict[str, list[float]] = {name: [] for name in sources}
    cpu: dict[str, list[float]] = {name: [] for name in sources}
    for _ in range(args.runs):  # interleaved, so a change in the machine's load falls on both alike
        for name, source in sources.items():
            later[name].append(seconds(extract, source, caches[name]))
            cpu[name].append(CPU[-1])
    rows = [(name, firsts[name], statistics.median(later[name])) for name in sources]
    bare = statistics.median(seconds(["-c", "pass"], ROOT, work) for _ in range(args.runs))
    print("| code | first run (s) | later runs, median (s) | later / python -c pass |")
    print("| --- | ---: | ---: | ---: |")
    for name, first, later in rows:
        print(f"| {name} | {first:.2f} | {later:.2f} | {later / bare:.1f} |")
    print(f"| python -c pass | | {bare:.2f} | 1.0 |")
    names = list(sources)
    print("\nCPU seconds (user + system) of the later runs, median: "
          + ", ".join(f"{name} {statistics.median(cpu[name]):.2f}" for name in names))
    if len(rows) == 2:
        print(f"\nseed end to end, this checkout / {rows[1][0]}: {rows[0][2] / rows[1][2]:.2f} wall, "
              f"{statistics.median(cpu[names[0]]) / statistics.median(cpu[names[1]]):.2f} CPU")


if __name__ == "__main__":
    main()
