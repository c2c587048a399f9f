"""The body of a bare title among several its sentence names, by the kind of body the title heads, for
:mod:`zhkg.relate.roles_body_in_context`'s :func:`~zhkg.relate.roles_body_in_context._sentence_body` (round roles232): a head's
title made of a kind's letter and 长 (院长, 部长, 局长, 署长, 校长…) is the nearest body before it whose name ends in
that letter (立法院今天开议，行政院提出报告，由院长X说明: 行政院's).

Caveats: only a title of that form, whose kind's letter :data:`KIND_LETTERS` lists; the body is read only in a clause
before the title's or opening it (the caller's test), and nothing here writes a relation.
"""

from __future__ import annotations

from zhkg.records import Mention
from zhkg.text import NAME_JOINERS

__all__ = ["KIND_LETTERS", "body_of_kind"]

#: The letters naming a kind of body before 长 in its head's title, as the body's name ends in them: 院长 of a 院,
#: 部长 of a 部, 局长 of a 局, 署长 of a 署, 处长 of a 处, 厅长 of a 厅, 校长 of a 校 (学校, 大学 end otherwise: not
#: listed), 会长 of a 会, 社长 of a 社, 所长 of a 所, 馆长 of a 馆, 团长 of a 团, 行长 of a 行.
KIND_LETTERS = frozenset("院部局署处厅会社所馆团行")


def body_of_kind(text: str, found: list[Mention], role: str) -> Mention | None:
    """The last of ``found`` (bodies named before a bare ``role``, in text order) whose name ends in the kind's
    letter the title heads (副院长: 院), or ``None`` when the title is of no such form, none fits, or the last is
    joined to another that fits (交通部和卫福部…，由部长X: which one's is not said). ``text`` is the Simplified text.

    >>> from zhkg.records import Label
    >>> bodies = [Mention("d", 0, 3, "立法院", "立法院", Label.ORGANIZATION, "model"),
    ...           Mention("d", 9, 12, "行政院", "行政院", Label.ORGANIZATION, "model")]
    >>> text = "立法院今天开议，行政院提出报告，由院长X说明"
    >>> body_of_kind(text, bodies, "院长").text
    '行政院'
    >>> body_of_kind(text, bodies, "董事长") is None
    True
    """
    if len(role) < 2 or not role.endswith("长") or role[-2] not in KIND_LETTERS:
        return None
    kind = role[-2]
    fitting = [m for m in found if m.simplified.endswith(kind) or m.name.endswith(kind)]
    if not fitting:
        return None
    last = fitting[-1]
    joined = last.start > 0 and text[last.start - 1] in NAME_JOINERS and any(m.end == last.start - 1 for m in fitting)
    return None if joined else last


