"""Peak memory of a resumed ``--work-dir`` run with ``--mentions`` whose stored results are scattered.

A resumed run hands its results on in input order when the order shows (the mentions file): a stored result read
while a document before it still needs work waits for that document. When the document that needs work comes first
(one article edited, a run resumed whose first batch was lost), every stored result after it waits. This script
fills a work directory with one uninterrupted run of the first N eligible THUCNews rows
(``bench.relations_audit.eligible_rows(1000)``), then resumes it, each time in a fresh process, on the first n of
those rows (each n of ``--sizes``), with one stored result removed: the first document's (everything after it
waits) and the last one's (the control: a finished stretch at the start, nothing waits). It prints each process's
peak RSS (``os.wait4``), the ratio of the resumed runs' peaks to the uninterrupted run's, and how much more the
scattered run holds than the control: before session 32's review54 that grew with n.

Run: ``python3 bench/resume_memory.py [--rows 100] [--sizes 50 100] [--data DIR]`` (``--jobs 1``; about a minute).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy

from bench.common import add_data_option, corpus_rows, shared_data  # noqa: E402
from bench.relations_audit import eligible_rows  # noqa: E402


def peak_rss(args: list[str]) -> int:
    """Run ``python -m zhkg extract ARGS`` in a fresh process; its peak RSS in KiB (an error ends the script)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "pipeline"))
    process = subprocess.Popen([sys.executable, "-m", "zhkg", "extract", *args, "--jobs", "1", "--no-progress"],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        sys.exit(f"Error: zhkg extract {' '.join(args)} failed: {process.stderr.read().decode()}")
    process.stderr.close()
    return usage.ru_maxrss


def write_corpus(folder: Path, texts: list[str]) -> Path:
    """``texts`` as ``folder/corpus.tsv`` (a header, then category-less rows): the same ids whatever the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "corpus.tsv"
    path.write_text("text\n" + "".join(t.replace("\t", " ") + "\n" for t in texts), encoding="utf-8")
    return path


def stored_ids(work: Path) -> dict[str, Path]:
    """The stored result file of each document id in the work directory ``work``."""
    found = {}
    for path in work.rglob("*.json"):
        found[json.loads(path.read_text(encoding="utf-8"))["document"]["id"]] = path
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100, help="eligible rows in the filled work directory")
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100], help="corpus sizes resumed (≤ --rows)")
    add_data_option(parser)
    args = parser.parse_args()
    texts = corpus_rows(shared_data(args.data))
    chosen = [texts[r] for r in eligible_rows(1000)[: args.rows]]
    with tempfile.TemporaryDirectory(prefix="resume_memory.") as tmp:
        root = Path(tmp)
        filled = root / "work"
        full = peak_rss([str(write_corpus(root / "full", chosen)), "-o", str(root / "out"), "--work-dir", str(filled),
                         "--mentions", str(root / "out" / "m.jsonl")])
        print(f"uninterrupted run, {args.rows} documents: peak RSS {full / 1024:,.1f} MiB")
        print("documents  resumed, first result missing  resumed, last result missing  extra (MiB)")
        for n in args.sizes:
            corpus = write_corpus(root / f"n{n}", chosen[:n])
            ids = sorted(i for i in stored_ids(filled) if int(i.rsplit("-", 1)[1]) <= n + 1)
            ids.sort(key=lambda i: int(i.rsplit("-", 1)[1]))
            peaks = []
            for missing in (ids[0], ids[-1]):
                work = root / f"work-{n}"
                shutil.rmtree(work, ignore_errors=True)
                shutil.copytree(filled, work)
                stored_ids(work)[missing].unlink()
                peaks.append(peak_rss([str(corpus), "-o", str(root / f"out-{n}"), "--work-dir", str(work),
                                       "--mentions", str(root / f"out-{n}" / "m.jsonl")]))
            print(f"{n:>9}  {peaks[0] / 1024:>10,.1f} MiB ({peaks[0] / full:.3f}x)  "
                  f"{peaks[1] / 1024:>12,.1f} MiB ({peaks[1] / full:.3f}x)  {(peaks[0] - peaks[1]) / 1024:>10,.1f}")


if __name__ == "__main__":
    main()
