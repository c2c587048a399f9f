"""``zhkg extract``: input files to a graph and its outputs."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click
from click.core import ParameterSource

from zhkg.cli import CONFIG_HELP, PathParam, command_line_errors, terminal_text, user_errors
from zhkg.errors import InputError

__all__ = ["extract"]


def _default_name(inputs: tuple[str, ...]) -> str:
    """The outputs' base name: the input's stem (``.`` is its folder's name, ``-`` is ``stdin``), or ``corpus``.

    >>> _default_name(("news/a.txt",)), _default_name(("-",)), _default_name(("a", "b")), _default_name(("/",))
    ('a', 'stdin', 'corpus', 'graph')
    """
    if len(inputs) != 1:
        return "corpus"
    if inputs[0] == "-":
        return "stdin"
    path = Path(inputs[0])
    stem = path.stem if path.name not in ("", ".", "..") else Path(path.resolve()).name
    return stem.lstrip(".") or "graph"  # never a hidden .graphml


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=PathParam(label="INPUT"))
@click.option("-o", "--output-dir", "output_dir", default="graphs", show_default=True, type=PathParam(file_okay=False, output=True),
              help="Folder for the default GraphML and HTML outputs.")
@click.option("--name", default=None, help="Base name of the default outputs (default: the input's stem).")
@click.option("--graphml", "graphml_path", type=PathParam(dir_okay=False, output=True), help="GraphML output (default DIR/NAME.graphml).")
@click.option("--html", "html_path", type=PathParam(dir_okay=False, output=True), help="HTML output (default DIR/NAME.html).")
@click.option("--json", "json_path", type=PathParam(dir_okay=False, output=True), help="Also write node-link JSON here.")
@click.option("--mentions", "mentions_path", type=PathParam(dir_okay=False, output=True), help="Also write mentions as JSON lines here.")
@click.option("--csv", "csv_dir", type=PathParam(file_okay=False, output=True), help="Also write nodes.csv and edges.csv (Neo4j import, Kùzu COPY) here.")
@click.option("--gexf", "gexf_path", type=PathParam(dir_okay=False, output=True),
              help="Also write GEXF 1.3 (Gephi, laid out; dynamic, for Gephi's timeline, when documents are dated) here.")
@click.option("--config", "config_file", type=PathParam(noun="file name"), default=None, metavar="FILE.toml", help=CONFIG_HELP)
@click.option("--model/--no-model", "model", default=None,
              help="Run the statistical recogniser beside the rules, or rules only (default: on, or as --config says).")
@click.option("--lexicon", "lexicon_dirs", multiple=True, type=PathParam(noun="folder name"), metavar="DIR",
              help="A folder of your own lexicon tables, added to the shipped ones; repeat for more "
                   "(replaces the config file's lexicon_dirs).")
@click.option("--co-mentions", "co_mentions", type=click.Choice(["sentence", "off"]), default=None,
              help="sentence: entities named in one sentence get a weighted CO_MENTIONED edge; off: none "
                   "(default: sentence, or as --config says).")
@click.option("--encoding", default=None, help="Read every input with this codec (gbk, big5, utf-16, ...) instead of detecting it.")
@click.option("--skip-bad", is_flag=True,
              help="Skip unreadable files, JSON lines and table rows, list them at the end, and go on: exit status 0 "
                   "when at least one document was read (without it, the first stops the run, exit status 1).")
@click.option("--text-column", default=None, metavar="COL",
              help="Delimited files (.tsv/.csv): the text's column, 1-based number or header name (default: the last); "
                   "JSON lines (.jsonl/.json): the text's field (default: text, content, body, 正文…).")
@click.option("--delimiter", default=None, help="Delimited files: the separator, one character (default: TAB for .tsv, comma for .csv).")
@click.option("--follow-links", is_flag=True,
              help="Folders: also read links to files outside the folder, and enter linked folders.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes (local engine); 0 means one per core, at most two a core. The graph is the same "
                   "whatever the number.")
@click.option("--work-dir", type=PathParam(file_okay=False, output=True), default=None,
              help="Keep each finished document's result here; a run started again with the same inputs resumes.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine; dask: an existing Dask cluster (pip install '.[dask]').")
@click.option("--scheduler", default=None, metavar="ADDRESS", help="The Dask scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=300, show_default=True,
              help="The HTML page draws a connected view of the best-linked nodes, up to this many (GraphML has all).")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when stderr is a terminal).")
def extract(inputs, output_dir, name, graphml_path, html_path, json_path, mentions_path, csv_dir, gexf_path, config_file,
            model, lexicon_dirs, co_mentions, encoding, skip_bad, text_column, delimiter, follow_links, jobs, work_dir,
            engine, scheduler, max_nodes, progress) -> None:
    """Extract a knowledge graph from INPUT files (.txt, folders of .txt, .jsonl, .json, .tsv/.csv; - for standard input).

    A file named more than once (the same path twice, a file and its folder,
    a link to it) is read once. An option for one kind of input
    (--text-column, --delimiter, --follow-links) is refused, exit status 2,
    when no input is of that kind.

    Example:

        zhkg extract seeds/000_e88b616f19a6a93b.txt -o graphs

        zhkg extract corpus.tsv --text-column 2 --jobs 2 --work-dir .zhkg-work

        zhkg extract news/ --config zhkg.toml --no-model --lexicon my_words/
    """
    from zhkg.config import load_config
    from zhkg.errors import OutputConflictError
    from zhkg.export import write_outputs
    from zhkg.export.atomic import new_folders_undone
    from zhkg.export.outputs import (
        STANDARD_STREAM,
        check_output_folder,
        check_outputs,
        misnamed_outputs,
        output_paths,
    )
    from zhkg.run.corpus import CorpusRun, check_scheduler, choose_workers, run_inputs
    from zhkg.stages.encodings import check_encoding, readable_name
    from zhkg.stages.read import check_format_options, check_standard_input
    from zhkg.stages.read_tables import check_delimiter

    if name is not None and (name in ("", ".", "..") or "/" in name or "\\" in name or "\0" in name):
        raise click.UsageError(f"--name must be a file name without a folder, not {terminal_text(repr(name))}")
    if scheduler and engine != "dask":  # the run would be local, the scheduler silently unused
        raise click.UsageError("--scheduler is for --engine dask; add it, or leave --scheduler out")
    if engine == "dask" and not scheduler:  # found here, not once the inputs are read and the run starts
        raise click.UsageError("--engine dask needs --scheduler ADDRESS of a running Dask scheduler")
    if engine == "dask" and click.get_current_context().get_parameter_source("jobs") is ParameterSource.COMMANDLINE:
        # the cluster's workers do the work: a number of local processes would be silently unused
        raise click.UsageError("--jobs is for the local engine; a Dask cluster runs as many tasks as its workers "
                               "have threads: leave --jobs out")
    with command_line_errors():  # an option of the wrong form, or for a kind of input not given: exit 2
        if encoding is not None:  # '' too: it names no codec
            check_encoding(encoding)
        if delimiter is not None:
            delimiter = check_delimiter(delimiter)
        check_standard_input(inputs)
        check_format_options(inputs, text_column=text_column, delimiter=delimiter, follow_links=follow_links)
        if scheduler:
            check_scheduler(scheduler)
    if engine == "local" and jobs > choose_workers(jobs):  # said before the run, not found in a process table
        click.echo(f"warning: --jobs {jobs:,} is more than two workers a core; using {choose_workers(jobs):,}",
                   err=True)
    name = name or _default_name(inputs)
    out = Path(output_dir)
    skipped: list[InputError] = []
    row_notes: list[str] = []
    hint = f" Run it again to resume from {terminal_text(work_dir)}." if work_dir else ""
    outputs = dict(graphml=graphml_path or out / f"{name}.graphml", html=html_path or out / f"{name}.html",
                   json=json_path, mentions=mentions_path, csv_dir=csv_dir, gexf=gexf_path)
    # the default GraphML and page are -o's: a message about them names the option the user gave
    named = {what: "-o" for what, given in (("--graphml", graphml_path), ("--html", html_path)) if given is None}
    for option, folder in (("-o", output_dir if named else None), ("--csv", csv_dir)):
        if folder == STANDARD_STREAM:  # not a folder named -, which nobody means
            raise click.UsageError(f"{option} -: standard output is not supported; name a folder to write the "
                                   "outputs to")
    # a run that fails (a bad input, a model that does not load, Ctrl-C) removes the folders it made, while empty
    with user_errors(interrupted=f"Interrupted; no output was left half-written.{hint}"), new_folders_undone():
        if named:
            check_output_folder(out, "-o")
        try:  # before the run: a mistake costs no time
            check_outputs([(named.get(what, what), path) for what, path in output_paths(**outputs)], inputs)
        except OutputConflictError as exc:  # the command line's own paths clash: a usage error
            raise click.UsageError(terminal_text(str(exc))) from None
        for line in misnamed_outputs(output_paths(**outputs)):  # written as asked, but said once
            click.echo(f"warning: {terminal_text(line)}", err=True)
        config = load_config(config_file, recogniser=model, lexicon_dirs=tuple(lexicon_dirs) or None,
                             co_mentions=co_mentions)
        if config_file:
            _check_names(config, config_file)
        run = CorpusRun(config, jobs=jobs, work_dir=Path(work_dir) if work_dir else None, engine=engine,
                        scheduler=scheduler, progress=sys.stderr.isatty() if progress is None else progress,
                        mentions=mentions_path is not None, lay_out=True)
        try:
            result = run_inputs(inputs, run, encoding=encoding, text_column=text_column, delimiter=delimiter,
                                skipped=skipped if skip_bad else None, follow_links=follow_links, warnings=row_notes)
        except InputError:
            _echo_skipped(skipped)
            raise
        written = write_outputs(result, **outputs, title=f"zhkg: {readable_name(name)}", max_nodes=max_nodes, config=config,
                                inputs=inputs, workers=choose_workers(jobs) if engine == "local" else 1, named=named)
    ex = result.extraction
    by_type = Counter(e.label.value for e in ex.entities)
    click.echo(
        f"{len(ex.documents)} document{'' if len(ex.documents) == 1 else 's'}; entities: "
        + ", ".join(f"{k} {by_type[k]}" for k in ("PERSON", "ORGANIZATION", "PLACE", "COUNT"))
        + f"; relations: {result.graph.number_of_edges()}"
        + (f"; {len(skipped):,} skipped (listed below)" if skipped else ""),
        err=True,
    )
    if result.resumed:  # a resumed run says so: its time is not the corpus's
        click.echo(f"resumed: {result.resumed:,} of the {len(ex.documents):,} documents read back from "
                   f"{terminal_text(work_dir)}", err=True)
    for path in written:
        click.echo(f"wrote {terminal_text(path)}", err=True)
    _echo_skipped(skipped)
    _echo_warnings(row_notes)
    if ex.documents and not any(by_type.values()):  # an English file, a wrong column: a graph of documents alone
        click.echo(f"warning: no entity found in {'the document' if len(ex.documents) == 1 else 'any document'} "
                   "read; zhkg reads Chinese text", err=True)


def _check_names(config, config_file: str) -> None:
    """Every extractor, relation reader, pair relation and learned relation ``config`` names is known; a mistake
    names the config file."""
    from zhkg.errors import ConfigError
    from zhkg.registry import get_relation_reader, resolve_extractors
    from zhkg.relate.learned import check_learned_kinds
    from zhkg.relate.pairs import check_pair_kinds

    try:
        resolve_extractors(config.extractors)
        for name in config.relations:
            get_relation_reader(name)
        check_pair_kinds(config)
        check_learned_kinds(config)
    except ConfigError as exc:
        raise ConfigError(f"{config_file}: {exc}") from None


#: ``skipped:`` lines printed at most; a file whose every line is bad would otherwise print one per line.
SKIPPED_SHOWN = 20


def _echo_warnings(lines: list[str]) -> None:
    """One ``warning:`` line for each of the first :data:`SKIPPED_SHOWN` rows read as they are but worth a word
    (a repeated id, markup alone, a text that shows nothing, a date not read), in reading order, then how many more."""
    for line in lines[:SKIPPED_SHOWN]:
        click.echo(f"warning: {terminal_text(line)}", err=True)
    if len(lines) > SKIPPED_SHOWN:
        click.echo(f"warning: {len(lines) - SKIPPED_SHOWN:,} more not listed ({len(lines):,} in all)", err=True)


def _echo_skipped(skipped: list[InputError]) -> None:
    """One ``skipped:`` line for each of the first :data:`SKIPPED_SHOWN` inputs skipped, then how many more."""
    for exc in skipped[:SKIPPED_SHOWN]:
        click.echo(f"skipped: {terminal_text(exc)}", err=True)
    if len(skipped) > SKIPPED_SHOWN:
        click.echo(f"skipped: {len(skipped) - SKIPPED_SHOWN:,} more not listed ({len(skipped):,} in all)", err=True)
