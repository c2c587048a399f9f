"""A surname and a form of address (范指导, 刘先生, 王大娘) names the document's one person of that surname written in
full, as an alias of that person's node, round aliases90 (``short_forms.titled_surnames`` with ``addresses``,
``defined_short_forms._titled_people``); two people of the surname named in full: no link. Every text here is
written for the test; each runs as written and converted to Traditional (OpenCC s2t)."""

from __future__ import annotations

import pytest
from helpers import both_scripts, person_nodes

from zhkg.extract.short_forms import address_at, titled_surnames


@pytest.mark.parametrize("text, full", both_scripts([
    ("主教练范斌赛后表示满意。郭艾伦说：“范指导对我们要求很严。”", "范斌"),
    ("记者见到了刘建华。刘先生说，今年的收成不错。", "刘建华"),
    ("王秀兰今年六十岁。那天早上，王大娘在自家门口发现了两个弃婴。", "王秀兰"),
    ("公司董事长张志强出席了签约仪式。张总表示，明年将扩大生产。", "张志强"),
]))
def test_address_joins_the_full_name(pipeline, text, full):
    nodes = person_nodes(pipeline, text)
    # no one-letter node beside the full name, and the full name's node holds the surname's mention
    assert not [n for n in nodes if len(n) == 1], nodes
    assert any(name != full and name[0] == full[0] for name in nodes[full]), nodes


@pytest.mark.parametrize("text", both_scripts([
    # two people of the surname named in full: the address names neither
    "记者见到了刘建华和刘德明。刘先生说，今年的收成不错。",
    "王秀兰和王建国今年六十岁。那天早上，王大娘在自家门口发现了两个弃婴。",
]))
def test_two_of_the_surname_no_link(pipeline, text):
    nodes = person_nodes(pipeline, text)
    assert all(names == {full} for full, names in nodes.items() if len(full) == 3), nodes


@pytest.mark.parametrize("text", both_scripts([
    # a wife called by her husband's surname is another person (王太太), and a word across the surname and the
    # form is no address (示范|指导)
    "王秀兰今年六十岁。王太太说，今年的收成不错。",
    "教练范斌在场。这是一次示范指导课。",
]))
def test_no_address_no_link(pipeline, text):
    nodes = person_nodes(pipeline, text)
    assert all(names == {full} for full, names in nodes.items() if len(full) == 3 or full == "范斌"), nodes


def test_address_at_guards():
    assert address_at("刘先生说", 1, 0) == "先生"
    assert address_at("示范指导课", 2, 1) == ""
    assert address_at("王总结说", 1, 0) == ""
    assert titled_surnames(["范斌"], "主教练范斌。范指导说", {"范"}, {}) == {}
    assert titled_surnames(["范斌"], "主教练范斌。范指导说", {"范"}, {}, addresses=True) == {"范指导": "范斌"}
    # an address read as a name is no second person of the surname (刘先生 beside 刘建华)
    assert titled_surnames(["刘建华", "刘先生"], "刘建华。刘先生说", {"刘"}, {}, addresses=True) == {"刘先生": "刘建华"}
