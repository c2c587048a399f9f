"""A school's head after a unit's post in a list, for :func:`zhkg.relate.roles_unnamed_bodies._body_of_unit` (round
joins318): 石油大学重质油国家重点实验室主任、副校长 gives 副校长 of 石油大学, the university the laboratory belongs to, as
技改办主任、总工程师 gives the company's; the unit itself has no 校长.

Caveats: only a university or college named before the unit (:data:`_SCHOOL_KINDS`), and the titles of its head
(校长, 副校长, 常务副校长, 校长助理…: a title holding 校长).
"""

from __future__ import annotations

__all__ = ["heads_school"]

#: How the name of a school that owns units ends, as ``roles_departments._DEPARTMENTS_OF`` cuts it (大学; 学院 ends in 院).
_SCHOOL_KINDS = ("大学", "院")

#: The head's title of a school.
_SCHOOL_HEAD = "校长"


def heads_school(kind: str, title: str) -> bool:
    """Whether ``title`` is a school's head's and ``kind`` (how the body before the unit ends) a school's.

    >>> heads_school("大学", "副校长"), heads_school("大学", "主任"), heads_school("公司", "校长")
    (True, False, False)
    """
    return kind in _SCHOOL_KINDS and _SCHOOL_HEAD in title
