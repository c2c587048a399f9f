"""The ``zhkg`` command: a thin layer over :mod:`pipeline.run` and the exporters.

Library errors become ``Error: …`` on one line and exit status 1; ``Ctrl-C``
exits with status 130. Nothing here extracts or relates anything.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from .config import Config
from .readers import InputError, read_inputs

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="zhkg")
def main() -> None:
    """zhkg: knowledge graphs of people, organisations, places and counts from Chinese news."""


def _default_name(inputs: tuple[str, ...]) -> str:
    return Path(inputs[0]).stem if len(inputs) == 1 else "corpus"


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output-dir", "output_dir", default="graphs", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the default GraphML and HTML outputs.")
@click.option("--name", default=None, help="Base name of the default outputs (default: the input's stem).")
@click.option("--graphml", "graphml_path", type=click.Path(dir_okay=False), help="GraphML output (default DIR/NAME.graphml).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="HTML output (default DIR/NAME.html).")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Also write node-link JSON here.")
@click.option("--mentions", "mentions_path", type=click.Path(dir_okay=False), help="Also write mentions as JSON lines here.")
def extract(inputs, output_dir, name, graphml_path, html_path, json_path, mentions_path) -> None:
    """Extract a knowledge graph from INPUT files (.txt, folders of .txt, .jsonl).

    Example:

        zhkg extract seeds/000_e88b616f19a6a93b.txt -o graphs
    """
    from .export.graphml import write_graphml
    from .export.html import write_html
    from .export.jsonl import write_graph_json, write_mentions
    from .run import Pipeline

    name = name or _default_name(inputs)
    out = Path(output_dir)
    graphml_path = Path(graphml_path) if graphml_path else out / f"{name}.graphml"
    html_path = Path(html_path) if html_path else out / f"{name}.html"
    config = Config()
    try:
        result = Pipeline(config).run_raw(read_inputs(list(inputs)))
        G = result.graph
        write_graphml(G, graphml_path)
        write_html(G, html_path, title=f"zhkg: {name}", height=config.html_height,
                   stabilization_iterations=config.html_stabilization_iterations)
        written = [graphml_path, html_path]
        if json_path:
            write_graph_json(G, json_path)
            written.append(Path(json_path))
        if mentions_path:
            write_mentions(result.extraction.mentions, mentions_path)
            written.append(Path(mentions_path))
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write output: {exc.strerror or exc} ({exc.filename})") from None
    except KeyboardInterrupt:
        click.echo("Interrupted; no output was left half-written.", err=True)
        sys.exit(130)
    ex = result.extraction
    by_type = Counter(e.label.value for e in ex.entities)
    click.echo(
        f"{len(ex.documents)} documents; entities: "
        + ", ".join(f"{k} {by_type[k]}" for k in ("PERSON", "ORGANIZATION", "PLACE", "COUNT"))
        + f"; relations: {G.number_of_edges()}",
        err=True,
    )
    for path in written:
        click.echo(f"wrote {path}", err=True)


@main.command(name="eval")
@click.argument("bio_file", type=click.Path(dir_okay=False))
@click.option("--script", type=click.Choice(["simplified", "traditional"]), default="simplified", show_default=True,
              help="traditional: convert the gold text with OpenCC s2t first.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N sentences.")
@click.option("--no-model", is_flag=True, help="Rules only, without the statistical recogniser.")
def eval_(bio_file, script, limit, no_model) -> None:
    """Score PER/LOC/ORG extraction on a character-BIO file (exact spans).

    Prints precision, recall and F1 per type and overall, and characters per second.

    Example:

        zhkg eval dev.bio --script traditional
    """
    from .evaluate import evaluate_bio
    from .ner.model import ModelFileError
    from .run import Pipeline

    try:
        result = evaluate_bio(bio_file, script=script, limit=limit, pipeline=Pipeline(Config(recogniser=not no_model)))
    except FileNotFoundError:
        raise click.ClickException(f"no such file: {bio_file}") from None
    except (ValueError, ModelFileError, UnicodeDecodeError) as exc:
        raise click.ClickException(str(exc).splitlines()[0]) from None
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    click.echo(f"{bio_file} ({script}): {result.sentences} sentences, {result.characters} characters")
    click.echo(f"{'type':<5} {'gold':>7} {'pred':>7} {'correct':>7} {'P':>7} {'R':>7} {'F1':>7}")
    for label, g, p, c, prec, rec, f1 in result.score.table():
        click.echo(f"{label:<5} {g:>7} {p:>7} {c:>7} {prec:>7.4f} {rec:>7.4f} {f1:>7.4f}")
    click.echo(f"speed: {result.chars_per_second:,.0f} characters/second")


if __name__ == "__main__":  # pragma: no cover
    main()
