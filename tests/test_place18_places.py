"""Places abroad, in Taiwan and in Hong Kong as news of either script names them (place18, issue 15): the Republic
of China, places abroad the world table lacked with Taiwan's and Hong Kong's forms, and 澳 beside 港."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.records import Label
from zhkg.stages.normalise import to_simplified


def _places(pipeline, text: str) -> dict[str, tuple[str, str]]:
    """Each place of ``text`` by its Simplified form: (canonical name, code)."""
    result = pipeline.process_document(Document("d", text))
    return {m.simplified: (m.canonical, m.code or "") for m in result.mentions if m.label is Label.PLACE}


@pytest.mark.parametrize("text", both_scripts([
    "中华民国总统今天出席国庆典礼，台湾各地举行庆祝活动。",
    "1912年中华民国成立，孙中山就任临时大总统。",
]))
def test_the_republic_of_china_is_a_place_of_its_own(pipeline, text):
    places = _places(pipeline, text)
    # neither Taiwan's node (TW) nor the mainland's (CN)
    assert places.get("中华民国") == ("中华民国", "ROC")


@pytest.mark.parametrize("text", both_scripts([
    "民国二年，他到北京求学。",
    "民国时期的建筑保存完好。",
]))
def test_the_era_alone_is_no_place(pipeline, text):
    assert "民国" not in _places(pipeline, text)


@pytest.mark.parametrize("text, name, code", both_scripts([
    ("一艘游船在巴厘岛附近海域沉没，另有多名游客在塞班岛受伤。", "巴厘岛", "ID-city:Bali"),
    ("一艘游船在巴厘岛附近海域沉没，另有多名游客在塞班岛受伤。", "塞班岛", "MP-city:Saipan"),
    ("他在硅谷创业多年，公司总部设在森尼韦尔。", "硅谷", "US-city:Silicon_Valley"),
    ("哈萨克斯坦首都阿斯塔纳今天举行峰会。", "阿斯塔纳", "KZ-city:Astana"),
    ("冬奥会在俄罗斯索契举行。", "索契", "RU-city:Sochi"),
    ("里约奥运会的场馆已经交付使用。", "里约", "BR-city:Rio_de_Janeiro"),
]))
def test_a_place_abroad_the_table_lacked_is_found_and_coded(pipeline, text, name, code):
    places = {to_simplified(k): v for k, v in _places(pipeline, text).items()}
    assert places.get(name, ("", ""))[1] == code


@pytest.mark.parametrize("text, form, canonical, code", [
    # Taiwan's and Hong Kong's own forms, written as those regions write them
    ("一艘遊船在峇里島附近海域沉沒。", "峇里岛", "巴厘岛", "ID-city:Bali"),
    ("他在矽谷創業多年，公司設在桑尼維爾。", "矽谷", "硅谷", "US-city:Silicon_Valley"),
    ("紐西蘭基督城發生槍擊案。", "基督城", "克赖斯特彻奇", "NZ-city:Christchurch"),
    ("她在比佛利山買下一棟豪宅。", "比佛利山", "比佛利山庄", "US-city:Beverly_Hills"),
    ("泰國芭達雅的海灘擠滿遊客。", "芭达雅", "芭提雅", "TH-city:Pattaya"),
])
def test_a_taiwan_or_hong_kong_form_names_the_same_place(pipeline, text, form, canonical, code):
    assert _places(pipeline, text).get(form) == (canonical, code)


@pytest.mark.parametrize("text", both_scripts([
    "该计划面向港、澳、台地区的企业开放。",
    "来自港澳地区的游客人数上升。",
    "这批港澳台同胞今天抵达北京。",
]))
def test_ao_beside_hong_kong_is_macau(pipeline, text):
    assert _places(pipeline, text).get("澳") == ("澳门", "MO")


@pytest.mark.parametrize("text", both_scripts([
    "台澳两地签署合作协议。",
    "信达澳银基金发布公告。",
]))
def test_ao_without_hong_kong_beside_it_is_not_macau(pipeline, text):
    assert _places(pipeline, text).get("澳", ("", ""))[1] != "MO"


@pytest.mark.parametrize("text, name", both_scripts([
    ("安德里亚斯说他会留下。", "德里"),
    ("德里克·罗斯今晚复出。", "德里"),
]))
def test_a_new_city_name_inside_a_person_name_is_no_place(pipeline, text, name):
    assert name not in {to_simplified(k) for k in _places(pipeline, text)}


@pytest.mark.parametrize("text, name, code", both_scripts([
    ("颁奖典礼当地时间12日在旧金山桑尼维尔举行。", "桑尼维尔", "US-city:Sunnyvale"),
]))
def test_a_name_jieba_guesses_inside_a_city_abroad_leaves_the_city(pipeline, text, name, code):
    places = {to_simplified(k): v for k, v in _places(pipeline, text).items()}
    assert places.get(name, ("", ""))[1] == code


@pytest.mark.parametrize("text, name", both_scripts([
    ("平谷区委书记刘山南今天到村里调研。", "刘山南"),
]))
def test_a_person_holding_a_mainland_place_stays_a_person(pipeline, text, name):
    result = pipeline.process_document(Document("d", text))
    assert name in {to_simplified(m.text) for m in result.mentions if m.label is Label.PERSON}


@pytest.mark.parametrize("text", both_scripts([
    "中国大陆游客人数下跌，台湾方面表示关切。",
    "哈佛大学每年在中国大陆招收大约10个本科生。",
]))
def test_the_mainland_written_with_its_country_is_china(pipeline, text):
    assert _places(pipeline, text).get("中国大陆") == ("中国", "CN")


@pytest.mark.parametrize("text", both_scripts([
    "《三傻大闹宝莱坞》2011-12-08大陆上映。",
    "该片在大陆票房突破十亿元。",
    "两位大陆演员与韩国艺人同台演出。",
]))
def test_the_mainland_of_a_film_release_or_its_people_is_china(pipeline, text):
    assert _places(pipeline, text).get("大陆") == ("中国", "CN")


@pytest.mark.parametrize("text", both_scripts([
    "非洲大陆市场潜力巨大。",
    "欧洲大陆的气候温和。",
]))
def test_a_continent_is_no_mainland(pipeline, text):
    assert _places(pipeline, text).get("大陆", ("", ""))[1] != "CN"
