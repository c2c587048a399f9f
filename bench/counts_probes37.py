"""Probe counts in Traditional Hong Kong and Taiwan news wording (session 29, counts37).

Run: ``python3 bench/counts_probes37.py [-v] [--half a|b]``. Every passage was written for zhkg from general
knowledge in the style of Hong Kong and Taiwan news (中央社, 聯合報, 明報, 星島 wording; not taken from any article,
never from a reserved source), in Traditional, and is read as written and through OpenCC ``t2s``. The set is about
the forms issue 14 left in Traditional text: a total word before the thing and its number (共艦6艘, 合計/總計 + noun +
number + classifier), a count of units with a property (8所學生數不到50人: the units are counted, the property is no
count), 國內 in Taiwan's news (Taiwan), a chain or a park as owner (星光院線, 連鎖店, 園區), 地王, counts written after
their noun (確診者3名, 受傷民眾共5人, 出動警力200人次), approximate forms (近百名, 逾千人, 二三十家, 上百間, 數以千計),
and numbers that are no counts (得分, 票數, 年齡, 第N名, 排名).

Each passage lists the counts it holds, as (a piece of the text the count covers, its value, the heads acceptable
as the thing counted (Simplified), the owners acceptable (Simplified, ``|``-separated; ``None`` for none; left out
when the owner is not judged), approximate or not), and pieces that hold no count. All were annotated before zhkg
ran on any of them, then split by position: the even-numbered passages (half ``a``) were read for errors and rules
written from them, the odd-numbered ones (half ``b``) only scored, before and after.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.counts_probes34

from bench.counts_probes34 import UNJUDGED, Expected, count, score  # noqa: E402
from bench.counts_probes36 import owner_ok  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402

__all__ = ["PROBES"]

#: (region, passage in Traditional, expected counts, pieces that hold no count)
PROBES: list[tuple[str, str, list[Expected], list[str]]] = [
    # a total word before the thing and its number
    ("tw", "國防部今天表示，今日上午6時至下午6時，共偵獲共機15架次、共艦8艘在臺海周邊活動。",
     [count("共機15架次", 15, "架次 共机"), count("共艦8艘", 8, "共舰 舰")], []),
    ("tw", "海巡署指出，本月共監控到中國海警船4艘、大陸漁船約200艘在金門海域越界。",
     [count("海警船4艘", 4, "海警船 船"), count("漁船約200艘", 200, "渔船 大陆渔船", UNJUDGED, True)], []),
    ("hk", "衞生防護中心昨日公布，本港合計新增確診個案12宗，總計累積個案已達1,086宗。",
     [count("個案12宗", 12, "个案 确诊个案", "香港"), count("1,086宗", 1086, "个案 累积个案", "香港")], []),
    ("tw", "桃園市消防局統計，這起火警總計受傷民眾9人，其中3人送醫。",
     [count("民眾9人", 9, "民众"), count("3人", 3, "人 民众")], []),
    # units with a property
    ("tw", "新竹縣政府指出，縣內共有國中小86所，其中12所學生數不到50人。",
     [count("國中小86所", 86, "国中小", "新竹县"), count("12所", 12, "国中小", "新竹县")], ["不到50人"]),
    ("hk", "教育局表示，全港有15所小學的一年級學生不足20人，當局將考慮削減資助。",
     [count("15所", 15, "小学", "香港")], ["不足20人"]),
    # 國內 in Taiwan's news
    ("tw", "疾管署今天公布，國內新增本土病例8例，另有境外移入病例3例。",
     [count("本土病例8例", 8, "病例 本土病例", "台湾"), count("病例3例", 3, "病例 境外移入病例", "台湾")], []),
    ("tw", "經濟部統計，國內目前共有加油站2,500多座，其中約三成為自助式。",
     [count("加油站2,500多座", 2500, "加油站", "台湾", True)], ["三成"]),
    # a chain as owner
    ("hk", "星光院線昨日宣布，旗下在港共經營戲院9間，明年將再開設2間。",
     [count("戲院9間", 9, "戏院", "星光院线"), count("2間", 2, "戏院", "星光院线")], []),
    ("tw", "全家便利商店今天表示，旗下門市目前在全臺共有4,200家，今年將再新增150家門市。",
     [count("4,200家", 4200, "门市", "全家便利商店|全家"), count("150家門市", 150, "门市", "全家便利商店|全家")], []),
    ("hk", "本地連鎖快餐店大家樂表示，集團在港共有分店約170間，僱用員工逾萬人。",
     [count("分店約170間", 170, "分店", "大家乐", True), count("員工逾萬人", 10000, "员工", "大家乐", True)], []),
    ("hk", "連鎖藥房萬寧宣布，明年將在港新開分店20間，並增聘約300名藥劑師及店員。",
     [count("分店20間", 20, "分店", "万宁"), count("約300名", 300, "药剂师 店员", "万宁", True)], []),
    # a park as owner
    ("tw", "竹科管理局表示，園區目前進駐廠商約600家，從業員工逾16萬人。",
     [count("廠商約600家", 600, "厂商", "新竹科学园区|竹科|竹科管理局", True),
      count("員工逾16萬人", 160000, "员工 从业员工", "新竹科学园区|竹科|竹科管理局", True)], []),
    ("tw", "南部科學園區管理局指出，園區今年新增投資案32件，新增就業機會約5,000個。",
     [count("投資案32件", 32, "投资案", "南部科学园区|南科|南部科学园区管理局"),
      count("就業機會約5,000個", 5000, "机会 就业机会", "南部科学园区|南科|南部科学园区管理局", True)], []),
    # 地王
    ("hk", "地政總署昨日公布，兩個地王分別以逾百億元批出。",
     [count("兩個地王", 2, "地王")], ["逾百億元"]),
    ("tw", "今年臺北市出現3個地王，成交價均超過每坪300萬元。",
     [count("3個地王", 3, "地王", "台北市")], ["300萬元"]),
    # counts after their noun
    ("tw", "臺中市衛生局今天表示，市內確診者3名，均為境外移入。",
     [count("確診者3名", 3, "确诊者", "台中市|台中市卫生局")], []),
    ("hk", "警方表示，是次行動拘捕疑犯5名，檢獲槍械2支。",
     [count("疑犯5名", 5, "疑犯"), count("槍械2支", 2, "枪械")], []),
    ("tw", "新北市警察局表示，跨年晚會當晚共出動警力600人次維持秩序。",
     [count("警力600人次", 600, "警力 人次", "新北市警察局|新北市")], []),
    ("hk", "消防處表示，大火中受傷市民共8人，其中兩人情況危殆。",
     [count("市民共8人", 8, "市民"), count("兩人", 2, "人 市民")], []),
    # approximate forms
    ("hk", "颱風襲港期間，多區有近百名市民受傷，逾千棵樹木倒塌。",
     [count("近百名", 100, "市民", UNJUDGED, True), count("逾千棵", 1000, "树木", UNJUDGED, True)], []),
    ("tw", "臺南市政府表示，豪雨造成市內上百間民宅淹水，逾千人撤離。",
     [count("上百間", 100, "民宅", "台南市", True), count("逾千人", 1000, "人", "台南市", True)], []),
    ("hk", "旺角一帶有二三十家食肆受影響，數以千計的市民未能回家。",
     [count("二三十家", 20, "食肆", UNJUDGED, True), count("數以千計", 1000, "市民", UNJUDGED, True)], []),
    ("tw", "嘉義縣政府說，颱風吹倒近百根電線桿，縣內三四十個村落停電。",
     [count("近百根", 100, "电线杆", "嘉义县", True), count("三四十個", 30, "村落", "嘉义县", True)], []),
    # numbers that are no counts
    ("tw", "在昨天的比賽中，林書豪全場得分22分，球隊以5分之差落敗。",
     [], ["22分", "5分"]),
    ("hk", "立法會選舉結果昨晚公布，該名候選人得票數為12,345票，成功當選。",
     [], ["12,345票"]),
    ("tw", "中選會公布，該黨候選人得票數達35萬票，得票率為18%。",
     [], ["35萬票", "18%"]),
    ("hk", "警方指死者年齡介乎30至40歲，身高約1.7米。",
     [], ["30至40歲", "1.7米"]),
    ("tw", "這名72歲的老翁今天上午在住處附近跌倒，送醫後已無大礙。",
     [], ["72歲"]),
    ("tw", "在今年的全國運動會中，臺北市隊獲得第2名，高雄市隊排名第5。",
     [], ["第2名", "第5"]),
    ("hk", "香港在最新的全球金融中心指數中排名第3，僅次於紐約和倫敦。",
     [], ["第3"]),
    # more counts in these wordings
    ("tw", "中華郵政今天表示，全臺目前共有郵局1,300多間，總計員工約2萬6千人。",
     [count("郵局1,300多間", 1300, "邮局", "中华邮政", True), count("員工約2萬6千人", 26000, "员工", "中华邮政", True)],
     []),
    ("hk", "港鐵公司表示，公司旗下鐵路網絡合計車站98個、路綫10條。",
     [count("車站98個", 98, "车站", "港铁公司|港铁"), count("路綫10條", 10, "路线", "港铁公司|港铁")], []),
    ("hk", "醫管局表示，今年總計新增病床400張，聘請護士約1,200名。",
     [count("病床400張", 400, "病床", "医管局|医院管理局"), count("護士約1,200名", 1200, "护士", "医管局|医院管理局", True)],
     []),
    ("tw", "台積電今天表示，公司在國內共有晶圓廠12座，另有海外廠房4座。",
     [count("晶圓廠12座", 12, "晶圆厂", "台积电"), count("廠房4座", 4, "厂房 海外厂房", "台积电")], []),
    ("tw", "交通部統計，國內目前登記在案的機車約1,400萬輛，汽車約800萬輛。",
     [count("機車約1,400萬輛", 14000000, "机车", "台湾", True), count("汽車約800萬輛", 8000000, "汽车", "台湾", True)],
     []),
    ("hk", "九巴表示，車隊共有巴士約4,000部，車長逾8,000名。",
     [count("巴士約4,000部", 4000, "巴士", "九巴", True), count("車長逾8,000名", 8000, "车长", "九巴", True)], []),
    ("tw", "高雄市政府觀光局統計，春節期間到訪旅客逾百萬人次，市內飯店住房率達九成。",
     [count("旅客逾百萬人次", 1000000, "旅客 人次", "高雄市", True)], ["九成"]),
    ("tw", "教育部指出，國內大專校院目前共有148所，其中私立學校約100所。",
     [count("大專校院目前共有148所", 148, "大专校院 校院", "台湾"),
      count("私立學校約100所", 100, "学校 私立学校", "台湾", True)], []),
    ("hk", "食環署表示，全港共有公眾街市約100個，熟食中心約30個。",
     [count("街市約100個", 100, "街市 公众街市", "香港", True), count("熟食中心約30個", 30, "熟食中心 中心", "香港", True)],
     []),
    ("hk", "海關表示，今年首季總計檢獲冒牌貨品逾12萬件。",
     [count("貨品逾12萬件", 120000, "货品 冒牌货品", UNJUDGED, True)], []),
    ("tw", "臺北市政府指出，市內共有公園綠地900多處，合計面積約1,200公頃。",
     [count("綠地900多處", 900, "绿地 公园绿地", "台北市", True)], ["1,200公頃"]),
    ("tw", "統一超商今天表示，旗下門市在全臺已達6,800家，其中約800家提供24小時取貨服務。",
     [count("6,800家", 6800, "门市", "统一超商"), count("約800家", 800, "门市", "统一超商", True)], ["24小時"]),
    ("hk", "香港迪士尼樂園表示，園區內共有餐廳約30間，明年將新增遊樂設施3項。",
     [count("餐廳約30間", 30, "餐厅", "香港迪士尼乐园|迪士尼乐园", True),
      count("遊樂設施3項", 3, "设施 游乐设施", "香港迪士尼乐园|迪士尼乐园")], []),
    ("tw", "內政部警政署統計，去年國內發生酒駕事故約5,500件，造成民眾死亡120人。",
     [count("事故約5,500件", 5500, "事故 酒驾事故", "台湾", True)], []),
    ("hk", "房委會表示，全港現有公屋單位約80萬個，輪候冊上的一般申請約13萬宗。",
     [count("單位約80萬個", 800000, "单位 公屋单位", "香港", True),
      count("申請約13萬宗", 130000, "申请 一般申请", UNJUDGED, True)], []),
]



def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    halves = ("a", "b") if "--half" not in argv else (argv[argv.index("--half") + 1],)
    pipeline = Pipeline()
    print("| half | script | counts | read | read in full | owners right | non-counts left alone | other counts read |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for half in halves:
        probes = PROBES[half == "b"::2]
        for script in ("traditional", "simplified"):
            score(pipeline, half, script, probes, verbose and half == "a", owner_check=owner_ok)


if __name__ == "__main__":
    main(sys.argv[1:])
