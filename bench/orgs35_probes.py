"""Probe organisation names of Hong Kong and Taiwan news the recogniser misses: developers and firms, sports teams,
girls' and boys' schools, customs with a time word, bodies in object position, church congregations (round 35).

Run: ``python3 bench/orgs35_probes.py [-v] [--script tw|simplified|both] [--half a|b|all]``. Every passage was
invented for zhkg from general knowledge in the style of 中央社, 聯合報, 自由時報, 明報, 星島 and 香港01; none is taken
from any article and none from the reserved sources. The expected entities were written before zhkg read any of them.
Half ``a`` is the one the round's rules were written from; half ``b`` was only scored, before and after. Scoring as
``bench/orgs32_probes.py``: a probe is right when every expected entity is in the graph (``A|B``: either) and no name
listed as wrong is there.

On main 21220b29, each script: half a 15/30 probes (entities 19/35), half b 24/35 (33/44); after round 35: half a
25/30 (30/35), half b 30/35 (40/44). Left: 景美女中, 喇沙書院 (read as its alumni association), 消費者委員會 and
教育局 as objects, congregations (北角堂 read a place), 台鋼雄鷹 with no frame, 養樂多燕子 (not listed), 山口茜.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))

from bench.tw_probes import score_entity_probes, to_simplified  # noqa: E402

P, O, L = "PERSON", "ORGANIZATION", "PLACE"  # noqa: E741 (the labels, short for the table)

#: half a: (passage, expected entities [(Simplified name or names joined by |, label)], wrong entities)
HALF_A: list[tuple[str, list[tuple[str, ...]], list]] = [
    # developers and firms
    ("信和置業今日公布全年業績，股東應佔溢利按年下跌。", [("信和置业", O)], []),
    ("新鴻基地產旗下商場今年將推出多項優惠。", [("新鸿基地产|新鸿基", O)], []),
    ("台塑集團今天宣布，旗下麥寮廠區將進行歲修。", [("台塑集团|台塑", O)], []),
    ("鴻海股價今天大漲，市值重回三兆元。", [("鸿海", O)], []),
    ("國泰金控董事長今天在股東會上表示，將加碼海外布局。", [("国泰金控", O)], []),
    ("恒基兆業地產今日宣布以四十億元購入一幅住宅地皮。", [("恒基兆业地产|恒基兆业|恒基地产", O)], []),
    ("和碩今天公布上月營收，年增一成五。", [("和硕", O)], []),
    ("統一企業今天宣布調漲泡麵價格。", [("统一企业", O)], []),
    ("新鸿基地产今日公布业绩，旗下商场租金收入上升。", [("新鸿基地产|新鸿基", O)], []),
    # sports teams
    ("傑志今晚在港超聯迎戰東方龍獅，最終以二比一勝出。", [("杰志", O), ("东方龙狮", O)], [("杰志", P)]),
    ("中信兄弟昨晚以五比三擊敗富邦悍將，終止三連敗。", [("中信兄弟", O), ("富邦悍将", O)], [("中信兄弟", P)]),
    ("讀賣巨人隊今天宣布與一名外籍投手簽約。", [("读卖巨人队|读卖巨人", O)], []),
    ("樂天桃猿今晚不敵統一獅，吞下四連敗。", [("乐天桃猿", O), ("统一狮", O)], []),
    ("味全龍總教練今天表示，球隊將調整先發輪值。", [("味全龙", O)], []),
    ("杰志昨晚以三比零击败东方龙狮。", [("杰志", O), ("东方龙狮", O)], [("杰志", P)]),
    ("周天成今晚在八強戰迎戰安賽龍。", [("周天成", P), ("安赛龙", P)], [("周天成", O), ("安赛龙", O)]),
    # girls' and boys' schools
    ("北一女中今天舉行畢業典禮，校長勉勵學生勇於追夢。", [("北一女中", O)], []),
    ("拔萃男書院今年有三名學生考獲七科五星星。", [("拔萃男书院", O)], []),
    ("喇沙書院校友會今日舉辦周年晚宴。", [("喇沙书院", O)], []),
    ("建國中學與景美女中合辦科學營。", [("建国中学", O), ("景美女中", O)], []),
    ("聖保羅男女中學今年文憑試成績優異。", [("圣保罗男女中学", O)], []),
    # customs with a time word
    ("海關上月在葵涌貨櫃碼頭截獲一批走私凍肉。", [("海关", O)], []),
    ("海關本周在機場檢獲一批大麻花。", [("海关", O)], []),
    ("他上月在機場被捕。", [], [("海关", O)]),
    # bodies in object position
    ("議員批評消費者委員會未有及時發出警告。", [("消费者委员会", O)], []),
    ("市民可向平等機會委員會投訴。", [("平等机会委员会", O)], []),
    ("他去信申訴專員公署要求調查。", [("申诉专员公署", O)], []),
    # church congregations
    ("循道衛理聯合教會北角堂今日舉行聖誕崇拜。", [("循道卫理联合教会北角堂|循道卫理联合教会", O)], [("北角堂", L)]),
    ("中華基督教會合一堂今天宣布暫停聚會。", [("中华基督教会合一堂|中华基督教会", O)], []),
    ("台灣基督長老教會今天發表聲明，呼籲關注移工權益。", [("台湾基督长老教会", O)], []),
]

#: half b: scored before and after only, never studied
HALF_B: list[tuple[str, list[tuple[str, ...]], list]] = [
    # developers and firms
    ("長江實業集團今日宣布推出新樓盤。", [("长江实业集团|长江实业", O)], []),
    ("富邦金控今天公布前十月稅後純益。", [("富邦金控|富邦金", O)], []),
    ("廣達股價今天漲停，外資連續買超。", [("广达", O)], []),
    ("新世界發展旗下酒店集團今日宣布重組。", [("新世界发展", O)], []),
    ("華碩董事長施崇棠今天出席股東會。", [("华硕", O), ("施崇棠", P)], []),
    ("會德豐地產今日推出全新樓盤，首批一百伙。", [("会德丰地产|会德丰", O)], []),
    ("長榮海運今天宣布發放年終獎金。", [("长荣海运", O)], []),
    ("恒隆地產今日公布中期業績。", [("恒隆地产|恒隆", O)], []),
    ("緯創今天宣布在墨西哥設廠。", [("纬创", O), ("墨西哥", L)], []),
    ("长江实业董事会主席李泽钜今日出席股东会。", [("长江实业", O), ("李泽钜", P)], []),
    # sports teams
    ("台鋼雄鷹今天宣布三名新秀入隊。", [("台钢雄鹰", O)], []),
    ("阪神虎隊昨晚擊敗養樂多燕子隊。", [("阪神虎队|阪神虎", O), ("养乐多燕子队|养乐多燕子", O)], []),
    ("東方龍獅主教練賽後表示，球員表現出色。", [("东方龙狮", O)], []),
    ("富邦悍將今晚迎戰味全龍，雙方先發投手都是洋將。", [("富邦悍将", O), ("味全龙", O)], []),
    ("標準流浪今晚不敵傑志，無緣晉級。", [("标准流浪", O), ("杰志", O)], []),
    ("統一獅隊今天宣布總教練人選。", [("统一狮队|统一狮", O)], []),
    ("台北富邦勇士今晚以九十分擊敗新北國王。", [("台北富邦勇士", O), ("新北国王", O)], []),
    ("中信兄弟今晚迎战乐天桃猿。", [("中信兄弟", O), ("乐天桃猿", O)], []),
    ("戴資穎今晚不敵山口茜，無緣決賽。", [("戴资颖", P), ("山口茜", P)], [("戴资颖", O), ("山口茜", O)]),
    # girls' and boys' schools
    ("中山女高學生今天參加全國科展，奪得一等獎。", [("中山女高", O)], []),
    ("拔萃女書院合唱團在比賽中奪冠。", [("拔萃女书院", O)], []),
    ("華仁書院今日宣布新校長人選。", [("华仁书院", O)], []),
    ("協恩中學今年的收生人數增加。", [("协恩中学", O)], []),
    ("台南女中今天公布繁星推薦錄取名單。", [("台南女中", O)], []),
    ("聖保祿學校今日舉行開放日。", [("圣保禄学校", O)], []),
    # customs with a time word
    ("海關上周在落馬洲管制站截獲一批手機。", [("海关", O)], []),
    ("海關本月在屯門內河碼頭破獲一宗走私案。", [("海关", O)], []),
    ("海关上月在机场截获一批象牙。", [("海关", O)], []),
    ("海關上月數據顯示，出口按年增長一成。", [], [("海关", O)]),
    # bodies in object position
    ("團體要求廉政公署徹查事件。", [("廉政公署", O)], []),
    ("多名家長向教育局投訴。", [("教育局", O)], []),
    ("立法會議員質詢醫院管理局的應變安排。", [("医院管理局", O), ("立法会", O)], []),
    ("他向個人資料私隱專員公署投訴。", [("个人资料私隐专员公署", O)], []),
    # church congregations
    ("基督教宣道會北角堂今日舉行洗禮。", [("基督教宣道会北角堂|基督教宣道会", O)], [("北角堂", L)]),
    ("真耶穌教會台北教會今天舉辦佈道會。", [("真耶稣教会台北教会|真耶稣教会", O)], []),
]

PROBES = HALF_A + HALF_B


def main() -> None:
    score_halves(__doc__.split("\n")[0], HALF_A, HALF_B)


def score_halves(description: str, half_a: list, half_b: list) -> None:
    """Score half a, half b or both of Hong Kong/Taiwan probes, as written and in Simplified, per the command line
    (``--half``, ``--script``, ``-v``)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each wrong probe's errors")
    ap.add_argument("--script", choices=("tw", "simplified", "both"), default="both")
    ap.add_argument("--half", choices=("a", "b", "all"), default="all")
    args = ap.parse_args()
    probes = {"a": half_a, "b": half_b, "all": half_a + half_b}[args.half]
    scripts = {"tw": lambda text: text, "simplified": to_simplified}
    if args.script != "both":
        scripts = {args.script: scripts[args.script]}
    score_entity_probes(probes, scripts, args.verbose)


if __name__ == "__main__":
    main()
