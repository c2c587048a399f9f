"""Asides and quotations between a holder and its title, for the holder readers of
:mod:`zhkg.relate.roles_holders` and after: the body right before a bracketed aside (a web page's note: 清华大学(微博)原校长,
:func:`_holder_before_aside`), a title's English form or a short note in brackets before a name
(:func:`_latin_aside_start`, :func:`_short_aside_start`), an age between a title and the name (:func:`_age_aside_start`), a
relative clause opening a post set off by dashes after a name (:func:`_dashed_relative_clause`), a name, a title or a body the press set in quotation marks
(:func:`_quoted_name_start`, :func:`_quoted_title_end`, :func:`_quoted_holder`), a quotation a name opens and does not
close (:func:`_open_quote`, :func:`_cut_across_quote`, :func:`_opening_quote_before`) and a past post listed after
another (:func:`_past_bare_post_listed`).

Caveats: an aside is read from its brackets and a short length only (a longer aside ends the holder), and quotation
marks are paired by the nearest opening and closing mark, not by nesting. Moved verbatim from
``relate/roles_holders.py`` (tidy73), which itself came from ``relate/roles.py`` (tidy65): no definition's text
changed. This part imports only the parts before ``roles_holders``, never ``relate/roles.py``.
"""

from __future__ import annotations

import re
from bisect import (
    bisect_right,
)

from zhkg.records import (
    Label,
    Mention,
)
from zhkg.relate.base import (
    RelationContext,
)
from zhkg.relate.roles_former import (
    _FORMER_BETWEEN,
    _MAX_BODY_ASIDE,
)
from zhkg.relate.roles_names import (
    _CLOSING_QUOTES,
)
from zhkg.relate.roles_title_body import (
    _role_candidates,
)
from zhkg.relate.roles_titles import (
    _FORMER_MARKS,
    _OPENING_QUOTES,
)
from zhkg.relate.roles_words import _word_tag_at

__all__ = [
    "_ASIDE_BREAK",
    "_LATIN_NAME_ASIDE",
    "_MAX_LATIN_ASIDE",
    "_person_starts_between",
    "_holder_before_aside",
    "_open_quote",
    "_cut_across_quote",
    "_LATIN_ASIDE",
    "_latin_aside_start",
    "_SHORT_ASIDE",
    "_short_aside_start",
    "_age_aside_start",
    "_MAX_QUOTED",
    "_quoted_name_start",
    "_quoted_title_end",
    "_quoted_holder",
    "_past_bare_post_listed",
    "_opening_quote_before",
    "_AGE_ASIDE",
    "_MAX_DASHED_CLAUSE",
    "_dashed_relative_clause", "_ACTING",
]


#: What ends a clause inside such an aside: a comma may list its items (亿城集团(企业专区,旗下楼盘)董事长, the links a
#: portal sets after a company's name).
_ASIDE_BREAK = re.compile("[；;。！？!?：:\n]")


#: A body's name in Latin letters in brackets after its Chinese name, as encyclopaedias write it, a language's label
#: maybe first: （Uhler-Phillips_Company）, （英语：Huaqiang Group）.
_LATIN_NAME_ASIDE = re.compile(r"[（(](?:(?:英语|英文|德语|法语|日语)[：:])?[A-Za-z][A-Za-z0-9 _.,'’&\-]{1,60}[）)]$")


_MAX_LATIN_ASIDE = 72


def _person_starts_between(ctx: RelationContext, lo: int, hi: int) -> bool:
    """Whether a person of the context's mentions starts after ``lo`` and before ``hi``."""
    starts = ctx.starts(Label.PERSON)
    i = bisect_right(starts, lo)
    return i < len(starts) and starts[i] < hi


#: Words of an acting post between a body's aside and its title: 库斯克州（Kursk）代理州长.
_ACTING = ("代理", "署理")


