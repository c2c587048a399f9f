"""Organisations on unseen news, precision (issue 15, session 48, orgs213), each passage run as written and converted
to Traditional (``both_scripts``); passages written for these tests in the style of news, names invented.

* A local body of state written two ways in one document is one node (:mod:`zhkg.stages.government_forms`):
  苏州市人民政府 and 苏州市政府, 中共四川省委 and 四川省委, a congress's committee with and without its numbered term;
  two terms stay two bodies.
* An organ of state keeps its country (美国商务部), as before this round; an agency does not since orgs311 (日本|共同社).
* A listed party glued to the name of its member after it is the party and the person
  (:func:`zhkg.extract.party_names.split_party_badges`): 民建联|叶敏华当选; a party's own word after it stays
  (民进党中央).
"""

import pytest
from helpers import both_scripts, node_names

O, L = "ORGANIZATION", "PLACE"  # noqa: E741


def org_nodes(pipeline, text):
    """The organisation nodes of ``text``, each as the set of its names."""
    return node_names(pipeline, text, "ORGANIZATION")


@pytest.mark.parametrize("text, names", both_scripts([
    ("江南大学与苏州市人民政府签署合作协议。苏州市政府将提供场地支持。", {"苏州市人民政府", "苏州市政府"}),
    ("中共四川省委召开常委会会议。会议指出，四川省委将继续推进改革。", {"中共四川省委", "四川省委"}),
    ("厦门市第十六届人大常委会举行会议。厦门市人大常委会主任出席会议并讲话。",
     {"厦门市第十六届人大常委会", "厦门市人大常委会"}),
    ("上海市第十六届人民代表大会将于明年召开，上海市十六届人大筹备工作已经开始。",
     {"上海市第十六届人民代表大会", "上海市十六届人大"}),
]))
def test_a_body_of_state_written_two_ways_is_one_node(pipeline, text, names):
    nodes = org_nodes(pipeline, text)
    assert any(names <= node for node in nodes), nodes


@pytest.mark.parametrize("text, apart", both_scripts([
    # two terms of a congress are two congresses
    ("上海市十五届人大常委会审议了报告，上海市十六届人大常委会将于明年产生。",
     ("上海市十五届人大常委会", "上海市十六届人大常委会")),
    # a province's committee is not its government
    ("四川省委和四川省政府联合发文。", ("四川省委", "四川省政府")),
]))
def test_other_bodies_stay_apart(pipeline, text, apart):
    nodes = org_nodes(pipeline, text)
    assert not any(set(apart) <= node for node in nodes), nodes


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("美国商务部周五公布了新的出口管制清单。", [("美国商务部", O)], [("商务部", O)]),
    # an agency is written apart from its country since orgs311 (the web gold's convention)
    ("日本共同社当天报道说，首相将出访。", [("共同社", O)], [("日本共同社", O)]),
], convert_names=True))
def test_an_organ_of_state_or_an_agency_keeps_its_country(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("新界东南由民建联叶敏华当选；港岛东则由工联会吴志刚及民建联植嘉铃当选。",
     [("民建联", O), ("叶敏华", "PERSON"), ("植嘉铃", "PERSON")], [("民建联叶敏华", O), ("民建联植嘉铃", O)]),
    ("新界西南由工联会陈颖心及民建联郭芙蓉胜出。", [("民建联", O), ("郭芙蓉", "PERSON")], [("民建联郭芙蓉", O)]),
    # a party's own word after it is no person
    ("民进党中央表示反对。", [("民进党中央", O)], [("中央", "PERSON")]),
], convert_names=True))
def test_a_party_glued_to_its_members_name_is_the_party_and_the_person(finds, text, present, absent):
    finds(text, present, absent)
