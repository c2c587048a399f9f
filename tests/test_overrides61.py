"""Names the rules broke where the recogniser was right, round overrides61 (studied on tune51 of
``bench/overrides51.py`` and tune49 of ``bench/foreign49.py``; every text here is written for the test):
overrides56's leftovers fixed at their rule or table (德军部队, 英国电力网, 3连平, 正蓝旗, 静若磐石) and the damaging
groups narrowed (a team's home cut by a transliteration, a country's companies or schools read as one body, an old
state's army that speaks, 本 of 本周 glued to a name, a state's papers read as one paper)."""

from __future__ import annotations

import pytest
from helpers import both_scripts


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # an army's troops are one body, as the model reads them (org_state_body)
    ("玩家可以选择要加入反抗军或德军部队，至死方休的大战一触即发。", [("德军部队", "ORGANIZATION")],
     [("德军", "ORGANIZATION")]),
    # a network of power lines is no website (org_suffix's weak head 网)
    ("演习中他们首先对英国电力网进行袭击，造成大规模停电。", [("英国", "PLACE")], [("英国电力网", "ORGANIZATION")]),
    # a streak of draws after its count is no county (连平县)
    ("沙尔克近期3连平，积分落后。", [], [("连平", "PLACE")]),
    ("切尔西近5轮两连平后终于取胜。", [], [("连平", "PLACE")]),
    # the banner's name is Schalke's nickname where nothing of Inner Mongolia stands beside it
    ("正蓝旗客场2比1力克不莱梅。", [], [("正蓝旗", "PLACE")]),
    ("沙尔克04绰号正蓝旗，主场在盖尔森基兴。", [], [("正蓝旗", "PLACE")]),
    # the rock of a four-letter simile is no city (磐石市)
    ("他在场上静若磐石，动若脱兔。", [], [("磐石", "PLACE")]),
    ("球队的防守稳如磐石。", [], [("磐石", "PLACE")]),
], convert_names=True))
def test_leftovers_fixed(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a team whose name is written in transliteration letters keeps its home (武汉|雅琪队, not 汉雅琪队)
    ("八一队主场同武汉雅琪队以2∶2打平。", [("武汉雅琪队", "ORGANIZATION")], [("汉雅琪队", "ORGANIZATION")]),
    # a country's companies, even of a four-letter country or after another country's act, are no one body
    ("克林顿宣布将不制裁在伊朗投资的法国、俄罗斯和马来西亚公司。", [("马来西亚", "PLACE")],
     [("马来西亚公司", "ORGANIZATION")]),
    ("它将尽一切可能阻止向印度和巴基斯坦出口德国公司制造的武器。", [("巴基斯坦", "PLACE"), ("德国", "PLACE")],
     [("巴基斯坦出口德国公司", "ORGANIZATION")]),
    # a country's schools are no one school
    ("她请助手将镜头输入奥地利学校教育的电子网络中。", [("奥地利", "PLACE")], [("奥地利学校", "ORGANIZATION")]),
    # an old state's army speaks in no news story: a person
    ("唐军说，迪斯尼希望在总统访华前公演这部影片。", [("唐军", "PERSON")], [("唐军", "ORGANIZATION")]),
    # 本 of 本周末 is none of the name before it
    ("为美国副总统戈尔本周末访以作准备。", [("戈尔", "PERSON")], [("戈尔本", "PERSON")]),
    # a state's papers (俄报) are no one paper
    ("据俄报报道，到今年3月份，拖欠额已达75亿新卢布。", [], [("俄报", "ORGANIZATION")]),
    # a person joined to a state's body by 和 is no company
    ("贝克和美国务院负责近东事务的助理国务卿因迪克参加了会谈。", [("贝克", "PERSON")], [("贝克", "ORGANIZATION")]),
    # a county's short form amid a list of people is the person of that name
    ("胡启立、江华、黄火青等出席了会议。", [("江华", "PERSON")], [("江华", "PLACE")]),
], convert_names=True))
def test_damage_narrowed(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the guards: the places, bodies and people the narrowings must not touch
    ("连平县位于广东省北部。", [("连平县", "PLACE")], []),
    ("磐石市位于吉林省中部。", [("磐石市", "PLACE")], []),
    ("锡林郭勒盟正蓝旗草原上牛羊成群。", [("正蓝旗", "PLACE")], []),
    ("内蒙古正蓝旗举办那达慕大会。", [("正蓝旗", "PLACE")], []),
    ("浙江新闻网报道了此事。", [("浙江新闻网", "ORGANIZATION")], []),
    ("美国通用汽车中国公司宣布。", [("美国通用汽车中国公司", "ORGANIZATION")], []),
    ("上海美国学校今年招生。", [("上海美国学校", "ORGANIZATION")], []),
    ("美军说，一架战斗机坠毁。", [("美军", "ORGANIZATION")], []),
    ("日军进攻时，瑞典军与第三舰队会合。", [("日军", "ORGANIZATION"), ("瑞典军", "ORGANIZATION")], []),
    ("据新快报报道，市民称赞。", [("新快报", "ORGANIZATION")], []),
    ("主教练米卢本场比赛排出新阵容。", [("米卢", "PERSON")], []),
    ("华润万家与苏果签署协议。", [("华润万家", "ORGANIZATION")], []),
    ("张明、江华县、李四出席。", [("江华县", "PLACE")], []),
    ("湖南的江华、道县、宁远三县受灾。", [("江华", "PLACE")], []),
], convert_names=True))
def test_guards_hold(finds, text, present, absent):
    finds(text, present, absent)
