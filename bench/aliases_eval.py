"""Company short names and full names in one document: are they one organisation node? (issue 15, aliases)

Documents: DuIE train records (``/work/shared/data/re/duie/duie_train.json``, not reserved) with a 董事长 or 创始人
triple, the 财经 rows of ``thucnews_1000.tsv`` that no rule keeps unseen (never a reserved row, nor a row of a gold
file's held, held2, blind or check2 half: read by row number only, before anything is run or printed), and every
fourth distinct FinRE train sentence (``re/finre/train.txt``; never valid or test), then the next quarter. Each
document is halved by a fixed rule: DuIE's line or the corpus row even is ``tune``, odd is ``held``; FinRE's sentence
i (i % 4 == 0 or 2) is ``tune`` when i % 8 == 0 or 2.

Each document runs through the pipeline (default :class:`~zhkg.config.Config`, as written). A *candidate pair* is
two organisation nodes of one document whose names look like one company's short and full name: the shorter's
first two letters open the longer, or the shorter takes letters of the longer in order, its first one first, or
the longer is the shorter with a place in front. ``--draw`` prints the document's candidate pairs not judged yet
as JSON stubs (``"same": null``) to judge by hand into ``bench/aliases_judged.jsonl`` (session 31's:
``aliases_judged47.jsonl``): ``same`` true when the document means one company by both names.

The score reads the judgements: a judged pair is *joined* when one organisation entity of the document carries
both names (its name or aliases, Simplified). Reported per half: the pairs judged one company that are joined
(recall) and the pairs judged two that are joined (wrong merges); with ``--new``, the joined pairs of names not
judged yet, to judge.

Session 31 (aliases47) added every fourth distinct FinRE train sentence (never valid or test; halves by the
sentence's place, :func:`finre_sentences`) and drew over every name of an organisation, so a pair is drawn whether
or not the pipeline joins it (the stub does not say). 175 more pairs judged before scoring (76 one company: 39 tune,
37 held; one pair of a fund product's names left unjudged). ``--errors`` prints the tune half's misses and wrong
merges. Before → after that round: tune one company 49/61 → 53/61, two 6/115 → 3/115; held (scored once) 30/47 →
31/47, 11/91 → 11/91.

Session 31 (aliases50) added the next quarter of distinct FinRE train sentences (i % 4 == 2: tune when i % 8 == 2,
else held) and judged its first 230 candidate pairs by hand (``aliases_judged50.jsonl``: 92 one company, 132 two,
six misreadings left unjudged) before any score; rules from its tune half's wrong merges. Before → after: tune one
company 85/104 → 84/104, two 12/170 → 4/170; held (all files, scored once) 71/96 → 71/96, 18/168 → 14/168.

Session 31 (aliases52) judged the rest of that quarter (after finre-3318, to its last sentence finre-6102: 178
candidate pairs, ``aliases_judged52.jsonl``: 52 one company, 111 two, 15 misreadings left unjudged) before any score;
rules from its tune half. Before → after: tune one company 98/124 → 100/124, two 14/230 → 13/230; held (all files,
scored once) 93/128 → 93/128, 16/219 → 16/219.

Run: ``python3 bench/aliases_eval.py [--draw] [--new] [--errors] [--pipeline DIR]`` (``--pipeline /work/main/pipeline``:
another checkout's source root, e.g. the code before a change).

Measured in session 16 (helper alias16): 123 candidate pairs drawn and judged before any rule (30 one company: 20
tune, 10 held; five pairs of a fund product's names left unjudged). Rules were written from the tune half's pairs
and the forms the issue lists; the held half is scored only.

======  ==========================  ==========================
half    before (joined / judged)    after ``extract/company_aliases.py``
======  ==========================  ==========================
tune    one company 0/20, two 1/54  one company 17/20, two 1/54
held    one company 0/10, two 0/39  one company 3/10, two 0/39
======  ==========================  ==========================

(the pair judged two and joined before and after: 兴业银行 beside 兴业银行党委, a party committee read with its
bank.) Left split: 中国证监会 (five letters: allowing abbreviations of five letters joined 中华国学院 to 中华国医科学院),
兴业 beside 兴业全球基金 (a stem of two letters opens too many names) (tune half).
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_at = sys.argv.index("--pipeline") if "--pipeline" in sys.argv else -1
sys.path.insert(0, sys.argv[_at + 1] if 0 <= _at < len(sys.argv) - 1 else str(ROOT / "pipeline"))
sys.path.insert(0, str(ROOT))  # bench.common, bench.relations_audit

from bench.common import RESERVED, corpus_rows  # noqa: E402
from zhkg.config import Config  # noqa: E402
from zhkg.records import Label  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.normalise import to_simplified  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
#: Session 16 and 28's judgements, then session 31's (aliases47, a file of its own: its THUCNews rows were judged
#: after the NER sets' draws, which leave them out of their references: ``bench.entities_fresh21.JUDGED_LATER``), then
#: session 31's aliases50 (FinRE sentences i % 4 == 2 only), then aliases52 (the rest of that quarter, after finre-3318).
JUDGED = (ROOT / "bench" / "aliases_judged.jsonl", ROOT / "bench" / "aliases_judged47.jsonl",
          ROOT / "bench" / "aliases_judged50.jsonl", ROOT / "bench" / "aliases_judged52.jsonl")
TITLES = ("董事长", "创始人")


def documents(data: Path) -> list[tuple[str, str, str]]:
    """(id, half, text) of every document measured: DuIE records, then the eligible 财经 rows."""
    from bench.relations_audit import unseen_rows

    out = []
    with open(data / "re" / "duie" / "duie_train.json", encoding="utf-8") as f:
        for line, raw in enumerate(f):
            if raw.strip():
                row = json.loads(raw)
                if any(s["predicate"] in TITLES for s in row["spo_list"]):
                    out.append((f"duie-{line}", "tune" if line % 2 == 0 else "held", row["text"]))
    unseen = unseen_rows()
    with open(data / "corpus" / "thucnews_1000.tsv", encoding="utf-8") as f:
        categories = [line.split("\t", 1)[0] for line in f]
    texts = corpus_rows(data)
    for row, category in enumerate(categories):
        if category == "财经" and row not in RESERVED and row not in unseen:
            out.append((f"thucnews-{row}", "tune" if row % 2 == 0 else "held", texts[row]))
    return out + finre_sentences(data)


def finre_sentences(data: Path) -> list[tuple[str, str, str]]:
    """(id, half, text) of every other even distinct FinRE train sentence (never valid or test), in the file's order:
    the i-th distinct sentence is kept when i % 4 == 0 (session 31's aliases47) or 2 (aliases50), tune when i % 8 is
    0 or 2, else held."""
    seen: dict[str, int] = {}
    with open(data / "re" / "finre" / "train.txt", encoding="utf-8") as f:
        for raw in f:
            parts = raw.rstrip("\n").split("\t")
            if len(parts) == 4 and parts[3] not in seen:
                seen[parts[3]] = len(seen)
    return [(f"finre-{i}", "tune" if i % 8 in (0, 2) else "held", text) for text, i in seen.items() if i % 4 in (0, 2)]


def candidate(short: str, full: str, places: set[str]) -> bool:
    """Whether ``short`` and ``full`` (longer) look like one company's short and full name."""
    if len(short) < 2 or len(short) >= len(full):
        return False
    if full.startswith(short[:2]):
        return True
    i = 0
    for ch in full:
        if i < len(short) and ch == short[i]:
            i += 1
    if i == len(short) and short[0] == full[0]:
        return True
    return any(full.startswith(p) and short in full[len(p):] for p in places if len(p) >= 2)


def organisations(pipeline: Pipeline, text: str) -> tuple[list[set[str]], set[str]]:
    """The document's organisation entities (each its set of Simplified names) and its places' names."""
    ex = pipeline.run_texts([("d", text)]).extraction
    orgs, places = [], set()
    for e in ex.entities:
        names = {to_simplified(n) for n in (e.name, *e.aliases)}
        if e.label is Label.ORGANIZATION:
            orgs.append(names)
        elif e.label is Label.PLACE:
            places |= names
    return orgs, places


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED, help="the shared data folder (default: %(default)s)")
    parser.add_argument("--judged", type=Path, nargs="+", default=list(JUDGED),
                        help="judgement files (default: %(default)s)")
    parser.add_argument("--draw", action="store_true", help="print stubs of the candidate pairs not judged yet")
    parser.add_argument("--new", action="store_true", help="print joined pairs of names not judged yet")
    parser.add_argument("--errors", action="store_true",
                        help="print the tune half's misses and wrong merges (never the held half's)")
    parser.add_argument("--pipeline", default=None, metavar="DIR", help="measure this source root instead")
    args = parser.parse_args()
    if not (args.data / "re" / "duie" / "duie_train.json").is_file():
        sys.exit(f"Error: {args.data} holds no re/duie/duie_train.json; pass --data DIR")
    judged = {}
    for path in args.judged:
        if not path.is_file():
            sys.exit(f"Error: no judgement file {path}")
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                j = json.loads(line)
                judged[(j["doc"], j["short"], j["full"])] = j["same"]
    pipeline = Pipeline(Config())
    tally = {h: [0, 0, 0, 0, 0] for h in ("tune", "held")}  # same joined, same, two joined, two, organisations
    for doc, half, text in documents(args.data):
        orgs, places = organisations(pipeline, text)
        tally[half][4] += len(orgs)
        for (key, same) in sorted((k, v) for k, v in judged.items() if k[0] == doc):
            joined = any(key[1] in names and key[2] in names for names in orgs)
            if same is None:
                continue
            tally[half][0 if same else 2] += joined
            if args.errors and half == "tune" and joined != same:
                print(f"{'MISS' if same else 'WRONG'} {doc}: {key[1]} = {key[2]}")
            tally[half][1 if same else 3] += 1
        if args.draw:
            # every name of every organisation, so a pair is drawn whether or not the pipeline joins it (the stub
            # does not say which)
            for a, b in combinations(sorted(set().union(*orgs)), 2):
                short, full = sorted((a, b), key=lambda n: (len(n), n))
                if candidate(short, full, places) and (doc, short, full) not in judged:
                    print(json.dumps({"doc": doc, "half": half, "short": short, "full": full, "same": None},
                                     ensure_ascii=False))
        if args.new:
            for names in orgs:
                for a, b in combinations(sorted(names), 2):
                    short, full = sorted((a, b), key=lambda n: (len(n), n))
                    if candidate(short, full, places) and (doc, short, full) not in judged:
                        print(f"NEW {doc} {half}: {short} = {full}")
    print("| half | judged one company: joined | judged two: joined (wrong) | organisation nodes |")
    print("| --- | --- | --- | --- |")
    for half, (sj, s, tj, t, n) in tally.items():
        print(f"| {half} | {sj}/{s} | {tj}/{t} | {n} |")


if __name__ == "__main__":
    main()
