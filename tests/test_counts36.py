"""Issue 14, session 29 (counts36): count owners.

- a maker named with a model code right before the noun counted (增派波音777客机2架) says which product the thing is,
  as a brand does: it owns none of them, the clause's subject does;
- the ends of a route (台北往东京航班, 北京至上海高铁) own nothing counted in that clause or carried to the next;
- the agency of a dateline (新华社海口3月5日电 海南省…) and a paper or agency before its reporter (新华社记者从…) own
  nothing: the place opening the story is its subject; a place a reporter learns the news from (记者从海南省获悉，…) is
  what the news is about;
- 区内 opening a clause stands for the nearest district named before (九龙城区议员指出，区内有…: 九龙城区), or for the
  district council named before it (its area; as before); 社区内, 小区内 are no anaphor.
Every sentence is written for these tests and checked in Simplified and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts

# (text, counted head in Simplified, owner in Simplified)
OWNERS = [
    ("东方航空去年购入波音737客机15架。", "客机", "东方航空"),
    ("长荣航空今天宣布，7月起将增派波音777客机2架。", "客机", "长荣航空"),
    ("国泰航空表示，今年将引进波音777-300客机4架。", "客机", "国泰航空"),
    ("九龙城区议员指出，区内有旧楼约3,000幢。", "旧楼", "九龙城区"),
    ("葵青区议员表示，区内目前有公共屋邨25个。", "屋邨", "葵青区"),
    ("长荣航空今天宣布，将加开台北往东京航班，并增派客机2架。", "客机", "长荣航空"),
    ("中华航空表示，下月起加开高雄至大阪航班，另调派客机3架支援。", "客机", "中华航空"),
    ("新华社海口3月5日电 海南省今年将新建5G基站1万个。", "基站", "海南省"),
    ("中新网福州6月2日电 福建省今年将新建港口泊位22个。", "泊位", "福建省"),
    ("新华社记者从海南省获悉，今年将新建5G基站1万个。", "基站", "海南省"),
    ("记者昨日从湖南省获悉，今年全省将新建乡镇卫生院120所。", "卫生院", "湖南省"),
]

# Controls: owned as before
OWNER_CONTROLS = [
    ("屯门区议会昨日通过动议。议员指出，区内现时有15个公共屋邨。", "屋邨", "屯门区议会"),
    ("波音公司今年共交付客机500架。", "客机", "波音公司"),
    ("记者走访了社区内的3家超市。", "超市", None),
    ("上海市今年新开通地铁线路3条。", "线路", "上海市"),
    ("中新网3月5日电 今年将新建5G基站1万个。", "基站", None),
    ("新华社今年共派出记者300名。", "记者", "新华社"),
    ("五年来，开发区的建设有三个特点：区内已有外资企业300多家。", "企业", "开发区"),
    ("他从北京获悉消息后，带领50名队员赶往现场。", "队员", None),
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS))
def test_counts36_owners(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNER_CONTROLS))
def test_counts36_owner_controls(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
