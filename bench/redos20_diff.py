"""The mentions and relations of every eligible row of ``thucnews_1000.tsv`` (``bench.relations_audit.eligible_rows``:
never a reserved row, nor a row a gold file keeps unseen), to compare two versions of the code.

``--dump FILE`` writes them (``--pipeline DIR``: another checkout's source root, ``/work/main/pipeline`` for the code
before a change); ``--diff BEFORE AFTER`` prints what was added and removed. ``--traditional`` reads each row converted to Traditional
characters (OpenCC s2t, one letter for one, so offsets hold) and ``--traditional-model on|off`` sets the routing of
Traditional documents to their own recogniser (``Config.traditional_model``; default: the Config's): the two dumps of a
Traditional copy, with it off and on, show what the routing changes (route264). ``--s2tw`` converts with OpenCC s2tw
instead (Taiwan's letter forms, 為 眾 裡, one letter for one): mainland text written in the forms route267 routes to the
Traditional recogniser, as fresh21's converted windows are (crf271).

Run: ``python3 bench/redos20_diff.py --dump before.json --pipeline /work/main/pipeline``, ``--dump after.json``, then
``--diff before.json after.json``. Session 20 (redos20): no difference on the 750 eligible rows after the regular
expressions were made safe under hostile input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_at = sys.argv.index("--pipeline") if "--pipeline" in sys.argv else -1
sys.path.insert(0, sys.argv[_at + 1] if 0 <= _at < len(sys.argv) - 1 else str(ROOT / "pipeline"))
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import add_routing_option, corpus_file, corpus_rows, refuse_output, routing, shared_data, write_output  # noqa: E402
from bench.relations_audit import eligible_rows, process_rows  # noqa: E402


def converted(texts: list[str], rows: list[int], conversion: str) -> list[str]:
    """``texts`` with each of ``rows`` converted by the OpenCC configuration ``conversion`` (empty: unchanged).

    >>> converted(["为众人", "为众人"], [1], "s2tw")
    ['为众人', '為眾人']
    """
    if not conversion:
        return texts
    from zhkg.stages.normalise import convert

    eligible = set(rows)
    return [convert(t, conversion) if k in eligible else t for k, t in enumerate(texts)]


def dump(path: Path, conversion: str = "", settings: dict[str, bool] | None = None) -> None:
    """Write the records of every eligible row to ``path``, each row first converted by the OpenCC configuration
    ``conversion`` (``s2t``, ``s2tw``; empty: as written)."""
    from zhkg.config import Config
    from zhkg.run.pipeline import Pipeline

    texts = corpus_rows(shared_data(None))
    rows = eligible_rows(len(texts))
    texts = converted(texts, rows, conversion)
    config = Config(**(settings or {}))  # the routing (bench.common.routing)
    out = []
    for row, result in zip(rows, process_rows(Pipeline(config), texts, rows)):
        out.extend(["M", row, m.start, m.end, m.label.value, m.text] for m in result.mentions)
        out.extend(["R", row, r.source, r.target, r.kind.value, r.role, r.former, r.relation_zh,
                    r.evidence.start, r.evidence.end] for r in result.relations)
    write_output("--dump", path, json.dumps(out, ensure_ascii=False))
    print(f"{len(rows)} rows, {len(out)} records")


def diff(before: Path, after: Path) -> int:
    old = {tuple(m) for m in json.loads(before.read_text(encoding="utf-8"))}
    new = {tuple(m) for m in json.loads(after.read_text(encoding="utf-8"))}
    print(f"{len(old)} records before, {len(new)} after: added {len(new - old)}, removed {len(old - new)}")
    for sign, records in (("+", new - old), ("-", old - new)):
        for record in sorted(records, key=str):
            print(sign, *record)
    return 1 if old != new else 0


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--diff", nargs=2, type=Path)
    parser.add_argument("--pipeline", default=None)
    script = parser.add_mutually_exclusive_group()
    script.add_argument("--traditional", dest="conversion", action="store_const", const="s2t", default="",
                        help="each row converted to Traditional (s2t)")
    script.add_argument("--s2tw", dest="conversion", action="store_const", const="s2tw",
                        help="each row converted to Taiwan's letter forms (s2tw)")
    add_routing_option(parser)
    return parser


def main() -> int:
    parser = build_parser()
    args = parser.parse_args()
    if args.dump:
        refuse_output("--dump", args.dump, [corpus_file(shared_data(None))])
        dump(args.dump, args.conversion, routing(args))
        return 0
    if args.diff:
        return diff(*args.diff)
    parser.error("give --dump or --diff")
    return 2


if __name__ == "__main__":
    sys.exit(main())
