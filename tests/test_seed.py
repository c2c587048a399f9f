"""End to end on the seed article: gold scores, counts, roles, scripts, determinism, graphs/."""

import json
from pathlib import Path

import pytest

from zhkg.evaluate import score_entities
from zhkg.export.graphml import graphml_bytes
from zhkg.export.jsonl import graph_json
from zhkg.stages.normalise import to_simplified

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e88b616f19a6a93b.txt"
GOLD = json.loads((ROOT / "tests" / "gold" / "seed.json").read_text(encoding="utf-8"))


@pytest.fixture
def G(seed_graph):
    return seed_graph


def _node(G, type_, name):
    hits = [n for n, a in G.nodes(data=True) if a["type"] == type_ and a["name_simplified"] == name]
    assert len(hits) == 1, (type_, name, hits)
    return hits[0]


@pytest.mark.parametrize(
    "label, min_precision, min_recall",
    [("PERSON", 0.95, 1.0), ("ORGANIZATION", 0.9, 0.9), ("PLACE", 0.9, 0.9)],
)
def test_entity_scores_against_gold(G, label, min_precision, min_recall):
    score = score_entities(G, GOLD[label], label)
    assert score.precision >= min_precision, score.spurious
    assert score.recall >= min_recall, score.missing


def test_place_codes_and_parents(G):
    for gold in GOLD["PLACE"]:
        if "code" not in gold:
            continue
        node = _node(G, "PLACE", gold["name"])
        assert G.nodes[node]["code"] == gold["code"]
        if "parent_code" in gold:
            assert G.nodes[node]["parent_code"] == gold["parent_code"]
    pinggu, beijing = _node(G, "PLACE", "平谷区"), _node(G, "PLACE", "北京市")
    assert any(d["label"] == "WITHIN" for d in G.get_edge_data(pinggu, beijing).values())


def _counts(G):
    out = []
    for n, a in G.nodes(data=True):
        if a["type"] != "COUNT":
            continue
        owners = sorted(G.nodes[u]["name_simplified"] for u, _, d in G.in_edges(n, data=True) if d["label"] == "HAS_COUNT")
        out.append((a["value"], to_simplified(a["counted"]), owners, a))
    return out


@pytest.mark.parametrize("gold", GOLD["COUNT"], ids=lambda g: f"{g['value']}{g['counted']}")
def test_counts(G, gold):
    matches = [c for c in _counts(G) if c[0] == gold["value"] and c[1] == gold["counted"]]
    assert matches, f"no count {gold['value']} {gold['counted']}"
    value, counted, owners, attrs = matches[0]
    if "owner" in gold:
        assert owners == [gold["owner"]]
    if "gloss" in gold:
        assert attrs["gloss"] == gold["gloss"]
    assert attrs["approximate"] is gold.get("approximate", False)


def test_dates_are_not_counts(G):
    counted = {c[1] for c in _counts(G)}
    assert not counted & {"年", "月", "日", "点", "时", "会议室"}


@pytest.mark.parametrize("gold", GOLD["ROLES"], ids=lambda g: f"{g['person']}-{g['role']}")
def test_roles(G, gold):
    person, org = _node(G, "PERSON", gold["person"]), _node(G, "ORGANIZATION", gold["org"])
    edges = G.get_edge_data(person, org) or {}
    assert any(d["label"] == gold["kind"] and d["role_simplified"] == gold["role"] for d in edges.values()), edges


def test_role_edges_keep_evidence(G, seed_result):
    texts = {d.id: d.text for d in seed_result.extraction.documents}
    for _, _, d in G.edges(data=True):
        if d["label"] in ("HOLDS_ROLE", "MEMBER_OF"):
            span = texts[d["doc_id"]][d["evidence_start"] : d["evidence_end"]]
            assert span and span in d["evidence"]


def test_authorship(G):
    doc = f"doc:{SEED.stem}"
    assert G.has_edge(_node(G, "PERSON", "刘权有"), doc)
    published = [u for u, _, d in G.in_edges(doc, data=True) if d["label"] == "PUBLISHED"]
    assert [G.nodes[u]["name_simplified"] for u in published] == ["消费日报网"]


def test_document_nodes(G):
    docs = [a for _, a in G.nodes(data=True) if a["type"] == "DOCUMENT"]
    assert len(docs) == 21
    article = G.nodes[f"doc:{SEED.stem}"]
    assert (article["date"], article["source"]) == ("2020-12-22", "消費日報網")


def test_labels_keep_the_source_script(G):
    assert G.nodes[_node(G, "PERSON", "闫维洪")]["label"] == "閆維洪"
    assert G.nodes[_node(G, "ORGANIZATION", "平谷区政协")]["label"] == "平谷區政協"
    aliases = G.nodes[_node(G, "ORGANIZATION", "平谷区政协")]["aliases"].split("|")
    assert {"區政協", "平谷政協", "区政协"} <= set(aliases)


def test_mention_offsets_slice_the_original(seed_result):
    texts = {d.id: d.text for d in seed_result.extraction.documents}
    assert seed_result.extraction.mentions
    for m in seed_result.extraction.mentions:
        assert texts[m.doc_id][m.start : m.end] == m.text


def test_simplified_seed_gives_the_same_graph_up_to_labels(G, pipeline):
    simplified = to_simplified(SEED.read_text(encoding="utf-8"))
    S = pipeline.run_texts([(SEED.stem, simplified)]).graph

    def shape(graph):
        nodes = sorted((n, a["type"], a["name_simplified"]) for n, a in graph.nodes(data=True) if a["type"] != "DOCUMENT")
        edges = sorted((u, v, d["label"], d["role_simplified"], d["doc_id"]) for u, v, d in graph.edges(data=True))
        return nodes, edges

    assert shape(S) == shape(G)
    assert S.nodes[_node(S, "PERSON", "闫维洪")]["label"] == "闫维洪"


def test_same_input_gives_identical_bytes(G, pipeline):
    again = pipeline.run_texts([(SEED.stem, SEED.read_text(encoding="utf-8"))]).graph
    assert graphml_bytes(again) == graphml_bytes(G)
    assert graph_json(again) == graph_json(G)


def test_committed_graphs_are_current(G):
    """graphs/ must be regenerated (README's first command) whenever the pipeline changes."""
    committed = ROOT / "graphs" / f"{SEED.stem}.graphml"
    assert committed.exists(), "graphs/ holds no seed graph: run the README's first command"
    assert committed.read_bytes() == graphml_bytes(G), "graphs/ is out of date: run the README's first command"
    from zhkg.export.html import render_html

    html = (ROOT / "graphs" / f"{SEED.stem}.html").read_text(encoding="utf-8")
    assert html == render_html(G, title=f"zhkg: {SEED.stem}")
