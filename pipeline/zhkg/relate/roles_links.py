"""Posts after a link and bare posts, for :func:`zhkg.relate.roles.read_roles` and
:func:`zhkg.relate.roles.read_roles_after`: the post after a link (是/任/担任…: :func:`_post_after_link`), a holder
and its role at a spot (:func:`_holder_and_role`), bare posts in lists and after a sentence (:func:`_bare_posts_of`,
:func:`_bare_post_after_sentence`), posts after a joiner, a semicolon or a first item (:func:`_post_after_joiner`,
:func:`_post_after_semicolon`, :func:`_post_after_first_item`) and where a post closes (:func:`_post_closes`). Titles
and their holder written before a name (:func:`_holder`, :func:`_roles_before`, :func:`_headline_roles`) are in
:mod:`zhkg.relate.roles_before_names` and a title whose holder the text names elsewhere (:func:`_roles_in_context`) in
:mod:`zhkg.relate.roles_context` (tidy73). The readers of one sentence form each (``_read_*``) are in
:mod:`zhkg.relate.roles_forms`, which builds on this part.

Caveats: the readers are called by the two entry points in a fixed order; a reader's result can depend on what an
earlier one read. Moved verbatim from ``relate/roles.py`` (tidy65): no definition's text changed.
"""

from __future__ import annotations

import re

from zhkg.extract.stock_names import STOCK_CODE
from zhkg.records import Label, Mention
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_departments import _CONCURRENTLY_HELD, _DEPARTMENT_JOINERS, _department_post, _department_title
from zhkg.relate.roles_former import (
    _POST_TAILS,
    _former_after,
    _past_aside,
)
from zhkg.relate.roles_holders import (
    _ERA,
    _FUND_MANAGER,
    _HISTORY,
    _IN_HISTORY_AT,
    _MAX_LOCATOR,
    _MAX_POST,
    _ORDINAL_BETWEEN,
    _PLACE_ROLE_RUN_OPENERS,
)
from zhkg.relate.roles_names import (
    _owner_of,
)
from zhkg.relate.roles_places import (
    _PLACE_COMMITTEES,
    _government,
    _historic_region,
    _party_of_member,
    _place_government,
)
from zhkg.relate.roles_title_body import (
    _COMMITTEE_MEMBERS,
    _SHORT_FORM_HEADS,
    _TITLE_HEADS,
    _WORK_ROLES,
    _holder_in_title,
    _titled_at,
)
from zhkg.relate.roles_titles import (
    _ACTING_HEAD,
    _ASSISTANT,
    _DATE,
    _DIVISION_HEADS,
    _MAX_QUALIFIER,
    _OFFICE_HEADS,
    _ORDINAL,
    _POST_QUALIFIERS,
    _RANKS,
    _qualifier,
    _role_at,
    _with_assistant,
)
from zhkg.relate.roles_unit_titles import _unit_title_at
from zhkg.relate.roles_units import _unit_letter_repeated
from zhkg.relate.roles_unnamed_bodies import _body_of_unit
from zhkg.text import first_at, first_ending

__all__ = [
    "_NEXT_MOVES",
    "_next_person_moves",
    "_CLOSING_TAILS",
    "_bare_post_after_sentence",
    "_SLASHED_DATE",
    "_dated_line",
    "_RESUME_LINE_OPENERS",
    "_opens_resume_line",
    "_bare_posts_of",
    "_BARE_JOINERS",
    "_bare_post",
    "_apposed_posts",
    "_LIST_JOINERS",
    "_holder_and_role",
    "_AFTER_POST",
    "_ITEM_MARKS",
    "_MAX_SKIPPED",
    "_post_after_skipping",
    "_LAST_ITEM_JOINERS",
    "_MAX_BEFORE_JOINER",
    "_post_after_joiner",
    "_OWN_COMPANY",
    "_MAX_FIRST_ITEM",
    "_post_after_first_item",
    "_SEMICOLONS",
    "_post_after_semicolon",
    "_post_closes",
    "_BARE_POST_TAILS",
    "_bare_posts",
    "_post_after_link",
    "_apposed_post_of",
    "_POSTS_JOINED",
    "_first_of_posts",
    "_title_body",
]


