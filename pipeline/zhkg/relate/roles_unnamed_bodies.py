"""Bodies no extractor named, read from the letters at a title, for the role readers (:mod:`zhkg.relate.roles`): the
body whose name opens the clause before a title, or follows a post and 兼 (宏源证券研究员杨国华: 宏源证券; 香港大学副校长兼
医学院院长: 医学院; :func:`_unnamed_holder`), where such a name ends and which letters name no body (国家主席, 现场主持人:
:func:`_body_name_end`), and the body a unit named with it belongs to when the title after the unit's post is the
body's own (…技改办主任、总工程师: the company's; :func:`_body_of_unit`). Each body is derived as an organisation.

Caveats: every definition was moved word for word out of ``relate/roles_holders.py`` by tidy262 (session 55, no
behaviour change; that module was at 779 of its 800 lines). Its callers (:mod:`zhkg.relate.roles_before_names`,
:mod:`zhkg.relate.roles_next_posts`, :mod:`zhkg.relate.roles_links`) import each name from here; ``roles_holders``
reads none of them. A body read from letters is derived, not found by an extractor, so a clause opening oddly can
give a wrong body: the guards (two to eight letters, nothing named in them, no role, function word, date or time
word, a verb of saying or a time after the person) are what keeps it out.
"""

from __future__ import annotations

import re

from zhkg.extract.glued_bodies import opens_with_clause_word
from zhkg.records import Label, Mention
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_asides import _open_quote, _short_aside_start
from zhkg.relate.roles_departments import _DEPARTMENTS_OF
from zhkg.relate.roles_names import _AFTER_TITLE
from zhkg.relate.roles_school_heads import heads_school
from zhkg.relate.roles_title_body import (
    _DAY_AFTER,
    _FUSED_HEADS,
    _NOT_BODY_TAGS,
    _NOT_IN_BODY,
    _QUALITY_WORDS,
    _ROLE_QUALIFIERS,
    _body_head_end,
)
from zhkg.relate.roles_titles import _roles_from, _roles_to
from zhkg.relate.roles_units import _UNIT_ENDS
from zhkg.relate.roles_words import _HONORIFICS, _MAX_BODY, _dictionary_tag, _word_after, _words

__all__ = [
    "_OPENING_ADVERB_TAGS",
    "_CLAUSE_OPENERS",
    "_unnamed_holder",
    "_POST_JOINERS",
    "_JOINED_BODY_HEADS",
    "_post_joined_at",
    "_CLAUSE_OF_TIME",
    "_TIME_CLAUSE_END",
    "_COMPANY_TITLES",
    "_PROPER_TAGS",
    "_proper_name_in",
    "_person_listed_before",
    "_DEPUTY",
    "_body_name_end",
    "_BODY_TITLES",
    "_body_of_unit",
]


#: jieba's tags of a word opening a clause before a body's name that is no part of it: 后来, 同时, 而.
_OPENING_ADVERB_TAGS = frozenset({"t", "d", "c"})


# what a clause opens after
_CLAUSE_OPENERS = frozenset("，,。；;：:！？!?\n「」“”『』（()） 、-—")


