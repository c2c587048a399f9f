"""Foreign people, bodies and places of international news (issue 15, session 13), in both scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.records import Label


def _names(pipeline, text: str, label: Label) -> set[str]:
    result = pipeline.process_document(Document("d", text))
    return {m.simplified for m in result.mentions if m.label is label}


@pytest.mark.parametrize("text, people", both_scripts([
    ("影片中，诗人Emma在经纪人Jeff的帮助下出版诗集，后来遇到中国留学生Leo。Emma与Leo成了朋友。",
     {"Emma", "Jeff", "Leo"}),
    ("她的男友Daniel是一名工程师。", {"Daniel"}),
]))
def test_a_latin_given_name_after_a_word_for_a_person_is_a_person(pipeline, text, people):
    assert people <= _names(pipeline, text, Label.PERSON)
    assert not people & _names(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text", both_scripts([
    "她身穿粉色塔裙，打造人见人爱的甜姐儿Look！",
    "这款手机的MVP版本下月上市。",
]))
def test_a_style_or_an_acronym_is_no_latin_person(pipeline, text):
    assert not _names(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text, bodies", both_scripts([
    ("他是SuperDeluxe和PechaKucha的创始人之一。SuperDeluxe成立于2002年，是艺术家展示作品的地方。",
     {"SuperDeluxe", "PechaKucha"}),
]))
def test_a_latin_word_the_text_says_was_founded_is_a_body(pipeline, text, bodies):
    assert bodies <= _names(pipeline, text, Label.ORGANIZATION)
    assert not bodies & _names(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text, name", both_scripts([
    ("《巴黎宝贝》将于8月25日公映，珍-玛琪在片中饰演一位诗人。", "珍-玛琪"),
    ("白宫高级顾问伊万卡·特朗普周二出席论坛。", "伊万卡·特朗普"),
]))
def test_a_transliterated_name_is_read_whole(pipeline, text, name):
    from zhkg.stages.normalise import to_simplified

    assert to_simplified(name) in _names(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text, places", both_scripts([
    ("在印尼苏拉威西岛上的国家公园，一只猕猴在镜头前摆姿势。", {"印尼", "苏拉威西岛"}),
    ("该项目位于美国密苏里州莫伯利市，目前陷入窘境。", {"莫伯利市"}),
]))
def test_a_country_run_into_the_island_or_city_after_it_is_two_places(pipeline, text, places):
    found = _names(pipeline, text, Label.PLACE)
    assert places <= found
    assert not any(len(p) > 5 and p.startswith("印尼") for p in found)


@pytest.mark.parametrize("text, schools, not_schools", both_scripts([
    ("其中宾夕法尼亚州立大学学费最高，为1.44万美元。", {"宾夕法尼亚州立大学"}, set()),
    ("关岛大学、马里兰圣玛丽学院、罗恩大学和迈阿密大学分列第二至第五位。", {"关岛大学", "马里兰圣玛丽学院"}, set()),
    ("南卡罗来纳州的查尔斯顿艺术学院和柯林斯学院分列第二和第三位。", {"柯林斯学院"}, {"艺术学院和柯林斯学院"}),
    ("这对于美国大学、美国政府及中国留学生而言都有好处。", set(), {"美国大学"}),
]))
def test_universities_named_in_a_list(pipeline, text, schools, not_schools):
    found = _names(pipeline, text, Label.ORGANIZATION)
    assert schools <= found
    assert not not_schools & found


@pytest.mark.parametrize("text, present", both_scripts([
    ("赛后的罗伊没有急着去发布会，而是和队友在更衣室里听教练总结。开拓者赢下的不止是两场球，就跟打赢了NCAA决赛似的。", True),
    ("这些开拓者在荒野中建起了第一座城镇。", False),
]))
def test_a_team_in_a_story_told_from_the_locker_room(pipeline, text, present):
    assert ("开拓者" in _names(pipeline, text, Label.ORGANIZATION)) is present


def _places(pipeline, text: str) -> set[tuple[str, str]]:
    result = pipeline.process_document(Document("d", text))
    return {(m.simplified, m.canonical) for m in result.mentions if m.label is Label.PLACE}


@pytest.mark.parametrize("text, letter, country", both_scripts([
    ("澳大利亚总理陆克文在堪培拉宣布，澳将增兵阿富汗。", "澳", "澳大利亚"),
    ("澳门特区政府表示，澳将加强与内地的合作。", "澳", "澳门"),
    ("习近平会见罗马尼亚总统，对他长期致力于中罗友好表示赞赏。", "罗", "罗马尼亚"),
]))
def test_a_countrys_first_letter_is_the_country_the_document_names(pipeline, text, letter, country):
    assert (letter, country) in _places(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["该组织与俄罗斯等90多个国家和港、澳特区都有往来，澳大利亚也在其中。"]))
def test_a_letter_beside_hong_kong_is_no_country(pipeline, text):
    assert not any(name.startswith("澳") and canonical == "澳大利亚" and name != "澳大利亚"
                   for name, canonical in _places(pipeline, text))


@pytest.mark.parametrize("text, place", both_scripts([
    ("普京在莫斯科郊外的新奥加廖沃官邸会见了来访的客人。", "奥加廖沃官邸"),
]))
def test_a_residence_is_a_place(pipeline, text, place):
    assert any(place in name for name, _ in _places(pipeline, text))
    assert not any(place in name for name in _names(pipeline, text, Label.PERSON))
