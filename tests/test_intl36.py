"""International news entities, round 36: an agency's name after a source's 据 holds its country, the chambers
上议院/下议院/国民议会 are bodies, a party's government is the party, and a country, a title and a name the
recogniser reads as one place are the person after the title."""

from __future__ import annotations

import pytest
from helpers import labelled_mentions

from zhkg.extract.news_outlets import news_outlets
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import load_lexicon
from zhkg.run.merge_checks import _leaders_after_country_titles
from zhkg.stages.normalise import to_traditional

SCRIPTS = [lambda t: t, to_traditional]


def _mention(text: str, name: str, label: Label, code: str = "") -> Mention:
    start = text.index(name)
    return Mention("d", start, start + len(name), name, name, label, "model", code=code)


# ---- an agency's name after 据 holds its country (MSRA train: 巴基斯坦联合通讯社, 伊朗伊斯兰共和国通讯社)

@pytest.mark.parametrize("text, agency", [
    ("据朝鲜中央通讯社报道，朝鲜当天试射了一枚弹道导弹。", "朝鲜中央通讯社"),
    ("据韩国联合通讯社报道，首尔当天降下今冬第一场雪。", "韩国联合通讯社"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_agency_with_its_country(pipeline, text, agency, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("ORGANIZATION", agency) in found
    assert ("ORGANIZATION", "通讯社") not in found


@pytest.mark.parametrize("text, outlets", [
    ("据朝鲜中央通讯社报道，会议闭幕。", ["朝鲜中央通讯社"]),
    ("据新华社报道，据中国新闻社报道。", ["新华社", "中国新闻社"]),  # 新华社 as before; main read 新闻社
    ("据英国《泰晤士报》报道。", ["泰晤士报"]),
    ("据通讯社报道。", ["通讯社"]),  # a head alone: as before (pipeline._agencies_whole settles it)
])
def test_news_outlets_agency_unit(text, outlets):
    assert [text[s:e] for s, e in news_outlets(text)] == outlets


# ---- chambers of a parliament abroad

@pytest.mark.parametrize("text, body", [
    ("法案当天在下议院获得通过，反对党议员集体离场。", "下议院"),
    ("上议院议员当天就脱欧协议展开辩论。", "上议院"),
    ("国民议会以多数票否决了这项动议。", "国民议会"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_chambers_are_bodies(pipeline, text, body, convert):
    assert ("ORGANIZATION", body) in labelled_mentions(pipeline, convert(text))


def test_a_chambers_building_stays_a_place(pipeline):
    found = labelled_mentions(pipeline, "示威者聚集在国民议会大厦前。")
    assert ("ORGANIZATION", "国民议会") not in found


# ---- a party's government is the party (MSRA train: 21 of 21 X党政府 mark the party)

@pytest.mark.parametrize("text, party, wrong", [
    ("澳大利亚工党政府当天公布了新的移民政策。", "工党", "工党政府"),  # its country apart (orgs311)
    ("分析人士认为，印度人民党政府将继续推行改革。", "印度人民党", "印度人民党政府"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_party_government_is_the_party(pipeline, text, party, wrong, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("ORGANIZATION", party) in found
    assert ("ORGANIZATION", wrong) not in found


@pytest.mark.parametrize("text", ["该国将组建一党政府。", "当时的执政党政府拒绝让步。"])
def test_a_kind_of_party_government_names_no_party(pipeline, text):
    assert not any(label == "ORGANIZATION" for label, _ in labelled_mentions(pipeline, text))


# ---- a country, a title and a name read as one place

@pytest.mark.parametrize("convert", SCRIPTS)
def test_country_title_name_is_the_person(pipeline, convert):
    found = labelled_mentions(pipeline, convert("代表团当天拜会了津巴布韦总统姆南加古瓦。"))
    assert ("PERSON", "姆南加古瓦") in found
    assert ("PLACE", "津巴布韦") in found
    assert not any(name.startswith("津巴布韦总统") for _, name in found)


def test_leaders_after_country_titles_unit():
    lex = load_lexicon()
    text = "他会见了津巴布韦总统姆南加古瓦。"
    country = _mention(text, "津巴布韦", Label.PLACE, code="ZW")
    run = _mention(text, "津巴布韦总统姆南加古瓦", Label.PLACE)
    out = _leaders_after_country_titles([run], [country], text, lex)
    assert [(m.simplified, m.label) for m in out] == [("姆南加古瓦", Label.PERSON)]
    # no coded state at its start, no title after the state, or a title inside the rest: unchanged
    assert _leaders_after_country_titles([run], [], text, lex) == [run]
    text2 = "他会见了津巴布韦代表姆南加古瓦。"
    run2 = _mention(text2, "津巴布韦代表姆南加古瓦", Label.PLACE)
    assert _leaders_after_country_titles([run2], [_mention(text2, "津巴布韦", Label.PLACE, code="ZW")], text2,
                                         lex)[0].simplified in ("津巴布韦代表姆南加古瓦", "姆南加古瓦")
    text3 = "他会见了法国总统府秘书长科勒。"
    run3 = _mention(text3, "法国总统府秘书长科勒", Label.PLACE)
    assert _leaders_after_country_titles([run3], [_mention(text3, "法国", Label.PLACE, code="FR")], text3,
                                         lex) == [run3]
