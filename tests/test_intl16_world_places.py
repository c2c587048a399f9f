"""The world's divisions, historic people typed as places and cut foreign names (intl16, issue 15), both scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.records import Label
from zhkg.stages.normalise import to_simplified


def _mentions(pipeline, text: str, label: Label) -> dict[str, str]:
    result = pipeline.process_document(Document("d", text))
    return {m.simplified: m.code or "" for m in result.mentions if m.label is label}


@pytest.mark.parametrize("text, places", both_scripts([
    ("德国巴伐利亚州政府周三宣布，巴伐利亚将投入10亿欧元发展氢能。", {"巴伐利亚州": "DE-BY", "巴伐利亚": "DE-BY"}),
    ("澳大利亚昆士兰州北部遭遇暴雨，新南威尔士州也发布洪水预警。", {"昆士兰州": "AU-QLD", "新南威尔士州": "AU-NSW"}),
    ("马来西亚砂拉越州的石油产量今年增长。", {"砂拉越州": "MY-13"}),
    ("泰国清迈府今年接待游客超过千万人次。", {"清迈府": "TH-50"}),
    ("尼日利亚卡诺州的选举将在下月举行。", {"卡诺州": "NG-KN"}),
    ("西班牙安达卢西亚的塞维利亚省遭遇热浪。", {"塞维利亚省": "ES-SE"}),
    ("印尼苏门答腊岛上发生6.2级地震。", {"苏门答腊岛": "ID-SM"}),
]))
def test_a_division_of_another_country_is_found_and_coded_beside_its_country(pipeline, text, places):
    found = _mentions(pipeline, text, Label.PLACE)
    assert {name: found.get(name) for name in places} == places


@pytest.mark.parametrize("text, name", both_scripts([
    ("他说，卡诺州的选举将在下月举行。", "卡诺州"),
]))
def test_a_division_of_another_country_takes_no_code_without_a_place_it_lies_in(pipeline, text, name):
    assert _mentions(pipeline, text, Label.PLACE).get(name, "") == ""


@pytest.mark.parametrize("text, names", both_scripts([
    ("意甲第5轮，拉齐奥客场负于热那亚，巴勒莫主场战平。", {"拉齐奥", "热那亚", "巴勒莫"}),
    ("意大利媒体报道，拉齐奥本赛季的目标是进入前四。", {"拉齐奥"}),
]))
def test_a_club_named_by_its_region_or_city_is_no_division(pipeline, text, names):
    places = _mentions(pipeline, text, Label.PLACE)
    assert not {n for n in names if places.get(n, "").startswith("IT-")}


@pytest.mark.parametrize("text, name, code", both_scripts([
    ("山东莱州市一家工厂发生火灾。", "莱州市", "370683"),
    ("河南省郑州市今天发布暴雨预警。", "河南省", "410000"),
]))
def test_a_mainland_place_keeps_its_code_beside_a_foreign_division_of_the_same_name(pipeline, text, name, code):
    assert _mentions(pipeline, text, Label.PLACE).get(name) == code


@pytest.mark.parametrize("text, name", both_scripts([
    ("这部史诗是遵照奥古斯都的旨意创作的。", "奥古斯都"),
]))
def test_a_name_with_what_only_a_person_has_is_a_person(pipeline, text, name):
    assert name in _mentions(pipeline, text, Label.PERSON)
    assert name not in _mentions(pipeline, text, Label.PLACE)


@pytest.mark.parametrize("text, see", both_scripts([
    ("教皇任命托尔托萨主教巴塞洛缪为市政官。", "托尔托萨"),
]))
def test_the_see_before_a_bishop_named_after_his_title_is_a_place(pipeline, text, see):
    assert see in _mentions(pipeline, text, Label.PLACE)
    assert see not in _mentions(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text, place, cut", both_scripts([
    ("铁路网位于抬高的拉德芳斯广场下方。", "拉德芳斯广场", "拉德芳"),
]))
def test_a_transliterated_name_cut_before_a_facility_is_the_facility_whole(pipeline, text, place, cut):
    assert place in _mentions(pipeline, text, Label.PLACE)
    assert cut not in _mentions(pipeline, text, Label.PERSON)


def test_world_divisions_are_context_rows_with_iso_codes():
    from zhkg.resources.gazetteer import load_gazetteer

    g = load_gazetteer()
    bavaria = g.get("DE-BY")
    assert bavaria is not None and bavaria.parent_code == "DE" and bavaria.context_only
    # a name the training sets read as a person (谢里夫) or a club (拉齐奥) is no division's
    assert not any(d.code.startswith(("DZ-", "IT-")) for n in ("谢里夫", "拉齐奥") for d in g.lookup(n))
    assert to_simplified("巴伐利亞") in g.full_names


@pytest.mark.parametrize("text, name", both_scripts([
    ("日本棋手井山裕太在决赛中击败了对手。", "井山裕太"),
    ("据日本媒体报道，演员小栗旬将主演该剧。", "小栗旬"),
    ("爱知县知事大村秀章当天视察了灾区。", "大村秀章"),
]))
def test_a_japanese_name_of_a_listed_family_name_is_read_whole(pipeline, text, name):
    people = _mentions(pipeline, text, Label.PERSON)
    assert to_simplified(name) in people
    assert not any(p != to_simplified(name) and to_simplified(name).startswith(p) for p in people)


@pytest.mark.parametrize("text, places", both_scripts([
    ("美国国务卿布林肯抵达沙特首都利雅得。", {"沙特": "SA"}),
    ("西班牙首相宣布，西班牙将承认巴勒斯坦国。", {"巴勒斯坦国": "PS"}),
    ("英国首相当天前往苏格兰首府爱丁堡。", {"苏格兰": "GB-SCT"}),
    ("印度总理在古吉拉特邦为新机场揭幕。", {"古吉拉特邦": "IN-GJ"}),
    ("飓风袭击了美国路易斯安那州的新奥尔良，达拉斯也出现强降雨。",
     {"新奥尔良": "US-city:New_Orleans", "达拉斯": "US-city:Dallas"}),
    ("第76届戛纳电影节在法国开幕，莱比锡大学的学者出席。", {"戛纳": "FR-city:Cannes", "莱比锡": "DE-city:Leipzig"}),
]))
def test_a_country_s_short_name_a_nation_or_state_and_a_world_city_are_coded(pipeline, text, places):
    found = _mentions(pipeline, text, Label.PLACE)
    assert {name: found.get(name) for name in places} == places
