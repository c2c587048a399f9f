"""Hong Kong's own ways of naming bodies and people, which the general grammars miss.

* **District councils**: a Hong Kong district the gazetteer linked, then 区议会 (葵青区议会, 荃湾区议会,
  东区区议会) or, after a name already ending in 区, 议会 (沙田区|议会). jieba cuts 葵青|区议会, and the table's
  bare 区议会 would otherwise take the span, leaving the council nameless.

* **Groups quoted in 「」 before an officer's title**: 「香港众志」秘书长, 「保卫香港自由联盟」召集人,
  「本土民主前线」发言人. Hong Kong papers set a group's name in 「」; one with no head word of a body
  (众志, 前线) or with a verb inside (保卫) is still a body when its officer's title follows at once.

* **Two places the recogniser reads as one** (屯門元朗, 大埔宏福苑, 元朗朗天路, 沙田城門河, 長洲東灣): Hong Kong news
  writes an area right before the area, estate, road, village, bay or river in it, with nothing between, and the
  recogniser, trained on a press that names one place at a time, takes both as one uncoded place.
  :func:`split_area_runs` cuts such a place in two where it opens with an area or district of Hong Kong or Macau
  the gazetteer holds and goes on with another (an area again, or a name of two letters or more ending in a place's
  head, :data:`AREA_RUN_HEADS`), as the web golds write them: two places (places219).

Caveats: only districts the gazetteer coded ``HK-…`` count, so a district it did not link (东区 in a story
naming no other place of Hong Kong) gives no council; Macau has no district councils.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from zhkg.extract.local_places import AREA_SITE_HEADS
from zhkg.records import Label

if TYPE_CHECKING:  # pragma: no cover
    from zhkg.records import Mention

__all__ = ["AREA_RUN_HEADS", "district_councils", "quoted_groups", "split_area_runs"]

_COUNCIL = "区议会"
_HONG_KONG = "HK-"
#: Hong Kong Island, Kowloon and the New Territories: regions, not districts, and no council of their own.
_REGIONS = frozenset({"HK-HKI", "HK-KLN", "HK-NT"})


def district_councils(text: str, places: list[Mention]) -> list[tuple[int, int]]:
    """Spans of Hong Kong district councils named by their district (see the module's docstring).

    >>> from zhkg.records import Mention, Label
    >>> text = "葵青区议会主席表示，沙田区议会通过动议"
    >>> places = [Mention("d", 0, 2, "葵青", "葵青", Label.PLACE, "gazetteer", code="HK-KI"),
    ...           Mention("d", 10, 13, "沙田区", "沙田区", Label.PLACE, "gazetteer", code="HK-ST")]
    >>> [text[s:e] for s, e in district_councils(text, places)]
    ['葵青区议会', '沙田区议会']
    """
    out = []
    for place in places:
        if place.label is not Label.PLACE or not place.code.startswith(_HONG_KONG) or place.code.count("-") != 1 \
                or place.code in _REGIONS:
            continue  # a district (HK-KI), not an area inside one (HK-SK-TKO) nor a region (HK-KLN)
        if text.startswith(_COUNCIL, place.end):
            out.append((place.start, place.end + len(_COUNCIL)))
        elif place.simplified.endswith("区") and text.startswith(_COUNCIL[1:], place.end):
            out.append((place.start, place.end + len(_COUNCIL) - 1))
    return sorted(out)


#: The titles of a group's officers, the longest first (副主席 before 主席).
_OFFICERS = ("副秘书长", "秘书长", "召集人", "发言人", "副主席", "主席", "副会长", "会长", "总干事", "创办人", "成员")
#: A name of two to twelve Han letters in 「」 right before an officer's title.
_QUOTED_BEFORE_OFFICER = re.compile("「([\u4e00-\u9fff]{2,12})」(?=" + "|".join(_OFFICERS) + ")")


def quoted_groups(text: str) -> list[tuple[int, int]]:
    """Spans of groups named in 「」 right before an officer's title (see the module's docstring).

    >>> text = "「香港众志」秘书长表示，「长毛」梁国雄被捕"
    >>> [text[s:e] for s, e in quoted_groups(text)]
    ['香港众志']
    """
    return [m.span(1) for m in _QUOTED_BEFORE_OFFICER.finditer(text)]


#: What ends the second of two Hong Kong places the recogniser reads as one (大埔|宏福苑, 元朗|朗天路, 沙田|城门河,
#: 长洲|东湾, 元朗|锦田村, 元朗|逢吉乡, 大埔|榕树澳码头): a road's, an estate's, a village's, a bay's, a river's, a rural
#: area's or a pier's head.
AREA_RUN_HEADS = ("路", "道", "街", "苑", "邨", "村", "湾", "河", "乡", "码头")


def _is_area(name: str, codes_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether the gazetteer holds ``name`` as an area or district of Hong Kong or Macau (not a region, not a
    constituency)."""
    return any(code.startswith(("HK-", "MO-")) and code not in _REGIONS and not code.startswith("HK-LC-")
               for code in codes_of(name) or ())


#: Words ending in a place's head that name no place: after an area they make its site (元朗|公路 is 元朗公路,
#: :data:`zhkg.extract.local_places.AREA_SITE_HEADS`) or a common noun (道路, 街道), never a second place.
_NO_SECOND_PLACE = frozenset(AREA_SITE_HEADS) | {"道路", "马路", "街道", "铁路", "新村"}


def _area_run_cut(name: str, codes_of: Callable[[str], Iterable[str]]) -> int:
    """Where a run of two places ``name`` is cut (the first's length), or 0; the longest first place first."""
    for k in range(min(4, len(name) - 2), 1, -1):
        rest = name[k:]
        if rest in _NO_SECOND_PLACE:
            continue
        if _is_area(name[:k], codes_of) and (_is_area(rest, codes_of) or rest.endswith(AREA_RUN_HEADS)):
            return k
    return 0


def split_area_runs(model: list[Mention], codes_of: Callable[[str], Iterable[str]]) -> list[Mention]:
    """``model`` with each uncoded place that is two places of Hong Kong run together cut in two (the module's
    docstring); ``codes_of`` gives a name's gazetteer codes.

    >>> from zhkg.records import Mention, Label
    >>> codes = {"屯门": ["HK-TM"], "元朗": ["HK-YL"], "大埔": ["HK-TP"], "九龙": ["HK-KLN"]}.get
    >>> text = "屯门元朗和大埔宏福苑，九龙城门河"
    >>> model = [Mention("d", 0, 4, text[:4], text[:4], Label.PLACE, "crf"),
    ...          Mention("d", 5, 10, text[5:10], text[5:10], Label.PLACE, "crf"),
    ...          Mention("d", 11, 16, text[11:16], text[11:16], Label.PLACE, "crf")]
    >>> [m.simplified for m in split_area_runs(model, codes)]    # 九龙 is a region: no cut
    ['屯门', '元朗', '大埔', '宏福苑', '九龙城门河']
    """
    out: list[Mention] = []
    for m in model:
        k = _area_run_cut(m.simplified, codes_of) if m.label is Label.PLACE and not m.code else 0
        if not k:
            out.append(m)
            continue
        out.append(replace(m, end=m.start + k, text=m.text[:k], simplified=m.simplified[:k], canonical=""))
        out.append(replace(m, start=m.start + k, text=m.text[k:], simplified=m.simplified[k:], canonical=""))
    return out
