"""Round places225 (issue 15): places in Hong Kong and Taiwan news.

* Hong Kong's deixis (本港, 全港, and 港 after a word of motion or stay: 来港, 访港, 在港) is a deictic mention of Hong
  Kong (:func:`zhkg.extract.home_words.hong_kong_deixis`): no place name where names are scored, Hong Kong still for
  a count's owner.
* Hong Kong areas as gazetteer facts (凹头, 牛潭尾, 沙埔, 米埔, 荔枝庄, 深涌, 粮船湾…) and landmarks (北都, 新田科技城,
  吐露港); a line glued to a station named by a Hong Kong place is cut (北环线|牛潭尾站); 乡 ends the second area of a
  run (元朗|逢吉乡).
* Taiwan's township lists read with the county the document named before the list's sentence, and with a last item
  joined by 及.

Sentences written for these tests, each as written (Simplified) and converted to Traditional; names invented.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, codes_by_name

from zhkg.records import Document


def _scored_places(pipeline, text: str) -> set[str]:
    """The Simplified names of every place the web benches score in ``text`` (deictic places left out)."""
    from zhkg.evaluate import predicted_entities

    mentions = pipeline.extract_mentions_many([Document("d", text, kind="text")])[0]
    return {name for label, names, _ in predicted_entities(mentions) if label == "PLACE" for name in names}


@pytest.mark.parametrize(("text", "deixis"), both_scripts([
    ("香港旅游发展局表示，本港酒店入住率上升，访港旅客增加。", "本港"),
    ("香港教育局指出，全港学校明日停课。", "全港"),
    ("香港特区政府表示，去年来港旅客有三千万人次。", "来港"),
    ("香港大学担心难以吸引优秀学生来港。", "来港"),
    ("长实表示将在港物色投资。香港股市今日上升。", "在港"),
]))
def test_hong_kong_deixis_is_no_scored_place(pipeline, text, deixis):
    places = _scored_places(pipeline, text)
    assert not {"港", "本港", "全港"} & places, places
    assert not any(deixis in name for name in places), places


@pytest.mark.parametrize("text", both_scripts([
    "香港天文台表示，吐露港一带风浪大。",
    "港岛今日有大雨，香港天文台发出警告。",
]))
def test_hong_kong_written_by_name_stays_a_place(pipeline, text):
    places = _scored_places(pipeline, text)
    assert {"香港", "香港岛", "港岛", "吐露港"} & places, places


@pytest.mark.parametrize(("text", "counted"), both_scripts([
    ("卫生防护中心今日公布，一名从泰国返港的男子确诊。本地今日新增12宗确诊个案。", "个案"),
    ("金管局表示，本港共有1200间银行分行。", "分行"),
]))
def test_the_deixis_still_owns_counts_as_hong_kong(pipeline, text, counted):
    from test_count_owners import owner_of

    assert owner_of(pipeline, text, counted) == "香港"


def test_the_deixis_is_marked_deictic_whoever_read_it():
    from zhkg.extract.home_words import hong_kong_deixis
    from zhkg.records import Label, Mention, MentionSource

    text = "本港经济好转，访港旅客增加，回港后，香港政府表示，宁波港繁忙"
    spans = [(text.index(w) + k, text.index(w) + len(w)) for w, k in
             (("本港", 0), ("访港", 1), ("回港", 1), ("香港", 0), ("宁波港", 0))]
    ms = [Mention("d", s, e, text[s:e], text[s:e], Label.PLACE, MentionSource.RECOGNISER) for s, e in spans]
    out = hong_kong_deixis(ms, text)
    assert [(m.simplified, m.extractor == MentionSource.DEIXIS, m.code) for m in out] == [
        ("本港", True, "HK"), ("港", True, "HK"), ("港", True, "HK"), ("香港", False, ""), ("宁波港", False, "")]


@pytest.mark.parametrize(("name", "code", "parent"), [
    ("凹头", "HK-YL-AT", "HK-YL"), ("牛潭尾", "HK-YL-NTM", "HK-YL"), ("沙埔", "HK-YL-SP", "HK-YL"),
    ("米埔", "HK-YL-MP", "HK-YL"), ("荔枝庄", "HK-TP-LCC", "HK-TP"), ("深涌", "HK-TP-SC", "HK-TP"),
    ("三门仔", "HK-TP-SMT", "HK-TP"), ("粮船湾", "HK-SK-LSW", "HK-SK"), ("二澳", "HK-IS-YO", "HK-IS"),
    ("马湾涌", "HK-IS-MWC", "HK-IS"),
])
def test_each_new_area_is_one_division_of_its_district(name, code, parent):
    from zhkg.resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert [d.code for d in gazetteer.lookup(name) if d.code.startswith("HK")] == [code]
    assert gazetteer.get(code).parent_code == parent
    assert gazetteer.resolve(name, ["HK-YL"]).code == code  # beside another place of Hong Kong


@pytest.mark.parametrize(("text", "place", "code"), both_scripts([
    ("港铁表示，凹头站位于元朗市边陲，将服务沙埔一带。", "沙埔", "HK-YL-SP"),
    ("发展商指，元朗凹头一带将兴建住宅。", "凹头", "HK-YL-AT"),
    ("城规会批准元朗牛潭尾一幅地皮改划。", "牛潭尾", "HK-YL-NTM"),
    ("项目位于元朗米埔，邻近锦绣花园。", "米埔", "HK-YL-MP"),
    ("已完成工程的码头位于西贡的粮船湾；大埔的荔枝庄、深涌。", "荔枝庄", "HK-TP-LCC"),
    ("已完成工程的码头位于西贡的粮船湾；大埔的荔枝庄、深涌。", "粮船湾", "HK-SK-LSW"),
]))
def test_the_new_areas_are_read_and_coded(pipeline, text, place, code):
    from zhkg.stages.normalise import to_simplified

    codes = {name: c for (label, name), c in codes_by_name(pipeline, text).items() if label == "PLACE"}
    assert codes.get(to_simplified(place)) == code, codes


@pytest.mark.parametrize(("text", "place"), both_scripts([
    ("政府将加快发展北都，日后北都的职位会增加。", "北都"),
    ("项目与北都的新田科技城首阶段入伙年期接近。", "新田科技城"),
    ("市民可感受吐露港及印洲塘一带景色。", "吐露港"),
]))
def test_the_northern_metropolis_and_tolo_harbour_are_places(pipeline, text, place):
    assert place in _scored_places(pipeline, text)


@pytest.mark.parametrize(("text", "line", "station"), both_scripts([
    ("项目距离「北环线牛潭尾站」960米，与「北环线新田站」只有一站之隔。", "北环线", "牛潭尾站"),
]))
def test_a_line_before_a_station_of_a_hong_kong_place_is_cut(pipeline, text, line, station):
    places = _scored_places(pipeline, text)
    assert {line, station, "新田站"} <= places, places
    assert not any(name.startswith(line) and name != line for name in places), places


@pytest.mark.parametrize("text", both_scripts([
    "上述地皮位于元朗逢吉乡，邻近凹头站。",
]))
def test_a_rural_area_after_a_district_is_its_own_place(pipeline, text):
    places = _scored_places(pipeline, text)
    assert {"元朗", "逢吉乡"} <= {p.removesuffix("区") for p in places} | places, places
    assert "元朗逢吉乡" not in places, places


@pytest.mark.parametrize(("text", "code"), both_scripts([
    ("台中市议会选举登场。国民党在第2选区（沙鹿、清水、梧栖）提名3人。", "TW-TXG-436"),
    ("南投县长今日下午勘查竹山、集集及水里三乡镇五所学校。", "TW-NAN-553"),
]))
def test_a_township_list_reads_the_county_named_before(pipeline, text, code):
    codes = {c for (label, _), c in codes_by_name(pipeline, text).items() if label == "PLACE"}
    assert code in codes, codes


def test_a_list_of_townships_of_two_named_counties_is_left_alone():
    from zhkg.extract.place_villages import _taiwan_township_lists
    from zhkg.records import Label, Mention
    from zhkg.resources.gazetteer import load_gazetteer
    from zhkg.stages.segment import make_nlp

    # 东势 is a township of 台中市 and of 云林县: with both named before, the list says which of them none
    text = "台中市和云林县都有东势。当地人说东势、东势很好。"
    places = [Mention("d", 0, 3, "台中市", "台中市", Label.PLACE, "gazetteer", code="TW-TXG"),
              Mention("d", 4, 7, "云林县", "云林县", Label.PLACE, "gazetteer", code="TW-YUN")]
    assert _taiwan_township_lists(make_nlp()(text), text, places, load_gazetteer()) == []


@pytest.mark.parametrize(("text", "pier"), both_scripts([
    ("以马料水新渡轮码头为例，该处连接多个郊游地点。", "马料水新渡轮码头"),
    ("当局预计大澳公众码头今年完成工程。", "大澳公众码头"),
    ("西贡麻南笏码头及大埔榕树澳码头的改善工程预料在明年完成。", "榕树澳码头"),
]))
def test_a_pier_named_by_its_area_is_one_place(pipeline, text, pier):
    places = _scored_places(pipeline, text)
    assert pier in places, places
    assert not any(name.endswith(pier) and name != pier for name in places), places
