"""Issue 14, session 35 (owners116): count owners on text no rule was read from, as general readings.

Written from the studied halves only (``bench/counts_uner45.py --errors``'s tune45, ``bench/counts_eval.py --half
tune --errors``, tune59, tune46 and tune43's owned counts, the owner probes); the check halves and the blind sets
were scored once at the end:

- a place only the recogniser reads, no gazetteer's, owns its counts when the text says what place it is
  (X是瑞士的城镇, X位于…) or it is named as a temple, a palace or a port (依玛寺共有3座殿堂), though counts93 gives
  such a place nothing otherwise (a name misread: 英灵, 红木街);
- a person's kin counted (两个儿子) are no body's or place's; nor are the defendants a court judges (判决…5名被告) or
  the guests a body invites (诚邀…两位老总);
- places listed as the subject glued to the count (加州及德州已有7人) have it together or each: no owner; 两家 alone
  after two bodies (两家的顾客群体) is both's, as 两国 is;
- a holder of the kind counted opening the clause after a fronted count (两所著名大学，哈佛大学和…) is one of them,
  not their owner; a country glued before 人 (西班牙人在岛上建立了15座城市) is a nationality, no owner;
- 全国 glued right after a country (日本全国共有780所大学) is the whole of that country, not China.

Every sentence is written for these tests and read as written (Simplified) and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts

# (text, counted head in Simplified, owner; None: no owner): each read otherwise on main
OWNERS = [
    ("布里恩茨是瑞士的城镇，位于该国中部，2011年人口2900。", "人口", "布里恩茨"),
    ("灵岩寺共有4座殿堂。", "殿堂", "灵岩寺"),
    ("美军昨日炸死了该组织头目的两个儿子。", "儿子", None),
    ("台北地方法院昨日宣判，判决陈某等3名被告无罪。", "被告", None),
    ("卫生部门表示，加州及德州已有7人确诊。", "人", None),
    ("这里有两所著名大学，哈佛大学和麻省理工学院都在附近。", "大学", None),
    ("16世纪，西班牙人在岛上建立了15座城市。", "城市", None),
    ("宜家与尚屋的商品很像，但两家的顾客群体不一样。", "家", None),
    ("新浪乐居今天诚邀两位老总作客聊天室。", "老总", None),
    ("日本全国共有780所大学。", "大学", "日本"),
]

# Controls: owners as on main
CONTROLS = [
    ("北京目前共有3000家药店。", "药店", "北京市"),
    ("苏宁今年在北京新开了两家门店。", "门店", "苏宁"),
    ("全国共有3000所大学。", "大学", "中国"),
    ("中国人口有13亿人。", "人", "中国"),
    ("澳门特区政府公布，当地上月共接待300万名旅客。", "旅客", "澳门"),
    ("春节之前的4场比赛，江苏队输了其中的3场。", "比赛", "江苏队"),
    ("香港警方出动200名警员。", "警员", "香港"),  # officers sent, no guests: still the place's
    ("新浪网诚邀万科集团两位老总作客聊天室。", "老总", "万科集团"),  # the invited body's own heads
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS + CONTROLS, id_chars=24))
def test_owners116_owner(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
