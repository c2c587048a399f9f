"""``zhkg query``: questions to a graph file."""

from __future__ import annotations

import click

from zhkg.cli import user_errors

__all__ = ["query"]


@click.command()
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

    from zhkg.query.graph import ask, load_graph
    from zhkg.query.table import format_table

    with user_errors():
        results = ask(load_graph(graph, indexed=True), what, args, kind=kind.upper() if kind else None, include_documents=documents)
    if as_json:
        click.echo(json.dumps([dataclasses.asdict(r) for r in results], ensure_ascii=False, indent=1))
    elif results:
        click.echo(format_table(type(results[0]).HEADER, [r.row() for r in results]))
    else:
        click.echo("no results", err=True)