def _bare_post_after_sentence(ctx: RelationContext, stand_in: Mention, start: int,
                              clause_posts: dict[int, tuple[str, Mention, str]]) -> tuple[Mention | None, str, int]:
    """A bare title after the verb of a résumé's line (``stand_in``, the head's stand-in at the sentence's start) whose
    sentence before ended with a post of the head's: that post's body (张伟2008年起担任华强集团副总经理。2012年升任总经理。:
    总经理 of 华强集团), the first title of :func:`_bare_posts_of`; or ``(None, "", start)``."""
    post = clause_posts.get(stand_in.start - 1)
    if post is None or post[0] != _owner_of(ctx, stand_in) or ctx.simplified[stand_in.start - 1] not in "。；;":
        return None, "", start
    posts = _bare_posts_of(ctx, post[1], start, post[2])
    return posts[0] if len(posts) == 1 else (None, "", start)


#: A date in a résumé's own form, year and month joined by a slash or a dot, a comma maybe after it: 2006/02，…
_SLASHED_DATE = re.compile(r"\d{4}[/.]\d{1,2}(?:[-－至到—~]+\d{4}[/.]\d{1,2}|至今)?")


def _dated_line(ctx: RelationContext, at: int) -> int | None:
    """Where the body opening a résumé's line of posts starts after the line's date at ``at`` (2003年7月至2011年12月东风
    汽车股份有限公司商品研发院院长; 2006/02，中航工业一飞院党委书记、副院长), a comma maybe between; ``None`` when no
    date opens the line or no named body follows it."""
    simplified = ctx.simplified
    date = _DATE.match(simplified, at) or _SLASHED_DATE.match(simplified, at)
    if date is None or date.end() == at or simplified.startswith(("于", "在"), at):
        return None
    after = date.end() + (simplified[date.end() : date.end() + 1] in ("，", ","))
    return after if after in ctx.org_starting_at else None


#: What opens a line of a résumé after its date, if any: a verb of a career (任, 历任, 加入, 毕业于…) or an adverb before one.
_RESUME_LINE_OPENERS = ("曾", "现", "原任", "历任", "任", "先后", "兼", "担任", "出任", "升任", "调任", "转任", "获", "加入", "进入",
                        "毕业", "于", "自", "从", "在", "至今", "期间", "起", "同时", "此前", "目前", "并", "后", "参加工作",
                        "为", "是", "系", "还", "亦", "也", "长期", "最近", "近", "经")


def _opens_resume_line(ctx: RelationContext, s: int) -> bool:
    """Whether the sentence at ``s`` opens as a résumé's line whose subject is left out: a date (1975年12月参加工作，…;
    2007年10月至今任…), a verb of a career or an adverb before one (曾任…, 现任…, 历任…, 毕业于…, 为…) or a named body (a
    line of posts only); not a clause with a subject of its own (我们有一位分析师，担任过…)."""
    simplified = ctx.simplified
    if simplified[s : s + 1].isdigit() or s in ctx.org_starting_at:
        return True  # 2009.8至今，历任…; 上海立信会计学院教授、博士生导师 (a line of posts only)
    date = _DATE.match(simplified, s)
    if date is not None and date.end() > s:
        return True
    return simplified.startswith(_RESUME_LINE_OPENERS, s)


def _bare_posts_of(ctx: RelationContext, body: Mention, start: int, before: str = "") -> list[tuple[Mention, str, int]]:
    """The bare titles from ``start`` (:func:`_bare_posts`, an ordinal maybe before them: 首任院长) as posts of
    ``body``, a body named in the clause before (``before``: the title it held there, if any): (body, title, end). A
    title a place's government holds (``roles.tsv``'s place titles: 市长, 总理, 议员) goes to a place or a body only as
    a step up from the title held before, its last two letters the same (副市长，后任市长; 副总理，后任总理): 北京市市长，
    后任总理 and 华强集团董事长，后任市长 give nothing."""
    ordinal = _ORDINAL.match(ctx.simplified, start)
    start = ordinal.end() if ordinal else start
    posts = _bare_posts(ctx, start)
    if not posts and _unit_letter_repeated(ctx, body, start):
        posts = _bare_posts(ctx, start + 1)  # 北京大学历史系教授，兼任系主任: 主任 of the 系
    if any((role in ctx.lexicon.place_roles or body.label is not Label.ORGANIZATION)
           and not (before and role[-2:] == before[-2:]) for role, _ in posts):
        return []
    return [(body, role, end) for role, end in posts]


