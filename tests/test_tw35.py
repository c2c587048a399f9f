"""Taiwan and Hong Kong local news (issue 15, session 28, tw35): venues and landmarks named without a head word
(``place_landmarks.tsv``), a person's English and Chinese names written side by side, and stations named by a
place of Taiwan or Hong Kong. Passages written for these tests in the style of news, each run as written and
converted to Traditional."""

import pytest
from helpers import both_scripts

from zhkg.resources.lexicon import load_lexicon

P, O, L = "PERSON", "ORGANIZATION", "PLACE"  # noqa: E741


def test_the_landmark_table_is_loaded():
    landmarks = load_lexicon().landmarks
    assert {"大巨蛋", "维港", "启德体育园", "西九文化区"} <= set(landmarks)
    assert "九份" not in landmarks  # "nine portions": a common word


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # venues and landmarks are places, as MSRA and Universal NER train mark them
    ("乐团下月在大巨蛋连开两场演唱会，门票开卖十分钟即售罄。", [("大巨蛋", L)], []),
    ("篮球联赛总冠军赛移师小巨蛋举行。", [("小巨蛋", L)], []),
    ("新年倒数活动今晚在维港两岸举行。", [("维港", L)], []),
    ("足球队下月在启德体育园迎战英超球队。", [("启德体育园", L)], []),
    # one venue, no place inside it (台北 of 台北大巨蛋, 旺角 of 旺角大球场)
    ("跨年晚会在台北大巨蛋举行。", [("台北大巨蛋", L)], [("台北", L)]),
    ("港超联赛今晚在旺角大球场上演。", [("旺角大球场", L)], [("旺角", L)]),
    # the recogniser's piece inside a listed landmark gives way to it (西九 is no person)
    ("西九文化区的艺术公园本周末举办音乐节。", [("西九文化区", L)], [("西九", P)]),
    # a longer name holding it stands (the park's office, as the recogniser reads it)
    ("垦丁国家公园管理处表示，今年将加强海域巡查。", [("垦丁国家公园管理处", O)], []),
    # never the start of a body's name
    ("西九文化区管理局今日公布新一年的节目。", [], [("西九文化区", L)]),
    # Taipei 101 is no part of a longer number
    ("跨年烟火今年仍在台北101施放。", [("台北101", L)], []),
], convert_names=True))
def test_venues_and_landmarks(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # an English name glued before the Chinese one: both are the person
    ("前议员Jeremy Tam谭文豪今日宣布退党。", [("Jeremy Tam", P), ("谭文豪", P)], []),
    ("前议员Claudia Mo毛孟静今日出庭。", [("Claudia Mo", P), ("毛孟静", P)], [("孟静", P)]),
    ("影星Carina Lau刘嘉玲昨日出席活动。", [("Carina Lau", P), ("刘嘉玲", P)], []),
], convert_names=True))
def test_english_and_chinese_names_side_by_side(finds, text, present, absent):
    finds(text, present, absent)


def test_a_company_in_latin_letters_before_chinese_is_no_person(mentions_in):
    # Bros ends no person's name, and a Latin company name before its Chinese one stays as read
    assert ("华纳", P) not in mentions_in("Warner Bros华纳今日宣布新片档期。")


def test_a_brand_before_a_common_noun_is_no_person(mentions_in):
    # 牛 is a surname, but 牛仔裤 is a word of the dictionary: a brand's jeans, no one named
    found = mentions_in("她身穿Miss Sixty牛仔裤出街。")
    assert ("牛仔裤", P) not in found and ("Miss Sixty", P) not in found


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a line named by a Hong Kong place, then the station (no operator written before the line)
    ("荃湾线旺角站今早一列列车故障，车务受阻。", [("旺角站", L)], []),
    # a place + 站 in a story of a railway
    ("港铁表示，沙田站今早有乘客堕轨，列车服务一度受阻。", [("沙田站", L)], []),
    # the station master is no station
    ("列车延误期间，旺角站长到场处理。", [], [("旺角站", L)]),
], convert_names=True))
def test_stations_named_by_a_place(finds, text, present, absent):
    finds(text, present, absent)
