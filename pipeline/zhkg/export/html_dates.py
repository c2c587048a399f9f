"""The page's date filter (:mod:`zhkg.export.html`): which days each drawn edge is dated, and the control's HTML.

A relation's date is its document's, as ``zhkg query … --since/--until`` reads it
(:meth:`zhkg.query.graph.KnowledgeGraph.between`): an edge of one document has that
document's day; an edge read across documents (a co-mention, an organisation's
place) has the days of its documents (``doc_ids``), looked up on their document
nodes; when that list may be cut (:data:`~zhkg.stages.graph.MAX_EDGE_DOC_IDS`) or
names a document the graph does not hold, it has the span from its ``date`` to its
``date_last``, and is in a range the span meets.

Caveats
-------
* The control is on a page only when its drawn edges and documents carry at least
  two different days: one day (a single article, the seed) can only be shown
  whole or not at all. Such a page, and one with no date, is byte-identical to a
  page of a build without the filter: the payload gains no key, the template's
  slots stay empty.
* A day is an ISO ``YYYY-MM-DD`` calendar date, as the GEXF timeline reads it; any other ``date`` (a graph made
  elsewhere) is no day, and the date inputs are only ever given ISO days.
* An undated edge is never hidden by the filter, and a node with no dated edge
  (and no date of its own) stays shown whatever the range; the control says how
  many such nodes there are.
"""

from __future__ import annotations

import html
from typing import Any

import networkx as nx

from zhkg.export.gexf import _date as iso_day  # an ISO calendar day, else "": the timeline's reading
from zhkg.records import Label
from zhkg.stages.graph import MAX_EDGE_DOC_IDS, document_node_id

__all__ = ["date_filter_html", "dated_payload", "edge_days"]


def edge_days(attrs: dict[str, Any], document_dates: dict[str, str | None]) -> tuple[list[str], bool]:
    """The days an edge is dated, and whether they are a span (first and last) rather than each day.

    ``document_dates`` maps a doc id to its document's date (``""`` undated, ``None`` no such document).

    >>> edge_days({"date": "2021-03-02", "doc_id": "d1"}, {})
    (['2021-03-02'], False)
    >>> dates = {"d1": "2021-01-05", "d2": "2021-03-01", "d3": ""}
    >>> edge_days({"date": "2021-01-05", "date_last": "2021-03-01", "doc_ids": "d1|d2|d3"}, dates)
    (['2021-01-05', '2021-03-01'], False)
    >>> edge_days({"date": "2021-01-05", "date_last": "2021-06-01", "doc_ids": "d1|d9"}, dates)  # d9 not in the graph
    (['2021-01-05', '2021-06-01'], True)
    >>> edge_days({"date": ""}, dates), edge_days({"date": "2021/3/2"}, dates)  # no ISO day, no day
    (([], False), ([], False))
    """
    date = iso_day(attrs.get("date"))
    if not date:
        return [], False
    last = iso_day(attrs.get("date_last")) or date
    docs = [doc for doc in str(attrs.get("doc_ids", "") or "").split("|") if doc]
    if not docs:  # an edge of one document: its day
        return [date], False
    dated = [document_dates.get(doc) for doc in docs]
    if len(docs) >= MAX_EDGE_DOC_IDS or None in dated:  # a list that may be cut, or a document not here
        return ([date, last] if last != date else [date]), last != date
    return sorted({day for day in dated if day}) or [date], False


def dated_payload(G: nx.MultiDiGraph, H: nx.MultiDiGraph, payload: dict[str, Any]) -> dict[str, Any] | None:
    """Add the date filter's data to ``payload`` (:func:`zhkg.export.html_payload._build_payload`'s, of ``H``
    drawn out of ``G``) in place, and return what the control shows; ``None`` (the payload untouched) when the
    drawn page has fewer than two days.

    ``payload["dates"]`` is the sorted days; each dated edge gets ``days`` (indices into them; with ``daySpan``
    true, the first and last of a span), each dated document node ``day``. The answer: ``first``, ``last``
    and ``undated`` (the drawn nodes no range hides: no dated edge, no date of their own).

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("p", "o", key="e1", id="e1", date="2021-03-02")
    >>> _ = G.add_edge("p", "q", key="e2", id="e2", date="2021-01-05")
    >>> G.add_node("r")
    >>> payload = {"nodes": [{"id": n} for n in "opqr"], "edges": [{"id": "e1"}, {"id": "e2"}]}
    >>> dated_payload(G, G, payload)
    {'first': '2021-01-05', 'last': '2021-03-02', 'undated': 1}
    >>> payload["dates"], [edge["days"] for edge in payload["edges"]]
    (['2021-01-05', '2021-03-02'], [[1], [0]])
    """
    document_dates: dict[str, str | None] = {}
    for node, attrs in G.nodes(data=True):
        if attrs.get("type") == Label.DOCUMENT.value:
            doc_id = str(attrs.get("doc_id") or "") or str(node).removeprefix(document_node_id(""))
            document_dates.setdefault(doc_id, iso_day(attrs.get("date")))
    by_id = {str(attrs.get("id") or key): edge_days(attrs, document_dates)
             for _u, _v, key, attrs in H.edges(keys=True, data=True)}
    node_day = {node: day for node, attrs in H.nodes(data=True)
                if attrs.get("type") == Label.DOCUMENT.value and (day := iso_day(attrs.get("date")))}
    days = sorted({day for found, _span in by_id.values() for day in found} | set(node_day.values()))
    if len(days) < 2:
        return None
    index = {day: i for i, day in enumerate(days)}
    for edge in payload["edges"]:
        found, span = by_id[edge["id"]]
        if found:
            edge["days"] = [index[day] for day in found]
            if span:
                edge["daySpan"] = True
    for node in payload["nodes"]:
        if node["id"] in node_day:
            node["day"] = index[node_day[node["id"]]]
    payload["dates"] = days
    dated_nodes = set(node_day) | {end for u, v, _k, attrs in H.edges(keys=True, data=True)
                                   if by_id[str(attrs.get("id") or _k)][0] for end in (u, v)}
    return {"first": days[0], "last": days[-1], "undated": sum(1 for node in H if node not in dated_nodes)}


def date_filter_html(dates: dict[str, Any] | None) -> str:
    """The control of :func:`dated_payload`'s answer, placed after the relations list; ``""`` without one.

    >>> date_filter_html(None)
    ''
    >>> '<input id="zhkg-since" type="date" min="2021-01-05" max="2021-03-02" value="2021-01-05">' in date_filter_html(
    ...     {"first": "2021-01-05", "last": "2021-03-02", "undated": 0})
    True
    """
    if dates is None:
        return ""
    first, last = html.escape(dates["first"]), html.escape(dates["last"])
    bounds = f'min="{first}" max="{last}"'
    undated = dates["undated"]
    note = (f'\n    <p id="zhkg-undated" data-nodes="{undated}">{undated} node{"" if undated == 1 else "s"} with no dated '
            "relation stay shown whatever the dates.</p>") if undated else ""
    return (
        '\n    <h2>Dates</h2>\n'
        '    <div id="zhkg-dates">\n'
        f'      <label>From <input id="zhkg-since" type="date" {bounds} value="{first}"></label>\n'
        f'      <label>to <input id="zhkg-until" type="date" {bounds} value="{last}"></label>\n'
        '      <button id="zhkg-all-dates" type="button">All dates</button>\n'
        '    </div>\n'
        f'    <p id="zhkg-in-range" aria-live="polite"></p>{note}'
    )
