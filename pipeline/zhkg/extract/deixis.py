"""Deictic place mentions: 全区, 本市, 我县, a bare 自治区… refer to the document's home place.

The words come from the lexicon (``deixis.tsv``). The extractor only marks them;
:mod:`zhkg.stages.resolve` decides which place each one means from the rest of
the document, and drops those it cannot tell.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import doc_text, token_boundaries

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["extract_deixis"]

# 国内 ("at home") is a deixis only as a word of its own, never after a country's 国 (中国内地, 泰国内阁, 国内外 and
# 美国国内 are other words or another country's), nor in 国内生产总值 (a measure's name). Resolution keeps it only in
# Taiwan's own news, where it is Taiwan (疾管署今天公布，国内新增本土病例8例; session 29, counts37).
_AT_HOME = "国内"
_NOT_AT_HOME = re.compile(r"生产总值|外")


@lru_cache(maxsize=4)
def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    # a two-character word (level character last) followed by 长, 委 or 政 begins an office: 本市长, 全区委
    short = sorted((w for w in lexicon.deixis if len(w) == 2), key=lambda w: (-len(w), w))
    long = sorted((w for w in lexicon.deixis if len(w) != 2), key=lambda w: (-len(w), w))
    parts = [re.escape(w) for w in long]  # longer words first: 全市域 before 全市
    parts += [f"(?:{'|'.join(map(re.escape, short))})(?![长委政])"] if short else []
    if not parts:
        return re.compile(r"(?!)")
    # one test of the words' first letters before the branches (the last branch, a group, leaves re no quick skip)
    first = re.escape("".join(sorted({w[0] for w in lexicon.deixis})))
    return re.compile(f"(?=[{first}])(?:{'|'.join(parts)})")


def extract_deixis(doc: Doc, *, lexicon: Lexicon | None = None) -> list[Mention]:
    """PLACE mentions, without a canonical name yet, for 全区, 本市 and the like.

    ``lexicon`` (its ``deixis`` words) defaults to :func:`~zhkg.resources.lexicon.load_lexicon`.

    >>> from zhkg.stages.segment import make_nlp
    >>> [m.text for m in extract_deixis(make_nlp()("来自全区17个镇乡"))]
    ['全区']
    """
    pattern = _pattern(lexicon or load_lexicon())
    text = doc_text(doc)
    starts, ends = token_boundaries(doc)
    return [make_mention(doc, m.start(), m.end(), Label.PLACE, MentionSource.DEIXIS) for m in pattern.finditer(text)
            if m.group() != _AT_HOME or (m.start() in starts and m.end() in ends and text[m.start() - 1 : m.start()] != "国"
                                         and not _NOT_AT_HOME.match(text, m.end()))]
