"""Recall of the pair reader's schooling, seat and founder edges against DuIE's gold triples (``zhkg.relate.pairs``).

DuIE 2.0 (``re/duie/duie_train.json``; Baidu Baike and web sentences) gives 毕业院校 (person → school:
GRADUATED_FROM), 总部地点 (organisation → place: HEADQUARTERED_IN) and 创始人 (organisation → person: read by
``relate/roles_founders.py`` as HOLDS_ROLE 创始人/创办人 from the person to the organisation). Records are halved by
their line in the file, as ``bench/roles_duie.py`` does: even lines ``tune``, odd lines ``held`` (scored only; no
rule is written from it, and ``--errors`` refuses it). Only records with one of those triples are run, each its own
document with the default settings. A triple is found when an edge of its kind joins two entities whose names
(Simplified, without middle dots) equal the gold's, or contain it (a place's 上海市 for 上海, a school's
北京大学东语系 for 北京大学).

``python3 bench/ties_duie.py [--data DIR] [--errors tune] [--traditional]``

Measured in session 18 (rel18), recall as the script counts it (before → after rel18; the tune half's misses of
GRADUATED_FROM and HEADQUARTERED_IN were read for the biography and profile rules, the held half only scored):

| half | kind | gold | before | after |
| --- | --- | --- | --- | --- |
| tune | GRADUATED_FROM | 98 | 0 | 34 (0.35) |
| tune | HEADQUARTERED_IN | 29 | 0 | 4 (0.14) |
| tune | HOLDS_ROLE 创始人 | 18 | 9 (0.50) | 9 (0.50) |
| held | GRADUATED_FROM | 92 | 0 | 33 (0.36) |
| held | HEADQUARTERED_IN | 30 | 0 | 3 (0.10) |
| held | HOLDS_ROLE 创始人 | 31 | 11 (0.35) | 11 (0.35) |

The same in Traditional (``--traditional``). Most misses left: a subject named in another sentence or only by a pronoun, a degree without a verb
(山东大学法律硕士), a school read as no organisation, a seat said by 成立于/坐落于 a place of the company itself.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))
sys.path.insert(0, str(ROOT))

from bench.common import add_data_option, shared_data  # noqa: E402
from zhkg.config import Config  # noqa: E402
from zhkg.records import Document  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.entity_groups import entity_id  # noqa: E402
from zhkg.stages.normalise import to_simplified, to_traditional  # noqa: E402

BATCH = 32
#: Gold predicate -> (kind written, whether the edge runs from the gold object to the gold subject, role).
PREDICATES = {"毕业院校": ("GRADUATED_FROM", False), "总部地点": ("HEADQUARTERED_IN", False),
              "创始人": ("HOLDS_ROLE", True)}
FOUNDER_ROLES = ("创始人", "创办人", "联合创始人")


def norm(name: str) -> str:
    return to_simplified(name).replace("·", "").replace("•", "").strip()


def same(found: str, gold: str) -> bool:
    return bool(found) and (found == gold or gold in found or (len(found) >= 2 and found in gold))


def read_records(path: Path) -> list[tuple[str, str, list[tuple[str, str, str]]]]:
    """(half, text, [(kind, source, target)]) of every record with a triple of :data:`PREDICATES`."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line, raw in enumerate(f):
            record = json.loads(raw)
            triples = []
            for spo in record["spo_list"]:
                if spo["predicate"] in PREDICATES:
                    kind, reverse = PREDICATES[spo["predicate"]]
                    s, o = norm(spo["subject"]), norm(spo["object"]["@value"])
                    triples.append((kind, o, s) if reverse else (kind, s, o))
            if triples:
                out.append(("tune" if line % 2 == 0 else "held", record["text"], triples))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_option(parser)
    parser.add_argument("--errors", choices=("tune",), default=None, help="print the tune half's misses")
    parser.add_argument("--traditional", action="store_true", help="run each text converted to Traditional")
    args = parser.parse_args()
    records = read_records(shared_data(args.data) / "re" / "duie" / "duie_train.json")
    pipeline = Pipeline(Config())
    tally: dict[tuple[str, str], Counter] = {}
    for i in range(0, len(records), BATCH):
        chunk = records[i:i + BATCH]
        results = pipeline.process_documents(
            [Document(f"duie-{i + k}", to_traditional(text) if args.traditional else text, kind="text")
             for k, (_, text, _) in enumerate(chunk)])
        for (half, text, triples), result in zip(chunk, results):
            names: dict[str, set[str]] = {}
            for m in result.mentions:
                names.setdefault(entity_id(m), set()).update({norm(m.canonical), norm(m.simplified)} - {""})
            edges = [(r.kind.value, r.source, r.target) for r in result.relations
                     if r.kind.value != "HOLDS_ROLE" or to_simplified(r.role or "") in FOUNDER_ROLES]
            for kind, source, target in triples:
                t = tally.setdefault((half, kind), Counter())
                t["gold"] += 1
                hit = any(k == kind and any(same(n, source) for n in names.get(s, ()))
                          and any(same(n, target) for n in names.get(o, ())) for k, s, o in edges)
                t["found"] += hit
                if args.errors == "tune" and half == "tune" and not hit:
                    print(f"miss {kind} {source} -> {target}: {text[:120]}", file=sys.stderr)
            for k, _, _ in edges:
                if k in ("GRADUATED_FROM", "HEADQUARTERED_IN"):
                    tally.setdefault((half, k), Counter())["written"] += 1
        print(f"  {min(i + BATCH, len(records))}/{len(records)}", end="\r", file=sys.stderr)
    print(file=sys.stderr)
    print("| half | kind | gold | found | recall | edges of the kind written |")
    print("| --- | --- | --- | --- | --- | --- |")
    for (half, kind), t in sorted(tally.items()):
        r = t["found"] / t["gold"] if t["gold"] else float("nan")
        print(f"| {half} | {kind} | {t['gold']} | {t['found']} | {r:.2f} | {t['written']} |")


if __name__ == "__main__":
    main()
