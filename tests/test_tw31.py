"""Taiwan and Hong Kong entities in their own wording (issue 15, session 27, tw31): the leagues' teams of
Taiwan and Hong Kong, two teams of a sport as a sign of its story, a department before a time of day and its
verb, and a place the recogniser read as a person when it is paired with a place of its region.
Passages written for these tests in the style of news, each run as written and converted to Traditional."""

import pytest
from helpers import both_scripts, codes_by_name

from zhkg.extract.departments import departments
from zhkg.extract.kind_by_neighbours import _places_paired_with_places
from zhkg.records import Label, Mention


@pytest.mark.parametrize("text, teams", both_scripts([
    # teams the table did not list: Taiwan's new baseball club, Hong Kong's football clubs
    ("台钢雄鹰今晚在澄清湖球场迎战乐天桃猿，投手群表现稳定。", ["台钢雄鹰", "乐天桃猿"]),
    ("港超焦点战，杰志主场以3比0大胜理文。", ["杰志", "理文"]),
    # two listed teams of the sport and one of its words: its story (统一狮, 味全龙 were listed)
    ("统一狮今晚以4比2击败味全龙，先发投手主投六局。", ["统一狮", "味全龙"]),
]))
def test_teams_of_taiwan_and_hong_kong(pipeline, text, teams):
    found = codes_by_name(pipeline, text)
    for team in teams:
        assert ("ORGANIZATION", team) in found, (team, found)


def test_one_team_and_one_word_is_no_story(pipeline):
    # a single listed team with one word of its sport stays unread: the sign of a second team is missing
    found = codes_by_name(pipeline, "味全龙今天公布新的吉祥物，投手也到场。")
    assert ("ORGANIZATION", "味全龙") not in found


@pytest.mark.parametrize("text, body", [
    ("天文台今日上午发出八号烈风信号。", "天文台"),
    ("地政总署今日下午宣布收回土地。", "地政总署"),
    ("民航处今早表示，航班大致正常。", "民航处"),
    ("消防处昨晚指出，火警已经受控。", "消防处"),
])
def test_department_before_a_time_of_day(text, body):
    assert body in [text[s:e] for s, e in departments(text)]


@pytest.mark.parametrize("text", ["讲台今日上午发出声音。", "他的好处今早表示出来。"])
def test_time_of_day_makes_no_department_of_a_word(text):
    assert departments(text) == []


@pytest.mark.parametrize("text, place, code", both_scripts([
    ("九巴表示，往来沙田及尖沙咀的路线将改道。", "沙田", "HK-ST"),
    ("居于沙田和元朗的长者可申请津贴。", "元朗", "HK-YL"),  # two such names pair each other
    ("居于沙田及大埔的长者可申请津贴。", "大埔", "HK-TP"),  # 大埔 is Guangdong's county too
]))
def test_place_paired_with_a_place_of_its_region(pipeline, text, place, code):
    found = codes_by_name(pipeline, text)
    assert found.get(("PLACE", place)) == code, found
    assert ("PERSON", place) not in found


def test_pair_of_another_region_keeps_the_person():
    text = "往来沙田及北京的人"
    m = Mention("d", 2, 4, "沙田", "沙田", Label.PERSON, "crf")
    out = _places_paired_with_places([m], text, {(5, 7): "110000"}, {"沙田": ["HK-ST"]}.get)
    assert out[0].label is Label.PERSON
    ambiguous = _places_paired_with_places([m], text, {(5, 7): "HK-YT"}, {"沙田": ["HK-ST", "HK-ST-X"]}.get)
    assert ambiguous[0].label is Label.PERSON  # two places of the region by that name: which is unknown


def test_world_cities_pair_no_people():
    # two presidents whose names are cities of one country stay people: only Hong Kong, Macau and Taiwan pair
    text = "华盛顿和林肯都是总统"
    pair = [Mention("d", 0, 3, "华盛顿", "华盛顿", Label.PERSON, "crf"),
            Mention("d", 4, 6, "林肯", "林肯", Label.PERSON, "crf")]
    lookup = {"华盛顿": ["US-city:Washington"], "林肯": ["US-city:Lincoln"]}.get
    assert [m.label for m in _places_paired_with_places(pair, text, {}, lookup)] == [Label.PERSON, Label.PERSON]


@pytest.mark.parametrize("text, people, not_places", both_scripts([
    # the last reporter's name runs into the dateline's place: 长顺 is a county of Guizhou, not of the name
    ("（中央社记者林长顺台北5日电）金管会今天宣布新措施。", ["林长顺"], ["长顺"]),
    ("（中央社记者王扬宇、林长顺台北5日电）金管会今天宣布新措施。", ["王扬宇", "林长顺"], ["长顺"]),
    ("（中央社记者王平阳台北5日电）金管会今天宣布新措施。", ["王平阳"], ["阳"]),
]))
def test_reporters_of_a_wire_dateline(pipeline, text, people, not_places):
    found = codes_by_name(pipeline, text)
    for name in people:
        assert ("PERSON", name) in found, (name, found)
    for name in not_places:
        assert ("PLACE", name) not in found, (name, found)
    assert found.get(("PLACE", "台北")) == "TW-TPE"


@pytest.mark.parametrize("text", both_scripts([
    "新片将于贺岁档在内地上映。",
    "英皇电影出品的新片由刘德华、古天乐主演，将于贺岁档在内地及香港上映。",
]))
def test_new_year_film_season_is_no_person(pipeline, text):
    # 贺 is a surname; 贺岁档 (the New Year film season) names no one
    found = codes_by_name(pipeline, text)
    assert not any(label == "PERSON" and name.startswith("贺岁") for label, name in found), found
