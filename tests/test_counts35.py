"""Issue 14, session 28 (counts35): counts and owners counts34 left.

- 本, 面 and 册 are classifiers only with a noun that takes them (``_TAKERS``): 2.5万本图书, 3万本书 (jieba's 本书),
  12面金牌, 藏书约80万册 count; 三本院校, 四面八方, 三面环海, 上下两册 count nothing;
- 班次 counts the trains or flights named before it (加开列车150班次: 列车), standing alone the runs (增加120班次);
- 突破 before a number is "over": approximate;
- a verb of becoming right after the classifier (改为, 成为) is the predicate (其中5所改为职业学校: 学校);
- owners: 全国 in Taiwan's own news (its places and well-known bodies lead to Taiwan, no mainland word for Taiwan)
  is Taiwan; a company opening the sentence and speaking of itself owns its units counted past 本港/全台 (恒生银行表示，
  今年将关闭本港6间分行), an authority does not (金管局表示，本港…); a body pointing out (指出) what it has owns it
  (长荣航空指出，今年将引进客机6架), a market's figures stay no one's.
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
    ("体育代表团共夺得12面金牌。", [(12, "金牌")]),
    ("市政府在广场升起20面国旗。", [(20, "国旗")]),
    ("市图书馆今年购入2.5万本图书。", [(25000, "图书")]),
    ("书店共售出3万本书。", [(30000, "书")]),
    ("馆内藏书约80万册。", [(800000, "藏书")]),
    ("港铁将加开列车150班次。", [(150, "列车")]),
    ("港铁今日增加120班次。", [(120, "班次")]),
    ("全区共有学校40所，其中5所改为职业学校。", [(40, "学校"), (5, "学校")]),
]

# Controls: nothing counted, or read as before
CONTROLS = [
    ("他考上了三本院校。", []),
    ("游客来自四面八方。", []),
    ("该岛三面环海。", []),
    ("这套书分上下两册。", []),
    ("该校共有学生3000名，其中200名来自外地。", [(3000, "学生"), (200, "学生")]),
    ("公司共有6个部门。", [(6, "部门")]),
]

APPROXIMATE = ["来客数突破1200万人次。", "全台门市总数突破6,800家。"]
EXACT = ["来客数达1200万人次。"]

OWNERS = [
    ("台北市政府今天公布，全国共有65所大学面临招生不足。", "大学", "台湾"),
    ("卫福部今天表示，全国共有500家医院参与计划。", "医院", "台湾"),
    ("恒生银行表示，今年将关闭本港6间分行。", "分行", "恒生银行"),
    ("长荣航空指出，今年将引进客机6架。", "客机", "长荣航空"),
]
OWNER_CONTROLS = [
    ("北京市政府今天公布，全国共有65所大学面临招生不足。", "大学", "中国"),
    ("岛内媒体报道，台北市今天公布，全国共有65所大学面临招生不足。", "大学", "中国"),  # the mainland's word for Taiwan
    ("金管局表示，本港目前共有1,200间银行分行。", "分行", "香港"),  # an authority speaks of the place's
    ("国金证券指出，今年共有12只基金发行。", "基金", None),  # a market's figure
    ("五月天在广州、台北、上海举办演唱会，全国总共会放映2000多场。", "场", "中国"),  # mainland cities named
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, expected", FIXED)
def test_counts35_forms(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, expected", CONTROLS)
def test_counts35_controls(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", APPROXIMATE)
def test_counts35_over_is_approximate(nlp, script, text):
    assert _approximate(nlp, _script(text, script)) == [True]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", EXACT)
def test_counts35_reaching_is_exact(nlp, script, text):
    assert _approximate(nlp, _script(text, script)) == [False]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS))
def test_counts35_owners(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNER_CONTROLS))
def test_counts35_owner_controls(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
