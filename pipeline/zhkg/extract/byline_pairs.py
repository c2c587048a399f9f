"""Two reporters a Taiwan paper's byline writes together before its slash and place (联合报／记者林孟洁蔡晋宇／台北报导).

The recogniser reads the first name of the six letters and nothing of the second; :func:`byline_pairs` gives
:func:`zhkg.extract.people.extract_people` both as reporters (through :mod:`zhkg.extract.name_contexts`). Moved out
of ``extract/people.py`` for its size.
"""

from __future__ import annotations

import re

from zhkg.extract.foreign_names import _NOT_IN_NAME
from zhkg.extract.name_scores import _CJK, _CONTEXT_MIN_SCORE, _unrated_credit_name, name_score
from zhkg.resources.lexicon import Lexicon

__all__ = ["byline_pairs"]

# a Taiwan paper's byline of two reporters written together before the slash and the place (联合报／记者余采滢游振升／台中报导)
_BYLINE_PAIR = re.compile(rf"记者\s*({_CJK}{{6}})(?=\s*[／/]\s*{_CJK}{{2,4}}?报[导道])")


def byline_pairs(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The two reporters of three letters each that a Taiwan paper's byline writes together, with no mark between
    them, before its slash and place (记者余采滢游振升／台中报导): each half opens with a surname, holds no letter a
    name never holds, and reads as a name (``name_score`` at the context bar, or a credit's name whose letters have
    no rate: :func:`_unrated_credit_name`). ``(start, end, "reporter")`` each.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "联合报／记者林孟洁蔡晋宇／台北报导 记者王大明／高雄报导"
    >>> [text[s:e] for s, e, _ in byline_pairs(text, load_lexicon())]
    ['林孟洁', '蔡晋宇']
    """
    found = []
    for m in _BYLINE_PAIR.finditer(text):
        halves = [(m.start(1), m.start(1) + 3), (m.start(1) + 3, m.end(1))]
        if all(text[s] in lexicon.surnames and text[s:s + 2] not in lexicon.surnames
               and not any(ch in _NOT_IN_NAME for ch in text[s + 1:e])
               and (name_score(text[s:e], lexicon=lexicon) >= _CONTEXT_MIN_SCORE
                    or _unrated_credit_name(text[s:e], lexicon)) for s, e in halves):
            found.extend((s, e, "reporter") for s, e in halves)
    return found
