"""Recall of the company names of FinRE's financial-news sentences, a check nobody tuned rules on before session 17.

Run: ``python bench/finre_orgs.py [--data DIR] [--scripts simplified,s2hk,s2tw] [--misses] [--draw N]``.

FinRE (``shared/data/re/finre``, see its README) gives one relation instance a line,
``head<TAB>tail<TAB>relation<TAB>sentence``; a sentence comes back once for each pair of its names and each
direction. The gold of a **distinct sentence** is the set of its head and tail names (mostly companies, often by
a short name: 工行, 上航, 长实; now and then a bank, a broker, a regulator, a person or a product). Every ``<N>``
(FinRE's mask for a number) is read as the digit ``5`` in the sentence and in the names, so the text looks like news.

Each sentence is run through the whole extraction (rules and model, as a corpus run batches them) and each of its
gold names is scored twice:

* **ORG**: some ORGANIZATION mention has exactly the span of one of the name's occurrences in the sentence;
* **any**: some PERSON, ORGANIZATION or PLACE mention has exactly that span (the name is in the graph, maybe typed
  otherwise: a product or a person among the names is no organisation).

Nested mentions count (工行 inside 工行H股 is a mention of 工行); a name that does not occur in its sentence (none
so far) is left out.

* **ORG+part**: ORG, or the name is the parent the graph gives a unit named with it (万科 of 万科董事会, 国金证券 of
  国金证券上海中山南路证券营业部: ``relate/parts.py`` makes the parent an organisation node with a ``PART_OF`` edge from
  the unit, on the name's letters). FinRE asks whether the company is named, and the graph has it; but the parent is
  a relation reader's node, no extractor's mention, so it is its own column and ORG R keeps its meaning (session 30,
  finre39). Only sentences with a name ORG misses inside a longer organisation are run through the relation
  readers (the rest cannot change). FinRE often writes a company under special treatment without its mark (gold 金顶 where the
sentence says ST金顶, *ST厦华, S*ST北亚): a mention that is the name with ``ST``, ``*ST``, ``S*ST``, ``SST`` or
``S`` right before it counts as the name (:data:`ST_MARKS`). Each sentence is scored as written (Simplified) and after OpenCC ``s2hk`` and ``s2tw`` (one
character for one, so the offsets hold; a sentence whose length a conversion would change is skipped and counted).

Halves: ``train.txt`` is split by the CRC-32 of the sentence (UTF-8): even is **tune** (``--misses`` lists its
misses, Simplified only; rules may be read from them), odd is **held** (scored, never read); ``valid.txt`` is
**valid** (scored, never read).

Precision: ``--draw N`` prints N organisation mentions of tune sentences that are no head or tail name (not yet in
``--judged``), seeded, as JSON stubs to judge by hand (``"right": true|false``) and append to the judged file;
every run scores the judged mentions the extraction still gives (and says how many it no longer gives).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import add_data_option, load_judged, shared_data  # noqa: E402

JUDGED = ROOT / "bench" / "finre_orgs_judged.jsonl"
SCRIPTS = ("simplified", "s2hk", "s2tw")
HALVES = ("tune", "held", "valid")
_NAMED = {"PERSON", "ORGANIZATION", "PLACE"}
NUMBER_MASK = "<N>"
#: the marks of special treatment FinRE's names leave out (ST金顶 is gold 金顶), longest first
ST_MARKS = ("S*ST", "*ST", "SST", "ST", "S")


@dataclass(frozen=True)
class Sentence:
    """One distinct FinRE sentence (numbers unmasked), its half and its head/tail names."""

    text: str
    half: str
    names: tuple[str, ...]


def unmask(text: str) -> str:
    """FinRE's number mask read as a digit.

    >>> unmask("增持<N>.<N>%")
    '增持5.5%'
    """
    return text.replace(NUMBER_MASK, "5")


def train_half(sentence: str) -> str:
    """``tune`` or ``held``: the parity of the sentence's CRC-32, fixed whatever the file's order.

    >>> train_half("东方航空AH股临时停牌传将与上航合并")
    'held'
    """
    return "tune" if zlib.crc32(sentence.encode("utf-8")) % 2 == 0 else "held"


def read_finre(path: Path, valid: bool = False) -> list[Sentence]:
    """The distinct sentences of a FinRE file in order of first appearance, each with all its names."""
    names: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 4:
                continue
            head, tail, _, sentence = parts
            names.setdefault(sentence, set()).update((head, tail))
    return [Sentence(unmask(s), "valid" if valid else train_half(s), tuple(sorted({unmask(n) for n in ns})))
            for s, ns in names.items()]


def occurrences(text: str, name: str, marks: bool = False) -> list[tuple[int, int]]:
    """Every (start, end) of ``name`` in ``text``, overlapping ones included; with ``marks``, also each with a
    special-treatment mark before it (:data:`ST_MARKS`).

    >>> occurrences("工行H股与工行", "工行")
    [(0, 2), (5, 7)]
    >>> occurrences("*ST金顶公告", "金顶", marks=True)
    [(3, 5), (0, 5), (1, 5)]
    """
    out, i = [], text.find(name)
    while i >= 0 and name:
        out.append((i, i + len(name)))
        if marks:
            out.extend((i - len(m), i + len(name)) for m in ST_MARKS if text.startswith(m, i - len(m)) and i >= len(m))
        i = text.find(name, i + 1)
    return out


def run_extraction(texts: Sequence[str]) -> list[list]:
    """The whole extraction's mentions of each text, batched as a corpus run batches documents."""
    from zhkg.records import Document
    from zhkg.run.pipeline import batched

    pipe = _pipeline()
    found: list[list] = []
    for batch in batched(Document(f"finre{i}", t, kind="text") for i, t in enumerate(texts)):
        found.extend(pipe.extract_mentions_many(batch))
    return found


