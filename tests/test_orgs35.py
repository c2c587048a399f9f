"""Organisations of Hong Kong and Taiwan news the recogniser missed (issue 15, session 28, orgs35): a listed team in
a frame of its sport (中信兄弟昨晚以五比三击败富邦悍将, 味全龙总教练), customs acting after a month or week word
(海关上月在机场截获), and a company named by a brand and a trade before its holdings or shares (新鸿基地产旗下) or as a
clause's subject before a day and a verb of announcing (信和置业今日公布). Invented sentences, in both scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts, document_labels, finder_spans

from zhkg.extract.departments import services_by_kind
from zhkg.extract.teams import listed_teams
from zhkg.extract.trade_names import trade_companies
from zhkg.records import Label
from zhkg.resources.lexicon import load_lexicon

# ---- a listed team in a frame of its sport, in a story with no other sport word

@pytest.mark.parametrize("text, teams", both_scripts([
    ("中信兄弟昨晚以五比三击败富邦悍将，终止三连败。", {"中信兄弟", "富邦悍将"}),
    ("乐天桃猿今晚不敌统一狮，吞下四连败。", {"乐天桃猿", "统一狮"}),
    ("味全龙总教练今天表示，将调整先发轮值。", {"味全龙"}),
    ("杰志昨晚以三比零击败东方龙狮。", {"杰志", "东方龙狮"}),
    ("标准流浪今晚不敌杰志，无缘晋级。", {"标准流浪", "杰志"}),
]))
def test_team_in_a_frame_is_an_organisation(pipeline, text, teams):
    labels = document_labels(pipeline, text)
    for team in teams:
        assert labels.get(team) == {Label.ORGANIZATION}, (team, labels)


def test_listed_teams_frames(nlp):
    lexicon = load_lexicon()
    assert finder_spans(listed_teams, nlp, "中信兄弟今晚迎战乐天桃猿。", lexicon) == ["中信兄弟", "乐天桃猿"]
    assert finder_spans(listed_teams, nlp, "他击败了味全龙。", lexicon) == ["味全龙"]


@pytest.mark.parametrize("text", [
    "火箭今天发射成功，太阳照常升起。",  # listed names outside any frame, in no story of sport
    "勇士们今晚迎战困难。",  # 勇士们 is no team
    "味全公司今天宣布调价。",
])
def test_listed_teams_without_a_frame(nlp, text):
    assert finder_spans(listed_teams, nlp, text, load_lexicon()) == []


@pytest.mark.parametrize("text", both_scripts(["周天成今晚在八强战迎战安赛龙。", "戴资颖今晚不敌山口茜。"]))
def test_players_in_a_match_frame_are_no_teams(pipeline, text):
    labels = document_labels(pipeline, text)
    assert not any(Label.ORGANIZATION in found for found in labels.values()), labels


# ---- customs after a span of time longer than a day

@pytest.mark.parametrize("text", both_scripts([
    "海关上月在葵涌货柜码头截获一批走私冻肉。",
    "海关本周在机场检获一批大麻花。",
    "海关去年破获走私案三百宗。",
    "海关上周在落马洲管制站截获一批手机。",
]))
def test_customs_after_a_period(pipeline, text):
    assert Label.ORGANIZATION in document_labels(pipeline, text).get("海关", set())


@pytest.mark.parametrize("text", both_scripts([
    "海关上月数据显示，出口按年增长一成。",  # a modifier: the month's figures of customs
    "海关人员上月在机场发现仿冒品。",
]))
def test_customs_after_a_period_needs_its_verb(pipeline, text):
    assert Label.ORGANIZATION not in document_labels(pipeline, text).get("海关", set())


def test_services_by_kind_period(nlp):
    assert finder_spans(services_by_kind, nlp, "海关上月在机场截获象牙。") == ["海关"]
    assert finder_spans(services_by_kind, nlp, "海关上月数据显示出口增长。") == []


# ---- a brand and a trade in a company's frame

@pytest.mark.parametrize("text, name", both_scripts([
    ("信和置业今日公布全年业绩，股东应占溢利下跌。", "信和置业"),
    ("恒基兆业地产今日宣布以四十亿元购入一幅地皮。", "恒基兆业地产"),
    ("会德丰地产今日推出全新楼盘。", "会德丰地产"),
    ("恒隆地产今日公布中期业绩。", "恒隆地产"),
]))
def test_brand_and_trade_announcing(pipeline, text, name):
    assert Label.ORGANIZATION in document_labels(pipeline, text).get(name, set())


def test_trade_companies_frames(nlp):
    assert finder_spans(trade_companies, nlp, "信和置业今日公布业绩。") == ["信和置业"]
    assert finder_spans(trade_companies, nlp, "本报讯电广传媒今日公布出资情况。") == ["电广传媒"]
    assert finder_spans(trade_companies, nlp, "据悉，恒基兆业地产旗下商场开业。") == ["恒基兆业地产"]


@pytest.mark.parametrize("text", [
    "他和地产今日公布。",  # a pronoun is no brand
    "去年地产今日公布数据。",  # nor a time
    "中国地产今日公布数据。",  # nor a place alone
    "香港地产今日公布数据。",
    "房地产今日宣布。",
    "据说，招商地产的员工今日公布名单。",  # no verb right after the trade
    "他说招商地产今日公布业绩。",  # no clause's subject
    "岳阳纸业控股股东泰格林纸重组。",  # 控股|股东: the controlling shareholder
])
def test_trade_companies_frame_controls(nlp, text):
    assert finder_spans(trade_companies, nlp, text) == []


# ---- boys' and girls' schools jieba cuts

@pytest.mark.parametrize("text, name", both_scripts([
    ("北一女中今天举行毕业典礼。", "北一女中"),
    ("北一女中学生今天参加科展。", "北一女中"),
    ("拔萃男书院今年有三名学生考获七科五星星。", "拔萃男书院"),
    ("拔萃女书院合唱团在比赛中夺冠。", "拔萃女书院"),
]))
def test_single_sex_school(pipeline, text, name):
    assert Label.ORGANIZATION in document_labels(pipeline, text).get(name, set())


@pytest.mark.parametrize("text", [
    "她是美女中的美女，孙女中有一个很乖。",  # 女 of a word before 中 (among)
    "他们都是男书院的学生。",  # a kind of school, no name
    "这间男书院今年收生。",
])
def test_single_sex_school_controls(nlp, text):
    from zhkg.extract.local_places import local_schools
    assert finder_spans(local_schools, nlp, text) == []
