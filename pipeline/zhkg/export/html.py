"""Interactive HTML export: one self-contained, offline page per graph.

The graph is the ``networkx.MultiDiGraph`` built by :mod:`zhkg.stages.graph`.
The vis-network nodes, edges and options are the dictionaries pyvis's
``Network`` makes (:func:`_vis_node`, :func:`_vis_edge`; the options are passed as they are,
where pyvis would strip every space from them, font names included),
built here without importing pyvis, which brings IPython and jinja2 (a tenth of a
one-article run). The page itself comes from this package's own template
(``assets/template.html``) because pyvis 0.3.2's templates link Bootstrap and
tom-select from CDNs even with ``cdn_resources="in_line"``. vis-network's JS and
CSS are read from the pinned pyvis package's files and inlined, so the file opens
with no network at all; a Content-Security-Policy ``<meta>`` forbids every fetch
as a second guard.

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
* A graph larger than ``max_nodes`` is cut down to a connected view
  (:func:`top_nodes`): the entities best linked to other entities, the
  documents and counts linked to them, no node drawn without an edge unless
  it has none; the page says how many nodes and edges it left out. The
  biggest entities (:func:`headline_nodes`) keep readable labels at the zoom
  that fits the drawing.
  The GraphML export always holds the whole graph.
* The page's size is bounded whatever the size of the graph: it carries the
  evidence of drawn edges only (at most ``max_evidence`` sentences a tooltip and
  ``max_panel_evidence`` a panel); a panel counts the sentences of its node's
  edges that are not drawn in its "more", without their text.
* Pinyin search keys come from ``name_simplified`` by
  :func:`zhkg.query.names.pinyin_keys`, the same keys the query API matches
  (:mod:`pypinyin` is imported when a page is rendered, not at import).

Layout (tidy156): what a large page draws is :mod:`zhkg.export.html_selection`; the JSON the page embeds (nodes,
edges, tooltips, panels, search keys) is :mod:`zhkg.export.html_payload`; the page itself, its options and its
legend stay here.
"""

from __future__ import annotations

import html
import importlib.util
import json
import os
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from string import Template
from typing import IO, Any

import networkx as nx

from zhkg.config import CSS_LENGTH
from zhkg.export.atomic import atomic_write
from zhkg.export.html_dates import date_filter_html, dated_payload
from zhkg.export.html_payload import (
    _RELATION_ORDER,
    _TYPE_ORDER,
    _build_payload,
    _hex,
    _ordered,
    _Sizes,
    edge_colour,
    simplified_characters,
)
from zhkg.export.html_selection import MAX_EDGES, headline_nodes, top_edges, top_nodes
from zhkg.query.names import (
    pinyin_keys,
    save_pinyin_cache,
)

__all__ = ["edge_colour", "headline_nodes", "page_script", "pinyin_keys", "render_html", "simplified_characters", "top_edges", "top_nodes", "write_html"]

_VIS_DIR = "templates/lib/vis-9.1.2"  # inside the pyvis package, pinned ==0.3.2
_DEFAULT_TITLE = "zhkg knowledge graph"


