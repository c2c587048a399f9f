"""Short forms the document defines or implies, read for :func:`zhkg.extract.alias_mentions.find_aliases` (rule 8 of
:mod:`combine`).

A name followed by ``（以下简称X）``, ``（下称“X”）``, ``（简称X）`` or ``(X)`` with X an acronym or an abbreviation
of it (:func:`_defined_short_form`, :func:`abbreviates`); a name less its head word that the document names alone
(祁阳公安国保 of 祁阳公安国保大队: :func:`_truncations`); a short name the recogniser read that a longer name
holds (:func:`_recognised_short_names`); a surname and title standing for a titled person
(:func:`_titled_people`); a short form qualified by a place (:func:`_qualified_short_forms`); and the clashes
an alias's span makes with other mentions (:func:`_replace_clashes`, :func:`_word_across`).

Scope: one document's organisations and people, called by :func:`~zhkg.extract.alias_mentions.find_aliases`
(moved with :func:`~zhkg.extract.alias_mentions._abbreviations` and :func:`~zhkg.extract.alias_mentions._positions`
to :mod:`zhkg.extract.alias_mentions` by tidy68). Caveats: a short form is an ``ALIAS``
mention of its name only in the document that defines it; resolution makes them one entity. Moved word for word
from ``extract/combine.py`` by tidy66; callers import its names from here.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import replace
from functools import lru_cache

from zhkg.extract.body_ends import _BODY_HEADS, _heads_longest_first
from zhkg.extract.places_in_names import _HAN_RUN
from zhkg.extract.short_forms import (
    address_at,
    contracted_company_names,
    qualified_abbreviations,
    recognised_short_names,
    state_body_remainders,
)
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.text import first_ending

__all__ = ["_ACRONYM", "_CLAUSE_END", "_CLOSE", "_COINED_TAGS", "_COMPANY_HEADS", "_CONTRACTION_OPENING", "_DEFINES", "_DEGREE_ADVERBS",
    "_LEVELS", "_MATCH_WORDS", "_NOT_COMPANY_LAST", "_OPEN", "_QUOTES", "_SHORT_FORM", "_THEN_ENGLISH", "abbreviates",
    "abbreviates_hong_kong",
    "_body_heads_longest_first", "_contracts_from_within", "_defined_short_form", "_qualified_short_forms", "_recognised_short_names",
    "_replace_clashes", "_titled_people", "_truncations", "_word_across"]

_OPEN, _CLOSE = "(（", ")）"
_QUOTES = "“”\"「」『』‘’'"
_DEFINES = ("以下简称为", "以下简称", "以下称为", "以下称", "下简称", "下称", "简称为", "简称", "后称")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&.\-]{1,15}")
_CLAUSE_END = re.compile("[，,。；;、）)]")
_SHORT_FORM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9&.\-]{1,12}")


def _defined_short_form(m: Mention, text: str, places: Collection[str] = ()) -> str:
    """X in ``NAME（以下简称X）``, ``NAME(X)`` or ``NAME，简称X，`` right after mention ``m``; "" if there is none.

    >>> from zhkg.records import Mention, Label
    >>> text = "中国石油天然气集团公司，简称“中石油”，是国有企业"
    >>> _defined_short_form(Mention("d", 0, 11, text[:11], text[:11], Label.ORGANIZATION, "crf"), text)
    '中石油'
    """
    if text[m.end:m.end + 1] in ("，", ","):
        # the clause after a comma declares it (，简称中石油，): the keyword is what makes it a name's short form
        keyword = next((k for k in _DEFINES if text.startswith(k, m.end + 1)), "")
        after = _CLAUSE_END.search(text, m.end + 1 + len(keyword), m.end + 1 + len(keyword) + 16) if keyword else None
        short = text[m.end + 1 + len(keyword):after.start()].strip(_QUOTES + " ") if after else ""
        return short if short and _SHORT_FORM.fullmatch(short) and short != m.simplified else ""
    if not text[m.end:m.end + 1] or text[m.end] not in _OPEN:
        return ""
    close = min((i for i in (text.find(c, m.end, m.end + 80) for c in _CLOSE) if i > 0), default=-1)
    if close < 0:
        return ""
    inside = text[m.end + 1:close]
    # Hong Kong's papers give the short form, then the English name: 香港铁路有限公司（港铁，MTR Corporation）
    if (english := _THEN_ENGLISH.search(inside)) is not None:
        inside = inside[:english.start()]
    if len(inside) >= 20:
        return ""
    keyword = next((k for k in _DEFINES if inside.startswith(k)), "")
    short = inside[len(keyword):].strip(_QUOTES + " ")
    if not _SHORT_FORM.fullmatch(short) or short == m.simplified:
        return ""
    if keyword or _ACRONYM.fullmatch(short) or abbreviates(short, m.simplified) \
            or abbreviates_hong_kong(short, m.simplified) or _contracts_from_within(short, m.simplified, places):
        return short
    return ""


def _contracts_from_within(short: str, name: str, places: Collection[str]) -> bool:
    """Whether ``short``, written in brackets right after ``name``, takes characters of it in order from one of its
    second to fourth on, that letter inside or right after a place of ``places`` the name opens with (or its level
    letter), and is not
    the name's tail (its head: 市政府 of 台北市政府): Taiwan and Hong Kong contract a name past its place's first letter
    (竹科 of 新竹科学园区, 源农会 of 桃源区农会, 电电公会 of 台湾区电机电子工业同业公会); orgs160. Only where the document
    defines it so: a name's letters in order are read from the first one alone elsewhere (:func:`abbreviates`).
    No place, no contraction: 上合组织 after the recogniser's 议题|上海合作组织 is no short form of that span.

    >>> _contracts_from_within("竹科", "新竹科学园区", {"新竹"}), _contracts_from_within("电电公会", "台湾区电机电子工业同业公会", {"台湾"})
    (True, True)
    >>> _contracts_from_within("园区", "新竹科学园区", {"新竹"}), _contracts_from_within("市政府", "台北市政府", {"台北市"})
    (False, False)
    >>> _contracts_from_within("上合组织", "议题上海合作组织", {"上海"}), _contracts_from_within("新竹", "新竹科学园区", {"新竹"})
    (False, False)
    """
    first = name.find(short[:1])
    if not 2 <= len(short) < len(name) or name.endswith(short) or not 0 < first <= _CONTRACTION_OPENING:
        return False
    # (台湾|区|电机…: the place's level letter, which the place's mention may leave out, is skipped with it)
    if not any(name.startswith(p) and first <= len(p) + (name[len(p):len(p) + 1] in _LEVELS) for p in places):
        return False
    i = 0
    for ch in name[first:]:
        if i < len(short) and ch == short[i]:
            i += 1
    return i == len(short)


# how far into a name a bracket's contraction of it may open (新竹科学园区: 竹 is its second letter; 台湾区电机…: 电 its
# fourth): past a place's first letters, not into the name's own words
_CONTRACTION_OPENING = 3


# a bracket's short form followed by the body's English name (，MTR Corporation; ；HKEX)
_THEN_ENGLISH = re.compile(r"[，,；;、]\s*[A-Za-z][A-Za-z0-9&.,'()\- ]*$")


def abbreviates_hong_kong(short: str, name: str) -> bool:
    """Whether ``short`` is a name opening with 香港 written with 港 for it, then characters of the rest in order,
    its first one first, as Hong Kong shortens its bodies (港铁 of 香港铁路有限公司, 港交所 of 香港交易所, 港大).

    >>> abbreviates_hong_kong("港交所", "香港交易所"), abbreviates_hong_kong("港铁", "香港铁路有限公司")
    (True, True)
    >>> abbreviates_hong_kong("港台", "香港电台"), abbreviates_hong_kong("港交所", "上海交易所")
    (False, False)
    """
    if not (name.startswith("香港") and short.startswith("港") and 2 <= len(short) < len(name) - 1):
        return False
    rest, i = short[1:], 0
    if rest[0] != name[2]:
        return False
    for ch in name[2:]:
        if i < len(rest) and ch == rest[i]:
            i += 1
    return i == len(rest)


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` takes characters of ``name`` in order, its first one first, skipping some.

    >>> abbreviates("首规委", "首都规划建设委员会"), abbreviates("规划", "首都规划建设委员会")
    (True, False)
    """
    if len(short) < 2 or len(short) >= len(name) or short[0] != name[0] or short in name:
        return False
    i = 0
    for ch in name:
        if i < len(short) and ch == short[i]:
            i += 1
    return i == len(short)


