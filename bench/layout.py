"""The starting layout's share of a whole run, at several corpus sizes.

For each size (the first N THUCNews articles), in this process after a warm-up
that loads the models: the seconds to extract (one process), to lay out the
graph (:func:`zhkg.export.layout.layout_positions`) and to write GraphML and the
HTML page (the GraphML writer lays out again, so the layout counts twice in
"write" and its share below is an upper bound). The issue's target is a layout
of at most 10 % of the run at every size.

Run: ``python3 bench/layout.py [N ...] [--corpus FILE]`` (default 20 180 1000).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "pipeline")]  # measure this checkout, not an installed copy

from bench.throughput import CORPUS, load  # noqa: E402


def main(sizes: list[int], corpus: Path) -> None:
    from zhkg.config import Config
    from zhkg.export.graphml import write_graphml
    from zhkg.export.html import write_html
    from zhkg.export.layout import layout_positions
    from zhkg.run.corpus import CorpusRun, run_corpus

    raws = load(max(sizes), corpus)
    run_corpus(raws[:2], CorpusRun(Config(), jobs=1))  # warm-up
    layout_positions(__import__("networkx").path_graph(3))  # and the layout's import
    out = Path(tempfile.mkdtemp(prefix="zhkg-layout-"))
    print("| articles | nodes | edges | extract (s) | layout (s) | write GraphML + HTML (s) | layout / run |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in sizes:
        t = time.perf_counter()
        G = run_corpus(raws[:n], CorpusRun(Config(), jobs=1)).graph
        extract = time.perf_counter() - t
        t = time.perf_counter()
        layout_positions(G)
        layout = time.perf_counter() - t
        t = time.perf_counter()
        write_graphml(G, out / "g.graphml")
        write_html(G, out / "g.html")
        write = time.perf_counter() - t
        share = layout / (extract + write)
        print(f"| {n:,} | {G.number_of_nodes():,} | {G.number_of_edges():,} | {extract:.2f} | {layout:.2f} | "
              f"{write:.2f} | {share:.1%} |", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[20, 180, 1000], help="numbers of articles")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="THUCNews-layout TSV (default: %(default)s)")
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"Error: {args.corpus} not found; pass --corpus FILE")
    main(args.sizes, args.corpus)
