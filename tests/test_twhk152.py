"""Round twhk152: names on Taiwan and Hong Kong news (issue 15) — a one-letter surname standing for the person the
document names in full where the recogniser read it with the words after it or as a place (柯、侯|二人, 卢、蒋|欣赏,
祝福|卢|美国行), Taiwan's county-and-city pairs (新竹县市 is the county; 县市府 is no body), a party's caucus
(国民党团), a venue's district alone (启德) and two reporters in one byline. Each in both scripts, with guards;
every sentence is written for the round (the names invented)."""

from __future__ import annotations

import pytest
from helpers import entity_names, labelled_mentions

from zhkg.stages.normalise import to_traditional

SCRIPTS = [lambda t: t, to_traditional]


def _people(pipeline, text: str) -> set[str]:
    return {name for kind, name in entity_names(pipeline, text) if kind == "PERSON"}


def _named(pipeline, text: str, label: str) -> set[str]:
    return {name for kind, name in labelled_mentions(pipeline, text) if kind == label}


# ---- a surname standing for the document's one person of it

@pytest.mark.parametrize("text, people, wrong", [
    ("台北市长柯文哲与新北市长侯友宜昨天一同出席活动。柯、侯二人都强调合作。", {"柯文哲", "侯友宜"}, "侯二人"),
    ("议员卢志明与议员蒋文华昨天出席灯会，卢、蒋欣赏完主灯秀后离开。", {"卢志明", "蒋文华"}, "蒋欣赏"),
    # controls main already read so (the pair rule's 两人; jieba's own words)
    ("高雄市长陈其迈昨天与台南市长黄伟哲会面。陈、黄两人讨论治水。", {"陈其迈", "黄伟哲"}, "黄两人"),
    ("立委徐欣莹与副县长陈见贤昨天同台。徐、陈回应记者提问。", {"徐欣莹", "陈见贤"}, "陈回应"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_surname_after_a_surname_list_is_the_person(pipeline, text, people, wrong, convert):
    found = _people(pipeline, convert(text))
    assert people <= found and wrong not in found and wrong[0] not in found, found


@pytest.mark.parametrize("text, person", [
    ("台中市长卢志明下周出访。台北市长蒋文华送上茶叶，祝福卢美国行一切顺利。", "卢志明"),
    ("议员邱显智今天质询。市长说，感谢邱日本行带回的经验。", "邱显智"),  # a control main already read so
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_surname_read_as_a_place_is_the_person(pipeline, text, person, convert):
    text = convert(text)
    assert not _named(pipeline, text, "PLACE") & {person[0]}
    assert person[0] not in _people(pipeline, text)


@pytest.mark.parametrize("text, person", [
    ("市长蒋万安与议员王欣赏出席典礼。王欣赏表示支持。", "王欣赏"),  # a full name, after no other surname
    ("市长蒋万安与议员蒋二强出席典礼，蒋二强表示支持。", "蒋二强"),  # two people of one surname
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_other_people_stay(pipeline, text, person, convert):
    assert person in _people(pipeline, convert(text))


@pytest.mark.parametrize("text, place", [
    ("总统拜登与首相岸田文雄通话，美、日两国将加强合作。", "美"),  # a letter abbreviating a place stays one
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_place_letters_stay_places(pipeline, text, place, convert):
    assert place not in _people(pipeline, convert(text))


# ---- Taiwan's county-and-city pairs

@pytest.mark.parametrize("text, county, pair", [
    ("今年嘉义县市的观光人数都增加了。", "嘉义县", "嘉义县市"),
    ("据统计，新竹县市上月各受理两百多件诈骗案。", "新竹县", "新竹县市"),  # a control main already read so
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_county_and_city_pair_is_the_county(pipeline, text, county, pair, convert):
    places = _named(pipeline, convert(text), "PLACE")
    assert county in places and pair not in places, places


@pytest.mark.parametrize("text", [
    "不少县市府昨天举办新春团拜。",
    "各县市政府须在月底前提交报告。",  # a control main already read so
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_county_and_city_governments_are_no_body(pipeline, text, convert):
    assert not {o for o in _named(pipeline, convert(text), "ORGANIZATION") if "县市" in o}


@pytest.mark.parametrize("convert", SCRIPTS)
def test_county_level_city_ending_in_county_and_city_stays(pipeline, convert):
    text = convert("辉县市化肥厂今年扩产，辉县市的工人增加了。")
    assert "辉县市化肥厂" in _named(pipeline, text, "ORGANIZATION")
    assert "辉县市" in _named(pipeline, text, "PLACE")


# ---- a place a facility is named by, written alone, is no person

@pytest.mark.parametrize("text", [
    "启德体育园昨天开幕。主办单位表示，会考虑启德整体规划。",
    "启德邮轮码头的定位仍在研究，以启德副场作为比赛场地也在考虑之列。",
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_facility_place_alone_is_no_person(pipeline, text, convert):
    text = convert(text)
    assert "启德" not in _people(pipeline, text)
    assert "启德" in _named(pipeline, text, "PLACE")


@pytest.mark.parametrize("convert", SCRIPTS)
def test_person_a_hall_is_named_after_stays(pipeline, convert):
    assert "周恩来" in _people(pipeline, convert("周恩来纪念馆今天开放，周恩来的生平展吸引很多人。"))


@pytest.mark.parametrize("convert", SCRIPTS)
def test_country_initial_stays_the_country(pipeline, convert):
    # 马 of 中马关系 is Malaysia, which the document names, though it names a person of the surname 马
    text = convert("国务院总理李强在人民大会堂与马来西亚总理安华举行会谈。李强说，近年来中马关系全面发展，中马要加强合作。"
                   "外交部长马朝旭陪同。")
    assert "马" not in _people(pipeline, text)


# ---- a Taiwan paper's byline of two reporters written together

@pytest.mark.parametrize("text, reporters", [
    ("联合报／记者林孟洁蔡晋宇／台北报导 行政院今天宣布新政策。", {"林孟洁", "蔡晋宇"}),
    ("联合报／ 记者黄怡滢周家升／台中报导 市长昨天出席活动。", {"黄怡滢", "周家升"}),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_two_reporters_written_together_are_two_people(pipeline, text, reporters, convert):
    found = _people(pipeline, convert(text))
    assert reporters <= found and "".join(sorted(reporters)) not in found, found


@pytest.mark.parametrize("text", [
    "记者新闻中心整理／台北报导 行政院今天宣布新政策。",
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_byline_of_no_two_names_gives_no_people(pipeline, text, convert):
    assert not _people(pipeline, convert(text)) & {"新闻中", "心整理"}


# ---- a party's caucus is no party

@pytest.mark.parametrize("text", [
    "国民党团书记长今天召开记者会，国民党团内已有共识。",
    "民众党团方面，副总召将由党团成员推举。",
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_party_caucus_is_the_caucus(pipeline, text, convert):
    orgs = _named(pipeline, convert(text), "ORGANIZATION")
    party = text[:3]
    assert party + "团" in orgs and party not in orgs, orgs


@pytest.mark.parametrize("text, party", [
    ("国民党团结一致面对选举。", "国民党"),
    ("民进党团结了支持者。", "民进党"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_party_before_a_word_of_tuan_stays_the_party(pipeline, text, party, convert):
    assert party in _named(pipeline, convert(text), "ORGANIZATION")


@pytest.mark.parametrize("convert", SCRIPTS)
def test_transliterated_person_beside_a_place_of_the_name_stays(pipeline, convert):
    # the 715-row dump's first draft: an actor's name the document also writes at the start of a longer place
    text = convert("演员布兰登今天来到布兰登堡门拍摄。布兰登接受采访时说，他很喜欢这部电影。")
    assert "布兰登" in _people(pipeline, text) and "布兰登" not in _named(pipeline, text, "PLACE")


@pytest.mark.parametrize("convert", SCRIPTS)
def test_country_letter_listed_with_a_country_stays_a_place(pipeline, convert):
    # foreign49's tune half: a transliterated name has no surname, and a letter listed with a place is a place
    text = convert("阿巴斯向王毅发来贺电，称赞阿、中两国的友好关系。")
    assert "阿" not in _people(pipeline, text)
