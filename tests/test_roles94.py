"""Roles and memberships read right (round roles94), each in Simplified and Traditional (``both_scripts``):
进入 a school enrols a pupil, no member of it (``members_staff._SCHOOL_HEADS``; 进入北京大学任教 stays staff); a member
word closing the clause after 加入X，任… is the membership's word (加入IBM公司，任软件工程师: 工程师, not 成员:
``roles_wiki.post_after_joined_body(members=True)``); a councillor's title after a name takes the council its sentence
named before, a government addressed after it by its kind only (市府, 县府) no rival holder
(``roles_body_in_context._ADDRESSED_GOVERNMENTS``); 大学士 a role word a dynasty holds (清朝大学士刘元礼); 副总 a role word
(嘉实基金副总X); 最终, 终于, 竞聘 before a link (竞聘成为…总经理: ``roles_clauses._APPOINTED_ADVERBS``); a band named by
its kind only before a member word is the one band named just before (五月天…，乐团成员阿信、怪兽:
``membership._band_named_before``); a quotation mark after 为 (称X为“中国共产党的优秀党员”); Hong Kong's 足球会 clubs and
squads of seven letters joined (加盟杰志足球会, 征召入香港足球代表队), 于 opening the clause of joining; a 政务委员 is
the 行政院's the text names, as a 立委 is the 立法院's (``roles_implied.legislature_of``).

The passages are written for these tests; each rule has guards that keep what was right.
"""

import pytest
from helpers import both_scripts, memberships
from helpers import role_edges as roles


@pytest.mark.parametrize("text, wrong", both_scripts([
    ("谌龙1996年进入荆州市少儿体校，后来入选国家队。", ("谌龙", "荆州市少儿体校")),
    ("王明1990年进入北京大学，攻读物理学。", ("王明", "北京大学")),
    ("李华毕业后进入北京体育学院深造。", ("李华", "北京体育学院")),
]))
def test_school_entered_is_no_membership(pipeline, text, wrong):
    assert not [m for m in memberships(pipeline, text) if m[:2] == wrong]


@pytest.mark.parametrize("text, member", both_scripts([
    # guards: staff at a school, a team and a body entered
    ("王明1990年进入北京大学任教，后来升任教授。", ("王明", "北京大学")),
    ("李四毕业后进入新华社工作。", ("李四", "新华社")),
    ("谌龙1996年进入荆州市少儿体校，2005年入选国家青年羽毛球队。", ("谌龙", "国家青年羽毛球队")),
]))
def test_staff_and_teams_entered_stay_members(pipeline, text, member):
    assert [m for m in memberships(pipeline, text) if m[:2] == member]


@pytest.mark.parametrize("text, member", both_scripts([
    ("张秀兰毕业后加入IBM公司，任软件工程师。", ("张秀兰", "IBM公司", "工程师")),
    ("王强毕业后加入微软公司，担任工程师。", ("王强", "微软公司", "工程师")),
]))
def test_member_word_after_joining(pipeline, text, member):
    found = memberships(pipeline, text)
    assert member in found
    assert (member[0], member[1], "") not in found  # no bare membership beside it


@pytest.mark.parametrize("text, role", both_scripts([
    ("新北市议会今天开议，李正雄议员指出，市府应改善交通。", ("李正雄", "新北市议会", "议员")),
    ("台北市议会今天开议，议员王美华指出，市府应改善交通。", ("王美华", "台北市议会", "议员")),
    ("台中市议会今天审查预算，陈志明议员要求市政府说明。", ("陈志明", "台中市议会", "议员")),
    ("清朝大学士刘元礼曾主持编修典籍。", ("刘元礼", "清朝", "大学士")),
    ("张廷玉是清朝大学士。", ("张廷玉", "清朝", "大学士")),
]))
def test_role_read(pipeline, text, role):
    assert role in roles(pipeline, text)


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: a named body after the title is a rival holder; a degree is no post
    ("新北市议会今天开议，李正雄议员指出，交通部应改善交通。", "李正雄"),
    ("他考入北京大学，获学士学位。", "他"),
]))
def test_no_role_guessed(pipeline, text, person):
    from zhkg.stages.normalise import to_simplified

    found = roles(pipeline, text)
    assert not [r for r in found if to_simplified(r[0]) == person and r[2] in ("议员", "学士", "大学士")]


@pytest.mark.parametrize("text, role", both_scripts([
    ("嘉实基金副总窦玉明最终竞聘成为富国基金公司总经理。", ("窦玉明", "嘉实基金", "副总")),
    ("嘉实基金副总窦玉明最终竞聘成为富国基金公司总经理。", ("窦玉明", "富国基金公司", "总经理")),
    ("王明终于成为华强集团董事长。", ("王明", "华强集团", "董事长")),
    # Taiwan's minister without portfolio: the one 行政院 the sentence names
    ("行政院今天宣布，由政务委员周子轩接任经济部长。", ("周子轩", "行政院", "政务委员")),
    ("行政院今天召开院会，政务委员林万亿表示，长照政策将上路。", ("林万亿", "行政院", "政务委员")),
]))
def test_post_won(pipeline, text, role):
    assert role in roles(pipeline, text)


@pytest.mark.parametrize("text, member", both_scripts([
    ("2001年五月天举办了演唱会，由于乐团成员阿信、怪兽、玛莎将入伍服役，乐团将暂时终止活动。", ("玛莎", "五月天")),
    ("2001年五月天举办了演唱会，由于乐团成员阿信、怪兽、玛莎将入伍服役，乐团将暂时终止活动。", ("阿信", "五月天")),
    ("新华社发表讣告称郑天翔为“中国共产党的优秀党员，久经考验的共产主义战士”。", ("郑天翔", "中国共产党")),
    ("2010年，陈嘉豪获征召入香港足球代表队，出战亚运会。", ("陈嘉豪", "香港足球代表队")),
    ("王明于2011年加盟南华足球会。", ("王明", "南华足球会")),
    ("黄子健在教练李国强的推荐下，于2011年加盟杰志足球会。", ("黄子健", "杰志足球会")),
]))
def test_member_read(pipeline, text, member):
    assert [m for m in memberships(pipeline, text) if m[:2] == member]


@pytest.mark.parametrize("text, person, body", both_scripts([
    # guards: a company named before is no band; the coach who recommended a player joined nothing
    ("华纳唱片今天宣布，乐团成员王明将单飞。", "王明", "华纳唱片"),
    ("黄子健在教练李国强的推荐下，于2011年加盟杰志足球会。", "李国强", "杰志足球会"),
    ("王明加入工会。", "王明", "工会"),
]))
def test_no_member_guessed(pipeline, text, person, body):
    assert not [m for m in memberships(pipeline, text) if m[:2] == (person, body)]


@pytest.mark.parametrize("text", both_scripts([
    "政务委员林万亿今天表示支持。",  # no 行政院 named: no one's
]))
def test_minister_without_cabinet_named(pipeline, text):
    assert not [r for r in roles(pipeline, text) if r[2] == "政务委员"]
