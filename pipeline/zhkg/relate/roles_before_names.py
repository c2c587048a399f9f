"""Titles and their holder written before a name, for :func:`zhkg.relate.roles.read_roles` and the parts after
:mod:`zhkg.relate.roles_links`: the body whose name ends where a title begins, or the place whose government holds it
(花莲县长, 美国交通部长, 花旗中国执行副行长: :func:`_holder`), the roles written before a person, chained leftwards by 、
(万科集团董事长、总裁王石: :func:`_roles_before`), before a person no extractor named (:func:`_roles_of_unnamed`), after
a title the press set in quotation marks (台湾“总统”马英九: :func:`_holder_before_quoted_title`), and a headline's title
before a colon (台证交所总经理：…许仁寿: :func:`_headline_roles`).

Caveats: the holder is the mention ending at the title (or a few letters before it, when they only qualify the title);
a person no extractor named is derived only when a title and its holder stand before the name, and a headline's title
is read only when its paragraph names exactly one person. Moved verbatim from ``relate/roles_links.py`` (tidy73), which
itself came from ``relate/roles.py`` (tidy65): no definition's text changed. This part imports ``roles_links`` and the
parts before it, never ``roles_forms`` or ``relate/roles.py``.
"""

from __future__ import annotations

from dataclasses import (
    replace,
)

from zhkg.records import (
    Label,
    Mention,
    Relation,
    RelationKind,
)
from zhkg.relate.base import (
    CLAUSE_BREAK,
    DERIVED,
    RelationContext,
)
from zhkg.relate.roles_apart_asides import _graded_calling_start, _one_of_start, _relative_clause_start
from zhkg.relate.roles_asides import (
    _age_aside_start,
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
    _former,
    _former_after,
)
from zhkg.relate.roles_holders import (
    _CONTINENTS,
    _IN_HISTORY,
    _MAX_HEADLINE_TITLE,
    _MAX_IN_HISTORY,
    _ORDINAL_BEFORE,
    _PARTY_MEMBERSHIP,
    _PLACE_ROLE_QUALIFIERS,
    _STATE_TITLES,
    _anaphor_ending_at,
)
from zhkg.relate.roles_links import (
    _title_body,
)
from zhkg.relate.roles_listed import (
    _listed_affiliation_start,
    _listed_description_start,
    _sector_before_house,
    _sector_seat_listed,
)
from zhkg.relate.roles_names import (
    _CLOSING_QUOTES,
    _owner_of,
)
from zhkg.relate.roles_place_offices import office_of_division
from zhkg.relate.roles_places import (
    _body_read_as_place,
    _city_short_form,
    _division_kind,
    _government,
    _historic_region,
    _historic_state,
    _no_party_post,
    _party_of_member,
    _sending,
    _taiwan_short_form,
)
from zhkg.relate.roles_title_body import (
    _ROLE_QUALIFIERS,
    _TITLE_HEADS,
    _chained_role,
    _fund_holder,
    _holder_in_title,
    _lone_board_ending_at,
    _role_candidates,
    _short_form_ending_at,
)
from zhkg.relate.roles_titles import (
    _ACTING_BEFORE_HOLDER,
    _DIVISION_HEAD_TITLES,
    _FORMER_MARKS,
    _HEADLINE_COLONS,
    _MAX_QUALIFIER,
    _OPENING_QUOTES,
    _qualifier,
    _roles_to,
    _titled_field,
)
from zhkg.relate.roles_unit_titles import unit_sharing_title
from zhkg.relate.roles_units import _unit, _unit_role
from zhkg.relate.roles_unnamed_bodies import _unnamed_holder
from zhkg.relate.roles_words import (
    _ending_at,
)
from zhkg.stages.entity_groups import entity_id
from zhkg.text import first_ending

__all__ = [
    "_holder",
    "_headline_roles",
    "_roles_of_unnamed",
    "_roles_before",
    "_roles_start",
    "_ASIDES",
    "_holder_before_quoted_title",
    "_ENVOY_TITLES",
    "_ENVOY_FIELDS",
    "_envoy_of_a_field",
    "_MINISTRY_ENDS",
    "_MOVED_TO",
    "_state_before_former",
    "_PRESENT_AFTER_JOINER", "_present_after_joiner",
    "_RUNS_FOR",
    "_race_of_another", "_SUPERLATIVES", "_place_before_superlative",
]


#: Verbs of moving to a post: a post listed right after one (转任经济部长) is the verb's subject's, never the name's
#: the list closes on (…转任经济部长、总统府副秘书长张惇涵: review186). Bare 任 and 曾任 are no such verbs (曾任A、B的X).
_MOVED_TO = ("转任", "接任", "出任", "升任", "调任", "改任", "接掌", "出掌", "接替", "继任", "回任", "获任", "将任")


#: The last letters of a ministry or department a state, province or city has (交通部, 农林水产省, 公安厅, 警政署).
_MINISTRY_ENDS = ("部", "省", "厅", "局", "署")


