"""Relation data sets with gold entities (FinRE, DuIE), and scoring a relation model on them.

FinRE (``head<TAB>tail<TAB>relation<TAB>sentence`` a line, blank lines between)
gives one pair a line; DuIE (JSON lines with ``text`` and ``spo_list``) gives
triples between entity strings, and every ordered pair of the record's entities
with no triple is a negative (``unknown``). Entities are found in the sentence by
their first occurrence (the head's, then the tail's first one outside the head).

Scores are P/R/F1, micro and per relation, over the pairs whose gold or
predicted relation is not ``unknown`` (the usual FinRE micro-F1 "without
unknown"; for DuIE, triple F1 with gold entities).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field

from zhkg.errors import InputError
from zhkg.evaluate import read_gold_lines
from zhkg.relate.learned import COARSE_TYPES, UNKNOWN, RelationModel
from zhkg.scores import f1

__all__ = ["Pair", "read_finre", "read_duie", "read_pairs", "RelationScore", "score_pairs", "predict_pairs"]


@dataclass(frozen=True)
class Pair:
    """One labelled entity pair of a sentence: spans are half-open offsets into ``text``."""

    text: str
    head: tuple[int, int]
    tail: tuple[int, int]
    relation: str
    head_type: str = "ORG"
    tail_type: str = "ORG"
    group: int = 0  # the sentence (or record) it comes from, for splits that keep a sentence whole


def _locate(text: str, head: str, tail: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    h = text.find(head)
    if h < 0 or not head or not tail:
        return None
    hs = (h, h + len(head))
    t = text.find(tail)
    while t >= 0 and t < hs[1] and t + len(tail) > hs[0]:
        t = text.find(tail, t + 1)
    if t < 0:
        t = text.find(tail)
    if t < 0:
        return None
    return hs, (t, t + len(tail))


def read_finre(path: str | os.PathLike[str], unplaced: list[tuple[int, str]] | None = None) -> list[Pair]:
    """The pairs of a FinRE file; a line that is not four tab-separated fields is an :class:`InputError`.

    A line whose head or tail its sentence does not hold is left out; ``unplaced``, when given, gets its line number
    and the name missing (a name misspelt in a gold file written by hand), so a caller can say so.
    """
    pairs, groups = [], {}
    for n, line in enumerate(read_gold_lines(path), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise InputError(f"{path}:{n}: expected head, tail, relation, sentence separated by tabs")
        head, tail, relation, text = fields
        spans = _locate(text, head, tail)
        if spans is None:
            if unplaced is not None:
                unplaced.append((n, head if head not in text or not head else tail))
            continue
        pairs.append(Pair(text, spans[0], spans[1], relation, group=groups.setdefault(text, len(groups))))
    return pairs


def read_duie(path: str | os.PathLike[str]) -> list[Pair]:
    """Every ordered pair of each DuIE record's entities, labelled with its predicate or ``unknown``."""
    pairs = []
    for n, line in enumerate(read_gold_lines(path), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            spo = [(s["subject"], s["subject_type"], s["predicate"], s["object"]["@value"],
                    s["object_type"]["@value"]) for s in record["spo_list"]]
        except (ValueError, KeyError, TypeError):
            raise InputError(f"{path}:{n}: not a DuIE record (text and spo_list)") from None
        types: dict[str, str] = {}
        gold: dict[tuple[str, str], str] = {}
        for subj, st, pred, obj, ot in spo:
            types.setdefault(subj, COARSE_TYPES.get(st, "OTHER"))
            types.setdefault(obj, COARSE_TYPES.get(ot, "OTHER"))
            gold.setdefault((subj, obj), pred)  # a pair with two predicates keeps its first
        for a in sorted(types):
            for b in sorted(types):
                if a == b:
                    continue
                spans = _locate(text, a, b)
                if spans is None:
                    continue
                pairs.append(Pair(text, spans[0], spans[1], gold.get((a, b), UNKNOWN), types[a], types[b], n))
    return pairs


def read_pairs(path: str | os.PathLike[str], fmt: str | None = None,
               unplaced: list[tuple[int, str]] | None = None) -> tuple[str, list[Pair]]:
    """``(format, pairs)`` of a FinRE or DuIE file; the format is guessed from the first line when not given.
    ``unplaced`` gets the FinRE lines left out (:func:`read_finre`)."""
    if fmt is None:
        first = next((line for line in read_gold_lines(path) if line.strip()), "")
        fmt = "duie" if first.lstrip().startswith("{") else "finre"
    if fmt not in ("finre", "duie"):
        raise InputError(f"unknown relation file format {fmt!r}: use finre or duie")
    return fmt, (read_finre(path, unplaced) if fmt == "finre" else read_duie(path))


@dataclass
class RelationScore:
    """Counts of right, predicted and gold relations, micro and per relation (``unknown`` left out)."""

    per_relation: dict[str, list[int]] = field(default_factory=dict)  # relation -> [right, predicted, gold]

    def add(self, gold: str, predicted: str) -> None:
        """Count one pair."""
        if predicted != UNKNOWN:
            self.per_relation.setdefault(predicted, [0, 0, 0])[1] += 1
        if gold != UNKNOWN:
            self.per_relation.setdefault(gold, [0, 0, 0])[2] += 1
        if gold == predicted != UNKNOWN:
            self.per_relation[gold][0] += 1

    @staticmethod
    def prf(right: int, predicted: int, gold: int) -> tuple[float, float, float]:
        """Precision, recall and F1 of the counts.

        >>> RelationScore.prf(1, 2, 4)
        (0.5, 0.25, 0.3333333333333333)
        """
        p = right / predicted if predicted else 0.0
        r = right / gold if gold else 0.0
        return p, r, f1(p, r)

    def micro(self) -> tuple[float, float, float]:
        """Micro-averaged precision, recall and F1 over every relation but ``unknown``."""
        totals = [sum(c[i] for c in self.per_relation.values()) for i in range(3)]
        return self.prf(*totals)


def predict_pairs(model: RelationModel, head_name: str, pairs: Iterable[Pair], threshold: float = 0.0) -> list[str]:
    """The model's relation for each pair; one less probable than ``threshold`` becomes ``unknown``."""
    out = []
    for pair in pairs:
        p = model.classify(head_name, pair.text, pair.head, pair.tail, pair.head_type, pair.tail_type)
        out.append(p.relation if p.confidence >= threshold else UNKNOWN)
    return out


def score_pairs(model: RelationModel, fmt: str, pairs: list[Pair], threshold: float = 0.0) -> RelationScore:
    """Score ``model``'s head for ``fmt`` on gold ``pairs``."""
    score = RelationScore()
    for pair, predicted in zip(pairs, predict_pairs(model, fmt, pairs, threshold)):
        score.add(pair.relation, predicted)
    return score
