"""Audit the ORGANIZATION nodes of the corpus graph: a seeded sample of them, judged by hand from their evidence.

What a user of the corpus graph sees first is its nodes. This audit measures the share of ORGANIZATION nodes that
are real named bodies. It runs every eligible row of ``thucnews_1000.tsv`` -- never a reserved row, nor a row of
any gold file's ``held``, ``held2``, ``blind`` or ``check2`` half (read by number only, before anything is
printed, as :func:`bench.relations_audit.eligible_rows`) -- and assembles them as one corpus run.

``--draw --seed S --sample NAME`` picks, seeded, ``--size`` organisation nodes (each node once, weighted by
nothing) among the nodes not judged yet, gives each a ``half`` (``tune`` or ``held``) by a seeded coin BEFORE
anything is judged, and prints each as a JSON stub with the sentence of its first mention. The judgements live in
``bench/org_nodes_audit.jsonl``, one node a line: ``sample``, ``half``, ``row`` (the row of the first mention),
``name`` (the node's canonical Simplified name), ``right`` and ``why``, a class: ``right`` (a real named body),
``cut`` or ``runon`` (a real body, wrong boundary), ``generic`` (a generic or anaphoric phrase: 该公司, 有关部门,
深圳一家基金公司), ``mistyped`` (a place, person, product, event, title or publication kind), ``subunit`` (a bare
sub-unit whose parent is lost: 政策法规司), ``other``; and a short ``note``. No text of the corpus is stored.

``python3 bench/org_nodes_audit.py`` (default) re-runs the judged rows as one corpus run and scores each sample
and half: a judged node counts as still written when an ORGANIZATION node of that name is written on its row;
precision = right / still written. Judged nodes no longer written are counted apart (wrong dropped: a fix; right
dropped: a loss); the held half only with ``--held``, a total and never its errors. ``--errors SAMPLE:tune`` lists the tune half's wrong nodes still written (never the held half).
``--dump FILE`` writes every organisation node of the eligible rows (name and first row) for a before/after
comparison; ``--pipeline DIR`` measures another checkout's source root (``/work/main/pipeline``: before a change).

Measured in session 18 on the 750 eligible rows (1,569 organisation nodes as found). Sample ``orgs18`` (seed 18,
``--draw --seed 18 --sample orgs18``: 120 nodes, 55 tune and 65 held by the coin), as found: tune 41/55 right
(0.745) -- wrong: 6 run-on (two companies glued, 麻省理工和耶鲁, a headline or a list run into a name, 高潮|新报), 6
mistyped (an event, a fund product, a campaign, works, a title and a person, a development zone), 2 generic (晨报 of
晨报讯, a class of product); held 42/65 (0.646). After :mod:`zhkg.extract.non_bodies` (fund products, known bodies
coordinated, runs of names, a paper's kind alone or cut, sub-units named with their parent, a school with the
document's one university): tune 41/50 (0.820), 5 wrong nodes no longer written, no right one lost; held 42/64
(0.656), scored once at the end, 1 wrong node no longer written, no right one lost.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_at = sys.argv.index("--pipeline") if "--pipeline" in sys.argv else -1
sys.path.insert(0, sys.argv[_at + 1] if 0 <= _at < len(sys.argv) - 1 else str(ROOT / "pipeline"))
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import (  # noqa: E402
    add_audit_options,
    audit_inputs,
    corpus_file,
    refuse_output,
    require_judged,
    shared_data,
    write_output,
)
from bench.relations_audit import eligible_rows, process_rows  # noqa: E402
from zhkg.config import Config  # noqa: E402
from zhkg.records import Label  # noqa: E402
from zhkg.run.pipeline import Pipeline, assemble  # noqa: E402
from zhkg.stages.entity_groups import entity_id  # noqa: E402

JUDGED = ROOT / "bench" / "org_nodes_audit.jsonl"
WHYS = ("right", "cut", "runon", "generic", "mistyped", "subunit", "other")


def _row_of(doc_id: str) -> int:
    return int(doc_id.rsplit("-", 1)[1]) - 1


def read_nodes(pipeline: Pipeline, texts: list[str], rows: list[int]) -> dict[tuple[int, str], dict]:
    """Every ORGANIZATION node the corpus run over ``rows`` writes, keyed by (row, name) for each row it is
    mentioned on; the value holds the node's first mention on that row."""
    results = process_rows(pipeline, texts, rows)
    extraction = assemble(results, pipeline.gazetteer, config=pipeline.config).extraction
    orgs = {e.id: e for e in extraction.entities if e.label is Label.ORGANIZATION}
    nodes: dict[tuple[int, str], dict] = {}
    # every mention of each document (an entity keeps only its first few): map them to entities by id
    for result in results:
        for m in sorted(result.mentions, key=lambda m: (m.start, m.end)):
            if m.label is not Label.ORGANIZATION:
                continue
            entity = orgs.get(entity_id(m))
            if entity is None:
                continue
            name = entity.name
            key = (_row_of(m.doc_id), name)
            nodes.setdefault(key, {"row": key[0], "name": name, "start": m.start, "end": m.end,
                                   "extractor": m.extractor})
    return nodes


