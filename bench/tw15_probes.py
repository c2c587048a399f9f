"""Probe Taiwan and Hong Kong local news: the places and bodies their own press names (round 15).

Run: ``python3 bench/tw15_probes.py [-v] [--script tw|simplified|both]``. Each passage was written for zhkg from
general knowledge in the style of Taiwan and Hong Kong local news, in their own Traditional wording (里 after a
district, 路/街/大道 with 段, 捷運/港鐵 stations, 夜市, 漁港, 風景區, 屋邨 and 屋苑, 區公所, 警察局 and its 分局,
消防局, 衛生局, 縣議會, 區議會, 立法會 committees, 國小/國中/高中, 醫院, 大學); none is taken from any article,
and none from the reserved sources. Every passage is read as written and converted to Simplified (OpenCC t2s).

The gold follows ``docs/entities.md`` and the entities dev set: streets and roads, stations, night markets,
harbours, scenic areas, estates, squares and malls are places (as 海味街, 格林伍德大道, 南港展览馆 are there);
schools, universities, hospitals, councils and their committees, district offices, police, fire and health
bureaux are organisations. A name written ``A|B`` may be found as either (a road with or without its 段, a
police precinct with or without its city's bureau before it). A probe is right when every expected entity is in
the graph (a place with the expected code when one is given) and no name listed as wrong is there.

These passages were written and scored before any rule of round 15 (tw15) was written; they are probes of
whether rules generalise, not a dev set. Unseen on main (d1b4e0a): 24/53 right in each script (places 48/77,
organisations 27/36); after round 15: 49/53 (places 73/77, organisations 36/36). Left wrong: 花園夜市 (a common
noun's name), 東涌 before its estate (an area named by a word, linked only beside a related place), 官也街 (也 is a
word of grammar), 裕民坊 (坊 heads no reader).
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

#: (passage as Taiwan or Hong Kong writes it, expected entities [(Simplified name or names joined by |, label)
#: or (name, label, code)], wrong entities [name (any label) or (name, label)])
PROBES: list[tuple[str, list[tuple[str, ...]], list]] = [
    # Taiwan: villages after their district
    ("台北市大安區龍安里里長陳文華表示，里內的小公園將於下個月完工。",
     [("台北市", L, "TW-TPE"), ("大安区", L, "TW-TPE-106"), ("龙安里", L), ("陈文华", P)], [("龙安里", P)]),
    ("台南市永康區網寮里的居民抱怨，附近工廠夜間排放廢氣。",
     [("台南市", L, "TW-TNN"), ("永康区", L, "TW-TNN-710"), ("网寮里", L)], []),
    ("新北市三重區二重里與五華里今年合辦中秋晚會，吸引上千名居民參加。",
     [("新北市", L, "TW-NWT"), ("三重区", L, "TW-NWT-241"), ("二重里", L), ("五华里", L)], []),
    # roads with their sections
    ("台北市中山區南京東路二段昨晚發生一起車禍，造成兩人受傷。",
     [("台北市", L, "TW-TPE"), ("中山区", L, "TW-TPE-104"), ("南京东路|南京东路二段", L)], []),
    ("台中市西屯區文心路三段的一棟商業大樓昨天下午發生火警。",
     [("台中市", L, "TW-TXG"), ("西屯区", L, "TW-TXG-407"), ("文心路|文心路三段", L)], []),
    ("新竹市東大路一段的路面坑洞問題，引起不少機車騎士抱怨。",
     [("新竹市", L, "TW-HSZ"), ("东大路|东大路一段", L)], []),
    ("高雄市三民區建國二路與大順路口今天早上發生公車擦撞事故。",
     [("高雄市", L, "TW-KHH"), ("三民区", L, "TW-KHH-807"), ("建国二路", L), ("大顺路", L)], []),
    # stations
    ("台北捷運板南線忠孝復興站今天早上因號誌故障，列車延誤約20分鐘。",
     [("忠孝复兴站", L)], []),
    ("高雄捷運美麗島站的光之穹頂，每年吸引大批外國觀光客。",
     [("美丽岛站", L)], []),
    ("新北市三重區的捷運三重站今天上午有旅客跌落軌道，新北市政府消防局派員救援。",
     [("新北市", L, "TW-NWT"), ("三重站", L), ("新北市政府消防局|新北市消防局", O)], []),
    ("港鐵觀塘綫九龍灣站今早有乘客墮軌，列車服務一度受阻。",
     [("九龙湾站", L), ("港铁", O)], []),
    ("港鐵東涌綫欣澳站明年起將進行擴建工程。",
     [("欣澳站", L), ("港铁", O)], []),
    # night markets, harbours and scenic areas
    ("台南市的花園夜市與大東夜市是當地人最愛的兩個夜市。",
     [("台南市", L, "TW-TNN"), ("花园夜市", L), ("大东夜市", L)], []),
    ("基隆廟口夜市今晚湧入大批遊客，攤商生意大好。",
     [("庙口夜市|基隆庙口夜市", L)], []),
    ("高雄市前鎮區的前鎮漁港今年的漁獲量明顯減少。",
     [("高雄市", L, "TW-KHH"), ("前镇区", L, "TW-KHH-806"), ("前镇渔港", L)], []),
    ("屏東縣東港鎮的東港漁港是每年黑鮪魚季的主要卸魚港。",
     [("屏东县", L, "TW-PIF"), ("东港镇", L, "TW-PIF-928"), ("东港渔港", L)], []),
    ("宜蘭縣蘇澳鎮的南方澳漁港今天舉辦鯖魚節。",
     [("宜兰县", L, "TW-ILA"), ("苏澳镇", L, "TW-ILA-270"), ("南方澳渔港", L)], []),
    ("雲林縣古坑鄉的草嶺風景區因土石坍方，暫停對外開放。",
     [("云林县", L, "TW-YUN"), ("古坑乡", L, "TW-YUN-646"), ("草岭风景区", L)], []),
    ("新北市新店區碧潭風景區今天舉辦龍舟賽，吸引上萬人觀賽。",
     [("新北市", L, "TW-NWT"), ("新店区", L, "TW-NWT-231"), ("碧潭风景区", L)], []),
    ("墾丁國家公園管理處表示，今年夏天將加強海域巡查。",
     [("垦丁国家公园管理处", O)], [("垦丁国家公园", L)]),
    # Taiwan's bodies: councils, district offices, police, fire and health bureaux
    ("宜蘭縣議會今天召開臨時會，審查縣府提出的追加預算。",
     [("宜兰县议会", O)], []),
    ("桃園市議會今天三讀通過自治條例，將加強管理電動滑板車。",
     [("桃园市议会", O)], []),
    ("台中市南屯區公所今天舉辦端午節包粽子活動，邀請新住民參加。",
     [("南屯区公所|台中市南屯区公所", O)], []),
    ("苗栗縣頭份市公所今天起發放重陽節敬老禮金。",
     [("头份市公所|苗栗县头份市公所", O)], []),
    ("台北市文山區公所與文山第一分局合作，加強社區治安巡守。",
     [("文山区公所|台北市文山区公所", O), ("文山第一分局", O)], []),
    ("台北市警察局大安分局今天破獲一個詐騙集團，逮捕8名嫌犯。",
     [("台北市警察局大安分局|大安分局", O)], []),
    ("高雄市政府警察局三民第二分局昨天查獲一批走私香菸。",
     [("高雄市政府警察局三民第二分局|三民第二分局", O)], []),
    ("花蓮縣衛生局提醒民眾，夏季應注意食品衛生，避免食物中毒。",
     [("花莲县卫生局", O)], []),
    ("台北市政府衛生局今天公布，市內登革熱病例增加至12例。",
     [("台北市政府卫生局|台北市卫生局", O)], []),
    ("嘉義縣消防局今天在朴子市舉辦防災演習，共有300人參加。",
     [("嘉义县消防局", O), ("朴子市", L, "TW-CYQ-613")], []),
    # Taiwan's schools and hospitals
    ("新北市板橋區海山國小今天舉行畢業典禮，市長親自到場致詞。",
     [("新北市", L, "TW-NWT"), ("板桥区", L, "TW-NWT-220"), ("海山国小", O)], []),
    ("台中市北屯區的大坑國中與松竹高中合辦暑期科學營。",
     [("大坑国中", O), ("松竹高中", O)], []),
    ("彰化縣員林市的員林高中學生在國際科展中獲得金牌。",
     [("彰化县", L, "TW-CHA"), ("员林市", L, "TW-CHA-510"), ("员林高中", O)], []),
    ("新竹縣竹東鎮的竹東高中今年有三名學生錄取醫學系。",
     [("竹东镇", L, "TW-HSQ-310"), ("竹东高中", O)], []),
    ("國立台灣大學與國立成功大學今天簽署學術合作協議。",
     [("国立台湾大学|台湾大学", O), ("国立成功大学|成功大学", O)], []),
    ("台北榮民總醫院與馬偕紀念醫院的醫師共同發表研究成果。",
     [("台北荣民总医院", O), ("马偕纪念医院", O)], []),
    # Hong Kong: estates, areas, streets and malls
    ("沙田瀝源邨一個單位昨晚發生火警，消防處派出兩輛消防車到場。",
     [("沙田", L), ("沥源邨", L), ("消防处", O)], []),
    ("黃大仙區的彩虹邨近年成為旅客熱門的打卡地點。",
     [("黄大仙区", L, "HK-WT"), ("彩虹邨", L)], []),
    ("元朗天水圍天恩邨的居民要求政府增設街市。",
     [("元朗", L), ("天水围", L), ("天恩邨", L)], []),
    ("東涌富東邨對開的海濱長廊將進行改善工程。",
     [("东涌", L), ("富东邨", L)], []),
    ("將軍澳日出康城的居民不滿巴士班次不足，要求運輸署增加班次。",
     [("将军澳", L), ("日出康城", L), ("运输署", O)], []),
    ("屯門兆康苑一名住戶昨晚在家中暈倒，送院後不治。",
     [("屯门", L), ("兆康苑", L)], []),
    ("旺角彌敦道一間找換店昨晚被劫，警方正追緝兩名匪徒。",
     [("旺角", L), ("弥敦道", L)], []),
    ("深水埗北河街的街市攤販今日聯署，反對食環署的新規定。",
     [("深水埗", L), ("北河街", L)], []),
    ("銅鑼灣時代廣場今晚舉行聖誕亮燈儀式，吸引大批市民圍觀。",
     [("铜锣湾", L), ("时代广场", L)], []),
    ("澳門氹仔官也街的手信店今年生意大跌。",
     [("氹仔", L), ("官也街", L)], []),
    ("食物環境衞生署今日突擊巡查紅磡一帶的食肆。",
     [("食物环境卫生署", O), ("红磡", L)], []),
    # Hong Kong's councils, committees, hospitals and universities
    ("觀塘區議會今日討論裕民坊重建項目的進度。",
     [("观塘区议会", O), ("裕民坊", L)], []),
    ("西貢區議會轄下的交通及運輸委員會今日召開會議。",
     [("西贡区议会", O)], []),
    ("立法會財務委員會今日通過撥款，興建新的公共圖書館。",
     [("立法会财务委员会|财务委员会", O)], []),
    ("立法會交通事務委員會主席今日表示，港鐵應交代屯馬綫的服務延誤。",
     [("立法会交通事务委员会|交通事务委员会", O), ("港铁", O)], []),
    ("伊利沙伯醫院與瑪麗醫院的急症室今日輪候時間超過八小時。",
     [("伊利沙伯医院", O), ("玛丽医院", O)], []),
    ("香港中文大學與香港科技大學合辦的研討會今日在沙田舉行。",
     [("香港中文大学", O), ("香港科技大学", O), ("沙田", L)], []),
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
        right = 0
        want = {L: 0, O: 0}
        got = {L: 0, O: 0}
        for text, ents, wrong in PROBES:
            run = convert(text)
            errors = check(pipeline, run, ents, wrong)
            right += not errors
            for e in ents:
                if e[1] in want:
                    want[e[1]] += 1
                    got[e[1]] += not any(err.startswith(f"missing {e[1][:3]} {e[0]}") for err in errors)
            if errors and args.verbose:
                print(f"[{script}] {run}\n    " + "\n    ".join(errors))
        print(f"{script}: {right}/{len(PROBES)} probes right; places {got[L]}/{want[L]}, "
              f"organisations {got[O]}/{want[O]}")


if __name__ == "__main__":
    main()
