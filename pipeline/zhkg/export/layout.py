"""A deterministic starting layout: the same graph always gets the same coordinates.

Gephi (GEXF ``viz:position``, GraphML ``x``/``y``) opens a graph where its nodes
are; without positions every node starts at the origin or at random. The layout
is python-igraph's Fruchterman–Reingold with its grid (repulsion only between
nearby nodes, so a step costs about linear time in the graph) over a simple
undirected copy whose nodes and edges are numbered in sorted order, so neither
edge direction, parallel edges nor insertion order change it. The starting
positions come from a seeded generator and igraph's own random numbers (it
nudges nodes that land on the same spot) from a seeded ``random.Random``, so the
layout is a function of the graph and the seed alone; coordinates are rounded
(to 0.01 at the default scale), so the last bits of floating-point arithmetic
cannot change the bytes written.

One method for every size, with no scipy. A step costs about the same per node
at any size, so the number of steps falls from 500 (up to 2,000 nodes) to 100
(from 10,000) to keep the layout a small share of the run; extra steps beyond
that barely shorten the edges: on the graph of 1,000 THUCNews articles (9,700
nodes) the mean edge is 0.166 of the mean distance between two nodes after 206
steps, 0.174 after 103, in half the time (0.58 s). Measured (``python3
bench/layout.py``): 0.01 s for 200 nodes, 0.2 s for 2,000, about 0.6 s for 9,700.

Past 20,000 nodes the force layout is kept to the graph's core: a corpus graph's
hubs (中国 mentioned in half the documents) pull thousands of nodes into a few
grid cells, where repulsion becomes quadratic, and a 100,000-article graph took
more than seven CPU minutes without finishing. So the 20,000 nodes of highest degree (ties by name) are
laid out with their edges among them, and every other node is then placed, in
breadth-first order from the core, on a sunflower (Vogel) spiral around its
best-connected placed neighbour — a document beside the entity it shares most
with, the k-th node around an anchor at radius ``0.4·√k``, golden angle apart,
so a hub's many leaves fill a disc evenly instead of piling up. Nodes no path
joins to the core continue one spiral around the core. The placement is one pass
over the edges, so the layout's time stops growing with the graph's size beyond
the core.
"""

from __future__ import annotations

import math
import random
import sys
from collections.abc import Sequence
from typing import Any

import networkx as nx

__all__ = ["layout_positions", "with_positions"]

#: Node-steps the default layout may take: 500 steps up to 2,000 nodes, fewer above (100 at least).
_NODE_STEPS = 1_000_000
#: Nodes the force layout moves; beyond them nodes are placed around their neighbours.
CORE_NODES = 20_000
#: Radius step of the sunflower spiral around an anchor, in the force layout's units (edges ~ 1).
_SPIRAL = 0.4
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def layout_positions(G: nx.Graph, *, seed: int = 7, scale: float = 1000.0, iterations: int | None = None,
                     decimals: int = 2) -> dict[Any, tuple[float, float]]:
    """``{node: (x, y)}`` for every node of ``G``, centred on the origin within ``±scale``.

    Parameters
    ----------
    G
        Any networkx graph; direction, self-loops and parallel edges are ignored.
    seed
        Seed of the layout's random start (and of igraph's random numbers); fixed so runs agree.
    scale
        Half the width of the square the nodes are spread over (Gephi's units).
    iterations
        Fruchterman–Reingold iterations; by default 500 up to 2,000 nodes, then
        ``1,000,000 / nodes``, at least 100.
    decimals
        Digits kept after the decimal point.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("b", "a"), ("a", "b"), ("b", "c")])
    >>> pos = layout_positions(G)
    >>> sorted(pos) == ["a", "b", "c"] and pos == layout_positions(nx.Graph([("c", "b"), ("a", "b")]))
    True
    >>> all(abs(x) <= 1000 and abs(y) <= 1000 for x, y in pos.values())
    True
    """
    nodes = sorted(G.nodes, key=str)
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    edges = sorted({(min(index[u], index[v]), max(index[u], index[v])) for u, v in G.edges() if u != v})
    if len(nodes) <= CORE_NODES:
        coords = _force(len(nodes), edges, seed, iterations)
    else:
        coords = _core_and_spirals(len(nodes), edges, seed, iterations)
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    reach = max(max(abs(x - cx) for x in xs), max(abs(y - cy) for y in ys)) or 1.0
    factor = scale / reach
    # "+ 0.0" turns -0.0 into 0.0, which would otherwise print differently
    return {node: (round((x - cx) * factor, decimals) + 0.0, round((y - cy) * factor, decimals) + 0.0)
            for node, (x, y) in zip(nodes, coords)}


