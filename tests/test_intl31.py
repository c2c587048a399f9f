"""International news entities (session 27, intl31), each in Simplified and Traditional (``both_scripts``):

* a country, a title its government holds and a transliterated name the recogniser reads as one body
  (立陶宛总统瑙塞达) is the person after the title;
* a state, 驻 and the envoy's posting read as a body before the envoy's title (美国驻联合国|大使) is no body; a
  mission's own name (英国驻乌克兰大使馆) stays one;
* governments named by their seat (克里姆林宫, 爱丽舍宫, 五角大楼) and world bodies, parties and papers written
  bare (欧洲刑警组织, 非盟, 共同民主党, 卫报) are organisations;
* 新闻秘书 is a title (俄罗斯总统|新闻秘书 names no body 俄罗斯总统新闻);
* 俄国 (俄國) is Russia, coded RU as 俄罗斯 is;
* Korea's ministry of unification is a ministry (韩国统一部), 统一部署 none; its minister is 长官, so 部长官 + a
  name opens the name after 官 (统一部长官|金暎浩).

The passages are written for these tests, in the style of wire copy; none is taken from an article.
"""

import pytest
from helpers import both_scripts, entity_names

from zhkg.extract.governments import _envoys_postings, _leaders_after_countries
from zhkg.extract.people_cuts import _after_minister_titles
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import load_lexicon

P, O, L = "PERSON", "ORGANIZATION", "PLACE"  # noqa: E741


@pytest.mark.parametrize(
    "text, present, absent",
    both_scripts([
        ("据报道，立陶宛总统瑙塞达与拉脱维亚总统林克维奇斯举行会谈。",
         [("瑙塞达", P), ("立陶宛", L)], [("立陶宛总统瑙塞达", O)]),
        ("美国驻联合国大使沃尔兹在安理会发言，呼吁各方保持克制。",
         [("沃尔兹", P), ("安理会", O)], [("美国驻联合国", O)]),
        ("英国驻乌克兰大使馆发表声明，提醒英国公民注意安全。", [("英国驻乌克兰大使馆", O)], []),
        ("俄罗斯总统新闻秘书佩斯科夫对此不予置评。", [("佩斯科夫", P)], [("俄罗斯总统新闻", O)]),
        ("克里姆林宫表示，俄方对谈判持开放态度。", [("克里姆林宫", O)], [("克里姆林宫", L)]),
        ("爱丽舍宫发表声明，确认马克龙将出席峰会。", [("爱丽舍宫", O), ("马克龙", P)], [("爱丽舍宫", P)]),
        ("五角大楼称，美军已向中东增派两艘航母。", [("五角大楼", O)], [("五角大楼", L)]),
        ("欧洲刑警组织协助多国警方捣毁了一个诈骗团伙。", [("欧洲刑警组织", O)], [("欧洲", L)]),
        ("非盟轮值主席呼吁苏丹冲突各方立即停火。", [("非盟", O), ("苏丹", L)], []),
        ("美国疾病控制与预防中心周五发布报告称，禽流感已在多个州传播。", [("美国疾病控制与预防中心", O)], []),
        ("据英国《卫报》报道，伦敦警方已逮捕两名嫌疑人。", [("卫报", O)], []),
        ("韩国最大在野党共同民主党宣布将提出弹劾案。", [("共同民主党", O)], []),
        ("韩国统一部表示，朝鲜方面尚未回应有关提议。", [("韩国统一部", O)], []),
        ("韩国统一部长官金暎浩表示，政府将继续推动对话。", [("金暎浩", P)], [("官金暎浩", P)]),
        ("俄国总统普京与北韩领导人金正恩签署条约。", [("普京", P)], []),
    ], convert_names=True),
)
def test_international_news_entities(pipeline, text, present, absent):
    from zhkg.stages.normalise import to_simplified

    found = entity_names(pipeline, text)
    for name, label in present:
        assert (label, to_simplified(name)) in found
    for name, label in absent:
        assert (label, to_simplified(name)) not in found


@pytest.mark.parametrize("text", both_scripts(["各地要按照党中央的统一部署，统一部分地区的标准。"]))
def test_a_unified_deployment_is_no_ministry(pipeline, text):
    assert not any(kind == O and "统一部" in name for kind, name in entity_names(pipeline, text))


def _org(text, start, end):
    return Mention("d", start, end, text[start:end], text[start:end], Label.ORGANIZATION, MentionSource.RECOGNISER)


def test_a_country_title_and_name_is_the_person_only_after_a_country_and_a_state_title():
    lexicon = load_lexicon()
    text = "立陶宛总统瑙塞达与立陶宛总统府发言人会面。"
    lt = [Mention("d", s, s + 3, "立陶宛", "立陶宛", Label.PLACE, MentionSource.GAZETTEER, code="LT") for s in (0, 9)]
    leader, office = _org(text, 0, 8), _org(text, 9, 15)
    assert [(m.simplified, m.label) for m in _leaders_after_countries([leader, office], lt, text, lexicon)] == [
        ("瑙塞达", Label.PERSON), ("立陶宛总统府", Label.ORGANIZATION)]
    # without the country's code (a place that is no country), the span is left to the other steps
    uncoded = [Mention("d", 0, 3, "立陶宛", "立陶宛", Label.PLACE, MentionSource.GAZETTEER)]
    assert _leaders_after_countries([leader], uncoded, text, lexicon) == [leader]


def test_an_envoys_posting_goes_only_before_a_title():
    lexicon = load_lexicon()
    text = "美国驻联合国大使发言。美国驻联合国代表团声明。"
    assert [m.simplified for m in _envoys_postings([_org(text, 0, 6), _org(text, 11, 20)], text, lexicon)] == [
        "美国驻联合国代表团"]
    # one running on over the title into the envoy's name goes too; a mission's name after the title stays
    text = "美国驻上海总领事金晓明出席。英国驻乌克兰大使馆声明。"
    assert [m.simplified for m in _envoys_postings([_org(text, 0, 10), _org(text, 14, 23)], text, lexicon)] == [
        "英国驻乌克兰大使馆"]


def test_a_name_after_minister_keeps_its_own_first_letter():
    text = "韩国统一部长官金暎浩表示，外交部长官员称。"
    person = Mention("d", 6, 10, text[6:10], text[6:10], Label.PERSON, MentionSource.RECOGNISER)
    assert [m.simplified for m in _after_minister_titles([person], text)] == ["金暎浩"]
    two = Mention("d", 17, 19, text[17:19], text[17:19], Label.PERSON, MentionSource.RECOGNISER)
    assert _after_minister_titles([two], text) == [two]  # a name of two letters keeps them


@pytest.mark.parametrize("text", both_scripts(["俄国总统普京与北韩领导人金正恩签署条约。", "俄国外长表示反对。"]))
def test_russia_by_its_other_name(pipeline, text):
    from helpers import entity_nodes

    assert any(kind == L and code == "RU" for kind, _name, code in entity_nodes(pipeline, text))
