"""GEXF 1.3 as Gephi and networkx read it: named columns, viz colour, size and position, the relation as the
edge type, unique edge ids, stable bytes."""

import io
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from zhkg.export.gexf import gexf_bytes, write_gexf
from zhkg.export.layout import layout_positions

ROOT = Path(__file__).resolve().parents[2]
SEED_GRAPH = ROOT / "graphs" / "000_e88b616f19a6a93b.graphml"
NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}


@pytest.fixture(scope="module")
def seed_file(committed_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("gexf") / "seed.gexf"
    write_gexf(committed_graph, path)
    return path


@pytest.fixture(scope="module")
def read_back(seed_file):
    return nx.read_gexf(seed_file)


def test_version_and_static_mode(seed_file):
    root = ET.parse(seed_file).getroot()
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    graph = root.find("g:graph", NS)
    # evidence offsets named start/end would have made the graph dynamic (edge lifetimes)
    assert graph.get("mode") == "static" and graph.get("timeformat") is None
    assert graph.get("defaultedgetype") == "directed"


def test_every_node_has_viz_colour_size_and_position(committed_graph, read_back):
    assert set(read_back.nodes) == set(committed_graph.nodes)
    for node, attrs in committed_graph.nodes(data=True):
        viz = read_back.nodes[node]["viz"]
        assert (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"]) == (attrs["r"], attrs["g"], attrs["b"])
        assert viz["size"] == pytest.approx(attrs["size"])
        assert (viz["position"]["x"], viz["position"]["y"]) == pytest.approx((attrs["x"], attrs["y"]))
    unplaced = nx.MultiDiGraph(committed_graph)
    for _, attrs in unplaced.nodes(data=True):
        del attrs["x"], attrs["y"]
    back = nx.read_gexf(io.BytesIO(gexf_bytes(unplaced)))
    layout = layout_positions(unplaced)
    assert all((back.nodes[n]["viz"]["position"]["x"], back.nodes[n]["viz"]["position"]["y"]) == pytest.approx(xy)
               for n, xy in layout.items())


def test_nodes_keep_their_attributes(committed_graph, read_back):
    for node, attrs in committed_graph.nodes(data=True):
        back = read_back.nodes[node]
        for key, value in attrs.items():
            if key in ("r", "g", "b", "size", "x", "y"):
                continue  # viz carries them
            assert back[key] == pytest.approx(value) if isinstance(value, float) else back[key] == value, (node, key)
    assert read_back.nodes["person:闫维洪"]["label"] == "閆維洪"


def test_edges_keep_unique_ids_and_attributes(committed_graph, seed_file, read_back):
    seed = committed_graph
    edges = list(ET.parse(seed_file).getroot().iter("{http://gexf.net/1.3}edge"))
    ids = [e.get("id") for e in edges]
    assert len(ids) == len(set(ids)) == seed.number_of_edges()
    assert set(ids) == {k for _, _, k in seed.edges(keys=True)}
    back = {d["id"]: (u, v, d) for u, v, d in read_back.edges(data=True)}
    for u, v, key, d in committed_graph.edges(keys=True, data=True):
        bu, bv, bd = back[key]
        assert (bu, bv, bd["label"], bd["role"], bd["evidence"]) == (u, v, d["label"], d["role"], d["evidence"])
        assert (bd["evidence_start"], bd["evidence_end"], bd["weight"]) == (d["evidence_start"], d["evidence_end"], d["weight"])
    # the relation is the edge's type (Gephi's "kind"), so relations between the same two nodes stay apart
    assert all(e.get("kind").split(":")[0] == e.get("label") for e in edges)
    kinds = Counter((e.get("source"), e.get("target"), e.get("kind")) for e in edges)
    assert max(kinds.values()) == 1, "Gephi merges parallel edges of one type"
    assert all(float(e.get("weight")) >= 1 for e in edges)


def test_columns_are_named_once_and_viz_is_not_repeated(seed_file):
    root = ET.parse(seed_file).getroot()
    for cls in ("node", "edge"):
        columns = [a for block in root.iter("{http://gexf.net/1.3}attributes") if block.get("class") == cls
                   for a in block.findall("g:attribute", NS)]
        ids = [a.get("id") for a in columns]
        assert ids == [a.get("title") for a in columns] and len(ids) == len(set(ids))
        assert not any(i.isdigit() for i in ids)
        assert not {"r", "g", "b", "size", "x", "y", "label", "id", "weight", "networkx_key", "start", "end"} & set(ids)
    node_columns = {a.get("id") for a in root.find("g:graph/g:attributes[@class='node']", NS)}
    assert {"type", "name_simplified", "aliases", "mentions", "code", "value", "counted"} <= node_columns
    edge_columns = {a.get("id") for a in root.find("g:graph/g:attributes[@class='edge']", NS)}
    assert {"role", "evidence", "doc_id", "evidence_start", "evidence_end"} <= edge_columns


def test_bytes_are_deterministic_and_dated_by_the_documents(committed_graph, seed_file):
    again = gexf_bytes(nx.read_graphml(SEED_GRAPH, force_multigraph=True))
    assert seed_file.read_bytes() == again == gexf_bytes(committed_graph)
    meta = ET.fromstring(again).find("g:meta", NS)
    assert meta.get("lastmodifieddate") == "2020-12-22"


def test_stored_positions_win_and_duplicate_ids_are_renumbered(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("a", label="甲", r=1, g=2, b=3, size=12.0, x=5.0, y=-7.5)
    G.add_node("b", label="乙", r=4, g=5, b=6, size=20.0, x=0.0, y=1.0)
    G.add_edge("a", "b", label="WITHIN", evidence_start=0, evidence_end=2)  # key 0
    G.add_edge("b", "a", label="WITHIN", evidence_start=3, evidence_end=4)  # key 0 again
    path = tmp_path / "g.gexf"
    write_gexf(G, path)
    H = nx.read_gexf(path)
    assert H.nodes["a"]["viz"]["position"]["x"] == 5.0 and H.nodes["a"]["viz"]["position"]["y"] == -7.5
    assert sorted(d["id"] for _, _, d in H.edges(data=True)) == ["e000000", "e000001"]
    assert ET.parse(path).getroot().find("g:meta", NS).get("lastmodifieddate") is None
