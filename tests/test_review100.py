"""The corpus as a journalist opens it (session 34, review100): the page in Chromium, the files in Gephi's terms.

Each case failed before its fix:

* the browser user: on the 715-row THUCNews page three of the ten biggest entities (上海市, 澳大利亚, 西班牙) had
  no label at first sight, and on the 100-row page the third biggest (西班牙): a headline whose label, hanging
  below its dot, would cover a bigger headline's dot or label was drawn as any other node, its label hidden at
  that zoom. It now hangs above its dot when that place is clear.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from helpers import add_edge, add_node, assert_quiet, drawn_label_boxes, overlapping, page_in_script, wait_for_layout

from zhkg.stages.normalise import to_simplified, to_traditional

SCRIPTS = [pytest.param(to_simplified, id="simplified"), pytest.param(to_traditional, id="traditional")]


def two_big_places() -> nx.MultiDiGraph:
    """Two big places (中国, 西班牙) and a few small people linked to them."""
    G = nx.MultiDiGraph(title="headlines")
    add_node(G, "place:CN", "中国", "PLACE", "中国", "中国", mentions=90, size=60.0)
    add_node(G, "place:ES", "西班牙", "PLACE", "西班牙", "西班牙", mentions=40, size=40.0)
    for i, name in enumerate(["王小明", "李大伟", "张一山"]):
        add_node(G, f"person:{name}", name, "PERSON", name, name, mentions=2, size=12.0)
        add_edge(G, f"person:{name}", "place:CN" if i % 2 else "place:ES", f"e{i}", "CO_MENTIONED", f"{name}在中国。")
    add_edge(G, "place:ES", "place:CN", "e9", "CO_MENTIONED", "中国和西班牙。")
    return G


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("convert", SCRIPTS)
def test_a_headline_whose_label_below_is_covered_hangs_it_above(offline_page, tmp_path: Path, convert: Any) -> None:
    page, log = offline_page
    page.goto(page_in_script(two_big_places(), convert, tmp_path / "two.html").as_uri())
    wait_for_layout(page)
    # 西班牙 just above 中国, as the corpus pages' layout put it beside 美国: its label below would lie on 中国's dot
    page.evaluate("""() => {
        const at = zhkg.network.getPositions(["place:CN"])["place:CN"];
        zhkg.network.moveNode("place:ES", at.x, at.y - 60 - 40 - 12);
        zhkg.network.moveTo({scale: zhkg.network.getScale() * 0.999});
    }""")
    page.wait_for_timeout(400)
    assert set(page.evaluate("zhkg.headlines")) >= {"place:CN", "place:ES"}  # 西班牙 was drawn unlabelled
    boxes = drawn_label_boxes(page)
    assert {"place:CN", "place:ES"} <= set(boxes)
    assert overlapping({k: boxes[k] for k in ("place:CN", "place:ES")}) == []
    at = page.evaluate("zhkg.network.getPositions(['place:CN', 'place:ES'])")
    spain, china = boxes["place:ES"], at["place:CN"]
    assert spain[3] < at["place:ES"]["y"] - 40  # above its own dot
    assert spain[3] < china["y"] - 60  # clear of 中国's dot
    page.evaluate("zhkg.network.moveTo({scale: 2.0})")  # zoomed in: every label at the page's font, below its dot
    page.wait_for_timeout(300)
    boxes = drawn_label_boxes(page)
    assert boxes["place:ES"][1] > page.evaluate("zhkg.network.getPositions(['place:ES'])")["place:ES"]["y"] + 40
    assert_quiet(log)
