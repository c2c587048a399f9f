"""Where a document is, as its Hong Kong, Macau or Taiwan bodies say (issue 15): a place name shared with the mainland.

Hong Kong and Taiwan news write a district by its bare name (大埔, 元朗, 屯门) and often no other place: 醫管局 … 大埔宏福苑
大火 names no 香港. The name is shared with a mainland division (大埔县 of Guangdong), so the gazetteer's linking,
with no place around to decide, reads no place at all. What the document says elsewhere decides: it names a body
of Hong Kong's own (医管局, 立法会, 港铁: ``organisations_known.tsv``'s ``hongkong`` rows), so the district is Hong
Kong's. The same for Macau's and Taiwan's bodies.

:func:`body_region_prefixes` gives the code prefixes (``HK-``, ``MO-``, ``TW-``) of the regions whose bodies a
document names: a known name of two letters or more that is no common word (the table's flag), written where jieba
starts and ends words. :func:`division_in_regions` picks the one candidate in those regions that is no word-like
name (the gazetteer's context-only ones, 北区, keep needing a place around them) and the form a place name in
jieba's dictionary (tag ``ns``) or a rare word (fewer than 20 in it): a common word (和平, 成功, 光明) stays
unlinked. Called by the linking of :mod:`zhkg.extract.places`, after the paragraph's and the document's places
had their say and before a name shared with a division abroad falls back to the home one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from zhkg.resources.gazetteer import Division
from zhkg.stages.segment import dictionary_frequency, dictionary_tag

__all__ = ["REGION_PREFIXES", "body_region_prefixes", "division_in_regions"]

#: The regions ``organisations_known.tsv`` names and the code prefix of their divisions.
REGION_PREFIXES = {"hongkong": "HK-", "macau": "MO-", "taiwan": "TW-"}

_RARE = 20  # a word jieba's dictionary holds fewer times than this is no common word


def body_region_prefixes(text: str, starts: Iterable[int], ends: Iterable[int],
                         known: Mapping[str, tuple[str, str, str, bool]]) -> frozenset[str]:
    """The code prefixes of the regions whose bodies ``text`` names (``known``: ``Lexicon.known_organisations``),
    each name whole on jieba's word boundaries ``starts`` and ``ends``.

    >>> known = {"医管局": ("government", "hongkong", "医院管理局", False), "无线": ("media", "hongkong", "", True)}
    >>> sorted(body_region_prefixes("医管局表示，大埔", {0, 3, 5}, {3, 5, 8}, known))
    ['HK-']
    >>> sorted(body_region_prefixes("无线网络", {0, 2}, {2, 4}, known))
    []
    """
    starts, ends = set(starts), set(ends)
    found = set()
    for name, (_kind, region, _first, common) in known.items():
        prefix = REGION_PREFIXES.get(region)
        if prefix is None or prefix in found or common or len(name) < 2:
            continue
        at = text.find(name)
        while at >= 0:
            if at in starts and at + len(name) in ends:
                found.add(prefix)
                break
            at = text.find(name, at + 1)
    return frozenset(found)


def division_in_regions(form: str, pool: Sequence[Division], prefixes: frozenset[str]) -> Division | None:
    """The one division of ``pool`` (the candidates of the name ``form``) in a region of ``prefixes``, or None.

    >>> from zhkg.resources.gazetteer import load_gazetteer
    >>> pool = load_gazetteer().lookup_short("大埔")
    >>> division_in_regions("大埔", pool, frozenset({"HK-"})).code, division_in_regions("大埔", pool, frozenset())
    ('HK-TP', None)
    """
    if not prefixes or (dictionary_tag(form) != "ns" and dictionary_frequency(form) >= _RARE):
        return None
    inside = [d for d in pool if d.code.startswith(tuple(prefixes)) and not d.context_only]
    return inside[0] if len(inside) == 1 else None
