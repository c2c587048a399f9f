"""Precision of the pair reader's kinship and company edges against gold triples (``zhkg.relate.pairs``).

Two annotated sets hold the relations the reader writes, on text no rule of it was written from:

* DuIE 2.0 (``re/duie/duie_train.json``; Baidu Baike and web sentences): the predicates 妻子, 丈夫 (a SPOUSE_OF
  edge, either way) and 父亲, 母亲 (a PARENT_OF edge from the parent to the child).
* FinRE (``re/finre/train.txt``, and ``valid.txt``, the held split, scored only: ``--split valid``; financial news
  headlines): 拥有 (OWNS, owner -> owned), 收购, 买资, 借壳 (ACQUIRED, buyer -> bought), 合作, 签约, 合资
  (PARTNER_OF, session 18: either way); FinRE gives each pair in both directions (被拥有 …).

Each sentence is run as its own document with the default settings; an edge counts as right when the gold set gives
its pair that relation, wrong when the gold set annotates the pair otherwise (or a kinship pair of the sentence
with no family predicate), and unscored when the gold set says nothing of the pair (FinRE annotates a few pairs a
sentence; DuIE leaves out triples). Names are compared in Simplified without middle dots or hyphens.

``python3 bench/typed_relations_gold.py [--set duie|finre] [--split train|valid] [--errors]`` (``--errors`` lists
the wrong and unscored edges of a train split, never of ``valid``).

Measured in session 17 (rel17). The train splits were also read for guards (a kin word's first person who is
someone's kin, 魏国夫人, a buying not done, junk ends, assets, a name cut on its left), so they are tune sets here;
FinRE valid was only scored. As the script counts, then with the gold's gaps judged by hand:

| set | kind | right / scored | unscored | by hand |
| --- | --- | --- | --- | --- |
| DuIE train | SPOUSE_OF | 29/31 | 4 | 31/31 (何庆魁、高秀敏 and 张国立、邓婕 are couples the gold leaves out) |
| DuIE train | PARENT_OF | 46/46 | 15 | |
| FinRE train | OWNS | 16/20 | 28 | 19/20 scored (3 subsidiaries stated, FinRE labels them otherwise), 28/28 unscored |
| FinRE train | ACQUIRED | 5/6 | 3 | 6/6 scored, 3/3 unscored |
| FinRE valid | OWNS | 6/6 | 4 | (not read) |
| FinRE valid | ACQUIRED | 0/0 | 0 | (2 right before the guard for deals not done: its cost) |
| FinRE train | PARTNER_OF (session 18) | 10/10 | 3 | 13/13 (the 3 unscored: signed cooperation agreements) |
| FinRE valid | PARTNER_OF (session 18) | 0/0 | 1 | (not read) |
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

BATCH = 32
#: Gold predicate -> (kind, whether the edge runs from the gold object to the gold subject).
DUIE = {"妻子": ("SPOUSE_OF", None), "丈夫": ("SPOUSE_OF", None), "父亲": ("PARENT_OF", True),
        "母亲": ("PARENT_OF", True)}
FINRE = {"拥有": "OWNS", "收购": "ACQUIRED", "买资": "ACQUIRED", "借壳": "ACQUIRED", "合作": "PARTNER_OF",
         "签约": "PARTNER_OF", "合资": "PARTNER_OF"}
KINDS = {"duie": ("SPOUSE_OF", "PARENT_OF"), "finre": ("OWNS", "ACQUIRED", "PARTNER_OF")}


def norm(name: str) -> str:
    from zhkg.stages.normalise import to_simplified

    return to_simplified(name).replace("·", "").replace("-", "").replace("•", "").strip()


def duie_gold(path: Path) -> list[tuple[str, dict[tuple[str, str], set[str]], set[str]]]:
    """Each sentence, the kinds its gold gives each (source, target) pair (SPOUSE_OF both ways), and its people."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            pairs: dict[tuple[str, str], set[str]] = {}
            people: set[str] = set()
            for spo in record["spo_list"]:
                subject, obj = norm(spo["subject"]), norm(spo["object"]["@value"])
                if spo.get("subject_type") == "人物":
                    people.add(subject)
                if spo.get("object_type", {}).get("@value") == "人物":
                    people.add(obj)
                kind, reverse = DUIE.get(spo["predicate"], (None, None))
                if kind == "SPOUSE_OF":
                    pairs.setdefault((subject, obj), set()).add(kind)
                    pairs.setdefault((obj, subject), set()).add(kind)
                elif kind == "PARENT_OF":
                    pairs.setdefault((obj, subject), set()).add(kind)
                else:
                    pairs.setdefault((subject, obj), set()).add("other")
                    pairs.setdefault((obj, subject), set()).add("other")
            out.append((record["text"], pairs, people))
    return out


