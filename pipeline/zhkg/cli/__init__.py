"""The ``zhkg`` command: a thin layer over :mod:`zhkg.run.pipeline` and the exporters.

Library errors become ``Error: …`` on one line and exit status 1; ``Ctrl-C``
exits with status 130. Nothing here extracts or relates anything.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections import Counter
from pathlib import Path

import click

from zhkg.errors import ZhkgError
from zhkg.config import Config
from zhkg.stages.read import InputError, check_encoding, read_inputs

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
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False), help="Also write nodes.csv and edges.csv (Neo4j import, Kùzu COPY) here.")
@click.option("--gexf", "gexf_path", type=click.Path(dir_okay=False), help="Also write GEXF 1.2 (Gephi, laid out) here.")
@click.option("--encoding", default=None, help="Read every input with this codec (gbk, big5, utf-16, ...) instead of detecting it.")
@click.option("--skip-bad", is_flag=True, help="Skip unreadable files and JSON lines, list them at the end, and go on.")
@click.option("--text-column", default=None, metavar="COL",
              help="Delimited files (.tsv/.csv): the text's column, 1-based number or header name (default: the last).")
@click.option("--delimiter", default=None, help="Delimited files: the separator (default: TAB for .tsv, comma for .csv).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes; 0 means one per core. The graph is the same whatever the number.")
@click.option("--work-dir", type=click.Path(file_okay=False), default=None,
              help="Keep each finished document's result here; a run started again with the same inputs resumes.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine; dask: an existing Dask cluster (pip install '.[dask]').")
@click.option("--scheduler", default=None, metavar="ADDRESS", help="The Dask scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=300, show_default=True,
              help="The HTML page draws the most-mentioned nodes up to this many (GraphML always has all).")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when stderr is a terminal).")
def extract(inputs, output_dir, name, graphml_path, html_path, json_path, mentions_path, csv_dir, gexf_path, encoding,
            skip_bad, text_column, delimiter, jobs, work_dir, engine, scheduler, max_nodes, progress) -> None:
    """Extract a knowledge graph from INPUT files (.txt, folders of .txt, .jsonl, .tsv/.csv).

    Example:

        zhkg extract seeds/000_e88b616f19a6a93b.txt -o graphs

        zhkg extract corpus.tsv --text-column 2 --jobs 2 --work-dir .zhkg-work
    """
    from zhkg.export.atomic import atomic_outputs
    from zhkg.export.csv import write_csv
    from zhkg.export.gexf import write_gexf
    from zhkg.export.graphml import write_graphml
    from zhkg.export.html import write_html
    from zhkg.export.jsonl import write_graph_json, write_mentions
    from zhkg.run.corpus import CorpusRun, run_corpus

    name = name or _default_name(inputs)
    out = Path(output_dir)
    graphml_path = Path(graphml_path) if graphml_path else out / f"{name}.graphml"
    html_path = Path(html_path) if html_path else out / f"{name}.html"
    config = Config()
    skipped: list[InputError] = []
    try:
        if encoding:
            check_encoding(encoding)
        def raws(into):
            return read_inputs(list(inputs), encoding=encoding, max_chars=config.max_document_chars,
                               skipped=into if skip_bad else None, text_column=text_column, delimiter=delimiter)

        show = sys.stderr.isatty() if progress is None else progress
        # a first pass: counts every input only for the progress bar's time left, else stops at 8
        first = raws([])
        total = sum(1 for _ in first) if show else sum(1 for _ in itertools.islice(first, 8))
        workers = jobs or os.cpu_count() or 1
        if total < 8 and engine == "local":
            workers = 1  # starting workers costs more than a handful of documents
        run = CorpusRun(config, jobs=workers, work_dir=Path(work_dir) if work_dir else None, engine=engine,
                        scheduler=scheduler, progress=show)
        result = run_corpus(raws(skipped), run, total=total if show else None)
        if not result.extraction.documents:
            raise InputError(f"no document could be read ({len(skipped)} skipped)")
        G = result.graph
        with atomic_outputs():  # every output replaced together, or none
            write_graphml(G, graphml_path)
            write_html(G, html_path, title=f"zhkg: {name}", height=config.html_height,
                       stabilization_iterations=config.html_stabilization_iterations, max_nodes=max_nodes)
            written = [graphml_path, html_path]
            if json_path:
                write_graph_json(G, json_path)
                written.append(Path(json_path))
            if mentions_path:
                write_mentions(result.extraction.mentions, mentions_path)
                written.append(Path(mentions_path))
            if csv_dir:
                written.extend(write_csv(G, csv_dir))
            if gexf_path:
                write_gexf(G, gexf_path)
                written.append(Path(gexf_path))
    except InputError as exc:
        _echo_skipped(skipped)
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write output: {exc.strerror or exc} ({exc.filename})") from None
    except ZhkgError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        hint = f" Run it again to resume from {work_dir}." if work_dir else ""
        click.echo(f"Interrupted; no output was left half-written.{hint}", err=True)
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
    _echo_skipped(skipped)


def _echo_skipped(skipped: list[InputError]) -> None:
    for exc in skipped:
        click.echo(f"skipped: {exc}", err=True)


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
    from zhkg.evaluate import evaluate_bio
    from zhkg.ner.model import ModelFileError
    from zhkg.run.pipeline import Pipeline

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


@main.command()
@click.argument("graph", type=click.Path(dir_okay=False))
@click.argument("what")
@click.argument("args", nargs=-1)
@click.option("--kind", default=None, metavar="KIND",
              help="neighbours: only relations of this kind (HOLDS_ROLE, MEMBER_OF, LOCATED_IN, HAS_COUNT, ...).")
@click.option("--documents", is_flag=True, help="path: allow steps through documents.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def query(graph, what, args, kind, documents, as_json) -> None:
    """Ask GRAPH (.graphml or node-link .json) a question WHAT about ARGS.

    \b
    find NAME            entities named NAME (either script, alias, pinyin)
    people-of ORG        who holds which role in an organisation
    roles-of PERSON      where a person works and in what role
    counts-of NAME       counts recorded for a place or organisation
    entities-of DOC_ID   entities of a document
    documents-of NAME    documents that mention an entity
    neighbours NAME      nodes one relation away (--kind HOLDS_ROLE)
    path A B             shortest path, with the evidence of each step

    Example:

        zhkg query graphs/000_e88b616f19a6a93b.graphml people-of 平谷区政协
    """
    import dataclasses
    import json

    from zhkg.query.graph import GraphFileError, QueryError, ask, load_graph
    from zhkg.query.table import format_table

    try:
        results = ask(load_graph(graph), what, args, kind=kind.upper() if kind else None, include_documents=documents)
    except (GraphFileError, QueryError, LookupError) as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps([dataclasses.asdict(r) for r in results], ensure_ascii=False, indent=1))
    elif results:
        click.echo(format_table(type(results[0]).HEADER, [r.row() for r in results]))
    else:
        click.echo("no results", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
