"""Kin words, one table for every reader of them (session 36, tidy131): what a person is to another when the text
writes X的妻子Y or counts a person's 两个儿子.

Each reader keeps the columns it needs by name: :data:`zhkg.relate.pairs.KIN_WORDS` the words an edge is read
from (``tie``: the relation kind's name, ``SPOUSE_OF`` or ``PARENT_OF``, its direction and whether it is past), and
:data:`zhkg.relate.count_owner_clauses._KIN_COUNTED` the words a count of which is a person's family, never a
body's or a place's things (``counted``). A word no edge is read from (兄弟, 孙女) has no ``tie``.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Kin", "KIN"]


class Kin(NamedTuple):
    """What one kin word says of the person it follows."""

    #: The kind of edge the pairs reader writes between the two people, by its name (``RelationKind(tie)``):
    #: "SPOUSE_OF", "PARENT_OF", or "" (none: 兄弟, 孙女). A name, not the kind: :mod:`zhkg.relate.pairs` defines the
    #: kinds, in the order the legend lists them, and this table comes before it.
    tie: str = ""
    #: Whether the edge runs from the second person to the first (X的父亲Y: Y is X's parent).
    reverse: bool = False
    #: Whether the tie is past (前妻).
    former: bool = False
    #: Whether a count of it (炸死了萨达姆的两个儿子, 育有三个女儿) is a person's family, never a holder's things.
    counted: bool = False


_SPOUSE, _PARENT = Kin("SPOUSE_OF"), Kin("PARENT_OF")

#: Each kin word and what it says, in the order the pairs reader tries them (longest first, among equals this order).
KIN: dict[str, Kin] = {
    "妻子": _SPOUSE._replace(counted=True), "丈夫": _SPOUSE._replace(counted=True), "夫人": _SPOUSE,
    "太太": _SPOUSE, "老婆": _SPOUSE._replace(counted=True), "老公": _SPOUSE, "爱妻": _SPOUSE, "娇妻": _SPOUSE,
    "妻": _SPOUSE, "前妻": _SPOUSE._replace(former=True), "前夫": _SPOUSE._replace(former=True),
    "女儿": _PARENT._replace(counted=True), "儿子": _PARENT._replace(counted=True), "长子": _PARENT, "次子": _PARENT,
    "长女": _PARENT, "次女": _PARENT, "幼子": _PARENT, "独子": _PARENT, "爱女": _PARENT, "独生女": _PARENT,
    "小女儿": _PARENT, "大女儿": _PARENT, "小儿子": _PARENT, "大儿子": _PARENT, "子": _PARENT, "女": _PARENT,
    "父亲": _PARENT._replace(reverse=True), "母亲": _PARENT._replace(reverse=True),
    "生父": _PARENT._replace(reverse=True), "生母": _PARENT._replace(reverse=True),
    # counted only: no edge is read from them
    **dict.fromkeys(("子女", "儿女", "孙子", "孙女", "兄弟", "姐妹", "兄弟姐妹", "兄妹", "姐弟"), Kin(counted=True)),
}
