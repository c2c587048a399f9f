"""The organisation, person and place mentions ``zhkg.extract.listed_companies`` changes on the eligible rows of
``thucnews_1000.tsv`` (never a reserved row, nor a row any gold file keeps unseen: filtered before anything runs).

``--select FILE`` writes the rows where the reader can change anything at all (a gate word and a listed name in
the text; the other rows give the same mentions by construction); ``--dump FILE --rows FILE`` runs those rows
(``--pipeline DIR``: another checkout's source root, ``/work/main/pipeline`` for the code before the change) and
writes their mentions; ``--diff BEFORE AFTER`` prints the mentions added and removed, with their sentence,
seeded-sampled to ``--sample N`` when more.

Run: ``python3 bench/stocks19_diff.py --select rows.json``, then ``--dump`` twice, then ``--diff``.

Session 19: 214 of the 750 eligible rows hold a gate word and a listed name; on them the reader added 16
organisation mentions and removed one place (东阿阿胶, now the company), all judged by hand: 16 of 17 right (wrong:
中国铁建 naming a housing project).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_at = sys.argv.index("--pipeline") if "--pipeline" in sys.argv else -1
sys.path.insert(0, sys.argv[_at + 1] if 0 <= _at < len(sys.argv) - 1 else str(ROOT / "pipeline"))
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import corpus_file, corpus_rows, refuse_output, shared_data, write_output  # noqa: E402
from bench.relations_audit import eligible_rows, process_rows  # noqa: E402

_NAMED = ("PERSON", "PLACE", "ORGANIZATION")


def corpus_texts() -> list[str]:
    return corpus_rows(shared_data(None))


def select(path: Path) -> None:
    from zhkg.extract.listed_companies import _GATE, _scan
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.normalise import normalise

    texts = corpus_texts()
    pattern = _scan(load_lexicon().dirs).pattern
    rows = [r for r in eligible_rows(len(texts))
            if _GATE.search(s := normalise(texts[r]).simplified) and pattern.search(s)]
    write_output("--select", path, json.dumps(rows))
    print(f"{len(rows)} of {len(eligible_rows(len(texts)))} eligible rows hold a gate word and a listed name")


def dump(rows_path: Path, path: Path) -> None:
    from zhkg.config import Config
    from zhkg.run.pipeline import Pipeline

    texts = corpus_texts()
    rows = json.loads(rows_path.read_text(encoding="utf-8"))
    allowed = set(eligible_rows(len(texts)))
    rows = [r for r in rows if r in allowed]
    out = []
    for row, result in zip(rows, process_rows(Pipeline(Config()), texts, rows)):
        out.extend([row, m.start, m.end, m.label.value, m.text] for m in result.mentions if m.label.value in _NAMED)
    write_output("--dump", path, json.dumps(out, ensure_ascii=False))


def diff(before: Path, after: Path, sample: int, seed: int) -> None:
    texts = corpus_texts()
    allowed = set(eligible_rows(len(texts)))
    old = {tuple(m) for m in json.loads(before.read_text(encoding="utf-8")) if m[0] in allowed}
    new = {tuple(m) for m in json.loads(after.read_text(encoding="utf-8")) if m[0] in allowed}
    changes = sorted([("+",) + m for m in new - old] + [("-",) + m for m in old - new], key=lambda c: (c[1], c[2], c[0]))
    print(f"added {len(new - old)}, removed {len(old - new)}")
    if len(changes) > sample:
        changes = sorted(random.Random(seed).sample(changes, sample), key=lambda c: (c[1], c[2], c[0]))
    for sign, row, s, e, label, text in changes:
        line = texts[row].replace("\n", " ")
        print(f"{sign} {row} {label} {text}\t{line[max(0, s - 25):e + 25]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--select", type=Path)
    parser.add_argument("--rows", type=Path)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--diff", nargs=2, type=Path)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--pipeline", default=None)
    args = parser.parse_args()
    if args.select:
        refuse_output("--select", args.select, [corpus_file(shared_data(None))])
        select(args.select)
    elif args.dump and args.rows:
        refuse_output("--dump", args.dump, [args.rows, corpus_file(shared_data(None))])
        dump(args.rows, args.dump)
    elif args.diff:
        diff(*args.diff, args.sample, args.seed)
    else:
        parser.error("give --select, --dump with --rows, or --diff")
    return 0


if __name__ == "__main__":
    sys.exit(main())
