"""Issue 14, session 33 (counts76): count spans that ran past the noun into a verb, and money read as a count.

Written from the studied halves only (``bench/counts_real46.py``'s tune46, ``bench/counts_fresh43.py``'s tune43,
``bench/counts_owned59.py``'s tune59) and the eligible THUCNews rows' counts in main's dump:

- a two-character word jieba tags a noun right after the head is a verb when a name, its object, ends the
  phrase after it (两位老总作客新浪, 五只基金分属华夏、…), or when it ends the clause after an instrument
  (用精彩两个字形容。); the counted thing ends at the noun before it;
- 人 alone after a classifier counts people; the word after it is the predicate (两个人出面协调), but 人民警察 and
  人生目标 are words of their own;
- a modal jieba glued to the classifier before a verb opens the predicate (3名会获得: the people, not a 会);
- a bare multiplier before a phrase followed by whose money it is, is the money (80亿企业年金, 4万亿政府投资);
  1000万中小企业 is still counted;
- the games a statistic is taken over, after a comma and the player (在5场比赛中，王强总共送出…), are a record;
- 一共/总共 between a noun and its number is a connector, not the counted thing (支线一共三条: 支线);
- a level after 的 (处在4万份的高位) is no thing counted; adverbs jieba tags nouns (基本上, 统统) open the
  predicate;
- a bare multiplier counts people, the glossary's things (1000万中小企业) and shares (1059万股); before any other
  thing it is the thing's price (800万铁塔, 5万旧房翻新, 80万级别的客户);
- a range whose lower end has its own multiplier (2亿-3亿农民) reads the lower end, as 2-3亿农民 does;
- 个, 家 or 所 before a body and the people of it count the bodies (五个发展中国家领导人: the countries, tune59's
  convention); 名 and 位 count the people (五名国家领导人).

Every sentence is written for these tests and read as written (Simplified) and through OpenCC s2hk and s2tw.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, counts_in, counts_in_script

# (text, (value, counted head in Simplified) that must not be read): each was read on main
NOT_COUNTS = [
    ("今晚两位老总作客新浪，谈公司发展。", (2, "新浪")),
    ("其余五只基金分属华夏、嘉实等公司。", (5, "分属")),
    ("这场比赛只能用精彩两个字形容。", (2, "形容")),
    ("此事需要两个人出面协调。", (2, "出面")),
    ("邀请好友达到3名会获得奖励。", (3, "会")),
    ("公司目前管理80亿企业年金。", (8000000000, "企业")),
    ("加上4万亿政府投资，经济将回暖。", (4000000000000, "政府")),
    ("在5场比赛中，王强总共送出40次助攻。", (5, "比赛")),
    ("他在最近的十几场比赛中，连续获得两位数得分。", (10, "比赛")),
    ("全线分为主线和支线一共三条。", (3, "一共")),
    ("五个发展中国家领导人在罗马集体会晤。", (5, "领导人")),
    ("全球30多家顶级智库代表出席峰会。", (30, "代表")),
    ("新增开户数仍然处在4万份的高位，交投活跃。", (40000, "高位")),
    ("我们27名在职老师基本上是80后。", (27, "基本上")),
    ("三位专家统统反对这个方案。", (3, "统统")),
    ("城镇化还将促使2亿-3亿农民进入城市。", (300000000, "农民")),
    ("火箭800万铁塔砍下20分。", (8000000, "铁塔")),
    ("不少家庭想花5万旧房翻新。", (50000, "旧房")),
    ("两年前，80万级别的客户根本不是我们的目标。", (800000, "级别")),
]

# (text, (value, counted head in Simplified) that must be read): the thing the narrowed span now ends on, and
# controls that read the same on main
KEPT = [
    ("今晚两位老总作客新浪，谈公司发展。", (2, "老总")),
    ("其余五只基金分属华夏、嘉实等公司。", (5, "基金")),
    ("这场比赛只能用精彩两个字形容。", (2, "字")),
    ("此事需要两个人出面协调。", (2, "人")),
    ("全线分为主线和支线一共三条。", (3, "支线")),
    ("五个发展中国家领导人在罗马集体会晤。", (5, "国家")),
    ("全球30多家顶级智库代表出席峰会。", (30, "智库")),
    ("我们27名在职老师基本上是80后。", (27, "老师")),
    ("三位专家统统反对这个方案。", (3, "专家")),
    ("城镇化还将促使2亿-3亿农民进入城市。", (200000000, "农民")),
    ("城镇化还将促使2-3亿农民进入城市。", (200000000, "农民")),
    ("全国有1.4亿农民工。", (140000000, "农民工")),
    ("这座城市有300万居民。", (3000000, "居民")),
    ("城外还有十万敌军。", (100000, "敌军")),
    ("该基金持有中国银行1059万股。", (10590000, "股")),
    ("两位总经理作客搜狐聊天室，回答网友提问。", (2, "总经理")),
    ("两位老总谈得很深。", (2, "老总")),
    ("全国有1000万中小企业。", (10000000, "企业")),
    ("在这两场比赛中，球队表现稳定。", (2, "比赛")),
    ("共有5名会员获得奖励。", (5, "会员")),
    ("他用三个月完成了两本书。", (2, "书")),
    ("我们三个人民警察都到了。", (3, "人民警察")),
    ("他的两个人生目标都实现了。", (2, "人生目标")),
    ("五名国家领导人出席会议。", (5, "领导人")),
    ("三位公司代表先后发言。", (3, "代表")),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), NOT_COUNTS, ids=[t[:14] for t, _ in NOT_COUNTS])
def test_not_a_count(nlp, text: str, count: tuple[int, str], script: str) -> None:
    assert count not in counts_in_script(nlp, text, script)


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), KEPT, ids=[t[:14] for t, _ in KEPT])
def test_still_a_count(nlp, text: str, count: tuple[int, str], script: str) -> None:
    assert count in counts_in_script(nlp, text, script)


def test_the_whole_span_stops_at_the_noun(nlp) -> None:
    """The count's text ends at the noun, not on the verb after it (the span a graph's node is labelled with)."""
    assert [c[0] for c in counts_in(nlp, "其余五只基金分属华夏、嘉实等公司。", spans=True)] == ["五只基金"]


def test_money_after_the_phrase_is_a_table_of_words() -> None:
    """The words saying whose money a multiplier measures are compared with ``startswith``: no empty entry."""
    from zhkg.extract.count_things import _MONEY_AFTER

    assert _MONEY_AFTER and all(word and word.isalnum() for word in _MONEY_AFTER)
