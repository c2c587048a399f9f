"""A title whose holder is named elsewhere in the text, for the role readers (:mod:`zhkg.relate.roles`): a
division head's title before a name with the division unwritten, the one the text names (杭州市召开会议。市长姚高员出席: :func:`_unwritten_divisions`), a title written right after a name that opens
its clause (王明市长表示, 黄伟贤局长表示: :func:`_title_after`, :func:`_courtesy_title`), maybe after a short relative
clause (分管执法的赵建国副局长: :func:`_relative_clause_before`), and bare titles whose body the text named before
(，干事杨炜炜表示; 江丙坤、林丰正与黄敏惠等8位副主席; inside a clause after a function word or a verb, …提名的立委X:
:func:`_roles_in_context`), a state's head titled bare before a
name (德国新总理…。前总理默克尔: :func:`_unwritten_states`).

Caveats: the holder is the one body or coded place of its kind the sentence or the one before names, else the one the
document names most; when two are named as often, no role is read. A title after a name is read only when a verb, a
word of time, an adverb, a preposition or a clause break closes it. Moved verbatim from ``relate/roles_links.py``
(tidy73), which itself came from ``relate/roles.py`` (tidy65): no definition's text changed. This part imports only
the parts before ``roles_links``, never ``relate/roles.py``.
"""

from __future__ import annotations

from zhkg.records import (
    Label,
    Mention,
    Relation,
    RelationKind,
)
from zhkg.relate.base import (
    RelationContext,
)
from zhkg.relate.roles_body_in_context import (
    _CAUCUS_TITLES,
    _context_body,
    _spokesperson_body,
)
from zhkg.relate.roles_former import (
    _former,
)
from zhkg.relate.roles_holders import (
    _named_courtesy,
)
from zhkg.relate.roles_implied import (
    LEGISLATOR_TITLES,
    legislature_of,
    other_kind,
)
from zhkg.relate.roles_listed import (
    _listed_after,
    _people_by_start,
)
from zhkg.relate.roles_names import (
    _owner_of,
)
from zhkg.relate.roles_places import (
    _LEGISLATOR_TUPLE,
    _cabinet_post_of_no_government,
    _division_for,
    _division_kind,
)
from zhkg.relate.roles_titles import (
    _AFTER_TITLE_TAGS,
    _COUNT_OF_PEOPLE,
    _DIVISION_HEAD_TITLE_TUPLE,
    _DIVISION_HEAD_TITLES,
    _LAST_JOINERS,
    _LEFT_BEFORE_TITLE,
    _LEFT_OPENERS,
    _NOW_BEFORE_TITLE,
    _PARTY_BADGES,
    _POST_QUALIFIERS,
    _REGION_HEADS,
    _SPOKESPERSON_TITLES,
    _VERBAL_NOUN,
    _role_at,
)
from zhkg.relate.roles_words import (
    _clause_opens,
    _dictionary_tag,
    _word_tag_at,
    _words,
)
from zhkg.stages.resolve import (
    region_of,
)
from zhkg.text import (
    CLAUSE_BREAKS,
    first_at,
    first_ending,
    is_han,
)

__all__ = [
    "_unwritten_divisions",
    "_headed_by_another",
    "_title_after",
    "_MAX_RELATIVE_CLAUSE",
    "_POSSESSORS",
    "_relative_clause_before",
    "_courtesy_title",
    "_roles_in_context",
    "_STATE_HEADS",
    "_STATE_TITLE_MARKS",
    "_BEFORE_STATE_HEAD",
    "_ELECTIONS",
    "_is_state",
    "states_and_holders",
    "_unwritten_states",
    "_state_near",
    "_state_titled",
    "_titled_after_a_place",
    "_only_state",
    "_PHRASE_OPENER_TAGS",
    "_HANDOVER_VERBS",
    "_opens_after_handover",
    "_phrase_opens",
    "_BARE_CHAIN_JOINERS",
    "_bare_chain",
    "_CAUCUS_DEPUTIES",
    "_TERMS",
    "_NEW_BEFORE_STATE_HEAD",
    "_before_chained_post",
    "_COUNCILLOR",
    "_other_state_before",
]


