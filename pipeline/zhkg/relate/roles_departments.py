"""The department of a body in a title, for the role readers (:mod:`zhkg.relate.roles`): a department and the title
after it, written right after a body (:func:`_department_title`: 双成药业财务部副经理, 第五届董事会董事), or between
a body and a title the readers found (:func:`_department_before`: 招商银行现金管理部总经理 is 现金管理部总经理 of
招商银行); a department's post in a list of a company's posts (:func:`_department_post`: 厦门象屿股份有限公司职工监事、
资金部经理); a department's word before a post after 兼 (:func:`_department_at`: 兼市场总监).

Caveats: the department is never a body of its own (财务部 names every company's): it is read into the title. A
department ends only in the heads :data:`_DEPARTMENT_HEADS` lists, within :data:`_MAX_DEPARTMENT` letters, and no
body's word (公司, 厂, 局 …) may stand inside it. Moved word for word from ``relate/roles_title_body.py`` (tidy80): no
definition's text changed; the modules that read these names import them from here.
"""

from __future__ import annotations

import re

from zhkg.records import Mention, MentionSource
from zhkg.relate.base import DERIVED, RelationContext
from zhkg.relate.roles_places import _PARTY_BODIES, _government
from zhkg.relate.roles_titles import _qualifier, _role_at
from zhkg.relate.roles_unit_titles import UNIT_HEADS, _region_unit
from zhkg.relate.roles_words import _dictionary_tag, _words
from zhkg.text import first_at, is_han

__all__ = [
    "_NOT_DEPARTMENTS",
    "_department_before",
    "_DEPARTMENT_LENGTH",
    "_DEPARTMENT_TAGS",
    "_department_at",
    "_CONCURRENTLY_HELD",
    "_DEPARTMENT_HEADS",
    "_BOARD",
    "_DEPARTMENT_HEAD_LAST",
    "_NOT_IN_DEPARTMENT",
    "_MAX_DEPARTMENT",
    "_DEPARTMENTS_OF",
    "_DEPARTMENT_JOINERS",
    "_department_post",
    "_department_title",
    "_DEPARTMENT_TITLE_QUALIFIERS",
]


#: Words ending like a department that name none: a quantity or a side (公司全部董事, 集团内部人士).
_NOT_DEPARTMENTS = ("全部", "内部", "外部", "局部", "干部", "大部", "东部", "西部", "南部", "北部", "中部", "总部")


def _department_before(ctx: RelationContext, at: int, end: int) -> str:
    """The department written between a body and the title ending at ``end`` (its department's head ending at
    ``at``), read as :func:`_department_title` reads it after a verb, with the title as one title (招商银行现金管理部
    总经理 X: 现金管理部总经理 of 招商银行, the department no body of its own); "" when none is written."""
    if ctx.simplified[at - 1 : at] not in _DEPARTMENT_HEAD_LAST:
        return ""
    for start in range(at - 2, max(at - _MAX_DEPARTMENT, 0) - 1, -1):
        if start in ctx.org_ending_at:
            found = _department_title(ctx, start, ctx.org_starting_at.get(start))
            if found is None or found[1] != end or ctx.simplified[start:at].endswith(_NOT_DEPARTMENTS):
                return ""
            return found[0]
        if not ctx.simplified[start].isalnum():
            break
    return ""


#: A department's word before a post after 兼 (兼市场总监, 兼财务总监): one of jieba's nouns of two letters.
_DEPARTMENT_LENGTH = 2


_DEPARTMENT_TAGS = frozenset({"n", "vn", "j"})


def _department_at(ctx: RelationContext, at: int) -> str:
    """The department word of two letters at ``at`` that jieba's dictionary reads as a common noun and no one
    named (市场, 财务, 投资), or empty."""
    word = ctx.simplified[at : at + _DEPARTMENT_LENGTH]
    if len(word) < _DEPARTMENT_LENGTH or not all(is_han(ch) for ch in word) \
            or _dictionary_tag(word) not in _DEPARTMENT_TAGS or next(iter(_words(word)), "") != word \
            or any(m.start < at + _DEPARTMENT_LENGTH and at < m.end for m in ctx.mentions):
        return ""
    return word


#: 兼任 between two posts of a list: read as its 兼 (历任A厂厂长兼任党委书记，B公司董事长).
_CONCURRENTLY_HELD = "兼任"

#: How a department of a body ends, written between the body and a title (综合管理部经理, 办公室主任, 机修车间主任).
_DEPARTMENT_HEADS = ("办公室", "事业部", "事业群", "党总支", "党支部", "委员会", "董事会", "监事会", "车间", "分厂", "中心", "党委", "纪委",
                     "团委", "工会", "部", "处", "室", "科", "办")
_DEPARTMENT_HEADS += UNIT_HEADS  # a line or region of business: 无线产品线总裁, 欧洲片区总裁 (titles319)


