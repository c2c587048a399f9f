"""Second looks at the places :func:`zhkg.extract.places.extract_places` has read: a division whose name is a common
word (东区, 西区: on the stoplist) written right after the place it lies in (香港东区: :func:`_children_on_the_stoplist`),
an uncoded county the mainland shares a name with made Taiwan's where the document names its townships (金门县金沙、
金湖…: :func:`_with_listed_counties`), and Taiwan's villages added over a place of elsewhere read inside their name
(大安區|龍安里: :func:`_with_taiwan_villages`).

Caveats: each reads the mentions found before it, so its result depends on where
:func:`~zhkg.extract.places.extract_places` calls it. Moved verbatim from ``extract/places.py`` (tidy251, session
53): no definition's text changed. This part never imports ``extract/places.py``, which imports it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.extract.place_tokens import (
    EXTRACTOR,
    _stop_forms,
)
from zhkg.records import Label, Mention
from zhkg.resources.gazetteer import Gazetteer
from zhkg.resources.lexicon import Lexicon
from zhkg.text import first_at

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["_stoplisted_divisions", "_children_on_the_stoplist", "_with_listed_counties", "_with_taiwan_villages"]


@lru_cache(maxsize=4)
def _stoplisted_divisions(gazetteer: Gazetteer, lexicon: Lexicon) -> tuple[str, ...]:
    """The stoplist's forms that are full names of divisions (东区, 西区, 城区), longest first."""
    return tuple(sorted((f for f in _stop_forms(lexicon) if gazetteer.lookup(f)), key=lambda f: (-len(f), f)))


def _children_on_the_stoplist(doc: Doc, text: str, places: list[Mention], gazetteer: Gazetteer,
                              lexicon: Lexicon) -> list[Mention]:
    """A division whose name is a common word (东区, 西区: on the stoplist) written right after the place it
    lies in is that division (新竹市東區, 香港东区, 攀枝花市东区); alone it stays a word."""
    forms = _stoplisted_divisions(gazetteer, lexicon)
    out = []
    for place in places:
        if not place.code:
            continue
        form = first_at(text, forms, place.end)  # the first form written there, in their order (one test in C)
        if form:
            inside = [d for d in gazetteer.lookup(form)
                      if d.parent_code == place.code or place.code in {a.code for a in gazetteer.ancestors(d.code)}]
            if len(inside) == 1:
                out.append(make_mention(doc, place.end, place.end + len(form), Label.PLACE, EXTRACTOR,
                                        canonical=inside[0].name, code=inside[0].code))
    return out


def _with_listed_counties(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """An uncoded county the mainland shares a name with (金门县, 连江县) is Taiwan's where the document names its
    townships (金门县金沙、金湖、金宁、金城等地)."""
    inside = {m.code.rsplit("-", 1)[0] for m in mentions if m.code.startswith("TW-") and m.code.count("-") == 2}
    if not inside:
        return mentions
    out = []
    for m in mentions:
        county = None if m.code else next((d for d in gazetteer.lookup(m.simplified)
                                           if d.code in inside and d.level == 2), None)
        out.append(m if county is None else replace(m, code=county.code, canonical=county.name))
    return out


def _with_taiwan_villages(mentions: list[Mention], villages: list[Mention]) -> list[Mention]:
    """Add Taiwan's villages; one replaces a place of elsewhere read inside its name (大安區|龍安里 is no Henan
    龙安区), and gives way to any other it overlaps."""
    out = list(mentions)
    for village in villages:
        inside = [m for m in out if village.start <= m.start and m.end <= village.end and not m.code.startswith("TW")]
        rest = [m for m in out if not any(m is i for i in inside)]
        if not any(m.start < village.end and village.start < m.end for m in rest):
            out = rest + [village]
    return out
