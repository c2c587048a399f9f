"""Organisations in Wikipedia-style and sports prose (org18): teams named by their country, kinds of body alone,
posts and kin joined to bodies, conjoined names, venues named as centres. Passages written for these tests."""

from __future__ import annotations

import pytest
from helpers import both_scripts, mention_labels

from zhkg.extract.generic_names import GENERIC_KINDS
from zhkg.extract.team_places import plays_as_team, sport_document
from zhkg.extract.venues import venues_as_places
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.normalise import to_traditional


@pytest.mark.parametrize("text, team", both_scripts([
    ("昨晚的友谊赛中，德国以2比1战胜丹麦，穆勒打进制胜球。", "丹麦"),
    ("荷兰在决赛中不敌巴西，连续第二次获得亚军。", "巴西"),
]))
def test_a_country_playing_in_a_sentence_of_sport_is_the_team(pipeline, text, team):
    from zhkg.evaluate import outermost_spans
    from zhkg.stages.documents import parse_documents

    assert "ORGANIZATION" in mention_labels(pipeline, text)[team]  # the place stays beside it, as for a club
    start = text.index(team if team in text else to_traditional(team))
    spans = outermost_spans(pipeline.extract_mentions(parse_documents("t", text)[0]))
    assert (start, start + len(team), "ORG") in spans and (start, start + len(team), "LOC") not in spans


@pytest.mark.parametrize("text, place", both_scripts([
    ("德国总理默克尔昨天抵达丹麦进行访问。", "丹麦"),
    ("广州、深圳等城市的房价在去年出现上涨。", "深圳"),
]))
def test_a_country_outside_sport_stays_a_place(pipeline, text, place):
    assert mention_labels(pipeline, text)[place] == {"PLACE"}


def test_the_team_reading_needs_the_recognisers_organisation_in_a_sentence_of_sport():
    text = "在友谊赛中，德国战胜丹麦。德国总理访问法国。"
    first, second = text.index("德国"), text.index("德国", 10)
    crf = [Mention("d", s, s + 2, "德国", "德国", Label.ORGANIZATION, MentionSource.RECOGNISER) for s in (first, second)]
    rule = Mention("d", first, first + 2, "德国", "德国", Label.ORGANIZATION, MentionSource.ORG_SUFFIX)
    assert sport_document(text) and not sport_document("德国总理访问法国。")
    assert [plays_as_team(m, text) for m in crf] == [True, False]
    assert not plays_as_team(rule, text)


@pytest.mark.parametrize("text, post", both_scripts([
    ("退休前，他历任中共江西省委书记、顾问、江西省政协主席等职。", "顾问"),
]))
def test_a_post_joined_to_bodies_is_no_organisation(pipeline, text, post):
    labels = mention_labels(pipeline, text)
    assert post not in labels
    assert labels["江西省政协"] == {"ORGANIZATION"}


@pytest.mark.parametrize("text, kind", both_scripts([
    ("大学学生会主席由全体在校学生直接选举产生，任期一年。", "学生会"),
    ("据悉，本届影展的评委会主席由一位香港导演担任。", "评委会"),
]))
def test_a_kind_of_body_alone_names_none(pipeline, text, kind):
    assert kind in GENERIC_KINDS
    assert kind not in mention_labels(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "全国高校摄影学会联合会去年成立，联合会一共收集了三百张照片。",
]))
def test_a_kind_of_body_after_its_full_name_refers_back_to_it(pipeline, text):
    labels = mention_labels(pipeline, text)
    assert labels.get("联合会") == {"ORGANIZATION"}


@pytest.mark.parametrize("text, first, second", both_scripts([
    ("伦敦图书馆和纽约州立大学都收藏了这批信件。", "伦敦图书馆", "纽约州立大学"),
    ("市立博物馆和加州州立大学合办了这次展览。", "", "加州州立大学"),
]))
def test_a_library_or_museum_and_a_university_are_two_names(pipeline, text, first, second):
    labels = mention_labels(pipeline, text)
    assert labels[second] == {"ORGANIZATION"}
    assert not any("和" in name for name in labels)
    if first:
        assert first in labels


@pytest.mark.parametrize("text", both_scripts([
    "人力资源和社会保障部部长昨日在记者会上表示，将继续提高最低工资标准。",
]))
def test_a_ministry_of_two_fields_stays_whole(pipeline, text):
    assert mention_labels(pipeline, text)["人力资源和社会保障部"] == {"ORGANIZATION"}


@pytest.mark.parametrize("text", both_scripts([
    "她在省体工队的武术队训练三年，并在全运会比赛中获得冠军。",
]))
def test_a_sports_squad_alone_is_no_team(pipeline, text):
    assert "武术队" not in mention_labels(pipeline, text)


@pytest.mark.parametrize("text, venue, label", both_scripts([
    ("会议在深圳会展中心举行，来自各地的代表出席。", "深圳会展中心", "PLACE"),
    ("深圳会展中心总经理李明表示，本届展会规模创下新高。", "深圳会展中心", "ORGANIZATION"),
]))
def test_a_venue_named_as_a_centre_is_a_place_unless_its_manager_follows(pipeline, text, venue, label):
    assert mention_labels(pipeline, text)[venue] == {label}


def test_venues_as_places_keeps_bodies_named_as_centres():
    text = "国家信息中心与上海国际会议中心"
    ms = [Mention("d", 0, 6, text[:6], text[:6], Label.ORGANIZATION, MentionSource.ORG_SUFFIX),
          Mention("d", 7, 15, text[7:15], text[7:15], Label.ORGANIZATION, MentionSource.ORG_SUFFIX)]
    assert [m.label for m in venues_as_places(ms, text)] == [Label.ORGANIZATION, Label.PLACE]
