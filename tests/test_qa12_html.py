"""The page's map from Traditional characters to Simplified ones (its search reads a query through it)."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from zhkg.export.html import render_html, simplified_characters
from zhkg.stages.normalise import convert, to_simplified


@pytest.mark.parametrize("name", ["国务院", "台湾", "平谷区政协", "闫维洪", "发展和改革委员会", "里约热内卢"])
def test_every_traditional_form_of_a_name_maps_back_to_it(name):
    table = simplified_characters([name])
    for config in ("s2t", "s2tw", "s2hk"):
        written = convert(name, config)
        assert "".join(table.get(ch, ch) for ch in written) == name, (config, written)


def test_only_characters_that_differ_and_read_back_are_kept():
    table = simplified_characters(["中国", "國", "abc"])
    assert table == {"國": "国"}
    assert all(to_simplified(traditional) == simplified for traditional, simplified in table.items())


def test_the_page_carries_the_map_of_its_drawn_names_only():
    G = nx.MultiDiGraph()
    G.add_node("org:国务院", label="国务院", type="ORGANIZATION", name_simplified="国务院", aliases="国务院", mentions=1)
    page = render_html(G, max_nodes=None)
    payload = json.loads(re.search(r'<script type="application/json" id="zhkg-data">(.*?)</script>', page, re.S)[1])
    assert payload["simplified"] == {"務": "务", "國": "国"}
    assert render_html(G, max_nodes=None) == page  # deterministic
