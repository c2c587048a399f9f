"""A company's line or region of business written into a title (round titles319): 华为无线产品线总裁 is 无线产品线总裁 of
华为, 腾讯亚太片区总裁 亚太片区总裁 of 腾讯, 历任…消费者业务线副总裁 the same; the unit is no body of its own (产品线 names
every company's), as a department is none (:mod:`zhkg.relate.roles_departments` reads both: these heads join its
:data:`~zhkg.relate.roles_departments._DEPARTMENT_HEADS`).

A region's unit may hold a place's name (欧洲片区, 亚太大区, 华东区域): :func:`_region_unit` lets such a span qualify the
title where :func:`~zhkg.relate.roles_titles._qualifier` refuses any name in it.

Caveats: only the heads of :data:`UNIT_HEADS` are read so; a unit the recogniser named as an organisation of its own
(京东零售事业部) keeps its own reading; letters with a space (3G 产品总监) are not read.

A ministry's unit written fused with its head's title, the two sharing the unit's letter (教育部技职司长 X: 技职司 +
司长), is the unit's post, named with its ministry (:func:`unit_sharing_title`: 司长 of 教育部技职司), not the ministry's
with 技职 a qualifier.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_titles import _NOW_BEFORE_TITLE, _POST_QUALIFIERS, _qualifier, _role_at

__all__ = ["UNIT_HEADS", "REGION_UNIT_HEADS", "_region_unit", "_unit_title_at", "FUSED_UNIT_LETTERS", "unit_sharing_title"]


#: A region's unit of a company (欧洲片区, 亚太大区, 华东区域): a place's name may open it.
REGION_UNIT_HEADS = ("片区", "大区", "区域")


#: How a company's line or region of business ends, written between the company and a title: 无线产品线总裁,
#: 云业务线副总裁, 欧洲片区总裁, 亚太大区总经理 (with :data:`REGION_UNIT_HEADS`).
UNIT_HEADS = ("产品线", "业务线", "事业线") + REGION_UNIT_HEADS


def _region_unit(ctx: RelationContext, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a region's unit (:data:`REGION_UNIT_HEADS`) whose only names are places opening it
    (欧洲片区, 亚太大区), no role word and no 的/和/与 in it, letters only.

    The letters before the head must be two at least: a bare 大区 or 区域 names no region.
    """
    span = ctx.simplified[start:end]
    head = next((h for h in REGION_UNIT_HEADS if span.endswith(h)), "")
    if not head or len(span) - len(head) < 2 or not span.isalnum() or any(ch in "的和与及等由" for ch in span):
        return False
    inside = [m for m in ctx.mentions if m.start < end and start < m.end]
    if any(m.label is not Label.PLACE or m.start < start or m.end > end - len(head) for m in inside):
        return False
    return not any(r in span for r in ctx.lexicon.role_words if len(r) > 1)


#: The most letters of a unit before its head (服务器产品线, 智能手机业务线, 大中华片区).
_MAX_UNIT = 8


_UNIT_AT = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9]{{1,{_MAX_UNIT}}}?(?:{'|'.join(UNIT_HEADS)})")


def _unit_title_at(ctx: RelationContext, start: int) -> str:
    """A bare item of a list of posts that is a unit and its title, starting at ``start`` (历任游戏产品线总裁、亚太片区
    总裁: 游戏产品线总裁), 副 maybe before the title; "" when none is written there or a role word starts there."""
    simplified = ctx.simplified
    unit = _UNIT_AT.match(simplified, start)
    if unit is None or _role_at(ctx, start) is not None:
        return ""
    end = unit.end()
    if not (_qualifier(ctx, start, end) or _region_unit(ctx, start, end)):
        return ""
    role = _role_at(ctx, end + (simplified[end : end + 1] == "副"))
    if role is None:
        return ""
    return simplified[start:end + (simplified[end : end + 1] == "副")] + role


#: The letters of a government's unit its head's title opens with, written once for both (技职司长, 社会局长, 警政署长).
FUSED_UNIT_LETTERS = frozenset("司署处局科")


#: What opens the letters before a fused title as a qualifier of the post, no unit's name (教育部新任司长: 司长 of
#: 教育部, mend322).
_NO_UNIT_OPENERS = _POST_QUALIFIERS + _NOW_BEFORE_TITLE + ("前任", "原任", "候任", "首任")


def unit_sharing_title(ctx: RelationContext, start: int, p: int, role: str) -> Mention | None:
    """The unit named from ``start`` (where its body's name ends) through the first letter of ``role`` at ``p``, the
    unit's head letter the title shares (教育部|技职|司长: 教育部技职司, derived), when the letters between are a short
    qualifier of two letters at least, no qualifier of the post (新任, 代理) opening it; ``None`` otherwise (教育部次长; 外交部亚太司司长, the unit written in full: :func:`~zhkg.relate.roles_units._unit`'s)."""
    if len(role) != 2 or role[1] != "长" or role[0] not in FUSED_UNIT_LETTERS or p - start < 2 \
            or ctx.simplified[p - 1] == role[0] or not _qualifier(ctx, start, p) \
            or ctx.simplified.startswith(_NO_UNIT_OPENERS, start):
        return None  # (教育部新任司长, 环保部代理局长: a qualifier of the post, no unit's name; mend322)
    return ctx.derive_organisation(start, p + 1)
