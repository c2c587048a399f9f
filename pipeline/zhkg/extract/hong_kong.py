"""Hong Kong's own ways of naming bodies and people, which the general grammars miss.

* **District councils**: a Hong Kong district the gazetteer linked, then 区议会 (葵青区议会, 荃湾区议会,
  东区区议会) or, after a name already ending in 区, 议会 (沙田区|议会). jieba cuts 葵青|区议会, and the table's
  bare 区议会 would otherwise take the span, leaving the council nameless.

* **Groups quoted in 「」 before an officer's title**: 「香港众志」秘书长, 「保卫香港自由联盟」召集人,
  「本土民主前线」发言人. Hong Kong papers set a group's name in 「」; one with no head word of a body
  (众志, 前线) or with a verb inside (保卫) is still a body when its officer's title follows at once.

Caveats: only districts the gazetteer coded ``HK-…`` count, so a district it did not link (东区 in a story
naming no other place of Hong Kong) gives no council; Macau has no district councils.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.records import Label

if TYPE_CHECKING:  # pragma: no cover
    from zhkg.records import Mention

__all__ = ["district_councils", "quoted_groups"]

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
