"""Issue 14, session 17: who owns a count — general causes of the owner errors left on the working halves and the
counts audit.

People counted (九人) are never a holder's items, so the team before them owns them; a count inside a 的-clause
describes the holder right after it (只有7人上场的火箭); 对X来说 makes X the sentence's topic; a company's two-letter
name opening a clause before a body's verb is the company (长盛旗下); a company named by its kind alone
(资产管理公司), and 该公司 standing for it, own nothing; a nation's students are no university's; 全队 stands for a
club ``teams.tsv`` lists, the team whose record heads a game report first, else the subject of the sentence that
names the nearest team; a place after 在 and 有 with someone before it is where, and one after a verb of arriving; a
quotation speaking for its speaker's body is the body's; a sentence naming 全国 again goes on with it; an item of a
在内 list is no topic; 这 + a count takes no earlier sentence's holder; a statement's points (关键因素, 利好, 锦囊)
and a market's indices (美股三大指数) are no one's. Every passage is written for these tests and checked in
Simplified and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts

# (text, counted head, the owner it must have, or None for none)
CASES = [
    # people counted are the team's members, not a list of holders glued to the count (赵霏和他的团队共九人)
    ("北京星游科技有限公司负责人王立介绍，公司专做手机游戏。王立和他的团队共八人，今年已累计上传40个作品。",
     "人", "北京星游科技有限公司"),
    # a count inside a 的-clause describes the holder right after it: a verb between, or 拥有 before
    ("在刚刚结束的比赛中，只有8人出场的勇士队坐镇主场，以90比95不敌太阳队。", "人", "勇士"),
    ("这家拥有3000名员工的远大科技公司日前宣布将在成都设厂。", "员工", "远大科技公司"),
    # ...but not through another holder's 的, nor a list's
    ("如全球20所大学与李氏基金会的清华大学交流项目都已启动。", "大学", None),
    # 对X来说: X is the topic the sentence speaks for, not the country the count spreads over
    ("美华瓷砖公司成立于1990年。现在对美华瓷砖公司来说全国大概有两千家经销点。", "经销点", "美华瓷砖公司"),
    # a company's two-letter name opening a clause before 旗下 is the company
    ("招商银行昨日宣布与银华基金展开合作。银华旗下6只开放式基金均可在招行办理申购。", "基金", "银华基金"),
    ("招商银行昨日宣布与长信基金公司展开合作。长信旗下6只开放式基金均可在招行办理申购。", "基金", "长信基金公司"),
    # a company named by its kind alone is a generic noun: 该公司 does not stand for it, nor does it own anything
    ("许多券商立志做全能的资产管理公司。该公司去年同银行合作管理12只产品组合。", "产品组合", None),
    # a nation's students are no university's, even one named just before
    ("本届展会上将亮相早稻田大学等名校。据统计，其中韩国留学生为2万人。", "留学生", None),
    # ...while students with no nation said are still the university's
    ("本届展会上将亮相早稻田大学等名校。据统计，其中留学生为2万人。", "留学生", "早稻田大学"),
    ("温家宝来到湖南大学。随后他和等候在这里的近百名学生座谈。", "学生", "湖南大学"),
    # 全队 stands for a club teams.tsv lists, whose canonical name drops 队
    ("湖人队昨天主场击败了对手。全队有6人得分上双。", "人", "湖人"),
    # ...and, of the teams of the nearest sentence, for its subject, not its object
    ("湖人队昨天客场击败了凯尔特人队。全队共有6人得分上双。", "人", "湖人"),
    # a place after 在 and 有 is where someone the extractors did not mark has the count, not the owner
    ("据了解，悦购万家目前在全国拥有3000多家门店。", "门店", None),
    ("据了解，联华超市目前在全国拥有3000多家门店。", "门店", "联华超市"),
    ("“我们在全国有300多家分店，”联华超市总经理说。", "分店", "联华超市"),
    # ...while with no one before 在 the place has it
    ("光在东京就有上千家舞蹈学校。", "学校", "东京"),
    # a quotation speaking for the body whose officer speaks right after it is that body's
    ("“我们今年新开了30家门店。”联华超市表示。", "门店", "联华超市"),
    # an item of a 在内 list is one of the things counted, no topic of the sentences after it
    ("昨日，碧桂园在内的4家内地地产公司同时在港交所上市聆讯。消息人士称，总共有4家公司集中在昨日聆讯。", "公司", None),
    # a place after a verb of arriving (进军, 抢滩, 落户…) is a destination, no owner
    ("这些进军北京的外资银行目的各不相同，然而并非所有20家外资银行都有此实力。", "银行", None),
    # the points of a statement, their head kept whole with its modifier (关键因素) or 利好, are no one's
    ("火箭队昨天主场大胜。火箭队能够取胜有两大关键因素。", "关键因素", None),
    ("市场人士指出，如果这两大利好都能落实，南方基金的专户业务将迎来增长。", "利好", None),
    # ...and 该公司 standing for it has no owner either, not an earlier company with a name
    ("华夏基金去年业绩领先。许多券商立志做全能的资产管理公司。该公司去年同银行合作管理12只产品组合。", "产品组合", None),
    # a market named by its place's initial (美股, 港股) is a whole market: its indices are no country's
    ("上周全球股市普跌，美股三大指数周跌幅均在5%以上。", "指数", None),
    # tips are a statement's points, whatever place the headline names
    ("留学英国：5大锦囊助你适应新生活", "锦囊", None),
    # 这 + a count points back to what was just named: no earlier sentence's holder owns it
    ("全国人大常委会今天闭幕。会议审议了仲裁法草案和统计法修订草案，各方面对这两部法律案的意见比较一致。", "法律案", None),
    # ...but members pointed back to are still their body's
    ("温家宝来到湖南大学。随后他和这近百名学生座谈。", "学生", "湖南大学"),
    # a sentence naming 全国 again, not as its subject, goes on with the topic 全国
    ("截至2008年底，全国已建立各类自然保护区2538个。其中，国家级自然保护区303个，占全国自然保护区总数的11.9%。"
     "有28处自然保护区加入了国际网络。", "自然保护区", "中国"),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(CASES, id_chars=24))
def test_count_owner_session17(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
