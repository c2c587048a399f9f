"""Typed relations where people look (session 17, ui17): the word a relation was read from (``relation_zh``)
and ``former`` in the query tables, the page's tooltips and panel, and Gephi's edge type; a crowded page that
keeps every typed relation among its nodes and gives the rarest kinds a place.

The passage is written for the purpose in the style of entertainment news, in both scripts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import corpus_graph

from zhkg.cli import main
from zhkg.export.html import edge_colour, render_html, top_edges, top_nodes
from zhkg.stages.normalise import to_traditional

NEWS = "本报讯 昨日，著名导演吴宇森的女儿吴飞霞出席了电影节开幕式。歌手王志明与前妻李慧芳同时现身红毯。"
SCRIPTS = [pytest.param(lambda text: text, id="simplified"), pytest.param(to_traditional, id="traditional")]


def extract(*args: object) -> Any:
    return CliRunner().invoke(main, ["extract", *map(str, args), "--no-progress"])


def query(*args: object) -> Any:
    result = CliRunner().invoke(main, ["query", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module", params=SCRIPTS)
def typed_graph(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """The outputs of a run on :data:`NEWS` (a daughter, a former wife), and the script's converter."""
    convert = request.param
    folder = tmp_path_factory.mktemp("typed")
    (folder / "news.txt").write_text(convert(NEWS), encoding="utf-8")
    result = extract(folder / "news.txt", "-o", folder / "o", "--json", folder / "o" / "news.json")
    assert result.exit_code == 0, result.output
    return folder / "o", convert


def table(text: str) -> tuple[list[str], list[list[str]]]:
    """A query table's header and rows, cells split on the two spaces between columns."""
    lines = text.splitlines()
    split = [re.split(r" {2,}", line.strip()) for line in lines]
    return split[0], split[2:]


@pytest.mark.parametrize("graph", ["news.graphml", "news.json"])
def test_the_neighbours_table_prints_the_word_read_and_former(typed_graph, graph):
    folder, convert = typed_graph
    header, rows = table(query(folder / graph, "neighbours", convert("吴宇森"), "--kind", "PARENT_OF"))
    assert header[:5] == ["relation", "direction", "role", "relation_zh", "neighbour"]  # then type, weight, document, evidence
    assert [row[:2] + row[-6:-4] for row in rows] == [["PARENT_OF", "->", convert("女儿"), convert("吴飞霞")]]
    header, rows = table(query(folder / graph, "neighbours", convert("王志明"), "--kind", "SPOUSE_OF"))
    assert [row[:2] + row[-6:-4] for row in rows] == [["SPOUSE_OF", "->", "前妻 (former)", convert("李慧芳")]]


@pytest.mark.parametrize("graph", ["news.graphml", "news.json"])
def test_a_path_step_and_the_json_say_the_word_read(typed_graph, graph):
    folder, convert = typed_graph
    assert f"<-PARENT_OF {convert('女儿')}-" in query(folder / graph, "path", convert("吴飞霞"), convert("吴宇森"))
    assert "-SPOUSE_OF 前妻 (former)->" in query(folder / graph, "path", convert("王志明"), convert("李慧芳"))
    data = json.loads(query(folder / graph, "neighbours", convert("王志明"), "--kind", "SPOUSE_OF", "--json"))
    assert [(n["relation_zh"], n["former"], n["role"]) for n in data] == [("前妻", True, "")]


def test_the_page_shows_the_word_read_on_the_edge_in_its_tooltip_and_panel(typed_graph):
    folder, convert = typed_graph
    page = (folder / "news.html").read_text(encoding="utf-8")
    assert f'"label":"{convert("女儿")}"' in page and f'["Read as","{convert("女儿")}"]' in page  # edge label and tooltip row
    assert '"label":"前妻 (former)"' in page and '["Read as","前妻 (former)"]' in page
    assert f"PARENT_OF ({convert('女儿')}) → {convert('吴飞霞')}" in page  # the side panel's relation line
    assert f"SPOUSE_OF (前妻, former) ← {convert('王志明')}" in page
    assert f'"color":{{"color":"{edge_colour("SPOUSE_OF")}"}}' in page  # drawn in its kind's colour
    for kind in ("PARENT_OF", "SPOUSE_OF"):  # the relations list shows each kind with its colour
        item = re.search(f'<li data-relation="{kind}".*?</li>', page).group()
        assert f'style="background:{edge_colour(kind)}"' in item


