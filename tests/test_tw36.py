"""Taiwan and Hong Kong places in their own wording (issue 15, session 29, tw36): 九龙 alone where a place's frame
says so, a Taiwan city's one-letter abbreviation before one of its districts, and a station the recogniser reads
with its line, operator or hall glued on. Passages written for these tests in the style of news, each run as
written and converted to Traditional."""

import pytest
from helpers import both_scripts

from zhkg.extract.known_body_parts import _stations_after_lines
from zhkg.records import Label, Mention
from zhkg.text import SpanIndex

P, O, L = "PERSON", "ORGANIZATION", "PLACE"  # noqa: E741


def _codes(nlp, text: str) -> dict[str, str]:
    from zhkg.extract.places import extract_places

    return {m.simplified: m.code for m in extract_places(nlp(text))}


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a preposition or verb of place before it, with no other place of Hong Kong in the text
    ("她在九龙出生，后来随父母移居英国。", [("九龙", L)], []),
    ("这家人去年从九龙搬到新界。", [("九龙", L)], []),
    ("两人都住在九龙的旧楼。", [("九龙", L)], []),
    # a verb with its preposition or direction glued on (出生于, 搬到, 飞往)
    ("他出生于九龙，父亲是海员。", [("九龙", L)], []),
    ("一家人去年搬到九龙。", [("九龙", L)], []),
    # a direction after it: Hong Kong's constituency, a place of its own under 九龙 since places212 (九龙西, not 九龙)
    ("九龙西今届有三张名单竞逐。", [("九龙西", L)], [("九龙", L)]),
], convert_names=True))
def test_kowloon_in_a_place_frame(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize(("text", "name", "code"), [
    ("她在九龙出生，后来随父母移居英国。", "九龙", "HK-KLN"),
    # the constituency, under 九龙 (places212)
    ("九龙东今届有四人报名参选。", "九龙东", "HK-LC-KE"),
])
def test_kowloon_in_a_frame_is_hong_kongs(nlp, text, name, code):
    assert _codes(nlp, text).get(name) == code


@pytest.mark.parametrize("text", [
    "游客在九龙壁前合影留念。",  # the Nine-Dragon Screen
    "九龙东路今天封路施工。",  # a mainland street of the name
    "他在九龙中学任教多年。",  # a school
    "九龙江口的湿地吸引候鸟。",  # Fujian's river
    "村民在九龙山上种茶。",
])
def test_kowloon_as_part_of_another_name_is_no_region(nlp, text):
    assert _codes(nlp, text).get("九龙") != "HK-KLN"


@pytest.mark.parametrize("text, city, district", [
    ("北市大安区昨晚发生火警。", ("北市", "TW-TPE"), ("大安区", "TW-TPE-106")),
    ("高市前镇区一名男子昨天被捕。", ("高市", "TW-KHH"), ("前镇区", "TW-KHH-806")),
    ("北市中山区林森北路今天凌晨发生斗殴。", ("北市", "TW-TPE"), ("中山区", "TW-TPE-104")),
    # 信义区 alone is Taipei's or Keelung's: the abbreviation decides
    ("北市信义区今天举办市集。", ("北市", "TW-TPE"), ("信义区", "TW-TPE-110")),
])
def test_abbreviation_before_its_district(nlp, text, city, district):
    codes = _codes(nlp, text)
    assert codes.get(city[0]) == city[1] and codes.get(district[0]) == district[1], codes


def test_abbreviation_before_a_district_opens_a_street(finds):
    finds("北市大安区复兴南路今天上午发生车祸。", [("大安区", L), ("复兴南路", L)], [("北市大安区复兴南路", L)])


@pytest.mark.parametrize("text", [
    "河南市场今年需求回暖。",  # 南市 inside other words
    "华北市民踊跃参加活动。",
])
def test_no_abbreviation_inside_other_words(nlp, text):
    assert not any(code.startswith("TW") for code in _codes(nlp, text).values())


def test_abbreviation_needs_a_district_of_that_city(nlp):
    # 中正区 is Taipei's and Keelung's, not Kaohsiung's: 高市 before it is read as before
    assert _codes(nlp, "高市中正区").get("高市") != "TW-KHH"


def _model(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention("d", start, start + len(name), name, name, Label.PLACE, "crf")


def _local(name: str) -> bool:
    return name in ("观塘", "荃湾", "淡水")


@pytest.mark.parametrize("text, span, expected", [
    ("港铁表示，观塘线太子站今早有乘客不适。", "观塘线太子站", ["观塘线", "太子站"]),
    ("荃湾线深水埗站昨晚暂停服务。", "荃湾线深水埗站", ["荃湾线", "深水埗站"]),
    ("北捷松山新店线公馆站今天有乘客受伤。", "北捷松山新店线公馆站", ["公馆站"]),
    ("台铁板桥车站今天起进行工程。", "台铁板桥车站", ["板桥车站"]),
    ("一名男子在台北车站大厅持刀。", "台北车站大厅", ["台北车站"]),
    ("港铁旺角东站月台有人晕倒。", "旺角东站月台", ["旺角东站"]),
    # a line of elsewhere and its station are one name, as Universal NER marks Japan's
    ("列车直通至奥羽本线弘前站。", "奥羽本线弘前站", ["奥羽本线弘前站"]),
    # the mainland's 地铁 stays in the station's name, as MSRA has it (地铁复兴门站)
    ("乘客在地铁复兴门站换乘。", "地铁复兴门站", ["地铁复兴门站"]),
    # no station
    ("观塘线今早服务受阻。", "观塘线", ["观塘线"]),
])
def test_station_cut_from_its_line_operator_or_hall(text, span, expected):
    out = _stations_after_lines([_model(text, span)], SpanIndex(), text, _local)
    assert [m.simplified for m in out] == expected
    assert all(text[m.start:m.end] == m.simplified for m in out)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("港铁表示，观塘线太子站今早一度有乘客不适。", [("太子站", L), ("港铁", O)], [("观塘线太子站", L)]),
    ("一名男子今天上午在台北车站大厅持刀挥舞。", [("台北车站", L)], [("台北车站大厅", L)]),
], convert_names=True))
def test_stations_end_to_end(finds, text, present, absent):
    finds(text, present, absent)
