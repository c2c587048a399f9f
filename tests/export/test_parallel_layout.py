"""Writing with more than one worker: the layout in a second process, the same bytes."""

import networkx as nx

from zhkg.export.outputs import PARALLEL_LAYOUT_NODES, write_outputs


def test_outputs_written_with_two_workers_are_the_same_bytes(tmp_path):
    G = nx.MultiDiGraph()
    n = PARALLEL_LAYOUT_NODES + 10
    for i in range(n):
        G.add_node(f"person:{i}", label=f"人{i}", type="PERSON", mentions=1, r=31, g=119, b=180, size=10.0)
    for i in range(n):
        G.add_edge(f"person:{i}", f"person:{(i * 7 + 1) % n}", key=f"e{i}", id=f"e{i}", label="CO_MENTIONED", weight=1.0)
    one, two = tmp_path / "one", tmp_path / "two"
    for folder, workers in ((one, 1), (two, 2)):
        write_outputs(G, graphml=folder / "g.graphml", html=folder / "g.html", gexf=folder / "g.gexf", workers=workers)
    for name in ("g.graphml", "g.html", "g.gexf"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    assert b'key="n_x"' in (one / "g.graphml").read_bytes()
