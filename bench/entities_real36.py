"""Session 29's set of real articles for entity recall (``tests/gold/entities_real36.jsonl``): how its rows were drawn.

**Why.** For two sessions the rule rounds raised their own invented probes while the blind sets (held2, fresh21) did
not move: rules fitted to invented sentences do not reach real articles. This set is real text, split in two: rules
are written from the errors of ``tune36`` only; ``check36`` is scored before and after, never read for errors
(``zhkg eval --errors`` lists none of its half).

**Pool.** THUCNews rows (``corpus/thucnews_1000.tsv``, 0-based line index) that
:func:`bench.relations_audit.eligible_rows` allows and that no file under ``tests/gold/`` or ``bench/*.jsonl`` refers to
(:func:`bench.entities_fresh21.referenced_rows`, with no file left out: the fresh set's rows are referred to), of the
categories 财经, 科技, 房产, 家居, 教育, 时尚, 游戏 (session 29's real37 takes the others): 189 rows of a pool of 200.

**Draw.** The pool's rows shuffled by ``random.Random(36)``, read in that order; a row of fewer than 500 characters is
passed over; one window an article, from its start to the last sentence end within 500-900 characters (the whole
article when it has 900 or fewer and no sentence end in 500-900). Rows were skipped for naming no person,
organisation or place (315, 336, 671, 664, 669, 420, 589, 337) or only a game's own characters and places (734: a
walkthrough). Taken, in draw order (``DRAW``), halves alternating tune36, check36: 24 windows, 82 entities (35
ORGANIZATION, 24 PERSON, 23 PLACE), all as written (Simplified), 23 mainland and 1 international. Annotated by
reading, in ``entities_dev.jsonl``'s conventions (``docs/entities.md``; ``bench/entities_fresh21.py``): brands are
their makers (佳能, 三星, 安的), sites and magazines organisations, characters of a novel or legend people (唐僧, 姜子牙),
a game's own characters and places nothing, a city's nickname an alias of the city (京城 of 北京), names inside a
product's name (瑞士军刀, 俄罗斯方块) nothing; committed (``f3328f43``) before zhkg ran on any of these articles.

Run: ``python3 bench/entities_real36.py`` prints the draw (rows and categories, no text); score with
``python3 bench/entities_eval.py --gold tests/gold/entities_real36.jsonl --half tune36|check36|all``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common, bench.relations_audit

from bench.common import add_data_option, shared_data  # noqa: E402
from bench.entities_fresh21 import (  # noqa: E402
    COUNTS_REAL46,
    GOLD,
    JUDGED_LATER,
    _categories,
    _rows_of,
    referenced_rows,
)

REAL = GOLD / "entities_real36.jsonl"
SEED = 36
CATEGORIES = ("财经", "科技", "房产", "家居", "教育", "时尚", "游戏")
#: The rows taken, in draw order; skips are named in the module docstring.
DRAW = (602, 367, 718, 313, 294, 206, 12, 82, 756, 935, 500, 473, 406, 426, 980, 486, 161, 125, 93, 223, 938, 233,
        225, 945)


def draw_order(categories: list[str]) -> list[int]:
    """The pool's rows of :data:`CATEGORIES`, shuffled by ``random.Random(SEED)`` (the set itself left out of the
    references, so the order is the same after it was committed)."""
    from bench.relations_audit import eligible_rows

    # the set's own rows were eligible when it was drawn (its check36 half has left the eligible rows since)
    allowed = set(eligible_rows(len(categories))) | _rows_of(REAL)
    # a set drawn later from the same unreferenced rows, and judgements written later
    referenced = referenced_rows(skip=(REAL, COUNTS_REAL46, *JUDGED_LATER))
    rows = [r for r in range(len(categories)) if r in allowed and r not in referenced and categories[r] in CATEGORIES]
    random.Random(SEED).shuffle(rows)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_option(parser)
    args = parser.parse_args()
    categories = _categories(shared_data(args.data))
    rows = draw_order(categories)
    for row in rows:
        print(f"{row}\t{categories[row]}\t{'taken' if row in DRAW else ''}")
    print(f"{len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
