"""Session 22 (intl22): people and places of Taiwan and international news.

Sentences written for zhkg in the style of Taiwan local news and of international news, each read in Simplified and
converted to Traditional. Every reading asserted (a township read, a name kept whole, no 姓 person, no mainland code)
failed on the code before this round (54 of the 72 cases); the refusals (a word alone, a feature, a name not run on)
guard what already worked against the new rules.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts


def _mentions(pipeline, text):
    """(label, Simplified span, code) of every person, organisation and place mention."""
    from zhkg.stages.documents import parse_documents

    return {(m.label.name, m.simplified, m.code) for m in pipeline.extract_mentions(parse_documents("t", text)[0])
            if m.label.name in ("PERSON", "ORGANIZATION", "PLACE")}


def _named(pipeline, text, label):
    return {name for kind, name, _ in _mentions(pipeline, text) if kind == label}


# A Taiwan township's short form right after its county or city is that township: read, coded, and split from the
# recogniser's place or person over both.
@pytest.mark.parametrize("text, county, township, code", both_scripts([
    ("他住在高雄凤山，每天通勤到台南上班。", "高雄", "凤山", "TW-KHH-830"),
    ("新北市林口今天下午发生一起火警，无人受伤。", "新北市", "林口", "TW-NWT-244"),
    ("新北市板桥今天午后下起大雷雨。", "新北市", "板桥", "TW-NWT-220"),
    ("桃园中坜的夜市周末人潮汹涌。", "桃园", "中坜", "TW-TAO-320"),
    ("台中丰原的糕饼远近驰名。", "台中", "丰原", "TW-TXG-420"),
    ("屏东潮州的烧冷冰很有名。", "屏东", "潮州", "TW-PIF-920"),
    ("高雄冈山的羊肉炉很有名。", "高雄", "冈山", "TW-KHH-820"),
    ("嘉义民雄的鬼屋是热门景点。", "嘉义", "民雄", "TW-CYQ-621"),
    ("花莲吉安今天清晨发生有感地震。", "花莲", "吉安", "TW-HUA-973"),
    ("新竹竹北的房价今年持续上涨。", "新竹", "竹北", "TW-HSQ-302"),
]))
def test_township_after_its_county(pipeline, text, county, township, code):
    found = _mentions(pipeline, text)
    places = {(name, c) for kind, name, c in found if kind == "PLACE"}
    assert (township, code) in places, found
    assert any(name == county for name, _ in places), found
    assert not any(kind == "PERSON" for kind, _, _ in found), found


@pytest.mark.parametrize("text, township, code", both_scripts([
    # once written after its county, the short form alone later is the same township
    ("他住在高雄凤山。凤山的居民都很热情。", "凤山", "TW-KHH-830"),
    ("新北市林口今天发生火警。林口消防分队随即赶到。", "林口", "TW-NWT-244"),
]))
def test_township_short_form_again(pipeline, text, township, code):
    found = [(name, c) for kind, name, c in _mentions(pipeline, text) if kind == "PLACE"]
    assert sum(1 for name, c in found if name == township and c == code) == 1
    assert all(c == code for name, c in found if name == township), found


@pytest.mark.parametrize("text, word", both_scripts([
    # alone, or after a place that is not its county, a township's short form stays a word or another place
    ("这片树林里住着许多野鸟，新北市长说要保护。", "树林"),
    ("他们的成功来自多年的努力，台东县长表示肯定。", "成功"),
    ("世界和平需要各国共同维护，台中市长致词时说。", "和平"),
]))
def test_township_word_alone_is_no_place(pipeline, text, word):
    assert word not in {n for n in _named(pipeline, text, "PLACE")}


@pytest.mark.parametrize("text, feature", both_scripts([
    # a feature named after the township keeps its whole name (guards session 16's reading)
    ("台北市信义商圈的百货公司本周推出周年庆。", "信义商圈"),
    ("新北市淡水老街周末涌入大批游客。", "淡水老街"),
]))
def test_feature_after_county_stays_whole(pipeline, text, feature):
    assert feature in {n for n in _named(pipeline, text, "PLACE")}


@pytest.mark.parametrize("text, form", both_scripts([
    # a short form right after a Taiwan place is no county or township of the mainland (Baoding's 莲池区)
    ("高雄市左营区莲池潭是南部知名的观光景点。", "莲池"),
]))
def test_no_mainland_code_after_taiwan_place(pipeline, text, form):
    assert not any(name == form and code.isdigit()
                   for kind, name, code in _mentions(pipeline, text) if kind == "PLACE")


# A surname and 姓 names nobody: Taiwan news's way of not naming a suspect or a victim.
@pytest.mark.parametrize("text", both_scripts([
    "警方逮捕了张姓男子与李姓女子，两人都已移送法办。",
    "林姓男子昨晚在台北市万华区遭到攻击。",
]))
def test_surname_and_xing_is_no_person(pipeline, text):
    assert not any("姓" in name for name in _named(pipeline, text, "PERSON"))


# Transliterated names joined by a separator keep their first and last letters.
@pytest.mark.parametrize("text, name", both_scripts([
    ("美国植物学家约瑟夫·莱因后来普及了超心理学这一概念。", "约瑟夫·莱因"),
    ("原籍德国的约翰·斯坦因表示反对这项计划。", "约翰·斯坦因"),
    ("谢盖尔·布卡出生在乌克兰卢甘斯克。", "谢盖尔·布卡"),
    ("他曾与希皮奥内·德尔·费罗讨论过数学问题。", "希皮奥内·德尔·费罗"),
    ("大卫·韦拿演出帽子戏法，协助球队大胜俄罗斯。", "大卫·韦拿"),
    ("这是美国著名短篇小说家欧·亨利创作于1907年的作品。", "欧·亨利"),
    ("他于1983年获匈牙利的约热夫·奥蒂洛文学奖。", "约热夫·奥蒂洛"),
    ("伤病名单上还有千万年薪的大卫-韦斯特。", "大卫-韦斯特"),
]))
def test_separator_name_whole(pipeline, text, name):
    assert name in {n for n in _named(pipeline, text, "PERSON")}


@pytest.mark.parametrize("text, name", both_scripts([
    # 因 after a name that begins 因伤/因为 is no -stein; a verb 约 before a whole first name is no part of it;
    # two countries joined by a hyphen are no person
    ("前锋德隆·布卡因伤缺阵三周。", "德隆·布卡因"),
    ("我们约安娜·布卡明天见面。", "约安娜·布卡"),
    ("肯亚-乌干达铁路全长一千公里。", "肯亚-乌干达"),
]))
def test_separator_name_not_run_on(pipeline, text, name):
    assert name not in {n for n in _named(pipeline, text, "PERSON")}


@pytest.mark.parametrize("text, city", both_scripts([
    # the recogniser's body over a city's name without its 市, before 市长, is the city (after the places it lies in
    # too); 基隆|市长 as a person was read so before
    ("亚特兰大市长今天宣布进入紧急状态。", "亚特兰大市"),
    ("美国乔治亚州亚特兰大市长今天宣布进入紧急状态。", "亚特兰大市"),
]))
def test_city_before_mayor_is_no_body(pipeline, text, city):
    found = _mentions(pipeline, text)
    assert ("PLACE", city, "US-city:Atlanta") in found, found
    assert not any(kind == "ORGANIZATION" for kind, _, _ in found), found


@pytest.mark.parametrize("text, letter, code", both_scripts([
    # a country's one letter before its head of government or monarch, as Taiwan and Hong Kong news write it
    ("英相强森今天宣布辞职。", "英", "GB"),
    ("日相安倍晋三今天表示将访问美国。", "日", "JP"),
    ("英女皇伊利沙伯二世今日抵港。", "英", "GB"),
]))
def test_country_letter_before_premier(pipeline, text, letter, code):
    assert ("PLACE", letter, code) in _mentions(pipeline, text)
