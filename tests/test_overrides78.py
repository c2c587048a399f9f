"""Names the recogniser reads right and the rules broke on general training text, round overrides78 (tune51's
groups of ``bench/overrides56.py`` and ``bench/overrides51.py --errors``; every text here is written for the
test): a team's name the team rule read from jieba's last word before 队 stays the model's whole name, brands and
trades listed before 等 and a kind of business are trades, a gathering's word before a role is no body, and a
one-letter surname before a kin address or of a person the document names in full is that person."""

from __future__ import annotations

import pytest
from helpers import both_scripts


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the model's team name longer than jieba's last word before 队 (combine._team_named_longer)
    ("上一场比赛，北京队以3比1击败尤他爵士队。", [("尤他爵士队", "ORGANIZATION")], [("爵士队", "ORGANIZATION")]),
    ("九十七中、首都儿研所队获男女成年组团体冠军。", [("首都儿研所队", "ORGANIZATION")], [("研所队", "ORGANIZATION")]),
    # brands and trades listed before 等 and a kind of business name trades (trade_frames._kinds_listed)
    ("许多精明的商人把五金化工、机电汽车等大生意做到了海外。", [],
     [("五金化工", "ORGANIZATION"), ("机电汽车", "ORGANIZATION")]),
    # a gathering's word before a role is no body's abbreviation (organisations.abbreviated_body)
    ("那天他是午餐会主持人，大家都很高兴。", [], [("午餐会", "ORGANIZATION")]),
    # a one-letter surname before a kin address, or of a person the document names in full (junk)
    ("那天早上，王大娘在自家门口发现了两个弃婴。", [("王", "PERSON")], []),
    ("饶舌的牛嫂不止一次地对儿子说，你要考上大学。", [("牛", "PERSON")], []),
    ("而葛洪生长的东晋时代，只是半壁河山，葛能由建康到遥远的广西。", [("葛", "PERSON")], []),
], convert_names=True))
def test_model_names_kept(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the guards: two teams the model runs together stay two, a player listed before a team is no part of it,
    # a time word opens no team's name, a one-letter piece of a name the document writes whole still goes
    ("山东队力克河北队。", [("山东队", "ORGANIZATION"), ("河北队", "ORGANIZATION")], [("山东队力克河北队", "ORGANIZATION")]),
    ("首发阵容：湖人队：费舍尔、科比、加索尔、拜纳姆黄蜂队：保罗、贝里内利。", [("黄蜂队", "ORGANIZATION")],
     [("拜纳姆黄蜂队", "ORGANIZATION")]),
    ("亨弗里斯本赛季在网队一度位置很不稳定，但自从交易截止日网队将新秀送走后，他就打上了主力。", [],
     [("交易截止日网队", "ORGANIZATION")]),
    ("华夏基金、南方基金等公司今日发布公告。", [("华夏基金", "ORGANIZATION"), ("南方基金", "ORGANIZATION")], []),
    ("周冬雨主演了这部电影。", [("周冬雨", "PERSON")], [("周", "PERSON")]),
], convert_names=True))
def test_rules_still_read(finds, text, present, absent):
    finds(text, present, absent)
