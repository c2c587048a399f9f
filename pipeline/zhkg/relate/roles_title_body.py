"""The body of a title, for the role readers (:mod:`zhkg.relate.roles`): the organisation a title
belongs to when no extractor named it or named it in another form: a company's short form (:func:`_short_forms`),
该公司 and other anaphors (:func:`_org_anaphors`), a fund (:func:`_fund_holder`), a body read from the letters before
the title (:func:`_holder_in_title`, :func:`_headed_body_ending_at`), a board's company, the body of a party and
government chain (:func:`_chained_role`). A body the text names elsewhere, an earlier clause or the sentence before
(:func:`zhkg.relate.roles_body_in_context._context_body`), is :mod:`zhkg.relate.roles_body_in_context`'s (tidy252).

Caveats: a derived body is made with :meth:`zhkg.relate.base.RelationContext.derive_organisation`; the forms are tried by
the readers in a fixed order, and an earlier form wins. Moved verbatim from ``relate/roles.py`` (tidy65): no
definition's text changed. A department read into a title is :mod:`zhkg.relate.roles_departments`'s, a unit
whose letter the title repeats :mod:`zhkg.relate.roles_units`'s (tidy80).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_departments import _department_before
from zhkg.relate.roles_places import (
    _BODY_LEFT_EDGE,
    _PHRASE_END_TAGS,
    _dynasty_ending_at,
)
from zhkg.relate.roles_titles import (
    _ACTING_HEAD,
    _ASSISTANT,
    _CHAIN_JOINERS,
    _CHAINED_QUALIFIERS,
    _DIVISION_HEADS,
    _MAX_QUALIFIER,
    _OPENING_QUOTES,
    _ORDINAL,
    _fielded_title,
    _qualifier,
    _ranked_title,
    _roles_to,
    _titles_ahead,
)
from zhkg.relate.roles_units import _UNIT_HEADS, _unit_role
from zhkg.relate.roles_words import (
    _MAX_BODY,
    _clause_opens,
    _dictionary_tag,
    _named_word_ending_at,
    _words,
)
from zhkg.resources.lexicon import Lexicon
from zhkg.text import first_ending

__all__ = [
    "_COMMITTEE_MEMBERS",
    "_committee_members",
    "_SHORT_FORM_HEADS",
    "_short_form_ending_at",
    "_NAMELESS_BOARDS",
    "_BOARD_OPENERS",
    "_lone_board_ending_at",
    "_short_forms",
    "_BARE_COMPANY",
    "_COMPANY_ANAPHOR",
    "_BARE_PARTY",
    "_PARTY_ORGANS",
    "_party_organ",
    "_PARTY_ANAPHOR",
    "_BARE_PARTY_AFTER",
    "_org_anaphors",
    "_BARE_COMPANY_AFTER",
    "_ANAPHOR_SENTENCES",
    "_chained_body",
    "_PRONOUN_SOURCE",
    "_role_candidates",
    "_FUND_ROLES",
    "_FUND_LINK",
    "_FUND_NAME",
    "_FUND_LEFT_EDGE",
    "_fund_holder",
    "_opens_fund",
    "_FUSED_HEADS",
    "_ROLE_QUALIFIERS",
    "_NOT_IN_BODY",
    "_NOT_BODY_TAGS",
    "_QUALITY_WORDS",
    "_COMPANY_HEADS",
    "_body_head_end",
    "_DAY_AFTER",
    "_TITLE_BODY_HEADS",
    "_holder_in_title",
    "_STATE_SERVANTS",
    "_STATE_ORDINAL_TAIL",
    "_headed_body_ending_at",
    "_ORDINAL_BODY",
    "_chained_role",
    "_body_ends_at",
    "_DEGREES",
    "_school_of_degree",
    "_SERVES_IN",
    "_SERVES_IN_ADVERBS",
    "_BOARDS",
    "_body_of_board",
    "_LIST_CLOSINGS",
    "_SHARED_LIST_OPENERS",
    "_bodies_sharing_a_title",
    "_JOINS",
    "_joined_body",
    "_titled_at",
    "_CAREER_LINKS",
    "_TITLE_HEADS",
    "_WORK_ROLES",
]


#: Generic heads a company's short form drops: 花旗集团 -> 花旗, 万科企业股份有限公司 -> 万科企业.
_SHORT_FORM_HEADS = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司", "银行", "控股")


def _short_form_ending_at(ctx: RelationContext, p: int) -> Mention | None:
    """A company the document names in full, written here without its generic head, right before a role
    (花旗首席执行官潘迪特 … 花旗集团: 首席执行官 of 花旗集团): a mention derived with the full name, so both are
    one entity. The short form opens a clause or the text and no extractor named anything in it."""
    simplified = ctx.simplified
    by_short, lengths = _short_forms(ctx)
    # the organisations whose short form is written right before p, in their order
    found = sorted(chain.from_iterable(by_short.get(simplified[p - n : p], ()) for n in lengths if n <= p))
    for _, org in found:
        start = p - (len(org.name) - len(next(h for h in _SHORT_FORM_HEADS if org.name.endswith(h))))
        if org.start == start:
            continue
        if (start > 0 and simplified[start - 1].isalnum()) or any(m.start < p and start < m.end for m in ctx.mentions):
            continue
        return ctx.derive_organisation(start, p, canonical=org.name)
    return None


#: Boards news names without their school's or association's name, no governing unit (whose titles are role words of
#: their own: 董事会主席): written alone before a title, the board is the title's body (校董会主席X: 主席 of 校董会, as
#: the governing-units convention of docs/relations.md takes a board with no body before it, roles286).
_NAMELESS_BOARDS = ("法团校董会", "校董会", "理事会", "执委会")
#: Words after which a board opens a phrase of its own: 当中包括校董会主席X, 由执委会主席X.
_BOARD_OPENERS = ("包括", "其中", "由", "及", "和", "与", "、")


def _lone_board_ending_at(ctx: RelationContext, p: int) -> Mention | None:
    """A board of :data:`_NAMELESS_BOARDS` ending at ``p`` that opens its clause or a phrase (:data:`_BOARD_OPENERS`),
    no name read across it, derived as the body of the title at ``p``; ``None`` otherwise (中大校董会主席: a body is
    written before it)."""
    board = first_ending(ctx.simplified, _NAMELESS_BOARDS, p)
    start = p - len(board)
    if not board or not (_clause_opens(ctx, start) or ctx.simplified.endswith(_BOARD_OPENERS, 0, start)) \
            or any(m.start < p and start < m.end for m in ctx.mentions):
        return None
    return ctx.derive_organisation(start, p)


def _short_forms(ctx: RelationContext) -> tuple[dict[str, list[tuple[int, Mention]]], tuple[int, ...]]:
    """Each short form of two letters or more (an organisation's name less its first generic head of
    :data:`_SHORT_FORM_HEADS`: 花旗 of 花旗集团) with (the organisation's place among them, the organisation) of those
    it is the short form of, and the forms' lengths; worked out once while the mentions stay the same list."""
    found = ctx.short_forms
    if found is None or found[0] is not ctx.mentions:
        by_short: dict[str, list[tuple[int, Mention]]] = {}
        for i, org in enumerate(ctx.of(Label.ORGANIZATION)):
            head = next((h for h in _SHORT_FORM_HEADS if org.name.endswith(h)), "")
            short = org.name[: len(org.name) - len(head)]
            if head and len(short) >= 2:
                by_short.setdefault(short, []).append((i, org))
        found = ctx.short_forms = (ctx.mentions, by_short, tuple(sorted({len(s) for s in by_short})))
    return found[1], found[2]


#: A company's own words for itself opening a clause, standing for the company named last before them (腾讯控股…。
#: 公司董事会主席马化腾): like the anaphor 该公司 of ``anaphora.tsv``, whose name endings they take, they hold the role
#: of the company (or of one ``organisations_known.tsv`` lists as a company: 比亚迪, 腾讯控股).
_BARE_COMPANY = ("公司", "集团")


_COMPANY_ANAPHOR = "该公司"


#: A party's own word for itself, 党 alone before a title, stands for the one party named before it as 该党 would
#: (台湾民众党主席柯文德与党发言人杨宝莲: 发言人 of 台湾民众党); it opens a clause or follows 由 or a word joining two
#: people's posts (与, 和, 及, 、), never within a name (共产党员, 党委).
_BARE_PARTY = "党"


_PARTY_ANAPHOR = "该党"


_BARE_PARTY_AFTER = frozenset("由与和及、")


#: A party's organs written after its name as one body (国民党中常会, 民进党中执会): each stands for its party where
#: 党 alone looks for the one party named before it, so that 国民党中常会…，并由党主席X reads 主席 of it and
#: 国民党中常会…民进党立委Y。党主席X reads nothing (two parties).
_PARTY_ORGANS = ("中常会", "中执会", "中评会", "中常委", "中央党部", "中央委员会", "中央常务委员会", "中央执行委员会")


def _party_organ(known: dict, name: str) -> bool:
    """Whether ``name`` (Simplified) is a party's name and one of its organs (:data:`_PARTY_ORGANS`): the party's
    name ends in 党 or ``organisations_known.tsv`` (``known``) lists it as a party.

    >>> _party_organ({}, "国民党中常会"), _party_organ({}, "华强集团中常会"), _party_organ({}, "国民党")
    (True, False, False)
    """
    organ = next((o for o in _PARTY_ORGANS if name.endswith(o)), "")
    party = name[: len(name) - len(organ)]
    return bool(organ) and len(party) >= 2 and (party.endswith("党") or known.get(party, ("",))[0] == "party")


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def _org_anaphors(lexicon: Lexicon) -> tuple[str, ...]:
    """The lexicon's anaphors of organisations (``anaphora.tsv``), longest first."""
    return tuple(sorted((w for w, (label, _) in lexicon.anaphora.items() if label == "org"), key=len, reverse=True))


#: Letters that may stand before a bare 公司 for the company named before (由公司副总经理X代为履行…), besides a clause
#: break: a preposition no company's name ends with.
_BARE_COMPANY_AFTER = frozenset("由")


#: How many sentences before an anaphor's own its organisation may be named.
_ANAPHOR_SENTENCES = 2


def _chained_body(ctx: RelationContext, at: int, role: str) -> bool:
    """Whether ``role``, starting at ``at``, closes a list of titles after a named body (海通证券党委书记、董事长)."""
    joined = _chained_role(ctx, at, role) if at > 1 else None
    return joined is not None and _body_ends_at(ctx, joined[1])


_PRONOUN_SOURCE = "relate:pronoun"


def _role_candidates(ctx: RelationContext, end: int) -> tuple[str, ...]:
    """The role words written right before ``end``, longest first; first of all an assistant's post, a title and
    助理 (院长助理、研究员傅梦孜, 总经理助理王明: the assistant's post, no 院长's or 总经理's)."""
    simplified = ctx.simplified
    found = tuple(r for r in _roles_to(ctx, end) if simplified.endswith(r, 0, end))
    fielded = _fielded_title(ctx, end, found)
    if fielded:
        found = (fielded, *found)
    if found:
        ranked = _ranked_title(ctx, end - len(found[0]), found[0])
        at = end - len(ranked or found[0])
        # (a unit whose letter the title repeats keeps its own reading: 国家发改委|中国小城镇试点处|处长, :func:`_unit`)
        department = "" if _unit_role(ctx, at, ranked or found[0]) \
            else _department_before(ctx, at - (ctx.simplified[at - 1 : at] == "副"), end)
        return tuple(t for t in (department, ranked) if t) + found
    if simplified.endswith(_ASSISTANT, 0, end):
        base = next((r for r in _roles_to(ctx, end - len(_ASSISTANT))
                     if simplified.endswith(r, 0, end - len(_ASSISTANT))), None)
        if base is not None and base + _ASSISTANT not in found:
            return (base + _ASSISTANT, *found)
    return found


#: A fund manager's titles, whose holder may be a fund (a product) rather than its company.
_FUND_ROLES = frozenset({"基金经理", "基金经理助理"})


#: Between a fund and its manager's title: 的, and a word saying the post is newly given (拟任, 现任).
_FUND_LINK = re.compile(r"的?(?:拟任|现任|新任)?$")


#: A fund's name no extractor named, ending in 基金 (易方达行业领先企业基金, 友邦华泰积极成长基金), or a closed-end
#: fund's, 基金 and two letters (基金丰和, 基金普润: as they are registered).
_FUND_NAME = re.compile(r"(?:[\u4e00-\u9fff]{2,16}基金|基金[\u4e00-\u9fff]{2})$")


#: What may stand before a fund's name: a clause's start, a list's 、, a quotation's close, the 的 of a clause
#: describing it (正在发行的中银行业优选灵活配置混合型基金拟任基金经理X).
_FUND_LEFT_EDGE = frozenset("，,。；;：:！？!?、（(“「 \n”」』的")


def _fund_holder(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """The fund whose manager's title starts at ``p`` (易方达行业领先企业基金的拟任基金经理伍卫; 、基金丰和基金经理X in a list of
    posts): letters ending in 基金 from a clause's start or a list's 、 (原/前 there a past post's mark, no part of
    the name), or 基金 and a closed-end fund's two letters; no verb opening them, nothing named in them but the
    company's short name opening them, no role word. Derived as an organisation; ``None`` otherwise."""
    if role not in _FUND_ROLES:
        return None
    simplified = ctx.simplified
    q = _FUND_LINK.search(simplified, max(p - 3, 0), p).start()
    name = _FUND_NAME.search(simplified, max(q - 18, 0), q)
    if name is None:
        return None
    b = name.start()
    while b < q and b > 0 and simplified[b - 1] not in _FUND_LEFT_EDGE:
        b += 1  # the pattern's earliest start may be inside a clause: move to its edge
    if simplified[b : b + 1] in ("原", "前"):
        b += 1  # 原长盛基金的基金经理: a past post (:func:`_former`)
    span = simplified[b:q]
    if len(span) < 4 or not (span.endswith("基金") or span.startswith("基金")) \
            or _dictionary_tag(next(iter(_words(span)), "")) in _NOT_BODY_TAGS:
        return None  # 日前专访|兴业有机增长基金: a verb opens the letters, no fund's name
    if any(ch in "的了是在与及等为对" for ch in span) or any(r in span for r in ctx.lexicon.role_words if len(r) > 1) \
            or any(m.start < q and b < m.end and not _opens_fund(m, b, q) for m in ctx.mentions):
        return None
    return ctx.derive_organisation(b, q)


def _opens_fund(m: Mention, b: int, q: int) -> bool:
    """Whether ``m``, named inside a fund's name ``[b, q)``, is only its company (华安 of 华安行业精选股票基金, read as a
    place or a body), or the fund run on into its manager's title (基金安顺基金|经理)."""
    return m.start == b and m.label in (Label.ORGANIZATION, Label.PLACE) and (m.end < q or m.end == q + 2)


#: Bodies whose head's title repeats their last character and may share it (经济部长: 部长 of 经济部).
_FUSED_HEADS = frozenset("部院局署厅处所会社司")


#: Words before a title that qualify it and name no body: 代理司长, 新任董事长.
_ROLE_QUALIFIERS = ("代理", "执行", "常务", "首任", "新任", "现任", "时任", "前任", "候任", "署理", "名誉", "荣誉",
                    "首席", "第一", "第二", "驻", "轮值")


#: What no unnamed body holds: function words, verbs of saying, deixis (该公司, 本报).
_NOT_IN_BODY = frozenset("的了是在和与及或等也都说称表示着过被把从到由对向将为于之这那该本此其我你他她它贵各全每")


#: jieba's tags of a first word that opens no body's name: time, conjunction, adverb, pronoun, preposition,
#: numeral, verb… (今天董事长王伟, 据悉董事长王伟).
_NOT_BODY_TAGS = frozenset({"t", "c", "d", "r", "p", "u", "m", "mq", "f", "q", "y", "e", "o", "v", "vd", "vn", "ad",
                            "a", "b", "s", "l", "i", "tg", "zg"})


#: Words of quality before a title (最佳导演, 著名演员): a body's name does not end with one, nor with a word
#: jieba's dictionary tags a state (z: 最佳).
_QUALITY_WORDS = frozenset({"最佳", "著名", "知名", "优秀", "杰出", "资深", "当红", "金牌", "王牌", "年度"})


#: Heads of financial firms' names, beside the organisation suffixes: 华夏基金, 宏源证券, 平安保险.
_COMPANY_HEADS = ("基金", "证券", "银行", "保险", "信托", "集团", "公司")


def _body_head_end(ctx: RelationContext, b: int, end: int) -> int:
    """Where a body's name in ``[b, end)`` ends: at an organisation head inside it followed only by a short
    qualifier of the title with no head of its own (华夏基金|固定收益总监: 总监 of 华夏基金), else at ``end``."""
    simplified = ctx.simplified
    heads = [h for h in ctx.lexicon.org_suffixes if len(h) > 1] + list(_COMPANY_HEADS)
    for k in range(end - 1, b + 1, -1):
        if end - k > _MAX_QUALIFIER or any(h in simplified[k:end] for h in heads) or simplified[end - 1] in _UNIT_HEADS:
            break  # 北京大学医学院院长, 招商基金产品部总监: a unit with a head of its own is part of the name
        if any(simplified.endswith(h, b, k) for h in heads):
            return k
    return end


#: A day or month right after a name: 商务部长陈德铭21日出席…, 五月二十日.
_DAY_AFTER = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日月号]")


#: Heads that make the letters before them a body's name, in a title no extractor split: 第三舰队司令, 陆军省次长,
#: 明军将领, 莫卧儿帝国创始人. 省 names a province before a title a place's government holds, else a ministry.
_TITLE_BODY_HEADS = ("舰队", "帝国", "王国", "军团", "军", "省", "部", "署", "藩")


def _holder_in_title(ctx: RelationContext, p: int, role: str, start: int | None = None) -> Mention | None:
    """A place or body no extractor named, read from the title's own letters before ``role`` (at ``p``),
    a short qualifier maybe between them (中华民国首任正式大总统): a word jieba's dictionary knows as a place
    (ns, for a title a place's government holds: 直隶总督, 苏联领导人) or a body (nt); or letters ending in a
    body's head (第三舰队司令, 陆军省次长, 明军将领), from the clause's start, a function word or a name to the
    head. With ``start`` (after a verb of appointment), the name must begin there. Derived, as a place or an
    organisation; ``None`` when nothing safe is written."""
    simplified = ctx.simplified
    tail = _STATE_ORDINAL_TAIL.search(simplified, max(p - 8, 0), p) if role in ctx.lexicon.place_roles else None
    if tail is not None and tail.start() > 0:  # 是唐朝的第十位皇帝, 是埃及第四王朝的第一位法老
        q = tail.start()
        found = _dynasty_ending_at(ctx, q, role) or _named_word_ending_at(ctx, q, role)
        if found is None and (place := ctx.place_ending_at.get(q)) is not None:
            found = place.start, Label.PLACE
        if found is not None and (start is None or found[0] == start):
            return ctx.derive_mention(found[0], q, found[1])
    for gap in range(0, _MAX_QUALIFIER + 1):
        q = p - gap
        if q <= 0 or (gap and (not _qualifier(ctx, q, p) or ctx.simplified[q] in _FUSED_HEADS or ctx.simplified[q] in "省军")):
            continue  # 陆军省|次长: 省 is the body's head, no qualifier
        found = _named_word_ending_at(ctx, q, role) or _headed_body_ending_at(ctx, q, role) \
            or _dynasty_ending_at(ctx, q, role)
        if found is not None and (start is None or found[0] == start):
            b, label = found
            return ctx.derive_mention(b, q, label)
        if gap == 0 and start is None and simplified[q - 1] == "、" \
                and (described := next((d for d in _STATE_SERVANTS if simplified.endswith(d, 0, q - 1)), None)) \
                and (dynasty := _dynasty_ending_at(ctx, q - 1 - len(described), role)) is not None:
            return ctx.derive_mention(dynasty[0], q - 1 - len(described), dynasty[1])  # 南宋名臣、宰相文天祥
        if gap == 0 and not simplified[q - 1].isalnum():
            return None
    return None


#: What a dynasty's servant is called before 、 and his title, the dynasty holding the title: 南宋名臣、宰相文天祥.
_STATE_SERVANTS = ("名臣", "重臣", "大臣", "权臣", "名将", "大将")


#: 的 and maybe an ordinal between a state and its ruler's title: 唐朝的第十位皇帝, 埃及第四王朝的第一位法老.
_STATE_ORDINAL_TAIL = re.compile(r"的(?:第[\d一二三四五六七八九十百零〇两]+[任届位代]|首任|首位)?$")


def _headed_body_ending_at(ctx: RelationContext, q: int, role: str) -> tuple[int, Label] | None:
    """Where a body's name ending at ``q`` in one of :data:`_TITLE_BODY_HEADS` starts (its label with it):
    the words before ``q`` back to the clause's start, a function word (:data:`_BODY_LEFT_EDGE`) or a word that
    ends a phrase before a name (a verb, a time, an adverb: 说服|第三军), a name's end alone being no edge
    (诺贝尔|瓷砖市场部 may be the named one's unit); two to eight letters,
    more than the head and more than one common noun (总部, 俱乐部); nothing named in them, no role word, no
    deixis (本部, 该军), a first word that opens a name (not 三级|市场部); ``None`` when the letters run on past
    eight with no such edge (美联物业市场研究部: where the name starts is not written)."""
    simplified = ctx.simplified
    head = next((h for h in _TITLE_BODY_HEADS if simplified.endswith(h, 0, q)), None)
    if head is None:
        return None
    ends = {m.end for m in ctx.mentions}
    b = q - len(head)
    while b > 0 and q - b <= _MAX_BODY + 4 and simplified[b - 1].isalnum() and simplified[b - 1] not in _BODY_LEFT_EDGE \
            and b not in ends:
        b -= 1
    # a name's end is no edge by itself: 诺贝尔|瓷砖市场部 may be the named one's unit, 福岛安正少将说服|第三军 is not
    bounded = b == 0 or not simplified[b - 1].isalnum() or simplified[b - 1] in _BODY_LEFT_EDGE
    words = _words(simplified[b:q])
    for i in range(len(words) - 2, -1, -1):  # the words after the last that ends a phrase
        if _dictionary_tag(words[i]) in _PHRASE_END_TAGS and not _ORDINAL_BODY.fullmatch(words[i]):
            b += sum(len(w) for w in words[: i + 1])
            words, bounded = words[i + 1 :], True
            break
    span = simplified[b:q]
    if not bounded or not words or simplified[b - 1 : b] in ("与", "和", "及") \
            or (_dictionary_tag(words[0]) in _NOT_BODY_TAGS and not _ORDINAL_BODY.fullmatch(words[0])) \
            or (len(words) == 1 and _dictionary_tag(words[0]) == "n"):
        return None  # 研究与咨询部董事: the body's name runs on before the conjunction
    if not 2 <= len(span) <= _MAX_BODY or len(span) == len(head) or any(ch in _NOT_IN_BODY for ch in span) \
            or any(m.start < q and b < m.end for m in ctx.mentions) \
            or any(r in span for r in ctx.lexicon.role_words if len(r) > 1):
        return None
    return b, (Label.PLACE if head == "省" and role in ctx.lexicon.place_roles else Label.ORGANIZATION)


#: An ordinal opening a body's name: 第三舰队, 第38特遣舰队.
_ORDINAL_BODY = re.compile(r"第[\d一二三四五六七八九十百零〇两]+")


def _chained_role(ctx: RelationContext, p: int, role: str) -> tuple[str, int, str] | None:
    """The role chained before the role starting at ``p``, where it starts, and who holds ``role``: "" the
    chain's holder, "skip" a place of its own between them (总经理及香港副总裁: 副总裁 is 香港's, not the
    holder's, when it is no role a place's government holds), "government" the government of the party
    committee holding the chain (党委常委、政府常务副主席); or ``None``."""
    own = ""
    # a word of acting or of rotation before the title (党委副书记、代省长; 董事、代理总经理; 副董事长、轮值董事长): the
    # chain reads on past it, and the title keeps it (:func:`_keep_qualifiers`)
    acting = first_ending(ctx.simplified, _CHAINED_QUALIFIERS, p) \
        or (_ACTING_HEAD if role in _DIVISION_HEADS and ctx.simplified.endswith(_ACTING_HEAD, 0, p) else "")
    if acting and p - len(acting) > 0 and ctx.simplified[p - len(acting) - 1] in _CHAIN_JOINERS:
        p -= len(acting)
    place = ctx.place_ending_at.get(p)
    if place is not None and role not in ctx.lexicon.place_roles and place.start > 0 \
            and ctx.simplified[place.start - 1] in _CHAIN_JOINERS:
        p, own = place.start, "skip"
    elif ctx.simplified.endswith("政府", 0, p) and p > 2 and ctx.simplified[p - 3] in _CHAIN_JOINERS:
        p, own = p - 2, "government"
    elif p > 1 and ctx.simplified[p - 1] in _OPENING_QUOTES and ctx.simplified[p - 2] in _CHAIN_JOINERS:
        p -= 1  # 国民党主席兼“总统”马英九: the quoted title chains as an unquoted one
    if ctx.simplified[p - 1] not in _CHAIN_JOINERS:
        return None
    candidates = _role_candidates(ctx, p - 1) or _committee_members(ctx, p - 1)
    # the role starting where an organisation ends, else where a place ends, else the longest: 万科集团党委|书记、董事长
    # where the committee is named whole, 万科集团|党委书记 where the body is; a region's committee named whole is its
    # own body (西藏自治区党委|常委, not the region's 党委常委: a governing unit's title only after the body it governs)
    more = next((r for r in candidates if p - 1 - len(r) in ctx.org_ending_at), None) \
        or next((r for r in candidates if _body_ends_at(ctx, p - 1 - len(r))), None) or next(iter(candidates), None)
    return (more, p - 1 - len(more), own) if more is not None else None


#: A party committee's members, member words the lexicon has no role for, chained as posts before a title
#: (中国残联党组成员、副理事长尤亮: 党组成员 and 副理事长 of 中国残联; round roles279).
_COMMITTEE_MEMBERS = ("党组成员", "党委成员")


def _committee_members(ctx: RelationContext, end: int) -> tuple[str, ...]:
    """The committee member's post (:data:`_COMMITTEE_MEMBERS`) written right before ``end``, as a role candidate."""
    return tuple(w for w in _COMMITTEE_MEMBERS if ctx.simplified.endswith(w, 0, end))


def _body_ends_at(ctx: RelationContext, p: int) -> bool:
    """Whether an organisation or a place the extractors named ends at ``p``."""
    return p in ctx.org_ending_at or p in ctx.place_ending_at


#: Degrees a description may end in, its school named before (耶鲁硕士, 哈佛大学博士).
_DEGREES = ("硕士", "博士", "学士", "博士后")


def _school_of_degree(m: Mention, span: str) -> bool:
    """Whether ``m``, named in a description ``span``, is only the school of the degree closing it (总裁、耶鲁硕士X)."""
    return m.label is Label.ORGANIZATION and span.endswith(_DEGREES) and span.startswith(m.simplified) \
        and len(span) - len(m.simplified) <= 3


#: Verbs of serving in a clause that qualifies the body after it: 张伟任董事长的华强集团, 由马云担任董事局主席的阿里巴巴集团.
_SERVES_IN = ("担任", "出任", "兼任", "任")


#: What may stand between the person and that verb: 曾 (a post held before), 现, 一直.
_SERVES_IN_ADVERBS = ("曾经", "曾", "现", "一直")


#: A body's organs that appoint its officers: the post is the body's (华强集团董事会聘任X为总经理: 总经理 of 华强集团).
_BOARDS = ("董事会", "董事局", "监事会", "股东大会", "股东会")


def _body_of_board(ctx: RelationContext, body: Mention) -> Mention:
    """The body whose board ``body`` is (华强集团董事会: 华强集团, named or derived), or ``body``."""
    name = body.simplified
    board = next((b for b in _BOARDS if name.endswith(b) and len(name) > len(b) + 1), None)
    if board is None:
        return body
    end = body.end - len(board)
    return ctx.org_ending_at.get(end) or ctx.derive_organisation(body.start, end)


#: What may close a list of posts before the comma, after its last title: 历任华强集团副总经理、总经理等职务，.
_LIST_CLOSINGS = ("等职务", "等职位", "等职", "一职", "职务")


#: What may stand before the first of a list of bodies sharing the title after the last: a verb of a career (现任,
#: 历任, 担任…, :data:`_CAREER_LINKS`; 为, 是), or a mark opening an item (an apposition's comma; 、, 和, 及 after a post).
_SHARED_LIST_OPENERS = ("，", ",", "、", "；", ";", "：", ":", "和", "及", "为", "是")


def _bodies_sharing_a_title(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """A title after a list of bodies joined by 、 is each body's when its holder is named before the list (王明，现任
    华润置地有限公司、万科企业股份有限公司董事长; 赵友谊，男，…，山东华星环保集团有限公司、金刚新材料股份有限公司董事长):
    the readers read it as the last body's; the bodies before it hold it too. The list opens after a verb of a career
    or a mark opening an item; a list after the title's holder (华润集团、万科集团董事长王明, a caption or a guest list)
    is left as the last body's (:func:`zhkg.relate.roles_captions.read_shared_titles` reads it with a count of both)."""
    simplified = ctx.simplified
    have = {(r.source, r.target, r.role_simplified) for r in found}
    out = []
    for r in found:
        if r.kind is not RelationKind.HOLDS_ROLE:
            continue  # (the evidence ends at the title: its holder is named before it, or stands in for a résumé's)
        last = ctx.org_ending_at.get(r.evidence.end - len(r.role_simplified))
        if last is None or ctx.owner.get(last) != r.target or last.start <= r.evidence.start \
                or not simplified.startswith(r.role_simplified, last.end):
            continue
        bodies = []
        first = last
        while simplified[first.start - 1 : first.start] == "、" \
                and (before := ctx.org_ending_at.get(first.start - 1)) is not None and before.start > r.evidence.start \
                and before in ctx.owner and ctx.owner[before] != ctx.owner[last]:
            bodies.append(before)
            first = before
        if not bodies or not (simplified.endswith(_SHARED_LIST_OPENERS, 0, first.start)
                              or any(simplified.endswith(v, 0, first.start) for v in _CAREER_LINKS)) \
                or any(r.evidence.start < s < last.start for s in ctx.person_starts):
            continue
        for body in bodies:
            key = (r.source, ctx.owner[body], r.role_simplified)
            if key not in have:
                have.add(key)
                out.append(ctx.relation(key[0], key[1], RelationKind.HOLDS_ROLE, r.evidence.start, r.evidence.end,
                                        r.role, former=r.former))
    return out


#: Verbs of joining a body whose post the next clause names bare: 加入微软公司，担任软件工程师; founding it too
#: (俞敏洪创办了北京市新东方学校，担任校长), coaching a team or teaching at a school (执教统一狮队，其后转任总教练;
#: 任教于东吴大学，后升任教授).
_JOINS = ("加入", "进入", "加盟", "任职于", "就职于", "供职于", "受聘于", "服务于", "转投", "创办了", "创办", "创立了", "创立",
          "创建了", "创建", "执教", "任教于")


def _joined_body(ctx: RelationContext, comma: int) -> Mention | None:
    """The body the clause ending at ``comma`` says its subject joined, written last in it (王明于2005年加入谷歌公司，), the
    body it belongs to maybe named right before it (执教中华职棒统一狮队，), or ``None``."""
    org = ctx.org_ending_at.get(comma)
    if org is None:
        return None
    league = ctx.org_ending_at.get(org.start)  # 执教中华职棒|统一狮队: the body it belongs to named before it
    begins = league.start if league is not None and not ctx.simplified.endswith(_JOINS, 0, org.start) else org.start
    return org if ctx.simplified.endswith(_JOINS, 0, begins) else None


def _titled_at(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """A place or body no extractor named, starting at ``start`` (an ordinal before it skipped), read from the
    title after it (:func:`_holder_in_title`: 当选为中华民国首任正式大总统, 任第33任陆军军法署署长), with the title
    and where it ends; or ``(None, "", start)``."""
    simplified = ctx.simplified
    ordinal = _ORDINAL.match(simplified, start)
    b = ordinal.end() if ordinal else start
    for p, role in _titles_ahead(ctx, b, _MAX_BODY + _MAX_QUALIFIER):
        holder = _holder_in_title(ctx, p, role, b)
        return (holder, role, p + len(role)) if holder is not None else (None, "", start)
    return None, "", start


#: Links after which a list of posts may open with an item no reader understood (a staff word: 历任天原化工厂技术员、
#: 车间主任，…).
_CAREER_LINKS = frozenset({"曾任", "历任", "现任", "原任", "先后担任", "担任", "任", "出任", "身兼", "兼任", "升任", "调任", "转任"})


#: What may follow a paper's name in 《》 before a title: 《财经》杂志主编.
_TITLE_HEADS = ("杂志社", "杂志", "报社", "周刊", "社")


#: Titles a film's or a book's 《》 takes, not a paper's post: 《观音山》导演李玉.
_WORK_ROLES = frozenset({"导演", "副导演", "总导演", "编剧", "制片人", "监制", "主演", "作者", "主持人", "出品人", "作曲"})
