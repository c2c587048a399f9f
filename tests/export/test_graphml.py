"""GraphML as Gephi and a strict second reader (python-igraph) see it."""

import xml.etree.ElementTree as ET
from collections import Counter

import igraph
import networkx as nx
import pytest

from zhkg.export.graphml import graphml_bytes, write_graphml
from zhkg.stages.normalise import to_simplified

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture(scope="module")
def seed_file(seed_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("graphml") / "seed.graphml"
    write_graphml(seed_graph, path)
    return path


def test_keys_are_named_after_attributes(seed_file):
    root = ET.parse(seed_file).getroot()
    keys = root.findall("g:key", NS)
    # each id is its name after its domain's prefix, unique over the file as the schema wants (ux24)
    assert all(k.get("id") == {"node": "n_", "edge": "e_", "graph": "g_"}[k.get("for")] + k.get("attr.name") for k in keys)
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids)), "key ids unique across domains"
    names = [(k.get("for"), k.get("attr.name")) for k in keys]
    assert len(names) == len(set(names)), "one key per attribute name and domain"
    node_keys = {k.get("attr.name") for k in keys if k.get("for") == "node"}
    assert {"label", "type", "name_simplified", "aliases", "mentions", "r", "g", "b", "size"} <= node_keys
    assert {"value", "counted", "classifier", "approximate", "code"} <= node_keys
    edge_keys = {k.get("attr.name") for k in keys if k.get("for") == "edge"}
    assert {"label", "role", "evidence", "doc_id", "evidence_start", "evidence_end", "weight"} <= edge_keys
    assert not {"start", "end", "id"} & edge_keys, "offsets named as in GEXF; the id is the edge element's own"
    assert not any(k.startswith("d") and k[1:].isdigit() for k in node_keys | edge_keys)


def test_edges_have_unique_ids_and_positive_weights(seed_file):
    root = ET.parse(seed_file).getroot()
    edges = root.findall(".//g:edge", NS)
    ids = [e.get("id") for e in edges]
    assert edges and all(ids) and len(ids) == len(set(ids))
    for e in edges:
        weight = [d.text for d in e.findall("g:data", NS) if d.get("key") == "e_weight"]
        assert weight and float(weight[0]) > 0


def test_relation_is_the_edge_type_and_no_two_parallel_edges_share_one(seed_file):
    root = ET.parse(seed_file).getroot()
    edges = root.findall(".//g:edge", NS)
    for e in edges:
        data = {d.get("key")[2:]: d.text or "" for d in e.findall("g:data", NS)}
        # the role, else the word a typed edge was read from, Simplified (the seed's PART_OF 隸屬, since sub19)
        said = data["role_simplified"] or to_simplified(data.get("relation_zh", ""))
        assert e.get("label") == (f"{data['label']}:{said}" if said else data["label"])
    types = Counter((e.get("source"), e.get("target"), e.get("label")) for e in edges)
    assert max(types.values()) == 1, "Gephi merges parallel edges of one type"
    # both of 閆維洪's roles in 平谷區政協 survive as two edges
    assert {t for s, d, t in types if (s, d) == ("person:闫维洪", "org:平谷区政协")} == {"HOLDS_ROLE:主席", "HOLDS_ROLE:党组书记"}


@pytest.mark.filterwarnings("error")
def test_igraph_reads_it_with_expected_counts_and_attributes(seed_graph, seed_file):
    g = igraph.Graph.Read_GraphML(str(seed_file))
    assert g.vcount() == seed_graph.number_of_nodes()
    assert g.ecount() == seed_graph.number_of_edges()
    labels = set(g.vs["label"])
    assert {"閆維洪", "平谷區政協", "平谷區"} <= labels
    types = set(g.vs["type"])
    assert types == {"PERSON", "ORGANIZATION", "PLACE", "COUNT", "DOCUMENT"}
    assert set(g.es["label"]) >= {"HOLDS_ROLE", "MEMBER_OF", "HAS_COUNT", "LOCATED_IN", "WITHIN", "MENTIONED_IN"}
    assert min(g.es["weight"]) > 0


def test_round_trip_keeps_unicode_and_types(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("person:闫维洪", label="閆維洪", type="PERSON", mentions=3, size=20.5, approximate=False)
    G.add_node("place:110117", label="平谷區", type="PLACE", code="110117")
    G.add_edge("person:闫维洪", "place:110117", key="e1", id="e1", label="LOCATED_IN", weight=1.0, evidence="「引號」<&>")
    G.add_edge("person:闫维洪", "place:110117", key="e2", id="e2", label="MENTIONED_IN", weight=2.0, evidence="")
    path = tmp_path / "t.graphml"
    write_graphml(G, path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.nodes["person:闫维洪"]["label"] == "閆維洪"
    assert back.nodes["person:闫维洪"]["mentions"] == 3
    assert back.nodes["place:110117"]["code"] == "110117"
    evidence = sorted(d["evidence"] for _, _, d in back.edges(data=True))
    assert evidence == ["", "「引號」<&>"]
    assert back.number_of_edges() == 2


def test_none_values_never_reach_graphml(seed_graph):
    for _, attrs in seed_graph.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in attrs.values())
    for _, _, attrs in seed_graph.edges(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in attrs.values())
    assert graphml_bytes(seed_graph).startswith(b"<?xml")
