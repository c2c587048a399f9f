"""Probe aliases within one document, round 36: a state body less 国家, the first letters of a state company's
parts (中石油), 联合会/协会 contracted to 联/协 (全国妇联, 足协), a company's trade name without its place and trade
(京东 of 北京京东世纪贸易有限公司), and a person's surname with 老/小 or a title (老王, 习主席, 李克强总理), and
traps that must stay two (issue 15).

Run: ``python3 bench/aliases36_probes.py [-v] [--half a|b|later|all]``. Every passage was invented for zhkg from
general knowledge in the style of mainland, Hong Kong and Taiwan news (both scripts: each passage is scored as
written and in the other script, so a pair counts twice); none is taken from any article or reserved source. Each
was annotated before zhkg was run on it: *same* pairs (two names the document uses for one entity) and *apart*
pairs (two names of two entities). A same pair is joined when one entity of the graph carries both names among its
name and aliases (Simplified); an apart pair is wrong when so joined. Even passages (``a``) are the ones the round's
rules were written from; odd ones (``b``) were only scored, before and after; ``later`` was written after the
rules and scored once.

Measured (round 36, main 4a44020c -> branch aliases36; each passage in both scripts, so a pair counts twice):

=======  ============================  ============================
half     before: same joined / apart   after: same joined / apart
         joined (wrong)                joined (wrong)
=======  ============================  ============================
a        10/42, 0/22                   40/42, 0/22
b        4/42, 0/20                    28/42, 0/20
later    0/18, 0/12                    14/18, 0/12
=======  ============================  ============================

On ``b`` a first draft joined 吉利 of 很吉利 (a predicate the recogniser read as a name) to 浙江吉利控股集团有限公司
(2 wrong joins): the degree-adverb guard was written after that, so ``b``'s trap figure is not unseen for it.
Left split in ``a``: 小张 (a word of jieba's dictionary, no person's verb after it). See docs/changes-session29.md,
section aliases36.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))

from bench.aliases35_probes import score_alias_probes  # noqa: E402  (the same scoring as session 28's probes)

Probe = tuple[str, list[tuple[str, str]], list[tuple[str, str]]]

#: (passage, same pairs, apart pairs): names in Simplified.
PROBES: list[Probe] = [
    # 0 a state body less the state's word
    ("国家统计局今天发布上月居民消费价格指数。统计局新闻发言人表示，物价总体平稳。",
     [("国家统计局", "统计局")], []),
    # 1
    ("国家税务总局近日印发通知，明确小微企业减税措施。税务总局有关负责人解读了政策要点。",
     [("国家税务总局", "税务总局")], []),
    # 2 trap: a province's bureau beside the state's
    ("国家统计局和山东省统计局联合开展农业普查。山东省统计局局长介绍，普查登记已经完成。",
     [], [("国家统计局", "山东省统计局")]),
    # 3
    ("国家林业和草原局今天召开新闻发布会。林草局负责人通报了春季防火形势。",
     [("国家林业和草原局", "林草局")], []),
    # 4 trap: 统计局 after a place is that place's bureau
    ("国家统计局公布数据后，广州市统计局也发布了本地数据。市统计局称，本市工业增加值增长5%。",
     [], [("国家统计局", "广州市统计局")]),
    # 5
    ("国家旅游局发布假日旅游统计。旅游局表示，国庆期间接待游客人次创新高。",
     [("国家旅游局", "旅游局")], []),
    # 6 a state company contracted to the first letters of its parts
    ("中国石油天然气集团公司昨日公布年度业绩。中石油表示，天然气产量同比增长。",
     [("中国石油天然气集团公司", "中石油")], []),
    # 7
    ("中国石油化工集团公司与沙特阿美签署合作协议。中石化将在当地投资建设炼化项目。",
     [("中国石油化工集团公司", "中石化")], []),
    # 8
    ("中国海洋石油总公司宣布在南海发现大型油田。中海油称，该油田储量超过一亿吨。",
     [("中国海洋石油总公司", "中海油")], []),
    # 9 trap: two state companies, each its own contraction
    ("中国石油化工集团公司和中国海洋石油总公司同日发布公告。中石化表示，将加大勘探投入。",
     [("中国石油化工集团公司", "中石化")], [("中国石油化工集团公司", "中国海洋石油总公司")]),
    # 10
    ("中国远洋运输集团公司今年新增十艘集装箱船。中远集团表示，将继续拓展欧洲航线。",
     [("中国远洋运输集团公司", "中远集团")], []),
    # 11 federations and associations: 联合会 -> 联, 协会 -> 协
    ("中华全国妇女联合会今天在京召开执委会议。全国妇联主席在会上作工作报告。",
     [("中华全国妇女联合会", "全国妇联")], []),
    # 12
    ("中国足球协会今天公布新一期国家队名单。中国足协表示，球队将于下周集中。",
     [("中国足球协会", "中国足协")], []),
    # 13
    ("中国作家协会第十次全国代表大会在京开幕。中国作协主席致开幕词。",
     [("中国作家协会", "中国作协")], []),
    # 14 trap: two associations, the short form of one
    ("中国足球协会与中国篮球协会签署合作备忘录。中国足协秘书长出席签字仪式。",
     [("中国足球协会", "中国足协")], [("中国足球协会", "中国篮球协会")]),
    # 15
    ("中国科学技术协会发布公民科学素质调查结果。中国科协表示，我国公民科学素质持续提升。",
     [("中国科学技术协会", "中国科协")], []),
    # 16
    ("中国文学艺术界联合会今天召开全委会。中国文联党组书记作了讲话。",
     [("中国文学艺术界联合会", "中国文联")], []),
    # 17 the securities regulator
    ("中国证券监督管理委员会今日发布新规。证监会新闻发言人表示，新规将于下月起施行。",
     [("中国证券监督管理委员会", "证监会")], []),
    # 18
    ("中国银行业监督管理委员会近日发布通知，银监会要求各银行加强风险排查。",
     [("中国银行业监督管理委员会", "银监会")], []),
    # 19 a company's trade name without its place and trade
    ("北京京东世纪贸易有限公司今日宣布与多家品牌达成合作。京东表示，将在三年内新建十个物流中心。",
     [("北京京东世纪贸易有限公司", "京东")], []),
    # 20
    ("杭州网易雷火科技有限公司发布新款游戏。网易表示，新游戏将于暑期上线。",
     [("杭州网易雷火科技有限公司", "网易")], []),
    # 21 trap: a two-letter stem that is another organisation
    ("新华通讯社报道，北京新华印刷有限公司今年产值增长。新华社记者走访了车间。",
     [], [("北京新华印刷有限公司", "新华社")]),
    # 22
    ("深圳市大疆创新科技有限公司发布新款无人机。大疆表示，新机续航时间提升三成。",
     [("深圳市大疆创新科技有限公司", "大疆")], []),
    # 23
    ("广东美的集团股份有限公司发布年报。美的称，海外收入占比过半。",
     [("广东美的集团股份有限公司", "美的")], []),
    # 24 people: a title after the full name
    ("国家主席习近平今天会见法国总统。习主席指出，中法关系保持良好发展势头。",
     [("习近平", "习主席")], []),
    # 25
    ("国务院总理李克强主持召开国务院常务会议。李克强总理强调，要稳定就业。",
     [("李克强", "李克强总理")], []),
    # 26 trap: two people of one surname
    ("李克强与李源潮出席座谈会。李总理在会上讲话。",
     [], [("李克强", "李源潮")]),
    # 27 老/小 and a surname
    ("王建国今年六十岁，在村里养了三十年蜂。老王说，今年的蜂蜜收成不错。",
     [("王建国", "老王")], []),
    # 28
    ("刚毕业的张晓燕在社区当上了网格员。小张每天要走访二十多户居民。",
     [("张晓燕", "小张")], []),
    # 29 trap: two people of one surname, 老刘 names neither
    ("刘德明和刘志强是同村的养殖户。老刘告诉记者，今年猪价回升。",
     [], [("刘德明", "刘志强")]),
    # 30 trap: 小米 is a company, no person
    ("米建华是一名工程师，他说小米手机的销量今年增长很快。",
     [], [("米建华", "小米")]),
    # 31
    ("台北市政府今天公布新预算。柯文哲市长表示，市府将优先改善交通。柯市长说，捷运延伸线明年动工。",
     [("柯文哲", "柯市长")], []),
    # 32 trap: 老黄牛 is a word, no person
    ("黄志刚在厂里干了二十年，大家都说他是一头老黄牛。",
     [], [("黄志刚", "老黄")]),
    # 33
    ("陈国强是一家民营企业的老板。老陈说，今年订单比去年多了三成。",
     [("陈国强", "老陈")], []),
    # 34 trap: two bureaus less 国家 would be one word
    ("国家统计局与国家税务总局联合发布调查报告。统计局负责人介绍了调查方法。",
     [("国家统计局", "统计局")], [("国家统计局", "国家税务总局")]),
    # 35
    ("中国移动通信集团公司公布上半年业绩。中国移动表示，5G用户数突破一亿。",
     [("中国移动通信集团公司", "中国移动")], []),
    # 36 trap: two state companies sharing 中石
    ("中国石油天然气集团公司与中国石油化工集团公司签署供气协议。中石化将向中石油采购天然气。",
     [("中国石油化工集团公司", "中石化")], [("中国石油天然气集团公司", "中国石油化工集团公司")]),
    # 37
    ("国家知识产权局发布专利统计年报。知识产权局表示，发明专利审查周期进一步缩短。",
     [("国家知识产权局", "知识产权局")], []),
    # 38 trap: a federation and an association of one trade
    ("中华全国工商业联合会与中国商业联合会共同举办论坛。全国工商联副主席出席。",
     [("中华全国工商业联合会", "全国工商联")], [("中华全国工商业联合会", "中国商业联合会")]),
    # 39
    ("中华全国总工会今天发出通知，全国总工会要求各级工会做好职工帮扶工作。",
     [("中华全国总工会", "全国总工会")], []),
    # 40 trap: 新华 opens a company and is the news agency's word
    ("新华国际有限公司今天公布业绩，新华社记者到场采访。",
     [], [("新华国际有限公司", "新华社")]),
    # 41
    ("中國石油天然氣集團公司今日公布，中石油在新疆發現大型氣田。",
     [("中国石油天然气集团公司", "中石油")], []),
    # 42 trap: a province's federation
    ("中华全国妇女联合会和广东省妇女联合会联合开展调研。省妇联主席陪同调研。",
     [], [("中华全国妇女联合会", "广东省妇女联合会")]),
    # 43
    ("上海市体育局发布通知。国家体育总局表示支持。体育总局有关负责人说，将加强指导。",
     [("国家体育总局", "体育总局")], [("上海市体育局", "国家体育总局")]),
    # 44
    ("中华人民共和国外交部今天举行例行记者会。外交部发言人回答了记者提问。",
     [("中华人民共和国外交部", "外交部")], []),
    # 45 trap: 小王子 is a book, no person
    ("王丽华老师给学生们推荐了《小王子》。她说，这本书适合亲子共读。",
     [], [("王丽华", "小王")]),
    # 46
    ("浙江吉利控股集团有限公司宣布完成对一家欧洲车企的收购。吉利表示，将保持对方品牌独立运营。",
     [("浙江吉利控股集团有限公司", "吉利")], []),
    # 47 trap: 吉利 as a word (lucky) beside the company
    ("浙江吉利控股集团有限公司把新车发布会定在八月八日，公司认为这个日子很吉利。",
     [], [("浙江吉利控股集团有限公司", "吉利")]),
    # 48
    ("中国残疾人联合会发布残疾人就业报告。中国残联表示，将扩大辅助性就业。",
     [("中国残疾人联合会", "中国残联")], []),
    # 49 trap: two bodies of 中国科
    ("中国科学院与中国科学技术协会共同主办科普活动。中国科协副主席出席。",
     [("中国科学技术协会", "中国科协")], [("中国科学院", "中国科学技术协会")]),
    # 50
    ("中共中央总书记习近平在会上发表重要讲话。习总书记强调，要坚持稳中求进。",
     [("习近平", "习总书记")], []),
    # 51 trap: two people named 陈 and a 小陈
    ("陈晓东和陈建平都在这家工厂工作。小陈告诉记者，他刚来不久。",
     [], [("陈晓东", "陈建平")]),
    # 52
    ("国家药品监督管理局发布药品召回公告。药监局提醒患者停止使用相关批次产品。",
     [("国家药品监督管理局", "药监局")], []),
    # 53 trap: the state's tourism body and a city's
    ("国家旅游局与北京市旅游局联合发布出游提示。北京市旅游局提醒游客错峰出行。",
     [], [("国家旅游局", "北京市旅游局")]),
    # 54
    ("中国东方航空股份有限公司今日开通新航线。东航表示，航线每周执飞三班。",
     [("中国东方航空股份有限公司", "东航")], []),
    # 55 trap: 老于 of 老于世故 is no person
    ("于海涛做事认真，从不老于世故。",
     [], [("于海涛", "老于")]),
]


#: A batch written and annotated after the round's rules, scored once (half ``later``).
LATER: list[Probe] = [
    ("国家能源局今天发布一季度能源数据。能源局有关负责人表示，新能源装机持续增长。",
     [("国家能源局", "能源局")], []),
    ("国家能源局和江苏省能源局联合调研。江苏省能源局负责人汇报了工作。",
     [], [("国家能源局", "江苏省能源局")]),
    ("中国铁路工程集团有限公司中标一段高铁项目。中铁工表示，工程将于年内开工。",
     [("中国铁路工程集团有限公司", "中铁工")], []),
    ("中国海洋石油集团有限公司与中国石油天然气集团公司签订协议。中海油将向对方供应液化天然气。",
     [("中国海洋石油集团有限公司", "中海油")], [("中国海洋石油集团有限公司", "中国石油天然气集团公司")]),
    ("中国音乐家协会今天公布比赛结果。中国音协负责人表示，参赛人数创新高。",
     [("中国音乐家协会", "中国音协")], []),
    ("中华全国青年联合会召开全委会。全国青联主席作报告。",
     [("中华全国青年联合会", "全国青联")], []),
    ("深圳市腾讯计算机系统有限公司发布公告。腾讯称，新游戏下载量突破一千万。",
     [("深圳市腾讯计算机系统有限公司", "腾讯")], []),
    ("北京百度网讯科技有限公司与北京字节跳动科技有限公司达成和解。百度表示，双方将撤回诉讼。",
     [("北京百度网讯科技有限公司", "百度")], [("北京百度网讯科技有限公司", "北京字节跳动科技有限公司")]),
    ("赵建军在这所学校教了三十年书。老赵说，看到学生成才是最大的幸福。",
     [("赵建军", "老赵")], []),
    ("孙丽和孙海波是夫妻。小孙说，两人在工厂相识。",
     [], [("孙丽", "孙海波")]),
    ("马晓明喜欢画画，他最近画了一幅《老马识途》。",
     [], [("马晓明", "老马")]),
    ("中国南方航空股份有限公司今日开通新航线。南航表示，该航线每周执飞四班。",
     [("中国南方航空股份有限公司", "南航")], [("中国南方航空股份有限公司", "中国")]),
]


def half_of(i: int) -> str:
    """``a`` for even passages (the rules were written from them), ``b`` for odd ones (scored only), ``later``
    for the batch written after the rules."""
    if i >= len(PROBES):
        return "later"
    return "a" if i % 2 == 0 else "b"


def main() -> None:
    score_alias_probes(PROBES + LATER, half_of, ("a", "b", "later"), __doc__.split("\n")[0])


if __name__ == "__main__":
    main()
