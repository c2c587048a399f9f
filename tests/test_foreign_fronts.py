"""Round entitiesgrow194: a country abroad written before a body's own name is no part of the name
(:mod:`zhkg.extract.foreign_fronts`): 白俄罗斯|明斯克大学, 英国|牛津大学, and since orgs311 a news agency or a party named
on its own (日本|共同社, 德国|联盟党, the web gold's convention); a state's own organ (法国外交部), a company's arm
(加拿大东亚银行), a body at home (中国人民大学, 香港中文大学), a listed name and a kind of body (挪威商学院) stay whole."""

from __future__ import annotations

import pytest
from helpers import both_scripts, labelled_mentions, located

from zhkg.extract.foreign_fronts import AGENCY_END, STATE_ORGAN_ENDS, countries_cut_from_bodies
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import load_lexicon

ORG, PLACE = Label.ORGANIZATION, Label.PLACE


def cut(text: str, body: str, places: list[tuple[str, str]], extractor: str = "crf",
        others: list[str] = ()) -> list[tuple[int, str, str]]:
    """(start, name, label) of the mentions once cut: ``body`` an organisation of ``text`` read by ``extractor``,
    ``places`` (name, code) the gazetteer's places inside it, ``others`` organisations read elsewhere."""
    start = text.index(body)
    mentions = [Mention("d", start, start + len(body), body, body, ORG, extractor)]
    at = start
    for name, code in places:
        at = text.index(name, at)
        mentions.append(Mention("d", at, at + len(name), name, name, PLACE, "gazetteer", code=code))
        at += len(name)
    for name in others:
        s = text.rindex(name)
        mentions.append(Mention("d", s, s + len(name), name, name, ORG, "org_suffix"))
    return [(m.start, m.simplified, m.label.name) for m in countries_cut_from_bodies(mentions, load_lexicon())]


@pytest.mark.parametrize(("text", "body", "places", "name"), [
    # the rest opens with a place of that country: the body is named by it
    ("他曾在白俄罗斯明斯克大学交流。", "白俄罗斯明斯克大学", [("白俄罗斯", "BY"), ("明斯克", "BY-city:Minsk")], "明斯克大学"),
    ("他就读于俄罗斯伊尔库茨克国立研究型技术大学。", "俄罗斯伊尔库茨克国立研究型技术大学",
     [("俄罗斯", "RU"), ("伊尔库茨克", "RU-city:Irkutsk")], "伊尔库茨克国立研究型技术大学"),
    ("德国黑森州议会通过法案。", "德国黑森州议会", [("德国", "DE"), ("黑森州", "DE-HE")], "黑森州议会"),
    # a name jieba's dictionary holds as an organisation's
    ("他毕业于英国牛津大学。", "英国牛津大学", [("英国", "GB")], "牛津大学"),
    ("他就读于日本早稻田大学。", "日本早稻田大学", [("日本", "JP")], "早稻田大学"),
    # a school named by a transliteration
    ("他在德国泽佩林大学学习。", "德国泽佩林大学", [("德国", "DE")], "泽佩林大学"),
    # a news agency or a party named on its own (the web gold's convention, orgs311; MSRA dev keeps the country)
    ("据日本共同社报道，会谈已经结束。", "日本共同社", [("日本", "JP")], "共同社"),
    ("据埃及中东社11日报道。", "埃及中东社", [("埃及", "EG")], "中东社"),
    ("德国联盟党在选举中领先。", "德国联盟党", [("德国", "DE")], "联盟党"),
])
def test_a_country_before_a_body_s_own_name_is_cut_off(text, body, places, name):
    out = cut(text, body, places, extractor="org_suffix" if "大学" in body else "crf")
    start = text.index(name)
    assert (start, name, "ORGANIZATION") in out
    assert body not in {n for _, n, _ in out}
    assert (text.index(body), places[0][0], "PLACE") in out  # the country stays a place


def test_a_company_keeps_its_country_even_when_the_document_names_it_alone():
    # 加拿大东亚银行 is the bank's Canadian arm (tests/test_aliases50.py): a company is never cut off its country
    text = "加拿大东亚银行昨日开业，东亚银行表示将拓展业务。"
    assert (0, "加拿大东亚银行", "ORGANIZATION") in cut(text, "加拿大东亚银行", [("加拿大", "CA")], others=["东亚银行"])
    text = "加拿大天下集团成立多年，天下集团的顾问说。"
    assert (0, "加拿大天下集团", "ORGANIZATION") in cut(text, "加拿大天下集团", [("加拿大", "CA")], others=["天下集团"])


