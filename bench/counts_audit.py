"""Audit counts as a corpus user sees them: a random sample of the counts read on THUCNews, judged by hand.

The dev set (``bench/counts_eval.py``) scores windows annotated in advance; this audit scores what the
pipeline actually emits on whole articles. ``--draw N --seed S`` runs every eligible row of
``thucnews_1000.tsv`` (never a reserved row, nor a row of any gold file's ``held``, ``held2``, ``blind`` or ``check2`` half),
picks N of the counts read (seeded, so the same code draws the same sample) leaving out rows already in
``--judged``, and prints each with its sentence, counted thing and owner so a person can judge it. The
judgements live in ``bench/counts_audit.jsonl``, one count a line: ``sample`` (which draw), ``row`` (0-based),
``start``/``end`` (character offsets in the row's text), ``count`` (is it a count at all), and for a count the
right ``value``, acceptable ``thing`` heads and ``owner`` names (``null``: none) -- no text of the corpus.

``python3 bench/counts_audit.py`` (default) re-runs the judged rows and scores each judged count again: a
non-count is right when no count is read over its span any more; a count when a count over its span has the
judged value and one of the judged heads, and its owner right when the HAS_COUNT source is one of the judged
names (or there is none and none was judged). Prints, per sample, how many are right in full (value, thing
and owner), and the parts.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import RESERVED, add_audit_options, audit_inputs, require_judged  # noqa: E402
from zhkg.config import Config  # noqa: E402
from zhkg.records import Document, Label, RelationKind  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.entity_groups import entity_id  # noqa: E402
from zhkg.stages.normalise import to_simplified  # noqa: E402

JUDGED = ROOT / "bench" / "counts_audit.jsonl"
GOLD = ROOT / "tests" / "gold" / "counts_dev.jsonl"
UNSEEN_HALVES = ("blind", "check2")
#: Halves of any gold file a draw leaves out: scored only, so never read by a person judging a sample.
DRAW_UNSEEN_HALVES = frozenset({"held", "held2", "blind", "check2", "fresh21", "check36", "check37"})


def eligible_rows(total: int, unused_only: bool = False) -> list[int]:
    """Rows the audit may draw from: not reserved and in no gold file's held, held2, blind or check2 half (the
    counts gold's blind and check2 only, before session 16); with ``unused_only``, in no gold file at all (text
    no rule was written from); read by row number only."""
    unseen = set()
    for path in sorted(GOLD.parent.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if "row" not in record:
                    continue
                # learned_news names an entity in ``source``; its rows are all THUCNews rows
                thucnews = record.get("source") == "thucnews" or path.name == "learned_news.jsonl"
                if thucnews and (unused_only or record.get("half") in DRAW_UNSEEN_HALVES):
                    unseen.add(int(record["row"]))
    return [r for r in range(total) if r not in RESERVED and r not in unseen]


def read_counts(pipeline: Pipeline, texts: list[str], rows: list[int]) -> dict[int, list[dict]]:
    """Every count read on ``rows``: span, value, counted head (Simplified) and owner names."""
    results = pipeline.process_documents([Document(f"thucnews_1000-{r + 1}", texts[r], kind="text") for r in rows])
    found: dict[int, list[dict]] = {}
    for row, result in zip(rows, results):
        names: dict[str, set[str]] = {}
        for m in result.mentions:
            names.setdefault(entity_id(m), set()).update({m.canonical, m.simplified} - {""})
        owners: dict[str, set[str]] = {}
        for rel in result.relations:
            if rel.kind is RelationKind.HAS_COUNT:
                owners.setdefault(rel.target, set()).update(names.get(rel.source, set()))
        found[row] = [{"start": m.start, "end": m.end, "value": m.quantity.value,
                       "thing": to_simplified(m.quantity.counted_simplified),
                       "owners": sorted(owners.get(entity_id(m), set()))}
                      for m in result.mentions if m.label is Label.COUNT and m.quantity is not None]
    return found


def draw(pipeline: Pipeline, texts: list[str], n: int, seed: int, judged: list[dict], sample: str,
         unused_only: bool = False) -> None:
    """Print ``n`` counts picked at random among the eligible rows not judged yet, for judging by hand."""
    seen = {j["row"] for j in judged}
    rows = [r for r in eligible_rows(len(texts), unused_only) if r not in seen]
    found = read_counts(pipeline, texts, rows)
    pool = [(r, c) for r in rows for c in found[r]]
    picked = sorted(random.Random(seed).sample(pool, min(n, len(pool))), key=lambda rc: (rc[0], rc[1]["start"]))
    print(f"{len(rows)} rows, {len(pool)} counts; drew {len(picked)}", file=sys.stderr)
    for row, c in picked:
        text = texts[row]
        left = max(text.rfind(p, 0, c["start"]) for p in "。！？\n") + 1
        right = min((i for i in (text.find(p, c["end"]) for p in "。！？\n") if i >= 0), default=len(text))
        context = text[max(left, c["start"] - 60):c["start"]] + "【" + text[c["start"]:c["end"]] + "】" + \
            text[c["end"]:min(right + 1, c["end"] + 40)]
        stub = {"sample": sample, "row": row, "start": c["start"], "end": c["end"], "value": c["value"],
                "thing": [c["thing"]], "owner": c["owners"] or None}
        print(json.dumps(stub, ensure_ascii=False))
        print("   ", context)


def _wrong(j: dict, over: list[dict]) -> str:
    """What is wrong with the counts read over the judged span (empty when right)."""
    if not j["count"]:
        return "not a count" if over else ""
    hit = next((c for c in over if math.isclose(c["value"], j["value"]) and c["thing"] in j["thing"]), None)
    if hit is None:
        return f"want {j['value']:g} {'/'.join(j['thing'])}"
    if (bool(set(hit["owners"]) & set(j["owner"])) if j["owner"] else not hit["owners"]):
        return ""
    return f"owner: want {'/'.join(j['owner'] or ['-'])}"


def score(pipeline: Pipeline, texts: list[str], judged: list[dict], errors: str | None = None) -> None:
    rows = sorted({j["row"] for j in judged})
    found = read_counts(pipeline, texts, rows)
    tally: dict[str, dict[str, int]] = {}
    for j in judged:
        t = tally.setdefault(j["sample"], dict.fromkeys(("judged", "counts", "not_counts", "right", "value_thing",
                                                           "owner", "non_counts_dropped"), 0))
        t["judged"] += 1
        over = [c for c in found[j["row"]] if c["start"] < j["end"] and j["start"] < c["end"]]
        if errors == j["sample"]:
            wrong = _wrong(j, over)
            if wrong:
                print(f"{j['row']} {j['start']}-{j['end']} {wrong}: {texts[j['row']][j['start']:j['end']]} read "
                      + (", ".join(f"{c['value']:g} {c['thing']} {'/'.join(c['owners']) or '-'}" for c in over) or "nothing"))
        if not j["count"]:
            t["not_counts"] += 1
            ok = not over
            t["non_counts_dropped"] += ok
            t["right"] += ok
            continue
        t["counts"] += 1
        hit = next((c for c in over if math.isclose(c["value"], j["value"]) and c["thing"] in j["thing"]), None)
        if hit is None:
            continue
        t["value_thing"] += 1
        owner_ok = bool(set(hit["owners"]) & set(j["owner"])) if j["owner"] else not hit["owners"]
        t["owner"] += owner_ok
        t["right"] += owner_ok
    print("| sample | judged | of them counts | right in full | counts: value+thing right | counts: owner right too "
          "| non-counts no longer read |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, t in tally.items():
        print(f"| {name} | {t['judged']} | {t['counts']} | {t['right']} ({t['right'] / t['judged']:.2f}) | "
              f"{t['value_thing']}/{t['counts']} | {t['owner']}/{t['counts']} | {t['non_counts_dropped']}/{t['not_counts']} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_audit_options(parser, JUDGED, seed=12, sample="audit12")
    parser.add_argument("--draw", type=int, default=0, metavar="N", help="print N fresh counts to judge instead of scoring")
    parser.add_argument("--unused-only", action="store_true",
                        help="draw only from rows in no gold file at all (any half), not just no held/blind one")
    args = parser.parse_args()
    texts, judged = audit_inputs(args)
    if args.draw:
        draw(Pipeline(Config()), texts, args.draw, args.seed, judged, args.sample, args.unused_only)
    else:
        score(Pipeline(Config()), texts, require_judged(judged, args.judged), args.errors)
