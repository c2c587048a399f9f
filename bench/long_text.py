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

``--memory`` measures peak memory instead of time: each size is written as one ``.txt`` (one document) and run by
``zhkg extract --jobs 1`` in a fresh process (peak RSS by ``os.wait4``, as ``bench/resume_memory.py``), after a
one-sentence document for the process's own floor; it prints each peak, the ratio to the floor and the bytes each
added character cost from the previous size (flat: memory linear in the document). ``--eligible`` takes the
eligible THUCNews rows (``bench.relations_audit.eligible_rows(1000)``) joined on one line, repeated or cut to each
size (session 33's review85: ``--memory --eligible 250000 500000 1000000``).

``--stages`` says where one document's memory goes instead: each size is run in this process (after a warm-up) and
the process's RSS is read at each step :attr:`Pipeline.position <zhkg.run.pipeline.Pipeline.position>` notes (the
extractors one by one, the recogniser's first and last block, the merge's parts, the relation readers), and after
the run; RSS only grows where the heap outgrows what was freed before, so the step where it rises is the top
(session 35's mem120: ``--stages --eligible 1000000``).
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy

from bench.common import add_data_option, corpus_rows, shared_data  # noqa: E402

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


def main(sizes: list[int], cases: list[tuple[str, str]]) -> None:
    """Time each (caption, unit) of ``cases``, the unit repeated or cut to each size, in this process."""
    from zhkg.run.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.run_texts([("warm-up", "平谷区政协主席闫维洪主持会议。")])
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


def eligible_text(data: Path | None) -> str:
    """The eligible THUCNews rows (``bench.relations_audit.eligible_rows(1000)``) joined on one line."""
    from bench.relations_audit import eligible_rows

    texts = corpus_rows(shared_data(data))
    return "".join(texts[r] for r in eligible_rows(1000))


def memory(sizes: list[int], caption: str, unit: str) -> None:
    """Peak RSS of ``zhkg extract`` on one document of each size, each in a fresh process (see the module's text)."""
    from bench.resume_memory import peak_rss

    print(f"\n{caption}, peak memory of one document\n")
    print("| characters | peak RSS (MiB) | ratio to the floor | bytes per added character |")
    print("| ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory(prefix="long_text.") as tmp:
        def peak(name: str, text: str) -> int:  # KiB
            path = Path(tmp) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            return peak_rss([str(path), "-o", str(Path(tmp) / f"out-{name}")])

        floor = peak("floor", "平谷区政协主席闫维洪主持会议。")
        print(f"| 15 (the floor) | {floor / 1024:,.0f} | 1.00 | – |", flush=True)
        previous = (15, floor)
        for n in sizes:
            kib = peak(str(n), (unit * (n // len(unit) + 1))[:n])
            per = (kib - previous[1]) * 1024 / (n - previous[0])
            print(f"| {n:,} | {kib / 1024:,.0f} | {kib / floor:.2f} | {per:,.0f} |", flush=True)
            previous = (n, kib)


def _rss_mib() -> int:
    """This process's resident memory now, in MiB (``/proc/self/status``)."""
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) // 1024 for line in fh if line.startswith("VmRSS:"))


class _RssAtSteps:
    """A stand-in for the pipeline's :class:`~zhkg.run.position.Position`: the RSS at each step it is told of."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, int]] = []
        self._last: tuple[int, int] | None = None

    def note(self, step: int, done: int, total: int) -> None:
        from zhkg.run.position import STEPS

        if step == 1 and 0 < done < total and self._last and self._last[0] == 1:
            return  # the recogniser's blocks: its first and last only
        self.rows.append((f"{STEPS[step]} {done}/{total}", _rss_mib()))
        self._last = (step, done)

    def clear(self) -> None:
        pass

    def describe(self) -> str:
        return ""


def stages(sizes: list[int], caption: str, unit: str) -> None:
    """RSS at each step of one document of each size, in this process (see the module's text)."""
    from zhkg.run.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.run_texts([("warm-up", "平谷区政协主席闫维洪主持会议。")])
    for n in sizes:
        text = (unit * (n // len(unit) + 1))[:n]
        pipeline.position = steps = _RssAtSteps()
        before = _rss_mib()
        pipeline.run_texts([("long", text)])
        steps.rows.append(("after the run", _rss_mib()))
        print(f"\n{caption}, {n:,} characters: RSS (MiB) when each step starts (a step's rise shows at the next)\n")
        print(f"| step | RSS | from the previous |\n| --- | ---: | ---: |\n| before the document | {before:,} | – |")
        previous = before
        for label, rss in steps.rows:
            print(f"| {label} | {rss:,} | {rss - previous:+,} |")
            previous = rss


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[25_000, 50_000, 100_000, 200_000, 400_000],
                        help="document lengths in characters")
    parser.add_argument("--text", action="append", choices=sorted(TEXTS),
                        help="one of the bench's texts to time (repeatable; default: all four)")
    parser.add_argument("--file", type=Path, help="time this UTF-8 text file instead, repeated or cut to each size")
    parser.add_argument("--eligible", action="store_true",
                        help="the eligible THUCNews rows joined on one line instead, repeated or cut to each size")
    parser.add_argument("--memory", action="store_true",
                        help="peak memory of each size in a fresh zhkg extract process, instead of time")
    parser.add_argument("--stages", action="store_true",
                        help="RSS at each step of one document of each size, in this process, instead of time")
    add_data_option(parser)
    args = parser.parse_args()
    if args.file is not None and not args.file.is_file():
        parser.error(f"{args.file}: no such file")
    cases = [TEXTS[t] for t in args.text or list(TEXTS)]
    if args.eligible:
        cases = [("eligible THUCNews rows joined on one line", eligible_text(args.data))]
    elif args.file is not None:
        cases = [(f"{args.file.name}, repeated", args.file.read_text(encoding="utf-8"))]
    if args.memory or args.stages:
        for caption, unit in cases:
            (stages if args.stages else memory)(args.sizes, caption, unit)
    else:
        main(args.sizes, cases)
