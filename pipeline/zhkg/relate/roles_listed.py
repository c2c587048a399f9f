"""People listed before or after a title, for the holder readers of :mod:`zhkg.relate.roles_holders` and after: every
person listed after a title holds it (副主席江丙坤、林丰正和吴敦义: :func:`_listed_after_title`, :func:`_listed_after`,
:func:`_people_by_start`), people listed before a verb of appointment or a post hold it too (张伟、李明当选为…,
刘人熙、彭政枢…为社长: :func:`_subjects_listed_before`, :func:`_listed_before`), a bare title joined to a person whose
holder was just read shares that holder (外交部长陆征祥和次长曹汝霖: :func:`_roles_sharing_holder`), and a short
description or an affiliation (a party, a sector) listed last before a name ends the posts before it
(:func:`_listed_description_start`, :func:`_listed_affiliation_start`).

Caveats: a list is read from its joiners (、, the last maybe 和/与/及) and the people the recognisers found; a name glued
to the next word is no item, and two people joined by a single 及 or 暨 share a title only when many hold it (its ending:
议员, 立委, 董事 …) and no title follows the second name. Moved verbatim from ``relate/roles_holders.py`` (tidy73), which
itself came from ``relate/roles.py`` (tidy65): no definition's text changed. This part imports only the parts before
``roles_holders``, never ``relate/roles.py``.
"""

from __future__ import annotations

import re
from collections import (
    Counter,
)

from zhkg.records import (
    Label,
    Mention,
    Relation,
    RelationKind,
)
from zhkg.relate.base import (
    RelationContext,
)
from zhkg.relate.roles_former import (
    _FORMER_BETWEEN,
)
from zhkg.relate.roles_names import (
    _glued_to_next_word,
    _owner_of,
)
from zhkg.relate.roles_title_body import (
    _role_candidates,
    _school_of_degree,
)
from zhkg.relate.roles_titles import (
    _LAST_JOINERS,
    _role_at,
)
from zhkg.relate.roles_words import (
    _HONORIFICS,
    _SUBJECT_AFTER,
)
from zhkg.text import (
    LIST_JOINERS,
    first_at,
    is_han,
)

__all__ = [
    "_people_by_start",
    "_share_post",
    "_listed_after",
    "_PAIR_JOINERS",
    "_MANY_HOLDER_ENDS",
    "_many_hold",
    "_listed_after_title",
    "_roles_sharing_holder",
    "_SHARED_HOLDER_TIMES",
    "_PERSON_IS",
    "_ALL_ARE",
    "_DESCRIPTION_HEADS",
    "_MAX_DESCRIPTION",
    "_listed_description_start",
    "_SECTOR_END",
    "_MAX_SECTOR",
    "_listed_affiliation_start",
    "_SECTOR",
    "_sector_start",
    "_sector_seat_listed",
    "_sector_before_house",
    "_LISTED_JOINERS",
    "_EACH_HIS_OWN",
    "_subjects_listed_before",
    "_listed_before",
]


def _people_by_start(ctx: RelationContext) -> dict[int, Mention]:
    """The people named, by where they start (those glued to the next word left out)."""
    return {m.start: m for m in reversed(ctx.mentions) if m.label is Label.PERSON and not _glued_to_next_word(ctx, m)}


def _listed_after(ctx: RelationContext, person: Mention, starts: dict[int, Mention],
                  role: str | None = None) -> list[Mention]:
    """The people listed right after ``person`` by 、, the last maybe by 和/与/及 (副主席江丙坤、林丰正和吴敦义: 林丰正
    and 吴敦义); never a single 和 (美国总统奥巴马和胡锦涛 names two people, one title), but a single 及 after a
    title many hold (``role``: 民进党立委管碧玲及陈其迈, 台北市议员王世坚及李建昌; roles39) when no title follows the
    second name (立委管碧玲及马英九总统)."""
    simplified = ctx.simplified
    listed: list[Mention] = []
    end = person.end
    while True:
        joiner = simplified[end : end + 1]
        following = starts.get(end + 1)
        if following is not None and joiner in _PAIR_JOINERS and not listed and _many_hold(role) \
                and _role_at(ctx, following.end) is None:
            return [following]
        if following is None or not (joiner == "、" or (joiner in _LAST_JOINERS and listed)):
            return listed
        listed.append(following)
        end = following.end
        if joiner != "、":
            return listed


