"""Probe count forms on short Taiwan and Hong Kong passages written for the purpose (session 27, counts32).

Run: ``python3 bench/counts_probes32.py [-v]``. Every passage was written for zhkg from general knowledge in the style
of Taiwan and Hong Kong news (中央社, 聯合報, 明報; not taken from any article, never from a reserved source), in
Simplified, and is read as written and in its region's Traditional (``s2tw`` or ``s2hk``). Each passage lists the
counts it holds, as (a piece of the text the count covers, its value, the heads acceptable as the thing counted,
approximate or not), and the pieces that hold no count (shares, rates, averages, ordinals, measures).

A count is read when a COUNT mention overlaps its piece, has its value and one of its heads (``Quantity.counted``
in Simplified); it is read in full when ``approximate`` is right too. A non-count is right when no COUNT mention
overlaps its piece. These are probes of forms, not a dev set: they say whether a form is read, not how often it
comes up. A second batch (``PROBES_WHILE_WORKING``), written during the round from forms a wider scan found
missed, is scored on its own. Counts read outside every listed piece are reported too (``other counts read``: each is a count the
passage does not list, right or wrong). ``-v`` lists what is missed or wrong.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy

from zhkg.records import Document, Label, Mention  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.normalise import convert, to_simplified  # noqa: E402

#: the Traditional form each region's passages are also read in
REGION_SCRIPT = {"hk": "s2hk", "tw": "s2tw"}


@dataclass(frozen=True)
class Expected:
    """One count a passage holds: a piece of text it covers, its value, acceptable heads, approximate or not."""

    piece: str
    value: float
    heads: tuple[str, ...]
    approximate: bool = False


def count(piece: str, value: float, heads: str, approximate: bool = False) -> Expected:
    """An expected count; ``heads`` is a space-separated list of acceptable heads (Simplified)."""
    return Expected(piece, value, tuple(heads.split()), approximate)


#: (region, passage in Simplified, expected counts, pieces that hold no count)
PROBES: list[tuple[str, str, list[Expected], list[str]]] = [
    # Taiwan (中央社, 联合报 style)
    ("tw", "教育局今天表示，北市目前有12所公立高中参加试办计划，明年将再增加5所。",
     [count("12所", 12, "高中 公立高中"), count("5所", 5, "高中 公立高中")], []),
    ("tw", "根据主办单位统计，今年活动共3,500人次参加，较去年增加逾三成。",
     [count("3,500人次", 3500, "人次")], ["逾三成"]),
    ("tw", "新北市一处工地今天上午发生鹰架倒塌意外，１２名工人受伤送医。",
     [count("１２名", 12, "工人")], []),
    ("tw", "海巡署获报后，立即派遣两艘巡防艇前往搜救，并出动一架直升机支援。",
     [count("两艘", 2, "巡防艇")], []),
    ("tw", "国防部今天指出，共机今天共有五架次进入西南空域，国军派遣空中巡逻兵力应对。",
     [count("五架次", 5, "架次")], []),
    ("tw", "强风豪雨造成市区十余间商店招牌掉落，另有千余户停电。",
     [count("十余间", 10, "商店", True), count("千余户", 1000, "户", True)], []),
    ("tw", "警方出动数十名警力在现场维持秩序，上百人聚集在县府前抗议。",
     [count("数十名", 10, "警力", True), count("上百人", 100, "人", True)], []),
    ("tw", "这项特展开幕首周就吸引逾万名民众参观，主办单位表示，参观人数达1.2万。",
     [count("逾万名", 10000, "民众", True), count("1.2万", 12000, "人数 参观")], []),
    ("tw", "民调显示，有3成民众支持这项政策，近两成表示没有意见，百分之十五不愿回答。",
     [], ["3成", "近两成", "百分之十五"]),
    ("tw", "中央流行疫情指挥中心今天公布，国内累计确诊4例，今天新增本土病例12例。",
     [count("4例", 4, "确诊 病例 确诊病例"), count("12例", 12, "病例 本土病例")], []),
    ("tw", "该校学生人数2,431人，教职员共计180人，班级数合计72班。",
     [count("2,431人", 2431, "学生"), count("180人", 180, "教职员")], []),
    ("tw", "每人可领取新台币500元补助，平均每户3人，预计约有120万户受惠。",
     [count("120万户", 1200000, "户", True)], ["每户3人", "500元"]),
    ("tw", "台积电今年在南科新建3座晶圆厂，预计创造约5,000个工作机会。",
     [count("3座", 3, "晶圆厂"), count("5,000个", 5000, "工作机会 机会", True)], []),
    ("tw", "桃园机场今天因浓雾共有168个航班延误，其中23个航班取消。",
     [count("168个", 168, "航班"), count("23个", 23, "航班")], []),
    ("tw", "台北市共有12个行政区、456个里，人口约250万人。",
     [count("12个", 12, "行政区"), count("456个", 456, "里"), count("250万人", 2500000, "人 人口", True)], []),
    ("tw", "新北市今年将增设20处公共托育中心，并招募300名托育人员。",
     [count("20处", 20, "托育中心 公共托育中心 中心"), count("300名", 300, "人员 托育人员")], []),
    ("tw", "国军派出200名官兵协助灾区清理，并出动30辆大型卡车运送物资。",
     [count("200名", 200, "官兵"), count("30辆", 30, "卡车 大型卡车")], []),
    ("tw", "中央气象署表示，今年已有4个台风侵台，数量与往年相当。",
     [count("4个", 4, "台风")], []),
    ("tw", "本届金马奖共有52部影片报名，创下历年新高。",
     [count("52部", 52, "影片")], []),
    ("tw", "警方在民宅查获毒品约2公斤，当场逮捕嫌犯7人，全案依法移送。",
     [count("7人", 7, "嫌犯")], ["2公斤"]),
    ("tw", "高铁通车至今，累计服务旅客逾7亿人次。",
     [count("7亿人次", 700000000, "人次", True)], []),
    ("tw", "全校共有学生1,200余人，今年有35名毕业生考上国立大学。",
     [count("1,200余人", 1200, "学生", True), count("35名", 35, "毕业生")], []),
    ("tw", "这次地震共造成13栋建筑物倒塌，另有数百间房屋受损。",
     [count("13栋", 13, "建筑物"), count("数百间", 100, "房屋", True)], []),
    ("tw", "外交部证实，共有3名国人在事故中受伤，目前已无生命危险。",
     [count("3名", 3, "国人")], []),
    ("tw", "新竹县目前有13个乡镇市，共一百二十余所国中小。",
     [count("13个", 13, "乡镇市"), count("一百二十余所", 120, "国中小 中小", True)], []),
    ("tw", "今年约有5万余名考生报考学测，考场设在全国两百多所学校。",
     [count("5万余名", 50000, "考生", True), count("两百多所", 200, "学校", True)], []),
    ("tw", "活动吸引两三百人参加，年满65岁的长者可免费入场。",
     [count("两三百人", 200, "人", True)], ["65岁"]),
    ("tw", "该公司去年在全台新增25家门市，员工总数达1.2万人。",
     [count("25家", 25, "门市"), count("1.2万人", 12000, "员工 人")], []),
    ("tw", "台风造成全台3人死亡、27人受伤，农业损失逾10亿元。",
     [count("3人", 3, "人"), count("27人", 27, "人")], ["10亿元"]),
    ("tw", "立法院今天三读通过修正案，在场的98名立委中有61人赞成。",
     [count("98名", 98, "立委"), count("61人", 61, "人 立委")], []),
    ("tw", "她在这次比赛中获得第3名，成绩比去年进步两成。",
     [], ["第3名", "两成"]),
    # Hong Kong (明报 style)
    ("hk", "卫生防护中心今日公布，本港新增35宗确诊个案，其中3宗为输入个案。",
     [count("35宗", 35, "个案 确诊个案"), count("3宗", 3, "个案 输入个案")], []),
    ("hk", "警方昨晚在旺角拘捕两名男子，检获约50克怀疑可卡因。",
     [count("两名", 2, "男子")], ["50克"]),
    ("hk", "房委会今年将推出约8,000个公屋单位，轮候人数逾13万。",
     [count("8,000个", 8000, "单位 公屋单位", True), count("13万", 130000, "人数 轮候", True)], []),
    ("hk", "九巴表示，旗下共有4,000辆巴士，每日载客约260万人次。",
     [count("4,000辆", 4000, "巴士")], ["260万人次"]),
    ("hk", "机管局指出，机场昨日共处理逾1,100架次航班，旅客人数达18万。",
     [count("1,100架次", 1100, "航班 架次", True), count("18万", 180000, "人数 旅客")], []),
    ("hk", "全港共有480间小学及约500间中学，明年将有3间学校停办。",
     [count("480间", 480, "小学"), count("500间", 500, "中学", True), count("3间", 3, "学校")], []),
    ("hk", "食环署过去一周共接获120宗投诉，较上周多两成。",
     [count("120宗", 120, "投诉")], ["两成"]),
    ("hk", "事件中有6人受伤，其中两人情况危殆，须送往伊利沙伯医院治理。",
     [count("6人", 6, "人"), count("两人", 2, "人")], []),
    ("hk", "消防处出动20辆消防车及逾百名消防员到场灌救。",
     [count("20辆", 20, "消防车"), count("逾百名", 100, "消防员", True)], []),
    ("hk", "政府计划在新界兴建3座焚化炉，并增设十余个回收站。",
     [count("3座", 3, "焚化炉"), count("十余个", 10, "回收站", True)], []),
    ("hk", "香港今年首季共录得1,234宗爆窃案，按年下跌百分之八。",
     [count("1,234宗", 1234, "爆窃案 案")], ["百分之八"]),
    ("hk", "立法会90名议员中，有二十三位议员出席会议。",
     [count("90名", 90, "议员"), count("二十三位", 23, "议员")], []),
    ("hk", "中大今年收到近3万份入学申请，取录约3,000名本地生。",
     [count("近3万份", 30000, "申请 入学申请", True), count("3,000名", 3000, "本地生", True)], []),
    ("hk", "港铁表示，全线共有98个车站，明年将新增两个车站。",
     [count("98个", 98, "车站"), count("两个", 2, "车站")], []),
    ("hk", "屋苑共有12座住宅大厦，提供约4,000伙单位。",
     [count("12座", 12, "大厦 住宅大厦"), count("4,000伙", 4000, "单位 伙", True)], []),
    ("hk", "今年本港共有5万名学生参加文凭试，考获5科5**的考生有30人。",
     [count("5万名", 50000, "学生"), count("30人", 30, "考生 人")], []),
    ("hk", "渔护署在郊野公园放置了两百个捕鼠器，共捕获逾千只老鼠。",
     [count("两百个", 200, "捕鼠器"), count("逾千只", 1000, "老鼠", True)], []),
    ("hk", "天文台表示，今年首九个月录得42日酷热天气，每名市民平均用水130公升。",
     [], ["130公升", "每名"]),
    ("hk", "该区议会共有41名议员，当中18人属建制派。",
     [count("41名", 41, "议员"), count("18人", 18, "人 议员")], []),
    ("hk", "演唱会连开十场，吸引逾十万人次入场。",
     [count("十场", 10, "演唱会 场"), count("逾十万人次", 100000, "人次", True)], []),
]

#: a second batch, written during the round from forms a wider scan of invented sentences found missed (so not
#: unseen like the first): scored on its own
PROBES_WHILE_WORKING: list[tuple[str, str, list[Expected], list[str]]] = [
    ("tw", "全市共设置120处投票所，由2,400名工作人员执行选务。",
     [count("120处", 120, "投票所"), count("2,400名", 2400, "人员 工作人员")], []),
    ("tw", "台湾共有368个乡镇市区，其中新竹县有13个乡镇市。",
     [count("368个", 368, "乡镇市区"), count("13个", 13, "乡镇市")], []),
    ("tw", "该公司在台设有２０个据点，员工约800人。",
     [count("２０个", 20, "据点"), count("800人", 800, "员工 人", True)], []),
    ("hk", "全港有约4,500间餐厅获发牌照，另有300间正在申请。",
     [count("4,500间", 4500, "餐厅", True), count("300间", 300, "餐厅 间")], []),
    ("hk", "事件中廿多人受伤，其中三人须留院治理。",
     [count("廿多人", 20, "人", True), count("三人", 3, "人")], []),
    ("hk", "全港约有卅间学校参与计划，涉及万多名学生。",
     [count("卅间", 30, "学校", True), count("万多名", 10000, "学生", True)], []),
    ("hk", "现场有十数名警员戒备，另有百多名市民围观。",
     [count("十数名", 10, "警员", True), count("百多名", 100, "市民", True)], []),
    ("tw", "警方逮捕嫌犯7人，并约谈证人3人。",
     [count("7人", 7, "嫌犯"), count("3人", 3, "证人")], []),
    ("tw", "该校有教师85人，学生1,200人。",
     [count("85人", 85, "教师"), count("1,200人", 1200, "学生")], []),
    ("hk", "警方共查获13个毒品加工厂，拘捕男子3人。",
     [count("13个", 13, "加工厂 毒品加工厂"), count("3人", 3, "男子")], []),
]


def counts_of(pipeline: Pipeline, text: str) -> list[Mention]:
    """The COUNT mentions the pipeline reads in ``text``."""
    result = pipeline.process_documents([Document("probe", text, kind="text")])[0]
    return [m for m in result.mentions if m.label is Label.COUNT and m.quantity is not None]


def overlapping(mentions: list[Mention], text: str, piece: str) -> list[Mention]:
    """Mentions overlapping ``piece``'s first place in ``text`` (none when the piece is not there)."""
    start = text.find(piece)
    if start < 0:
        return []
    end = start + len(piece)
    return [m for m in mentions if m.start < end and start < m.end]


