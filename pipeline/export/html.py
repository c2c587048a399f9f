"""Interactive HTML export: one self-contained, offline page per graph.

The graph is the ``networkx.MultiDiGraph`` built by :mod:`pipeline.graph`.
:mod:`pyvis` builds the vis-network nodes, edges and options; the page itself
comes from this package's own template (``assets/template.html``) because
pyvis 0.3.2's templates link Bootstrap and tom-select from CDNs even with
``cdn_resources="in_line"``. vis-network's JS and CSS are read from the pinned
pyvis package and inlined, so the file opens with no network at all; a
Content-Security-Policy ``<meta>`` forbids every fetch as a second guard.

Caveats
-------
* Document text (labels, aliases, evidence) reaches the page only as JSON in a
  ``<script type="application/json">`` block with ``<``, ``>`` and ``&``
  escaped, and the page script puts it into the DOM with ``textContent``.
* The output is deterministic: nodes are sorted by id, edges by
  ``(source, target, key)``, JSON keys are sorted, and vis-network's layout
  seed is fixed, so the same graph gives byte-identical HTML and the same
  drawing.
* Physics runs for ``stabilization_iterations`` steps and is then switched off.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections import Counter, defaultdict
from importlib import resources
from string import Template
from typing import IO, Any

import networkx as nx

from ..records import Label

__all__ = ["render_html", "write_html"]

_VIS_DIR = "templates/lib/vis-9.1.2"  # inside the pyvis package, pinned ==0.3.2
_DEFAULT_TITLE = "zhkg knowledge graph"
_FALLBACK_RGB = (151, 151, 151)
_LABEL_CHARS = 24  # longer labels (document titles) are cut on the canvas; tooltips keep them whole
_HEIGHT_RE = re.compile(r"^\d+(\.\d+)?(px|%|vh|em|rem)$")
_TYPE_ORDER = [label.value for label in Label]

# Optional node attributes shown in the tooltip, in this order, with their captions.
_EXTRA_FIELDS = [
    ("code", "Code"),
    ("parent_code", "Parent code"),
    ("value", "Value"),
    ("counted", "Counted"),
    ("classifier", "Classifier"),
    ("approximate", "Approximate"),
    ("gloss", "Gloss"),
    ("title", "Title"),
    ("date", "Date"),
    ("source", "Source"),
]


def render_html(
    G: nx.MultiDiGraph,
    *,
    title: str | None = None,
    height: str = "800px",
    stabilization_iterations: int = 400,
    max_evidence: int = 3,
) -> str:
    """Render a knowledge graph as one self-contained interactive HTML page.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Graph in the schema of :mod:`pipeline.graph` (node ``label``, ``type``,
        ``r``/``g``/``b``, ...; edge ``id``, ``label``, ``evidence``, ...).
    title : str, optional
        Page title; defaults to ``G.graph["title"]``, then a generic title.
    height : str
        CSS height of the drawing area, such as ``"800px"`` or ``"80vh"``.
    stabilization_iterations : int
        Physics steps before the layout is frozen.
    max_evidence : int
        Evidence sentences listed per node tooltip.

    Returns
    -------
    str
        The HTML document.

    Raises
    ------
    ValueError
        If ``height`` is not a plain CSS length, an edge id repeats, or an
        inlined asset would end its own ``<script>``/``<style>`` block.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person:闫维洪", label="閆維洪", type="PERSON", name_simplified="闫维洪",
    ...            aliases="閆維洪|闫维洪", mentions=1, r=31, g=119, b=180, size=12.0)
    >>> page = render_html(G, title="demo")
    >>> "閆維洪" in page and "https://cdn" not in page
    True
    """
    if not _HEIGHT_RE.match(height):
        raise ValueError(f"height must be a CSS length such as '800px' or '80vh', got {height!r}")
    page_title = title if title is not None else str(G.graph.get("title") or _DEFAULT_TITLE)
    payload = _build_payload(G, stabilization_iterations=stabilization_iterations, max_evidence=max_evidence)
    values = {
        "title": html.escape(page_title),
        "stats": html.escape(f"{G.number_of_nodes()} nodes · {G.number_of_edges()} edges"),
        "height": height,
        "legend": _legend_html(G),
        "data": _script_json(payload),
        "vis_css": _inline_asset(_read_vis("vis-network.css"), "style"),
        "vis_js": _inline_asset(_read_vis("vis-network.min.js"), "script"),
        "app_css": _inline_asset(_read_asset("zhkg.css"), "style"),
        "app_js": _inline_asset(_read_asset("zhkg.js"), "script"),
    }
    return Template(_read_asset("template.html")).substitute(values)


def write_html(
    G: nx.MultiDiGraph,
    path: str | os.PathLike[str] | IO[str],
    *,
    title: str | None = None,
    height: str = "800px",
    stabilization_iterations: int = 400,
    max_evidence: int = 3,
) -> None:
    """Write :func:`render_html`'s page to a path or an open text file.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Graph in the schema of :mod:`pipeline.graph`.
    path : str, os.PathLike or file
        Destination; a path is written as UTF-8 with ``\\n`` line ends.
    title, height, stabilization_iterations, max_evidence
        As for :func:`render_html`.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "graph.html"
    >>> write_html(nx.MultiDiGraph(), out, title="empty")
    >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    page = render_html(
        G,
        title=title,
        height=height,
        stabilization_iterations=stabilization_iterations,
        max_evidence=max_evidence,
    )
    if hasattr(path, "write"):
        path.write(page)
        return
    # newline="" keeps the bytes identical on every platform.
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(page)


