"""Hostile text in the input never runs in the exported page (headless Chromium, network cut off).

A news file whose title, names and evidence sentences carry markup goes through
``zhkg extract``; a hand-built graph puts markup and quotes where extraction
would not (inside names and aliases). In both pages no dialog opens, no script
error happens, and the markup shows as literal text.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import hover, search, wait_for_layout

from zhkg.cli import main
from zhkg.export.html import write_html

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TITLE = "<script>alert(1)</script>平谷區政協\"會議\"召開"
EVIDENCE = "平谷區政協黨組書記、主席閆維洪主持會議，強調</script><img src=x onerror=alert(2)>要'堅守'一線。"
NEWS = f"""{TITLE}
2020-12-22 消費日報網
{EVIDENCE}
全區17個鎮鄉(街道)參加<svg onload=alert(3)>會議。
"""
MARKUP = ["<script", "<img", "<svg", "</script>"]

NAME = '张<img src=x onerror="alert(4);window.pwned=1">三'
ALIAS = "</script><script>alert(5)</script>"
ROLE = "\"'><iframe src=javascript:alert(6)>"
SENTENCE = "<b onmouseover=alert(7)>委員</b>張三出席會議。&lt;not an entity&gt;"


def assert_nothing_ran(page: Any, log: Any) -> None:
    assert log.dialogs == [], "a dialog opened"
    assert log.errors == []
    assert log.requests == [] and log.failed == []
    assert page.evaluate("window.pwned") is None
    assert page.evaluate("document.querySelectorAll('img, svg, iframe, b').length") == 0


def search_panel(page: Any, query: str) -> str:
    """Search for ``query`` and return the side panel's text."""
    search(page, query)
    return page.locator("#zhkg-panel-body").text_content()


def test_hostile_news_file_shows_its_markup_as_text(offline_page, tmp_path) -> None:
    src = tmp_path / "hostile.txt"
    src.write_text(NEWS, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page_file = out / "hostile.html"
    raw = page_file.read_text(encoding="utf-8")
    assert "<img" not in raw and "<svg" not in raw and "alert(" in raw  # present, but only escaped

    page, log = offline_page
    page.goto(page_file.as_uri())
    wait_for_layout(page)
    assert page.evaluate("zhkg.network.body.data.nodes.get('doc:hostile').fullLabel") == TITLE
    panel = search_panel(page, TITLE)
    assert page.evaluate("zhkg.network.getSelectedNodes()") == ["doc:hostile"]
    assert TITLE in panel
    tooltip = hover(page, "person:闫维洪")
    assert EVIDENCE in tooltip
    assert_nothing_ran(page, log)


def hostile_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(title=ALIAS)
    G.add_node("person:h", label=NAME, type="PERSON", name_simplified=NAME, aliases=f"{NAME}|{ALIAS}", mentions=2,
               r=31, g=119, b=180, size=16.0)
    G.add_node("org:o", label="平谷區政協", type="ORGANIZATION", name_simplified="平谷区政协", aliases="平谷區政協",
               mentions=1, r=255, g=127, b=14, size=12.0)
    G.add_node("doc:d", label=TITLE, type="DOCUMENT", name_simplified=TITLE, aliases="", mentions=0, title=TITLE,
               source=ROLE, r=127, g=140, b=141, size=10.0)
    G.add_edge("person:h", "org:o", key="e1", id="e1", label="MEMBER_OF", role=ROLE, evidence=SENTENCE,
               doc_id="d", evidence_start=0, evidence_end=len(SENTENCE), weight=1.0)
    G.add_edge("person:h", "doc:d", key="e2", id="e2", label="MENTIONED_IN", role="", evidence=SENTENCE,
               doc_id="d", evidence_start=0, evidence_end=len(SENTENCE), weight=1.0)
    return G


def test_hostile_names_aliases_and_evidence_stay_text(offline_page, tmp_path) -> None:
    path = tmp_path / "graph.html"
    write_html(hostile_graph(), path, height="700px")
    raw = path.read_text(encoding="utf-8")
    assert not any(tag in raw for tag in ("<img", "<iframe", "<b ", "</script><script>alert"))

    page, log = offline_page
    page.goto(path.as_uri())
    wait_for_layout(page)
    assert page.title() == ALIAS
    tooltip = hover(page, "person:h")
    for text in (NAME, ALIAS, SENTENCE):
        assert text in tooltip
    panel = search_panel(page, ALIAS)  # found by its alias, typed as markup
    assert page.evaluate("zhkg.network.getSelectedNodes()") == ["person:h"]
    for text in (NAME, SENTENCE, ROLE):
        assert text in panel
    assert_nothing_ran(page, log)
