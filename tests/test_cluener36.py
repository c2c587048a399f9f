"""Session 29, cluener36: organisation recall on news passages of the CLUENER kind (sentences written for the tests).

* European football clubs ``teams.tsv`` lists by their news names (拉齐奥, 桑德兰), read in a story of football;
* the football pools' and odds columns' words (足彩, 亚盘, 让球) make a text one of football for the listed teams
  and a sentence one of sport for :mod:`zhkg.extract.team_places`;
* verbs taking a court as their goal (告上, 诉至) open no body's name;
* nouns of a situation ending in 局 (布局, 格局) name no bureau.
"""

from __future__ import annotations

import re

import pytest

from zhkg import Document
from zhkg.config import Config
from zhkg.extract.team_places import SPORT_WORDS, sport_document
from zhkg.extract.teams import listed_teams
from zhkg.records import Label
from zhkg.resources.lexicon import load_lexicon
from zhkg.run.pipeline import Pipeline
from zhkg.stages.segment import token_table


@pytest.fixture(scope="module")
def rules():
    """The extraction without the recogniser: what the rules alone read."""
    return Pipeline(Config(recogniser=False))


def _orgs(pipeline, text: str) -> set[str]:
    return {m.text for m in pipeline.process_document(Document("d", text)).mentions
            if m.label is Label.ORGANIZATION}


def _teams(nlp, text: str) -> list[str]:
    return [text[s:e] for s, e in listed_teams(text, token_table(nlp(text)), load_lexicon())]


# ---- clubs and the words of the pools columns

@pytest.mark.parametrize("text, teams", [
    ("足彩推荐：拉齐奥主场让球，桑德兰客场防平。", ["拉齐奥", "桑德兰"]),
    ("胜负彩分析：切沃与乌迪内斯近年交锋互有胜负。", ["切沃", "乌迪内斯"]),
    ("本轮英超，富勒姆坐镇主场迎战维冈。", ["富勒姆", "维冈"]),
    ("沙尔克04客场不敌云达不来梅，赛后主帅表示不满。", ["沙尔克04", "云达不来梅"]),
])
def test_listed_clubs_in_a_football_story(nlp, text, teams):
    assert _teams(nlp, text) == teams


@pytest.mark.parametrize("text, team", [
    ("亚盘解析：阿森纳本轮坐镇主场。", "阿森纳"),  # 亚盘 and 主场: two words of a football story
    ("欧赔分析：切尔西客胜赔率偏低。", "切尔西"),
])
def test_pools_words_make_a_football_story(nlp, text, team):
    assert _teams(nlp, text) == [team]


@pytest.mark.parametrize("text", [
    "暑假他去桑德兰旅游，住在海边的酒店。",  # no story of football
    "门兴地区的居民今天上街购物。",
])
def test_clubs_not_read_outside_football(nlp, text):
    assert _teams(nlp, text) == []


@pytest.mark.parametrize("text", ["足彩推荐：罗马主胜", "任选九场：亚盘让球半", "胜负彩第五期开奖"])
def test_pools_words_are_words_of_sport(text):
    assert sport_document(text) and SPORT_WORDS.search(text)


def test_clubs_named_after_their_city_are_not_listed():
    teams = load_lexicon().teams
    assert "拉齐奥" in teams and "桑德兰" in teams
    for city in ("罗马", "里昂", "汉堡", "博尔顿"):
        assert city not in teams


# ---- verbs taking a court as their goal

@pytest.mark.parametrize("text, body", [
    ("一位员工将东家告上法院。", None),
    ("老张把开发商告到了区法院。", "区法院"),
    ("村民们把镇政府诉至县法院。", "县法院"),
])
def test_court_goal_verbs_open_no_name(rules, text, body):
    orgs = _orgs(rules, text)
    assert not any(re.search("告上|告到|诉至", o) for o in orgs), orgs
    if body:
        assert body in orgs, orgs


# ---- 局 in a noun of a situation

@pytest.mark.parametrize("text", [
    "要把生态建设纳入中国发展总体布局。",
    "他认为中国经济格局正在变化。",
])
def test_situation_nouns_name_no_bureau(rules, text):
    orgs = _orgs(rules, text)
    assert not any(o.endswith(("布局", "格局")) for o in orgs), orgs


@pytest.mark.parametrize("text, body", [
    ("据美国社会安全局的统计，平均工资上涨。", "美国社会安全局"),  # 安全|局: 全局 is no word here
    ("广州市邮政局昨天表示。", "广州市邮政局"),
])
def test_bureau_whose_letters_hold_a_situation_noun_stays(rules, text, body):
    assert body in _orgs(rules, text)
