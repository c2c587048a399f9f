"""Deictic place mentions: 全区, 本市, 我县, a bare 自治区… refer to the document's home place.

The extractor only marks them; :mod:`zhkg.stages.resolve` decides which place
each one means from the rest of the document, and drops those it cannot tell.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from zhkg.records import Label, Mention, MentionSource
from zhkg.extract.base import doc_text, make_mention

__all__ = ["extract_deixis"]

_DEIXIS = re.compile(r"(?:(?:全|本|我)(?:区|市|县|省)(?![长委政])|自治区)")


def extract_deixis(doc: Doc) -> list[Mention]:
    """PLACE mentions, without a canonical name yet, for 全区, 本市 and the like.

    >>> from zhkg.stages.segment import make_nlp
    >>> [m.text for m in extract_deixis(make_nlp()("来自全区17个镇乡"))]
    ['全区']
    """
    return [make_mention(doc, m.start(), m.end(), Label.PLACE, MentionSource.DEIXIS) for m in _DEIXIS.finditer(doc_text(doc))]
