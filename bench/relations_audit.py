"""Audit relation edges as a corpus user sees them: a random sample of the edges written on THUCNews, judged by hand.

The dev sets (``bench/roles_eval.py``, ``bench/members_eval.py``) measure recall on a few annotated passages;
this audit measures the precision of what the pipeline actually writes on whole articles. It runs every
eligible row of ``thucnews_1000.tsv`` -- never a reserved row, nor a row of ``tests/gold/entities_held2.jsonl``,
of the counts gold's ``blind``/``check2`` halves, or of any gold file's ``held`` half (rows are read by number
only, before anything is printed) -- and assembles them as one corpus run, so WITHIN edges (place within
place, across documents) are those of the corpus graph.

``--draw --seed S --sample NAME`` picks, seeded, a fixed number of edges of each kind (``--sizes``, default 60
HOLDS_ROLE, 20 MEMBER_OF -- the corpus has about 45, so a fresh sample can be drawn after the first --, 40
LOCATED_IN or WITHIN, 20 AUTHOR_OF) among the edges not judged yet, and prints
each as a JSON stub with its evidence sentence, for judging. An edge is one per row, ends, label and (for
HOLDS_ROLE) role; a WITHIN edge is one per pair of places in the whole corpus (its row is the place's first
mention). The judgements live in ``bench/relations_audit.jsonl``, one edge a line: ``sample``, ``row``,
``source``, ``target`` (entity ids), ``label``, ``role`` (Simplified, HOLDS_ROLE only), ``right`` and, when
wrong, ``why`` -- a class: ``wrong_holder`` (the person does not hold it), ``wrong_body`` (not that
organisation), ``not_role`` (the word is no role), ``wrong_role``, ``not_member``, ``wrong_place``,
``not_author``, ``junk`` (an end is no real entity of its kind), ``other`` -- and a short ``note``. No text of the
corpus is stored.

``python3 bench/relations_audit.py`` (default) re-runs the judged rows and scores: a judged edge counts as
written when an edge of its row, label and role joins its ends by node id or by the judged name among the node's
surface forms (:func:`bench.common.judged_edge_written`; a wrong judgement of an end's name by node id only), and a
WITHIN edge when the same pair of places is written anywhere; precision of a sample is
right / judged-and-still-written. Wrong edges that are no longer written are counted apart ("dropped"), and so
are right ones (the recall the fixes cost on the sample). Edges written now that no judgement covers are
reported as unjudged (a changed role word, a new edge). ``--pipeline DIR`` measures another checkout's source
root (``/work/main/pipeline``: the code before a change) against the same judgements.

Measured in session 13 on the 753 eligible rows (HOLDS_ROLE 348, MEMBER_OF 45, LOCATED_IN 579, WITHIN 248,
AUTHOR_OF 139 edges as found). Sample ``audit13`` (seed 13), as found: 130/140 right (0.93) -- HOLDS_ROLE 56/60,
MEMBER_OF 20/20, LOCATED_IN/WITHIN 34/40, AUTHOR_OF 20/20; wrong: 6 junk ends, 3 wrong places, 1 wrong body.
After the LOCATED_IN guards (:mod:`zhkg.relate.location`): 129/137 written right (0.94), places 33/37 (2 wrong and
1 right edge no longer written). Sample ``audit13_fresh`` (seed 14), drawn and judged after the guards: 131/140
(0.94) -- HOLDS_ROLE 57/60, MEMBER_OF 20/20, places 34/40, AUTHOR_OF 20/20; 6 of its 9 wrong edges have a junk end
(an organisation that is a generic phrase: 深圳一家基金公司, 全国法院), which the extractors, not the relation
readers, make.

Measured in session 14, after press bylines, game-story memberships, landmarks and former countries were merged, on
the 750 eligible rows (HOLDS_ROLE 405, MEMBER_OF 84, LOCATED_IN 532, WITHIN 245, AUTHOR_OF 139 edges as found).
Sample ``audit14`` (seed 15, ``--draw --seed 15 --sample audit14``), as found: 128/140 right (0.91) -- HOLDS_ROLE
53/60, MEMBER_OF 20/20, LOCATED_IN/WITHIN 36/40, AUTHOR_OF 19/20; wrong: 6 junk ends (a paper's kind as an outlet,
□晚报 and ”商报; generic phrases 三亚高端酒店, 一些广州移民公司; a name cut at a space), 4 bodies cut on their left
(安生教育|北京代表处, 公共|管理与政府政策研究所, 新|明珠陶瓷集团, (CBD)|管委会), 1 wrong place (哥伦比亚大学 in
Colombia), 1 actor's credit read as a byline (许仙(任泉饰)). After the fixes (:mod:`zhkg.relate.role_bodies`,
:mod:`zhkg.relate.press`, :mod:`zhkg.extract.junk`, the credit in :mod:`zhkg.extract.people` and
:mod:`zhkg.relate.authorship`): 128/132 written right (0.97), 8 wrong and no right edge dropped; ``audit13_fresh``
0.96 -> 0.97 (its 世界经济研究中心 dropped).

Measured in session 17, after sessions 15-17 were merged, on the 750 eligible rows (HOLDS_ROLE 407, MEMBER_OF 88,
LOCATED_IN 533, WITHIN 271, AUTHOR_OF 137 edges as found). Sample ``audit17`` (seed 17, ``--draw --seed 17 --sample
audit17``), as found: 122/140 right (0.87) -- HOLDS_ROLE 53/60, MEMBER_OF 18/20, LOCATED_IN/WITHIN 34/40, AUTHOR_OF
17/20; wrong: 9 junk ends (generic phrases 西班牙语学校, 美国基金和区域中心, 某国某公司|北京代表处; a column title
北京楼市吉尼斯; a ruler's title 奥斯曼帝国苏丹; 信达证券基金 = 信达证券 + 基金分析师; a name glued to the next
entry's first letter 耿伟|顺; 华盛顿 of 二十国集团领导人华盛顿峰会; 左图 as a byline), 6 wrong bodies (bare
sub-units whose parent is lost: 政策法规司, 质量管理司, 北美中心, 经贸学院, 化工学院; 移民和|公民事务部 cut at a
(微博) tag), 2 bracketed names read as bylines (阿郎(何剑雄), 商人(罗斯)), 1 wrong place (哥伦比亚大学教育学院 in
Colombia). Judged stricter than audit13 on bare departments (audit13 took 土地利用司 as right): taking the four
bare 司/学院 edges as right gives 126/140 (0.90). With the code at the end of session 14 (``--pipeline`` on an
archive of 6daa66f) 132 of the 140 edges are written, 116 right (0.88): the precision drop is in the edges that
were already written, not in the rules added since (8 edges new, 6 right).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# measure this checkout, not an installed copy (``--pipeline DIR``: another checkout's source root, e.g. before a change)
_at = sys.argv.index("--pipeline") if "--pipeline" in sys.argv else -1
sys.path.insert(0, sys.argv[_at + 1] if 0 <= _at < len(sys.argv) - 1 else str(ROOT / "pipeline"))
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import (  # noqa: E402
    GOLD_DIR,
    add_audit_options,
    audit_inputs,
    entity_forms,
    gold_unseen_rows,
    judged_edge_written,
    require_judged,
)
from bench.common import eligible_rows as gold_eligible_rows  # noqa: E402
from zhkg.config import Config  # noqa: E402
from zhkg.records import Document, RelationKind  # noqa: E402
from zhkg.run.pipeline import Pipeline, assemble  # noqa: E402

JUDGED = ROOT / "bench" / "relations_audit.jsonl"
GOLD = GOLD_DIR
KINDS = ("HOLDS_ROLE", "MEMBER_OF", "LOCATED_IN", "WITHIN", "AUTHOR_OF")
#: Sample sizes per group; LOCATED_IN and WITHIN are drawn together.
GROUPS = {"HOLDS_ROLE": ("HOLDS_ROLE",), "MEMBER_OF": ("MEMBER_OF",), "PLACE": ("LOCATED_IN", "WITHIN"),
          "AUTHOR_OF": ("AUTHOR_OF",)}
SIZES = "HOLDS_ROLE=60,MEMBER_OF=20,PLACE=40,AUTHOR_OF=20"
BATCH = 16


def unseen_rows() -> set[int]:
    """Rows of THUCNews some gold file of :data:`GOLD` keeps unseen (:data:`bench.common.UNSEEN_HALVES`), by number
    only."""
    return gold_unseen_rows(GOLD)


def eligible_rows(total: int) -> list[int]:
    """Rows the audit may read: not reserved and not kept unseen by a gold file."""
    return gold_eligible_rows(total, GOLD)


def _row_of(doc_id: str) -> int:
    return int(doc_id.rsplit("-", 1)[1]) - 1


def edge_key(e: dict) -> tuple:
    """What an edge is one by: row, ends, label and role; a WITHIN edge by its ends alone."""
    if e["label"] == "WITHIN":
        return (e["source"], e["target"], "WITHIN")
    return (e["row"], e["source"], e["target"], e["label"], e.get("role", ""))


def _place(e: dict) -> tuple:
    """Where a judgement looks for its edge among those written now: its row, label and role (WITHIN: anywhere,
    matched by its ends' ids)."""
    return ("WITHIN",) if e["label"] == "WITHIN" else (e["row"], e["label"], e.get("role", ""))


def _written_edge(j: dict, written: dict[tuple, list[dict]]) -> dict | None:
    """The edge written now that judgement ``j`` judged: one of its row, label and role whose ends are its ends by
    node id or by the judged name among the node's surface forms (:func:`bench.common.judged_edge_written`); a
    WITHIN edge by its ends' ids alone (places by their codes)."""
    if j["label"] == "WITHIN":
        return next((e for e in written.get(_place(j), ()) if edge_key(e) == edge_key(j)), None)
    return judged_edge_written(j, written.get(_place(j), ()))


def process_rows(pipeline: Pipeline, texts: list[str], rows: list[int]) -> list:
    """The results of the rows' articles (ids ``thucnews_1000-<row + 1>``) run through ``pipeline``, in order;
    progress goes to stderr."""
    results = []
    for i in range(0, len(rows), BATCH):
        chunk = rows[i:i + BATCH]
        results.extend(pipeline.process_documents(
            [Document(f"thucnews_1000-{r + 1}", texts[r], kind="text") for r in chunk]))
        print(f"  {min(i + BATCH, len(rows))}/{len(rows)} rows", end="\r", file=sys.stderr)
    print(file=sys.stderr)
    return results


def read_edges(pipeline: Pipeline, texts: list[str], rows: list[int]) -> tuple[list[dict], dict[str, str]]:
    """Every HOLDS_ROLE, MEMBER_OF, LOCATED_IN, WITHIN and AUTHOR_OF edge the corpus run over ``rows`` writes,
    once per key, with its evidence; and every entity's display name by id."""
    results = process_rows(pipeline, texts, rows)
    names: dict[str, str] = {}
    extraction = assemble(results, pipeline.gazetteer, config=pipeline.config).extraction
    for e in extraction.entities:
        names[e.id] = e.name
    # the per-document ids (before namesakes are told apart), which do not depend on the other rows
    per_doc = [rel for result in results for rel in result.relations if rel.kind.value in KINDS]
    within = [rel for rel in extraction.relations if rel.kind is RelationKind.WITHIN]
    forms = {result.document.id: entity_forms(result.mentions) for result in results}
    edges: dict[tuple, dict] = {}
    for rel in per_doc + within:
        e = {"row": _row_of(rel.evidence.doc_id), "source": rel.source, "target": rel.target,
             "label": rel.kind.value, "start": rel.evidence.start, "end": rel.evidence.end,
             "sentence": rel.evidence.sentence}
        if rel.kind is not RelationKind.WITHIN:
            ends = forms.get(rel.evidence.doc_id, {})
            e["source_forms"], e["target_forms"] = ends.get(rel.source, set()), ends.get(rel.target, set())
        if rel.kind is RelationKind.HOLDS_ROLE:
            e["role"] = rel.role_simplified
        if rel.former:
            e["former"] = True
        edges.setdefault(edge_key(e), e)
    return [edges[k] for k in sorted(edges, key=repr)], names


def parse_sizes(text: str) -> dict[str, int]:
    sizes = {}
    for part in text.split(","):
        group, _, n = part.partition("=")
        if group not in GROUPS or not n.isdigit():
            raise SystemExit(f"Error: --sizes wants GROUP=N,… with GROUP one of {', '.join(GROUPS)}")
        sizes[group] = int(n)
    return sizes


def draw(pipeline: Pipeline, texts: list[str], sizes: dict[str, int], seed: int, judged: list[dict],
         sample: str) -> None:
    """Print a seeded sample of edges of each group not judged yet, for judging by hand."""
    seen = {edge_key(j) for j in judged}
    rows = eligible_rows(len(texts))
    edges, names = read_edges(pipeline, texts, rows)
    rng = random.Random(seed)
    tally = Counter(e["label"] for e in edges)
    print(f"{len(rows)} rows; edges: " + ", ".join(f"{k} {tally[k]}" for k in KINDS), file=sys.stderr)
    for group, n in sizes.items():
        pool = [e for e in edges if e["label"] in GROUPS[group] and edge_key(e) not in seen]
        picked = sorted(rng.sample(pool, min(n, len(pool))), key=lambda e: (e["row"], e["start"], repr(edge_key(e))))
        print(f"## {group}: drew {len(picked)} of {len(pool)}", file=sys.stderr)
        for e in picked:
            stub = {"sample": sample, "row": e["row"], "source": e["source"], "target": e["target"],
                    "label": e["label"]}
            if "role" in e:
                stub["role"] = e["role"]
            stub.update({"right": None, "why": "", "note": ""})
            print(json.dumps(stub, ensure_ascii=False))
            if e["label"] == "WITHIN":
                print(f"    {names.get(e['source'], e['source'])} ⊂ {names.get(e['target'], e['target'])}")
            text = texts[e["row"]]
            s, t = e["start"], e["end"]
            left = max(text.rfind(p, 0, s) for p in "。！？\n") + 1
            right = min((i for i in (text.find(p, t) for p in "。！？\n") if i >= 0), default=len(text))
            print("   ", text[max(left, s - 80):s] + "【" + text[s:t] + "】" + text[t:min(right + 1, t + 80)]
                  + ("  (former)" if e.get("former") else ""))


def score(pipeline: Pipeline, texts: list[str], judged: list[dict], errors: str | None = None,
          show_unjudged: bool = False) -> None:
    """Score every sample of the judgements against the edges written now."""
    eligible = set(eligible_rows(len(texts)))
    bad = sorted({j["row"] for j in judged} - eligible)
    if bad:
        raise SystemExit(f"Error: judged rows no longer eligible: {bad}")
    has_within = any(j["label"] == "WITHIN" for j in judged)
    rows = sorted(eligible) if has_within else sorted({j["row"] for j in judged})
    edges, _ = read_edges(pipeline, texts, rows)
    written: dict[tuple, list[dict]] = {}
    for e in edges:
        written.setdefault(_place(e), []).append(e)
    judged_edges: set[int] = set()  # ids of the written edges some judgement matched
    judged_rows = {j["row"] for j in judged}
    tally: dict[tuple[str, str], Counter] = {}
    whys: dict[str, Counter] = {}
    for j in judged:
        group = next(g for g, kinds in GROUPS.items() if j["label"] in kinds)
        t = tally.setdefault((j["sample"], group), Counter())
        t["judged"] += 1
        if j["right"] is None:
            t["unjudged_stub"] += 1
            continue
        edge = _written_edge(j, written)
        still = edge is not None
        if still:
            judged_edges.add(id(edge))
            t["written"] += 1
            t["right"] += bool(j["right"])
            if not j["right"]:
                whys.setdefault(j["sample"], Counter())[j.get("why") or "other"] += 1
        else:
            t["dropped_right" if j["right"] else "dropped_wrong"] += 1
        if errors == j["sample"] and still and not j["right"]:
            print(f"wrong {j['row']} {j['label']} {j['source']} -> {j['target']} {j.get('role', '')}: {j.get('why')}")
    print("| sample | kind | judged | still written | right | precision | wrong dropped | right dropped |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    totals: dict[str, Counter] = {}
    for (sample, group), t in sorted(tally.items(), key=lambda kv: (kv[0][0], list(GROUPS).index(kv[0][1]))):
        totals.setdefault(sample, Counter()).update(t)
        p = t["right"] / t["written"] if t["written"] else float("nan")
        print(f"| {sample} | {group} | {t['judged']} | {t['written']} | {t['right']} | {p:.2f} | "
              f"{t['dropped_wrong']} | {t['dropped_right']} |")
    for sample, t in totals.items():
        p = t["right"] / t["written"] if t["written"] else float("nan")
        print(f"| {sample} | all | {t['judged']} | {t['written']} | {t['right']} | {p:.2f} | "
              f"{t['dropped_wrong']} | {t['dropped_right']} |")
    for sample, c in whys.items():
        print(f"{sample} wrong, by class: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    for j in judged:  # (a stub not judged yet covers its edge too)
        if j["right"] is None and (edge := _written_edge(j, written)) is not None:
            judged_edges.add(id(edge))
    new = [e for e in edges if e["row"] in judged_rows and e["label"] != "WITHIN" and id(e) not in judged_edges]
    print(f"unjudged edges now written on the judged rows: {len(new)}")
    if show_unjudged:
        for e in new:
            print("  unjudged", json.dumps({k: e[k] for k in ("row", "source", "target", "label")}
                                           | ({"role": e["role"]} if "role" in e else {}), ensure_ascii=False))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_audit_options(parser, JUDGED, seed=13, sample="audit13")
    parser.add_argument("--draw", action="store_true", help="print a fresh sample to judge instead of scoring")
    parser.add_argument("--sizes", default=SIZES, help="edges to draw per group (default: %(default)s)")
    parser.add_argument("--unjudged", action="store_true", help="list the unjudged edges on the judged rows")
    parser.add_argument("--pipeline", type=Path, default=None, help="another checkout's source root to measure")
    args = parser.parse_args()
    texts, judged = audit_inputs(args)
    if args.draw:
        draw(Pipeline(Config()), texts, parse_sizes(args.sizes), args.seed, judged, args.sample)
    else:
        score(Pipeline(Config()), texts, require_judged(judged, args.judged), args.errors, args.unjudged)
