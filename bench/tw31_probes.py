"""Probe Taiwan and Hong Kong news in their own Traditional wording: bodies, people, places and teams (round 31).

Run: ``python3 bench/tw31_probes.py [-v] [--script tw|simplified|both]``. Each passage was written for zhkg from
general knowledge in the style of Taiwan papers (中央社, 聯合報, 自由時報) and Hong Kong ones (明報, 星島, 香港01);
none is taken from any article, and none from the reserved sources. Every passage is read as written and
converted to Simplified (OpenCC t2s). Scoring as ``bench/tw_probes.py``: a probe is right when every expected
entity is in the graph (a name written ``A|B`` may be found as either; a place with the expected code when one
is given) and no name listed as wrong is there.

These passages were written and scored before any rule of round 31 (tw31) was written; they are probes of
whether rules generalise, not a dev set.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))

from bench.tw_probes import check  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.normalise import to_simplified  # noqa: E402

P, O, L = "PERSON", "ORGANIZATION", "PLACE"  # noqa: E741 (the labels, short for the table)

#: (passage, expected entities [(Simplified name or names joined by |, label) or (name, label, code)],
#: wrong entities [name (any label) or (name, label)])
PROBES: list[tuple[str, list[tuple[str, ...]], list]] = [
    # Taiwan: governments, ministries and agencies
    ("（中央社記者王心怡台北3日電）衛福部今天宣布，疾管署將擴大流感疫苗接種對象，65歲以上長者可免費施打。",
     [("卫福部", O), ("疾管署", O), ("王心怡", P), ("台北", L)], []),
    ("陸委會今天表示，國台辦日前的說法不符事實，呼籲北京當局正視兩岸現況。",
     [("陆委会", O), ("国台办", O), ("北京", L)], []),
    ("北市府今天召開記者會，副市長李四川說明大巨蛋周邊交通疏導措施。",
     [("北市府|台北市政府", O), ("李四川", P), ("大巨蛋", L)], []),
    ("新北市長侯友宜今天視察板橋區的社會住宅工地，要求工程如期完工。",
     [("新北市", L, "TW-NWT"), ("侯友宜", P), ("板桥区", L, "TW-NWT-220")], []),
    ("高市府觀光局今天宣布，今年燈會將在愛河灣舉行，預計吸引百萬人次。",
     [("高市府观光局|高雄市政府观光局", O), ("爱河湾|爱河", L)], []),
    ("台中市議會今天開議，國民黨團提案要求市府加強空污管制。",
     [("台中市议会", O), ("国民党团|国民党", O)], []),
    ("民眾黨立委黃珊珊今天在立法院質詢時，批評經濟部的電價政策。",
     [("民众党", O), ("黄珊珊", P), ("立法院", O), ("经济部", O)], []),
    ("民進黨立院黨團總召柯建銘表示，將全力支持行政院版的預算案。",
     [("民进党", O), ("柯建铭", P), ("行政院", O)], []),
    ("環境部今天公布全台空氣品質監測結果，雲林縣麥寮鄉的細懸浮微粒濃度偏高。",
     [("环境部", O), ("云林县", L, "TW-YUN"), ("麦寮乡", L)], []),
    ("屏東縣府今天表示，恆春鎮的海洋音樂祭將如期舉行，縣長周春米將出席開幕。",
     [("屏东县政府|屏东县府", O), ("恒春镇", L), ("周春米", P)], []),
    ("內政部警政署刑事警察局今天破獲一個跨國詐騙集團，逮捕嫌犯12人。",
     [("内政部警政署刑事警察局|刑事警察局|警政署", O)], []),
    # Taiwan: companies, science parks, places
    ("台積電今天在竹科舉行新廠動土典禮，董事長魏哲家親自主持。",
     [("台积电", O), ("竹科", L), ("魏哲家", P)], []),
    ("聯發科總部位於新竹科學園區，今年營收創下歷史新高。",
     [("联发科", O), ("新竹科学园区", L)], []),
    ("花蓮縣秀林鄉今天清晨發生規模5.8地震，太魯閣國家公園暫停開放。",
     [("花莲县", L, "TW-HUA"), ("秀林乡", L), ("太鲁阁国家公园", L)], []),
    ("桃園市中壢區中原里的里民今天向市府陳情，要求改善排水系統。",
     [("桃园市", L, "TW-TAO"), ("中坜区", L), ("中原里", L)], []),
    ("嘉義縣朴子市與台南市新營區今年合辦農特產展售會。",
     [("嘉义县", L, "TW-CYQ"), ("朴子市", L), ("台南市", L, "TW-TNN"), ("新营区", L)], []),
    ("宜蘭縣長林姿妙今天前往礁溪鄉，了解溫泉業者的經營狀況。",
     [("宜兰县", L, "TW-ILA"), ("林姿妙", P), ("礁溪乡", L)], []),
    # Taiwan: people with Taiwan-style given names
    ("前總統蔡英文今天出席一場論壇，與會者包括前副總統陳建仁及學者吳玉山。",
     [("蔡英文", P), ("陈建仁", P), ("吴玉山", P)], []),
    ("台北地檢署今天起訴前議員陳怡君，她涉嫌詐領助理費。",
     [("台北地检署", O), ("陈怡君", P)], []),
    # Taiwan: baseball teams
    ("中職今天晚上在台南球場開打，統一獅以5比3擊敗中信兄弟，投手古林睿煬主投7局。",
     [("中职", O), ("统一狮", O), ("中信兄弟", O), ("古林睿炀", P), ("台南球场", L)], []),
    ("富邦悍將今天宣布與味全龍完成交易，外野手林立轉隊。",
     [("富邦悍将", O), ("味全龙", O)], []),
    # Hong Kong: government and public bodies
    ("行政長官李家超今日在立法會答問大會上表示，港府會加快北部都會區的發展。",
     [("李家超", P), ("立法会", O), ("港府|香港特区政府", O), ("北部都会区", L)], []),
    ("財政司司長陳茂波今日發表《財政預算案》，宣布向合資格市民發放消費券。",
     [("陈茂波", P)], []),
    ("醫管局今日公布，瑪嘉烈醫院一名病人感染新冠病毒後死亡。",
     [("医管局", O), ("玛嘉烈医院", O)], []),
    ("食環署人員今日到深水埗區巡查，票控多名阻街的小販。",
     [("食环署", O), ("深水埗区|深水埗", L)], []),
    ("港鐵公司宣布，東涌綫延線工程將於明年完成，屆時會新增東涌東站。",
     [("港铁公司|港铁", O)], []),
    ("九巴今日宣布，多條往來沙田及尖沙咀的路線將於下月起改道。",
     [("九巴", O), ("沙田", L), ("尖沙咀", L)], []),
    ("觀塘區議會今日通過動議，要求政府增加區內的公共泳池。",
     [("观塘区议会", O), ("观塘", L)], []),
    ("警方今日凌晨在屯門寶田邨拘捕一名男子，他涉嫌藏有毒品。",
     [("屯门", L), ("宝田邨", L)], [("警方", O)]),
    ("消防處今日表示，黃大仙竹園北邨一單位昨晚起火，一名長者送院治理。",
     [("消防处", O), ("黄大仙", L), ("竹园北邨", L)], []),
    ("民建聯立法會議員陳克勤今日聯同元朗居民到房屋署請願。",
     [("民建联", O), ("陈克勤", P), ("元朗", L), ("房屋署", O)], []),
    ("新界東北發展計劃下，粉嶺及上水的農地將改劃作公營房屋用途。",
     [("新界", L), ("粉岭", L), ("上水", L)], []),
    ("天文台今日上午發出三號強風信號，港島及九龍多處出現塌樹。",
     [("天文台", O), ("港岛", L), ("九龙", L)], []),
    # Hong Kong: people with English given names
    ("保安局局長鄧炳強今日表示，政府會密切留意網上言論。",
     [("邓炳强", P), ("保安局", O)], []),
    ("長和主席李澤鉅（Victor Li）今日在股東大會上表示，集團業務穩健。",
     [("长和", O), ("李泽钜", P)], []),
    ("立法會議員容海恩今日質詢運輸署，指將軍澳隧道的收費安排混亂。",
     [("容海恩", P), ("运输署", O), ("将军澳隧道|将军澳", L)], []),
    # Hong Kong: teams and sport
    ("港超聯今晚在旺角大球場上演焦點戰，傑志以2比1力挫東方龍獅。",
     [("杰志", O), ("东方龙狮", O), ("旺角大球场", L)], []),
    ("港協暨奧委會今日宣布，香港代表團將派出逾百名運動員出戰亞運。",
     [("港协暨奥委会", O), ("香港", L)], []),
    ("香港大學校長張翔今日與中文大學的學者會面，商討合作研究計劃。",
     [("香港大学", O), ("张翔", P), ("中文大学", O)], []),
    ("香港01記者昨日到大埔太和邨採訪，了解居民對重建的意見。",
     [("大埔", L), ("太和邨", L)], []),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print each wrong probe's errors")
    ap.add_argument("--script", choices=("tw", "simplified", "both"), default="both")
    args = ap.parse_args()
    scripts = {"tw": lambda text: text, "simplified": to_simplified}
    if args.script != "both":
        scripts = {args.script: scripts[args.script]}
    pipeline = Pipeline()
    for script, convert in scripts.items():
        right = entities = entities_right = 0
        for text, ents, wrong in PROBES:
            run = convert(text)
            errors = check(pipeline, run, ents, wrong)
            right += not errors
            entities += len(ents)
            entities_right += sum(not any(err.startswith(f"missing {e[1][:3]} {e[0]}") for err in errors)
                                  for e in ents)
            if errors and args.verbose:
                print(f"[{script}] {run}\n    " + "\n    ".join(errors))
        print(f"{script}: {right}/{len(PROBES)} probes right; expected entities found {entities_right}/{entities}")


if __name__ == "__main__":
    main()
