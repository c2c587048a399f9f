"""A place a facility is named by, written alone, is no person (啟德 of 啟德體育園 and 啟德郵輪碼頭).

Hong Kong's news names a district's new venues by it (啟德體育園, 啟德郵輪碼頭) and then the district alone (考慮啟德
整個規劃, 以啟德副場作為比賽場地); the recogniser reads the bare name as a person. :func:`facility_short_names` makes a
recogniser person a place where the document names a place that opens with it and goes on for two letters or more,
and the name opens with no surname (啟德, 啟 no surname) and is not written in transliteration letters alone: a person
a hall is named after (周恩来纪念馆) and a foreign name a place or a campus shares (布兰登 of an actor, 伯克利 of
伯克利张江校园) keep the recogniser's reading.

Scope: one document's combined mentions, run with the last rules of :func:`zhkg.extract.combine.combine_mentions`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon

__all__ = ["facility_short_names"]

_HAN = re.compile(r"[\u4e00-\u9fff]{2,3}")


def facility_short_names(mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with each recogniser person that opens a longer place of the document made a place (module
    docstring).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "启德体育园落成后，会考虑启德整个规划。"
    >>> ms = [Mention("d", 0, 5, text[:5], text[:5], Label.PLACE, "place:landmark"),
    ...       Mention("d", 12, 14, "启德", "启德", Label.PERSON, "crf")]
    >>> [(m.simplified, m.label.value) for m in facility_short_names(ms, load_lexicon())]
    [('启德体育园', 'PLACE'), ('启德', 'PLACE')]
    """
    candidates = [m for m in mentions if m.label is Label.PERSON and m.extractor == MentionSource.RECOGNISER
                  and _HAN.fullmatch(m.simplified) and m.simplified[0] not in lexicon.surnames
                  and not all(ch in lexicon.foreign_name_chars for ch in m.simplified)]
    if not candidates:
        return mentions
    places = {m.simplified for m in mentions if m.label is Label.PLACE}
    ruled = {m.simplified for m in mentions if m.label is Label.PERSON and m.extractor != MentionSource.RECOGNISER}
    opened = {m.simplified for m in candidates if m.simplified not in ruled
              and any(len(p) >= len(m.simplified) + 2 and p.startswith(m.simplified) for p in places)}
    if not opened:
        return mentions
    return [replace(m, label=Label.PLACE, canonical="")
            if m.label is Label.PERSON and m.extractor == MentionSource.RECOGNISER and m.simplified in opened else m
            for m in mentions]
