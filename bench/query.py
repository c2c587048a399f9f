"""``zhkg query`` on a large graph: the first question, later ones, and the whole-graph read it replaced.

The graph is synthetic: the graph of the first N THUCNews articles (default
1,000) copied ``--copies`` times (default 10) with every node id suffixed by its
copy, and two copies joined by an edge, so it has the size of a 10,000-article
graph (about 89,000 nodes and 140,000 edges) without running the pipeline on
10,000 articles. Each measurement is a fresh ``python -m zhkg query`` process
(start-up included) with a private cache folder:

* whole graph: ``load_graph(path)`` and one question, what every question cost before;
* first question: reads the GraphML once and builds the index;
* later questions: a name question, two pinyin questions, a path, a question after
  the file's times changed but not its bytes (hashed once), and one more.

Run: ``python3 bench/query.py [--docs N] [--copies K] [--corpus FILE | --graph FILE]``; ``--graph`` copies a graph
``zhkg extract`` wrote (of the eligible THUCNews rows, say) instead of running the pipeline on the first N articles.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import installed_env  # noqa: E402

sys.path[:0] = [str(ROOT), str(ROOT / "pipeline")]  # measure this checkout, not an installed copy

from bench.throughput import CORPUS, load  # noqa: E402


def build(docs: int, copies: int, corpus: Path, out: Path, graph: Path | None = None) -> tuple[int, int]:
    import networkx as nx

    from zhkg.config import Config
    from zhkg.export.graphml import write_graphml
    from zhkg.query.graph import load_graph
    from zhkg.run.corpus import CorpusRun, run_corpus

    one = load_graph(graph).G if graph else run_corpus(load(docs, corpus), CorpusRun(Config(), jobs=2)).graph
    big = nx.MultiDiGraph()
    for c in range(copies):
        suffix = "" if c == 0 else f"#{c}"
        for n, a in one.nodes(data=True):
            big.add_node(n + suffix, **a)
        for u, v, k, d in one.edges(keys=True, data=True):
            big.add_edge(u + suffix, v + suffix, key=k + suffix, **{**d, "id": str(d.get("id", k)) + suffix})
    write_graphml(big, out)
    return big.number_of_nodes(), big.number_of_edges()


def timed(*args: str, env: dict[str, str], touch: Path | None = None) -> float:
    if touch is not None:
        os.utime(touch)
        time.sleep(2.1)  # out of the index's racy window, as a later question would be
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], capture_output=True, env=env, cwd=ROOT)  # "no path" is an answer too
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="THUCNews-layout TSV (default: %(default)s)")
    parser.add_argument("--graph", type=Path, default=None,
                        help="copy this graph (a zhkg extract's .graphml) instead of running the pipeline on --corpus")
    args = parser.parse_args()
    source = args.graph or args.corpus
    if not source.is_file():
        sys.exit(f"Error: {source} not found; pass --corpus FILE or --graph FILE")
    work = Path(tempfile.mkdtemp(prefix="zhkg-query-"))
    path = work / "big.graphml"
    nodes, edges = build(args.docs, args.copies, args.corpus, path, args.graph)
    env = installed_env(ROOT / "pipeline", ZHKG_CACHE_DIR=str(work / "cache"))
    whole = timed("-c", f"from zhkg.query.graph import load_graph; load_graph({str(path)!r}).people_of('国务院')",
                  env=env)
    query = ["-m", "zhkg", "query", str(path)]
    rows = [
        ("whole graph read, then people-of 国务院 (before)", whole),
        ("first question: people-of 国务院, index built (with every name's pinyin)",
         timed(*query, "people-of", "国务院", env=env)),
        ("next question: roles-of 习近平", timed(*query, "roles-of", "习近平", env=env)),
        ("next question: find Xi Jinping", timed(*query, "find", "Xi", "Jinping", env=env)),
        ("next question: find Li Keqiang", timed(*query, "find", "Li", "Keqiang", env=env)),
        ("next question: find hu (every name the start begins, ranked by syllables)", timed(*query, "find", "hu", env=env)),
        ("next question: find Yao", timed(*query, "find", "Yao", env=env)),
        ("next question: path 习近平 北京市", timed(*query, "path", "习近平", "北京市", env=env)),
        ("next question after `touch` (same bytes: hashed once, not re-read)",
         timed(*query, "roles-of", "李克强", env=env, touch=path)),
        ("next question: roles-of 李克强", timed(*query, "roles-of", "李克强", env=env)),
        ("python -c pass (interpreter start-up alone)", timed("-c", "pass", env=env)),
    ]
    of = f"{args.graph}" if args.graph else f"the graph of {args.docs:,} articles"
    print(f"GraphML {path.stat().st_size / 1e6:.0f} MB, {nodes:,} nodes, {edges:,} edges ({args.copies} copies of {of})\n")
    print("| question (fresh process each) | seconds | vs whole graph |\n| --- | ---: | ---: |")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} | {seconds / whole:.2f} |")


if __name__ == "__main__":
    main()
