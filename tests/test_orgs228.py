"""Organisations' precision on unseen news (issue 15, session 51, orgs228): readings that name no body by the
conventions of ``docs/entities.md``, each passage run as written and converted to Traditional (``both_scripts``);
passages written for these tests in the style of news, names invented.

* A competition is an event, no body (:data:`zhkg.extract.generic_names.COMPETITION_ENDS`): 亚洲杯, 亚冬会,
  世锦赛; a league stays a body.
* A law, a treaty or an agreement (海洋法公约, 贸易协定) is no body; 关贸总协定 (GATT) stays.
* A body's name before 界别 is Hong Kong's electoral constituency, and so is the same name elsewhere in the article
  (:func:`zhkg.extract.generic_names.bodiless_names`); the body's sectors (界别分组) leave it a body.
* 党中央 where the document names another party and not the Communist Party is that party's headquarters, no name.
* 议会 and 内阁 alone are the document's one council or Taiwan's cabinet (行政院), one node with it
  (:func:`zhkg.extract.non_bodies.name_kind_words`); with no such body, or two, they stay as read.
* A side by its players' sex or age alone (男子队, 成年队) and a club's squad by rank (二军) name no team.
"""

import pytest
from helpers import both_scripts, node_names

from zhkg.extract.generic_names import bodiless_names, drop_generic_names
from zhkg.extract.non_bodies import name_kind_words
from zhkg.records import Label, Mention

O = "ORGANIZATION"  # noqa: E741


def org_nodes(pipeline, text):
    """The organisation nodes of ``text``, each as the set of its names."""
    return node_names(pipeline, text, O)


def _orgs(text, *words):
    """An organisation mention for the first occurrence of each word of ``text``."""
    return [Mention("d", i, i + len(w), w, w, Label.ORGANIZATION, "crf") for w in words for i in [text.index(w)]]


@pytest.mark.parametrize("name", ["亚洲杯", "省港杯", "世界杯", "哈尔滨亚冬会", "世界田径锦标赛", "亚运会", "戴维斯杯赛"])
def test_a_competition_read_as_a_body_is_dropped(name):
    text = f"球队将出战{name}。"
    assert drop_generic_names(_orgs(text, name), text) == []


@pytest.mark.parametrize("name", ["英超", "中超联赛", "杯具公司", "香港足球总会"])
def test_a_league_or_a_body_stays(name):
    text = f"{name}今天宣布。"
    assert [m.simplified for m in drop_generic_names(_orgs(text, name), text)] == [name]


@pytest.mark.parametrize("name, kept", [("联合国海洋法公约", False), ("东协货品贸易协定", False), ("国家安全条例", False),
                                        ("关贸总协定", True)])
def test_a_law_or_a_treaty_is_no_body(name, kept):
    text = f"双方重申遵守{name}。"
    assert [m.simplified for m in drop_generic_names(_orgs(text, name), text)] == ([name] if kept else [])


def test_a_competition_the_known_table_holds_stays():
    text = "金杯今天宣布。"
    assert [m.simplified for m in drop_generic_names(_orgs(text, "金杯"), text, known={"金杯"})] == ["金杯"]


@pytest.mark.parametrize("text, absent", both_scripts([
    ("港队上周二在亚洲杯外围赛不敌对手，足总主席表示，希望港队将来可以在亚洲杯决赛周出现。", "亚洲杯"),
    ("哈尔滨亚冬会代表团今日成立，代表团将在本届亚冬会全项目参赛。", "亚冬会"),
]))
def test_a_competition_is_no_organisation_in_a_story(mentions_in, text, absent):
    from zhkg.stages.normalise import to_traditional

    found = mentions_in(text)
    assert not {(absent, O), (to_traditional(absent), O)} & found, sorted(found)