def _force(n: int, edges: Sequence[tuple[int, int]], seed: int, iterations: int | None) -> list[list[float]]:
    """Seeded Fruchterman–Reingold (grid) coordinates of nodes ``0..n-1`` joined by ``edges``."""
    if iterations is None:
        iterations = max(100, min(500, _NODE_STEPS // n))
    igraph = _igraph()
    rng = random.Random(seed)
    side = n ** 0.5
    start = [[rng.uniform(-side, side), rng.uniform(-side, side)] for _ in range(n)]
    igraph.set_random_number_generator(random.Random(seed))
    try:
        return [list(c) for c in igraph.Graph(n=n, edges=edges).layout_fruchterman_reingold(
            seed=start, niter=iterations, grid=True).coords]
    finally:
        igraph.set_random_number_generator(random)  # igraph's default (the setter does not return the old one)


def _core_and_spirals(n: int, edges: Sequence[tuple[int, int]], seed: int,
                      iterations: int | None) -> list[list[float]]:
    """The :data:`CORE_NODES` best-connected nodes by force, the rest on spirals around placed neighbours."""
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for u, v in edges:
        neighbours[u].append(v)
        neighbours[v].append(u)
    degree = [len(adj) for adj in neighbours]
    core = sorted(range(n), key=lambda i: (-degree[i], i))[:CORE_NODES]
    core.sort()
    in_core = {i: k for k, i in enumerate(core)}
    core_edges = [(in_core[u], in_core[v]) for u, v in edges if u in in_core and v in in_core]
    coords: list[list[float] | None] = [None] * n
    for i, xy in zip(core, _force(len(core), core_edges, seed, iterations)):
        coords[i] = xy
    around = [0] * n  # nodes placed around each anchor so far

    def spiral(anchor: int, xy: list[float]) -> list[float]:
        around[anchor] += 1
        k = around[anchor]
        radius, angle = _SPIRAL * math.sqrt(k), k * _GOLDEN_ANGLE
        return [xy[0] + radius * math.cos(angle), xy[1] + radius * math.sin(angle)]

    # breadth first from the core: a node's anchor is its placed neighbour of highest degree (then lowest number)
    frontier = core
    while frontier:
        reached = sorted({j for i in frontier for j in neighbours[i] if coords[j] is None})
        for j in reached:
            anchor = min((i for i in neighbours[j] if coords[i] is not None), key=lambda i: (-degree[i], i))
            coords[j] = spiral(anchor, coords[anchor])  # type: ignore[arg-type]
        frontier = reached
    rest = [i for i in range(n) if coords[i] is None]
    if rest:  # parts of the graph no path joins to the core: one spiral on around the core's centre
        placed = [xy for xy in coords if xy is not None]
        cx = sum(x for x, _ in placed) / len(placed)
        cy = sum(y for _, y in placed) / len(placed)
        reach = max(math.hypot(x - cx, y - cy) for x, y in placed)
        skip = math.ceil((reach / _SPIRAL) ** 2)  # start the spiral beyond the core
        for k, i in enumerate(rest, start=skip + 1):
            radius, angle = _SPIRAL * math.sqrt(k), k * _GOLDEN_ANGLE
            coords[i] = [cx + radius * math.cos(angle), cy + radius * math.sin(angle)]
    return coords  # type: ignore[return-value]


def _igraph():
    """python-igraph, imported on first use (only the exporters need it).

    igraph's package imports matplotlib.pyplot for its plotting back end whenever
    matplotlib is installed, which takes a second; a layout draws nothing, so
    when neither is imported yet igraph is imported with matplotlib hidden (igraph
    then plots with cairo only, in this process) and matplotlib itself stays importable.
    """
    if "igraph" in sys.modules or "matplotlib" in sys.modules:
        import igraph

        return igraph
    sys.modules["matplotlib"] = None  # type: ignore[assignment]  # makes "import matplotlib" fail
    try:
        import igraph
    finally:
        if sys.modules.get("matplotlib", 0) is None:
            del sys.modules["matplotlib"]
    return igraph


def with_positions(G: nx.Graph) -> nx.Graph:
    """``G`` itself when every node has ``x`` and ``y``, else a copy laid out by :func:`layout_positions`.

    The exporters call this, so building a graph stays cheap and the files
    still open laid out.

    >>> G = nx.MultiDiGraph([("a", "b")])
    >>> H = with_positions(G)
    >>> sorted(H.nodes["a"]) == ["x", "y"] and "x" not in G.nodes["a"]
    True
    """
    if all("x" in a and "y" in a for _, a in G.nodes(data=True)):
        return G
    H = G.copy()
    nx.set_node_attributes(H, {n: {"x": x, "y": y} for n, (x, y) in layout_positions(G).items()})
    return H
