"""GraphML for Gephi (and any strict GraphML reader).

Written with ``named_key_ids=True`` so each key's id is its attribute name:
networkx otherwise numbers keys d0…dN, and Gephi reads a key named ``d3`` as the
node label and ``d7`` as the edge label whatever it holds. Gephi maps the
lowercase ``label``, ``weight``, ``r``/``g``/``b``, ``size`` and ``x``/``y``
attributes onto its own columns; the graph carries exactly those names.

Edges keep their unique ``id``; on import in Gephi choose *Don't merge* for
parallel edges to keep every relation distinct.
"""

from __future__ import annotations

import io
import os

import networkx as nx

from .atomic import atomic_write

__all__ = ["write_graphml", "graphml_bytes"]


def graphml_bytes(G: nx.MultiDiGraph) -> bytes:
    """The GraphML document of ``G``, UTF-8 encoded.

    The edge key becomes the XML ``id`` of each ``<edge>``; the ``id`` attribute
    that mirrors it on the Python graph is not repeated as data, which strict
    readers (igraph) would refuse as a second id.
    """
    H = G.copy()
    for _, _, data in H.edges(data=True):
        data.pop("id", None)
    buf = io.BytesIO()
    nx.write_graphml(H, buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buf.getvalue()


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write ``G`` as GraphML to ``path`` atomically.

    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="閆維洪"); G.add_edge("a", "a", key="e1", id="e1", weight=1.0)
    'e1'
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
    >>> write_graphml(G, p)
    >>> nx.read_graphml(p).nodes["a"]["label"]
    '閆維洪'
    """
    data = graphml_bytes(G)
    with atomic_write(path, "wb") as fh:
        fh.write(data)
