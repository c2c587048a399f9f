"""GEXF 1.3 for Gephi, with colour, size and a starting position per node, written as a stream.

The attribute schema is the GraphML export's (:mod:`zhkg.export.graphml`), with
each column's id its name, less what GEXF says in its own terms:

* a node's ``label`` is the ``<node label>``; ``r``/``g``/``b``, ``size`` and
  ``x``/``y`` are its ``viz:color``, ``viz:size`` and ``viz:position`` (positions
  from the graph, else from :func:`zhkg.export.layout.layout_positions`, so Gephi
  opens the graph laid out);
* an edge's relation is its ``label``, and with its role its ``kind``
  (:func:`zhkg.export.graphml.edge_type`: Gephi's edge type, so two relations
  between the same nodes stay two edges under Gephi's default import),
  ``weight`` its weight, and its unique id its ``id``;
* the evidence offsets are ``evidence_start``/``evidence_end``, as everywhere
  (GEXF reads ``start``/``end`` as time).

Characters XML 1.0 forbids become U+FFFD, as in GraphML, and ids that held
them get a suffix that keeps them apart (:func:`zhkg.export.ids.distinct_ids`).

**Time.** When any edge has a ``date`` (its document's, ISO ``YYYY-MM-DD``) or
any node a valid ISO ``date``, the graph is written dynamic, as Gephi's timeline
reads it: ``<graph mode="dynamic" timeformat="date" timerepresentation="interval">``,
each dated edge with ``start`` (its date) and each node with ``start`` (the first
date it was seen: its own, or its earliest edge's). No ``end`` is written: an
element exists from its start on, so playing the timeline grows the graph
document by document. Undated elements carry no interval and are there
throughout. A graph without dates is written static, as before.

The file carries no date of its own making: ``lastmodifieddate`` is the latest
document date in the graph (or absent), so the same graph always gives the same
bytes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from typing import Any

import networkx as nx

from zhkg.export.graphml import (
    attribute_type,
    edge_type,
    format_value,
    quote_attr,
    write_document,
    write_pieces,
    xml_safe,
)
from zhkg.export.ids import distinct_ids
from zhkg.export.layout import layout_positions
from zhkg.export.parallel import Part
from zhkg.text import iso_date

__all__ = ["gexf_bytes", "iter_gexf", "iter_gexf_edges", "write_gexf", "write_gexf_edges", "edge_column_types", "NODE_VIZ", "EDGE_OWN"]

#: Node attributes GEXF carries in ``<node label>`` and ``viz`` rather than as columns.
NODE_VIZ = frozenset({"label", "r", "g", "b", "size", "x", "y"})
#: Edge attributes GEXF carries on the ``<edge>`` element itself.
EDGE_OWN = frozenset({"id", "label", "weight"})

_DEFAULT_COLOUR = (127, 140, 141)
_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
)


def _number(value: object, default: float) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


def _latest_date(G: nx.MultiDiGraph) -> str:
    dates = [str(a.get("date", "")) for _, a in G.nodes(data=True)]
    return max((d for d in dates if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)), default="")


def _date(value: object) -> str:
    """``value`` when it is an ISO ``YYYY-MM-DD`` calendar date, else empty."""
    text = str(value or "")
    return text if len(text) == 10 and iso_date(text) == text else ""


def _starts(G: nx.MultiDiGraph) -> dict[Any, str]:
    """The first date of each node that has one: its own ``date``, or its earliest edge's."""
    first: dict[Any, str] = {}
    for node, attrs in G.nodes(data=True):
        if date := _date(attrs.get("date")):
            first[node] = date
    for u, v, data in G.edges(data=True):
        if date := _date(data.get("date")):
            for node in (u, v):
                if date < first.get(node, "9999-99-99"):
                    first[node] = date
    return first


def _columns(items) -> dict[str, str]:
    seen: dict[str, list[object]] = {}
    for attrs in items:
        for name, value in attrs.items():
            seen.setdefault(name, []).append(value)
    return {name: attribute_type(values) for name, values in seen.items()}


def _node_columns(attrs: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in attrs.items() if k not in NODE_VIZ}


