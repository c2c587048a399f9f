"""What every extractor shares: reading a spaCy ``Doc`` and making mentions.

Extractors run on the normalised (Simplified, half-width) text, which is the
``Doc``'s text; :func:`set_doc_context` stores the document id and the original
text on ``doc.user_data`` so that :func:`make_mention` can return mentions whose
``text`` is the original script at the same offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat
from operator import add
from typing import NamedTuple

from spacy.tokens import Doc

from zhkg.records import Label, Mention, Quantity

__all__ = ["SpanIndex", "ORIGINAL_KEY", "DOC_ID_KEY", "TEXT_KEY", "TOKENS_KEY", "TAGS_KEY", "Word", "TokenTable", "build_token_table", "token_table", "doc_text", "set_doc_context", "make_mention", "token_boundaries"]

ORIGINAL_KEY = "zhkg_original"
DOC_ID_KEY = "zhkg_doc_id"
# spaCy rebuilds Doc.text from the tokens on every access: keep one copy
TEXT_KEY = "zhkg_text"
TOKENS_KEY = "zhkg_tokens"
TAGS_KEY = "zhkg_tags"


class Word(NamedTuple):
    """One token as the extractors read it: plain Python, cheap to make and to walk."""

    i: int
    idx: int
    text: str
    tag: str  # jieba's dictionary tag, "x" for a word jieba built itself
    is_space: bool
    is_punct: bool
    whitespace: bool  # followed by a space that spaCy folded into the token

    @property
    def end(self) -> int:
        return self.idx + len(self.text)


@dataclass(frozen=True)
class TokenTable:
    """A ``Doc``'s tokens, their boundaries, and the token under each character."""

    words: tuple[Word, ...]
    starts: frozenset[int]
    ends: frozenset[int]
    token_of_char: tuple[int, ...]


def build_token_table(doc: Doc, tags: dict[str, str]) -> TokenTable:
    """Read the ``Doc``'s tokens once, as arrays, and keep what extractors need (on ``doc.user_data``).

    ``Doc.to_array`` avoids making a ``Token`` object per token, which costs as
    much as the rest of the table; its columns are read whole (``.T.tolist()``),
    which is some twenty times faster than a list per token.
    """
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SPACY

    text = doc_text(doc)
    idxs, lengths, spaces_after, puncts, spaces = doc.to_array([IDX, LENGTH, SPACY, IS_PUNCT, IS_SPACE]).T.tolist()
    ends = list(map(add, idxs, lengths))
    texts = [text[start:end] for start, end in zip(idxs, ends)]
    get = tags.get
    word_tags = ["" if space else get(w, "x") for w, space in zip(texts, spaces)]
    # tuple.__new__ makes the named tuples without a Python-level __new__ call per token
    fields = zip(range(len(idxs)), idxs, texts, word_tags, map(bool, spaces), map(bool, puncts), map(bool, spaces_after))
    words = tuple(map(tuple.__new__, repeat(Word), fields))
    token_of_char: list[int] = []
    extend = token_of_char.extend
    for i, width in enumerate(map(add, lengths, spaces_after)):
        extend([i] * width)
    table = TokenTable(
        words=words,
        starts=frozenset(idxs),
        ends=frozenset(ends),
        token_of_char=tuple(token_of_char),
    )
    doc.user_data[TOKENS_KEY] = table
    return table


def token_table(doc: Doc) -> TokenTable:
    """The cached :class:`TokenTable` of a ``Doc`` (built on first use)."""
    table = doc.user_data.get(TOKENS_KEY)
    if table is None:
        tags = doc.user_data.get(TAGS_KEY)
        if tags is None:
            from zhkg.stages.segment import dictionary_tags

            tags = dictionary_tags()
        table = build_token_table(doc, tags)
    return table


def set_doc_context(doc: Doc, doc_id: str, original: str, text: str | None = None) -> Doc:
    """Attach the document id and original text to a ``Doc`` of its normalised text.

    ``text`` is the normalised text the ``Doc`` was made from, when the caller has
    it: spaCy rebuilds ``Doc.text`` from every token on each access.
    """
    text = doc_text(doc) if text is None else text
    if len(original) != len(text):
        raise ValueError("original and normalised texts differ in length")
    doc.user_data[DOC_ID_KEY] = doc_id
    doc.user_data[ORIGINAL_KEY] = original
    doc.user_data[TEXT_KEY] = text
    return doc


class SpanIndex:
    """Mentions by the characters they cover, for overlap queries that cost the span's length.

    Comparing every mention with every other grows with the square of a
    document's mentions; names are short, so looking up their characters does not.

    >>> from zhkg.records import Label, Mention
    >>> a = Mention("d", 0, 3, "平谷区", "平谷区", Label.PLACE, "x")
    >>> index = SpanIndex([a])
    >>> index.overlapping(Mention("d", 2, 5, "区政协", "区政协", Label.ORGANIZATION, "x")) == [a]
    True
    """

    def __init__(self, mentions=()) -> None:
        self._at: dict[int, list] = {}
        for m in mentions:
            self.add(m)

    def add(self, m) -> None:
        for i in range(m.start, m.end):
            self._at.setdefault(i, []).append(m)

    def overlapping(self, m) -> list:
        """Indexed mentions sharing a character with ``m``, in the order they were added."""
        seen: dict[int, object] = {}
        for i in range(m.start, m.end):
            for other in self._at.get(i, ()):
                seen.setdefault(id(other), other)
        return list(seen.values())

    def overlaps(self, m) -> bool:
        return any(i in self._at for i in range(m.start, m.end))


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
    table = token_table(doc)
    return table.starts, table.ends
