"""Probe Japan's prefectures and Korea's provinces and metropolitan cities in news, and the names that look like them.

Run: ``python3 bench/japan_probes.py [-v] [--script simplified|traditional|both]``. Each passage was written for
zhkg from general knowledge in the style of international news (Simplified letters); none is taken from any
article, and none from the reserved sources. Every passage is read as written and converted to Traditional
(OpenCC s2t). A probe is right when every expected entity is in the graph (a place with the expected code when one
is given, any node of that code) and no name listed as wrong is there (with the label given, or with any label).

The traps are short forms a prefecture would give that are surnames or personal names (山口百惠, 宫崎骏, 石川佳纯,
长野 as a person), words (大分, 三重) or another place (新北市's 三重区, 高雄's 冈山区).

These are probes of whether the rules generalise, not a dev set. Round 14 (japan14): the 38 passages were
written and scored before any rule: 7/38 right in each script on main (53ecf8f), expected places
14/46.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))

from bench.tw_probes import probes_main, score_place_probes  # noqa: E402

P, O, L = "PERSON", "ORGANIZATION", "PLACE"  # noqa: E741 (the labels, short for the table)

#: (passage in Simplified, expected entities [(Simplified name, label) or (name, label, code)],
#: wrong entities [name (any label) or (name, label)])
PROBES: list[tuple[str, list[tuple[str, ...]], list]] = [
    # prefectures named in full
    ("日本熊本县昨晚发生6.5级地震，当地已有多栋房屋倒塌。",
     [("日本", L, "JP"), ("熊本县", L, "JP-43")], []),
    ("台积电计划在熊本县兴建第二座晶圆厂，预计明年动工。",
     [("台积电", O), ("熊本县", L, "JP-43")], []),
    ("北海道今冬遭遇罕见暴雪，札幌市区交通一度瘫痪。",
     [("北海道", L, "JP-01"), ("札幌", L, "JP-city:Sapporo")], []),
    ("大阪府知事表示，世博会场馆建设进度符合预期。",
     [("大阪府", L, "JP-27")], []),
    ("东京都政府宣布，明年起将为育儿家庭发放补助。",
     [("东京都", L, "JP-13")], []),
    ("冲绳县民众周末集会，反对美军基地迁往名护市。",
     [("冲绳县", L, "JP-47")], []),
    ("福岛县沿海渔民对核污水排海计划表示强烈不满。",
     [("福岛县", L, "JP-07")], []),
    ("据日本气象厅消息，鹿儿岛县樱岛火山今天上午再次喷发。",
     [("鹿儿岛县", L, "JP-46"), ("日本气象厅", O)], []),
    ("静冈县和爱知县境内的东海道新干线一度停驶。",
     [("静冈县", L, "JP-22"), ("爱知县", L, "JP-23")], []),
    ("三重县警方已逮捕一名涉嫌纵火的男子。",
     [("三重县", L, "JP-24")], []),
    ("山口县岩国基地周边居民抗议战机夜间训练。",
     [("山口县", L, "JP-35")], []),
    ("宫崎县的养鸡场爆发禽流感，当局扑杀了四万只鸡。",
     [("宫崎县", L, "JP-45")], []),
    ("石川县能登半岛地震已造成两百多人死亡。",
     [("石川县", L, "JP-17")], []),
    ("长野县一座火山喷发，数十名登山客受困。",
     [("长野县", L, "JP-20")], []),
    ("大分县的温泉旅馆今年接待了大批外国游客。",
     [("大分县", L, "JP-44")], []),
    ("京都府和奈良县的古寺吸引了大批中国游客。",
     [("京都府", L, "JP-26"), ("奈良县", L, "JP-29")], []),
    ("神奈川县横滨市将举办国际花卉博览会。",
     [("神奈川县", L, "JP-14"), ("横滨市", L, "JP-city:Yokohama")], []),
    # prefectures named by their short form
    ("熊本地震发生后，当地志愿者纷纷前往灾区救援。",
     [("熊本", L, "JP-43")], []),
    ("冲绳的美军基地问题再次成为日本国会的焦点。",
     [("冲绳", L, "JP-47"), ("日本", L, "JP")], []),
    ("福岛核电站的处理水已开始第三轮排海。",
     [("福岛", L, "JP-07")], []),
    # Korea
    ("韩国京畿道政府宣布，将在水原市建设新的半导体园区。",
     [("韩国", L, "KR"), ("京畿道", L, "KR-41")], []),
    ("济州岛今年接待的中国游客人数已恢复到疫情前水平。",
     [("济州岛", L, "KR-49")], []),
    ("韩国济州道议会通过了限制外国人购地的条例。",
     [("济州道", L, "KR-49")], []),
    ("庆尚北道浦项市发生5.4级地震，震感波及首尔。",
     [("庆尚北道", L, "KR-47"), ("首尔", L, "KR-city:Seoul")], []),
    ("全罗南道木浦港的世越号船体已被移上陆地。",
     [("全罗南道", L, "KR-46")], []),
    ("大邱市一家教会爆发集体感染，韩国当局紧急封锁相关场所。",
     [("大邱", L, "KR-27"), ("韩国", L, "KR")], []),
    ("釜山广域市市长表示，将全力争取举办世博会。",
     [("釜山广域市", L, "KR-26")], []),
    ("仁川机场今天因大雾取消了三十多个航班。",
     [("仁川机场", L)], []),
    ("江原道平昌郡曾举办2018年冬季奥运会。",
     [("江原道", L, "KR-42")], []),
    # traps: surnames, personal names, words and other places
    ("山口百惠当年宣布引退，震惊了整个日本演艺圈。",
     [("山口百惠", P), ("日本", L, "JP")], [("山口", L)]),
    ("宫崎骏的新作在中国上映首周票房突破一亿元。",
     [("中国", L, "CN")], [("宫崎", L)]),
    ("石川佳纯在女单比赛中以4比2战胜对手，晋级八强。",
     [], [("石川", L)]),
    ("新北市三重区一栋公寓今天凌晨发生火警，三人送医。",
     [("新北市", L, "TW-NWT"), ("三重区", L, "TW-NWT-241")], []),
    ("三重的夜市今晚人潮汹涌，新北市警方加派警力维持秩序。",
     [("三重", L, "TW-NWT-241"), ("新北市", L, "TW-NWT")], []),
    ("日本前首相长野在记者会上回应了相关质疑。",
     [("日本", L, "JP")], [("长野", L)]),
    ("这次改革将大分配格局调整得更加合理。",
     [], [("大分", L)]),
    ("高雄冈山区的羊肉炉店家生意兴隆。",
     [("冈山区", L, "TW-KHH-820")], [("冈山县", L)]),
    ("山口先生说，他的家人都在三重工作。",
     [], [("山口", L)]),
]


def main() -> None:
    probes_main(PROBES, __doc__.split("\n")[0], score_place_probes, written="simplified")


if __name__ == "__main__":
    main()
