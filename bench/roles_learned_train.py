"""Train the learned role scorer (zhkg/relate/roles_learned.py) on the web gold, pick its thresholds, write the model.

The training articles are the web tune half (``tests/gold/roles_web.jsonl``) and session 61's pool
(``tests/gold/roles_pool61r.jsonl``), each as written and in the other script (``bench/roles_web.py``'s mirror):
never the check half, session 62's pool (the held-out judge) or a blind or held set; any other half is refused.
Each text is run through the default pipeline with :func:`zhkg.relate.roles_learned.collecting`; every candidate
triple and every rule HOLDS_ROLE is labelled by ``bench/roles_eval.py``'s lenient match against the article's
gold (the same person by a name it is written with, one title ending the other, one holder containing the other),
a candidate's holder more than half the gold's (:func:`close_holder`).

A fifth of the articles (CRC-32 of the id modulo :data:`DEV_EVERY` is 0) is the dev split: the model is trained
on the rest, and each mode's threshold is the one of the best F1 on the dev split (its triples counted as the
candidates are, not as the bench counts entities). Three seeded runs averaged: the same gold and texts give the
same file.

Run: ``PYTHONPATH=pipeline python bench/roles_learned_train.py [--output FILE] [--texts DIR]``
(default output ``pipeline/zhkg/resources/data/roles_learned_v1.npz``; prints the dev split's P/R per mode).
"""

from __future__ import annotations

import argparse
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.*

from bench.entities_web import TEXTS  # noqa: E402
from bench.roles_eval import matches  # noqa: E402
from bench.roles_web import GOLD, POOLS, web_items  # noqa: E402
from zhkg.errors import InputError, ZhkgError  # noqa: E402
from zhkg.stages.normalise import to_simplified  # noqa: E402

#: The halves trained on (by article); nothing else is read.
TRAINED = {"tune": GOLD, "pool61r": POOLS["pool61r"]}
DEV_EVERY = 5
OUTPUT = ROOT / "pipeline" / "zhkg" / "resources" / "data" / "roles_learned_v1.npz"
DROP_GRID = (0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
ADD_GRID = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)


def is_dev(article_id: str) -> bool:
    """Whether an article (its id before any ``~`` of the mirror) is in the dev split."""
    return zlib.crc32(article_id.partition("~")[0].encode("utf-8")) % DEV_EVERY == 0


def close_holder(holders: list[str], gold: str) -> bool:
    """Whether one of the candidate's holder names is more than half the gold holder, or holds it: the lenient
    match would also take 日本 for 日本维新会, a place for a body named after it, which no training label should.

    >>> close_holder(["宁波市"], "宁波市委"), close_holder(["日本"], "日本维新会"), close_holder(["日本维新会"], "维新会")
    (True, False, True)
    """
    return any(gold in h or (h in gold and 2 * len(h) > len(gold)) for h in holders)


def gather(texts: Path) -> list[tuple[str, int, list]]:
    """``(article id, gold count, [(candidate, text, matched gold indices)])`` of every training text."""
    from zhkg.config import Config
    from zhkg.relate.roles_learned import collecting, unsaid
    from zhkg.run.pipeline import Pipeline

    pipeline = Pipeline(Config())
    out = []
    for half, gold_path in TRAINED.items():
        items, _ = web_items(gold_path, texts)
        for item in items:
            if item.row["half"] != half:
                continue
            gold = [tuple(to_simplified(x) for x in t) for t in item.row["roles"]]
            with collecting() as found:
                pipeline.run_texts([("s", item.text)])
            labelled = []
            for text, cands, names in found:
                for c in [c for c in cands if c.rule is not None] + unsaid(cands):
                    people = sorted(names.get(c.source, set()) | {c.source.partition(":")[2]})
                    holders = sorted(names.get(c.target, set()) | {c.target.partition(":")[2]})
                    pred = (people[0], c.role, holders[0], tuple(holders[1:]), False, tuple(people[1:]))
                    labelled.append((c, text, frozenset(i for i, g in enumerate(gold)
                                                        if matches(pred, g) and close_holder(holders, g[2]))))
            out.append((item.row["row"], len(gold), labelled))
    return out


def _f1(right: int, said: int, found: int, gold: int) -> tuple[float, float, float]:
    p, r = right / max(said, 1), found / max(gold, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def mode_score(articles: list[tuple[str, int, list]], probs: list[list[float]], drop: float | None,
               add: float | None) -> tuple[float, float, float]:
    """P, R and F1 over ``articles`` of the rules' triples less those below ``drop`` plus the candidates at
    least ``add`` (None: that step off)."""
    right = said = found = gold = 0
    for (_, n_gold, labelled), ps in zip(articles, probs):
        kept = [(c, m) for (c, _, m), p in zip(labelled, ps)
                if (c.rule is not None and (drop is None or p >= drop)) or (c.rule is None and add is not None and p >= add)]
        right += sum(bool(m) for _, m in kept)
        said += len(kept)
        found += len(set().union(*(m for _, m in kept)))
        gold += n_gold
    return _f1(right, said, found, gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="the model file to write (default: %(default)s)")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="the folder of <id>.txt texts (default: %(default)s)")
    args = parser.parse_args(argv)
    from zhkg.relate.roles_learned import role_probability, triple_features
    from zhkg.relate.roles_learned_train import pick_threshold, roles_model, train_roles_head

    try:
        articles = gather(args.texts)
    except (InputError, ZhkgError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    if not articles:
        print(f"Error: no training text found in {args.texts}", file=sys.stderr)
        return 1
    train = [a for a in articles if not is_dev(a[0])]
    dev = [a for a in articles if is_dev(a[0])]
    examples = [(triple_features(text, c), bool(m), c.rule is not None) for _, _, labelled in train
                for c, text, m in labelled]
    heads = tuple(train_roles_head([(f, m) for f, m, ruled in examples if ruled is want]) for want in (True, False))
    probs = [[role_probability(heads, text, c) for c, text, _ in labelled] for _, _, labelled in dev]
    drop = pick_threshold(DROP_GRID, lambda t: mode_score(dev, probs, t, None)[2])
    add = pick_threshold(ADD_GRID, lambda t: mode_score(dev, probs, None, t)[2])
    print(f"{len(train)} training texts ({len(examples)} candidates, {sum(e[1] for e in examples)} right), "
          f"{len(dev)} dev texts; {len(heads[0].rows)} + {len(heads[1].rows)} features kept")
    for name, d, a in (("off", None, None), ("rescore", drop, None), ("add", None, add), ("both", drop, add)):
        p, r, f = mode_score(dev, probs, d, a)
        print(f"dev {name}: P {p:.3f} R {r:.3f} F1 {f:.3f} (drop below {d}, add at least {a})")
    try:
        roles_model(*heads).save(args.output)
    except ZhkgError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes): learned_roles_drop_below = {drop}, "
          f"learned_roles_add_above = {add}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
