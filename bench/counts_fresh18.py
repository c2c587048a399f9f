"""Counts and their owners on text no count rule was read from: MSRA and CLUENER train passages (session 18).

Every count rule so far was written from THUCNews rows, and that pool is nearly used up. This check draws
passages from two other news sources, both Simplified, read whole and annotated by hand:

* **MSRA train** (People's Daily, 1990s): a passage is a run of ``MSRA_RUN`` consecutive sentences of
  ``ner/msra/train.bio``. Consecutive sentences come from one article, often in reverse order (a headline
  last), so an owner is judged only from what the passage itself says (a sentence's ``他们`` with no holder
  in the passage has no owner).
* **CLUENER train** (Sina news): one record (at most 50 characters, often cut mid-sentence) is a passage.

A passage is eligible when one precompiled pattern (a numeral then a classifier, ``CUE``) finds something in
it; ``--draw`` picks them seeded and splits them into ``tune`` and ``held`` by passage *before* anyone reads
them, then prints their text only (no system output), for annotation. The judgements live in
``bench/counts_fresh18.jsonl``, one passage a line: ``source`` (``msra``/``cluener``), ``sentences``
(``[first, last)`` indices), ``half``, and every count of the passage (``start``/``end``, ``check``: its
first characters, ``value``, ``thing``: acceptable heads, ``owner``: acceptable names or ``null``,
``approximate``) under ``tests/gold/counts_dev.md``'s conventions -- no corpus text.

``python3 bench/counts_fresh18.py`` scores every half as written (Simplified) and through OpenCC ``s2tw``
(Traditional), the same way ``bench/counts_eval.py`` scores the dev set: precision, recall, owners right
among matched counts with an owner, owners given where none was judged, and counts right in full (value,
thing and owner, an owner where none was judged being wrong, as ``bench/counts_audit.py`` scores). ``--errors`` lists the tune
half's errors only; the held half is scored only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import add_data_option, shared_data  # noqa: E402
from zhkg.evaluate import convert_gold  # noqa: E402
from zhkg.evaluate_counts import CountScore, GoldCount, GoldDocument, score_counts  # noqa: E402
from zhkg.ner.bio import read_bio  # noqa: E402

JUDGED = ROOT / "bench" / "counts_fresh18.jsonl"
FILES = {"msra": "ner/msra/train.bio", "cluener": "ner/cluener/train.bio"}
MSRA_RUN = 4
HALVES = ("tune", "held")
#: a numeral (Chinese or Arabic) then a common classifier: the cue that a passage may hold a count
#: (not an ordinal after 第, and not a lone 一, mostly an article)
CUE = re.compile(r"(?<!第)(?:[0-9０-９]+|[二两三四五六七八九十百千万几数][一二两三四五六七八九十百千万]*|一[十百千万][一二两三四五六七八九十百千万]*)"
                 r"(?:多|余)?[个名家位所项条只件座种支台辆架艘部本套起宗例批场届人国户间幢栋门颗棵头匹]")


def read_sources(data: Path) -> dict[str, list[str]]:
    """The sentences of each source, in file order."""
    return {name: [s.text for s in read_bio(data / path)] for name, path in FILES.items()}


def passage_text(sources: dict[str, list[str]], source: str, sentences: list[int]) -> str:
    first, last = sentences
    return "".join(sources[source][first:last])


def draw(sources: dict[str, list[str]], msra: int, cluener: int, seed: int) -> list[dict]:
    """``msra`` + ``cluener`` eligible passages picked with ``seed``, each put in ``tune`` or ``held`` by a
    seeded coin of its own; sorted by source and position."""
    rng = random.Random(seed)
    picked: list[dict] = []
    for source, n, run in (("msra", msra, MSRA_RUN), ("cluener", cluener, 1)):
        sentences = sources[source]
        starts = list(range(0, len(sentences) - run + 1, run))  # non-overlapping runs
        rng.shuffle(starts)
        chosen = []
        for start in starts:
            if len(chosen) == n:
                break
            if CUE.search("".join(sentences[start:start + run])):
                chosen.append(start)
        # the half hangs on the passage alone (seed, source, position), so a larger draw keeps every half
        picked += [{"source": source, "sentences": [s, s + run],
                    "half": HALVES[random.Random(f"{seed}-{source}-{s}").random() < 0.5], "counts": []}
                   for s in chosen]
    return sorted(picked, key=lambda p: (p["source"], p["sentences"][0]))


def load_judged(path: Path, sources: dict[str, list[str]], traditional: bool) -> list[GoldDocument]:
    """The judged passages as dev-set documents, read as written or through ``s2tw``; checks every ``check``."""
    return load_documents(path, lambda r: passage_text(sources, r["source"], r["sentences"]),
                          lambda r: f"{r['source']}-{r['sentences'][0]}", traditional)


def load_documents(path: Path, text_of: Callable[[dict], str], name_of: Callable[[dict], str],
                   traditional: bool, written: str = "simplified") -> list[GoldDocument]:
    """The judged records of ``path`` as dev-set documents, each record's text ``text_of(record)`` (in the script
    ``written``) read as written or through ``s2tw`` (``t2s`` for text written in Traditional), named
    ``name_of(record)``; exits with one line when a ``check`` is not where it says."""
    docs = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            text = text_of(record)
            counts = []
            for c in record["counts"]:
                if not text.startswith(c["check"], c["start"]):
                    sys.exit(f"Error: {path}:{number}: expected {c['check']!r} at {c['start']}, "
                             f"found {text[c['start']:c['start'] + len(c['check'])]!r}")
                counts.append(GoldCount(c["start"], c["end"], float(c["value"]), tuple(c["thing"]),
                                        tuple(c["owner"]) if c.get("owner") else None,
                                        bool(c.get("approximate", False))))
            if traditional != (written == "traditional"):
                text = convert_gold(text, "s2tw" if traditional else "t2s", f"{path}:{number}")
            docs.append(GoldDocument(name_of(record), "traditional" if traditional else "simplified", record["half"],
                                     text, tuple(counts)))
    return docs


def main(data: Path, judged: Path, errors: bool, halves: tuple[str, str] = HALVES,
         load: Callable[[bool], list[GoldDocument]] | None = None) -> None:
    """Score ``judged`` in both scripts, half by half; ``errors`` lists the first (studied) half's errors.
    ``load(traditional)`` reads the documents when they are no MSRA or CLUENER passages (whole articles)."""
    from zhkg.config import Config
    from zhkg.run.pipeline import Pipeline

    if load is None:
        sources = read_sources(data)

        def load(traditional: bool) -> list[GoldDocument]:
            return load_judged(judged, sources, traditional)
    pipeline = Pipeline(Config())
    print("| script | half | passages | gold counts | read | P | R | owners right | owners where none | right in full |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for traditional in (False, True):
        docs = load(traditional)
        scores = score_counts(docs, pipeline)
        for half in halves:
            total = CountScore()
            for (_, h), s in sorted(scores.items()):
                if h == half:
                    total.add(s)
            n = sum(d.half == half for d in docs)
            # value, thing and owner right (an owner where none was judged is wrong), as the audits score
            full = total.correct - (total.owned - total.owner_right) - total.owner_extra
            print(f"| {'Traditional' if traditional else 'Simplified'} | {half} | {n} | {total.gold} | "
                  f"{total.predicted} | {total.precision:.2f} | {total.recall:.2f} | "
                  f"{total.owner_right}/{total.owned} | {total.owner_extra} | {full}/{total.gold} |")
            if errors and half == halves[0]:
                for kind in ("misses", "spurious", "wrong_owners"):
                    for line in getattr(total, kind):
                        print(f"  {kind}: {line}")
                extra = _extra_owners(docs, pipeline, half)
                for line in extra:
                    print(f"  owner where none: {line}")


def _extra_owners(docs: list[GoldDocument], pipeline, half: str = "tune") -> list[str]:
    """Counts of ``half`` given an owner where the judgement names none (CountScore only tallies them)."""
    from zhkg.evaluate_counts import _owner_names
    from zhkg.records import Document, Label, RelationKind
    from zhkg.stages.entity_groups import entity_id

    docs = [d for d in docs if d.half == half]
    out = []
    for d, result in zip(docs, pipeline.process_documents([Document(d.id, d.text, kind="text") for d in docs])):
        owners: dict[str, set[str]] = {}
        for r in result.relations:
            if r.kind is RelationKind.HAS_COUNT:
                owners.setdefault(r.target, set()).update(_owner_names(r.source, result.mentions))
        for g in d.counts:
            if g.owners is not None:
                continue
            for m in result.mentions:
                if (m.label is Label.COUNT and m.start < g.end and g.start < m.end
                        and owners.get(entity_id(m))):
                    out.append(f"{d.id} {d.text[g.start:g.end]}: read {'/'.join(sorted(owners[entity_id(m)]))}")
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_option(parser)
    parser.add_argument("--judged", type=Path, default=JUDGED, help="the judged passages (default: %(default)s)")
    parser.add_argument("--draw", nargs=2, type=int, metavar=("MSRA", "CLUENER"),
                        help="print this many fresh passages of each source, split into halves, text only")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--errors", action="store_true", help="list the tune half's errors (never the held half's)")
    args = parser.parse_args()
    data = shared_data(args.data)
    if args.draw:
        srcs = read_sources(data)
        for p in draw(srcs, *args.draw, seed=args.seed):
            print(json.dumps(p, ensure_ascii=False))
            print("   ", passage_text(srcs, p["source"], p["sentences"]))
    else:
        if not args.judged.exists():
            sys.exit(f"Error: {args.judged} not found (judge a --draw first)")
        main(data, args.judged, args.errors)
