"""Issue 14, session 39 (counts151): counts and owners read from the tune halves of the real-news dev sets.

- 以及 before a count is a list's link, not the instrument 以 of 以三个词概括 (whose noun ending the clause is the verb):
  the noun closing the phrase is still the thing (以及68艘特种潜艇。);
- 相关/有关 between two nouns of the phrase describes the noun after them (3份安保相关文件): the phrase goes on;
- a model named in Chinese with its Latin original bracketed (伊朗制见证者（Shahed）无人机) describes the noun after it;
- a verb and 人 that jieba leaves apart are one noun of people (两名被捕人, also before 的: 被捕人的住所);
- a noun jieba tags a verb before an unknown word taking 了 (两种需求推高了) is the thing, the word the predicate;
- a deputy's title keeps its 副 (1位副秘书长 counts deputy secretaries-general, not secretaries-general);
- Hong Kong's web news writes Arabic digits spaced off (调动了 11 條滅火喉, 逾 300 名警員): the space is no break;
- N类 counts kinds (分为两类, 等4类家电产品, …和…三类研发方向, 分化成三类。) where they cannot be a class: 两, a list's
  kinds, kinds closing a clause; 二类疫苗, 1类致癌物 and a bare 三类医疗器械 stay classes (类 was left out: counts145);
- 队 before teams it names as teams (26隊搜救隊伍) counts them; 两队 alone still counts the sides;
- 席 (seats) before the office holders it seats counts them (四席董事, 三席独董); 席 alone still counts seats;
- owners: the kinds a statement sorts things into (共有两类) are no holder's; 全州/我州 in an article about an autonomous prefecture stand for that prefecture, as 全市 for the city.
Every sentence is written for these tests; forms are checked in Simplified, s2hk and s2tw, owners in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_owner, both_scripts, counts_in, in_script

# (text, (value, counted head in Simplified) that must be read, one that must not)
FORMS = [
    ("该厂先后建造了20艘驱逐舰，以及35艘特种潜艇。", (35, "潜艇"), (35, "特种")),
    ("市政府采购了40辆公交车以及12辆特种车辆。", (12, "车辆"), (12, "特种")),
    ("调查人员带走了5份安保相关文件。", (5, "文件"), (5, "安保")),
    ("学校收到了8份教学有关材料。", (8, "材料"), None),
    ("该会新设1位副秘书长。", (1, "副秘书长"), (1, "秘书长")),
    ("市政府共有4名副市长。", (4, "副市长"), (4, "市长")),
    ("市场派在这次改选中拿下五席董事、两席独董。", (5, "董事"), (5, "席")),
    ("市场派在这次改选中拿下五席董事、两席独董。", (2, "独董"), (2, "席")),
    ("该党在议会赢得三席议员。", (3, "议员"), None),
    # a verb and 人 jieba leaves apart are one noun of people, also before 的 (被捕人, 失踪人)
    ("警员在三名被捕人的寓所内搜出一批毒品。", (3, "被捕人"), None),
    ("据悉，该两名被捕人是在旺角落网的。", (2, "被捕人"), (2, "人")),
    ("搜救队仍在寻找4名失踪人。", (4, "失踪人"), None),
    # a noun jieba tags a verb, then an unknown word taking 了: the noun is the thing, the word the predicate
    ("正是这两种需求推高了房价。", (2, "需求"), None),
    # 队 before teams named as teams counts them; N类 before the predicate counts kinds
    ("消防处派出12队搜救队伍。", (12, "队伍"), (12, "队")),
    ("政府派出4队救援队赶赴灾区。", (4, "救援队"), None),
    ("股市和楼市两类都在涨。", (2, "类"), None),
    # a model named in Chinese with its Latin original bracketed, before the noun counted
    ("俄军昨夜发射了45架伊朗制见证者（Shahed）无人机。", (45, "无人机"), (45, "见证者")),
    ("对方发射了2枚伊斯坎德（Iskander）导弹。", (2, "导弹"), None),
    # Hong Kong's web news spaces Arabic digits off the words around them
    ("行动中消防处调动了 15 条灭火喉。", (15, "灭火喉"), None),
    ("警方当晚派出逾 300 名警员到场。", (300, "警员"), None),
    ("当局昨日共拘捕 8 人。", (8, "人"), None),
    # N类: two kinds, a list's kinds, kinds closing a clause
    ("专家说，这些做法大致可分为两类。", (2, "类"), None),
    ("补贴覆盖电视、冰箱、空调等4类家电产品。", (4, "家电产品"), None),
    ("首期项目包括芯片、新材料和生物医药三类研发方向。", (3, "方向"), None),
    ("目前市场上的买家已分化成三类。", (3, "类"), None),
]

# Controls: the instrument 以 still ends the phrase before a verb closing the clause, 席 alone counts seats, a
# secretary-general without 副 stays one
FORM_CONTROLS = [
    ("他以三个字概括。", None, (3, "字概括")),
    ("民进党在这次选举中赢得了61席，国民党52席。", (61, "席"), None),
    ("大会设3位秘书长。", (3, "秘书长"), None),
    ("这家公司有5个副产品。", (5, "副产品"), None),
    ("队中共有5名运动员（athletes）。", (5, "运动员"), None),
    ("两队战成一比一平手。", (2, "队"), None),
    ("现场共有三个人。", (3, "人"), None),
    ("公司派出5名美国工人。", (5, "工人"), None),
    # a spaced number before no classifier counts nothing (a date, a time)
    ("会议于 2026 年 3 月 5 日 10 时举行。", None, (10, "时")),
    # a class, not kinds counted: 二类疫苗, 1类致癌物, 三类医疗器械 with no list before, 第一类
    ("家长可自愿为孩子接种二类疫苗。", None, (2, "疫苗")),
    ("该物质被列为1类致癌物。", None, (1, "致癌物")),
    ("企业生产三类医疗器械须经批准。", None, (3, "医疗器械")),
    ("第一类是继续涨价的卖家。", None, (1, "类")),
    ("近岸海域四类和劣四类海水占18%。", None, (4, "海水")),
    ("该海域三类、四类海水占两成。", None, (4, "海水")),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, present, absent", FORMS + FORM_CONTROLS, ids=lambda v: str(v)[:12])
def test_counts151_forms(nlp, script, text, present, absent):
    got = counts_in(nlp, in_script(text, script))
    if present is not None:
        assert present in got, got
    if absent is not None:
        assert absent not in got, got


# (text, counted head in Simplified, owner's name in Simplified or None)
OWNERS = [
    ("云南省大理白族自治州公安局昨日通报，去年全州共破获刑事案件3210起。", "刑事案件", "大理白族自治州"),
    ("甘孜藏族自治州文旅局介绍，春节期间我州共接待游客52万人次。", "人次", "甘孜藏族自治州"),
    # the kinds a statement sorts things into are no holder's, as its cases are (counts145)
    ("市规划委的专家介绍，这类规划共有两类，一类由政府给定。", "规划", None),
]

# Controls: 全州 in an American state's story stays the state's (read from the sentence's subject, as before), 全州县
# is a county of its own; a prefecture's own name keeps its counts
OWNER_CONTROLS = [
    ("加利福尼亚州州长表示，全州共有学校1万所。", "学校", "加利福尼亚州"),
    ("广西全州县今年共有学校120所。", "学校", "全州县"),
    ("大理白族自治州共有12个县市。", "县市", "大理白族自治州"),
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS + OWNER_CONTROLS))
def test_counts151_owners(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
