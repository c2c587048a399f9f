"""Roles read from Taiwan and Hong Kong news phrasing (round roles150, issue 11, from the misses of the web set's tune
half), each in Simplified and Traditional (``both_scripts``).

The sentences are written for these tests; each rule has guards that keep what was right.
"""

import pytest
from helpers import both_scripts, relation_rows

_relations = relation_rows  # (person, role, body, former) of a kind's relations, names in Simplified


@pytest.mark.parametrize("text, right", both_scripts([
    # a caucus's officers named one after another: the caucus the sentence opens with holds each, whoever is between
    # (国民党|团总召 is read as the caucus 国民党团 since twhk152's party_caucuses, as 民众党团 and 民进党团 below)
    ("国民党团总召王大明确定续任，原书记长李小华卸任，副书记长张志明登记参选。", ("李小华", "书记长", "国民党团", True)),
    ("国民党团总召王大明确定续任，原书记长李小华卸任，副书记长张志明登记参选。", ("张志明", "副书记长", "国民党团", False)),
    ("民众党团方面，总召王大明预计续任，副总召李小华、干事长张志明卸任。", ("李小华", "副总召", "民众党团", False)),
    ("民众党团方面，总召王大明预计续任，副总召李小华、干事长张志明卸任。", ("张志明", "干事长", "民众党团", False)),
    ("民进党团昨天改选干部，总召王大明续任，干事长李小华连任。", ("李小华", "干事长", "民进党团", False)),
    # (党团 bare after the title is the caucus again, no other body)
    ("民众党团方面，副总召李小华卸任后，相关职位有待党团成员推举。", ("李小华", "副总召", "民众党团", False)),
]))
def test_caucus_officers_in_one_sentence(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: two parties named before the title, a body that is no party, another party's caucus after the title
    ("国民党团总召王大明与民众党团总召陈大文会面，书记长李小华也出席。", "李小华"),
    ("华润集团董事长王大明昨天到访，书记长李小华陪同。", "李小华"),
]))
def test_caucus_officers_refused(pipeline, text, person):
    assert not [r for r in _relations(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, right", both_scripts([
    # a division head's title after a name, followed by its term: held, wherever the name stands in its clause
    ("台东县议会今天开会，议员质疑预算选在明年王大明县长任期将届时追加。", ("王大明", "县长", "台东县", False)),
    ("新竹市议会今天开会，议员指出这笔预算是在李小华市长任内编列。", ("李小华", "市长", "新竹市", False)),
]))
def test_title_before_its_term(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: a title no term follows, the name not opening its clause (据…); a term word that is a longer word's
    ("台东县议会今天开会，据王大明县长助理表示预算已经追加。", "王大明"),
]))
def test_title_before_its_term_refused(pipeline, text, person):
    assert not [r for r in _relations(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, right", both_scripts([
    # a state's head titled bare after 新任 or 现任, the text naming one state
    ("新加坡大选昨天结束。新任总理王大明在首次大选中带领执政党胜出。", ("王大明", "总理", "新加坡", False)),
    ("韩国国会昨天开议。现任总统李小华出席开幕式。", ("李小华", "总统", "韩国", False)),
]))
def test_state_head_after_new(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: two states named, a longer word (留任, 继任 are no marks of a new post)
    ("新加坡与马来西亚昨天会谈。新任总理王大明出席。", "王大明"),
]))
def test_state_head_after_new_refused(pipeline, text, person):
    assert not [r for r in _relations(pipeline, text) if r[0] == person]


def _members(pipeline, text):
    return _relations(pipeline, text, "MEMBER_OF")


@pytest.mark.parametrize("text, right", both_scripts([
    # a party written right before a name opening its clause: the person's badge
    ("本届立法会会期结束。新民党王大明就表示很开心。", ("王大明", "党员", "新民党", False)),
    ("会后，民进党李小华与国民党张志明先后发言。", ("李小华", "党员", "民进党", False)),
    ("会后，民进党李小华与国民党张志明先后发言。", ("张志明", "党员", "国民党", False)),
]))
def test_party_before_a_name(pipeline, text, right):
    found = _members(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: the party another word's object (批评), a body that is no party
    ("他昨天批评民进党王大明的说法。", "王大明"),
    ("会后，华润集团王大明先后发言。", "王大明"),
]))
def test_party_before_a_name_refused(pipeline, text, person):
    assert not [r for r in _members(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, right", both_scripts([
    # a baseball team's positions, as Taiwan's press writes them before a player's name (members.tsv)
    ("中华队投手王大明昨天先发。", ("王大明", "投手", "中华队", False)),
    ("统一狮队游击手王大明击出全垒打。", ("王大明", "游击手", "统一狮", False)),
    ("王大明是中华队的先发投手。", ("王大明", "先发投手", "中华队", False)),
]))
def test_baseball_positions(pipeline, text, right):
    found = _members(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text", both_scripts([
    # guards: a longer word (投手丘, the mound), a position with no team named
    "王大明站上投手丘后连续三振。",
    "投手王大明昨天先发。",
]))
def test_baseball_positions_refused(pipeline, text):
    assert not _members(pipeline, text)


