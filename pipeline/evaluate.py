"""Score a graph against hand-written gold entities (entity level, by name or alias)."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

__all__ = ["Score", "score_entities"]


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 with the counts behind them."""

    tp_predicted: int
    predicted: int
    tp_gold: int
    gold: int
    missing: tuple[str, ...] = ()
    spurious: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        return self.tp_predicted / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _names(attrs: dict) -> set[str]:
    names = {attrs.get("name_simplified", "")}
    names.update(a for a in str(attrs.get("aliases", "")).split("|") if a)
    return names - {""}


def score_entities(G: nx.Graph, gold: list[dict], label: str) -> Score:
    """Entity-level scores of the nodes of type ``label`` against gold entries.

    A node is correct when its Simplified name or an alias is a gold name or alias;
    a gold entry is found when some node's names include its name or an alias.

    >>> G = nx.Graph(); G.add_node("a", type="PERSON", name_simplified="闫维洪", aliases="閆維洪|闫维洪")
    >>> s = score_entities(G, [{"name": "闫维洪"}, {"name": "刘权有"}], "PERSON")
    >>> s.precision, s.recall, s.missing
    (1.0, 0.5, ('刘权有',))
    """
    nodes = [attrs for _, attrs in G.nodes(data=True) if attrs.get("type") == label]
    gold_names = [{g["name"], *g.get("aliases", [])} for g in gold]
    all_gold = set().union(*gold_names) if gold_names else set()
    correct = [n for n in nodes if _names(n) & all_gold]
    found = [g for g, names in zip(gold, gold_names) if any(names & _names(n) for n in nodes)]
    return Score(
        tp_predicted=len(correct),
        predicted=len(nodes),
        tp_gold=len(found),
        gold=len(gold),
        missing=tuple(sorted(g["name"] for g in gold if g not in found)),
        spurious=tuple(sorted(n.get("name_simplified", "") for n in nodes if not (_names(n) & all_gold))),
    )
