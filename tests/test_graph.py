import json

import networkx as nx
import pytest
from helpers import mention

from zhkg.export.jsonl import graph_json
from zhkg.records import Document, Entity, Evidence, Label, Quantity, Relation, RelationKind
from zhkg.registry import label_colour
from zhkg.stages.graph import build_graph


@pytest.fixture
def records():
    doc = Document(id="d", text="平谷区政协主席闫维洪。全区274个村。", title="标题", date="2020-12-22", source="网")
    person = Entity("person:闫维洪", Label.PERSON, "闫维洪", "閆維洪", ("閆維洪", "闫维洪"),
                    (mention("d", 7, "闫维洪", Label.PERSON),), doc_ids=("d",))
    org = Entity("org:平谷区政协", Label.ORGANIZATION, "平谷区政协", "平谷區政協", ("平谷区政协",),
                 (mention("d", 0, "平谷区政协", Label.ORGANIZATION),), doc_ids=("d",))
    q = Quantity(274, "村", "村", "个", False, "villages")
    count = Entity("count:d:13", Label.COUNT, "274个村", "274個村", ("274个村",),
                   (mention("d", 13, "274个村", Label.COUNT, quantity=q),), quantity=q, doc_ids=("d",))
    ev = Evidence("d", "平谷区政协主席闫维洪。", 0, 10)
    rels = [
        Relation("person:闫维洪", "org:平谷区政协", RelationKind.HOLDS_ROLE, ev, "主席", "主席"),
        Relation("person:闫维洪", "org:平谷区政协", RelationKind.HOLDS_ROLE, ev, "主席", "主席"),
        Relation("person:闫维洪", "org:平谷区政协", RelationKind.MEMBER_OF, ev, "委员", "委员"),
        Relation("org:平谷区政协", "count:d:13", RelationKind.HAS_COUNT, Evidence("d", "全区274个村。", 11, 18)),
    ]
    return [doc], [person, org, count], rels


def test_nodes_carry_typed_attributes(records):
    G = build_graph(*records)
    assert G.nodes["person:闫维洪"]["label"] == "閆維洪"
    assert G.nodes["person:闫维洪"]["aliases"] == "閆維洪|闫维洪"
    assert (G.nodes["org:平谷区政协"]["r"], G.nodes["org:平谷区政协"]["g"], G.nodes["org:平谷区政协"]["b"]) == label_colour("ORGANIZATION") == (52, 120, 219)
    count = G.nodes["count:d:13"]
    assert (count["value"], count["counted"], count["classifier"], count["approximate"], count["gloss"]) == (274.0, "村", "个", False, "villages")
    assert G.nodes["doc:d"]["type"] == "DOCUMENT" and G.nodes["doc:d"]["date"] == "2020-12-22"
    for _, attrs in G.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in attrs.values())


def test_repeated_relation_becomes_weight_and_parallel_kinds_stay_distinct(records):
    G = build_graph(*records)
    edges = G.get_edge_data("person:闫维洪", "org:平谷区政协")
    by_label = {d["label"]: d for d in edges.values()}
    assert set(by_label) == {"HOLDS_ROLE", "MEMBER_OF"}
    assert by_label["HOLDS_ROLE"]["weight"] == 2.0 and by_label["MEMBER_OF"]["weight"] == 1.0
    ids = [d["id"] for _, _, d in G.edges(data=True)]
    assert len(ids) == len(set(ids)) and all(k == d["id"] for _, _, k, d in G.edges(keys=True, data=True))


def test_graph_does_not_depend_on_input_order(records):
    docs, ents, rels = records
    a = build_graph(docs, ents, rels)
    b = build_graph(docs, list(reversed(ents)), list(reversed(rels)))
    assert graph_json(a) == graph_json(b)


def test_json_round_trips(records):
    G = build_graph(*records)
    back = nx.node_link_graph(json.loads(graph_json(G)), edges="edges")
    assert back.is_multigraph() and back.is_directed()
    assert back.number_of_edges() == G.number_of_edges()
    assert back.nodes["person:闫维洪"]["label"] == "閆維洪"
