"""Issue 14, session 28 (counts34): Hong Kong and Taiwan counts and owners left by invented probes.

- a classifier of cases (例 宗 起 单) counts the case noun closing its phrase, past what the cases are of
  (5例登革热境外移入病例: 病例, was 登革热); not past a noun of people, who may be the predicate's subject;
- a connector jieba glues to 约/近/逾 (达约, 占约) leaves the number approximate;
- a noun of people before a link and a bare multiplier is what it counts (内地旅客占约800万: 旅客);
- a time word before a number is no thing counted (今年累计已有120例: the classifier borrows 病例);
- 须/需 glued to a classifier is a modal, no thing (其中2栋须拆除: 栋 borrows 建筑);
- a glossary word jieba tags a place, glued after a noun, closes the phrase (50部电动巴士: 巴士);
- Taiwan's school levels are glossary words (32所国中小, 26所国小);
- a verb of filing alone after a classifier of papers or cases, before the phrase's end (收到3000份申请。);
- a negated verb right after the classifier is the predicate (约3,000份不符资格), but 不可 + verb is an adjective;
- a model's code before a noun names a kind of it (66架F-16V战机: 战机); one-character suffixes of people and works
  jieba leaves alone close the noun (60名医科生, 40部港产片);
- owners: 县内 after a verb stands for the county before it (…县政府统计，地震造成县内17栋建筑受损).
Every sentence is written for these tests and checked in Simplified and in Traditional (s2hk and s2tw).
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS as SCRIPTS
from helpers import approximate_flags as _approximate
from helpers import assert_count_owner, both_scripts, counts_in
from helpers import in_script as _script

# (text, [(value, counted head in Simplified)]): every count of the text, in order
FIXED = [
    ("卫生署今天公布，新增5例登革热境外移入病例。", [(5, "病例")]),
    ("今年累计已有120例。", [(120, "例")]),
    ("国内新增5例登革热境外移入病例，今年累计已有120例。", [(5, "病例"), (120, "病例")]),
    ("其中内地旅客占约800万。", [(8000000, "旅客")]),
    ("访港旅客达3000万。", [(30000000, "旅客")]),
    ("地震造成17栋建筑受损，其中2栋须拆除。", [(17, "建筑"), (2, "建筑")]),
    ("公司计划年内引入50部电动巴士。", [(50, "巴士")]),
    ("县内目前有32所国中小。", [(32, "国中小")]),
    ("港府共收到3000份申请。", [(3000, "申请")]),
    ("港府共收到万多份申请，当中约3,000份不符资格。", [(10000, "申请"), (3000, "申请")]),
    ("国军将采购66架F-16V战机。", [(66, "战机")]),
    ("该院今年将增收60名医科生。", [(60, "医科生")]),
    ("本港去年共有40部港产片上映。", [(40, "港产片")]),
]

# Controls: read as before
CONTROLS = [
    ("当局共接获3宗涉嫌贪污个案。", [(3, "个案")]),
    ("全县有26所国小将进行补强。", [(26, "国小")]),
    ("当局共接获120宗举报，", [(120, "举报")]),
    ("3例患者出现重症病例。", [(3, "患者")]),
    ("警方接获3宗劫案。", [(3, "劫案")]),
    ("共有180多处不可移动文物。", [(180, "文物")]),
    ("今年有3万名学生申请。", [(30000, "学生")]),
    ("40名议员投票。", [(40, "议员")]),
    ("病例已达68例。", [(68, "病例")]),
    ("两位型男到场。", [(2, "型男")]),
    ("3部电影上映。", [(3, "电影")]),
]

APPROXIMATE = ["运量达约320万人次。", "其中内地旅客占约800万。", "人口约有750万人。"]  # the last: a control
EXACT = ["运量达320万人次。", "最近3天共有5人到场。"]

OWNERS = [
    ("花莲县政府统计，地震造成县内17栋建筑受损。", "建筑", "花莲县"),
    ("新竹县政府指出，台风导致县内12所学校停课。", "学校", "新竹县"),
]
OWNER_CONTROLS = [
    ("北京市统计局数据显示，城市内共有3000家超市。", "超市", None),  # 市内 inside 城市内
    ("嘉义县政府指出，县内目前有120所国民小学。", "国民小学", "嘉义县"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, expected", FIXED)
def test_counts34_forms(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, expected", CONTROLS)
def test_counts34_controls(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", APPROXIMATE)
def test_counts34_glued_prefix_is_approximate(nlp, script, text):
    assert _approximate(nlp, _script(text, script)) == [True]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", EXACT)
def test_counts34_no_prefix_is_exact(nlp, script, text):
    assert not any(_approximate(nlp, _script(text, script)))


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS))
def test_counts34_county_within(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNER_CONTROLS))
def test_counts34_owner_controls(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
