"""review129: an analyst's questions, asked of the corpus page and of ``zhkg query`` in both scripts.

* **A typed query's variant characters** (黃栢廸 typed, 黄柏迪 in the graph): ``find`` folds the query by
  ``query.names.variant_key`` after reading it in Simplified; the page's search box folded only the nodes' keys, so
  a Hong Kong spelling typed into the box found nothing where ``zhkg query … find`` found the mainland node. The
  page's payload carries the fold (``variants``: each variant character whose folded form is in some key) and
  the box ranks such a match after a name and an alias, as ``find``'s ``"variant"``.
* **A Hong Kong form OpenCC reads back** (綫 typed, 线 in the graph): the page's character map held only OpenCC's
  ``s2t``/``s2tw``/``s2hk`` readings of each character (线 → 線), so 屯門綫 found 屯门线 in ``find`` (``t2s``) and
  nothing in the box. The map holds every character ``to_simplified`` reads as one a key has.
* **Page and API agree**: on a small corpus of both scripts, every name of every entity, typed as written, in
  Simplified, in Traditional (``s2hk``) and with spaces, finds the same nodes in the same order in the box as
  ``KnowledgeGraph.find`` (the box lists more after them: starts and middles of keys, which find does not).
"""

from __future__ import annotations

import pytest
from helpers import page_payload

from zhkg.export.html import render_html, write_html
from zhkg.query.graph import KnowledgeGraph
from zhkg.stages.normalise import convert

#: A mainland report only: the official as the mainland writes him (柏, 迪) and an estate's village (村).
MAINLAND_TEXT = "民政事务局局长黄柏迪今天到访深水埗，与居民会面。北京市委书记蔡奇会见了香港特区政府代表团。"
HK_TEXT = "香港特區政府政務司司長李家超昨日與立法會議員黃栢廸會面，討論屯門綫的工程。"


@pytest.fixture(scope="module")
def mainland(pipeline):
    return pipeline.run_texts([("cn", MAINLAND_TEXT)]).graph


@pytest.fixture(scope="module")
def both(pipeline):
    return pipeline.run_texts([("cn", MAINLAND_TEXT), ("hk", HK_TEXT)]).graph


def _person(G, label):
    return next(n for n, a in G.nodes(data=True) if a["type"] == "PERSON" and a["label"] == label)


def test_the_payload_folds_a_typed_variant_to_a_character_the_keys_hold(mainland):
    payload = page_payload(render_html(mainland))
    variants = payload["variants"]
    assert variants["栢"] == "柏" and variants["廸"] == "迪"  # 柏 and 迪 are in 黄柏迪's keys
    keys = "".join(key for node in payload["nodes"] for key in node["search"])
    assert all(folded in keys for folded in variants.values())  # a fold to a character no key holds finds nothing


@pytest.mark.parametrize("query", ["黃栢廸", "黄栢廸", "黃柏迪"])
def test_find_folds_the_typed_variant(mainland, query):
    found = KnowledgeGraph(mainland).find(query)
    assert found[0].entity.id == _person(mainland, "黄柏迪")


def test_the_character_map_holds_every_form_t2s_reads_back():
    from zhkg.export.html import simplified_characters

    table = simplified_characters(["屯门线", "里", "卫生署"])
    assert table["綫"] == table["線"] == "线"  # HK's 綫 (屯門綫, 東鐵綫) as well as 線
    assert table["裏"] == table["裡"] == "里" and table["衞"] == table["衛"] == "卫"
    assert "栢" not in table  # t2s keeps it: the variant fold's work, not this map's


@pytest.fixture(scope="module")
def railway():
    import networkx as nx
    from helpers import add_node

    G = nx.MultiDiGraph()
    add_node(G, "org:屯门线", "屯门线", "ORGANIZATION", "屯门线", "屯门线")
    add_node(G, "org:东铁线", "东铁线", "ORGANIZATION", "东铁线", "东铁线")
    return G


def _questions(G):
    """Each entity's names as an analyst types them: as written, Simplified, Hong Kong Traditional, spaced."""
    queries = set()
    for _, attrs in G.nodes(data=True):
        if attrs["type"] == "DOCUMENT":
            continue
        for name in [attrs["label"], *str(attrs.get("aliases", "")).split("|")]:
            if name:
                queries |= {name, convert(name, "t2s"), convert(name, "s2hk"), " ".join(name)}
    return sorted(queries)




@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("query", ["黃栢廸", "黄栢廸"])
def test_the_search_box_folds_a_typed_hong_kong_spelling(offline_page, mainland, tmp_path, query):
    from helpers import assert_quiet, search, wait_for_layout

    write_html(mainland, tmp_path / "g.html")
    page, log = offline_page
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    person = _person(mainland, "黄柏迪")
    assert page.evaluate("q => zhkg.findNodes(q)", query)[:1] == [person]
    search(page, query)
    assert page.evaluate("zhkg.network.getSelectedNodes()") == [person]
    assert_quiet(log)


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("query, found", [("屯門綫", "org:屯门线"), ("東鐵綫", "org:东铁线"), ("綫", None)])
def test_the_search_box_reads_a_hong_kong_form_as_find_does(offline_page, railway, tmp_path, query, found):
    from helpers import assert_quiet, wait_for_layout

    write_html(railway, tmp_path / "g.html")
    page, log = offline_page
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    box = page.evaluate("q => zhkg.findNodes(q)", query)
    if len(query) > 1:
        assert box == [found] == [f.entity.id for f in KnowledgeGraph(railway).find(query)]
    else:  # a key's middle, which find does not list
        assert sorted(box) == sorted(railway)
    assert_quiet(log)


@pytest.mark.browser
@pytest.mark.slow
def test_the_search_box_and_find_give_the_same_answers(offline_page, both, tmp_path):
    from helpers import assert_quiet, wait_for_layout

    write_html(both, tmp_path / "g.html")
    page, log = offline_page
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    kg = KnowledgeGraph(both)
    queries = _questions(both) + ["黄栢廸", "黃柏迪", "屯门线", "屯門線"]
    boxes = page.evaluate("qs => qs.map(q => zhkg.findNodes(q))", queries)
    differ = {}
    for query, box in zip(queries, boxes):
        api = [f.entity.id for f in kg.find(query)]
        if box[:len(api)] != api:
            differ[query] = (box[:len(api) + 1], api)
    assert len(queries) > 30 and not differ
    assert_quiet(log)


@pytest.mark.browser
@pytest.mark.slow
def test_a_phone_wide_page_shows_the_graph_and_scrolls_only_down(offline_page, mainland, tmp_path):
    """At a phone's 390 px the panel (22em) and the legend (15em) took the whole width and the graph got 1 px."""
    from helpers import assert_quiet, search, wait_for_layout

    write_html(mainland, tmp_path / "g.html")
    page, log = offline_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    graph = page.locator("#zhkg-network").bounding_box()
    assert graph["width"] >= 350 and graph["height"] >= 300
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing runs off to the right
    find = page.locator("#zhkg-go").bounding_box()
    assert find["x"] + find["width"] <= 390
    search(page, "黃栢廸")
    panel = page.locator("#zhkg-panel").bounding_box()
    assert panel["y"] >= graph["y"] + graph["height"] - 1 and panel["width"] >= 350  # below the graph, full width
    assert "黄柏迪" in page.inner_text("#zhkg-panel-body")
    assert_quiet(log)
