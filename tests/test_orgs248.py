"""Round orgs248 (issue 15, session 53): spurious organisations and their spans.

* the recogniser's organisation that runs on past its own head word into the clause is cut back to the head
  (:mod:`zhkg.extract.headed_name_tails`): 中正大学|社会科学院长, 民进党|彰化县议员, 华为公司|员工; a tail that names
  a unit, a school, a site or a team of its own, or a company's trade, stays;
* a word of the clause jieba glued onto a one-letter team's name is none of it (若|港队, 推动紧|港队, 多位|港队:
  :func:`zhkg.extract.teams.sports_teams`).

Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest
from helpers import both_scripts, labelled_mentions

from zhkg.extract.headed_name_tails import cut_headed_name_tails
from zhkg.extract.teams import sports_teams
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.segment import make_segmenter, token_table

ORG = Label.ORGANIZATION


def cut(text: str, name: str, ruled: bool = False) -> str:
    """The recogniser's organisation ``name`` of ``text`` once cut (a rule reading the same letters when ``ruled``)."""
    table = token_table(make_segmenter()(text))
    s = text.index(name)
    m = Mention("d", s, s + len(name), name, name, ORG, "crf")
    found = [Mention("d", s, s + len(name), name, name, ORG, "org_suffix")] if ruled else []
    lexicon = load_lexicon()
    [out] = cut_headed_name_tails([m], found, table, lexicon.org_suffixes, text, lexicon.role_words)
    return out.simplified


@pytest.mark.parametrize(("text", "run_on", "body"), [
    ("华为公司员工表示，新机型下月上市。", "华为公司员工", "华为公司"),
    ("新华社北京11月11日电，会议今天开幕。", "新华社北京", "新华社"),
    ("民进党彰化县议员今天召开记者会。", "民进党彰化", "民进党"),
    ("民进党彰化县议员今天召开记者会。", "民进党彰化县议员", "民进党"),
    # the longest head wins: a college keeps its name, the title goes
    ("北京大学法学院院长出席论坛。", "北京大学法学院院长", "北京大学法学院"),
    ("清华大学学生昨天参加了志愿服务。", "清华大学学生", "清华大学"),
    ("中正大学社会科学院长王安祥出席了论坛。", "中正大学社会科学", "中正大学"),
])
def test_a_tail_past_the_head_word_is_cut(text, run_on, body):
    assert cut(text, run_on) == body


@pytest.mark.parametrize(("text", "whole"), [
    # a unit, a school, a site or a team of its own after the body, a company's trade, Latin letters
    ("北京大学学生会今天发表声明。", "北京大学学生会"),
    ("中央大学地理系主任出席论坛。", "中央大学地理系"),
    ("北京师范大学附属中学今年扩招。", "北京师范大学附属中学"),
    ("中国人民大学苏州校区今天揭牌。", "中国人民大学苏州校区"),
    ("厦门大学女排昨晚夺冠。", "厦门大学女排"),
    ("自治政府内阁今天开会。", "自治政府内阁"),
    ("平安集团证券业务增长。", "平安集团证券"),
    ("德意志集团GmbH发布财报。", "德意志集团GmbH"),
    # a head's letter right after the mention: a unit the body-head step reads on (not a title's: 院长)
    ("观塘警区刑事部高裕民督察表示，警方已拘捕两人。", "观塘警区刑事"),
])
def test_a_tail_naming_its_own_body_stays(text, whole):
    assert cut(text, whole) == whole


def test_a_name_a_rule_reads_or_the_recogniser_reads_twice_stays():
    text = "华为公司员工表示，新机型下月上市。"
    assert cut(text, "华为公司员工", ruled=True) == "华为公司员工"
    twice = "华为公司员工表示满意，华为公司员工也说好。"
    table = token_table(make_segmenter()(twice))
    model = [Mention("d", s, s + 6, "华为公司员工", "华为公司员工", ORG, "crf") for s in (0, 11)]
    out = cut_headed_name_tails(model, [], table, load_lexicon().org_suffixes, twice)
    assert [m.simplified for m in out] == ["华为公司员工", "华为公司员工"]