def main(verbose: bool = False) -> None:
    pipeline = Pipeline()
    print("| batch | script | counts read | read in full | non-counts left alone | other counts read |")
    print("| --- | --- | --- | --- | --- | --- |")
    for batch, probes in (("first", PROBES), ("while working", PROBES_WHILE_WORKING)):
        score(pipeline, batch, probes, verbose)


def score(pipeline: Pipeline, batch: str, probes: list[tuple[str, str, list[Expected], list[str]]],
          verbose: bool) -> None:
    """Print one batch's row per script."""
    for script in ("simplified", "traditional"):
        read = full = total = quiet = quiet_total = other = 0
        for region, passage, expected, nothing in probes:
            convert_to = REGION_SCRIPT[region]
            text = passage if script == "simplified" else convert(passage, convert_to)
            mentions = counts_of(pipeline, text)
            pieces = [want.piece for want in expected] + nothing
            pieces = pieces if script == "simplified" else [convert(p, convert_to) for p in pieces]
            covered = {id(m) for p in pieces for m in overlapping(mentions, text, p)}
            for m in mentions:
                if id(m) not in covered:
                    other += 1
                    if verbose:
                        print(f"<!-- {script}: other count {m.text} {m.quantity.counted_simplified}: {text[:30]} -->")
            for want in expected:
                piece = want.piece if script == "simplified" else convert(want.piece, convert_to)
                total += 1
                hits = [m for m in overlapping(mentions, text, piece)
                        if m.quantity.value == want.value
                        and to_simplified(m.quantity.counted_simplified) in want.heads]
                read += bool(hits)
                full += any(m.quantity.approximate == want.approximate for m in hits)
                if verbose and not any(m.quantity.approximate == want.approximate for m in hits):
                    got = [(m.text, m.quantity.display_value, m.quantity.counted_simplified)
                           for m in overlapping(mentions, text, piece)]
                    print(f"<!-- {script}: {want.piece} {want.value:g} {'/'.join(want.heads)}: read {got} -->")
            for piece in nothing:
                piece = piece if script == "simplified" else convert(piece, convert_to)
                quiet_total += 1
                wrong = overlapping(mentions, text, piece)
                quiet += not wrong
                if verbose and wrong:
                    print(f"<!-- {script}: not a count, read {[(m.text, m.quantity.counted_simplified) for m in wrong]} -->")
        print(f"| {batch} | {script} | {read}/{total} | {full}/{total} | {quiet}/{quiet_total} | {other} |")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
