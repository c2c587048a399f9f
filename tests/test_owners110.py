"""Issue 14, session 34 (owners110): the leftovers of counts93 and counts101, read as general rules.

Written from the studied halves only (``bench/counts_owned59.py --errors``'s tune59, the owner probes, tune43 and
tune46's owned counts, and the COUNT -> owner edges of main's dump of the 715 eligible THUCNews rows):

- a count inside a quotation still open, that a person named in a later clause than the holder opens after a colon
  (在火箭队和上海队的感觉有什么区别，姚明表示：“这是两种生活环境…), is the speaker's words: no owner; a speaker glued to
  the holder (火箭队主教练X表示：“…) or a body speaking (万科表示：“…) still gives the holder;
- the parts a whole is cut into (房价是由四部分组成) are no holder's things: no owner.

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
]

# Controls: owners as on main
CONTROLS = [
    ("火箭队主教练阿德尔曼表示：“我们还有4场比赛。”", "比赛", "火箭"),  # the speaker speaks for his team
    ("万科表示：“公司在北京有3个项目。”", "项目", "万科"),  # the body itself speaks
    ("北京市今年新建了3所学校。", "学校", "北京市"),
    ("万科(中国)在北京有3个项目。", "项目", "万科"),
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS + CONTROLS, id_chars=24))
def test_owners110_owner(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
