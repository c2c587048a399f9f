"""Issue 14, session 40 (owners158): members counted by their post or with their noun before the number.

Written from the studied halves only (the tune halves of ``bench/counts_web.py``, ``counts_owned59.py``,
``counts_real46.py``, ``counts_fresh19.py`` and ``count_owner_probes31.py``; the check and blind halves scored as
totals once at the start and once at the end). The owner misses there were classified: most are holders no
extractor names (scenic areas, 华宝兴业, 好美家, a conference behind 本次大会); the largest group of those whose
holder *is* named in the document is a team's roster read by post (捕手3人, 内野手7人, 外野手4人: the team of the
article, named paragraphs before). A count of a body's members belongs to the last body of their kind named before
it when its sentence names no holder (学生 of 湖南大学, 球员 of a 队): this round lets that rule see

* the posts of a team's players (投手, 捕手, 内野手/外野手, 门将, 前锋, 后卫…) as members of a 队;
* the members' noun written right before a bare count of people (捕手3人, 员工5000人, 门将2人), which otherwise
  reads as a crowd (3人) that nothing owns;
* and a body of the members' kind named before wins over the subject of a later clause of the count's sentence that
  is no such body (外野手5人为老将，中职球员则有三人: the team's, not the league's).

Every sentence is written for these tests and read as written (Simplified) and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, count_owners

from zhkg.stages.normalise import to_simplified

# (text, counted head in Simplified, the owners exactly; () for none): each read otherwise on main
OWNERS = [
    ("韩国队昨天公布了亚运会名单。\n捕手3人为金某、朴某和李某。", "人", ("韩国队",)),
    ("韩国队昨天公布了亚运会名单。\n内野手6人都来自职业联赛。", "人", ("韩国队",)),
    ("雄鹰队公布新赛季阵容。外野手5人为老将，中职球员则有三人。", "外野手", ("雄鹰队",)),
    ("万科集团去年营收增长。员工5000人都参加了培训。", "人", ("万科集团",)),
    ("上海申花队今年引进了两名外援。\n门将2人都是新人。", "人", ("上海申花队",)),
    ("长江大学今年扩招。\n学生8000人参加了军训。", "人", ("长江大学",)),
    ("雄鹰队公布新赛季阵容。\n内野手7人为张某和李某，中职球员则有王某；外野手4人都是新人。", "外野手", ("雄鹰队",)),
]

# A scenic area named by its place (九寨沟景区, 西昌邛海景区) holds what it receives, as a zone named so does
# (大连开发区): each read as its place's on main. All of a province's or a city's areas (全省景区, 四川景区,
# 成都景区) stay the place's.
SCENIC = [
    ("春节期间，阿坝州九寨沟景区接待游客18万人次。", "人次", ("九寨沟景区",)),
    ("西昌邛海景区今年共接待游客70万人次。", "人次", ("西昌邛海景区",)),
    ("乐山大佛景区去年接待游客300万人次。", "人次", ("乐山大佛景区",)),
    ("三亚亚龙湾度假区内共有酒店30家。", "酒店", ("三亚亚龙湾度假区",)),
]
SCENIC_CONTROLS = [
    ("春节期间，四川全省景区共接待游客3000万人次。", "人次", ("四川省",)),
    ("春节期间，四川景区共接待游客3000万人次。", "人次", ("四川省",)),
    ("春节期间，成都景区共接待游客500万人次。", "人次", ("成都市",)),
    ("春节期间，成都旅游景区共接待游客500万人次。", "人次", ("成都市",)),
    ("三亚的旅游度假区共有酒店30家。", "酒店", ("三亚市",)),
]

# Controls: owners as on main
CONTROLS = [
    ("韩国队昨天公布了亚运会名单。投手有12人。", "投手", ("韩国队",)),
    ("万科集团去年营收增长。有5000人参加了培训。", "人", ()),
    ("韩国队公布名单。\n球迷3000人在机场送行。", "人", ()),
    ("北京市今天召开会议。员工5000人参加。", "人", ()),
    ("警方昨天拘捕了3人。", "人", ()),
    ("北京国安队今天抵达广州。国安共有25名球员随队出征，其中外援4人。", "人", ("国安",)),
    ("万科集团今年裁员。华为公司员工3000人参加了活动。", "人", ("华为公司",)),
]


@pytest.mark.parametrize("text, counted, owners", both_scripts(OWNERS + CONTROLS + SCENIC + SCENIC_CONTROLS, id_chars=24))
def test_owners158_owners(pipeline, text, counted, owners):
    got = {to_simplified(k): {to_simplified(n) for n in v} for k, v in count_owners(pipeline, text).items()}
    assert counted in got, got  # the count is read
    assert got[counted] == set(owners)
