"""Kinds found on Taiwan and international news (issue 15, session 11, read on the dev set's tune11 half), with
passages written for these tests: a person's span settled by how the document writes the name elsewhere, a
division's short form that is part of a foreign person's name, places with coordinates, house numbers or
directions, outlets quoted with a date, and Latin-script company names by their last word.

Each row runs through ``Pipeline().run_texts`` with the recogniser on, in Simplified and in Traditional, and reads
the graph's nodes.
"""

import pytest
from helpers import both_scripts, entity_names, entity_nodes

from zhkg.extract.document_names import coordinated_people, people_not_places, settle_person_spans
from zhkg.extract.place_spans import settle_place_spans
from zhkg.records import Label, Mention, MentionSource


@pytest.mark.parametrize("text, people, glued", both_scripts([
    # a headline's verb after a name the document writes alone (林柏宏|聊)
    ("组图：林柏宏聊《新片》 与柯震东互相调侃新浪娱乐讯 林柏宏和柯震东接受专访。林柏宏表示很开心，柯震东也说很开心。",
     {"林柏宏", "柯震东"}, "林柏宏聊"),
    # two names with no comma between, and the next word's first character (宋芸桦|邱泽|惹)
    ("导演钮承泽携主演宋芸桦、邱泽出席映后交流。宋芸桦邱泽惹观众怜爱，宋芸桦说很紧张，邱泽也很开心。",
     {"宋芸桦", "邱泽"}, "宋芸桦邱泽惹"),
    # a part of a transliterated name the document writes whole, and a verb after it (蒙蒂|来)
    ("他说：“我会帮助蒙蒂来准备第二场比赛。”主教练蒙蒂-威廉姆斯表示满意。", {"蒙蒂·威廉姆斯"}, "蒙蒂来"),
]))
def test_a_person_is_written_as_the_document_writes_the_name(pipeline, text, people, glued):
    names = entity_names(pipeline, text)
    assert {("PERSON", p) for p in people} <= names
    assert ("PERSON", glued) not in names


def _person(text, name, at=0):
    start = text.index(name, at)
    return Mention("d", start, start + len(name), name, name, Label.PERSON, MentionSource.RECOGNISER)


def test_a_part_of_a_foreign_name_cuts_no_transliteration_character():
    text = "导演汤姆·霍珀说，汤姆很满意。工作人员汤姆斯这样说。"  # 汤姆斯 is a name of its own
    ms = [_person(text, "汤姆·霍珀"), _person(text, "汤姆斯")]
    assert [m.simplified for m in settle_person_spans(ms, text)] == ["汤姆·霍珀", "汤姆斯"]


def test_a_given_name_alone_does_not_cut_the_surname_off():
    text = "王小明来了。小明说，小明笑了。"  # 小明 alone is written more often, yet 王 is no extra character
    ms = [_person(text, "王小明"), _person(text, "小明", 6), _person(text, "小明", 10)]
    assert [m.simplified for m in settle_person_spans(ms, text)] == ["王小明", "小明", "小明"]


def test_a_longer_name_written_as_often_stays_whole():
    text = "张三丰来了，张三丰说。张三到了。"  # 张三 alone once, 张三丰 twice: two people
    ms = [_person(text, "张三丰"), _person(text, "张三丰", 5), _person(text, "张三", 11)]
    assert [m.simplified for m in settle_person_spans(ms, text)] == ["张三丰", "张三丰", "张三"]


@pytest.mark.parametrize("text", both_scripts([
    "太阳队首席助教杰森-马龙正被火箭队关注。火箭队还没有要求与马龙见面，马龙在去年夏天刚刚和球队续约两年。",
]))
def test_a_short_form_that_ends_a_foreign_name_is_the_person(pipeline, text):
    nodes = entity_nodes(pipeline, text)
    assert ("PERSON", "杰森·马龙", "") in nodes
    assert not any(code == "530304" for _, _, code in nodes)  # 马龙区, Qujing, Yunnan


@pytest.mark.parametrize("text", both_scripts([
    "云南曲靖市马龙区今天召开会议，马龙区区长出席。",
    "杰森-马龙今天到访云南曲靖市马龙区。",  # the full name of the district stays the district
]))
def test_the_district_stays_where_no_foreign_name_holds_it(pipeline, text):
    assert ("PLACE", "马龙区", "530304") in entity_nodes(pipeline, text)


def test_a_place_without_a_short_form_is_no_person():
    text = "乔治-华盛顿的雕像立在华盛顿。"
    ms = [Mention("d", 0, 6, "乔治-华盛顿", "乔治-华盛顿", Label.PERSON, MentionSource.RECOGNISER),
          Mention("d", 11, 14, "华盛顿", "华盛顿", Label.PLACE, MentionSource.GAZETTEER, canonical="华盛顿",
                  code="US-city:Washington")]
    assert [m.label for m in people_not_places(ms, text)] == [Label.PERSON, Label.PLACE]


@pytest.mark.parametrize("text, places, not_places", both_scripts([
    ("地震发生在台湾花莲县（北纬24.1度，东经121.6度），震源深度10公里。", {"花莲县"}, ("东经", "北纬")),
    ("他的家位于格林伍德大道5046号，记者往西北走到芝加哥。", {"格林伍德大道", "芝加哥"}, ("5046", "西北")),
]))
def test_coordinates_house_numbers_and_directions_are_no_places(pipeline, text, places, not_places):
    names = entity_names(pipeline, text)
    assert {("PLACE", p) for p in places} <= names
    assert not any(kind == "PLACE" and any(n in name for n in not_places) for kind, name in names)


