"""Teams for the membership readers (:mod:`zhkg.relate.membership` and its parts): what a team is (:func:`_is_team`,
:func:`_is_team_in`, the entities of the document's teams: :func:`_team_owners`), where one is named though no
extractor named it (a name ending in 队: :func:`_derived_team`, :func:`_team_ending_at`; a team's short form:
:func:`_team_short_form`, :class:`_TeamShortNames`; jieba's word before a player's word or after a verb of joining:
:func:`_team_word_ending_at`, :func:`_team_word_after`), the qualifiers that may stand between a team and a member
word (:data:`_QUALIFIERS`, :func:`_only_qualifiers`, :func:`_qualifier`), a past membership (:func:`_past`), and
two helpers every membership reader uses: the people listed after a person (:func:`_listed_after`) and a word as
the source writes it (:func:`_original`).

Caveats
-------
* A team no extractor named is derived (extractor ``relate:derived``) only when none of jieba's words in it is a
  verb, a time or a pronoun (东莞队, 辽宁青年队; not 拒绝归队, 自己球队), and never from a generic word
  (:data:`_NOT_TEAMS`: 球队, 对方, 联盟…).
* :func:`_team_owners` and :class:`_TeamShortNames` are worked out once per context while ``ctx.mentions`` stays
  the same list.
* Moved word for word from ``relate/membership.py`` (tidy99): no definition's text changed;
  since tidy119 :mod:`zhkg.relate.membership` exports its reader alone: import each name from here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from zhkg.extract.glued_bodies import opens_with_clause_word
from zhkg.records import Label, Mention, MentionSource
from zhkg.relate.base import DERIVED, RelationContext

__all__ = [
    "_NAME_STOP",
    "_MAX_QUALIFIER",
    "_TEAM_HEADS",
    "_AFTER_TEAM",
    "_team_ending_at",
    "_derived_team",
    "_team_short_form",
    "_TeamShortNames",
    "_NOT_NAME_TAGS",
    "_QUALIFIERS",
    "_NOT_TEAMS",
    "_TEAM_WORD_TAGS",
    "_NUMBER_TEAM",
    "_team_word_after",
    "_only_qualifiers",
    "_team_word_ending_at",
    "_qualifier",
    "_ONCE",
    "_past",
    "_listed_after",
    "_original",
    "_is_team",
    "_is_team_in",
    "_team_owners",
]


#: Characters a team name no extractor found does not reach back across: 来自|辽宁青年队, 赛后|湖人队.
_NAME_STOP = frozenset("的在与和是了对被将把从自及为由向后前时里中于至到")
#: At most this many letters between an organisation (or its 的) and a member word: 小牛|主力|中锋.
_MAX_QUALIFIER = 4
#: Heads of a team's name: a team + 的 + person is a member (骑士队的安德森-瓦莱乔, a national squad: 中国女排的朱婷, and a
#: team read as one: 小牛的泰森-钱德勒), any body + 的 is not.
_TEAM_HEADS = ("队", "俱乐部", "足球会", "乐队", "乐团", "战队", "男篮", "女篮", "男排", "女排", "男足", "女足", "国足")

#: What may follow a team's short name after a verb of joining: 的, a clause break, 后/之后/以来/时/多年, the end.
_AFTER_TEAM = re.compile(r"(?:的|后|之后|以后|以来|时|期间|多年|[，,。；;！？!?）)]|$)")


def _team_ending_at(ctx: RelationContext, p: int) -> Mention | None:
    """The organisation whose name ends at ``p``; else a team no extractor named whose name ends there in 队
    (加盟东莞队, 来自辽宁青年队的周琦), two to five letters back to a stop, derived as an organisation."""
    org = ctx.org_ending_at.get(p)
    if org is not None:
        return org
    short = _team_short_form(ctx, p)
    if short is not None or ctx.simplified[p - 1 : p] != "队":
        return short
    start = p - 1
    while start > 0 and p - start < 6 and ctx.simplified[start - 1].isalnum() \
            and ctx.simplified[start - 1] not in _NAME_STOP and not any(m.end == start for m in ctx.mentions):
        start -= 1
    if p - start < 3:
        return None
    if start > 0 and ctx.simplified[start - 1].isalnum() and ctx.simplified[start - 1] not in _NAME_STOP \
            and not any(m.end == start for m in ctx.mentions):
        return None  # the name runs on further back than a team's name does: no start to trust
    return _derived_team(ctx, start, p)


def _derived_team(ctx: RelationContext, start: int, end: int) -> Mention | None:
    """The team ``[start, end)`` names, ending in 队 or 足球会, derived as an organisation; ``None`` when one of jieba's
    words in it is a verb, a time, a pronoun, an idiom or a function word (拒绝|归队, 交易|截止日|网队, 自己|球队),
    the generic 球队, or a person is named over it."""
    from zhkg.stages.segment import dictionary_tag, jieba_words

    name = ctx.simplified[start:end]
    if not name.endswith(("队", "足球会")) or name.endswith("球队") or end - start < 2 \
            or any(start < m.end and m.start < end and m.label is Label.PERSON for m in ctx.mentions):
        return None
    core = name.removesuffix("足球会")  # 杰志足球会, Hong Kong's clubs: jieba takes its 会 for a verb
    if not core or any(dictionary_tag(w) in _NOT_NAME_TAGS for w in jieba_words(core)):
        return None
    return ctx.derive_organisation(start, end)

def _team_short_form(ctx: RelationContext, p: int) -> Mention | None:
    """A team the document names in full with 队 (湖人队), written here without it, ending at ``p``
    (湖人中锋保罗-加索尔): a mention derived with the full name, so both are one entity. Of several, the one the
    document names first (by the organisations' order)."""
    names = _TeamShortNames.of(ctx)
    best: tuple[int, int, Mention] | None = None  # (rank, start, organisation)
    for length in names.lengths:
        start = p - length
        if start < 0:
            continue
        # the first team of that short form not named right there in full
        found = next(((rank, org) for rank, org in names.by_short.get(ctx.simplified[start:p], ())
                      if org.start != start), None)
        if found is None or (best is not None and best[0] < found[0]) or names.named_over(start, p):
            continue  # (or inside a name another extractor found)
        best = (found[0], start, found[1])
    return None if best is None else ctx.derive_organisation(best[1], p, canonical=best[2].name)


class _TeamShortNames:
    """The document's teams named in full with 队, by their names less it (湖人 of 湖人队), with their rank among
    its organisations; and where a mention other than a place lies. Worked out once while ``ctx.mentions`` stays
    the same list: :func:`_team_short_form` used to read every organisation and every mention at each member
    word (quadratic in a long document)."""

    def __init__(self, ctx: RelationContext):
        self.by_short: dict[str, list[tuple[int, Mention]]] = {}
        for rank, org in enumerate(ctx.of(Label.ORGANIZATION)):
            if org.name.endswith("队") and len(org.name) >= 3:
                self.by_short.setdefault(org.name[:-1], []).append((rank, org))
        self.lengths = sorted({len(short) for short in self.by_short})
        self.covered = ctx.covered(but=(Label.PLACE,))
        # (a mention of no letters covers no offset, but one strictly inside a span is still named over it)
        self.empty = sorted(m.start for m in ctx.mentions if m.start == m.end and m.label is not Label.PLACE)

    def named_over(self, start: int, end: int) -> bool:
        """Whether a mention other than a place overlaps ``[start, end)``."""
        return any(o in self.covered for o in range(start, end)) or (
            bisect_right(self.empty, start) < bisect_left(self.empty, end))

    @staticmethod
    def of(ctx: RelationContext) -> _TeamShortNames:
        found = ctx.team_short_names
        if found is None or found[0] is not ctx.mentions:
            found = ctx.team_short_names = (ctx.mentions, _TeamShortNames(ctx))
        return found[1]  # type: ignore[return-value]


#: jieba's tags no word of a team's name ending in 队 carries (东莞|队, 骑士|队, 辽宁|青年队 do not): verbs,
#: times, pronouns, prepositions, adverbs, idioms, conjunctions, particles, localisers.
_NOT_NAME_TAGS = frozenset({"v", "vd", "vg", "r", "rr", "t", "tg", "p", "d", "i", "c", "u", "uj", "ul", "uz", "ug",
                            "ud", "uv", "f", "l", "y", "z", "zg", "q"})
#: Words that only qualify a player's word, between it and a team's short name no extractor found
#: (小牛|主力|中锋, 热火|替补老|前锋); any other letters there leave the team unread (火箭追中锋: not a member).
_QUALIFIERS = frozenset({
    "主力", "首发", "替补", "板凳", "当家", "核心", "明星", "全明星", "超级", "正牌", "新锐", "年轻", "优秀", "顶级",
    "新秀", "新生", "菜鸟", "老", "新", "小", "大", "头号", "王牌", "功勋", "资深", "前", "现",
    "传奇", "人气", "冠军",  # 韩职传奇球星X, 人气球星X: a word of praise, no team (sports308)
})
#: Words before a player's word that name no team: qualifiers (主力中锋, 首发大前锋), the team itself said
#: generically (球队后卫, 对方中锋), a league or a level (NBA球员, 全明星后卫).
_NOT_TEAMS = _QUALIFIERS | frozenset({
    "球队", "对方", "对手", "本队", "全队", "主队", "客队", "两队", "各队", "该队", "队内", "球员", "自由", "现役",
    "职业", "外籍", "本土", "国内", "国际", "联盟", "联赛", "季后赛", "常规赛", "大学", "高中", "篮球", "足球",
    "男篮", "女篮", "男足", "女足", "防守", "进攻", "得分", "年度", "最佳", "前任", "现任", "昔日", "一名", "这名",
    "那名", "一位", "这位", "多名", "两名", "其他", "首位", "唯一", "身边", "场上", "老", "新", "小", "大", "队友",
    "协议", "合同", "合约", "意向", "谈判", "计划", "事宜", "传闻", "一事", "本片", "该片", "此片", "影片", "剧组",
    "阵中", "队中", "麾下",
    "韩职", "日职", "中职", "美职", "旅日", "旅美", "旅韩",  # a league, or where a player plays: no team (sports308)
})

#: jieba's tags a team's short name may carry: a noun, a name, a word it does not know, letters.
_TEAM_WORD_TAGS = frozenset({"n", "nr", "nrt", "nz", "nt", "x", "eng"})
#: A team named by a number and 人 (76人).
_NUMBER_TEAM = re.compile(r"\d+人$")


def _team_word_after(ctx: RelationContext, at: int) -> Mention | None:
    """A team's short name no extractor found, right after a verb of joining at ``at`` (加盟热火的老将): one of
    jieba's words, two letters or more, a noun, a name or a word jieba does not know, none of
    :data:`_NOT_TEAMS`, nothing named over it, and 的, a clause break or 后 after it. Derived."""
    from zhkg.stages.segment import dictionary_tag, jieba_words

    simplified = ctx.simplified
    words = list(jieba_words(simplified[at : at + 8]))
    word = words[0] if words else ""
    end = at + len(word)
    if len(word) < 2 or not word.isalnum() or word in _NOT_TEAMS or dictionary_tag(word) not in _TEAM_WORD_TAGS \
            or word in ctx.lexicon.member_words or not _AFTER_TEAM.match(simplified, end) \
            or not ctx.covered().isdisjoint(range(at, end)):
        return None
    return ctx.derive_organisation(at, end)


def _only_qualifiers(span: str) -> bool:
    """Whether ``span`` is nothing but words of :data:`_QUALIFIERS` (替补老, 正牌首发; empty too)."""
    if not span:
        return True
    return any(span.startswith(q) and _only_qualifiers(span[len(q):]) for q in _QUALIFIERS)


def _team_word_ending_at(ctx: RelationContext, q: int) -> Mention | None:
    """A team's short name no extractor found, right before a player's word (小牛后卫, 湖人中锋, 76人小前锋):
    the last of jieba's words in the letters before ``q``, two letters or more, a noun, a name or a word
    jieba does not know, none of :data:`_NOT_TEAMS`, nothing named over it. Derived as an organisation."""
    from zhkg.stages.segment import dictionary_tag, jieba_words

    simplified = ctx.simplified
    b = q
    while b > 0 and q - b < 8 and simplified[b - 1].isalnum():
        b -= 1
    number = _NUMBER_TEAM.search(simplified, b, q)
    words = [number.group()] if number else list(jieba_words(simplified[b:q]))
    word = words[-1] if words else ""
    start = q - len(word)
    if len(word) < 2 or word in _NOT_TEAMS or word in ctx.lexicon.member_words or word in ctx.lexicon.role_words \
            or opens_with_clause_word(word) \
            or (not number and dictionary_tag(word) not in _TEAM_WORD_TAGS) \
            or ctx.any_between(start, q):
        return None
    return ctx.derive_organisation(start, q)


def _qualifier(ctx: RelationContext, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a few letters that only qualify the member word: 主力, 替补老, 新秀."""
    span = ctx.simplified[start:end]
    return len(span) <= _MAX_QUALIFIER and (not span or (span.isalnum() and not any(c in "的和与及等" for c in span)
                                                         and not ctx.any_between(start, end)))


#: Words right before a team that make it a past one: 昔日湖人中锋, 曾经的火箭球员, 老东家骑士.
_ONCE = ("昔日", "曾经的", "老东家", "前东家", "旧东家")


def _past(ctx: RelationContext, org: Mention) -> bool:
    """前 or 原 right before the organisation (前尼克斯中锋; not 目前, 之前, 赛前), or a word of :data:`_ONCE`."""
    before = ctx.simplified[max(org.start - 2, 0) : org.start]
    if ctx.simplified.endswith(_ONCE, 0, org.start):  # 昔日湖人中锋, 老东家骑士的
        return True
    return before[-1:] in ("前", "原") and before[:-1] not in ("目", "之", "日", "赛", "此", "当", "提", "以")


def _listed_after(ctx: RelationContext, person: Mention, pair: bool = False) -> list[Mention]:
    """The people listed right after ``person`` with 、 between, the last maybe after 和/及/与 once the list has
    a 、 (王小明、李大同和陈美玲); none after 和 alone (科比与詹姆斯对决 names a rival, not a teammate) unless ``pair``
    (after 有: 阵中有诺维茨基和基德)."""
    found = ctx.people_at
    if found is None or found[0] is not ctx.mentions:  # (worked out once, not at each person)
        found = ctx.people_at = (ctx.mentions, {m.start: m for m in ctx.mentions if m.label is Label.PERSON})
    starts = found[1]
    listed, at = [], person.end
    while at < len(ctx.simplified):
        sep = ctx.simplified[at]
        nxt = starts.get(at + 1)
        if nxt is None or not (sep == "、" or (sep in "和及与" and (listed or pair))):
            break
        listed.append(nxt)
        at = nxt.end
        if sep != "、":
            break
    return listed


def _original(ctx: RelationContext, word: str, start: int, end: int) -> str:
    """``word`` as the source writes it, found between ``start`` and ``end`` (its Traditional form)."""
    at = ctx.simplified.rfind(word, start, end) if word else -1
    return ctx.text[at : at + len(word)] if at >= 0 else word


def _is_team(m: Mention | None) -> bool:
    """Whether ``m`` is a team: an organisation named as one (``teams.tsv``) or whose name ends in 队, 俱乐部…."""
    return m is not None and m.label is Label.ORGANIZATION and (
        m.simplified.endswith(_TEAM_HEADS) or m.extractor in (MentionSource.ORG_TEAM, DERIVED))


def _is_team_in(ctx: RelationContext, m: Mention | None) -> bool:
    """:func:`_is_team`, or a short form the resolver gave a team's entity (骑士 after 骑士队)."""
    return _is_team(m) or (m is not None and m.extractor == MentionSource.ALIAS
                           and bool(owners := _team_owners(ctx)) and ctx.owner[m] in owners)


def _team_owners(ctx: RelationContext) -> frozenset[str]:
    """The entities of the document's teams: worked out once for the context's mentions and owners, not again
    for each short form asked about (which cost a long document its length squared)."""
    found = ctx.team_owners
    if found is None or found[0] is not ctx.mentions or found[1] != len(ctx.owner):
        owners = frozenset(ctx.owner[o] for o in ctx.of(Label.ORGANIZATION) if _is_team(o) and o in ctx.owner)
        found = ctx.team_owners = (ctx.mentions, len(ctx.owner), owners)
    return found[2]