def _unwritten_divisions(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """A division head's title right before a name with the division unwritten (杭州市召开会议。市长姚高员出席;
    花蓮縣…縣長徐榛蔚表示; 香港…特首李家超): the one coded place of that kind named in the sentence or the one before, else the
    one the document names most, if it names one more than any other. A holder written before the title is the
    other readers' (杭州市市长, 国民党台北市议员), and so is a title the person already holds. The people listed after
    the first hold it too (副市长王明、张建国); a title after a name opening its clause is read as well (王明市长表示:
    :func:`_title_after`)."""
    simplified = ctx.simplified
    held = {(r.source, r.role_simplified) for r in found}
    places = [m for m in ctx.mentions if m.label is Label.PLACE and m.code]
    starts = _people_by_start(ctx)
    name_ends = frozenset(m.end for m in ctx.mentions if m.label is not Label.COUNT)
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        title = first_ending(simplified, _DIVISION_HEAD_TITLE_TUPLE, person.start, default=None)
        if title is None:
            title = _title_after(ctx, person)
            if title is not None:  # 王明市长表示: the title after the name, as a courtesy
                place = _division_for(ctx, places, person.start, _division_kind(title))
            elif (title := _title_after(ctx, person, _LEGISLATOR_TUPLE)) is not None:
                place = legislature_of(ctx, person.start)  # 立法院…，王明立委表示: 立委 of the 立法院 it names
            if title is not None:
                source = _owner_of(ctx, person)
                if place is not None and (source, title) not in held:
                    out.append(ctx.relation(source, ctx.owner[place], RelationKind.HOLDS_ROLE, person.start,
                                            person.end + len(title), ctx.text[person.end:person.end + len(title)]))
            continue
        at = person.start - len(title)
        source = _owner_of(ctx, person)
        if (source, title) in held or at in ctx.place_ending_at or at in ctx.org_ending_at \
                or (at > 0 and is_han(simplified[at - 1]) and simplified[at - 1] not in "前原代老新"
                    and (title.endswith(_COUNCILLOR) or not _phrase_opens(ctx, at, name_ends))):
            continue  # 杭州市|市长, 副|市长 (read whole), 校区|长: the holder is written, or this is no bare title
            # (a function word, a verb or an adverb before a head's title opens a phrase: 搭配副县长X, 也是县长X,
            # round roles232; a councillor there, 无党籍的县议员X, is left to the council: the web gold's 县议会)
        place = _division_for(ctx, places, at, _division_kind(title))
        if place is None or _headed_by_another(ctx, found, place, title, source, at):
            continue
        # the people listed after the first hold it too (副市长王明、张建国出席)
        for holder in [person, *_listed_after(ctx, person, starts, title)]:
            source = _owner_of(ctx, holder)
            if holder is person or (source, title) not in held:
                if holder is not person:  # (the first may be written again, 前 before it: each mention its edge)
                    held.add((source, title))
                out.append(ctx.relation(source, ctx.owner[place], RelationKind.HOLDS_ROLE, at, holder.end,
                                        ctx.text[at:at + len(title)], former=_former(ctx, at)))
    return out


#: A division's councillor's title ends so (县议员, 市议员), no head's.
_COUNCILLOR = "议员"


def _headed_by_another(ctx: RelationContext, found: list[Relation], place: Mention, title: str, source: str,
                       at: int) -> bool:
    """Whether the sentence of the bare title at ``at`` gives the head's ``title`` of ``place`` to another person, the
    place written with it (行政长官李家超率领的访澳团…与澳门行政长官岑浩辉会面: 澳门's head is 岑浩辉, so the bare title before
    李家超 is no title of 澳门; review186). A division has one head at a time; its deputies (副市长) are many and stay
    read, and so does a head of another sentence (市长卢秀燕…在前台中市长林佳龙时代: another time)."""
    if title.startswith("副"):
        return False
    i = ctx.sentence_index(at)
    start, end = ctx.sentences[i] if i >= 0 else (0, len(ctx.text))
    target = ctx.owner[place]
    return any(r.target == target and r.role_simplified == title and r.source != source and not r.former
               and start <= r.evidence.start < end for r in found)


def _title_after(ctx: RelationContext, person: Mention, titles: tuple[str, ...] = _DIVISION_HEAD_TITLE_TUPLE) -> str | None:
    """A division head's title (or one of ``titles``) right after a person who opens a clause, itself closed by a
    verb, a word of time, an adverb, a preposition or a clause break (北京市…。王明市长表示: 市长), or ``None`` (王明市长助理,
    据王明市长). A title followed by its term (王明县长任期将届, 王明市长任内) needs no clause opening at the name."""
    simplified = ctx.simplified
    at = person.start
    title = first_at(simplified, titles, person.end)
    if not title or title in _REGION_HEADS:
        return None
    after = person.end + len(title)
    if simplified.startswith(_TERMS, after):
        return title
    if at > 0 and simplified[at - 1] not in CLAUSE_BREAKS and simplified[at - 1] not in "\n、" \
            and _relative_clause_before(ctx, at) is None:
        return None
    if after < len(simplified) and simplified[after] not in CLAUSE_BREAKS \
            and (_word_tag_at(simplified, after)[:1] not in _AFTER_TITLE_TAGS
                 or _word_tag_at(simplified, after) == _VERBAL_NOUN):  # 市长|助理 (vn)
        return None
    return title


#: A post's term right after its title, which says the named person holds it: 饶庆铃县长任期将届, 王明市长任内.
_TERMS = ("任期", "任内", "任上")


#: The most letters of a relative clause before a name and its title (提案的, 主管都发业务的).
_MAX_RELATIVE_CLAUSE = 8


#: Letters that open a possessive, not a relative clause: 他的, 其, 我们的 (the post is another's).
_POSSESSORS = frozenset("他她其我你您本该此这那")


def _relative_clause_before(ctx: RelationContext, at: int) -> int | None:
    """Where a short relative clause ending in 的 opens, when it opens its clause and ends right before ``at``, a
    person's name: 立法院…，提案的蔡宜芳立委说; 杭州市环保局…，分管执法的赵建国副局长介绍; else ``None``. The clause says
    what the person does (a verb among its words, as jieba tags them), names no one and nothing (中国的, 华强集团的:
    a holder, :func:`_title_after` leaves it to the other readers) and opens with no possessor (他的, 其)."""
    simplified = ctx.simplified
    if at < 2 or simplified[at - 1] != "的":
        return None
    # (a break further back than the longest clause leaves a span too long: the search stops there, not at the
    # text's start, which each break missing from a long text made quadratic)
    lo = max(0, at - 2 - _MAX_RELATIVE_CLAUSE)
    start = max(simplified.rfind(ch, lo, at - 1) for ch in CLAUSE_BREAKS + "、") + 1
    span = simplified[start : at - 1]
    if not span or len(span) > _MAX_RELATIVE_CLAUSE or not span.isalnum() or span[0] in _POSSESSORS \
            or ctx.any_between(start, at - 1):
        return None
    return start if any(_word_tag_at(span, i).startswith("v") for i in range(len(span))) else None


def _courtesy_title(ctx: RelationContext, person: Mention) -> str | None:
    """A body's title written right after a name that opens its clause, as the press names an official by courtesy
    (环境局今日公布计划，黄伟贤局长表示; 经济部…，王志强部长表示), or ``None``: the longest role word there, followed by a
    verb, a word of time, an adverb or a preposition (:func:`_title_after`): its clause goes on, as a courtesy's does,
    where a title closing it is a list of posts (王明出任万科集团董事长，李四总经理。). A division head's or a
    legislator's title is :func:`_unwritten_divisions`'s."""
    role = _role_at(ctx, person.end)
    if role is None or role in _DIVISION_HEAD_TITLES or role in LEGISLATOR_TITLES \
            or not ctx.simplified[person.end + len(role) : person.end + len(role) + 1].isalnum():
        return None
    return _title_after(ctx, person, (role,))


def _roles_in_context(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """Bare titles whose body the text named before (:func:`_context_body`): a title opening its clause before a
    person or a list of people (，干事杨炜炜表示), or opening a phrase inside its clause (:func:`_phrase_opens`:
    …提名的立委X, 由现任副书记长X接任, 仅总经理X留任; the body its clause's subject too), and people listed before 等
    and their title (江丙坤、林丰正与黄敏惠等8位副主席; its body may be written: 等3位国民党副主席)."""
    simplified = ctx.simplified
    starts = _people_by_start(ctx)
    ends = {m.end: m for m in starts.values()}
    titled = {r.evidence.end for r in found}
    have = {(r.source, r.target, r.role_simplified) for r in found}
    name_ends = frozenset(m.end for m in ctx.mentions if m.label is not Label.COUNT)
    out = []

    def add(people: list[Mention], holder: Mention, role_at: int, role: str, start: int, left: bool = False) -> None:
        for person in people:
            key = (_owner_of(ctx, person), ctx.owner[holder], role)
            if key not in have:
                have.add(key)
                out.append(ctx.relation(key[0], key[1], RelationKind.HOLDS_ROLE, start, max(person.end, role_at + len(role)),
                                        ctx.text[role_at : role_at + len(role)], former=left or _former(ctx, start)))

    for person in sorted(starts.values(), key=lambda m: m.start):
        if person.end in titled:
            continue
        role = ctx.lexicon.role_ending(simplified, person.start) or None
        if role is None:
            courtesy = _courtesy_title(ctx, person)  # 环境局…，黄伟贤局长表示: the title after the name
            if courtesy is None and (named := _named_courtesy(ctx, person)) is not None:
                add([person], named[0], named[2], named[1], person.start)  # 王建煊监察院长今天表示
                continue
            # (its sentence's body only: a title after a name is also a courtesy with no body, 晚上，胡主席就将…)
            holder = _context_body(ctx, person.start, courtesy, before=False) if courtesy is not None else None
            if holder is not None and not other_kind(ctx, courtesy, holder) \
                    and not _cabinet_post_of_no_government(ctx, courtesy, holder):
                add([person], holder, person.end, courtesy, person.start)
            continue
        # a caucus officer's 副 or 首席副 (，副书记长X): the title the caucus gives, read off its party (_context_body)
        role = next((q + role for q in _CAUCUS_DEPUTIES if role in _CAUCUS_TITLES
                     and simplified.endswith(q, 0, person.start - len(role))), role)
        # a qualifier of the post before it (…人事异动；执行副总经理X获任命为…): the title's own (roles294)
        role = next((q + role for q in _POST_QUALIFIERS if simplified.endswith(q, 0, person.start - len(role))), role)
        at = person.start - len(role)
        # a word of time now before the title (…，现任校长邱保生): the clause still opens with the post
        at -= len(next((w for w in _NOW_BEFORE_TITLE if role and simplified.endswith(w, 0, at)
                        and (_opens_after_handover(ctx, at - len(w)) or _phrase_opens(ctx, at - len(w), name_ends))), ""))
        # a word of a post left before the title opening its clause (…公司总经理。原总经理张强因…): the body named before
        left = next((o + w for w in _LEFT_BEFORE_TITLE for o in _LEFT_OPENERS if role and not _clause_opens(ctx, at)
                     and simplified.endswith(o + w, 0, at) and _clause_opens(ctx, at - len(o + w))), "")
        at -= len(left)
        # bare titles chained before this one (…，中常委暨立委X; 党组书记、理事长X): the chain opens the clause or phrase
        chain = _bare_chain(ctx, at) if role is not None and not left else []
        if chain:
            at = chain[0][0]
        # a title inside its clause opening a phrase (…提名的立委X): the body may be its clause's subject
        inside = role is not None and not _opens_after_handover(ctx, at)
        if role is None or (inside and not _phrase_opens(ctx, at, name_ends)) or role in _DIVISION_HEAD_TITLES:
            continue  # (a division's head or councillor, 縣議員 X, is its division's: _unwritten_divisions)
        holder = _spokesperson_body(ctx, at) if role in _SPOKESPERSON_TITLES and not inside \
            else _context_body(ctx, at, role, before=not inside, inside=inside)
        for title_at, title in [*chain, (person.start - len(role), role)]:
            if holder is not None and not other_kind(ctx, title, holder) \
                    and not _cabinet_post_of_no_government(ctx, title, holder):  # 汽车租赁协会…，董事长X: no
                # company's; 北洋军进驻北京，总理段祺瑞…: no army's premier
                add([person, *_listed_after(ctx, person, starts, role)], holder, title_at, title, at, bool(left))
    i = simplified.find("等")
    while i > 0:
        last = ends.get(i)
        i, q = simplified.find("等", i + 1), _COUNT_OF_PEOPLE.match(simplified, i + 1).end()
        if last is None:
            continue
        listed = [last]
        while (before := ends.get(listed[-1].start - 1)) is not None \
                and (simplified[before.end] == "、" or (simplified[before.end] in _LAST_JOINERS and len(listed) == 1)):
            listed.append(before)
        left = next((w for w in _LEFT_BEFORE_TITLE if simplified.startswith(w, q)), "")
        q += len(left)  # 薛瑞元、林奏延等前卫福部长: posts held before (roles294)
        role, holder, badge = _role_at(ctx, q), None, 0
        if role is None:
            holder = ctx.org_starting_at.get(q)
            if holder is not None and holder.simplified.endswith("党"):  # 等2名民进党籍(的)立委: the party's badge
                badge = len(next((b for b in _PARTY_BADGES if simplified.startswith(b, holder.end)), ""))
            role = _role_at(ctx, holder.end + badge) if holder is not None else None
            fused = _role_at(ctx, holder.end - 1) if holder is not None and role is None else None
            if fused is not None and len(fused) == 2 and fused[1] == "长" and fused[0] == holder.simplified[-1]:
                role, badge = fused, -1  # 等前卫福部长: the body's head, sharing its last letter
        if role is None and (holder := ctx.place_starting_at.get(q)) is not None:  # 等3位台北市议员
            role = _role_at(ctx, holder.end)
            role = role if role in ctx.lexicon.place_roles else None
        if role is None:
            continue
        role_at = q if holder is None else holder.end + badge
        after = role_at + len(role)
        if after < len(simplified) and simplified[after].isalnum() \
                and _word_tag_at(simplified, after)[:1] not in _AFTER_TITLE_TAGS:
            continue  # 等3位副主席候选人: the title is a longer word's (not 等3位副主席出席, 等3名立委今天表示)
        if holder is None and _clause_opens(ctx, listed[-1].start):
            holder = _context_body(ctx, listed[-1].start, role)
        if holder is not None and not _cabinet_post_of_no_government(ctx, role, holder):
            add(listed[::-1], holder, role_at, role, listed[-1].start, bool(left))
    return out


#: What joins two bare titles of one holder before the name (中常委暨立委X, 董事兼总经理X, 党组书记、理事长X); 和, 及
#: and 与 also join people (主席X及副主席Y), so a chain read back from a name stops there.
_BARE_CHAIN_JOINERS = frozenset("、兼暨")


def _bare_chain(ctx: RelationContext, at: int) -> list[tuple[int, str]]:
    """The bare titles chained before a title at ``at`` (round roles216), each (start, title), the first first: 中常委
    in …，中常委暨立委王世坚. Empty when none, when a division's head's title is among them, or when the chain's first
    title is fused to a body or place named right before it (华强集团董事长暨总经理X: the fused readers' own chain)."""
    simplified = ctx.simplified
    chain: list[tuple[int, str]] = []
    while at > 1 and simplified[at - 1] in _BARE_CHAIN_JOINERS:
        title = ctx.lexicon.role_ending(simplified, at - 1) or None
        if title is None or title in _DIVISION_HEAD_TITLES:
            return []
        at -= 1 + len(title)
        chain.insert(0, (at, title))
    fused = at in ctx.org_ending_at or at in ctx.place_ending_at
    return [] if fused else chain


#: jieba's tags of a word after which a bare title opens a phrase of its own inside its clause: a preposition or a
#: conjunction (由副书记长X接任), 的 closing a relative clause (…提名的立委X), a verb (推举副董事长X), an adverb
#: (仅总经理X留任), a pronoun (自家立委X), a word of time (…召开中常会，会后副主席X表示: round roles232).
_PHRASE_OPENER_TAGS = frozenset({"p", "c", "uj", "v", "d", "r", "t"})


#: Verbs that close a clause of a post changing hands: a 、 after one joins two clauses, each its own subject
#: (现任总召王立明卸任、新任总召周永鸿接任; round roles302).
_HANDOVER_VERBS = ("卸任", "接任", "接棒", "上任", "续任", "留任", "退休", "离任", "辞任", "交棒")


def _opens_after_handover(ctx: RelationContext, at: int) -> bool:
    """Whether a clause opens at ``at``: a clause break before it, or a 、 after a verb of a post changing hands
    (:data:`_HANDOVER_VERBS`: …，现任主任王立明卸任、新任主任李小华接任 — the second title opens a clause as the first
    does)."""
    return _clause_opens(ctx, at) or (ctx.simplified[at - 1 : at] == "、"
                                      and ctx.simplified.endswith(_HANDOVER_VERBS, 0, at - 1))


def _phrase_opens(ctx: RelationContext, at: int, name_ends: frozenset[int]) -> bool:
    """Whether a bare title at ``at``, inside its clause, opens a phrase of its own (round roles175): the word before
    it is a function word, a verb, an adverb or a pronoun (:data:`_PHRASE_OPENER_TAGS`) and no name ends there
    (``name_ends``: a body or a place fused to the title is the fused readers')."""
    simplified = ctx.simplified
    if at in name_ends:
        return False
    for n in (2, 1):
        word = simplified[max(0, at - n) : at]
        tag = _dictionary_tag(word) if len(word) == n else ""
        if tag not in ("", "x"):
            return tag in _PHRASE_OPENER_TAGS and _words(simplified[at - n : at + 2])[:1] == [word]
    return False


#: What may stand before a caucus officer's title (:data:`_CAUCUS_TITLES`), the longer first.
_CAUCUS_DEPUTIES = ("首席副", "副")


#: A state's heads, titled bare before a name when the text names the state elsewhere (总统普拉博沃, 前总理默克尔).
_STATE_HEADS = ("副总统", "副总理", "副首相", "总统", "总理", "首相", "国王", "女王")


#: What may stand between a state and its head's title written elsewhere: 德国新总理, 印尼前总统.
_STATE_TITLE_MARKS = ("新任", "现任", "前任", "新", "前", "现", "")


#: Letters that may stand right before a state's head's bare title: a mark of a past or new post (前总理), a
#: preposition or a joiner (向国王查尔斯三世递交辞呈, 与总统X会谈), 的 closing a clause (即将卸任的总理X, round roles232);
#: any other letter makes it a longer word's (总经理).
_BEFORE_STATE_HEAD = frozenset("前原新向与和同跟对由被让给及将把为是在的")


#: Words of a new or present post right before a state's head's bare title: 新任总理黄循财, 现任总统X.
_NEW_BEFORE_STATE_HEAD = ("新任", "现任")


#: Words after a state's head's title that name its election, not a holder: 美国总统大选, 总统候选人.
_ELECTIONS = ("大选", "选举", "竞选", "初选", "候选人", "当选人", "辩论")


def _is_state(place: Mention) -> bool:
    """Whether ``place`` is a state by its code (DE, ID, CN); Hong Kong, Macau and Taiwan are the division and
    region readers' (:func:`_unwritten_divisions`)."""
    code = place.code or ""
    return len(code) == 2 and code.isupper() and code not in ("HK", "MO", "TW")


def states_and_holders(ctx: RelationContext, found: list[Relation], titles: tuple[str, ...]) \
        -> tuple[list[Mention], set[tuple[str, str]], dict[tuple[str, str], str]] | None:
    """The states the text names (:func:`_is_state`), the (holder, title) pairs ``found`` holds, and the holder of
    each (body, title) held now; None when the text writes none of ``titles`` or names no state (the opening of the
    readers of a state's head: :func:`_unwritten_states`, :func:`zhkg.relate.roles_abroad.read_state_heads_abroad`)."""
    if not any(t in ctx.simplified for t in titles):
        return None
    states = [m for m in ctx.mentions if m.label is Label.PLACE and _is_state(m)]
    if not states:
        return None
    return states, {(r.source, r.role_simplified) for r in found}, \
        {(r.target, r.role_simplified): r.source for r in found if not r.former}


def _unwritten_states(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """A state's head titled bare right before a name (总统普拉博沃, 前总理默克尔, 国王查尔斯三世): the one state the text
    writes the same title after (印尼总统令…, 德国新总理：…), else the one state the whole text names.

    Caveats: nothing when two states name the title (法国总统和德国总统), when the title there is a longer word's
    (美国总统大选, 首相官邸), or when another person already holds the state's title now (新加坡总理黄循财…。总理李强:
    not Singapore's; a former holder, 前总理, is read still). A holder written before the title is the other
    readers' (德国总理默克尔). Chained before another post (首相、自民党总裁X), the title's state is named in its
    sentence or opens the one before (:func:`_state_near`)."""
    simplified = ctx.simplified
    opening = states_and_holders(ctx, found, _STATE_HEADS)
    if opening is None:
        return []
    states, held, current = opening
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        end = _before_chained_post(ctx, person.start)
        title = first_ending(simplified, _STATE_HEADS, end, default=None)
        if title is None:
            continue
        at = end - len(title)
        source = _owner_of(ctx, person)
        if (source, title) in held or at in ctx.place_ending_at or at in ctx.org_ending_at \
                or (at > 0 and is_han(simplified[at - 1]) and simplified[at - 1] not in _BEFORE_STATE_HEAD
                    and not simplified.endswith(_NEW_BEFORE_STATE_HEAD, 0, at)):
            continue  # 德国总理, 副|总理 (read whole), 总经理|: the holder is written, or this is no bare title
        if at > 0 and simplified[at - 1] in "前原" and not _former(ctx, at):
            continue  # 美国目前总统王明: 前 is 目前's, no mark (the other readers' reading stands)
        state = _state_titled(ctx, states, title)
        if state is None and not _titled_after_a_place(ctx, title, _only_state(ctx)):
            state = _only_state(ctx)
        if state is None or (end != person.start and not _state_near(ctx, states, state, at)):
            continue  # chained before another post (首相、自民党总裁X): its state near (2024年，美国大选…。首相、…: not)
        target, former = ctx.owner[state], _former(ctx, at)
        if not former and current.get((target, title), source) != source:
            # 新加坡总理黄循财…。总理李强: the state's title is another's; but a state of its own named before the title
            # in its sentence may hold it (乌克兰总统X将造访美国，与总统Y会谈: Y is 美国's, round roles232)
            state = _other_state_before(ctx, states, at, target)
            if state is None or current.get((ctx.owner[state], title), source) != source:
                continue
            target = ctx.owner[state]
        held.add((source, title))
        out.append(ctx.relation(source, target, RelationKind.HOLDS_ROLE, at, person.end,
                                ctx.text[at : at + len(title)], former=former))
    return out


def _state_near(ctx: RelationContext, states: list[Mention], state: Mention | None, at: int) -> bool:
    """Whether ``state`` is named in the sentence of ``at`` or opens the sentence before (日本执政党在选举中大胜。首相、
    自民党总裁X; not 2024年，美国大选结果揭晓。首相、自民党总裁X: a state the text names only in passing)."""
    if state is None:
        return False
    index = ctx.sentence_index(at)
    here = ctx.sentences[index] if index >= 0 else (0, 0)
    before = ctx.sentences[index - 1] if index > 0 else None
    for m in states:
        if ctx.owner[m] != ctx.owner[state]:
            continue
        if here[0] <= m.start < here[1] or (before is not None and before[0] <= m.start < before[1]
                                                and not ctx.simplified[before[0] : m.start].strip()):
            return True
    return False


def _before_chained_post(ctx: RelationContext, start: int) -> int:
    """Where a state's head's bare title would end before a name starting at ``start``: right there, or, when a
    body and its title stand before the name after 、, before that 、 (首相、自民党总裁高市早苗: the state's head and the
    party's head are one person)."""
    simplified = ctx.simplified
    role = ctx.lexicon.role_ending(simplified, start)
    body = ctx.org_ending_at.get(start - len(role)) if role else None
    return body.start - 1 if body is not None and simplified[body.start - 1 : body.start] == "、" else start


def _state_titled(ctx: RelationContext, states: list[Mention], title: str) -> Mention | None:
    """The one state the text writes ``title`` after as a whole word (印尼总统令…, 德国新总理：), or ``None``."""
    simplified = ctx.simplified
    titled = {}
    for state in states:
        mark = next((w for w in _STATE_TITLE_MARKS if simplified.startswith(w + title, state.end)), None)
        if mark is None:
            continue
        after = state.end + len(mark) + len(title)
        if after < len(simplified) and is_han(simplified[after]) and after not in ctx.person_starts \
                and (_word_tag_at(simplified, after)[:1] not in _AFTER_TITLE_TAGS
                     or first_at(simplified, _ELECTIONS, after)):
            continue  # 美国总统大选, 首相官邸: a longer word, or an election (jieba tags 大选 a verb)
        titled.setdefault(state.code, state)
    return next(iter(titled.values())) if len(titled) == 1 else None


def _titled_after_a_place(ctx: RelationContext, title: str, but: Mention | None = None) -> bool:
    """Whether the text writes ``title`` right after a place anywhere, as a word or in a longer one (美国总统大选);
    a place of ``but``'s code does not count but before an election (法国总统府…被总统马克龙任命: the one state's own
    word, round roles232; 美国总统大选…。总统赖清德 still counts: the bare title may be another state's)."""
    simplified = ctx.simplified
    i = simplified.find(title)
    while i >= 0:
        if any((place := ctx.place_ending_at.get(i - len(w))) is not None and simplified.endswith(w, 0, i)
               and (but is None or place.code != but.code or first_at(simplified, _ELECTIONS, i + len(title)))
               for w in _STATE_TITLE_MARKS):
            return True
        i = simplified.find(title, i + 1)
    return False


def _other_state_before(ctx: RelationContext, states: list[Mention], at: int, target: str) -> Mention | None:
    """The one state other than ``target`` that the sentence of a bare title at ``at`` names before it (乌克兰总统X
    预定造访美国，与总统Y会谈: 美国), or ``None`` when it names none or two (round roles232)."""
    i = ctx.sentence_index(at)
    start = ctx.sentences[i][0] if i >= 0 else 0
    before = [m for m in states if start <= m.start and m.end <= at and ctx.owner[m] != target]
    return before[-1] if len({ctx.owner[m] for m in before}) == 1 else None


def _only_state(ctx: RelationContext) -> Mention | None:
    """The one state the text names (each mention of it, Hong Kong, Macau and Taiwan counted as others), or
    ``None`` when it names two or more. A coded place counts for its country: a mainland division (110000) for
    China, a city abroad (ID-city:Jakarta) or a Taiwan county (TW-HUA) for the code before its dash (resolve's
    ``region_of``), so 总理李强在北京会见德国外长 names two (China, Germany) and gives 李强 no German post."""
    countries: set[str] = set()
    state = None
    for m in ctx.mentions:
        if m.label is not Label.PLACE or not m.code:
            continue
        country = region_of(m.code)
        countries.add(country)
        if state is None and m.code == country and len(country) == 2 and country.isupper():
            state = m
    if len(countries) != 1 or state is None:
        return None
    return state if _is_state(state) else None
