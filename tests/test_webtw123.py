"""Round webtw123: the Taiwan and Hong Kong web dev set's next groups of errors (issue 15), each in both scripts.

Function letters glued onto a body the document names (函报|刑事局, 于|鸿海: :mod:`zhkg.extract.glued_bodies`); a
street after a Hong Kong area through a mainland district's letters (屯门|海珠路), a street before the site on it
(彩兴路|地皮); Hong Kong's district clubs in a league's document (东区) and 龙门 the goal; places and a company no table held (鹅銮鼻, 恒春半岛, 佐敦谷,
启德邮轮码头, 鸿华先进); a point of the sixteen-point compass (北北西) is no place; a Hong Kong police district
(旺角警区) is a body; the recogniser's description before a company (代工大厂|鸿海) is none. The texts are written
for the tests, not taken from the dev set.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, labelled_mentions

from zhkg.extract.glued_bodies import bodies_unglued
from zhkg.records import Label, Mention


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a verb of reporting glued onto a known body (函报|刑事局)
    ("警政署刑事局表示，检举奖金由各地警察局审定后函报刑事局核发。",
     [("ORGANIZATION", "刑事局")], [("ORGANIZATION", "函报刑事局")]),
    # 于 (a surname too) glued onto a known company: no person 于鸿海
    ("鸿海今日举行开工典礼，典礼于鸿海总部举行，董事长刘扬伟主持。",
     [("ORGANIZATION", "鸿海"), ("PERSON", "刘扬伟")], [("PERSON", "于鸿海")]),
    # a street after a Hong Kong area: 海珠路, no 海珠区 of Guangzhou
    ("新地去年以10亿元夺得屯门海珠路住宅地。", [("PLACE", "屯门"), ("PLACE", "海珠路")], [("PLACE", "海珠")]),
    # a Hong Kong area no table held, and the street after it
    ("地政总署公布，佐敦谷彩兴路住宅地由财团投得。", [("PLACE", "佐敦谷"), ("PLACE", "彩兴路")],
     [("PLACE", "佐敦"), ("PLACE", "谷彩兴路")]),
    ("邮轮今早停泊启德邮轮码头，码头一带交通挤塞。", [("PLACE", "启德邮轮码头")], []),
    # a street with the word for the site on it is the street
    ("彩兴路地皮位于彩云邨对面，地盘面积约4万方呎。", [("PLACE", "彩兴路")], [("PLACE", "彩兴路地皮")]),
    # Taiwan's cape and peninsula
    ("台风中心位于屏东鹅銮鼻南方约270公里，恒春半岛首当其冲。", [("PLACE", "鹅銮鼻"), ("PLACE", "恒春半岛")],
     [("PLACE", "屏东鹅銮鼻")]),
    # a point of the sixteen-point compass is a course, no place
    ("台风以每小时15公里速度，向西北转北北西前进。", [], [("PLACE", "北北西")]),
    # 龙门 the goal; 龙门县 written whole stays the county
    ("杰志中场劲射，皮球直飞龙门，应声入网。", [], [("PLACE", "龙门")]),
    ("惠州市龙门县昨日发生山洪。", [("PLACE", "龙门县")], []),
    # a Hong Kong police district after its area (旺角警区), as a mainland 分局 after its place
    ("昨凌晨3时许，旺角警区巡逻小队人员于区内巡逻。", [("ORGANIZATION", "旺角警区")], []),
    # the recogniser's description right before the company it describes is no body
    ("代工大厂鸿海今（6）日举行尾牙，董事长刘扬伟亲自主持。", [("ORGANIZATION", "鸿海")], [("ORGANIZATION", "代工大厂")]),
    # a company named X先进 (Foxtron)
    ("鸿海与裕隆合资成立的鸿华先进，主要做设计和底盘。", [("ORGANIZATION", "鸿华先进")], [("PERSON", "鸿华")]),
]))
def test_names_read_as_written(pipeline, text, present, absent):
    found = labelled_mentions(pipeline, text)
    assert set(present) <= found
    assert not set(absent) & found


LEAGUE = ("今晚旺角大球场上演港超联赛事，由杰志对东区。杰志以1：0力克东区，东区守门员表现出色。"
          "赛前双方为大埔火灾死难者默哀。")


@pytest.mark.parametrize("text", both_scripts([LEAGUE]))
def test_a_hong_kong_district_framed_in_a_league_match_is_its_club(pipeline, text):
    found = labelled_mentions(pipeline, text)
    assert ("ORGANIZATION", "东区") in found
    assert ("PLACE", "克东区") not in found
    assert ("PLACE", "大埔") in found and ("ORGANIZATION", "大埔") not in found  # never framed: the district


@pytest.mark.parametrize("text", both_scripts(["今晚旺角大球场上演赛事，由杰志对东区。杰志以1：0力克东区，东区守门员表现出色。"]))
def test_no_club_without_a_hong_kong_league(pipeline, text):
    assert ("ORGANIZATION", "东区") not in labelled_mentions(pipeline, text)


def _org(start: int, name: str, extractor: str) -> Mention:
    return Mention("d", start, start + len(name), name, name, Label.ORGANIZATION, extractor)


@pytest.mark.parametrize("glued, cut", [
    ("函报刑事局", "刑事局"),   # a verb of reporting
    ("后刑事局", "刑事局"),     # after a clause
    ("市刑事局", None),         # a level: another body
    ("香港刑事局", None),       # a place: another body
    ("函报刑", None),           # no body the rules read
])
def test_only_function_letters_are_cut_off_a_known_body(glued, cut):
    known = _org(0, "刑事局", "org_known")
    model = _org(10, glued, "crf")
    out = bodies_unglued([known, model])
    assert out[1].simplified == (cut or glued)
    if cut:
        assert (out[1].start, out[1].end, out[1].extractor) == (10 + len(glued) - len(cut), 10 + len(glued), "org_known")


def test_a_rule_organisation_is_never_cut():
    known, listed = _org(0, "刑事局", "org_known"), _org(10, "函报刑事局", "org_known")
    assert bodies_unglued([known, listed]) == [known, listed]
