"""Posts after a link and a title's holder, for :func:`zhkg.relate.roles.read_roles` and
:func:`zhkg.relate.roles.read_roles_after`: the holder of a title before a name (:func:`_holder`), the post after a
link (是/任/担任…: :func:`_post_after_link`), bare posts in lists and after a sentence (:func:`_bare_posts_of`,
:func:`_bare_post_after_sentence`), roles in headlines (:func:`_headline_roles`). A title whose holder the text names
elsewhere (:func:`_roles_in_context`) is in :mod:`zhkg.relate.roles_context` (tidy73). The readers of one sentence
form each (``_read_*``) are in :mod:`zhkg.relate.roles_forms`, which builds on this part.

Caveats: the readers are called by the two entry points in a fixed order; a reader's result can depend on what an
earlier one read. Moved verbatim from ``relate/roles.py`` (tidy65): no definition's text changed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.extract.organisations import STOCK_CODE
from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, DERIVED, RelationContext
from zhkg.relate.roles_asides import (
    _cut_across_quote,
    _holder_before_aside,
    _latin_aside_start,
    _opening_quote_before,
    _past_bare_post_listed,
    _quoted_holder,
    _quoted_name_start,
    _quoted_title_end,
    _short_aside_start,
)
from zhkg.relate.roles_bylines import (
    _CREDITED_ROLES,
    _byline_name_start,
    _credit_source,
    _dateline_source,
    _press_source,
)
from zhkg.relate.roles_former import (
    _FORMER_BETWEEN,
    _POST_TAILS,
    _former,
    _former_after,
    _past_aside,
)
from zhkg.relate.roles_holders import (
    _CONTINENTS,
    _ERA,
    _FUND_MANAGER,
    _HISTORY,
    _IN_HISTORY,
    _IN_HISTORY_AT,
    _MAX_HEADLINE_TITLE,
    _MAX_IN_HISTORY,
    _MAX_LOCATOR,
    _MAX_POST,
    _ORDINAL_BEFORE,
    _ORDINAL_BETWEEN,
    _PARTY_MEMBERSHIP,
    _PLACE_ROLE_QUALIFIERS,
    _PLACE_ROLE_RUN_OPENERS,
    _STATE_TITLES,
    _anaphor_ending_at,
    _body_of_unit,
    _unnamed_holder,
)
from zhkg.relate.roles_listed import (
    _listed_description_start,
)
from zhkg.relate.roles_names import (
    _CLOSING_QUOTES,
    _owner_of,
)
from zhkg.relate.roles_places import (
    _PLACE_COMMITTEES,
    _body_read_as_place,
    _city_short_form,
    _government,
    _historic_region,
    _historic_state,
    _no_party_post,
    _party_of_member,
    _place_government,
    _sending,
    _taiwan_short_form,
)
from zhkg.relate.roles_title_body import (
    _CONCURRENTLY_HELD,
    _DEPARTMENT_JOINERS,
    _ROLE_QUALIFIERS,
    _SHORT_FORM_HEADS,
    _TITLE_HEADS,
    _WORK_ROLES,
    _army_unit_role,
    _chained_role,
    _department_post,
    _department_title,
    _fund_holder,
    _holder_in_title,
    _role_candidates,
    _short_form_ending_at,
    _titled_at,
    _unit,
    _unit_letter_repeated,
)
from zhkg.relate.roles_titles import (
    _ACTING_BEFORE_HOLDER,
    _ACTING_HEAD,
    _ASSISTANT,
    _DATE,
    _DIVISION_HEAD_TITLES,
    _DIVISION_HEADS,
    _FORMER_MARKS,
    _HEADLINE_COLONS,
    _MAX_QUALIFIER,
    _OFFICE_HEADS,
    _OPENING_QUOTES,
    _ORDINAL,
    _POST_QUALIFIERS,
    _RANKS,
    _qualifier,
    _role_at,
    _roles_to,
    _titled_field,
    _with_assistant,
)
from zhkg.relate.roles_words import (
    _ending_at,
)
from zhkg.stages.resolve import entity_id
from zhkg.text import first_at, first_ending

__all__ = [
    "_holder",
    "_headline_roles",
    "_roles_of_unnamed",
    "_roles_before",
    "_holder_before_quoted_title",
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


def _holder(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """The organisation whose name ends at ``p``, where ``role`` begins, or (for a role a place's
    government holds) the place; also when the two share a character: 花莲县长, 美国交通部长; or an
    organisation a few characters before, when they only qualify the role (花旗中国执行副行长, 首任校长)."""
    if role in _STATE_TITLES and ctx.simplified.endswith("国家", 0, p):
        # 国家主席, 国家副主席: the state's, China's unless a country is written before (越南国家主席)
        return ctx.place_ending_at.get(p - 2) or ctx.derive_mention(p - 2, p, Label.PLACE, "中国", "CN")
    tables = [ctx.org_ending_at]
    if role in ctx.lexicon.place_roles:
        tables.append(ctx.place_ending_at)
    found = [_ending_at(table, p) for table in tables]
    found = [None if h is not None and (h.simplified in _CONTINENTS
                                         or (h.label is Label.ORGANIZATION and h.end - h.start < 2)) else h
             for h in found]  # 亚洲女王: a nickname; one letter names no body (罗马尼亚参|议长), a place may (俄总理)
    found = [None if h is not None and _cut_across_quote(ctx, h, p + len(role)) else h for h in found]  # 台湾“卫生署|长”
    if len(found) == 2 and found[0] is not None and found[1] is not None and found[0].start < found[1].start \
            and found[0].end == found[1].end:
        if ctx.simplified.endswith("驻", 0, found[1].start):
            return _sending(ctx, found[1].start - 1)  # 美国驻上海|总领事, the recogniser's 美国驻上海 over the place
        return found[1]  # an organisation that swallowed the place: 国民党台北市议员 (市议员 of 台北市)
    holder = next((h for h in found if h is not None), None)
    holder = _party_of_member(ctx, _historic_region(ctx, holder))
    if holder is not None and role in _DIVISION_HEAD_TITLES and holder.label is Label.ORGANIZATION \
            and holder.name.endswith("党"):
        holder = None  # 国民党县长X: a party names the head's side, never the division he heads
    if holder is not None and ctx.simplified.endswith("驻", 0, holder.start):
        return _sending(ctx, holder.start - 1)  # 英国驻华大使: 华 says where the envoy is, not whose
    if holder is not None:
        return holder
    if role in ctx.lexicon.place_roles:  # 台北市代理市长, 香港署理行政长官: a word of acting or of time between
        qualifier = next((q for q in _PLACE_ROLE_QUALIFIERS if ctx.simplified.endswith(q, 0, p)
                          and (q not in _FORMER_BETWEEN or role not in _DIVISION_HEAD_TITLES)), "")
        place = ctx.place_ending_at.get(p - len(qualifier)) if qualifier else None
        if place is not None and place.simplified not in _CONTINENTS:
            return place
        city = _city_short_form(ctx, p, role)
        if city is not None:  # 北市长柯文哲, 高市副市长
            return city
    first = _IN_HISTORY.search(ctx.simplified, max(p - _MAX_IN_HISTORY, 0), p) if "史上" in ctx.simplified else None
    if first is not None:  # 是哈佛大学历史上的第一位女校长, 美国历史上第一位黑人总统
        holder = ctx.org_ending_at.get(first.start()) \
            or (ctx.place_ending_at.get(first.start()) if role in ctx.lexicon.place_roles else None)
        if holder is not None and holder.simplified not in _CONTINENTS:
            return holder
    ordinal = _ORDINAL_BEFORE.search(ctx.simplified, max(p - 8, 0), p)
    if ordinal is not None and role in ctx.lexicon.place_roles:  # 美国第16任总统林肯
        holder = ctx.place_ending_at.get(ordinal.start()) or ctx.org_ending_at.get(ordinal.start())
        if holder is not None and holder.simplified not in _CONTINENTS:
            return holder
    if role not in ctx.lexicon.place_roles and (place := ctx.place_ending_at.get(p)) is not None \
            and (_body_read_as_place(ctx, place) or _historic_state(place)):
        return ctx.derive_organisation(place.start, place.end)
    short = _short_form_ending_at(ctx, p) or _anaphor_ending_at(ctx, p)
    if short is not None:
        return short
    byline = _dateline_source(ctx, p) or (_credit_source(ctx, p) or _press_source(ctx, p)
                                          if role in _CREDITED_ROLES else None)
    if byline is not None:  # a dateline's byline: 新浪房产讯（编辑张跃）, 新华社北京7月2日电 (记者雷敏)
        return byline
    for gap in range(1, _MAX_QUALIFIER + 1):
        holder = ctx.org_ending_at.get(p - gap)
        if holder is not None and _qualifier(ctx, p - gap, p) and not _army_unit_role(ctx, p, role):
            return holder  # (国民革命军|第十八军|军长: the numbered unit's head, :func:`_unit`)
    if role not in ctx.lexicon.place_roles:  # a company's branch in a country or region: 花旗中国执行副行长
        for gap in range(0, _MAX_QUALIFIER + 1):
            # 区 after the place: a company's region (汇丰集团中国区首席经济学家)
            place = ctx.place_ending_at.get(p - gap)
            region = place is None and ctx.simplified[p - gap - 1 : p - gap] == "区"
            place = ctx.place_ending_at.get(p - gap - 1) if region else place
            company = ctx.org_ending_at.get(place.start) if place is not None else None
            if company is not None and (gap == 0 or ctx.simplified[p - gap : p] in _ROLE_QUALIFIERS):
                return ctx.derive_organisation(company.start, place.end + region)
    head = next((h for h in _TITLE_HEADS if ctx.simplified.endswith("》" + h, 0, p)), "")
    if ctx.simplified[p - len(head) - 1 : p - len(head)] == "》" and role not in ctx.lexicon.place_roles:
        opening = ctx.simplified.rfind("《", max(p - 16, 0), p)
        found = _title_body(ctx, opening, closing=False) if opening >= 0 else None
        if found is not None and found[2] == p + len(role):
            return found[0]  # 《财经》杂志主编胡舒立
    # 的 between them, and maybe a qualifier: 北京澳际教育咨询有限公司的国内市场总监
    for gap in range(0, _MAX_QUALIFIER + 1):
        q = p - gap
        if q > 0 and ctx.simplified[q - 1] == "的" and (gap == 0 or _qualifier(ctx, q, p)):
            holder = ctx.org_ending_at.get(q - 1) or (_anaphor_ending_at(ctx, q - 1) if gap == 0 else None)
            if holder is None and gap == 0 and ctx.simplified.endswith(_PARTY_MEMBERSHIP, 0, q - 1):
                party = ctx.org_ending_at.get(q - 1 - len(_PARTY_MEMBERSHIP))  # 民进党籍的立委: as 民进党籍立委
                holder = party if party is not None and party.simplified.endswith("党") else None
            if holder is not None:  # 公司的总经理: the company named before
                return holder
    return _holder_before_aside(ctx, p, role)


def _headline_roles(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """A headline opening with a body's title and a colon names the one person its paragraph names after it:
    台证交所总经理：希望两岸ETF实现相互挂牌许仁寿是在…: 总经理 of 台证交所. Only when exactly one person is named there."""
    simplified = ctx.simplified
    have = {(r.source, r.target, r.role_simplified) for r in found}
    out = []
    start = 0
    while start < len(simplified):
        end = simplified.find("\n", start)
        end = len(simplified) if end < 0 else end
        ps = start
        while ps < end and simplified[ps].isspace():
            ps += 1
        start = end + 1
        colon = min((c for c in (simplified.find(m, ps, ps + _MAX_HEADLINE_TITLE) for m in _HEADLINE_COLONS) if c > ps),
                    default=-1)
        role = next((r for r in _roles_to(ctx, colon) if simplified.endswith(r, ps, colon)), None) if colon > 0 else None
        if role is None or CLAUSE_BREAK.search(simplified, ps, colon):
            continue
        holder = _holder(ctx, colon - len(role), role)
        if holder is None or holder.start != ps:
            continue
        people = [m for m in ctx.mentions + ctx.derived if m.label is Label.PERSON and colon < m.start and m.end <= end]
        if len({ctx.owner[m] for m in people}) != 1 or _titled_field(ctx, people[0].start, colon):
            continue
        key = (_owner_of(ctx, people[0]), ctx.owner[holder], role)
        if key not in have:
            have.add(key)
            out.append(ctx.relation(key[0], key[1], RelationKind.HOLDS_ROLE, ps, colon,
                                    ctx.text[colon - len(role) : colon]))
    return out


def _roles_of_unnamed(ctx: RelationContext, start: int, end: int) -> list[Relation]:
    """The roles written before a person no extractor named at ``[start, end)``; the person is derived only
    when there are some: a name only where a title and its holder stand before it."""
    name = ctx.simplified[start:end]
    candidate = Mention(ctx.doc.id, start, end, ctx.text[start:end], name, Label.PERSON, DERIVED, canonical=name)
    found = _roles_before(ctx, candidate, entity_id(candidate))
    if found:
        ctx.derive_mention(start, end, Label.PERSON)
    return found


def _roles_before(ctx: RelationContext, person: Mention, source: str) -> list[Relation]:
    """The roles written before ``person``: holder + role(s), chained leftwards by 、 (see :func:`read_roles`)."""
    out: list[Relation] = []
    pos = _quoted_title_end(ctx, _byline_name_start(ctx, _quoted_name_start(ctx, person)))
    if not _role_candidates(ctx, pos):
        pos = _latin_aside_start(ctx, pos)
    if not _role_candidates(ctx, pos):
        pos = _short_aside_start(ctx, pos)
    if not _role_candidates(ctx, pos):
        pos = _listed_description_start(ctx, pos)
    after_joiner = pos
    while True:
        found = None
        # try each role ending here, longest first; 人大代表 must yield to 代表 after 韩城市人大
        for role in _role_candidates(ctx, pos):
            # (role, where it starts, its own holder: "" the chain's, "skip" a place's, "government")
            chain, p = [(role, pos - len(role), "")], pos - len(role)
            while p > 0:
                joined = _chained_role(ctx, p, chain[-1][0])
                if joined is None:
                    break
                more, p, own = joined
                chain[-1] = (chain[-1][0], chain[-1][1], own)
                chain.append((more, p, ""))
            holder = (_holder(ctx, p, chain[-1][0]) or _quoted_holder(ctx, p, chain[-1][0])
                      or _holder_before_quoted_title(ctx, p, chain[-1][0]) or _unit(ctx, p, chain[-1][0])
                      or _unnamed_holder(ctx, p, chain[-1][0], person) or _holder_in_title(ctx, p, chain[-1][0])
                      or _fund_holder(ctx, p, chain[-1][0]))
            if holder is not None:
                found = (holder, chain)
                break
        if found is None:
            listed = _past_bare_post_listed(ctx, pos) if pos == after_joiner and not out else None
            if listed is not None:  # 民进党秘书长、前“立委”王拓: the list's posts before the bare past one
                pos = after_joiner = listed
                continue
            break
        holder, chain = found
        former = _former(ctx, holder.start) or _former_after(ctx, holder.end, chain[-1][1])
        if former and out and not ctx.simplified.startswith("现", after_joiner):
            # 原嘉实基金管理公司总经理助理、基金丰和基金经理X: 原 before the list marks every post of it past
            out = [replace(r, former=True) for r in out]
        for role_simplified, at, own in reversed(chain):
            target = _government(ctx, holder, role_simplified, at, own == "government") if own != "skip" else None
            if own == "skip" or target is None or (at != chain[-1][1] and _no_party_post(target, role_simplified)):
                continue  # 国民党主席兼“总统”马英九: a state's post, no party's
            out.append(
                ctx.relation(
                    source, ctx.owner[target], RelationKind.HOLDS_ROLE, holder.start, person.end,
                    ctx.text[at : at + len(role_simplified)], former=former,
                )
            )
        pos = holder.start
        # a word of acting between the joiner and the next holder: 交通部长暨代理行政院长 (both posts held)
        pos -= len(next((w for w in _ACTING_BEFORE_HOLDER if ctx.simplified.endswith(w, 0, pos)), ""))
        pos -= _opening_quote_before(ctx, pos)  # 院士、前“卫生署长”X: the list reads on past the title's mark
        if former and ctx.simplified[pos - 1 : pos] in _FORMER_MARKS and ctx.simplified[pos - 2 : pos - 1] == "、":
            pos -= 1  # 中国房地产研究会会长、原国家建设部副部长X: the list reads on past the past post's mark
        if pos > 0 and ctx.simplified[pos - 1] in "、兼暨":  # 国务院副总理兼财政部长: each holder its post
            after_joiner, pos = pos, pos - 1
            continue
        break
    return out


def _holder_before_quoted_title(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """The holder right before a title the press set in quotation marks, the quotation opening at ``p - 1`` and
    closing right after the title (台湾“总统”马英九: 总统 of 台湾; 国民党籍“立委”邱毅, 民进党“立委”X: 立委 of the party,
    as unquoted; 台湾“前总统”陈水扁: 前 inside marks it past); ``None`` when no quotation opens there or it holds more
    than the title; a place holder must be a coded division (格拉斯小镇“市长”: marks of a figurative title, no office)."""
    simplified = ctx.simplified
    past = next((w for w in _FORMER_BETWEEN if simplified.endswith(w, 0, p)), "")
    q = p - len(past) if past and simplified[p - len(past) - 1 : p - len(past)] in tuple(_OPENING_QUOTES) else p
    if q < 2 or simplified[q - 1] not in _OPENING_QUOTES:
        return None
    if simplified[p + len(role) : p + len(role) + 1] != _CLOSING_QUOTES[_OPENING_QUOTES.index(simplified[q - 1])]:
        return None
    holder = _holder(ctx, q - 1, role) or _taiwan_short_form(ctx, q - 1, role)
    return None if holder is not None and holder.label is Label.PLACE and not holder.code else holder


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
    if not (_post_closes(ctx, after) or simplified.startswith("等职", after)
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
                    and not (allowed is not None and at == holder.end + 1 and simplified[holder.end] == _ACTING_HEAD
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
_BARE_POST_TAILS = _POST_TAILS + ("至今",)


def _bare_posts(ctx: RelationContext, start: int, department: str = "") -> list[tuple[str, int]]:
    """Titles standing alone from ``start``, joined by 兼 or 、, the last closing its clause (一职 maybe after it);
    (title, end). ``department``, the word written right before ``start``, qualifies the first (市场|总监: 市场总监)."""
    simplified = ctx.simplified
    posts = []
    while True:
        role = _role_at(ctx, start)
        if role is None:
            return []
        end = start + len(role)
        posts.append((department + role, end))
        department = ""
        if end < len(simplified) and simplified[end] in "兼暨、" and end + 1 < len(simplified):
            start = end + 1
            continue
        tail = next((len(t) for t in _BARE_POST_TAILS if simplified.startswith(t, end)), 0)
        return posts if end + tail >= len(simplified) or not simplified[end + tail].isalnum() else []


def _post_after_link(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """After a verb of appointment, a post closing its clause whose holder is the last organisation before
    the title, 的 and a generic head or short qualifier between them: 出任新的维新会的党魁, 转任百事公司旗下的
    Frito-Lay公司的执行长 (执行长 of Frito-Lay); no one named on the way."""
    simplified = ctx.simplified
    brk = CLAUSE_BREAK.search(simplified, start)
    clause_end = brk.start() if brk else len(simplified)
    clause_end -= len(first_ending(simplified, _POST_TAILS, clause_end, start))
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
