"""What the page draws of a large graph (:mod:`zhkg.export.html`): the edges among its nodes
(:func:`top_edges`), a connected view of the best-linked entities and what hangs off them (:func:`top_nodes`), and
the biggest entities whose labels show at first sight (:func:`headline_nodes`). Moved from :mod:`zhkg.export.html`
by tidy156 (pure moves); :mod:`zhkg.export.html` still exports every public name.

Caveats
-------
* Deterministic: ties go by node id, so the same graph draws the same nodes and edges.
* The GraphML export always holds the whole graph; only the page is cut.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from typing import Any

import networkx as nx

from zhkg.export.html_payload import _RELATION_ORDER, _UNTYPED_KINDS, _int, _number, _ordered
from zhkg.records import Label

__all__ = ["MAX_EDGES", "_ATTACHED_TYPES", "_CORE_SHARE", "_TYPED_SHOWN", "_HEADLINES", "top_edges", "_typed_between_entities", "top_nodes", "_typed_ends", "_grow", "headline_nodes"]


#: Edges a page draws at most among its nodes: the page's size and the browser's work stay bounded however
#: dense a corpus makes the edges among its best-linked entities (1,671 at 1,000 articles; 13.8 MB pages at 100,000).
MAX_EDGES = 3_000


# Nodes that hang off named entities: shown for the entities a large page keeps.
_ATTACHED_TYPES = frozenset({Label.DOCUMENT.value, Label.COUNT.value})


# Share of a large page's node budget that goes to named entities first.
_CORE_SHARE = 0.75


# Relations of each typed kind a large page draws at least, room allowing (:func:`_typed_ends`).
_TYPED_SHOWN = 5


# The biggest drawn entities whose labels the page shows at first sight, however far it zooms out to fit.
_HEADLINES = 30


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
