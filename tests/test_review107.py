"""review107: a time slice of a dated corpus graph, and the other names of every entity an answer names.

* ``kg.between(since, until)`` kept every node, so a month's graph written out (GraphML, GEXF, CSV, the page) held
  the whole corpus's entities, most with no relation and no document in that month. The slice now holds the
  documents dated in the range and the entities its relations touch; an undated document is in no range.
* Only ``find`` rows said what else an entity is called; ``neighbours``, ``roles-of``, ``people-of``,
  ``counts-of``, ``entities-of`` and ``path`` now do too (``EntityRef.aliases``; the tables' last columns, ``--json``).
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import add_node

from zhkg.cli import main
from zhkg.export.csv import write_csv
from zhkg.export.gexf import write_gexf
from zhkg.export.graphml import write_graphml
from zhkg.query.graph import load_graph
from zhkg.stages.normalise import to_simplified, to_traditional

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "graphs" / "000_e88b616f19a6a93b.graphml"
INDEXED = [pytest.param(False, id="networkx"), pytest.param(True, id="index")]
SCRIPTS = [pytest.param(to_simplified, id="simplified"), pytest.param(to_traditional, id="traditional")]


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def corpus(script, path: Path) -> Path:
    """Three documents: d1 of January (张三 and 李四 co-mentioned, 张三 in 国务院), d2 of February (王五 alone),
    d3 undated (赵六); and d4 of February, in which nothing was read."""
    G = nx.MultiDiGraph(title="review107")
    add_node(G, "person:张三", script("张三"), "PERSON", "张三", f"{script('张三')}|老张|{script('张总')}")
    add_node(G, "person:李四", script("李四"), "PERSON", "李四", "")
    add_node(G, "person:王五", script("王五"), "PERSON", "王五", f"{script('王五')}|小王")
    add_node(G, "person:赵六", script("赵六"), "PERSON", "赵六", "")
    add_node(G, "org:国务院", script("国务院"), "ORGANIZATION", "国务院", f"{script('国务院')}|{script('中央政府')}")
    for doc, date in (("d1", "2020-01-10"), ("d2", "2020-02-15"), ("d3", ""), ("d4", "2020-02-20")):
        add_node(G, f"doc:{doc}", doc, "DOCUMENT", doc, "", mentions=0, doc_id=doc, date=date)

    def edge(u, v, key, kind, doc, date, **extra):
        G.add_edge(u, v, key=key, label=kind, evidence=script("张三是国务院总理。"), doc_id=doc, evidence_start=0,
                   evidence_end=9, weight=1.0, date=date, **extra)

    edge("person:张三", "doc:d1", "m1", "MENTIONED_IN", "d1", "2020-01-10")
    edge("person:李四", "doc:d1", "m2", "MENTIONED_IN", "d1", "2020-01-10")
    edge("org:国务院", "doc:d1", "m3", "MENTIONED_IN", "d1", "2020-01-10")
    edge("person:张三", "org:国务院", "r1", "HOLDS_ROLE", "d1", "2020-01-10", role=script("总理"),
         role_simplified="总理")
    edge("person:张三", "person:李四", "c1", "CO_MENTIONED", "d1", "2020-01-10", doc_ids="d1")
    edge("person:王五", "doc:d2", "m4", "MENTIONED_IN", "d2", "2020-02-15")
    edge("person:赵六", "doc:d3", "m5", "MENTIONED_IN", "d3", "")
    write_graphml(G, path)
    return path


FEBRUARY = {"doc:d2", "doc:d4", "person:王五"}
JANUARY = {"doc:d1", "person:张三", "person:李四", "org:国务院"}


# ---- 1. a time slice held every node of the corpus


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("indexed", INDEXED)
@pytest.mark.parametrize(("since", "until", "nodes"), [
    ("2020-02-01", "2020-02-29", FEBRUARY),
    ("2020-01-01", "2020-01-31", JANUARY),
    ("2020-01-01", None, JANUARY | FEBRUARY),  # an open end: still no undated document (d3, 赵六)
    (None, "2020-01-31", JANUARY),
])
def test_a_slice_holds_its_documents_and_the_entities_its_relations_touch(script, indexed, since, until, nodes,
                                                                         tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    kg = load_graph(corpus(script, tmp_path / "g.graphml"), indexed=indexed)
    sliced = kg.between(since, until)
    assert set(sliced.G) == nodes
    assert f"<KnowledgeGraph: {len(nodes)} nodes" in repr(sliced)


def test_no_bound_keeps_the_whole_graph_undated_documents_too(tmp_path):
    kg = load_graph(corpus(to_simplified, tmp_path / "g.graphml"))
    assert set(kg.between().G) == set(kg.G) and "doc:d3" in kg.between().G


@pytest.mark.parametrize("script", SCRIPTS)
def test_names_still_resolve_outside_the_slice(script, tmp_path):
    """赵六 (an undated document's) is no node of February, yet asking about him answers, with nothing."""
    sliced = load_graph(corpus(script, tmp_path / "g.graphml")).between("2020-02-01", "2020-02-29")
    assert sliced.neighbours(script("赵六")) == () and sliced.documents_of("赵六") == ()
    assert [d.doc_id for d in sliced.documents_of(script("王五"))] == ["d2"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_export_of_a_slice_holds_the_slice(script, tmp_path):
    sliced = load_graph(corpus(script, tmp_path / "g.graphml")).between("2020-02-01", "2020-02-29")
    write_graphml(sliced.G, tmp_path / "feb.graphml")
    assert set(load_graph(tmp_path / "feb.graphml").G) == FEBRUARY
    write_gexf(sliced.G, tmp_path / "feb.gexf")
    gexf = (tmp_path / "feb.gexf").read_text(encoding="utf-8")
    assert gexf.count("<node ") == len(FEBRUARY) and f'"{script("赵六")}"' not in gexf
    assert f'label="{script("王五")}"' in gexf and f'label="{script("张三")}"' not in gexf
    write_csv(sliced.G, tmp_path / "csv")
    nodes = (tmp_path / "csv" / "nodes.csv").read_text(encoding="utf-8").splitlines()
    assert len(nodes) == 1 + len(FEBRUARY) and not any(script("李四") in line for line in nodes)


# ---- 2. only find said what else an entity is called


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("indexed", INDEXED)
def test_every_answer_names_its_entities_other_names(script, indexed, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    kg = load_graph(corpus(script, tmp_path / "g.graphml"), indexed=indexed)
    zhang = ("老张", script("张总"))  # the label and the Simplified name are columns already
    state = (script("中央政府"),)
    (role,) = kg.roles_of("张三")
    assert role.person.aliases == zhang and role.organisation.aliases == state
    assert kg.people_of("国务院")[0].person.aliases == zhang
    by_id = {n.entity.id: n.entity.aliases for n in kg.neighbours("李四")}
    assert by_id == {"person:张三": zhang, "doc:d1": ()}
    assert {e.id: e.aliases for e in kg.entities_of("d1")}["org:国务院"] == state
    (step,) = kg.path("李四", "国务院")[-1:]
    assert step.target.aliases == state
    assert kg.find("老张")[0].entity.aliases == kg.find("老张")[0].aliases == zhang


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_tables_end_with_the_other_names_and_json_lists_them(script, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    graph = corpus(script, tmp_path / "g.graphml")
    table = run("query", graph, "neighbours", "李四")
    assert table.exit_code == 0, table.output
    header, _, *rows = table.stdout.splitlines()
    assert header.split()[-2:] == ["evidence", "aliases"]
    assert any(row.rstrip().endswith(f"老张|{script('张总')}") for row in rows)
    roles = run("query", graph, "roles-of", "张三").stdout.splitlines()
    assert roles[0].split()[-3:] == ["evidence", "person_aliases", "organisation_aliases"]
    assert roles[2].split()[-2:] == [f"老张|{script('张总')}", script("中央政府")]
    entities = run("query", graph, "entities-of", "d1").stdout.splitlines()
    assert entities[0].split() == ["label", "type", "name_simplified", "mentions", "id", "aliases"]
    answer = json.loads(run("query", graph, "roles-of", "张三", "--json").stdout)
    assert answer[0]["person"]["aliases"] == ["老张", script("张总")]
    assert answer[0]["organisation"]["aliases"] == [script("中央政府")]


def test_the_seed_says_the_other_names_of_an_organisation_a_person_holds_a_role_in(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    roles = load_graph(SEED, indexed=True).roles_of("閆維洪")
    (cppcc, *_) = (r for r in roles if r.organisation.id == "org:平谷区政协")
    assert {"區政協", "平谷政協", "政協北京市平谷區委員會"} <= set(cppcc.organisation.aliases)
    assert cppcc.person.aliases == ()
    counts = load_graph(SEED).counts_of("平谷区")
    assert "全區" in counts[0].owner.aliases and "平谷區" not in counts[0].owner.aliases
