"""Recall of PERSON mentions on DuIE train's people (Baidu Baike and web text): actors, singers, writers, foreigners.

``/work/shared/data/re/duie/duie_train.json`` (not reserved; never used to train the recogniser; see its README)
types many subjects and objects as 人物, 娱乐人物 or 历史人物 (``duie_schema.json``). The gold of a record is the set
of those strings, except the objects of 饰演, 配音 and 主角: a role played or voiced, or a novel's hero, is a
character (小猪佩奇, 孙悟空), not a person the text names as one. The records are read with
``bench/duie_entities.py``'s loader and halved as every DuIE check halves them: the record's line in the file
(0-based) even is ``tune``, odd is ``held``; the held half is scored only (``--errors`` and ``--causes`` read the
tune half alone).

Each record's text is run through the whole default pipeline twice, as written (Simplified) and converted
``s2tw``, one text a run. A gold string is found

* ``typed``: when a final mention labelled PERSON covers exactly that string (its text, or its Simplified
  reading, equals the gold; the middle dots ``·‧•・`` read as one, as DuIE's gold and its text may write a
  name's dot differently);
* ``any``: the same with any label; ``wrong`` counts the strings found with another label (PLACE, ORGANIZATION …)
  and never as PERSON: a person typed as a place or a body.

Recall is broken down by the shape of the name: ``sep`` (a separator ``·‧•・-`` inside: 迈克尔·杰克逊),
``4+`` (four or more characters, no separator, all Han: likely a transliteration, a Japanese name or a pen name),
``2-3`` (two or three Han characters: most Chinese names) and ``other`` (Latin letters, digits, one character).

``--errors tune`` prints the tune half's typed misses with a cause (as ``bench/duie_entities.py`` names them:
none, cut, split, swallowed:after, swallowed:before, crossed, type); ``--causes`` prints the tune half's causes by
shape.

Run: ``python3 bench/duie_people.py [--data DIR] [--half tune|held] [--errors tune] [--causes] [--pipeline DIR]
[--limit N]`` (``--pipeline /work/main/pipeline`` measures another checkout's source root).

Measured in session 19 (3,254 records with person gold; typed recall, Simplified; s2tw gives the same recall
within two strings) before any rule was written from it, and after that session's rules (written from the tune
half's misses only; the held half scored only):

=====  ======  =========================  =========================
half   shape   before                     after
=====  ======  =========================  =========================
tune   all     0.763 (2081/2728)          0.779 (2124)
tune   sep     0.898 (106/118)            0.941 (111)
tune   4+      0.243 (61/251)             0.331 (83)
tune   2-3     0.818 (1910/2335)          0.825 (1926)
tune   other   0.167 (4/24)               0.167 (4)
held   all     0.758 (2036/2687)          0.768 (2063)
held   sep     0.888 (87/98)              0.908 (89)
held   4+      0.288 (81/281)             0.335 (94)
held   2-3     0.818 (1864/2279)          0.823 (1876)
held   other   0.138 (4/29)               0.138 (4)
=====  ======  =========================  =========================

Found with a wrong label (a person typed PLACE or ORGANIZATION): 23 on tune and 18 on held, before and after. The
tune half's typed misses before, by cause (``--causes``): sep none 1, cut 9, swallowed 1, crossed 1; 4+ none 106,
cut 65, split 2, swallowed 7, crossed 2, type 8; 2-3 none 327, cut 36, swallowed 40, crossed 7, type 15. What the
4+ misses left are mostly pen names of web novelists (冰火未央, 南派三叔 outside a credit), titles DuIE keeps in the
name (卡罗琳公主, 持统天皇, 北魏道武帝拓跋珪), noble names of the form X的Y (安条克的玛丽), and Japanese names whose
family name is in no list; the 2-3 misses are Chinese names the recogniser misses (汪涵, 黄渤) or types as a body
(吴军, 英达, 华晨宇).

Session 30 (duie38), rules written from the tune half's misses, the held half scored once before and after: typed
recall tune 0.794 → 0.825 (2166 → 2251 of 2728; 4+ 0.335 → 0.494), held 0.775 → 0.799 (2083 → 2148 of 2687; 4+
0.345 → 0.466); s2tw alike. The gains: web novelists' pen names in an encyclopedia's frame (《X》是Y创作的网络小说,
作者是Y: :func:`zhkg.extract.credit_names.work_authors`), songs' short credit labels (词：, 曲：) and a web novel's page
fields, 由X作词/执导, and Japanese names set apart by spaces, colons or a list's 、. Left: royal and imperial titles
DuIE keeps in the name (淮阳公主, 持统天皇; zhkg's gold, like MSRA's and Universal NER's, marks the name alone),
Japanese names glued to the next word, pen names with no frame, characters of fiction, classical names glued to
之/子/孙 (陈于廷子).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# measure this checkout, not an installed copy (``--pipeline DIR``: another checkout's source root)
_at = sys.argv.index("--pipeline") if "--pipeline" in sys.argv else -1
sys.path.insert(0, sys.argv[_at + 1] if 0 <= _at < len(sys.argv) - 1 else str(ROOT / "pipeline"))
sys.path.insert(1, str(ROOT))

from bench.duie_entities import DUIE, SCRIPTS, SHARED, Record, cause_of, occurrences, read_mentions  # noqa: E402
from bench.roles_duie import duie_rows  # noqa: E402  (the same halves as every DuIE check)
from zhkg.config import Config  # noqa: E402
from zhkg.errors import OffsetInvariantError  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.normalise import convert  # noqa: E402

#: DuIE's types of people.
PERSON_TYPES = frozenset({"人物", "娱乐人物", "历史人物"})
#: Predicates whose object is a character, not a person (the role an actor plays, a voice, a novel's hero).
CHARACTER_OBJECTS = frozenset({"饰演", "配音", "主角"})
SHAPES = ("sep", "4+", "2-3", "other")
CAUSES = ("none", "cut", "split", "swallowed:after", "swallowed:before", "crossed", "type")
_SEPARATORS = "·‧•・-"
_DOTS = str.maketrans({"‧": "·", "•": "·", "・": "·", "．": "·"})
_HAN = re.compile(r"[\u3400-\u9fff]+")


def gold_of(row: dict) -> tuple[str, ...]:
    """The person strings of one DuIE record, sorted.

    >>> gold_of({"spo_list": [{"subject": "喜剧之王", "subject_type": "影视作品", "predicate": "主演",
    ...   "object": {"@value": "周星驰"}, "object_type": {"@value": "人物"}}]})
    ('周星驰',)
    """
    names = set()
    for spo in row["spo_list"]:
        if spo["subject_type"] in PERSON_TYPES and spo["subject"].strip():
            names.add(spo["subject"].strip())
        if spo["predicate"] in CHARACTER_OBJECTS:
            continue
        for slot, kind in spo["object_type"].items():
            value = spo["object"].get(slot, "")
            if kind in PERSON_TYPES and isinstance(value, str) and value.strip():
                names.add(value.strip())
    return tuple(sorted(names))


def shape_of(name: str) -> str:
    """The shape class of a gold name (see the module docstring).

    >>> [shape_of(n) for n in ("迈克尔·杰克逊", "阿诺德施瓦辛格", "周星驰", "G.E.M.")]
    ['sep', '4+', '2-3', 'other']
    """
    if any(ch in _SEPARATORS for ch in name) and _HAN.search(name):
        return "sep"
    if _HAN.fullmatch(name):
        return "4+" if len(name) >= 4 else "2-3" if len(name) >= 2 else "other"
    return "other"


def read_records(path: Path) -> list[Record]:
    """Every record of ``path`` with a person gold string, halved by its line (even: tune)."""
    return [Record(line, half, row["text"], tuple((name, "PERSON") for name in gold_of(row)))
            for line, half, row in duie_rows(path) if gold_of(row)]


def _converted(text: str, config: str) -> str:
    try:
        return convert(text, config) if config else text
    except OffsetInvariantError:
        return text


def score(records: list[Record], pipeline: Pipeline, errors: bool, causes: Counter) -> dict:
    """[typed, any, wrong, gold, absent] per (half, script, shape), the shape ``all`` too."""
    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for rec in records:
        for script, config in SCRIPTS.items():
            text = _converted(rec.text, config)
            dotted = text.translate(_DOTS)
            mentions = read_mentions(pipeline, text)
            for gold, _ in rec.gold:
                shape = shape_of(gold)
                rows = (tally[(rec.half, script, shape)], tally[(rec.half, script, "all")])
                written = _converted(gold, config).translate(_DOTS)
                spans = occurrences(dotted, written)
                if not spans:
                    for row in rows:
                        row[4] += 1
                    continue
                exact = [m for m in mentions if (m[0], m[1]) in spans or m[3].translate(_DOTS) == gold.translate(_DOTS)]
                typed = any(m[4] == "PERSON" for m in exact)
                for row in rows:
                    row[3] += 1
                    row[0] += typed
                    row[1] += bool(exact)
                    row[2] += bool(exact) and not typed
                if rec.half == "tune" and not typed:
                    cause = cause_of(spans, mentions, "PERSON")
                    causes[(script, shape, cause)] += 1
                    if errors:
                        near = [f"{m[2]}/{m[4][:3]}" for m in mentions
                                if any(m[0] < e and s < m[1] for s, e in spans)]
                        print(f"## line {rec.line} {script} {shape} {cause}: {written}  [{' '.join(near)}]  {text}")
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
    print(f"{len(records)} records with person gold")
    print("| half | script | shape | typed recall | any-label recall | wrong label | absent |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    order = {s: i for i, s in enumerate(("all", *SHAPES))}
    for (half, script, shape), (typed, found, wrong, gold, absent) in sorted(
            tally.items(), key=lambda kv: (kv[0][0], kv[0][1], order[kv[0][2]])):
        print(f"| {half} | {script} | {shape} | {typed / max(gold, 1):.3f} ({typed}/{gold}) | "
              f"{found / max(gold, 1):.3f} ({found}) | {wrong} | {absent} |")
    if args.causes:
        print("\n| script | shape | " + " | ".join(CAUSES) + " |")
        print("| --- | --- | " + " | ".join("---" for _ in CAUSES) + " |")
        for script in SCRIPTS:
            for shape in SHAPES:
                print(f"| {script} | {shape} | " + " | ".join(str(causes[(script, shape, c)]) for c in CAUSES)
                      + " |")


if __name__ == "__main__":
    main()