def _edge_columns(attrs: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in attrs.items() if k not in EDGE_OWN}


def _attvalues(attrs: Mapping[str, object], types: Mapping[str, str], indent: str) -> Iterator[str]:
    if not attrs:
        return
    yield f"{indent}<attvalues>\n"
    for name, value in attrs.items():
        yield f"{indent}  <attvalue for={quote_attr(name)} value={quote_attr(format_value(value, types[name]))} />\n"
    yield f"{indent}</attvalues>\n"


def _edge_items(G: nx.Graph) -> list[tuple[Any, Any, Any, Mapping[str, object]]]:
    return list(G.edges(keys=True, data=True)) if G.is_multigraph() else [(u, v, None, d) for u, v, d in G.edges(data=True)]


def edge_column_types(G: nx.Graph) -> dict[str, str]:
    """GEXF type of every edge column, names in order of first appearance (the header's edge attributes)."""
    return _columns(_edge_columns(d) for _, _, d in G.edges(data=True))


def iter_gexf_edges(G: nx.MultiDiGraph, edge_types: Mapping[str, str] | None = None) -> Iterator[str]:
    """The ``<edge>`` elements of ``G``'s GEXF document: the part between ``<edges>`` and its end.

    Edge ids are the ``id`` attribute (or the edge key); if they are not unique,
    every edge is numbered ``e000000``… in order instead. The part does not depend
    on the layout, so it can be written while the layout is computed.
    """
    edge_types = edge_column_types(G) if edge_types is None else edge_types
    edges = _edge_items(G)
    ids = [str(d.get("id", k if k is not None else n)) for n, (_, _, k, d) in enumerate(edges)]
    if len(set(ids)) != len(ids):
        ids = [f"e{n:06d}" for n in range(len(ids))]
    safe_ids = distinct_ids(ids, xml_safe)
    ids = [safe_ids.get(i, i) for i in ids]
    node_ids = distinct_ids(G.nodes, xml_safe)  # ids XML forbids characters of, kept apart
    for (u, v, _, data), edge_id in zip(edges, ids):
        head = (f"      <edge id={quote_attr(edge_id)} source={quote_attr(node_ids.get(u, str(u)))} "
                f"target={quote_attr(node_ids.get(v, str(v)))}")
        if "label" in data:
            head += f" label={quote_attr(data['label'])} kind={quote_attr(edge_type(data))}"
        head += f' weight="{_number(data.get("weight"), 1.0)!r}"'
        if date := _date(data.get("date")):
            head += f' start="{date}"'
        columns = _edge_columns(data)
        if not columns:
            yield head + " />\n"
            continue
        yield head + ">\n"
        yield from _attvalues(columns, edge_types, "        ")
        yield "      </edge>\n"


_FOOTER = "    </edges>\n  </graph>\n</gexf>\n"


