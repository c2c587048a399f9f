"""Issue 14, round 15: counts that take an owner only from their own clause, and count forms of round 15's pool.

Owners: a few people pointed back to (两人, 三人) belong to a holder named in their own clause, never to the team,
party or topic of an earlier clause or sentence, and the points of a statement (三大看点, 两个理由) to none; a crowd
(200多人, people with no noun saying who they are) takes no holder of an earlier clause or sentence either, but
keeps one its own clause names and a team whose record heads the paragraph; funds counted (32只封闭式基金) are
a market's, no earlier company's, fund's or index's, unless their sentence says they are a company's own (旗下);
companies counted (两家公司) are no earlier clause's or sentence's company's. Forms: a
one-letter verb jieba glues to the number (由九款, 共九人) opens no count of its own; 系列 between nouns makes a
kind; a modal verb opens a 的-clause; a property after the phrase after 的 leaves the noun before 的 counted;
是 links a noun to the number it has (角色也是六个); 成 after a verb is no thing; 人 glued to the letter
after it (一万个人有) is the people counted. Every passage is written for
these tests, in Simplified and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_form, assert_count_owner, both_scripts

# (text, counted head, the owner it must have, or None for none)
OWNERS = [
    # people pointed back to: not the team of the clause before
    ("上海队在主场以98比90战胜广东队，终场前王明被替换下场，两人击掌庆祝。", "人", None),
    # ...nor the party a sentence before opens with
    ("国民党昨日召开中常会。会后，马英九与吴伯雄会面，两人谈了约50分钟。", "人", None),
    # ...while a holder in their own clause still owns them (a place's new cases)
    ("本港昨日再有两人确诊感染新型流感。", "人", "香港"),
    # the points of a statement: not the topic of the sentence before
    ("华信银行昨日发布年度报告。报告认为，明年楼市有三大看点。", "看点", None),
    # ...nor the holder of their own clause (the dev set's conventions: what is said, not what is had)
    ("华信银行有三大优势：网点多、服务好、费用低。", "优势", None),
    # a holder closing a list with 在内 (no 包括) is one of what is counted
    ("昨日，恒达地产在内的5家内地地产公司同时在港交所上市聆讯。", "公司", None),
    # a crowd (people with no noun saying who they are): not the topic of the sentence before...
    ("华信银行昨日在深圳举行开放日活动。现场有200多人排队参观。", "人", None),
    # ...nor the holder of an earlier clause of its sentence
    ("华信银行昨日在深圳举行开放日活动，现场有200多人排队参观。", "人", None),
    # ...while a holder of its own clause has its people
    ("华信银行现有员工3000人，网点120个。", "人", "华信银行"),
    # ...and so does the team whose record heads a game report's section
    ("上海队昨晚以98比90战胜广东队。上海队(20-5)取得五连胜，全队5人得分上双。", "人", "上海队"),
    # people written one by one (63个人): not an earlier sentence's topic...
    ("华信银行昨日在深圳举行开放日活动。当时现场一共有63个人，秩序良好。", "人", None),
    # ...but still the body an earlier clause of their sentence names (the seed's meeting room)
    ("华信银行总部的会议室，可容纳五十人座位的空间，间隔着坐了19个人。", "人", "华信银行总部"),
    # companies counted: not a company of an earlier clause (one of them)...
    ("证券业协会对华信证券和恒达基金进行点名批评，对两家公司多次违规提出警告。", "公司", None),
    # ...while an association still has its members
    ("中国地板协会今年新增理事单位。协会目前共有会员企业300多家。", "企业", "中国地板协会"),
    # funds counted are a market's: not the company a sentence before opens with...
    ("华信基金公司今年业绩出色。开盘交易的32只封闭式基金中，仅1只上涨。", "基金", None),
    # ...nor an index of the clause before
    ("沪基指今日收于3151点，开盘交易的32只封闭式基金中，24只上涨。", "基金", None),
    # ...unless their sentence says they are a company's own (旗下; 华信 is 华信基金公司's node since alias16)
    ("华信基金公司今日发布公告，将增加工商银行为代销机构。至此，华信旗下共有9只开放式基金在工行销售。", "基金",
     "华信基金公司"),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(OWNERS))
def test_count_owner(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


# (text, the (value, counted head) it must read, and one it must not)
FORMS = [
    # a property after the phrase after 的: the noun before 的 is counted
    ("去年该公司两只新基金的首募规模之和不及一次持续营销带来的申购量。", (2, "基金"), (2, "首募")),
    ("三家银行的贷款规模都在扩大。", (3, "银行"), (3, "贷款")),
    # 由 glued to the number (jieba: 由九款), and 系列 between two nouns
    ("《画壁》电影版九美图由九款仙女人物系列海报组成。", (9, "海报"), (9, "人物")),
    # 共 glued to the number (共九)
    ("赵霏和他的团队共九人，今年已上传58个作品。", (9, "人"), None),
    # a modal verb opens a clause describing the noun after 的
    ("他认为在此次对话中，有两个需格外关注的话题。", (2, "话题"), None),
    # 是 links the noun before it to its number
    ("《功夫熊猫》里的角色也是六个。", (6, "角色"), None),
    # 人 glued by jieba to the letter after it into no word (人有, 人后) is still the people counted
    # (the figure of speech 一万个人有一万个理由 is no count since counts101: tests/test_counts101.py)
    ("火箭队输球后，现场一万个人有说有笑地离开。", (10000, "人"), (10000, "人有")),
    ("认识了这两个人后，游戏在我心里渐渐有了她的形象。", (2, "人"), (2, "人后")),
    # 成 after a verb is its result, no thing counted
    ("魔法师后来分裂成两个，一个是灵魂，另一个是身体。", None, (2, "成")),
]


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts(FORMS))
def test_count_form(nlp, text, present, absent):
    assert_count_form(nlp, text, present, absent)
