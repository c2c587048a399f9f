"""Names the rules broke where the recogniser was right, round overrides64 (overrides61's leftovers, studied on
tune51 of ``bench/overrides51.py`` and tune49 of ``bench/foreign49.py``; every text here is written for the test):
an old state's army that scores is a player, a noun's locative jieba glued before a foreign name is none of it,
two fields joined by 和 in quotes are one bureau,
a body named by its aim keeps the verb opening it (促进投资委员会) and 学社 heads a name (哈佛燕京学社)."""

from __future__ import annotations

import pytest
from helpers import both_scripts


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # an old state's one-letter army that scores a goal is a player listed with another (org_state_body)
    ("主队分别由吴军和外援斯肯德破网。", [("吴军", "PERSON")], [("吴军", "ORGANIZATION")]),
    ("上半场赵军头球破门，下半场再入一球。", [], [("赵军", "ORGANIZATION")]),
    # 上 of 拍卖会上 is none of the foreign name after it (people:foreign, people:slot)
    ("据悉，拍卖会上安迪·沃霍尔、罗伊·利希滕斯坦的作品将亮相。", [("安迪·沃霍尔", "PERSON")],
     [("上安迪·沃霍尔", "PERSON")]),
    ("在昨晚的比赛中安迪·穆雷获胜。", [("安迪·穆雷", "PERSON")], [("中安迪·穆雷", "PERSON")]),
    # two fields joined by 和 in quotes are one bureau (org_department)
    ("巴基斯坦指责印度情报部门“调查和分析局”策划了爆炸。", [("调查和分析局", "ORGANIZATION")],
     [("分析局", "ORGANIZATION")]),
    # a body named by its aim keeps the verb that opens it (org_suffix)
    ("泰国总理10日主持召开促进投资委员会会议。", [("促进投资委员会", "ORGANIZATION")], [("投资委员会", "ORGANIZATION")]),
    # 学社 heads a society's name as 学院 heads a college's (org_suffix)
    ("哈佛大学哈佛燕京学社社长杜维明出席。", [("哈佛大学哈佛燕京学社", "ORGANIZATION")], [("哈佛", "ORGANIZATION")]),
], convert_names=True))
def test_leftovers_fixed(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the guards: old armies that fight, names after a plain noun, bureaus joined outside quotes
    ("吴军攻入城中，魏军大败。", [("吴军", "ORGANIZATION"), ("魏军", "ORGANIZATION")], []),
    ("唐军说，迪斯尼希望公演这部影片。", [("唐军", "PERSON")], []),
    ("发布会上约翰·史密斯说。", [("约翰·史密斯", "PERSON")], []),
    ("市政府召开投资委员会会议。", [("投资委员会", "ORGANIZATION")], [("开投资委员会", "ORGANIZATION")]),
    ("港府环境运输及工务局发言人表示。", [("环境运输及工务局", "ORGANIZATION")], []),
], convert_names=True))
def test_guards_hold(finds, text, present, absent):
    finds(text, present, absent)