def _holder_before_aside(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """The body right before an aside in brackets, 的 or 前/原 maybe after it, that ends where ``role`` begins at
    ``p`` (五合國際(五合國際博客)的總經理鄒毅, 清华大学(微博)原校长, 亿城集团(企业专区,旗下楼盘)董事长: a web page's links the press
    adds after a name); none when a person is named in the aside or the aside holds a clause break other than a comma."""
    simplified = ctx.simplified
    former = next((w for w in (*_FORMER_BETWEEN, *_ACTING) if simplified.endswith(w, 0, p)), "")
    close = p - 1 if simplified[p - 1 : p] == "的" else p - len(former)  # 北京外国语大学(微博)原校长: a past post
    # (or an acting one: 库斯克州（Kursk）代理州长X, round roles232)
    if simplified[close - 1 : close] not in (")", "）"):
        return None
    latin = _LATIN_NAME_ASIDE.search(simplified, max(close - _MAX_LATIN_ASIDE, 0), close)
    if latin is not None:  # 尤勒-菲利普斯公司（Uhler-Phillips Company）所有者: the body's own name in English
        opening = latin.start()
    else:
        opening = max(simplified.rfind("(", max(close - 1 - _MAX_BODY_ASIDE, 0), close - 1),
                      simplified.rfind("（", max(close - 1 - _MAX_BODY_ASIDE, 0), close - 1))
    if opening <= 0 or (latin is None and _ASIDE_BREAK.search(simplified, opening + 1, close - 1)) \
            or _person_starts_between(ctx, opening, close):
        return None
    holder = ctx.org_ending_at.get(opening)
    if holder is None and role in ctx.lexicon.place_roles:
        holder = ctx.place_ending_at.get(opening)
    return holder


def _open_quote(name: str) -> bool:
    """Whether a name opens a quotation it does not close (台湾“卫生署 of 台湾“卫生署长”): a name cut across a
    title the press set in quotation marks, no body's name."""
    return sum(name.count(q) for q in _OPENING_QUOTES) != sum(name.count(q) for q in _CLOSING_QUOTES)


def _cut_across_quote(ctx: RelationContext, holder: Mention, end: int) -> bool:
    """Whether ``holder`` opens a quotation that closes right after the title ending at ``end``: the
    extractors cut a quoted title (台湾“卫生署|长”), no body's name (瑞典“Kaupthing中国基金经理, never closed, is one)."""
    return _open_quote(holder.simplified) and ctx.simplified[end : end + 1] in tuple(_CLOSING_QUOTES)


#: A title's English form in brackets between the title and the name (外交部长(Foreign Minister)X).
_LATIN_ASIDE = re.compile(r"[（(][A-Za-z][A-Za-z .,'’&\-，、]{1,80}[）)]$")


def _latin_aside_start(ctx: RelationContext, end: int) -> int:
    """Where a title ends before its English form in brackets that ends at ``end`` (多元文化部长(Citizenship，
    Immigration and Multiculturalism Minister)|康尼), when a title ends there; else ``end`` itself."""
    aside = _LATIN_ASIDE.search(ctx.simplified, max(end - 84, 0), end)
    return aside.start() if aside is not None and _role_candidates(ctx, aside.start()) else end


#: A short bracketed aside between a title and the name, no clause inside: a legislator's constituency (立法会议员
#: （选委会界别）陈丽珊, 立法会议员（工程界）X), a photo's position (总经理（左）王明).
_SHORT_ASIDE = re.compile(r"[（(][^（）()，,。；;：:！？!?\n]{1,12}[）)]$")


def _short_aside_start(ctx: RelationContext, end: int) -> int:
    """Where a title ends before a short bracketed aside that ends at ``end`` (立法会议员|（选委会界别）陈丽珊), when a
    title ends there and no one is named inside the aside; else ``end`` itself."""
    aside = _SHORT_ASIDE.search(ctx.simplified, max(end - 14, 0), end)
    if aside is None or not _role_candidates(ctx, aside.start()) \
            or any(aside.start() < m.end and m.start < end for m in ctx.mentions if m.label is Label.PERSON):
        return end
    return aside.start()


#: A person's age set between a title and the name (俄罗斯前交通部长、53岁的斯塔罗沃伊特; 董事长，现年52岁的王明).
_AGE_ASIDE = re.compile(r"[、，,][ \u3000]*(?:现年|年仅|今年)?[0-9０-９一二三四五六七八九十]{1,3}岁的$")


def _age_aside_start(ctx: RelationContext, end: int) -> int:
    """Where a title ends before an age aside that ends at ``end`` (交通部长|、53岁的|斯塔罗沃伊特), when a title ends
    there; else ``end`` itself."""
    aside = _AGE_ASIDE.search(ctx.simplified, max(end - 10, 0), end)
    return aside.start() if aside is not None and _role_candidates(ctx, aside.start()) else end


_MAX_QUOTED = 12


def _quoted_name_start(ctx: RelationContext, person: Mention) -> int:
    """Where ``person`` starts with the quotation mark the press sets around a name (行政院发言人「李孟谚」说明:
    the title is the name's), else where the name does: the marks pair right around it."""
    opening = _OPENING_QUOTES.find(ctx.simplified[person.start - 1 : person.start]) if person.start else -1
    if opening >= 0 and ctx.simplified[person.end : person.end + 1] == _CLOSING_QUOTES[opening]:
        return person.start - 1
    return person.start


def _quoted_title_end(ctx: RelationContext, start: int) -> int:
    """Where a title in quotation marks before a name starting at ``start`` ends: before the closing mark
    (台当局“新闻局长”苏俊宾, 台当局“疾病管制局副局长”林顶), else ``start``. The quotation opens within a few
    letters and holds a role word at its end."""
    simplified = ctx.simplified
    if simplified[start - 1 : start] not in tuple(_CLOSING_QUOTES) or start < 2:
        return start
    opening = max(simplified.rfind(q, max(start - 1 - _MAX_QUOTED, 0), start - 1) for q in _OPENING_QUOTES)
    quoted = simplified[opening + 1 : start - 1] if opening >= 0 else ""
    if not quoted or not all(ch.isalnum() for ch in quoted) \
            or not quoted.endswith(ctx.lexicon.role_words):
        return start
    return start - 1


def _quoted_holder(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """A body in quotation marks right before its title (台“教育部”部长, 民进党“立法院”党团干事长)."""
    if ctx.simplified[p - 1 : p] not in tuple(_CLOSING_QUOTES):
        return None
    holder = ctx.org_ending_at.get(p - 1)
    if holder is None and role in ctx.lexicon.place_roles:
        holder = ctx.place_ending_at.get(p - 1)
    return holder


def _past_bare_post_listed(ctx: RelationContext, end: int) -> int | None:
    """Where the list of posts before a bare past post ending at ``end`` ends (民进党秘书长、前“立委”王拓: 秘书长's end),
    when the post, no holder of its own written, follows 、 and 前 or 原 (a quotation mark maybe around it); else
    ``None``. The past post is left to the bare titles' reader (:mod:`zhkg.relate.roles_implied`)."""
    simplified = ctx.simplified
    for role in _role_candidates(ctx, end):
        s = end - len(role)
        s -= _opening_quote_before(ctx, s)
        if s > 1 and simplified[s - 1] in _FORMER_MARKS and simplified[s - 2] == "、" and _role_candidates(ctx, s - 2):
            return s - 2
    return None


def _opening_quote_before(ctx: RelationContext, pos: int) -> int:
    """1 when an opening quotation mark stands right before ``pos`` (a holder's start: 前“|卫生署长”), else 0."""
    return int(pos > 0 and ctx.simplified[pos - 1] in _OPENING_QUOTES)


#: The most letters of a relative clause ending in 的 that opens a dashed apposition (刚上任一周的).
_MAX_DASHED_CLAUSE = 10


def _dashed_relative_clause(ctx: RelationContext, at: int, dash: str) -> int:
    """Where the post starts after a short relative clause ending in 的 that opens the apposition at ``at``, closed
    by ``dash`` (梅尔茨——刚上任一周的联邦德国第十任总理——: after 的), else ``at``. The clause says what the person did
    (a verb among its words, as jieba tags them) and names nothing (王明——北京大学的校长——: the body is the post's)."""
    simplified = ctx.simplified
    close = simplified.find(dash, at)
    de = simplified.rfind("的", at, close)
    if de <= at or de - at > _MAX_DASHED_CLAUSE or de + 1 >= close or ctx.any_between(at, de):
        return at
    return de + 1 if any(_word_tag_at(simplified[at:de], i).startswith("v") for i in range(de - at)) else at
