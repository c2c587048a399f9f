"""Typed relations on the page as a reader meets them in Chromium (session 17, ui17): the word a relation was
read from in the edge's tooltip and the node's panel, the rarest kinds drawn on a crowded page, each kind's
colour in the relations list. Graphs made by hand, names in both scripts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from helpers import add_edge, add_node, assert_quiet, corpus_graph, search, wait_for_layout

from zhkg.export.html import edge_colour, write_html
from zhkg.stages.normalise import to_traditional

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SCRIPTS = [pytest.param(str, id="simplified"), pytest.param(to_traditional, id="traditional")]


def family_graph(convert: Any) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(title="family")
    for node, name in [("person:吴宇森", "吴宇森"), ("person:吴飞霞", "吴飞霞"), ("person:王志明", "王志明"),
                       ("person:李慧芳", "李慧芳")]:
        add_node(G, node, convert(name), "PERSON", name, f"{convert(name)}|{name}", mentions=2)
    add_edge(G, "person:吴宇森", "person:吴飞霞", "e1", "PARENT_OF", convert("导演吴宇森的女儿吴飞霞出席开幕式。"))
    G.edges["person:吴宇森", "person:吴飞霞", "e1"]["relation_zh"] = "女儿"
    add_edge(G, "person:王志明", "person:李慧芳", "e2", "SPOUSE_OF", convert("歌手王志明与前妻李慧芳同时现身。"), start=20)
    G.edges["person:王志明", "person:李慧芳", "e2"].update(relation_zh="前妻", former=True)
    return G


def open_page(offline_page: tuple[Any, Any], path: Path) -> tuple[Any, Any]:
    page, log = offline_page
    page.goto(path.as_uri())
    wait_for_layout(page)
    return page, log


def hover_edge(page: Any, source: str, target: str) -> str:
    """Centre an edge at zoom 1, move the mouse onto its middle and return its tooltip's text."""
    page.evaluate("""([a, b]) => {
        const at = zhkg.network.getPositions([a, b]);
        zhkg.network.moveTo({position: {x: (at[a].x + at[b].x) / 2, y: (at[a].y + at[b].y) / 2}, scale: 1.0});
    }""", [source, target])
    box = page.locator("#zhkg-network").bounding_box()
    page.mouse.move(box["x"] + 5, box["y"] + 5)
    # a quarter of the way from the source: clear of both dots and of the label drawn at the middle
    point = page.evaluate("""([a, b]) => {
        const at = zhkg.network.getPositions([a, b]);
        return zhkg.network.canvasToDOM({x: 0.75 * at[a].x + 0.25 * at[b].x, y: 0.75 * at[a].y + 0.25 * at[b].y});
    }""", [source, target])
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"], steps=5)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
    return page.text_content("div.vis-tooltip")


@pytest.mark.parametrize("convert", SCRIPTS)
def test_an_edge_tooltip_and_the_panel_say_the_word_read(offline_page, tmp_path, convert) -> None:
    path = tmp_path / "family.html"
    write_html(family_graph(convert), path)
    page, log = open_page(offline_page, path)
    tip = hover_edge(page, "person:吴宇森", "person:吴飞霞")
    assert tip.startswith("PARENT_OF") and "Read as女儿" in tip and f"To{convert('吴飞霞')}" in tip
    tip = hover_edge(page, "person:王志明", "person:李慧芳")
    assert "Read as前妻 (former)" in tip
    search(page, convert("李慧芳"))
    relations = page.locator("#zhkg-evidence .zhkg-relations").all_text_contents()
    assert relations == [f"SPOUSE_OF (前妻, former) ← {convert('王志明')}"]
    assert_quiet(log)


@pytest.mark.parametrize("convert", SCRIPTS)
def test_a_crowded_page_shows_a_rare_kind_with_its_colour(offline_page, tmp_path, convert) -> None:
    G = corpus_graph()
    for node, name in [("person:x", "张伟"), ("person:y", "李娜")]:
        add_node(G, node, convert(name), "PERSON", name, convert(name))
    add_edge(G, "person:x", "person:y", "t1", "SPOUSE_OF", convert("张伟的妻子李娜出席。"))
    G.edges["person:x", "person:y", "t1"]["relation_zh"] = "妻子"
    path = tmp_path / "crowded.html"
    write_html(G, path, max_nodes=300)
    page, log = open_page(offline_page, path)
    assert "t1" in page.evaluate("zhkg.visibleEdgeIds()")
    item = page.locator("#zhkg-relations li[data-relation='SPOUSE_OF']")
    swatch = item.locator(".zhkg-swatch").evaluate("el => getComputedStyle(el).backgroundColor")
    red, green, blue = (int(edge_colour("SPOUSE_OF")[i:i + 2], 16) for i in (1, 3, 5))
    assert swatch == f"rgb({red}, {green}, {blue})"
    item.locator(".zhkg-only").click()  # the kind alone: its one edge is what the page shows
    assert page.evaluate("zhkg.visibleEdgeIds()") == ["t1"]
    assert_quiet(log)
