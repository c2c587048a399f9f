"""Issue 14, session 36 (counts134): a body named inside a count right before its staff owns them.

Written from the studied halves only (``bench/counts_uner45.py --errors``'s tune45: 125名五角大厦工作人员 read as the
airline's, the clause's subject; the check halves and the blind sets scored as totals once at the start and once at the
end): counts93's 207名全国人大代表 gave a body named inside the count the members it counts, but only for members,
students and a few trades (代表, 成员, 员工, 学生, 医生…); a body's staff named by their work (工作人员, 人员, 职员,
雇员, 工程师, 研究员, 记者…) went to the clause's subject, the speaker or nobody. Now they are the body's too. A place
inside the count stays a nationality or where the people are (2000名台湾旅客, 200名香港警员: as before).

The agent of a passive that names, ranks or lists (X被世界体育记者协会选为…25位运动员之一, 被联合国列为…) chooses the
things counted, it does not have them (tune45: 25位运动员 read as the association's): it owns no count its clause
holds after it; the subject before 被 still owns its own (华夏基金被证监会批准发行3只新基金).

The world as the scope of a count (全球共有20所…学校, 全世界有5家…公司) is no thing counted, as 全市 and 全国 already
were not (found while writing the tests above: 全球20所 read as 20 of 全球).

Every sentence is written for these tests and read as written (Simplified) and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_owner, both_scripts, counts_in_script

# (text, counted head in Simplified, owner; None: no owner): each read otherwise on main
OWNERS = [
    ("美国政府昨天宣布，20名联合国工作人员在加沙遇难。", "工作人员", "联合国"),
    ("香港特区政府今天说，已有50名微软雇员撤离。", "雇员", "微软"),
    ("美国政府派出300名波音公司工程师前往调查。", "工程师", "波音公司"),
    ("香港特区政府派出12名新华社记者。", "记者", "新华社"),
    ("据美联社报道，30名世界卫生组织职员抵达当地。", "职员", "世界卫生组织"),
    ("加藤泽男被世界体育记者协会选为20世纪最伟大的25位运动员之一。", "运动员", None),
    ("他被国际足联选为20世纪最伟大的25位球员之一。", "球员", None),
]

# Controls: owners as on main
CONTROLS = [
    ("全国人大今天开会，共有207名全国人大代表出席。", "人大代表", "全国人民代表大会"),
    ("公司派出300名台积电员工支援。", "员工", "台积电"),
    ("香港警方出动200名警员。", "警员", "香港"),
    ("约有2000名台湾旅客滞留日本。", "旅客", None),
    ("苹果公司今年共招聘了300名工程师。", "工程师", "苹果公司"),
    ("华夏基金日前被证监会批准发行3只新基金。", "基金", "华夏基金"),
    ("世界体育记者协会共有150个会员国。", "会员国", "世界体育记者协会"),
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS + CONTROLS, id_chars=24))
def test_counts134_staff_of_body(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


# (text, (value, counted head in Simplified)) that must not be read: each was read on main
NOT_READ = [
    ("该校被世界卫生组织选为全球20所健康促进学校之一。", (20, "全球")),
    ("全球共有20所健康促进学校。", (20, "全球")),
    ("全世界有5家最赚钱的公司。", (5, "全世界")),
    ("这是全球10个最值得保护的古城之一。", (10, "全球")),
]

# controls: read on main and now
READ = [
    ("全球共有20所大学入选。", (20, "大学")),
    ("全省有5个县。", (5, "县")),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), NOT_READ, ids=[t[:14] for t, _ in NOT_READ])
def test_counts134_world_is_no_thing(nlp, text, count, script):
    assert count not in counts_in_script(nlp, text, script)


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), READ, ids=[t[:14] for t, _ in READ])
def test_counts134_read(nlp, text, count, script):
    assert count in counts_in_script(nlp, text, script)
