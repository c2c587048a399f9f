"""Taiwan's local bodies, parties, prosecutors and its names of countries (issue 15, session 13), both scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.records import Label


def _names(pipeline, text: str, label: Label) -> set[str]:
    result = pipeline.process_document(Document("d", text))
    return {m.simplified for m in result.mentions if m.label is label}


@pytest.mark.parametrize("text, bodies", both_scripts([
    ("彰化县鹿港镇民代表会昨日通过决议，将扩建停车场。", {"彰化县鹿港镇民代表会"}),
    ("台东县卑南乡代表会主席出席座谈。", {"台东县卑南乡代表会"}),
    ("新北市板桥区公所与桃园市中坜区公所签订合作备忘录。", {"新北市板桥区公所", "桃园市中坜区公所"}),
]))
def test_township_councils_and_offices_are_bodies(pipeline, text, bodies):
    assert bodies <= _names(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text", both_scripts([
    "职工代表会议昨天召开，讨论工资方案。",
    "乡公所表示将尽快修复道路。",
]))
def test_a_council_or_office_without_its_place_is_none(pipeline, text):
    assert not _names(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text, party, not_party", both_scripts([
    ("时代力量党主席与台湾民众党立委一同召开记者会。", "时代力量", "时代力量党"),
    ("时代力量党团总召今天表示反对这项法案。", "时代力量", "时代力量党团"),
]))
def test_a_party_without_its_own_dang_before_a_party_word(pipeline, text, party, not_party):
    found = _names(pipeline, text, Label.ORGANIZATION)
    assert party in found and not_party not in found


def test_a_party_whose_name_ends_in_dang_keeps_it(pipeline):
    assert "民进党" in _names(pipeline, "民進黨主席今天在黨部表示。", Label.ORGANIZATION)


@pytest.mark.parametrize("text, bodies", both_scripts([
    ("台北地检署侦办此案，北检发言人表示已传唤相关证人。", {"台北地检署", "北检"}),
    ("全案由台北地院审理，北院今天宣判。", {"台北地院", "北院"}),
]))
def test_taiwan_prosecutors_and_courts_by_their_short_forms(pipeline, text, bodies):
    assert bodies <= _names(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text, places", both_scripts([
    ("沙乌地阿拉伯与阿拉伯联合大公国宣布与卡达断交。", {"卡达"}),
    ("多明尼加与东加的代表出席了会议。", {"多明尼加", "东加"}),
]))
def test_taiwans_names_of_countries_and_cities(pipeline, text, places):
    assert places <= _names(pipeline, text, Label.PLACE)
    assert not places & _names(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text", both_scripts(["秋天喝一碗冰糖雪梨，润肺止咳。"]))
def test_a_pear_is_no_sydney(pipeline, text):
    assert not _names(pipeline, text, Label.PLACE)


@pytest.mark.parametrize("text, body", both_scripts([
    ("吴尊走的仍旧是“飞轮海”偶像路线。", "飞轮海"),
    ("他曾带领球队夺得NCAA冠军。", "NCAA"),
]))
def test_a_taiwan_band_and_a_college_league(pipeline, text, body):
    assert body in _names(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text", both_scripts(["经济部水利署南区水资源局表示，曾文水库蓄水率偏低。"]))
def test_a_reservoir_named_like_a_person_is_a_place(pipeline, text):
    assert "曾文水库" in _names(pipeline, text, Label.PLACE)
    assert "曾文水库" not in _names(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text", both_scripts(["中华职棒统一狮队今天击败兄弟象队，拿下三连胜。"]))
def test_taiwans_baseball_league_by_its_usual_name(pipeline, text):
    assert {"中华职棒", "统一狮队", "兄弟象队"} <= _names(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text, body", both_scripts([
    ("国家地震台网正式测定，今天台湾南投县发生5.2级地震。", "国家地震台网"),
    ("据中国地震台网测定，台湾花莲县海域发生地震。", "中国地震台网"),
]))
def test_the_quake_network_a_wire_cites(pipeline, text, body):
    assert body in _names(pipeline, text, Label.ORGANIZATION)