def test_gephi_reads_the_kind_and_the_word_read_as_columns_and_keeps_parallel_relations_apart(typed_graph):
    folder, convert = typed_graph
    G = nx.read_graphml(folder / "news.graphml", force_multigraph=True)
    typed = sorted((G.nodes[u]["label"], d["label"], d["relation_zh"], d.get("former", False), G.nodes[v]["label"])
                   for u, v, d in G.edges(data=True) if d["label"] in ("PARENT_OF", "SPOUSE_OF"))
    assert typed == [(convert("吴宇森"), "PARENT_OF", convert("女儿"), False, convert("吴飞霞")),
                     (convert("王志明"), "SPOUSE_OF", "前妻", True, convert("李慧芳"))]
    text = (folder / "news.graphml").read_text(encoding="utf-8")
    assert 'label="PARENT_OF:女儿"' in text  # Simplified in either script, as roles are and 'label="SPOUSE_OF:前妻"' in text  # Gephi's edge type


def rare_graph(convert: Any) -> nx.MultiDiGraph:
    """:func:`corpus_graph` with one OWNS and one SPOUSE_OF relation between entities no one else links to."""
    G = corpus_graph()
    for node, name in [("org:a", "甲集团"), ("org:b", "乙地产公司"), ("person:x", "张伟"), ("person:y", "李娜")]:
        G.add_node(node, label=convert(name), type=node.split(":")[0].replace("org", "ORGANIZATION").upper(),
                   name_simplified=name, aliases=convert(name), mentions=1, r=1, g=2, b=3, size=10.0)
    G.add_edge("org:a", "org:b", key="t1", id="t1", label="OWNS", relation_zh="旗下", role="", weight=1.0,
               evidence=convert("甲集团旗下的乙地产公司开盘。"), doc_id="d1", evidence_start=0, evidence_end=13)
    G.add_edge("person:x", "person:y", key="t2", id="t2", label="SPOUSE_OF", relation_zh="妻子", role="", weight=1.0,
               evidence=convert("张伟的妻子李娜出席。"), doc_id="d2", evidence_start=0, evidence_end=10)
    return G


@pytest.mark.parametrize("convert", SCRIPTS)
def test_a_crowded_page_draws_the_rarest_kinds(convert):
    G = rare_graph(convert)
    drawn = top_nodes(G, 300)
    assert {"org:a", "org:b", "person:x", "person:y"} <= set(drawn) and len(drawn) == 300
    page = render_html(G, max_nodes=300)
    payload = json.loads(re.search(r'id="zhkg-data">(.*?)</script>', page, re.S).group(1))
    kinds = {edge["id"]: edge["kind"] for edge in payload["edges"]}
    assert kinds["t1"] == "OWNS" and kinds["t2"] == "SPOUSE_OF"
    assert '<li data-relation="OWNS" data-count="1">' in page


def test_the_edge_cut_drops_co_mentions_before_a_typed_relation():
    G = rare_graph(str)
    H = G.subgraph(top_nodes(G, 300)).copy()
    assert H.number_of_edges() > 400
    cut = top_edges(H, 400)
    kept = {key for _u, _v, key in cut.edges(keys=True)}
    assert {"t1", "t2"} <= kept and cut.number_of_edges() == 400
    # the lightest edges of all, and typed: still kept when the budget is smaller than the nodes need
    for _u, _v, attrs in H.edges(data=True):
        attrs["weight"] = 5.0 if attrs["label"] == "CO_MENTIONED" else attrs["weight"]
    assert {"t1", "t2"} <= {key for _u, _v, key in top_edges(H, 10).edges(keys=True)}
