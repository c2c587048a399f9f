"""Round members291 (issue 11): memberships the text implies, each passage in Simplified and Traditional
(``both_scripts``).

**A party's seats listed in prose** (:func:`zhkg.relate.members_seat_rosters._prose_rosters`): a party opening its
clause, its seats or a count of its people, then 分别是/分别为/包括 opening a clause and the names, each maybe after
words of its own ending in 的 (新民党取得3席，分别是港岛西的A、新界东北的B，以及C): each the party's member.

**A party right before a name after a legislator's or candidate's title** (:func:`zhkg.relate.members_parties.
_members_by_badge`): 两名现任议员民建联A及无党派B.

**A party, 前 and a legislator's title** (:func:`zhkg.relate.members_parties._party_badge`): 国民党前立委A, the
party's member as 国民党立委A is.

The passages are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, memberships


@pytest.mark.parametrize("text, expected", both_scripts([
    ("选举结果公布：其中新民党在今次选举取得 3 席，分别是港岛西的陈大明、新界东北的李志强，以及选委会界别的何志明，议席数量锐减一半。",
     [("陈大明", "新民党", "党员"), ("李志强", "新民党", "党员"), ("何志明", "新民党", "党员")]),
    ("立法会换届选举，工党议席减半，只有3名议员成功连任，包括王志明、赵国华，及由选委会界别转战直选的陈美玲。",
     [("王志明", "工党", "党员"), ("赵国华", "工党", "党员"), ("陈美玲", "工党", "党员")]),
    # the party after a clause of its seats ending in 的; the list ends at 等
    ("现有6席的新民党派出8人出战，其中7人参加地区直选，包括新人郭家豪、林志伟等，但只有张国强成功当选。",
     [("郭家豪", "新民党", "党员"), ("林志伟", "新民党", "党员")]),
    ("九龙中选区完成点票，两名现任议员民建联陈美玲及无党派杨家伟成功连任。", [("陈美玲", "民建联", "党员")]),
    ("国民党前立委陈学明分析，新主席必须有所安排。", [("陈学明", "国民党", "党员")]),
]))
def test_implied_memberships(pipeline, text, expected):
    found = memberships(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, person, party", both_scripts([
    # the list ends at its first item that is no name: 张国强 is past 等
    ("现有6席的新民党派出8人出战，其中7人参加地区直选，包括新人郭家豪、林志伟等，但只有张国强成功当选。", "张国强", "新民党"),
    # two parties before the seats: no one's party
    ("民建联与工联会共取得10席，分别是陈大明、李志强。", "陈大明", "工联会"),
    # the cue does not open its clause: opponents
    ("民建联取得3席，击败了包括陈大明、李志强在内的对手。", "陈大明", "民建联"),
    # no seats and no count between the party and the cue
    ("民建联批评政府，包括陈大明、李志强都表示不满。", "陈大明", "民建联"),
    # the party is no clause's subject: its voters
    ("支持民建联的选民有3人，包括陈大明、李志强。", "陈大明", "民建联"),
    # an item naming a departure
    ("工党取得3席，分别是王志明、赵国华及已退党的陈美玲。", "陈美玲", "工党"),
    # 前 with no party before it, the party in the clause before
    ("民进党今天开会，前立委王大同表示不满。", "王大同", "民进党"),
    # a party after a verb, not after a title
    ("他批评民进党王大同处事不公。", "王大同", "民进党"),
]))
def test_no_implied_membership_where_none_is_written(pipeline, text, person, party):
    assert not any(p == person and b == party for p, b, _ in memberships(pipeline, text))
