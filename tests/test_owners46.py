"""Issue 14, session 31 (owners46): count owners from the tune46 half of ``bench/counts_real46`` (whole THUCNews
article windows).

- owners: a place glued before 民族 names a people (弘扬中华民族优秀文化的…, 中华民族的共同命运), it owns nothing
  counted after it;
- owners: a 与 or 和 opening a clause is a preposition, no list link: the list after it glued to a count with as many
  items (…，与杜克、布朗、华盛顿三所学校并列) is what the count counts, and its last item owns none of it.
Every sentence is written for these tests and checked as written and in Traditional (OpenCC s2t); each row of
``OWNERS`` fails on main before this round.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts

# (text, counted head in Simplified, owner's name in Simplified or None)
OWNERS = [
    ("弘扬中华民族传统美德的共同愿望将两颗心连在一起。", "心", None),
    ("弘扬中华民族优秀文化的共同目标将两颗心紧紧联系在一起。", "心", None),
    ("该校今年升至第八，与杜克、布朗、华盛顿三所学校并列。", "学校", None),
    ("芝加哥大学连升3位，与加州理工、麻省理工、斯坦福、宾夕法尼亚四所学校并列第五。", "学校", None),
]

# Controls: places before other words, and lists whose items are not glued to a preposition, stay as they were
OWNER_CONTROLS = [
    ("中国有56个民族。", "民族", "中国"),
    ("北京市共有高校80所。", "高校", "北京市"),
    ("今年，广州市与深圳市签约，新建3所学校。", "学校", "广州市"),
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS + OWNER_CONTROLS))
def test_owners46_owners(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
