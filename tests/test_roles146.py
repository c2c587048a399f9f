"""Party membership read from the context a news text gives it (round roles146, issue 11, from the misses of the web
set's tune half), each in Simplified and Traditional (``both_scripts``).

The sentences are written for these tests; each rule has guards that keep what was right.
"""

import pytest
from helpers import both_scripts

from zhkg.stages.normalise import to_simplified


def _relations(pipeline, text, kind):
    """(person, body, role, former) of every ``kind`` relation, names in Simplified."""
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    return sorted((names[r.source], names[r.target], r.role_simplified, r.former)
                  for r in ex.relations if r.kind.value == kind)


def _members(pipeline, text):
    return _relations(pipeline, text, "MEMBER_OF")


@pytest.mark.parametrize("text, right", both_scripts([
    # a party's badge in brackets after a name: a party named without 党 (民建联, 基民盟), or 同属 (belongs too) first
    ("立法会议员陈志强（民建联）今天提出质询。", ("陈志强", "民建联", "党员", False)),
    ("在前总理施罗德（同属社民党）执政期间，他曾被边缘化。", ("施罗德", "社民党", "党员", False)),
    ("在前总理默克尔（同属基民盟）执政期间，他曾被边缘化。", ("默克尔", "基民盟", "党员", False)),
]))
def test_party_badge_in_brackets(pipeline, text, right):
    found = _members(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: a bracket naming a body that is no party, 同属 before one, a party's title in the bracket
    ("立法会议员陈志强（华润集团）今天提出质询。", "陈志强"),
    ("在前总理施罗德（同属华润集团）执政期间，他曾被边缘化。", "施罗德"),
]))
def test_party_badge_in_brackets_refused(pipeline, text, person):
    assert not [r for r in _members(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, right", both_scripts([
    # a party, its name in Latin letters in brackets, and a legislator's title before a name: the party's member
    ("美国民主党（Democrats）参议员王伟昨天表示反对。", ("王伟", "美国民主党", "党员", False)),
    ("印尼民主党（PD）国会议员王伟昨天表示反对。", ("王伟", "印尼民主党", "党员", False)),
    # (the house no extractor names after the aside)
    ("国民民主党（NasDem）国会议员李大卫昨天表示反对。", ("李大卫", "国民民主党", "党员", False)),
]))
def test_party_aside_before_a_legislator(pipeline, text, right):
    found = _members(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: no party before the aside, or a bracket that is no aside in Latin letters
    ("北京大学（PKU）教授王伟昨天表示反对。", "王伟"),
    ("美国民主党（去年成立）参议员王伟昨天表示反对。", "王伟"),
]))
def test_party_aside_refused(pipeline, text, person):
    assert not [r for r in _members(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, right", both_scripts([
    # 党员 bare before a name, the one party its sentence names before it
    ("民建联因党员陈志强深陷争议而连番告急。", ("陈志强", "民建联", "党员", False)),
    ("工党昨天召开大会，党员李大卫在会上发言。", ("李大卫", "工党", "党员", False)),
]))
def test_bare_party_member_title(pipeline, text, right):
    found = _members(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: two parties before it, none, a party in an earlier sentence only, one expelled
    ("民进党批评国民党后，党员王明表示不满。", "王明"),
    ("北京大学昨天召开大会，党员王明在会上发言。", "王明"),
    ("工党昨天召开大会。党员李大卫在会上发言。", "李大卫"),
    ("工党昨天开除了党员李大卫。", "李大卫"),
]))
def test_bare_party_member_title_refused(pipeline, text, person):
    assert not [r for r in _members(pipeline, text) if r[0] == person and not r[3]]


def _roles(pipeline, text):
    return _relations(pipeline, text, "HOLDS_ROLE")