def _unnamed_holder(ctx: RelationContext, p: int, role: str, person: Mention) -> Mention | None:
    """A body no extractor named, whose title starts at ``p``: the letters from the start of the clause, or
    after the role before it in a list of posts (副委员长、民建中央主席: 主席 of 民建中央), to the title, the
    title's first character too when it repeats the body's (经济部长: 部长 of 经济部). Guarded: two to eight
    letters, nothing named in them, no role word, no function word or deixis; at a clause's start the first
    word is no time, adverb, verb… and the person is followed by a verb of saying, a time or the clause's
    end (宏源证券研究员杨国华表示). Derived as an organisation."""
    simplified = ctx.simplified
    if role in ctx.lexicon.place_roles:
        return None
    linked = simplified[p - 1 : p] == "的" and role in _COMPANY_TITLES  # 爱格地板的总经理王明 (session 22)
    top = p - linked
    b = top
    while b > 0 and simplified[b - 1].isalnum() and simplified[b - 1] != "是" and top - b <= _MAX_BODY \
            and not _post_joined_at(ctx, b - 1):
        b -= 1
    joined = b > 1 and _post_joined_at(ctx, b - 1)  # 香港大学副校长兼|医学院院长X (roles226)
    if b > 0 and simplified[b - 1] not in _CLAUSE_OPENERS and simplified[b - 1] != "是" and not joined:
        return None  # a clause's start, or after 是: 中方代表是外交部长陆征祥
    if simplified[b : b + 1] in ("前", "原"):
        b += 1  # 前宏碁董事长: a former role (:func:`_former`)
    q = top - 1 if simplified[top - 1 : top] in ("前", "原") and top - 1 > b else top  # 国美电器前主席
    # a company's region, a place and 区, between the name and the title: 德国威能中国区总经理 (session 22)
    region = ctx.place_ending_at.get(q - 1) if simplified[q - 1 : q] == "区" else None
    region = region if region is not None and region.start - b >= 2 else None
    unit_end, q = q, (region.start if region is not None else q)
    word = opens_with_clause_word(simplified[b:q])  # 但|足总主席, 即|大律师: the clause's word, no body's letter
    b += len(word) if word not in _ROLE_QUALIFIERS else 0  # 时任|暂委特委裁判官, 现任|…总监: no body (below)
    end = _body_name_end(ctx, b, q, role)
    opening = next(iter(_words(simplified[b:q])), "")
    if simplified.startswith(_CLAUSE_OF_TIME, b) and _TIME_CLAUSE_END.match(simplified, person.end):
        return None  # 当新主帅莱昂内尔-霍林斯上任后: the clause is one of time, no body before the title
    if end is None and _dictionary_tag(opening) in _OPENING_ADVERB_TAGS and q - b - len(opening) >= 2:
        b += len(opening)  # 。后来国美电器前主席黄光裕: a time or adverb opens the clause, the body follows
        end = _body_name_end(ctx, b, q, role)
    if end is None:
        place = ctx.place_starting_at.get(b)
        # a body whose name opens with its place, no extractor having named the rest: 香港信诚国际执行董事
        rest = _body_name_end(ctx, place.end, q, role) if place is not None and place.end < q else None
        if rest is None or rest - place.end < 2:
            return None
        end = rest
    end = _body_head_end(ctx, b, end)
    if linked and not _proper_name_in(simplified[b:end]):
        return None  # 上市公司的董事长, 外资企业的总经理: a kind of company, no company's name
    if region is not None:
        if end != q:
            return None
        end = unit_end
    listed = joined or (b > 1 and simplified[b - 1] == "、" and (
        any(simplified.endswith(r, 0, b - 1) for r in _roles_to(ctx, b - 1)) or _person_listed_before(ctx, b - 1)))
    after = person.end
    if not listed and (simplified[b - 1 : b] == "、" or (
            after < len(simplified) and simplified[after].isalnum() and simplified[after] not in _AFTER_TITLE
            and not _DAY_AFTER.match(simplified, after) and not _word_after(simplified, after, person.simplified)
            and _dictionary_tag(next(iter(_words(simplified[after:after + 4])), "")) != "t")):
        return None  # 宏源证券研究员杨国华表示, 台积电总裁魏哲家今天出席
    if simplified[end - 1 : end] == "兼":
        return None  # 美国旅行家兼记者: 兼 joins two trades, no body before the second
    if joined and not simplified.endswith(_JOINED_BODY_HEADS, b, end):
        return None  # 二军总教练兼野手综合教练: a field of the trade, no body
    return ctx.derive_organisation(b, end)


#: What joins two posts of one person, the second with a body of its own no extractor named (香港大学副校长兼医学院
#: 院长X: 院长 of 医学院, round roles226).
_POST_JOINERS = frozenset("兼暨")


#: How a body no extractor named, after a post and 兼, must end: a unit's or a body's head (医学院, 中文系, 财务部).
_JOINED_BODY_HEADS = ("院", "系", "部", "局", "署", "处", "所", "会", "中心", "室", "科", "公司", "集团", "银行", "学校",
                      "大学", "委员会", "队", "厂", "社")


def _post_joined_at(ctx: RelationContext, k: int) -> bool:
    """Whether a joiner of :data:`_POST_JOINERS` stands at ``k`` right after a role word (副校长兼|…), maybe a short
    bracketed aside between (港大副校长（健康）兼|…)."""
    if ctx.simplified[k : k + 1] not in _POST_JOINERS:
        return False
    k = _short_aside_start(ctx, k)
    return any(ctx.simplified.endswith(r, 0, k) for r in _roles_to(ctx, k))


#: Words that open a clause of time (当…后, 每当…时), whose letters before a title name no body: 当新主帅…上任后
_CLAUSE_OF_TIME = ("每当", "当")


#: The end of such a clause after the person: 时, 后 or 之际 before its break (当当网CEO… has none)
_TIME_CLAUSE_END = re.compile(r"[^，,。；;！？!?]{0,12}?(?:时|后|之际)[，,]")


#: A company's titles, which a body no extractor named may hold with 的 between them (爱格地板的总经理王明表示): the
#: frame is evidence enough for a company only with these, and only when the letters hold a word jieba's dictionary
#: does not know or knows as a proper name (:func:`_proper_name_in`).
_COMPANY_TITLES = frozenset({"总经理", "副总经理", "常务副总经理", "执行总经理", "董事长", "副董事长", "总裁", "副总裁",
                             "执行总裁", "首席执行官", "CEO", "执行长", "创始人", "联合创始人", "创办人", "董事",
                             "执行董事", "董事总经理"})


#: jieba's tags of a word that is a proper name or no word of its dictionary: 爱格 (x), 威能 (x).
_PROPER_TAGS = frozenset({"x", "nz", "nrt", "eng"})  # not nt, j: 上市公司 (nt), 房地产 (j)


def _proper_name_in(span: str) -> bool:
    """Whether ``span`` holds a word that names something rather than a kind: one jieba's dictionary does not know
    or tags a proper name (爱格|地板: 爱格), not a common noun only (上市公司, 民营企业)."""
    return any(_dictionary_tag(w) in _PROPER_TAGS for w in _words(span))