def _state_before_former(ctx: RelationContext, holder: Mention) -> Mention | None:
    """The ministry of the place written before 前, 原 or 前任 before ``holder``, a ministry's short name, as a body
    (俄罗斯前交通部长 X: 部长 of 俄罗斯交通部, as 俄罗斯交通部长 X reads; 广东省原公安厅长: 广东省公安厅), or ``None``."""
    name = holder.simplified
    if holder.label is not Label.ORGANIZATION or not 2 <= len(name) <= 8 or not name.endswith(_MINISTRY_ENDS):
        return None
    mark = first_ending(ctx.simplified, _FORMER_BETWEEN, holder.start)
    place = ctx.place_ending_at.get(holder.start - len(mark)) if mark else None
    if place is None or place.simplified in _CONTINENTS or name.startswith(place.simplified):
        return None
    return ctx.derive_organisation(place.start, holder.end, place.simplified + name)


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
        place = _place_before_superlative(ctx, p, role)
        if place is not None:  # 浙江最年轻副省长X
            return place
        city = _city_short_form(ctx, p, role)
        if city is not None:  # 北市长柯文哲, 高市副市长
            return city
        envoy = _envoy_of_a_field(ctx, p, role)
        if envoy is not None:  # 美国中东事务特使, 美国中东问题特使
            return envoy
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
            and (_body_read_as_place(ctx, place) or _historic_state(place) or office_of_division(place, role)):
        return ctx.derive_organisation(place.start, place.end)  # (甲仙区主秘: the district's office, titles319)
    short = _short_form_ending_at(ctx, p) or _anaphor_ending_at(ctx, p) or _lone_board_ending_at(ctx, p)
    if short is not None:
        return short
    byline = _dateline_source(ctx, p) or (_credit_source(ctx, p) or _press_source(ctx, p)
                                          if role in _CREDITED_ROLES else None)
    if byline is not None:  # a dateline's byline: 新浪房产讯（编辑张跃）, 新华社北京7月2日电 (记者雷敏)
        return byline
    for gap in range(1, _MAX_QUALIFIER + 1):
        holder = ctx.org_ending_at.get(p - gap)
        if holder is not None and (unit := unit_sharing_title(ctx, p - gap, p, role)) is not None:
            return unit  # 教育部技职司长: 司长 of 教育部技职司 (titles319)
        if holder is not None and _qualifier(ctx, p - gap, p) and not _unit_role(ctx, p, role):
            return holder  # (国民革命军|第十八军|军长, 教育部|技职司|司长: the unit's head, :func:`_unit`; titles319)
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


#: A superlative between a place and a title its government holds: 浙江最年轻副省长, 美国最年长总统 (round roles232).
_SUPERLATIVES = ("最年轻", "最年长")