def render_html(
    G: nx.MultiDiGraph,
    *,
    title: str | None = None,
    height: str = "800px",
    stabilization_iterations: int = 400,
    max_evidence: int = 3,
    max_nodes: int | None = 300,
    max_panel_evidence: int = 100,
    max_edges: int | None = MAX_EDGES,
) -> str:
    """Render a knowledge graph as one self-contained interactive HTML page.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Graph in the schema of :mod:`zhkg.stages.graph` (node ``label``, ``type``,
        ``r``/``g``/``b``, ...; edge ``id``, ``label``, ``evidence``, ...).
    title : str, optional
        Page title; defaults to ``G.graph["title"]``, then a generic title.
    height : str
        CSS height of the drawing area, such as ``"800px"`` or ``"80vh"``.
    stabilization_iterations : int
        Physics steps before the layout is frozen.
    max_evidence : int
        Evidence sentences listed per node tooltip.
    max_nodes : int or None
        Largest number of nodes drawn; a larger graph shows :func:`top_nodes`
        and the edges among them, and the page says how many it left out.
        ``None`` draws every node.
    max_panel_evidence : int
        Evidence sentences listed per node in the side panel.
    max_edges : int or None
        Largest number of edges drawn among the drawn nodes (:func:`top_edges`: each
        node's strongest edge, then the heaviest); ``None`` draws them all.

    Returns
    -------
    str
        The HTML document.

    Raises
    ------
    ValueError
        If ``height`` is not a plain CSS length, ``max_nodes`` is below 1, an
        edge id repeats, or an inlined asset would end its own
        ``<script>``/``<style>`` block.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person:闫维洪", label="閆維洪", type="PERSON", name_simplified="闫维洪",
    ...            aliases="閆維洪|闫维洪", mentions=1, r=31, g=119, b=180, size=12.0)
    >>> page = render_html(G, title="demo")
    >>> "閆維洪" in page and "yanweihong" in page and "https://cdn" not in page
    True
    """
    if not CSS_LENGTH.fullmatch(height):
        raise ValueError(f"height must be a CSS length such as '800px' or '80vh', got {height!r}")
    if max_nodes is not None and max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1 (or None for no limit), got {max_nodes!r}")
    page_title = title if title is not None else str(G.graph.get("title") or _DEFAULT_TITLE)
    drawn = top_nodes(G, max_nodes)
    # a graph of its own, not a view: the page asks many questions of it, each slow through a view's filters
    H = top_edges(G.subgraph(drawn).copy(), max_edges)
    sizes = _Sizes(G.number_of_nodes(), G.number_of_edges(), H.number_of_nodes(), H.number_of_edges())  # counted once
    script = page_script(H)
    payload = _build_payload(
        G,
        H,
        sizes,
        headlines=headline_nodes(G, drawn),
        stabilization_iterations=stabilization_iterations,
        max_evidence=max_evidence,
        max_panel_evidence=max_panel_evidence,
        script=script,
    )
    dates = dated_payload(G, H, payload)  # None, the payload untouched: a page of one day or none has no date filter
    save_pinyin_cache()  # the names' readings, for the next run (zhkg's private cache folder)
    values = {
        "title": html.escape(page_title),
        "lang": _LANG[script],
        "stats": html.escape(_stats(sizes)),
        "notice": _notice_html(sizes),
        "height": height,
        "legend": _legend_html(H),
        "relations": _relations_html(H),
        "data": _script_json(payload),
        "vis_css": _inline_asset(_read_vis("vis-network.css"), "style"),
        "vis_js": _inline_asset(_read_vis("vis-network.min.js"), "script"),
        "app_css": _inline_asset(_read_asset("zhkg.css"), "style"),
        "app_js": _inline_asset(_read_asset("zhkg.js"), "script"),
        # the date filter's own control, style and script, on a dated page only: an undated page keeps its bytes
        "dates": date_filter_html(dates),
        "dates_css": "" if dates is None else "\n" + _inline_asset(_read_asset("zhkg-dates.css"), "style"),
        "dates_js": "" if dates is None else "\n" + _inline_asset(_read_asset("zhkg-dates.js"), "script"),
    }
    return Template(_read_asset("template.html")).substitute(values)


