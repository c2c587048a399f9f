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
"""

from __future__ import annotations

import functools
import heapq
import html
import importlib.util
import json
import os
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from string import Template
from typing import IO, Any, NamedTuple

import networkx as nx

from zhkg.config import CSS_LENGTH
from zhkg.export.atomic import atomic_write
from zhkg.query.names import (
    pinyin_display,
    pinyin_key,
    pinyin_keys,
    place_short_forms,
    save_pinyin_cache,
    sound_keys,
    variant_characters,
    variant_key,
)
from zhkg.records import Label, RelationKind
from zhkg.resources.gazetteer import DIVISION_SUFFIXES
from zhkg.stages.graph import METADATA_PREFIX, document_node_id
from zhkg.text import EVIDENCE_LIMIT

__all__ = ["edge_colour", "headline_nodes", "page_script", "pinyin_keys", "render_html", "simplified_characters", "top_edges", "top_nodes", "write_html"]

_VIS_DIR = "templates/lib/vis-9.1.2"  # inside the pyvis package, pinned ==0.3.2
_DEFAULT_TITLE = "zhkg knowledge graph"
_FALLBACK_RGB = (151, 151, 151)
_LABEL_CHARS = 24  # longer labels (document titles) are cut on the canvas; tooltips keep them whole
#: Edges a page draws at most among its nodes: the page's size and the browser's work stay bounded however
#: dense a corpus makes the edges among its best-linked entities (1,671 at 1,000 articles; 13.8 MB pages at 100,000).
MAX_EDGES = 3_000


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")  # a character pinyin reads
_TYPE_ORDER = [label.value for label in Label.all()]
_RELATION_ORDER = [kind.value for kind in RelationKind.all()]
# Relations read from a sentence's mere company: drawn grey, and the first a crowded page leaves out.
_UNTYPED_KINDS = frozenset({RelationKind.CO_MENTIONED.value, RelationKind.MENTIONED_IN.value})
_EDGE_GREY = "#b0b0b0"
# Each typed kind's colour on the page and in its relations list; a kind not named here (a plug-in's, a
# learned one) takes one of _EDGE_PALETTE by a checksum of its name, the same on every page and run.
_EDGE_COLOURS = {
    "HOLDS_ROLE": "#d62728", "MEMBER_OF": "#e377c2", "LOCATED_IN": "#66a61e", "WITHIN": "#a6d854",
    "HAS_COUNT": "#9467bd", "AUTHOR_OF": "#a6761d", "PUBLISHED": "#e6ab02", "COMPETES_WITH": "#d95f02",
    "OWNS": "#1b9e77", "ACQUIRED": "#17becf", "SPOUSE_OF": "#e7298a", "PARENT_OF": "#7570b3",
    "GRADUATED_FROM": "#cc6677", "HEADQUARTERED_IN": "#999933", "PARTNER_OF": "#332288",
    "MET_WITH": "#882255", "VISITED": "#44aa99",
    "PART_OF": "#88ccee",
}
_EDGE_PALETTE = ("#8c564b", "#bcbd22", "#1f78b4", "#b15928", "#6a3d9a", "#33a02c", "#fb9a99", "#ff7f00")
# Nodes that hang off named entities: shown for the entities a large page keeps.
_ATTACHED_TYPES = frozenset({Label.DOCUMENT.value, Label.COUNT.value})
# Share of a large page's node budget that goes to named entities first.
_CORE_SHARE = 0.75
# Relations of each typed kind a large page draws at least, room allowing (:func:`_typed_ends`).
_TYPED_SHOWN = 5
# The biggest drawn entities whose labels the page shows at first sight, however far it zooms out to fit.
_HEADLINES = 30

# Optional node attributes shown in the tooltip and the side panel, in this order, with their captions.
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
    ("date_text", "Date as written"),
    ("source", "Source"),
]


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


def top_edges(H: nx.MultiDiGraph, max_edges: int | None) -> nx.MultiDiGraph:
    """``H`` itself when it has at most ``max_edges`` edges, else a copy with the ones a page draws.

    Every typed relation between two named entities (any kind but CO_MENTIONED and
    MENTIONED_IN, neither end a document or a count: OWNS, SPOUSE_OF, HOLDS_ROLE …)
    is kept, even past ``max_edges``; then every node keeps its best edge (so none is left
    unconnected that had an edge), then the rest fill the budget: typed ones first,
    then co-mentions and mentions, each heaviest first; ties go by ``(source,
    target, key)``, so the choice is deterministic.

    >>> H = nx.MultiDiGraph()
    >>> for u, v, k, w in [("a", "b", "e0", 5), ("a", "b", "e1", 1), ("b", "a", "e2", 3), ("a", "c", "e3", 2)]:
    ...     _ = H.add_edge(u, v, key=k, weight=w)
    >>> sorted(k for _, _, k in top_edges(H, 2).edges(keys=True))  # c keeps its only edge, lighter than e2
    ['e0', 'e3']
    >>> sorted(k for _, _, k in top_edges(H, 3).edges(keys=True))
    ['e0', 'e2', 'e3']
    >>> _ = H.add_edge("b", "c", key="e4", weight=1, label="OWNS")  # the lightest, but typed: never cut
    >>> sorted(k for _, _, k in top_edges(H, 2).edges(keys=True))
    ['e0', 'e4']
    """
    if max_edges is None or H.number_of_edges() <= max_edges:
        return H
    ranked = sorted(((u, v, k, d.get("weight", 1.0), str(d.get("label", "")) in _UNTYPED_KINDS)
                     for u, v, k, d in H.edges(keys=True, data=True)),
                    key=lambda e: (e[4], -_number(e[3]), str(e[0]), str(e[1]), str(e[2])))
    # a typed relation between two named entities is never cut (OWNS, SPOUSE_OF: rare, and what a reader looks for)
    keep: set[tuple] = {(u, v, k) for u, v, k, d in H.edges(keys=True, data=True) if _typed_between_entities(H, u, v, d)}
    covered: set = {node for edge in keep for node in edge[:2]}
    for u, v, k, _w, _untyped in ranked:  # each node's heaviest edge first, a typed one before co-mentions
        if u not in covered or v not in covered:
            keep.add((u, v, k))
            covered.update((u, v))
    for u, v, k, _w, _untyped in ranked:
        if len(keep) >= max_edges:
            break
        keep.add((u, v, k))
    out = nx.MultiDiGraph()
    out.graph.update(H.graph)
    out.add_nodes_from(H.nodes(data=True))
    out.add_edges_from((u, v, k, d) for u, v, k, d in H.edges(keys=True, data=True) if (u, v, k) in keep)
    return out


def _typed_between_entities(G: nx.MultiDiGraph, source: str, target: str, attrs: dict[str, Any]) -> bool:
    """Whether an edge is a typed relation (not a co-mention) between two named entities (no document, no count)."""
    kind = str(attrs.get("label", "") or "")
    return (bool(kind) and kind not in _UNTYPED_KINDS and source != target
            and str(G.nodes[source].get("type", "")) not in _ATTACHED_TYPES
            and str(G.nodes[target].get("type", "")) not in _ATTACHED_TYPES)


def edge_colour(kind: str) -> str:
    """The colour the page draws a relation ``kind`` in: grey for co-mentions and mentions, its own for typed kinds.

    >>> edge_colour("CO_MENTIONED"), edge_colour("OWNS"), edge_colour("FOUNDED") == edge_colour("FOUNDED")
    ('#b0b0b0', '#1b9e77', True)
    """
    if kind in _UNTYPED_KINDS or not kind:
        return _EDGE_GREY
    return _EDGE_COLOURS.get(kind) or _EDGE_PALETTE[zlib.crc32(kind.encode("utf-8")) % len(_EDGE_PALETTE)]


def top_nodes(G: nx.MultiDiGraph, max_nodes: int | None) -> list[str]:
    """The nodes a page of at most ``max_nodes`` nodes shows: a connected view, best first.

    Named entities (every type but DOCUMENT and COUNT) rank by their weighted
    degree among named entities (co-mentions, roles, places: the sum of those
    edges' weights), then by their weighted degree overall, mentions and id.
    Three quarters of the budget go to the best of those linked to another
    named entity, each drawn with at least one such link: one left without a
    link among the chosen gives its place to the next entity linked to them.
    The documents and counts linked to the chosen entities come next, ranked by
    how many of them they are linked to, then by mentions and id. Room left
    over grows the view along any edge, best-ranked node first, starting a new
    cluster where the view can grow no further; nodes with no edge at all come
    last. So no node is drawn alone unless it has no edge in the graph.
    ``None``, or a graph no larger than ``max_nodes``, keeps every node.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for name, mentions in (("a", 5), ("b", 1), ("c", 9), ("d", 2)):
    ...     G.add_node(f"person:{name}", type="PERSON", mentions=mentions)
    >>> G.add_node("doc:1", type="DOCUMENT", mentions=0)
    >>> _ = G.add_edge("person:a", "person:b", weight=3.0), G.add_edge("person:c", "doc:1")
    >>> top_nodes(G, 4)  # c, most mentioned, has no link to another entity; d has no edge at all
    ['person:a', 'person:b', 'person:c', 'doc:1']
    >>> top_nodes(G, 1)  # not d, drawn last for having no edge at all
    ['person:a']
    """
    kinds = {node: str(attrs.get("type", "")) for node, attrs in G.nodes(data=True)}
    mentions = {node: _int(attrs.get("mentions", 0)) for node, attrs in G.nodes(data=True)}
    named = {node for node, kind in kinds.items() if kind not in _ATTACHED_TYPES}
    links: dict[str, set[str]] = {node: set() for node in kinds}
    weight: Counter[str] = Counter()
    weight_named: Counter[str] = Counter()
    degree: Counter[str] = Counter()  # as G.degree() counts: a self-loop twice
    for source, target, attrs in G.edges(data=True):
        degree[source] += 1
        degree[target] += 1
        if source == target:
            continue
        links[source].add(target)
        links[target].add(source)
        w = _number(attrs.get("weight", 1.0))
        weight[source] += w
        weight[target] += w
        if source in named and target in named:
            weight_named[source] += w
            weight_named[target] += w
    ranked = sorted(named, key=lambda node: (-weight_named[node], -weight[node], -mentions[node], str(node)))
    others = sorted((node for node in kinds if node not in named),
                    key=lambda node: (-degree[node], -mentions[node], str(node)))
    if max_nodes is None or len(kinds) <= max_nodes:
        return ranked + others
    if max_nodes == 1:  # no room for a link: the best-linked entity alone (the view below grows in pairs)
        return (ranked + others)[:1]
    index = {node: i for i, node in enumerate(ranked + others)}
    among_named = {node: links[node] & named for node in named}
    core_budget = max(1, int(max_nodes * _CORE_SHARE))
    linked = [node for node in ranked if among_named[node]]
    first = set(linked[:core_budget])
    core = _grow([node for node in linked[:core_budget] if among_named[node] & first], core_budget, among_named,
                 index, linked)
    core += _typed_ends(G, set(core), weight_named, limit=max_nodes // 10)
    chosen = set(core)
    attached_to = {node: len(links[node] & chosen) for node in others}
    attached = sorted((node for node in others if attached_to[node]),
                      key=lambda node: (-attached_to[node], -mentions[node], str(node)))
    picked = _grow(core + attached[: max_nodes - len(core)], max_nodes, links, index, ranked + others)
    taken = set(picked)
    alone = [node for node in ranked + others if not links[node] and node not in taken]
    return picked + alone[: max_nodes - len(picked)]


def _typed_ends(G: nx.MultiDiGraph, chosen: set[str], weight_named: Counter[str], *, limit: int) -> list[str]:
    """Entities to draw beside ``chosen`` so that each typed kind shows some of its relations: at most ``limit``.

    A kind (OWNS, SPOUSE_OF …: :func:`_typed_between_entities`) with fewer than
    ``_TYPED_SHOWN`` relations among ``chosen`` gets the ends of its next ones, those
    between the best-linked entities first; the rarest kinds, whose ends are seldom
    among the best linked, would otherwise never reach the page. Kinds go in the
    order of :class:`~zhkg.records.RelationKind`, then by name.
    """
    by_kind: dict[str, list[tuple]] = defaultdict(list)
    for u, v, k, d in G.edges(keys=True, data=True):
        if _typed_between_entities(G, u, v, d):
            by_kind[str(d["label"])].append((-(weight_named[u] + weight_named[v]), -_number(d.get("weight", 1.0)),
                                             str(u), str(v), str(k), u, v))
    added: list[str] = []
    taken = set(chosen)
    for kind in _ordered(Counter({kind: len(edges) for kind, edges in by_kind.items()}), _RELATION_ORDER):
        edges = sorted(by_kind[kind])
        shown = sum(1 for *_, u, v in edges if u in taken and v in taken)
        for *_, u, v in edges:
            if shown >= _TYPED_SHOWN:
                break
            new = [node for node in (u, v) if node not in taken]
            if not new:
                continue
            if len(added) + len(new) > limit:
                return added
            added += new
            taken.update(new)
            shown += 1
    return added


def _grow(chosen: list[str], limit: int, links: dict[str, set[str]], index: dict[str, int],
          seeds: list[str]) -> list[str]:
    """``chosen`` grown to ``limit`` nodes along ``links``, the best-ranked (lowest ``index``) neighbour first.

    Where the view can grow no further, the best of ``seeds`` with a link outside
    it starts a new cluster, if there is room for it and a neighbour.
    """
    chosen = list(chosen)
    taken = set(chosen)
    frontier = [(index[other], other) for node in chosen for other in links[node] if other not in taken]
    heapq.heapify(frontier)
    pending = iter(seeds)
    while len(chosen) < limit:
        while frontier and frontier[0][1] in taken:
            heapq.heappop(frontier)
        if frontier:
            node = heapq.heappop(frontier)[1]
        elif limit - len(chosen) >= 2:
            node = next((seed for seed in pending if seed not in taken and links[seed] - taken), None)
            if node is None:
                break
        else:
            break
        chosen.append(node)
        taken.add(node)
        for other in links[node] - taken:
            heapq.heappush(frontier, (index[other], other))
    return chosen


def headline_nodes(G: nx.MultiDiGraph, drawn: list[str], limit: int = _HEADLINES) -> set[str]:
    """The ``limit`` biggest entities among ``drawn`` (by ``size``, then by their place in ``drawn``).

    The page keeps their labels readable when it zooms out to fit a large
    graph, where vis-network would hide every label as too small to read.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", type="PERSON", size=20.0); G.add_node("b", type="PERSON", size=30.0)
    >>> G.add_node("d", type="DOCUMENT", size=40.0)
    >>> sorted(headline_nodes(G, ["a", "b", "d"], limit=1))
    ['b']
    """
    place = {node: i for i, node in enumerate(drawn)}
    entities = [node for node in drawn if str(G.nodes[node].get("type", "")) not in _ATTACHED_TYPES]
    return set(sorted(entities, key=lambda node: (-_number(G.nodes[node].get("size", 10.0)), place[node]))[:limit])


def _build_payload(
    G: nx.MultiDiGraph,
    H: nx.MultiDiGraph,
    sizes: _Sizes,
    *,
    headlines: frozenset[str] | set[str] = frozenset(),
    stabilization_iterations: int,
    max_evidence: int,
    max_panel_evidence: int,
    script: str = "Hans",
) -> dict[str, Any]:
    """Nodes, edges and options for the page script (as pyvis builds them), and the panel tables.

    ``G`` is the whole graph, ``H`` the part drawn: tooltips and panels carry the
    evidence of the drawn edges; a panel's ``more`` also counts the sentences of
    its node's edges in ``G`` that are not drawn.
    """
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    evidence = _evidence_by_node(H)
    panels, sentences, documents = _panel_evidence(G, H, max_panel_evidence)
    parents = _parent_places(G)
    for node_id in sorted(H.nodes):
        attrs = H.nodes[node_id]
        label = str(attrs.get("label") or node_id)
        kind = str(attrs.get("type", ""))
        items = evidence.get(node_id, [])
        simplified = str(attrs.get("name_simplified", ""))
        named = bool(simplified) and kind != Label.DOCUMENT.value
        person = kind == Label.PERSON.value
        panel: dict[str, Any] = dict(panels.get(node_id, {"evidence": [], "more": 0}))
        # a Latin name (Chloé, Leighton Meester) has no reading to show: pinyin would only drop its accents
        reading = pinyin_display(simplified, person=person) if named and _HAN.search(simplified) else ""
        parent = parents.get(str(attrs.get("parent_code", "")))
        if parent is not None:
            panel["parent"] = [parent if parent in H else "", str(G.nodes[parent].get("label") or parent)]
        nodes.append(_vis_node(
            node_id,
            label=_short(label),
            color=_hex(attrs),
            size=float(attrs.get("size", 10.0)),
            fullLabel=label,
            type=kind,
            mentions=_int(attrs.get("mentions", 0)),
            **_find_keys(node_id, attrs),
            tip={
                "head": label,
                "rows": _node_rows(node_id, attrs, pinyin=reading),
                "evidence": items[:max_evidence],
                "more": max(0, len(items) - max_evidence),
            },
            panel=panel,
            headline=node_id in headlines,
        ))
    seen: set[str] = set()
    for source, target, key, attrs in sorted(H.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        edge_id = str(attrs.get("id") or key)
        if edge_id in seen:
            raise ValueError(f"edge id {edge_id!r} is not unique; vis-network needs unique ids")
        seen.add(edge_id)
        kind = str(attrs.get("label", ""))
        colour = edge_colour(kind)
        edges.append(_vis_edge(
            source,
            target,
            id=edge_id,
            label=_edge_text(attrs),
            kind=kind,
            value=float(attrs.get("weight", 1.0)),
            tip=_edge_tip(G, source, target, attrs),
            # the side panel's link to the evidence's document (review140: a click on an edge opens its panel)
            **({"panel": [str(attrs["doc_id"]), _int(attrs.get("evidence_start", 0)),
                          _int(attrs.get("evidence_end", 0))]} if attrs.get("doc_id") else {}),
            **({"color": {"color": colour}} if colour != _EDGE_GREY else {}),  # grey is the options' default
        ))
    return {
        "nodes": nodes,
        "edges": edges,
        "simplified": simplified_characters(key for node in nodes for key in node["search"]),
        "variants": variant_characters(key for node in nodes for key in node["search"]),
        # a place's administrative heads, which its short form leaves off (台中 finds 臺中市), as find's "short" keys
        **({"placeHeads": list(DIVISION_SUFFIXES)} if any(node["type"] == Label.PLACE.value for node in nodes) else {}),
        "options": _options(stabilization_iterations, improved_layout=sizes.drawn_nodes <= 100,
                            script=script),
        "sentences": sentences,
        "documents": documents,
        "omitted": {
            "nodes": sizes.nodes - sizes.drawn_nodes,
            "edges": sizes.edges - sizes.drawn_edges,
        },
    }


def simplified_characters(names: Iterable[str]) -> dict[str, str]:
    """Traditional character -> Simplified, for each character of ``names`` that Traditional writes otherwise.

    The page maps a query through it character by character, so 國務院 (or 臺灣 and 台灣, 屯門綫 and 屯門線) finds a
    node a Simplified text names 国务院 (台湾, 屯门线), as :meth:`zhkg.query.graph.KnowledgeGraph.find` does with
    OpenCC. The variants are every character :func:`~zhkg.stages.normalise.to_simplified` reads as one of the
    names' characters (Hong Kong's 綫 too, which no ``s2t``/``s2hk`` reading of 线 gives).

    >>> sorted(simplified_characters(["国务院", "台湾"]).items())
    [('務', '务'), ('國', '国'), ('枱', '台'), ('檯', '台'), ('灣', '湾'), ('臺', '台'), ('颱', '台')]
    """
    from zhkg.stages.normalise import convert, to_simplified

    names = sorted(set(names))
    held = {character for name in names for character in name}
    found = {written: character for written, character in _simplified_table().items() if character in held}
    # a character OpenCC writes otherwise only within a word (松懈 is 鬆懈, 家具 傢俱), so that a name written so
    # finds its node as find's t2s does (the whole name read back as it is)
    for name in names:
        for config in ("s2t", "s2tw", "s2hk"):
            variant = convert(name, config)
            if len(variant) != len(name) or to_simplified(variant) != name:
                continue
            for written, character in zip(variant, name):
                if written != character and written not in found:
                    found[written] = character
    return dict(sorted(found.items()))


@functools.lru_cache(maxsize=1)
def _simplified_table() -> dict[str, str]:
    """Every CJK character :func:`~zhkg.stages.normalise.to_simplified` writes otherwise -> what it writes, read once
    a process from ``resources/data/simplified_chars.tab``: the converter's answers for the CJK blocks, precomputed
    by ``tools/build_simplified_chars.py`` (converting the 28,000 characters took 0.3–0.4 s a process; a test rebuilds
    the table and compares). Characters beyond the Basic Multilingual Plane are left out: the page's script reads a
    query by UTF-16 unit."""
    from zhkg.resources import read_data

    rows = (line.split("\t") for line in read_data("simplified_chars.tab").splitlines() if line and line[0] != "#")
    return {written: character for written, character in rows}


def _vis_node(node_id: str, *, label: str, color: str, **options: Any) -> dict[str, Any]:
    """A node as pyvis 0.3.2's ``Network.add_node`` makes it: the options, then id, label and shape."""
    return {"color": color, **options, "id": node_id, "label": label or node_id, "shape": "dot"}


