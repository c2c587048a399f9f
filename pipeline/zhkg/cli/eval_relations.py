"""``zhkg eval-relations``: score the learned relation classifier on a FinRE- or DuIE-format file."""

from __future__ import annotations

import click

from zhkg.cli import PathParam, terminal_text, user_errors
from zhkg.cli.arguments import FiniteFloatRange

__all__ = ["eval_relations"]


@click.command(name="eval-relations")
@click.argument("gold_file", type=PathParam(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["finre", "duie"]), default=None,
              help="The file's format (default: duie when the first line is JSON, else finre).")
@click.option("--model", "model_path", type=PathParam(dir_okay=False), default=None,
              help="A relation model file (.npz); default: the one shipped with zhkg.")
@click.option("--threshold", type=FiniteFloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="A prediction less probable than this counts as unknown.")
@click.option("--dev-only", is_flag=True,
              help="DuIE only (refused for FinRE): score just the development records of a training file (every tenth line).")
def eval_relations(gold_file, fmt, model_path, threshold, dev_only) -> None:
    """Score relations with gold entities: P/R/F1, micro and per relation.

    FinRE lines are ``head<TAB>tail<TAB>relation<TAB>sentence``; DuIE lines are JSON
    records with ``text`` and ``spo_list``, and every ordered pair of a record's
    entities without a triple is a negative. ``unknown`` (no relation) is left out
    of every score, so the FinRE micro-F1 is the usual one "without unknown".

    Example:

        zhkg eval-relations ../shared/data/re/finre/valid.txt
    """
    from zhkg.evaluate_relations import read_pairs, score_pairs
    from zhkg.relate.learned import load_relation_model
    from zhkg.relate.train_learned import is_duie_dev

    if dev_only and fmt == "finre":
        raise click.UsageError("--dev-only is for DuIE files, not --format finre")
    with user_errors():
        unplaced: list[tuple[int, str]] = []
        fmt, pairs = read_pairs(gold_file, fmt, unplaced)
        if dev_only and fmt != "duie":  # told from the file: its first line is not JSON
            raise click.UsageError(f"--dev-only is for DuIE files; {terminal_text(gold_file)} reads as {fmt}")
        if dev_only:
            pairs = [p for p in pairs if is_duie_dev(p)]
        if not pairs:  # a table of zeros would read as a score
            why = ("--dev-only keeps every tenth record, and none is left" if dev_only
                   else "no line has its head and tail in its sentence" if fmt == "finre"
                   else "no record names two entities")
            raise click.ClickException(terminal_text(f"{gold_file}: nothing to score ({why})"))
        model = load_relation_model(model_path)
        if fmt not in model.heads:
            raise click.ClickException(f"the relation model has no {fmt} head")
        score = score_pairs(model, fmt, pairs, threshold)
    if unplaced:  # a score of fewer pairs than the file gives says so (a name misspelt in one's own gold file)
        line, name = unplaced[0]
        lines = len(pairs) + len(unplaced)
        click.echo(terminal_text(f"warning: {gold_file}:{line}: {name} is not in its sentence; {len(unplaced)} "
                                 f"line{'s' if len(unplaced) > 1 else ''} of {lines} left out of the score"), err=True)
    p, r, f = score.micro()
    click.echo(terminal_text(f"{gold_file}: {fmt}, {len(pairs)} pairs"))
    click.echo(f"{'relation':<12} {'gold':>5} {'pred':>5} {'right':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for relation, (right, predicted, gold) in sorted(score.per_relation.items(), key=lambda kv: (-kv[1][2], kv[0])):
        rp, rr, rf = score.prf(right, predicted, gold)
        click.echo(terminal_text(f"{relation:<12} {gold:>5} {predicted:>5} {right:>5} {rp:>6.3f} {rr:>6.3f} {rf:>6.3f}"))
    totals = [sum(c[i] for c in score.per_relation.values()) for i in range(3)]
    click.echo(f"{'micro':<12} {totals[2]:>5} {totals[1]:>5} {totals[0]:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
