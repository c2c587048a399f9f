"""The seed graph's page in headless Chromium: search, filters and the side panel.

The page is rendered from the seed article by the current pipeline (not read
from graphs/), then driven the way a reader would: type a name, tick the
filters, click a node and a document reference. Screenshots go to tmp_path, or
to docs/screenshots/ (for the README) when ZHKG_SAVE_SCREENSHOTS=1.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from helpers import node_on_screen, search, wait_for_layout

from zhkg.export.html import write_html

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_e88b616f19a6a93b.txt"
PERSON = "person:闫维洪"
ARTICLE = "doc:000_e88b616f19a6a93b"


@pytest.fixture(scope="module")
def seed_html(seed_graph: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / f"{SEED.stem}.html"
    write_html(seed_graph, path, title=f"zhkg: {SEED.stem}")
    return path


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots go: the repository's docs/screenshots/ only when asked for."""
    if os.environ.get("ZHKG_SAVE_SCREENSHOTS") == "1":
        folder = ROOT / "docs" / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return tmp_path


@pytest.fixture
def seed_page(offline_page: tuple[Any, Any], seed_html: Path) -> Iterator[Any]:
    page, log = offline_page
    page.goto(seed_html.as_uri())
    wait_for_layout(page)
    yield page
    assert log.requests == [] and log.failed == [] and log.errors == [] and log.dialogs == []


def visible_types(page: Any) -> list[str]:
    """Types of the nodes the DataSet shows, checked against what vis-network draws."""
    shown = page.evaluate("zhkg.nodes.get({filter: node => !node.hidden}).map(node => node.id).sort()")
    drawn = page.evaluate("zhkg.network.body.nodeIndices.slice().sort()")
    assert shown == drawn
    return page.evaluate("ids => ids.map(id => zhkg.nodes.get(id).type)", shown)


def drawn_relations(page: Any) -> set[str]:
    return set(page.evaluate("zhkg.network.body.edgeIndices.map(id => zhkg.edges.get(id).kind)"))


def click_node(page: Any, node_id: str) -> None:
    page.mouse.click(*node_on_screen(page, node_id))


def show_only(page: Any, kind: str) -> None:
    """Untick every type but ``kind`` in the legend, as a reader would."""
    for box in page.locator("#zhkg-legend input[type=checkbox]").all():
        if box.get_attribute("value") != kind:
            box.uncheck()


def test_overview_draws_the_whole_seed_with_legend_and_filters(seed_page, seed_graph, shots) -> None:
    page = seed_page
    types = {attrs["type"] for _node, attrs in seed_graph.nodes(data=True)}
    relations = {attrs["label"] for _u, _v, attrs in seed_graph.edges(data=True)}
    assert set(page.locator("#zhkg-legend input").evaluate_all("boxes => boxes.map(box => box.value)")) == types
    assert set(page.locator("#zhkg-relations input").evaluate_all("boxes => boxes.map(box => box.value)")) == relations
    assert len(visible_types(page)) == seed_graph.number_of_nodes()
    assert drawn_relations(page) == relations
    assert page.locator("#zhkg-omitted").count() == 0  # the seed is far below the node limit
    assert page.text_content("#zhkg-visible") == (
        f"Showing {seed_graph.number_of_nodes()} of {seed_graph.number_of_nodes()} nodes and "
        f"{seed_graph.number_of_edges()} of {seed_graph.number_of_edges()} edges."
    )
    page.screenshot(path=str(shots / "seed-overview.png"))


@pytest.mark.parametrize("query", ["闫维洪", "閆維洪", "Yan Weihong", "yanweihong", "yan wei hong", "Yán Wéihóng"])
def test_search_finds_the_person_by_any_name(seed_page, query: str) -> None:
    page = seed_page
    search(page, query)
    assert page.evaluate("zhkg.network.getSelectedNodes()") == [PERSON]
    assert page.text_content("#zhkg-status") == "found: 閆維洪"
    assert page.text_content("#zhkg-panel-body .zhkg-panel-title") == "閆維洪"


def test_search_by_pinyin_is_shown(seed_page, shots) -> None:
    page = seed_page
    search(page, "Yan Weihong")
    assert page.evaluate("zhkg.network.getSelectedNodes()") == [PERSON]
    page.wait_for_timeout(600)  # the focus animation
    page.screenshot(path=str(shots / "seed-search.png"))


