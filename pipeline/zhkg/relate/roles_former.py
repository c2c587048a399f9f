"""Former, past and future roles, for the role readers (:mod:`zhkg.relate.roles`): 前/原 before a holder
or between a body and its title (:func:`_former`, :func:`_former_after`), a post said of the future (将, 拟…:
:func:`_said_of_the_future`, :func:`_appointed_in_future`), a post announced as left (宣布辞去: :func:`_announced_leaving`),
此前/之前 (:func:`_said_of_before`), 至今, a past aside and a post once held; a post its holder resigns right after
being named with it (…董事长张伟明因个人原因辞去董事长职务: :func:`mark_left_posts`, review155).

Caveats: these helpers only mark a role ``former`` or hold it back; which role and holder is decided by the callers.
Moved verbatim from ``relate/roles.py`` (tidy65): no definition's text changed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.records import Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_titles import _OPENING_QUOTES
from zhkg.relate.roles_words import _clause_opens
from zhkg.text import first_at, first_ending

__all__ = [
    "_MAX_BODY_ASIDE",
    "_former",
    "_LEFT_POST",
    "_NOT_YET",
    "_MAX_NOT_YET",
    "_said_of_the_future",
    "_NOT_FORMER_BEFORE",
    "_FORMER_BETWEEN",
    "_former_after",
    "_FORMER_TERMS",
    "_LEADING_ASIDE",
    "_ANNOUNCES",
    "_ABOUT_TO",
    "_LEAVES",
    "_announced_leaving",
    "_appointed_in_future",
    "_APPOINTS",
    "_BEFORE_NOW",
    "_said_of_before",
    "_REMOVES",
    "_UNTIL_NOW",
    "_held_until_now",
    "_SUCCEEDED_BY",
    "_BEFORE_SUCCESSOR",
    "_past_aside",
    "_POST_TAILS",
    "_once_before",
    "_EARLIER",
    "_ELECT",
    "_elect_post",
    "drop_elect_posts",
    "mark_left_posts",
    "_LEFT_AFTER_HOLDER",
    "_POST_LEFT",
    "_LEAVING",
    "_LEFT_ALONE",
    "_POST_TAKEN",
    "_DEMANDS",
    "_OTHER_POST_BEFORE",
    "_left_after",
    "_NOMINATED",
]


#: The longest aside in brackets between a body and its title: 五合國際(五合國際博客)的總經理.
_MAX_BODY_ASIDE = 12


def _former(ctx: RelationContext, at: int) -> bool:
    """Whether 前, 前任 or 原 right before ``at`` marks a past role: 前台北市长, 前任交通部长, 原局长 (not 目前, 之前,
    中原, 目前任); or 卸任 (卸任台北市长, 甫卸任的国民党主席; not 即将卸任的)."""
    i = at - 1
    if i > 0 and ctx.simplified[i] in _OPENING_QUOTES:
        i -= 1  # 前“卫生署长”陈建仁: the mark the press sets around a Taiwan title
    if i < 0:
        return False
    left = next((w for w in _LEFT_POST if ctx.simplified.endswith(w, 0, i + 1)), "")
    if left:  # 卸任台北市长, 甫卸任的国民党主席 (not 即将卸任的, 将于年底卸任的: he holds it still)
        return not _said_of_the_future(ctx, i + 1 - len(left))
    if ctx.simplified[i] == "任" and i > 0 and ctx.simplified[i - 1] == "前":
        i -= 1  # 前任交通部长: 前任 as 前 (目前任交通部长 is not: 目 before it)
    before = ctx.simplified[i - 1] if i > 0 else ""
    if ctx.simplified[i] == "前":
        return before not in _NOT_FORMER_BEFORE
    return ctx.simplified[i] == "原" and (not before or not before.isalnum() or before in "的及和与")


#: Written before a holder and its title, a post left: 卸任台北市长, 甫卸任的国民党主席, 已卸任的.
_LEFT_POST = ("卸任的", "卸任")


#: Words of the future: before 卸任 the post is not left yet (即将卸任的, 将于年底卸任的); before a verb of appointment it
#: is not taken yet (将出任, 即将接任, 拟担任, 有望出任: a plan, no post held).
_NOT_YET = ("将", "快要", "准备", "预定", "预计", "拟", "有望", "计划", "打算")


#: How far back in its clause a word of the future before 卸任 is looked for: 将于年底卸任的.
_MAX_NOT_YET = 8


def _said_of_the_future(ctx: RelationContext, k: int, start: int = 0) -> bool:
    """Whether a word of the future stands in the clause right before ``k`` (即将|卸任, 将于年底|卸任), after ``start``."""
    lead = ctx.simplified[max(k - _MAX_NOT_YET, start, 0) : k]
    lead = re.split(r"[，,。；;：:！？!?\n]", lead)[-1]
    return any(w in lead for w in _NOT_YET)


# 前 after these is not "former": 目前 (now), 之前, 日前, 提前, 当前…
_NOT_FORMER_BEFORE = frozenset("目之日天年月周以此提当眼")


#: Written between a holder and its title, these mark a past role: 万科集团前董事长, 国美电器前主席, 公安局原局长.
_FORMER_BETWEEN = ("前任", "前", "原")


def _former_after(ctx: RelationContext, holder_end: int, at: int) -> bool:
    """Whether 前, 原 or 前任 alone, maybe after a bracketed aside or 的, stands between a holder ending at ``holder_end``
    and its title at ``at``."""
    gap = _LEADING_ASIDE.sub("", ctx.simplified[holder_end:at], count=1).strip(_OPENING_QUOTES)  # 台湾前“总统”
    gap = gap.removeprefix("的")  # 华强集团的前董事长 as 华强集团前董事长
    return gap in _FORMER_BETWEEN or bool(_FORMER_TERMS.fullmatch(gap))


#: 前 + a count of terms + 任 between a holder and its title: the people after it held the post before (万科集团前两任
#: 董事长王石、郁亮; 前几任总经理: cnroles161).
_FORMER_TERMS = re.compile(r"前[一两二三四五六七八九十几数]{1,2}任")


#: A bracketed aside right after a holder's name, before 前/原 (清华大学(微博)原校长).
_LEADING_ASIDE = re.compile(r"^[（(][^（）()]{1,20}[）)]")


#: Verbs of saying or deciding before a verb of leaving a post (王明宣布辞去…): the post left was held.
_ANNOUNCES = ("宣布", "表明", "表示", "决定", "声明")


#: Words of the future between them: 宣布将辞去….
_ABOUT_TO = ("即将", "将会", "将")


#: Verbs of leaving a post after them.
_LEAVES = ("辞去", "请辞", "辞任", "卸任", "卸下")


def _announced_leaving(simplified: str, at: int) -> tuple[str, int] | None:
    """(the verb of leaving, where the post starts) after a verb of saying at ``at`` (宣布辞去, 表明将辞去), or ``None``.

    >>> _announced_leaving("宣布将辞去董事长职务", 0)
    ('辞去', 5)
    >>> _announced_leaving("宣布出任董事长", 0) is None
    True
    """
    said = first_at(simplified, _ANNOUNCES, at)
    if not said:
        return None
    k = at + len(said)
    k += len(first_at(simplified, _ABOUT_TO, k))
    leave = first_at(simplified, _LEAVES, k)
    return (leave, k + len(leave)) if leave else None


def _appointed_in_future(ctx: RelationContext, start: int) -> bool:
    """Whether a verb of appointing ends at ``start`` (a name's start) after a word of the future: 董事会将任命|王明为…,
    拟聘任|王明为… (a plan, no post held)."""
    verb = first_ending(ctx.simplified, _APPOINTS, start)
    return bool(verb) and _said_of_the_future(ctx, start - len(verb))


_APPOINTS = ("任命为", "聘任为", "聘请为", "委任为", "聘为", "任命", "聘任", "委任", "聘请", "选举", "推选")


#: Words of time before the subject that put the clause in the past: 此前王重昆为…的副总经理.
_BEFORE_NOW = ("此前", "之前", "早前", "先前", "以前", "早年")


def _said_of_before(ctx: RelationContext, start: int) -> bool:
    """Whether the clause of a person starting at ``start`` opens with a word of time past right before him
    (此前王重昆为…, 早年，王明任…): what it says he was, he was before."""
    simplified = ctx.simplified
    at = start - 1 if simplified[start - 1 : start] in ("，", ",") else start
    word = next((w for w in _BEFORE_NOW if simplified.endswith(w, 0, at)), "")
    return bool(word) and _clause_opens(ctx, at - len(word))


_REMOVES = ("免去", "撤销", "罢免")


#: After a post still held, before its clause ends: ，2008年起任华强集团董事长至今。
_UNTIL_NOW = "至今"


def _held_until_now(ctx: RelationContext, end: int) -> bool:
    """Whether the post ending at ``end`` is followed by 至今 and then its clause's end (…起任华强集团董事长至今。)."""
    simplified, after = ctx.simplified, end + len(_UNTIL_NOW)
    return simplified.startswith(_UNTIL_NOW, end) and (after >= len(simplified) or not simplified[after].isalnum())


#: Verbs of succeeding after 由 + the successor: 由林庆贻接任.
_SUCCEEDED_BY = ("接任", "继任")


#: What may stand between the clause of a post and 由: a date (2005年, 同治九年（1870年）), an adverb of time.
_BEFORE_SUCCESSOR = re.compile(r"(?:(?:[\u4e00-\u9fff]{2})?[\d〇零一二三四五六七八九十元]{1,4}年(?:[（(]\d{2,4}年[）)])?"
                               r"(?:\d{1,2}月)?)?(?:其后|之后|后来|随后|此后|翌年|次年|后)?")


def _past_aside(ctx: RelationContext, end: int, body: bool) -> list[int]:
    """Where a title may start after a holder ending at ``end`` past an aside in brackets, 的 maybe after it, and for
    a body (``body``) a place after 的 that only says where the post is: 無綫電視（TVB）藝員, 英國聖公會差會（CMS）的中國
    傳教士; none when no such aside or 的 follows, a person is named in it or it holds a clause break."""
    simplified = ctx.simplified
    at = end
    if simplified[at : at + 1] in ("(", "（"):
        close = next((i for i in range(at + 1, min(len(simplified), at + _MAX_BODY_ASIDE)) if simplified[i] in ")）"), -1)
        if close < 0 or CLAUSE_BREAK.search(simplified, at + 1, close) \
                or any(at < s < close for s in ctx.person_starts):
            return []
        at = close + 1
    found = [at] if at > end else []
    if simplified[at : at + 1] == "的":
        at += 1
        if found:
            found.append(at)
        place = ctx.place_starting_at.get(at) if body else None
        if place is not None:
            found.append(place.end)
    return found


#: What may close a post's clause after it: 创办人之一, 董事长一职.
_POST_TAILS = ("之一", "一职", "职务", "职位")


#: Words saying a post was taken before the story's time, before a verb of appointment (巴罗此前曾担任…委员会主席,
#: 早年出任…, 此前担任…的X): the post is one held before (not 早前, Hong Kong's "lately": 早前出任… may be held still).
_EARLIER = ("此前", "之前", "先前", "早年")


def _once_before(simplified: str, at: int) -> bool:
    """Whether 曾 or 曾经 (not 未曾), a word of :data:`_EARLIER` or 原 opening its phrase stands right before the verb
    at ``at``: a post held before (曾担任经济部长的X, 此前担任…的X, 原任…的X).

    >>> [_once_before(t, len(t) - 2) for t in ("此前担任", "曾经担任", "未曾担任", "担任")]
    [True, True, False, False]
    >>> [_once_before(t, len(t) - 1) for t in ("原任", "由原任", "中原任")]
    [True, True, False]
    """
    for word in ("曾经", "曾"):
        if simplified.endswith(word, 0, at):
            return not simplified.endswith(("未" + word, "不" + word), 0, at)
    if simplified.endswith("原", 0, at):  # 原任…的X, 由原任…的X (not 中原任职)
        before = simplified[at - 2 : at - 1]
        return not before or not before.isalnum() or before in "的由及和与"
    return simplified.endswith(_EARLIER, 0, at)


#: Written right before a title or its holder, a post won and not taken up yet: 候任总理, 候任行政长官, 候任保安局局长
#: (elect: the role is not held; roles_web's convention, as 将出任 holds nothing).
_ELECT = "候任"


def drop_elect_posts(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """``found`` without the posts whose title its evidence writes after 候任, or after 候任 and the title's holder
    (香港候任行政长官, 候任保安局局长, 候任台北市长 with the letter the two share), or whose holder it opens right after
    提名 (总统提名王明为监察院长: a nomination, not yet held); the others as they were."""
    elect, nominated = _ELECT in ctx.simplified, _NOMINATED in ctx.simplified
    if not (elect or nominated):
        return found
    return [r for r in found if r.kind is not RelationKind.HOLDS_ROLE
            or not ((elect and _elect_post(ctx, r))
                    or (nominated and ctx.simplified.endswith(_NOMINATED, 0, r.evidence.start)))]


#: A verb of nominating right before the one nominated, whose post is not yet held (总统提名王明为监察院长).
_NOMINATED = "提名"


def _elect_post(ctx: RelationContext, r: Relation) -> bool:
    simplified = ctx.simplified
    at = simplified.find(r.role_simplified, r.evidence.start, r.evidence.end) if r.role_simplified else -1
    if at < 0:
        return False
    if simplified.endswith(_ELECT, 0, at):
        return True
    holders = (table.get(end) for table in (ctx.org_ending_at, ctx.place_ending_at) for end in (at, at + 1))
    return any(h is not None and h.start < at and simplified.endswith(_ELECT, 0, h.start) for h in holders)


#: The verbs of leaving a post, after its holder.
_LEAVING = ("辞去", "辞任", "卸任", "卸下", "辞职")
#: Between a holder and the verb of leaving the post it is named with (…董事长张伟明|因个人原因|辞去董事长职务, 李明|已|
#: 辞去总经理一职): a reason and a word of time or manner, nothing else (将于明年辞去: a post still held).
_LEFT_AFTER_HOLDER = re.compile(r"(?:因[^，。！？；,;]{1,10}?)?(?:已经|已|正式|日前|近日|昨日|昨天|今日|今天)?"
                                "(?:" + "|".join(_LEAVING) + ")")
#: Verbs of leaving that need no post after them: 辞任 and 辞职 closing the clause leave the post the holder is named
#: with (总裁刘建国辞任，由副总裁赵立新接任; 董事长张伟明因个人原因辞职); 辞去 and 卸下 always name what is left, and 卸任
#: alone is a term's end, often to come (副总召李小华、干事长张志明卸任: test_roles150).
_LEFT_ALONE = ("辞任", "辞职")
#: 卸任 alone may be a term's end to come; followed by who takes the post (，由副秘书长何文杰接任) it is a post left.
_POST_TAKEN = re.compile(r"[，,]由[^，。！？；,;\n]{1,20}?(?:接任|接替|继任|接掌|出任|担任)")
#: Verbs of asking someone to leave, before the holder's post: a demand, no post left (股东要求董事长张伟明辞职).
_DEMANDS = ("要求", "呼吁", "敦促", "促请", "逼", "迫使", "施压")
#: What the post left runs on to, before the clause ends: 董事长职务, 总经理一职.
_POST_LEFT = re.compile(r"[^，。！？；,;\n]{0,30}")
#: Letters before a title that make it another post (辞去副董事长职务 is not the 董事长's post).
_OTHER_POST_BEFORE = frozenset("副常执")


def mark_left_posts(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """``found`` with each role whose holder, right after its evidence, leaves the post the role names marked
    ``former`` (…董事长张伟明因个人原因辞去董事长职务, 总经理李明已辞去总经理一职; review155); the others as they were.
    Another post left (辞去其在子公司的董事职务) or a leaving to come (将于明年辞去) marks nothing."""
    if not any(verb in ctx.simplified for verb in _LEAVING):
        return found
    return [replace(r, former=True) if r.kind is RelationKind.HOLDS_ROLE and not r.former and _left_after(ctx, r)
            else r for r in found]


def _left_after(ctx: RelationContext, r: Relation) -> bool:
    simplified, role = ctx.simplified, r.role_simplified
    leave = _LEFT_AFTER_HOLDER.match(simplified, r.evidence.end)
    if leave is None or not role or simplified.endswith(_DEMANDS, 0, r.evidence.start):
        return False  # 股东要求董事长张伟明辞职: asked to leave, not gone
    post = _POST_LEFT.match(simplified, leave.end()).group()
    if not post and (leave.group().endswith(_LEFT_ALONE)
                     or leave.group().endswith("卸任") and _POST_TAKEN.match(simplified, leave.end())):
        return True  # 总裁刘建国辞任，由…接任; 秘书长陈建中卸任，由…接任: the post he is named with (review167, review173)
    at = post.find(role)
    while at >= 0 and at > 0 and post[at - 1] in _OTHER_POST_BEFORE:
        at = post.find(role, at + 1)
    return at >= 0
