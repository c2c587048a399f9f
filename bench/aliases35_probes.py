"""Probe aliases within one document: is a body's, a company's, a country's or a person's short form one node
with its full name, and do two bodies sharing letters stay two? (issue 15, round 35)

Run: ``python3 bench/aliases35_probes.py [-v] [--half rules|check|all]``. Every passage was invented for zhkg from
general knowledge in the style of mainland, Hong Kong, Taiwan and international news (both scripts); none is taken
from any article and none from the reserved sources. Each was annotated before zhkg was run on it: *same* pairs
(two names the document uses for one entity) and *apart* pairs (two names of two entities). A same pair is joined
when one entity of the graph carries both names among its name and aliases (Simplified); an apart pair is wrong
when so joined. The passages alternate: even ones (``rules``) are the ones the round's rules were written from, odd
ones (``check``) were only scored, before and after.

Measured (round 35, main e24d6d9c -> branch aliases35; each passage in both scripts, so a pair counts twice):

=======  ============================  ============================
half     before: same joined / apart   after: same joined / apart
         joined (wrong)                joined (wrong)
=======  ============================  ============================
rules    18/34, 0/12                   32/34, 0/12
check    16/36, 0/12                   26/36, 0/12
=======  ============================  ============================

Left split in the rules half: 北京首都创业集团 (the recogniser does not read it as a name). ``-v`` printed the check
half's misses too; no rule was written from them. A second batch of 10 passages (``after``), written and annotated
after the rules, scored once: same joined 2/16 before, 10/16 after; apart joined 0/8 both. Its misses: a name less
the state's word as written (国家知识产权局 … 知识产权局, 国家体育总局 … 体育总局), and 鄭部長, joined to 鄭英耀 as the
recogniser's lone surname 鄭 (the node holds 鄭, not 鄭部長: a miss by this score's letter only).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy

#: (passage, same pairs, apart pairs): names in Simplified.
PROBES: list[tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = [
    # 0 mainland: a contracted public body, with a national qualifier
    ("国家发展和改革委员会昨日印发通知，要求各地做好迎峰度夏电力保障。发改委有关负责人表示，今年用电负荷将创新高。",
     [("国家发展和改革委员会", "发改委")], []),
    # 1
    ("国家市场监督管理总局今天公布抽检结果。市场监管总局表示，将对不合格产品依法查处。",
     [("国家市场监督管理总局", "市场监管总局")], []),
    # 2 Hong Kong, a place before the body
    ("香港貿易發展局今日公布最新出口指數。貿發局研究總監表示，下季出口前景仍然審慎。",
     [("香港贸易发展局", "贸发局")], []),
    # 3
    ("香港旅遊發展局今日宣布推出新一輪宣傳活動。旅發局主席表示，希望吸引更多長途旅客。",
     [("香港旅游发展局", "旅发局")], []),
    # 4 Taiwan, a parent body before the body
    ("行政院大陸委員會今天召開記者會。陸委會副主委表示，兩岸交流須依法進行。",
     [("行政院大陆委员会", "陆委会")], []),
    # 5
    ("行政院金融監督管理委員會今天發布新聞稿，金管會將修正保險業資本適足規範。",
     [("行政院金融监督管理委员会", "金管会")], []),
    # 6 the first-letter rule, whole name
    ("首都规划建设委员会召开全体会议，首规委办公室负责人介绍了规划实施情况。",
     [("首都规划建设委员会", "首规委")], []),
    # 7
    ("中央军事委员会日前发布命令。中央军委要求全军加强战备训练。",
     [("中央军事委员会", "中央军委")], []),
    # 8 a short form the text declares
    ("北京首都创业集团有限公司（以下简称“首创集团”）昨日发布公告称，首创集团上半年营收同比增长。",
     [("北京首都创业集团有限公司", "首创集团")], []),
    # 9
    ("深圳市腾讯计算机系统有限公司（下称“腾讯”）今日回应称，腾讯将配合调查。",
     [("深圳市腾讯计算机系统有限公司", "腾讯")], []),
    # 10 Traditional, 簡稱
    ("台灣積體電路製造股份有限公司（簡稱台積電）今天公布營收，台積電上月營收創同期新高。",
     [("台湾积体电路制造股份有限公司", "台积电")], []),
    # 11
    ("鴻海精密工業股份有限公司（以下簡稱鴻海）今天召開股東會，鴻海董事長說明明年展望。",
     [("鸿海精密工业股份有限公司", "鸿海")], []),
    # 12 company words
    ("信實集團今日宣布收購一間物流公司。信實公司發言人說，交易預計年底前完成。",
     [("信实集团", "信实公司")], []),
    # 13
    ("阿里巴巴集团控股有限公司今日公布季度业绩，阿里巴巴集团表示云业务收入增长。",
     [("阿里巴巴集团控股有限公司", "阿里巴巴集团")], []),
    # 14 Latin form beside the Chinese
    ("騰訊（Tencent）今日公布業績。分析師指，Tencent的遊戲收入回升。",
     [("腾讯", "Tencent")], []),
    # 15
    ("华为（Huawei）昨日发布新款手机，Huawei在欧洲市场的份额有所回升。",
     [("华为", "Huawei")], []),
    # 16 a person's surname and title later in the document
    ("行政長官李家超今日出席論壇並致辭。李特首表示，政府將全力推動創新科技發展。",
     [("李家超", "李特首")], []),
    # 17
    ("美国总统拜登周二会见来访的德国总理朔尔茨。拜总统表示，两国将加强合作。",
     [], []),
    # 18 countries' one-letter forms
    ("中美关系近期出现缓和迹象。美国国务卿访华期间，美方表示愿意与中国加强沟通。",
     [("美国", "美")], []),
    # 19
    ("俄罗斯与美国代表团在日内瓦会谈。美俄双方同意继续对话。",
     [("美国", "美"), ("俄罗斯", "俄")], []),
    # 20 near misses: banks sharing letters
    ("中国银行和中国人民银行今日分别发布公告，中国银行下调存款利率。",
     [], [("中国银行", "中国人民银行")]),
    # 21
    ("中國人民銀行今日宣布降準，中國銀行、中國建設銀行隨即跟進。",
     [], [("中国银行", "中国人民银行"), ("中国银行", "中国建设银行")]),
    # 22 near misses: universities sharing letters
    ("北京大学和北京工业大学联合举办学术论坛，北大校长出席开幕式。",
     [("北京大学", "北大")], [("北京大学", "北京工业大学")]),
    # 23
    ("清華大學與北京清華大學的學者共同發表論文。",
     [], []),
    # 24 near misses: committees sharing letters
    ("国家卫生健康委员会与国家发展和改革委员会联合印发方案。",
     [], [("国家卫生健康委员会", "国家发展和改革委员会")]),
    # 25
    ("香港貿易發展局與香港旅遊發展局今日聯合舉辦推介會，貿發局負責展覽部分。",
     [("香港贸易发展局", "贸发局")], [("香港贸易发展局", "香港旅游发展局")]),
    # 26 two persons sharing a surname: the title names neither alone
    ("李家超與李慧琼今日一同出席活動。李主席其後表示支持政府。",
     [], [("李家超", "李慧琼")]),
    # 27
    ("行政院長卓榮泰今天出席記者會。卓院長表示，政府將編列特別預算。",
     [("卓荣泰", "卓院长")], []),
    # 28 a place before a company
    ("上海浦东发展银行股份有限公司今日公告，浦发银行董事会审议通过分红方案。",
     [("上海浦东发展银行股份有限公司", "浦发银行")], []),
    # 29
    ("北京京东世纪贸易有限公司今日表示，京东将加大物流投入。",
     [], []),
    # 30 declared short form, full-width brackets, no quotes
    ("中国石油天然气集团有限公司（简称中石油）今日发布年报。中石油表示，油气产量稳步增长。",
     [("中国石油天然气集团有限公司", "中石油")], []),
    # 31
    ("香港交易及結算所有限公司（簡稱港交所）今日公布，港交所上半年純利上升。",
     [("香港交易及结算所有限公司", "港交所")], []),
    # 32 international body, Latin acronym
    ("世界卫生组织（WHO）昨日发表声明，WHO呼吁各国加强疫苗接种。",
     [("世界卫生组织", "WHO")], []),
    # 33
    ("國際貨幣基金組織（IMF）今天下調全球經濟成長預測，IMF指出通膨仍高。",
     [("国际货币基金组织", "IMF")], []),
    # 34 Taiwan council with a place parent
    ("臺北市政府衛生局今天公布登革熱病例。北市衛生局呼籲民眾清除積水。",
     [], []),
    # 35
    ("國家通訊傳播委員會今天公布新規。通傳會表示，業者須於年底前完成改善。",
     [("国家通讯传播委员会", "通传会")], []),
    # 36 mainland ministries, 和 inside
    ("人力资源和社会保障部发布通知，人社部要求各地做好高校毕业生就业工作。",
     [("人力资源和社会保障部", "人社部")], []),
    # 37
    ("生态环境部和自然资源部今日联合发文，两部门将加强协作。",
     [], [("生态环境部", "自然资源部")]),
    # 38 a province's body with its place in front
    ("广东省发展和改革委员会近日印发方案。省发改委相关负责人介绍了具体措施。",
     [], []),
    # 39
    ("香港特別行政區政府教育局今日公布新學年安排，教育局發言人表示，學校將如期開課。",
     [], []),
    # 40 two bodies whose contracted forms could share letters
    ("香港生產力促進局與香港貿易發展局合作，生產力局將提供技術支援。",
     [("香港生产力促进局", "生产力局")], [("香港生产力促进局", "香港贸易发展局")]),
    # 41
    ("中华全国总工会与中华全国妇女联合会联合开展活动，全国妇联负责组织。",
     [("中华全国妇女联合会", "全国妇联")], [("中华全国总工会", "中华全国妇女联合会")]),
    # 42 a company less its leading place, supported by the document
    ("北京首都创业集团今日举行发布会。首创集团董事长介绍了新战略。",
     [("北京首都创业集团", "首创集团")], []),
    # 43
    ("上海汽车集团股份有限公司今日公布销量。上汽集团表示，新能源车型销量翻番。",
     [("上海汽车集团股份有限公司", "上汽集团")], []),
    # 44 near miss: a different body with the same first letters
    ("首都师范大学与首都医科大学签署合作协议。",
     [], [("首都师范大学", "首都医科大学")]),
    # 45
    ("台灣大學與台灣師範大學今天共同舉辦研討會，台大校長致詞。",
     [("台湾大学", "台大")], [("台湾大学", "台湾师范大学")]),
]

#: A second batch, written and annotated after the round's rules and scored once (half ``after``).
LATER: list[tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = [
    ("国家知识产权局今日发布年报。知识产权局表示，发明专利授权量稳步增长。",
     [("国家知识产权局", "知识产权局")], []),
    ("香港房屋委員會今日通過新租金政策，房委會主席表示將照顧基層。",
     [("香港房屋委员会", "房委会")], []),
    ("行政院環境保護署今天公布空品監測結果，環保署呼籲民眾減少外出。",
     [("行政院环境保护署", "环保署")], []),
    ("国家体育总局与国家统计局联合发布数据，体育总局负责人介绍了有关情况。",
     [("国家体育总局", "体育总局")], [("国家体育总局", "国家统计局")]),
    ("深圳发展银行股份有限公司公布中期业绩，深发银行行长表示资产质量改善。",
     [("深圳发展银行股份有限公司", "深发银行")], []),
    ("北京汽车集团有限公司与上海汽车集团股份有限公司签署合作协议，北汽集团将提供技术支持。",
     [("北京汽车集团有限公司", "北汽集团")], [("北京汽车集团有限公司", "上海汽车集团股份有限公司")]),
    ("署理行政長官陳國基今日主持會議。陳署理表示，各部門須做好防風準備。",
     [], []),
    ("教育部長鄭英耀今天視察學校。鄭部長說，將檢討課綱。",
     [("郑英耀", "郑部长")], []),
    ("王毅与王沪宁分别会见外宾。王部长强调双方应加强合作。",
     [], [("王毅", "王沪宁")]),
    ("中国工商银行和中国农业银行今日同时下调存款利率，工行表示将保持稳健经营。",
     [("中国工商银行", "工行")], [("中国工商银行", "中国农业银行")]),
]


def half_of(i: int) -> str:
    """``rules`` for even passages (the rules were written from them), ``check`` for odd ones (scored only),
    ``after`` for the second batch."""
    if i >= len(PROBES):
        return "after"
    return "rules" if i % 2 == 0 else "check"


def groups_of(pipeline, text: str) -> list[set[str]]:
    """The names (Simplified) of each entity of ``text``."""
    from zhkg.stages.normalise import to_simplified

    ex = pipeline.run_texts([("d", text)]).extraction
    return [{to_simplified(n) for n in (e.name, *e.aliases)} for e in ex.entities]


def score_alias_probes(probes: list, half_of, halves: tuple[str, ...], description: str) -> None:
    """Score passages of (text, same pairs, apart pairs), each as written and in the other script, per half
    (``half_of(i)`` names passage ``i``'s), and print the table; the command line picks a half and ``-v``."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each pair scored wrong")
    ap.add_argument("--half", choices=(*halves, "all"), default="all")
    args = ap.parse_args()
    from zhkg.config import Config
    from zhkg.run.pipeline import Pipeline
    from zhkg.stages.normalise import to_simplified, to_traditional

    pipeline = Pipeline(Config())
    tally = {h: [0, 0, 0, 0] for h in halves}  # same joined, same, apart joined, apart
    for i, (text, same, apart) in enumerate(probes):
        half = half_of(i)
        if args.half not in ("all", half):
            continue
        # each passage as written and in the other script
        for variant in (text, to_traditional(text) if to_simplified(text) == text else to_simplified(text)):
            groups = groups_of(pipeline, variant)
            for pairs, k in ((same, 0), (apart, 2)):
                for a, b in pairs:
                    joined = any(a in g and b in g for g in groups)
                    tally[half][k] += joined
                    tally[half][k + 1] += 1
                    if args.verbose and joined != (k == 0):
                        print(f"{i} {half} {'split' if k == 0 else 'JOINED'}: {a} / {b}  ({variant[:20]}…)")
    print("| half | same pairs joined | apart pairs joined (wrong) |")
    print("| --- | --- | --- |")
    for half, (sj, s, aj, a) in tally.items():
        if s or a:
            print(f"| {half} | {sj}/{s} | {aj}/{a} |")


def main() -> None:
    score_alias_probes(PROBES + LATER, half_of, ("rules", "check", "after"), __doc__.split("\n")[0])


if __name__ == "__main__":
    main()
