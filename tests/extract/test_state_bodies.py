"""Armies, fleets and ministries of states, and provinces the gazetteer does not hold (issue 15, round 5).

Sentences written for these tests in the style of Chinese Wikipedia, each run through the whole pipeline (the
recogniser on) in Simplified and in Traditional characters; spans are checked as written.
"""

import pytest
from helpers import both_scripts

from zhkg.extract.named_bodies import state_bodies
from zhkg.extract.place_features import historic_places
from zhkg.stages.segment import make_nlp, token_table


@pytest.mark.parametrize("text, present, absent", both_scripts(convert_names=True, rows=[
    # a one-character state or dynasty + 军 is that state's army, where the model reads a surname (明军)
    ("李自成逃奔汝宁，明军一路死伤。", [("明军", "ORGANIZATION")], [("明军", "PERSON")]),
    ("1937年日军攻占南京。", [("日军", "ORGANIZATION")], []),
    # a state the document names before 军 or a service (瑞典|军, 中国|海军); the place stays inside the body
    ("瑞典军于布赖滕费尔德击败帝国军队。", [("瑞典军", "ORGANIZATION")], []),
    # a fleet is named by an ordinal or a name before 舰队 (第三舰队, 第一南遣舰队), with the army it belongs to
    ("由于收到报告指美军特遣舰队出现，所以第三舰队取消进入。",
     [("美军特遣舰队", "ORGANIZATION"), ("第三舰队", "ORGANIZATION")], []),
    # a ministry of Japan's government before the war (陆军省), one of the Six Ministries (刑部)
    ("他曾任东条内阁的陆军省次长，后任刑部尚书。", [("陆军省", "ORGANIZATION"), ("刑部", "ORGANIZATION")],
     [("陆军省", "PLACE")]),
]))
def test_state_bodies_in_the_pipeline(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, expected", [
    # a warship, an anti-Japanese army's school, a champion, a naval treaty and a bare fleet name no army
    ("美军舰驶过。", []),
    ("抗日军政大学成立。", []),
    ("他获得冠军后返回。", []),
    ("伦敦海军条约签订。", []),
    ("一支弱小舰队和大型舰队。", []),
    ("由第七舰队司令指挥", ["第七舰队"]),
])
def test_what_names_no_state_body(text, expected):
    spans = state_bodies(text, [], token_table(make_nlp()(text)))
    assert [text[s:e] for s, e in spans] == expected


@pytest.mark.parametrize("text, present, absent", both_scripts(convert_names=True, rows=[
    # a province the gazetteer does not hold, before a governor's title or as 省
    ("道光朝直隶总督琦善到任。", [("直隶", "PLACE")], []),
    ("他于1902年调任直隶总督兼北洋大臣。", [("直隶", "PLACE")], []),
    ("张作霖任奉天省长。", [("奉天省", "PLACE")], []),
]))
def test_historic_provinces_in_the_pipeline(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text", [
    "省钱的办法。", "实施本省的计划。", "在全省推广。", "大西洋省府巴兰基亚", "陆军省次官", "安省省长表示",
])
def test_what_names_no_historic_province(text):
    assert historic_places(text, token_table(make_nlp()(text))) == []