@pytest.mark.parametrize("text, right", both_scripts([
    # a state's head's bare title, then 、 and a party's head before the name: the one person holds both
    ("日本执政党在选举中大胜。首相、自民党总裁李小华9日在东京召开记者会。", ("李小华", "首相", "日本", False)),
    ("韩国国会昨天开议。总统、国民力量党主席王大明出席。", ("王大明", "总统", "韩国", False)),
]))
def test_state_head_before_a_party_post(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text", both_scripts(["日本执政党在选举中大胜。首相、自民党总裁李小华9日在东京召开记者会。"]))
def test_state_head_before_a_party_post_keeps_the_party_post(pipeline, text):
    # (read before this round: the party's post stays beside the state's)
    assert ("李小华", "总裁", "自民党", False) in _relations(pipeline, text)


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: two states named; a body's title before the party's (no state's head)
    ("日本与韩国昨天会谈。首相、自民党总裁李小华出席。", "李小华"),
]))
def test_state_head_before_a_party_post_refused(pipeline, text, person):
    assert not [r for r in _relations(pipeline, text) if r[0] == person and r[1] == "首相"]


@pytest.mark.parametrize("text, right", both_scripts([
    # 常务 (executive) before a deputy's title in a chain of posts: the chain reads on past it, the title keeps it
    ("成都市公安局党委副书记、常务副局长王大明通报工作。", ("王大明", "常务副局长", "成都市公安局", False)),
    ("成都市公安局党委委员、常务副局长王大明通报工作。", ("王大明", "常务副局长", "成都市公安局", False)),
]))
def test_executive_deputy_in_a_chain(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guard: a name ends the chain before 常务 (the next post is another's, whose body is unwritten)
    ("成都市公安局党委副书记王大明、常务副局长李小华出席。", "李小华"),
]))
def test_executive_deputy_in_a_chain_refused(pipeline, text, person):
    assert not [r for r in _relations(pipeline, text) if r[0] == person and r[2] == "成都市公安局"]


@pytest.mark.parametrize("text, right", both_scripts([
    # a correspondent's name and a space opening a dateline's bracket before the reporter's credit
    ("中新网双鸭山5月25日电(李小华 记者王大明)25日，比赛正式开跑。", ("王大明", "记者", "中新网", False)),
    ("中新网北京5月25日电（李小华 记者王大明）25日，比赛正式开跑。", ("王大明", "记者", "中新网", False)),
]))
def test_reporter_after_a_correspondent(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text", both_scripts([
    # guard: no dateline before the bracket (a name and a title in brackets in prose)
    "王大明昨天到访(李小华 记者张志明也在场)，比赛正式开跑。",
]))
def test_reporter_after_a_correspondent_refused(pipeline, text):
    assert not [r for r in _relations(pipeline, text) if r[1] == "记者"]


@pytest.mark.parametrize("text, right", both_scripts([
    # a coach's bare title in a clause after one naming the one team of the sentence
    ("湖人队昨天宣布，主教练王大明续任。", ("王大明", "主教练", "湖人", False)),
    ("中华队昨天移师台中集训，教练王大明表示选手状况良好。", ("王大明", "教练", "中华队", False)),
]))
def test_coach_of_the_one_team(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: two teams in the sentence (either's coach), a body that is no team, two teams in the sentence before (the
    # one team of the sentence before holds the title since sports308's roles_team_staff)
    ("湖人队昨天以100比90击败勇士队，主教练王大明赛后表示满意。", "王大明"),
    ("华润集团昨天宣布，教练王大明续任。", "王大明"),
    ("湖人队昨天击败勇士队。主教练王大明赛后表示不满。", "王大明"),
]))
def test_coach_of_the_one_team_refused(pipeline, text, person):
    assert not [r for r in _relations(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text", both_scripts([
    # a nomination: the post is not yet held (roles_web's convention: a post to come, as 候任 and 将出任)
    "总统昨天提名王大明为监察院长。",
    "行政院提名王大明为中央银行总裁。",
]))
def test_nominated_post_not_held(pipeline, text):
    assert not [r for r in _relations(pipeline, text) if r[0] == "王大明"]


@pytest.mark.parametrize("text, right", both_scripts([
    # guards: a post held now by the one nominated again, a nomination of someone else
    ("监察院长王大明昨天获提名连任。", ("王大明", "院长", "监察院", False)),
    ("监察院长王大明昨天提名李小华为副院长。", ("王大明", "院长", "监察院", False)),
]))
def test_nominated_post_not_held_kept(pipeline, text, right):
    assert right in _relations(pipeline, text)
