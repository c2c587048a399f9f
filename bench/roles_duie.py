"""Recall of the rule-based roles on DuIE train's 董事长, 校长 and 创始人 records (Baidu Baike and web sentences).

``/work/shared/data/re/duie/duie_train.json`` (not reserved; see its README) holds 3,969 records, one JSON object a
line; every record whose ``spo_list`` has a 董事长, 校长 or 创始人 triple (255 records, 286 triples: 163, 74 and 49) is
scored here. A triple's subject is the organisation, its object the person. The records are halved by a fixed rule:
the record's line in the file (0-based) even is ``tune``, odd is ``held``; the held half is scored only (no rule is
written from its misses, and ``--errors`` and ``--extras`` refuse it).

Each record's text is run through the pipeline twice, as written (Simplified) and converted ``s2tw`` (as
``bench/roles_eval.py`` mirrors news), one text a run, with the default :class:`~zhkg.config.Config`. Only the
**rule-based** ``HOLDS_ROLE`` edges are read: the learned reader (``zhkg/relate/learned.py``, trained on DuIE train)
is not in the default ``Config.relations``, and it writes its own kinds (CHAIR_OF, FOUNDED, PRESIDENT_OF), never
HOLDS_ROLE, so nothing it could write is counted.

A gold triple (organisation, title, person) is found when one HOLDS_ROLE edge has

* the person: the gold name is the edge's person by its canonical name or a name it is written with in the text
  (Simplified; the middle dots ·•・‧ read as one), exactly;
* the title: 董事长 and 校长 exactly (副董事长, 名誉校长 are other posts); 创始人 as a role ending in 创始人 or 创办人
  (联合创始人 too);
* the organisation: the gold name and one of the holder's names (canonical or as written, Simplified) are equal or
  one contains the other, the shorter of two letters at least (DuIE names a body short or in full: 新东方 for
  北京市新东方学校; resolution may rename it).

DuIE's gold is incomplete (a sentence naming two chairmen may annotate one), so precision cannot be read from it:
the HOLDS_ROLE edges that match no gold triple of their record are counted as ``extra`` and ``--extras N`` prints a
seeded sample of the tune half's for judging by hand.

Run: ``python3 bench/roles_duie.py [--data DIR] [--errors tune] [--extras N --seed S] [--pipeline DIR]``
(``--pipeline /work/main/pipeline`` measures another checkout's source root, e.g. the code before a change).

Measured in session 15 (recall, as written / as Taiwan text; the held half scored only):

========  ===========================  ===========================
half      unseen (before any rule)     after session 15's rules
========  ===========================  ===========================
tune      0.43 (61/142) / 0.42 (60)    0.52 (74/142) / 0.51 (73)
held      0.47 (67/144) / 0.47 (67)    0.53 (76/144) / 0.53 (76)
========  ===========================  ===========================

By title after (tune, as written): 董事长 0.51 (42/82), 校长 0.60 (25/42), 创始人 0.39 (7/18); held: 董事长 0.60 (49/81),
校长 0.56 (18/32), 创始人 0.29 (9/31). A seeded sample of 30 of the tune half's extra edges (``--extras 30 --seed 15``)
judged by hand, after: 28 right (wrong: a title given to the next name of a list laid out as name-then-title, a name
listed after 主席 among directors); drawn before the last fixes it held 27 (a party as a county head's holder too). What the misses left are mostly: names
or bodies no extractor finds (a person cut or run into the next word, a body with a stock code inside), DuIE's
董事长 for a post the text calls 董事局主席 (the edge says 董事局主席: not counted), a body named only by an alias
the resolver does not join (交通银行 … 该行 … 交行), and gold that names the wrong person or body. One miss is the
conversion's alone: s2tw writes 时代家俱集团 as 時代傢俱集團, read back as 时代家具集团.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# measure this checkout, not an installed copy (``--pipeline DIR``: another checkout's source root)
_at = sys.argv.index("--pipeline") if "--pipeline" in sys.argv else -1
sys.path.insert(0, sys.argv[_at + 1] if 0 <= _at < len(sys.argv) - 1 else str(ROOT / "pipeline"))

from zhkg.config import Config  # noqa: E402
from zhkg.records import RelationKind  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.normalise import convert, to_simplified  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
DUIE = Path("re") / "duie" / "duie_train.json"
TITLES = ("董事长", "校长", "创始人")
SCRIPTS = {"Simplified": "", "Taiwan (s2tw)": "s2tw"}
_DOTS = str.maketrans({"•": "·", "・": "·", "‧": "·", "．": "·"})


@dataclass(frozen=True)
class Record:
    """One DuIE record: its line in the file, its half, its text and its gold (organisation, title, person)."""

    line: int
    half: str
    text: str
    gold: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class Edge:
    """A HOLDS_ROLE edge as read: the person's names, the role, the holder's names (all Simplified)."""

    people: tuple[str, ...]
    role: str
    holders: tuple[str, ...]


def _norm(name: str) -> str:
    return to_simplified(name).translate(_DOTS)


def duie_rows(path: Path) -> Iterator[tuple[int, str, dict]]:
    """Each record of the DuIE file ``path`` with its line and its half: even lines tune, odd lines held (every
    bench check on DuIE train halves it this way)."""
    with open(path, encoding="utf-8") as f:
        for line, raw in enumerate(f):
            if raw.strip():
                yield line, "tune" if line % 2 == 0 else "held", json.loads(raw)


def read_records(path: Path) -> list[Record]:
    """Every record of ``path`` with a 董事长, 校长 or 创始人 triple, halved by its line (even: tune, odd: held)."""
    records = []
    for line, half, row in duie_rows(path):
        gold = tuple(sorted({(s["subject"], s["predicate"], s["object"]["@value"]) for s in row["spo_list"]
                             if s["predicate"] in TITLES}))
        if gold:
            records.append(Record(line, half, row["text"], gold))
    return records


def read_edges(pipeline: Pipeline, text: str) -> list[Edge]:
    """The HOLDS_ROLE edges the default (rule) readers write on ``text``, names Simplified."""
    ex = pipeline.run_texts([("duie", text)]).extraction
    names = {e.id: tuple(sorted({_norm(e.name), *(_norm(a) for a in e.aliases)})) for e in ex.entities}
    edges = {Edge(names.get(r.source, (r.source,)), r.role_simplified, names.get(r.target, (r.target,)))
             for r in ex.relations if r.kind == RelationKind.HOLDS_ROLE}
    return sorted(edges, key=lambda e: (e.people, e.role, e.holders))


def _title_fits(role: str, title: str) -> bool:
    if title == "创始人":
        return role.endswith(("创始人", "创办人"))
    return role == title


def _body_fits(holders: tuple[str, ...], gold: str) -> bool:
    return any(h == gold or (min(len(h), len(gold)) >= 2 and (h in gold or gold in h)) for h in holders)


def matches(edge: Edge, gold: tuple[str, str, str]) -> bool:
    """Whether ``edge`` says the gold triple (organisation, title, person): see the module docstring."""
    org, title, person = gold
    return _norm(person) in edge.people and _title_fits(edge.role, title) and _body_fits(edge.holders, _norm(org))


def score(records: list[Record], pipeline: Pipeline, errors: bool, extras: list) -> dict:
    """[gold found, gold, edges, extra edges] per (half, script, title or "all")."""
    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for rec in records:
        for script, config in SCRIPTS.items():
            text = convert(rec.text, config) if config else rec.text
            edges = read_edges(pipeline, text)
            extra = [e for e in edges if not any(matches(e, g) for g in rec.gold)]
            for g in rec.gold:
                hit = any(matches(e, g) for e in edges)
                for key in ((rec.half, script, g[1]), (rec.half, script, "all")):
                    tally[key][0] += hit
                    tally[key][1] += 1
                if errors and rec.half == "tune" and not hit:
                    print(f"## line {rec.line} {script} MISSED {g}: {text}")
                    print("   edges: " + "; ".join(f"{e.people[0]}|{e.role}|{e.holders[0]}" for e in edges))
            tally[(rec.half, script, "all")][2] += len(edges)
            tally[(rec.half, script, "all")][3] += len(extra)
            if rec.half == "tune":
                extras.extend((rec.line, script, e, text) for e in extra)
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED, help="the shared data folder (default: %(default)s)")
    parser.add_argument("--errors", choices=("tune",), default=None, help="print the tune half's misses first")
    parser.add_argument("--extras", type=int, default=0, metavar="N",
                        help="print a seeded sample of N of the tune half's extra edges, to judge by hand")
    parser.add_argument("--seed", type=int, default=15, help="the sample's seed (default: %(default)s)")
    parser.add_argument("--pipeline", default=None, metavar="DIR", help="measure this source root instead")
    args = parser.parse_args()
    path = args.data / DUIE
    if not path.is_file():
        sys.exit(f"Error: {path} not found; pass --data DIR (the folder holding re/duie/)")
    extras: list = []
    tally = score(read_records(path), Pipeline(Config()), args.errors == "tune", extras)
    if args.extras:
        for line, script, e, text in random.Random(args.seed).sample(extras, min(args.extras, len(extras))):
            print(f"## line {line} {script}: {e.people[0]} | {e.role} | {e.holders[0]}\n   {text}")
    print("| half | script | title | recall | edges | extra |")
    print("| --- | --- | --- | --- | --- | --- |")
    for (half, script, title), (found, gold, edges, extra) in sorted(tally.items()):
        r = found / gold if gold else 1.0
        more = f"| {edges} | {extra} |" if title == "all" else "| | |"
        print(f"| {half} | {script} | {title} | {r:.2f} ({found}/{gold}) {more}")


if __name__ == "__main__":
    main()
