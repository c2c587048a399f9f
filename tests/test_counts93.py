"""Issue 14, session 34 (counts93): the right owner of a count.

Written from the studied halves only (``bench/counts_owned59.py``'s tune59, the owner probes, tune43 and tune46's
owned counts, and the COUNT -> owner edges of main's dump of the 715 eligible THUCNews rows):

- a place that the count's clause acts on, when that clause opens with its verb and names no subject of its own,
  is no owner: the organisation opening the clause before is (该公司…斥资120万元，拿下了…琼海的…5间酒店: the company's);
  not when that organisation speaks (X表示，…) or a person comes between;
- a holder that a verb governs inside a 的-clause of the count's clause, a second verb glued after it (报国务院审批的…
  规划总计达到100多个, 经国务院批准的项目), is what that clause acts on: no owner (调配给西城区的房源 stays the district's);
- words and sentences counted (只能用疯狂两个字形容) are a saying's: no owner;
- the places of a pair before 两国 (中意两国领导人…签署8项协议, 中国和美国两国) own nothing their clause counts;
- a place only the recogniser reads, with no gazetteer code and no name of a place that has things (a street, a road,
  a river, a name misread: 红木街, 广渠路), owns no count; one named so (西关村, 大台北区, 棠德花园) still does.

Every sentence is written for these tests and read as written (Simplified) and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts, count_owners

# (text, counted head in Simplified, owner; None: no owner): each read otherwise on main
OWNERS = [
    ("天宇公司在1月25日左右斥资120万元，拿下了三亚湾、大东海和琼海的博鳌三地5间酒店的500多个房间。", "酒店", "天宇公司"),
    ("天宇公司在1月25日左右斥资120万元，拿下了三亚湾、大东海和琼海的博鳌三地5间酒店的500多个房间。", "房间", "天宇公司"),
    ("这一轮报国务院审批的省级和城市土地利用总体规划总计达到100多个。", "总体规划", None),
    ("2009年3月以来，温州楼市的表现只能用疯狂两个字形容。", "字", None),
    ("外交部部长助理透露，中意两国领导人在会见后将共同签署8项协议。", "协议", None),
    ("中国和美国两国共有5个对话机制。", "机制", None),
    ("红木街共有74个检测站。", "检测站", None),
    ("广渠路15号地块调整规划方案，当时参加竞买的其他10家开发商表示不公平。", "开发商", None),
]

# Controls: owners as on main
CONTROLS = [
    ("北京市今年新建了3所学校。", "学校", "北京市"),
    ("万科在北京有3个项目。", "项目", "万科"),
    ("市建委调配给西城区的房源共有244套。", "房源", "西城区"),
    ("他们收购了万科的3个项目。", "项目", "万科"),
    ("国泰航空昨日公布业绩。上季共接载500万名乘客。", "乘客", "国泰航空"),
    ("北京市统计局公布，全市共有学校1500所。", "学校", "北京市"),
    ("今年经国务院批准的项目共有30个。", "项目", None),
    ("西关村共有800名居民。", "居民", "西关村"),  # the recogniser's village, no gazetteer's, still has its people
    ("河北省张北县地震重灾区人声鼎沸。连日来，该县的千名干部职工组成重建大军。", "干部职工", "张北县"),
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS + CONTROLS, id_chars=24))
def test_counts93_owner(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


# (text, counted head, a holder that must not own it): the place stays ruled out where the subject cannot be taken
NOT_OWNERS = [
    ("天宇公司在1月25日左右斥资120万元，拿下了三亚湾、大东海和琼海的博鳌三地5间酒店。", "酒店", "琼海市"),
    ("万科表示，收购了北京的3个项目。", "项目", "万科"),  # a speaker is no subject carried on
]


@pytest.mark.parametrize("text, counted, holder", both_scripts(NOT_OWNERS, id_chars=24))
def test_counts93_not_owner(pipeline, text, counted, holder):
    from zhkg.stages.normalise import to_simplified

    got = {to_simplified(k): {to_simplified(n) for n in v} for k, v in count_owners(pipeline, text).items()}
    assert counted in got, got
    assert holder not in got[counted], got


@pytest.mark.parametrize("text, expected", [
    ("拿下了琼海的5间酒店", True), ("又收购北京的3家门店", True), ("并将关闭上海的12家门店", True),
    ("北京有3家门店", False), ("在北京开设3家门店", False), ("表示北京有3家", False),
])
def test_counts93_clause_opens_with_verb(text, expected):
    from zhkg.relate.count_subject import _opens_with_verb

    at = next(i for i, ch in enumerate(text) if ch in "琼北上")
    assert _opens_with_verb(text, 0, at) is expected
