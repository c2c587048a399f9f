"""Round counts303: compounds and holders the web tune half's errors showed (issue 14).

Counts (``zhkg.extract``):

* 央企 is a word (``words.tsv``): jieba glued 央 to the classifier (31|家央企);
* jieba's 别的 cut out of a noun ending in 别 and a 的-clause's 的 (来自不同专业界|别的|人士) still closes the clause and
  the noun (``count_phrase_words._glued_other``);
* 调查 is a filed thing (12起贸易救济调查与…); a compound closes before a verb of completing (13个基层预警指挥服务站建成投用);
* a noun before the number closed by a facility's lone letter (公办|园35所), and a later count's own noun before it
  lends nothing to a count with its own (公办幼儿园2所,公办园7所);
* a lone numeral before a noun of people counts it outside a headline too (两辩方律师);
* teams named after 队 by what they are for (80队紧急抢修队伍);
* a noun of people is no verb before a name (两名现任议员民建联…);
* a property jieba cut in two (订单|量), 范围, and a plan's change (计划增至五条) are no things.

Owners (``zhkg.relate``): a place the text speaks of as its own (我县) is its topic, and its one-paragraph report's
holderless points are its own (``_ClauseReaders.own_place``, ``own_report``).

Each case runs as written (Simplified) and in Traditional; the texts are invented, of the forms the errors showed.
"""

from __future__ import annotations

import pytest

from tests.helpers import both_scripts
from tests.test_counts258 import owners_by_count
from tests.test_counts295 import _counts
from zhkg.records import Label, Mention, MentionSource
from zhkg.relate.count_companies import region_cut

_REPORT = ("12月20日,县十七届人大三次会议开幕。2024年我县取得了哪些成绩?聚焦“共同富裕”的新愿景,感受安溪的朝气。 "
           "【和】社会和谐治理有效 完成12个乡镇综治中心规范化建设; 9个基层预警指挥服务站建成投用; 2支森林消防专职中队顺利组建; "
           "全县 40座公益性水库划定范围。")

# (text, the count as written in Simplified, the thing it counts)
THINGS = [
    ("去年共有4家央企入围，其中3家央企来自北京。", "4家央企", "央企"),
    ("国资委管理的90家央企中,接近两成调整了董事长。", "90家央企", "央企"),
    ("校董会包括3名教育局人员及5名来自不同专业界别的人士。", "5名来自不同专业界别的人士", "人士"),
    ("另外4名不同专业界别的人士则是校长。", "4名不同专业界别的人士", "人士"),
    ("今年已对进口产品发起8起贸易救济调查与2起外国补贴调查。", "8起贸易救济调查", "调查"),
    ("今年已对进口产品发起8起贸易救济调查与2起外国补贴调查。", "2起外国补贴调查", "调查"),
    ("今年15个基层预警指挥服务站建成投用。", "15个基层预警指挥服务站", "服务站"),
    ("全县现有幼儿园40所,其中:公办园25所,民办园15所。", "公办园25所", "公办园"),
    ("全县现有幼儿园40所,其中:公办园25所,民办园15所。", "民办园15所", "民办园"),
    ("幼儿园中有省一类公办幼儿园2所,市一类公办园7所。", "公办幼儿园2所", "幼儿园"),
    ("判决后，两辩方律师即日入禀法院。", "两辩方律师", "律师"),
    ("水务署已派出80队紧急应变队伍巡查。", "80队紧急应变队伍", "队伍"),
    ("点票完成，两名现任议员民建联陈大文及工联会李小明成功连任。", "两名现任议员", "议员"),
    ("“5月份的订单量已经达到80多万台,生产计划排到了6月。”", "80多万台", "台"),
    ("公司目前投产三条生产线,未来计划增至五条,预计年产量2万吨。", "五条", "生产线"),
    ("预估下游受影响范围有3处，当局已撤离居民。", "3处", "处"),
]

# (text, a count the text must not yield, as written in Simplified)
NOT_COUNTS = [
    ("两岸居民和三峡移民都来了。", "两岸"),
    ("两岸居民和三峡移民都来了。", "三峡"),
    ("5家公司投资建设项目完成。", "5家公司投资建设项目"),  # an agent's object stays no compound of the count
]

# (text, the count as written in Simplified, its owner or None)
OWNERS = [
    (_REPORT, "9个基层预警指挥服务站", "安溪县"),
    (_REPORT, "2支森林消防专职中队", "安溪县"),
    # ...not where the text never speaks of the place as its own, nor only deep in the story (a paper's 我市
    # in a story about another place)
    (_REPORT.replace("我县", ""), "9个基层预警指挥服务站", None),
    (_REPORT.replace("我县", "") + "我县将继续努力。", "9个基层预警指挥服务站", None),
]


@pytest.mark.parametrize("text, count, thing", both_scripts(THINGS))
def test_thing(pipeline, text, count, thing):
    assert _counts(pipeline, text).get(count) == thing


@pytest.mark.parametrize("text, count", both_scripts(NOT_COUNTS))
def test_no_count(pipeline, text, count):
    assert count not in _counts(pipeline, text)


@pytest.mark.parametrize("text, count, owner", both_scripts(OWNERS))
def test_owner(pipeline, text, count, owner):
    assert owners_by_count(pipeline, text).get(count) == ({owner} if owner else set())


def test_region_after_a_company_is_no_holder():
    """A whole region's word after a company's stock code (统一超（2912）全台据点) says where its stores are."""
    text = "统一超（2912）全台据点合计已超过8,000家"
    firm = Mention("d", 0, 3, "统一超", "统一超", Label.ORGANIZATION, MentionSource.RECOGNISER)
    region = Mention("d", 9, 11, "全台", "台湾", Label.PLACE, MentionSource.DEIXIS)
    assert [m.simplified for _, _, m in region_cut([(0, 3, firm), (9, 11, region)], text)] == ["统一超"]
    far = "统一超在北部。全台据点合计已超过8,000家"  # a region opening its own clause stays a holder
    region = Mention("d", 7, 9, "全台", "台湾", Label.PLACE, MentionSource.DEIXIS)
    assert len(region_cut([(0, 3, firm), (7, 9, region)], far)) == 2
