"""``zhkg eval-counts``: score counts and their owners on an annotated JSON-lines file."""

from __future__ import annotations

import click

from zhkg.cli import CONFIG_HELP, PathParam, terminal_text, user_errors

#: zhkg.evaluate_counts.HALVES, written out: importing that module costs every zhkg command 0.2 s at start
#: (tests/test_eval_counts.py checks the two agree)
HALVES = ("tune", "held", "blind", "check2", "tune6", "tune7", "tune8", "tune9", "tune10", "tune12", "tune13", "tune14",
          "tune15")

__all__ = ["eval_counts"]


@click.command(name="eval-counts")
@click.argument("gold_file", type=PathParam(dir_okay=False))
@click.option("--data", "data_dir", type=PathParam(file_okay=False), default=None,
              help="The shared data folder the gold's texts come from (default: shared/data beside the "
                   "current folder or one of its parents).")
@click.option("--half", type=click.Choice([*HALVES, "all"]), default="all", show_default=True,
              help="Score only one half of the documents: tune, held (working material since round 2), "
                   "blind or check2 (kept unseen: scored only to report, their errors never listed), "
                   "tune6 to tune10, tune12 to tune15 (rounds 6 to 10's and 12's to 15's pools).")
@click.option("--errors", is_flag=True, help="Also list missed and spurious counts and wrong owners.")
@click.option("--config", "config_file", type=PathParam(noun="file name"), default=None, metavar="FILE.toml", help=CONFIG_HELP)
@click.option("--model/--no-model", "model", default=None,
              help="With the statistical recogniser beside the rules, or rules only (default: on, or as --config says).")
def eval_counts(gold_file, data_dir, half, errors, config_file, model) -> None:
    """Score COUNT extraction (P/R/F1) and owner accuracy per script and half.

    A count is right when it overlaps a gold count with the same value and an
    accepted counted thing; an owner is right when the HAS_COUNT source is one
    the gold accepts (over matched counts whose gold names an owner).

    Example:

        zhkg eval-counts tests/gold/counts_dev.jsonl --half tune --errors
    """
    from zhkg.cli.eval import gold_and_data
    from zhkg.config import load_config
    from zhkg.evaluate_counts import REPORT_ONLY, CountScore, load_count_gold, score_counts
    from zhkg.run.pipeline import Pipeline

    with user_errors():
        data = gold_and_data(gold_file, data_dir)
        gold = [d for d in load_count_gold(gold_file, data) if half in ("all", d.half)]
        scores = score_counts(gold, Pipeline(load_config(config_file, recogniser=model)))
    click.echo(f"{terminal_text(gold_file)}: {len(gold)} documents, {sum(len(d.counts) for d in gold)} counts")
    click.echo(f"{'script':<12} {'half':<5} {'gold':>5} {'pred':>5} {'right':>5} {'P':>6} {'R':>6} {'F1':>6} "
               f"{'owners':>9} {'acc':>6}")
    rows = sorted(scores.items())
    for script in sorted({s for s, _ in scores}):
        total = CountScore()
        for (s, _), score in rows:
            if s == script:
                total.add(score)
        rows.append(((script, "both"), total))
    for (script, h), s in rows:
        click.echo(f"{script:<12} {h:<5} {s.gold:>5} {s.predicted:>5} {s.correct:>5} {s.precision:>6.3f} "
                   f"{s.recall:>6.3f} {s.f1:>6.3f} {s.owner_right:>4}/{s.owned:<4} {s.owner_accuracy:>6.3f}")
    if errors:
        unseen = sorted({h for _, h in scores if h in REPORT_ONLY})
        if unseen:
            click.echo(f"(the errors of {' and '.join(unseen)} are never listed: scored only to report)")
        for (_, h), s in rows:
            if h == "both" or h in REPORT_ONLY:
                continue
            for kind, items in (("missed", s.misses), ("spurious", s.spurious), ("owner", s.wrong_owners)):
                for item in items:
                    click.echo(f"{kind:<8} {item}")
