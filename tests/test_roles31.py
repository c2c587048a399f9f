"""Role recall on Hong Kong, Taiwan and Wikipedia text (session 27, roles31), each in Simplified and Traditional
(``both_scripts``):

* a team joined after a verb of joining and a description of the team ending in 球队, 俱乐部 or 的 (效力K联赛球队釜山
  IPark, 转投墨西哥乙级联赛球队内卡萨, 转投刚刚降级的黑池): a member of the team, when its name ends there (not
  球队布朗|上将, cut short);
* 改投 is a verb of joining, as 转投 is;
* a clause of joining with no subject of its own, opened by nothing but a date or adverbs (X转赴荷兰发展，加盟Y队):
  the one person of the clause before joined; two people there, no one;
* a legislator's title after a name opening its clause (立法院…，王明立委表示): 立委 of the 立法院 the text names, none
  when it names none;
* 党 alone before a title, opening a clause or after 与, 和, 及, 、 or 由, stands for the one party named before it
  (…民众党主席柯文德与党发言人杨宝莲: 发言人 of the party); two parties or none, nothing;
* a party without 党 in its name that ``organisations_known.tsv`` lists as one (民建联, 工联会) before a house and its
  title (民建联立法会议员王明): the person is the party's member.

The passages are written for these tests.
"""

import pytest
from helpers import both_scripts, memberships
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, person, team",
    both_scripts([
        ("陈大文现效力韩国联赛球队釜山IPark。", "陈大文", "釜山IPark"),
        ("2012年，王小明转投墨西哥乙级联赛球队内卡萨。", "王小明", "内卡萨"),
        ("李强随后加盟英超俱乐部布莱克本，签约三年。", "李强", "布莱克本"),
        # a phrase + 的 describing the team
        ("2011年，张志强以自由身转投刚刚降级的黑池队，签约一年。", "张志强", "黑池队"),
    ]),
)
def test_a_team_described_before_its_name_is_the_one_joined(pipeline, text, person, team):
    assert any(p == person and t.endswith(team) for p, t, _w in memberships(pipeline, text))


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # the name goes on after the description's end: a name cut short, no team
        ("2012年，张伟转投阿根廷乙级球队布朗上将。", "张伟"),
        # a negation between the person and the verb
        ("陈大文拒绝效力韩国联赛球队釜山IPark。", "陈大文"),
    ]),
)
def test_no_team_joined_when_the_name_is_cut_or_the_joining_denied(pipeline, text, person):
    assert not any(p == person for p, _t, _w in memberships(pipeline, text))


@pytest.mark.parametrize("text", both_scripts(["2009年，金大中改投首尔FC队。", "金大中改投首尔FC队。"]))
def test_gaitou_is_a_verb_of_joining(pipeline, text):
    assert any(p == "金大中" and t.startswith("首尔FC") for p, t, _w in memberships(pipeline, text))


@pytest.mark.parametrize(
    "text, person, team",
    both_scripts([
        ("2006年1月，卡尔森转赴荷兰发展，加盟埃因霍温队。", "卡尔森", "埃因霍温队"),
        ("王大卫伤愈复出，2008年正式加盟广东队。", "王大卫", "广东队"),
    ]),
)
def test_a_joining_clause_with_no_subject_takes_the_person_before(pipeline, text, person, team):
    assert (person, team, "") in memberships(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # two people in the clause before: whose joining it is is not said (a frame 在…下 naming the second, as
        # 王大卫在李明的劝说下，…, says it is the first's: tests/test_roles32.py)
        "2003年，王大卫和李明见面后，免费加盟广东队。",
        # the clause opens with a verb of its own, not a date or an adverb
        "王大卫伤愈复出，球迷希望加盟广东队。",
    ]),
)
def test_no_subject_taken_from_the_clause_before_when_unclear(pipeline, text):
    assert not any(p == "王大卫" and t == "广东队" for p, t, _w in memberships(pipeline, text))


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "立法院昨日审查交通预算，黄国栋立委要求交通部说明原因。",
        "立法院今天开议。林志明立委表示，政府应该检讨。",
    ]),
)
def test_a_legislators_title_after_the_name_is_the_legislatures(pipeline, text):
    assert any(p in ("黄国栋", "林志明") and o == "立法院" and r == "立委" for p, o, r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # no 立法院 in the text: whose legislator is not said
        "黄国栋立委要求交通部说明原因。",
        # the title is part of a longer word (立委候选人), or the name does not open its clause
        "立法院昨日开议，据黄国栋立委助理表示，会议延后。",
    ]),
)
def test_no_legislature_for_a_title_after_the_name_without_one(pipeline, text):
    assert not any(p == "黄国栋" and r == "立委" for p, _o, r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, party, word",
    both_scripts([
        ("民建联立法会议员陈大文今日要求政府增加公屋供应。", "民建联", "党员"),
        # a union's member is its 成员 (roles205: the web golds' convention)
        ("工联会立法会议员陈大文今日表示反对。", "工联会", "成员"),
    ]),
)
def test_a_listed_party_before_a_house_and_its_title_has_the_member(pipeline, text, party, word):
    assert ("陈大文", party, word) in memberships(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["港铁立法会议员陈大文今日表示反对。"]))
def test_no_party_membership_for_a_body_that_is_no_party(pipeline, text):
    assert not any(p == "陈大文" and w == "党员" for p, _t, w in memberships(pipeline, text))


@pytest.mark.parametrize(
    "text, person, role, party",
    both_scripts([
        ("台湾民众党主席柯文德与党发言人杨宝莲今天一同出席记者会。", "杨宝莲", "发言人", "台湾民众党"),
        ("民进党今天召开中常会。党秘书长林志明会后表示，将提名新人。", "林志明", "秘书长", "民进党"),
    ]),
)
def test_a_bare_party_word_before_a_title_is_the_party_named_before(pipeline, text, person, role, party):
    assert (person, party, role) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # two parties named before: which one is not said
        "民进党与国民党今天分别开会，党发言人杨宝莲表示欢迎。",
        # no party named before
        "今天的会议上，党发言人杨宝莲表示欢迎。",
    ]),
)
def test_no_party_for_a_bare_party_word_when_unclear(pipeline, text):
    assert not any(p == "杨宝莲" for p, _o, _r in roles(pipeline, text))