@pytest.mark.parametrize("text", both_scripts(["国家支持大西北发展，代表团前往西北考察。"]))
def test_the_region_after_a_verb_of_going_stays_a_place(pipeline, text):
    assert ("PLACE", "西北") in entity_names(pipeline, text)


def test_a_place_direction_or_street_span_rules():
    text = "他往东南走，向北纬30度航行，住在中山路12号，去了南京路。"
    def place(name):
        start = text.index(name)
        return Mention("d", start, start + len(name), name, name, Label.PLACE, MentionSource.RECOGNISER)
    out = settle_place_spans([place("东南"), place("北纬30度"), place("中山路12号"), place("南京路")], text)
    assert [m.simplified for m in out] == ["中山路", "南京路"]


@pytest.mark.parametrize("text, outlets", both_scripts([
    ("据英国(微博)《泰晤士报》10月9日报道，青年失业率上升。据美国《纽约时报》3月2日报道，股市下跌。",
     {"泰晤士报", "纽约时报"}),
]))
def test_an_outlet_quoted_with_the_story_date_is_an_organisation(pipeline, text, outlets):
    assert {("ORGANIZATION", o) for o in outlets} <= entity_names(pipeline, text)


@pytest.mark.parametrize("text, orgs", both_scripts([
    ("Red Moon Games宣布推出新作。名为Career Hub的网站披露，实习生没有报酬。", {"Red Moon Games", "Career Hub"}),
    ("Nova Mobile在2006年成为独家发行商。", {"Nova Mobile"}),
]))
def test_latin_companies_by_their_last_word_or_as_a_website(pipeline, text, orgs):
    assert {("ORGANIZATION", o) for o in orgs} <= entity_names(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["新游戏的Mobile版本上线，玩家表示满意。", "玩家Tom Smith表示满意。",
                                               "各大WAP网站上游戏很多，Web网站也有。"]))
def test_a_head_word_alone_is_no_company(pipeline, text):
    assert not any(kind == "ORGANIZATION" for kind, _ in entity_names(pipeline, text))


@pytest.mark.parametrize("text, place, code", both_scripts([
    # a US state named without its 州, as news writes it (the gazetteer had only 夏威夷州, 得克萨斯州)
    ("他去年搬到夏威夷，在一家酒店工作。", "夏威夷州", "US-HI"),
    ("这家公司总部设在得克萨斯，工厂在加利福尼亚。", "得克萨斯州", "US-TX"),
    ("印第安纳步行者队主场设在印第安纳波利斯，球队来自印第安纳。", "印第安纳州", "US-IN"),
]))
def test_a_us_state_without_its_suffix_is_the_state(pipeline, text, place, code):
    assert ("PLACE", place, code) in entity_nodes(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["代表团访问华盛顿，随后前往纽约。"]))
def test_a_city_named_like_a_state_stays_the_city(pipeline, text):
    codes = {code for kind, _, code in entity_nodes(pipeline, text) if kind == "PLACE"}
    assert "US-WA" not in codes and "US-NY" not in codes


@pytest.mark.parametrize("text, bodies", both_scripts([
    ("决赛预演：肯塔基大学对阵康涅狄格大学，两个大学都是老牌强队。", {"肯塔基大学", "康涅狄格大学"}),
    ("半决赛中北京大学击败清华大学，进入决赛。", {"北京大学", "清华大学"}),
]))
def test_a_body_name_never_runs_across_a_match_verb(pipeline, text, bodies):
    names = entity_names(pipeline, text)
    assert {("ORGANIZATION", b) for b in bodies} <= names
    assert not any(kind == "ORGANIZATION" and ("对阵" in n or "击败" in n) for kind, n in names)


@pytest.mark.parametrize("text, person", both_scripts([
    # a name the recogniser may miss, joined by 和 to one it reads, and written again
    ("宣传期间，林柏宏和许以翔接受专访。许以翔说很开心，林柏宏也表示满意。", "许以翔"),
    ("宣传期间，许以翔和林柏宏接受专访。许以翔说很开心，林柏宏也表示满意。", "许以翔"),
]))
def test_a_name_coordinated_with_a_person_and_written_again_is_a_person(pipeline, text, person):
    assert ("PERSON", person) in entity_names(pipeline, text)


def _coordinated(text, name):
    start = text.index(name)
    person = Mention("d", start, start + len(name), name, name, Label.PERSON, MentionSource.RECOGNISER)
    return [m.simplified for m in coordinated_people([person], text)]


def test_a_title_a_placeholder_or_a_single_mention_is_no_coordinated_name():
    assert _coordinated("林柏宏和何先生到场。何先生说很好。", "林柏宏") == ["林柏宏"]  # a title after a surname
    assert _coordinated("林柏宏和李某某到场。李某某说很好。", "林柏宏") == ["林柏宏"]  # a placeholder
    assert _coordinated("林柏宏和许以翔到场，大家都很开心。", "林柏宏") == ["林柏宏"]  # written once
    assert _coordinated("林柏宏和许以翔到场。许以翔说很好。", "林柏宏") == ["林柏宏", "许以翔", "许以翔"]
