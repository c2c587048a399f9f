"""The page's date filter in Chromium (page195), network cut off: a range set in the two date boxes hides the
edges dated only outside it and the nodes it leaves with no edge, counted from vis-network's own DataSets; the
undated stay; "All dates" and "Show all" bring everything back; the types' and relations' filters still work
beneath it; a search finds a node the range hides and shows every date again. Page208: under a range the legend's
and the Relations list's counts read "n of N", n what the range leaves (as vis-network's DataSets count it), in
either order with a checkbox, and the page's own counts come back with "All dates"; a change of range fits the view
to what it leaves (vis-network's fit spied on) and moves no node."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import assert_quiet, search, wait_for_layout
from test_html_dates import dated_graph

from zhkg.export.html import write_html

pytestmark = [pytest.mark.browser, pytest.mark.slow]

EVERY_NODE = ["doc:d1", "doc:d2", "doc:d3", "doc:d4", "org:丙", "person:丁", "person:乙", "person:己",
              "person:戊", "person:甲"]
EVERY_EDGE = ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]


def open_dated(offline_page: tuple[Any, Any], tmp_path) -> tuple[Any, Any]:
    page, log = offline_page
    path = tmp_path / "dated.html"
    write_html(dated_graph(), path, height="600px")
    page.goto(path.as_uri())
    wait_for_layout(page)
    return page, log


def shown(page: Any) -> tuple[list[str], list[str]]:
    """The nodes and the edges vis-network draws: its DataSets' items not hidden (an edge with both ends shown)."""
    nodes, edges = page.evaluate("""() => {
        const nodes = zhkg.nodes.get({filter: n => !n.hidden}).map(n => n.id).sort();
        const edges = zhkg.edges.get({filter: e => !e.hidden && nodes.includes(e.from) && nodes.includes(e.to)});
        return [nodes, edges.map(e => e.id).sort()];
    }""")
    return nodes, edges


def set_range(page: Any, since: str, until: str) -> None:
    """Type both days as a reader would."""
    page.fill("#zhkg-since", since)
    page.fill("#zhkg-until", until)


# (from, to) -> the nodes and edges the range shows, the undated (丁's e4, 己, the undated document) always, and
# what the control says of it
RANGES = [
    # March: 乙's role and its document; 甲 and 丙 stay by e2's and e4's ends (丙) and e3 (甲, January and June) goes
    (("2021-03-01", "2021-03-31"), (["doc:d2", "doc:d4", "org:丙", "person:丁", "person:乙", "person:己"],
                                    ["e2", "e4", "e6"]), "2021-03-02 to 2021-03-02 (1 of 3 days); 2 of 6"),
    # June: the co-mention of January and June is in it; 戊 by its mention; no role
    (("2021-06-01", "2021-06-30"), (["doc:d3", "doc:d4", "org:丙", "person:丁", "person:乙", "person:己",
                                     "person:戊", "person:甲"], ["e3", "e4", "e7"]),
     "2021-06-10 to 2021-06-10 (1 of 3 days); 2 of 6"),
    # an open start (an empty box) up to January
    (("", "2021-01-31"), (["doc:d1", "doc:d4", "org:丙", "person:丁", "person:乙", "person:己", "person:甲"],
                          ["e1", "e3", "e4", "e5"]), "2021-01-05 to 2021-01-05 (1 of 3 days); 3 of 6"),
    # a range with no day in it: only the undated
    (("2021-04-01", "2021-05-01"), (["doc:d4", "org:丙", "person:丁", "person:己"], ["e4"]), "No day in this range; 0 of 6"),
]


@pytest.mark.parametrize(("bounds", "expected", "status"), RANGES, ids=["march", "june", "open-start", "no-day"])
def test_a_range_shows_its_relations_and_the_undated(offline_page, tmp_path, bounds, expected, status) -> None:
    page, log = open_dated(offline_page, tmp_path)
    assert shown(page) == (EVERY_NODE, EVERY_EDGE)
    assert page.input_value("#zhkg-since") == "2021-01-05" and page.input_value("#zhkg-until") == "2021-06-10"
    set_range(page, *bounds)
    nodes, edges = expected
    assert shown(page) == (nodes, edges)
    assert page.text_content("#zhkg-visible") == (
        f"Showing {len(nodes)} of {len(EVERY_NODE)} nodes and {len(edges)} of {len(EVERY_EDGE)} edges.")
    assert page.text_content("#zhkg-in-range").endswith(status + " dated edges shown.")
    assert "3 nodes with no dated relation" in page.text_content("#zhkg-undated")
    page.click("#zhkg-all-dates")
    assert shown(page) == (EVERY_NODE, EVERY_EDGE)
    assert page.input_value("#zhkg-since") == "2021-01-05" and page.input_value("#zhkg-until") == "2021-06-10"
    assert page.text_content("#zhkg-in-range") == "All 3 days; 6 of 6 dated edges shown."
    assert_quiet(log)


