"""Probe Hong Kong news: entities, place codes and roles on short passages written for the purpose.

Run: ``python3 bench/hk_probes.py [-v] [--script s2hk|simplified|both]``. Each passage was written for zhkg from
general knowledge in the style of Hong Kong news (bureaux and departments, the Legislative and District Councils
and their members, the Chief Executive, parties, companies and universities by short names, districts and areas,
English given names, 「」 quotations); none is taken from any article, and none from the reserved sources. Every
passage is read in Simplified and as OpenCC's ``s2hk`` writes it (衞, 着, 綫). A probe is right when every
expected entity is in the graph (a place with the expected code when one is given), no name listed as wrong is,
and every expected role (person, role, holder) is read (the role ending as expected, the holder by any of its
names containing the expected one). These are probes of whether the rules generalise, not a dev set: the rules
of round 13 were written after reading them. Round 13 (hk13): 54/65 right on main (884a928) in each script, 64/65
after; the second batch of 12 was written after the first rules and before the last two (10/12 -> 12/12). Left
wrong: 港铁屯马线 (the recogniser's one place over the operator and its line). Session 49 (places219): 观塘道 is
expected as a place, the web golds' convention for roads (it was a name that must not be an entity), now read
(a road named by the area it opens with); 新界 of 新界西北 is read as the constituency since places212 (64/65).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy

from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.normalise import convert, to_simplified  # noqa: E402

P, O, L = "PERSON", "ORGANIZATION", "PLACE"  # noqa: E741 (the labels, short for the table)

#: (passage, expected entities [(Simplified name, label) or (name, label, code)], expected roles
#: [(person, role, holder)], names that must not be entities)
PROBES: list[tuple[str, list[tuple[str, ...]], list[tuple[str, str, str]], list[str]]] = [
    ("政务司司长陈国基昨日出席立法会会议，回应议员有关房屋供应的提问。",
     [("陈国基", P), ("立法会", O)], [("陈国基", "司长", "政务司")], []),
    ("财政司司长陈茂波今日发表新一份财政预算案，宣布向合资格市民派发消费券。",
     [("陈茂波", P)], [("陈茂波", "司长", "财政司")], []),
    ("律政司司长林定国表示，政府会尊重法庭的裁决。",
     [("林定国", P), ("律政司", O)], [("林定国", "司长", "律政司")], []),
    ("行政长官李家超今早出席行政会议前会见传媒，表示政府会全力支援受影响的市民。",
     [("李家超", P), ("行政会议", O)], [], []),  # no place written: the holder is unwritten, so no role
    ("特首林郑月娥昨日在礼宾府接见访港的新加坡总理。",
     [("林郑月娥", P), ("新加坡", L)], [("林郑月娥", "特首", "香港")], []),
    ("前特首梁振英昨日出席一个论坛时表示，香港应把握大湾区的机遇。",
     [("梁振英", P), ("香港", L, "HK")], [("梁振英", "特首", "香港")], []),
    ("食物及卫生局局长陈肇始今日宣布，政府将加强对入境人士的检疫安排。",
     [("陈肇始", P), ("食物及卫生局", O)], [("陈肇始", "局长", "食物及卫生局")], []),
    ("创新及科技局局长薛永恒表示，政府会继续推动再工业化，并在将军澳设立新的生产设施。",
     [("薛永恒", P), ("创新及科技局", O), ("将军澳", L, "HK-SK-TKO")],
     [("薛永恒", "局长", "创新及科技局")], ["科技局"]),
    ("运输及房屋局局长陈帆昨日视察港铁屯马线的工程进度。",
     [("陈帆", P), ("运输及房屋局", O), ("港铁", O)], [("陈帆", "局长", "运输及房屋局")], []),
    ("民政事务总署署长今日表示，18区的社区会堂将开放作临时庇护中心。",
     [("民政事务总署", O)], [], []),
    ("康乐及文化事务署宣布，位于铜锣湾的维多利亚公园将暂时关闭。",
     [("康乐及文化事务署", O), ("铜锣湾", L, "HK-WC-CWB")], [], []),
    ("廉政公署今日拘捕两名涉嫌收受利益的屋宇署职员，案件仍在调查中。",
     [("廉政公署", O), ("屋宇署", O)], [], []),
    ("警务处处长萧泽颐表示，警方昨晚在旺角拘捕了12名男子。",
     [("萧泽颐", P), ("警务处", O), ("旺角", L, "HK-YT-MK")], [("萧泽颐", "处长", "警务处")], []),
    ("入境处发言人表示，今年首季共有约3万名内地旅客经机场入境。",
     [("入境处", O)], [], []),
    ("社会福利署在天水围开设的综合家庭服务中心今日投入服务。",
     [("社会福利署", O), ("天水围", L, "HK-YL-TSW")], [], []),
    ("民建联立法会议员陈克勤昨日联同多名区议员到沙田区视察。",
     [("陈克勤", P), ("民建联", O), ("立法会", O), ("沙田区", L, "HK-ST")],
     [("陈克勤", "议员", "立法会")], []),
    ("民主党主席罗健熙批评政府的政策未能照顾基层市民的需要。",
     [("罗健熙", P), ("民主党", O)], [("罗健熙", "主席", "民主党")], []),
    ("公民党党魁杨岳桥表示，该党将派员参加明年的区议会选举。",
     [("杨岳桥", P), ("公民党", O), ("区议会", O)], [("杨岳桥", "党魁", "公民党")], []),
    ("工联会会长吴秋北今日联同多名工会代表向劳工处递交请愿信。",
     [("吴秋北", P), ("工联会", O)], [("吴秋北", "会长", "工联会")], []),
    ("自由党主席张宇人认为，政府应向中小企提供更多支援。",
     [("张宇人", P), ("自由党", O)], [("张宇人", "主席", "自由党")], []),
    ("新民党主席叶刘淑仪表示，该党支持政府的房屋政策。",
     [("叶刘淑仪", P), ("新民党", O)], [("叶刘淑仪", "主席", "新民党")], []),
    ("长实集团主席李泽钜今日在股东大会上表示，集团会继续在香港投资。",
     [("李泽钜", P), ("长实集团", O)], [("李泽钜", "主席", "长实")], []),
    ("新鸿基地产今日公布业绩，集团在九龙及新界均有新楼盘推出。",
     [("新鸿基地产", O), ("九龙", L, "HK-KLN"), ("新界", L, "HK-NT")], [], []),
    ("港交所行政总裁欧冠升表示，今年上半年共有30间公司在香港上市。",
     [("欧冠升", P), ("港交所", O)], [("欧冠升", "行政总裁", "港交所")], []),
    ("汇丰银行今日宣布上调最优惠利率，恒生银行亦随即跟随。",
     [("汇丰银行", O), ("恒生银行", O)], [], []),
    ("中电表示，今年夏季用电量创新高，公司已加强对新界西北的供电。",
     [("中电", O), ("新界", L, "HK-NT")], [], []),
    ("九巴宣布由下月起调整多条来往将军澳及观塘的巴士路线。",
     [("九巴", O), ("将军澳", L, "HK-SK-TKO")], [], []),
    ("港大校长张翔今日出席毕业典礼，勉励学生回馈社会。",
     [("张翔", P), ("港大", O)], [("张翔", "校长", "港大")], []),
    ("中大和科大的研究团队联合开发了一种新型电池，有关成果已在国际期刊发表。",
     [("中大", O), ("科大", O)], [], []),
    ("理大、浸大及城大的学生会今日联合发表声明，关注大学生的就业前景。",
     [("理大", O), ("浸大", O), ("城大", O)], [], []),
    ("一辆私家车昨晚在观塘道失控撞向路边栏杆，司机受轻伤。",  # a road is a place, as the web golds write
     [("观塘道", L)], [], []),  # roads (薄扶林道, 开源道); round 13 wanted no entity here (places219)
    ("屯门区和元朗区的居民投诉当区交通挤塞问题严重。",
     [("屯门区", L, "HK-TM"), ("元朗区", L, "HK-YL")], [], []),
    ("不少港岛居民对于在港岛南兴建新焚化炉的计划表示强烈反对。",
     [("港岛", L, "HK-HKI")], [], []),
    ("九龙城区议会昨晚通过动议，要求政府加快重建土瓜湾的旧楼。",
     [("九龙城区议会", O), ("土瓜湾", L, "HK-KC-TKW")], [], []),
    ("大埔区议员黄碧娇表示，当区长者对医疗服务的需求不断增加。",
     [("黄碧娇", P), ("大埔区", L, "HK-TP")], [("黄碧娇", "议员", "大埔区")], []),
    ("葵青区议会主席周奕希表示，区内多个屋邨将进行维修工程。",
     [("周奕希", P), ("葵青区议会", O)], [("周奕希", "主席", "葵青区议会")], []),
    ("立法会主席梁君彦宣布，议案获得通过。",
     [("梁君彦", P), ("立法会", O)], [("梁君彦", "主席", "立法会")], []),
    ("工联会立法会议员郭伟强批评港铁的服务质素下降。",
     [("郭伟强", P), ("工联会", O), ("港铁", O)], [("郭伟强", "议员", "立法会")], []),
    ("医管局行政总裁高拔陞表示，公立医院的急症室服务需求持续高企。",
     [("高拔陞", P), ("医管局", O)], [("高拔陞", "行政总裁", "医管局")], []),
    ("卫生署卫生防护中心今日公布，本港新增5宗个案，患者分别居于荃湾及深水埗。",
     # Since session 18 (junk18) a sub-unit written right after its parent is one body named by both.
     [("卫生署卫生防护中心", O), ("荃湾", L), ("深水埗", L)], [], []),
    ("天文台表示，一股强烈季候风正影响广东沿岸，预料本港明日气温会下降。",
     [("天文台", O)], [], []),
    ("前政务司司长林郑月娥当年负责推动多项文物保育计划。",
     [("林郑月娥", P)], [("林郑月娥", "司长", "政务司")], []),
    ("保安局局长邓炳强今日表示，当局会严厉打击非法入境者。",
     [("邓炳强", P), ("保安局", O)], [("邓炳强", "局长", "保安局")], []),
    ("教育局局长杨润雄宣布，全港中小学将于下周一恢复面授课堂。",
     [("杨润雄", P), ("教育局", O)], [("杨润雄", "局长", "教育局")], []),
    ("发展局局长宁汉豪表示，政府会在北区及元朗增加土地供应。",
     [("宁汉豪", P), ("发展局", O), ("北区", L, "HK-NO")], [("宁汉豪", "局长", "发展局")], []),
    ("环境局局长黄锦星呼吁市民减少使用即弃塑胶餐具。",
     [("黄锦星", P), ("环境局", O)], [("黄锦星", "局长", "环境局")], []),
    ("劳工处处长孙玉菡表示，本港的失业率已连续三个月回落。",
     [("孙玉菡", P), ("劳工处", O)], [("孙玉菡", "处长", "劳工处")], []),
    ("消防处处长杨恩健表示，火警于凌晨时分在深水埗一幢唐楼发生。",
     [("杨恩健", P), ("消防处", O), ("深水埗", L, "HK-SS")], [("杨恩健", "处长", "消防处")], []),
    ("林郑月娥在记者会上说：「政府会尽一切努力，保障市民的健康。」",
     [("林郑月娥", P)], [], []),
    ("政府发言人表示，由于铜锣湾一带交通挤塞，当局会在轩尼诗道实施临时交通管制。",
     [("铜锣湾", L, "HK-WC-CWB")], [], []),
    ("湾仔区议员杨雪盈与中西区议员许智峯昨日一同召开记者会。",
     [("杨雪盈", P), ("许智峯", P), ("湾仔区", L, "HK-WC"), ("中西区", L, "HK-CW")],
     [("杨雪盈", "议员", "湾仔区"), ("许智峯", "议员", "中西区")], []),
    ("港铁公司主席欧阳伯权表示，公司会检讨列车的维修程序。",
     [("欧阳伯权", P), ("港铁公司", O)], [("欧阳伯权", "主席", "港铁")], []),
    ("西九文化区管理局行政总裁冯程淑仪表示，M+博物馆将于年底开幕。",
     [("冯程淑仪", P), ("西九文化区管理局", O)], [("冯程淑仪", "行政总裁", "西九文化区管理局")], []),
    # round 13's second batch, written after the first rules, before any rule was fitted to it
    ("行政长官李家超（John Lee）今日在香港出席活动时表示，政府会全力支援中小企。",
     [("李家超", P), ("香港", L, "HK")], [("李家超", "行政长官", "香港")], []),
    ("「我们会全力配合警方调查。」运输及物流局局长林世雄昨日说。",
     [("林世雄", P), ("运输及物流局", O)], [("林世雄", "局长", "运输及物流局")], []),
    ("民建联主席李慧琼表示，该党会继续关注基层住屋问题。",
     [("李慧琼", P), ("民建联", O)], [("李慧琼", "主席", "民建联")], []),
    ("经民联立法会议员林健锋认为，政府应加快审批程序。",
     [("林健锋", P), ("经民联", O), ("立法会", O)], [("林健锋", "议员", "立法会")], []),
    ("西贡区议会主席表示，将军澳及西贡市中心的交通问题亟待解决。",
     [("西贡区议会", O), ("将军澳", L, "HK-SK-TKO")], [], []),
    ("港大医学院院长梁卓伟表示，本港的疫苗接种率仍须提高。",
     [("梁卓伟", P), ("港大医学院", O)], [("梁卓伟", "院长", "港大医学院")], []),
    ("中大校长段崇智今日出席开学典礼，勉励新生积极参与校园生活。",
     [("段崇智", P), ("中大", O)], [("段崇智", "校长", "中大")], []),
    ("消防处表示，葵涌及荃湾一带昨晚发生多宗火警，无人受伤。",
     [("消防处", O), ("葵涌", L, "HK-KI-KC"), ("荃湾", L)], [], []),
    ("离岛区议员表示，东涌及大屿山的居民对新渡轮服务反应正面。",
     [("东涌", L, "HK-IS-TC"), ("大屿山", L, "HK-IS-LAN")], [], []),
    ("财政司司长陈茂波（Paul Chan）表示，本港经济前景仍受外围因素影响。",
     [("陈茂波", P)], [("陈茂波", "司长", "财政司")], []),
    ("城巴及九巴宣布，由下月起调整来往中环及尖沙咀的过海巴士路线。",
     [("城巴", O), ("九巴", O), ("中环", L, "HK-CW-C"), ("尖沙咀", L, "HK-YT-TST")], [], []),
    ("前特首曾荫权今日在香港出席一个慈善活动。",
     [("曾荫权", P), ("香港", L, "HK")], [("曾荫权", "特首", "香港")], []),
]


def _entities(pipeline: Pipeline, text: str) -> tuple[dict[tuple[str, str], str], set[str]]:
    result = pipeline.run_texts([("p", text)])
    G = result.graph
    found = {}
    for _n, a in G.nodes(data=True):
        if a["type"] in (P, O, L):
            found[(a["type"], a["name_simplified"])] = a.get("code", "")
            for alias in str(a.get("aliases", "")).split("|"):
                if alias:
                    found.setdefault((a["type"], to_simplified(alias)), a.get("code", ""))
    ex = result.extraction
    names = {e.id: e.name for e in ex.entities}
    other = {e.id: {to_simplified(x) for x in e.aliases} | {e.name} for e in ex.entities}
    roles = {(frozenset(other.get(r.source, {r.source})), r.role_simplified,
              frozenset(other.get(r.target, {names.get(r.target, r.target)})))
             for r in ex.relations if r.kind.value in ("HOLDS_ROLE", "MEMBER_OF")}
    return found, roles


def check(pipeline: Pipeline, text: str, ents, roles, absent) -> list[str]:
    """The errors of one probe (empty when it is right)."""
    found, got = _entities(pipeline, text)
    errors = []
    for name, label, *code in ents:
        name = to_simplified(name)  # 高拔陞 is 高拔升 in the graph's Simplified names
        if (label, name) not in found:
            errors.append(f"missing {label[:3]} {name}")
        elif code and found[(label, name)] != code[0]:
            errors.append(f"code {name}: {found[(label, name)] or '-'} (want {code[0]})")
    for name in absent:
        if any(n == name for _l, n in found):
            errors.append(f"wrong entity {name}")
    for person, role, holder in roles:
        person = to_simplified(person)
        if not any(person in ps and (r.endswith(role) or role.endswith(r)) and r
                   and any(holder in h or h in holder for h in hs) for ps, r, hs in got):
            errors.append(f"missing role {person} {role} of {holder}")
    if errors:
        errors.append("read: " + "; ".join(f"{p}/{r}/{h}" for ps, r, hs in sorted(got, key=str)
                                           for p in sorted(ps)[:1] for h in sorted(hs)[:1]))
        errors.append("ents: " + " ".join(f"{lab[:3]}:{n}{'(' + c + ')' if c else ''}"
                                          for (lab, n), c in sorted(found.items())))
    return errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print each wrong probe's errors")
    ap.add_argument("--script", choices=("s2hk", "simplified", "both"), default="both")
    args = ap.parse_args()
    pipeline = Pipeline()
    scripts = ("simplified", "s2hk") if args.script == "both" else (args.script,)
    for script in scripts:
        right = 0
        for text, ents, roles, absent in PROBES:
            run = convert(text, "s2hk") if script == "s2hk" else text
            errors = check(pipeline, run, ents, roles, absent)
            right += not errors
            if errors and args.verbose:
                print(f"[{script}] {run}\n    " + "\n    ".join(errors))
        print(f"{script}: {right}/{len(PROBES)} probes right")


if __name__ == "__main__":
    main()
