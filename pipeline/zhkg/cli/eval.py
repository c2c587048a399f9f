"""``zhkg eval``: score the extraction on a character-BIO file or on annotated whole articles."""

from __future__ import annotations

from pathlib import Path

import click

from zhkg.cli import CONFIG_HELP, PathParam, terminal_text, user_errors
from zhkg.errors import ZhkgError

__all__ = ["eval_", "gold_and_data"]


@click.command(name="eval")
@click.argument("gold_file", type=PathParam(dir_okay=False))
@click.option("--script", type=click.Choice(["simplified", "traditional"]), default=None,
              help="BIO: traditional converts the gold text with OpenCC s2t first (default: scored as written, either script). "
                   "Articles (.jsonl): score only the articles in that script.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="BIO: only the first N sentences.")
@click.option("--data", "data_dir", type=PathParam(file_okay=False), default=None,
              help="Articles: the shared data folder referenced texts come from (default: shared/data beside "
                   "the current folder or one of its parents).")
@click.option("--half", type=click.Choice(["tune", "held", "held2", "tune11", "tune13", "tune14", "tune15", "fresh21", "tune36", "check36", "tune37", "check37", "all"]),
              default="all", show_default=True,
              help="Articles: score only the tuning half, the held-back half or a blind set (held2, fresh21, check36, check37).")
@click.option("--mirror", is_flag=True, help="Articles: also score each article in the other script.")
@click.option("--errors", is_flag=True, help="Articles: also list missed and spurious entities.")
@click.option("--config", "config_file", type=PathParam(noun="file name"), default=None, metavar="FILE.toml", help=CONFIG_HELP)
@click.option("--model/--no-model", "model", default=None,
              help="With the statistical recogniser beside the rules, or rules only (default: on, or as --config says).")
def eval_(gold_file, script, limit, data_dir, half, mirror, errors, config_file, model) -> None:
    """Score PER/LOC/ORG extraction on a character-BIO file (exact spans) or on whole articles.

    A BIO file prints precision, recall and F1 per type and overall, and
    characters per second. A JSON-lines file of annotated articles
    (``tests/gold/entities_dev.jsonl``) is scored per document as sets of typed
    entities, by region, script and half, per type and overall. An option for
    the other kind of file (--limit for articles; --half, --mirror, --errors
    or --data for a BIO file) is refused, exit status 2.

    Example:

        zhkg eval dev.bio --script traditional

        zhkg eval tests/gold/entities_dev.jsonl --half tune --mirror --errors
    """
    from zhkg.config import load_config
    from zhkg.run.pipeline import Pipeline

    articles = gold_file.endswith(".jsonl")
    given = {"--limit": limit is not None, "--data": data_dir is not None, "--half": half != "all",
             "--mirror": mirror, "--errors": errors}
    for option in ("--data", "--half", "--mirror", "--errors") if not articles else ("--limit",):
        if given[option]:  # it would be silently unused
            kind = "a BIO file" if not articles else "a JSON-lines file of articles"
            fits = "articles (.jsonl)" if not articles else "BIO files"
            raise click.UsageError(f"{option} is for {fits}; {terminal_text(gold_file)} is read as {kind}")
    if articles:
        _eval_articles(gold_file, script, data_dir, half, mirror, errors, config_file, model)
        return
    from zhkg.evaluate import evaluate_bio

    script = script or "simplified"
    with user_errors():
        pipeline = Pipeline(load_config(config_file, recogniser=model))
        try:
            result = evaluate_bio(gold_file, script=script, limit=limit, pipeline=pipeline)
        except ZhkgError:
            raise
        except FileNotFoundError:
            raise click.ClickException(f"no such file: {terminal_text(gold_file)}") from None
        except UnicodeDecodeError as exc:
            raise click.ClickException(f"{terminal_text(gold_file)}: not UTF-8 text (byte {exc.start})") from None
        except ValueError as exc:  # read_bio's line errors name the file and line
            raise click.ClickException(terminal_text(str(exc).split("\n")[0])) from None
        if not result.sentences:
            raise click.ClickException(f"{terminal_text(gold_file)} holds no sentences")
    # the default reads the gold text as it is, in either script (a Traditional file is not converted): "as written"
    shown = "as written" if script == "simplified" else script
    click.echo(f"{terminal_text(gold_file)} ({shown}): {result.sentences} sentences, {result.characters} characters")
    click.echo(f"{'type':<5} {'gold':>7} {'pred':>7} {'correct':>7} {'P':>7} {'R':>7} {'F1':>7}")
    for label, g, p, c, prec, rec, f1 in result.score.table():
        click.echo(f"{label:<5} {g:>7} {p:>7} {c:>7} {prec:>7.4f} {rec:>7.4f} {f1:>7.4f}")
    click.echo(f"speed: {result.chars_per_second:,.0f} characters/second")


#: The web format's blind halves (tests/gold/entities_blind57.jsonl, entities_blind58.jsonl, entities_blind60.jsonl):
#: texts outside the repository, scored by bench/entities_web.py, which takes this list as its own (one list for both).
WEB_BLIND_HALVES = ("blind57", "blind58", "blind60")

#: The web format's pools of this session: articles annotated before anything ran on them, scored only (totals) in the
#: session that made them; the next session moves them to :data:`OPEN_POOL_HALVES` (docs/changes-session63.md).
#: pool63r: tests/gold/roles_pool63r.jsonl (bench/roles_web.py --half pool63r, round pool63r315); pool63c:
#: tests/gold/counts_pool63c.jsonl (bench/counts_web.py --half pool63c, round pool63c316); both made in session 63.
WEB_POOL_HALVES: tuple[str, ...] = ("pool63r", "pool63c")

#: Pools an earlier session scored only, opened since: read for error lists like a tune half. pool61r:
#: tests/gold/roles_pool61r.jsonl (bench/roles_web.py --half pool61r); pool61c: tests/gold/counts_pool61c.jsonl
#: (bench/counts_web.py --half pool61c); both made in session 61, opened in session 62. pool62r:
#: tests/gold/roles_pool62r.jsonl; pool62c: tests/gold/counts_pool62c.jsonl; both made in session 62, opened in
#: session 63.
OPEN_POOL_HALVES = ("pool61r", "pool61c", "pool62r", "pool62c")

#: Halves of an article gold file that are scored but whose errors are never listed: a set kept unseen, so that
#: its numbers stay a check on text nobody tuned for (tests/gold/entities_held2.jsonl, entities_fresh21.jsonl, and
#: entities_real36.jsonl's check36 and entities_real37.jsonl's check37, scored only before and after session 29's rules
#: written from their tune halves; the web blind halves and this session's pools are listed here too so that no reader
#: lists their errors).
BLIND_HALVES = ("held2", "fresh21", "check36", "check37", *WEB_BLIND_HALVES, *WEB_POOL_HALVES)


def gold_and_data(gold_file: str, data_dir: str | None) -> Path | None:
    """The data folder an article gold file's texts are read from, once the gold file and ``--data`` are there.

    ``zhkg eval`` and ``zhkg eval-counts`` say the same of each thing missing, one ``Error:`` line, exit 1: a gold
    file that is not there (``no such file: G``), a ``--data`` folder not there (``cannot read --data D: no such
    folder``; a file there is refused by :class:`zhkg.cli.PathParam`). With no ``--data`` and no ``shared/data`` found
    the answer is None, and a record whose text is in the data folder is refused by its line
    (``G:3: the gold refers to the shared data folder; pass --data DIR``): a gold file of texts written inline needs
    none. The rest (an empty gold file, a record with no text, a text file missing) is the loader's, by the same
    helpers in :mod:`zhkg.evaluate`.
    """
    from zhkg.evaluate import find_data_dir

    if not Path(gold_file).is_file():
        raise click.ClickException(f"no such file: {terminal_text(gold_file)}")
    if data_dir is None:
        return find_data_dir()
    if not Path(data_dir).is_dir():  # not "pass --data DIR": it was passed
        raise click.ClickException(f"cannot read --data {terminal_text(data_dir)}: no such folder")
    return Path(data_dir)


def _eval_articles(gold_file, script, data_dir, half, mirror, errors, config_file, model) -> None:
    from zhkg.config import load_config
    from zhkg.evaluate import ENTITY_TYPES, ArticleTally, load_article_gold, score_articles
    from zhkg.run.pipeline import Pipeline

    with user_errors():
        data = gold_and_data(gold_file, data_dir)
        articles = [a for a in load_article_gold(gold_file, data, mirror=mirror)
                    if half in ("all", a.half) and script in (None, a.script)]
        tallies = score_articles(articles, Pipeline(load_config(config_file, recogniser=model)))
    click.echo(f"{terminal_text(gold_file)}: {len(articles)} articles, {sum(len(a.entities) for a in articles)} entities")
    click.echo(f"{'region':<14} {'script':<12} {'type':<5} {'gold':>5} {'pred':>5} {'right':>5} "
               f"{'P':>6} {'R':>6} {'F1':>6}")
    groups: dict[tuple[str, str], ArticleTally] = {}
    total = ArticleTally()
    for (region, s, _), tally in sorted(tallies.items()):
        groups.setdefault((region, s), ArticleTally()).add(tally)
        total.add(tally)
    for (region, s), tally in [*sorted(groups.items()), (("all", "all"), total)]:
        for label in (*ENTITY_TYPES, None):
            name = label[:3] if label else "all"
            g, p, c = tally.counts(label)
            prec, rec, f1 = tally.prf(label)
            click.echo(f"{terminal_text(region):<14} {s:<12} {name:<5} {g:>5} {p:>5} {c:>5} "
                       f"{prec:>6.3f} {rec:>6.3f} {f1:>6.3f}")
    if errors:
        listed = ArticleTally()
        for (_, _, h), tally in sorted(tallies.items()):
            if h not in BLIND_HALVES:
                listed.add(tally)
        for kind, items in (("missed", listed.misses), ("spurious", listed.spurious)):
            for item in items:
                click.echo(f"{kind:<8} {terminal_text(item)}")
        if len(listed.misses) + len(listed.spurious) < len(total.misses) + len(total.spurious):
            hidden = [h for h in BLIND_HALVES if any(key[2] == h for key in tallies)]
            click.echo(f"(errors of the blind halves {', '.join(hidden)} are scored, never listed)")
