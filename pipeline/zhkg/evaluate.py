"""Measure extraction: a graph against hand-written gold entities, and spans against BIO data.

* :func:`score_entities`: entity level, by name or alias (the seed's gold file);
* :func:`evaluate_bio`: exact PER/LOC/ORG spans on character-BIO sentences, through
  the same extraction the graph uses (what ``zhkg eval`` prints).
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from zhkg.records import MentionSource

__all__ = ["Score", "score_entities", "BioEvaluation", "evaluate_bio", "outermost_spans", "BIO_LABEL"]


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


# --- span-level evaluation on character-BIO data (PER/LOC/ORG) -------------------------------

#: Our labels as the BIO data names them.
BIO_LABEL = {"PERSON": "PER", "PLACE": "LOC", "ORGANIZATION": "ORG"}


@dataclass(frozen=True)
class BioEvaluation:
    """The result of :func:`evaluate_bio`: span scores and speed."""

    score: object  # zhkg.ner.bio.Score
    sentences: int
    characters: int
    seconds: float

    @property
    def chars_per_second(self) -> float:
        return self.characters / self.seconds if self.seconds else 0.0


def outermost_spans(mentions) -> list[tuple[int, int, str]]:
    """PER/LOC/ORG name spans of mentions, dropping any nested in another (BIO data cannot nest).

    >>> from zhkg.records import Mention, Label
    >>> ms = [Mention("d", 0, 5, "平谷区政协", "平谷区政协", Label.ORGANIZATION, "x"),
    ...       Mention("d", 0, 3, "平谷区", "平谷区", Label.PLACE, "x")]
    >>> outermost_spans(ms)
    [(0, 5, 'ORG')]
    """
    # deictic places (全区, 本市) are references, not names: BIO name data never marks them
    spans = sorted({(m.start, m.end, BIO_LABEL[m.label.value]) for m in mentions
                    if m.label.value in BIO_LABEL and m.extractor != MentionSource.DEIXIS},
                   key=lambda s: (s[0], -s[1], s[2]))
    out: list[tuple[int, int, str]] = []
    for s in spans:
        if any(o[0] <= s[0] and s[1] <= o[1] for o in out):
            continue
        out.append(s)
    return out


def evaluate_bio(path, *, script: str = "simplified", pipeline=None, limit: int | None = None) -> BioEvaluation:
    """Run the graph's own extraction over each sentence of a BIO file and score exact spans.

    ``script="traditional"`` converts each gold sentence with OpenCC ``s2t`` first
    (one character for one, so the gold offsets stay valid), to measure the
    Traditional path.
    """
    import time

    from zhkg.ner.bio import read_bio, score_spans
    from zhkg.run.pipeline import Pipeline, batched
    from zhkg.stages.documents import parse_documents
    from zhkg.stages.normalise import to_traditional

    if script not in ("simplified", "traditional"):
        raise ValueError(f"script must be simplified or traditional, not {script!r}")
    sentences = read_bio(path)[:limit] if limit else read_bio(path)
    pipe = pipeline or Pipeline()
    pipe.run_texts([("warm-up", "平谷区政协主席闫维洪。")])  # load models before timing
    texts = [to_traditional(s.text) if script == "traditional" else s.text for s in sentences]
    start = time.perf_counter()
    documents = [parse_documents(f"s{i}", text)[0] for i, text in enumerate(texts)]
    predicted = []
    for batch in batched(documents):  # as a corpus run goes: the recogniser tags a batch together
        predicted.extend(outermost_spans(mentions) for mentions in pipe.extract_mentions_many(batch))
    seconds = time.perf_counter() - start
    score = score_spans([s.spans for s in sentences], predicted)
    return BioEvaluation(score=score, sentences=len(sentences), characters=sum(map(len, texts)), seconds=seconds)
