"""MEMBER_OF forms of round 13 (zhkg.relate.membership): people + 等 + a team, 在 + team + 的 + a word of one's time
there, a team + 昔日 + 老大 + person, a team + 当家/老大 standing for the person just named, a team + 由 + person +
出手/完成, 队友 + person, a member word + 包括 + people (a delegation's, a board's), 团员; and a full name the known-people table lists resolving to the same person as its short form.
Both scripts, with the sentences that must stay unread."""

import pytest

from tests.helpers import both_scripts, memberships
from zhkg.stages.normalise import to_simplified

#: The sport's words that make a story a basketball one, so that teams.tsv's short names (火箭, 湖人) are read.
NBA = "NBA常规赛今天继续进行，火箭队在主场以102比95击败湖人队。"


def members(pipeline, text):
    """(person, team, member word, former) of every MEMBER_OF relation, names Simplified."""
    return memberships(pipeline, text, former=True)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # people + 等 + a team, no member word after it
        (NBA + "姚明等火箭拼到了最后一刻。", [("姚明", "火箭", "", False)]),
        # 在 + team + 的 + a word of one's time there
        (NBA + "姚明在火箭的前景依然光明。", [("姚明", "火箭", "", False)]),
        # a team + 昔日 + 老大 + person: once its leader, still its player
        (NBA + "湖人昔日老大科比今天只得到12分。", [("科比", "湖人", "", False)]),
        # a team + 当家 with no name after it: the one person named just before
        (NBA + "科比全场砍下40分。湖人当家赛后表示很满意。", [("科比", "湖人", "", False)]),
        # a team + a few letters + 由 + person + 完成
        (NBA + "火箭第一次进攻由姚明完成。", [("姚明", "火箭", "", False)]),
        # 队友 + person: the team of the person named before it
        (NBA + "湖人老大科比把球传给了队友加索尔。", [("加索尔", "湖人", "", False), ("科比", "湖人", "", False)]),
    ]),
)
def test_round13_forms(pipeline, text, expected):
    assert members(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # 等 + a team + 的对手: the list is the team's opponents
        (NBA + "詹姆斯等湖人的对手都很强。", []),
        # 在 + team + 的 + a place, not a time there: a visitor
        (NBA + "姚明在湖人的主场拿下30分。", []),
        # two people before 湖人当家: which one it stands for is not said
        (NBA + "姚明和科比都拿下30分。湖人当家赛后表示满意。", []),
        # 前队友: a past teammate, not read
        (NBA + "湖人老大科比见到了前队友奥尼尔。", [("科比", "湖人", "", False)]),
        # a clause break between the team and 由
        (NBA + "火箭的进攻，最后由科比完成封盖。", []),
    ]),
)
def test_round13_not_members(pipeline, text, expected):
    assert members(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a member word + 包括 + a list: the delegation named by its kind alone is the one the sentence named before
        ("由王伟率领的中国政府代表团于昨日抵达华盛顿，代表团成员包括李明、张强。",
         [("张强", "中国政府代表团", "成员", False), ("李明", "中国政府代表团", "成员", False)]),
        ("苹果公司董事会成员有张伟和李强。",
         [("张伟", "苹果公司董事会", "成员", False), ("李强", "苹果公司董事会", "成员", False)]),
        # 团员, a delegation's or a troupe's member
        ("中国代表团团员王伟在会上发言。", [("王伟", "中国代表团", "团员", False)]),
        # two delegations before 代表团成员: which one is not said
        ("中国代表团和美国代表团今天举行会谈，代表团成员包括李明、张强。", []),
        # 包括 with no member word before it: a list of guests, not members
        ("出席仪式的嘉宾包括李明、张强。", []),
    ]),
)
def test_members_included(pipeline, text, expected):
    assert members(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    both_scripts(["湖人球星科比-布莱恩特今天砍下40分。赛后科比表示球队打得很好。"]),
)
def test_known_full_name_is_the_short_names_person(pipeline, text):
    ex = pipeline.run_texts([("t", text)]).extraction
    people = [e for e in ex.entities if e.label.value == "PERSON"]
    assert len(people) == 1
    assert {to_simplified(a) for a in people[0].aliases} >= {"科比", "科比-布莱恩特"}
