"""Issue 14, round 14: counts' owners and forms that round 14's pool (tune14: property, home, games, fashion) showed.

Owners: a brand written before its trade (宏耐地板) and once before a word only a company takes is a company; the
Latin capitals an organisation's name ends in after a place (北京CBD) stand for it written alone; an event named in
quotation marks owns those it draws, and a place inside the name owns nothing; a person's team is the organisation
the person heads; a list of things glued to its count leaves it no owner but a holder before the list. Forms: 万余 opens a number; a noun jieba reads as one word before 地区/街道/路 is a place's name, no
count; an adjective clause or one opening with 有 before 的 describes the thing after 的; 拓展至 links a noun to its
number. Every passage is written for these tests, in Simplified and
in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_form, assert_count_owner, both_scripts

# (text, counted head, the owner it must have, or None for none)
OWNERS = [
    # a brand before its trade, once before 品牌/总部/专卖店, is a company wherever its name is written
    ("为庆祝品牌创立十周年，华岳地板将举办大型促销活动。活动期间，全系列八十余款地板特价销售。华岳品牌创立于1999年。",
     "地板", "华岳地板"),
    ("华岳品牌创立于1999年。记者了解到，华岳瓷砖今年新开了12家专卖店。", "专卖店", "华岳瓷砖"),
    # ...but a kind of goods before its trade (实木地板, 儿童家具) is no brand, even before 品牌
    ("实木地板品牌众多。卖场里有30多家实木地板专卖店，实木地板的价格普遍上涨。", "专卖店", None),
    # the Latin capitals ending an organisation's name after a place stand for it written alone
    ("上海CBD近年发展迅速。截至去年底，CBD区域已入驻企业8000多家，CBD的写字楼出租率达到九成。",
     "企业", "上海CBD"),
    # an event named in quotation marks owns those it draws; the place inside its name owns nothing
    ("5月2日在苏州举办的“恒达家居落户苏州三周年庆典”活动中，吸引了两千多名市民前来参观。", "市民",
     "恒达家居落户苏州三周年庆典"),
    # a person's team is the organisation the person heads (named before the post and the name)
    ("北京星游科技有限公司总经理 刘明远接受了采访。刘明远和他的团队今年已上线36款手机游戏，其中20款已经收费。",
     "手机游戏", "北京星游科技有限公司"),
    # ...and 团队 opening a later clause is that team
    ("北京星游科技有限公司总经理 刘明远接受了采访。刘明远和他的团队今年已上线36款手机游戏。团队12名成员都来自大公司。",
     "成员", "北京星游科技有限公司"),
    # a list of things glued to its count is what it counts: no earlier holder owns it…
    ("展厅以北欧风格为主，晨光系列和暮色系列两款产品成为主推新品。", "产品", None),
    # …while a holder before the list in its clause still does
    ("华岳品牌创立于1999年。华岳瓷砖推出了晨光系列和暮色系列两款产品。", "产品", "华岳瓷砖"),
    # ...and a person who heads no organisation of the document gives none
    ("刘明远是一名游戏爱好者。刘明远和他的团队今年已上线36款手机游戏。", "手机游戏", None),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(OWNERS))
def test_count_owner(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


# (text, the (value, counted head) it must read, and one it must not)
FORMS = [
    # 万余 opens its item of a list
    ("游戏首次实现数百张地图、上千个任务、万余种道具的内置。", (10000, "道具"), None),
    # a noun jieba reads as one word before 地区 is a place's name: no count there, nor where it is written again
    ("朝阳区三间房一带新开了两家酒吧，三间房地区的交通将得到改善。", (2, "酒吧"), (3, "房")),
    # a noun and an adjective before 的 describe the thing after it
    ("游戏中有多达20种功能各异的植物供玩家选择。", (20, "植物"), (20, "功能")),
    ("本届联赛有两支风格迥异的球队进入决赛。", (2, "球队"), (2, "风格")),
    # a clause opening with 有 (jieba may glue it to the classifier) says what the thing after 的 has
    ("记者采访了30名有购房计划的市民，多数人表示观望。", (30, "市民"), (30, "购房")),
    # ...while a plain noun before 的 stays the thing
    ("3个城市的居民参加了调查。", (3, "城市"), (3, "居民")),
    # 拓展至 links the noun before it to the number, not the thing of a count before
    ("游戏内有万余种道具，角色类型拓展至两千种。", (2000, "类型"), (2000, "道具")),
]


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts(FORMS))
def test_count_form(nlp, text, present, absent):
    assert_count_form(nlp, text, present, absent)
