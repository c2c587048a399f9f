"""Session 30, cluener38: organisations and people on news passages of the CLUENER kind (sentences written for the
tests), Simplified and as a Traditional text writes them.

* the sides of a fixture written with ``vs`` (罗马vs佛罗伦萨) are teams, and so is a place abroad in a frame of a match
  in a sentence that says sport beside the frame (国米上轮大胜罗马); the place is kept beside the team
  (:func:`zhkg.extract.team_places.fixture_sides`);
* no team of a pronoun, a count or a rank before 队 (看别队, 两个队, 知名战队);
* no 中共 of the locative 中 and 共 ("in all") before a count (赛季中共交战26场);
* no bank of 银行间 ("interbank"), no brand of a verb of dealing in shares (增持股份);
* no person opening with the last letter of a doubled word (谢谢|张伟先生);
* a long word of jieba's that it tags as an institution (nt) ends a body's name (香港贸易发展局), read by the rules
  alone.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.config import Config
from zhkg.extract.team_places import fixture_sides
from zhkg.records import Label, Mention
from zhkg.run.pipeline import Pipeline
from zhkg.stages.normalise import to_simplified

ORG, PLACE, PERSON = "ORGANIZATION", "PLACE", "PERSON"


# ---- the sides of a fixture

@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("12、利物浦vs埃弗顿推荐：31", [("利物浦", ORG), ("利物浦", PLACE)], []),
    ("欧冠前瞻：里斯本 VS 巴萨", [("里斯本", ORG)], []),
], convert_names=True))
def test_sides_of_a_fixture_are_teams(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("国米上轮大胜罗马，莫里尼奥的调整收到效果。", [("罗马", ORG)], []),
    ("罗马本轮客场不敌国米，积分被反超。", [("罗马", ORG)], []),
    ("1945年苏联红军在柏林击败德国。", [("德国", PLACE)], [("德国", ORG)]),  # a war: no sport beside the frame
    ("他说中国在芯片上输给美国。", [], [("美国", ORG)]),
    ("罗马的古迹每年吸引大批游客。", [("罗马", PLACE)], [("罗马", ORG)]),
    ("中国队在里昂击败巴西队，小组赛取得两连胜。", [("里昂", PLACE)], [("里昂", ORG)]),  # where, not who
], convert_names=True))
def test_place_abroad_in_a_match_frame(finds, text, present, absent):
    finds(text, present, absent)


def test_a_place_running_into_a_longer_name_is_no_side():
    text = "本轮客场4比1大胜莫斯科斯巴达克。"
    at = text.index("莫斯科")
    place = Mention("d", at, at + 3, "莫斯科", "莫斯科", Label.PLACE, "gazetteer", code="RU-city:Moscow")
    club = Mention("d", at + 3, at + 7, "斯巴达克", "斯巴达克", Label.ORGANIZATION, "crf")
    assert fixture_sides([place, club], text) == [place, club]
    assert fixture_sides([place], text) == [place]  # 斯 goes on: the place runs into a longer name
    framed = Mention("d", at, at + 3, "莫斯科", "莫斯科", Label.PLACE, "gazetteer", code="RU-city:Moscow")
    assert [m.label for m in fixture_sides([framed], text.replace("斯巴达克", ""))] == [Label.PLACE,
                                                                                       Label.ORGANIZATION]


def test_mainland_city_in_a_frame_is_left_to_the_recogniser():
    text = "本轮联赛山东客场输给北京。"
    at = text.index("北京")
    place = Mention("d", at, at + 2, "北京", "北京", Label.PLACE, "gazetteer", code="110000")
    assert fixture_sides([place], text) == [place]


# ---- no team, no 中共, no bank, no brand

@pytest.mark.parametrize("text, absent", both_scripts([
    ("这支知名战队已经抵达科隆参加比赛。", [("知名战队", ORG)]),
    ("两个队上轮都输了比赛，本场必有一胜。", [("两个队", ORG)]),
    ("即使最后一轮比赛输了，他们也不用看别队眼色。", [("看别队", ORG)]),
    ("赛季排名比己队高的对手还有三支，比赛会很艰难。", [("比己队", ORG)]),
    ("联盟杯参赛队的联赛表现并不理想。", [("参赛队", ORG)]),
], convert_names=True))
def test_no_team_of_a_pronoun_count_or_rank(finds, text, absent):
    finds(text, [], absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("两队在意甲近20个赛季中共交战31场，主队占优。", [], [("中共", ORG)]),
    ("上海银行间同业拆放利率今天继续走高。", [], [("上海银行", ORG)]),
    ("上海银行今天发布了年度报告。", [("上海银行", ORG)], []),
    ("风波过后，该行董事长也增持股份显示信心。", [], [("增持股份", ORG)]),
], convert_names=True))
def test_no_body_of_a_count_interbank_or_share_dealing(finds, text, present, absent):
    finds(text, present, absent)


# ---- people

@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("主持人：谢谢张伟先生的精彩致辞。", [("张伟", PERSON)], [("谢张伟", PERSON)]),
], convert_names=True))
def test_no_person_opening_with_a_doubled_word(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("湖人主场以108比99击败了新奥尔良黄蜂队。", [("新奥尔良", PLACE)], [("新奥尔良", ORG)]),
    ("加拿大VS澳大利亚 留学费用大对比", [("加拿大", PLACE)], [("加拿大", ORG), ("澳大利亚", ORG)]),
    ("3、那不勒斯vs巴勒莫推荐：3", [("那不勒斯", ORG), ("那不勒斯", PLACE)], []),
    ("09毕尔巴鄂vs马拉加", [("毕尔巴鄂", ORG)], []),  # 马拉加 is the recogniser's team
], convert_names=True))
def test_sides_need_a_team_or_a_sentence_of_sport(finds, text, present, absent):
    finds(text, present, absent)


# ---- institutions jieba holds as one word, read by the rules alone

@pytest.fixture(scope="module")
def rules():
    """The extraction without the recogniser: what the rules alone read."""
    return Pipeline(Config(recogniser=False))


@pytest.mark.parametrize("text, body", both_scripts([
    ("前几年，香港贸易发展局数次组织本地电影公司参展。", "香港贸易发展局"),
    ("中国航天科技集团今天发布了新型火箭。", "中国航天科技集团"),
]))
def test_institution_word_ends_a_body_name(rules, text, body):
    orgs = {to_simplified(m.text) for m in rules.process_document(Document("d", text)).mentions
            if m.label is Label.ORGANIZATION}
    assert body in orgs, orgs
