"""The fresh entity set of session 21 (``tests/gold/entities_fresh21.jsonl``): how its rows were chosen, and its score.

**Score-only.** The set exists to decide between recognisers (``bench/crf21_decision.md``) on text no rule was read
from. Its errors are never printed or read (``zhkg eval --errors`` lists none of its half, ``fresh21``, and this
script prints totals only), so it stays a clean yardstick; its rows are kept out of
:func:`bench.relations_audit.eligible_rows`, so no real-text diff shows the system's output on them either.

**Pool.** THUCNews rows (``corpus/thucnews_1000.tsv``, 0-based line index) that
:func:`bench.relations_audit.eligible_rows` allows (not reserved, in no gold file's held/held2/blind/check2 half)
and that no file under ``tests/gold/`` or ``bench/*.jsonl`` refers to: every ``row`` field of every record, whatever
its corpus (a row number of another corpus only makes the pool smaller), and every id written ``thucnews-N``
(row N, as ``entities_dev.jsonl`` and ``bench/aliases_judged.jsonl`` write it) or ``thucnews_1000-N`` (row N - 1,
as the audits name their documents). The pool was computed before the fresh file existed; :func:`pool_rows` leaves
that file out of both the references and the unseen halves, so it gives the same pool afterwards.

**Draw.** The pool (218 rows when drawn) holds few articles from outside the mainland: 3 of 时政, 1 of 体育, none of
Taiwan politics. First pass: the pool's rows of 时政, 娱乐, 体育, 财经, 科技, 时尚, 游戏 (182), shuffled by
``random.Random(21)`` (:func:`draw_order`), read in that order; second pass, for the international quota only: the
pool's other rows (家居, 房产, 教育; 36), shuffled by ``random.Random(21)`` (``--draw --rest``). One window an article,
from its start to the last sentence end within 500-900 characters (row 686: to ``等待检阅！``, 610, before its contact
lines and a repeat of its first paragraph; row 773: before ``(一)收支划分。``). Aim: 6 international, 4 Taiwan, 4 Hong
Kong, 4 mainland. The pool gave only 2 Taiwan articles (rows 720, 51: mainland pieces about Taiwanese stars) and 2
Hong Kong ones (917, 75: Hong Kong actors) of 500 characters or more, so the mainland quota was raised to 8 to make
18 windows. Rows were skipped only for being shorter than 500 characters, for their region's quota being full, or
for naming no person, organisation or place (804: the game's characters only; 671: no name at all); the region is
the article's subject (an advice piece for readers in the mainland is mainland, a Japanese camera's price there too).
Taken, in draw order (``DRAW``): first pass 768, 720, 39, 775, 773, 204, 956, 686, 34 (mainland full after 34),
917, 75, 582, 51 (no other Taiwan, Hong Kong or international row of 500+ characters with a name in the first
pass); second pass 691, 654, 563, 640, 92. Hong Kong windows are read as OpenCC ``s2hk``, Taiwan ones as ``s2tw`` (a
Traditional version, one letter for one), like ``entities_held2.jsonl``; the others as written. Every PERSON,
ORGANIZATION and PLACE was annotated by reading, in ``entities_dev.jsonl``'s format and conventions
(``docs/entities.md``): characters of films and dramas are people, outlets and sites organisations, a country used
as an adjective a place (日本车), a one-letter short form an alias (英 of 英国 in 英媒); names inside a work's title
(寻找王倩), players' handles, products and product lines (文房), fused pairs (欧美) and dynasties are not annotated.
The file (18 windows, 95 entities: 8 mainland, 6 international, 2 Taiwan, 2 Hong Kong) was committed before zhkg ran
on any of these articles.

Measured (session 21, ``--score``): the shipped ``ner_mixed_v1.crfsuite`` F1 0.825 (P 0.808, R 0.842; international
0.897, Hong Kong 0.889, Taiwan 0.750, mainland 0.714); crf19's persons-only candidate 0.824, not shipped
(``bench/crf21_decision.md``).

Run: ``python3 bench/entities_fresh21.py --pool`` (the pool's rows and categories, no text);
``python3 bench/entities_fresh21.py --score [--model M]`` (F1 over all windows, both scripts, and per region and
type: totals only). ``python3 bench/entities_eval.py --gold tests/gold/entities_fresh21.jsonl --half all`` prints
the same totals by region and script.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common, bench.relations_audit

from bench.common import add_data_option, shared_data  # noqa: E402

GOLD = ROOT / "tests" / "gold"
FRESH = GOLD / "entities_fresh21.jsonl"
SEED = 21
CATEGORIES = ("时政", "娱乐", "体育", "财经", "科技", "时尚", "游戏")
REGIONS = ("international", "taiwan", "hongkong", "mainland")
QUOTA = {"international": 6, "taiwan": 4, "hongkong": 4, "mainland": 4}
_ID = re.compile(r"thucnews(_1000)?-(\d+)")

#: The rows taken, in draw order: (pass, row, region). Skips are described in the module docstring.
DRAW: tuple[tuple[int, int, str], ...] = (
    (1, 768, "mainland"), (1, 720, "taiwan"), (1, 39, "mainland"), (1, 775, "mainland"), (1, 773, "mainland"),
    (1, 204, "mainland"), (1, 956, "mainland"), (1, 686, "mainland"), (1, 34, "mainland"), (1, 917, "hongkong"),
    (1, 75, "hongkong"), (1, 582, "international"), (1, 51, "taiwan"),
    (2, 691, "international"), (2, 654, "international"), (2, 563, "international"), (2, 640, "international"),
    (2, 92, "international"),
)


def reference_files() -> list[Path]:
    """The files whose THUCNews rows the pool leaves out: everything under ``tests/gold/`` and ``bench/*.jsonl``."""
    return sorted(p for p in GOLD.rglob("*") if p.is_file()) + sorted((ROOT / "bench").glob("*.jsonl"))


#: Sets drawn after the fresh set from pools that left it out: not referred to when the fresh set was drawn, so its
#: pool (:func:`pool_rows`) leaves them out of the references too, and its draw stays reproducible.
#: ``bench/counts_real46.jsonl`` (session 31's whole-article count owners) was drawn from rows no file referred to.
COUNTS_REAL46 = ROOT / "bench" / "counts_real46.jsonl"
DRAWN_LATER = (GOLD / "entities_real36.jsonl", GOLD / "entities_real37.jsonl", COUNTS_REAL46)
#: Judgements written after the draws, whose THUCNews rows no draw left out: left out of every draw's references so
#: the draws stay reproducible (session 31's alias pairs, aliases47; session 32's count owners, owners59, whose
#: passages come from rows earlier files already name; a new set's draw should not skip them).
JUDGED_LATER = (ROOT / "bench" / "aliases_judged47.jsonl", ROOT / "bench" / "counts_owned59.jsonl")


def referenced_rows(paths: list[Path] | None = None, skip: Path | tuple[Path, ...] | None = FRESH) -> set[int]:
    """Every THUCNews row the files ``paths`` (default :func:`reference_files`) refer to, by number only (``skip``,
    one file or several, left out): ``row`` fields of JSON-lines records, and ids ``thucnews-N`` (row N) or
    ``thucnews_1000-N`` (row N - 1) anywhere in any such file."""
    skipped = {p.resolve() for p in ((skip,) if isinstance(skip, Path) else skip or ())}
    rows: set[int] = set()
    for path in reference_files() if paths is None else paths:
        if path.resolve() in skipped:
            continue
        text = path.read_text(encoding="utf-8")
        for m in _ID.finditer(text):
            rows.add(int(m.group(2)) - (1 if m.group(1) else 0))
        if path.suffix == ".jsonl":
            for line in text.splitlines():
                if line.strip():
                    record = json.loads(line)
                    if isinstance(record, dict) and "row" in record:
                        rows.add(int(record["row"]))
    return rows


def pool_rows(total: int = 1000, fresh: Path = FRESH) -> list[int]:
    """The rows the fresh set was drawn from (module docstring), in order: eligible for the audits and referred to
    by no gold or judged file, ``fresh`` itself left out of both."""
    from bench.relations_audit import eligible_rows

    # rows a later set keeps unseen (check36, check37) were eligible when the fresh set was drawn
    allowed = set(eligible_rows(total)) | _rows_of(fresh) | set().union(*map(_rows_of, DRAWN_LATER))
    referenced = referenced_rows(skip=(fresh, *DRAWN_LATER, *JUDGED_LATER))
    return [r for r in range(total) if r in allowed and r not in referenced]


def _rows_of(path: Path) -> set[int]:
    if not path.is_file():
        return set()
    with open(path, encoding="utf-8") as f:
        return {int(json.loads(line)["row"]) for line in f if line.strip()}


def draw_order(pool: list[int], categories: list[str], rest: bool = False) -> list[int]:
    """The pool's rows of :data:`CATEGORIES` (with ``rest``, of the other categories), shuffled by
    ``random.Random(SEED)``."""
    import random

    rows = [r for r in pool if (categories[r] in CATEGORIES) != rest]
    random.Random(SEED).shuffle(rows)
    return rows


def _categories(data: Path) -> list[str]:
    with open(data / "corpus" / "thucnews_1000.tsv", encoding="utf-8") as f:
        return [line.split("\t", 1)[0] for line in f]


def score(data: Path, model: Path | None = None) -> None:
    """F1 on every window of the fresh set in both scripts: all, per region, per type. Totals only."""
    from zhkg.config import Config
    from zhkg.evaluate import ENTITY_TYPES, ArticleTally, load_article_gold, score_articles
    from zhkg.run.pipeline import Pipeline

    articles = load_article_gold(FRESH, data, mirror=True)
    tallies = score_articles(articles, Pipeline(Config(model_path=str(model or ""))))
    total = ArticleTally()
    regions: dict[str, ArticleTally] = {}
    for (region, _, _), tally in tallies.items():
        total.add(tally)
        regions.setdefault(region, ArticleTally()).add(tally)
    print(f"{FRESH.name}: {len(articles)} articles (both scripts), {sum(len(a.entities) for a in articles)} entities")
    print("| set | gold | predicted | right | P | R | F1 |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    lines = [("all", total, None)] + [(r, regions[r], None) for r in REGIONS if r in regions] \
        + [(label, total, label) for label in ENTITY_TYPES]
    for name, tally, label in lines:
        g, n, c = tally.counts(label)
        p, r, f = tally.prf(label)
        print(f"| {name} | {g} | {n} | {c} | {p:.3f} | {r:.3f} | {f:.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_option(parser)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--pool", action="store_true", help="print the pool's rows and categories (no text)")
    what.add_argument("--draw", action="store_true", help="print the draw's order: rows and categories (no text)")
    what.add_argument("--score", action="store_true", help="score the fresh set (totals only)")
    parser.add_argument("--rest", action="store_true", help="with --draw: the second pass (the other categories)")
    parser.add_argument("--model", type=Path, default=None, help="crfsuite model for --score (default: the shipped one)")
    args = parser.parse_args()
    data = shared_data(args.data)
    if args.score:
        score(data, args.model)
        return
    categories = _categories(data)
    pool = pool_rows(len(categories))
    rows = draw_order(pool, categories, args.rest) if args.draw else pool
    for row in rows:
        print(f"{row}\t{categories[row]}")
    print(f"{len(rows)} rows ({len(pool)} in the pool)", file=sys.stderr)


if __name__ == "__main__":
    main()
