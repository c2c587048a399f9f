"""Organisations' spans (issue 15, session 52, orgs234): a body's inner unit after its name (大学|政治学系, 医院院区|
血液肿瘤科, 议会|总务组; Taiwan's and Hong Kong's news), a police bureau's run (警局|分局|派出所), Taiwan's 县府 and its
department, a body's website, team or summit (官网, 团队,
峰会), a person's office (办公室, 服务处) and a kind of school by its owner alone (公立医院).

Every sentence is written for these tests in the pattern the web set's news follows; none is copied from an article.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.extract.inner_units import (
    cut_body_tails,
    cut_inner_units,
    people_offices,
    split_county_units,
    split_police_units,
)
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.normalise import to_simplified, to_traditional


def _names(pipeline, text: str, label: Label = Label.ORGANIZATION) -> set[str]:
    """The Simplified names ``text``'s mentions of ``label`` write."""
    return {to_simplified(m.simplified) for m in pipeline.process_document(Document("d", text)).mentions
            if m.label is label}


def _org(name: str, extractor: str = MentionSource.RECOGNISER, start: int = 0) -> Mention:
    return Mention("d", start, start + len(name), name, name, Label.ORGANIZATION, extractor)


# ---- a university's, a hospital's or a council's unit after its name: the body (Traditional news)

@pytest.mark.parametrize("text, body, whole", [
    ("新竹報導，國立清華大學化學工程學系教授林志明表示，新材料明年量產。", "国立清华大学", "国立清华大学化学工程学系"),
    ("台中報導，東海大學建築研究所所長陳建宏說，老屋應該保存。", "东海大学", "东海大学建筑研究所"),
    ("嘉義報導，國立中正大學理學院分子生物研究所團隊發表論文。", "国立中正大学", "国立中正大学理学院分子生物研究所"),
    ("台北榮民總醫院北投院區心臟內科主任王大同指出，患者應及早就醫。", "台北荣民总医院北投院区",
     "台北荣民总医院北投院区心脏内科"),
    ("嘉義縣議會議事組組長李文華表示，會期將延長。", "嘉义县议会", "嘉义县议会议事组"),
])
def test_unit_after_body_cut_in_traditional_news(pipeline, text, body, whole):
    names = _names(pipeline, text)
    assert body in names
    assert whole not in names


@pytest.mark.parametrize("text, whole", both_scripts([
    ("他毕业于北京大学中文系，后来在复旦大学新闻学院任教。", "北京大学中文系"),
]))
def test_unit_after_university_kept_outside_taiwan_and_hong_kong(pipeline, text, whole):
    # People's Daily (MSRA) writes a university's department with it as one name; so does its Traditional copy
    assert whole in _names(pipeline, text)


@pytest.mark.parametrize("name, cut", [
    ("国立政治大学政治学系", "国立政治大学"),
    ("上海交通大学医学院", "上海交通大学医学院"),  # a college ending the name stays
    ("长庚纪念医院基隆院区血液肿瘤科", "长庚纪念医院基隆院区"),
    ("中华大学与成功大学研究中心", "中华大学与成功大学研究中心"),  # two bodies coordinated: not one body's unit
    ("国立台湾大学", "国立台湾大学"),
])
def test_cut_inner_units(name, cut):
    assert [m.simplified for m in cut_inner_units([_org(name)])] == [cut]


def test_cut_inner_units_leaves_listed_names():
    assert cut_inner_units([_org("国立政治大学政治学系", MentionSource.ORG_KNOWN)])[0].simplified == "国立政治大学政治学系"


# ---- a city's police bureau, its precinct and its station: three bodies

@pytest.mark.parametrize("text", [
    "台中市警局第三分局永福派出所今天表示，已逮捕兩名嫌犯。",
    "台中市警察局第三分局永福派出所今天表示，已逮捕兩名嫌犯。",
])
def test_police_run_split(pipeline, text):
    names = _names(pipeline, text)
    assert {"第三分局", "永福派出所"} <= names
    assert any(n.endswith(("警局", "警察局")) and n.startswith("台中市") for n in names)
    assert not any("分局" in n and "派出所" in n for n in names)


def test_split_police_units_offsets():
    pieces = split_police_units([_org("高雄市警局鼓山分局", start=4)])
    assert [(m.simplified, m.start, m.end) for m in pieces] == [("高雄市警局", 4, 9), ("鼓山分局", 9, 13)]