def test_type_and_relation_filters_hide_and_reset(seed_page, seed_graph) -> None:
    page = seed_page
    people = sum(1 for _node, attrs in seed_graph.nodes(data=True) if attrs["type"] == "PERSON")
    positions = page.evaluate("zhkg.network.getPositions()")

    show_only(page, "PERSON")
    assert visible_types(page) == ["PERSON"] * people
    assert drawn_relations(page) == set()  # no relation joins two people in the seed

    page.click("#zhkg-reset")
    page.locator("#zhkg-relations input[value='MENTIONED_IN']").uncheck()
    assert len(visible_types(page)) == seed_graph.number_of_nodes()
    assert "MENTIONED_IN" not in drawn_relations(page) and "HOLDS_ROLE" in drawn_relations(page)

    page.click("#zhkg-legend button.zhkg-only[value='PLACE']")
    assert set(visible_types(page)) == {"PLACE"}
    assert drawn_relations(page) == {"WITHIN", "CO_MENTIONED"}  # their hierarchy, and places named together

    page.click("#zhkg-reset")
    assert page.locator("#zhkg-side input:not(:checked)").count() == 0
    assert len(visible_types(page)) == seed_graph.number_of_nodes()
    assert page.evaluate("zhkg.network.body.edgeIndices.length") == seed_graph.number_of_edges()
    # Hiding and showing nodes does not move them.
    assert page.evaluate("zhkg.network.getPositions()") == positions


def test_a_relation_kind_can_be_shown_alone(seed_page, seed_graph) -> None:
    # seeing only the roles took unticking eight boxes: the relation list had no "only" (found by a QA pass)
    page = seed_page
    page.click("#zhkg-relations button.zhkg-only[value='HOLDS_ROLE']")
    assert drawn_relations(page) == {"HOLDS_ROLE"}
    assert len(visible_types(page)) == seed_graph.number_of_nodes()  # the nodes stay
    assert page.locator("#zhkg-relations input:checked").evaluate_all("boxes => boxes.map(b => b.value)") == [
        "HOLDS_ROLE"]
    page.click("#zhkg-reset")
    assert page.evaluate("zhkg.visibleEdgeIds().length") == seed_graph.number_of_edges()


def test_clicking_a_person_opens_the_panel_with_evidence(seed_page, shots) -> None:
    page = seed_page
    show_only(page, "PERSON")
    click_node(page, PERSON)
    assert page.evaluate("zhkg.network.getSelectedNodes()") == [PERSON]
    panel = page.locator("#zhkg-panel-body")
    assert panel.get_attribute("data-node") == PERSON
    rows = dict(zip(panel.locator("th").all_text_contents(), panel.locator("td").all_text_contents()))
    assert (rows["Type"], rows["Simplified"], rows["Pinyin"]) == ("PERSON", "闫维洪", "Yan Weihong")
    assert "閆維洪" in rows["Aliases"]
    item = panel.locator("#zhkg-evidence li", has_text="黨組書記").first
    assert "閆維洪" in item.locator(".zhkg-sentence").text_content()
    assert "HOLDS_ROLE" in item.locator(".zhkg-relations").text_content()
    reference = item.locator("button.zhkg-doc")
    assert reference.get_attribute("data-doc") == "000_e88b616f19a6a93b"
    assert reference.text_content().startswith("《奮勇投身疫情防控第一線")

    page.click("#zhkg-reset")
    # Onto an empty corner of the canvas, so no tooltip covers the screenshot.
    box = page.locator("#zhkg-network").bounding_box()
    page.mouse.move(box["x"] + 3, box["y"] + box["height"] - 3)
    page.wait_for_selector("div.vis-tooltip", state="hidden", timeout=5_000)
    page.screenshot(path=str(shots / "seed-panel.png"))


def test_a_document_reference_selects_its_document(seed_page) -> None:
    page = seed_page
    show_only(page, "PERSON")
    page.evaluate("id => zhkg.select(id, false)", PERSON)
    page.locator("#zhkg-evidence li", has_text="黨組書記").first.locator("button.zhkg-doc").click()
    # The DOCUMENT type was filtered out: following the reference shows it again.
    assert page.is_checked("#zhkg-legend input[value='DOCUMENT']")
    assert page.evaluate("zhkg.network.getSelectedNodes()") == [ARTICLE]
    assert page.get_attribute("#zhkg-panel-body", "data-node") == ARTICLE
    assert page.text_content("#zhkg-panel-body .zhkg-panel-title") == "奮勇投身疫情防控第一線 為保人民群眾平安作貢獻"


def test_place_panel_gives_its_code_and_parent(seed_page) -> None:
    page = seed_page
    search(page, "平谷区")
    panel = page.locator("#zhkg-panel-body")
    rows = dict(zip(panel.locator("th").all_text_contents(), panel.locator("td").all_text_contents()))
    assert (rows["Code"], rows["Parent code"]) == ("110117", "110000")
    page.click("#zhkg-panel-body .zhkg-parent button")
    assert page.evaluate("zhkg.network.getSelectedNodes()") == ["place:110000"]
    assert page.text_content("#zhkg-panel-body .zhkg-panel-title") == "北京市"


def test_count_panel_gives_value_thing_counted_and_gloss(seed_page) -> None:
    page = seed_page
    search(page, "卡口")
    rows = dict(zip(page.locator("#zhkg-panel-body th").all_text_contents(),
                    page.locator("#zhkg-panel-body td").all_text_contents()))
    assert (rows["Type"], rows["Value"], rows["Counted"], rows["Gloss"]) == ("COUNT", "1028", "卡口", "checkpoints")
