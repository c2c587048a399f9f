"""Places written by abbreviation, for :func:`zhkg.extract.places.extract_places`: one letter of a division inside
a fixed pattern (在京, 返京, 赴港: ``place_abbreviations.tsv``, :func:`_abbreviation_mentions`), a Taiwan city or
county by its one letter before 市 or 县 right before one of its own districts (北市|信义区, 竹县|竹北市:
:func:`_districts_after_abbreviations`) and alone before a word of its government (北市警方, 高市议员:
:func:`_taiwan_abbreviation_mentions`).

Caveats: a pattern counts only as whole jieba tokens, so a segmentation that cuts 在京 otherwise misses it; a
Taiwan letter before a district counts only for a district of that very city. Moved verbatim from
``extract/places.py`` (tidy251, session 53): no definition's text changed. This part never imports
``extract/places.py``, which imports it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.extract.local_places import TAIWAN_ABBREVIATIONS, taiwan_abbreviations
from zhkg.extract.place_tokens import (
    EXTRACTOR,
    _Tokens,
)
from zhkg.records import Label, Mention
from zhkg.resources.gazetteer import Gazetteer
from zhkg.stages.segment import token_table

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["_abbreviation_mentions", "_abbreviation_openings", "_abbreviation_index", "_districts_after_abbreviations", "_found_mentions",
           "_taiwan_abbreviation_mentions"]


def _abbreviation_mentions(doc: Doc, text: str, tokens: _Tokens, gazetteer: Gazetteer) -> list[Mention]:
    """在京, 返京 and the like: the abbreviation only, when the pattern is whole tokens."""
    by_pattern, lengths = _abbreviation_index(gazetteer)
    found = []  # (the abbreviation's row, where its pattern starts): the order of a scan row by row
    starts = tokens.starts
    # a pattern is whole tokens: it starts where a token does, on one of its first letters (found in C: a few dozen
    # places a text, where each token start was asked in turn)
    for opening in _abbreviation_openings(gazetteer).finditer(text):
        at = opening.start()
        if at not in starts:
            continue
        for length in lengths:
            stop = at + length
            if stop in tokens.ends:
                for row in by_pattern[text[at]].get(text[at:stop], ()):
                    found.append((row, at))
    return _found_mentions(doc, found, gazetteer)


def _found_mentions(doc: Doc, found: list[tuple[int, int]], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions of the abbreviations ``found`` ((the abbreviation's row, where its pattern starts)), in the order
    of a scan row by row; a row whose division the gazetteer does not hold gives none."""
    out = []
    for row, at in sorted(found):
        abbreviation = gazetteer.abbreviations[row]
        division = gazetteer.get(abbreviation.code)
        if division is None:
            continue
        start = at + abbreviation.offset
        end = start + len(abbreviation.abbreviation)
        out.append(make_mention(doc, start, end, Label.PLACE, EXTRACTOR, canonical=division.name, code=division.code))
    return out


@lru_cache(maxsize=4)
def _abbreviation_openings(gazetteer: Gazetteer) -> re.Pattern[str]:
    """One letter any abbreviation pattern opens with (在 of 在京, 赴 of 赴港)."""
    return re.compile("[" + "".join(map(re.escape, sorted(_abbreviation_index(gazetteer)[0]))) + "]")


@lru_cache(maxsize=4)
def _abbreviation_index(gazetteer: Gazetteer) -> tuple[dict[str, dict[str, tuple[int, ...]]], tuple[int, ...]]:
    """The gazetteer's abbreviation patterns by first letter, then pattern, each with the rows that have it
    (在京 -> the row of 京), and the patterns' lengths: a look-up at each token start, not a search of the
    text for each of hundreds of patterns."""
    by_pattern: dict[str, dict[str, list[int]]] = {}
    for row, abbreviation in enumerate(gazetteer.abbreviations):
        if abbreviation.pattern:
            by_pattern.setdefault(abbreviation.pattern[0], {}).setdefault(abbreviation.pattern, []).append(row)
    index = {first: {p: tuple(rows) for p, rows in patterns.items()} for first, patterns in by_pattern.items()}
    lengths = tuple(sorted({len(a.pattern) for a in gazetteer.abbreviations if a.pattern}))
    return index, lengths


def _districts_after_abbreviations(doc: Doc, text: str, tokens: _Tokens, mentions: list[Mention],
                                   gazetteer: Gazetteer) -> list[Mention]:
    """A Taiwan city or county by its one letter before 市 or 县 right before one of its own districts or townships
    (北市|信义区, 高市|前镇区, 竹县|竹北市): both places, the district that city's (信义区 alone is Taipei's or
    Keelung's). The letter opens a word, and only a district of that very city counts (河南市|...: no)."""
    out = list(mentions)
    for inner in mentions:
        at = inner.start - 2
        name = TAIWAN_ABBREVIATIONS.get(text[at:inner.start]) if at >= 0 else None
        if name is None or at not in tokens.starts or any(m.start < inner.start and at < m.end for m in mentions):
            continue
        city = next((d for d in gazetteer.lookup(name) if d.code.startswith("TW-")), None)
        if city is None:
            continue
        inside = {d.code: d for d in (*gazetteer.lookup(inner.simplified), *gazetteer.lookup_short(inner.simplified))
                  if d.parent_code == city.code}
        if len(inside) != 1:
            continue
        district = next(iter(inside.values()))
        out = [m for m in out if m is not inner]
        out.append(replace(inner, canonical=district.name, code=district.code))
        out.append(make_mention(doc, at, at + 2, Label.PLACE, EXTRACTOR, canonical=city.name, code=city.code))
    return out


def _taiwan_abbreviation_mentions(doc: Doc, text: str, gazetteer: Gazetteer) -> list[Mention]:
    """北市警方, 高市议员, 嘉县县长: Taiwan's cities and counties by one letter (:func:`taiwan_abbreviations`)."""
    out = []
    for start, end, name in taiwan_abbreviations(text, token_table(doc)):
        division = next((d for d in gazetteer.lookup(name) if d.code.startswith("TW-")), None)
        if division is not None:
            out.append(make_mention(doc, start, end, Label.PLACE, EXTRACTOR, canonical=division.name,
                                    code=division.code))
    return out
