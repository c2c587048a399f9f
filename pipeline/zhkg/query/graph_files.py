"""Reading a graph file for :func:`zhkg.query.graph.load_graph`: GraphML, GEXF or node-link JSON written by
``zhkg extract``, checked to be zhkg's (node types, string ids) with one clear error otherwise.
Moved from :mod:`zhkg.query.graph` by tidy156 (pure moves).

Caveats
-------
* Another output of ``zhkg extract`` (mentions JSONL, CSV) is refused by name, not read as a graph.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from zhkg.errors import GraphFileError

__all__ = ["_LEGACY_EDGE_NAMES", "_OTHER_OUTPUTS", "_read_graph", "_is_gexf", "_check_zhkg_attributes", "_string_ids", "_refuse_constant", "_node_link_data"]


#: Edge attributes that graphs written by zhkg before 0.2 name otherwise: the evidence offsets.
_LEGACY_EDGE_NAMES = {"start": "evidence_start", "end": "evidence_end"}


#: The outputs of ``zhkg extract`` that are not for querying, and what they are for.
_OTHER_OUTPUTS = {
    ".gexf": "GEXF is written for Gephi",
    ".html": "the HTML page is for a browser",
    ".jsonl": "JSON lines (documents to extract from, or --mentions) are not a graph",
    ".csv": "a CSV table (documents to extract from, or --csv's for a database import) is not a graph",
}


def _read_graph(p: Path) -> nx.MultiDiGraph:
    """The graph in file ``p`` (checked to be a .graphml or .json file), legacy names renamed."""
    suffix = p.suffix.lower()
    try:
        if suffix == ".graphml":
            G = nx.read_graphml(p, force_multigraph=True)
        else:
            G = nx.node_link_graph(_node_link_data(p), edges="edges", multigraph=True, directed=True)
    except RecursionError:
        raise GraphFileError(f"cannot read {p}: nested too deeply") from None
    except (OSError, ValueError, SyntaxError, KeyError, TypeError, AttributeError, nx.NetworkXError) as exc:
        # ElementTree.ParseError is a SyntaxError; JSONDecodeError a ValueError; bad node-link data a KeyError
        message = str(exc).split("\n")[0]
        if suffix == ".graphml" and _is_gexf(p):
            message = "it is a GEXF file (for Gephi), not GraphML; query the .graphml file the same run wrote"
        raise GraphFileError(f"cannot read {p}: {message}") from None
    if not isinstance(G, nx.MultiDiGraph):
        G = nx.MultiDiGraph(G)
    if any(not isinstance(node, str) for node in G):  # node-link JSON may number its nodes (networkx's own do)
        G = _string_ids(G, p)
    for _, _, data in G.edges(data=True):
        for old in _LEGACY_EDGE_NAMES.keys() & data.keys():
            data.setdefault(_LEGACY_EDGE_NAMES[old], data.pop(old))
    _check_zhkg_attributes(G, p)
    return G


def _is_gexf(p: Path) -> bool:
    """Whether the file ``p`` opens as GEXF (a ``<gexf`` root element near its start)."""
    try:
        with open(p, "rb") as handle:
            return b"<gexf" in handle.read(4096)
    except OSError:
        return False


def _check_zhkg_attributes(G: nx.Graph, p: Path) -> None:
    """Refuse a graph whose nodes lack ``type`` or edges ``label``: a re-saved file with attributes renamed or
    dropped (Gephi's column names, another tool's export) would answer every question wrongly, not fail.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person:张三", Type="PERSON")
    >>> _check_zhkg_attributes(G, Path("g.graphml"))
    Traceback (most recent call last):
    ...
    zhkg.errors.GraphFileError: cannot read g.graphml: node 'person:张三' has no 'type' (its attributes: Type); not a graph as zhkg writes it: re-saved with attributes renamed or dropped?
    """
    for what, items, key in (("node", G.nodes(data=True), "type"), ("edge", G.edges(data=True), "label")):
        for item in items:
            data = item[-1]
            if not isinstance(data.get(key), str) or not data[key]:
                name = item[0] if what == "node" else f"{item[0]} -> {item[1]}"
                keys = sorted(map(str, data))
                has = f"its attributes: {', '.join(keys[:6])}{', …' if len(keys) > 6 else ''}" if keys else "no attributes"
                raise GraphFileError(f"cannot read {p}: {what} {name!r} has no {key!r} ({has}); not a graph as zhkg "
                                     "writes it: re-saved with attributes renamed or dropped?")


def _string_ids(G: nx.MultiDiGraph, p: Path) -> nx.MultiDiGraph:
    """``G`` with integer node ids written as strings (1 -> "1"), as a name is looked up; never two ids made one."""
    ids = {node: str(node) for node in G}
    if len(set(ids.values())) < len(ids):
        clash = next(node for node in G if not isinstance(node, str) and str(node) in G)
        raise GraphFileError(f"cannot read {p}: node ids {clash} and {str(clash)!r} would be one node")
    return nx.relabel_nodes(G, ids, copy=True)


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON value")


def _node_link_data(p: Path) -> dict:
    """The node-link JSON of ``p``, checked for the shape :func:`networkx.node_link_graph` needs.

    ``NaN`` and ``Infinity`` are refused (they are not JSON), node ids must be
    strings or integers, and each edge's ends must be nodes.
    """
    # utf-8-sig: a byte-order mark (Notepad's and Windows PowerShell's UTF-8) is no JSON
    data = json.loads(p.read_text(encoding="utf-8-sig"), parse_constant=_refuse_constant)
    if not isinstance(data, dict):
        raise ValueError(f"expected node-link JSON (an object with nodes and edges), found a JSON {type(data).__name__}")
    nodes = data.get("nodes")
    edges = data.get("edges", data.get("links", []))
    if not isinstance(nodes, list) or not isinstance(edges, list):
        raise ValueError("expected node-link JSON: nodes and edges must be lists")
    ids = set()
    for n, node in enumerate(nodes):
        if not isinstance(node, dict) or type(node.get("id")) not in (str, int):
            raise ValueError(f"node {n} has no string or integer id")
        ids.add(node["id"])
    for n, edge in enumerate(edges):
        ends = (edge.get("source"), edge.get("target")) if isinstance(edge, dict) else (None, None)
        if not all(type(end) in (str, int) and end in ids for end in ends):
            raise ValueError(f"edge {n} does not join two of the nodes")
    if "edges" not in data:
        data = {**data, "edges": edges}
    return data
