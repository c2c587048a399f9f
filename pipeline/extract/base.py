"""What every extractor shares: reading a spaCy ``Doc`` and making mentions.

Extractors run on the normalised (Simplified, half-width) text, which is the
``Doc``'s text; :func:`set_doc_context` stores the document id and the original
text on ``doc.user_data`` so that :func:`make_mention` can return mentions whose
``text`` is the original script at the same offsets.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Label, Mention, Quantity

__all__ = ["ORIGINAL_KEY", "DOC_ID_KEY", "TEXT_KEY", "doc_text", "set_doc_context", "make_mention", "token_boundaries"]

ORIGINAL_KEY = "zhkg_original"
DOC_ID_KEY = "zhkg_doc_id"
# spaCy rebuilds Doc.text from the tokens on every access: keep one copy
TEXT_KEY = "zhkg_text"


def set_doc_context(doc: Doc, doc_id: str, original: str) -> Doc:
    """Attach the document id and original text to a ``Doc`` of its normalised text."""
    if len(original) != len(doc.text):
        raise ValueError("original and normalised texts differ in length")
    doc.user_data[DOC_ID_KEY] = doc_id
    doc.user_data[ORIGINAL_KEY] = original
    doc.user_data[TEXT_KEY] = doc.text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per ``Doc`` (spaCy joins the tokens again on every access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


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
    text = doc_text(doc)
    original = doc.user_data.get(ORIGINAL_KEY, text)
    return Mention(
        doc_id=doc.user_data.get(DOC_ID_KEY, ""),
        start=start,
        end=end,
        text=original[start:end],
        simplified=text[start:end],
        label=label,
        extractor=extractor,
        canonical=canonical,
        code=code,
        quantity=quantity,
    )


def token_boundaries(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    """Character offsets where tokens start and where they end."""
    pairs = [(t.idx, t.idx + len(t.text)) for t in doc]
    return frozenset(s for s, _ in pairs), frozenset(e for _, e in pairs)