def _person_listed_before(ctx: RelationContext, at: int) -> bool:
    """Whether a person (an honorific maybe after the name) ends at ``at``, a list's 、: the item after it is another
    person's post, its body opening the item (吴边先生、久盛地板董事长张恩玖先生: 董事长 of 久盛地板; session 22)."""
    at -= len(next((h for h in _HONORIFICS if ctx.simplified.endswith(h, 0, at)), ""))
    return any(m.end == at and m.label is Label.PERSON for m in ctx.of(Label.PERSON))


#: The deputy's mark is the title's, never the end of a body's name (集团|副董事总经理: no body 集团副; review167).
_DEPUTY = "副"


def _body_name_end(ctx: RelationContext, b: int, p: int, role: str) -> int | None:
    """Where the name of a body no extractor named, ``[b, p)`` before its title ``role``, ends (one past
    ``p`` when the title shares its first character: 经济部长), or ``None`` when the letters name no body:
    two to eight of them, nothing named in them, no role word, no function word or deixis, a first word
    that is no time, adverb, verb… and no common word alone (国家主席, 现场主持人)."""
    simplified = ctx.simplified
    end = p + 1 if len(role) == 2 and role[1] == "长" and role[0] in _FUSED_HEADS and simplified[p - 1] != role[0] \
        and simplified[p : p + 1] == role[0] else p
    span = simplified[b:end]
    if not 2 <= end - b <= _MAX_BODY or any(ch in _NOT_IN_BODY for ch in simplified[b:p]) \
            or span.startswith(_ROLE_QUALIFIERS) or span in ctx.lexicon.org_suffixes or span.endswith(_DEPUTY) \
            or (ctx.any_between(b, p)
                and any(m.start < p and b < m.end and not _open_quote(m.simplified) for m in ctx.mentions)) \
            or any(len(r) > 1 and simplified.endswith(r, b, p) for r in _roles_to(ctx, p)) \
            or any(q in span for q in _ROLE_QUALIFIERS) \
            or any(simplified.startswith(r, at) for at in range(b, p) for r in _roles_from(ctx, at) if at + len(r) > p):
        return None  # 公司总经理 is no 经理 of 公司总; 富国基金首席策略分析师
    words = _words(simplified[b:p])
    if _DAY_AFTER.search(span):
        return None  # 24日就前|科管局长: a date is no part of a body's name
    if any(_dictionary_tag(w) == "t" for w in words):
        return None  # 检察官上午会同|法医: a clause, no body (总裁办|主任 is one)
    if _dictionary_tag(words[-1]) == "z" or words[-1] in _QUALITY_WORDS or span.endswith("型"):
        # 戛纳电影节最佳|导演: a quality of the title (an award), no body's name (合富辉煌 is one); 防守型|教练, 技术型|官员:
        # a word of the title's kind (roles279)
        return None
    # a verbal noun opens a unit's name its head's title shares a letter with (建设|处长: 处长 of 建设处, 规划局长)
    opener_tags = _NOT_BODY_TAGS - {"vn"} if end == p + 1 else _NOT_BODY_TAGS
    if _dictionary_tag(words[0]) in opener_tags or end - b < 2 + (end == p + 1) \
            or (len(words) == 1 and len(span) <= 2 and _dictionary_tag(span) != "x"):
        return None  # 现场主持人, 国家主席, 国家级教练: a common word, no body's name
    return end


#: Titles of a company's own, never of one of its units: a board's, a chief's (总工程师, 总会计师).
_BODY_TITLES = _COMPANY_TITLES | {"总工程师", "副总工程师", "总会计师", "总经济师", "监事", "监事会主席", "董事会秘书",
                                  "财务总监", "总裁助理", "总经理助理"}


def _body_of_unit(ctx: RelationContext, holder: Mention, title: str) -> Mention | None:
    """The body a unit named with it belongs to (重庆万里蓄电池股份有限公司|技改办, 兴平化肥厂|合成车间党支部), derived, when
    ``title`` after the unit's post in a list is the body's own (技改办主任、研究所所长、总工程师: the company's chief
    engineer; 合成车间党支部书记兼副主任、厂长助理: the works' 厂长助理): a company's title or the head of the body's kind
    (厂长 of a 厂, 院长 of a 院); ``None`` otherwise."""
    name = ctx.simplified[holder.start : holder.end]
    if holder.label is not Label.ORGANIZATION or not name.endswith(_UNIT_ENDS):
        return None
    cut = next((k for k in range(len(name) - 1, 1, -1) if name.endswith(_DEPARTMENTS_OF, 0, k)), 0)
    if not cut:
        return None
    kind = next(d for d in _DEPARTMENTS_OF if name.endswith(d, 0, cut))
    if title not in _BODY_TITLES and not (len(kind) == 1 and kind + "长" in title) \
            and not heads_school(kind, title):  # 石油大学|重质油国家重点实验室主任、副校长 (joins318)
        return None
    return ctx.derive_organisation(holder.start, holder.start + cut)
