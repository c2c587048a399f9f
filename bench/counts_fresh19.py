"""Count owners on a second fresh pool: MSRA and CLUENER train passages that name a place or organisation (session 19).

``bench/counts_fresh18.py`` drew passages with a count cue; half of its counts had no owner at stake. This pool
draws from the same two sources (MSRA train: runs of four consecutive People's Daily sentences; CLUENER train: one
Sina record) with a different seed, leaves out every passage ``bench/counts_fresh18.jsonl`` judged, and keeps only
passages whose gold NER tags mark at least one organisation or place (``ORG``/``LOC``) besides holding the count
cue, so most counts have an owner to get right or wrong. Halves are fixed by a seeded coin per passage before the
text is read; the judgements, made before the system ran on the passages, live in ``bench/counts_fresh19.jsonl`` in
``counts_fresh18``'s format (offsets, ``check``, value, acceptable heads and owner names or ``null``, approximate).

``python3 bench/counts_fresh19.py`` scores both halves as written (Simplified) and through OpenCC ``s2tw``
(Traditional); ``--errors`` lists the tune half's errors only, never the held half's.
``python3 bench/counts_fresh19.py --draw 60 40 --seed 19`` prints the draw (text only, no system output).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import add_data_option, shared_data  # noqa: E402
from bench.counts_fresh18 import CUE, FILES, HALVES, MSRA_RUN, main, passage_text  # noqa: E402
from bench.counts_fresh18 import JUDGED as JUDGED18  # noqa: E402
from zhkg.ner.bio import read_bio  # noqa: E402

JUDGED = ROOT / "bench" / "counts_fresh19.jsonl"
#: gold NER labels that put an owner at stake
OWNER_LABELS = frozenset({"ORG", "LOC"})


def read_tagged(data: Path) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Each source's sentences in file order, with the gold labels each marks."""
    return {name: [(s.text, frozenset(label for _, _, label in s.spans)) for s in read_bio(data / path)]
            for name, path in FILES.items()}


def judged_before(path: Path) -> set[tuple[str, int]]:
    """(source, sentence index) of every sentence an earlier pool judged."""
    seen: set[tuple[str, int]] = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                seen.update((record["source"], i) for i in range(*record["sentences"]))
    return seen


def draw(tagged: dict[str, list[tuple[str, frozenset[str]]]], msra: int, cluener: int, seed: int,
         seen: set[tuple[str, int]]) -> list[dict]:
    """``msra`` + ``cluener`` eligible passages picked with ``seed`` (a count cue, an ORG or LOC tag, no sentence
    judged before), each put in ``tune`` or ``held`` by a seeded coin of its own; sorted by source and position."""
    rng = random.Random(seed)
    picked: list[dict] = []
    for source, n, run in (("msra", msra, MSRA_RUN), ("cluener", cluener, 1)):
        sentences = tagged[source]
        starts = list(range(0, len(sentences) - run + 1, run))
        rng.shuffle(starts)
        chosen = []
        for start in starts:
            if len(chosen) == n:
                break
            span = range(start, start + run)
            if any((source, i) in seen for i in span):
                continue
            text = "".join(sentences[i][0] for i in span)
            labels = frozenset().union(*(sentences[i][1] for i in span))
            if CUE.search(text) and labels & OWNER_LABELS:
                chosen.append(start)
        picked += [{"source": source, "sentences": [s, s + run],
                    "half": HALVES[random.Random(f"{seed}-{source}-{s}").random() < 0.5], "counts": []}
                   for s in chosen]
    return sorted(picked, key=lambda p: (p["source"], p["sentences"][0]))


def command_line(description: str, judged: Path, seed: int, earlier: tuple[Path, ...]) -> None:
    """The command line of a fresh pool drawn this way: ``--draw`` (leaving out every sentence ``earlier`` judged),
    else score ``judged`` (``--errors``: the tune half's errors)."""
    parser = argparse.ArgumentParser(description=description)
    add_data_option(parser)
    parser.add_argument("--judged", type=Path, default=judged, help="the judged passages (default: %(default)s)")
    parser.add_argument("--draw", nargs=2, type=int, metavar=("MSRA", "CLUENER"),
                        help="print this many fresh passages of each source, split into halves, text only")
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--errors", action="store_true", help="list the tune half's errors (never the held half's)")
    args = parser.parse_args()
    data = shared_data(args.data)
    if args.draw:
        tagged = read_tagged(data)
        texts = {name: [t for t, _ in sentences] for name, sentences in tagged.items()}
        seen = set().union(*(judged_before(path) for path in earlier))
        for p in draw(tagged, *args.draw, seed=args.seed, seen=seen):
            print(json.dumps(p, ensure_ascii=False))
            print("   ", passage_text(texts, p["source"], p["sentences"]))
    else:
        if not args.judged.exists():
            sys.exit(f"Error: {args.judged} not found (judge a --draw first)")
        main(data, args.judged, args.errors)


if __name__ == "__main__":
    command_line(__doc__.splitlines()[0], JUDGED, 19, (JUDGED18,))
