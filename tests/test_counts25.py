"""Issue 14, session 23 (counts25): count forms from the weakest tune pools (counts_dev tune14/tune15, fresh18/19 tune).

A quotation or a work's title standing alone after a classifier is what it counts (两个“小金库”, 这两位『吃喝大王』被免职,
两个《传奇》，), where session 22 read nothing or borrowed a noun from before the number (公司有两个 → 公司); a quotation
before a noun still describes it (54360个“457”外劳签证), and one of digits alone names digits (四个“1”). A number glued to
这/那 before the predicate points back, its classifier the thing (这两项是局部改造的重点项目: 项, not 局部); not before a noun
jieba mistags (这两台相机, 这三种情况) nor with 个. 笔 counts deals, orders and loans named after it (三笔交易, 两笔贷款), never a
sum (两笔资金, 一笔钱). A bare number before 职工 counts the staff (3000职工), and a spot jieba tags as a numeral ends the
thing (30个服务点, 四个skybus的上下车点). A noun opening its item of a parallel list (门店30家，专卖店12家) is its own count's
thing, where session 22 gave the second the first's (12家 门店); a one-character noun jieba glued to a locative after it (两个队上,
三个县里) is the thing without it. Every case is an invented sentence, checked in Simplified, s2hk and s2tw.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS as SCRIPTS
from helpers import counts_in
from helpers import in_script as _script

# (text, [(value, counted head)] read, in text order)
FORMS = [
    # a quotation or a title standing alone is the thing
    ("公司有两个“小金库”。", [(2, "小金库")]),
    ("这两位『吃喝大王』被免职。", [(2, "吃喝大王")]),
    ("他有两个《传奇》，都很好看。", [(2, "传奇")]),
    ("这两位“明星”被罚款。", [(2, "明星")]),
    ("两个“小金库”和三个账户。", [(2, "小金库"), (3, "账户")]),
    # controls: a quotation describing the noun after it; digits quoted; a title before a noun of players
    ("引进了54360个“457”外劳签证。", [(54360, "签证")]),
    ("四根香肠就是“11•11”的四个“1”，鸡蛋代表点。", [(4, "香肠")]),
    ("吸引了10名《夺宝冒险王》游戏玩家。", []),
    ("质疑国企依靠低成本资金四处出手拿地的做法“不公平”。", []),  # 四处 (everywhere): no count since counts75
    # 这/那 + number before the predicate: the classifier points back
    ("这两项是局部改造的重点项目。", [(2, "项")]),
    ("这两家是国有企业。", [(2, "家")]),
    ("推荐的这十款吧！", [(10, "款")]),
    # controls: a noun after it, 个, and 是 with no pointer (其中四起是死刑案件: 案件)
    ("同时这两台相机拥有更加全面的功能。", []),
    ("我的主张是这三种情况要分开。", [(3, "情况")]),  # the kinds counted, never 种 (counts145: no longer a property)
    ("这三个都很好。", []),
    ("其中四起是死刑案件。", [(4, "案件")]),
    # 笔: deals named after it, never sums of money
    ("投资人只需要一笔下单，就可完成两笔交易。", [(2, "交易")]),
    ("他们完成了三笔交易。", [(3, "交易")]),
    ("银行发放了两笔贷款。", [(2, "贷款")]),
    ("他拿到两笔资金，共3亿元。", []),
    ("他写了三笔。", []),
    # a bare number before 职工; a spot jieba tags as a numeral
    ("厂里有3000职工。", [(3000, "职工")]),
    ("全市设立了30个服务点。", [(30, "服务点")]),
    ("有四个skybus的上下车点。", [(4, "上下车点")]),
    # control: a clock time after the thing
    ("这两个项目下午3点开工。", [(2, "项目")]),
    # a one-character noun jieba glued to the locative after it is the thing; 晚上 is a word of time, 厂里 left as read
    ("两个队上的队员都来了。", [(2, "队")]),
    ("三个县里有工厂。", [(3, "县")]),
    ("他们熬了三个晚上。", []),
    # a noun opening its item of a parallel list is its own count's thing, not the item before's
    ("公司有门店30家，专卖店12家。", [(30, "门店"), (12, "专卖店")]),
    ("全国有博物馆30个，纪念馆12个。", [(30, "博物馆"), (12, "纪念馆")]),
    ("礼包包含奇异果5个，领养证5张，传音石20个。", [(5, "奇异果"), (5, "领养证"), (20, "传音石")]),
    # controls: a kind of the thing after 其中; a place and a verb before the number
    ("在校学生有28000名，其中国际学生5000余名。", [(28000, "在校学生"), (5000, "学生")]),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_counts25_forms(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected
