"""Issue 14, session 34 (owners110): the leftovers of counts93 and counts101, read as general rules.

Written from the studied halves only (``bench/counts_owned59.py --errors``'s tune59, the owner probes, tune43 and
tune46's owned counts, and the COUNT -> owner edges of main's dump of the 715 eligible THUCNews rows):

- a count inside a quotation still open, that a person named in a later clause than the holder opens after a colon
  (在火箭队和上海队的感觉有什么区别，姚明表示：“这是两种生活环境…), is the speaker's words: no owner; a speaker glued to
  the holder (火箭队主教练X表示：“…) or a body speaking (万科表示：“…) still gives the holder;
- the parts or stages a whole is cut into (房价是由四部分组成, 体系包含三个阶段) are no holder's things: no owner;
- a place opening an organisation's name is part of that name, never the topic of the sentences after it
  (新加坡航空昨日公布业绩。上季共接载500万名乘客: the airline's); a place named alone still is (新加坡昨日公布…), and
  so is the place of a body that speaks (澳门特区政府卫生局8日表示，…。3名患者…: 澳门's);
- a place right after a verb of taking or closing (拿下, 连拿, 收购, 关闭…) that the organisation opening the clause
  does gives its count to that organisation (绿城集团以61亿元总价连拿苏州两个地王: 绿城集团's, not 苏州's); not when a
  person comes between (万达集团董事长王健林…), nor without such a verb (美国派兵进入阿富汗两个省).

(A short bracket's commas left uncut, tried for 绿城集团(企业专区,旗下楼盘)…, gave a game's 祝福灵石70个(资质，力…各10个)
to 灵石县 on real text: dropped.)

Every sentence is written for these tests and read as written (Simplified) and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts

# (text, counted head in Simplified, owner; None: no owner): each read otherwise on main
OWNERS = [
    ("在火箭队和上海队的感觉有什么区别，姚明表示：“这是两种生活环境，两个不同的生活。”", "环境", None),
    ("在火箭队和上海队的感觉有什么区别，姚明表示：“这是两种生活环境，两个不同的生活。”", "生活", None),
    ("记者问万科的情况，王石表示：“我们在北京有3个项目。”", "项目", None),
    ("上海的房价很高，房价是由四部分组成，一部分是土地。", "部分", None),
    ("绿城集团以61亿元总价连拿苏州两个地王。", "地王", "绿城集团"),
    ("绿城集团(企业专区,旗下楼盘)以61亿元总价连拿苏州两个地王。", "地王", "绿城集团"),
    ("万达集团昨日拿下北京3块土地。", "土地", "万达集团"),
    ("国美将关闭上海12家门店。", "门店", "国美"),
    ("西班牙的高等教育体系包含三个阶段。", "阶段", None),
    ("新加坡航空昨日公布业绩。上季共接载500万名乘客。", "乘客", "新加坡航空"),
]

# Controls: owners as on main
CONTROLS = [
    ("火箭队主教练阿德尔曼表示：“我们还有4场比赛。”", "比赛", "火箭"),  # the speaker speaks for his team
    ("万科表示：“公司在北京有3个项目。”", "项目", "万科"),  # the body itself speaks
    ("北京市今年新建了3所学校。", "学校", "北京市"),
    ("万科(中国)在北京有3个项目。", "项目", "万科"),
    ("苏州有两个地王。", "地王", "苏州市"),
    ("万达集团董事长王健林昨日拿下北京3块土地。", "土地", "北京市"),  # a person between: left as on main
    ("美国派兵进入阿富汗两个省。", "省", "阿富汗"),  # no verb of taking
    ("新加坡昨日公布数据。上季共接待500万名游客。", "游客", "新加坡"),  # a place alone is still a topic
    ("澳门特区政府卫生局8日表示，8日澳门新增6宗病例。3名患者治愈出院。", "患者", "澳门"),  # a body speaking
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS + CONTROLS, id_chars=24))
def test_owners110_owner(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
