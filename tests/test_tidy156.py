"""tidy156: one definition of a place's short form (find, the graph index and the page cut the gazetteer's heads);
one list of the verbs of succeeding; a Chinese-only table header; a year-only date completed by a dateline."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from zhkg.cli import main

# ---- find's short forms are the gazetteer's


def _places(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("place:屏边", label="屏边苗族自治县", name_simplified="屏边苗族自治县", type="PLACE", mentions=1)
    G.add_node("place:浦东", label="浦东新区", name_simplified="浦东新区", type="PLACE", mentions=2)
    G.add_node("place:锡林郭勒", label="锡林郭勒盟", name_simplified="锡林郭勒盟", type="PLACE", mentions=1)
    G.add_node("place:大兴安岭", label="大興安嶺地區", name_simplified="大兴安岭地区", type="PLACE", mentions=1)
    G.add_node("place:朝阳", label="朝阳街道", name_simplified="朝阳街道", type="PLACE", mentions=1)
    G.add_node("place:东乡", label="东乡族自治县", name_simplified="东乡族自治县", type="PLACE", mentions=1)
    G.add_node("place:TW-TXG", label="臺中市", name_simplified="台中市", aliases="台中市|臺中市", type="PLACE",
               mentions=3)
    path = tmp_path / "g.graphml"
    nx.write_graphml(G, path)
    return path


@pytest.mark.parametrize("query, first", [
    ("屏边", "place:屏边"),            # an autonomous county without its people and head
    ("屏边县", "place:屏边"),          # ... and with the plain head
    ("浦东", "place:浦东"),            # 新区 whole, not 浦东新
    ("锡林郭勒", "place:锡林郭勒"),    # a league (盟)
    ("大兴安岭", "place:大兴安岭"),    # a prefecture (地区), asked in Simplified
    ("大興安嶺", "place:大兴安岭"),    # ... and in Traditional
    ("朝阳", "place:朝阳"),            # a subdistrict (街道)
    ("台中", "place:TW-TXG"),
    ("臺中", "place:TW-TXG"),
])
def test_find_cuts_the_gazetteers_heads(tmp_path, query, first):
    from zhkg.query import load_graph

    found = load_graph(_places(tmp_path)).find(query)
    assert [(m.entity.id, m.how) for m in found][:1] == [(first, "short")]


@pytest.mark.parametrize("query", ["浦东新", "大兴安岭地", "屏边苗族", "东乡", "东乡族"])
def test_no_short_form_the_gazetteer_does_not_make(tmp_path, query):
    from zhkg.errors import UnknownNameError
    from zhkg.query import load_graph

    with pytest.raises(UnknownNameError):  # 东乡族自治县 is named after its people alone: 东乡 would be a guess
        load_graph(_places(tmp_path)).find(query)


@pytest.mark.parametrize("query, first", [("屏边", "place:屏边"), ("浦东", "place:浦东"), ("锡林郭勒", "place:锡林郭勒")])
def test_the_graph_index_cuts_the_same_heads(tmp_path, query, first):
    import sqlite3

    from zhkg.query.index import GraphIndex

    G = nx.read_graphml(_places(tmp_path), force_multigraph=True)
    index = GraphIndex(GraphIndex.build(G, sqlite3.connect(":memory:"), {}))
    assert [(m.node, m.how) for m in index.find(query)][:1] == [(first, "short")]


def test_the_cli_lists_a_league_by_its_short_form(tmp_path):
    result = CliRunner().invoke(main, ["query", str(_places(tmp_path)), "find", "锡林郭勒", "--json"])
    assert result.exit_code == 0, result.output
    assert [(r["entity"]["id"], r["how"]) for r in json.loads(result.output)] == [("place:锡林郭勒", "short")]


def test_the_page_takes_its_heads_and_short_forms_from_the_gazetteer(tmp_path):
    from helpers import page_payload

    from zhkg.export.html import write_html
    from zhkg.resources.gazetteer import DIVISION_SUFFIXES

    G = nx.read_graphml(_places(tmp_path), force_multigraph=True)
    write_html(G, tmp_path / "g.html")
    payload = page_payload((tmp_path / "g.html").read_text(encoding="utf-8"))
    assert payload["placeHeads"] == list(DIVISION_SUFFIXES)
    shorts = {node["id"]: node.get("shorts") for node in payload["nodes"]}
    assert shorts["place:屏边"] == ["屏边县", "屏边"] and shorts["place:浦东"] == ["浦东"]
    assert shorts["place:东乡"] is None


def test_one_definition_of_a_place_short_form():
    import zhkg.query.names as names

    assert not hasattr(names, "_PLACE_HEADS") and not hasattr(names, "_short_form")


@pytest.mark.browser
@pytest.mark.slow
def test_the_page_finds_the_gazetteers_short_forms_as_find_does(offline_page, tmp_path) -> None:
    from helpers import add_node, assert_quiet
    from test_review88 import assert_same_order, open_page, page_order, write_both

    G = nx.MultiDiGraph(title="tidy156")
    add_node(G, "place:屏边", "屏边苗族自治县", "PLACE", "屏边苗族自治县", "", mentions=1)
    add_node(G, "place:浦东", "浦东新区", "PLACE", "浦东新区", "", mentions=2)
    add_node(G, "place:锡林郭勒", "锡林郭勒", "PLACE", "锡林郭勒", "", mentions=1)
    add_node(G, "org:浦东发展银行", "浦东发展银行", "ORGANIZATION", "浦东发展银行", "", mentions=9)
    graphml, html = write_both(G, tmp_path)
    page, log = open_page(offline_page, html)
    answers = page_order(page, ["屏边", "浦东", "锡林郭勒盟"])
    assert answers["屏边"][0] == "place:屏边" and answers["浦东"][0] == "place:浦东"
    assert answers["锡林郭勒盟"][0] == "place:锡林郭勒"  # a head of the gazetteer's typed finds the place without it
    assert assert_same_order(page, graphml, html, ["屏边", "屏边县", "浦东", "锡林郭勒盟", "浦东新"]) >= 4
    assert_quiet(log)


def test_a_head_alone_is_no_name_to_cut():
    from zhkg.query.names import place_short_forms

    assert place_short_forms({"type": "PLACE", "label": "內蒙古自治區", "name_simplified": "内蒙古自治区",
                              "aliases": "内蒙古|自治区|特别行政区"}) == ["内蒙古"]  # never 自治 of the alias 自治区


def test_one_list_of_the_verbs_of_succeeding():
    from zhkg.relate import roles_clauses, roles_forms, roles_implied

    assert roles_clauses._SUCCEEDS is roles_implied._SUCCEEDS is roles_forms._SUCCEEDS
    assert not hasattr(roles_implied, "_SUCCEEDING")
