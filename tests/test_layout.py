"""The starting layout is the same for the same graph, whatever the insertion order."""

from pathlib import Path

import networkx as nx

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


def test_large_graphs_fall_back_to_a_circle():
    G = nx.path_graph(["c", "a", "b", "d"])
    pos = layout_positions(G, max_nodes=3, scale=10.0)
    assert all(abs(x * x + y * y - 100.0) < 0.1 for x, y in pos.values())
    assert pos == layout_positions(nx.path_graph(["d", "b", "a", "c"]), max_nodes=3, scale=10.0)
