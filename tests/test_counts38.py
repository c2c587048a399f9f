"""Issue 14, session 30 (counts38): counts and owners on real People's Daily and Sina passages.

- a run of results after N场/N轮 (11场不胜, 10轮不败, 3场未尝胜绩) is a game statistic, no count of games;
- an ordinal's list goes on with bare numbers (分获第二、三名, 第三至五位) and 中前N名 is a rank: no counts;
- 其中 + a count + a verb (其中约800家提供24小时服务, 其中3名需要手术) leaves the classifier standing for the set
  counted before, never the verb's object;
- 名/位 + a noun of people + a verb or preposition before a 的 (两位俄罗斯宇航员向我们展示佩戴的欧米茄) counts the people,
  the subject of that clause, not the noun after 的;
- N场 + a result (1场失利, 4场平局) is a record, no count;
- a noun of people, staff too, right before the 逾/约/近 a count opens with (雇用员工逾万人, 公司现有员工约3000人) is the
  thing counted (涉及员工5万多人, with nothing between, stays 人);
- owners: what a body detects, tracks or intercepts (国防部…共侦获共机15架次、共舰8艘) is the other side's, no owner
  before the verb; a holder between 除 and 外 (除工行外的10余家银行) is left out, no owner; two or more bodies listed
  glued to a count of more of them (招行和平安7家银行) are some of what it counts, none owns it.
Every sentence is written for these tests; forms are checked in Simplified, s2hk and s2tw, owners in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import (
    COUNT_SCRIPTS,
    assert_count_owner,
    both_scripts,
    count_owners,
    counts_in,
    in_script,
)

# (text, (value, counted head in Simplified) that must be read, one that must not)
FORMS = [
    ("对于8场不胜的客队来说，这是一场硬仗。", None, (8, "客队")),
    ("主队最近5场未胜。", None, (5, "未胜")),
    ("美国选手史密斯和日本选手田中分获第二、三名。", None, (3, "名")),
    ("他们的新片进入内地电影票房史中前五名。", None, (5, "名")),
    ("全市共有药店3000家，其中约600家提供夜间服务。", (600, "药店"), None),
    ("全市共有学生2000名，其中150名获得奖学金。", (150, "学生"), (150, "奖学金")),
    ("全省共有高校80所，其中12所设有医学院。", (12, "高校"), (12, "医学院")),
    ("拉科本赛季主场仅有1场失利。", None, (1, "失利")),
    ("两队近7次交手打出了4场平局。", None, (4, "平局")),
    ("该集团在港共有分店约200间，雇用员工逾万人。", (10000, "员工"), (10000, "人")),
    ("公司现有职工约3000人。", (3000, "职工"), (3000, "人")),
    ("园区内从业员工逾12万人。", (120000, "员工"), None),
]

# Controls: counts as before
FORM_CONTROLS = [
    ("他们在最近的8场比赛中赢了5场。", (8, "比赛"), None),
    ("本赛季还剩10场比赛。", (10, "比赛"), None),
    ("目前5名球员受伤。", (5, "球员"), None),
    ("前100名考生将获得奖学金。", None, (100, "考生")),
    ("全市有5所学校，其中2所中学。", (5, "学校"), None),
    ("他们在第三和第四季度共卖出5000台。", (5000, "台"), None),
    ("球队已经12轮不败，排名升至第三。", None, (12, "轮")),
    ("涉及员工3万多人。", (30000, "人"), None),
    ("现场观众超过2万人。", (20000, "观众"), None),
    ("每年获得政府资助的国际学生超过3万。", None, (30000, "学生")),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, present, absent", FORMS + FORM_CONTROLS, ids=lambda v: str(v)[:12])
def test_counts38_forms(nlp, script, text, present, absent):
    got = counts_in(nlp, in_script(text, script))
    if present is not None:
        assert present in got, got
    if absent is not None:
        assert absent not in got, got


@pytest.mark.parametrize("text", both_scripts(["专家们认为，华为手机质量很好。三位德国专家向记者展示使用的华为手机。"]))
def test_counts38_people_opening_a_clause(pipeline, text):
    """The people after 名/位 who do what the clause before 的 says are counted, not the thing after 的."""
    from zhkg.stages.normalise import to_simplified

    got = {to_simplified(k) for k in count_owners(pipeline, text)}
    assert "专家" in got and "手机" not in got, got


def test_counts38_part_keeps_the_whole_set(nlp):
    """The part after 其中 counts what the total counted, the span is the count alone."""
    got = counts_in(nlp, "旗下门市在全台已达6,800家，其中约800家提供24小时取货服务。", spans=True)
    assert ("约800家", 800.0, "门市") in got, got


# (text, counted head in Simplified, owner's name in Simplified or None)
OWNERS = [
    ("国防部今天表示，今日共侦获共机15架次、共舰8艘在周边活动。", "共舰", None),
    ("空军司令部宣布，今年共拦截到外国军机120架。", "军机", None),
    ("昨日记者联系了本地除工行外的10余家银行。", "银行", None),
    ("今年以来，招行和平安7家银行先后下调了手续费。", "银行", None),
]

# Controls: a body's own ships and aircraft stay its own
OWNER_CONTROLS = [
    ("海军司令部表示，海军共有主力舰艇26艘。", "舰艇", "海军司令部"),
    ("中信银行宣布在上海开设3家分行。", "分行", "中信银行"),
    ("交行总行以及全国36个分支机构正在研究。", "分支机构", "交行总行"),
    ("北京市3个区的居民参加了活动。", "区", "北京市"),
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS + OWNER_CONTROLS))
def test_counts38_owners(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