def finre_gold(path: Path) -> list[tuple[str, dict[tuple[str, str], set[str]], set[str]]]:
    """Each sentence, the kinds FinRE gives each (head, tail) pair ("other" for any other label), and its names."""
    by_sentence: dict[str, tuple[dict[tuple[str, str], set[str]], set[str]]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 4:
                continue
            head, tail, label, sentence = parts
            pairs, names = by_sentence.setdefault(sentence, ({}, set()))
            names.update((norm(head), norm(tail)))
            pairs.setdefault((norm(head), norm(tail)), set()).add(FINRE.get(label, "other"))
    return [(s, pairs, names) for s, (pairs, names) in by_sentence.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_option(parser)
    parser.add_argument("--set", choices=("duie", "finre"), default=None, help="one set only (default: both)")
    parser.add_argument("--split", choices=("train", "valid"), default="train",
                        help="FinRE's split (valid: the held one, scored only; DuIE has train only here)")
    parser.add_argument("--errors", action="store_true", help="list the wrong and unscored edges (train only)")
    args = parser.parse_args()
    if args.errors and args.split == "valid":
        sys.exit("Error: --errors is for a train split only; valid is scored, never read")
    data = shared_data(args.data)
    pipeline = Pipeline(Config())
    for name in (args.set,) if args.set else ("duie", "finre"):
        if name == "duie":
            if args.split == "valid":
                continue
            gold = duie_gold(data / "re" / "duie" / "duie_train.json")
        else:
            gold = finre_gold(data / "re" / "finre" / f"{args.split}.txt")
        tally: dict[str, Counter] = {k: Counter() for k in KINDS[name]}
        for i in range(0, len(gold), BATCH):
            chunk = gold[i:i + BATCH]
            results = pipeline.process_documents(
                [Document(f"{name}-{i + k}", text, kind="text") for k, (text, _, _) in enumerate(chunk)])
            for (text, pairs, names), result in zip(chunk, results):
                for rel in result.relations:
                    kind = rel.kind.value
                    if kind not in tally:
                        continue
                    pair = (norm(rel.source.partition(":")[2]), norm(rel.target.partition(":")[2]))
                    said = pairs.get(pair, set())
                    if kind in said:
                        verdict = "right"
                    elif said or (name == "duie" and pair[0] in names and pair[1] in names):
                        verdict = "wrong"
                    else:
                        verdict = "unscored"
                    tally[kind][verdict] += 1
                    if args.errors and verdict != "right":
                        print(f"{verdict}\t{kind}\t{pair[0]} -> {pair[1]}\t{rel.relation_zh}\t{text[:90]}")
            print(f"  {name}: {min(i + BATCH, len(gold))}/{len(gold)}", end="\r", file=sys.stderr)
        print(file=sys.stderr)
        for kind, t in tally.items():
            scored = t["right"] + t["wrong"]
            p = t["right"] / scored if scored else float("nan")
            print(f"{name} {args.split} {kind}: {t['right']}/{scored} right ({p:.2f}), {t['unscored']} unscored")


if __name__ == "__main__":
    main()
