"""Taiwan's wording of places (issue 15, session 14): mountains, streams, night markets and parks named by
their kind, Taiwan's names of world cities, a county written before its township. Passages written for these
tests in the style of news, each run as written (Simplified) and converted to Traditional."""

import pytest
from helpers import both_scripts, codes_by_name

from zhkg.extract.landmarks import landmarks
from zhkg.resources.gazetteer import load_gazetteer


@pytest.mark.parametrize("text, place", both_scripts([
    ("连日豪雨使浊水溪水位暴涨，下游居民紧急撤离。", "浊水溪"),
    ("寒流来袭，合欢山昨晚降下今年第一场雪。", "合欢山"),
    ("登山队昨天登上大霸尖山，沿途风景壮丽。", "大霸尖山"),
    ("县长今天视察曾文溪的疏浚工程，要求汛期前完工。", "曾文溪"),
    ("大批游客涌入六合夜市，摊商生意兴隆。", "六合夜市"),
    ("玉山国家公园今天起实施登山总量管制。", "玉山国家公园"),
    ("新竹科学园区的厂商今年出口持续成长。", "新竹科学园区"),
]))
def test_places_named_by_their_kind(pipeline, text, place):
    found = codes_by_name(pipeline, text)
    assert ("PLACE", place) in found, sorted(found)
    assert ("PERSON", place) not in found
    # the name before the kind is no place of its own elsewhere (玉山县, 六合区 are the mainland's)
    assert not any(label == "PLACE" and code and place.startswith(name) and name != place
                   for (label, name), code in found.items()), sorted(found)


@pytest.mark.parametrize("text, person, wrong", both_scripts([
    ("公司董事长王德山今天表示，今年营收将持续成长。", "王德山", "王德山"),
    ("李明溪昨天出席记者会，说明案情的最新进展。", "李明溪", "李明溪"),
    ("主持人问道，牛应山：今年的招生计划有什么变化？", "牛应山", "牛应山"),
]))
def test_people_are_not_mountains_or_streams(pipeline, text, person, wrong):
    found = codes_by_name(pipeline, text)
    assert ("PERSON", person) in found, sorted(found)
    assert ("PLACE", wrong) not in found


@pytest.mark.parametrize("text, absent", both_scripts([
    ("雪霸国家公园管理处今天表示，部分步道暂停开放。", "雪霸国家公园"),
    ("中部科学园区管理局表示，园区厂商的营收持续成长。", "中部科学园区"),
]))
def test_a_kind_opening_a_body_is_no_place_of_its_own(pipeline, text, absent):
    assert ("PLACE", absent) not in codes_by_name(pipeline, text)


def test_landmark_spans_need_a_proper_name(nlp):
    from zhkg.stages.segment import token_table

    text = "这个夜市很热闹，传统夜市和活火山都在陈山家附近，两家各占半壁江山。"
    assert landmarks(text, token_table(nlp(text))) == []
    # a city's night markets are no night market of their own name; a science park keeps its city's name
    text = "台北夜市和新竹科学园区都很有名。"
    spans = landmarks(text, token_table(nlp(text)), big_places=frozenset({"台北", "新竹"}))
    assert [text[s:e] for s, e in spans] == ["新竹科学园区"]


@pytest.mark.parametrize("text, name, code", both_scripts([
    ("澳洲雪梨今天举行跨年烟火秀，吸引上百万人。", "雪梨", "AU-city:Sydney"),
    ("肯亚首都奈洛比今天发生示威活动。", "奈洛比", "KE-city:Nairobi"),
    ("澳洲昆士兰的布里斯本今天出现暴雨。", "布里斯本", "AU-city:Brisbane"),
    ("金门县金城镇的老街今天重新开放。", "金门县", "TW-KIN"),
    ("金门县金城镇的老街今天重新开放。", "金城镇", "TW-KIN-893"),
]))
def test_taiwan_names_of_places_are_coded(pipeline, text, name, code):
    found = codes_by_name(pipeline, text)
    assert found.get(("PLACE", name)) == code, sorted(found.items())


@pytest.mark.parametrize("text", both_scripts([
    "天气干燥，医生建议多吃雪梨润喉。",
    "雪梨炖冰糖是常见的家常甜品。",
]))
def test_a_pear_is_no_city(pipeline, text):
    assert not any(label == "PLACE" for label, _ in codes_by_name(pipeline, text))


def test_a_context_alias_needs_its_country():
    g = load_gazetteer()
    assert g.resolve("雪梨") is None
    assert g.resolve("雪梨", ["AU"]).code == "AU-city:Sydney"
    assert g.resolve("悉尼").code == "AU-city:Sydney"  # the city's own name needs no context