#: What joins two people a title many hold is shared by (立委管碧玲及陈其迈): 和 and 与 join a meeting as often.
_PAIR_JOINERS = frozenset("及暨")


#: Ends of the titles a body has many of at once (立委, 市议员, 独立董事, 常委), which two people listed by 及 share.
_MANY_HOLDER_ENDS = ("议员", "立委", "委员", "董事", "监事", "理事", "常委")


def _many_hold(role: str | None) -> bool:
    return role is not None and role.endswith(_MANY_HOLDER_ENDS) and not role.endswith("主任委员")


def _listed_after_title(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """Every person listed after a title holds it: 副主席江丙坤、林丰正、吴敦义 (only the first stands next to it)."""
    starts = _people_by_start(ctx)
    ends = {m.end: m for m in starts.values()}
    have = {(r.source, r.target, r.role_simplified) for r in found}
    out = []
    for r in found:
        person = ends.get(r.evidence.end)
        if person is None or r.kind is not RelationKind.HOLDS_ROLE:
            continue
        for other in _listed_after(ctx, person, starts, r.role_simplified):
            key = (_owner_of(ctx, other), r.target, r.role_simplified)
            if key not in have:
                have.add(key)
                out.append(ctx.relation(key[0], r.target, r.kind, r.evidence.start, other.end, r.role,
                                        former=r.former))
    return out


def _roles_sharing_holder(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """A bare title + person joined by 和/及/与/、 to a person whose role and holder were just read: the
    holder is theirs too (外交部长陆征祥和次长曹汝霖: 次长 of 外交部)."""
    simplified = ctx.simplified
    people = [m for m in ctx.mentions + ctx.derived if m.label is Label.PERSON]
    holders = {}
    for r in found:
        holders.setdefault(r.source, r.target)
    out = []
    for person in people:
        role = ctx.lexicon.role_ending(simplified, person.start) or None
        k = person.start - len(role) if role else 0
        # a word of time may stand before the title: 前董事长王石和现任董事长郁亮
        then = next((w for w in _SHARED_HOLDER_TIMES if simplified.endswith(w, 0, k)), "") if role else ""
        j = k - len(then)
        if role is None or j < 2 or simplified[j - 1] not in "和及与、" or ctx.owner[person] in holders:
            continue
        before = next((m for m in people if m.end == j - 1), None)
        target = holders.get(ctx.owner[before]) if before is not None else None
        if target is not None:
            out.append(ctx.relation(_owner_of(ctx, person), target, RelationKind.HOLDS_ROLE, before.start, person.end,
                                    ctx.text[k : person.start], former=then in _FORMER_BETWEEN))
    return out


#: Words of time between 和 and the bare title of a person sharing the holder of the person before (华强集团前董事长
#: 王石和现任董事长郁亮; 原 and 前 a post held before).
_SHARED_HOLDER_TIMES = ("现任", "新任", "时任", "候任", "前任", "原任", "原", "前")


# what may stand between a person and the organisation + role that describe them
_PERSON_IS = ("被委任为", "被擢升为", "被提升为", "被晋升为", "获晋升为", "被贬为", "贬为", "获提升为", "提升为", "获擢升为", "获委任为", "获任命为", "获推选为", "被推选为", "被推举为", "被选举为", "擢升为", "晋升为", "升职为", "被任命为", "被选为", "获选为", "当选为",
              "被聘任为", "被聘为", "受聘为", "获聘为", "履新",
              "获连任", "连任", "续任", "留任", "作为", "膺选为", "官至", "官拜", "荣任", "接掌", "不再担任", "不再出任", "不再兼任", "不再任", "被免去", "辞去", "请辞", "卸下", "卸任", "辞任", "原任", "现任", "时任", "担任", "出任", "身兼", "兼任", "升任", "升职", "调任", "转任", "就任", "改任", "历任", "曾任", "当选", "成为",
              "均为", "同为", "皆为", "均是", "同是", "都是", "是", "任", "系", "为", "以")


#: Links that say the people listed before them all hold the post (张伟、李明均为华强集团董事), a comma maybe before.
_ALL_ARE = ("均为", "同为", "皆为", "均是", "同是", "都是")


#: How a short description of a person ends (香港商人, 美国政治家, 民主党籍政治人物, 足球运动员, 晚清重臣).
_DESCRIPTION_HEADS = ("人物", "人", "家", "商", "员", "者", "士", "星", "臣")


#: The longest description skipped between a name and its apposition.
_MAX_DESCRIPTION = 12


def _listed_description_start(ctx: RelationContext, end: int) -> int:
    """Where the posts before a short description listed last before a name end (中国人民大学教授、国际问题专家|金灿荣:
    教授 ends before 、): the description no title, no 的, nothing but places named in it, ending in a noun of people
    (:data:`_DESCRIPTION_HEADS`), or a school and its degree (总裁、耶鲁硕士|张恒瑞); else ``end`` itself."""
    simplified = ctx.simplified
    if not simplified.endswith(_DESCRIPTION_HEADS, 0, end):
        return end
    for b in range(end - 2, max(end - _MAX_DESCRIPTION, 1) - 1, -1):
        if simplified[b - 1] != "、":
            continue
        span = simplified[b:end]
        if not all(is_han(ch) for ch in span) or "的" in span \
                or any(b <= m.start < end and m.label is not Label.PLACE and not _school_of_degree(m, span)
                       for m in ctx.mentions) \
                or any(r in span for r in ctx.lexicon.role_words if len(r) > 1) or not _role_candidates(ctx, b - 1):
            return end
        return b - 1
    return end


#: How a sector written before a member's name ends (金融界陈振英, 选委界何君尧: a Legislative Council's constituency,
#: 工商界, 教育界), and the most letters before it.
_SECTOR_END = "界"
_MAX_SECTOR = 4


def _listed_affiliation_start(ctx: RelationContext, end: int) -> int:
    """Where the posts before an affiliation listed last before a name end (全国人大常委、民建联|李慧琼 and 港区全国人大
    代表、金融界|陈振英: 常委 and 代表 end before 、): the affiliation is one organisation named right before the name
    (a party, a union; maybe with 籍), whose membership other readers take, or a sector (:data:`_SECTOR_END`), and a
    post ends at the 、 before it; else ``end`` itself.

    The affiliation is no post, so the posts before it are the person's as if it were not written; a name listed
    before it (民建联主席陈克勤、工联会吴秋北) is no post and ends nothing.
    """
    simplified = ctx.simplified
    at = end - 1 if simplified[end - 1 : end] == "籍" else end
    starts = [m.start for m in ctx.mentions if m.end == at and m.label is Label.ORGANIZATION]
    for b in range(at - 2, max(at - _MAX_SECTOR - 1, 1) - 1, -1):
        span = simplified[b:end]
        if simplified[b - 1] == "、" and span.endswith(_SECTOR_END) and all(is_han(ch) for ch in span) \
                and not any(b <= m.start < end or b < m.end <= end for m in ctx.mentions):
            starts.append(b)
    for b in sorted(starts, reverse=True):  # the shortest affiliation first
        if b > 1 and simplified[b - 1] == "、" and _role_candidates(ctx, b - 1):
            return b - 1
    return end


#: A sector written before a legislator's seat (、工程界议员, 、工业界（二）立法会议员, 、选委会界别议员), the seat's
#: number of a sector with two (（二）) maybe after it.
_SECTOR = re.compile(r"、([\u4e00-\u9fff]{1,4}界别?(?:[（(][一二三四五六七八九十][）)])?)$")

def _sector_start(ctx: RelationContext, end: int) -> int | None:
    """Where a sector ending at ``end`` starts (、|工程界), when 、 and a post stand before it and no name is read
    inside it (、九龙东: a place's seat); else ``None``."""
    found = _SECTOR.search(ctx.simplified, max(0, end - 12), end)
    if found is None:
        return None
    b, e = found.span(1)
    if any(b <= m.start < e or b < m.end <= e for m in ctx.mentions) or not _role_candidates(ctx, b - 1):
        return None
    return b


def _sector_seat_listed(ctx: RelationContext, end: int) -> int | None:
    """Where the posts before a sector's seat listed last before a name end (经民联主席、工程界议员|卢伟国: 主席's
    end), no house written: the seat names no body and is read as no post, but ends no list. Else ``None``."""
    if not ctx.simplified.endswith("议员", 0, end) or ctx.simplified.endswith("立法会议员", 0, end):
        return None
    b = _sector_start(ctx, end - len("议员"))
    return b - 1 if b is not None else None


def _sector_before_house(ctx: RelationContext, house_start: int, role: str) -> int:
    """Where a sector written between 、 and a house whose seat ``role`` is starts (经民联主席、工程界|立法会议员|
    卢伟国: 工程界), for the list of posts to read on past it; else ``house_start``."""
    if not role.endswith("议员"):
        return house_start
    b = _sector_start(ctx, house_start)
    return b if b is not None else house_start


#: What joins the people listed before 分别 and the posts listed after it, and the subjects listed before a verb of
#: appointment (张伟、李明当选为华强集团副董事长: :func:`_subjects_listed_before`).
_LISTED_JOINERS = LIST_JOINERS  # (one copy: zhkg.text)


#: What after the last subject gives each his own post, one of a list (:func:`_read_respective_posts`).
_EACH_HIS_OWN = ("分别", "各自")


def _subjects_listed_before(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The people listed before the subject of a verb of appointment hold his post too (张伟、李明当选为华强集团
    副董事长; 王刚和李明出任…; 张伟、李明，均为华强集团董事): the list opens its clause, its names joined by 、 (和, 与 or 及 before the last), and the
    last one's name is followed by the verb (an honorific maybe between), never by 分别 (posts given one each); nor
    when the verb gives the last one several posts (张伟和李明担任董事长和总经理: which is whose is not said)."""
    simplified = ctx.simplified
    ends = {m.end: m for m in ctx.of(Label.PERSON) if m in ctx.owner}
    starts = {m.start: m for m in ctx.of(Label.PERSON) if m in ctx.owner}
    have = {(r.source, r.target, r.role_simplified) for r in found}
    posts = Counter(r.evidence.start for r in found if r.kind is RelationKind.HOLDS_ROLE)
    out = []
    for r in found:
        last = starts.get(r.evidence.start)
        if r.kind is not RelationKind.HOLDS_ROLE or last is None or ctx.owner[last] != r.source \
                or posts[r.evidence.start] > 1:
            continue  # 张伟和李明担任董事长和总经理: which is whose is not said
        at = last.end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, last.end)), 0)
        at += simplified[at : at + 1] in ("，", ",") and simplified.startswith(_ALL_ARE, at + 1)  # 张伟、李明，均为…
        if simplified.startswith(_EACH_HIS_OWN, at) or first_at(simplified, _PERSON_IS, at, default=None) is None \
                or first_at(simplified, _PERSON_IS, at) in ("，", "是", "为", "系", "以", "作为"):
            continue
        listed = []
        first = last
        while simplified[first.start - 1 : first.start] in _LISTED_JOINERS \
                and (before := ends.get(first.start - 1)) is not None \
                and (simplified[first.start - 1] == "、" or not listed):
            listed.insert(0, before)
            first = before
        if not listed or (first.start > 0 and simplified[first.start - 1] not in _SUBJECT_AFTER):
            continue
        _share_post(ctx, r, listed, have, out)
    return out


def _share_post(ctx: RelationContext, post: Relation, people: list[Mention], have: set, out: list[Relation]) -> None:
    """Append to ``out`` the post ``post`` for each of ``people`` who does not hold it yet (``have``: the (holder, body,
    role) keys read so far, updated), its evidence from the person to the post's end."""
    for person in people:
        key = (ctx.owner[person], post.target, post.role_simplified)
        if key not in have:
            have.add(key)
            out.append(ctx.relation(key[0], post.target, RelationKind.HOLDS_ROLE, person.start, post.evidence.end,
                                    post.role, former=post.former))


def _listed_before(ctx: RelationContext, person: Mention, people: list[Mention]) -> list[Mention]:
    """``person`` and the people listed before it by 、: 刘人熙、彭政枢、廖名缙、石广权为社长."""
    listed = [person]
    while True:
        before = next((m for m in people if m.end == listed[-1].start - 1
                       and ctx.simplified[m.end] == "、"), None)
        if before is None:
            return listed
        listed.append(before)
