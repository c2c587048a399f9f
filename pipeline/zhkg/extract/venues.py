"""Venues named as centres: 深圳会展中心, 青森市中央市民中心, 香港演艺中心 are places, not bodies.

The suffix grammar reads any name before 中心 as an organisation (研究中心, 信息中心, 管理中心 are bodies), and a venue
is named the same way. The annotated sets mark a venue centre as a place every time: MSRA, Universal NER and
CLUENER train together 23 of 23 会议中心, 12 of 12 展览中心, 9 of 9 会展中心, 5 of 5 活动中心, 4 of 4 演艺中心, 2 of 2
博览中心, 1 of 1 市民中心 (体育中心 and 文化中心 are split, and left as read). The facility's head words
(:data:`zhkg.extract.junk.FACILITY_WORDS`) already make places of 博物馆, 体育场, 购物中心.

A venue whose manager the text names right after it (深圳会展中心总经理) is read as the body that runs it and stays an
organisation, for the roles it holds. A document without 中心 pays one substring test.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.records import Label, Mention

__all__ = ["VENUE_HEADS", "venues_as_places"]

#: Head words of a venue named as a centre (written for zhkg from the counts above).
VENUE_HEADS = ("会议中心", "展览中心", "会展中心", "活动中心", "演艺中心", "博览中心", "市民中心")


def venues_as_places(mentions: list[Mention], text: str, role_words: tuple[str, ...] = ()) -> list[Mention]:
    """The mentions with each organisation named as a venue centre made a place (see the module docstring).

    >>> text = "青森市中央市民中心前有碑，深圳会展中心总经理说"
    >>> ms = [Mention("d", 0, 9, text[0:9], text[0:9], Label.ORGANIZATION, "org_suffix"),
    ...       Mention("d", 13, 19, text[13:19], text[13:19], Label.ORGANIZATION, "org_suffix")]
    >>> [(m.simplified, m.label.value) for m in venues_as_places(ms, text, ("总经理",))]
    [('青森市中央市民中心', 'PLACE'), ('深圳会展中心', 'ORGANIZATION')]
    """
    if "中心" not in text:
        return mentions
    return [replace(m, label=Label.PLACE, canonical="", code="")
            if m.label is Label.ORGANIZATION and m.simplified.endswith(VENUE_HEADS)
            and len(m.simplified) - 4 >= 2 and not text.startswith(role_words, m.end) else m
            for m in mentions]
