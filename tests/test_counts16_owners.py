"""Issue 14, round 16: a place describing the noun after it is no topic of the sentences after it.

A sentence that names no holder carries the topic of an earlier sentence (第二炮兵是…。只有一个装备方队… -> 第二炮兵). A place
is such a topic when it is the subject (北京有…, 平谷区共有…), not when it only describes the noun after it (京城街头…,
美国高校…, 上海市有关部门…, 洛杉矶华人律师…): jieba's dictionary says the word after the place is a noun. The place
still carries to a count of that very noun (武汉楼盘…。…11个楼盘), to a tally whose classifier counts itself (…6400套),
when it opens an organisation's name, and when it describes its own market (深圳市场同样降温。…3000套住宅). A place
where an accident happened (…发生车祸, 石家庄倒楼事故) owns none of the people its clause counts: they are the accident's.
A place describing a noun inside the predicate of its clause (对如何提高澳大利亚国际教育的质量…提出了41项建议) owns
nothing that clause counts; one opening the clause (今年加拿大展团有…) still does (since owners165, session 41, through
the delegation it names: 加拿大展团).
Every passage is written for these tests, in Simplified and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts

from zhkg.relate.count_topics import counts_itself, describes_noun

# (text, counted head, the owner it must have, or None for none)
OWNERS = [
    # a place describing the noun after it opens the sentence before: no topic of the count
    ("京城街头近来流行亮色穿搭。专家提醒，全身最好不超过三种颜色。", "颜色", None),
    ("上海市有关部门近期颁布通知，要求在建工地停工整顿。受影响的项目基本涉及三大类别。", "类别", None),
    ("美国高校普遍重视课外活动。有位老师告诉记者，她今年带了12名研究生。", "研究生", None),
    ("香港市民对新政反应强烈。一位店主说，他这个月只卖出了三台冰箱。", "冰箱", None),
    # ...while a place as the subject is (北京有…, 平谷区…今年)
    ("北京有不少民办学校。今年又新开了三所学校。", "学校", "北京市"),
    ("平谷区今年加快新农村建设。全年共改造了15个村庄。", "村庄", "平谷区"),
    # a place describing the very noun counted later still owns it
    ("武汉楼盘本周集中上市。初步统计，本周上市的11个楼盘中，既有新盘也有老盘。", "楼盘", "武汉市"),
    # ...and a tally whose classifier counts itself
    ("北京豪宅销售量正进入热销阶段。7月住宅上市总体萎缩，共6400套。", "套", "北京市"),
    # ...and its market stands for the place
    ("广州楼市持续升温。上周新房共成交2100套住宅。", "住宅", "广州市"),
    # a place where an accident happened owns none of its dead and hurt...
    ("石家庄倒楼事故已致10人遇难。", "人", None),
    ("台南一工地昨日发生坍塌事故，造成5名工人受伤。", "工人", None),
    ("香港元朗昨日发生严重车祸，造成3人死亡。", "人", None),
    # ...while it keeps its tally of accidents, and people its clause counts otherwise
    ("北京上月发生120起交通事故。", "交通事故", "北京市"),
    ("香港今年有3人死于流感。", "人", "香港"),
    ("北京今年发生了很多变化，新增3000名教师。", "教师", "北京市"),
    # a place describing a noun inside the predicate of its clause owns nothing the clause counts...
    ("专家小组对如何提高澳大利亚国际教育的质量共提出了41项建议。", "建议", None),
    ("一名日本媒体的记者因其媒体只有一个记者名额而央求了半天。", "名额", None),
    # ...while one opening its clause, past a word of time, still owns what it has
    # (the delegation the place names is the holder since owners165, session 41: 加拿大展团, not 加拿大)
    ("今年加拿大展团有近90所教育机构参展。", "机构", "加拿大展团"),
    ("新西兰名校齐聚北京此次新西兰展团共有20所学校参展。", "学校", "新西兰展团"),
    ("日本高校今年共招收了3000名留学生。", "留学生", "日本"),
    # (a word jieba tags a noun right before the number is the verb: 上海报告9例)
    ("卫生部通报，我国内地报告确诊病例33例，其中上海报告9例。", "确诊病例", "上海市"),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(OWNERS))
def test_count_owner(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


TAGS = {"高校": "n", "街头": "s", "有": "v", "有关": "vn", "部门": "n", "今年": "t", "地区": "n", "楼盘": "n", "方面": "n",
        "发展": "vn", "迅速": "ad", "市民": "n", "市场": "n", "报告": "n"}


@pytest.mark.parametrize(("text", "end", "counted", "expected"), [
    ("美国高校", 2, "", True),
    ("京城街头", 2, "", True),
    ("上海市有关部门", 3, "", True),  # a verbal noun before a noun
    ("北京发展迅速", 2, "", False),  # a verbal noun alone may be the predicate
    ("北京有", 2, "", False),
    ("北京今年", 2, "", False),
    ("台湾地区", 2, "", False),  # part of the place's name
    ("大陆方面", 2, "", False),  # the place's side
    ("武汉楼盘", 2, "楼盘", False),  # the noun counted
    ("深圳市场", 2, "", False),  # the place's market
    ("香港市民", 2, "人", True),  # one letter of a noun is no count of it
    ("上海报告9例", 2, "", False),  # a "noun" right before the number is the verb counting it
])
def test_describes_noun(text, end, counted, expected):
    assert describes_noun(text, end, counted, tags=TAGS) is expected


def test_counts_itself():
    assert counts_itself("6400套", "套") and counts_itself("1297套", "套")
    assert not counts_itself("三种颜色", "颜色") and not counts_itself("5家银行", "银行")