@pytest.mark.parametrize(("text", "teams"), [
    ("港队主场比赛。足总宣布若港队赢波出线，球员可获奖金。", ["港队", "港队"]),
    ("港队主场比赛，教练说要推动紧港队变好。", ["港队", "港队"]),
    ("港队主场比赛，多位港队主力球员都获得征召。", ["港队", "港队"]),
    # a word of its own before the letter stays the team's (和平队), as before
    ("和平队昨晚在主场击败对手。", ["和平队"]),
])
def test_a_word_glued_before_a_one_letter_team(text, teams):
    table = token_table(make_segmenter()(text))
    assert [text[s:e] for s, e, _ in sports_teams(text, [], table)] == teams


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts([
    ("中正大学社会科学院长王安祥出席了论坛。", [("ORGANIZATION", "中正大学")],
     [("ORGANIZATION", "中正大学社会科学")]),
]))
def test_through_the_pipeline(pipeline, text, present, absent):
    found = labelled_mentions(pipeline, text)
    assert set(present) <= found
    assert not set(absent) & found


def test_a_party_read_into_a_minister_s_title_is_the_party():
    text = "他是唯一一位得以留任的社民党部长。"
    table = token_table(make_segmenter()(text))
    s = text.index("社民党部")
    m = Mention("d", s, s + 4, "社民党部", "社民党部", ORG, "crf")
    [out] = cut_headed_name_tails([m], [], table, load_lexicon().org_suffixes, text)
    assert out.simplified == "社民党"
    branch = "国民党台北市党部主委出席。"
    s = branch.index("国民党台北市党部")
    m = Mention("d", s, s + 8, "国民党台北市党部", "国民党台北市党部", ORG, "crf")
    [out] = cut_headed_name_tails([m], [], token_table(make_segmenter()(branch)), load_lexicon().org_suffixes, branch)
    assert out.simplified == "国民党台北市党部"


@pytest.mark.parametrize(("text", "run_on", "known", "body"), [
    ("英特尔宣布裁员。台积电不愿运营英特尔工厂。", "英特尔工厂", "英特尔", "英特尔"),
    ("港铁公布业绩，港铁商场出租率近百分之百。", "港铁商场", "港铁", "港铁"),
])
def test_a_body_s_premises_after_its_name_read_elsewhere(text, run_on, known, body):
    from zhkg.extract.known_name_tails import cut_known_name_tails

    table = token_table(make_segmenter()(text))
    k = text.index(known)
    s = text.index(run_on)
    model = [Mention("d", k, k + len(known), known, known, ORG, "crf"),
             Mention("d", s, s + len(run_on), run_on, run_on, ORG, "crf")]
    out = cut_known_name_tails(model, [], table, load_lexicon().org_suffixes, text)
    assert [m.simplified for m in out] == [known, body]


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts([
    ("台积电表示愿意追加投资，但不愿与英特尔有任何关联。", [], [("ORGANIZATION", "不愿")]),
    ("他是唯一一位得以留任的社民党部长。", [("ORGANIZATION", "社民党")], [("ORGANIZATION", "社民党部")]),
]))
def test_no_negation_joined_to_a_company_and_no_party_in_a_minister_s_title(pipeline, text, present, absent):
    found = labelled_mentions(pipeline, text)
    assert set(present) <= found
    assert not set(absent) & found


@pytest.mark.parametrize(("text", "run_on", "body"), [
    ("华新、阳明两公司昨日同步公告人事异动。", "阳明两公司", "阳明"),
    ("国泰、长荣两家航空今天宣布加班机。", "长荣两家航空", "长荣"),
])
def test_a_count_of_bodies_after_the_last_name_is_cut(text, run_on, body):
    assert cut(text, run_on) == body


@pytest.mark.parametrize("whole", ["中铁二公司", "湘雅二医院", "上海第三公司"])
def test_a_numbered_body_is_no_count(whole):
    assert cut(f"{whole}今天宣布新项目。", whole) == whole
