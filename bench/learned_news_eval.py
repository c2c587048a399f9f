"""Precision of the learned relation reader on news, against edges judged by hand.

The judged edges, ``tests/gold/learned_news.jsonl``, are learned relations the reader wrote on rows of
``corpus/thucnews_1000.tsv`` (no text is committed: it is read from the shared data folder at run time).
Each line names the row, the two entity ids, the label (``CHAIR_OF`` …), the source predicate, the evidence
offsets in the row's text, whether the edge is right and, when it is not, why (``type``: an end of the wrong
kind; ``direction``; ``junk``: an end is no real entity; ``not_stated``: the sentence does not say it;
``rule_dup``: a role the rule readers already write for the pair; ``other``). Rows split by number: even
rows are the ``tune`` half (the guards and thresholds were chosen on it), odd rows the ``held`` half
(judged once, with the final settings). Rows reserved for held-out checks and the rows of
``tests/gold/entities_held2.jsonl`` are never run.

Each row is run as its own document with the learned reader on; a written edge is matched to a judgement by
row, ends and label. Edges with no judgement are listed as unjudged and not counted. Run:
``python3 bench/learned_news_eval.py --half tune|held [--rows N] [--config FILE.toml] [--all-kinds]
[--dump FILE] [--pipeline DIR]`` (``--all-kinds``: every kind at ``Config.learned_relations_threshold``, whatever
the config enables; ``--dump``: every written edge with its sentence, for judging, as JSON lines; ``--pipeline``:
measure another checkout's source root, e.g. the reader before a change).

Measured in session 11 (precision of the judged edges): tune half 0.38 (71/188) as shipped before the news
guards, 0.63 (55/87) with them; held half, every edge judged once after the settings were fixed, 0.29 (86/293)
before and 0.37 (52/140) after. No kind reaches 0.85 over 10 held edges (``COMPETES_WITH`` 24/39).

Measured in session 13, with the guards of ``zhkg.relate.learned_news`` and ``COMPETES_WITH=0.4``, ``OWNS=0.4``
(chosen on the tune half; the held half run once with them, its 8 new edges judged then): tune
``COMPETES_WITH`` 20/20, ``OWNS`` 7/8, ``ALIAS_OF`` 9/9 (before: 23/27, 7/11, 10/25); held ``COMPETES_WITH``
11/14 (0.79), ``OWNS`` 3/3, ``ALIAS_OF`` 10/24 (before: 24/39, 5/10, 16/44); all kinds, held, 32/91 (0.35)
against 53/143 (0.37). Still no kind reaches 0.85 over 10 held edges.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# measure this checkout, not an installed copy (``--pipeline DIR``: another checkout's, to compare before and after)
_at = sys.argv.index("--pipeline") if "--pipeline" in sys.argv else -1
sys.path.insert(0, sys.argv[_at + 1] if 0 <= _at < len(sys.argv) - 1 else str(ROOT / "pipeline"))
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import RESERVED, corpus_file, refuse_output, write_output  # noqa: E402
from zhkg.config import Config, load_config  # noqa: E402
from zhkg.evaluate import GoldSources, find_data_dir  # noqa: E402
from zhkg.relate.learned import KINDS  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "learned_news.jsonl"
HELD2 = ROOT / "tests" / "gold" / "entities_held2.jsonl"
BLIND_SETS = (HELD2, ROOT / "tests" / "gold" / "entities_fresh21.jsonl")
CORPUS_ROWS = 1000

Key = tuple[int, str, str, str]


def half_rows(half: str) -> list[int]:
    """The corpus rows of a half (even rows ``tune``, odd rows ``held``), less reserved rows and the rows of the blind
    entity sets (held2, fresh21), whose output no one may read."""
    blind = {json.loads(line)["row"] for path in BLIND_SETS
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    parity = 0 if half == "tune" else 1
    return [r for r in range(CORPUS_ROWS) if r % 2 == parity and r not in RESERVED and r not in blind]


def learned_edges(config: Config, rows: list[int], sources: GoldSources) -> list[dict]:
    """Every learned relation the pipeline writes on ``rows``, each once per (row, ends, label)."""
    pipeline = Pipeline(config)
    out: dict[Key, dict] = {}
    for row in rows:
        text = sources.text({"source": "thucnews", "row": row})
        for r in pipeline.run_texts([(f"row{row}", text)]).extraction.relations:
            if r.confidence is None:
                continue
            key = (row, r.source, r.target, r.kind.value)
            if key not in out:
                out[key] = {"row": row, "source": r.source, "target": r.target, "relation": r.kind.value,
                            "relation_zh": r.relation_zh, "confidence": r.confidence,
                            "start": r.evidence.start, "end": r.evidence.end, "sentence": r.evidence.sentence}
    return list(out.values())


def all_kinds(config: Config) -> Config:
    """``config`` with every learned kind written at the one threshold (the reader before per-kind settings)."""
    kinds = tuple(sorted({k for k, _ in KINDS.values()}))
    return dataclasses.replace(config, learned_relations_enabled=kinds, learned_relations_thresholds=())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "held"), default="tune")
    parser.add_argument("--rows", type=int, default=0, help="only the first N rows of the half")
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder (default: shared/data above)")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--config", type=Path, default=None, help="settings (TOML); the learned reader is added")
    parser.add_argument("--all-kinds", action="store_true", help="every learned kind, one threshold")
    parser.add_argument("--dump", type=Path, default=None, help="write every edge with its sentence (JSON lines)")
    parser.add_argument("--unjudged", action="store_true", help="list the unjudged edges")
    parser.add_argument("--pipeline", type=Path, default=None,
                        help="the source root of another checkout to measure (default: this one's pipeline/)")
    args = parser.parse_args()
    data = args.data or find_data_dir(ROOT)
    if data is None:
        sys.exit("Error: the shared data folder was not found; pass --data DIR")
    refuse_output("--dump", args.dump, [args.gold, args.config, corpus_file(data)])
    config = load_config(args.config)
    if "learned" not in config.relations:
        config = dataclasses.replace(config, relations=(*config.relations, "learned"))
    if args.all_kinds and hasattr(config, "learned_relations_enabled"):
        config = all_kinds(config)
    rows = half_rows(args.half)
    if args.rows:
        rows = rows[:args.rows]
    edges = learned_edges(config, rows, GoldSources(data))
    if args.dump:
        write_output("--dump", args.dump, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in edges))
    gold: dict[Key, dict] = {}
    if args.gold.is_file():
        for line in args.gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                gold[(g["row"], g["source"], g["target"], g["relation"])] = g
    judged_rows = {k[0] for k in gold}
    right: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    why: Counter[str] = Counter()
    unjudged = []
    for e in edges:
        g = gold.get((e["row"], e["source"], e["target"], e["relation"]))
        if g is None:
            if e["row"] in judged_rows:
                unjudged.append(e)
            continue
        judged[e["relation"]] += 1
        right[e["relation"]] += bool(g["right"])
        if not g["right"]:
            why[g.get("why", "other")] += 1
    written = Counter(e["relation"] for e in edges)
    in_judged = sum(e["row"] in judged_rows for e in edges)
    print(f"{args.half} half: {len(rows)} rows run, {len(edges)} learned edges written ({in_judged} in rows with "
          f"judgements), {sum(judged.values())} judged, {len(unjudged)} unjudged in those rows")
    print("| relation | written | judged | right | precision |")
    print("| --- | --- | --- | --- | --- |")
    for kind in sorted(written, key=lambda k: (-written[k], k)):
        p = f"{right[kind] / judged[kind]:.2f}" if judged[kind] else "-"
        print(f"| {kind} | {written[kind]} | {judged[kind]} | {right[kind]} | {p} |")
    total = sum(judged.values())
    if total:
        print(f"| all | {len(edges)} | {total} | {sum(right.values())} | {sum(right.values()) / total:.2f} |")
    if why:
        print("wrong because: " + ", ".join(f"{k} {n}" for k, n in why.most_common()))
    if args.unjudged:
        for e in unjudged:
            print(f"UNJUDGED row {e['row']} {e['source']} -{e['relation']}/{e['relation_zh']}-> {e['target']} "
                  f"{e['confidence']}")


if __name__ == "__main__":
    main()
