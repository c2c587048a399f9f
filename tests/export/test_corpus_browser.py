"""A corpus-sized page in headless Chromium: a connected view whose biggest entities are labelled at first sight.

The graph is made up (a fixed seed): documents that mention people, people
co-mentioned with the next person of their document, well-mentioned people
with no link to another entity, and entities with no edge at all. The page
draws 300 of its nodes. Set ZHKG_SAVE_SCREENSHOTS=1 to keep the screenshot.
"""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from zhkg.export.html import headline_nodes, top_nodes, write_html
from zhkg.registry import label_colour

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]


def corpus_graph() -> nx.MultiDiGraph:
    rng = random.Random(11)
    G = nx.MultiDiGraph(title="corpus")

    def node(node_id: str, kind: str, label: str, mentions: int, **extra: Any) -> None:
        r, g, b = label_colour(kind)
        G.add_node(node_id, label=label, type=kind, name_simplified=label, aliases=label, mentions=mentions,
                   r=r, g=g, b=b, size=round(10.0 + 6.0 * mentions ** 0.5, 2), **extra)

    def edge(source: str, target: str, kind: str, doc: int, weight: float = 1.0) -> None:
        key = f"e{G.number_of_edges():05d}"
        G.add_edge(source, target, key=key, id=key, label=kind, role="", evidence=f"句子{doc}。", doc_id=f"d{doc}",
                   evidence_start=0, evidence_end=3, weight=weight, date="")

    people = [f"person:p{i:03d}" for i in range(600)]
    for i, person in enumerate(people):
        node(person, "PERSON", f"人物{i}", mentions=1 + rng.randrange(40))
    for i in range(40):  # much mentioned, never with another entity
        node(f"person:solo{i:02d}", "PERSON", f"独{i}", mentions=200 + i)
    for i in range(20):  # no edge at all
        node(f"org:none{i:02d}", "ORGANIZATION", f"孤{i}", mentions=150 + i)
    for doc in range(150):
        node(f"doc:d{doc}", "DOCUMENT", f"文章{doc}", mentions=0, doc_id=f"d{doc}", title=f"文章{doc}")
        named = rng.sample(people, 6)
        for person in named:
            edge(person, f"doc:d{doc}", "MENTIONED_IN", doc)
        for a, b in zip(named, named[1:]):
            edge(min(a, b), max(a, b), "CO_MENTIONED", doc, weight=float(1 + rng.randrange(4)))
        edge(f"person:solo{doc % 40:02d}", f"doc:d{doc}", "MENTIONED_IN", doc)
    return G


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
    page.wait_for_selector("body[data-stabilized='true']", state="attached", timeout=180_000)
    drawn = page.evaluate("zhkg.network.body.nodeIndices.slice()")
    assert sorted(drawn) == sorted(top_nodes(G, 300))
    # every drawn node has a drawn edge: the entities with no edge at all did not fit in
    lonely = page.evaluate("""() => {
        const net = zhkg.network, touched = {};
        net.body.edgeIndices.forEach(id => { const e = net.body.edges[id]; touched[e.fromId] = touched[e.toId] = true; });
        return net.body.nodeIndices.filter(id => !touched[id]);
    }""")
    assert lonely == []
    # at the zoom that fits 300 nodes, vis-network would skip every 14px label; the headlines are readable
    shown = """() => {
        const net = zhkg.network, scale = net.getScale();
        return net.body.nodeIndices.filter(id => {
            const n = net.body.nodes[id];
            return n.options.font.size * scale >= n.options.scaling.label.drawThreshold - 1;
        });
    }"""
    heads = headline_nodes(G, top_nodes(G, 300))
    assert len(heads) == 30
    assert page.evaluate("zhkg.network.getScale()") < 0.3
    assert set(page.evaluate(shown)) == heads
    on_screen = page.evaluate("zhkg.headlineFont * zhkg.network.getScale()")
    assert 14 <= on_screen <= 16
    folder = ROOT / "docs" / "screenshots" if os.environ.get("ZHKG_SAVE_SCREENSHOTS") == "1" else tmp_path
    page.screenshot(path=str(folder / "corpus-synthetic.png"))
    assert log.requests == [] and log.failed == [] and log.errors == [] and log.dialogs == []
