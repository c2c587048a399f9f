"""Count owners across sentences in whole THUCNews articles (session 31, round owners46).

**Why.** ``counts_fresh43`` raised its studied half on four-sentence passages while the held and blind owners did
not move: in real news an owner is named in the lead and its counts come sentences later (该市, 该公司, 当地, 全县
pointing back), which short passages do not show. This pool reads whole article windows.

**Pool.** THUCNews rows (``corpus/thucnews_1000.tsv``, 0-based line index) that
:func:`bench.relations_audit.eligible_rows` allows, of the categories where counts have owners (:data:`CATEGORIES`),
in two tiers, each shuffled by ``random.Random(46)`` and read in that order: first the rows no file under
``tests/gold/`` or ``bench/*.jsonl`` refers to (:func:`bench.entities_fresh21.referenced_rows`; 52 rows, all 科技,
财经, 房产 and 教育, mostly camera and fund notices: 4 counts, none owned), then, as that tier held far too few counts,
the rows only files of other tasks refer to (entities, roles, relations, members, aliases: read for those, never
judged for counts; 175 rows, no ``counts`` file refers to them). This set's own file is left out of the references
so the draw is reproducible (``"tier"`` in the file says which tier a row came from).

**Window.** One an article, as ``bench/entities_real36.py`` cuts them: from its start to the last sentence end
within ``WINDOW`` characters (the whole article when it is shorter). Every article of both tiers was read (227 windows,
96 counts, 16 owned: the whole pool gives about 100 counts); halves alternate ``tune46``, ``check46`` by article in
draw order (tune46 114 windows, 45 counts, 6 owned; check46 113 windows, 51 counts, 10 owned). Every count (value, thing,
approximate, owner: the entity whose count it is, named anywhere earlier in the window, or ``null``) was judged by
hand in ``tests/gold/counts_dev.md``'s and ``bench/counts_fresh38.py``'s conventions and committed
(``bench/counts_real46.jsonl``: rows, windows and offsets, no text) before the system ran on the articles. Rules are
written from ``tune46``'s errors only; ``check46`` is scored only.

``python3 bench/counts_real46.py`` scores both halves as written (Simplified) and through OpenCC ``s2tw``;
``--errors`` lists ``tune46``'s errors only; ``--draw N`` prints the first N windows of the draw (text only).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common, bench.relations_audit

from bench.common import add_data_option, shared_data  # noqa: E402
from bench.counts_fresh18 import load_documents, main  # noqa: E402
from bench.entities_fresh21 import _categories, _rows_of, referenced_rows  # noqa: E402
from zhkg.evaluate_counts import GoldDocument  # noqa: E402

JUDGED = ROOT / "bench" / "counts_real46.jsonl"
HALVES = ("tune46", "check46")
SEED = 46
CATEGORIES = ("时政", "社会", "财经", "房产", "教育", "科技", "体育")
WINDOW = 900
_SENTENCE_END = re.compile(r"[。！？；!?][”」』）)]?")


def draw_order(categories: list[str]) -> list[int]:
    """The pool's rows of :data:`CATEGORIES`, shuffled by ``random.Random(SEED)``: first those no gold or judged
    file refers to, then those only files of other tasks (entities, roles, relations, members) refer to."""
    from bench.entities_fresh21 import reference_files
    from bench.relations_audit import eligible_rows

    allowed = set(eligible_rows(len(categories))) | _rows_of(JUDGED)
    later = (JUDGED, ROOT / "bench" / "counts_owned59.jsonl")  # owners59 (session 32) judged after this draw
    referenced = referenced_rows(skip=later)
    counted = referenced_rows([p for p in reference_files() if "count" in p.name], skip=later)
    tiers = []
    for taken in (referenced, counted):
        rows = [r for r in range(len(categories)) if r in allowed and r not in taken and categories[r] in CATEGORIES
                and not any(r in t for t in tiers)]
        random.Random(SEED).shuffle(rows)
        tiers.append(rows)
    return tiers[0] + tiers[1]


def window(text: str) -> tuple[int, int]:
    """From the start to the last sentence end within :data:`WINDOW` characters (all of a shorter text)."""
    if len(text) <= WINDOW:
        return 0, len(text)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, WINDOW)]
    return 0, ends[-1] if ends else WINDOW


def _texts(data: Path) -> list[str]:
    with open(data / "corpus" / "thucnews_1000.tsv", encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t", 1)[-1] for line in f]


def load(path: Path, data: Path, traditional: bool) -> list[GoldDocument]:
    """The judged windows as dev-set documents, as written or through ``s2tw``; checks every ``check``."""
    texts = _texts(data)
    return load_documents(path, lambda r: texts[r["row"]][slice(*r["window"])], lambda r: f"thucnews-{r['row']}",
                          traditional)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_option(parser)
    parser.add_argument("--judged", type=Path, default=JUDGED, help="the judged windows (default: %(default)s)")
    parser.add_argument("--draw", type=int, metavar="N", help="print the first N windows of the draw, text only")
    parser.add_argument("--errors", action="store_true", help="list tune46's errors (never check46's)")
    args = parser.parse_args()
    data = shared_data(args.data)
    if args.draw:
        categories, texts = _categories(data), _texts(data)
        for i, row in enumerate(draw_order(categories)[:args.draw]):
            a, b = window(texts[row])
            print(json.dumps({"row": row, "category": categories[row], "window": [a, b], "half": HALVES[i % 2]},
                             ensure_ascii=False))
            print("   ", texts[row][a:b])
    else:
        if not args.judged.exists():
            sys.exit(f"Error: {args.judged} not found (judge a --draw first)")
        main(data, args.judged, args.errors, HALVES, load=lambda traditional: load(args.judged, data, traditional))