def _vis_edge(source: str, target: str, **options: Any) -> dict[str, Any]:
    """An edge as pyvis 0.3.2's ``Network.add_edge`` makes it in a directed network."""
    return {**options, "from": source, "to": target, "arrows": options.get("arrows", "to")}


#: The page's ``lang`` and the drawing's fonts for each script: a Traditional page is drawn in Noto Sans CJK TC, whose
#: glyphs are Taiwan's and Hong Kong's (說, 骨, 述, 令 are drawn otherwise in SC, the mainland's forms).
_LANG = {"Hans": "zh", "Hant": "zh-Hant"}
_FONTS = {"Hans": "Noto Sans CJK SC, Noto Sans CJK TC, sans-serif", "Hant": "Noto Sans CJK TC, Noto Sans CJK SC, sans-serif"}


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


def _options(stabilization_iterations: int, *, improved_layout: bool, script: str = "Hans") -> dict[str, Any]:
    """vis-network options: seeded layout, bounded stabilisation, hover tooltips, the fonts of the page's script.

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
            "font": {"size": 14, "face": _FONTS[script]},
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
        where = (str(attrs.get("doc_id", "")), _int(attrs.get("evidence_start", 0)), _int(attrs.get("evidence_end", 0)))
        for node in (source, target):
            # One sentence often backs several edges; list it once, at its first position.
            if text not in found[node] or where < found[node][text]:
                found[node][text] = where
    return {
        node: [[text, _reference(*where)] for text, where in sorted(texts.items(), key=lambda item: (item[1], item[0]))]
        for node, texts in found.items()
    }


def _panel_evidence(
    G: nx.MultiDiGraph, H: nx.MultiDiGraph, limit: int
) -> tuple[dict[str, dict[str, Any]], list[list[Any]], dict[str, list[str]]]:
    """Side-panel evidence of the drawn nodes, and the sentence and document tables it points into.

    Each drawn node gets ``{"evidence": [[sentence index, [relation, ...]], ...],
    "more": n}``: the distinct sentences (per document, at their first position)
    of its drawn edges (in ``H``), with the relations each one backs; ``more``
    counts the rest, including the sentences of its edges in ``G`` that are not drawn. Sentences are
    ``[text, doc_id, start, end]``; documents map a doc id to ``[title, node id
    or "" when the document is not drawn]``, and its ``date`` third when it has one.
    """
    found: dict[str, dict[tuple[str, str], tuple[tuple[int, int], set[str]]]] = defaultdict(dict)
    hidden: dict[str, set[tuple[str, str]]] = defaultdict(set)  # sentences of edges not drawn, only counted
    # the edges with an end drawn, each once: out of a drawn node, or into one from a node not drawn
    incident = [e for node in H for e in G.out_edges(node, data=True)]
    incident += [e for node in H for e in G.in_edges(node, data=True) if e[0] not in H]
    for source, target, attrs in incident:
        text = str(attrs.get("evidence", "")).strip()
        if not text:
            continue
        doc_id = str(attrs.get("doc_id", ""))
        if source not in H or target not in H:
            for node in (source, target):
                if node in H:
                    hidden[node].add((doc_id, text))
            continue
        where = (_int(attrs.get("evidence_start", 0)), _int(attrs.get("evidence_end", 0)))
        kind = str(attrs.get("label", ""))
        said = str(attrs.get("role") or attrs.get("relation_zh") or "")  # the title, else the verb or kin word read
        role = f" ({said}{', former' if _former(attrs) else ''})" if said else ""
        ends = [(source, f"{kind}{role} → {_node_label(G, target)}")]
        if target != source:
            ends.append((target, f"{kind}{role} ← {_node_label(G, source)}"))
        for node, relation in ends:
            if node not in H:
                continue
            first, relations = found[node].get((doc_id, text), (where, set()))
            relations.add(relation)
            found[node][(doc_id, text)] = (min(first, where), relations)

    chosen: dict[str, list[tuple[tuple[str, int, int, str], list[str]]]] = {}
    more: dict[str, int] = {}
    for node, items in found.items():
        ordered = sorted(((doc_id, *where, text), sorted(relations)) for (doc_id, text), (where, relations) in items.items())
        chosen[node] = ordered[:limit]
        more[node] = max(0, len(ordered) - limit) + len(hidden.pop(node, set()) - items.keys())
    for node, keys_hidden in hidden.items():  # drawn nodes all of whose sentences are on edges not drawn
        chosen[node], more[node] = [], len(keys_hidden)
    keys = sorted({key for items in chosen.values() for key, _relations in items})
    index = {key: i for i, key in enumerate(keys)}
    sentences = [[text, doc_id, start, end] for doc_id, start, end, text in keys]
    panels = {
        node: {"evidence": [[index[key], relations] for key, relations in items], "more": more[node]}
        for node, items in chosen.items()
    }
    doc_nodes = _document_nodes(G)
    documents = {}
    for doc_id in sorted({key[0] for key in keys if key[0]}):
        node = doc_nodes.get(doc_id)
        attrs = G.nodes[node] if node is not None else {}
        title = str(attrs.get("title") or attrs.get("label") or "")
        documents[doc_id] = [title if title != doc_id else "", node if node is not None and node in H else ""]
        if date := str(attrs.get("date") or ""):  # a dated document's day, shown beside its name
            documents[doc_id].append(date)
    return panels, sentences, documents


def _document_nodes(G: nx.MultiDiGraph) -> dict[str, str]:
    """Node id of each document, by doc id (the first by node id if two claim one).

    A document node without a ``doc_id`` attribute is matched by its id, as
    :func:`zhkg.stages.graph.document_node_id` makes it.
    """
    found: dict[str, str] = {}
    for node in sorted(G.nodes, key=str):
        attrs = G.nodes[node]
        if attrs.get("type") == Label.DOCUMENT.value and attrs.get("doc_id"):
            found.setdefault(str(attrs["doc_id"]), node)
    prefix = document_node_id("")
    for node in sorted(G.nodes, key=str):
        attrs = G.nodes[node]
        if attrs.get("type") == Label.DOCUMENT.value and not attrs.get("doc_id") and str(node).startswith(prefix):
            found.setdefault(str(node)[len(prefix):], node)
    return found


def _parent_places(G: nx.MultiDiGraph) -> dict[str, str]:
    """Node id of each official place code (the first by node id if two share one)."""
    found: dict[str, str] = {}
    for node in sorted(G.nodes, key=str):
        code = G.nodes[node].get("code")
        if code:
            found.setdefault(str(code), node)
    return found


def _node_label(G: nx.MultiDiGraph, node: str) -> str:
    return str(G.nodes[node].get("label") or node)


def _node_rows(node_id: str, attrs: dict[str, Any], *, pinyin: str = "") -> list[list[str]]:
    """Tooltip and panel rows ``[caption, value]`` for a node."""
    rows = [["Type", str(attrs.get("type", ""))]]
    if attrs.get("name_simplified"):
        rows.append(["Simplified", str(attrs["name_simplified"])])
    if pinyin:
        rows.append(["Pinyin", pinyin])
    aliases = _aliases(attrs)
    if aliases:
        rows.append(["Aliases", "、".join(aliases)])
    if "mentions" in attrs and attrs.get("type") != Label.DOCUMENT.value:  # a document mentions; it is not mentioned
        rows.append(["Mentions", _text(attrs["mentions"])])
        if attrs.get("documents") not in (None, ""):  # how many documents those mentions are in
            rows.append(["Documents", _text(attrs["documents"])])
    rows.extend([caption, _text(attrs[name])] for name, caption in _EXTRA_FIELDS if attrs.get(name) not in (None, ""))
    rows.extend([name[len(METADATA_PREFIX):], _field(value)] for name, value in attrs.items()  # the input's own fields
                if name.startswith(METADATA_PREFIX) and value not in (None, ""))
    rows.append(["ID", node_id])
    return rows


def _role_text(attrs: dict[str, Any]) -> str:
    """An edge's role as the page shows it: ``主席``, or ``主席 (former)`` for a role held before (前主席).

    >>> _role_text({"role": "主席", "former": True}), _role_text({"role": "主席"}), _role_text({})
    ('主席 (former)', '主席', '')
    """
    role = str(attrs.get("role", "") or "")
    return f"{role} (former)" if role and _former(attrs) else role


def _edge_text(attrs: dict[str, Any]) -> str:
    """An edge's label on the canvas: its role (:func:`_role_text`), else the word its relation was read from.

    >>> _edge_text({"role": "主席"}), _edge_text({"relation_zh": "前妻", "former": True}), _edge_text({})
    ('主席', '前妻 (former)', '')
    """
    if attrs.get("role"):
        return _role_text(attrs)
    said = str(attrs.get("relation_zh", "") or "")
    return f"{said} (former)" if said and _former(attrs) else said


def _former(attrs: dict[str, Any]) -> bool:
    """Whether an edge is a role or membership held before: ``former`` true (a bool, or GraphML's text)."""
    return attrs.get("former") is True or str(attrs.get("former", "")).lower() == "true"


def _edge_tip(G: nx.MultiDiGraph, source: str, target: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """Tooltip content of an edge: relation, role, ends and evidence."""
    rows = [["Relation", str(attrs.get("label", ""))]]
    if attrs.get("role"):
        rows.append(["Role", _role_text(attrs)])
    if attrs.get("relation_zh"):  # the verb or kin word a typed or learned relation was read from (收购, 妻子)
        rows.append(["Read as", str(attrs["relation_zh"]) + (" (former)" if _former(attrs) and not attrs.get("role") else "")])
    elif _former(attrs) and not attrs.get("role"):
        rows.append(["Former", "yes"])
    rows.append(["From", _node_label(G, source)])
    rows.append(["To", _node_label(G, target)])
    if "weight" in attrs:
        rows.append(["Weight", _text(attrs["weight"])])
    if attrs.get("date"):
        last = str(attrs.get("date_last", "") or "")
        span = str(attrs["date"]) + (f" – {last}" if last and last != attrs["date"] else "")
        rows.append(["Date", span])
    if attrs.get("doc_ids"):
        rows.append(["Documents", "、".join(str(attrs["doc_ids"]).split("|"))])
    text = str(attrs.get("evidence", "")).strip()
    where = _reference(str(attrs.get("doc_id", "")), _int(attrs.get("evidence_start", 0)), _int(attrs.get("evidence_end", 0)))
    return {
        "head": str(attrs.get("label", "")),
        "rows": rows,
        "evidence": [[text, where]] if text else [],
        "more": 0,
    }


class _Sizes(NamedTuple):
    """Nodes and edges of the whole graph and of the part drawn (a multigraph counts its edges one by one)."""

    nodes: int
    edges: int
    drawn_nodes: int
    drawn_edges: int


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


def _ordered(counts: Counter[str], order: list[str]) -> list[str]:
    """Keys of ``counts``: those in ``order`` first, in that order, then the rest sorted."""
    return [key for key in order if key in counts] + sorted(key for key in counts if key not in order)


def _list_html(element_id: str, items: list[str]) -> str:
    return f'    <ul id="{element_id}">\n' + "\n".join(items) + ("\n" if items else "") + "    </ul>"


def _find_keys(node_id: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """What the search box matches, as ``zhkg query … find`` (:class:`zhkg.query.names.NameIndex`) does.

    ``search``: the names (label, Simplified name) then the aliases, ``names`` of them names when not one, then
    the Simplified name and aliases with their variant characters folded where they have any
    (:func:`~zhkg.query.names.variant_key`: 黄柏迪 of 黃栢廸), ``variants`` of them when any, matched after the
    names and aliases as find's ``"variant"`` keys; ``shorts``: a place's short forms
    (:func:`~zhkg.query.names.place_short_forms`, find's ``"short"`` keys);
    ``pinyin``: the name's spaced pinyin (:func:`pinyin_keys`), whose folded forms and whole-syllable starts
    the script derives; ``sound`` / ``aliasSound``: the folded keys of :func:`sound_keys` it cannot derive
    (usually none: an alias is mostly the name in the other script); ``code``: matched only after every
    key ``find`` matches, as is a key's start in characters or a key's middle.
    """
    names = list(dict.fromkeys(key for key in (str(attrs.get("label", "")), str(attrs.get("name_simplified", ""))) if key))
    aliases = _aliases(attrs)
    written = list(dict.fromkeys(names + aliases))
    folded = [f for f in dict.fromkeys(variant_key(key) for key in names[-1:] + aliases) if f not in written]
    keys: dict[str, Any] = {"search": written + folded}
    if len(names) != 1:
        keys["names"] = len(names)
    if folded:
        keys["variants"] = len(folded)
    if shorts := place_short_forms(attrs):
        keys["shorts"] = shorts
    if attrs.get("type") == Label.DOCUMENT.value:
        keys["pinyin"] = []
        return keys
    simplified = str(attrs.get("name_simplified", "") or attrs.get("label", node_id))
    spaced = pinyin_keys(simplified, person=attrs.get("type") == Label.PERSON.value)
    keys["pinyin"] = spaced
    derived = {pinyin_key(key) for key in spaced}
    name_sound, alias_sound = sound_keys(node_id, attrs)
    if any(key not in derived for key in name_sound):
        keys["sound"] = [key for key in name_sound if key not in derived]
    if alias_sound:
        keys["aliasSound"] = list(alias_sound)
    if attrs.get("code"):
        keys["code"] = str(attrs["code"])
    return keys


def _aliases(attrs: dict[str, Any]) -> list[str]:
    return [alias for alias in dict.fromkeys(str(attrs.get("aliases", "")).split("|")) if alias]


def _hex(attrs: dict[str, Any]) -> str:
    """``#rrggbb`` from the node's ``r``/``g``/``b``, clamped to 0-255."""
    channels = [attrs.get(name, fallback) for name, fallback in zip("rgb", _FALLBACK_RGB)]
    return "#" + "".join(f"{max(0, min(255, int(channel))):02x}" for channel in channels)


def _number(value: Any) -> float:
    """A numeric attribute (a weight), 1.0 when missing or unreadable."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return 1.0


def _int(value: Any) -> int:
    """An integer attribute; GraphML readers may hand back strings or floats."""
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return 0


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1] + "…"


def _field(value: Any, limit: int = EVIDENCE_LIMIT) -> str:
    """A document's own field on the page: at most ``limit`` characters, ``…`` ending a cut (a table's summary
    column would fill the tooltip; the GraphML keeps it whole).

    >>> _field("体育"), _field("一二三四五", limit=3)
    ('体育', '一二…')
    """
    text = _text(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


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
    # the package's folder without importing it (pyvis/__init__ imports IPython and jinja2)
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed: the page needs its copy of vis-network")
    return (Path(spec.submodule_search_locations[0]) / _VIS_DIR / name).read_text(encoding="utf-8")


def _read_asset(name: str) -> str:
    return (resources.files(__package__) / "assets" / name).read_text(encoding="utf-8")
