"""Issue 14, session 26 (counts28): an anaphor with no antecedent owns nothing; 岛内; X人数; nouns before their number.

An anaphor of ``anaphora.tsv`` opening a clause (该公司, 该校, 全队…) with no fitting body or place named before it
stood for nothing, so the count took the holder of an earlier clause or sentence: a place or a body of another kind
(北京市…。该公司共有员工500名 -> 北京市). Now such an anaphor stops every holder carried past it: no owner rather than a
wrong one. Not 当地/本地, which stand for the place the document names most when none fits before them; not a housing
project's or an event's word (该项目, 该活动: an unnamed campaign is often the holder's own), nor a place with no kind
(该地). 岛内, 全岛 and 本岛 with no island named before stand for 台湾, as 全台 does.

Forms: X人数 before a bare multiplier is a count of those people (参观人数达3万), and before N人 counts X (员工人数超过80万人:
员工); a time adverb between a noun and its number is no part of either (学生目前3000名); nouns jieba tags as verbs or
names are glossary nouns so the thing counted reads right (投诉, 外籍生, 考生, 员工, 养老院, 酒店…), which also lets a
facility after 旗下 or 新建 be counted (旗下养老院共有12家, 新建养老院20座). Every passage is written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS as SCRIPTS
from helpers import assert_count_owner, both_scripts, counts_in
from helpers import in_script as _script

# (text, counted head, the owner it must have, or None for none)
OWNERS = [
    # an anaphor with no fitting antecedent: no owner, not the place or body named before
    ("北京市昨日召开会议。该公司共有员工500名。", "员工", None),
    ("北京市昨日召开会议。目前该公司共有员工500名。", "员工", None),
    ("上海今年新开了10家商场。该校共有学生3000名。", "学生", None),
    ("深圳市体育局昨天表示，全队共有15名球员。", "球员", None),
    ("上海市昨天公布数据。该集团去年共开设20家门店。", "门店", None),
    # 当地 with no place before: the place the document names most
    ("当地新增确诊病例3例。广州市卫生局表示将加强防控。", "确诊病例", "广州市"),
    # 岛内, 全岛: Taiwan, though a body of another kind opens the sentence
    ("民进党昨日召开记者会，岛内共有300多所学校停课。", "学校", "台湾"),
    ("全岛共有300多所学校停课。", "学校", "台湾"),
    # X人数 and N人: X counted, owned as any count of them
    ("鸿海精密昨天在新北市举行股东会。董事长表示，公司今年将在美国威斯康星州及印度增设两座工厂，全球员工人数超过80万人。",
     "员工", "鸿海"),  # (canonically 鸿海)
    # a facility after 旗下 and after 新建, its noun before the number
    ("泰康集团表示，旗下养老院共有12家。", "养老院", "泰康集团"),
    ("泰康集团旗下的养老院已有12家。", "养老院", "泰康集团"),
    ("北京市今年新建养老院20座。", "养老院", "北京市"),
    # controls: a fitting antecedent, an unnamed event or campaign, an anaphor inside a clause
    ("万科集团昨日公布业绩。该公司共有员工3万名。", "员工", "万科集团"),
    ("据华商基金相关负责人介绍，该活动开展2个多月以来，已有超过4700名客户主动退订了纸质对账单。", "客户", "华商基金"),
    ("据相关负责人介绍，圣象集团为了此次活动，调动起全国各地的2300家门店。", "门店", "圣象集团"),
    ("香港特区政府昨日公布，本地共有外籍家庭佣工30万名。", "佣工", "香港"),
    ("海淀区新建了3所学校，新设5个社区卫生服务中心。", "学校", "海淀区"),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(OWNERS, id_chars=24))
def test_count_owner_session26_counts28(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


# (text, [(value, counted head)] read)
FORMS = [
    ("消委会去年共接获投诉2万宗。", [(20000, "投诉")]),
    ("该校今年招收外籍生300名。", [(300, "外籍生")]),
    ("今年全省共有考生30万名。", [(300000, "考生")]),
    ("学校共有学生目前3000名。", [(3000, "学生")]),
    ("参观人数达3万。", [(30000, "人数")]),
    ("全球员工人数超过80万人。", [(800000, "员工")]),
    ("公司员工人数已达5000人。", [(5000, "员工")]),
    ("北京市今年新建养老院20座。", [(20, "养老院")]),
    ("泰康集团表示，旗下养老院共有12家。", [(12, "养老院")]),
    # controls: 人 after the number is the thing; a sum of money is no count; a plain noun before its number
    ("参观人数达3万人。", [(30000, "人")]),
    ("投资额达3万。", []),
    ("学校共有学生3000名。", [(3000, "学生")]),
    ("今年3000名学生毕业。", [(3000, "学生")]),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_counts28_forms(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected
