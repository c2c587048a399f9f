"""Universal NER's Traditional Wikipedia text, round uner288 (studied on the tune half of its dev split and on its
train split; every text here is written for the test): a county's neighbours listed after a bearing and a verb of
bordering are places, without the bearing and the verb (西毗|邵阳, the recogniser read 西毗邵阳 as a person or a
place); a route named by the place it runs over is no place, the place is (北极|航线); a city's urban area is the city,
市 no letter of its name (武汉|市区), unless 市 and 区 are two levels (上海市|区两级)."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.extract.glued_places import cut_route_tails
from zhkg.extract.person_or_not import _bordering_places
from zhkg.extract.place_runs import city_areas
from zhkg.records import Label, Mention


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the recogniser reads the bearing and the verb into a person (西毗邵阳) or a place (西毗宁乡, 东连秦皇岛)
    ("南邻广西，西毗邵阳、武冈，北界溆浦。", [("邵阳", "PLACE"), ("武冈", "PLACE")],
     [("西毗邵阳", "PERSON"), ("西毗邵阳", "PLACE")]),
    ("东邻岳阳、平江，南接株洲，西毗宁乡、益阳，北界汨罗。", [("宁乡", "PLACE"), ("株洲", "PLACE")],
     [("西毗宁乡", "PLACE")]),
    ("全区北靠燕山，南临渤海，东连秦皇岛、抚宁。", [("秦皇岛", "PLACE"), ("抚宁", "PLACE")],
     [("东连秦皇岛", "PLACE")]),
], convert_names=True))
def test_neighbours_after_a_bearing(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a route after the place it runs over: the place alone
    ("该航空公司开通了北极航线和南极航线。", [("北极", "PLACE"), ("南极", "PLACE")], [("北极航线", "PLACE")]),
], convert_names=True))
def test_route_is_no_place(finds, text, present, absent):
    finds(text, present, absent)


def _mention(text: str, name: str, label: Label, nth: int = 0) -> Mention:
    start = text.index(name) if not nth else text.rindex(name)
    return Mention("d", start, start + len(name), name, name, label, "crf")


@pytest.mark.parametrize("text, name, label, expected", [
    # at a clause's or a list item's start: the place after the opening, whatever the label
    ("东邻桃源，西毗慈利、石门。", "西毗慈利", Label.PERSON, ("慈利", Label.PLACE)),
    ("东邻桃源，西毗慈利、石门。", "东邻桃源", Label.ORGANIZATION, ("桃源", Label.PLACE)),
    ("南濒南海、东北接梅州", "东北接梅州", Label.PLACE, ("梅州", Label.PLACE)),
    # inside a clause the letters may be a name's own (一位叫南连生的老人): kept
    ("一位叫南连生的老人", "南连生", Label.PERSON, ("南连生", Label.PERSON)),
    # one letter left after the opening is no place: kept
    ("，南临海", "南临海", Label.PLACE, ("南临海", Label.PLACE)),
    # 靠近 (near) and 连续 (in a row) are other words: kept
    ("，东靠近呼家楼", "东靠近呼家楼", Label.PLACE, ("东靠近呼家楼", Label.PLACE)),
])
def test_bordering_places(text, name, label, expected):
    (out,) = _bordering_places([_mention(text, name, label)], text)
    assert (out.simplified, out.label) == expected
    assert text[out.start:out.end] == out.simplified


def test_bordering_places_keeps_the_written_letters():
    text, written = "西毗邵阳、武冈", "西毗邵陽、武岡"
    m = Mention("d", 0, 4, written[:4], text[:4], Label.PERSON, "crf")
    (out,) = _bordering_places([m], text)
    assert (out.start, out.end, out.text, out.simplified, out.label) == (2, 4, "邵陽", "邵阳", Label.PLACE)


@pytest.mark.parametrize("written, simplified, label, expected", [
    ("北極航線", "北极航线", Label.PLACE, "北極"),
    ("大西洋航線", "大西洋航线", Label.PLACE, "大西洋"),
    ("新航線", "新航线", Label.PLACE, "新航線"),  # one letter before the route: kept
    ("北極航線", "北极航线", Label.ORGANIZATION, "北極航線"),  # only places are cut
])
def test_cut_route_tails(written, simplified, label, expected):
    (out,) = cut_route_tails([Mention("d", 3, 3 + len(written), written, simplified, label, "crf")])
    assert out.text == expected and out.end - out.start == len(expected)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the gazetteer reads 武汉市|区, the recogniser 宁波市区 whole: the city alone
    ("他从武汉市区出发，前往杭州市区。", [("武汉", "PLACE"), ("杭州", "PLACE")], [("武汉市", "PLACE")]),
    ("宁波市区的房价上涨。", [("宁波", "PLACE")], [("宁波市区", "PLACE"), ("宁波市", "PLACE")]),
    ("暴雨袭击台中市区，南投市区也有积水。", [("台中", "PLACE"), ("南投", "PLACE")],
     [("台中市", "PLACE"), ("南投市", "PLACE")]),
    # two levels of government or a city's districts and counties: the city's full name stays
    ("上海市区两级财政共同承担。", [("上海市", "PLACE")], [("上海", "PLACE")]),
    ("北京市区县两级政府", [("北京市", "PLACE")], [("北京", "PLACE")]),
], convert_names=True))
def test_city_area_is_the_city(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("name, source, text, expected", [
    ("武漢市", "gazetteer", "武汉市区", "武漢"),
    ("寧波市區", "crf", "宁波市区", "寧波"),
    ("上海市", "gazetteer", "上海市区域", "上海市"),  # 区域, a region
    ("上海市", "gazetteer", "上海市区委", "上海市"),  # 区委, the district's committee
    ("新市區", "crf", "新市区", "新市區"),  # one letter before 市区: a district's own name (乌鲁木齐新市区)
    ("A市", "crf", "A市区", "A市"),  # no Han name before 市
])
def test_city_areas(name, source, text, expected):
    m = Mention("d", 0, len(name), name, text[:len(name)], Label.PLACE, source)
    (out,) = city_areas([m], text)
    assert out.text == expected and (out.start, out.end) == (0, len(expected))