@pytest.mark.parametrize("text, word", [
    ("选委会界别有40席，投票率超过九成。由选委会转跑道的陈美玲当选。", "选委会"),
    ("40名选举委员会界别议员的选举结果已经公布。", "选举委员会"),
    ("区议会界别的议员今天宣誓。", "区议会"),
])
def test_a_body_before_its_constituency_names_no_body(text, word):
    """(The extraction passes the normalised, Simplified text; Traditional is tested through it below.)"""
    assert bodiless_names(_orgs(text, word), text) == {word}
    assert drop_generic_names(_orgs(text, word), text) == []


@pytest.mark.parametrize("text", both_scripts([
    "选委会界别有40席，投票率超过九成。由选委会转跑道的陈美玲当选，选委会方面派出两人。",
]))
def test_a_constituency_is_no_organisation_in_a_story(mentions_in, text):
    found = mentions_in(text)
    assert not {("选委会", O), ("選委會", O)} & found, sorted(found)


@pytest.mark.parametrize("text, words", [
    ("选举委员会界别分组的选举明天举行，选举委员会将选出行政长官。", ("选举委员会",)),  # its sectors: the body
    ("选委会今天开会。", ("选委会",)),  # no constituency in the article
    ("贯彻落实党中央部署要求。", ("党中央",)),  # no other party: the Communist Party's
    ("国民党与共产党代表会面，党中央决定派员出席。", ("国民党", "党中央")),  # the Communist Party named
])
def test_a_body_stays_where_nothing_says_otherwise(text, words):
    assert bodiless_names(_orgs(text, *words), text) == frozenset()
    assert [m.simplified for m in drop_generic_names(_orgs(text, *words), text)] == list(words)


@pytest.mark.parametrize("text", both_scripts([
    "国民党县议员三人同台，都希望党中央尽快确定提名。",
]))
def test_a_party_centre_in_another_partys_news_is_no_body(mentions_in, text):
    found = mentions_in(text)
    assert not {("党中央", O), ("黨中央", O)} & found, sorted(found)


def _canonical(text, *words):
    return [Mention("d", i, i + len(w), w, w, Label.ORGANIZATION, "crf", canonical=w)
            for w in words for i in [text.index(w)]]


@pytest.mark.parametrize("text, words, names", [
    ("第七届立法会今天闭会，议员在议会工作四年。", ("立法会", "议会"), ["立法会", "立法会"]),
    ("彰化县议会今天开会，议会则说议长另有安排。", ("彰化县议会", "议会"), ["彰化县议会", "彰化县议会"]),
    ("行政院昨公布内阁异动名单。", ("行政院", "内阁"), ["行政院", "行政院"]),
    # two councils, or none: left as read
    ("台中市议会与彰化县议会合办活动，议会代表出席。", ("台中市议会", "彰化县议会", "议会"),
     ["台中市议会", "彰化县议会", "议会"]),
    ("日本首相宣布内阁名单。", ("内阁",), ["内阁"]),
    ("立法院三读通过法案，议会则说另有安排。", ("立法院", "议会"), ["立法院", "议会"]),
])
def test_a_council_or_cabinet_word_is_the_documents_one_body(text, words, names):
    assert [m.name for m in name_kind_words(_canonical(text, *words))] == names


@pytest.mark.parametrize("text, names", both_scripts([
    ("行政院昨日公布内阁异动名单，包括十个机关首长。", {"行政院", "内阁"}),
]))
def test_taiwans_cabinet_is_one_node_with_the_executive_yuan(pipeline, text, names):
    nodes = org_nodes(pipeline, text)
    assert any(names <= node for node in nodes), nodes


@pytest.mark.parametrize("text, absent", both_scripts([
    ("足总主席表示，要确保男子队每年至少有10场国际比赛，球员将在主场迎战对手。", "男子队"),
    ("除了男子成年队，各梯队亦积极参加不同比赛，球员将在主场迎战对手。", "成年队"),
    ("兄弟捕手陈志明昨因伤势下二军，成为球队争冠一大隐忧。", "二军"),
]))
def test_a_squad_by_sex_age_or_rank_is_no_team(mentions_in, text, absent):
    from zhkg.stages.normalise import to_traditional

    found = mentions_in(text)
    assert not {(absent, O), (to_traditional(absent), O)} & found, sorted(found)
