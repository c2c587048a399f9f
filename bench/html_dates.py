"""What the page's date filter (page195) costs a dated page: its bytes and its render time, as ratios to the same
graph's page with no date.

The graph is the tests' made-up corpus (``tests/helpers.py``'s :func:`corpus_graph`: 810 nodes, 1,800 edges, drawn
as a 300-node page), its 150 documents given days of one year (a fixed seed), each edge its document's day. The
dated page carries the Dates box, its script and style, and each drawn edge's days; the undated page is what a page
was before the filter. Times are the median of ``--runs`` renders each, taken in turn.

Run: ``python3 bench/html_dates.py [--runs 5]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "pipeline"), str(ROOT / "tests")]  # this checkout, not an installed copy


def dated_copy(G, seed: int = 5):
    """``G`` with each document and its edges dated a day of 2024."""
    rng = random.Random(seed)
    H = G.copy()
    days = {}
    for _node, attrs in H.nodes(data=True):
        if attrs.get("type") == "DOCUMENT":
            days[attrs["doc_id"]] = attrs["date"] = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    for *_ends, attrs in H.edges(data=True):
        attrs["date"] = days[attrs["doc_id"]]
    return H


def main(runs: int) -> None:
    from helpers import corpus_graph

    from zhkg.export.html import render_html

    undated = corpus_graph()
    dated = dated_copy(undated)
    pages = {"undated": render_html(undated), "dated": render_html(dated)}  # a warm-up too
    times: dict[str, list[float]] = {"undated": [], "dated": []}
    for _ in range(runs):
        for name, G in (("undated", undated), ("dated", dated)):
            start = time.perf_counter()
            render_html(G)
            times[name].append(time.perf_counter() - start)
    size = {name: len(page.encode("utf-8")) for name, page in pages.items()}
    print(f"graph: {undated.number_of_nodes()} nodes, {undated.number_of_edges()} edges")
    print(f"page bytes: undated {size['undated']:,}, dated {size['dated']:,}, ratio {size['dated'] / size['undated']:.3f}")
    ratio = statistics.median(times["dated"]) / statistics.median(times["undated"])
    print(f"render time, dated / undated (median of {runs}): {ratio:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    main(parser.parse_args().runs)