@pytest.mark.parametrize(("text", "body", "places"), [
    ("法国外交部发表声明。", "法国外交部", [("法国", "FR")]),  # a state's own organ
    ("美国国务院发言人说。", "美国国务院", [("美国", "US")]),
    ("日本国会通过预算。", "日本国会", [("日本", "JP")]),
    ("挪威商学院的学者说。", "挪威商学院", [("挪威", "NO")]),
    # a country's national bank, side or party: named with the country (MSRA dev's 泰国国家银行, 印度人民党)
    ("泰国国家银行宣布降息。", "泰国国家银行", [("泰国", "TH")]),
    ("日本中央银行维持利率不变。", "日本中央银行", [("日本", "JP")]),
    ("保加利亚国家队获胜。", "保加利亚国家队", [("保加利亚", "BG")]),
    ("印度人民党赢得选举。", "印度人民党", [("印度", "IN")]),
    ("他毕业于中国人民大学。", "中国人民大学", [("中国", "CN")]),  # home: a body named with its place
    ("他任教于香港中文大学。", "香港中文大学", [("香港", "HK")]),
    ("中国上海交通大学", "中国上海交通大学", [("中国", "CN"), ("上海", "310000")]),
    ("法国里昂大学和德国汉堡大学", "法国里昂大学", [("法国", "FR")]),  # no place of France read after it
    ("美国纽约广播公司报道。", "美国纽约广播公司", [("美国", "US"), ("纽约", "CA-city:York")]),  # another country's place
    ("法国巴黎银行发布报告。", "法国巴黎银行", [("法国", "FR"), ("巴黎", "FR-city:Paris")]),  # a company (CLUENER's)
    ("美国海军陆战队抵达。", "美国海军陆战队", [("美国", "US")]),  # a state's armed force
    ("墨西哥国家足球队获胜。", "墨西哥国家足球队", [("墨西哥", "MX")]),  # 国家足球|队: no name before the head
])
def test_a_name_that_needs_its_country_stays_whole(text, body, places):
    assert (text.index(body), body, "ORGANIZATION") in cut(text, body, places)


def test_a_listed_reader_s_name_is_whole():
    text = "他曾在白俄罗斯明斯克大学交流。"
    places = [("白俄罗斯", "BY"), ("明斯克", "BY-city:Minsk")]
    assert (3, "白俄罗斯明斯克大学", "ORGANIZATION") in cut(text, "白俄罗斯明斯克大学", places, extractor="org_known")


@pytest.mark.parametrize("organ", ["外交部", "国防部", "联邦调查局", "国务院", "参议院", "国会", "议会", "政府", "大使馆"])
def test_state_organs_end_as_listed(organ):
    assert organ.endswith(STATE_ORGAN_ENDS)
    assert not organ.endswith(AGENCY_END)


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts([
    ("他先后就读于白俄罗斯明斯克大学和英国牛津大学。",
     [("PLACE", "白俄罗斯"), ("ORGANIZATION", "明斯克大学"), ("PLACE", "英国"), ("ORGANIZATION", "牛津大学")],
     [("ORGANIZATION", "白俄罗斯明斯克大学"), ("ORGANIZATION", "英国牛津大学")]),
    ("日本共同社当天报道说，首相将出访。", [("ORGANIZATION", "共同社")], [("ORGANIZATION", "日本共同社")]),
    ("法国外交部长巴罗表示，法国外交部将发表声明。", [("ORGANIZATION", "法国外交部")], [("ORGANIZATION", "外交部")]),
]))
def test_through_the_pipeline(pipeline, text, present, absent):
    found = labelled_mentions(pipeline, text)
    assert set(present) <= found
    assert not set(absent) & found


@pytest.mark.parametrize(("text", "org", "place"), both_scripts([
    # the country cut off the name still seats the body, as it did inside the name
    ("他毕业于英国牛津大学，现任教授。", "牛津大学", "英国"),
    ("他在德国泽佩林大学学习政治。", "泽佩林大学", "德国"),
]))
def test_the_country_cut_off_still_seats_the_body(pipeline, text, org, place):
    assert (org, place) in located(pipeline, text)


@pytest.mark.parametrize(("text", "org", "wrong"), both_scripts([
    # a body seated by its own name keeps that seat alone; a mission is in its host country
    ("他曾在白俄罗斯明斯克大学交流。", "明斯克大学", "白俄罗斯"),
    ("美国驻华大使馆发表声明。", "美国驻华大使馆", "美国"),
]))
def test_a_body_seated_otherwise_takes_no_country_before_it(pipeline, text, org, wrong):
    assert (org, wrong) not in located(pipeline, text)
