"""Probe Taiwan and Hong Kong news in their own Traditional wording: bodies, people, places and teams (round 31).

Run: ``python3 bench/tw31_probes.py [-v] [--script tw|simplified|both]``. Each passage was written for zhkg from
general knowledge in the style of Taiwan papers (中央社, 聯合報, 自由時報) and Hong Kong ones (明報, 星島, 香港01);
none is taken from any article, and none from the reserved sources. Every passage is read as written and
converted to Simplified (OpenCC t2s). Scoring as ``bench/tw_probes.py``: a probe is right when every expected
entity is in the graph (a name written ``A|B`` may be found as either; a place with the expected code when one
is given) and no name listed as wrong is there.

These are probes of whether rules generalise, not a dev set. The first 40 passages were written and scored
before any rule of round 31 (tw31); the other 25 after its team, department and pair rules and before its
dateline rule (their team probes name teams that round added). Two expectations of the first batch were
corrected before any rule was scored, to the gold's conventions (观塘 inside 观塘区议会; 屯门区 as 屯門區議員
writes it). On main (38e9e28): 32/40 and 19/25 right in each script, entities 96/107 and 50/59; after round 31:
35/40 and 22/25, 102/107 and 55/59. Left wrong: 大巨蛋, 北部都会区, 旺角大球场, 大榄隧道 (no reader heads them),
九龙 alone (a word on the stoplist), 民进党立院党团 and 台南市议会国民党团 as one body, 海关 alone, 长和.
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
     [("观塘区议会", O)], []),
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
    # second batch, written after the first rules and scored before any further one
    ("（中央社記者林長順台北5日電）金管會今天宣布，國泰金與富邦金的合併案須補件，主委彭金隆表示將審慎處理。",
     [("林长顺", P), ("金管会", O), ("国泰金", O), ("富邦金", O), ("彭金隆", P)], []),
    ("中選會今天公告，明年地方選舉將於11月舉行，各縣市議員及村里長同日投票。",
     [("中选会", O)], []),
    ("勞動部今天公布最新失業率，勞動部長洪申翰表示就業市場穩定。",
     [("劳动部", O), ("洪申翰", P)], []),
    ("北檢今天偵結一起內線交易案，起訴上市公司前董事長張志明等3人。",
     [("北检", O), ("张志明", P)], []),
    ("新北市板橋區江翠里的里長林淑惠說，里內的人行道將重新鋪設。",
     [("板桥区", L, "TW-NWT-220"), ("江翠里", L), ("林淑惠", P)], []),
    ("台南市議會國民黨團今天召開記者會，質疑市府的防汛整備不足。",
     [("台南市议会", O)], []),
    ("台大醫院今天發布新聞稿，證實一名病患在急診室等候超過48小時。",
     [("台大医院", O)], []),
    ("澎湖縣馬公市與金門縣金城鎮今年締結為姊妹市。",
     [("澎湖县", L, "TW-PEN"), ("马公市", L), ("金门县", L, "TW-KIN"), ("金城镇", L)], []),
    ("高雄市長陳其邁今天前往鳳山區與三民區視察淹水災情。",
     [("陈其迈", P), ("凤山区", L, "TW-KHH-830"), ("三民区", L, "TW-KHH-807")], []),
    ("台北市大同區與萬華區的老舊社區將優先納入都市更新計畫。",
     [("大同区", L), ("万华区", L, "TW-TPE-108")], []),
    ("廉署今日落案起訴一名房屋署前職員，控告他涉嫌收受利益。",
     [("廉署", O), ("房屋署", O)], []),
    ("入境處今日表示，過去一年共批出逾十萬宗輸入人才申請。",
     [("入境处", O)], []),
    ("衞生防護中心今日公布，新增三宗本地退伍軍人病個案，患者分別居於葵青及荃灣。",
     [("卫生防护中心", O), ("葵青", L), ("荃湾", L)], []),
    ("房委會今日通過，將在將軍澳及東涌興建新的公共屋邨。",
     [("房委会", O), ("将军澳", L), ("东涌", L)], []),
    ("教育局局長蔡若蓮今日出席立法會教育事務委員會會議。",
     [("教育局", O), ("蔡若莲", P), ("立法会教育事务委员会|立法会", O)], []),
    ("理大及城大今日宣布合辦新的工程學位課程。",
     [("理大", O), ("城大", O)], []),
    ("海關今日在葵涌貨櫃碼頭檢獲一批懷疑走私的冷藏肉類。",
     [("海关", O), ("葵涌货柜码头|葵涌", L)], []),
    ("律政司司長林定國今日表示，政府尊重法庭的裁決。",
     [("律政司", O), ("林定国", P)], []),
    ("民政事務總署今日在各區開放臨時庇護中心，包括黃大仙及觀塘。",
     [("民政事务总署", O), ("黄大仙", L), ("观塘", L)], []),
    ("西九文化區管理局今日宣布，M+博物館將延長開放時間。",
     [("西九文化区管理局", O)], []),
    ("嶺南大學校長秦泗釗今日與屯門區議員會面。",
     [("岭南大学", O), ("秦泗钊", P), ("屯门|屯门区", L)], []),
    ("運輸署表示，大欖隧道今日早上發生交通意外，往九龍方向的車龍長達三公里。",
     [("运输署", O), ("大榄隧道", L), ("九龙", L)], []),
    ("新民黨主席葉劉淑儀今日在電台節目上回應有關言論。",
     [("新民党", O), ("叶刘淑仪", P)], []),
    ("樂天桃猿今天在桃園球場以6比2擊敗台鋼雄鷹，投手群表現穩定。",
     [("乐天桃猿", O), ("台钢雄鹰", O), ("桃园球场", L)], []),
    ("新竹街口攻城獅今晚在主場以98比90擊敗新北國王。",
     [("攻城狮|新竹街口攻城狮", O), ("新北国王", O)], []),
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
