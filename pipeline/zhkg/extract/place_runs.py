"""The recogniser's names that run on past a place a rule reads at their start (issue 15, ents259).

Taiwan's weather and Hong Kong's district news write a place and then a part of it or a title opening with the
place's own level letter: 嘉义县|山区、屏东县|山区 (停班停课 by county and terrain), 黄大仙区|区议员 (a district councillor of
黄大仙区). The recogniser reads 嘉义县山区 as an organisation and 黄大仙区区 as a place, beside the gazetteer's 嘉义县 and
黄大仙区 over the same letters; the web set's gold holds the place alone. :func:`settle_place_runs` makes such a
recogniser mention the rule's place (the recogniser read it too, and backs it in the merge against a person read over
its letters: 黄大仙, a deity's name too), when

* it is the recogniser's organisation or place, and no rule reads the same letters;
* a rule's place starts where it starts and ends inside it;
* what it holds after the place is a part of a place (:data:`PLACE_PARTS`: 山区, 平地, 沿海, 市区, 郊区, 一带, 境内 …;
  not 地区, which ends some places' own names: 台湾地区), or one level letter (区, 市, 县, 乡, 镇) that opens a
  council's or its member's title written right after it (黄大仙区|区|议员, 台中市|市|议会).

Run on the recogniser's mentions before they are combined with the rules' (:meth:`zhkg.run.pipeline.Pipeline._merge`),
beside :func:`zhkg.extract.known_name_tails.cut_known_name_tails`.

**A city's urban area** (round uner288): 市区 after a city's name is its urban area, 市 no letter of the name
(武汉|市区, 宁波|市区, 台中|市区). The gazetteer reads the longest name there (武汉市|区) and the recogniser may read the
whole (宁波市区); :func:`city_areas` cuts both back to the city's name, as MSRA train marks it 12 times of 12 (武汉,
上海, 成都, 新余, 漳州, 宁波 …) and Universal NER train 5 of 5 (东京, 杭州 …). Not where 市 and 区 are two levels of
government or a region (上海市|区两级, 北京市|区县, 上海市|区域, 市|区委): the city's full name stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from zhkg.records import Label, Mention
from zhkg.text import HAN_ONLY

__all__ = ["PLACE_PARTS", "city_areas", "settle_place_runs"]

#: A part of a place written right after it (嘉义县|山区, 高雄市|平地, 台南|沿海): no place or body of its own.
PLACE_PARTS = frozenset({"山区", "平地", "沿海", "沿海地区", "山地", "市区", "郊区", "一带", "境内", "全境", "各地", "外海"})
# a division's level letter and what opens a council's or its member's title after it (区|区议员, 市|市议会)
_LEVEL_LETTERS = frozenset("区市县乡镇")
_COUNCIL_AFTER = ("议员", "议会")


def settle_place_runs(model: list[Mention], found: Sequence[Mention], text: str) -> list[Mention]:
    """``model`` with each recogniser's organisation or place that runs past a rule's place by a part of it or by a
    council title's first letter made that place (module docstring); ``found`` are the rules' mentions, ``text`` the
    Simplified text.

    >>> text = "停班课标准有嘉义县山区、屏东县山区。黄大仙区区议员陈明出席。"
    >>> def at(name, label, source="crf"):
    ...     i = text.index(name)
    ...     return Mention("d", i, i + len(name), name, name, label, source)
    >>> rules = [at("嘉义县", Label.PLACE, "gazetteer"), at("黄大仙区", Label.PLACE, "gazetteer")]
    >>> model = [at("嘉义县山区", Label.ORGANIZATION), at("黄大仙区区", Label.PLACE), at("陈明", Label.PERSON)]
    >>> [(m.simplified, m.label.name, m.extractor) for m in settle_place_runs(model, rules, text)]
    [('嘉义县', 'PLACE', 'crf'), ('黄大仙区', 'PLACE', 'crf'), ('陈明', 'PERSON', 'crf')]
    """
    places: dict[int, list[Mention]] = {}
    for o in found:
        if o.label is Label.PLACE:
            places.setdefault(o.start, []).append(o)
    if not places:
        return model
    ruled = {(o.start, o.end) for o in found}
    out = []
    for m in model:
        place = next((o for o in places.get(m.start, ()) if _runs_past(m, o.end, text)), None) \
            if m.label in (Label.ORGANIZATION, Label.PLACE) and (m.start, m.end) not in ruled else None
        # the recogniser read the place too: its mention becomes the rule's place, which it backs in the merge
        out.append(m if place is None else replace(place, extractor=m.extractor))
    return out


def _runs_past(m: Mention, place_end: int, text: str) -> bool:
    """Whether ``m`` holds, after a place ending at ``place_end``, a part of it or a council title's first letter."""
    if not m.start < place_end < m.end:
        return False
    tail = text[place_end:m.end]
    return tail in PLACE_PARTS or (tail in _LEVEL_LETTERS and text.startswith(_COUNCIL_AFTER, m.end))


# what after 市区 makes 市 and 区 two levels or a region, not a city's urban area (市区两级, 市区县, 区域, 区划, 区委, 市区政府)
_LEVELS_AFTER = frozenset("两级各县域划委政长")


def city_areas(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with each place that is a city's name written with 市 and then 区 (武汉市|区, a rule's), or with
    市区 (宁波市区, the recogniser's), cut back to the city's name (module docstring): two Han letters or more left
    before 市, and nothing after 市区 that makes it two levels or a region (:data:`_LEVELS_AFTER`).

    >>> text = "他从武汉市区出发，宁波市区的房价，上海市区两级财政，新市区"
    >>> def at(name, source="gazetteer"):
    ...     i = text.index(name)
    ...     return Mention("d", i, i + len(name), name, name, Label.PLACE, source)
    >>> [m.simplified for m in city_areas([at("武汉市"), at("宁波市区", "crf"), at("上海市"), at("新市区", "crf")], text)]
    ['武汉', '宁波', '上海市', '新市区']
    """
    out = []
    for m in mentions:
        if m.label is Label.PLACE:
            name = m.simplified
            # how many letters go (市, or 市区) and where 市区 ends
            cut, area_end = (1, m.end + 1) if name.endswith("市") and text.startswith("区", m.end) else \
                (2, m.end) if name.endswith("市区") else (0, m.end)
            if cut and len(name) - cut >= 2 and text[area_end:area_end + 1] not in _LEVELS_AFTER \
                    and HAN_ONLY.match(name[:-cut]):
                m = replace(m, end=m.end - cut, text=m.text[:-cut], simplified=name[:-cut])
        out.append(m)
    return out
