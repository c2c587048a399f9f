"""Appointers the news leaves unnamed, and the words of a move into a post, for :func:`zhkg.relate.roles_clauses._link_after`
(round roles233, issue 11): 获/被 + a word for the appointing authority (政府, 中央, 特首, 董事会…) + 任命为/委任为…
(王明获政府委任为民政事务局局长: :func:`appointed_by_authority`), read as a named appointer is (获联合国秘书处聘任为…).

Caveats: the authorities are a closed list of common words for a government, its head or a board; an appointer named
otherwise (获上级, 获党组织) is not read. The post after the verb is read as after any verb of appointment, so a bare
title there (获中央任命为局长) still needs its body named. This part imports only ``roles_former``.
"""

from __future__ import annotations

from zhkg.relate.roles_former import _APPOINTS

__all__ = ["AUTHORITIES", "appointed_by_authority"]


#: Words for whoever appoints, written instead of a name: a government, its head, a board (获政府委任为, 被董事会聘为),
#: the longest first.
AUTHORITIES = ("特区政府", "中央政府", "国务院", "董事会", "行政长官", "总统府", "市政府", "县政府", "省政府", "政府", "中央",
               "特首", "总统", "首相", "总理", "市长", "县长", "港府", "市府", "县府", "当局", "内阁", "校方", "公司", "集团")


def appointed_by_authority(simplified: str, at: int) -> int | None:
    """Where the post starts when an authority of :data:`AUTHORITIES` and a verb of appointing stand at ``at`` (after
    获 or 被), or ``None``.

    >>> text = "获政府委任为民政事务局局长"
    >>> text[appointed_by_authority(text, 1):]
    '民政事务局局长'
    >>> appointed_by_authority("获政府资助", 1) is None
    True
    """
    authority = next((a for a in AUTHORITIES if simplified.startswith(a, at)), None)
    if authority is None:
        return None
    verb = next((v for v in _APPOINTS if simplified.startswith(v, at + len(authority))), None)
    return at + len(authority) + len(verb) if verb else None
