"""Score ``bench/stocks19_probe.tsv``: Taiwan-style finance sentences written for stocks19, with the organisations
each should give and the forms that must be none (統一 of 兩岸統一, 幸福, 中華 of 中華民國 …).

Prints the found share of expected organisations (a mention of exactly that text, or of that text and 公司/集团
after it), the refused forms read as organisations, and each miss. ``--pipeline DIR`` measures another
checkout's source root (``/work/main/pipeline``: before a change).

Run: ``python3 bench/stocks19_probe.py [--pipeline DIR]``.

Session 19 (34 sentences, 36 organisations, 7 refused forms, written and judged before the reader ran): main before
stocks19 found 23/36 and read 0/7 refused forms; with :mod:`zhkg.extract.listed_companies` 29/36 and 0/7 (misses:
names the table has not, 幸福水泥, 大成長城, 國泰人壽, 葡萄王生技, 長榮航太, a longer name another reader cut,
日月光投控, and 南亞, which organisations_known.tsv reads its own way).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_at = sys.argv.index("--pipeline") if "--pipeline" in sys.argv else -1
sys.path.insert(0, sys.argv[_at + 1] if 0 <= _at < len(sys.argv) - 1 else str(ROOT / "pipeline"))

from zhkg.config import Config  # noqa: E402
from zhkg.records import Label  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.read_files import RawDocument  # noqa: E402

PROBE = ROOT / "bench" / "stocks19_probe.tsv"


def main() -> int:
    rows = [line.rstrip("\n").split("\t") for line in PROBE.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    pipeline = Pipeline(Config())
    found = expected = refused_found = refused = 0
    for i, (text, want, refuse) in enumerate(rows):
        results = pipeline.process_documents(pipeline.documents_of(RawDocument(f"probe-{i}", text, {})))
        orgs = {m.text for r in results for m in r.mentions if m.label is Label.ORGANIZATION}
        for name in filter(None, want.split("|")):
            expected += 1
            if name in orgs or any(o in (name + "公司", name + "集團", name + "集团") for o in orgs):
                found += 1
            else:
                print(f"miss  {name}\t{text}\t{sorted(orgs)}")
        for form in filter(None, refuse.split("|")):
            refused += 1
            if any(form in o for o in orgs):
                refused_found += 1
                print(f"wrong {form}\t{text}\t{sorted(orgs)}")
    print(f"expected organisations found: {found}/{expected}; refused forms read as organisations: "
          f"{refused_found}/{refused}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
