"""The exported page in a real headless Chromium, with the network cut off.

Each test opens the file:// page with every http(s) request aborted and
recorded, and fails on any request, JavaScript error or dialog.
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from helpers import add_edge, add_node, assert_quiet, hover, search, wait_for_layout

from zhkg.export.html import write_html
from zhkg.registry import label_colour

pytestmark = [pytest.mark.browser, pytest.mark.slow]

HOSTILE = [
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    '<img src=x onerror="alert(3);window.pwned=1">',
    "\"'><svg onload=alert(4)>",
]


def news_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(title="平谷區政協新聞")
    add_node(G, "person:闫维洪", "閆維洪", "PERSON", "闫维洪", "閆維洪|闫维洪")
    add_node(G, "org:平谷区政协", "平谷區政協", "ORGANIZATION", "平谷区政协", "平谷區政協|平谷区政协|區政協")
    add_node(G, "place:110117", "平谷區", "PLACE", "平谷区", "平谷區|平谷区", code="110117")
    add_node(G, "doc:d1", "平谷區政協召開會議", "DOCUMENT", "平谷区政协召开会议", "", date="2024-01-02")
    add_edge(G, "person:闫维洪", "org:平谷区政协", "e1", "HOLDS_ROLE", "平谷區政協主席閆維洪出席會議。", role="主席")
    add_edge(G, "org:平谷区政协", "place:110117", "e2", "LOCATED_IN", "平谷區政協位於平谷區。")
    add_edge(G, "person:闫维洪", "doc:d1", "e3", "MENTIONED_IN", "平谷區政協主席閆維洪出席會議。")
    add_edge(G, "org:平谷区政协", "doc:d1", "e4", "MENTIONED_IN", "平谷區政協位於平谷區。")
    return G


def hostile_graph() -> nx.MultiDiGraph:
    G = news_graph()
    for i, text in enumerate(HOSTILE):
        add_node(G, f"person:h{i}", text, "PERSON", text, f"{text}|h{i}")
        add_edge(G, f"person:h{i}", "org:平谷区政协", f"h{i}", "MEMBER_OF", text, role=text)
    G.graph["title"] = HOSTILE[0]
    return G


def open_graph(page: Any, G: nx.MultiDiGraph, tmp_path: Path) -> None:
    """Write G, load it and wait until the layout has been frozen."""
    path = tmp_path / "graph.html"
    write_html(G, path, height="700px")
    page.goto(path.as_uri())
    wait_for_layout(page)


def test_every_node_is_drawn_offline(offline_page, tmp_path) -> None:
    page, log = offline_page
    G = news_graph()
    open_graph(page, G, tmp_path)
    drawn = page.evaluate("Object.keys(zhkg.network.body.nodes).filter(id => zhkg.network.body.data.nodes.get(id))")
    assert sorted(drawn) == sorted(G.nodes)
    assert page.evaluate("zhkg.network.body.data.edges.length") == G.number_of_edges()
    positions = page.evaluate("zhkg.network.getPositions()")
    assert all(abs(p["x"]) < 1e5 and abs(p["y"]) < 1e5 for p in positions.values())
    # Physics is off, so the layout no longer moves.
    page.wait_for_timeout(500)
    assert page.evaluate("zhkg.network.getPositions()") == positions
    assert page.locator("#zhkg-legend li").count() == 4
    page.screenshot(path=str(tmp_path / "graph.png"))
    assert_quiet(log)


def test_layout_is_the_same_on_reload(offline_page, tmp_path) -> None:
    page, log = offline_page
    open_graph(page, news_graph(), tmp_path)
    first = page.evaluate("zhkg.network.getPositions()")
    page.reload()
    wait_for_layout(page)
    assert page.evaluate("zhkg.network.getPositions()") == first
    assert_quiet(log)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("闫维洪", "person:闫维洪"),  # Simplified
        ("閆維洪", "person:闫维洪"),  # Traditional
        ("區政協", "org:平谷区政协"),  # alias
        ("平谷区", "place:110117"),  # exact beats the prefix match on 平谷区政协
        ("110117", "place:110117"),  # administrative code
    ],
)
def test_search_selects_and_focuses(offline_page, tmp_path, query: str, expected: str) -> None:
    page, log = offline_page
    open_graph(page, news_graph(), tmp_path)
    search(page, query)
    assert page.evaluate("zhkg.network.getSelectedNodes()") == [expected]
    assert page.text_content("#zhkg-status").startswith("found")
    assert_quiet(log)


def test_search_reports_not_found(offline_page, tmp_path) -> None:
    page, log = offline_page
    open_graph(page, news_graph(), tmp_path)
    page.fill("#zhkg-query", "不存在的人")
    page.click("#zhkg-go")
    assert page.evaluate("zhkg.network.getSelectedNodes()") == []
    assert page.text_content("#zhkg-status") == "not found"
    assert_quiet(log)


def test_tooltip_shows_names_and_evidence(offline_page, tmp_path) -> None:
    page, log = offline_page
    open_graph(page, news_graph(), tmp_path)
    hover(page, "person:闫维洪")
    text = page.text_content("div.vis-tooltip")
    for expected in ("閆維洪", "PERSON", "闫维洪", "平谷區政協主席閆維洪出席會議。"):
        assert expected in text
    page.screenshot(path=str(tmp_path / "tooltip.png"))
    assert_quiet(log)


def test_hostile_labels_stay_text(offline_page, tmp_path) -> None:
    page, log = offline_page
    open_graph(page, hostile_graph(), tmp_path)
    assert page.title() == HOSTILE[0]
    hover(page, "person:h2")
    tooltip = page.locator("div.vis-tooltip")
    assert HOSTILE[2] in tooltip.text_content()
    assert page.evaluate("document.querySelectorAll('div.vis-tooltip *:not(div, table, tbody, tr, th, td, ol, li)').length") == 0
    search(page, HOSTILE[1])
    assert page.evaluate("zhkg.network.getSelectedNodes()") == ["person:h1"]
    # The side panel shows the hostile name, alias, role and sentence as text.
    panel = page.locator("#zhkg-panel-body")
    assert panel.locator(".zhkg-panel-title").text_content() == HOSTILE[1]
    assert HOSTILE[1] in panel.locator(".zhkg-sentence").first.text_content()
    assert f"MEMBER_OF ({HOSTILE[1]}) → 平谷區政協" in panel.locator(".zhkg-relations").first.text_content()
    allowed = "div, table, tbody, tr, th, td, h2, ol, li, p, button"
    assert page.evaluate(f"document.querySelectorAll('#zhkg-panel-body *:not({allowed})').length") == 0
    page.check("#zhkg-legend input[value='PERSON']")  # already checked: a no-op that must not throw
    page.click("#zhkg-legend button.zhkg-only[value='PERSON']")
    assert page.evaluate("zhkg.visibleNodeIds().length") == 1 + len(HOSTILE)
    assert page.evaluate("window.pwned") is None
    assert page.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    page.screenshot(path=str(tmp_path / "hostile.png"))
    assert_quiet(log)


def test_empty_graph_still_settles(offline_page, tmp_path) -> None:
    page, log = offline_page
    open_graph(page, nx.MultiDiGraph(), tmp_path)
    assert page.evaluate("zhkg.network.body.data.nodes.length") == 0
    assert page.locator("#zhkg-legend li").count() == 0
    assert_quiet(log)


def synthetic_graph(n: int = 1000, seed: int = 5) -> nx.MultiDiGraph:
    """``n`` nodes of every type and 3n random relations, with random mentions."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph(title="synthetic")
    kinds = ["PERSON", "ORGANIZATION", "PLACE", "COUNT", "DOCUMENT"]
    ids = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        r, g, b = label_colour(kind)
        node_id = f"{kind.lower()}:{i:04d}"
        extra = {"doc_id": f"d{i:04d}", "title": f"文件{i}"} if kind == "DOCUMENT" else {}
        G.add_node(node_id, label=f"節點{i}", type=kind, name_simplified=f"节点{i}", aliases="",
                   mentions=0 if kind == "DOCUMENT" else rng.randint(1, 50), r=r, g=g, b=b, size=12.0, **extra)
        ids.append(node_id)
    docs = [node for node in ids if node.startswith("document:")]
    for j in range(3 * n):
        source, target = rng.sample(ids, 2)
        G.add_edge(source, target, key=f"e{j:06d}", id=f"e{j:06d}",
                   label=rng.choice(["MEMBER_OF", "LOCATED_IN", "MENTIONED_IN"]), role="",
                   evidence=f"第{j}句。", doc_id=G.nodes[rng.choice(docs)]["doc_id"], evidence_start=j, evidence_end=j + 4, weight=1.0)
    return G


def test_large_graph_is_cut_down_and_settles_quickly(offline_page, tmp_path) -> None:
    page, log = offline_page
    G = synthetic_graph()
    path = tmp_path / "large.html"
    write_html(G, path)  # the default limit
    started = time.monotonic()
    page.goto(path.as_uri())
    wait_for_layout(page)
    elapsed = time.monotonic() - started
    assert elapsed < 15, f"1,000-node graph took {elapsed:.1f}s to settle"  # about 2s on a laptop
    shown = page.evaluate("zhkg.nodes.length")
    assert shown == 300 and page.evaluate("zhkg.omitted.nodes") == 700
    notice = page.text_content("#zhkg-omitted")
    assert "700 nodes" in notice and f"{page.evaluate('zhkg.omitted.edges')} edges are left out" in notice
    assert page.evaluate("zhkg.visibleEdgeIds().length") + page.evaluate("zhkg.omitted.edges") == G.number_of_edges()
    # Physics is off: the layout no longer moves.
    positions = page.evaluate("zhkg.network.getPositions()")
    page.wait_for_timeout(500)
    assert page.evaluate("zhkg.network.getPositions()") == positions
    page.screenshot(path=str(tmp_path / "large.png"))
    assert_quiet(log)
