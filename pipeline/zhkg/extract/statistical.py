"""Statistical mentions: the CRF recogniser's PER/LOC/ORG spans as mentions.

The recogniser (:mod:`zhkg.ner`) was trained on People's Daily news and
generalises to names no rule or list knows; :mod:`zhkg.extract.combine`
decides how its spans and the rule-based ones share the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from zhkg.extract.base import doc_text, make_mention, token_table
from zhkg.ner.model import NerModel
from zhkg.records import Label, Mention, MentionSource

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["extract_statistical", "extract_statistical_many", "LABEL_OF_TAG"]

#: Recogniser tags to mention labels.
LABEL_OF_TAG = {"PER": Label.PERSON, "LOC": Label.PLACE, "ORG": Label.ORGANIZATION}


def extract_statistical(doc: Doc, model: NerModel) -> list[Mention]:
    """Mentions the recogniser finds in a ``Doc`` of normalised text, sorted by offset."""
    return extract_statistical_many([doc], model)[0]


def extract_statistical_many(docs: Sequence[Doc], model: NerModel) -> list[list[Mention]]:
    """:func:`extract_statistical` of several ``Doc``; their sentences are tagged together (faster)."""
    tables = [token_table(doc) for doc in docs]
    # the model reads jieba's words too: hand it the Docs' instead of segmenting again
    spans = model.tag_spans_many([doc_text(doc) for doc in docs], [t.starts | t.ends for t in tables])
    return [[make_mention(doc, s, e, LABEL_OF_TAG[tag], MentionSource.RECOGNISER) for s, e, tag in found]
            for doc, found in zip(docs, spans)]
