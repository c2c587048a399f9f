"""Taiwan's 县市 ("county and city"): two divisions written with one place name, never one place or one body.

Taiwan's press writes a county and the city of the same name together (新竹县市 is 新竹县 and 新竹市; 嘉义县市), and
the pair alone for all of them (22县市, 不少县市府 "many county and city governments"). The recogniser reads
新竹县市 as one place and 新竹县市警 or 县市府 as one body; the resolver then names 新竹县市政府. Here
(:func:`county_city_pairs`, run with the last rules of :func:`zhkg.extract.combine.combine_mentions`):

* a place ``X县市`` the gazetteer does not know, where it knows ``X县``, is the county ``X县`` the text writes in
  full (the city is a fragment, as the web set's convention leaves 新竹县、市's 市);
* an organisation opening with 县市 (县市府, 县市政府, 县市议会) or holding such an ``X县市`` is no one body.

A county-level city whose own name ends in 县市 (辉县市) is a place of the gazetteer and stays, and so does a
body named with it (辉县市化肥厂).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from zhkg.records import Label, Mention

__all__ = ["county_city_pairs"]

_PAIR = re.compile(r"([\u4e00-\u9fff]{1,4}县)市")


def _pair_in(name: str, known: Callable[[str], bool]) -> tuple[int, str] | None:
    """Where the first ``X县市`` of ``name`` starts and its county ``X县``, when the gazetteer knows that county and
    no place ``X县市``."""
    for hit in _PAIR.finditer(name):
        for k in range(hit.start(), hit.end(1) - 2):  # the longest county name first (新竹县, not 竹县)
            county = name[k:hit.end(1)]
            if known(county) and not known(county + "市"):
                return k, county
    return None


def county_city_pairs(mentions: list[Mention], known: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` with each county-and-city pair read as one place cut to the county, and each body made of the
    pair dropped (module docstring); ``known(name)``: whether the gazetteer holds a place of that name.

    >>> text = "新竹县市各受理300件，不少县市府团拜，辉县市化肥厂"
    >>> def m(s, e, label): return Mention("d", s, e, text[s:e], text[s:e], label, "crf")
    >>> known = {"新竹县", "新竹市", "辉县市", "辉县"}.__contains__
    >>> [(x.simplified, x.label.value) for x in county_city_pairs(
    ...     [m(0, 4, Label.PLACE), m(14, 17, Label.ORGANIZATION), m(20, 26, Label.ORGANIZATION)], known)]
    [('新竹县', 'PLACE'), ('辉县市化肥厂', 'ORGANIZATION')]
    """
    if not any("县市" in m.simplified for m in mentions):
        return mentions
    out = []
    for m in mentions:
        if "县市" not in m.simplified or m.label not in (Label.PLACE, Label.ORGANIZATION):
            out.append(m)
            continue
        pair = _pair_in(m.simplified, known)
        if m.label is Label.ORGANIZATION:
            if not (m.simplified.startswith("县市") or pair):
                out.append(m)
            continue
        if pair and pair[0] == 0 and len(pair[1]) + 1 == len(m.simplified):
            county = pair[1]
            m = replace(m, end=m.start + len(county), text=m.text[:len(county)], simplified=county,
                        canonical="", code="")
        out.append(m)
    return out