def _truncations(m: Mention, organisations: set[str], lexicon: Lexicon) -> set[str]:
    """The name of organisation ``m`` less its head word, when the document names an organisation so
    (祁阳公安国保 of 祁阳公安国保大队, 凯尔特人 of 凯尔特人队; ``organisations``: the names of the document's
    organisations): the same body, its head left out."""
    from zhkg.stages.segment import dictionary_tag

    if m.label is not Label.ORGANIZATION:
        return set()
    name = m.simplified
    if name.endswith("队") and len(name) >= 3 and name[:-1] in organisations:
        return {name[:-1]}  # a team and its bare name, each an organisation (凯尔特人队, 凯尔特人)
    if name.endswith("队") and 5 <= len(name) <= 7 and not any(c in _MATCH_WORDS for c in name[2:-1]):
        # a club named with its home and its sponsor or nickname is the team its home or its nickname alone
        # names (辽宁本钢队: 辽宁队; 上海海港队: 海港队), the only such team of the document (a team teams.tsv lists
        # is one node however written already: 丹佛掘金队, 掘金队, 掘金)
        home, nick = name[:2] + "队", name[2:]
        teams = [o for o in organisations if o.endswith("队") and o != name]
        return ({home} if home in organisations and not any(o.startswith(name[:2]) and o != home for o in teams)
                else set()) | ({nick} if nick in organisations and nick[:-1] not in lexicon.teams
                               and not any(o.endswith(nick) and o != nick for o in teams) else set())
    head = first_ending(name, _body_heads_longest_first(lexicon), len(name))
    short = name[:-len(head)] if head else ""
    if head in _COMPANY_HEADS and 2 <= len(short) <= 3 and _HAN_RUN.fullmatch(short) \
            and short[-1] not in _NOT_COMPANY_LAST and dictionary_tag(short) in _COINED_TAGS:
        return {short}  # a company's coined name stands for it alone (港铁 of 港铁公司), not a word (电影公司)
    if len(short) < 4 or short not in organisations:
        return set()
    return {short}


