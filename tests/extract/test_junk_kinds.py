"""Kinds of junk nodes found in the 1,000-article graph (issue 15 and 11), each with its negatives, in
Simplified and as Hong Kong and Taiwan texts read it (s2hk, s2tw)."""

from __future__ import annotations

import pytest

SCRIPTS = ["simplified", "s2hk", "s2tw"]


def _in(script: str, text: str) -> str:
    from zhkg.stages.normalise import convert

    return text if script == "simplified" else convert(text, script)


def _found(mentions_in, script: str, text: str) -> set[tuple[str, str]]:
    from zhkg.stages.normalise import to_simplified

    return {(to_simplified(surface), label) for surface, label in mentions_in(_in(script, text))}


KINDS = [
    # a name before a facility's head word is the facility, and its own name written alone is it too
    ("珍玩精品展近日亮相十里河程田古玩城四层美术馆西区。此番程田古玩城亲自操办精品展。",
     {("程田古玩城", "PLACE")}, {("程田古玩城", "PERSON"), ("程田", "PERSON")}),
    ("推广程田古玩城的市场形象。程田是北京最大的古玩市场之一。",
     {("程田古玩城", "PLACE"), ("程田", "PLACE")}, {("程田", "PERSON")}),
    # ... but a person named like the facility's owner, with no facility in the document, stays a person
    ("记者程田报道，程田说这里的古玩很多。", {("程田", "PERSON")}, {("程田", "PLACE")}),
    # a body, a word of belonging and a second name are two bodies; the second only when it is a name
    ("易居中国与新浪合资公司中国房产信息集团在美国纳斯达克成功上市。",
     {("新浪", "ORGANIZATION"), ("中国房产信息集团", "ORGANIZATION")},
     {("新浪合资公司中国房产信息集团", "ORGANIZATION")}),
    ("该地块被家电行业龙头美的集团旗下地产公司以12.2亿元竞得。",
     {("美的集团", "ORGANIZATION")}, {("美的集团旗下地产公司", "ORGANIZATION"), ("地产公司", "ORGANIZATION")}),
    # a mail address is no body
    ("如有问题请联系客服邮箱：kf@pri-game.com，我们将尽快回复。", set(),
     {("kf@pri-game.com", "ORGANIZATION")}),
    # a person inside a work's title is the work's; one outside it stays
    ("电视剧《又见白娘子》在TVS4悄然开播，左小青领衔主演。", {("左小青", "PERSON")},
     {("白娘子", "PERSON")}),
    ("陈凯歌新片《赵氏孤儿》的开拍仪式昨天举行。", {("陈凯歌", "PERSON")}, {("赵", "PERSON")}),
    # a surname alone stays before a form of address, after 小, and in a list of names
    ("刘先生说，小王也来了。", {("刘", "PERSON"), ("王", "PERSON")}, set()),
    ("多元的学费使刘家犯了难。", {("刘", "PERSON")}, set()),
    ("天津的彩塑艺人被称作“泥人张”。", {("张", "PERSON")}, set()),
    # a person a title opens and goes on about stays
    ("排演了《周恩来在南开》等剧目。", {("周恩来", "PERSON")}, set()),
    # a place a county or district code reads inside a game's or film's title is the work's
    ("让更多玩家了解《赤壁OL》，特意总结了玩法。", set(), {("赤壁", "PLACE")}),
    # ... a country a title names stays, as People's Daily marks it
    ("在北京举办《今日意大利》大型展览。", {("意大利", "PLACE")}, set()),
    ("他含泪拍摄了《小张倩有个不幸的家》。", {("张倩", "PERSON")}, set()),
    # a foreign name cut before a one-letter surname is the whole name
    ("火箭就已经盯上了76人小前锋赛迪斯-杨。正是杨，在上一场比赛中得分。", {("赛迪斯-杨", "PERSON")},
     {("赛迪斯", "PERSON")}),
    # hyphen-joined names of a list, two of which the document names alone, are those people
    ("他们没有失去罗斯-邓-诺阿组成的球队骨架。罗斯说，邓在场上很好，诺阿也不错。",
     {("罗斯", "PERSON"), ("诺阿", "PERSON")}, {("罗斯-邓-诺阿", "PERSON")}),
    # ... but one transliterated name of three parts stays whole
    ("菲利普-西摩尔-霍夫曼获得了最佳男主角，霍夫曼表示很高兴。", {("菲利普-西摩尔-霍夫曼", "PERSON")},
     {("菲利普", "PERSON")}),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, present, absent", KINDS)
def test_junk_kind(mentions_in, script, text, present, absent):
    found = _found(mentions_in, script, text)
    for key in present:
        assert key in found, (key, sorted(found))
    for key in absent:
        assert key not in found, (key, sorted(found))


@pytest.mark.parametrize("script", SCRIPTS)
def test_places_in_a_documents_title_stay(mentions_in, script):
    # the title of a regulation names its own place (the document's home city for 我市)
    found = _found(mentions_in, script, "郑州市审议并原则通过《郑州市商品房预售款监督管理办法》。")
    assert ("郑州市", "PLACE") in found


def test_drop_junk_kinds_keeps_an_addressed_surname():
    from zhkg.extract.junk import drop_junk_kinds
    from zhkg.records import Label, Mention
    from zhkg.resources.lexicon import load_lexicon

    text = "陈所长说，周冬雨来了。"
    ms = [Mention("d", 0, 1, "陈", "陈", Label.PERSON, "crf"), Mention("d", 5, 6, "周", "周", Label.PERSON, "crf")]
    assert [m.simplified for m in drop_junk_kinds(ms, text, load_lexicon())] == ["陈"]


@pytest.mark.parametrize("text", ["颱風凱米襲台 全台停班停課", "中度颱風凱米今天逼近台灣。", "飓风桑迪袭击美国东海岸。"])
def test_a_storm_is_no_entity(text):
    from zhkg import Pipeline

    G = Pipeline().run_texts([("t", text)]).graph
    names = [a["name_simplified"] for _, a in G.nodes(data=True) if a["type"] in ("PERSON", "ORGANIZATION", "PLACE")]
    assert not [n for n in names if "台风" in n or "飓风" in n]