#: What joins a bare title to the post before it in a list, the same body's: 历任北京大学教授、副校长及校长.
_BARE_JOINERS = _DEPARTMENT_JOINERS  # 、及和与兼: one copy (tidy65)


def _bare_post(ctx: RelationContext, holder: Mention, end: int) -> tuple[Mention, str, int] | None:
    """A bare title after a joiner at ``end`` in a list of posts whose last holder was ``holder``: (its holder,
    the title, where it ends), or ``None``. The title closes the post (its clause's end, 等职) or another bare title
    follows it (教授、副校长及校长); a place's title after a body named with its place is the place's
    (上海市财政局局长、副市长: 副市长 of 上海市), and no body's when no place is written; a title no party holds
    after a party committee's is the body's the committee leads (…公司党委书记、副总经理: :func:`_government`)."""
    simplified = ctx.simplified
    joiner = len(_CONCURRENTLY_HELD) if simplified.startswith(_CONCURRENTLY_HELD, end) else 1
    if simplified[end : end + 1] not in _BARE_JOINERS or (bare := _role_at(ctx, end + joiner)) is None:
        return None
    bare, after = _with_assistant(ctx, bare, end + joiner + len(bare))  # 所长助理、副所长
    if not (_post_closes(ctx, after) or simplified.startswith(("等职", "职务", "一职"), after)  # 委员职务 (careers307)
            or (simplified[after : after + 1] in _BARE_JOINERS and _role_at(ctx, after + 1) is not None)):
        return None
    if bare.removesuffix(_ASSISTANT) in ctx.lexicon.place_roles and holder.label is Label.ORGANIZATION \
            and not holder.name.endswith(_PLACE_COMMITTEES):
        place = ctx.place_starting_at.get(holder.start)
        if place is None or place.end >= holder.end:
            return None
        return place, bare, after
    holder = _government(ctx, holder, bare, end + joiner, False)  # …公司党委书记、副总经理: the company's, no committee's
    holder = _body_of_unit(ctx, holder, bare) or holder if holder is not None else None
    return (holder, bare, after) if holder is not None else None


def _apposed_posts(ctx: RelationContext, holder: Mention, end: int, clause_end: int) -> list[tuple[Mention, str, int]]:
    """The posts joined by 、 after a post of ``holder`` ending at ``end`` in an apposition, each a body and its title
    or a bare title (:func:`_bare_post`), the list closing the clause at ``clause_end`` (王石，万科集团董事长、北京大学
    教授。; 王石，万科集团董事长、总裁、北京大学教授。): (holder, title, where it ends); ``[]`` when the list stops short of
    the clause's end."""
    simplified = ctx.simplified
    out: list[tuple[Mention, str, int]] = []
    while end < clause_end and simplified[end] == "、":
        org, role, next_end = _holder_and_role(ctx, end + 1)
        post = (org, role, next_end) if org is not None else _bare_post(ctx, out[-1][0] if out else holder, end)
        if post is None or post[0] is None or post[2] > clause_end:
            return []
        out.append(post)
        end = post[2]
    return out if end == clause_end else []


_LIST_JOINERS = frozenset("、，,和与及兼")


