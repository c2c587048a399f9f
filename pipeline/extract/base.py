"""What every extractor shares: reading a spaCy ``Doc`` and making mentions.

Extractors run on the normalised (Simplified, half-width) text, which is the
``Doc``'s text; :func:`set_doc_context` stores the document id and the original
text on ``doc.user_data`` so that :func:`make_mention` can return mentions whose
``text`` is the original script at the same offsets.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Label, Mention, Quantity

__all__ = ["ORIGINAL_KEY", "DOC_ID_KEY", "set_doc_context", "make_mention", "token_boundaries"]

ORIGINAL_KEY = "zhkg_original"
DOC_ID_KEY = "zhkg_doc_id"


def set_doc_context(doc: Doc, doc_id: str, original: str) -> Doc:
    """Attach the document id and original text to a ``Doc`` of its normalised text."""
    if len(original) != len(doc.text):
        raise ValueError("original and normalised texts differ in length")
    doc.user_data[DOC_ID_KEY] = doc_id
    doc.user_data[ORIGINAL_KEY] = original
    return doc


def make_mention(
    doc: Doc,
    start: int,
    end: int,
    label: Label,
    extractor: str,
    *,
    canonical: str = "",
    code: str = "",
    quantity: Quantity | None = None,
) -> Mention:
    """A :class:`Mention` for characters ``[start, end)`` of ``doc``."""
    original = doc.user_data.get(ORIGINAL_KEY, doc.text)
    return Mention(
        doc_id=doc.user_data.get(DOC_ID_KEY, ""),
        start=start,
        end=end,
        text=original[start:end],
        simplified=doc.text[start:end],
        label=label,
        extractor=extractor,
        canonical=canonical,
        code=code,
        quantity=quantity,
    )


def token_boundaries(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    """Character offsets where tokens start and where they end."""
    starts = frozenset(t.idx for t in doc)
    ends = frozenset(t.idx + len(t.text) for t in doc)
    return starts, ends
