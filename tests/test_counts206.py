"""Round counts206: a house's legislators counted in a later paragraph, and people counted by the body they come from.

Two owner forms of the web tune half's Traditional articles, each read by a rule of a whole kind
(``relate/count_counted._MEMBERS_OF``, ``relate/count_owner_clauses._ClauseReaders.body_come_from``):

* legislators (议员, 立委, 立法委员) are members of the last house named before them (立法院, 立法会, 区议会, 议会,
  国会), as students are a school's: 立法院…。¶第11届113名立委周四就职 -> 立法院;
* people counted, then 来自 and an organisation, are that organisation's members (当中38人来自民建联、16人来自工联会):
  not a place's (来自广东), nor any one body's of a list (来自新民党及经民联等), nor the body an earlier count came from.

And one of the Simplified half (``relate/counts._CountOwners.people_counted_before``): a sentence opening on 其中 with
people counted is a part of the last count of people in the sentences before, and shares its owner, not that of a
count of other things between (…42名奥运会冠军。马龙…赢得五枚金牌。其中三名田径女选手… -> the champions' holder).

Each case runs as written, and as a Hong Kong and a Taiwan text reads it.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_owner, in_script

# (text, counted head, owner or None)
LEGISLATORS = [
    # the house named in an earlier paragraph owns its legislators counted in a paragraph naming no holder
    ("立法院今天举行院会，立法院通过预算案。\n第11届113名立委周四就职。", "立委", "立法院"),
    ("区议会今天举行会议。\n全部18名议员出席。", "议员", "区议会"),
    ("立法会大会上周举行首次会议。\n新一届共有90名议员宣誓就职。", "议员", "立法会"),
    # a party is no house: its legislators in a later paragraph are not carried to it
    ("国民党今天召开会议。\n第11届113名立委周四就职。", "立委", None),
    # no house named: no owner
    ("第11届113名立委周四就职。", "立委", None),
    # a school still owns its students, a house does not
    ("立法会今天开会。\n湖南大学举行典礼，共有500名学生出席。", "学生", "湖南大学"),
]

COME_FROM = [
    # the body after 来自 owns the people counted before it; a second part after 、 takes its own body
    ("政府公布的名单上，当中38名成员来自民建联、16名代表来自工联会。", "成员", "民建联"),
    ("政府公布的名单上，当中38名成员来自民建联、16名代表来自工联会。", "代表", "工联会"),
    ("政府公布的名单上，当中38名成员均来自民建联。", "成员", "民建联"),
    # a list of bodies, one closed by 等, a place, and things that are no people: no owner
    ("名单上，另有12名成员来自新民党及经民联。", "成员", None),
    ("名单上，另有12名成员来自新民党等政党。", "成员", None),
    ("名单上，另有12名成员来自广东。", "成员", None),
    ("名单上，另有12家公司来自民建联。", "公司", None),
    # a holder of the count's own clause stays its owner
    ("华为公司有员工3000名，其中200名工程师来自中兴通讯。", "工程师", "华为公司"),
]

_DELEGATION = "中国代表团共有405名运动员，当中包括42名奥运会冠军。马龙曾在2020年东京奥运会赢得五枚金牌。"

AMONG_OPENING = [
    # 其中 opening the sentence: the part of the last people counted, past the medals an event owns
    (_DELEGATION + "其中三名田径女选手已连续参加了北京、伦敦、里约和东京奥运会。", "女选手", "中国代表团"),
    ("华为公司有员工3000名。小米公司发布了五款新品。其中三名工程师来自深圳。", "工程师", "华为公司"),
    # the medals keep their event; things counted after 其中 are read as before
    (_DELEGATION + "其中三名田径女选手已连续参加了北京、伦敦、里约和东京奥运会。", "金牌", "东京奥运会"),
    ("华为公司有员工3000名。其中三家工厂在深圳。", "工厂", "华为公司"),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "counted", "owner"), [*LEGISLATORS, *COME_FROM, *AMONG_OPENING])
def test_the_owner_of_a_count_counts206_reads(pipeline, text: str, counted: str, owner: str | None, script: str) -> None:
    assert_count_owner(pipeline, in_script(text, script), counted, owner)
