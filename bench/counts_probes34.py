"""Probe counts and their owners on Hong Kong and Taiwan passages written in Traditional (session 28, counts34).

Run: ``python3 bench/counts_probes34.py [-v] [--half study|check|"while working"]``. Every passage was written for zhkg from general
knowledge in the style of Hong Kong and Taiwan news (明報, 星島, 中央社, 聯合報; not taken from any article, never from
a reserved source), **in Traditional**, with its region's forms (間, 幢, 宗, 單, 架次, 人次, 逾, 近, 約, 多, 餘), and is
read as written and converted to Simplified (OpenCC ``t2s``). Each passage lists the counts it holds, as (a piece of
the text the count covers, its value, the heads acceptable as the thing counted (Simplified), the owner expected
(Simplified; ``None`` for none; left out when the owner is not judged), approximate or not), and pieces that hold
no count.

The passages are split before any rule was written from them: the even-numbered ones (``study``) were read for
errors, the odd-numbered ones (``check``) only scored, before and after, to see whether the rules written from the
first half hold on text they were not written from. A count is read when a COUNT mention overlaps its piece with its
value and one of its heads; its owner is right when the HAS_COUNT source is the expected name, a longer or shorter
form of it, another of its names or its government (as ``bench/count_owner_probes31.py`` judges).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.count_owner_probes31

from bench.count_owner_probes31 import owner_right  # noqa: E402
from zhkg.records import Document, Label, RelationKind  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.entity_groups import entity_id  # noqa: E402
from zhkg.stages.normalise import convert, to_simplified  # noqa: E402

#: an owner left unjudged
UNJUDGED = "?"


@dataclass(frozen=True)
class Expected:
    """One count a passage holds: a piece of text it covers (Traditional), value, heads, owner, approximate."""

    piece: str
    value: float
    heads: tuple[str, ...]
    owner: str | None = UNJUDGED
    approximate: bool = False


def count(piece: str, value: float, heads: str, owner: str | None = UNJUDGED, approximate: bool = False) -> Expected:
    """An expected count; ``heads`` is a space-separated list of acceptable heads (Simplified)."""
    return Expected(piece, value, tuple(heads.split()), owner, approximate)


#: the Traditional form each region's Simplified passages are also read in (:func:`as_traditional`)
REGION_SCRIPT = {"cn": "s2t", "hk": "s2hk", "tw": "s2tw"}


def as_traditional(probes: list[tuple[str, str, list[Expected], list[str]]]
                   ) -> list[tuple[str, str, list[Expected], list[str]]]:
    """The passages and their pieces in each region's Traditional (:data:`REGION_SCRIPT`; heads and owners stay
    Simplified): the Simplified probes of ``bench/counts_probes35.py`` and ``bench/counts_probes36.py``."""
    out = []
    for region, passage, expected, nothing in probes:
        config = REGION_SCRIPT[region]
        out.append((region, convert(passage, config),
                    [Expected(convert(e.piece, config), e.value, e.heads, e.owner, e.approximate) for e in expected],
                    [convert(p, config) for p in nothing]))
    return out


#: (region, passage in Traditional, expected counts, pieces that hold no count)
PROBES: list[tuple[str, str, list[Expected], list[str]]] = [
    ("hk", "港鐵公司昨日宣布，將於明年新增3間客務中心，並增聘約200名車站職員。",
     [count("3間", 3, "客务中心 中心", "港铁公司"), count("約200名", 200, "职员 车站职员", "港铁公司", True)], []),
    ("hk", "食物及衞生局表示，全港現時有逾4,000間持牌食肆，本月已巡查當中850間。",
     [count("逾4,000間", 4000, "食肆 持牌食肆", "香港", True), count("850間", 850, "食肆 持牌食肆", "香港")], []),
    ("hk", "屋宇署昨日公布，九龍城區有兩幢舊樓須進行緊急維修，涉及約160個住戶。",
     [count("兩幢", 2, "旧楼 楼"), count("約160個", 160, "住户", UNJUDGED, True)], []),
    ("hk", "消防處表示，昨日共接獲30宗火警報告，其中3宗屬三級火。",
     [count("30宗", 30, "火警报告 报告 火警", "消防处"), count("3宗", 3, "火警报告 报告 火警", "消防处")], ["三級火"]),
    ("hk", "新世界發展昨日公布，集團旗下5間酒店入住率回升，並計劃於年內再開設2間分店。",
     [count("5間", 5, "酒店", "新世界发展"), count("2間", 2, "分店", "新世界发展")], []),
    ("hk", "香港中文大學表示，該校今年共錄取近3,000名本科新生，當中約300名來自內地。",
     [count("近3,000名", 3000, "新生 本科新生", "香港中文大学", True),
      count("約300名", 300, "新生 本科新生", "香港中文大学", True)], []),
    ("hk", "海關昨日在葵涌貨櫃碼頭截獲兩個可疑貨櫃，檢獲約800公斤冰鮮肉類。",
     [count("兩個", 2, "货柜 可疑货柜")], ["800公斤"]),
    ("hk", "運輸署指出，本港登記車輛已超過90萬輛，當中私家車約有57萬輛。",
     [count("超過90萬輛", 900000, "车辆 登记车辆", "香港", True), count("57萬輛", 570000, "私家车", "香港", True)], []),
    ("hk", "醫院管理局昨日公布，轄下43間公立醫院共有約2萬8千張病床。",
     [count("43間", 43, "医院 公立医院", "医院管理局"), count("2萬8千張", 28000, "病床", "医院管理局", True)], []),
    ("hk", "廉政公署去年共接獲2,100宗貪污投訴，較前年減少一成。",
     [count("2,100宗", 2100, "投诉 贪污投诉", "廉政公署")], ["一成"]),
    ("hk", "城巴表示，公司現時營運約120條路線，並計劃年內引入50部電動巴士。",
     [count("約120條", 120, "路线", "城巴", True), count("50部", 50, "电动巴士 巴士", "城巴")], []),
    ("hk", "教育局公布，全港今年有15間小學因收生不足而須停辦，涉及約2,000名學生。",
     [count("15間", 15, "小学", "香港"), count("約2,000名", 2000, "学生", "香港", True)], []),
    ("hk", "機管局表示，香港國際機場上月處理約450萬人次旅客，航班升降逾2.8萬架次。",
     [count("450萬人次", 4500000, "人次 旅客", UNJUDGED, True), count("2.8萬架次", 28000, "架次", UNJUDGED, True)], []),
    ("hk", "大埔一間村屋昨凌晨起火，兩名長者被困，消防員到場將二人救出。",
     [count("兩名", 2, "长者")], []),
    ("tw", "台北市政府今天表示，市府今年將新增6座公共托嬰中心，並增設1,200個公共托育名額。",
     [count("6座", 6, "托婴中心 公共托婴中心 中心", "台北市"), count("1,200個", 1200, "名额 托育名额 公共托育名额", "台北市")],
     []),
    ("tw", "交通部觀光署統計，去年來台旅客約650萬人次，較前年成長逾一成。",
     [count("650萬人次", 6500000, "人次 旅客", UNJUDGED, True)], ["逾一成"]),
    ("tw", "國防部今天表示，上午共偵獲共機21架次、共艦6艘在台海周邊活動。",
     [count("21架次", 21, "架次 共机"), count("6艘", 6, "共舰")], []),
    ("tw", "台灣高鐵公司宣布，春節連假期間將加開120班次列車，預估疏運旅客逾80萬人次。",
     [count("120班次", 120, "班次 列车", "台湾高铁公司"),
      count("逾80萬人次", 800000, "人次 旅客", "台湾高铁公司", True)], []),
    ("tw", "新竹縣政府指出，縣內目前有32所國中小面臨少子化衝擊，其中8所學生數不到50人。",
     [count("32所", 32, "国中小", "新竹县"), count("8所", 8, "国中小", "新竹县")], []),
    ("tw", "內政部統計，全台目前共有368個鄉鎮市區、7,700多個村里。",
     [count("368個", 368, "乡镇市区", "台湾"), count("7,700多個", 7700, "村里", "台湾", True)], []),
    ("tw", "鴻海今天召開股東會，董事長表示，集團今年將在墨西哥新建2座工廠，並招募約5,000名員工。",
     [count("2座", 2, "工厂", "鸿海"), count("約5,000名", 5000, "员工", "鸿海", True)], []),
    ("tw", "中央氣象署表示，颱風造成全台逾23萬戶停電，另有300多處道路坍方。",
     [count("逾23萬戶", 230000, "户", "台湾", True), count("300多處", 300, "道路", "台湾", True)], []),
    ("tw", "高雄市警察局今天表示，今年已破獲詐騙案件412件，逮捕嫌犯530人。",
     [count("412件", 412, "案件 诈骗案件", "高雄市警察局"), count("530人", 530, "嫌犯", None)], []),
    ("tw", "台南市長今天在議會表示，市府已完成15座滯洪池，還有4座正在施工。",
     [count("15座", 15, "滞洪池", "台南市"), count("4座", 4, "滞洪池", "台南市")], []),
    ("tw", "台中一間安養中心昨晚發生火警，院內48名住民緊急疏散，其中3人嗆傷送醫。",
     [count("48名", 48, "住民"), count("3人", 3, "人")], []),
    ("tw", "全家便利商店今天宣布，旗下門市今年將達4,400家，並新聘約3,000名店員。",
     [count("4,400家", 4400, "门市", "全家便利商店"), count("約3,000名", 3000, "店员", "全家便利商店", True)], []),
    ("tw", "衛福部疾管署今天公布，國內新增5例登革熱境外移入病例，今年累計已有120例。",
     [count("5例", 5, "病例 境外移入病例"), count("120例", 120, "病例 境外移入病例")], []),
    ("tw", "中華職棒今年共有6支球隊參賽，全年預計進行360場例行賽。",
     [count("6支", 6, "球队", "中华职棒"), count("360場", 360, "例行赛", "中华职棒")], []),
    ("tw", "故宮博物院今天表示，今年將推出8項特展，展出約1,500件文物。",
     [count("8項", 8, "特展", "故宫博物院"), count("約1,500件", 1500, "文物", "故宫博物院", True)], []),
    ("tw", "桃園市消防局今天出動8輛消防車、30名消防員前往救災。",
     [count("8輛", 8, "消防车", "桃园市消防局"), count("30名", 30, "消防员", "桃园市消防局")], []),
    ("tw", "台灣大學今天公布，該校今年共有27位教師獲得教學優良獎。",
     [count("27位", 27, "教师", "台湾大学")], []),
    ("hk", "發展局表示，政府今年共推出兩幅住宅地，並批出3個大型項目。",
     [count("兩幅", 2, "住宅地 地"), count("3個", 3, "项目 大型项目")], []),
    ("tw", "文化部今天公布，今年共補助45部國產新片，另有12部優秀紀錄片獲獎。",
     [count("45部", 45, "新片 国产新片", "文化部"), count("12部", 12, "纪录片 优秀纪录片")], []),
    ("hk", "英皇娛樂昨日宣布，旗下3位新晉歌手將於年底舉行演唱會。",
     [count("3位", 3, "歌手 新晋歌手", "英皇娱乐")], []),
    ("hk", "警方表示，今年首季共發生1,205宗爆竊案，較去年同期上升8%，另有三單涉及槍械的案件。",
     [count("1,205宗", 1205, "爆窃案"), count("三單", 3, "案件")], ["8%"]),
    ("tw", "台北市衛生局今天表示，市內確診者新增3名，累計個案共計45例。",
     [count("3名", 3, "确诊者", "台北市"), count("45例", 45, "个案", "台北市")], []),
    ("hk", "旅發局指出，今年首季訪港旅客錄得約1,050萬人次，其中內地旅客佔約800萬。",
     [count("1,050萬人次", 10500000, "人次 旅客", UNJUDGED, True),
      count("約800萬", 8000000, "旅客 内地旅客", UNJUDGED, True)], []),
    ("hk", "颱風襲港期間，全港有近千棵樹木倒塌，逾百人受傷。",
     [count("近千棵", 1000, "树木", "香港", True), count("逾百人", 100, "人", "香港", True)], []),
    ("tw", "花蓮縣政府統計，地震造成縣內17棟建築受損，其中2棟須拆除。",
     [count("17棟", 17, "建筑", "花莲县"), count("2棟", 2, "建筑", "花莲县")], []),
    ("hk", "房委會表示，新落成的屋邨共有6幢住宅大廈，提供約5,000個單位。",
     [count("6幢", 6, "大厦 住宅大厦"), count("約5,000個", 5000, "单位", UNJUDGED, True)], []),
    ("tw", "台北捷運公司指出，跨年夜當晚運量達約320萬人次，公司共動員1,500名員工。",
     [count("320萬人次", 3200000, "人次", "台北捷运公司", True), count("1,500名", 1500, "员工", "台北捷运公司")], []),
    ("hk", "一名村民表示：「我們村有三十多戶人家，大部分都是長者。」",
     [count("三十多戶", 30, "户 人家", None, True)], []),
    ("hk", "星光院線昨日宣布，旗下戲院明年將增至12間，並引入60部外語電影。",
     [count("12間", 12, "戏院", "星光院线"), count("60部", 60, "电影 外语电影", "星光院线")], []),
    ("tw", "彰化縣府今天表示，縣內有26所國小將於暑假進行耐震補強，經費約3億元。",
     [count("26所", 26, "国小", "彰化县")], ["3億元"]),
    ("hk", "保安局指出，本港現時有約3萬名警務人員，另有逾5,000名輔警。",
     [count("約3萬名", 30000, "警务人员 人员", "香港", True), count("逾5,000名", 5000, "辅警", "香港", True)], []),
    ("tw", "長榮海運今天宣布，將再訂造12艘貨櫃輪，船隊規模將達220多艘。",
     [count("12艘", 12, "货柜轮", "长荣海运"), count("220多艘", 220, "货柜轮 船", "长荣海运", True)], []),
    ("hk", "恒生銀行表示，該行將於年內關閉5間分行，並把約80名員工調往其他部門。",
     [count("5間", 5, "分行", "恒生银行"), count("約80名", 80, "员工", "恒生银行", True)], []),
    ("tw", "新北市長今天表示，全市已設置250處防災避難所，可收容約10萬人。",
     [count("250處", 250, "避难所 防灾避难所", "新北市"), count("約10萬人", 100000, "人", "新北市", True)], []),
    ("hk", "衞生防護中心今日公布，本港新增42宗流感個案，當中兩宗屬嚴重個案。",
     [count("42宗", 42, "个案 流感个案", "香港"), count("兩宗", 2, "个案 严重个案", "香港")], []),
    ("tw", "中華航空今天宣布，明年將引進6架新型客機，並開闢3條歐洲新航線。",
     [count("6架", 6, "客机 新型客机", "中华航空"), count("3條", 3, "航线 新航线 欧洲新航线", "中华航空")], []),
    ("hk", "九龍城區議會今日通過撥款，資助區內18個地區團體舉辦活動。",
     [count("18個", 18, "团体 地区团体")], []),
    ("tw", "高雄市府今天表示，本市今年共吸引1,200萬人次遊客，新增飯店客房逾3,000間。",
     [count("1,200萬人次", 12000000, "人次 游客", "高雄市"), count("逾3,000間", 3000, "客房 饭店客房", "高雄市", True)],
     []),
]


#: a second batch, written while working, after the first batch's study half was read: more Hong Kong and Taiwan forms
#: and owners, read for errors like the study half (rules written from it are checked on the first batch's check half)
PROBES_WHILE_WORKING: list[tuple[str, str, list[Expected], list[str]]] = [
    ("hk", "恒基地產昨日表示，集團今年共推出4個新盤，合共提供約2,600個單位。",
     [count("4個", 4, "新盘 盘", "恒基地产"), count("約2,600個", 2600, "单位", "恒基地产", True)], []),
    ("hk", "消防處昨日共派出35部消防車及180名消防員到場灌救。",
     [count("35部", 35, "消防车", "消防处"), count("180名", 180, "消防员", "消防处")], []),
    ("tw", "台灣電力公司表示，颱風導致全台約12萬戶停電，公司已派出逾2,000名人員搶修。",
     [count("約12萬戶", 120000, "户", "台湾", True), count("逾2,000名", 2000, "人员", "台湾电力公司", True)], []),
    ("tw", "台中市政府今天宣布，市府將在各區興建9座社會住宅，共提供約4,000戶。",
     [count("9座", 9, "社会住宅 住宅", "台中市"), count("約4,000戶", 4000, "户", "台中市", True)], []),
    ("hk", "入境處表示，本港上月共簽發約3.2萬本特區護照。",
     [count("3.2萬本", 32000, "护照 特区护照", "香港", True)], []),
    ("tw", "教育部統計，今年全國共有40所大學招生不足，其中12所為私立大學。",
     [count("40所", 40, "大学", "台湾"), count("12所", 12, "大学 私立大学", "台湾")], []),
    ("hk", "港大醫學院宣布，該院今年將增收60名醫科生。",
     [count("60名", 60, "医科生", "港大医学院")], []),
    ("tw", "台北101今天表示，跨年煙火吸引逾百萬人次到場觀賞。",
     [count("逾百萬人次", 1000000, "人次", UNJUDGED, True)], []),
    ("hk", "九巴表示，公司現有逾6,000名車長，仍欠約300人。",
     [count("逾6,000名", 6000, "车长", "九巴", True), count("約300人", 300, "人 车长", "九巴", True)], []),
    ("tw", "國泰金控今天公布，旗下共有160家分行，去年新增8家。",
     [count("160家", 160, "分行", "国泰金控"), count("8家", 8, "分行", "国泰金控")], []),
    ("hk", "警方昨日在深水埗展開突擊行動，檢獲12部老虎機。",
     [count("12部", 12, "老虎机")], []),
    ("tw", "屏東縣政府表示，縣內共有33個鄉鎮市，其中8個為原住民鄉。",
     [count("33個", 33, "乡镇市", "屏东县"), count("8個", 8, "乡镇市 原住民乡 乡", "屏东县")], []),
    ("hk", "電影發展局指出，本港去年共有40部港產片上映。",
     [count("40部", 40, "港产片", "香港")], []),
    ("tw", "長庚醫院今天表示，院方已收治12名傷者，其中2人傷勢較重。",
     [count("12名", 12, "伤者", "长庚医院"), count("2人", 2, "人 伤者")], []),
    ("hk", "政府統計處公布，本港人口約750萬人。",
     [count("約750萬人", 7500000, "人 人口", "香港", True)], []),
    ("tw", "新光三越宣布，旗下19家百貨門市今年將舉辦週年慶。",
     [count("19家", 19, "门市 百货门市", "新光三越")], []),
    ("hk", "機管局表示，機場今年將增設20個登機閘口，並新增3條行李輸送帶。",
     [count("20個", 20, "闸口 登机闸口"), count("3條", 3, "输送带 行李输送带")], []),
    ("tw", "國防部今天宣布，國軍將採購66架F-16V戰機。",
     [count("66架", 66, "战机")], []),
    ("hk", "食環署表示，全港共有逾百個公眾街市，當中約20個需要翻新。",
     [count("逾百個", 100, "街市 公众街市", "香港", True), count("約20個", 20, "街市 公众街市", "香港", True)], []),
    ("hk", "一架客機昨日因機件故障折返，機上248名乘客及12名機組人員安全。",
     [count("248名", 248, "乘客"), count("12名", 12, "机组人员 人员")], []),
    ("tw", "今年共有14名國手出賽，奪得5面金牌。",
     [count("14名", 14, "国手"), count("5面", 5, "金牌")], []),
    ("hk", "遊戲推出後，玩家可收集50個華麗角色。",
     [count("50個", 50, "角色 华丽角色")], []),
    ("tw", "縣內今年有3個美麗漁村入選。",
     [count("3個", 3, "渔村 美丽渔村")], []),
    ("hk", "港府共收到萬多份申請，當中約3,000份不符資格。",
     [count("萬多份", 10000, "申请", "香港", True), count("約3,000份", 3000, "申请", "香港", True)], []),
]


def read(pipeline: Pipeline, text: str) -> list[tuple[int, int, float, str, bool, str | None]]:
    """Each count read in ``text``: start, end, value, counted thing (Simplified), approximate, owner's name."""
    result = pipeline.process_documents([Document("probe", text, kind="text")])[0]
    names = {entity_id(m): to_simplified(m.canonical or m.text) for m in result.mentions}
    owners = {r.target: names.get(r.source, r.source) for r in result.relations if r.kind is RelationKind.HAS_COUNT}
    return [(m.start, m.end, m.quantity.value, to_simplified(m.quantity.counted_simplified), m.quantity.approximate,
             owners.get(entity_id(m))) for m in result.mentions if m.label is Label.COUNT and m.quantity is not None]


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    halves = ("study", "check", "while working") if "--half" not in argv else (argv[argv.index("--half") + 1],)
    pipeline = Pipeline()
    print("| half | script | counts | read | read in full | owners right | non-counts left alone | other counts read |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for half in halves:
        probes = PROBES_WHILE_WORKING if half == "while working" else PROBES[half == "check"::2]
        for script in ("traditional", "simplified"):
            score(pipeline, half, script, probes, verbose)


def score(pipeline: Pipeline, half: str, script: str, probes: list[tuple[str, str, list[Expected], list[str]]],
          verbose: bool, owner_check=owner_right) -> None:
    """Print one half's row in one script: counts read, read in full, owners right (``owner_check(read, wanted)``),
    non-counts left alone."""
    total = got = full = owners_ok = owners_n = quiet = quiet_n = other = 0
    for _, passage, expected, nothing in probes:
        text = passage if script == "traditional" else to_simplified(passage)
        counts = read(pipeline, text)
        covered: set[int] = set()
        for want in expected + [Expected(p, 0, ()) for p in nothing]:
            piece = want.piece if script == "traditional" else to_simplified(want.piece)
            start = text.find(piece)
            near = [c for c in counts if start >= 0 and c[0] < start + len(piece) and start < c[1]]
            covered.update(map(id, near))
            if not want.heads:
                quiet_n += 1
                quiet += not near
                if verbose and near:
                    print(f"<!-- {half} {script}: not a count, read {[c[3] for c in near]}: {want.piece} -->")
                continue
            total += 1
            hits = [c for c in near if c[2] == want.value and c[3] in want.heads]
            got += bool(hits)
            full += any(c[4] == want.approximate for c in hits)
            if hits and want.owner != UNJUDGED:
                owners_n += 1
                good = owner_check(hits[0][5], want.owner)
                owners_ok += good
                if verbose and not good:
                    print(f"<!-- {half} {script}: {want.piece} owner {want.owner}, read {hits[0][5]}: {text[:30]} -->")
            if verbose and not any(c[4] == want.approximate for c in hits):
                print(f"<!-- {half} {script}: {want.piece} {want.value:g} {'/'.join(want.heads)}: read "
                      f"{[(c[2], c[3], c[4]) for c in near]}: {text[:30]} -->")
        for c in counts:
            if id(c) not in covered:
                other += 1
                if verbose:
                    print(f"<!-- {half} {script}: other count {text[c[0]:c[1]]} {c[3]}: {text[:30]} -->")
    print(f"| {half} | {script} | {total} | {got}/{total} | {full}/{total} | {owners_ok}/{owners_n} | "
          f"{quiet}/{quiet_n} | {other} |")


if __name__ == "__main__":
    main(sys.argv[1:])
