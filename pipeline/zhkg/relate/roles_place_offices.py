"""A division's government office fused with its officer's title before the name (round titles319): 原甲仙区主秘刘文甲
gives 主秘 of 甲仙区, 新竹县主任秘书X 主任秘书 of 新竹县; the division holds the title its office's officer holds, as
``bench/roles_web.py``'s convention has a place fused with its title hold it (花莲县长 X: 县长 of 花莲县).

:func:`zhkg.relate.roles_before_names._holder` gives a place only the titles ``roles.tsv`` marks as a place's
(市长, 议员); :func:`office_of_division` lets the place named right before one of :data:`OFFICE_TITLES` hold it too,
as an organisation of the place's name (a district office the recogniser labelled a place).

Caveats: only a division's name (its last letter 市, 县, 区, 乡 or 镇: :data:`DIVISION_ENDINGS`) is read so, never a
state's (美国秘书长 names no office); only the officer titles listed, no other (台北市记者 is no post of 台北市).
"""

from __future__ import annotations

from zhkg.records import Mention

__all__ = ["OFFICE_TITLES", "DIVISION_ENDINGS", "office_of_division"]


#: The titles of a division's government office: its chief secretary (主秘, 主任秘书: Taiwan's district and county
#: offices) and its secretary general (台北市副秘书长).
OFFICE_TITLES = frozenset({"主秘", "主任秘书", "秘书长", "副秘书长"})


#: The last letter of a division's name whose office holds those titles.
DIVISION_ENDINGS = ("市", "县", "区", "乡", "镇")


def office_of_division(place: Mention, role: str) -> bool:
    """Whether ``role`` is an officer's title of the division ``place`` names (see the module).

    >>> from zhkg.records import Label, Mention
    >>> office_of_division(Mention("d", 0, 3, "甲仙區", "甲仙区", Label.PLACE, "crf"), "主秘")
    True
    >>> office_of_division(Mention("d", 0, 2, "美國", "美国", Label.PLACE, "gazetteer"), "秘书长")
    False
    """
    return role in OFFICE_TITLES and len(place.name) >= 3 and place.name.endswith(DIVISION_ENDINGS)
