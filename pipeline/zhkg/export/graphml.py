"""GraphML for Gephi (and any strict GraphML reader).

Written with ``named_key_ids=True`` so each key's id is its attribute name:
networkx otherwise numbers keys d0…dN, and Gephi reads a key named ``d3`` as the
node label and ``d7`` as the edge label whatever it holds. Gephi maps the
lowercase ``label``, ``weight``, ``r``/``g``/``b``, ``size`` and ``x``/``y``
attributes onto its own columns; the graph carries exactly those names.

Edges keep their unique ``id``; on import in Gephi choose *Don't merge* for
parallel edges to keep every relation distinct.

Text from the input may hold characters XML 1.0 forbids (NUL and most other
C0 controls, U+FFFE, U+FFFF, lone surrogates); in the file each becomes U+FFFD,
one character for one, so string lengths and the ``start``/``end`` offsets,
which index the original text, still agree. The graph itself keeps them.
"""

from __future__ import annotations

import io
import os
import re
from typing import Any

import networkx as nx

from zhkg.export.layout import with_positions
from zhkg.export.atomic import atomic_write

__all__ = ["write_graphml", "graphml_bytes", "xml_safe"]

_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value: Any) -> Any:
    """``value`` with each character XML 1.0 forbids replaced by U+FFFD; non-strings unchanged.

    >>> xml_safe("平谷\\x00区\\x0b"), xml_safe(3)
    ('平谷\\ufffd区\\ufffd', 3)
    """
    return _XML_INVALID.sub("\ufffd", value) if isinstance(value, str) else value


def _xml_safe_copy(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` whose ids, keys and string attributes are all XML-safe."""
    H = G.__class__()
    H.graph.update({k: xml_safe(v) for k, v in G.graph.items()})
    H.add_nodes_from((xml_safe(n), {k: xml_safe(v) for k, v in d.items()}) for n, d in G.nodes(data=True))
    if G.is_multigraph():
        H.add_edges_from(
            (xml_safe(u), xml_safe(v), xml_safe(key), {k: xml_safe(x) for k, x in d.items()})
            for u, v, key, d in G.edges(keys=True, data=True)
        )
    else:
        H.add_edges_from(
            (xml_safe(u), xml_safe(v), {k: xml_safe(x) for k, x in d.items()}) for u, v, d in G.edges(data=True)
        )
    return H


def graphml_bytes(G: nx.MultiDiGraph) -> bytes:
    """The GraphML document of ``G``, UTF-8 encoded.

    The edge key becomes the XML ``id`` of each ``<edge>``; the ``id`` attribute
    that mirrors it on the Python graph is not repeated as data, which strict
    readers (igraph) would refuse as a second id. Characters XML forbids become
    U+FFFD (see :func:`xml_safe`).

    >>> import networkx as nx, xml.etree.ElementTree as ET
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="平谷\\x00区")
    >>> ET.fromstring(graphml_bytes(G)).find(".//{*}data").text
    '平谷\\ufffd区'
    """
    H = _xml_safe_copy(with_positions(G))  # a starting layout, so Gephi opens it readable
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