_PIPE = None


def _pipeline():
    global _PIPE
    if _PIPE is None:
        from zhkg.run.pipeline import Pipeline

        _PIPE = Pipeline()
    return _PIPE


def part_parents(texts: Sequence[str]) -> list[set[tuple[int, int]]]:
    """The spans of the parents the ``PART_OF`` reader names in each text (万科 of 万科董事会): the mentions of each
    edge's target inside its evidence, after the whole processing (extraction and relations)."""
    from zhkg.records import Document
    from zhkg.relate.parts import PART_OF
    from zhkg.run.pipeline import batched
    from zhkg.stages.entity_groups import entity_id

    pipe = _pipeline()
    out: list[set[tuple[int, int]]] = []
    for batch in batched(Document(f"finre{i}", t, kind="text") for i, t in enumerate(texts)):
        for result in pipe.process_documents(batch):
            spans = set()
            for rel in result.relations:
                if rel.kind == PART_OF:
                    spans.update((m.start, m.end) for m in result.mentions if entity_id(m) == rel.target
                                 and rel.evidence.start <= m.start and m.end <= rel.evidence.end)
            out.append(spans)
    return out


def name_spans(mentions: Iterable) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """The spans of a sentence's organisation mentions and of all its name mentions (deictic places left out)."""
    from zhkg.records import MentionSource

    org, named = set(), set()
    for m in mentions:
        if m.label.value not in _NAMED or m.extractor == MentionSource.DEIXIS:
            continue
        named.add((m.start, m.end))
        if m.label.value == "ORGANIZATION":
            org.add((m.start, m.end))
    return org, named


@dataclass
class Tally:
    sentences: int = 0
    skipped: int = 0
    names: int = 0
    org: int = 0
    named: int = 0
    part: int = 0  # names ORG misses that are a unit's PART_OF parent

    def row(self) -> str:
        r_org = self.org / self.names if self.names else 0.0
        r_any = self.named / self.names if self.names else 0.0
        r_part = (self.org + self.part) / self.names if self.names else 0.0
        return (f"{self.sentences} | {self.skipped} | {self.names} | {self.org} | {r_org:.3f} | "
                f"{self.org + self.part} | {r_part:.3f} | {self.named} | {r_any:.3f}")


def convert_script(text: str, script: str) -> str | None:
    """``text`` in ``script`` (``simplified`` as written, or an OpenCC config); ``None`` if it would change length."""
    if script == "simplified":
        return text
    from zhkg.stages.normalise import OffsetInvariantError, convert

    try:
        return convert(text, script)
    except OffsetInvariantError:
        return None


def score(sentences: Sequence[Sentence], scripts: Sequence[str], misses: bool = False) -> dict[tuple[str, str], Tally]:
    """Tallies by (half, script); with ``misses``, prints the tune half's Simplified misses."""
    tallies: dict[tuple[str, str], Tally] = {}
    for script in scripts:
        converted = [convert_script(s.text, script) for s in sentences]
        kept = [i for i, t in enumerate(converted) if t is not None]
        found = run_extraction([converted[i] for i in kept])
        for s in sentences:
            tallies.setdefault((s.half, script), Tally()).sentences += 1
        for i, t in enumerate(converted):
            if t is None:
                tallies[(sentences[i].half, script)].skipped += 1
        unit_misses: dict[int, list[list[tuple[int, int]]]] = {}  # sentence -> spans of its names ORG misses in a unit
        for i, mentions in zip(kept, found):
            s = sentences[i]
            tally = tallies[(s.half, script)]
            org, named = name_spans(mentions)
            for name in s.names:
                spans = occurrences(s.text, name, marks=True)
                if not spans:
                    continue
                tally.names += 1
                in_org = any(sp in org for sp in spans)
                tally.org += in_org
                tally.named += any(sp in named for sp in spans)
                if not in_org and any(a <= x and y <= b and (a, b) != (x, y) for x, y in spans for a, b in org):
                    unit_misses.setdefault(i, []).append(spans)
                if misses and not in_org and s.half == "tune" and script == "simplified":
                    print(f"MISS {name}\t{describe(spans, mentions)}\t{s.text}")
        order = sorted(unit_misses)
        for i, parents in zip(order, part_parents([converted[i] for i in order])):
            tallies[(sentences[i].half, script)].part += sum(any(sp in parents for sp in spans)
                                                             for spans in unit_misses[i])
    return tallies


