"""JSON outputs: the graph as networkx node-link JSON, and mentions as JSON lines."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable

import networkx as nx

from zhkg.export.atomic import atomic_write
from zhkg.records import Mention

__all__ = ["graph_json", "write_graph_json", "write_mentions"]


def graph_json(G: nx.MultiDiGraph) -> str:
    """Node-link JSON of ``G`` with sorted keys, so equal graphs give equal text.

    It holds every node and edge attribute of the GraphML file but the layout's ``x`` and ``y``: it is the
    graph as built (what ``zhkg query`` and networkx read), written while the layout is computed; the files a
    drawing tool opens (GraphML, GEXF, ``nodes.csv``) carry the positions.
    """
    data = nx.node_link_data(G, edges="edges")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def write_graph_json(G: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write node-link JSON of ``G`` to ``path`` atomically."""
    text = graph_json(G)
    with atomic_write(path) as fh:
        fh.write(text)


def mention_record(m: Mention) -> dict[str, object]:
    """One mention as the JSON object users read: offsets index the original text."""
    record: dict[str, object] = {"doc_id": m.doc_id, "start": m.start, "end": m.end, "text": m.text, "label": m.label.value}
    if m.canonical:
        record["canonical"] = m.canonical
    if m.code:
        record["code"] = m.code
    if m.quantity is not None:
        record["value"] = m.quantity.value
        record["counted"] = m.quantity.counted
        record["approximate"] = m.quantity.approximate
    return record


def write_mentions(mentions: Iterable[Mention], path: str | os.PathLike[str]) -> None:
    """Write one JSON line per mention to ``path`` atomically."""
    lines = [json.dumps(mention_record(m), ensure_ascii=False, sort_keys=True) for m in mentions]
    with atomic_write(path) as fh:
        fh.write("\n".join(lines) + ("\n" if lines else ""))
