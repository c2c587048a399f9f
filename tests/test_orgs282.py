"""Round orgs282: organisations of Taiwan and Hong Kong news (issue 15).

An online outlet whose name opens with a brand in Latin letters, in the bracketed dateline opening a story or a line
(【Yahoo 新闻报道】, 【Now新闻台】, [Newtalk新闻]), is that outlet; a bare 特区政府 in a document that names 香港 or
澳门 and not the other is that region's government (本届特区政府 too), nothing where it names both or neither. Each in
both scripts; every sentence is written for the round (the names invented where they are names)."""

from __future__ import annotations

import pytest
from helpers import labelled_mentions

from zhkg.records import Document, Label
from zhkg.stages.normalise import to_traditional

SCRIPTS = [lambda t: t, to_traditional]


def _bodies(pipeline, text: str) -> set[str]:
    return {name for kind, name in labelled_mentions(pipeline, text) if kind == "ORGANIZATION"}


@pytest.mark.parametrize("text, outlet", [
    ("【Yahoo 新闻报道】台风今日袭港，多区出现水浸。", "Yahoo 新闻"),
    ("议会首次开会\n【Now新闻台】新一届议会今日举行首次会议，主席主持宣誓。", "Now新闻台"),
    ("市长公布施政成绩\n[Newtalk新闻] 市长今日出席典礼并致辞。", "Newtalk新闻"),
    ("【Abc新闻】警方今日拘捕两名男子。", "Abc新闻"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_a_latin_brand_s_outlet_in_a_bracketed_dateline(pipeline, text, outlet, convert):
    assert outlet in _bodies(pipeline, convert(text))


@pytest.mark.parametrize("text, wrong", [
    ("【相关新闻】\n警方今日拘捕两名男子。", "相关新闻"),  # a column, as before
    ("[Video] 市长今日出席典礼并致辞。", "Video"),  # no outlet's head
    ("[图片新闻] 市长今日出席典礼并致辞。", "图片新闻"),  # [] only before a Latin brand
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_no_outlet_from_a_column_or_a_bare_bracket(pipeline, text, wrong, convert):
    assert wrong not in _bodies(pipeline, convert(text))


def _governments(pipeline, text: str) -> set[str]:
    return {m.canonical or m.simplified for m in pipeline.extract_mentions(Document("d", text, kind="text"))
            if m.label is Label.ORGANIZATION and m.simplified == "特区政府"}


@pytest.mark.parametrize("text, government", [
    ("香港立法会今日开会，特区政府提交新的房屋法案。", "香港特区政府"),
    ("随着本届特区政府积极推动创科，香港的大学扩大招生。", "香港特区政府"),
    ("澳门立法会今日通过预算案，特区政府将拨款支援中小企。", "澳门特区政府"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_a_bare_sar_government_is_the_one_of_the_region_named(pipeline, text, government, convert):
    assert _governments(pipeline, convert(text)) == {government}


@pytest.mark.parametrize("text", [
    "香港与澳门两地的特区政府今日签署合作协议。",  # both regions named: neither
    "特区政府今日公布新的房屋政策。",  # no region named
    "香港代表团今日拜访深圳经济特区政府。",  # a longer name's tail
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_no_sar_government_without_one_region(pipeline, text, convert):
    assert not _governments(pipeline, convert(text))