_COMPANY_HEADS = frozenset({"公司", "集团"})
# letters of a match between two teams a recogniser may read as one name (八一战吉林队)
_MATCH_WORDS = frozenset("战胜负对和与及打赢输平")
# a branch, a parent, a new or an old company is no coined name (上海分公司, 母公司)
_NOT_COMPANY_LAST = frozenset("分总子母新老原该本")
# what jieba's dictionary says of a coined name: nothing (港铁) or a proper noun; its abbreviations are as often
# common words (房地产, j)
_COINED_TAGS = frozenset({"x", "nz"})


@lru_cache(maxsize=4)
def _body_heads_longest_first(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(h for h in sorted(_BODY_HEADS | set(lexicon.org_suffixes), key=len, reverse=True) if len(h) >= 2)


# a degree adverb before a word makes it a predicate, no name (这个日子很|吉利)
_DEGREE_ADVERBS = ("很", "非常", "十分", "特别", "极其", "相当", "比较", "挺", "太", "最", "更")
# a level of government before a bare bureau's name places it there (市|统计局), not with the state
_LEVELS = frozenset("省市县区州盟旗镇乡")


def _recognised_short_names(mentions: list[Mention], text: str, lexicon: Lexicon | None = None) -> list[Mention]:
    """``mentions`` with each organisation the recogniser read as a short name of one full name of the document
    (中石油 of 中国石油天然气集团公司, 京东 of 北京京东世纪贸易有限公司: :func:`recognised_short_names`; 统计局 of
    国家统计局: :func:`state_body_remainders`) made that name's alias; never after a degree adverb (很|吉利: a
    predicate) or, a bureau less the state's word, after a level of government (市|统计局: the city's); never a
    head word of ``lexicon`` (大学 of 北京大学出版社有限公司 names no company).

    >>> from zhkg.records import Mention, Label
    >>> text = "国家统计局称，统计局将发布。市统计局另称"
    >>> ms = [Mention("d", 0, 5, "国家统计局", "国家统计局", Label.ORGANIZATION, "crf"),
    ...       Mention("d", 7, 10, "统计局", "统计局", Label.ORGANIZATION, "crf"),
    ...       Mention("d", 15, 18, "统计局", "统计局", Label.ORGANIZATION, "crf")]
    >>> [m.name for m in _recognised_short_names(ms, text)]
    ['国家统计局', '国家统计局', '统计局']
    """
    orgs = {m.canonical or m.simplified for m in mentions if m.label is Label.ORGANIZATION}
    if len(orgs) < 2:
        return mentions
    places = frozenset(m.simplified for m in mentions if m.label is Label.PLACE)
    heads = lexicon.org_suffixes if lexicon is not None else {}
    companies = {s: f for s, f in recognised_short_names(orgs, places).items() if s not in heads}
    bureaus = state_body_remainders(orgs)
    if not companies and not bureaus:
        return mentions
    out = []
    for m in mentions:
        full = companies.get(m.simplified, "") or bureaus.get(m.simplified, "") \
            if m.label is Label.ORGANIZATION and not m.canonical else ""
        if full and not text.endswith(_DEGREE_ADVERBS, 0, m.start) \
                and not (m.simplified in bureaus and text[m.start - 1:m.start] in _LEVELS):
            m = replace(m, canonical=full, extractor=str(MentionSource.ALIAS))
        out.append(m)
    return out


def _titled_people(mentions: list[Mention], titled: Mapping[str, str], text: str, lexicon: Lexicon,
                   alone: Mapping[str, tuple[str, int]] | None = None) -> list[Mention]:
    """``mentions`` with each person read as a surname and title or form of address after the full name (李特首, or
    陈 of 陈|司长, 范 of 范|指导),
    or as a surname after 老 or 小 (陈 of 老|陈: 老陈), made that person's alias (``titled``: each surname-and-title form to its person, from
    :func:`zhkg.extract.short_forms.titled_surnames`); and with ``alone`` (each one-letter surname to the document's one
    person of it and where the full name is first written, :func:`zhkg.extract.short_forms.surnames_alone`), a surname
    read as a person standing alone after that full name (范 of 范|总结说 after 范斌: round aliases97)."""
    from zhkg.extract.short_forms import surname_stands_alone

    out = []
    for m in mentions:
        owner = titled.get(m.simplified, "") if m.label is Label.PERSON else ""
        if m.label is Label.PERSON and not owner and m.simplified in lexicon.surnames:
            role = lexicon.role_at(text, m.end) or address_at(text, m.end, m.start)  # 范 of 范|指导
            owner = titled.get(m.simplified + role, "") if role else ""
        if m.label is Label.PERSON and not owner and m.simplified in lexicon.surnames \
                and titled.get(text[m.start - 1:m.end], "") and text[m.start - 1:m.start] in "老小":
            # 陈 of 老|陈 read as a person: 老陈, the person
            owner = titled[text[m.start - 1:m.end]]
            m = replace(m, start=m.start - 1, text=text[m.start - 1:m.start] + m.text, simplified=text[m.start - 1:m.end])
        if m.label is Label.PERSON and not owner and alone and m.simplified in alone and m.extractor != MentionSource.ALIAS:
            full, first = alone[m.simplified]
            if m.start >= first + len(full) and surname_stands_alone(text, m.start, m.end, lexicon.roles_by_first):
                owner = full  # 范斌 … 范|总结说: the one 范 the document names in full
        out.append(replace(m, canonical=owner, extractor=str(MentionSource.ALIAS)) if owner else m)
    return out


def _qualified_short_forms(name: str, text: str, places: frozenset[str], lexicon: Lexicon,
                           starts: dict[str, list[int]]) -> set[str]:
    """The contractions of organisation ``name`` that skip its qualifier or contract a company's name
    (:mod:`zhkg.extract.short_forms`), less jieba's words naming a body of its own kind elsewhere."""
    head = first_ending(name, _heads_longest_first(lexicon), len(name)) or name[-1]
    found = qualified_abbreviations(name, head, text, places, starts) \
        | contracted_company_names(name, text, places, starts)  # a letter's and a word's places: one dict
    return {s for s in found if s not in lexicon.org_suffixes}


def _replace_clashes(mentions: list[Mention], replaced: list[tuple[list[Mention], Mention]]) -> list[Mention]:
    """``mentions`` and the aliases of ``replaced`` (the clashes each replaces, the alias), in order, as if each
    alias in turn had removed from the list every mention equal to one of its clashes and then been appended:
    a mention equal to any clash goes, and an alias equal to a later alias's clash. In time linear in the count.

    >>> from zhkg.records import Mention, Label
    >>> a, b = (Mention("d", i, i + 2, "长实", "长实", Label.ORGANIZATION, "crf") for i in (0, 5))
    >>> alias = Mention("d", 5, 7, "长实", "长实", Label.ORGANIZATION, "alias")
    >>> [m.start for m in _replace_clashes([a, b], [([b], alias)])], _replace_clashes([a], [([], a), ([a], b)]) == [b]
    ([0, 5], True)
    """
    later: set[Mention] = set()
    aliases = []
    for clashes, alias in reversed(replaced):
        if alias not in later:
            aliases.append(alias)
        later.update(clashes)
    return [m for m in mentions if m not in later] + aliases[::-1]


def _word_across(text: str, at: int) -> bool:
    """Whether a word of jieba's dictionary (two to four letters) runs across position ``at`` of ``text``.

    >>> _word_across("奥运会和残奥会", 5), _word_across("奥运会和残奥会", 4)
    (True, False)
    """
    from zhkg.stages.segment import dictionary_tag

    return any(dictionary_tag(text[i:j]) != "x" for i in range(max(0, at - 3), at)
               for j in range(at + 1, min(len(text), i + 4) + 1))
