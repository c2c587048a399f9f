"""Character-level BIO files: reading them, turning tags into spans, scoring spans.

A BIO file has one ``char<TAB>tag`` line per character and a blank line between
sentences (the MSRA layout). Tags are ``O``, ``B-X`` or ``I-X``. Spans are
half-open ``(start, end, label)`` character offsets into the sentence.

Scoring is exact span match: a predicted span counts only if its start, end and
label all equal a gold span's (the CoNLL convention).

The development split is carved from the training file by a fixed rule,
:func:`is_dev_sentence`, so that every run (training, ``bench/ner_eval.py``,
``zhkg eval``) sees the same sentences.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from zhkg.scores import f1

__all__ = [
    "Sentence",
    "Span",
    "DEV_EVERY",
    "is_dev_sentence",
    "read_bio",
    "split_dev",
    "tags_to_spans",
    "spans_to_tags",
    "Score",
    "score_spans",
]

#: ``(start, end, label)``, half-open, into the sentence text.
Span = tuple[int, int, str]

#: Every ``DEV_EVERY``-th sentence (0-based index divisible by it) is development data.
DEV_EVERY = 20


@dataclass(frozen=True)
class Sentence:
    """One sentence of a BIO file: its text and one tag per character."""

    text: str
    tags: tuple[str, ...]

    @property
    def spans(self) -> list[Span]:
        """The gold entity spans of the sentence."""
        return tags_to_spans(self.tags)


def is_dev_sentence(index: int) -> bool:
    """Whether the sentence at 0-based ``index`` of the training file is development data.

    The rule is ``index % 20 == 0`` (about 5 %, spread evenly through the file);
    no randomness, so the split is the same on every machine.

    >>> [i for i in range(45) if is_dev_sentence(i)]
    [0, 20, 40]
    """
    return index % DEV_EVERY == 0


def _parse(lines: Iterable[str], source: str) -> Iterator[Sentence]:
    chars: list[str] = []
    tags: list[str] = []
    for lineno, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip():
            if chars:
                yield Sentence("".join(chars), tuple(tags))
                chars, tags = [], []
            continue
        # The character itself may be a space, so split from the right.
        char, sep, tag = line.rpartition("\t")
        if not sep:
            char, sep, tag = line.rpartition(" ")
        if sep and len(char) == 1 and tag[:2] in ("S-", "M-", "E-", "b-", "i-", "s-", "m-", "e-"):
            raise ValueError(f"{source}:{lineno}: tag {tag!r} is not BIO (O, B-X or I-X): convert BIOES tags "
                             "(S-, M-, E-) and lower-case ones first")
        if not sep or len(char) != 1 or not (tag == "O" or tag[:2] in ("B-", "I-")):
            raise ValueError(f"{source}:{lineno}: expected 'char<TAB>tag', got {line!r}")
        chars.append(char)
        tags.append(tag)
    if chars:
        yield Sentence("".join(chars), tuple(tags))


def read_bio(source: str | os.PathLike[str] | TextIO) -> list[Sentence]:
    """Read every sentence of a BIO file (a path or an open text file).

    A malformed line, or a file that is not UTF-8, raises :class:`ValueError` with a one-line message naming the
    file (and the line).

    >>> import io
    >>> [s.spans for s in read_bio(io.StringIO("张\\tB-PER\\n三\\tI-PER\\n好\\tO\\n\\n北\\tB-LOC\\n"))]
    [[(0, 2, 'PER')], [(0, 1, 'LOC')]]
    """
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as handle:
            data = handle.read()
        try:  # decoded whole, so the error names the file's byte; a byte-order mark (Notepad's UTF-8) is no character
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:  # worded as zhkg's other readers word it (the --config TOML, gold lines)
            at = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)  # utf-8-sig counts after the mark
            raise ValueError(f"{source}: not UTF-8 text (byte {at})") from None
        return list(_parse(io.StringIO(text, newline=None), str(source)))  # newline=None: \r\n read as open() reads it
    return list(_parse(source, getattr(source, "name", "<stream>")))


def split_dev(sentences: Sequence[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """Split sentences into ``(train, dev)`` by :func:`is_dev_sentence` on their index.

    >>> s = [Sentence("a", ("O",))] * 41
    >>> [len(part) for part in split_dev(s)]
    [38, 3]
    """
    train: list[Sentence] = []
    dev: list[Sentence] = []
    for index, sentence in enumerate(sentences):
        (dev if is_dev_sentence(index) else train).append(sentence)
    return train, dev


def tags_to_spans(tags: Sequence[str]) -> list[Span]:
    """Spans of a BIO tag sequence; an ``I-X`` without a preceding ``X`` starts a span.

    >>> tags_to_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-LOC"])
    [(0, 2, 'PER'), (3, 4, 'LOC'), (4, 5, 'ORG'), (5, 6, 'ORG'), (6, 7, 'LOC')]
    """
    spans: list[Span] = []
    start = -1
    label = ""
    for i, tag in enumerate(tags):
        if tag == "O":
            if start >= 0:
                spans.append((start, i, label))
                start = -1
            continue
        prefix, kind = tag[0], tag[2:]
        # A stray I- (label change, or after O) opens a new span, as conlleval does.
        if prefix == "B" or start < 0 or kind != label:
            if start >= 0:
                spans.append((start, i, label))
            start, label = i, kind
    if start >= 0:
        spans.append((start, len(tags), label))
    return spans


def spans_to_tags(spans: Iterable[Span], length: int) -> list[str]:
    """The BIO tags of ``length`` characters carrying ``spans`` (which must not overlap).

    >>> spans_to_tags([(1, 3, "LOC")], 4)
    ['O', 'B-LOC', 'I-LOC', 'O']
    """
    tags = ["O"] * length
    for start, end, label in spans:
        tags[start] = "B-" + label
        for i in range(start + 1, end):
            tags[i] = "I-" + label
    return tags


@dataclass
class Score:
    """Span counts per label, with precision, recall and F1 derived from them."""

    gold: dict[str, int] = field(default_factory=dict)
    predicted: dict[str, int] = field(default_factory=dict)
    correct: dict[str, int] = field(default_factory=dict)

    def labels(self) -> list[str]:
        """Every label seen in gold or predictions, sorted."""
        return sorted(set(self.gold) | set(self.predicted))

    def counts(self, label: str | None = None) -> tuple[int, int, int]:
        """Gold, predicted and correct spans of one label, or of all when ``None``."""
        if label is None:
            return sum(self.gold.values()), sum(self.predicted.values()), sum(self.correct.values())
        return self.gold.get(label, 0), self.predicted.get(label, 0), self.correct.get(label, 0)

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        """Precision, recall and F1 of one label, or micro-averaged over all when ``None``."""
        g, p, c = self.counts(label)
        precision = c / p if p else 0.0
        recall = c / g if g else 0.0
        return precision, recall, f1(precision, recall)

    def table(self) -> list[tuple[str, int, int, int, float, float, float]]:
        """Rows ``(label, gold, predicted, correct, P, R, F1)``, then an ``ALL`` row."""
        rows = []
        for label in [*self.labels(), None]:
            rows.append((label or "ALL", *self.counts(label), *self.prf(label)))
        return rows


def score_spans(gold: Iterable[Iterable[Span]], predicted: Iterable[Iterable[Span]]) -> Score:
    """Count exact span matches, sentence by sentence.

    >>> s = score_spans([[(0, 2, "PER"), (3, 5, "LOC")]], [[(0, 2, "PER"), (3, 4, "LOC")]])
    >>> s.prf("PER"), s.prf("LOC"), s.prf()
    ((1.0, 1.0, 1.0), (0.0, 0.0, 0.0), (0.5, 0.5, 0.5))
    """
    score = Score()
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        gold_set = set(gold_spans)
        predicted_set = set(predicted_spans)
        for _, _, label in gold_set:
            score.gold[label] = score.gold.get(label, 0) + 1
        for span in predicted_set:
            label = span[2]
            score.predicted[label] = score.predicted.get(label, 0) + 1
            if span in gold_set:
                score.correct[label] = score.correct.get(label, 0) + 1
    return score
