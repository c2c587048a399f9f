"""Round orgs300 (issue 15): organisations by the form the text writes them in.

A local congress named only at its numbered meetings names the meeting (市十七届人大|三次会议), no body; a district's
central school is named with its head (白沙第二中心|幼儿园) and a school's branch with the school (实验小学|南湖分校);
a body stationed in another keeps its unit (中央纪委驻水利部|纪检组|组长); a list of committees gives each item from
its joiner (港口委员会、推广及|对外联络委员会), and so does a list of schools (龙溪幼儿园、将军祠幼儿园); the recogniser's committee or association with its field cut off the
front takes it back where the suffix grammar's longer name opens a clause (警队员|佐级协会 after a space). Each passage
in both scripts; every sentence is written for the round, the names invented.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, labelled_mentions

from zhkg.extract.body_ends import bodies_listed_alike
from zhkg.extract.generic_names import bodiless_names, session_meeting
from zhkg.records import Label, Mention


def _bodies(pipeline, text: str) -> set[str]:
    return {name for kind, name in labelled_mentions(pipeline, text) if kind == "ORGANIZATION"}


def _orgs(text: str, *spans: tuple[int, int]) -> list[Mention]:
    """The model's organisations at ``spans``, and a person where 麦克唐纳 is written."""
    people = [Mention("d", k, k + 4, "麦克唐纳", "麦克唐纳", Label.PERSON, "crf") for k in [text.find("麦克唐纳")] if k >= 0]
    return [Mention("d", s, e, text[s:e], text[s:e], Label.ORGANIZATION, "crf") for s, e in spans] + people


def _named(text: str, *names: str) -> list[Mention]:
    """An organisation at the first place each name is written."""
    return _orgs(text, *((text.index(n), text.index(n) + len(n)) for n in names))


@pytest.mark.parametrize("name, after, meeting", [
    ("市十七届人大", "三次会议今天开幕", True),
    ("县第九届人民代表大会", "第四次会议审议", True),
    ("省十三届政协", "二次全体会议", True),
    ("市第十四次党代会", "作出的部署", True),
    # the congress by its term alone, its standing committee, the nation's congress, a congress with no term
    ("市第十七届人民代表大会", "个别代表", False),
    ("市十七届人大常委会", "第九次会议", False),
    ("十五届全国人大", "二次会议", False),
    ("区人大", "五次会议", False),
])
def test_a_congress_before_its_meeting_is_the_meeting(name, after, meeting):
    assert session_meeting(name, after) is meeting


def test_a_congress_named_apart_from_its_meetings_stays_a_body():
    alone = "市十七届人大三次会议开幕，市十七届人大常委会主任主持。"
    named = "市十七届人大三次会议开幕，会议审议了关于市第十七届人民代表大会代表资格的报告。"
    assert bodiless_names(_named(alone, "市十七届人大", "市十七届人大常委会"), alone) == {"市十七届人大"}
    assert bodiless_names(_named(named, "市十七届人大", "市第十七届人民代表大会"), named) == frozenset()


@pytest.mark.parametrize("text, meeting", both_scripts([
    ("市十七届人大三次会议今天开幕，代表们审议政府工作报告。", "市十七届人大"),
    ("县第九届人民代表大会第四次会议闭幕，县长作报告。", "县第九届人民代表大会"),
]))
def test_no_congress_node_for_a_meeting(pipeline, text, meeting):
    assert meeting not in _bodies(pipeline, text)


@pytest.mark.parametrize("text, school", both_scripts([
    ("今年新开白沙区青石第二中心幼儿园，可提供360个学位。", "白沙区青石第二中心幼儿园"),
    ("新增学位包括丰源区实验小学南湖分校、东山中学。", "丰源区实验小学南湖分校"),
]))
def test_central_schools_and_branches_are_whole(pipeline, text, school):
    assert school in _bodies(pipeline, text)


@pytest.mark.parametrize("text, body, cut", both_scripts([
    ("2019年，她任中央纪委驻水利部纪检组组长。", "中央纪委驻水利部纪检组", "中央纪委驻水利部"),
]))
def test_a_stationed_body_keeps_its_unit(pipeline, text, body, cut):
    bodies = _bodies(pipeline, text)
    assert body in bodies
    assert cut not in bodies


@pytest.mark.parametrize("text, spans, items", [
    ("设有港口委员会、推广及对外联络委员会以及人才委员会。", ((2, 7), (11, 18), (20, 25)),
     ["港口委员会", "推广及对外联络委员会", "人才委员会"]),
    # a count after an item; an item nothing read
    ("包括分区委员会1,200人、地区禁毒委员会300人和地区防灾委员会310人。", ((2, 7),),
     ["分区委员会", "地区禁毒委员会", "地区防灾委员会"]),
    # after a word no committee's name holds, nothing
    ("设有港口委员会、各专门委员会。", ((2, 7), (9, 14)), ["港口委员会", "专门委员会"]),
    ("港口委员会和本会的咨询委员会。", ((0, 5), (9, 14)), ["港口委员会", "咨询委员会"]),
    # an item is not grown over a person read in it (left to the readers that weigh people)
    ("包括龙溪中学及麦克唐纳女子中学。", ((2, 6), (11, 15)), ["龙溪中学", "女子中学"]),
    # a list of schools: a name of a word of grammar's first letter stays (将军祠), a kind of school is none
    ("新增龙溪幼儿园、将军祠幼儿园和公办幼儿园。", ((2, 7),), ["龙溪幼儿园", "将军祠幼儿园"]),
])
def test_a_list_of_committees_gives_each_item_from_its_joiner(text, spans, items):
    assert [m.simplified for m in bodies_listed_alike(_orgs(text, *spans), text) if m.label is Label.ORGANIZATION] == items


@pytest.mark.parametrize("text, body", both_scripts([
    ("他曾出任管理局辖下电讯规管事务咨询委员会成员。", "电讯规管事务咨询委员会"),
]))
def test_a_committee_takes_back_its_field_after_a_word_of_subordination(pipeline, text, body):
    assert body in _bodies(pipeline, text)
