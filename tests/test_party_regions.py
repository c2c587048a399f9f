"""A party named without its country merges only across documents of one region (issue 15): the US 民主党 is
not Hong Kong's, in Simplified and as Hong Kong and Taiwan texts read it."""

from __future__ import annotations

import pytest

from zhkg.records import Document

US = "民主党领袖佩洛西在华盛顿表示，民主党将在美国国会推动投票。"
US_2 = "民主党在纽约举行集会，美国总统出席。"
HK = "民主党在香港区议会选举中获得多个议席，九龙和新界的支持者到场。"
HK_2 = "民主党主席何俊仁在香港表示，民主党将参选。"


def _party_ids(pipeline, texts: list[str], script: str) -> dict[str, set[str]]:
    from zhkg.stages.normalise import convert

    docs = [Document(f"d{i}", t if script == "simplified" else convert(t, script)) for i, t in enumerate(texts)]
    graph = pipeline.run_documents(docs).graph
    out: dict[str, set[str]] = {}
    for node, data in graph.nodes(data=True):
        if data.get("type") == "ORGANIZATION" and node.split("@")[0] == "org:民主党":
            out[node] = {v for _, v, k in graph.out_edges(node, data="label") if k == "MENTIONED_IN"}
    return out


@pytest.mark.parametrize("script", ["simplified", "s2hk", "s2tw"])
def test_same_named_parties_of_two_regions_are_two_nodes(pipeline, script):
    ids = _party_ids(pipeline, [US, HK], script)
    assert set(ids) == {"org:民主党", "org:民主党@US"}
    assert ids["org:民主党@US"] == {"doc:d0"} and ids["org:民主党"] == {"doc:d1"}


@pytest.mark.parametrize("script", ["simplified", "s2hk", "s2tw"])
def test_a_party_merges_within_its_region(pipeline, script):
    ids = _party_ids(pipeline, [US, US_2, HK, HK_2], script)
    assert ids == {"org:民主党@US": {"doc:d0", "doc:d1"}, "org:民主党": {"doc:d2", "doc:d3"}}


def test_a_document_with_no_region_leaves_the_party_as_named(pipeline):
    assert set(_party_ids(pipeline, ["民主党发表声明。"], "simplified")) == {"org:民主党"}


@pytest.mark.parametrize("codes, region", [
    (["US", "US-NYC", "CN"], "US"),
    (["HK", "HK-WC", "110000"], "HK"),
    (["110000", "TW"], ""),  # a tie: no region leads
    ([], ""),
])
def test_document_region(codes, region):
    from zhkg.records import Label, Mention
    from zhkg.stages.resolve import document_region

    ms = [Mention("d", i, i + 1, "x", "x", Label.PLACE, "gazetteer", code=c) for i, c in enumerate(codes)]
    assert document_region(ms) == region


@pytest.mark.parametrize("script", ["simplified", "s2hk", "s2tw"])
def test_a_party_of_one_name_merges_whatever_the_region(pipeline, script):
    from zhkg.stages.normalise import convert

    texts = ["国民党主席吴伯雄在北京会见了上海的代表。", "国民党在台北市召开党代会，台湾各地代表出席。"]
    docs = [Document(f"d{i}", t if script == "simplified" else convert(t, script)) for i, t in enumerate(texts)]
    graph = pipeline.run_documents(docs).graph
    assert [n for n in graph if n.startswith("org:国民党")] == ["org:国民党"]