@pytest.mark.parametrize("text, right", both_scripts([
    # a coach's bare title in a sentence naming two teams: the team the sentence opens with, its subject
    ("中华队在首场比赛中出师不利，挨了日本队的三记全垒打，总教练林志明赛后承担了责任。", ("林志明", "中华队", "总教练", False)),
    ("目前黄蜂队正在备战与湖人队的季后赛，总教练王大明在接受采访时表示满意。", ("王大明", "黄蜂", "总教练", False)),
]))
def test_coach_of_the_subject_team(pipeline, text, right):
    found = _roles(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: two teams as the subject, a clause before the team, the title in the next sentence, the other team
    # opening a clause of its own
    ("湖人队与小牛队昨天交手，总教练王大明表示满意。", "王大明"),
    ("昨天，小牛队击败了湖人队，总教练王大明表示满意。", "王大明"),
    # (主教练 is a free role: read off no body named elsewhere, with one team or two)
    ("目前黄蜂队正在备战与湖人队的季后赛，主教练王大明在接受采访时表示满意。", "王大明"),
    ("中华队输给了日本队。总教练林志明承担了责任。", "林志明"),
    ("中华队先得两分，日本队随后扳平，总教练林志明表示满意。", "林志明"),
]))
def test_coach_of_the_subject_team_refused(pipeline, text, person):
    assert not [r for r in _roles(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, right", both_scripts([
    # a post between dashes after a name, the name's Latin form in brackets before it, a short relative clause
    # ending in 的 opening it
    ("林志远(John Lin)——北京大学校长——今天走上讲台。", ("林志远", "北京大学", "校长", False)),
    ("王大明——刚上任三天的华润集团总经理——今天表示，公司将扩大投资。", ("王大明", "华润集团", "总经理", False)),
    ("梅森(Thomas Mason)——刚上任一周的英国首相——走上讲台发表演讲。", ("梅森", "英国", "首相", False)),
    # a list of posts between the dashes, each read
    ("王大明——第十届全国人大代表、北京大学教授——今天表示，将提交议案。", ("王大明", "北京大学", "教授", False)),
]))
def test_dashed_apposition(pipeline, text, right):
    found = _roles(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: a Latin bracket with no dashed post after it, a dashed aside naming no post
    ("林志远(John Lin)说，北京大学校长李大同今天表示欢迎。", "林志远"),
    ("林志远——刚上任一周——今天走上讲台。", "林志远"),
    ("林志远——北京大学校长李大同的学生——今天走上讲台。", "林志远"),
]))
def test_dashed_apposition_refused(pipeline, text, person):
    assert not [r for r in _roles(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, right", both_scripts([
    # 参议, 参事: a government's counsellor (roles.tsv), here after the county government's short form 县府
    ("嘉义县政府昨天举行团拜，县府参议林志明出席。", ("林志明", "嘉义县政府", "参议", False)),
    ("国务院参事王大同在会上发言。", ("王大同", "国务院", "参事", False)),
]))
def test_counsellor_titles(pipeline, text, right):
    found = _roles(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: a verb 参议 (to take part in discussing) names no post
    ("他参议过此事，王大同表示同意。", "王大同"),
]))
def test_counsellor_titles_refused(pipeline, text, person):
    assert not [r for r in _roles(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, right", both_scripts([
    # a council's speaker bare, the sentence naming nothing, the one county or city the sentence before names
    ("嘉义县长翁志明今天出席议会定期会。议长林大明表示，将审查总预算。", ("林大明", "嘉义县", "议长", False)),
    ("台中市长卢志强昨天列席议会。副议长陈大明表示，将加开临时会。", ("陈大明", "台中市", "副议长", False)),
]))
def test_council_speaker_of_the_division_named_before(pipeline, text, right):
    found = _roles(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: two divisions before, another title, a place of no division's kind
    ("嘉义县长与云林县长今天出席会议。议长林大明表示，将审查总预算。", "林大明"),
    ("嘉义县长翁志明今天出席议会定期会。秘书长林大明表示，将审查总预算。", "林大明"),
]))
def test_council_speaker_refused(pipeline, text, person):
    assert not [r for r in _roles(pipeline, text) if r[0] == person]
