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


def test_version_and_a_dynamic_graph_for_dated_documents(seed_file):
    root = ET.parse(seed_file).getroot()
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    graph = root.find("g:graph", NS)
    # the seed article is dated 2020-12-22: Gephi's timeline reads the file as date intervals
    assert (graph.get("mode"), graph.get("timeformat"), graph.get("timerepresentation")) == ("dynamic", "date", "interval")
    assert graph.get("defaultedgetype") == "directed"


def test_undated_graph_is_static():
    G = nx.MultiDiGraph()
    G.add_node("a", label="甲", date="")
    G.add_node("b", label="乙", date="去年")  # not a date: no time at all
    G.add_edge("a", "b", key="e1", id="e1", label="WITHIN", date="", evidence_start=0, evidence_end=1)
    root = ET.fromstring(gexf_bytes(G, {"a": (0.0, 0.0), "b": (1.0, 1.0)}))
    graph = root.find("g:graph", NS)
    assert graph.get("mode") == "static" and graph.get("timeformat") is None
    assert not [e for e in root.iter() if e.get("start") is not None or e.get("end") is not None]


def test_dynamic_nodes_start_at_their_first_date_and_edges_at_their_own():
    G = nx.MultiDiGraph()
    G.add_node("doc:1", label="一", type="DOCUMENT", date="2021-03-01")
    G.add_node("doc:2", label="二", type="DOCUMENT", date="2020-12-22")
    G.add_node("doc:3", label="三", type="DOCUMENT", date="")
    for node in ("p", "q", "r"):
        G.add_node(node, label=node, type="PERSON")
    G.add_edge("p", "doc:1", key="e1", id="e1", label="MENTIONED_IN", date="2021-03-01", weight=1.0)
    G.add_edge("p", "doc:2", key="e2", id="e2", label="MENTIONED_IN", date="2020-12-22", weight=1.0)
    G.add_edge("p", "q", key="e3", id="e3", label="CO_MENTIONED", date="2021-03-01", weight=2.0, doc_ids="1")
    G.add_edge("r", "doc:3", key="e4", id="e4", label="MENTIONED_IN", date="", weight=1.0)
    data = gexf_bytes(G)
    root = ET.fromstring(data)
    nodes = {n.get("id"): n for n in root.iter("{http://gexf.net/1.3}node")}
    edges = {e.get("id"): e for e in root.iter("{http://gexf.net/1.3}edge")}
    assert {n: e.get("start") for n, e in nodes.items()} == {
        "doc:1": "2021-03-01", "doc:2": "2020-12-22", "doc:3": None, "p": "2020-12-22", "q": "2021-03-01", "r": None}
    assert {i: e.get("start") for i, e in edges.items()} == {"e1": "2021-03-01", "e2": "2020-12-22",
                                                           "e3": "2021-03-01", "e4": None}
    # an element lives from its start on (no end, no spells), so the timeline grows the graph
    assert not [e for e in root.iter() if e.get("end") is not None or e.tag.endswith("spells")]
    # every edge starts no earlier than both its ends
    for e in edges.values():
        for end in (e.get("source"), e.get("target")):
            assert (nodes[end].get("start") or "") <= (e.get("start") or "9999")
    # the date stays an edge column too, and networkx reads the dynamic file back
    back = nx.read_gexf(io.BytesIO(data))
    assert back.graph["mode"] == "dynamic"
    assert back.nodes["p"]["start"] == "2020-12-22" and "start" not in back.nodes["r"]
    found = {d["id"]: d for _, _, d in back.edges(data=True)}
    assert found["e3"]["start"] == found["e3"]["date"] == "2021-03-01" and found["e3"]["doc_ids"] == "1"
    assert "start" not in found["e4"] and found["e4"]["date"] == ""


def test_seed_dates_reach_nodes_and_edges(committed_graph, seed_file, read_back):
    root = ET.parse(seed_file).getroot()
    article = next(n for n in root.iter("{http://gexf.net/1.3}node") if n.get("id") == "doc:000_e88b616f19a6a93b")
    assert article.get("start") == "2020-12-22"
    dates = {key: d["date"] for _, _, key, d in committed_graph.edges(keys=True, data=True)}
    for edge in root.iter("{http://gexf.net/1.3}edge"):
        assert edge.get("start") == (dates[edge.get("id")] or None)
    # the article's edges are dated, the related snippets' (no date of their own) are not
    dated = Counter(bool(d["date"]) for _, _, d in committed_graph.edges(data=True))
    assert dated[True] and dated[False]
    assert {d["date"] for _, _, d in committed_graph.edges(data=True)} == {"", "2020-12-22"}
    assert read_back.graph["mode"] == "dynamic"


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