def _place_before_superlative(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """The place a superlative (:data:`_SUPERLATIVES`) stands after, right before ``role`` at ``p`` (浙江最年轻副省长:
    浙江); a division's head's only when the place is of the division's kind (广东最年长县长: no province's 县长)."""
    word = next((w for w in _SUPERLATIVES if ctx.simplified.endswith(w, 0, p)), "")
    place = ctx.place_ending_at.get(p - len(word)) if word else None
    if place is None or place.simplified in _CONTINENTS \
            or (role in _DIVISION_HEAD_TITLES and not place.name.endswith(_division_kind(role))):
        return None
    return place


#: Envoys named with the region or question they deal with between their state and the title (美国中东事务特使).
_ENVOY_TITLES = ("特使",)
_ENVOY_FIELDS = ("事务", "问题")


def _envoy_of_a_field(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """The state whose envoy for a region's affairs or question the title at ``p`` names: a place, a place and
    事务 or 问题 (美国|中东|事务|特使, 美国中东问题特使: 特使 of 美国), or ``None``."""
    if role not in _ENVOY_TITLES:
        return None
    field = next((w for w in _ENVOY_FIELDS if ctx.simplified.endswith(w, 0, p)), "")
    region = ctx.place_ending_at.get(p - len(field)) if field else None
    state = ctx.place_ending_at.get(region.start) if region is not None else None
    return state if state is not None and state.simplified not in _CONTINENTS else None


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


#: What may stand between the last post before a name and the name, read past in this order where no role word
#: ends before it: an English form in brackets, a short bracketed aside, an age, a description, an affiliation
#: (全国人大常委、民建联李慧琼: the post before the party's), 之一 (联席主席之一X: round roles244,
#: :mod:`zhkg.relate.roles_apart_asides`) and a relative clause closed by 的 (总经理、在集团服务30年的X: roles257). A graded calling (总经理、资深律师X) is passed first, its role word ending there.
_ASIDES = (_latin_aside_start, _short_aside_start, _age_aside_start, _listed_description_start,
           _listed_affiliation_start, _one_of_start, _relative_clause_start)


def _roles_start(ctx: RelationContext, person: Mention) -> tuple[int, tuple[str, ...]]:
    """Where the posts written before ``person`` end, past a quoted name, a byline, a quoted title and the asides
    (:data:`_ASIDES`, each tried only while no role word ends there), and the role words ending there
    (:func:`_role_candidates`). The role words are asked again only where an aside moved the position: most move
    nothing, and the same question had been asked up to seven times a name (speed203)."""
    pos = _graded_calling_start(ctx, _quoted_title_end(ctx, _byline_name_start(ctx, _quoted_name_start(ctx, person))))
    roles = _role_candidates(ctx, pos)
    for aside in _ASIDES:
        if roles:
            break
        moved = aside(ctx, pos)
        if moved != pos:
            pos, roles = moved, _role_candidates(ctx, moved)
    return pos, roles


def _roles_before(ctx: RelationContext, person: Mention, source: str) -> list[Relation]:
    """The roles written before ``person``: holder + role(s), chained leftwards by 、 (see :func:`read_roles`)."""
    out: list[Relation] = []
    pos, ready = _roles_start(ctx, person)  # (the role words there: the first pass's)
    after_joiner = pos
    while True:
        found = None
        # try each role ending here, longest first; 人大代表 must yield to 代表 after 韩城市人大
        roles = ready if ready is not None else _role_candidates(ctx, pos)
        ready = None
        for role in roles:
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
            if holder is not None and len(chain) > 1 and _race_of_another(ctx, holder):
                holder = None  # 谢龙介参选台南市长、立委柯志恩: 市长 is the race of the name before 参选
            if holder is not None:
                found = (holder, chain)
                break
        if found is None:
            listed = (_past_bare_post_listed(ctx, pos) or _sector_seat_listed(ctx, pos)) \
                if pos == after_joiner and not out else None
            if listed is not None:  # 民进党秘书长、前“立委”王拓, 经民联主席、工程界议员X: the posts before the bare one
                pos = after_joiner = listed
                continue
            break
        holder, chain = found
        if out and first_ending(ctx.simplified, _MOVED_TO, holder.start):
            break  # 秘书长X将转任经济部长、副秘书长Y: the post before 、 is the one X moves to, not Y's
        former = _former(ctx, holder.start) or _former_after(ctx, holder.end, chain[-1][1])
        holder = (_state_before_former(ctx, holder) or holder) if former else holder  # 俄罗斯|前|交通部长
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
        pos = _sector_before_house(ctx, holder.start, chain[-1][0])  # 经民联主席、工程界|立法会议员X (roles199)
        # a word of acting between the joiner and the next holder: 交通部长暨代理行政院长 (both posts held)
        pos -= len(next((w for w in _ACTING_BEFORE_HOLDER if ctx.simplified.endswith(w, 0, pos)), ""))
        pos -= _opening_quote_before(ctx, pos)  # 院士、前“卫生署长”X: the list reads on past the title's mark
        if former and ctx.simplified[pos - 1 : pos] in _FORMER_MARKS and ctx.simplified[pos - 2 : pos - 1] == "、":
            pos -= 1  # 中国房地产研究会会长、原国家建设部副部长X: the list reads on past the past post's mark
        pos -= len(_present_after_joiner(ctx, pos))  # 华强集团前总经理、现任万科集团董事长X (roles244)
        if pos > 0 and ctx.simplified[pos - 1] in "、兼暨":  # 国务院副总理兼财政部长: each holder its post
            after_joiner, pos = pos, pos - 1
            if ctx.simplified[pos] != "、":  # 港大副校长（健康）兼医学院院长X: past the first post's aside (roles226)
                pos = _short_aside_start(ctx, pos)
            continue
        break
    return out


#: Words of the present opening a post listed after a past one (A公司前总经理、现任B公司董事长X: round roles244).
_PRESENT_AFTER_JOINER = ("现任", "现为", "现")


def _present_after_joiner(ctx: RelationContext, pos: int) -> str:
    """The word of :data:`_PRESENT_AFTER_JOINER` between a 、 and a holder starting at ``pos`` (国民党前立委、现任|台北市
    议员X: 现任), so the list of posts reads on past it, or ""."""
    word = first_ending(ctx.simplified, _PRESENT_AFTER_JOINER, pos)
    return word if word and ctx.simplified[pos - len(word) - 1 : pos - len(word)] == "、" else ""


#: Verbs of running for or taking a post: the post after one is the race or the post of the person named before the
#: verb (谢龙介参选台南市长, 王明出任台南市长), not of a person named after it.
_RUNS_FOR = ("参选", "竞选", "角逐", "出任", "接任", "担任", "升任", "转任", "调任", "就任")


def _race_of_another(ctx: RelationContext, holder: Mention) -> bool:
    """Whether the holder of a chain of posts is the object of a verb of running or taking a post
    (:data:`_RUNS_FOR`) whose subject is named right before it: 徵召立委谢龙介参选台南市长、立委柯志恩参选高雄市长
    lists races, so 台南市长 chained before 、立委柯志恩 is 谢龙介's race, no post of 柯志恩 (nor is 立委 台南市's)."""
    verb = first_ending(ctx.simplified, _RUNS_FOR, holder.start)
    return bool(verb) and any(m.end == holder.start - len(verb) for m in ctx.of(Label.PERSON))


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
