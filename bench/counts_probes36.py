"""Probe count owners on invented mainland, Hong Kong and Taiwan passages (session 29, counts36).

Run: ``python3 bench/counts_probes36.py [-v] [--half a|b]``. Every passage was written for zhkg from general
knowledge in the style of mainland, Hong Kong and Taiwan news (not taken from any article, never from a reserved
source), in Simplified, and is read as written and in its region's Traditional (OpenCC ``s2t``, ``s2hk``, ``s2tw``).
The set is about **owners**, by the causes issue 14 names: deixis (我区 in 宁夏, 该市, 全队, 当地, 本市, 全区, 区内,
县内), the sentence's subject body against the last place named (a delegation, a team, a company abroad or in a
city), counts in a list under a heading (全省共有…，其中…), counts whose owner is the document's place, and the forms
counts35 left (国内 in Taiwan's news, 星光院线, 园区).

Each passage lists the counts it holds, as (a piece of the text the count covers, its value, the heads acceptable as
the thing counted (Simplified), the owners acceptable (Simplified, ``|``-separated; ``None`` for none; left out when
the owner is not judged), approximate or not), and pieces that hold no count. All were annotated before zhkg ran
on any of them, then split by position: the even-numbered passages (half ``a``) were read for errors and rules
written from them, the odd-numbered ones (half ``b``) only scored, before and after. An owner is right as in
``bench/count_owner_probes31.py`` (the name, a longer form ending in it, a shorter one of three letters or more
ending it, another name, the place's government) for any of its alternatives. Half ``c`` (``PROBES_AFTER``) was
written after the rules, in other wording, and annotated before it was run.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.counts_probes34

from bench.count_owner_probes31 import owner_right  # noqa: E402
from bench.counts_probes34 import Expected, as_traditional, count, score  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402

__all__ = ["PROBES", "PROBES_AFTER", "owner_ok"]

#: (region, passage in Simplified, expected counts, pieces that hold no count)
PROBES: list[tuple[str, str, list[Expected], list[str]]] = [
    ("cn", "宁夏回族自治区人民政府新闻办今天举行发布会。自治区卫健委介绍，今年我区新建乡镇卫生院45所，培训乡村医生2,300名。",
     [count("卫生院45所", 45, "卫生院 乡镇卫生院", "宁夏回族自治区|宁夏"),
      count("乡村医生2,300名", 2300, "医生 乡村医生", "宁夏回族自治区|宁夏")], []),
    ("cn", "记者从成都市教育局获悉，该市今年将新增公办幼儿园60所，新增学位1.8万个。",
     [count("幼儿园60所", 60, "幼儿园 公办幼儿园", "成都市"), count("学位1.8万个", 18000, "学位", "成都市")], []),
    ("cn", "在昨晚结束的比赛中，山东泰山队客场3比1战胜对手。赛后主教练表示，全队共有4名球员因伤缺阵。",
     [count("4名球员", 4, "球员", "山东泰山队")], ["3比1"]),
    ("hk", "屯门区议会昨日开会讨论交通问题。议员指出，当地目前有巴士路线62条，居民约50万人。",
     [count("路线62条", 62, "路线 巴士路线", "屯门区|屯门"), count("居民约50万人", 500000, "居民", "屯门区|屯门", True)], []),
    ("tw", "高雄市政府观光局今天表示，今年前三季到访高雄的国际旅客约120万人次，市内共有星级饭店38家。",
     [count("旅客约120万人次", 1200000, "旅客 国际旅客", "高雄市|高雄", True),
      count("饭店38家", 38, "饭店 星级饭店", "高雄市|高雄")], []),
    ("cn", "由北京市副市长率领的北京市经贸代表团日前抵达德国柏林，代表团一行共32人，与当地企业签署合作协议15项。",
     [count("一行共32人", 32, "人 一行", "北京市经贸代表团|代表团"),
      count("协议15项", 15, "协议 合作协议", "北京市经贸代表团|代表团")], []),
    ("cn", "华为公司在深圳发布年报。报告显示，公司全球员工约20.7万名，业务遍及170多个国家和地区。",
     [count("员工约20.7万名", 207000, "员工", "华为公司|华为", True)], []),
    ("hk", "新世界发展今日宣布，集团在内地共持有商场12个，并计划于明年在深圳新开酒店3间。",
     [count("商场12个", 12, "商场", "新世界发展"), count("酒店3间", 3, "酒店", "新世界发展")], []),
    ("tw", "长荣航空今天宣布，因应暑假旅游旺季，7月起将加开台北往东京航班48班，并增派波音777客机2架。",
     [count("航班48班", 48, "航班", "长荣航空|长荣"), count("客机2架", 2, "客机 波音777客机", "长荣航空|长荣")], []),
    ("cn", "江苏省普通高校招生工作会议昨日召开。会上通报，全省共有普通高校168所，其中本科院校78所、专科院校90所。",
     [count("普通高校168所", 168, "高校 普通高校", "江苏省"), count("本科院校78所", 78, "院校 本科院校", "江苏省"),
      count("专科院校90所", 90, "院校 专科院校", "江苏省")], []),
    ("cn", "福建省今年的重点项目包括：新建高速公路5条，新建港口泊位22个，改造农村公路1,200公里。",
     [count("高速公路5条", 5, "高速公路 公路", "福建省"), count("泊位22个", 22, "泊位 港口泊位", "福建省")],
     ["1,200公里"]),
    ("hk", "卫生署公布最新数字：本港昨日新增流感个案35宗，另有2间安老院舍出现爆发。",
     [count("个案35宗", 35, "个案 流感个案", "香港"), count("2间安老院舍", 2, "院舍 安老院舍", "香港")], []),
    ("tw", "台中市议会今天审查预算。市府表示，本市目前有公立图书馆43座、运动中心9座。",
     [count("图书馆43座", 43, "图书馆 公立图书馆", "台中市"), count("运动中心9座", 9, "中心 运动中心", "台中市")], []),
    ("cn", "西藏自治区拉萨市召开新闻发布会。我市今年共接待国内外游客约2,800万人次，新增A级景区6家。",
     [count("游客约2,800万人次", 28000000, "游客 国内外游客", "拉萨市", True),
      count("景区6家", 6, "景区 A级景区", "拉萨市")], []),
    ("cn", "在昨天结束的亚洲田径锦标赛上，中国队表现出色，全队共获得金牌12枚、银牌9枚。本届比赛在泰国曼谷举行。",
     [count("金牌12枚", 12, "金牌", "中国队"), count("银牌9枚", 9, "银牌", "中国队")], []),
    ("hk", "香港赛马会表示，本马季共举办赛事88场，其中沙田马场52场，跑马地马场36场。",
     [count("赛事88场", 88, "赛事", "香港赛马会"), count("52场", 52, "赛事 场")], []),
    ("tw", "台湾高铁公司表示，中秋连假期间将加开列车62班次，预计疏运旅客约98万人次。",
     [count("列车62班次", 62, "列车", "台湾高铁公司|台湾高铁|高铁"),
      count("旅客约98万人次", 980000, "旅客", "台湾高铁公司|台湾高铁|高铁", True)], []),
    ("cn", "据了解，甘肃省定西市安定区今年投入资金2亿元，新建日光温室1,500座，带动农户3,200户增收。",
     [count("温室1,500座", 1500, "温室 日光温室", "安定区"), count("农户3,200户", 3200, "农户", "安定区")], ["2亿元"]),
    ("cn", "中国人民银行发布的数据显示，截至6月末，全国共有农村商业银行1,600余家。",
     [count("农村商业银行1,600余家", 1600, "银行 商业银行 农村商业银行", "中国", True)], []),
    ("hk", "港铁公司今日表示，新一批列车共93列将于明年起陆续投入服务，取代现有的东铁线列车。",
     [count("共93列", 93, "列车", "港铁公司|港铁")], []),
    ("tw", "屏东县政府今天表示，县内今年共发生登革热本土病例17例，集中在东港、潮州两镇。",
     [count("病例17例", 17, "病例 本土病例", "屏东县")], []),
    ("cn", "四川省援藏工作队一行18人昨日抵达甘孜州，工作队将在当地开展为期一年的医疗帮扶。",
     [count("一行18人", 18, "人 一行", "四川省援藏工作队|工作队")], []),
    ("cn", "阿里巴巴集团在杭州召开投资者大会。集团表示，旗下淘宝平台现有活跃商家约1,000万家。",
     [count("商家约1,000万家", 10000000, "商家 活跃商家", "阿里巴巴集团|阿里巴巴|淘宝", True)], []),
    ("hk", "元朗区今年将落成公共屋邨2个，提供单位约6,000个，区内人口预计明年增至70万。",
     [count("屋邨2个", 2, "屋邨 公共屋邨", "元朗区|元朗"), count("单位约6,000个", 6000, "单位", "元朗区|元朗", True)], []),
    ("tw", "国内疫情趋缓，疾管署今天公布新增本土病例8例、境外移入病例3例。",
     [count("病例8例", 8, "病例 本土病例", "台湾"), count("病例3例", 3, "病例 境外移入病例", "台湾")], []),
    ("cn", "广州市黄埔区近日出台支持科技创新的政策。全区现有高新技术企业2,100家，规上工业企业约900家。",
     [count("企业2,100家", 2100, "企业 高新技术企业", "黄埔区"), count("企业约900家", 900, "企业 工业企业 规上工业企业", "黄埔区", True)],
     []),
    ("tw", "星光院线今天宣布，旗下影城年底前将新增影厅24个，全台据点增至15处。",
     [count("影厅24个", 24, "影厅", "星光院线"), count("15处", 15, "据点", "星光院线")], []),
    ("cn", "苏州工业园区管委会介绍，园区目前集聚外资企业约5,000家，其中世界500强企业投资项目150多个。",
     [count("企业约5,000家", 5000, "企业 外资企业", "苏州工业园区", True),
      count("项目150多个", 150, "项目 投资项目", "苏州工业园区", True)], []),
    ("hk", "九龙城区议员指出，区内有旧楼约3,000幢，其中逾半楼龄超过50年。",
     [count("旧楼约3,000幢", 3000, "旧楼 楼", "九龙城区|九龙城", True)], ["50年"]),
    ("tw", "新北市消防局今天表示，全市共设置消防分队62个，配置消防车约400辆。",
     [count("分队62个", 62, "分队 消防分队", "新北市|新北市消防局"),
      count("消防车约400辆", 400, "消防车", "新北市|新北市消防局", True)], []),
    ("cn", "第十四届全国运动会上，上海代表团共有运动员420名，参加30个大项的比赛。",
     [count("运动员420名", 420, "运动员", "上海代表团")], []),
    ("hk", "国泰航空表示，公司今年将增聘机舱服务员1,500名，并添置新飞机12架。",
     [count("服务员1,500名", 1500, "服务员 机舱服务员", "国泰航空|国泰"), count("飞机12架", 12, "飞机 新飞机", "国泰航空|国泰")],
     []),
    ("cn", "贵州省毕节市近年来大力发展茶产业，当地茶园面积达到200万亩，茶叶企业500余家。",
     [count("企业500余家", 500, "企业 茶叶企业", "毕节市", True)], ["200万亩"]),
    ("tw", "台湾大学今天公布，该校今年共有新生3,600人，其中外籍生约400人。",
     [count("新生3,600人", 3600, "新生", "台湾大学|台大"), count("外籍生约400人", 400, "外籍生", "台湾大学|台大", True)], []),
]

#: written after the rules (half ``c``), annotated before zhkg ran on them: the forms the rules are about, in other
#: wording (datelines of other agencies, reporters of a paper, routes by 至 and 飞, 区内 in mainland news, model codes
#: with letters), and controls
PROBES_AFTER: list[tuple[str, str, list[Expected], list[str]]] = [
    ("cn", "人民网北京7月8日电 北京市今年将新建社区养老驿站200家。",
     [count("驿站200家", 200, "驿站 养老驿站 社区养老驿站", "北京市")], []),
    ("cn", "光明日报记者从江西省获悉，今年全省将改造老旧小区1,500个。",
     [count("小区1,500个", 1500, "小区 老旧小区", "江西省|江西")], []),
    ("hk", "中通社香港5月3日电 香港特区政府今年将兴建公营房屋3万个单位。",
     [count("3万个单位", 30000, "单位", "香港")], []),
    ("tw", "中央社记者从交通部获悉，今年将新增高铁车站2座。",
     [count("车站2座", 2, "车站 高铁车站")], []),
    ("cn", "南方航空宣布开通广州至伦敦直飞航线，并投入空客A350飞机4架执飞。",
     [count("飞机4架", 4, "飞机 A350飞机", "南方航空|南航")], []),
    ("hk", "国泰航空表示，将加开香港飞伦敦航班，并调配波音777客机3架。",
     [count("客机3架", 3, "客机 波音777客机", "国泰航空|国泰")], []),
    ("cn", "成都市武侯区民政局介绍，区内现有养老机构46家，床位约5,000张。",
     [count("养老机构46家", 46, "机构 养老机构", "武侯区"), count("床位约5,000张", 5000, "床位", "武侯区", True)], []),
    ("hk", "湾仔区议会今日开会，议员指出区内有旧楼约1,200幢需要维修。",
     [count("旧楼约1,200幢", 1200, "旧楼 楼", "湾仔区议会|湾仔区|湾仔", True)], []),
    ("cn", "新华社今年共派出前方记者120名报道冬奥会。",
     [count("记者120名", 120, "记者 前方记者", "新华社")], []),
    ("tw", "华航今天表示，将引进波音787客机10架，并加开桃园至东京班机。",
     [count("客机10架", 10, "客机 波音787客机", "华航|中华航空")], []),
    ("cn", "记者从国家统计局获悉，全国共有规模以上工业企业约45万家。",
     [count("企业约45万家", 450000, "企业 工业企业", "中国", True)], []),
    ("cn", "社区内共有居民楼32栋，小区内另有商铺15间。",
     [count("居民楼32栋", 32, "居民楼 楼", None), count("商铺15间", 15, "商铺", None)], []),
]


def owner_ok(got: str | None, want: str | None) -> bool:
    """Right for any of the ``|``-separated owners wanted (``None``: no owner)."""
    if want is None:
        return got is None
    return any(owner_right(got, one) for one in want.split("|"))


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    halves = ("a", "b", "c") if "--half" not in argv else (argv[argv.index("--half") + 1],)
    pipeline = Pipeline()
    print("| half | script | counts | read | read in full | owners right | non-counts left alone | other counts read |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for half in halves:
        probes = PROBES_AFTER if half == "c" else PROBES[half == "b"::2]
        # the Simplified passages as written (t2s leaves them as they are), the Traditional ones converted before
        score(pipeline, half, "traditional", as_traditional(probes), verbose and half == "a", owner_check=owner_ok)
        score(pipeline, half, "simplified", probes, verbose and half == "a", owner_check=owner_ok)


if __name__ == "__main__":
    main(sys.argv[1:])
