"""``zhkg eval``: score the extraction on a character-BIO file."""

from __future__ import annotations

import click

from zhkg.cli import CONFIG_HELP, terminal_text, user_errors
from zhkg.errors import ZhkgError

__all__ = ["eval_"]


@click.command(name="eval")
@click.argument("bio_file", type=click.Path(dir_okay=False))
@click.option("--script", type=click.Choice(["simplified", "traditional"]), default="simplified", show_default=True,
              help="traditional: convert the gold text with OpenCC s2t first.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N sentences.")
@click.option("--config", "config_file", type=click.Path(), default=None, metavar="FILE.toml", help=CONFIG_HELP)
@click.option("--model/--no-model", "model", default=None,
              help="With the statistical recogniser beside the rules, or rules only (default: on, or as --config says).")
def eval_(bio_file, script, limit, config_file, model) -> None:
    """Score PER/LOC/ORG extraction on a character-BIO file (exact spans).

    Prints precision, recall and F1 per type and overall, and characters per second.

    Example:

        zhkg eval dev.bio --script traditional

        zhkg eval dev.bio --no-model --config zhkg.toml
    """
    from zhkg.config import load_config
    from zhkg.evaluate import evaluate_bio
    from zhkg.run.pipeline import Pipeline

    with user_errors():
        pipeline = Pipeline(load_config(config_file, recogniser=model))
        try:
            result = evaluate_bio(bio_file, script=script, limit=limit, pipeline=pipeline)
        except ZhkgError:
            raise
        except FileNotFoundError:
            raise click.ClickException(f"no such file: {terminal_text(bio_file)}") from None
        except (ValueError, UnicodeDecodeError) as exc:  # read_bio's line errors name the file and line
            raise click.ClickException(terminal_text(str(exc).split("\n")[0])) from None
    click.echo(f"{terminal_text(bio_file)} ({script}): {result.sentences} sentences, {result.characters} characters")
    click.echo(f"{'type':<5} {'gold':>7} {'pred':>7} {'correct':>7} {'P':>7} {'R':>7} {'F1':>7}")
    for label, g, p, c, prec, rec, f1 in result.score.table():
        click.echo(f"{label:<5} {g:>7} {p:>7} {c:>7} {prec:>7.4f} {rec:>7.4f} {f1:>7.4f}")
    click.echo(f"speed: {result.chars_per_second:,.0f} characters/second")
