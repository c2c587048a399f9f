"""Score membership (MEMBER_OF) against a hand-annotated dev set of THUCNews sentences.

The dev set, ``tests/gold/members_dev.jsonl``, names sentences of ``corpus/thucnews_1000.tsv`` by row,
start offset and length (no text is committed: it is read from the shared data folder at run time), each
with the memberships a reader takes from it: person, organisation as written, the member word if any
(球员, 前锋, 成员…; empty when the sentence has none: 加盟东莞队) and ``former`` (曾经效力于, 前尼克斯中锋).
Rows come from no other gold file and none of the rows reserved for checks. 45 sentences hold 59
memberships (team players and positions, signings, a troupe's and a band's members, a national squad);
20 more (``"not_members"`` says why) name a person and an organisation that are *not* members: a coach,
an owner or a president (roles, read as HOLDS_ROLE), a deal given up, a player traded away, a minister at a
meeting of member states, actors joining a film. Halves alternate by row (``tune``, ``held``); rules were
written on the tune half, the held half is only ever scored (``--errors`` refuses it). A third half, ``tune9``
(round 9: 34 sentences, 30 memberships and 10 sentences of non-members, from rows in no other gold file),
was annotated and scored before any rule was written on it; it is scored apart, and it is a tune half now.
``tune13`` (round 13: 35 sentences from rows in no other gold file, 28 memberships in 17 of them and 18 sentences of
non-members: coaches, opponents, a film's cast and crew, company officers) was annotated before the system was run
on it, and is scored apart the same way: unseen P 1.00 (0/0) R 0.00 (0/28); after round 13's rules P 1.00 (7/7)
R 0.25 (7/28). It is a tune half now. ``tune14`` (round 14: 33 sentences of sports and game news from rows in no other
gold file, 60 memberships in 26 of them — three starting line-ups, play-by-play, signings — and 7 sentences of
non-members: opponents, an offer turned down, a brand or a game under a company) was annotated before the system was
run on it. Its rows with ``"convert": "s2tw"`` (9 sentences of 5 articles) are scored in Traditional script, the
article converted one character for one before it is run. ``tune16`` (round 16: 22 sentences from rows in no other
gold file — the 305 such rows are games, fashion, technology, home and property news with few memberships — 5
memberships of a company's staff and 17 sentences of non-members: officers and titles ``roles.tsv`` lists, a founder,
reporters' bylines, a company or a brand under a group, a film's cast) was annotated before the system was run on it;
6 sentences are read in Traditional. Its convention for staff: the rank and file of a firm (员工, 职员, 工程师,
设计师) are its members, with the word as the member word; officers and any title ``roles.tsv`` lists (经理, 总监,
专员, 教授, 首席经济学家) hold roles. Students at a school (学生, 研究生, 就读于) would be members and graduates
(毕业于, 校友) not (``GRADUATED_FROM`` is that kind); the pool held neither. Unseen: P 1.00 (0/0) R 0.00 (0/5); after
round 16's rules P 1.00 (1/1) R 0.20 (1/5): three of the four misses are firms no extractor names (阔达装饰,
业之峰, 瑞宝壁纸 read as a place). It is a tune half now.

Each row is run whole (names resolve in their document: 加索尔 is 保罗-加索尔), and the MEMBER_OF relations
whose evidence lies in an annotated sentence are its predictions. A prediction is right when its person
is the gold person and its organisation contains the gold one or is contained in it (湖人 and 洛杉矶湖人队),
by any name the entity is written with, and when the gold names a member word, one of the two ends the
other (前锋 and 小前锋). Run: ``python3 bench/members_eval.py [--data DIR] [--convert s2tw] [--errors tune]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import member_word  # noqa: E402
from zhkg.config import Config  # noqa: E402
from zhkg.evaluate import GoldSources, Score, convert_gold, find_data_dir  # noqa: E402
from zhkg.records import RelationKind  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.normalise import to_simplified  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "members_dev.jsonl"

#: (person names, organisation names, member word), every name Simplified.
Predicted = tuple[frozenset[str], frozenset[str], str, int]


def predicted_members(pipeline: Pipeline, text: str) -> list[Predicted]:
    """Every MEMBER_OF relation the pipeline reads in ``text``: the person's and the organisation's names
    (canonical and as written, Simplified), the member word and where its evidence starts."""
    ex = pipeline.run_texts([("d", text)]).extraction
    names = {e.id: frozenset({e.name, *(to_simplified(a) for a in e.aliases)}) for e in ex.entities}
    return [(names.get(r.source, frozenset({r.source})), names.get(r.target, frozenset({r.target})),
             r.role_simplified, r.evidence.start) for r in ex.relations if r.kind is RelationKind.MEMBER_OF]


def matches(pred: Predicted, gold: dict) -> bool:
    """The same person, organisations one inside the other, member words one ending the other (if gold has one);
    a prediction with no member word is a plain membership, ``成员`` (:func:`bench.common.member_word`)."""
    people, orgs, role, _ = pred
    role = member_word("MEMBER_OF", role)
    person, org, gold_role = gold["person"], gold["organisation"], gold.get("role", "")
    role_ok = not gold_role or role.endswith(gold_role) or gold_role.endswith(role)
    return person in people and any(org in o or o in org for o in orgs) and role_ok


def score(rows: list[dict], sources: GoldSources, pipeline: Pipeline, script: str = "",
          errors: str = "") -> dict[str, list[int]]:
    """[right predictions, predictions, gold found, gold] per half; with ``errors`` (a tune half: ``tune``, ``tune9``, ``tune13``, ``tune14``, ``tune16``), that half's
    misses and wrong predictions are printed."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    by_row: dict[int, list[dict]] = defaultdict(list)
    for row in rows:
        by_row[row["row"]].append(row)
    for number, group in sorted(by_row.items()):
        text = sources.text({"source": "thucnews", "row": number})
        own = group[0].get("convert", "")
        if own or script:
            text = convert_gold(text, own or script, f"row {number}")
        found = predicted_members(pipeline, text)
        for row in group:
            start, end = row["start"], row["start"] + row["length"]
            if end > len(text):
                sys.exit(f"Error: row {number} is shorter than the annotated sentence at {start}")
            pred = [p for p in found if start <= p[3] < end]
            gold = row["members"]
            counts = (sum(any(matches(p, g) for g in gold) for p in pred), len(pred),
                      sum(any(matches(p, g) for p in pred) for g in gold), len(gold))
            for key in (row["half"], "all"):
                tally[key] = [a + b for a, b in zip(tally[key], counts)]
            if errors == row["half"]:
                missed = [g for g in gold if not any(matches(p, g) for p in pred)]
                wrong = [p for p in pred if not any(matches(p, g) for g in gold)]
                if missed or wrong:
                    print(f"## n={row['n']} row {number}: {text[start:end]}")
                    for g in missed:
                        print(f"   MISSED {g['person']} -{g.get('role', '')}-> {g['organisation']}")
                    for p in wrong:
                        print(f"   WRONG  {'/'.join(sorted(p[0]))} -{p[2]}-> {'/'.join(sorted(p[1]))}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder (default: shared/data above)")
    parser.add_argument("--gold", type=Path, default=GOLD, help="the annotated dev set (default: %(default)s)")
    parser.add_argument("--convert", default="", metavar="OPENCC",
                        help="convert each article first (s2tw, s2hk): the same scores in Traditional script?")
    parser.add_argument("--errors", choices=("tune", "tune9", "tune13", "tune14", "tune16"), default="", help="list a tune half's misses and wrong ones")
    args = parser.parse_args()
    data = args.data or find_data_dir(ROOT)
    if data is None or not args.gold.is_file():
        sys.exit("Error: the shared data folder or the gold file was not found; pass --data DIR / --gold FILE")
    rows = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    tally = score(rows, GoldSources(data), Pipeline(Config()), args.convert, args.errors)
    print("| half | precision | recall | F1 |")
    print("| --- | --- | --- | --- |")
    for half in ("tune", "tune9", "tune13", "tune14", "tune16", "held", "all"):
        s = Score(*tally[half])
        print(f"| {half} | {s.precision:.2f} ({s.tp_predicted}/{s.predicted}) | {s.recall:.2f} ({s.tp_gold}/{s.gold}) "
              f"| {s.f1:.2f} |")


if __name__ == "__main__":
    main()
