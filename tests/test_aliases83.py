"""Aliases within a document, round 83 (issue 15; zhkg.extract.alias_mentions): an abbreviation read off a public
body's or a school's name is no short name where the text writes its letters as part of other words.

- its last letter opens a word with the letters after it (发展中|大国 is no 中大 of 中国人民大学, 法国|院校 no 法国院
  of 法国顶尖管理学院): :func:`_cut_after`, jieba's words around it;
- its letters but the last are a place (加拿大|会有 is no 加拿大会 of 加拿大社区学院协会).
Controls: 首规委, 人社部 (before 部长), 统计局, 芝大, 康大 stay their bodies' short names, and 信实公司 / 信实集团
one company. Every sentence is written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, node_names

from zhkg.extract.alias_mentions import _cut_after


def joined(nodes, short, full):
    return any(short in names and full in names for names in nodes)


@pytest.mark.parametrize("text, start, end, expected", [
    ("中国是一个发展中大国，承担责任。", 7, 9, True),  # 发展中|大国
    ("包括两所综合大学和四所学院。", 4, 7, True),  # 综合大学
    ("法国院校与学生面谈。", 0, 3, True),  # 法国|院校
    ("研究人员说，芝大学者已完成调查。", 6, 8, False),  # 芝|大|学者
    ("首规委主任表示将加快审批。", 0, 3, False),
    ("统计局", 0, 3, False),  # the text's end
])
def test_cut_after(text, start, end, expected):
    assert _cut_after(text, start, end) is expected


@pytest.mark.parametrize("text, short, full", both_scripts([
    ("中国人民大学教授金灿荣日前表示，中国毕竟还是一个发展中大国，不能承担自己难以承受的担子。", "中大", "中国人民大学"),
    ("加拿大社区学院协会将与中国同行建立战略伙伴关系，本次展会上加拿大会有超过110所院校参展。", "加拿大会",
     "加拿大社区学院协会"),
    ("法国顶尖管理学院的代表将出席教育展，法国院校还将与学生一对一面谈。", "法国院", "法国顶尖管理学院"),
]))
def test_no_abbreviation_in_other_words(pipeline, text, short, full):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert not joined(nodes, short, full), nodes


@pytest.mark.parametrize("text, short, full", both_scripts([
    ("首都规划建设委员会昨天开会，首规委主任表示将加快审批。", "首规委", "首都规划建设委员会"),
    ("人力资源和社会保障部发布通知，人社部部长尹蔚民表示将推进改革。", "人社部", "人力资源和社会保障部"),
    ("国家统计局今天公布数据，统计局新闻发言人盛来运表示，物价涨幅回落。", "统计局", "国家统计局"),
    ("芝加哥大学的经济学家称，芝大的研究团队已完成调查。", "芝大", "芝加哥大学"),
    ("康涅狄格大学的学生表示，康大的课程很难。", "康大", "康涅狄格大学"),
    ("信实集团昨日公布业绩，信实公司股价上涨。", "信实集团", "信实公司"),
]))
def test_short_names_kept(pipeline, text, short, full):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert joined(nodes, short, full), nodes


def test_a_guessed_word_is_no_sign():
    # jieba's model joins 康大则 (no dictionary word): 康大 is still 康涅狄格大学's short name there
    text = "全国冠军。而康大则29次进入锦标赛"
    assert _cut_after(text, 6, 8) is False
