"""Throughput and memory of corpus runs on THUCNews (../shared/data/corpus/thucnews_1000.tsv).

Reads only the rows a bench may read (:func:`bench.common.eligible_corpus`: no reserved row, none a gold file keeps
unseen): "the first N documents" are the first N such rows, so ``--docs`` above 715 runs all 715. Until session 49
(speed220) it read the first N rows, eligible or not (62 of the first 200 were not): readings before then are of
other documents and do not compare with later ones.

Reports, from one invocation on this machine:

* characters per second of the full pipeline, one process, and jieba.posseg alone on
  the same text in the same process (the ratio is what matters, not the seconds); the
  same ratio on one-sentence documents, when the MSRA data sits beside the corpus;
* the speed-up of ``--jobs 2`` over ``--jobs 1`` (after one warm-up that loads the model, so
  both time the documents, not the start-up);
* peak resident memory of a whole run at 100 and at ``--docs`` documents (each in a fresh
  subprocess, read from ``ru_maxrss``);
* the time to write GraphML and HTML for the merged ``--docs``-document graph.

Run: ``python3 bench/throughput.py [--docs N] [--corpus FILE] [--msra FILE]``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "pipeline"
sys.path.insert(0, str(SRC))  # measure this checkout, not an installed copy of the package
sys.path.insert(0, str(ROOT))  # bench.common
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "thucnews_1000.tsv"
MSRA = ROOT.parent / "shared" / "data" / "ner" / "msra" / "train.bio"


def load(n: int, corpus: Path = CORPUS):
    """The first ``n`` rows of ``corpus`` a bench may read (:func:`bench.common.eligible_corpus`), as documents."""
    from bench.common import eligible_corpus
    from zhkg.stages.read_files import RawDocument

    return [RawDocument(f"thuc-{row:04d}", text, {"category": category})
            for row, category, text in eligible_corpus(corpus, n)]


def run(n: int, jobs: int, corpus: str | Path = CORPUS) -> dict:
    """One corpus run; returns its timings (used in a subprocess for memory)."""
    from zhkg.config import Config
    from zhkg.export.graphml import write_graphml
    from zhkg.export.html import write_html
    from zhkg.run.corpus import CorpusRun, run_corpus

    raws = load(n, Path(corpus))
    chars = sum(len(r.text) for r in raws)
    # load the model, dictionaries and gazetteer once before timing, as a long run amortises them;
    # the pool's workers inherit them (fork), so both timings are of steady-state work
    run_corpus(raws[:2], CorpusRun(Config(), jobs=1))
    start = time.perf_counter()
    result = run_corpus(raws, CorpusRun(Config(), jobs=jobs))
    extract = time.perf_counter() - start
    out = Path("/tmp/zhkg-bench")
    t = time.perf_counter()
    write_graphml(result.graph, out / "corpus.graphml")
    graphml = time.perf_counter() - t
    t = time.perf_counter()
    write_html(result.graph, out / "corpus.html")
    html = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"docs": len(raws), "jobs": jobs, "chars": chars, "extract_s": extract, "graphml_s": graphml, "html_s": html,
            "peak_mb": max(peak_mb, children), "nodes": result.graph.number_of_nodes(),
            "edges": result.graph.number_of_edges()}


def in_subprocess(n: int, jobs: int, corpus: Path = CORPUS) -> dict:
    code = (f"import json, sys; sys.path[:0] = [{str(ROOT)!r}, {str(SRC)!r}]; from bench.throughput import run; "
            f"print(json.dumps(run({n}, {jobs}, {str(corpus)!r})))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def compare_with_posseg(raws) -> tuple[float, float]:
    """Characters per second of the pipeline (one process) and of jieba.posseg, same text, same process."""
    import jieba
    import jieba.posseg as pseg

    from zhkg.config import Config
    from zhkg.run.corpus import CorpusRun, run_corpus

    chars = sum(len(r.text) for r in raws)
    jieba.initialize()
    run_corpus(raws[:5], CorpusRun(Config(), jobs=1))  # load everything before timing
    t = time.perf_counter()
    run_corpus(raws, CorpusRun(Config(), jobs=1))
    ours = chars / (time.perf_counter() - t)
    t = time.perf_counter()
    for r in raws:
        list(pseg.cut(r.text))
    theirs = chars / (time.perf_counter() - t)
    return ours, theirs


def posseg_ratio(n: int, corpus: Path = CORPUS) -> tuple[float, float]:
    """:func:`compare_with_posseg` on the first ``n`` eligible THUCNews articles."""
    return compare_with_posseg(load(n, corpus))


def short_ratio(n: int, msra: Path = MSRA) -> tuple[float, float]:
    """:func:`compare_with_posseg` on one-sentence documents: the first ``n`` of the MSRA development split."""
    from zhkg.ner.bio import read_bio, split_dev
    from zhkg.stages.read_files import RawDocument

    return compare_with_posseg([RawDocument(f"s{i}", s.text) for i, s in enumerate(split_dev(read_bio(msra))[1][:n])])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="eligible rows run (default %(default)s: all 715)")
    parser.add_argument("--ratio-docs", type=int, default=200, help="documents for the posseg comparison")
    parser.add_argument("--corpus", type=Path, default=CORPUS,
                        help="THUCNews-layout TSV, category<TAB>text a line (default: %(default)s)")
    parser.add_argument("--msra", type=Path, default=MSRA,
                        help="MSRA train.bio for the one-sentence comparison, skipped if absent (default: %(default)s)")
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"Error: {args.corpus} not found; pass --corpus FILE (THUCNews TSV, kept in ../shared beside the checkout)")

    ours, theirs = posseg_ratio(args.ratio_docs, args.corpus)
    short = short_ratio(1500, args.msra) if args.msra.is_file() else None
    one = in_subprocess(args.docs, 1, args.corpus)
    two = in_subprocess(args.docs, 2, args.corpus)
    small = in_subprocess(100, 1, args.corpus)
    rows = [
        ("full pipeline, 1 process (chars/s)", f"{ours:,.0f}"),
        ("jieba.posseg alone, same text (chars/s)", f"{theirs:,.0f}"),
        ("ratio pipeline / posseg", f"{ours / theirs:.2f}"),
        *([("ratio on one-sentence documents (1,500 of the MSRA dev split)", f"{short[0] / short[1]:.2f}")]
          if short else []),
        (f"--jobs 1, {one['docs']} docs (s)", f"{one['extract_s']:.1f}"),
        (f"--jobs 2, {two['docs']} docs (s)", f"{two['extract_s']:.1f}"),
        ("speed-up of --jobs 2", f"{one['extract_s'] / two['extract_s']:.2f}"),
        ("peak memory, 100 docs (MB)", f"{small['peak_mb']:.0f}"),
        (f"peak memory, {one['docs']} docs (MB)", f"{one['peak_mb']:.0f}"),
        ("memory ratio", f"{one['peak_mb'] / small['peak_mb']:.2f}"),
        (f"write GraphML, {one['nodes']} nodes / {one['edges']} edges (s)", f"{one['graphml_s']:.2f}"),
        ("write HTML (s)", f"{one['html_s']:.2f}"),
    ]
    print("| measure | value |\n| --- | --- |")
    for k, v in rows:
        print(f"| {k} | {v} |")


if __name__ == "__main__":
    main()