def first_rows(nodes: dict[tuple[int, str], dict]) -> dict[str, dict]:
    """Each node name once, at its first row."""
    out: dict[str, dict] = {}
    for key in sorted(nodes):
        out.setdefault(key[1], nodes[key])
    return out


def sentence(text: str, s: int, t: int) -> str:
    left = max(text.rfind(p, 0, s) for p in "。！？\n") + 1
    right = min((i for i in (text.find(p, t) for p in "。！？\n") if i >= 0), default=len(text))
    return text[max(left, s - 80):s] + "【" + text[s:t] + "】" + text[t:min(right + 1, t + 80)]


def draw(pipeline: Pipeline, texts: list[str], size: int, seed: int, judged: list[dict], sample: str) -> None:
    """Print a seeded sample of organisation nodes not judged yet, each with its half, for judging by hand."""
    seen = {j["name"] for j in judged}
    rows = eligible_rows(len(texts))
    nodes = first_rows(read_nodes(pipeline, texts, rows))
    pool = [nodes[n] for n in sorted(nodes) if n not in seen]
    print(f"{len(rows)} rows; {len(nodes)} organisation nodes; drawing {size} of {len(pool)}", file=sys.stderr)
    rng = random.Random(seed)
    picked = rng.sample(pool, min(size, len(pool)))
    coin = random.Random(seed * 1000 + 1)
    halves = [coin.choice(("tune", "held")) for _ in picked]
    for node, half in sorted(zip(picked, halves), key=lambda p: (p[0]["row"], p[0]["start"], p[0]["name"])):
        stub = {"sample": sample, "half": half, "row": node["row"], "name": node["name"], "right": None,
                "why": "", "note": ""}
        print(json.dumps(stub, ensure_ascii=False))
        print("   ", node["extractor"], sentence(texts[node["row"]], node["start"], node["end"]))


def score(pipeline: Pipeline, texts: list[str], judged: list[dict], errors: str | None = None,
          with_held: bool = False) -> None:
    """Score every sample and half of the judgements against the nodes written now."""
    eligible = set(eligible_rows(len(texts)))
    bad = sorted({j["row"] for j in judged} - eligible)
    if bad:
        raise SystemExit(f"Error: judged rows no longer eligible: {bad}")
    if errors and errors.endswith(":held"):
        raise SystemExit("Error: the held half is scored only, never listed")
    nodes = read_nodes(pipeline, texts, sorted({j["row"] for j in judged}))
    tally: dict[tuple[str, str], Counter] = {}
    whys: dict[tuple[str, str], Counter] = {}
    for j in judged:
        t = tally.setdefault((j["sample"], j["half"]), Counter())
        t["judged"] += 1
        if j["right"] is None:
            t["unjudged_stub"] += 1
            continue
        still = (j["row"], j["name"]) in nodes
        if still:
            t["written"] += 1
            t["right"] += bool(j["right"])
            if not j["right"]:
                whys.setdefault((j["sample"], j["half"]), Counter())[j.get("why") or "other"] += 1
        else:
            t["dropped_right" if j["right"] else "dropped_wrong"] += 1
        if errors == f"{j['sample']}:tune" and j["half"] == "tune" and still and not j["right"]:
            print(f"wrong {j['row']} {j['name']}: {j.get('why')} {j.get('note', '')}")
    print("| sample | half | judged | still written | right | precision | wrong dropped | right dropped |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for (sample, half), t in sorted(tally.items()):
        if half == "held" and not with_held:
            continue
        p = t["right"] / t["written"] if t["written"] else float("nan")
        print(f"| {sample} | {half} | {t['judged']} | {t['written']} | {t['right']} | {p:.3f} | "
              f"{t['dropped_wrong']} | {t['dropped_right']} |")
    for (sample, half), c in sorted(whys.items()):
        if half == "held":
            continue  # the held half: a total only
        print(f"{sample} {half} wrong, by class: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))


def dump(pipeline: Pipeline, texts: list[str], path: Path) -> None:
    """Write every organisation node of the eligible rows, name and first row, one a line (no corpus text)."""
    nodes = first_rows(read_nodes(pipeline, texts, eligible_rows(len(texts))))
    write_output("--dump", path, "".join(f"{nodes[name]['row']}\t{name}\n" for name in sorted(nodes)))
    print(f"{len(nodes)} organisation nodes written to {path}", file=sys.stderr)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_audit_options(parser, JUDGED, seed=18, sample="orgs18")
    parser.add_argument("--draw", action="store_true", help="print a fresh sample to judge instead of scoring")
    parser.add_argument("--size", type=int, default=120, help="nodes to draw (default: %(default)s)")
    parser.add_argument("--dump", type=Path, default=None, help="write every organisation node to this file")
    parser.add_argument("--held", action="store_true", help="also score the held half (a total only; at the end)")
    parser.add_argument("--pipeline", type=Path, default=None, help="another checkout's source root to measure")
    args = parser.parse_args()
    refuse_output("--dump", args.dump, [args.judged, corpus_file(shared_data(args.data))])
    texts, judged = audit_inputs(args)
    if args.dump:
        dump(Pipeline(Config()), texts, args.dump)
    elif args.draw:
        draw(Pipeline(Config()), texts, args.size, args.seed, judged, args.sample)
    else:
        score(Pipeline(Config()), texts, require_judged(judged, args.judged), args.errors, args.held)
