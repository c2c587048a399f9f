"""International news entities, round 35: a state's one letter before a Japanese ministry, the recogniser's
organisation ending inside a title's front, a city abroad run into a venue named by a transliteration, a monarch's
title after a word for a head of state."""

from __future__ import annotations

import pytest
from helpers import labelled_mentions

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import load_lexicon
from zhkg.run.merge_checks import _cities_off_venues, _orgs_off_titles, _titles_not_places
from zhkg.stages.normalise import to_traditional
from zhkg.stages.segment import make_nlp, token_table

SCRIPTS = [lambda t: t, to_traditional]


def _mention(text: str, name: str, label: Label, code: str = "", at: int | None = None) -> Mention:
    start = text.index(name) if at is None else at
    return Mention("d", start, start + len(name), name, name, label, "model", code=code)


# ---- a state's one letter before a Japanese ministry (MSRA train: 美国防部, 俄财政部 one organisation)

@pytest.mark.parametrize("text, body", [
    ("日外务省表示，日方已就此事向有关国家提出交涉。", "日外务省"),
    ("日防卫省宣布将向灾区派遣自卫队。", "日防卫省"),
    ("日经济产业省当天发布了最新数据。", "日经济产业省"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_state_letter_before_ministry(pipeline, text, body, convert):
    assert ("ORGANIZATION", body) in labelled_mentions(pipeline, convert(text))


def test_a_day_before_a_ministry_is_no_state(pipeline):
    found = labelled_mentions(pipeline, "今日外务省发表声明。")
    assert ("ORGANIZATION", "外务省") in found
    assert ("ORGANIZATION", "日外务省") not in found


# ---- an organisation ending inside a title's front

@pytest.mark.parametrize("convert", SCRIPTS)
def test_org_into_chief_minister(pipeline, convert):
    found = labelled_mentions(pipeline, convert("印度北方邦首席部长约吉当天视察了勒克瑙的防洪工程。"))
    assert ("ORGANIZATION", "印度北方邦首席部") not in found
    assert {("PLACE", "印度"), ("PLACE", "北方邦"), ("PERSON", "约吉")} <= found


def test_orgs_off_titles_unit():
    lex = load_lexicon()
    text = "印度北方邦首席部长约吉视察"
    table = token_table(make_nlp()(text))
    org = _mention(text, "印度北方邦首席部", Label.ORGANIZATION)
    assert _orgs_off_titles([org], text, table, lex) == []


@pytest.mark.parametrize("text, body", [
    ("曾任湖北钟祥市工业局长、副市长。", "工业局"),  # a body's suffix before its head's title
    ("乡党委书记韩二秃介绍说。", "乡党委"),  # a suffix of the lexicon
    ("日本前官房长官二阶堂进出席。", "官房"),  # wholly at the title's front: MSRA marks it
])
def test_orgs_before_their_heads_kept(text, body):
    lex = load_lexicon()
    table = token_table(make_nlp()(text))
    org = _mention(text, body, Label.ORGANIZATION)
    assert _orgs_off_titles([org], text, table, lex) == [org]


# ---- a city abroad run into a venue named by a transliteration

@pytest.mark.parametrize("text, city, venue", [
    ("美国歌手当晚在纽约麦迪逊广场花园举行演唱会。", "纽约", "麦迪逊广场花园"),
    ("乐团当晚在伦敦巴比肯艺术中心演出。", "伦敦", "巴比肯艺术中心"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_city_off_venue(pipeline, text, city, venue, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert {("PLACE", city), ("PLACE", venue)} <= found
    assert ("PLACE", city + venue) not in found


def test_cities_off_venues_unit():
    foreign = load_lexicon().foreign_name_chars
    text = "在纽约麦迪逊广场花园和日内瓦万国宫"
    city = _mention(text, "纽约", Label.PLACE, code="US-city:New York")
    geneva = _mention(text, "日内瓦", Label.PLACE, code="CH-city:Geneva")
    whole = _mention(text, "纽约麦迪逊广场花园", Label.PLACE)
    common = _mention(text, "日内瓦万国宫", Label.PLACE)
    out = _cities_off_venues([whole, common], [city, geneva], text, foreign)
    assert [m.simplified for m in out] == ["麦迪逊广场花园", "日内瓦万国宫"]  # a venue of common words stays


def test_venue_at_home_stays():
    foreign = load_lexicon().foreign_name_chars
    text = "在北京麦迪逊花园"
    city = _mention(text, "北京", Label.PLACE, code="CN-11")
    whole = _mention(text, "北京麦迪逊花园", Label.PLACE)
    assert _cities_off_venues([whole], [city], text, foreign) == [whole]


# ---- a monarch's title after a word for a head of state

@pytest.mark.parametrize("convert", SCRIPTS)
def test_sultan_after_head_of_state(pipeline, convert):
    found = labelled_mentions(pipeline, convert("马来西亚最高元首苏丹易卜拉欣在吉隆坡接见了新任内阁成员。"))
    assert ("PLACE", "苏丹") not in found
    assert ("PERSON", "易卜拉欣") in found


def test_titles_not_places_unit():
    text = "最高元首苏丹易卜拉欣"
    title = _mention(text, "苏丹", Label.PLACE, code="SD")
    person = Mention("d", 6, 10, "易卜拉欣", "易卜拉欣", Label.PERSON, MentionSource.PEOPLE_FOREIGN)
    assert _titles_not_places([title], [title, person], text) == []
    assert _titles_not_places([title], [title, person]) == [title]  # no text: no head of state before it


def test_sudan_the_country_stays(pipeline):
    assert ("PLACE", "苏丹") in labelled_mentions(pipeline, "他访问了苏丹和南苏丹。")


# ---- a news agency's head read with its name (MSRA train: 巴基斯坦联合通讯社, 安德克罗诺斯通讯社 one organisation)

@pytest.mark.parametrize("text, agency", [
    ("据阿纳多卢通讯社报道，土耳其军方当天发起行动。", "阿纳多卢通讯社"),
    ("据卫星通讯社报道，俄军当天发动袭击。", "卫星通讯社"),
    ("阿纳多卢通讯社援引军方消息说，行动仍在继续。", "阿纳多卢通讯社"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_agency_whole(pipeline, text, agency, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("ORGANIZATION", agency) in found
    assert ("ORGANIZATION", "通讯社") not in found


def test_bare_agency_word_stays(pipeline):
    assert ("ORGANIZATION", "通讯社") in labelled_mentions(pipeline, "据通讯社报道，事故造成三人死亡。")


def test_agencies_whole_unit():
    from zhkg.run.merge_checks import _agencies_whole

    text = "据说，通讯社报道"
    table = token_table(make_nlp()(text))
    head = _mention(text, "通讯社", Label.ORGANIZATION)
    assert _agencies_whole([head], text, text, table, load_lexicon().foreign_name_chars) == [head]  # a mark between
