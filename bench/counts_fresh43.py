"""Count owners on a fourth fresh pool: passages with a count and at least two candidate owners (session 31, owners43).

Drawn from MSRA train (four consecutive People's Daily sentences) and CLUENER train (one Sina record) with seed 43,
leaving out every sentence ``counts_fresh18/19/38.jsonl`` judged and every sentence of the development tenths
``bench/ner_eval.py`` holds out (MSRA ``index % 20 == 0``, :func:`zhkg.ner.bio.is_dev_sentence`; CLUENER
``index % 10 == 0``, :func:`zhkg.ner.train.is_extra_dev_sentence`). A passage is eligible when it holds a count
cue (``counts_fresh18.CUE``) and at least two candidate owners: distinct gold ``ORG``/``LOC`` spans, a delegation
(代表团) or an anaphor (``ANAPHOR``: 该公司, 该校, 当地, 全队, 我区, 本市 …). Passages alternate ``tune43`` and
``check43`` in draw order (sorted by source and position): fixed by position, not by content, before the system
ran (a first draw of 30 + 30 was read, then widened to 45 + 30, which moved halves; no system output was seen
before the judgements were committed). 75 passages, 93 counts, 30 with an owner. A second batch (``--batch 2``,
seed 431, ``"batch": 2`` in the file: 45 passages more, 73 counts, 41 with an owner) needs a count cue at most
``NEAR`` letters after a candidate owner, since the first held few owned counts; it was drawn, judged and committed
after the first batch's tune43 rules were written, before the system ran on it, its halves alternating afresh
(tune43 92 counts, 51 owned; check43 74, 20 owned). The judgements
(``bench/counts_fresh43.jsonl``, ``counts_fresh18``'s format: offsets, ``check``, value, acceptable heads and owner
names or ``null``, approximate) were made and committed before the system ran on the passages; rules were written
from ``tune43``'s errors only, and ``check43`` is scored only.

``python3 bench/counts_fresh43.py`` scores both halves as written (Simplified) and through OpenCC ``s2tw``
(Traditional); ``--errors`` lists ``tune43``'s errors only.
``python3 bench/counts_fresh43.py --draw 45 30`` (and ``--draw 25 20 --batch 2``) prints the draw (text only, no
system output).
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
from bench.counts_fresh18 import CUE, FILES, MSRA_RUN, main  # noqa: E402
from bench.counts_fresh18 import JUDGED as JUDGED18  # noqa: E402
from bench.counts_fresh19 import JUDGED as JUDGED19  # noqa: E402
from bench.counts_fresh19 import judged_before  # noqa: E402
from bench.counts_fresh38 import JUDGED as JUDGED38  # noqa: E402
from zhkg.ner.bio import is_dev_sentence, read_bio  # noqa: E402
from zhkg.ner.train import is_extra_dev_sentence  # noqa: E402

JUDGED = ROOT / "bench" / "counts_fresh43.jsonl"
HALVES = ("tune43", "check43")
SEED = 43
SEED2 = 431  # the second batch's
NEAR = 12  # letters between a candidate owner's end and a count cue, in the second batch
#: a delegation or an anaphor standing for a body or place: a candidate owner the NER tags do not mark
ANAPHOR = re.compile(r"代表团|该(?:公司|集团|校|厂|院|行|队|团|市|县|省|区|国|镇|村)|当地|"
                     r"[全我本](?:公司|校|厂|队|市|县|省|区|镇|村)")
IS_DEV = {"msra": is_dev_sentence, "cluener": is_extra_dev_sentence}


def candidates(sentences: list, span: range) -> int:
    """How many candidate owners the sentences in ``span`` name: distinct ORG/LOC gold spans plus anaphors."""
    names = {s.text[a:b] for s in (sentences[i] for i in span) for a, b, label in s.spans if label in ("ORG", "LOC")}
    return len(names) + sum(len(ANAPHOR.findall(sentences[i].text)) for i in span)


def owner_near(sentences: list, span: range) -> bool:
    """Whether a sentence in ``span`` holds a count cue at most ``NEAR`` letters after a gold ORG/LOC span or an
    anaphor: a count with an owner at stake close by (the second batch's criterion)."""
    for i in span:
        s = sentences[i]
        ends = [b for _, b, label in s.spans if label in ("ORG", "LOC")] + [m.end() for m in ANAPHOR.finditer(s.text)]
        if any(0 <= c.start() - e <= NEAR for c in CUE.finditer(s.text) for e in ends):
            return True
    return False


def draw(data: Path, msra: int, cluener: int, seed: int = SEED, batch: int = 1) -> list[dict]:
    """``msra`` + ``cluener`` eligible passages picked with ``seed``, sorted by source and position, alternating
    ``tune43`` and ``check43``. The second ``batch`` (seed ``SEED2``) also leaves out the first's sentences and
    needs a count near a candidate owner (:func:`owner_near`)."""
    seen = set().union(*(judged_before(path) for path in (JUDGED18, JUDGED19, JUDGED38)))
    if batch == 2:  # the first batch's sentences (the judged file holds the second's too)
        with open(JUDGED, encoding="utf-8") as f:
            seen |= {(r["source"], i) for r in map(json.loads, filter(str.strip, f)) if r.get("batch", 1) == 1
                     for i in range(*r["sentences"])}
    rng = random.Random(seed)
    picked: list[dict] = []
    for source, n, run in (("msra", msra, MSRA_RUN), ("cluener", cluener, 1)):
        sentences = read_bio(data / FILES[source])
        starts = list(range(0, len(sentences) - run + 1, run))
        rng.shuffle(starts)
        chosen: list[int] = []
        for start in starts:
            if len(chosen) == n:
                break
            span = range(start, start + run)
            if any((source, i) in seen or IS_DEV[source](i) for i in span):
                continue
            if (CUE.search("".join(sentences[i].text for i in span)) and candidates(sentences, span) >= 2
                    and (batch == 1 or owner_near(sentences, span))):
                chosen.append(start)
        picked += [{"source": source, "sentences": [s, s + run], "counts": []} | ({"batch": 2} if batch == 2 else {})
                   for s in chosen]
    picked.sort(key=lambda p: (p["source"], p["sentences"][0]))
    for i, p in enumerate(picked):
        p["half"] = HALVES[i % 2]
    return picked


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_option(parser)
    parser.add_argument("--judged", type=Path, default=JUDGED, help="the judged passages (default: %(default)s)")
    parser.add_argument("--draw", nargs=2, type=int, metavar=("MSRA", "CLUENER"),
                        help="print this many fresh passages of each source, split into halves, text only")
    parser.add_argument("--batch", type=int, choices=(1, 2), default=1,
                        help="with --draw: the first batch (seed 43) or the second (seed 431, a count near an owner)")
    parser.add_argument("--errors", action="store_true", help="list tune43's errors (never check43's)")
    args = parser.parse_args()
    data = shared_data(args.data)
    if args.draw:
        sources = {name: read_bio(data / path) for name, path in FILES.items()}
        for p in draw(data, *args.draw, seed=SEED if args.batch == 1 else SEED2, batch=args.batch):
            first, last = p["sentences"]
            print(json.dumps(p, ensure_ascii=False))
            print("   ", "".join(s.text for s in sources[p["source"]][first:last]))
    else:
        if not args.judged.exists():
            sys.exit(f"Error: {args.judged} not found (judge a --draw first)")
        main(data, args.judged, args.errors, HALVES)
