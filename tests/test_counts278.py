"""Round counts278: count owners by the region's real kind, the place just named, and a clause's subject (issue 14).

* a bare 自治区 is an autonomous region, never a province of another kind the document names more
  (``zhkg.stages.resolve``), and 全区/全市/全县/全省 stand for the place of their kind named last before them in their
  sentence or the one before, not the one the document names most; 我区/本市 stay the writer's own place;
* a body after a determiner (本届, 此次) whose name opens with a place the body named before does not hold is another
  body, not that one (``zhkg.relate.count_forms._determined_bodies``: 东京奥运会…本届巴黎奥运会);
* a body after 在 in an earlier clause is where its clause's subject acts: the subject, opening that clause, owns the
  counts of the clauses after it (``_AroundReaders.framed_subject``: 代表团在本届运动会上，获得…);
* a place in a list an earlier clause's verb acts on (拓展日本、美国及东南亚等地…) is no owner carried on, as the list's
  first place already was not (``_BetweenReaders.owner_between``);
* a quotation that a body opening the sentence (or its officer) says, speaking of itself (我们, 我们公司), holds the
  body's own figures (``_BetweenReaders.speaker_before``), as one it says after the quotation did.

Each pipeline case runs as written (Simplified) and in Traditional.
"""

from __future__ import annotations

import pytest

from tests.helpers import both_scripts
from tests.test_counts258 import owners_by_count
from zhkg.stages.resolve import _deixis_fits

# (text, the count as written in Simplified, its owner or None)
OWNERS = [
    # 自治区 is an autonomous region: the nearest one, not the province the document names most
    ("湖南长沙接待游客80万人次，湖南常德接待游客50万人次，湖南岳阳接待游客40万人次。广西：自治区级旅游度假区接待游客200万人次。",
     "200万人次", "广西壮族自治区"),
    ("贵州省举办了展会，贵州省有50家企业参展。新疆：自治区级志愿服务队共有20支。", "志愿服务队共有20支", "新疆维吾尔自治区"),
    # 全县, 全市 after the county or city just named: that one, not the one named most
    ("湖北黄冈红安县接待游客70万人次。红安县的景区人气很旺，红安县还推出了新线路。同样，湖北宜昌秭归县接待游客超过40万人次。预计假期全县接待游客超过60万人次。",
     "超过60万人次", "秭归县"),
    ("杭州市今年新建学校20所。杭州市还将新建公园10个。宁波市今年也有新动作，全市新增停车位3000个。", "停车位3000个", "宁波市"),
    # ...and in a district's or a region's own article, its own
    ("银川市兴庆区召开会议。会议指出，全区新增就业岗位5000个。", "岗位5000个", "兴庆区"),
    ("宁夏回族自治区召开会议。银川市兴庆区代表发言。会上通报，我区新增就业岗位8000个。", "岗位8000个", "宁夏回族自治区"),
    # a body after a determiner whose name opens with another place: another edition, and 在 it a frame
    ("中国代表团曾在北京亚运会上获得大量金牌。中国体育代表团在本届杭州亚运会上，获得40个大项的参赛资格。", "40个大项", "中国体育代表团"),
    # a body after 在 in an earlier clause: the clause's subject owns the counts after it
    ("中国体育代表团在巴黎奥运会上，获得30个大项的参赛资格。", "30个大项", "中国体育代表团"),
    ("华为公司在本届世界移动通信大会上，展出了30款新产品。", "30款新产品", "华为公司"),
    ("香港代表团在今届全运会上，共取得8枚金牌。", "8枚金牌", "香港代表团"),
    # a list of places an earlier clause's verb acts on: none of them is carried, the clause's subject is
    ("比亚迪除强化本土研发，也积极拓展日本、泰国及巴西等地市场，全球员工总数达70万人。", "70万人", "比亚迪"),
    ("华为公司积极开拓德国、法国和意大利市场，海外员工共有3万人。", "3万人", "华为公司"),
    # a quotation a body's officer opens, speaking of "us": the body's figures, in the quotation's later sentences too
    ("浙江华宇机械有限公司总经理李明表示：“我们公司去年新上了两条生产线。目前，工厂共有200名员工。”", "200名员工",
     "浙江华宇机械有限公司"),
    ("江苏星辰纺织有限公司董事张华说：“我们主要生产面料。明年我们打算把织机增加到400台。”", "织机增加到400台", "江苏星辰纺织有限公司"),
    # ...not a person's alone, nor a body's not opening the sentence
    ("王芳说：“我们计划新开30家门店。”", "30家门店", None),
]


@pytest.mark.parametrize("text, count, owner", both_scripts(OWNERS))
def test_owner(pipeline, text, count, owner):
    assert owners_by_count(pipeline, text).get(count) == ({owner} if owner else set())


@pytest.mark.parametrize(
    "word, kind, name, fits",
    [
        ("全县", "县", "婺源县", True),
        ("全县", "县", "上饶市", False),
        ("全区", "区", "宁夏回族自治区", True),
        ("全区", "区", "兴庆区", True),
        ("自治区", "省", "江西省", False),
        ("自治区", "省", "内蒙古自治区", True),
        ("全市", "市", "宁波市", True),
    ],
)
def test_deixis_fits(word, kind, name, fits):
    assert _deixis_fits(word, kind)(name) is fits


@pytest.mark.parametrize("word, kind", [("我区", "区"), ("本市", "市"), ("全国", "国"), ("我县", "县"), ("全州", "州")])
def test_own_place_words_keep_the_home_place(word, kind):
    assert _deixis_fits(word, kind) is None
