"""Round places229 (issue 15): words read as places that name none.

* A kind of lake or river is no feature's name (出现堰塞湖, 咸水湖: ``place_features._FEATURE_KINDS``), by the
  feature rule or the recogniser; a named lake stays (青海湖).
* A typhoon's name holding a place's letters is no mention of the place (台风桦加沙, 「桦加沙」袭港:
  :mod:`zhkg.extract.storm_names`); a place after a verb (台风登陆广东) and the place written elsewhere stay.
* An uncoded one-letter place is none before a title (赖|总统: a surname) or in 冬奥(会) (the Winter Games); a
  coded one-letter form stays (法|总统), and so does a letter a country's name opens (泰|总理, 柬|首相).
* A recogniser's place ending in a police word is the police, a body (阿坝公安, 甘孜交警).

Sentences written for these tests, each as written (Simplified) and converted to Traditional; names invented.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.records import Document


def _mentions(pipeline, text: str) -> list:
    return pipeline.extract_mentions_many([Document("d", text, kind="text")])[0]


def _places(pipeline, text: str) -> set[str]:
    """The Simplified names of every place mention of ``text``."""
    return {m.simplified for m in _mentions(pipeline, text) if m.label.value == "PLACE"}


@pytest.mark.parametrize("text", both_scripts([
    "花莲山区崩塌后出现18公顷大的堰塞湖，县府已针对堰塞湖布设监视器。",
    "山崩后河道出现堰塞湖，专家估计蓄水量达两亿吨。",
    "青海湖是中国最大的咸水湖，每年吸引大批游客。",
]))
def test_a_kind_of_lake_is_no_place(pipeline, text):
    places = _places(pipeline, text)
    assert not {"堰塞湖", "咸水湖"} & places, places


@pytest.mark.parametrize("text", both_scripts(["青海湖是中国最大的咸水湖，每年吸引大批游客。"]))
def test_a_named_lake_stays_beside_a_kind(pipeline, text):
    assert "青海湖" in _places(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "超强台风桦加沙今日吹袭，观塘多处水浸。",
    "超强台风“桦加沙”来袭，市民提早返家。",
    "天文台昨日指出，“桦加沙”袭港期间多区水位创新高。",
]))
def test_a_place_inside_a_typhoons_name_is_none(pipeline, text):
    assert "加沙" not in _places(pipeline, text)


@pytest.mark.parametrize(("text", "place"), both_scripts([
    ("台风登陆广东后减弱，海南也受影响。", "广东"),
    ("超强台风“桦加沙”来袭。加沙地带局势仍然紧张。", "加沙地带"),
    ("台风过境后，加沙的援助物资仍未送达。", "加沙"),
]))
def test_places_beside_a_storm_stay(pipeline, text, place):
    assert place in _places(pipeline, text)


@pytest.mark.parametrize(("text", "letter"), both_scripts([
    ("但非常遗憾，赖总统上台后每天搞对立。", "赖"),
    ("这是继北京冬奥会后我国举办的又一大型赛事。", "奥"),
    ("北京冬奥延庆赛区今年迎来大批游客。", "奥"),
]))
def test_an_uncoded_letter_before_a_title_or_in_the_winter_games_is_no_place(pipeline, text, letter):
    assert letter not in _places(pipeline, text)


@pytest.mark.parametrize(("text", "letter"), both_scripts([
    ("中美两国元首通电话，法总统马克龙表示欢迎。", "法"),
    ("泰总理与越总理通电话，双方同意加强合作。", "泰"),
    ("柬首相会见老挝总理，双方签署协议。", "柬"),
]))
def test_a_coded_letter_before_a_title_stays(pipeline, text, letter):
    assert letter in _places(pipeline, text)


@pytest.mark.parametrize(("text", "police"), both_scripts([
    ("节假日期间，阿坝公安全警坚守岗位。", "阿坝公安"),
    ("面对大客流挑战，甘孜公安全警出动。", "甘孜公安"),
]))
def test_a_places_police_is_a_body(pipeline, text, police):
    found = {(m.simplified, m.label.value) for m in _mentions(pipeline, text)}
    assert (police, "PLACE") not in found, found
    assert (police, "ORGANIZATION") in found, found


@pytest.mark.parametrize(("text", "outlet", "place"), both_scripts([
    ("政府改组名单公布\n丝路快讯巴黎1月12日电 法国总统府当晚宣布新政府名单。", "丝路快讯", "巴黎"),
    ("东方时讯伦敦3月5日电 英国议会今天辩论预算案。", "东方时讯", "伦敦"),
]))
def test_the_name_opening_a_dateline_is_its_outlet(pipeline, text, outlet, place):
    found = {(m.simplified, m.label.value) for m in _mentions(pipeline, text)}
    assert (outlet, "ORGANIZATION") in found, found
    assert (place, "PLACE") in found, found
    assert (outlet, "PLACE") not in found, found


@pytest.mark.parametrize("text", both_scripts([
    "本报北京12月3日电 国务院今天召开常务会议。",
    "市民王大明北京12月3日起程赴港。",
]))
def test_the_paper_itself_or_a_sentence_opens_no_outlet(pipeline, text):
    found = {(m.simplified, m.label.value) for m in _mentions(pipeline, text)}
    assert ("本报", "ORGANIZATION") not in found, found
    assert ("市民王大明", "ORGANIZATION") not in found, found


@pytest.mark.parametrize("text", both_scripts([
    "警戒地区包含新北市滨海乡镇、桃园市滨海乡镇、彰化县滨海乡镇和云林县。",
    "青岛是一座美丽的滨海城市，每年吸引大批游客。",
]))
def test_coastal_townships_and_cities_are_no_place(pipeline, text):
    places = _places(pipeline, text)
    assert not {"滨海", "滨海乡镇"} & places, places
    assert places, places  # the counties and the city named stay


@pytest.mark.parametrize(("text", "place"), both_scripts([
    ("江苏省滨海县今年粮食丰收。", "滨海县"),
    ("天津滨海新区发布新政策。", "滨海新区"),
]))
def test_the_divisions_named_binhai_stay(pipeline, text, place):
    assert place in _places(pipeline, text)
