"""What every extractor shares: the context it runs in, span look-ups, and making mentions.

Extractors run on the normalised (Simplified, half-width) text, which is the
``Doc``'s text; the segment stage (:mod:`zhkg.stages.segment`) owns the ``Doc``,
its token table and the document's original text, so :func:`make_mention`
returns mentions whose ``text`` is the original script at the same offsets.

Since tidy266 this module exports what it defines and :func:`~zhkg.stages.segment.doc_text`, which README's
plug-in example imports from here; import the token table (:func:`~zhkg.stages.segment.token_table`,
``TokenTable``, ``Word``, ``token_boundaries``, ``ORIGINAL_KEY``) from :mod:`zhkg.stages.segment` and
:class:`~zhkg.text.SpanIndex` from :mod:`zhkg.text`, where they are defined.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from zhkg.config import Config
from zhkg.records import Label, Mention, Quantity
from zhkg.stages.segment import DOC_ID_KEY, ORIGINAL_KEY, doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from zhkg.resources.gazetteer import Gazetteer
    from zhkg.resources.lexicon import Lexicon

__all__ = [
    "ExtractContext",
    "make_mention",
    "recut",
    "merge_joined",
    "in_place_order",
    "replaced",
    # the segment stage's text of a ``Doc``: README's plug-in example imports it from here with make_mention
    "doc_text",
]


@dataclass
class ExtractContext:
    """What an extractor may read besides the ``Doc``: settings, resources, earlier extractors' mentions."""

    config: Config
    gazetteer: Gazetteer
    #: The shipped tables and the user's own (``Config.lexicon_dirs``).
    lexicon: Lexicon
    #: Mentions found so far in this document, by extractor name, in the order the extractors ran.
    found: dict[str, list[Mention]] = field(default_factory=dict)

    def mentions(self, label: Label | None = None) -> list[Mention]:
        """Mentions found so far (of ``label`` only, when given), in the order they were found."""
        return [m for found in self.found.values() for m in found if label is None or m.label is label]


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
        extractor=str(extractor),
        canonical=canonical,
        code=code,
        quantity=quantity,
    )


def recut(m: Mention, start: int, end: int, text: str, simplified: str) -> Mention:
    """``m`` over ``[start, end)``, its letters there as written (``text``) and Simplified: a canonical name that was
    only the mention's own name goes with it, one it was given (a short form's full name) stays.

    >>> m = Mention("d", 0, 5, "保守派聯盟", "保守派联盟", Label.ORGANIZATION, "x", canonical="保守派联盟")
    >>> cut = recut(m, 3, 5, "聯盟", "联盟"); (cut.start, cut.text, cut.simplified, cut.canonical)
    (3, '聯盟', '联盟', '')
    >>> recut(replace(m, canonical="自由联盟"), 3, 5, "聯盟", "联盟").canonical
    '自由联盟'
    """
    return replace(m, start=start, end=end, text=text, simplified=simplified,
                   canonical="" if m.canonical == m.simplified else m.canonical)


def merge_joined(mentions: list[Mention], joined: dict[int, Mention]) -> list[Mention]:
    """``mentions`` with each one whose ``id`` keys ``joined`` replaced by the mention it was joined into, that
    mention once, where the first of its parts stood (a joining pass maps every part to the same whole)."""
    if not joined:
        return mentions
    out, added = [], set()
    for m in mentions:
        whole = joined.get(id(m))
        if whole is None:
            out.append(m)
        elif id(whole) not in added:
            added.add(id(whole))
            out.append(whole)
    return out


def _place(m: Mention) -> tuple[int, int, str]:
    return m.start, m.end, m.label.value


def in_place_order(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` sorted by start, end and label, the order every extractor hands its mentions on in (a stable
    sort: mentions of one span and label keep their order).

    >>> a, b = Mention("d", 2, 4, "北京", "北京", Label.PLACE, "x"), Mention("d", 0, 2, "王伟", "王伟", Label.PERSON, "x")
    >>> [m.text for m in in_place_order([a, b])]
    ['王伟', '北京']
    """
    return sorted(mentions, key=_place)


def replaced(mentions: list[Mention], drop: set[int], added: list[Mention]) -> list[Mention]:
    """``mentions`` less those whose ``id`` is in ``drop``, with ``added``, in place order (:func:`in_place_order`):
    what an extractor that reads new names over old ones returns.

    >>> a, b = Mention("d", 2, 4, "北京", "北京", Label.PLACE, "x"), Mention("d", 0, 3, "王伟北", "王伟北", Label.PERSON, "x")
    >>> c = Mention("d", 0, 2, "王伟", "王伟", Label.PERSON, "x")
    >>> [m.text for m in replaced([a, b], {id(b)}, [c])]
    ['王伟', '北京']
    """
    return in_place_order([m for m in mentions if id(m) not in drop] + added)
