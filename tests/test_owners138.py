"""Issue 14, session 37 (owners138): the great N of a kind (三大名茶, 五大工程) is an epithet, no place's count.

Written from the studied halves only (the tune halves of ``bench/counts_eval.py``, ``counts_uner45.py``,
``counts_real46.py``, ``counts_owned59.py`` and ``counts_web.py``; the blind and check halves scored as totals once
at the start and once at the end): of the 26 gold counts written N大 + a noun in those halves (四大名茶, 两大块,
三大指数, 十大产业, 五大投行…), 25 have no owner, while the reader gave the place before them (香港四大名茶 → 香港)
or a team or body of an earlier clause (…公牛在…两大块上). Such a count names a class by its fame or rank: a place
never owns it, and a body only when its own clause names it (阿里巴巴旗下两大电商平台, NBA比赛的三大…转播商);
a place speaking of itself (本市五大重点工程, 我省三大产业) still does. A big measure (两大箱, 三大碗) is no epithet.

A place after 从 (or 遍布…) is where the counted come from, never their owner, and so is 全国, 全省 written right after
it (tune45: 从日本全国选出1000户移民 read as 日本's, 全国 standing for it): 在北京全市 stays Beijing's.

A place glued before 语 names a language (西班牙语是世界上超过4亿人的母语: read as Spain's, found judging a sample of
the corpus's owners, rows no rule was read from): it owns nothing, as a place before 民族 or 籍 already did not.

Every sentence is written for these tests and read as written (Simplified) and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts

from zhkg.relate.count_scope import epithet_count

# (text, counted head in Simplified, owner; None: no owner): each read otherwise on main
OWNERS = [
    ("游客到杭州最爱买的是浙江三大名茶。", "名茶", None),
    ("广东省四大名园吸引了大批游客。", "名园", None),
    ("日本三大名城之一的大阪今天下雪。", "名城", None),
    ("美国三大汽车公司今年都在裁员。", "公司", None),
    ("中国银行昨天发布年报。报告提到了明年的三大发展方向。", "方向", None),
    ("样本来自广州市5个区3大类人群。", "人群", None),
    ("政府从日本全国招募了1000户移民。", "户", None),
    ("从日本全国来的500名代表参加了会议。", "代表", None),
    ("公司从广东全省招聘了300名工人。", "工人", None),
    ("西班牙语是世界上超过4亿人的母语。", "人", None),
    ("日本语学校今年招收了300名学生。", "学生", None),
]

# Controls: owners as on main
CONTROLS = [
    ("阿里巴巴旗下两大电商平台今年销售额大增。", "平台", "阿里巴巴"),
    ("腾讯公司今天发布了微信的五大功能。", "功能", "腾讯公司"),
    ("上海市政府今天公布了本市五大重点工程。", "工程", "上海市"),
    ("广东省有21个地级市。", "地级市", "广东省"),
    ("国庆期间又逢中秋，两大节日让北京的商场客流大增。", "节日", None),
    ("在北京全市共建成100所学校。", "学校", "北京市"),
    ("日本全国共有800所大学。", "大学", "日本"),
    ("政府从日本招募了1000户移民。", "户", None),
    ("西班牙人口有4700万人。", "人", "西班牙"),
    ("样本来自广州市5个区。", "区", "广州市"),
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS + CONTROLS, id_chars=24))
def test_owners138_owners(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


@pytest.mark.parametrize(("count_text", "expected"), [
    ("三大名茶", True), ("这两大利器", True), ("十大产业", True), ("两大块", True),
    ("两大箱", False), ("三大碗米饭", False), ("3个大项目", False), ("21个地级市", False), ("大约300人", False),
])
def test_owners138_epithet_form(count_text, expected):
    assert epithet_count(count_text) is expected
