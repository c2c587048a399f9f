"""GraphML and GEXF edges written in another process while the layout runs: the same bytes as one process writes."""

from __future__ import annotations

import networkx as nx
import pytest

import zhkg.export.outputs
import zhkg.export.parallel
from zhkg.export import write_outputs
from zhkg.export.gexf import gexf_bytes
from zhkg.export.graphml import graphml_bytes


def _awkward_graph() -> nx.MultiDiGraph:
    """Parallel edges, an edge without an id, ids XML forbids characters of, mixed attribute types, dates."""
    G = nx.MultiDiGraph(name="測試")
    G.add_node("person:張\x01偉", label="張\x01偉", type="PERSON", mentions=2, r=31, g=119, b=180, size=10.0)
    G.add_node("person:張\x02偉", label="張\x02偉", type="PERSON", mentions=1, size=12)
    G.add_node("org:平谷区政协", label="平谷区政协", type="ORGANIZATION", date="2020-03-01", note="a & b < c\n")
    G.add_edge("person:張\x01偉", "org:平谷区政协", key="e1", id="e1", label="HOLDS_ROLE", role_simplified="主席",
               weight=1.0, date="2020-03-02", evidence_start=3, evidence_end=5)
    G.add_edge("person:張\x01偉", "org:平谷区政协", key="e2", id="e2", label="HOLDS_ROLE", role_simplified="党组书记",
               weight=2, evidence_start=7, evidence_end=9.5)
    G.add_edge("person:張\x02偉", "person:張\x01偉", key="e\x03", id="e\x03", label="CO_MENTIONED", weight=3.0, flag=True)
    G.add_edge("org:平谷区政协", "person:張\x02偉", key=0)
    return G


def _big_graph(n: int) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"person:{i}", label=f"人{i}", type="PERSON", mentions=i % 5 + 1, r=31, g=119, b=180, size=10.0)
    for i in range(2 * n):
        G.add_edge(f"person:{i % n}", f"person:{(i * 7 + 1) % n}", key=f"e{i}", id=f"e{i}", label="CO_MENTIONED",
                   weight=float(i % 3 + 1), date=f"2020-01-{i % 28 + 1:02d}" if i % 2 else "")
    return G


def _write_both(G: nx.MultiDiGraph, tmp_path) -> None:
    for folder, workers in ((tmp_path / "one", 1), (tmp_path / "two", 2)):
        written = write_outputs(G, graphml=folder / "g.graphml", gexf=folder / "g.gexf", json=folder / "g.json",
                                csv_dir=folder / "csv", workers=workers)
        assert written == [folder / "g.graphml", folder / "g.json", folder / "csv" / "nodes.csv",
                           folder / "csv" / "edges.csv", folder / "g.gexf"]
    for name in ("g.json", "csv/nodes.csv", "csv/edges.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


@pytest.mark.parametrize("make", [_awkward_graph, lambda: _big_graph(10)], ids=["awkward", "small"])
def test_edges_written_elsewhere_give_the_same_bytes(tmp_path, monkeypatch, make):
    monkeypatch.setattr(zhkg.export.outputs, "PARALLEL_LAYOUT_NODES", 0)  # the parallel path on a small graph
    G = make()
    _write_both(G, tmp_path)
    for name in ("g.graphml", "g.gexf"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert (tmp_path / "one" / "g.graphml").read_bytes() == graphml_bytes(G)
    assert (tmp_path / "one" / "g.gexf").read_bytes() == gexf_bytes(G)
    assert sorted(p.name for p in (tmp_path / "two").iterdir()) == ["csv", "g.gexf", "g.graphml", "g.json"]  # no temp file


def test_a_graph_of_thousands_of_nodes_is_the_same_bytes(tmp_path):
    G = _big_graph(zhkg.export.outputs.PARALLEL_LAYOUT_NODES + 500)
    _write_both(G, tmp_path)
    for name in ("g.graphml", "g.gexf"):
        one, two = (tmp_path / "one" / name).read_bytes(), (tmp_path / "two" / name).read_bytes()
        assert one == two, name
        assert one.count(b"<edge ") == G.number_of_edges()


def test_a_part_that_fails_elsewhere_is_written_here(tmp_path, monkeypatch):
    monkeypatch.setattr(zhkg.export.outputs, "PARALLEL_LAYOUT_NODES", 0)

    def broken(fh, G):
        fh.write("    <edge half written")
        raise RuntimeError("the child failed")

    monkeypatch.setattr(zhkg.export.graphml, "write_graphml_edges", broken)
    G = _awkward_graph()
    write_outputs(G, graphml=tmp_path / "g.graphml", workers=2)
    assert (tmp_path / "g.graphml").read_bytes() == graphml_bytes(G)
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]


def test_start_part_returns_none_when_the_writer_fails(tmp_path):
    def broken(fh):
        raise OSError("disk full")

    assert zhkg.export.parallel.start_part(tmp_path, broken)() is None
    assert list(tmp_path.iterdir()) == []


def test_nodes_prepared_before_the_layout_give_the_same_bytes():
    G = _awkward_graph()
    G.add_node("place:110117", label="平谷区", type="PLACE", population=45.7)  # a name the first node lacks
    positions = {node: (float(i), -1.5 * i) for i, node in enumerate(G.nodes)}
    prepared = zhkg.export.graphml.prepare_nodes(G)
    assert prepared is not None and list(prepared.node_types)[7:9] == ["x", "y"]  # after the first node's names
    assert "".join(zhkg.export.graphml.iter_graphml(G, positions, nodes=prepared)).encode() == graphml_bytes(G, positions)


def test_prepared_nodes_are_set_aside_when_positions_are_not_simply_appended():
    G = _awkward_graph()
    ints = {node: (i, 2) for i, node in enumerate(G.nodes)}  # not floats: the keys' type would differ
    prepared = zhkg.export.graphml.prepare_nodes(G)
    assert "".join(zhkg.export.graphml.iter_graphml(G, ints, nodes=prepared)).encode() == graphml_bytes(G, ints)
    G.nodes["org:平谷区政协"]["x"] = 3.0  # a node placed already
    assert zhkg.export.graphml.prepare_nodes(G) is None


def test_edges_beyond_the_ceiling_are_written_here_with_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(zhkg.export.outputs, "PARALLEL_LAYOUT_NODES", 0)
    monkeypatch.setattr(zhkg.export.outputs, "PARALLEL_EDGES_MAX", 5)  # 20 edges: over the ceiling
    started = []
    start_part = zhkg.export.parallel.start_part
    monkeypatch.setattr(zhkg.export.parallel, "start_part", lambda *a: started.append(a) or start_part(*a))
    G = _big_graph(10)
    _write_both(G, tmp_path)
    assert started == [], "no forked edge writer past the ceiling"
    for name in ("g.graphml", "g.gexf"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    monkeypatch.setattr(zhkg.export.outputs, "PARALLEL_EDGES_MAX", 20)  # at the ceiling: forked as before
    _write_both(G, tmp_path / "again")
    assert len(started) == 2
