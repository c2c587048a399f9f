"""Probe counts, their things and owners on invented mainland, Hong Kong and Taiwan passages (session 28, counts35).

Run: ``python3 bench/counts_probes35.py [-v] [--half study|check]``. Every passage was written for zhkg from general
knowledge in the style of mainland, Hong Kong and Taiwan news (新华社, 明報, 星島, 中央社, 聯合報; not taken from any
article, never from a reserved source), in Simplified, and is read as written and in its region's Traditional
(OpenCC ``s2hk``, ``s2tw``, or ``s2t`` for the mainland's). The forms are those counts34 left and issue 14 names: a
count after an unknown noun (共舰6艘, 泳池44个), a measure noun after a classifier (8所小学学生数不到50人), 本 面 张 套
as classifiers only with a noun that takes them (3.2万本图书, 5面金牌; 三本院校, 四面八方 hold none), 全国 and 国内 in
Taiwan's own news, a company that 指出 its own figures, owners no extractor names (星光院线, 新光三越), counts inside a
list of counts (新增确诊病例12例，其中境外输入3例、本土病例9例: each its own, exact) and year-on-year changes
(较去年增加150家: a change, no count).

Each passage lists the counts it holds, as (a piece of the text the count covers, its value, the heads acceptable as
the thing counted (Simplified), the owner expected (Simplified; ``None`` for none; left out when the owner is not
judged), approximate or not), and pieces that hold no count. All were annotated before zhkg ran on any of them, then
split by position: the even-numbered passages (``study``) were read for errors and rules written from them, the
odd-numbered ones (``check``) only scored, before and after. Scoring is that of ``bench/counts_probes34.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.counts_probes34

from bench.counts_probes34 import UNJUDGED, Expected, count, score  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.normalise import convert  # noqa: E402

__all__ = ["PROBES", "UNJUDGED", "Expected", "count"]

#: the Traditional form each region's passages are also read in
REGION_SCRIPT = {"cn": "s2t", "hk": "s2hk", "tw": "s2tw"}

#: (region, passage in Simplified, expected counts, pieces that hold no count)
PROBES: list[tuple[str, str, list[Expected], list[str]]] = [
    ("tw", "海巡署今天表示，今年截至上月底共查获走私船只12艘，逮捕涉案人员85人。",
     [count("船只12艘", 12, "船只 走私船只", "海巡署"), count("人员85人", 85, "人员 涉案人员", None)], []),
    ("tw", "国防部指出，共军昨日派出共舰6艘、共机12架次在台海周边活动。",
     [count("共舰6艘", 6, "舰 共舰"), count("共机12架次", 12, "机 共机")], []),
    ("hk", "教育局表示，全港目前有8所小学学生数不到50人，当局会与办学团体商讨出路。",
     [count("8所小学", 8, "小学", "香港")], []),
    ("cn", "据新华社报道，国家图书馆今年新增馆藏图书3.2万本，并接待读者约460万人次。",
     [count("图书3.2万本", 32000, "图书 馆藏图书", "国家图书馆"),
      count("读者约460万人次", 4600000, "读者", "国家图书馆", True)], []),
    ("cn", "在本届全运会上，广东代表团共夺得5面金牌、8枚银牌。",
     [count("5面金牌", 5, "金牌", "广东代表团"), count("8枚银牌", 8, "银牌", "广东代表团")], []),
    ("tw", "教育部今天公布统计，今年全国共有12所大学停招，另有3所私立大学申请合并，台北市也有2所。",
     [count("12所大学", 12, "大学", "台湾"), count("3所私立大学", 3, "大学 私立大学", "台湾"),
      count("2所", 2, "大学", "台北市")], []),
    ("hk", "莎莎国际昨日公布业绩。该公司指出，今年在本港新增3间门市，员工人数增至1,200人。",
     [count("3间门市", 3, "门市", "莎莎国际"), count("1,200人", 1200, "员工", "莎莎国际")], []),
    ("cn", "广东省卫健委通报，昨日全省新增确诊病例12例，其中境外输入3例、本土病例9例。",
     [count("病例12例", 12, "病例 确诊病例", "广东省"), count("3例", 3, "病例", "广东省"),
      count("病例9例", 9, "病例 本土病例", "广东省")], []),
    ("tw", "统一超商表示，今年门市数较去年增加150家，全台门市总数突破6,800家。",
     [count("6,800家", 6800, "门市", "统一超商", True)], ["150家"]),
    ("hk", "消防处表示，昨日共出动消防车28辆、救护车6辆，救出被困人士15名。",
     [count("消防车28辆", 28, "消防车", "消防处"), count("救护车6辆", 6, "救护车", "消防处"),
      count("15名", 15, "人士 被困人士", None)], []),
    ("cn", "深圳市今年新建公办中小学35所，新增学位6.8万个，较去年增加1.2万个。",
     [count("中小学35所", 35, "中小学 公办中小学", "深圳市"), count("学位6.8万个", 68000, "学位", "深圳市")],
     ["1.2万个"]),
    ("tw", "农委会统计，本波寒害造成全国农作物受损面积逾3,000公顷，约1,500户农民受影响。",
     [count("约1,500户", 1500, "农民 户", "台湾", True)], ["3,000公顷"]),
    ("cn", "中国石化旗下加油站约3万座，网络覆盖全国31个省份。",
     [count("加油站约3万座", 30000, "加油站", "中国石化", True), count("31个省份", 31, "省份", "中国")], []),
    ("hk", "医管局表示，辖下43间公立医院及122间普通科门诊将延长服务时间。",
     [count("43间公立医院", 43, "医院 公立医院", "医管局"), count("122间普通科门诊", 122, "门诊 普通科门诊", "医管局")],
     []),
    ("tw", "台铁局指出，春节连假期间将加开列车320班次，提供座位约25万个。",
     [count("列车320班次", 320, "列车", "台铁局"), count("座位约25万个", 250000, "座位", "台铁局", True)], []),
    ("cn", "杭州市文旅局介绍，今年国庆假期全市共接待游客520万人次，同比增长12%。",
     [count("游客520万人次", 5200000, "游客", "杭州市")], ["12%"]),
    ("hk", "渔护署今日表示，过去一个月在郊野公园共捡获野猪陷阱23个，并拘捕3名男子。",
     [count("陷阱23个", 23, "陷阱 野猪陷阱"), count("3名男子", 3, "男子", None)], []),
    ("tw", "台北市政府今天宣布，全市12个行政区将增设公共自行车租借站180处。",
     [count("12个行政区", 12, "行政区", "台北市"), count("租借站180处", 180, "租借站", "台北市")], []),
    ("cn", "华南理工大学公布，该校今年在粤计划招收本科生4,500名，另有研究生1,800名。",
     [count("本科生4,500名", 4500, "本科生", "华南理工大学"), count("研究生1,800名", 1800, "研究生", "华南理工大学")],
     []),
    ("hk", "港铁公司指出，该公司去年共处理乘客投诉4,300宗，较前年减少600宗。",
     [count("投诉4,300宗", 4300, "投诉 乘客投诉", "港铁公司")], ["600宗"]),
    ("tw", "长荣航空宣布，明年将引进新机8架，机队规模扩大至88架。",
     [count("新机8架", 8, "机 新机 飞机", "长荣航空"), count("88架", 88, "机 新机 飞机 客机", "长荣航空")], []),
    ("cn", "国家统计局数据显示，全国共有普通高等学校2,738所，在校生3,285万人。",
     [count("学校2,738所", 2738, "学校 高等学校 普通高等学校", "中国"),
      count("在校生3,285万人", 32850000, "在校生", "中国")], []),
    ("hk", "政府统计处数据显示，本港去年共有登记结婚个案4.7万宗，离婚个案1.8万宗。",
     [count("个案4.7万宗", 47000, "个案 结婚个案", "香港"), count("个案1.8万宗", 18000, "个案 离婚个案", "香港")], []),
    ("tw", "桃园市消防局统计，今年辖区内共发生火警210件，造成5人死亡。",
     [count("火警210件", 210, "火警", "桃园市消防局")], []),
    ("cn", "小米集团表示，公司目前在全球拥有专利超过2.9万件，研发人员约1.6万名。",
     [count("专利超过2.9万件", 29000, "专利", "小米集团", True),
      count("人员约1.6万名", 16000, "人员 研发人员", "小米集团", True)], []),
    ("hk", "房屋委员会指出，今年将有7个公屋项目落成，提供约1.2万个单位。",
     [count("7个公屋项目", 7, "项目 公屋项目", "房屋委员会"), count("约1.2万个单位", 12000, "单位", "房屋委员会", True)],
     []),
    ("tw", "台积电表示，公司今年将在高雄新建2座晶圆厂，预计创造3,000个工作机会。",
     [count("2座晶圆厂", 2, "晶圆厂", "台积电"), count("3,000个工作机会", 3000, "机会 工作机会", "台积电")], []),
    ("cn", "成都市今年新开通地铁线路3条，运营里程达到558公里，日均客运量约600万人次。",
     [count("线路3条", 3, "线路 地铁线路", "成都市")], ["558公里", "600万人次"]),
    ("hk", "星光院线宣布，旗下5间戏院今年内将全部结业，涉及员工约120名。",
     [count("5间戏院", 5, "戏院", "星光院线"), count("员工约120名", 120, "员工", "星光院线", True)], []),
    ("tw", "新光三越指出，今年全台19家分店周年庆业绩较去年增加8%，来客数突破1,200万人次。",
     [count("19家分店", 19, "分店", "新光三越"), count("1,200万人次", 12000000, "来客 人次", "新光三越", True)], ["8%"]),
    ("cn", "上海书展组委会介绍，本届书展共展出图书16万种，参展出版社500家。",
     [count("图书16万种", 160000, "图书", "上海书展组委会"), count("出版社500家", 500, "出版社", "上海书展组委会")],
     []),
    ("hk", "警方昨日在深水埗展开行动，共检获冒牌手袋2,300个、手表150只。",
     [count("手袋2,300个", 2300, "手袋 冒牌手袋"), count("手表150只", 150, "手表")], []),
    ("tw", "高雄市政府统计，全市目前共有公立图书馆分馆62座，藏书约420万册。",
     [count("分馆62座", 62, "分馆 图书馆分馆", "高雄市"), count("藏书约420万册", 4200000, "藏书", "高雄市", True)], []),
    ("cn", "农业农村部消息，今年全国共建成高标准农田8,000万亩，新增农机合作社1,200家。",
     [count("合作社1,200家", 1200, "合作社 农机合作社", "中国")], ["8,000万亩"]),
    ("hk", "渣打银行表示，今年将关闭本港8间分行，并将其中2间改为财富管理中心。",
     [count("8间分行", 8, "分行", "渣打银行"), count("2间", 2, "分行", "渣打银行")], []),
    ("tw", "中央气象局表示，今年共有4个台风侵台，局方共发布海上警报7次。",
     [count("4个台风", 4, "台风")], ["7次"]),
    ("cn", "京东集团介绍，截至去年底公司在全国运营仓库约1,600个，配送站点超过1.9万个。",
     [count("仓库约1,600个", 1600, "仓库", "京东集团", True),
      count("站点超过1.9万个", 19000, "站点 配送站点", "京东集团", True)], []),
    ("hk", "环境保护署指出，本港每日产生都市固体废物约1.1万公吨，全港目前设有社区回收站11个。",
     [count("回收站11个", 11, "回收站 社区回收站", "香港")], ["1.1万公吨"]),
    ("tw", "卫福部疾管署今天公布，国内新增12例本土病例，另有境外移入5例。",
     [count("12例本土病例", 12, "病例 本土病例", "台湾"), count("5例", 5, "病例", "台湾")], []),
    ("cn", "海南省统计，全省今年共接待入境游客约150万人次，较去年增加30万人次。",
     [count("游客约150万人次", 1500000, "游客 入境游客", "海南省", True)], ["30万人次"]),
    ("hk", "海关表示，今年首十个月共侦破毒品案件420宗，拘捕疑犯510人。",
     [count("案件420宗", 420, "案件 毒品案件", "海关"), count("疑犯510人", 510, "疑犯", None)], []),
    ("tw", "国家通讯传播委员会统计，全国目前共有有线电视系统业者64家。",
     [count("业者64家", 64, "业者 系统业者", "台湾")], []),
    ("cn", "苏州工业园区管委会介绍，园区现有外资企业5,000余家，其中世界500强投资项目156个。",
     [count("企业5,000余家", 5000, "企业 外资企业", "苏州工业园区", True),
      count("项目156个", 156, "项目 投资项目", "苏州工业园区")], []),
    ("hk", "国泰航空宣布，明年将增聘机舱服务员约1,500名，并增购新客机6架。",
     [count("服务员约1,500名", 1500, "服务员 机舱服务员", "国泰航空", True),
      count("客机6架", 6, "客机 新客机", "国泰航空")], []),
    ("tw", "台湾大学校方表示，今年共有28名学生获得奖学金，出国交换的学生约400人。",
     [count("28名学生", 28, "学生", "台湾大学"), count("学生约400人", 400, "学生", "台湾大学", True)], []),
    ("cn", "故宫博物院今年共举办展览28个，展出文物约1.5万件。",
     [count("展览28个", 28, "展览", "故宫博物院"), count("文物约1.5万件", 15000, "文物", "故宫博物院", True)], []),
    ("hk", "九巴指出，公司今年共引入新巴士150部，车队总数维持约4,000部。",
     [count("巴士150部", 150, "巴士 新巴士", "九巴"), count("约4,000部", 4000, "巴士 新巴士", "九巴", True)], []),
    ("tw", "台中市教育局统计，全市今年共有国小新生2.3万人，较去年减少1,200人。",
     [count("新生2.3万人", 23000, "新生 国小新生", "台中市")], ["1,200人"]),
    ("cn", "某商场负责人称，今年国庆期间共卖出电视机3,000台、冰箱1,800台。",
     [count("电视机3,000台", 3000, "电视机", None), count("冰箱1,800台", 1800, "冰箱", None)], []),
    ("hk", "马会宣布，今季共举办赛事88场，投注额创新高。",
     [count("赛事88场", 88, "赛事", "马会")], []),
    ("tw", "环保署统计，全国共有垃圾焚化厂24座，每日处理量约2.2万公吨。",
     [count("焚化厂24座", 24, "焚化厂 垃圾焚化厂", "台湾")], ["2.2万公吨"]),
    ("cn", "美团表示，平台上目前有活跃商家约930万家，骑手超过600万名。",
     [count("商家约930万家", 9300000, "商家 活跃商家", "美团", True), count("骑手超过600万名", 6000000, "骑手", "美团", True)],
     []),
    ("hk", "康文署表示，辖下共有泳池44个、体育馆103间。",
     [count("泳池44个", 44, "泳池", "康文署"), count("体育馆103间", 103, "体育馆", "康文署")], []),
    ("tw", "诚品书店表示，今年共售出书籍约500万本，并举办讲座1,200场。",
     [count("书籍约500万本", 5000000, "书籍", "诚品书店", True), count("讲座1,200场", 1200, "讲座", "诚品书店")], []),
    ("cn", "招生办提醒考生，三本院校的录取分数线将于下周公布，各地考生来自四面八方。",
     [], ["三本", "四面"]),
    ("hk", "香港邮政今年共发行纪念邮票8套，印制邮票约2,000万张。",
     [count("邮票8套", 8, "邮票 纪念邮票", "香港邮政"), count("邮票约2,000万张", 20000000, "邮票", "香港邮政", True)], []),
    ("cn", "国家体育总局称，中国代表团在本届亚运会上共获得201枚金牌、111面银牌。",
     [count("201枚金牌", 201, "金牌", "中国代表团"), count("111面银牌", 111, "银牌", "中国代表团")], []),
]


def as_traditional(probes: list[tuple[str, str, list[Expected], list[str]]]
                   ) -> list[tuple[str, str, list[Expected], list[str]]]:
    """The passages and their pieces in each region's Traditional (heads and owners stay Simplified)."""
    out = []
    for region, passage, expected, nothing in probes:
        config = REGION_SCRIPT[region]
        out.append((region, convert(passage, config),
                    [Expected(convert(e.piece, config), e.value, e.heads, e.owner, e.approximate) for e in expected],
                    [convert(p, config) for p in nothing]))
    return out


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    halves = ("study", "check") if "--half" not in argv else (argv[argv.index("--half") + 1],)
    pipeline = Pipeline()
    print("| half | script | counts | read | read in full | owners right | non-counts left alone | other counts read |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for half in halves:
        probes = PROBES[half == "check"::2]
        # counts_probes34's score reads its passages as Traditional when told "traditional", else through t2s
        score(pipeline, half, "traditional", as_traditional(probes), verbose)
        score(pipeline, half, "simplified", probes, verbose)


if __name__ == "__main__":
    main(sys.argv[1:])
