"""Places named by their kind in local news: business districts, old streets, old towns, beaches and islands.

Passages written for zhkg in the style of local news, each read in Simplified and converted to Traditional.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, extracted_entities


def _places(pipeline, text):
    return {name for label, name, _ in extracted_entities(pipeline, text) if label == "PLACE"}


@pytest.mark.parametrize("text, place", both_scripts([
    # a proper name before 商圈, 老街, 古镇, 沙滩/海滩 or 海水浴场
    ("台北市信义商圈的百货公司本周推出周年庆，业者预估营业额将成长一成。", "信义商圈"),
    ("重庆市渝中区解放碑商圈的商户表示，国庆假期客流明显回升。", "解放碑商圈"),
    ("新北市淡水老街周末涌入大批游客，警方在捷运站外加派人力。", "淡水老街"),
    ("云林县北港老街的店家正忙着准备迎接妈祖绕境。", "北港老街"),
    ("浙江乌镇古镇的民宿在国庆假期几乎全部客满。", "乌镇古镇"),
    ("屏东县恒春镇的南湾沙滩今天下午发生一起溺水意外。", "南湾沙滩"),
    ("新北市福隆海水浴场今年因工程延后开放。", "福隆海水浴场"),
    # an island jieba knows as a place, written in one word with its head
    ("宜兰县头城镇外海的龟山岛明天起开放民众登岛。", "龟山岛"),
]))
def test_place_named_by_its_kind(pipeline, text, place):
    assert place in _places(pipeline, text)


@pytest.mark.parametrize("text, place, body", both_scripts([
    # the recogniser's organisation over the place and its kind is those places, no body
    ("江苏省苏州市周庄古镇今年接待游客数量再创新高。", "周庄古镇", "江苏省苏州市周庄古镇"),
    ("香港尖沙咀商圈今日人流较上月减少两成。", "尖沙咀", "香港尖沙咀商圈"),
]))
def test_place_and_kind_is_no_organisation(pipeline, text, place, body):
    entities = extracted_entities(pipeline, text)
    assert place in {name for label, name, _ in entities if label == "PLACE"}, entities
    assert not any(label == "ORGANIZATION" and name == body for label, name, _ in entities), entities


@pytest.mark.parametrize("text", both_scripts([
    "高雄市旗津区的旗津海水浴场今天重新开放。",
]))
def test_coded_place_before_kind_stays(pipeline, text):
    # a coded place before the kind stays that place, and no name grows over it
    entities = extracted_entities(pipeline, text)
    assert ("PLACE", "旗津区", "TW-KHH-805") in entities, entities
    assert "旗津海水浴场" not in {name for label, name, _ in entities if label == "PLACE"}, entities


@pytest.mark.parametrize("text, island", both_scripts([
    ("海南岛今年接待的外国游客人数创下新高。", None),
    ("台湾岛东部海域今天发生有感地震。", None),
    ("宜兰县头城镇外海的龟山岛明天起开放民众登岛。", "龟山岛"),
]))
def test_island_of_a_big_place_is_that_place(nlp, text, island):
    from zhkg.extract.landmarks import landmarks
    from zhkg.resources.gazetteer import load_gazetteer
    from zhkg.stages.normalise import to_simplified
    from zhkg.stages.segment import token_table

    gazetteer = load_gazetteer()
    plain = to_simplified(text)
    spans = landmarks(plain, token_table(nlp(plain)),
                      big_place=lambda name: any(d.level <= 2 for d in gazetteer.candidates(name)))
    islands = [plain[s:e] for s, e in spans if plain[s:e].endswith("岛")]
    assert islands == ([island] if island else []), islands


@pytest.mark.parametrize("text, wrong", both_scripts([
    # a kind with a word of its quality, age or number before it names no place
    ("这条百年老街经过两年改造后今天重新开放。", "百年老街"),
    ("金色沙滩上挤满了前来避暑的游客。", "金色沙滩"),
    ("他们周末常到海边沙滩上烤肉聊天。", "海边沙滩"),
    ("交通部门在路口中央设置了安全岛。", "安全岛"),
]))
def test_generic_kind_is_no_place(pipeline, text, wrong):
    assert wrong not in _places(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "楼盘周边有燕莎商圈、朝阳公园商圈等商务区。",
]))
def test_kind_after_a_site_keeps_the_site(pipeline, text):
    names = _places(pipeline, text)
    assert "燕莎商圈" in names, names
    assert "公园商圈" not in names, names


@pytest.mark.parametrize("text, place, person", both_scripts([
    # a freeway interchange by the name of its town, which the recogniser reads as a person
    ("国道一号杨梅交流道附近今天上午发生五车连环追撞。", "杨梅交流道", "杨梅"),
    ("中山高速公路圆山交流道今晚起封闭施工。", "圆山交流道", None),
]))
def test_interchange_is_a_place(pipeline, text, place, person):
    entities = extracted_entities(pipeline, text)
    assert place in {name for label, name, _ in entities if label == "PLACE"}, entities
    assert person is None or not any(label == "PERSON" and name == person for label, name, _ in entities), entities


@pytest.mark.parametrize("text", both_scripts([
    "两国就交流道路建设达成一项协议。",
    "双方在文化交流道上迈出了新的一步。",
]))
def test_exchange_is_no_interchange(pipeline, text):
    assert not any(name.endswith("交流道") for name in _places(pipeline, text))


@pytest.mark.parametrize("text", both_scripts([
    "大屿山的居民今日到政府总部请愿，反对兴建焚化炉。",
    "香港离岛区大屿山今日发生山火，消防员到场灌救。",
]))
def test_coded_mountain_keeps_its_code(pipeline, text):
    # the gazetteer's place wins over the same span read by its head (大屿山 is Lantau Island, HK-IS-LAN)
    assert ("PLACE", "大屿山", "HK-IS-LAN") in extracted_entities(pipeline, text)
