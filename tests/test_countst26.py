"""Issue 14, session 24 (countst26): counts in Traditional text, Hong Kong's and Taiwan's phrasing.

Every tune sentence of the counts dev set and of the fresh18/fresh19 tune halves was run in Simplified and through
OpenCC s2tw and s2hk: one count's owner differed (我國內地報告確診病例33例 had none; 我国内地 → 中国). The Traditional
path reads 內地 as a place of its own (Hong Kong's word for the mainland); right after 我国/中国 it is that China, one
place, as in Simplified. Invented Hong Kong and Taiwan sentences showed three classes wrong in both scripts: a
school derived across a connector (全港共有中學450間, 北京共有大学90所: 港共有中学, 北京共有大学 became the owner), 架次
read as 架 of 次, and 裁员 (a noun to jieba) taken for the thing counted (裁員約600人). Every passage is invented and
checked in Simplified and in Traditional (s2hk, s2tw). On the 732 eligible THUCNews rows the one other difference was
Taiwan's 著 for the particle 着 (隨著, 閒著: OpenCC's t2s leaves 著, so jieba read 人闲著 as the thing counted): 著 is 着
now in Traditional text unless it is the 著 of 著名, 显著, 土著, 著有….
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS as SCRIPTS
from helpers import assert_count_owner, both_scripts, counts_in
from helpers import in_script as _script

# (text, counted head, the owner it must have, or None for none)
OWNERS = [
    ("我国内地报告确诊病例33例。", "确诊病例", "中国"),
    ("中国内地共有大学生2000万名。", "大学生", "中国"),
    ("港府昨日宣布，全港共有中学450间，小学580间。", "中学", "香港"),
    ("北京共有大学90所。", "大学", "北京市"),
    ("中国内地共有大学2000所。", "大学", "中国"),
    ("国泰航空昨日宣布裁员约600人。", "人", "国泰航空"),
    # controls: a school named after its place still owns its counts; 内地 alone in Hong Kong's news is China
    ("香港中文大学宣布，该校将增聘教授50名。", "教授", "香港中文大学"),
    ("据统计，本港去年有逾3万名内地学生就读。", "学生", "香港"),
    ("香港卫生署昨日公布，本港新增确诊个案12宗。", "个案", "香港"),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(OWNERS, id_chars=24))
def test_count_owner_countst26(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


# (text, [(value, counted head)] read)
FORMS = [
    ("民航处表示，上月共有1.2万架次航班升降。", [(12000, "架次")]),
    ("国泰航空昨日宣布裁员约600人。", [(600, "人")]),
    ("公司今年裁员300人。", [(300, "人")]),
    # controls: 人次 counts itself; a plane counted by 架
    ("中华航空去年载客逾1500万人次。", [(15000000, "人次")]),
    ("该公司共有客机30架。", [(30, "客机")]),
    # 巴士, Hong Kong's bus, jieba tags a place: counted before its number too, not 4000 部 or no count
    ("九巴旗下共有巴士约4000部。", [(4000, "巴士")]),
    ("公司共有巴士4000辆。", [(4000, "巴士")]),
    ("公司共有客车4000辆。", [(4000, "客车")]),
    # Taiwan's 著 for the particle 着 (s2tw writes 閒著): 人闲著 was read as the thing counted
    ("路口三个人闲着无聊，正在那里说笑。", [(3, "人")]),
    ("路口站着三个人。", [(3, "人")]),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_countst26_forms(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected


@pytest.mark.parametrize(("traditional", "simplified"), [
    ("隨著產煤大省山西省進行企業重組", "随着产煤大省山西省进行企业重组"),
    ("三個人閒著無聊", "三个人闲着无聊"),
    ("這意味著", "这意味着"),
    # the 著 of writing and renown stays
    ("著名作家魯迅著有《吶喊》", "著名作家鲁迅著有《呐喊》"),
    ("成就顯著", "成就显著"),
    ("澳洲土著", "澳洲土著"),
])
def test_taiwan_particle_zhe(traditional, simplified):
    from zhkg.stages.normalise import normalise

    assert normalise(traditional).simplified == simplified


def test_zhu_alone_is_no_traditional_letter():
    """著 alone belongs to both scripts: folding Taiwan's particle does not make it a Traditional letter."""
    from zhkg.records import Script
    from zhkg.stages.normalise import detect_script

    assert detect_script("著名") is Script.UNKNOWN and detect_script("他著") is Script.UNKNOWN
