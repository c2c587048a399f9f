"""GEXF 1.2draft for Gephi, with colour, size and a starting position per node.

Written by networkx's GEXF writer. Each node keeps every attribute it has in
GraphML and adds a ``viz`` element: colour from ``r``/``g``/``b``, size from
``size``, position from ``x``/``y`` when the graph stores them and otherwise
from :func:`zhkg.export.layout.layout_positions`, so Gephi opens the graph laid out.
Node labels and edge labels (the relation) become GEXF's own ``label``s and
``weight`` its edge weight; every edge keeps its unique id.

Caveats:

* GEXF reads ``start`` and ``end`` on an edge as the edge's lifetime and would
  turn the graph dynamic; the evidence offsets are written as
  ``evidence_start`` and ``evidence_end`` instead.
* networkx stamps ``lastmodifieddate`` with today's date; it is replaced by the
  latest document date in the graph (or dropped), so the same graph always gives
  the same bytes.
"""

from __future__ import annotations

import io
import os
import re
from typing import Mapping

import networkx as nx

from zhkg.export.layout import layout_positions
from zhkg.export.atomic import atomic_write

__all__ = ["gexf_bytes", "gexf_graph", "write_gexf"]

#: Attributes GEXF gives a meaning of its own, and the names they are written under.
RENAMED: dict[str, str] = {"start": "evidence_start", "end": "evidence_end"}

_DEFAULT_COLOUR = (127, 140, 141)


def _number(value: object, default: float) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


def _renamed(attrs: Mapping[str, object]) -> dict[str, object]:
    return {RENAMED.get(k, k): v for k, v in attrs.items()}


def gexf_graph(G: nx.MultiDiGraph, positions: Mapping[str, tuple[float, float]] | None = None) -> nx.MultiDiGraph:
    """A copy of ``G`` ready for the GEXF writer: ``viz`` per node, an ``id`` per edge.

    ``positions`` is used for nodes without ``x``/``y``; by default the
    deterministic layout. Edge ids are the ``id`` attribute (or the edge key); if
    they are not unique, every edge is numbered ``e000000``… in order instead.

    >>> G = nx.MultiDiGraph(); G.add_node("p", label="閆維洪", r=220, g=68, b=55, size=16.0)
    >>> gexf_graph(G, {"p": (1.5, -2.0)}).nodes["p"]["viz"]
    {'color': {'r': 220, 'g': 68, 'b': 55, 'a': 1.0}, 'size': 16.0, 'position': {'x': 1.5, 'y': -2.0, 'z': 0.0}}
    """
    missing = [n for n, a in G.nodes(data=True) if "x" not in a or "y" not in a]
    if positions is None and missing:
        positions = layout_positions(G)
    H = nx.MultiDiGraph()
    for node, attrs in G.nodes(data=True):
        r, g, b = (int(_number(attrs.get(c), d)) for c, d in zip("rgb", _DEFAULT_COLOUR))
        if "x" in attrs and "y" in attrs:
            x, y = _number(attrs["x"], 0.0), _number(attrs["y"], 0.0)
        else:
            x, y = positions[node] if positions is not None else (0.0, 0.0)
        data = _renamed(attrs)
        data["viz"] = {
            "color": {"r": r, "g": g, "b": b, "a": 1.0},
            "size": _number(attrs.get("size"), 10.0),
            "position": {"x": float(x), "y": float(y), "z": 0.0},
        }
        H.add_node(node, **data)

    edges = list(G.edges(keys=True, data=True))
    ids = [str(d.get("id", k)) for _, _, k, d in edges]
    if len(set(ids)) != len(ids):
        ids = [f"e{n:06d}" for n in range(len(ids))]
    for (u, v, key, attrs), edge_id in zip(edges, ids):
        data = _renamed(attrs)
        data["id"] = edge_id
        H.add_edge(u, v, key=key, **data)
    return H


def _latest_date(G: nx.MultiDiGraph) -> str:
    dates = [str(a.get("date", "")) for _, a in G.nodes(data=True)]
    return max((d for d in dates if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)), default="")


def gexf_bytes(G: nx.MultiDiGraph, positions: Mapping[str, tuple[float, float]] | None = None) -> bytes:
    """The GEXF 1.2draft document of ``G``, UTF-8 encoded; equal graphs give equal bytes."""
    buf = io.BytesIO()
    nx.write_gexf(gexf_graph(G, positions), buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    date = _latest_date(G)
    if date:
        return re.sub(rb'lastmodifieddate="[^"]*"', f'lastmodifieddate="{date}"'.encode(), buf.getvalue(), count=1)
    return re.sub(rb' lastmodifieddate="[^"]*"', b"", buf.getvalue(), count=1)


def write_gexf(G: nx.MultiDiGraph, path: str | os.PathLike[str],
               positions: Mapping[str, tuple[float, float]] | None = None) -> None:
    """Write ``G`` as GEXF 1.2draft to ``path`` atomically.

    >>> import tempfile, pathlib
    >>> G = nx.MultiDiGraph(); G.add_node("p", label="閆維洪", r=220, g=68, b=55, size=16.0)
    >>> _ = G.add_edge("p", "p", key="e1", id="e1", label="MEMBER_OF", start=0, end=3, weight=1.0)
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.gexf"
    >>> write_gexf(G, p)
    >>> H = nx.read_gexf(p)
    >>> H.nodes["p"]["label"], H.nodes["p"]["viz"]["color"]["r"]
    ('閆維洪', 220)
    """
    data = gexf_bytes(G, positions)
    with atomic_write(path, "wb") as fh:
        fh.write(data)
