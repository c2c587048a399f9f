"""Organisations of Hong Kong and Taiwan news the recogniser missed (issue 15, session 29, orgs36): a body as the
object of a verb of addressing that the model read together with its subject and verb (团体致函食物及卫生局,
立委质询卫福部, 去|信教育局), Hong Kong's bureaus and departments and both places' unions and civic bodies by name
(劳工处, 消费者委员会, 学联, 民阵), a church's congregation (宣道会北角堂, not the place 北角堂), and a listed team
whose name is a sponsor and a mascot no dictionary holds (台钢雄鹰) in a story with no word of its sport. Invented
sentences, in both scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts, document_labels, finder_spans

from zhkg.extract.departments import addressed_bodies
from zhkg.extract.known_organisations import known_organisations
from zhkg.extract.teams import listed_teams
from zhkg.records import Label
from zhkg.resources.lexicon import load_lexicon

# ---- a body as the object of a verb of addressing

@pytest.mark.parametrize("text, body, clause", both_scripts([
    ("关注团体致函食物及卫生局，要求交代事件。", "食物及卫生局", "团体致函食物及卫生局"),
    ("立委质询卫福部的防疫措施。", "卫福部", "立委质询卫福部"),
    ("家长去信教育局反映意见。", "教育局", "信教育局"),
]))
def test_body_after_a_verb_of_addressing(pipeline, text, body, clause):
    labels = document_labels(pipeline, text)
    assert labels.get(body) == {Label.ORGANIZATION}, labels
    assert clause not in labels


@pytest.mark.parametrize("text", both_scripts([
    "香港保护儿童会今日举行步行筹款。",  # a verb inside a body's name that is no verb of addressing
    "市民要求政府交代。",
]))
def test_no_body_cut_from_a_name_or_read_from_a_clause(pipeline, text):
    labels = document_labels(pipeline, text)
    assert "儿童会" not in labels and "求政府" not in labels, labels


@pytest.mark.parametrize("text, body", both_scripts([
    ("家长向教育局反映意见。", "教育局"),
    ("商户向税务局查询退税安排。", "税务局"),
]))
def test_one_word_body_after_a_verb_of_addressing(pipeline, text, body):
    assert document_labels(pipeline, text).get(body) == {Label.ORGANIZATION}


def test_addressed_bodiesfinder_spans(nlp):
    assert finder_spans(addressed_bodies, nlp, "多名家长向教育局投诉，议员批评税务局。") == ["教育局", "税务局"]


@pytest.mark.parametrize("text", [
    "他向俱乐部申请转会。",  # a kind of unit (部 that jieba does not tag a body's)
    "士兵向司令部报告，市民向办事处求助。",
    "他走向教育局大楼的时候，天下雨了。",  # 走向 is no verb of addressing
    "他批评总部的决定。",  # two letters
    "产业向中西部转移。",  # a part of a country, which jieba tags a body's name
])
def test_addressed_bodies_controls(nlp, text):
    assert finder_spans(addressed_bodies, nlp, text) == []


# ---- Hong Kong's departments and both places' unions and civic bodies by name

@pytest.mark.parametrize("text, body", both_scripts([
    ("她向劳工处求助，追讨欠薪。", "劳工处"),
    ("议员批评消费者委员会处理投诉过慢。", "消费者委员会"),
    ("学联今日发表声明，宣布解散。", "学联"),
    ("民阵今日宣布解散。", "民阵"),
    ("香港专上学生联会今日发表声明。", "香港专上学生联会"),
    ("全国教师会今天呼吁教育部检讨课纲。", "全国教师会"),
    ("职训局今日公布新学年课程。", "职训局"),
]))
def test_listed_departments_and_unions(pipeline, text, body):
    assert document_labels(pipeline, text).get(body) == {Label.ORGANIZATION}


def test_students_union_of_a_school_needs_a_cue(nlp):
    assert finder_spans(known_organisations, nlp, "学校的学联拥有多个社团。", load_lexicon()) == []


# ---- a church's congregation

@pytest.mark.parametrize("text, congregation, place", both_scripts([
    ("宣道会北角堂今日举行圣诞崇拜。", "宣道会北角堂", "北角堂"),
    ("中华基督教会湾仔堂今天举办讲座。", "中华基督教会湾仔堂", "湾仔堂"),
    ("循道卫理联合教会香港堂今日发表声明。", "循道卫理联合教会香港堂", "香港堂"),
]))
def test_congregation_is_one_body(pipeline, text, congregation, place):
    labels = document_labels(pipeline, text)
    assert labels.get(congregation) == {Label.ORGANIZATION}, labels
    assert Label.PLACE not in labels.get(place, set())


@pytest.mark.parametrize("text, church", [
    ("宣道会今日在北角堂举行崇拜。", "宣道会"),  # a time and 在 stand between: the church at a hall
    ("浸信会大礼堂今日开放。", "浸信会"),  # a hall of the church
    ("信众齐聚一堂，圣公会聚一堂。", "圣公会"),
])
def test_congregation_needs_a_name_before_tang(nlp, text, church):
    assert church in finder_spans(known_organisations, nlp, text, load_lexicon())


# ---- a listed team whose name says it is one

@pytest.mark.parametrize("text, team", both_scripts([
    ("台钢雄鹰今天宣布签下一名洋将。", "台钢雄鹰"),
    ("养乐多燕子今天宣布与两名投手续约。", "养乐多燕子"),
    ("桃园云豹今天公布新球季名单。", "桃园云豹"),
]))
def test_team_named_by_sponsor_and_mascot(pipeline, text, team):
    assert document_labels(pipeline, text).get(team) == {Label.ORGANIZATION}


@pytest.mark.parametrize("text", [
    "凯尔特人的文化影响深远。",  # a people jieba holds as a word, listed as a team too
    "火箭今天发射成功，太阳照常升起。",
])
def test_teams_named_by_a_word_still_need_a_frame(nlp, text):
    assert finder_spans(listed_teams, nlp, text, load_lexicon()) == []


def test_team_named_by_sponsor_and_mascot_span(nlp):
    assert finder_spans(listed_teams, nlp, "台钢雄鹰今天宣布签下一名洋将。", load_lexicon()) == ["台钢雄鹰"]
