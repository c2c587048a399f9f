"""Count owners where they are companies, towns and bodies, on unjudged THUCNews text (session 32, round owners59).

**Why.** The blind owners (``bench/counts_eval.py``: Simplified 9/17, Traditional 19/31) did not move under session
31's pools, whose owned counts were mostly places and teams. Session 31 said the blind owners need a pool like theirs:
counts owned by companies (该公司, 公司…旗下, 其), towns and villages (镇, 乡, 村, 社区), bodies and delegations (代表团,
考察团, 协会), and text read as Hong Kong and Taiwan writes it.

**Pool.** Every THUCNews row :func:`bench.relations_audit.eligible_rows` allows of 财经, 房产 and 时政 (the corpus has
no 股票 or 社会 row) is referred to by some gold, judged or pool file (:func:`bench.entities_fresh21.referenced_rows`:
the 113 unreferenced rows are 时尚, 游戏 and 家居). So the pool is the text of the rows of :data:`CATEGORIES` (家居 added
for its companies) **that no count judgement ever covered**: rows of ``tests/gold/counts_dev.jsonl`` (its blind half
included) are left out whole; of the rest, only the text after ``counts_real46``'s window (the whole text when that
set did not take the row), minus the sentences holding a count ``bench/counts_audit.jsonl`` judged. A passage is a
sentence holding a count cue (``counts_fresh18.CUE``) after an owner cue (:data:`OWNER_CUE`: companies, towns,
bodies, anaphors), with up to two sentences before it (where its owner may be named); passages do not overlap, and a
sentence an article repeats gives none the second time. Batch 1 wants the owner cue at most :data:`NEAR` letters
before the count cue in its sentence (48 passages, shuffled by ``random.Random(SEED)``); batch 2, drawn after batch 1
was judged as it held few owned counts, anywhere in the passage before the cue, overlapping no batch-1 passage (90,
shuffled by ``random.Random(2 * SEED)``). In each batch's draw order passage *i* goes to ``tune59`` when *i* is even,
else to ``check59``; its script is Simplified when ``i % 6 < 2``, Taiwan (``s2tw``) when ``i % 6 in (2, 3)``, Hong
Kong (``s2hk``) otherwise (both halves get all three). Every count was judged by hand (value, thing, approximate,
owner: the entity whose count it is, named anywhere earlier in the passage, or ``null``; ``tests/gold/counts_dev.md``'s
and ``bench/counts_fresh38.py``'s conventions) and committed before zhkg ran on any passage: tune59 69 passages, 55
counts, 7 owned; check59 69 passages, 62 counts, 17 owned. Only ``tune59``'s errors were read; ``check59`` is scored
only.

``python3 bench/counts_owned59.py`` scores both halves as written (Simplified) and read as Traditional (each passage
through its own ``s2tw`` or ``s2hk``; Simplified passages through ``s2tw``); ``--errors`` lists ``tune59``'s errors
only; ``--draw N`` prints the first N passages of the draw (text only, in their script).
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
sys.path.insert(0, str(ROOT))  # bench.common, bench.relations_audit

from bench.common import add_data_option, shared_data  # noqa: E402
from bench.counts_fresh18 import CUE, load_documents, main  # noqa: E402
from bench.counts_real46 import _texts  # noqa: E402
from bench.entities_fresh21 import _categories, referenced_rows  # noqa: E402
from zhkg.evaluate_counts import GoldDocument  # noqa: E402

JUDGED = ROOT / "bench" / "counts_owned59.jsonl"
HALVES = ("tune59", "check59")
SEED = 59
CATEGORIES = ("时政", "社会", "财经", "股票", "房产", "家居")
NEAR = 30
BEFORE = 2
SCRIPTS = ("simplified", "simplified", "s2tw", "s2tw", "s2hk", "s2hk")
OWNER_CUE = re.compile(r"公司|集团|旗下|银行|企业|该|其|[镇乡村]|社区|代表团|考察团|协会|商会|基金")
_SENTENCE = re.compile(r"[^。！？；!?]*(?:[。！？；!?][”」』）)]?|$)")


def _sentences(text: str, start: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text, start) if m.end() > m.start()]


def passages(data: Path, batch: int = 1) -> list[dict]:
    """The pool's passages of ``batch`` in draw order (module docstring), each ``row``, ``category``, ``window``,
    ``half`` and ``script``. Batch 1 wants an owner cue at most :data:`NEAR` letters before a count cue in its
    sentence; batch 2 (drawn after batch 1 was judged, as it held few owned counts) one anywhere in the passage before
    the cue, and leaves out every passage overlapping one of batch 1."""
    from bench.relations_audit import eligible_rows

    categories, texts = _categories(data), _texts(data)
    dev = referenced_rows([ROOT / "tests" / "gold" / "counts_dev.jsonl"], skip=None)
    with open(ROOT / "bench" / "counts_real46.jsonl", encoding="utf-8") as f:
        judged_to = {r["row"]: r["window"][1] for r in map(json.loads, f)}
    with open(ROOT / "bench" / "counts_audit.jsonl", encoding="utf-8") as f:
        audited = [(r["row"], r["start"]) for r in map(json.loads, f)]
    earlier = [(p["row"], *p["window"]) for p in passages(data, 1)] if batch == 2 else []
    pool, seen = [], set()
    for row in sorted(set(eligible_rows(len(categories))) - dev):
        if categories[row] not in CATEGORIES:
            continue
        text = texts[row]
        sentences = _sentences(text, judged_to.get(row, 0))
        taken = -1
        for i, (a, b) in enumerate(sentences):
            if any(r == row and a <= s < b for r, s in audited):
                taken = i  # a judged count's sentence is no passage's
                continue
            if i <= taken:
                continue
            first = max(taken + 1, i - BEFORE)
            ends = [m.end() for m in OWNER_CUE.finditer(text, sentences[first][0] if batch == 2 else a, b)]
            if any(0 <= c.start() - e <= (b if batch == 2 else NEAR) for c in CUE.finditer(text, a, b) for e in ends):
                start = sentences[first][0]
                if text[a:b] not in seen and not any(r == row and s < b and start < e for r, s, e in earlier):
                    # an article repeating itself gives one passage
                    pool.append({"row": row, "category": categories[row], "window": [start, b]})
                seen.add(text[a:b])
                taken = i
    random.Random(SEED * batch).shuffle(pool)
    for i, p in enumerate(pool):
        p["half"] = HALVES[i % 2]
        p["script"] = SCRIPTS[i % len(SCRIPTS)]
    return pool


def load(path: Path, data: Path, traditional: bool) -> list[GoldDocument]:
    """The judged passages as dev-set documents: as written (Simplified), or each through its own ``s2tw`` or
    ``s2hk`` (Simplified ones through ``s2tw``); checks every ``check``."""
    from zhkg.evaluate import convert_gold

    texts = _texts(data)
    docs = load_documents(path, lambda r: texts[r["row"]][slice(*r["window"])],
                          lambda r: f"thucnews-{r['row']}-{r['window'][0]}", False)
    if not traditional:
        return docs
    with open(path, encoding="utf-8") as f:
        scripts = [json.loads(line)["script"] for line in f if line.strip()]
    return [GoldDocument(d.id, "traditional", d.half,
                         convert_gold(d.text, "s2hk" if s == "s2hk" else "s2tw", d.id), d.counts)
            for d, s in zip(docs, scripts)]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_option(parser)
    parser.add_argument("--judged", type=Path, default=JUDGED, help="the judged passages (default: %(default)s)")
    parser.add_argument("--draw", type=int, metavar="N", help="print the first N passages of the draw, text only")
    parser.add_argument("--errors", action="store_true", help="list tune59's errors (never check59's)")
    parser.add_argument("--batch", type=int, choices=(1, 2), default=1, help="the batch --draw prints")
    args = parser.parse_args()
    data = shared_data(args.data)
    if args.draw:
        from zhkg.evaluate import convert_gold

        texts = _texts(data)
        for p in passages(data, args.batch)[:args.draw]:
            text = texts[p["row"]][slice(*p["window"])]
            if p["script"] != "simplified":
                text = convert_gold(text, p["script"], str(p["row"]))
            print(json.dumps(p, ensure_ascii=False))
            print("   ", text)
    else:
        if not args.judged.exists():
            sys.exit(f"Error: {args.judged} not found (judge a --draw first)")
        main(data, args.judged, args.errors, HALVES, load=lambda traditional: load(args.judged, data, traditional))
