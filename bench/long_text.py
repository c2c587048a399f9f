"""How run time grows within one long document: 25,000 to 400,000 characters.

Three texts, each one document: 的 repeated without a single punctuation mark (one stretch jieba finds no words in:
its HMM was quadratic in such a stretch); a news sentence with its punctuation removed, repeated (many mentions in
one sentence: extractors that compare every mention with every other were quadratic); and a punctuated news article
written for this bench, repeated (many sentences, the same people, bodies, short forms and counts named again and
again: readers that scanned every mention of the document at each mention were quadratic, session 22); and, on one
line, people named in full and then by surname alone (王海峰说，王表示…: the role reader looked each surname up
in every mention before it, quadratic until session 26; a 2.2-million-character line took over 15 minutes). ``--file``
times a text file of your own instead, repeated or cut to each size (40 THUCNews articles joined, in session 22).
Each size runs once in this process after a warm-up. For each step the exponent k of time ~ n^k is
log(t2/t1) / log(n2/n1): 1.0 is linear. The issue measured k ≈ 1.7 for 的 before (40,000 characters in 5 s); the
news article gave k 2.29 from 125,000 to 250,000 characters before session 22's fixes and 2.07 after (not linear yet).

Run: ``python3 bench/long_text.py [N ...]`` (default 25000 50000 100000 200000 400000);
``--text news`` for the news article alone; ``--file joined.txt 125000 250000 500000`` for a file.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy

SENTENCE = "平谷区政协主席闫维洪主持会议张吉辉李伟涛等委员出席"

# a news article written for this bench (no corpus text): people with their posts, bodies with their short forms
# (以下简称), places, counts, 公司 and 该公司 for the company named before, quotes and a dateline
NEWS = (
    "新华社杭州6月18日电（记者陈立群）浙江省副省长王海峰18日在杭州主持召开全省数字经济工作会议。"
    "会议指出，今年前5个月，全省规模以上工业企业实现利润1236亿元，同比增长8.5%。"
    "杭州海创智能装备股份有限公司（以下简称“海创智能”）董事长刘志明在会上介绍，海创智能去年新建3条生产线，"
    "员工人数达到2400人。公司计划明年在宁波和温州各设一个研发中心。"
    "中国科学院院士张晓东表示：“浙江的制造业基础扎实，人才和资本都在向这里集中。”"
    "据了解，浙江大学、西湖大学等12所高校与省经济和信息化厅签署了合作协议。"
    "宁波市市长李建华说，宁波港去年完成集装箱吞吐量3108万标准箱，该港将继续扩建码头。"
    "温州市委书记赵国强、台州市副市长孙丽娟等出席会议。\n"
)


# people named in full, then by surname alone, on one line (no line break): made up for this bench
SURNAMES = "王海峰说，王表示同意。李建华认为，李还称赞了赵国强，赵说。"

TEXTS = {"de": ("的 repeated", "的"), "sentence": ("a sentence without punctuation, repeated", SENTENCE),
         "news": ("a punctuated news article, repeated", NEWS),
         "surnames": ("people named by surname after their full names, one line, repeated", SURNAMES)}


def main(sizes: list[int], texts: list[str], file: Path | None = None) -> None:
    from zhkg.run.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.run_texts([("warm-up", "平谷区政协主席闫维洪主持会议。")])
    cases = [TEXTS[t] for t in texts]
    if file is not None:
        cases = [(f"{file.name}, repeated", file.read_text(encoding="utf-8"))]
    for caption, unit in cases:
        print(f"\n{caption}\n")
        print("| characters | mentions | CPU seconds | s/char relative to the first | k (n^k) from the previous |")
        print("| ---: | ---: | ---: | ---: | ---: |")
        first = previous = None
        for n in sizes:
            text = (unit * (n // len(unit) + 1))[:n]
            t = time.process_time()  # CPU time: the machine may be shared
            mentions = len(pipeline.run_texts([("long", text)]).extraction.mentions)
            seconds = time.process_time() - t
            first = first or seconds / n
            k = f"{math.log(seconds / previous[1]) / math.log(n / previous[0]):.2f}" if previous else "–"
            print(f"| {n:,} | {mentions:,} | {seconds:.2f} | {seconds / n / first:.2f} | {k} |", flush=True)
            previous = (n, seconds)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[25_000, 50_000, 100_000, 200_000, 400_000],
                        help="document lengths in characters")
    parser.add_argument("--text", action="append", choices=sorted(TEXTS),
                        help="one of the bench's texts to time (repeatable; default: all four)")
    parser.add_argument("--file", type=Path, help="time this UTF-8 text file instead, repeated or cut to each size")
    args = parser.parse_args()
    if args.file is not None and not args.file.is_file():
        parser.error(f"{args.file}: no such file")
    main(args.sizes, args.text or list(TEXTS), args.file)