def write_html(G: nx.MultiDiGraph, path: str | os.PathLike[str] | IO[str], **options: Any) -> None:
    """Write :func:`render_html`'s page to a path or an open text file.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Graph in the schema of :mod:`zhkg.stages.graph`.
    path : str, os.PathLike or file
        Destination; a path is written as UTF-8 with ``\\n`` line ends.
    **options
        :func:`render_html`'s keyword arguments (``title``, ``height``, ``stabilization_iterations``,
        ``max_evidence``, ``max_nodes``, ``max_panel_evidence``, ``max_edges``), with its defaults.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "graph.html"
    >>> write_html(nx.MultiDiGraph(), out, title="empty")
    >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    page = render_html(G, **options)
    if hasattr(path, "write"):
        path.write(page)
        return
    # atomic_write opens with newline="", which keeps the bytes identical on every platform.
    with atomic_write(path) as handle:
        handle.write(page)


#: The page's ``lang`` and the drawing's fonts for each script: a Traditional page is drawn in Noto Sans CJK TC, whose
#: glyphs are Taiwan's and Hong Kong's (說, 骨, 述, 令 are drawn otherwise in SC, the mainland's forms).
_LANG = {"Hans": "zh", "Hant": "zh-Hant"}


def page_script(G: nx.MultiDiGraph) -> str:
    """``"Hant"`` when more of the nodes' labels are written in Traditional characters than in Simplified ones,
    else ``"Hans"`` (a graph of neither, Latin names or numbers, too).

    >>> G = nx.MultiDiGraph(); G.add_node("a", label="閆維洪"); G.add_node("b", label="平谷區政協"); G.add_node("c", label="北京")
    >>> page_script(G), page_script(nx.MultiDiGraph([("平谷区", "北京")]))
    ('Hant', 'Hans')
    """
    from zhkg.stages.normalise import to_simplified, to_traditional

    labels = [str(attrs.get("label") or node) for node, attrs in G.nodes(data=True)]
    traditional = sum(to_simplified(label) != label for label in labels)
    simplified = sum(to_traditional(label) != label for label in labels)
    return "Hant" if traditional > simplified else "Hans"


def _stats(sizes: _Sizes) -> str:
    nodes, edges = sizes.nodes, sizes.edges
    if sizes.drawn_nodes == nodes:
        return f"{nodes} nodes · {edges} edges"
    return f"{sizes.drawn_nodes} of {nodes} nodes · {sizes.drawn_edges} of {edges} edges"


def _notice_html(sizes: _Sizes) -> str:
    """A paragraph saying what a cut-down page left out, or nothing."""
    nodes = sizes.nodes - sizes.drawn_nodes
    if not nodes:
        return ""
    edges = sizes.edges - sizes.drawn_edges
    text = (
        f"Large graph: showing {sizes.drawn_nodes} of its {sizes.nodes} nodes (the entities best linked "
        f"to other entities, then the documents and counts linked to them); {nodes} nodes and {edges} edges are left out. "
        "The GraphML file holds the whole graph."
    )
    return f'<p id="zhkg-omitted" data-nodes="{nodes}" data-edges="{edges}">{html.escape(text)}</p>'


def _legend_html(G: nx.MultiDiGraph) -> str:
    """An escaped ``<ul>`` of the node types present, with colour, count and a filter checkbox."""
    counts: Counter[str] = Counter()
    colours: dict[str, Counter[str]] = defaultdict(Counter)
    for _node, attrs in G.nodes(data=True):
        kind = str(attrs.get("type", ""))
        counts[kind] += 1
        colours[kind][_hex(attrs)] += 1
    items = []
    for kind in _ordered(counts, _TYPE_ORDER):
        # Colours are per type upstream; if they ever differ, show the commonest.
        colour = min(colours[kind].items(), key=lambda item: (-item[1], item[0]))[0]
        name = html.escape(kind)
        items.append(
            f'      <li data-type="{name}" data-count="{counts[kind]}"><label>'
            f'<input type="checkbox" value="{name}" checked>'
            f'<span class="zhkg-swatch" style="background:{colour}"></span>'
            f'<span class="zhkg-type">{name}</span></label>'
            f'<span class="zhkg-count">{counts[kind]}</span>'
            f'<button type="button" class="zhkg-only" value="{name}" title="Show only {name}">only</button></li>'
        )
    return _list_html("zhkg-legend", items)


def _relations_html(G: nx.MultiDiGraph) -> str:
    """An escaped ``<ul>`` of the relation kinds present, with colour, count, a filter checkbox and an "only" button."""
    counts = Counter(str(attrs.get("label", "")) for _u, _v, attrs in G.edges(data=True))
    items = [
        f'      <li data-relation="{html.escape(kind)}" data-count="{counts[kind]}"><label>'
        f'<input type="checkbox" value="{html.escape(kind)}" checked>'
        f'<span class="zhkg-swatch zhkg-line" style="background:{edge_colour(kind)}"></span>'
        f'<span class="zhkg-type">{html.escape(kind) or "(none)"}</span></label>'
        f'<span class="zhkg-count">{counts[kind]}</span>'
        f'<button type="button" class="zhkg-only" value="{html.escape(kind)}" '
        f'title="Show only {html.escape(kind) or "(none)"}">only</button></li>'
        for kind in _ordered(counts, _RELATION_ORDER)
    ]
    return _list_html("zhkg-relations", items)


def _list_html(element_id: str, items: list[str]) -> str:
    return f'    <ul id="{element_id}">\n' + "\n".join(items) + ("\n" if items else "") + "    </ul>"


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
    # the package's folder without importing it (pyvis/__init__ imports IPython and jinja2)
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed: the page needs its copy of vis-network")
    return (Path(spec.submodule_search_locations[0]) / _VIS_DIR / name).read_text(encoding="utf-8")


def _read_asset(name: str) -> str:
    return (resources.files(__package__) / "assets" / name).read_text(encoding="utf-8")
