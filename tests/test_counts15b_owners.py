"""Issue 14, round 15b: holders that name no owner of a count: places in titles and nationalities, far places, ministries.

A place inside a work's title names the work (《赤壁OL》拥有近两百种技能: the game's skills, no city's), and a place
before 籍 a nationality (美籍华裔导演: the director's, no country's). Both were already no holder as the extractors
name them; a further form of the same place (an echo of a name found elsewhere in the document, a short form) was
still taken for one and carried into later clauses and sentences. A place written otherwise (赤壁市 owning its own
count, 美国 opening a sentence) still owns what its clause counts. A place of an earlier clause is carried into a
count's clause only a few clauses on: a run-on sentence (a speech transcribed with commas) has moved on from a place
six clauses back. Companies counted are no earlier clause's ministry's or regulator's (商务部…，除4家企业…). Every passage is written for these tests, in
Simplified and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts

# (text, counted head, the owner it must have, or None for none)
OWNERS = [
    # a place inside a work's title, found again by its echo of the same name outside any title
    ("《赤壁OL》拥有近两百种技能，操作简单。赤壁——演绎英雄与美人的传奇。", "技能", None),
    ("万种道具《赤壁OL》拥有近两百种技能，新手也很容易上手。游戏背景设在赤壁，演绎三国传奇。", "技能", None),
    # ...and one in a title written with ！ (《南京！南京！》), whose marks no longer end the title
    ("《冲啊！赤壁》拥有近两百种技能。赤壁——演绎英雄与美人的传奇。", "技能", None),
    ("《加油！上海》共推出了12款新道具。", "道具", None),
    # a place before 籍: a nationality, carried neither into the sentence after...
    ("美籍导演李强执导该片。片中两位男主演都是新人。", "主演", None),
    ("美籍华裔导演李强执导，林小雨主演。女主角与两位男主演之间的关系引发热议。", "主演", None),
    # ...nor, with 华 before 裔 (descent), into the clause after
    ("影片由美籍华裔导演李强执导，两位男主演都是新人。", "主演", None),
    # a place many clauses back in a run-on sentence (a speech transcribed with commas) is no longer its topic...
    ("北京只提供了51%的土地，意味着政府以减少供应让土地卖高价，我们可以看到很多城市在拼命供应土地，这些城市没有天价，"
     "是因为供应量比较充足，只有供应量少的城市才出现了天价，9月份有680宗土地成交。", "土地", None),
    # ...while one a few clauses back still is: the clause after it...
    ("上海今年土地供应偏少，9月份有68宗土地成交。", "土地", "上海市"),
    # ...and a place framing the sentence four clauses on
    ("以上海为例，在新政的刺激下，二手房成交量迎来集中放量，月度成交量连创新高，今年6月以3.13万套的成交量创下新高。",
     "套", "上海市"),
    # companies counted are no earlier clause's ministry's or regulator's, which rules on them...
    ("商务部昨日发布对进口瓷砖反倾销案的初裁，除4家企业获得零关税外，其他企业均被征税。", "企业", None),
    ("美国商务部日前公布初裁结果，除3家企业外，其他企业均被征收反倾销税。", "企业", None),
    ("印度商工部发布对中国陶瓷反倾销案的初裁，除4家企业获得零关税外，其他企业均被征税。", "企业", None),
    # ...while one its own clause says are the ministry's stay so, and a commission keeps the companies it holds
    ("商务部下属共有3家企业，均从事对外贸易。", "企业", "商务部"),
    ("国资委成立于2003年，监管的中央企业共有117家企业。", "企业", "国资委"),
    # a place as a place still owns what its clause counts
    ("美国今年新增3所研究型大学。", "大学", "美国"),
    ("赤壁市政府表示，赤壁今年新建了12所学校。", "学校", "赤壁市"),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(OWNERS))
def test_count_owner(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