def _build_payload(G: nx.MultiDiGraph, *, stabilization_iterations: int, max_evidence: int) -> dict[str, Any]:
    """Nodes, edges and options for the page script, built with pyvis."""
    from pyvis.network import Network  # imported lazily: pulls in jinja2

    net = Network(directed=True)
    evidence = _evidence_by_node(G)
    for node_id in sorted(G.nodes):
        attrs = G.nodes[node_id]
        label = str(attrs.get("label") or node_id)
        items = evidence.get(node_id, [])
        net.add_node(
            node_id,
            label=_short(label),
            color=_hex(attrs),
            size=float(attrs.get("size", 10.0)),
            fullLabel=label,
            type=str(attrs.get("type", "")),
            mentions=int(attrs.get("mentions", 0)),
            search=_search_keys(attrs),
            tip={
                "head": label,
                "rows": _node_rows(node_id, attrs),
                "evidence": items[:max_evidence],
                "more": max(0, len(items) - max_evidence),
            },
        )
    seen: set[str] = set()
    for source, target, key, attrs in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        edge_id = str(attrs.get("id") or key)
        if edge_id in seen:
            raise ValueError(f"edge id {edge_id!r} is not unique; vis-network needs unique ids")
        seen.add(edge_id)
        net.add_edge(
            source,
            target,
            id=edge_id,
            label=str(attrs.get("role", "")),
            value=float(attrs.get("weight", 1.0)),
            tip=_edge_tip(G, source, target, attrs),
        )
    net.set_options(json.dumps(_options(stabilization_iterations, improved_layout=G.number_of_nodes() <= 100)))
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    return {"nodes": nodes, "edges": edges, "options": json.loads(options)}


def _options(stabilization_iterations: int, *, improved_layout: bool) -> dict[str, Any]:
    """vis-network options: seeded layout, bounded stabilisation, hover tooltips.

    vis-network's Kamada-Kawai start ("improvedLayout") gives better small
    drawings but is slow past about 100 nodes and then gives up with a console
    message, so larger graphs start from the seeded random layout.
    """
    return {
        "layout": {"randomSeed": 7, "improvedLayout": improved_layout},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.2},
            "stabilization": {
                "enabled": True,
                "iterations": int(stabilization_iterations),
                "updateInterval": 25,
                "fit": True,
            },
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False, "keyboard": False},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "font": {"size": 14, "face": "Noto Sans CJK SC, Noto Sans CJK TC, sans-serif"},
        },
        "edges": {
            "color": {"color": "#b0b0b0", "highlight": "#555555", "hover": "#777777"},
            "font": {"size": 11, "color": "#555555", "strokeWidth": 2, "align": "middle"},
            "scaling": {"min": 1, "max": 5, "label": {"enabled": False}},
            "smooth": {"enabled": True, "type": "continuous"},
        },
    }


def _evidence_by_node(G: nx.MultiDiGraph) -> dict[str, list[list[str]]]:
    """Distinct evidence sentences of each node's incident edges, as ``[text, reference]``."""
    found: dict[str, dict[str, tuple[str, int, int]]] = defaultdict(dict)
    for source, target, attrs in G.edges(data=True):
        text = str(attrs.get("evidence", "")).strip()
        if not text:
            continue
        where = (str(attrs.get("doc_id", "")), int(attrs.get("start", 0)), int(attrs.get("end", 0)))
        for node in (source, target):
            # One sentence often backs several edges; list it once, at its first position.
            if text not in found[node] or where < found[node][text]:
                found[node][text] = where
    return {
        node: [[text, _reference(*where)] for text, where in sorted(texts.items(), key=lambda item: (item[1], item[0]))]
        for node, texts in found.items()
    }


