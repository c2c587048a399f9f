"""Co-mentions on a corpus: edges by kind with and without them, and what the HTML page draws.

Runs the first ``--articles`` rows of a TSV corpus a bench may read (default the first 100 eligible
THUCNews articles, :func:`bench.common.eligible_corpus`; the first 100 rows, eligible or not, until speed220) once, then builds the graph with co-mentions off and on (one run of
the readers, so the numbers compare like with like), and for each reports the
edges by kind, the page's drawn nodes with no drawn edge, and the drawn entities
with no drawn edge to another entity (what a reader sees with MENTIONED_IN
unticked).

Run: ``python3 bench/comentions.py [--corpus FILE] [--articles N] [--text-column COL] [--max-nodes N]``.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import eligible_tsv  # noqa: E402
from zhkg.config import Config  # noqa: E402
from zhkg.export.html import top_nodes  # noqa: E402
from zhkg.records import RelationKind  # noqa: E402
from zhkg.run.pipeline import Pipeline, assemble  # noqa: E402
from zhkg.stages.read import read_inputs  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "thucnews_1000.tsv"
_ATTACHED = ("DOCUMENT", "COUNT")


def page_numbers(G, max_nodes: int) -> tuple[int, int, int]:
    """Drawn nodes, drawn nodes with no drawn edge, drawn entities with no drawn edge to another entity."""
    H = G.subgraph(top_nodes(G, max_nodes))
    entities = {n for n, a in H.nodes(data=True) if a.get("type") not in _ATTACHED}
    touched, linked = set(), set()
    for u, v in H.edges():
        if u != v:
            touched |= {u, v}
            if u in entities and v in entities:
                linked |= {u, v}
    return H.number_of_nodes(), H.number_of_nodes() - len(touched), len(entities - linked)


def main(corpus: Path, articles: int, text_column: str, max_nodes: int) -> None:
    config = Config()
    pipeline = Pipeline(config)
    eligible = eligible_tsv(corpus, Path(tempfile.mkdtemp(prefix="zhkg-comentions-")) / corpus.name, articles)
    raws = list(itertools.islice(read_inputs([str(eligible)], text_column=text_column), articles))
    results = pipeline.process_documents([d for raw in raws for d in pipeline.documents_of(raw)])
    without = [replace(r, relations=tuple(x for x in r.relations if x.kind is not RelationKind.CO_MENTIONED))
               for r in results]
    print(f"{len(raws)} articles of {corpus.name}; co_mention_min_weight {config.co_mention_min_weight}, "
          f"co_mention_window {config.co_mention_window}; page of {max_nodes} nodes")
    print("| co-mentions | edges | by kind | drawn | drawn with no edge | drawn entities with no entity edge |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, rs in (("off", without), ("sentence", results)):
        G = assemble(rs, pipeline.gazetteer, config=config).graph
        kinds = Counter(d["label"] for *_, d in G.edges(data=True))
        drawn, lonely, unlinked = page_numbers(G, max_nodes)
        listed = ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds))
        print(f"| {name} | {G.number_of_edges()} | {listed} | {drawn} | {lonely} | {unlinked} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a TSV corpus (default: %(default)s)")
    parser.add_argument("--articles", type=int, default=100, help="rows read (default: %(default)s)")
    parser.add_argument("--text-column", default="2", help="the text's column (default: %(default)s)")
    parser.add_argument("--max-nodes", type=int, default=300, help="nodes the page draws (default: %(default)s)")
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"Error: {args.corpus} not found; pass --corpus FILE")
    main(args.corpus, args.articles, args.text_column, args.max_nodes)
