"""Issue 14, session 22 (counts23): Hong Kong and Taiwan count forms and their counted nouns.

Read from invented Hong Kong and Taiwan sentences and the tune halves' errors: a word of size ending in 额 (大额, 巨额)
describes the noun after it and is no property that leaves the classifier standing alone (今年录得8宗大额交易 counts
交易); 意外, which jieba tags as an adjective, is the head when glued after a noun (120宗交通意外 counts 意外, not
交通); 投票 and 表决 after the head open the predicate (八十多名议员投票 counts 议员), and so does a verb jieba glued
to its object (30名议员出席会议: 议员, not 会议). A police or accident report's N男N女 (拘捕两男一女) counts the men and
the women, as N死N伤 counts the dead and the hurt, and the men and women hurt in an accident (Hong Kong's 意外) are no
place's; ages between the classifier and 的 (两名分别28及30岁的男子, 七名年龄介乎20至40岁的男子) describe the people
after 的. Controls: forms read before stay as they were (两名工人, 逾千人, 近百间学校, 万余名市民, 确诊者3名, 32宗投诉).
Every sentence is written for these tests and checked in Simplified and in Traditional (counts: s2hk and s2tw).
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS as SCRIPTS
from helpers import assert_count_owner, both_scripts, counts_in
from helpers import in_script as _script

# (text, [(value, counted head in Simplified)]): every count of the text, in order
FIXED = [
    # a word of size ending in 额 describes the noun after it
    ("今年首季录得8单大额交易。", [(8, "交易")]),
    ("今年共有8宗大额交易。", [(8, "交易")]),
    # 意外 glued after a noun is the accident counted
    ("去年共发生120宗交通意外，造成5人死亡。", [(120, "意外"), (5, "人")]),
    ("本港上月发生两宗工业意外。", [(2, "意外")]),
    # 投票/表决 and a glued verb and object after the head are the predicate
    ("共有八十多名议员投票。", [(80, "议员")]),
    ("有60名议员投票支持。", [(60, "议员")]),
    ("共有30名议员出席会议。", [(30, "议员")]),
    # N男N女 of a police or accident report: the men and the women, each a count (as N死N伤)
    ("警方拘捕两男一女。", [(2, "男"), (1, "女")]),
    ("车上三男两女受伤送院。", [(3, "男"), (2, "女")]),
    ("两女一男被捕，年龄介乎20至35岁。", [(2, "女"), (1, "男")]),
    # ages between the classifier and 的 describe the people after 的
    ("警方拘捕两名分别28及30岁的男子。", [(2, "男子")]),
    ("七名年龄介乎20至40岁的男子被捕。", [(7, "男子")]),
    ("有两名约40岁的女子受伤。", [(2, "女子")]),
    ("三名28岁的男子被捕。", [(3, "男子")]),
]

# Controls: Hong Kong and Taiwan forms read before this round, unchanged
CONTROLS = [
    ("事故造成两名工人受伤。", [(2, "工人")]),
    ("逾千人参加了昨天的游行。", [(1000, "人")]),
    ("全港近百间学校今天停课。", [(100, "学校")]),
    ("万余名市民到场观看。", [(10000, "市民")]),
    ("多达三十艘渔船被扣留。", [(30, "渔船")]),
    ("本港新增确诊者3名。", [(3, "确诊者")]),
    ("当局共接获32宗投诉。", [(32, "投诉")]),
    ("上周共有三宗严重交通事故。", [(3, "交通事故")]),
    ("全台有逾300所大学。", [(300, "大学")]),
    ("机场共有48架飞机停泊。", [(48, "飞机")]),
    ("共有3名武装人员被捕。", [(3, "人员")]),
    ("新增确诊个案23宗。", [(23, "个案")]),
    ("公司去年接获3单巨额订单。", [(3, "订单")]),
    ("立法会共有35名议员表决。", [(35, "议员")]),
    ("有500名代表出席大会。", [(500, "代表")]),
    ("火警造成一死两伤。", [(1, "死"), (2, "伤")]),
    # not N男N女: a letter after it makes a noun (女子), and two of one sex are no pair
    ("一男一女子在场。", []),
    ("这是一个20岁的年轻人。", []),
    # a property ending in 额 still leaves the classifier standing alone (the funds' amount is no count of 额)
    ("99只净值上扬。", []),
]

# (text, counted head, owner or None): the men and women hurt in an accident Hong Kong calls 意外 are no place's, as
# the dead and hurt of session 21; the accidents and the members voting keep their holder
OWNERS = [
    ("元朗昨晚发生交通意外，车上三男两女受伤送院。", "男", None),
    ("元朗昨晚发生交通意外，车上三男两女受伤送院。", "女", None),
    ("元朗昨晚发生交通意外，车上五人受伤送院。", "人", None),
    ("立法会共有八十多名议员投票。", "议员", "立法会"),
    ("北京今年发生了很多变化，新增3000名教师。", "教师", "北京市"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, expected", FIXED)
def test_counts23_heads(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, expected", CONTROLS)
def test_counts23_controls(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS))
def test_counts23_owners(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