def _node_rows(node_id: str, attrs: dict[str, Any]) -> list[list[str]]:
    """Tooltip rows ``[caption, value]`` for a node."""
    rows = [["Type", str(attrs.get("type", ""))]]
    if attrs.get("name_simplified"):
        rows.append(["Simplified", str(attrs["name_simplified"])])
    aliases = _aliases(attrs)
    if aliases:
        rows.append(["Aliases", "、".join(aliases)])
    if "mentions" in attrs:
        rows.append(["Mentions", _text(attrs["mentions"])])
    rows.extend([caption, _text(attrs[name])] for name, caption in _EXTRA_FIELDS if name in attrs)
    rows.append(["ID", node_id])
    return rows


def _edge_tip(G: nx.MultiDiGraph, source: str, target: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """Tooltip content of an edge: relation, role, ends and evidence."""
    rows = [["Relation", str(attrs.get("label", ""))]]
    if attrs.get("role"):
        rows.append(["Role", str(attrs["role"])])
    rows.append(["From", str(G.nodes[source].get("label") or source)])
    rows.append(["To", str(G.nodes[target].get("label") or target)])
    if "weight" in attrs:
        rows.append(["Weight", _text(attrs["weight"])])
    text = str(attrs.get("evidence", "")).strip()
    where = _reference(str(attrs.get("doc_id", "")), int(attrs.get("start", 0)), int(attrs.get("end", 0)))
    return {
        "head": str(attrs.get("label", "")),
        "rows": rows,
        "evidence": [[text, where]] if text else [],
        "more": 0,
    }


def _legend_html(G: nx.MultiDiGraph) -> str:
    """An escaped ``<ul>`` of the node types present, with colour and count."""
    counts: Counter[str] = Counter()
    colours: dict[str, Counter[str]] = defaultdict(Counter)
    for _node, attrs in G.nodes(data=True):
        kind = str(attrs.get("type", ""))
        counts[kind] += 1
        colours[kind][_hex(attrs)] += 1
    known = [kind for kind in _TYPE_ORDER if kind in counts]
    kinds = known + sorted(kind for kind in counts if kind not in _TYPE_ORDER)
    items = []
    for kind in kinds:
        # Colours are per type upstream; if they ever differ, show the commonest.
        colour = min(colours[kind].items(), key=lambda item: (-item[1], item[0]))[0]
        items.append(
            f'      <li data-type="{html.escape(kind)}" data-count="{counts[kind]}">'
            f'<span class="zhkg-swatch" style="background:{colour}"></span>'
            f'<span class="zhkg-type">{html.escape(kind)}</span>'
            f'<span class="zhkg-count">{counts[kind]}</span></li>'
        )
    return '    <ul id="zhkg-legend">\n' + "\n".join(items) + ("\n" if items else "") + "    </ul>"


def _search_keys(attrs: dict[str, Any]) -> list[str]:
    """Names a search box query may match: label, Simplified name, aliases, code."""
    keys = [str(attrs.get("label", "")), str(attrs.get("name_simplified", ""))] + _aliases(attrs)
    if attrs.get("code"):
        keys.append(str(attrs["code"]))
    return list(dict.fromkeys(key for key in keys if key))


def _aliases(attrs: dict[str, Any]) -> list[str]:
    return [alias for alias in dict.fromkeys(str(attrs.get("aliases", "")).split("|")) if alias]


def _hex(attrs: dict[str, Any]) -> str:
    """``#rrggbb`` from the node's ``r``/``g``/``b``, clamped to 0-255."""
    channels = [attrs.get(name, fallback) for name, fallback in zip("rgb", _FALLBACK_RGB)]
    return "#" + "".join(f"{max(0, min(255, int(channel))):02x}" for channel in channels)


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1] + "…"


def _text(value: Any) -> str:
    """A tooltip value: booleans as yes/no, whole floats without ``.0``."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _reference(doc_id: str, start: int, end: int) -> str:
    return f"{doc_id} [{start}:{end})" if doc_id else ""


def _script_json(payload: Any) -> str:
    """JSON safe inside a ``<script>`` block: no ``</script>``, ``<!--`` or raw line separators."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _inline_asset(text: str, tag: str) -> str:
    """Refuse an asset that would close its own inline ``<script>``/``<style>`` element."""
    lowered = text.lower()
    if f"</{tag}" in lowered or "<!--" in lowered:
        raise ValueError(f"asset cannot be inlined in <{tag}>: it contains '</{tag}' or '<!--'")
    return text


def _read_vis(name: str) -> str:
    return (resources.files("pyvis") / _VIS_DIR / name).read_text(encoding="utf-8")


def _read_asset(name: str) -> str:
    return (resources.files(__package__) / "assets" / name).read_text(encoding="utf-8")
