"""Organisations named by their sentence's frame (issue 15, session 17), in both scripts: the makers and hosts listed
between 由 and 出品/主办 …, and a body a clause says was founded in a year (:mod:`zhkg.extract.body_frames`)."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.records import Label


def _names(pipeline, text: str, label: Label) -> set[str]:
    result = pipeline.process_document(Document("d", text))
    return {m.simplified for m in result.mentions if m.label is label}


@pytest.mark.parametrize("text, bodies", both_scripts([
    # a list of coined trade names, split at 、 and 和, before 联合出品
    ("电视剧《春风十里》由星河传媒、蓝海影业和华光视频联合出品，预计明年暑期播出。", {"星河传媒", "蓝海影业", "华光视频"}),
    # a company's full name with its legal form
    ("网络剧《小城故事》由锐峰时代文化传播有限公司出品，共二十四集。", {"锐峰时代文化传播有限公司"}),
    # in quotes, and before a web page's note of a link
    ("本届影展由“百川电影中心”主办，开幕影片由新光影业(微博)出品。", {"百川电影中心", "新光影业"}),
    # 是 … 出品的
    ("《雪山来客》是星辰影业出品的一部冒险电影。", {"星辰影业"}),
]))
def test_the_makers_and_hosts_listed_before_the_verb_are_organisations(pipeline, text, bodies):
    assert bodies <= _names(pipeline, text, Label.ORGANIZATION)
    assert not bodies & _names(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text, bodies", both_scripts([
    ("云帆智能成立于2003年，总部位于深圳，主要生产工业机器人。", {"云帆智能"}),
    ("“星桥教育”创办于1998年，主要为中小学生提供课外辅导。", {"星桥教育"}),
    ("据介绍，青禾生态农业发展中心成立于2009年，由几位退休教师发起。", {"青禾生态农业发展中心"}),
]))
def test_a_body_founded_in_a_year_is_an_organisation(pipeline, text, bodies):
    assert bodies <= _names(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text, not_bodies, places", both_scripts([
    # states host an event: they stay places
    ("本次论坛由中国和法国共同主办，来自二十多个国家的代表出席。", {"中国", "法国"}, {"中国", "法国"}),
    # a reference or a common noun is no name
    ("该校创建于1956年，学校成立于1958年的附属工厂也已关闭。", {"该校", "学校"}, set()),
    ("晚会由他们自己主办，演出由当地传媒承办。", {"他们自己", "当地传媒"}, set()),
    # a date before the name keeps the clause from being read
    ("去年3月云帆智能成立于深圳的子公司开业。", {"去年3月云帆智能"}, set()),
]))
def test_no_body_where_the_frame_names_none(pipeline, text, not_bodies, places):
    assert not not_bodies & _names(pipeline, text, Label.ORGANIZATION)
    assert places <= _names(pipeline, text, Label.PLACE)


@pytest.mark.parametrize("text", both_scripts([
    # a person's name with no head, read as a person, is not made a company
    "这部喜剧由冯小刚出品，王朔担任编剧。",
]))
def test_a_person_before_the_verb_stays_a_person(pipeline, text):
    assert "冯小刚" not in _names(pipeline, text, Label.ORGANIZATION)
