"""Counts in text written in Traditional: Universal NER Chinese train sentences (session 31, round tcounts45).

Every studied count pool so far was Simplified text (THUCNews, MSRA, CLUENER), read in Traditional through OpenCC,
or invented. This pool is Traditional as written: single sentences of ``ner/uner_zh/train.bio`` (Chinese Wikipedia,
GSD; never ``dev.bio``) holding a count cue (``bench.counts_fresh18.CUE`` on the sentence read through ``t2s``, or a
number before 萬/億), drawn with a seeded shuffle, leaving out every sentence ``tests/gold/counts_dev.jsonl`` uses.
The drawn sentences are split **alternately** (in draw order) into ``tune45`` and ``check45`` before any is read:
the first 150 (129 counts) were judged first, then 110 (105 counts), 120 (115 counts) and 120 more (103 counts),
each after rules were written from the batches before and before zhkg ran on it (500 sentences, 452 counts:
tune45 223, check45 229).

The judgements (``bench/counts_uner45.jsonl``) were made by hand before the system ran on the sentences, in
``counts_fresh18``'s format (``source`` ``uner_zh``, ``sentences`` ``[i, i + 1)``, ``half``, and every count:
offsets into the sentence as written, ``check``, value, acceptable heads (Simplified), owner names or ``null``,
approximate) and ``tests/gold/counts_dev.md``'s conventions; no corpus text is committed.

``python3 bench/counts_uner45.py`` scores both halves as written (Traditional) and through OpenCC ``t2s``
(Simplified); ``--errors`` lists the ``tune45`` half's errors only, never ``check45``'s.
``python3 bench/counts_uner45.py --draw 500`` prints the draw (text only, no system output).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import add_data_option, shared_data  # noqa: E402
from bench.counts_fresh18 import CUE, load_documents  # noqa: E402
from bench.counts_fresh18 import main as score_pool  # noqa: E402
from zhkg.evaluate import convert_gold  # noqa: E402
from zhkg.evaluate_counts import GoldDocument  # noqa: E402
from zhkg.ner.bio import read_bio  # noqa: E402

JUDGED = ROOT / "bench" / "counts_uner45.jsonl"
DEV_GOLD = ROOT / "tests" / "gold" / "counts_dev.jsonl"
TRAIN = "ner/uner_zh/train.bio"
HALVES = ("tune45", "check45")
SEED = 45
#: a number before a multiplier (3萬人, 兩億), which CUE's classifiers may miss
_MULTIPLIED = re.compile(r"[0-9０-９一二两三四五六七八九十百千]+(?:多|余)?[万亿]")


def sentences(data: Path) -> list[str]:
    """The train sentences in file order (Traditional, as written)."""
    return [s.text for s in read_bio(data / TRAIN)]


def used_by_dev() -> set[int]:
    """Train sentences a counts dev-set document already uses."""
    used: set[int] = set()
    with open(DEV_GOLD, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line) if line.strip() else {}
            if record.get("source") == "uner_zh" and record.get("file") == "train.bio":
                used.update(record["sentences"])
    return used


def draw(texts: list[str], n: int, seed: int = SEED) -> list[dict]:
    """``n`` eligible sentences in seeded order, halves alternating in that order."""
    order = list(range(len(texts)))
    random.Random(seed).shuffle(order)
    skip = used_by_dev()
    picked = []
    for i in order:
        if len(picked) == n:
            break
        simplified = convert_gold(texts[i], "t2s", f"sentence {i}")
        if i not in skip and (CUE.search(simplified) or _MULTIPLIED.search(simplified)):
            picked.append({"source": "uner_zh", "sentences": [i, i + 1], "half": HALVES[len(picked) % 2],
                           "counts": []})
    return picked


def load_judged(path: Path, texts: list[str], simplified: bool) -> list[GoldDocument]:
    """The judged sentences as dev-set documents, as written or through ``t2s``; checks every ``check``."""
    return load_documents(path, lambda r: "".join(texts[r["sentences"][0]:r["sentences"][1]]),
                          lambda r: f"uner-{r['sentences'][0]}", not simplified, written="traditional")


def main(data: Path, judged: Path, errors: bool) -> None:
    """Score ``judged`` read through ``t2s`` (Simplified) and as written (Traditional), half by half."""
    texts = sentences(data)
    score_pool(data, judged, errors, HALVES, load=lambda traditional: load_judged(judged, texts, not traditional))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_option(parser)
    parser.add_argument("--judged", type=Path, default=JUDGED, help="the judged sentences (default: %(default)s)")
    parser.add_argument("--draw", type=int, metavar="N", help="print N eligible sentences, halves alternating, text only")
    parser.add_argument("--errors", action="store_true", help="list the tune45 half's errors (never check45's)")
    args = parser.parse_args()
    data = shared_data(args.data)
    if args.draw:
        texts = sentences(data)
        for p in draw(texts, args.draw):
            print(json.dumps(p, ensure_ascii=False))
            print("   ", texts[p["sentences"][0]])
    else:
        if not args.judged.exists():
            sys.exit(f"Error: {args.judged} not found (judge a --draw first)")
        main(data, args.judged, args.errors)
