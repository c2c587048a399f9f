"""Issue 14, session 27 (counts33): counts of Taiwan and Hong Kong news left by counts32's probes.

- Taiwan's 里 (a neighbourhood), which jieba glues to 个 (456个里): counted after digits, before a break or a
  list's link (not 这三个里，…: "among these three");
- one character jieba glues to the classifier (宗爆) opens the head of the word after it (1234宗爆窃案: 爆窃案);
- a verb of filing (申请 投诉 举报 检举 检测 申诉 求助 报案) after a noun and before the phrase's end is the thing
  a classifier of papers or cases (份 宗 件 项 起 封) counts (近3万份入学申请: 申请, was 入学); after a classifier
  of people or 个 it stays the predicate (3万名学生申请, 3个家庭申请);
- a noun, a two-character verb and a noun that closes compounds (设施 项目 中心 系统 平台 …) are one thing
  (3个社区隔离设施: 设施, was 社区); not after a classifier of people or bodies, nor after a body that could act
  (3个部门推动项目), and a predicate's object that is no such noun stays out (3个村庄遭受洪灾).
Every sentence is written for these tests and checked in Simplified and in Traditional (s2hk and s2tw).
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS as SCRIPTS
from helpers import counts_in
from helpers import in_script as _script

# (text, [(value, counted head in Simplified)]): every count of the text, in order
FIXED = [
    ("台北市共有12个行政区、456个里，人口约250万人。", [(12, "行政区"), (456, "里"), (2500000, "人")]),
    ("该区共有38个里。", [(38, "里")]),
    ("警方破获1,234宗爆窃案。", [(1234, "爆窃案")]),
    ("今年收到近3万份入学申请。", [(30000, "申请")]),
    ("委员会去年接获320宗市民举报。", [(320, "举报")]),
    ("化验所完成1,500份样本检测。", [(1500, "检测")]),
    ("消委会共接获85件消费申诉。", [(85, "申诉")]),
    ("政府设立3个社区隔离设施。", [(3, "设施")]),
    ("双方签署1400多个国际学者交流访问项目。", [(1400, "项目")]),
]

# Controls: read as before
CONTROLS = [
    ("这三个里，有两个是好的。", []),
    ("三个月里，他去了两次。", []),
    ("今年有3万名学生申请。", [(30000, "学生")]),
    ("有3个家庭申请。", [(3, "家庭")]),
    ("3个村庄遭受洪灾。", [(3, "村庄")]),
    ("警方接获3宗劫案。", [(3, "劫案")]),
    ("去年共有2,000宗投诉。", [(2000, "投诉")]),
    ("两个村民到场。", [(2, "村民")]),
    ("3个部门推动项目。", [(3, "部门")]),
    ("3名工人参与项目。", [(3, "工人")]),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, expected", FIXED)
def test_counts33_forms(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, expected", CONTROLS)
def test_counts33_controls(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected
