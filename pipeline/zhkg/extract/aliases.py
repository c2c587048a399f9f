"""Short forms of bodies from the lexicon (``org_aliases.tsv``): 最高法 is 最高人民法院 wherever it is written.

The document need not name the body in full (a headline's 最高法公布5起…): the table says which body a
short form names. Each occurrence becomes an ORGANIZATION mention with extractor ``alias`` and the full
name as its canonical name, so :mod:`zhkg.stages.resolve` merges it with the body's full name. Only
forms that name one body everywhere are listed (not 发改委: every province has one).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import doc_text, make_mention
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon, load_lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["extract_org_aliases"]


@lru_cache(maxsize=4)
def _pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    forms = sorted(lexicon.org_aliases, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, forms))) if forms else None


def extract_org_aliases(doc: Doc, *, lexicon: Lexicon | None = None) -> list[Mention]:
    """ORGANIZATION mentions of the lexicon's short forms of bodies, canonical the full name.

    >>> from zhkg.stages.segment import make_nlp
    >>> [(m.text, m.canonical) for m in extract_org_aliases(make_nlp()("最高法公布5起重大案件"))]
    [('最高法', '最高人民法院')]
    """
    lexicon = lexicon or load_lexicon()
    pattern = _pattern(lexicon)
    if pattern is None:
        return []
    return [make_mention(doc, m.start(), m.end(), Label.ORGANIZATION, MentionSource.ALIAS,
                         canonical=lexicon.org_aliases[m.group()])
            for m in pattern.finditer(doc_text(doc))]
