"""A unit whose letter its head's title repeats, for the role readers (:mod:`zhkg.relate.roles`): a unit no extractor
named between a body and the title (:func:`_unit`: 国家发改委|中国小城镇试点处|处长, 国民革命军第十八军|军长), or
right after a verb of appointment (:func:`_unit_after_link`: 担任了「二·一八」火灾善后处理小组组长), each derived as an
organisation; whether a title heads such a unit (:func:`_unit_role`, :func:`_army_unit_role`), whether a bare title
repeats the kind letter of a body named before (:func:`_unit_letter_repeated`: 北京大学历史系 … 系主任), and how a
unit named with its body ends (:data:`_UNIT_ENDS`).

Caveats: a title heads a unit only when it is the unit's letter and 长 (处长, 副科长, 军长: :data:`_UNIT_HEADS`), and
the unit is at most :data:`_MAX_UNIT` letters, with no person's name and no other title inside; an army unit is named
with its army (many armies have a 第十八军). Moved word for word from ``relate/roles_title_body.py`` (tidy80): no
definition's text changed; the modules that read these names import them from here.
"""

from __future__ import annotations

from zhkg.records import Mention
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_places import _ARMY_UNITS
from zhkg.relate.roles_titles import _role_at

__all__ = [
    "_UNIT_HEADS",
    "_MAX_UNIT",
    "_army_unit_role",
    "_unit",
    "_unit_role",
    "_UNIT_NAME_MARKS",
    "_unit_after_link",
    "_UNIT_LETTERS",
    "_unit_letter_repeated",
    "_UNIT_ENDS",
]


#: Roles headed by the unit their first character names (处长 of a 处, 副科长 of a 科, 组长 of a 小组), and
#: the longest unit.
_UNIT_HEADS = frozenset("处科司局所部厅股站室组军师旅")


_MAX_UNIT = 12


def _army_unit_role(ctx: RelationContext, p: int, role: str) -> bool:
    """Whether ``role`` at ``p`` heads the army unit right before it (第十八军|军长, 第五十一师|副师长)."""
    return role.removeprefix("副")[:1] in _ARMY_UNITS and _unit_role(ctx, p, role)


def _unit(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """A unit no extractor named, right after an organisation, whose character the role repeats: 国家发改委|
    中国小城镇试点处|处长, 建设部政策研究中心|住宅与房地产研究处|处长. The unit is derived (a new organisation)."""
    if not _unit_role(ctx, p, role):
        return None
    for start in range(p - 2, max(p - _MAX_UNIT, 0) - 1, -1):
        org = ctx.org_ending_at.get(start)
        if org is not None:
            span = ctx.simplified[start:p]
            if span.isalnum() and not any(start <= s < p for s in ctx.person_starts) \
                    and not any(r in span[:-1] for r in ctx.lexicon.role_words if len(r) > 1):
                # a numbered army unit is named with its army (国民革命军第十八军: many armies have a 第十八军)
                return ctx.derive_organisation(org.start if _army_unit_role(ctx, p, role) else start, p)
            return None
        if not ctx.simplified[start].isalnum():
            return None
    return None


def _unit_role(ctx: RelationContext, p: int, role: str) -> bool:
    """Whether ``role`` (at ``p``) heads the unit whose last character it repeats: 处长 after 试点处."""
    core = role.removeprefix("副")
    return len(core) == 2 and core[1] == "长" and core[0] in _UNIT_HEADS and ctx.simplified[p - 1 : p] == core[0]


# what a unit's name may hold besides letters: 「二·一八」火灾善后处理小组
_UNIT_NAME_MARKS = frozenset("「」『』“”·《》-")


def _unit_after_link(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """A unit no extractor named, right after a verb of appointment, and the role that repeats its last
    character: 担任了「二·一八」火灾善后处理小组组长 (组长 of the 小组, derived); or ``(None, "", start)``."""
    simplified = ctx.simplified
    for p in range(start + 2, min(len(simplified), start + _MAX_UNIT + 4)):
        ch = simplified[p - 1]
        if not (ch.isalnum() or ch in _UNIT_NAME_MARKS) or p - 1 in ctx.person_starts:
            break
        role = _role_at(ctx, p)
        if role is None:
            continue
        if not _unit_role(ctx, p, role) or any(r in simplified[start:p - 1] for r in ctx.lexicon.role_words
                                               if len(r) > 1):
            break
        return ctx.derive_organisation(start, p), role, p + len(role)
    return None, "", start


#: The kinds of unit whose letter a bare title may repeat after a body of that kind: 历史系 … 系主任, 文学院 … 院长助理
#: is no such case (院长 is a title of its own); 研究所 … 所主任, 计算机科 … 科主任, 外交处 … 处主任.
_UNIT_LETTERS = frozenset("系所科处组室")


def _unit_letter_repeated(ctx: RelationContext, body: Mention, start: int) -> bool:
    """Whether a unit's kind letter at ``start`` repeats the last letter of ``body`` (a 系, 所, 科… of a school or a
    body: 北京大学历史系 … 系主任) and a title follows it."""
    letter = ctx.simplified[start : start + 1]
    return bool(letter) and letter in _UNIT_LETTERS and ctx.simplified[body.end - 1] == letter \
        and _role_at(ctx, start + 1) is not None


#: How a unit named with its body ends (重庆万里蓄电池股份有限公司技改办, 兴平化肥厂合成车间党支部).
_UNIT_ENDS = ("党支部", "党总支", "车间", "办公室", "中心", "办", "部", "室", "科", "处")
