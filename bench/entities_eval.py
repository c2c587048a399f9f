"""Score PERSON/ORGANIZATION/PLACE on the annotated whole articles, per region, script, half and type.

Run: ``python3 bench/entities_eval.py [--gold FILE] [--data DIR] [--half tune|held|tune36|check36|tune37|check37|...|all] [--no-model]``
(default: the committed ``tests/gold/entities_dev.jsonl``, its texts read from ``shared/data`` beside this
checkout). Each article is scored as annotated and in the other script (``--mirror``: a Simplified article
converted with OpenCC s2tw, or s2hk for Hong Kong; a converted one in its Simplified original), per
document as sets of typed entities (``zhkg.evaluate.score_articles``). Prints Markdown tables: F1 by
region and script for each type, then P/R/F1 per type over all articles.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import add_data_option, add_routing_option, require_gold, routing, shared_data  # noqa: E402
from zhkg.config import Config  # noqa: E402
from zhkg.evaluate import (  # noqa: E402
    ENTITY_TYPES,
    ArticleTally,
    load_article_gold,
    score_articles,
)
from zhkg.run.pipeline import Pipeline  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "entities_dev.jsonl"
REGIONS = ("mainland", "hongkong", "taiwan", "international")


def main(gold: Path, data: Path, half: str = "all", recogniser: bool = True, mirror: bool = True,
         model: Path | None = None, traditional_model: bool | None = None) -> None:
    articles = [a for a in load_article_gold(gold, data, mirror=mirror) if half in ("all", a.half)]
    if not articles:
        raise SystemExit(f"{gold.name}: no article in half {half!r}")
    config = Config(recogniser=recogniser, model_path=str(model or ""))
    if traditional_model is not None:
        config = replace(config, traditional_model=traditional_model)
    tallies = score_articles(articles, Pipeline(config))
    print(f"{gold.name}: {len(articles)} articles ({half} half{', both scripts' if mirror else ''}), "
          f"{sum(len(a.entities) for a in articles)} entities")
    groups: dict[tuple[str, str], ArticleTally] = {}
    for (region, script, _), tally in tallies.items():
        groups.setdefault((region, script), ArticleTally()).add(tally)
    print("\n| region | script | docs | PER F1 | ORG F1 | PLACE F1 | all P | all R | all F1 |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    regions = [r for r in REGIONS if any(k[0] == r for k in groups)] + sorted({k[0] for k in groups} - set(REGIONS))
    for region in regions:
        for script in ("simplified", "traditional"):
            t = groups.get((region, script))
            if t is None:
                continue
            n = sum(1 for a in articles if (a.region, a.script) == (region, script))
            p, r, f = t.prf()
            cells = " | ".join(f"{t.prf(label)[2]:.3f}" for label in ENTITY_TYPES)
            print(f"| {region} | {script} | {n} | {cells} | {p:.3f} | {r:.3f} | {f:.3f} |")
    total = ArticleTally()
    for t in tallies.values():
        total.add(t)
    print("\n| type | gold | predicted | right | P | R | F1 |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for label in (*ENTITY_TYPES, None):
        g, n, c = total.counts(label)
        p, r, f = total.prf(label)
        print(f"| {label or 'all'} | {g} | {n} | {c} | "
              f"{p:.3f} | {r:.3f} | {f:.3f} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="annotated articles, JSON lines (default: %(default)s)")
    add_data_option(parser)
    parser.add_argument("--half", default="all",
                        help="score only the articles of this half (tune, held, held2, tune11, tune13, tune14, tune15, "
                             "fresh21, tune36, check36, tune37, check37: whatever the file's records name) or all (default)")
    parser.add_argument("--no-model", action="store_true", help="rules only, without the statistical recogniser")
    parser.add_argument("--as-annotated", action="store_true", help="only each article's annotated script")
    parser.add_argument("--model", type=Path, default=None, help="crfsuite model (default: the shipped one)")
    add_routing_option(parser)
    args = parser.parse_args()
    data = shared_data(args.data)
    require_gold(args.gold)
    main(args.gold, data, half=args.half, recogniser=not args.no_model, mirror=not args.as_annotated, model=args.model,
         traditional_model=routing(args).get("traditional_model"))
