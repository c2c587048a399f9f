"""How noisy a web judge set's total F1 is, and whether a candidate recogniser's gain stands above it (issue 15,
learner204).

A judge set of 42 articles moves by a few entities from one model to the next; a rule "F1 rises by ≥ +0.010" cannot
tell a real gain from the articles that happened to be chosen. This script scores the articles of ``--gold`` (the
``--half``, default ``tune``) with the whole extraction, once with the recogniser ``--model`` (default: the shipped
one) and, with ``--candidate``, once with another model file, keeping each article's gold, predicted and right
entity counts (:func:`zhkg.evaluate.score_each_article`). It then draws ``--draws`` resamples of the articles with
replacement (a fixed ``--seed``) and reports:

- the baseline's total F1 and the standard deviation of its total F1 over the resamples (the set's noise);
- with ``--candidate``, the candidate's total F1, its gain, and the **paired** bootstrap of the gain (candidate minus
  baseline on the same resampled articles): its 5th, 50th and 95th percentiles and its sd.

Totals only: no article, name or error is printed (the check half may be measured too). Deterministic for one seed.

Run: ``PYTHONPATH=pipeline python bench/judge_bootstrap.py --gold J_twhk J_intl [--half tune] [--model FILE]
[--candidate FILE] [--draws 1000] [--seed 204] [--texts DIR]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))

from bench.entities_web import HALVES, TEXTS, load_web_gold  # noqa: E402
from zhkg.errors import InputError  # noqa: E402

__all__ = ["Counts", "f1", "total_f1", "resamples", "bootstrap_f1", "paired_gains", "percentile", "main"]

#: One article's gold, predicted and right entity counts (all types).
Counts = tuple[int, int, int]


def f1(gold: int, predicted: int, right: int) -> float:
    """Micro F1 from counts: 2·right / (gold + predicted), the harmonic mean of P and R; 0 with nothing at all.

    >>> f1(10, 10, 5), f1(4, 0, 0), f1(0, 0, 0)
    (0.5, 0.0, 0.0)
    """
    return 2 * right / (gold + predicted) if gold + predicted else 0.0


def total_f1(counts: Sequence[Counts], picks: Sequence[int] | None = None) -> float:
    """The total F1 of the articles at ``picks`` (indices, repeats counted again; default: every article once).

    >>> total_f1([(2, 2, 2), (2, 2, 0)]), total_f1([(2, 2, 2), (2, 2, 0)], [0, 0, 1])
    (0.5, 0.6666666666666666)
    """
    chosen = [counts[i] for i in picks] if picks is not None else counts
    return f1(*(sum(c[k] for c in chosen) for k in range(3)))


def resamples(n: int, draws: int, seed: int) -> list[list[int]]:
    """``draws`` lists of ``n`` article indices drawn with replacement, the same for the same seed.

    >>> resamples(3, 2, 1) == resamples(3, 2, 1), [len(r) for r in resamples(3, 2, 1)]
    (True, [3, 3])
    """
    rng = random.Random(seed)
    return [[rng.randrange(n) for _ in range(n)] for _ in range(draws)]


def bootstrap_f1(counts: Sequence[Counts], draws: Sequence[Sequence[int]]) -> list[float]:
    """The total F1 of each resample in ``draws``."""
    return [total_f1(counts, picks) for picks in draws]


def paired_gains(base: Sequence[Counts], candidate: Sequence[Counts], draws: Sequence[Sequence[int]]) -> list[float]:
    """For each resample, the candidate's total F1 less the baseline's on the same articles.

    >>> paired_gains([(2, 2, 1), (2, 2, 1)], [(2, 2, 2), (2, 2, 1)], [[0, 0], [1, 1]])
    [0.5, 0.0]
    """
    if len(base) != len(candidate):
        raise ValueError(f"the two models scored {len(base)} and {len(candidate)} articles")
    return [total_f1(candidate, picks) - total_f1(base, picks) for picks in draws]


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0–100) of ``values``, linear between the two nearest ranks (numpy's default).

    >>> percentile([1.0, 2.0, 3.0, 4.0, 5.0], 5), percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50)
    (1.2, 3.0)
    """
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def article_counts(articles, model: Path | None) -> list[Counts]:
    """Each article's (gold, predicted, right) over all types, the whole extraction run with ``model``."""
    from zhkg.config import Config
    from zhkg.evaluate import score_each_article
    from zhkg.run.pipeline import Pipeline

    pipeline = Pipeline(Config(model_path=str(model) if model else ""))
    return [tally.counts() for tally in score_each_article(articles, pipeline)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, nargs="+", required=True, help="the judge set's web gold files")
    parser.add_argument("--half", choices=(*HALVES, "all"), default="tune", help="the half scored (default: tune)")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="the folder of <id>.txt texts (default: %(default)s)")
    parser.add_argument("--model", type=Path, default=None, help="the baseline recogniser (default: the shipped one)")
    parser.add_argument("--candidate", type=Path, default=None, help="a candidate recogniser to compare, paired")
    parser.add_argument("--draws", type=int, default=1000, help="bootstrap resamples (default 1000)")
    parser.add_argument("--seed", type=int, default=204, help="the resamples' seed (default 204)")
    args = parser.parse_args(argv)
    if args.draws < 1:
        print(f"error: --draws must be at least 1, got {args.draws}", file=sys.stderr)
        return 2
    missing = [str(p) for p in (*args.gold, args.texts, args.model, args.candidate) if p is not None and not p.exists()]
    if missing:
        print(f"error: not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        web = load_web_gold(args.gold, args.texts)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    articles = [a for a in web.articles if args.half in ("all", a.half)]
    if not articles:
        print(f"error: no article to score in half {args.half!r}", file=sys.stderr)
        return 1
    base = article_counts(articles, args.model)
    draws = resamples(len(articles), args.draws, args.seed)
    spread = statistics.pstdev(bootstrap_f1(base, draws))
    print(f"{len(articles)} articles ({len(web.problems)} left out), {args.draws} draws, seed {args.seed}")
    print(f"baseline: total F1 {total_f1(base):.4f}, bootstrap sd {spread:.4f}")
    if args.candidate is None:
        return 0
    candidate = article_counts(articles, args.candidate)
    gains = paired_gains(base, candidate, draws)
    gain = total_f1(candidate) - total_f1(base)
    print(f"candidate: total F1 {total_f1(candidate):.4f}, gain {gain:+.4f}")
    print(f"paired gain: p5 {percentile(gains, 5):+.4f}, p50 {percentile(gains, 50):+.4f}, "
          f"p95 {percentile(gains, 95):+.4f}, sd {statistics.pstdev(gains):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
