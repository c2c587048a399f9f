"""Probe Taiwan and Hong Kong places in their own wording: stations, 九龍 alone, villages and 里, streets and
landmarks after their district, 國內, districts as given names (round 36).

Run: ``python3 bench/tw36_probes.py [-v] [--script tw|simplified|both] [--half a|b|both]``. Each passage was
written for zhkg from general knowledge in the style of Taiwan papers (中央社, 聯合報, 自由時報) and Hong Kong
ones (明報, 星島, 香港01); none is taken from any article, and none from the reserved sources. Every passage is
read as written and converted to Simplified (OpenCC t2s). Scoring as ``bench/tw_probes.py``.

The expectations were written before zhkg was run on any passage. A station is one place, and the district or
area whose name it carries is no place of its own there (旺角東站, not 旺角); 九龍 is a place where a place's frame
says so (在九龍, 九龍東); 國內 in Taiwan news is the country's reference, no place; a district's name that is a
person's given name (張信義) is no place. The passages are split in two halves: rules of round 36 were written
from half ``a`` only, and half ``b`` was scored before and after to see whether they carry over.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))

P, O, L = "PERSON", "ORGANIZATION", "PLACE"  # noqa: E741 (the labels, short for the table)

#: (passage, expected entities [(Simplified name or names joined by |, label)], wrong entities [name or (name, label)])
PROBES_A: list[tuple[str, list[tuple[str, ...]], list]] = [
    # stations
    ("港鐵表示，觀塘綫太子站今早一度有乘客不適，列車服務受阻約十五分鐘。",
     [("港铁", O), ("太子站", L)], []),
    ("一名男子今天上午在台北車站大廳持刀揮舞，警方到場將他制伏。",
     [("台北车站", L)], [("台北", L)]),
    ("東鐵綫旺角東站昨晚發生訊號故障，大批乘客滯留月台。",
     [("旺角东站", L)], [("旺角", L)]),
    ("台北捷運南港展覽館站今天下午因月台門故障，文湖線列車一度停駛。",
     [("南港展览馆站", L)], [("南港", L)]),
    ("港鐵將軍澳綫康城站昨晚有人闖入路軌，列車服務一度暫停。",
     [("港铁", O), ("康城站", L)], []),
    ("北捷松山新店線公館站今天早上有乘客跌倒受傷，站方已送醫。",
     [("公馆站", L)], []),
    # 九龍 alone and its parts
    ("天文台指九龍東及新界東北部今晚雨勢較大，市民應留意。",
     [("天文台", O), ("九龙东|九龙", L), ("新界", L)], []),
    ("警方昨晚在九龍城一間食肆拘捕兩名男子，檢獲大批毒品。",
     [("九龙城", L)], []),
    ("他自小在九龍長大，中學畢業後才移居港島。",
     [("九龙", L), ("港岛", L)], []),
    # villages and 里
    ("臺北市大安區龍門里里長陳明德今天表示，里內將舉辦中秋晚會。",
     [("台北市", L), ("大安区", L), ("龙门里", L), ("陈明德", P)], []),
    ("南投縣信義鄉東埔村昨天上午發生邊坡坍方，村內道路中斷。",
     [("南投县", L), ("信义乡", L), ("东埔村", L)], []),
    ("嘉義縣阿里山鄉達邦村的族人今天舉行戰祭。",
     [("嘉义县", L), ("阿里山乡", L), ("达邦村", L)], []),
    ("桃園市復興區華陵里的水蜜桃今年提早上市，農會預估產量增加。",
     [("桃园市", L), ("复兴区", L), ("华陵里", L)], []),
    # streets and landmarks with their district
    ("北市信義區松仁路今天清晨發生車禍，一輛公車與機車擦撞。",
     [("信义区", L), ("松仁路", L)], []),
    ("西門町今天湧入大批逛街人潮，萬華分局加派警力維持秩序。",
     [("西门町", L)], []),
    ("蘭桂坊今年萬聖節預計吸引數萬人，警方將實施人潮管制。",
     [("兰桂坊", L)], []),
    ("銅鑼灣時代廣場外今日有團體請願，要求政府增加房屋供應。",
     [("铜锣湾时代广场|时代广场", L)], []),
    ("深水埗鴨寮街今日有小販擺賣電子產品，食環署人員到場執法。",
     [("深水埗", L), ("鸭寮街", L), ("食环署", O)], []),
    ("澳門氹仔官也街今日擠滿旅客，治安警察局加派人手。",
     [("澳门", L), ("氹仔", L), ("官也街", L)], []),
    # 國內, districts as given names
    ("疾管署今天表示，國內新增50例本土病例，其中新北市最多。",
     [("疾管署", O), ("新北市", L)], [("国内", L)]),
    ("立委張信義今天質詢時指出，北部地區的長照資源不足。",
     [("张信义", P)], [("信义", L)]),
    ("新北市民林中和昨天在板橋區住處遭竊，損失約十萬元。",
     [("林中和", P), ("新北市", L), ("板桥区", L)], [("中和", L)]),
]

PROBES_B: list[tuple[str, list[tuple[str, ...]], list]] = [
    # stations
    ("港鐵荃灣綫深水埗站今早有乘客跌落路軌，消防員到場救出。",
     [("深水埗站", L)], [("深水埗", L)]),
    ("一名婦人今早在尖沙咀站月台暈倒，港鐵職員即時召救護車。",
     [("尖沙咀站", L), ("港铁", O)], [("尖沙咀", L)]),
    ("台北捷運中山國中站今天上午因電力異常，文湖線部分區間停駛。",
     [("中山国中站", L)], [("中山国中", O)]),
    ("高雄捷運美麗島站今晚舉辦音樂會，吸引上千名民眾。",
     [("美丽岛站", L)], []),
    ("台鐵板橋車站今天起進行月台改善工程，旅客進出需繞道。",
     [("板桥车站", L)], [("板桥", L)]),
    ("港鐵屯馬綫啟德站昨晚有扶手電梯故障，三人受傷。",
     [("港铁", O), ("启德站", L)], [("启德", L)]),
    # 九龍 alone and its parts
    ("消防處表示，九龍灣一幢工廈今晚發生三級火，暫無人受傷。",
     [("九龙湾", L), ("消防处", O)], []),
    ("選舉事務處指，九龍西今屆共有五名候選人參選。",
     [("九龙西|九龙", L), ("选举事务处", O)], []),
    ("她在九龍出生，六十年代隨家人移民加拿大。",
     [("九龙", L), ("加拿大", L)], []),
    # villages and 里
    ("屏東縣霧台鄉阿禮村今天因豪雨對外交通中斷。",
     [("屏东县", L), ("雾台乡", L), ("阿礼村", L)], []),
    ("高雄市前鎮區草衙里里長林清和今天帶領志工清掃街道。",
     [("高雄市", L), ("前镇区", L), ("草衙里", L), ("林清和", P)], []),
    ("新竹縣竹北市嘉興里一處民宅昨晚起火，消防局派員灌救。",
     [("新竹县", L), ("竹北市", L), ("嘉兴里", L)], []),
    # streets and landmarks with their district
    ("台中市西屯區逢甲夜市今晚湧入大批遊客。",
     [("台中市", L), ("西屯区", L), ("逢甲夜市", L)], []),
    ("新北市板橋區府中路一棟大樓今天凌晨發生火警。",
     [("新北市", L), ("板桥区", L), ("府中路", L)], []),
    ("旺角西洋菜南街行人專用區今日重開，吸引不少街頭表演者。",
     [("旺角", L), ("西洋菜南街", L)], []),
    ("北市萬華區剝皮寮歷史街區今天舉辦古蹟導覽。",
     [("万华区", L), ("剥皮寮", L)], []),
    ("中西區士丹頓街一幢唐樓今早有外牆剝落，屋宇署人員到場視察。",
     [("中西区", L), ("士丹顿街", L)], []),
    ("台北市中山區林森北路一家酒店今天凌晨發生鬥毆。",
     [("台北市", L), ("中山区", L), ("林森北路", L)], []),
    # 國內, districts as given names
    ("國內油價下週預估調漲，中油今天表示將吸收部分漲幅。",
     [("中油", O)], [("国内", L)]),
    ("市議員王大安今天在議會質詢，要求市府改善公車服務。",
     [("王大安", P)], [("大安", L)]),
    ("彰化縣長候選人李永和今天前往市場拜票。",
     [("彰化县", L), ("李永和", P)], [("永和", L)]),
]

PROBES = PROBES_A + PROBES_B


def main() -> None:
    from bench.tw35_probes import score_halves

    score_halves(__doc__.split("\n")[0], PROBES_A, PROBES_B)


if __name__ == "__main__":
    main()