def test_the_headlines_are_labelled_again_for_the_range(offline_page, tmp_path) -> None:
    page, log = open_dated(offline_page, tmp_path)
    assert "person:戊" in page.evaluate("zhkg.headlines")
    page.fill("#zhkg-until", "2021-03-31")  # one change from every date: the first that hides anything
    page.wait_for_timeout(200)  # the labels are redone at the script's next turn
    labelled = page.evaluate("zhkg.headlines")
    assert "person:乙" in labelled and "person:戊" not in labelled  # 戊 is of June only
    assert set(labelled) <= set(shown(page)[0])
    assert_quiet(log)


def test_the_relations_filter_works_beneath_the_range(offline_page, tmp_path) -> None:
    page, log = open_dated(offline_page, tmp_path)
    set_range(page, "2021-01-01", "2021-01-31")
    assert page.text_content("#zhkg-in-range") == "In range: 2021-01-05 to 2021-01-05 (1 of 3 days); 3 of 6 dated edges shown."
    page.uncheck("#zhkg-relations input[value='MEMBER_OF']")  # e1 and e4
    assert shown(page)[1] == ["e3", "e5"]
    page.check("#zhkg-relations input[value='MEMBER_OF']")
    assert shown(page)[1] == ["e1", "e3", "e4", "e5"]  # the range holds: e2, e6 and e7 stay hidden
    page.click("#zhkg-relations .zhkg-only[value='CO_MENTIONED']")
    assert shown(page)[1] == ["e3"]
    page.click("#zhkg-reset")  # "Show all": every kind, type and date
    assert shown(page) == (EVERY_NODE, EVERY_EDGE)
    assert page.input_value("#zhkg-since") == "2021-01-05"
    assert_quiet(log)


def test_a_search_for_a_node_the_range_hides_shows_every_date(offline_page, tmp_path) -> None:
    page, log = open_dated(offline_page, tmp_path)
    set_range(page, "2021-03-01", "2021-03-31")
    search(page, "乙")  # in March: the range stays
    page.wait_for_selector("#zhkg-panel-body[data-node='person:乙']", state="attached")
    assert shown(page)[1] == ["e2", "e4", "e6"]
    search(page, "戊")  # of June only
    page.wait_for_selector("#zhkg-panel-body[data-node='person:戊']", state="attached")
    assert shown(page) == (EVERY_NODE, EVERY_EDGE)
    assert page.input_value("#zhkg-since") == "2021-01-05" and page.input_value("#zhkg-until") == "2021-06-10"
    assert_quiet(log)


def test_a_panel_of_a_node_the_range_hides_is_cleared(offline_page, tmp_path) -> None:
    page, log = open_dated(offline_page, tmp_path)
    search(page, "戊")
    page.wait_for_selector("#zhkg-panel-body[data-node='person:戊']", state="attached")
    set_range(page, "2021-03-01", "2021-03-31")
    assert page.get_attribute("#zhkg-panel-body", "data-node") is None
    assert page.evaluate("zhkg.network.getSelectedNodes()") == []
    assert_quiet(log)


# Five short articles of our own, four dated (two in March) and one not, through the whole pipeline.
ARTICLES = [
    ("n1", "2024-01-08", "北京市政协主席魏小东出席会议。北京市政协委员张伟和李娜参加讨论。"),
    ("n2", "2024-03-12", "华为公司董事长梁华在深圳出席发布会。腾讯公司总裁刘炽平也到场祝贺。"),
    ("n3", "2024-03-20", "深圳市市长覃伟中出席会议。华为公司董事长梁华和腾讯公司总裁刘炽平参加。"),
    ("n4", "2024-06-02", "北京市政协主席魏小东到平谷区调研。平谷区区长张伟陪同。"),
    ("n5", "", "上海市市长龚正会见客人。"),
]


