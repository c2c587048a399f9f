"""Passenger stations and airports are places: 北京站, 济南火车站, 广州南站, 首都机场, not bodies.

The recogniser sometimes reads a station as an organisation where a body would stand (记者从北京站获悉, 济南火车站今天
起调整…). The annotated sets mark passenger stations and airports as places: Universal NER train 50 of 52 names
ending in 站 (the two others a website, 网站, and a power plant, 核电站), MSRA train every rail or metro station
but two (北京西站, 上海北站, 地铁复兴门站, 金华火车站; 济南火车站 once an organisation) and 45 of 45 机场. A power plant,
an agricultural or a work station (核电站, 水电站, 农技站, 工作站, 推广站) is a body in MSRA and stays as read.

A station or airport whose officer the text names right after it (北京站站长, 首都机场总经理) is read as the body that
runs it and stays an organisation, for the roles it holds. A place read inside a station made a place is part of its
name (北京|站: one place, as 北京南站 is). A document without 站 or 机场 pays two substring tests.

A name ending in 站 whose letters before it are no place the text reads is a station where the sentence calls it one
right after it (北黄土沟站是一个大准线上的铁路车站; session 20: Universal NER dev's wiki prose defines a station so).
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.records import Label, Mention

__all__ = ["STATION_HEADS", "stations_as_places"]

#: Head words of a passenger station or an airport (written for zhkg from the counts above).
#: A bare 总站 heads a body's central station as often (中国环境监测总站, 农业技术推广总站): only a bus or coach
#: terminal's 总站 is a station.
STATION_HEADS = ("火车站", "车站", "客站", "高铁站", "动车站", "地铁站", "客运站", "客运总站", "汽车总站", "公交总站",
                 "巴士总站", "东站", "西站", "南站", "北站", "机场")
# a station named by a place or a metro line alone + 站 (北京站, 人民广场站): the letters before 站 are a place read there
_STATION = re.compile(r"站$")
# what after a station's name makes it the body that runs it (北京站站长, 首都机场集团)
_RUN_BY = ("站长", "站务", "集团", "公司", "股份")
# X站 is (一个…)车站: the sentence says what the name is, within its clause
_CALLED_STATION = re.compile(r"(?:是|为)[^。；，,;！？]{0,16}?(?:火车站|车站|铁路站|地铁站|高铁站|客运站)")


def stations_as_places(mentions: list[Mention], text: str, role_words: tuple[str, ...] = ()) -> list[Mention]:
    """The mentions with each organisation named as a passenger station or an airport made a place (see the module
    docstring), and the places read inside it dropped.

    >>> text = "记者从北京站获悉，首都机场总经理说，大亚湾核电站"
    >>> def m(s, e, label, code=""): return Mention("d", s, e, text[s:e], text[s:e], label, "crf", code=code)
    >>> ms = [m(3, 6, Label.ORGANIZATION), m(3, 5, Label.PLACE, "110000"), m(9, 13, Label.ORGANIZATION),
    ...       m(18, 24, Label.ORGANIZATION)]
    >>> [(x.simplified, x.label.value) for x in stations_as_places(ms, text, ("总经理",))]
    [('北京站', 'PLACE'), ('首都机场', 'ORGANIZATION'), ('大亚湾核电站', 'ORGANIZATION')]
    >>> text = "北黄土沟站是一个大准线上的铁路车站"
    >>> [x.label.value for x in stations_as_places([m(0, 5, Label.ORGANIZATION)], text)]
    ['PLACE']
    """
    if "站" not in text and "机场" not in text:
        return mentions
    places = {(m.start, m.end) for m in mentions if m.label is Label.PLACE}
    made: list[Mention] = []
    out: list[Mention] = []
    for m in mentions:
        if m.label is Label.ORGANIZATION and (_station(m, places) or _called_station(m, text)) and not text.startswith((*role_words, *_RUN_BY), m.end):
            m = replace(m, label=Label.PLACE, canonical="", code="")
            made.append(m)
        out.append(m)
    if not made:
        return mentions
    return [m for m in out if not (m.label is Label.PLACE and any(s.start <= m.start and m.end <= s.end and m is not s
                                                                 and (m.start, m.end) != (s.start, s.end) for s in made))]


def _station(m: Mention, places: set[tuple[int, int]]) -> bool:
    """Whether an organisation's name is a passenger station's or an airport's: a head word after two letters or
    more, or a place read right before its closing 站 (北京|站)."""
    name = m.simplified
    if name.endswith(STATION_HEADS):
        head = next(h for h in STATION_HEADS if name.endswith(h))
        return len(name) - len(head) >= 2
    return _STATION.search(name) is not None and len(name) >= 3 and (m.start, m.end - 1) in places


def _called_station(m: Mention, text: str) -> bool:
    """Whether the sentence calls a name ending in 站 a station right after it (X站是一个…铁路车站)."""
    return m.simplified.endswith("站") and len(m.simplified) >= 3 and _CALLED_STATION.match(text, m.end) is not None