#: A board written as a department, a term's ordinal maybe before it: 第五届董事会董事, 董事会独立董事.
_BOARD = re.compile(r"(?:第[\d一二三四五六七八九十]{1,3}届)?(?:董事会|监事会)")


_DEPARTMENT_HEAD_LAST = frozenset(h[-1] for h in _DEPARTMENT_HEADS)


#: What names a body of its own, not a department, inside the letters before a department's head.
_NOT_IN_DEPARTMENT = ("公司", "集团", "厂", "局", "院", "银行")


#: The longest department read so.
_MAX_DEPARTMENT = 10


#: How the name of a body whose departments a list of its posts goes on to ends: 厦门象屿股份有限公司职工监事、资金部经理.
_DEPARTMENTS_OF = ("公司", "集团", "银行", "厂", "事务所", "证券", "基金", "保险", "信托", "院", "大学", "所", "局", "支行",
                   "分行")


#: What joins a department's post to the company's post before it: 、, 兼 (总经理助理兼发展部经理).
_DEPARTMENT_JOINERS = frozenset("、及和与兼")


def _department_post(ctx: RelationContext, holder: Mention, end: int) -> tuple[Mention, str, int] | None:
    """A department's title after a joiner at ``end`` in a list of posts whose last holder, ``holder``, is a company
    (or a bank, a factory, a school…: :data:`_DEPARTMENTS_OF`): the company's post, the department in its title
    (厦门象屿股份有限公司职工监事、资金部经理; 宁夏星日电子股份有限公司证券部主任、计划企管部主任). A body the tables know
    (财政部 after 外交部副部长、) is never read so; the recogniser's or a reader's may be the department."""
    committee = next((b for b in _PARTY_BODIES if holder.name.endswith(b)), "")
    if ctx.simplified[end : end + 1] not in _DEPARTMENT_JOINERS \
            or not holder.name.removesuffix(committee).endswith(_DEPARTMENTS_OF):
        return None
    start = end + (len(_CONCURRENTLY_HELD) if ctx.simplified.startswith(_CONCURRENTLY_HELD, end) else 1)  # 兼任党委书记
    named = ctx.org_starting_at.get(start)
    if named is not None and named.extractor not in (MentionSource.RECOGNISER.value, DERIVED):
        return None
    found = _department_title(ctx, start, named)
    if found is not None and committee:  # …公司党委副书记、纪委书记: the company's unit, no unit of its committee
        holder = _government(ctx, holder, "", end, False)
    return (holder, *found) if found is not None and holder is not None else None


def _department_title(ctx: RelationContext, start: int, named: Mention | None = None) -> tuple[str, int] | None:
    """A department and the title after it, written right after a body ending at ``start`` (利德科技发展有限公司
    综合管理部经理, 双成药业财务部副经理): the department, no name and no role word in it, ends like one
    (:data:`_DEPARTMENT_HEADS`), and a title (副 maybe before it) follows; ``named``, a mention spanning just the
    department, may stand there. Returns (the department and the title as one
    title, where it ends) — the department is no body of its own (财务部 names every company's) — or ``None``."""
    simplified = ctx.simplified
    for end in range(start + 2, min(len(simplified), start + _MAX_DEPARTMENT + 1)):
        if not simplified[end - 1].isalnum() or end - 1 in ctx.person_starts:
            return None
        if simplified[end - 1] not in _DEPARTMENT_HEAD_LAST or not simplified.endswith(_DEPARTMENT_HEADS, start, end):
            continue
        deputy = simplified[end : end + 1] == "副"
        # a word of rank or of training may qualify the title after the department: 人力资源部|培训|经理, 市场部|高级|经理
        # (not a field of work, 出国部|项目总监: :func:`_fielded_title`'s)
        qualified = "" if deputy else first_at(simplified, _DEPARTMENT_TITLE_QUALIFIERS, end)
        gap = len(qualified) if qualified and _role_at(ctx, end + len(qualified)) is not None else 0
        role = _role_at(ctx, end + deputy + gap)
        if role is None or (deputy and role.startswith("副")) \
                or any(body in simplified[start : end - 1] for body in _NOT_IN_DEPARTMENT):
            continue  # 公司人力资源部, 宝钢热轧厂党委: a body of its own is named there
        if not (_qualifier(ctx, start, end) or _region_unit(ctx, start, end) or (named is not None and (named.start, named.end) == (start, end)
                                                and _qualifier(ctx, start + 1, end))
                or (_BOARD.fullmatch(simplified, start, end) and not gap)):
            continue  # (a board's title takes no qualifier: 监事会股东监事 after a name cut wrong)
        return simplified[start : end + deputy + gap] + role, end + deputy + gap + len(role)
    return None


#: Words qualifying a title after a department: 人力资源部培训经理, 市场部高级经理.
_DEPARTMENT_TITLE_QUALIFIERS = ("高级", "资深", "培训")
