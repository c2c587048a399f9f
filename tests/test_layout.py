"""The starting layout is the same for the same graph, whatever the insertion order."""

import subprocess
import sys
import textwrap
from pathlib import Path

import networkx as nx
import pytest

from zhkg.export.layout import layout_positions

SEED_GRAPH = Path(__file__).resolve().parents[1] / "graphs" / "000_e88b616f19a6a93b.graphml"


def test_layout_is_deterministic_and_order_free():
    G = nx.read_graphml(SEED_GRAPH, force_multigraph=True)
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(G.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    first = layout_positions(G)
    assert first == layout_positions(G) == layout_positions(shuffled)
    assert set(first) == set(G.nodes)


def test_layout_spreads_nodes_within_the_scale():
    G = nx.read_graphml(SEED_GRAPH, force_multigraph=True)
    pos = layout_positions(G, scale=500.0)
    assert all(abs(x) <= 500.0 and abs(y) <= 500.0 for x, y in pos.values())
    assert len(set(pos.values())) == len(pos), "no two nodes on the same spot"
    assert max(abs(v) for xy in pos.values() for v in xy) > 400.0


def test_empty_and_single_node_graphs():
    assert layout_positions(nx.Graph()) == {}
    assert layout_positions(nx.Graph([("a", "a")])) == {"a": (0.0, 0.0)}


def test_a_graph_of_2000_nodes_lays_out_without_scipy():
    # networkx's spring_layout needs scipy from 500 nodes; a fresh install has none
    code = textwrap.dedent("""
        import sys
        sys.modules["scipy"] = None  # any import of scipy now fails
        import networkx as nx
        from zhkg.export.layout import layout_positions
        G = nx.MultiDiGraph()
        for i in range(2000):
            G.add_edge(f"n{i}", f"n{(i * 7 + 1) % 2000}")
            G.add_edge(f"n{i}", f"hub{i % 40}")
        pos = layout_positions(G)
        assert len(pos) == G.number_of_nodes() == 2040, len(pos)
        assert all(abs(x) <= 1000 and abs(y) <= 1000 for x, y in pos.values())
        assert pos == layout_positions(G.reverse())
        print(len(set(pos.values())))
        """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 2000 * 0.99, "nodes are spread out"


def test_the_seed_changes_the_layout_and_the_same_seed_repeats_it():
    G = nx.path_graph([f"n{i}" for i in range(30)])
    assert layout_positions(G, seed=1) == layout_positions(G, seed=1) != layout_positions(G, seed=2)


def test_matplotlib_stays_importable_after_a_layout():
    pytest.importorskip("matplotlib")
    code = textwrap.dedent("""
        import networkx as nx
        from zhkg.export.layout import layout_positions
        layout_positions(nx.path_graph(["a", "b", "c"]))
        import matplotlib.pyplot
        print("ok")
        """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


def _corpus_like(docs: int, hubs: int, islands: int) -> nx.MultiDiGraph:
    """Documents mentioning hubs (one very popular) and leaf entities, plus small parts joined to nothing else."""
    G = nx.MultiDiGraph()
    for d in range(docs):
        G.add_edge(f"hub{d % hubs}", f"doc{d}")
        G.add_edge("hub0", f"doc{d}")
        G.add_edge(f"leaf{d}", f"doc{d}")
    for i in range(islands):
        G.add_edge(f"island{i}a", f"island{i}b")
    return G


def test_past_the_core_nodes_are_placed_beside_their_neighbours(monkeypatch):
    import math

    import zhkg.export.layout as layout

    monkeypatch.setattr(layout, "CORE_NODES", 60)
    G = _corpus_like(docs=300, hubs=12, islands=5)
    pos = layout_positions(G)
    shuffled = nx.MultiDiGraph(list(reversed(list(G.edges()))))
    assert pos == layout_positions(shuffled), "deterministic whatever the order"
    assert set(pos) == set(G.nodes) and all(abs(x) <= 1000 and abs(y) <= 1000 for x, y in pos.values())
    assert len(set(pos.values())) == len(pos), "no two nodes on the same spot"

    def far(a: str, b: str) -> float:
        return math.dist(pos[a], pos[b])

    # a leaf sits beside the document that names it, nearer than to most other nodes
    typical = sorted(far("hub0", n) for n in pos)[len(pos) // 2]
    assert sum(far(f"leaf{d}", f"doc{d}") < typical / 4 for d in range(300)) >= 290
    # the parts joined to nothing else are placed too, away from the core's centre
    assert all(far(f"island{i}a", "hub0") > typical / 4 for i in range(5))


def test_a_small_graph_is_laid_out_by_force_alone(monkeypatch):
    import zhkg.export.layout as layout

    G = _corpus_like(docs=30, hubs=3, islands=1)
    before = layout_positions(G)
    monkeypatch.setattr(layout, "_core_and_spirals", lambda *a: pytest.fail("placement used below the core size"))
    assert layout_positions(G) == before