def test_split_police_units_leaves_mainland_bureau():
    # 公安局 and its 分局 are written as one name in mainland news (the split is Taiwan's 警局 only)
    assert [m.simplified for m in split_police_units([_org("北京市公安局朝阳分局")])] == ["北京市公安局朝阳分局"]


# ---- Taiwan's 县府 and the department after it: two mentions for the relation readers (split_county_units), one
# body in the entity layer (session 60's call 1, orgs296: zhkg.extract.government_units)

@pytest.mark.parametrize("text, unit", [
    ("屏東縣長周春米表示，縣府主計處長林美玲將退休。", "主计处"),
    ("新任縣府財政處長黃志明今天宣誓就職。", "财政处"),
])
def test_county_government_and_department(pipeline, text, unit):
    names = {to_simplified(m.simplified) for m in pipeline.extract_mentions(Document("d", text))
             if m.label is Label.ORGANIZATION}
    assert "县府" + unit in names
    assert unit not in names and "县府" not in names


def test_split_county_units_drops_tenure():
    out = split_county_units([_org("现任市府文化局", MentionSource.ORG_NAMED_KIND)])
    assert [(m.simplified, m.start) for m in out] == [("市府", 2), ("文化局", 4)]


def test_split_county_units_leaves_full_government():
    # the full form with its department is one name, as the gold keeps 屏东县政府教育处
    assert [m.simplified for m in split_county_units([_org("屏东县政府教育处")])] == ["屏东县政府教育处"]


# ---- a foreign country before a well-known body: left as MSRA marks it (tests/test_orgs213.py)

# ---- a body's website, team or summit; 今 after a body

@pytest.mark.parametrize("name, cut", [
    ("国务院国资委官网", "国务院国资委"),
    ("东盟峰会", "东盟"),
    ("台湾大学团队", "台湾大学"),
    # a common word alone before 团队 (研究|团队): a description, dropped (tests/test_orgs243.py)
    ("律政司刑事检控科今", "律政司刑事检控科"),
    ("如今", "如今"),
])
def test_cut_body_tails(name, cut):
    assert [m.simplified for m in cut_body_tails([_org(name)])] == [cut]


def test_summit_city_goes_with_summit():
    m = _org("上海合作组织叶卡捷琳堡峰会", start=3)
    assert [x.simplified for x in cut_body_tails([m], [(9, 14)])] == ["上海合作组织"]
    assert [x.simplified for x in cut_body_tails([m], [])] == ["上海合作组织叶卡捷琳堡"]


def test_cut_body_tails_leaves_rules():
    assert cut_body_tails([_org("国资委官网", MentionSource.ORG_SUFFIX)])[0].simplified == "国资委官网"


# ---- a person's office is the person

def test_people_offices():
    person = Mention("d", 0, 3, "王大明", "王大明", Label.PERSON, MentionSource.PEOPLE_KNOWN)
    office = _org("王大明服务处", start=10)
    word = _org("服务处", MentionSource.ORG_NAMED_KIND, start=13)
    other = _org("李小华办公室", start=20)
    model, rules = people_offices([office, other], [person], [word])
    assert [(m.simplified, m.label, m.start, m.end) for m in model] == [
        ("王大明", Label.PERSON, 10, 13), ("李小华办公室", Label.ORGANIZATION, 20, 26)]
    assert rules == []


def test_person_office_in_news(pipeline):
    text = to_traditional("立委王大明今天表示反对。王大明服务处也发出声明。")
    assert "王大明服务处" not in _names(pipeline, text)
    assert "王大明" in _names(pipeline, text, Label.PERSON)


# ---- a kind of school or hospital by its owner alone names no body

@pytest.mark.parametrize("text, kind", both_scripts([
    ("教育部表示，公立医院的护理人力仍然不足。", "公立医院"),
    ("他认为国立大学应该调涨学费。", "国立大学"),
]))
def test_owned_kind_alone(pipeline, text, kind):
    assert to_traditional(kind) not in _names(pipeline, text) and kind not in _names(pipeline, text)


def test_owned_kind_inside_name_stays(pipeline):
    assert "新加坡国立大学" in _names(pipeline, "新加坡国立大学今天公布排名。")
