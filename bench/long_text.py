"""How run time grows within one long document: unpunctuated text, 25,000 to 400,000 characters.

Two texts, each one document without a single punctuation mark: 的 repeated (one
stretch jieba finds no words in: its HMM was quadratic in such a stretch), and a
news sentence with its punctuation removed, repeated (many mentions in one
sentence: extractors that compare every mention with every other were
quadratic). Each size runs once in this process after a warm-up. For each step
the exponent k of time ~ n^k is log(t2/t1) / log(n2/n1): 1.0 is linear. The
issue measured k ≈ 1.7 for 的 before (40,000 characters in 5 s).

Run: ``python3 bench/long_text.py [N ...]`` (default 25000 50000 100000 200000 400000).
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


def main(sizes: list[int]) -> None:
    from zhkg.run.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.run_texts([("warm-up", "平谷区政协主席闫维洪主持会议。")])
    for caption, unit in (("的 repeated", "的"), ("a sentence without punctuation, repeated", SENTENCE)):
        print(f"\n{caption}\n")
        print("| characters | mentions | seconds | s/char relative to the first | k (n^k) from the previous |")
        print("| ---: | ---: | ---: | ---: | ---: |")
        first = previous = None
        for n in sizes:
            text = (unit * (n // len(unit) + 1))[:n]
            t = time.perf_counter()
            mentions = len(pipeline.run_texts([("long", text)]).extraction.mentions)
            seconds = time.perf_counter() - t
            first = first or seconds / n
            k = f"{math.log(seconds / previous[1]) / math.log(n / previous[0]):.2f}" if previous else "–"
            print(f"| {n:,} | {mentions:,} | {seconds:.2f} | {seconds / n / first:.2f} | {k} |", flush=True)
            previous = (n, seconds)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[25_000, 50_000, 100_000, 200_000, 400_000],
                        help="document lengths in characters")
    main(parser.parse_args().sizes)
