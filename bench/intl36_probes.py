"""Probe international news a fourth time: foreign news agencies, palaces and seats of government, foreign
parliaments and ministries written without their country, foreign parties, and long transliterated names, in wire
copy from every continent.

Run: ``python3 bench/intl36_probes.py [-v] [--half a|b|both] [--script simplified|traditional|both]``.
Each passage was written for zhkg in round 36 from general knowledge in the style of wire copy (新华社, 联合早报,
中央社, BBC中文), half in Simplified and half in Taiwan's Traditional; none is taken from any article, and none from
the reserved sources. Every passage is read as written and converted to the other script (OpenCC). A probe is right
when every expected entity is in the graph (a place with the expected code when one is given) and no name listed
as wrong is there (with the label given, or with any label).

Labels, set before any passage was run: an outlet (通讯社, 社, 日报) is an organisation; a parliament, its house or a
ministry is an organisation, written with its country when the country stands right before it (``A|B``: either
name is right); a party is an organisation (MSRA train: 工党, 自民党, 共和党, 民主党, 保守党 all ORG); a palace or
seat of government (克里姆林宫, 白金汉宫, 爱丽舍宫) is the building, an organisation or a place (label ``B``: MSRA
train writes 白宫 ORG 28 times, 克里姆林宫 and 白金汉宫 LOC). A city and its palace are right whole or apart
(``吉隆坡|吉隆坡王宫``): set after the first scoring, before any rule was written, both halves alike, because MSRA and
Universal NER train write them whole (日内瓦万国宫 5 times, 巴黎大宫, 斯德哥尔摩王宫) and apart only at home (北京|故宫).

The passages come in two halves written and annotated together, before any was run: rules were written from
half ``a`` only; half ``b`` measures whether they carry to passages nobody fitted them to. Half a: 25 passages,
94 expected entities; half b: 25 passages, 103.

Round 36 (intl36), each script alike: on main (280398e) half a 16/20 and 5/5 (89/94 entities), half b 16/20 and
4/5 (96/103); after intl36's rules half a 20/20 and 5/5 (94/94), half b unchanged (none of its failures is of a
kind the rules touch). Still wrong in half b: 时事社 (a source without 据 the recogniser misses), 哇集拉隆功 and
希普金斯 cut by one letter, 卡尼 and 博励治 after 领袖, 共和党籍 read with no party and 强生 missed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))

from bench import tw_probes  # noqa: E402

_CHECK = tw_probes.check  # the shared check, kept before :func:`score` swaps in this script's

P, O, L, B = "PERSON", "ORGANIZATION", "PLACE", "BUILDING"  # noqa: E741 (the labels, short for the table)

#: half a, written in Simplified: (passage, expected entities [(Simplified name, label) or (name, label, code)],
#: wrong entities [name (any label) or (name, label)])
A_SIMPLIFIED: list[tuple[str, list[tuple[str, ...]], list]] = [
    ("据朝鲜中央通讯社报道，朝鲜劳动党总书记金正恩视察了平壤一家军工企业。",
     [("朝鲜中央通讯社", O), ("朝鲜劳动党", O), ("金正恩", P), ("平壤", L)], []),
    ("朝中社说，朝鲜外务省发言人当天发表谈话，谴责美韩联合军演。",
     [("朝中社", O), ("朝鲜外务省", O)], []),
    ("据塔斯社报道，俄罗斯外长拉夫罗夫在莫斯科会见了到访的土耳其外长费丹。",
     [("塔斯社", O), ("俄罗斯", L, "RU"), ("拉夫罗夫", P), ("莫斯科", L), ("土耳其", L, "TR"), ("费丹", P)], []),
    ("共同社报道，自民党干事长森山裕当天表示，执政联盟将在下周提交补充预算案。",
     [("共同社", O), ("自民党", O), ("森山裕", P)], [("自民党", P), ("自民党", L)]),
    ("英国国王查尔斯三世当天在白金汉宫会见了来访的日本天皇德仁。",
     [("英国", L, "GB"), ("查尔斯三世", P), ("白金汉宫", B), ("日本", L, "JP"), ("德仁", P)], []),
    ("马来西亚最高元首当天在吉隆坡王宫为新任总理主持宣誓就职仪式。",
     [("马来西亚", L, "MY"), ("吉隆坡|吉隆坡王宫", L)], []),
    ("英国下议院当天以多数票通过了该法案，法案将提交上议院审议。",
     [("英国下议院|下议院", O), ("上议院", O)], []),
    ("英国工党政府宣布，将提高能源企业的暴利税。保守党领袖巴德诺克批评说，此举将打击投资。",
     [("英国工党|工党", O), ("保守党", O), ("巴德诺克", P)], [("保守党", P), ("工党", P)]),
    ("美国共和党参议员当天在参议院阻止了民主党提出的拨款法案。",
     [("美国共和党|共和党", O), ("参议院", O), ("民主党", O)], [("民主党", P), ("共和党", P)]),
    ("法国国民议会当天对总理贝鲁提出的信任案进行表决。",
     [("法国国民议会|国民议会", O), ("贝鲁", P)], []),
    ("印度尼西亚总统普拉博沃在雅加达独立宫会见了新加坡总理黄循财。",
     [("印度尼西亚", L, "ID"), ("普拉博沃", P), ("雅加达|雅加达独立宫", L), ("独立宫|雅加达独立宫", B), ("新加坡", L, "SG"), ("黄循财", P)],
     []),
    ("墨西哥总统谢因鲍姆在例行记者会上说，墨方将回应美国的关税措施。",
     [("墨西哥", L, "MX"), ("谢因鲍姆", P), ("美国", L, "US")], []),
    ("南非总统拉马福萨在比勒陀利亚会见了津巴布韦总统姆南加古瓦。",
     [("南非", L, "ZA"), ("拉马福萨", P), ("比勒陀利亚", L), ("津巴布韦", L, "ZW"), ("姆南加古瓦", P)], []),
    ("希腊总理米佐塔基斯与土耳其总统埃尔多安在安卡拉举行会谈。",
     [("希腊", L, "GR"), ("米佐塔基斯", P), ("土耳其", L, "TR"), ("埃尔多安", P), ("安卡拉", L)], []),
    ("据法新社报道，法国总统马克龙在爱丽舍宫会见了乌克兰总统泽连斯基。",
     [("法新社", O), ("法国", L, "FR"), ("马克龙", P), ("爱丽舍宫", B), ("乌克兰", L, "UA"), ("泽连斯基", P)], []),
    ("韩联社援引韩国国防部的消息说，韩美两国将于下月举行联合演习。",
     [("韩联社", O), ("韩国国防部", O)], []),
    ("伊朗外长阿拉格齐当天在德黑兰表示，伊方愿与欧洲三国继续谈判。",
     [("伊朗", L, "IR"), ("阿拉格齐", P), ("德黑兰", L)], []),
    ("日本政府当天宣布追加制裁措施。外务省官员表示，制裁对象包括12个团体。",
     [("日本", L, "JP"), ("外务省|日本外务省", O)], []),
    ("丹麦首相弗雷德里克森在哥本哈根表示，格陵兰的未来应由格陵兰人民决定。",
     [("丹麦", L, "DK"), ("弗雷德里克森", P), ("哥本哈根", L), ("格陵兰", L)], []),
    ("澳大利亚总理阿尔巴尼斯领导的工党在联邦大选中获胜，自由党领袖达顿承认败选。",
     [("澳大利亚", L, "AU"), ("阿尔巴尼斯", P), ("工党", O), ("自由党", O), ("达顿", P)], []),
]

#: half a, written in Taiwan's Traditional (expected names in Simplified, as the graph's ``name_simplified``)
A_TAIWAN: list[tuple[str, list[tuple[str, ...]], list]] = [
    ("中央社記者東京15日專電）日本首相石破茂今天在首相官邸會見美國國務卿盧比歐。",
     [("中央社", O), ("日本", L, "JP"), ("石破茂", P), ("美国", L, "US"), ("卢比欧", P)], []),
    ("據路透社報導，英國首相施凱爾今天在倫敦與德國總理梅爾茨舉行會談。",
     [("路透社", O), ("英国", L, "GB"), ("施凯尔", P), ("伦敦", L), ("德国", L, "DE"), ("梅尔茨", P)], []),
    ("克里姆林宮發言人培斯科夫表示，俄方尚未收到美方的正式提案。",
     [("克里姆林宫", B), ("培斯科夫", P)], []),
    ("南韓國會今天表決通過對總統尹錫悅的彈劾案，共同民主黨黨代表李在明隨後發表談話。",
     [("南韩国会|国会", O), ("尹锡悦", P), ("共同民主党", O), ("李在明", P)], []),
    ("泰國為泰黨領袖貝東坦今天在曼谷表示，新政府將優先處理經濟問題。",
     [("泰国", L, "TH"), ("为泰党", O), ("贝东坦", P), ("曼谷", L)], []),
]

#: half b, written in Simplified: annotated with half a, never studied
B_SIMPLIFIED: list[tuple[str, list[tuple[str, ...]], list]] = [
    ("据越南通讯社报道，越南国家主席梁强在河内会见了老挝国家主席通伦。",
     [("越南通讯社", O), ("越南", L, "VN"), ("梁强", P), ("河内", L), ("老挝", L, "LA"), ("通伦", P)], []),
    ("朝中社当天报道说，朝鲜最高领导人金正恩观摩了新型导弹试射。",
     [("朝中社", O), ("朝鲜", L, "KP"), ("金正恩", P)], []),
    ("据安莎社报道，意大利总理梅洛尼在罗马基吉宫会见了阿尔巴尼亚总理拉马。",
     [("安莎社", O), ("意大利", L, "IT"), ("梅洛尼", P), ("罗马|罗马基吉宫", L), ("基吉宫|罗马基吉宫", B), ("阿尔巴尼亚", L, "AL"),
      ("拉马", P)], []),
    ("时事社报道，日本众议院当天召开全体会议，立宪民主党党首野田佳彦对首相提出质询。",
     [("时事社", O), ("日本众议院|众议院", O), ("立宪民主党", O), ("野田佳彦", P)], []),
    ("荷兰国王威廉-亚历山大在海牙努儿登堡宫接见了各国新任驻荷大使。",
     [("荷兰", L, "NL"), ("威廉-亚历山大", P), ("海牙|海牙努儿登堡宫", L), ("努儿登堡宫|海牙努儿登堡宫", B)], []),
    ("泰国国王哇集拉隆功当天在曼谷大王宫主持了佛教仪式。",
     [("泰国", L, "TH"), ("哇集拉隆功", P), ("曼谷|曼谷大王宫", L)], []),
    ("德国联邦议院当天选举默茨为联邦总理，基民盟和社民党将组成联合政府。",
     [("德国联邦议院|联邦议院", O), ("默茨", P), ("基民盟", O), ("社民党", O)], []),
    ("加拿大自由党领袖卡尼宣誓就任总理，保守党领袖博励治表示将监督新政府。",
     [("加拿大", L, "CA"), ("加拿大自由党|自由党", O), ("卡尼", P), ("保守党", O), ("博励治", P)], []),
    ("美国众议院议长约翰逊表示，共和党将在下周提出新的预算方案，民主党对此表示反对。",
     [("美国众议院|众议院", O), ("约翰逊", P), ("共和党", O), ("民主党", O)], [("民主党", P), ("共和党", P)]),
    ("意大利参议院当天批准了政府提交的预算案。",
     [("意大利参议院|参议院", O)], []),
    ("菲律宾总统马科斯在马尼拉马拉卡南宫会见了日本外相。",
     [("菲律宾", L, "PH"), ("马科斯", P), ("马尼拉|马尼拉马拉卡南宫", L), ("马拉卡南宫|马尼拉马拉卡南宫", B)], []),
    ("巴西总统卢拉在巴西利亚普拉纳尔托宫会见了阿根廷总统米莱。",
     [("巴西", L, "BR"), ("卢拉", P), ("巴西利亚|巴西利亚普拉纳尔托宫", L), ("普拉纳尔托宫|巴西利亚普拉纳尔托宫", B), ("阿根廷", L, "AR"), ("米莱", P)], []),
    ("刚果（金）总统齐塞克迪在金沙萨会见了卢旺达总统卡加梅的特使。",
     [("齐塞克迪", P), ("金沙萨", L), ("卢旺达", L, "RW"), ("卡加梅", P)], []),
    ("以色列总理内塔尼亚胡在耶路撒冷会见了美国中东问题特使维特科夫。",
     [("以色列", L, "IL"), ("内塔尼亚胡", P), ("耶路撒冷", L), ("美国", L, "US"), ("维特科夫", P)], []),
    ("据德新社报道，德国总统施泰因迈尔在柏林贝尔维尤宫为新内阁成员颁发任命书。",
     [("德新社", O), ("德国", L, "DE"), ("施泰因迈尔", P), ("柏林|柏林贝尔维尤宫", L), ("贝尔维尤宫|柏林贝尔维尤宫", B)], []),
    ("印度外交部发言人贾伊斯瓦尔说，印方对巴基斯坦的指控予以驳斥。",
     [("印度外交部", O), ("贾伊斯瓦尔", P), ("巴基斯坦", L, "PK")], []),
    ("韩国政府当天召开紧急会议。统一部官员说，朝方尚未回应。",
     [("韩国", L, "KR"), ("统一部|韩国统一部", O)], []),
    ("瑞典首相克里斯特松在斯德哥尔摩表示，瑞典将增加国防开支。",
     [("瑞典", L, "SE"), ("克里斯特松", P), ("斯德哥尔摩", L)], []),
    ("新西兰国家党领袖拉克森在惠灵顿宣布组成联合政府，工党领袖希普金斯表示祝贺。",
     [("新西兰", L, "NZ"), ("新西兰国家党|国家党", O), ("拉克森", P), ("惠灵顿", L), ("工党", O), ("希普金斯", P)],
     []),
    ("肯尼亚总统鲁托在内罗毕会见了坦桑尼亚总统哈桑。",
     [("肯尼亚", L, "KE"), ("鲁托", P), ("内罗毕", L), ("坦桑尼亚", L, "TZ"), ("哈桑", P)], []),
]

#: half b, written in Taiwan's Traditional
B_TAIWAN: list[tuple[str, list[tuple[str, ...]], list]] = [
    ("據共同社報導，日本外務大臣岩屋毅今天在東京與南韓外交部長趙兌烈舉行會談。",
     [("共同社", O), ("日本", L, "JP"), ("岩屋毅", P), ("东京", L), ("南韩", L, "KR"), ("赵兑烈", P)], []),
    ("白金漢宮今天發表聲明說，英王查爾斯三世將如期出席紀念活動。",
     [("白金汉宫", B), ("查尔斯三世", P)], []),
    ("美國聯邦眾議院今天通過法案，共和黨籍議長強生表示，法案將送交參議院。",
     [("美国联邦众议院|联邦众议院|众议院", O), ("共和党", O), ("强生", P), ("参议院", O)], []),
    ("據韓聯社報導，南韓執政的國民力量黨今天選出新任黨代表。",
     [("韩联社", O), ("南韩", L, "KR"), ("国民力量党", O)], []),
    ("英國廣播公司報導，蘇格蘭首席部長史雲尼今天在愛丁堡表示，蘇格蘭將再次爭取獨立公投。",
     [("英国广播公司", O), ("苏格兰", L), ("史云尼", P), ("爱丁堡", L)], []),
]


def check(pipeline, text: str, ents, wrong) -> list[str]:
    """:func:`bench.tw_probes.check`, with a building (label ``B``) right as an organisation or a place."""
    found, _codes = tw_probes._graph(pipeline, text)
    fixed = []
    for name, label, *code in ents:
        if label == B:
            names = name.split("|")
            label = next((lab for lab in (O, L) if any((lab, n) in found for n in names)), O)
        fixed.append((name, label, *code))
    return _CHECK(pipeline, text, fixed, wrong)


def score(probes, scripts: dict, verbose: bool = False) -> None:
    """:func:`bench.tw_probes.score_entity_probes` with this script's :func:`check`."""
    saved = tw_probes.check
    tw_probes.check = check
    try:
        tw_probes.score_entity_probes(probes, scripts, verbose)
    finally:
        tw_probes.check = saved


def main() -> None:
    from bench.intl34_probes import score_halves

    halves = (("a", A_SIMPLIFIED, A_TAIWAN), ("b", B_SIMPLIFIED, B_TAIWAN))
    score_halves(__doc__.split("\n")[0], halves, "## half {half}", score)


if __name__ == "__main__":
    main()
