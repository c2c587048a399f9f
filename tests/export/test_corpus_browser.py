"""A corpus-sized page in headless Chromium: a connected view whose biggest entities are labelled at first sight.

The graph is made up (``helpers.corpus_graph``): documents that mention people,
people co-mentioned with the next person of their document, well-mentioned
people with no link to another entity, and entities with no edge at all. The
page draws 300 of its nodes. Set ZHKG_SAVE_SCREENSHOTS=1 to keep the screenshot.
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
import pytest
from helpers import corpus_graph, drawn_label_boxes, overlapping, wait_for_layout

from zhkg.export.html import headline_nodes, top_nodes, write_html

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, Path]:
    G = corpus_graph()
    path = tmp_path_factory.mktemp("corpus") / "corpus.html"
    write_html(G, path, max_nodes=300)
    return G, path


def test_corpus_page_is_connected_and_its_biggest_entities_are_labelled(offline_page, corpus_page, tmp_path):
    G, path = corpus_page
    page, log = offline_page
    page.goto(path.as_uri())
    wait_for_layout(page)
    drawn = page.evaluate("zhkg.network.body.nodeIndices.slice()")
    assert sorted(drawn) == sorted(top_nodes(G, 300))
    # every drawn node has a drawn edge: the entities with no edge at all did not fit in
    lonely = page.evaluate("""() => {
        const net = zhkg.network, touched = {};
        net.body.edgeIndices.forEach(id => { const e = net.body.edges[id]; touched[e.fromId] = touched[e.toId] = true; });
        return net.body.nodeIndices.filter(id => !touched[id]);
    }""")
    assert lonely == []
    # at the zoom that fits 300 nodes, vis-network would skip every 14px label; the headlines are readable,
    # all but those that would write over a bigger one's label or dot
    heads = headline_nodes(G, top_nodes(G, 300))
    assert len(heads) == 30
    assert page.evaluate("zhkg.network.getScale()") < 0.3
    shown = drawn_label_boxes(page)
    assert set(shown) <= heads and len(shown) >= 20 and overlapping(shown) == []
    on_screen = page.evaluate("zhkg.headlineFont * zhkg.network.getScale()")
    assert 14 <= on_screen <= 16
    folder = ROOT / "docs" / "screenshots" if os.environ.get("ZHKG_SAVE_SCREENSHOTS") == "1" else tmp_path
    page.screenshot(path=str(folder / "corpus-synthetic.png"))
    assert log.requests == [] and log.failed == [] and log.errors == [] and log.dialogs == []