def describe(spans: Sequence[tuple[int, int]], mentions: Iterable) -> str:
    """What the extraction gave over a missed name: ``-`` (nothing), or its overlapping mentions."""
    near = sorted({f"{m.simplified}/{m.label.value[:3]}" for m in mentions
                   if m.label.value in _NAMED and any(m.start < e and s < m.end for s, e in spans)})
    return ",".join(near) or "-"


def judged_key(record: dict) -> tuple[str, int, int]:
    return record["sentence"], record["start"], record["end"]


def precision(sentences: Sequence[Sentence], judged: list[dict], draw: int, seed: int) -> None:
    """Score the judged non-gold organisation mentions of the tune half; print ``draw`` new stubs."""
    tune = [s for s in sentences if s.half == "tune"]
    found = run_extraction([s.text for s in tune])
    extra: list[dict] = []
    for s, mentions in zip(tune, found):
        gold = {sp for n in s.names for sp in occurrences(s.text, n, marks=True)}
        for start, end in sorted(name_spans(mentions)[0] - gold):
            extra.append({"sentence": s.text, "start": start, "end": end, "name": s.text[start:end]})
    given = {judged_key(r) for r in extra}
    still = [r for r in judged if judged_key(r) in given]
    right = sum(bool(r["right"]) for r in still)
    print(f"\nprecision, tune half (Simplified): {len(extra)} organisation mentions are no head/tail name; "
          f"{len(judged)} judged, {len(still)} still given, {right} right"
          + (f" ({right / len(still):.3f})" if still else "")
          + f"; {len(judged) - len(still)} judged no longer given")
    if draw:
        known = {judged_key(r) for r in judged}
        pool = [r for r in extra if judged_key(r) not in known]
        for r in random.Random(seed).sample(pool, min(draw, len(pool))):
            print(json.dumps({**r, "right": None}, ensure_ascii=False))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_option(parser)
    parser.add_argument("--scripts", default=",".join(SCRIPTS), help="comma-separated (default: %(default)s)")
    parser.add_argument("--halves", default=",".join(HALVES), help="comma-separated (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences of each file (a quick look)")
    parser.add_argument("--misses", action="store_true", help="list the tune half's misses (Simplified)")
    parser.add_argument("--judged", type=Path, default=JUDGED, help="judged mentions, JSON lines (default: %(default)s)")
    parser.add_argument("--draw", type=int, default=0, help="print N unjudged non-gold organisation mentions to judge")
    parser.add_argument("--seed", type=int, default=17, help="the draw's seed (default: %(default)s)")
    parser.add_argument("--no-precision", action="store_true", help="skip the judged-precision pass")
    args = parser.parse_args()
    scripts = [s for s in args.scripts.split(",") if s]
    halves = [h for h in args.halves.split(",") if h]
    for s in scripts:
        if s not in SCRIPTS:
            sys.exit(f"Error: unknown script {s!r} (one of {', '.join(SCRIPTS)})")
    for h in halves:
        if h not in HALVES:
            sys.exit(f"Error: unknown half {h!r} (one of {', '.join(HALVES)})")
    folder = shared_data(args.data) / "re" / "finre"
    if not (folder / "train.txt").is_file():
        sys.exit(f"Error: {folder / 'train.txt'} not found; pass --data DIR")
    train = read_finre(folder / "train.txt")
    valid = read_finre(folder / "valid.txt", valid=True) if (folder / "valid.txt").is_file() else []
    if args.limit:
        train, valid = train[:args.limit], valid[:args.limit]
    sentences = [s for s in train + valid if s.half in halves]
    tallies = score(sentences, scripts, misses=args.misses)
    print(f"FinRE head/tail names, recall by exact span ({len(sentences)} distinct sentences)")
    print("\n| half | script | sentences | skipped | names | ORG | ORG R | ORG+part | ORG+part R | any | any R |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for half in halves:
        for script in scripts:
            if (half, script) in tallies:
                print(f"| {half} | {script} | {tallies[(half, script)].row()} |")
    if not args.no_precision and "tune" in halves:
        precision(sentences, load_judged(args.judged), args.draw, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