def iter_gexf(G: nx.MultiDiGraph, positions: Mapping[Any, tuple[float, float]] | None = None, *,
              edge_types: Mapping[str, str] | None = None, edges: bool = True) -> Iterator[str]:
    """The GEXF 1.3 document of ``G`` in pieces of text, one element at a time.

    With ``edges=False`` the document stops after ``<edges>`` (the edges and the
    footer written separately: :func:`iter_gexf_edges`); ``edge_types``
    (:func:`edge_column_types`) saves computing the header's edge columns again.
    """
    if positions is None and any("x" not in a or "y" not in a for _, a in G.nodes(data=True)):
        positions = layout_positions(G)
    node_types = _columns(_node_columns(a) for _, a in G.nodes(data=True))
    edge_types = edge_column_types(G) if edge_types is None else edge_types
    node_ids = distinct_ids(G.nodes, xml_safe)  # ids XML forbids characters of, kept apart

    def node_id(node: Any) -> str:
        return node_ids.get(node, str(node))

    yield _HEADER
    date = _latest_date(G)
    yield f"  <meta lastmodifieddate={quote_attr(date)}>\n" if date else "  <meta>\n"
    yield "    <creator>zhkg</creator>\n  </meta>\n"
    starts = _starts(G)
    mode = 'mode="dynamic" timeformat="date" timerepresentation="interval"' if starts else 'mode="static"'
    yield f'  <graph defaultedgetype="{"directed" if G.is_directed() else "undirected"}" {mode}>\n'
    for cls, types in (("node", node_types), ("edge", edge_types)):
        if not types:
            continue
        yield f'    <attributes class="{cls}" mode="static">\n'
        for name, kind in types.items():
            yield f"      <attribute id={quote_attr(name)} title={quote_attr(name)} type=\"{kind}\" />\n"
        yield "    </attributes>\n"
    yield "    <nodes>\n"
    for node, attrs in G.nodes(data=True):
        label = attrs.get("label", node)
        start = f' start="{starts[node]}"' if node in starts else ""
        yield f"      <node id={quote_attr(node_id(node))} label={quote_attr(label)}{start}>\n"
        yield from _attvalues(_node_columns(attrs), node_types, "        ")
        r, g, b = (int(_number(attrs.get(c), d)) for c, d in zip("rgb", _DEFAULT_COLOUR))
        if "x" in attrs and "y" in attrs:
            x, y = _number(attrs["x"], 0.0), _number(attrs["y"], 0.0)
        else:
            x, y = positions[node] if positions is not None and node in positions else (0.0, 0.0)
        yield f'        <viz:color r="{r}" g="{g}" b="{b}" a="1.0" />\n'
        yield f'        <viz:size value="{_number(attrs.get("size"), 10.0)!r}" />\n'
        yield f'        <viz:position x="{float(x)!r}" y="{float(y)!r}" z="0.0" />\n'
        yield "      </node>\n"
    yield "    </nodes>\n    <edges>\n"
    if edges:
        yield from iter_gexf_edges(G, edge_types)
        yield _FOOTER


def gexf_bytes(G: nx.MultiDiGraph, positions: Mapping[Any, tuple[float, float]] | None = None) -> bytes:
    """The GEXF 1.3 document of ``G``, UTF-8 encoded; equal graphs give equal bytes.

    >>> import xml.etree.ElementTree as ET
    >>> G = nx.MultiDiGraph(); G.add_node("p", label="閆維洪", r=220, g=68, b=55, size=16.0)
    >>> root = ET.fromstring(gexf_bytes(G, {"p": (1.5, -2.0)}))
    >>> root.get("version"), root.find(".//{*}node").get("label"), root.find(".//{*}position").get("x")
    ('1.3', '閆維洪', '1.5')
    """
    return "".join(iter_gexf(G, positions)).encode("utf-8")


def write_gexf(G: nx.MultiDiGraph, path: str | os.PathLike[str],
               positions: Mapping[Any, tuple[float, float]] | None = None, *, edges: Part | None = None) -> None:
    """Write ``G`` as GEXF 1.3 to ``path`` atomically, streaming element by element.

    ``edges`` is the edges section already written by :func:`write_gexf_edges`
    (in another process: :func:`zhkg.export.parallel.start_part`); it is copied
    in, and the file is byte for byte the one written without it.

    >>> import tempfile, pathlib
    >>> G = nx.MultiDiGraph(); G.add_node("p", label="閆維洪", r=220, g=68, b=55, size=16.0)
    >>> _ = G.add_edge("p", "p", key="e1", id="e1", label="MEMBER_OF", start=0, end=3, weight=1.0)
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.gexf"
    >>> write_gexf(G, p)
    >>> H = nx.read_gexf(p)
    >>> H.nodes["p"]["label"], H.nodes["p"]["viz"]["color"]["r"]
    ('閆維洪', 220)
    """
    write_document(path, lambda **part: iter_gexf(G, positions, **part), edges, _FOOTER)


def write_gexf_edges(fh: Any, G: nx.MultiDiGraph) -> dict[str, str]:
    """Write the edges section of ``G``'s GEXF to ``fh``; returns the edge columns' types the header needs."""
    edge_types = edge_column_types(G)
    write_pieces(fh, iter_gexf_edges(G, edge_types))
    return edge_types
