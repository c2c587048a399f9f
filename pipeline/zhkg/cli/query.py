"""``zhkg query``: questions to a graph file."""

from __future__ import annotations

import re

import click

from zhkg.cli import PathParam, terminal_text, user_errors

__all__ = ["query"]

_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A ``--since``/``--until`` value as ISO ``YYYY-MM-DD``: refused (exit 2) before the graph is read."""
    from zhkg.text import iso_date

    if value is None:
        return None
    date = iso_date(value)
    if not date:
        raise click.BadParameter(f"must be a date such as 2020-12-22, not {value!r}.")
    return date


@click.command()
@click.argument("graph", type=PathParam(dir_okay=False))
@click.argument("what")
@click.argument("args", nargs=-1)
@click.option("--kind", default=None, metavar="KIND",
              help="neighbours: only relations of this kind (HOLDS_ROLE, MEMBER_OF, LOCATED_IN, HAS_COUNT, ...).")
@click.option("--documents", is_flag=True, help="path: allow steps through documents.")
@click.option("--since", default=None, metavar="DATE", callback=_date_option,
              help="Only relations dated this day (YYYY-MM-DD) or later: their document's date.")
@click.option("--until", default=None, metavar="DATE", callback=_date_option, help="Only relations dated this day (YYYY-MM-DD) or earlier.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def query(graph, what, args, kind, documents, since, until, as_json) -> None:
    """Ask GRAPH (.graphml or node-link .json) a question WHAT about ARGS.

    GRAPH is the GraphML (or --json file) zhkg extract wrote; its .gexf is
    for Gephi and its .html for a browser.

    \b
    find NAME            entities named NAME (either script, alias, pinyin)
    people-of ORG        who holds which role in an organisation
    holders TITLE        who holds a title (立委, 縣長, 部长) and where
    roles-of PERSON      where a person works and in what role
    counts-of NAME       counts recorded for a place or organisation
    entities-of DOC_ID   entities of a document
    documents-of NAME    documents that mention an entity
    neighbours NAME      nodes one relation away (--kind HOLDS_ROLE)
    path A B             shortest path, with the evidence of each step

    --since and --until keep the relations of documents dated in that range
    (undated ones are left out).

    Example:

        zhkg query graphs/000_e88b616f19a6a93b.graphml people-of 平谷区政协

        zhkg query corpus.graphml neighbours 平谷区 --since 2020-12-01 --until 2020-12-31

        zhkg query corpus.graphml holders 縣長 --since 2024-06-01
    """
    import dataclasses
    import json

    from zhkg.errors import NoPathError, QueryError
    from zhkg.query.graph import ask, load_graph, question_arguments
    from zhkg.query.table import format_table

    try:  # a mistyped question is a command-line mistake (exit 2), found before a large graph is read
        question_arguments(what, args)
    except QueryError as exc:
        raise click.UsageError(terminal_text(str(exc))) from None
    if since and until and since > until:  # nothing could be found: told before the graph is read
        raise click.UsageError(f"--since {since} is after --until {until}")
    if kind is not None and not kind.strip():  # no filter, silently: as a mistyped kind, a mistake
        raise click.UsageError(f"--kind needs a relation kind (HOLDS_ROLE, MEMBER_OF, ...), not {kind!r}")
    for option, given, question in (("--kind", kind is not None, "neighbours"), ("--documents", documents, "path")):
        if given and what != question:  # it would be silently unused
            raise click.UsageError(f"{option} is for {question}, not {terminal_text(what)}")
    with user_errors():
        whole = kg = load_graph(graph, indexed=True)
        if since or until:
            kg = whole.between(since, until)
        try:
            results = ask(kg, what, args, kind=kind, include_documents=documents)
        except QueryError as exc:  # a --kind no relation of this graph has: the command line's mistake
            raise click.UsageError(terminal_text(str(exc))) from None
        except NoPathError as exc:
            if documents:
                raise
            raise NoPathError(f"{exc} (--documents allows them)") from None
    if as_json:  # JSON escapes C0 controls itself; C1 and bidi controls become \\uXXXX, still valid JSON
        text = json.dumps([dataclasses.asdict(r) for r in results], ensure_ascii=False, indent=1)
        click.echo(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
    elif results:
        rows = [[terminal_text(cell) for cell in r.row()] for r in results]
        click.echo(format_table(type(results[0]).HEADER, rows))
    if results:
        return
    # an empty answer says why on stderr, beside --json's [] too (stdout stays JSON)
    if what == "path":  # no error and no step: both names are one node
        a, b = (terminal_text(name) for name in args)
        click.echo(f"no steps: {a} and {b} name the same node ({terminal_text(kg.names.resolve(args[0]))})", err=True)
    else:
        with user_errors():
            click.echo(f"no results: {_nothing_found(kg, whole, what, args, kind, since, until)}", err=True)


#: What each question found none of, said of its {subject}; {dated} is the range asked, or what fits without one.
_NONE_OF = {
    "people-of": ("no role or membership in {subject}{dated}", " is recorded"),
    "roles-of": ("no role or membership of {subject}{dated}", " is recorded"),
    "holders": ("no one holds the title {subject}{dated}", " in this graph"),
    "counts-of": ("no count of {subject}{dated}", " is recorded"),
    "documents-of": ("no document{dated} mentions {subject}", ""),
    "entities-of": ("{subject} has no mention{dated}", " of an entity"),
    "neighbours": ("{subject} has no {kind}relation{dated}", ""),
}
#: The question to ask instead when the subject is of another type: (question, type) -> better question.
_INSTEAD = {("people-of", "PERSON"): "roles-of", ("roles-of", "ORGANIZATION"): "people-of"}


def _nothing_found(kg, whole, what: str, args: tuple[str, ...], kind: str | None, since: str | None,
                   until: str | None) -> str:
    """Why a question found nothing, in one line: its subject and type, the dates asked and the graph's, and the
    question that would find something."""
    from zhkg.query.graph import ask, question_arguments

    template, undated = _NONE_OF[what]
    span = ""
    if since or until:
        first_last = whole.date_range()
        if first_last is None:
            return "no relation in this graph is dated (--since and --until keep dated ones only)"
        undated = " dated" + (f" from {since}" if since else "") + (f" until {until}" if until else "")
        first, last = first_last
        span = f"; this graph's relations are dated {first}{f' to {last}' if last != first else ''}"
    name = question_arguments(what, args)[0]
    shown = terminal_text(name)
    if what == "holders":  # a title, no entity: the titles the graph holds instead
        held = ", ".join(terminal_text(t) for t in kg.titles()[:8])
        return (template.format(subject=shown, dated=undated) + span
                + (f"; its most held titles: {held}" if held else "; it records no role"))
    if what == "entities-of":
        subject = f"document {terminal_text(kg.document(name).doc_id)}"
        return template.format(subject=subject, dated=undated) + span
    ref = kg.entity(name)
    subject = f"{terminal_text(ref.label)} ({ref.type})"
    said = template.format(subject=subject, dated=undated, kind=f"{kind.upper()} " if kind else "") + span
    instead = _INSTEAD.get((what, ref.type))
    relations = len(kg.neighbours(name))
    if instead and ask(kg, instead, [name]):  # the other question, and only when it has an answer
        said += f"; ask {instead} {shown} instead"
    elif relations:
        others = f"neighbours {shown} lists" if what != "neighbours" else "without --kind it has"
        said += f"; {others} {relations} relation{'' if relations == 1 else 's'}"
    return said