def test_march_shows_what_a_query_since_until_finds_and_the_undated(offline_page, runner, tmp_path) -> None:
    import json

    import networkx as nx

    from zhkg.cli import main
    from zhkg.query.graph import KnowledgeGraph

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": doc, "text": text, **({"date": day} if day else {})},
                                         ensure_ascii=False) + "\n" for doc, day, text in ARTICLES), encoding="utf-8")
    result = runner.invoke(main, ["extract", str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(tmp_path / "out" / "corpus.graphml", force_multigraph=True)
    page, log = offline_page
    page.goto((tmp_path / "out" / "corpus.html").as_uri())
    wait_for_layout(page)
    assert page.input_value("#zhkg-since") == "2024-01-08" and page.input_value("#zhkg-until") == "2024-06-02"
    set_range(page, "2024-03-01", "2024-03-31")
    nodes, edges = shown(page)
    march = KnowledgeGraph(G).between("2024-03-01", "2024-03-31").G
    undated = sorted(str(d.get("id") or k) for _u, _v, k, d in G.edges(keys=True, data=True) if not d.get("date"))
    assert undated and march.number_of_edges()
    assert edges == sorted([str(d.get("id") or k) for _u, _v, k, d in march.edges(keys=True, data=True)] + undated)
    assert set(march) <= set(nodes)
    # a node shown beyond the slice has no dated relation and no date: 龚正 and 上海市 of the undated article
    for node in set(nodes) - set(march):
        assert not G.nodes[node].get("date") and all(not d.get("date") for *_e, d in G.edges(node, data=True))
        assert all(not d.get("date") for *_e, d in G.in_edges(node, data=True))
    assert any(G.nodes[node].get("label") == "龚正" for node in nodes)
    whole = {key: count.split(" of ")[1] for key, count in counts(page).items()}  # each row's "n of N"
    drawn = counted_from_datasets(page)
    assert counts(page) == {key: f"{drawn.get(key, 0)} of {total}" for key, total in whole.items()}
    page.click("#zhkg-all-dates")
    assert counts(page) == whole
    assert len(shown(page)[0]) == G.number_of_nodes() and len(shown(page)[1]) == G.number_of_edges()
    assert_quiet(log)


# ---- page208: the legend's and the Relations list's counts under a range, and the view fitted to it.

def counts(page: Any) -> dict[str, str]:
    """Each legend and Relations row's count as shown, by "type X" or "relation K"."""
    rows = page.evaluate("""() => Array.from(document.querySelectorAll('#zhkg-legend li, #zhkg-relations li'))
        .map(li => [li.dataset.type !== undefined ? 'type ' + li.dataset.type : 'relation ' + li.dataset.relation,
                    li.querySelector('.zhkg-count').textContent])""")
    return dict(rows)


def counted_from_datasets(page: Any) -> dict[str, int]:
    """What vis-network draws, by type and by relation kind (every checkbox on)."""
    return dict(page.evaluate("""() => {
        const shown = new Set(zhkg.nodes.get({filter: n => !n.hidden}).map(n => n.id)), out = {};
        zhkg.nodes.get({filter: n => shown.has(n.id)}).forEach(n => { out['type ' + n.type] = (out['type ' + n.type] || 0) + 1; });
        zhkg.edges.get({filter: e => !e.hidden && shown.has(e.from) && shown.has(e.to)})
            .forEach(e => { out['relation ' + e.kind] = (out['relation ' + e.kind] || 0) + 1; });
        return Object.entries(out);
    }"""))


WHOLE_COUNTS = {"type DOCUMENT": "4", "type PERSON": "5", "type ORGANIZATION": "1", "relation HOLDS_ROLE": "1",
                "relation MEMBER_OF": "2", "relation CO_MENTIONED": "1", "relation MENTIONED_IN": "3"}
MARCH_COUNTS = {"type DOCUMENT": "2 of 4", "type PERSON": "3 of 5", "type ORGANIZATION": "1 of 1",
                "relation HOLDS_ROLE": "1 of 1", "relation MEMBER_OF": "1 of 2", "relation CO_MENTIONED": "0 of 1",
                "relation MENTIONED_IN": "1 of 3"}


@pytest.mark.parametrize("bounds", [bounds for bounds, _expected, _status in RANGES],
                         ids=["march", "june", "open-start", "no-day"])
def test_the_counts_are_of_what_the_range_shows(offline_page, tmp_path, bounds) -> None:
    page, log = open_dated(offline_page, tmp_path)
    lists = "document.querySelector('#zhkg-legend').outerHTML + document.querySelector('#zhkg-relations').outerHTML"
    before = page.evaluate(lists)
    assert counts(page) == WHOLE_COUNTS
    set_range(page, *bounds)
    drawn = counted_from_datasets(page)
    assert counts(page) == {key: f"{drawn.get(key, 0)} of {total}" for key, total in WHOLE_COUNTS.items()}
    page.click("#zhkg-all-dates")
    assert counts(page) == WHOLE_COUNTS
    assert page.evaluate(lists) == before  # the page's own lists, attribute for attribute
    assert_quiet(log)


def test_march_counts_and_the_title_that_says_so(offline_page, tmp_path) -> None:
    page, log = open_dated(offline_page, tmp_path)
    set_range(page, "2021-03-01", "2021-03-31")
    assert counts(page) == MARCH_COUNTS
    assert page.get_attribute("#zhkg-legend li[data-type='PERSON'] .zhkg-count", "title") == (
        "3 of the page's 5 in the date range")
    assert page.get_attribute("#zhkg-relations li[data-relation='CO_MENTIONED']", "data-in-range") == "0"
    page.click("#zhkg-reset")  # "Show all" puts the page's counts back too
    assert counts(page) == WHOLE_COUNTS
    assert page.get_attribute("#zhkg-legend li[data-type='PERSON'] .zhkg-count", "title") is None
    assert_quiet(log)


@pytest.mark.parametrize("range_first", [True, False], ids=["range-then-type", "type-then-range"])
def test_a_type_unchecked_and_a_range_in_either_order(offline_page, tmp_path, range_first) -> None:
    page, log = open_dated(offline_page, tmp_path)
    steps = [lambda: set_range(page, "2021-03-01", "2021-03-31"),
             lambda: page.uncheck("#zhkg-legend input[value='DOCUMENT']")]
    for step in steps if range_first else steps[::-1]:
        step()
    # March without its documents: the people and the organisation March leaves, the role and the undated membership
    assert shown(page) == (["org:丙", "person:丁", "person:乙", "person:己"], ["e2", "e4"])
    assert counts(page) == MARCH_COUNTS  # an unchecked type still counts what the range leaves of it
    page.check("#zhkg-legend input[value='DOCUMENT']")
    assert shown(page) == (["doc:d2", "doc:d4", "org:丙", "person:丁", "person:乙", "person:己"], ["e2", "e4", "e6"])
    assert counts(page) == MARCH_COUNTS
    assert_quiet(log)


FIT_SPY = """() => {
    window.fits = [];
    const fit = zhkg.network.fit.bind(zhkg.network);
    zhkg.network.fit = options => { fits.push(JSON.parse(JSON.stringify(options))); fit(options); };
}"""

# Every shown node's centre on the canvas, and whether it lies inside it.
ON_CANVAS = """() => {
    const box = document.querySelector('#zhkg-network canvas').getBoundingClientRect();
    const ids = zhkg.visibleNodeIds(), at = zhkg.network.getPositions(ids);
    return ids.every(id => {
        const p = zhkg.network.canvasToDOM(at[id]);
        return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
    });
}"""


def test_a_range_change_fits_the_view_and_moves_no_node(offline_page, tmp_path) -> None:
    page, log = open_dated(offline_page, tmp_path)
    positions = page.evaluate("zhkg.network.getPositions(zhkg.nodes.getIds())")
    view = page.evaluate("[zhkg.network.getScale(), zhkg.network.getViewPosition()]")
    page.evaluate(FIT_SPY)
    set_range(page, "2021-03-01", "2021-03-31")
    fits = page.evaluate("fits")
    assert fits and all(fit["animation"] is False for fit in fits)
    assert sorted(fits[-1]["nodes"]) == shown(page)[0]  # the last fit: the nodes March leaves
    assert page.evaluate("zhkg.network.getPositions(zhkg.nodes.getIds())") == positions
    assert page.evaluate("[zhkg.network.getScale(), zhkg.network.getViewPosition()]") != view
    assert page.evaluate(ON_CANVAS)
    done = len(fits)
    page.uncheck("#zhkg-legend input[value='DOCUMENT']")  # a checkbox is no change of range: the view stays
    page.check("#zhkg-legend input[value='DOCUMENT']")
    search(page, "戊")  # of June only: every date again, and the search's focus, not a fit
    page.wait_for_selector("#zhkg-panel-body[data-node='person:戊']", state="attached")
    assert page.input_value("#zhkg-since") == "2021-01-05"
    assert len(page.evaluate("fits")) == done
    page.click("#zhkg-all-dates")
    fits = page.evaluate("fits")
    assert len(fits) == done + 1 and sorted(fits[-1]["nodes"]) == EVERY_NODE
    assert page.evaluate("zhkg.network.getPositions(zhkg.nodes.getIds())") == positions
    assert_quiet(log)