def _holder_and_role(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """The organisation (or place, for a government role) starting at ``start``, the role word after it
    (right after, sharing a character, or after a short qualifier: 第二副书记) and where the role ends."""
    simplified = ctx.simplified
    era = _ERA.match(simplified, start) or _ORDINAL.match(simplified, start)
    if era is not None and start not in ctx.org_starting_at and start not in ctx.place_starting_at:
        found = _holder_and_role(ctx, era.end())  # 为嘉庆朝刑部员外郎, 官至明朝河南省布政使: the reign only dates it
        if found[0] is not None:
            return found  # 为第一任香港特别行政区行政长官: nor does an ordinal name the body
    for table, allowed in ((ctx.org_starting_at, None), (ctx.place_starting_at, ctx.lexicon.place_roles)):
        holder = table.get(start)
        if holder is None:
            continue
        if allowed is None and simplified.startswith("籍", holder.end):
            found = _holder_and_role(ctx, holder.end + 1)
            if found[0] is not None:
                return found  # 为民进党籍台北市议员: a party's member holds a place's seat (市议员 of 台北市)
        # 万科集团董事长; 台北市长 (the place's 市 is the role's); 中共福建省委第二副书记
        if allowed is None and (department := _department_title(ctx, holder.end)) is not None:
            return holder, department[0], department[1]  # 利德科技发展有限公司综合管理部经理: the company's
        if allowed is None and (member := next((w for w in _COMMITTEE_MEMBERS if simplified.startswith(w, holder.end)), None)):
            return holder, member, holder.end + len(member)  # 曾任A总局党组成员、副局长: a post, the list reads on (roles279)
        if allowed is None and holder.end - holder.start > 4 and simplified.startswith(_FUND_MANAGER, holder.end - 2):
            # 光大保德信红利基金经理助理: the fund's name holds the 基金 of its manager's title
            return holder, *_with_assistant(ctx, _FUND_MANAGER, holder.end + len(_FUND_MANAGER) - 2)
        starts = [holder.end, holder.end - 1] + [holder.end + gap for gap in range(1, _MAX_QUALIFIER + 1)]
        aside = _past_aside(ctx, holder.end, allowed is None)
        # 哈佛大学历史上的第一位女校长, 美国历史上第一位黑人总统: the rank of a first qualifies the post
        first = _IN_HISTORY_AT.match(simplified, holder.end) if simplified.startswith(_HISTORY, holder.end) else None
        aside += [first.end()] if first is not None else []
        for at in starts + aside:
            if at > holder.end and at not in aside and not (allowed is None and _qualifier(ctx, holder.end, at)) \
                    and not (simplified.startswith("驻", holder.end) and at - holder.end <= 3
                             and simplified[holder.end:at].isalnum()) \
                    and not _former_after(ctx, holder.end, at) \
                    and not _ORDINAL_BETWEEN.fullmatch(simplified, holder.end, at) \
                    and not (allowed is not None and simplified.startswith(_PLACE_ROLE_RUN_OPENERS, holder.end)
                             and _qualifier(ctx, holder.end, at)) \
                    and not (allowed is not None and at == holder.end + 1 and simplified.startswith("的", holder.end)) \
                    and not (allowed is not None and at == holder.end + 1 and simplified.startswith(_ACTING_HEAD, holder.end)
                             and simplified.startswith(tuple(_DIVISION_HEADS), at)):
                continue  # a place's envoy may name where: 日本驻华大使; 美国前总统, 美国第44任总统, 英国的首相;
                # 中华民国首任正式大总统: a word of time opens a short run qualifying the post
            role = next((r for r in ctx.lexicon.role_words if simplified.startswith(r, at)
                         and (allowed is None or r in allowed)), None) \
                if simplified.startswith(ctx.lexicon.role_words, at) else None  # one test in C first
            if role is not None and simplified.startswith(_OFFICE_HEADS, at + len(role)):
                role = None  # 中华民国总统府资政: 总统府 is a body, no 总统 is named
            if role in _RANKS and (post := _role_at(ctx, at + len(role))) is not None and allowed is None:
                return holder, post, at + len(role) + len(post)  # 陆军总司令部中将副总司令: the rank qualifies the post
            if role is not None:
                role_end = at + len(role)
                if at > holder.end and simplified[at - 1] == "副" and not role.startswith("副"):
                    role = "副" + role  # 上海电器股份有限公司副总工程师: a deputy's post, no 总工程师's
                elif at > holder.end + 1 and simplified.endswith(_ASSISTANT, holder.end, at):
                    role = _ASSISTANT + role  # 中银基金管理公司助理执行总裁: an assistant's post
                return _party_of_member(ctx, _historic_region(ctx, holder)), role, role_end
        if allowed is None and holder.end in ctx.org_starting_at:
            found = _holder_and_role(ctx, holder.end)  # 国民政府|财政部|长: the ministry of the government holds it
            if found[0] is not None:
                return found
    title = _title_body(ctx, start)
    if title is not None:
        return title
    governed = _place_government(ctx, start)
    if governed is not None:
        return governed
    # a place and a few letters before the organisation only locate it: 中国常驻|联合国代表团参赞
    place = ctx.place_starting_at.get(start)
    if place is not None:
        for at in range(place.end, place.end + _MAX_LOCATOR):
            if at == place.end and (title := _title_body(ctx, at)) is not None:
                return title  # 苏州《大华报》总经理
            if at in ctx.org_starting_at and (at == place.end or _qualifier(ctx, place.end, at)):
                org, role, end = _holder_and_role(ctx, at)
                if org is not None and org.start == at:
                    return org, role, end
                break
    return _titled_at(ctx, start)


#: What may follow a post after a verb of appointment: the clause's end, another post (、, 兼), 的 + its holder, 等职.
_AFTER_POST = frozenset("、兼暨的等")


#: What separates the items of a list of posts, over which :func:`_post_after_skipping` reads on.
_ITEM_MARKS = re.compile("[、，,；;。！？!?\n]")


#: The most items of a list of posts skipped in a row (a résumé lists staff words and unnamed units among posts).
_MAX_SKIPPED = 6


def _post_after_skipping(ctx: RelationContext, end: int, holder: Mention | None = None) -> tuple[Mention | None, str, int]:
    """The next post of a list whose item after ``end`` (a 、 or a comma) no reader understood (曾任加拿大北方电信公司
    高级软件工程师、华晨集团技术总监; 历任某部司令部参谋、…): the first item after it, at most :data:`_MAX_SKIPPED` on,
    that opens with a named body and its title and closes its item; no one named in what is skipped, and never past the
    sentence's end. While only 、 joins the items skipped, a bare title or a department's title is still the post of
    ``holder``, the body of the list's last post (历任中国银行黄冈市城区支行会计员、综合员、会计科副科长、支行副行长: 会计员
    and 综合员 are staff words, the posts after them the bank's). ``(None, "", end)`` when there is none."""
    simplified = ctx.simplified
    at = end
    for _ in range(_MAX_SKIPPED):
        if simplified[at : at + 1] not in ("、", "，", ",") and not (at == end and simplified[at : at + 1] == "兼"):
            break  # (a second post after 兼 no reader understood is skipped as an item: 副总经理兼党支书记，…)
        mark = _ITEM_MARKS.search(simplified, at + 1)
        nxt = mark.start() if mark else len(simplified)
        if any(at < p < nxt for p in ctx.person_starts):
            break
        if simplified[at] not in "、兼" or any(q in ctx.org_starting_at for q in range(at + 1, nxt)) \
                or simplified.startswith(_OWN_COMPANY, at + 1):
            holder = None  # a comma, or a body named in an item (公司人力资源部部长 too), ends the items of one body
        elif holder is not None and at > end:
            same = _department_post(ctx, holder, at) or _bare_post(ctx, holder, at)
            if same is not None:
                return same
        joined = _post_after_joiner(ctx, at + 1, nxt)  # 曾任A县县长、立委及B院政务委员: the last item after 及
        if joined is not None:
            return joined
        if nxt + 1 in ctx.org_starting_at and simplified[nxt : nxt + 1] in ("、", "，", ","):
            org, role, post_end = _holder_and_role(ctx, nxt + 1)
            role, post_end = _with_assistant(ctx, role, post_end) if org is not None else (role, post_end)
            if org is not None and org.start == nxt + 1 and (_post_closes(ctx, post_end)
                                                             or simplified[post_end] in _LIST_JOINERS):
                return org, role, post_end
        at = nxt
    return None, "", end


#: Words that join the last item of a list of posts to the one before (A、B及C, B以及C); not 和 or 与, which join
#: the parts of a committee's or a department's name as often (薪酬与考核委员会委员, 企业管理与市场营销学系系主任).
_LAST_ITEM_JOINERS = ("以及", "及")


#: The longest item skipped before such a joiner (a bare title: 立委, 国策顾问, 总统府资政).
_MAX_BEFORE_JOINER = 8


def _post_after_joiner(ctx: RelationContext, start: int, end: int) -> tuple[Mention, str, int] | None:
    """The post an item ``[start, end)`` of a list no reader understood goes on to after 及 or 以及: a named
    body opening right after the joiner, its title closing the item (曾任花莲县县长、立委及行政院政务委员: 政务委员 of
    行政院, 立委 skipped); the part skipped before the joiner at most :data:`_MAX_BEFORE_JOINER` letters, no body named
    in it. None when there is none."""
    simplified = ctx.simplified
    for at in range(start + 1, min(end, start + _MAX_BEFORE_JOINER + 1)):
        if at in ctx.org_starting_at:
            return None  # a body named in the part skipped: that item is read as it is, or not at all
        joiner = next((j for j in _LAST_ITEM_JOINERS if simplified.startswith(j, at)), "")
        if not joiner or at in ctx.covered() or at + len(joiner) not in ctx.org_starting_at:
            continue
        org, role, post_end = _holder_and_role(ctx, at + len(joiner))
        if org is not None and org.start == at + len(joiner) and post_end <= end + 1 \
                and (_post_closes(ctx, post_end) or simplified[post_end : post_end + 1] in _LIST_JOINERS):
            return org, role, post_end
        return None
    return None


#: The company a résumé is about, named by its kind before a title that opens a list of posts (现任本公司副总裁，…).
_OWN_COMPANY = ("本公司", "该公司", "本集团", "公司")


#: The longest first item skipped.
_MAX_FIRST_ITEM = 24


def _post_after_first_item(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """The first post of a list after a verb of a career whose first item no reader understood: the item opens with a
    named body (历任天原化工厂技术员、主任助理，天原化工厂厂长助理: 厂长助理 of 天原化工厂) or with the résumé's own company
    named by its kind (现任本公司副总裁，万裕文化产业有限公司董事: the item is no post of a body named here), then
    :func:`_post_after_skipping` from the item's end; no one named in the item. ``(None, "", start)`` when none."""
    simplified = ctx.simplified
    if start not in ctx.org_starting_at and not (simplified.startswith(_OWN_COMPANY, start)
                                                 and _role_at(ctx, start + len(first_at(simplified, _OWN_COMPANY, start)))):
        return None, "", start
    mark = _ITEM_MARKS.search(simplified, start, start + _MAX_FIRST_ITEM)
    if mark is None or mark.group() not in ("、", "，", ",") or any(start <= p < mark.start() for p in ctx.person_starts):
        return None, "", start
    at = mark.start()
    first = ctx.org_starting_at.get(start)
    if first is not None and mark.group() == "、" and (bare := _department_post(ctx, first, at)
                                                       or _bare_post(ctx, first, at)) is not None:
        return bare  # 历任新疆锂盐厂车间技术员、科长、…: a bare title after the item is its body's post
    if at + 1 in ctx.org_starting_at:  # 历任江南造船厂设备员，江南造船厂副厂长: the next item is a post
        org, role, post_end = _holder_and_role(ctx, at + 1)
        role, post_end = _with_assistant(ctx, role, post_end) if org is not None else (role, post_end)
        if org is not None and org.start == at + 1 and (_post_closes(ctx, post_end)
                                                        or simplified[post_end] in _LIST_JOINERS):
            return org, role, post_end
    return _post_after_skipping(ctx, at, first)


_SEMICOLONS = frozenset("；;")


def _post_after_semicolon(ctx: RelationContext, end: int) -> tuple[Mention, str, int] | None:
    """The post after a semicolon at ``end`` in a list of posts after a verb of a career (还担任广东万和集团有限公司董事长；
    广东万和电气有限公司监事；…): a named body opening the item, its title and nothing else to the item's end (the
    next semicolon or the sentence's end); no one named in it. An item no reader understood is skipped, at most
    :data:`_MAX_SKIPPED` in a row, never past the sentence's end. ``None`` when there is none."""
    simplified = ctx.simplified
    at = end
    for _ in range(_MAX_SKIPPED):
        if simplified[at : at + 1] not in _SEMICOLONS:
            return None
        org, role, post_end = _holder_and_role(ctx, at + 1) if at + 1 in ctx.org_starting_at else (None, "", at)
        if org is not None and org.start == at + 1:
            role, post_end = _with_assistant(ctx, role, post_end)
            if not any(at < p < post_end for p in ctx.person_starts) and (
                    post_end >= len(simplified) or simplified[post_end] in "；;。、兼"
                    or simplified.startswith("等职", post_end)):
                return org, role, post_end
        mark = _ITEM_MARKS.search(simplified, at + 1)
        nxt = mark.start() if mark else len(simplified)
        if any(at < p < nxt for p in ctx.person_starts):
            return None
        at = nxt
    return None


def _post_closes(ctx: RelationContext, end: int) -> bool:
    """Whether a post ending at ``end`` closes its clause or is followed by another post or 的 (兼政治部主任)."""
    simplified = ctx.simplified
    return end >= len(simplified) or not simplified[end].isalnum() or simplified[end] in _AFTER_POST


#: What may follow the last of a list of bare titles besides a clause's end: 一职, 至今 (任董事长至今).
_BARE_POST_TAILS = _POST_TAILS + ("至今",
                                  "等职务", "等职位", "等职")  # 担任过副校长等职 (joins318)


def _bare_posts(ctx: RelationContext, start: int, department: str = "") -> list[tuple[str, int]]:
    """Titles standing alone from ``start``, joined by 兼 or 、, the last closing its clause (一职 maybe after it);
    (title, end). ``department``, the word written right before ``start``, qualifies the first (市场|总监: 市场总监)."""
    simplified = ctx.simplified
    posts = []
    while True:
        role = _role_at(ctx, start) or _unit_title_at(ctx, start) or None  # 游戏产品线总裁 (titles319)
        if role is None:
            return []
        end = start + len(role)
        posts.append((department + role, end))
        department = ""
        if end < len(simplified) and simplified[end] in "兼暨、" and end + 1 < len(simplified):
            if simplified[end] == "、" and _next_person_moves(ctx, end + 1):
                return posts  # 由A出任副县长、B升任副秘书长: the next item is the next person's (roles233)
            start = end + 1
            continue
        tail = next((len(t) for t in _BARE_POST_TAILS if simplified.startswith(t, end)), 0)
        return posts if end + tail >= len(simplified) or not simplified[end + tail].isalnum() else []


#: Verbs of moving into a post that open the next item of a list of people's posts (、B升任副秘书长).
_NEXT_MOVES = ("出任", "升任", "担任", "接任", "转任", "调任", "兼任")


def _next_person_moves(ctx: RelationContext, at: int) -> bool:
    """Whether a person named at ``at`` (no title there) is followed by a verb of :data:`_NEXT_MOVES`."""
    person = next((m for m in ctx.mentions if m.start == at and m.label is Label.PERSON), None)
    return person is not None and _role_at(ctx, at) is None and ctx.simplified.startswith(_NEXT_MOVES, person.end)


#: What may close the clause after the post :func:`_post_after_link` reads: :data:`_POST_TAILS` and 等职 (曾任国立…大学
#: 副校长等职: roles233), the longest first.
_CLOSING_TAILS = ("等职务", "等职位", "等职", *_POST_TAILS)


def _post_after_link(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """After a verb of appointment, a post closing its clause whose holder is the last organisation before
    the title, 的 and a generic head or short qualifier between them: 出任新的维新会的党魁, 转任百事公司旗下的
    Frito-Lay公司的执行长 (执行长 of Frito-Lay); no one named on the way."""
    simplified = ctx.simplified
    brk = CLAUSE_BREAK.search(simplified, start)
    clause_end = brk.start() if brk else len(simplified)
    clause_end -= len(first_ending(simplified, _CLOSING_TAILS, clause_end, start))
    role = first_ending(simplified, ctx.lexicon.role_words, clause_end, start, default=None)
    if role is None or clause_end - start > _MAX_POST * 2:
        return None, "", start
    p = clause_end - len(role)
    if any(start <= s < p for s in ctx.person_starts):
        return None, "", start
    orgs = [m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and start <= m.start and m.end <= p]
    if not orgs:  # a body the title's letters name: 担任过近卫内阁、东条内阁的陆军省次长
        titled = _holder_in_title(ctx, p, role)
        return (titled, role, clause_end) if titled is not None and titled.start >= start else (None, "", start)
    org = max(orgs, key=lambda m: (m.end, -m.start))
    # a stock code after the company is no qualifier of the title (中国自动化集团（00569.HK）的董事长)
    code = STOCK_CODE.match(simplified, org.end, p)
    gap = simplified[code.end() if code else org.end : p].replace("的", "").replace("之", "")  # 本公司之董事: 之 is 的 in Hong Kong prose
    gap = next((gap[len(h):] for h in _SHORT_FORM_HEADS if gap.startswith(h)), gap)
    if any(org.end <= m.start < p for m in ctx.mentions):
        return None, "", start
    if len(gap) > _MAX_QUALIFIER or (gap and not gap.isalnum()) \
            or any(r in gap for r in ctx.lexicon.role_words if len(r) > 1):
        return _first_of_posts(ctx, org, clause_end)
    return org, role, clause_end


def _apposed_post_of(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """An apposition's post written with 的 after its body (周永明，宏达电的总经理，; 王明，华强集团的首席执行官，): the body
    named right at ``start``, 的 between it and the title closing the clause (:func:`_post_after_link`'s guards)."""
    org, role, end = _post_after_link(ctx, start)
    if org is None or org.start != start or "的" not in ctx.simplified[org.end : end - len(role)]:
        return None, "", start
    return org, role, end


#: What joins the posts of one body after 是…的: 董事长兼总经理, 创始人及总经理, 董事长、总经理.
_POSTS_JOINED = _DEPARTMENT_JOINERS  # 、及和与兼: one copy (tidy65)


def _first_of_posts(ctx: RelationContext, org: Mention, clause_end: int) -> tuple[Mention | None, str, int]:
    """``org`` + 的 + posts joined by :data:`_POSTS_JOINED` closing the clause (是万科集团的董事长兼总经理): the first post
    and where it ends (the caller reads the others after it); or ``(None, "", org.end)``."""
    simplified = ctx.simplified
    code = STOCK_CODE.match(simplified, org.end, clause_end)
    at = code.end() if code else org.end
    at += simplified[at : at + 1] in ("的", "之")
    first = None
    while at < clause_end:
        role = _role_at(ctx, at)
        if role is None:
            return None, "", org.end
        first = first or (role, at + len(role))
        at += len(role)
        if at < clause_end and simplified[at] not in _POSTS_JOINED:
            return None, "", org.end
        at += at < clause_end
    return (org, *first) if first is not None and at == clause_end else (None, "", org.end)


def _title_body(ctx: RelationContext, start: int, closing: bool = True) -> tuple[Mention, str, int] | None:
    """A paper or magazine named in 《》 at ``start`` and the title after it: 《大华报》总经理, 《财经》杂志主编
    (the paper, inside the marks, is derived as an organisation); or ``None``. With ``closing``, the title
    closes its clause (after a verb: 曾任苏州《大华报》总经理，), else a person follows it."""
    simplified = ctx.simplified
    if simplified[start : start + 1] != "《":
        return None
    close = simplified.find("》", start + 1, start + 14)
    if close < start + 2 or not simplified[start + 1 : close].replace("·", "").isalnum():
        return None
    at = close + 1
    at += len(next((h for h in _TITLE_HEADS if simplified.startswith(h, at)), ""))
    role = _role_at(ctx, at)
    qualifier = next((q for q in _POST_QUALIFIERS if simplified.startswith(q, at)), "") if role is None else ""
    if qualifier and (bare := _role_at(ctx, at + len(qualifier))) is not None:
        role = qualifier + bare  # 《财经》杂志执行总编
    if role is None or role in ctx.lexicon.place_roles or role in _WORK_ROLES or (closing and not _post_closes(ctx, at + len(role))):
        return None
    return ctx.derive_organisation(start + 1, close), role, at + len(role)
