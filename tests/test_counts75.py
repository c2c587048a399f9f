"""Issue 14, session 33 (counts75): counts that are not counts, narrowed.

Written from the studied halves only (``bench/counts_real46.py``'s tune46, ``bench/counts_fresh43.py``'s tune43,
``bench/counts_owned59.py``'s tune59) and the eligible THUCNews rows' counts in main's dump:

- games played, met or missed are a record, a game statistic (共交战24场, 出战了37场常规赛, 打满了全部82场常规赛,
  缺阵23场, 首发的8场比赛), and so are the games a statistic is taken over (在过去10场比赛中场均贡献12分); games left
  (还剩下9场常规赛), games to avoid fouls in and games of another kind (打了两场官司) stay counts;
- a bare multiplier, 的 and a thing is what the thing is worth (800多万的本金, 几十万的房子); people after it are
  counted (超过1500万的注册用户, 13亿的消费群体); a bare multiplier before wealth, demand or capital is money too
  (千万财富, 4万亿内需投资, as 4万亿财政投资计划 was);
- a game's currency is money and its points a score (18万金币, 2个元宝, 1.1万经验);
- 四处 before a verb is "everywhere" (资金四处出手), not four places (四处房产);
- 任何 before 一 makes it "any", an article (任何一个国家; 只有一个国家 counts); 三股势力 is a name.

Every sentence is written for these tests and read as written (Simplified) and through OpenCC s2hk and s2tw.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, counts_in_script

# (text, (value, counted head in Simplified) that must not be read): each was read on main
NOT_COUNTS = [
    ("两队在意甲联赛历史上共交战76场，拉齐奥队27胜22平27负。", (76, "场")),
    ("米德尔斯堡队和纽卡斯尔队在英超近18个赛季中共交战24场。", (24, "场")),
    ("他只代表新东家出战了37场常规赛，而这已经是极限。", (37, "常规赛")),
    ("本赛季他打满了全部82场常规赛。", (82, "常规赛")),
    ("在本赛季拜纳姆出战过的54场比赛中，他场均贡献14分。", (54, "比赛")),
    ("伤病困扰的年轻中锋在过去10场比赛中场均贡献12.5分。", (10, "比赛")),
    ("布莱切已经因肩伤缺席了11场比赛，今天仍不能上场。", (11, "比赛")),
    ("诺阿缺阵以后，布泽尔也缺阵23场，但球队始终运转良好。", (23, "场")),
    ("他顶替队友在3月份首发的8场比赛中表现稳定。", (8, "比赛")),
    ("这家公司只有800多万的本金，却发行了巨额债券。", (8000000, "本金")),
    ("我干嘛就去买个几十万的房子？", (100000, "房子")),
    ("今年要到7.5亿的销售，明年也不错。", (750000000, "销售")),
    ("他凭自己的睿智与行动已积累了千万财富。", (10000000, "财富")),
    ("拉动市场主流资金的是4万亿内需投资和出口。", (4000000000000, "内需")),
    ("人物等级达到50级，并拥有18万金币即可转生。", (180000, "金币")),
    ("答对一题，可获得2000个金币。", (2000, "金币")),
    ("找到晨有亮，用2个元宝的价格买下雕花。", (2, "元宝")),
    ("测试账号就拿了1.1万经验，下次再做就不止了。", (11000, "经验")),
    ("质疑国企依靠低成本资金四处出手。", (4, "资金")),
    ("公司四处融资，结果失败。", (4, "融资")),
    ("对于任何一个国家来说，国庆节的意义都很重大。", (1, "国家")),
    ("胡锦涛出席上合峰会，将探讨打击三股势力。", (3, "股")),
]

# (text, (value, counted head in Simplified) that must still be read)
KEPT = [
    ("湖人队还剩下9场常规赛，而当务之急便是赢球。", (9, "常规赛")),
    ("科比要在这两场比赛中尽量避免技术犯规。", (2, "比赛")),
    ("他将在北京下两场表演赛。", (2, "表演赛")),
    ("这位律师去年打了两场官司。", (2, "官司")),
    ("平台已经积累了超过1500万的注册用户。", (15000000, "用户")),
    ("中国有13亿的消费群体。", (1300000000, "群体")),
    ("今年我国有611万高校毕业生。", (6110000, "毕业生")),
    ("他在北京有四处房产。", (4, "房产")),
    ("她一口气买了3个包包和2件外套。", (3, "包包")),
    ("火箭队要在剩下的4场比赛中追三场。", (4, "比赛")),
    ("我们只有一个国家。", (1, "国家")),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), NOT_COUNTS, ids=[t[:14] for t, _ in NOT_COUNTS])
def test_not_a_count(nlp, text: str, count: tuple[int, str], script: str) -> None:
    assert count not in counts_in_script(nlp, text, script)


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), KEPT, ids=[t[:14] for t, _ in KEPT])
def test_still_a_count(nlp, text: str, count: tuple[int, str], script: str) -> None:
    assert count in counts_in_script(nlp, text, script)


def test_the_game_money_table_is_one_word_a_row() -> None:
    """The game-money heads are compared whole with a count's head: no entry may hold a space or punctuation."""
    from zhkg.extract.counts import _GAME_MONEY

    assert _GAME_MONEY and all(word.isalnum() for word in _GAME_MONEY)
