"""Probe Taiwan and Hong Kong local news: venues, areas, estates, townships, glued government names (round 35).

Run: ``python3 bench/tw35_probes.py [-v] [--script tw|simplified|both] [--half a|b|both]``. Each passage was
written for zhkg from general knowledge in the style of Taiwan papers (中央社, 聯合報, 自由時報) and Hong Kong
ones (明報, 星島, 香港01); none is taken from any article, and none from the reserved sources. Every passage is
read as written and converted to Simplified (OpenCC t2s). Scoring as ``bench/tw_probes.py``.

The expectations were written before zhkg was run on any passage. Venues and landmarks are places, as MSRA and
Universal NER train mark them (北京工人体育场, 伊丽莎白体育馆, 会展中心, 维多利亚港 are LOC there); a body glued to
its place (北市府, 港府) is the body. The passages are split in two halves: rules of round 35 were written
from half ``a`` only, and half ``b`` was scored before and after to see whether they carry over.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))

P, O, L = "PERSON", "ORGANIZATION", "PLACE"  # noqa: E741 (the labels, short for the table)

#: (passage, expected entities [(Simplified name or names joined by |, label) or (name, label, code)],
#: wrong entities [name (any label) or (name, label)])
PROBES_A: list[tuple[str, list[tuple[str, ...]], list]] = [
    # venues and landmarks
    ("（中央社記者陳昱婷台北5日電）日本歌手今晚在台北大巨蛋開唱，北市府交通局呼籲民眾多利用大眾運輸。",
     [("陈昱婷", P), ("台北大巨蛋|大巨蛋", L), ("北市府交通局", O)], []),
    ("港府今日宣布，啟德體育園明年三月將舉行首場國際足球賽事。",
     [("港府", O), ("启德体育园", L)], []),
    ("今年跨年煙火將在台北101施放，預估吸引逾20萬人潮。",
     [("台北101", L)], []),
    ("香港會議展覽中心本週舉行國際珠寶展，主辦單位預計吸引五萬名買家。",
     [("香港会议展览中心", L)], []),
    # Hong Kong areas alone
    ("天文台表示，新界西北部今日午後可能有狂風雷暴，九龍亦有大驟雨。",
     [("天文台", O), ("新界", L), ("九龙", L)], []),
    ("警方昨晚在港島東區展開反罪惡行動，拘捕十二名男子。",
     [("港岛东区|东区", L)], []),
    # people with an English name beside
    ("前立法會議員Jeremy Tam譚文豪今日在社交平台發文回應事件。",
     [("谭文豪", P), ("立法会", O)], []),
    ("民主黨主席羅健熙（Lo Kin-hei）今日聯同多名區議員會見傳媒。",
     [("罗健熙", P), ("民主党", O)], []),
    # Taiwan names
    ("立法院長韓國瑜今天主持院會，民進黨團總召柯建銘提出程序發言。",
     [("韩国瑜", P), ("柯建铭", P), ("立法院", O), ("民进党", O)], ["韩国"]),
    ("高雄市議員李雅慧今天質詢市長陳其邁，要求市府改善淹水問題。",
     [("李雅慧", P), ("陈其迈", P), ("高雄市", L)], []),
    ("台中市長盧秀燕今天前往大甲區視察，區長張文興陪同說明。",
     [("卢秀燕", P), ("张文兴", P), ("大甲区", L), ("台中市", L)], []),
    # estates and stations
    ("房委會表示，沙田水泉澳邨將於下月進行大型維修工程。",
     [("房委会", O), ("水泉澳邨", L), ("沙田", L)], []),
    ("港鐵表示，荃灣綫旺角站一列列車今早發生故障，乘客需在太子站轉乘。",
     [("港铁", O), ("旺角站", L), ("太子站", L)], []),
    ("屯門富泰邨一名老翁昨晚在家中暈倒，送院後不治。",
     [("富泰邨", L), ("屯门", L)], []),
    # Taiwan townships and villages
    ("雲林縣斗六市三光里昨天發生火警，里長林文雄協助疏散居民。",
     [("云林县", L), ("斗六市", L), ("三光里", L), ("林文雄", P)], []),
    ("南投縣仁愛鄉清境農場周邊昨晚下起大雪，吸引大批遊客上山。",
     [("南投县", L), ("仁爱乡", L), ("清境农场", L)], []),
    ("屏東縣牡丹鄉石門村的居民今天舉行抗議活動。",
     [("屏东县", L), ("牡丹乡", L), ("石门村", L)], []),
    # place + body glued
    ("高市府今天表示，將與中市府合作推動觀光。",
     [("高市府", O), ("中市府", O)], []),
    ("竹縣府今天公布新的托育補助措施，縣長楊文科表示將擴大受惠對象。",
     [("竹县府", O), ("杨文科", P)], []),
    ("澳府今日宣布向每名永久居民發放一萬元現金分享。",
     [("澳府", O)], []),
]

PROBES_B: list[tuple[str, list[tuple[str, ...]], list]] = [
    # venues and landmarks
    ("歌手今晚在台北小巨蛋舉行演唱會，周邊交通大塞車，北市警方加派警力疏導。",
     [("台北小巨蛋|小巨蛋", L)], []),
    ("西九文化區的戲曲中心本週末上演粵劇經典劇目。",
     [("西九文化区", L)], []),
    ("維港今晚舉行煙花匯演，運輸署提醒市民預早計劃行程。",
     [("维港", L), ("运输署", O)], []),
    ("高雄巨蛋今晚舉行籃球賽，吸引上萬名球迷進場。",
     [("高雄巨蛋", L)], []),
    # Hong Kong areas alone
    ("渠務署表示，新界東北多處地區出現水浸，九龍東亦有山泥傾瀉報告。",
     [("渠务署", O), ("新界", L)], []),
    ("消防處今日表示，港島南區一幢大廈昨晚發生三級火，無人受傷。",
     [("消防处", O), ("港岛南区|南区", L)], []),
    # people with an English name beside
    ("公民黨前黨魁楊岳橋（Alvin Yeung）今日出庭應訊。",
     [("杨岳桥", P), ("公民党", O)], []),
    ("新民黨立法會議員Judy Chan陳家珮今日在會上提出質詢。",
     [("陈家珮", P), ("新民党", O), ("立法会", O)], []),
    # Taiwan names
    ("國民黨主席朱立倫今天前往新竹縣，為縣長楊文科站台。",
     [("朱立伦", P), ("国民党", O), ("新竹县", L), ("杨文科", P)], []),
    ("屏東縣長周春米今天出席活動，與副縣長林鉅鉦一同頒獎。",
     [("周春米", P), ("林钜钲", P), ("屏东县", L)], []),
    ("桃園市議員黃敬平今天召開記者會，批評市府處理不當。",
     [("黄敬平", P), ("桃园市", L)], []),
    # estates and stations
    ("房署表示，將軍澳尚德邨一個單位今早發現一具男屍。",
     [("房署", O), ("尚德邨", L), ("将军澳", L)], []),
    ("港鐵東涌綫欣澳站今日下午暫停服務，乘客需改乘巴士。",
     [("港铁", O), ("欣澳站", L)], []),
    ("黃大仙鳳德邨與彩虹邨的居民反對附近的建屋計劃。",
     [("凤德邨", L), ("彩虹邨", L), ("黄大仙", L)], []),
    # Taiwan townships and villages
    ("嘉義縣竹崎鄉光華村昨晚發生土石流，鄉公所已撤離十戶居民。",
     [("嘉义县", L), ("竹崎乡", L), ("光华村", L)], []),
    ("台南市東區東門里里長陳美玲今天協助發放物資。",
     [("台南市", L), ("东区", L), ("东门里", L), ("陈美玲", P)], []),
    ("宜蘭縣三星鄉的蔥農今年收成不錯，價格穩定。",
     [("宜兰县", L), ("三星乡", L)], []),
    # place + body glued
    ("北市府今天宣布，將與新北市府合作推動公車路線整併。",
     [("北市府", O), ("新北市府", O)], []),
    ("港府今日公布新一份施政報告，澳府亦於同日宣布財政預算。",
     [("港府", O), ("澳府", O)], []),
    ("南市府今天表示，府方已派員前往現場勘查。",
     [("南市府", O)], []),
]

PROBES = PROBES_A + PROBES_B


def main() -> None:
    score_halves(__doc__.split("\n")[0], PROBES_A, PROBES_B)


def score_halves(description: str, probes_a: list, probes_b: list) -> None:
    """Score two halves of Taiwan-style probes, as written and in Simplified, per the command line (``--half``,
    ``--script``, ``-v``)."""
    from bench.tw_probes import score_entity_probes
    from zhkg.stages.normalise import to_simplified

    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each wrong probe's errors")
    ap.add_argument("--script", choices=("tw", "simplified", "both"), default="both")
    ap.add_argument("--half", choices=("a", "b", "both"), default="both")
    args = ap.parse_args()
    scripts = {"tw": lambda text: text, "simplified": to_simplified}
    if args.script != "both":
        scripts = {args.script: scripts[args.script]}
    halves = {"a": [("half a", probes_a)], "b": [("half b", probes_b)],
              "both": [("half a", probes_a), ("half b", probes_b)]}[args.half]
    for name, probes in halves:
        print(f"## {name}")
        score_entity_probes(probes, scripts, args.verbose)


if __name__ == "__main__":
    main()
