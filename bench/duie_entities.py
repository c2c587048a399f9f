"""Recall of ORGANIZATION and PLACE mentions on DuIE train's typed subjects and objects (Baidu Baike and web).

``/work/shared/data/re/duie/duie_train.json`` (not reserved; see its README) holds 3,969 records, one JSON object a
line, each with SPO triples whose subject and object carry a schema type (``duie_schema.json``). The gold of a record
is the set of its subject and object strings whose type maps to one of zhkg's labels:

=================  =========================================================================================
zhkg label         DuIE types (the predicates that carry them)
=================  =========================================================================================
ORGANIZATION       企业 (subject of 董事长, 创始人, 总部地点, 注册资本; object of 出品公司), 机构 (subject of
                   成立日期, 简称, 占地面积), 学校 (subject of 校长; object of 毕业院校)
PLACE              国家 (object of 国籍; subject of 首都, 官方语言), 城市 (object of 首都, 所在城市), 地点 (object of
                   总部地点, 祖籍; subject of 海拔; the ``inArea`` slot of 上映时间 and 票房), 行政区 (subject of
                   面积, 人口数量, 气候, 邮政编码)
left out           企业/品牌 (代言人's subject: mostly brands and products, 悦诗风吟, 海岛奇兵), 景点 (所在城市's
                   subject: parks, temples, streets — zhkg has no landmark label in the gold sets), Text (简称's
                   short form: a name or an abbreviation, typed nowhere)
=================  =========================================================================================

A gold string that does not occur in its record's text (DuIE sometimes names a thing not as written) is not
scored and is counted as ``absent``. The records are halved as ``bench/roles_duie.py`` halves them: the record's
line in the file (0-based) even is ``tune``, odd is ``held``; the held half is scored only (``--errors`` refuses
it).

Each record's text is run through the whole default pipeline (:class:`~zhkg.config.Config`) twice, as written
(Simplified) and converted ``s2tw``, one text a run. A gold string is

* ``typed``: found when some final mention (``Extraction.mentions``) of its label covers exactly that string (the
  mention's text equals the string as the text writes it, or its Simplified reading equals the gold);
* ``any``: the same with any label (PERSON, ORGANIZATION, PLACE …): is a miss a wrong type or no span at all?

``--errors tune`` prints the tune half's typed misses with a cause: ``none`` (no mention overlaps the string),
``cut`` (a mention lies inside the string: a part is recognised), ``split`` (mentions side by side cover it
exactly: 浙江|绍兴, read level by level), ``swallowed:after`` (a mention starts with the string and runs on:
北京大学|法律系), ``swallowed:before`` (a mention ends at or covers it with more before: 美国|太空探索技术公司),
``crossed`` (a mention overlaps one end), ``type`` (the exact span, another label); ``--causes`` prints the
tune half's table of causes only.

Run: ``python3 bench/duie_entities.py [--data DIR] [--half tune|held] [--errors tune] [--causes] [--pipeline DIR] [--limit N]``
(``--pipeline /work/main/pipeline`` measures another checkout's source root, e.g. the code before a change).

Measured in session 17, before any rule was written from it (1,267 records with gold: 3,969 in the file; no gold
string absent; s2tw gives the same counts as Simplified, so one column serves both):

=====  =============  =========================  =========================
half   label          typed recall               any-label recall
=====  =============  =========================  =========================
tune   ORGANIZATION   0.673 (331/492)            0.681 (335)
tune   PLACE          0.788 (178/226)            0.788 (178)
held   ORGANIZATION   0.706 (360/510)            0.714 (364)
held   PLACE          0.809 (178/220)            0.823 (181)
=====  =============  =========================  =========================

The tune half's misses by cause (``--causes``; the same in both scripts): ORGANIZATION 161 = none 40, cut 29,
split 4, swallowed:after 56, swallowed:before 26, crossed 2, type 4; PLACE 48 = none 11, cut 7, split 18,
swallowed:after 11, crossed 1. Most are a **convention** difference, not an error of zhkg's: a university's unit is
part of its name in zhkg's gold (北京大学法律系; ``docs/entities.md``) where DuIE names the university alone (about 45
of swallowed:after), a place before a company is kept (美国太空探索技术公司, 福建招宝生态农庄), a place is read
level by level (浙江|绍兴, 湖南省|岳阳市) where DuIE takes the whole address, and DuIE's 南京 or 青海 inside the text's
南京市 or 青海省. The errors of zhkg's own are the ``none`` and ``cut`` rows: mostly trade names of production
companies (新丽传媒, 芒果影业, 嘉会文化 before 出品), brands read as a person or a place (卡帝乐鳄鱼, 华策影视,
长城汽车), schools and small bodies (白塔寺武校, 潭口中学, 大虎山机务段), villages (高皇村, 大罗村).

After session 17's :mod:`zhkg.extract.body_frames` (makers and hosts before 出品/主办 …, bodies founded in a year),
written from the tune half's misses: ORGANIZATION tune 0.673 → 0.711 (350/492; any label 0.720), held 0.706 →
0.714 (364/510; any label 0.722); PLACE unchanged (tune 0.788, held 0.809); both scripts alike. The tune half's
ORGANIZATION misses by cause after: none 25, cut 25, split 3, swallowed:after 56, swallowed:before 27, crossed 2,
type 4. Of a seeded sample of 20 of the 30 mentions the new reader makes on the tune half, 19 are right (the
wrong one takes a name the page writes twice as one: 长城长城汽车).

Session 30 (duie38; ``--half`` added to score one half only): a clause-opening body defined by a bracket (its
Latin name or acronym, or 简称: :func:`zhkg.extract.body_frames.defined_spans`) is one organisation. ORGANIZATION
tune 0.805 → 0.809 (396 → 398 of 492), held 0.784 → 0.786 (400 → 401 of 510, scored once before and after); PLACE
unchanged (tune 0.805, held 0.818). The tune half's misses left are mostly the conventions above (a place read level
by level: split 18; 南京 of 南京市; a university's unit) and coined names with no frame (开心麻花, 唐人影视).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# measure this checkout, not an installed copy (``--pipeline DIR``: another checkout's source root)
_at = sys.argv.index("--pipeline") if "--pipeline" in sys.argv else -1
sys.path.insert(0, sys.argv[_at + 1] if 0 <= _at < len(sys.argv) - 1 else str(ROOT / "pipeline"))
sys.path.insert(1, str(ROOT))

from bench.roles_duie import duie_rows  # noqa: E402  (the same halves as roles_duie)
from zhkg.config import Config  # noqa: E402
from zhkg.errors import OffsetInvariantError  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.normalise import convert, to_simplified  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
DUIE = Path("re") / "duie" / "duie_train.json"
#: DuIE schema type -> zhkg label (see the module docstring for what is left out and why).
TYPE_LABELS = {"企业": "ORGANIZATION", "机构": "ORGANIZATION", "学校": "ORGANIZATION",
               "国家": "PLACE", "城市": "PLACE", "地点": "PLACE", "行政区": "PLACE"}
LABELS = ("ORGANIZATION", "PLACE")
SCRIPTS = {"Simplified": "", "Taiwan (s2tw)": "s2tw"}
CAUSES = ("none", "cut", "split", "swallowed:after", "swallowed:before", "crossed", "type")


@dataclass(frozen=True)
class Record:
    """One DuIE record: its line in the file, its half, its text and its gold (string, label) pairs."""

    line: int
    half: str
    text: str
    gold: tuple[tuple[str, str], ...]


def gold_of(row: dict) -> tuple[tuple[str, str], ...]:
    """The (string, label) pairs of one DuIE record whose schema type maps to a zhkg label, sorted.

    >>> gold_of({"spo_list": [{"subject": "兰州大学", "subject_type": "学校", "predicate": "校长",
    ...   "object": {"@value": "王乘"}, "object_type": {"@value": "人物"}}]})
    (('兰州大学', 'ORGANIZATION'),)
    """
    pairs = set()
    for spo in row["spo_list"]:
        if spo["subject_type"] in TYPE_LABELS and spo["subject"].strip():
            pairs.add((spo["subject"].strip(), TYPE_LABELS[spo["subject_type"]]))
        for slot, kind in spo["object_type"].items():
            value = spo["object"].get(slot, "")
            if kind in TYPE_LABELS and isinstance(value, str) and value.strip():
                pairs.add((value.strip(), TYPE_LABELS[kind]))
    return tuple(sorted(pairs))


def read_records(path: Path) -> list[Record]:
    """Every record of ``path`` with an ORGANIZATION or PLACE gold string, halved by its line (even: tune)."""
    records = []
    for line, half, row in duie_rows(path):
        gold = gold_of(row)
        if gold:
            records.append(Record(line, half, row["text"], gold))
    return records


def read_mentions(pipeline: Pipeline, text: str) -> list[tuple[int, int, str, str, str]]:
    """The final mentions of ``text``: (start, end, text, Simplified reading, label), sorted."""
    ex = pipeline.run_texts([("duie", text)]).extraction
    return sorted({(m.start, m.end, m.text, to_simplified(m.text), str(m.label.value)) for m in ex.mentions})


def cause_of(spans: list[tuple[int, int]], mentions: list, label: str) -> str:
    """Why no mention of ``label`` covers any of ``spans`` (the gold's occurrences): see the module docstring."""
    found = set()
    for s, e in spans:
        inside = sorted((ms, me) for ms, me, _, _, _ in mentions if s <= ms and me <= e and (ms, me) != (s, e))
        if len(inside) > 1 and inside[0][0] == s and inside[-1][1] == e and all(
                a[1] == b[0] for a, b in zip(inside, inside[1:])):
            found.add("split")
        for ms, me, _, _, ml in mentions:
            if (ms, me) == (s, e):
                found.add("type" if ml != label else "")
            elif s <= ms and me <= e:
                found.add("cut")
            elif ms <= s and e <= me:
                found.add("swallowed:after" if ms == s else "swallowed:before")
            elif ms < e and s < me:
                found.add("crossed")
    for cause in ("type", "swallowed:after", "swallowed:before", "split", "cut", "crossed"):
        if cause in found:
            return cause
    return "none"


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) of ``needle`` in ``text``, overlapping ones too."""
    spans, at = [], text.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return spans


def score(records: list[Record], pipeline: Pipeline, errors: bool, causes: Counter) -> dict:
    """[typed found, any found, gold, absent] per (half, script, label)."""
    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for rec in records:
        for script, config in SCRIPTS.items():
            try:
                text = convert(rec.text, config) if config else rec.text
            except OffsetInvariantError:
                text = rec.text
            mentions = read_mentions(pipeline, text)
            for gold, label in rec.gold:
                row = tally[(rec.half, script, label)]
                try:
                    written = convert(gold, config) if config else gold
                except OffsetInvariantError:
                    written = gold
                spans = occurrences(text, written) or occurrences(to_simplified(text), gold)
                if not spans:
                    row[3] += 1
                    continue
                row[2] += 1
                exact = [m for m in mentions if (m[0], m[1]) in spans or m[2] == written or m[3] == gold]
                typed = any(m[4] == label for m in exact)
                row[0] += typed
                row[1] += bool(exact)
                if rec.half == "tune" and not typed:
                    cause = cause_of(spans, mentions, label)
                    causes[(script, label, cause)] += 1
                    if errors:
                        near = [f"{m[2]}/{m[4][:3]}" for m in mentions
                                if any(m[0] < e and s < m[1] for s, e in spans)]
                        print(f"## line {rec.line} {script} {label} {cause}: {written}  [{' '.join(near)}]  "
                              f"{text}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED, help="the shared data folder (default: %(default)s)")
    parser.add_argument("--half", choices=("tune", "held"), default=None, help="score one half only")
    parser.add_argument("--errors", choices=("tune",), default=None, help="print the tune half's misses first")
    parser.add_argument("--causes", action="store_true", help="print the tune half's misses by cause")
    parser.add_argument("--limit", type=int, default=0, metavar="N", help="read only the first N records (a trial)")
    parser.add_argument("--pipeline", default=None, metavar="DIR", help="measure this source root instead")
    args = parser.parse_args()
    path = args.data / DUIE
    if not path.is_file():
        sys.exit(f"Error: {path} not found; pass --data DIR (the folder holding re/duie/)")
    records = read_records(path)
    if args.half:
        records = [r for r in records if r.half == args.half]
    if args.limit:
        records = records[: args.limit]
    causes: Counter = Counter()
    tally = score(records, Pipeline(Config()), args.errors == "tune", causes)
    print(f"{len(records)} records with ORGANIZATION or PLACE gold")
    print("| half | script | label | typed recall | any-label recall | absent |")
    print("| --- | --- | --- | --- | --- | --- |")
    for (half, script, label), (typed, found, gold, absent) in sorted(tally.items()):
        print(f"| {half} | {script} | {label} | {typed / max(gold, 1):.3f} ({typed}/{gold}) | "
              f"{found / max(gold, 1):.3f} ({found}) | {absent} |")
    if args.causes:
        print("\n| script | label | " + " | ".join(CAUSES) + " |")
        print("| --- | --- | " + " | ".join("---" for _ in CAUSES) + " |")
        for script in SCRIPTS:
            for label in LABELS:
                print(f"| {script} | {label} | " + " | ".join(str(causes[(script, label, c)]) for c in CAUSES)
                      + " |")


if __name__ == "__main__":
    main()
