"""Names the rules broke where the recogniser was right, round overrides69 (overrides64's leftovers and tune49's
next groups of ``bench/foreign49.py``; every text here is written for the test): a transliterated name's last
letter glued by jieba before a title stays, an ordinal session before a body's short form is the body's,
jieba's one word for the party and the government names no body, and a firm named after a person listed beside
firms stays a firm."""

from __future__ import annotations

import pytest
from helpers import both_scripts


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the last letter jieba glues to the name (吉坚赞) before a title is the name's (person_edges)
    ("会议请班禅额尔德尼·确吉坚赞副委员长出席。", [("班禅额尔德尼·确吉坚赞", "PERSON")], [("班禅额尔德尼·确吉坚", "PERSON")]),
    # an ordinal session the model reads before a body's short form is the body's (combine)
    ("今年，他又当选为第九届全国人大代表。", [("第九届全国人大", "ORGANIZATION")], [("全国人大", "ORGANIZATION")]),
    ("第十届全国人大一次会议在北京开幕。", [("第十届全国人大", "ORGANIZATION")], [("全国人大", "ORGANIZATION")]),
    ("他当选为第九届全国政协委员。", [("第九届全国政协", "ORGANIZATION")], [("全国政协", "ORGANIZATION")]),
    # 党和政府 is the party and the government, no body a place names (organisations)
    ("他说，中国党和政府十分重视发展同吉布提的友好合作关系。", [("中国", "PLACE")], [("中国党和政府", "ORGANIZATION")]),
    ("我国党和政府高度重视这项工作。", [], [("我国党和政府", "ORGANIZATION")]),
    # a firm named after a person, listed beside firms, stays a firm (combine)
    ("易胜博、interwetten同时开出客胜搭配，威廉·希尔、bet365也跟进。", [("威廉·希尔", "ORGANIZATION")],
     [("威廉·希尔", "PERSON")]),
    ("如摩根·斯坦利、美林集团等公司股票也有上乘表现。", [("摩根·斯坦利", "ORGANIZATION")], [("摩根·斯坦利", "PERSON")]),
], convert_names=True))
def test_model_names_kept(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the guards: a verb glued after a name and no title still goes, a body's short form alone stays the alias,
    # one body named by a field joined by 和 stays, people listed with people stay people
    ("叶甫根尼·普鲁申科住在莫斯科。", [("叶甫根尼·普鲁申科", "PERSON")], [("叶甫根尼·普鲁申科住", "PERSON")]),
    ("他参加了全国人大会议。", [("全国人大", "ORGANIZATION")], []),
    ("十一届全国人大常委会第八次会议闭幕。", [("十一届全国人大常委会", "ORGANIZATION")], []),
    ("美国食品和药物管理局批准了这种药。", [("美国食品和药物管理局", "ORGANIZATION")], [("药物管理局", "ORGANIZATION")]),
    ("上海市劳动和社会保障局发布通知。", [("上海市劳动和社会保障局", "ORGANIZATION")], []),
    ("约翰·史密斯、玛丽·史密斯和彼得·琼斯出席。", [("约翰·史密斯", "PERSON"), ("玛丽·史密斯", "PERSON")], []),
], convert_names=True))
def test_guards_hold(finds, text, present, absent):
    finds(text, present, absent)
