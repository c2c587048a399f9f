"""The views :class:`zhkg.query.graph.KnowledgeGraph` asks its questions through: a networkx graph in memory
(:class:`_NetworkxView`), or only the edges dated in a range (:class:`_DatedView`, :meth:`KnowledgeGraph.between`);
the SQLite :class:`~zhkg.query.index.GraphIndex` answers the same calls. :func:`_shortest_path` walks any of them.
Moved from :mod:`zhkg.query.graph` by tidy156 (pure moves).

Caveats
-------
* The views are private: their calls are what ``KnowledgeGraph`` needs, not an API.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator

import networkx as nx

from zhkg.query.index import GraphIndex
from zhkg.records import Label

__all__ = ["_shortest_path", "_NetworkxView", "_DatedView"]


def _shortest_path(neighbours: Callable[[str], Iterable[str]], source: str, target: str) -> list[str] | None:
    """A shortest path from ``source`` to ``target`` (``None`` if there is none), by breadth-first search from both ends.

    networkx's bidirectional search, with neighbours in the order ``neighbours``
    gives them (sorted, so that of several shortest paths the same one is chosen
    every time: networkx's undirected view of a directed graph visits them in
    set order, which changes from one process to the next).

    >>> adjacent = {"a": ["b", "c"], "b": ["a", "d"], "c": ["a", "d"], "d": ["b", "c"], "e": []}
    >>> _shortest_path(adjacent.get, "a", "d"), _shortest_path(adjacent.get, "a", "e")
    (['a', 'b', 'd'], None)
    """
    if source == target:
        return [source]
    pred: dict[str, str | None] = {source: None}
    succ: dict[str, str | None] = {target: None}
    forward, backward = [source], [target]
    meet = None
    while forward and backward and meet is None:
        if len(forward) <= len(backward):
            level, forward = forward, []
            for v in level:
                for w in neighbours(v):
                    if w not in pred:
                        forward.append(w)
                        pred[w] = v
                    if w in succ:
                        meet = w
                        break
                if meet is not None:
                    break
        else:
            level, backward = backward, []
            for v in level:
                for w in neighbours(v):
                    if w not in succ:
                        succ[w] = v
                        backward.append(w)
                    if w in pred:
                        meet = w
                        break
                if meet is not None:
                    break
    if meet is None:
        return None
    path: list[str] = []
    node: str | None = meet
    while node is not None:
        path.append(node)
        node = pred[node]
    path.reverse()
    node = succ[path[-1]]
    while node is not None:
        path.append(node)
        node = succ[node]
    return path


class _NetworkxView:
    """What :class:`KnowledgeGraph` reads of a graph, from a networkx graph (:class:`GraphIndex` reads it from SQLite)."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G

    def attrs(self, node: str) -> dict | None:
        return self.G.nodes[node] if node in self.G else None

    def out_edges(self, node: str) -> list[tuple[str, str, str, dict]]:
        return list(self.G.out_edges(node, keys=True, data=True)) if node in self.G else []

    def in_edges(self, node: str) -> list[tuple[str, str, str, dict]]:
        return list(self.G.in_edges(node, keys=True, data=True)) if node in self.G else []

    def neighbours(self, node: str) -> set[str]:
        return set(self.G.successors(node)) | set(self.G.predecessors(node))

    def labelled(self, labels: frozenset[str]) -> list[tuple[str, str, str, dict]]:
        return [(u, v, k, d) for u, v, k, d in self.G.edges(keys=True, data=True) if d.get("label") in labels]

    def documents(self) -> Iterator[tuple[str, dict]]:
        return ((n, a) for n, a in self.G.nodes(data=True) if a.get("type") == Label.DOCUMENT.value)

    def sizes(self) -> tuple[dict[str, int], int]:
        return dict(Counter(str(t) for _, t in self.G.nodes(data="type", default=""))), self.G.number_of_edges()

    def kinds(self) -> set[str]:
        return {str(kind) for *_, kind in self.G.edges(data="label", default="")}

    def date_range(self) -> tuple[str, str] | None:
        dates = [(str(d.get("date") or ""), str(d.get("date_last") or "")) for *_, d in self.G.edges(data=True)]
        dated = [(date, last or date) for date, last in dates if date]
        if not dated:
            return None
        return min(date for date, _ in dated), max(last for _, last in dated)


class _DatedView:
    """The relations of another view that ``keep`` accepts (:meth:`KnowledgeGraph.between`), filtered as they are
    read; every node can still be asked about. ``graph`` makes the slice (its documents and the entities its relations
    touch), for what needs it all."""

    def __init__(self, inner: _NetworkxView | GraphIndex | _DatedView, restate: Callable[[dict], dict | None],
                 graph: Callable[[], nx.MultiDiGraph]) -> None:
        self.inner, self.restate, self.graph = inner, restate, graph

    def attrs(self, node: str) -> dict | None:
        return self.inner.attrs(node)

    def out_edges(self, node: str) -> list[tuple[str, str, str, dict]]:
        return [(u, v, k, r) for u, v, k, d in self.inner.out_edges(node) if (r := self.restate(d)) is not None]

    def in_edges(self, node: str) -> list[tuple[str, str, str, dict]]:
        return [(u, v, k, r) for u, v, k, d in self.inner.in_edges(node) if (r := self.restate(d)) is not None]

    def neighbours(self, node: str) -> set[str]:
        return {v for _, v, _, _ in self.out_edges(node)} | {u for u, _, _, _ in self.in_edges(node)}

    def labelled(self, labels: frozenset[str]) -> list[tuple[str, str, str, dict]]:
        return [(u, v, k, r) for u, v, k, d in self.inner.labelled(labels) if (r := self.restate(d)) is not None]

    def documents(self) -> Iterator[tuple[str, dict]]:
        return self.inner.documents()

    def kinds(self) -> set[str]:  # the kinds --kind may name: the whole graph's, found in range or not
        return self.inner.kinds()

    def sizes(self) -> tuple[dict[str, int], int]:
        return _NetworkxView(self.graph()).sizes()

    def date_range(self) -> tuple[str, str] | None:
        return _NetworkxView(self.graph()).date_range()

    def to_networkx(self) -> nx.MultiDiGraph:
        return self.graph()
