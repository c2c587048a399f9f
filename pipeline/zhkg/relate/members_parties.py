"""Parties for the membership readers (:mod:`zhkg.relate.membership`): whether a body is a party (:func:`_is_party`),
a party whose name ends at a place (:func:`_party_ending_at`: 民进党|员, 国民党员 derived), a party + 籍 + a title
before a person (:func:`_party_badge`: 国民党籍立委王伟), and two readers of a party's badge as Taiwan's press
writes it: after a person (:func:`_members_by_badge`: 王世堅（民進黨）, 王世堅，民進黨籍台北市議員, 民進黨籍的王世堅)
and after a list of people (:func:`_members_listed_before_badge`: 张三、李四等3名国民党立委). Each makes the person
a member of the party: its 党员, or its 成员 when the party is a union (:func:`_party_member_word`: 工联会, 劳联).

Caveats
-------
* 無黨籍 names no party; a party + the house it sits in + a title (民主党立法会议员王伟) or a party right before a
  legislator's or a candidate's title (:data:`_LEGISLATOR`) is read as a badge too.
* After a count (等3名), the party and its title fill at most :data:`_MAX_BADGE_TITLE` letters, and the party must
  follow the count (等3名台北市国民党立委 is no badge).
* A party right before a name is its badge where a clause or a list item opens, and after 由, 是, 为 or a clause's 的
  (:data:`_BADGE_BEFORE_NAME_OPENERS`: 则由工联会吴秋北当选, 同区当选人是民建联张培刚, 竞逐连任的民建联陈学锋; roles205);
  after any other letter the party may be a verb's object (批评民进党王明) and is read as none.
* Moved word for word from ``relate/membership.py`` (tidy99): no definition's text changed;
  since tidy119 :mod:`zhkg.relate.membership` exports its reader alone: import each name from here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from zhkg.extract.org_edges import CONSTITUENCY_CODE
from zhkg.extract.organisations import HOUSES
from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.resources.lexicon import Lexicon
from zhkg.text import CLAUSE_BREAKS, sentence_at

__all__ = [
    "_PARTY_BADGE",
    "_CPC",
    "_CPC_NAME",
    "_is_party",
    "_party_ending_at",
    "_party_badge",
    "_LEGISLATOR",
    "_BADGE_OPENERS",
    "_BADGE_CLOSE",
    "_party_at",
    "_members_by_badge",
    "_LISTED_COUNT",
    "_MAX_BADGE_TITLE",
    "_members_listed_before_badge",
]


_PARTY_BADGE = "籍"

#: Marks of a title held before, between a party's badge and the title (民进党籍前院长X): the badge is read past them.
_PAST_MARKS = ("前", "原")

#: 中共 before 党员 (中共党员王伟), which the recognisers leave unnamed: the Communist Party of China.
_CPC, _CPC_NAME = "中共", "中国共产党"


def _is_party(ctx: RelationContext, m: Mention) -> bool:
    """Whether ``m`` names a party: its name ends in 党, or ``organisations_known.tsv`` lists it as one, a name with no
    党 in it (民建联, 工联会, 经民联)."""
    return m.simplified.endswith("党") or ctx.lexicon.known_organisations.get(m.simplified, ("",))[0] == "party"


#: How a union's name ends (工联会, 劳联, 职工盟, 总工会): its member is its 成员, not a 党员, though
#: ``organisations_known.tsv`` lists it among the parties (roles205; the web golds' and roles_news's convention).
_UNION_ENDINGS = ("工联会", "劳联", "职工盟", "工会")


def _party_member_word(party: Mention) -> str:
    """The member word of ``party``'s member: 成员 of a union, 党员 of any other party.

    >>> from zhkg.records import Label, Mention
    >>> [_party_member_word(Mention("d", 0, 3, n, n, Label.ORGANIZATION, "t")) for n in ("工联会", "民建联", "民进党")]
    ['成员', '党员', '党员']
    """
    return "成员" if party.simplified.endswith(_UNION_ENDINGS) else "党员"


def _party_ending_at(ctx: RelationContext, end: int) -> Mention | None:
    """The party whose name ends in 党 at ``end``: one an extractor named (民进党|员), else one
    ``organisations_known.tsv`` lists as a party and not as a common word, written over no other name (国民党员,
    which jieba keeps as one word); derived."""
    party = ctx.org_ending_at.get(end)
    if party is not None:
        return party if party.simplified.endswith("党") else None
    for start in range(end - 2, max(end - 6, -1), -1):
        known = ctx.lexicon.known_organisations.get(ctx.simplified[start:end])
        if known is not None and known[0] == "party" and not known[3] \
                and not ctx.any_between(start, end):
            return ctx.derive_organisation(start, end, canonical=known[2] or ctx.simplified[start:end])
    return None


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def legco_constituencies(lexicon: Lexicon) -> tuple[str, ...]:
    """Hong Kong's Legislative Council geographical constituencies, in Simplified, longest first: the names and
    further names of the gazetteer's ``HK-LC-`` rows (``place_hong_kong_macau.tsv``: the ten since 2021, 港岛东 for
    香港岛东, and 新界东, 新界西 before; 香港岛 itself, a seat before 2021, is the region's name and no seat here).
    One source: the gazetteer's rows, derived (places219).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> seats = legco_constituencies(load_lexicon())
    >>> seats[:2], "港岛西" in seats, "新界西" in seats, "香港岛" in seats
    (('新界东北', '新界东南'), True, True, False)
    """
    forms = {form for code, name, _parent, _level, _context, aliases in lexicon.extra_divisions
             if code.startswith(CONSTITUENCY_CODE) for form in (name, *aliases)}
    return tuple(sorted(forms, key=lambda form: (-len(form), form)))


def constituency_before(simplified: str, at: int, seats: tuple[str, ...]) -> str:
    """The Legislative Council constituency (one of ``seats``, :func:`legco_constituencies`) ending at ``at`` in
    ``simplified``, or "".

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> seats = legco_constituencies(load_lexicon())
    >>> constituency_before("新民党港岛西议员陈家珮", 6, seats), constituency_before("经民联新界西南议员", 7, seats)
    ('港岛西', '新界西南')
    >>> constituency_before("香港岛议员", 3, seats), constituency_before("新界西贡", 3, seats)
    ('', '新界西')
    """
    return next((seat for seat in seats if simplified.endswith(seat, 0, at)), "")


#: A party's name in Latin letters in brackets, between the party and its member's title: 国民民主党（NasDem）国会议员X.
_LATIN_ASIDE = re.compile(r"[（(][ \t\u3000]*[A-Za-z][A-Za-z0-9 .&'/\-]{0,30}[）)]$")


def _before_latin_aside(simplified: str, at: int) -> int:
    """Where a bracket of Latin letters ending at ``at`` opens (民主党|（Democrats）|参议员), else ``at``."""
    if simplified[at - 1 : at] not in ("）", ")"):
        return at
    aside = _LATIN_ASIDE.search(simplified, max(0, at - 36), at)
    return aside.start() if aside else at


def _party_badge(ctx: RelationContext, k: int) -> tuple[Mention | None, str]:
    """A party + 籍 (的 maybe after it) + a title (maybe quoted, maybe held before) ending at ``k``: 国民党籍立委王伟,
    民进党籍“立委”王伟, 民进党籍的立委王伟, 民进党籍前院长王伟 (党员 of the party); a
    party + the house it sits in + a title: 民主党立法会议员王伟; or a party right before a legislator's or a
    candidate's title (:data:`_LEGISLATOR`): 民主党参议员王伟, 国民党立委王伟; the party's name in Latin letters may
    stand in brackets before the title or the house (民主党（Democrats）参议员王伟, 国民民主党（NasDem）国会议员王伟)."""
    simplified = ctx.simplified
    end = k - 1 if simplified[k - 1 : k] in "”」\"" else k
    role = ctx.lexicon.role_ending(simplified, end)
    at = end - len(role)
    seat = constituency_before(simplified, at, legco_constituencies(ctx.lexicon)) if role == "议员" else ""
    if seat:  # 新民党|港岛西|议员X, 民建联|九龙西|议员X (the recogniser's 民建联九龙西 too): the party before the seat
        return _party_before_seat(ctx, at - len(seat), at)
    place = ctx.place_ending_at.get(at) or ctx.place_ending_at.get(at + 1)  # 国民党籍|台北|市议员, 国民党籍|台北市|议员
    at = place.start if role and place is not None else at
    at -= 1 if simplified[at - 1 : at] in "“「\"" else 0
    # 民进党籍前院长X, 民众党籍的前县长X: the title held before, the badge still his party's
    at -= 1 if role and simplified[at - 1 : at] in _PAST_MARKS \
        and simplified.endswith((_PARTY_BADGE, _PARTY_BADGE + "的"), 0, at - 1) else 0
    at -= 1 if role and simplified.endswith(_PARTY_BADGE + "的", 0, at) else 0  # 民进党籍的立委X, 国民党籍的台北市长X
    house = ctx.org_ending_at.get(at) if role else None
    if house is not None and house.simplified.endswith(HOUSES):  # 民主党|立法会|议员王伟: the party sits there
        party = ctx.org_ending_at.get(_before_latin_aside(simplified, house.start))
        return (party, _party_member_word(party)) if party is not None and _is_party(ctx, party) else (None, "")
    if role and _LEGISLATOR.search(role) and simplified[at - 1 : at] != _PARTY_BADGE:
        # 民主党参议员X, 国民党立委X, 民主党（Democrats）参议员X: the party's member, the house's title; 国民党前立委X
        # (members291): the seat held before, the party still his
        at -= 1 if simplified[at - 1 : at] in _PAST_MARKS and ctx.org_ending_at.get(at - 1) is not None else 0
        party = _party_ending_at(ctx, _before_latin_aside(simplified, at)) or _known_party_ending_at(ctx, at)
        house_at = at - len(next((h for h in HOUSES if simplified.endswith(h, 0, at)), ""))
        if party is None and house_at < at:  # 国民民主党（NasDem）国会|议员X: a house no extractor named
            party = _party_ending_at(ctx, _before_latin_aside(simplified, house_at))
        return (party, _party_member_word(party)) if party is not None else (None, "")
    if not role or simplified[at - 1 : at] != _PARTY_BADGE:
        return None, ""
    party = ctx.org_ending_at.get(at - 1)
    swallowed = ctx.org_ending_at.get(at)  # the recogniser took 籍 into the name: 民进党籍
    if party is None and swallowed is not None and swallowed.simplified.endswith("党籍") and at - swallowed.start > 2:
        party = ctx.derive_organisation(swallowed.start, at - 1)
    return (party, "党员") if party is not None and party.simplified.endswith("党") else (None, "")


def _known_party_ending_at(ctx: RelationContext, end: int) -> Mention | None:
    """A party an extractor named ending at ``end`` whose name has no 党 (:func:`_is_party`: 民建联, 工联会, 经民联),
    which :func:`_party_ending_at` leaves to the badge readers: before a legislator's title with its place
    (民建联|九龙城|区议员X, 工联会|沙田|区议员X: the party's member; roles294)."""
    party = ctx.org_ending_at.get(end)
    return party if party is not None and _is_party(ctx, party) else None


def _party_before_seat(ctx: RelationContext, b: int, at: int) -> tuple[Mention | None, str]:
    """The party named right before a Legislative Council constituency ``[b, at)`` (新民党|港岛西|议员X): one an extractor
    named ending at ``b``, or one ``organisations_known.tsv`` lists as a party written there, alone or glued to the
    constituency by the recogniser (民建联九龙西: derived); with its member word."""
    party = ctx.org_ending_at.get(b)
    if party is None:
        glued = ctx.org_ending_at.get(at)
        for start in range(b - 2, max(b - 6, -1), -1):
            known = ctx.lexicon.known_organisations.get(ctx.simplified[start:b])
            if known is not None and known[0] == "party" and not known[3] and (
                    not ctx.any_between(start, b) or glued is not None and glued.start == start):
                party = ctx.derive_organisation(start, b, canonical=known[2] or ctx.simplified[start:b])
                break
    return (party, _party_member_word(party)) if party is not None and _is_party(ctx, party) else (None, "")


#: A title a party's member holds in a house or a race, not in the party (参议员, 州议员, 立委, 总统候选人): a party right
#: before it makes him the party's member.
_LEGISLATOR = re.compile(r"(?:议员|立委|立法委员|候选人)$")
#: What opens a party's badge after a person: a bracket (王世堅（民進黨）), or a comma before 籍 (王世堅，民進黨籍…).
_BADGE_OPENERS = frozenset("（(，,")
#: What closes a badge in brackets: the bracket, 籍 maybe before it (陳水扁(民進黨籍)).
_BADGE_CLOSE = re.compile(r"籍?[）)]")


#: Words before a party in a badge's brackets saying the person belongs to it as someone named before does
#: (默克尔（同属基民盟）): the badge still.
_BADGE_BELONGS = ("同属", "同为", "亦属", "也属", "均属")


def _party_at(ctx: RelationContext, at: int) -> tuple[Mention | None, int]:
    """The party whose name starts at ``at`` (an organisation ending in 党, or one ``organisations_known.tsv`` lists
    as a party: 民建联, 基民盟) and where its name ends, 籍 left out when the recogniser took it in (民进党籍);
    ``(None, at)`` when there is none."""
    party = ctx.org_starting_at.get(at)
    if party is None:
        return None, at
    if party.simplified.endswith("党籍") and party.end - party.start > 3:
        return ctx.derive_organisation(party.start, party.end - 1), party.end - 1
    return (party, party.end) if _is_party(ctx, party) else (None, at)


#: Verbs that put a member out of the party: 开除党员X names one who is no longer a member.
_EXPELLED = ("开除", "除名", "清除", "清退", "劝退")


def _party_of_sentence(ctx: RelationContext, at: int) -> Mention | None:
    """The one party the sentence names before a bare 党员 at ``at`` (民建联因党员黄碧娇深陷争议; 工党昨天召开大会，党员
    李大卫发言), else ``None``: when it names two (民进党批评国民党后，党员王明…), none (the sentence before is not read),
    or puts the member out (工党开除了党员X)."""
    start, _ = sentence_at(ctx.sentences, at)
    if any(w in ctx.simplified[start:at] for w in _EXPELLED):
        return None
    parties = {ctx.owner[m]: m for m in ctx.mentions
               if m.label is Label.ORGANIZATION and start <= m.start and m.end <= at and _is_party(ctx, m)}
    return next(iter(parties.values())) if len(parties) == 1 else None


def _members_by_badge(ctx: RelationContext) -> list[Relation]:
    """A party's badge after a person, as Taiwan's press writes it: in brackets (台北市議員王世堅（民進黨）, 陳水扁(民進黨籍),
    陈志强（民建联）, 默克尔（同属基民盟）),
    after a comma with 籍 (王世堅，民進黨籍台北市議員); and a party + 籍 + 的 + person (民進黨籍的王世堅): 党员 of the party.
    無黨籍 names none."""
    simplified = ctx.simplified
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        opener = simplified[person.end : person.end + 1]
        at = person.end + 1
        if opener in "（(":  # 默克尔（同属基民盟）
            at += len(next((w for w in _BADGE_BELONGS if simplified.startswith(w, at)), ""))
        party, end = _party_at(ctx, at) if opener in _BADGE_OPENERS else (None, 0)
        if party is not None and ((opener in "（(" and _BADGE_CLOSE.match(simplified, end))
                                  or (opener in "，," and simplified[end : end + 1] == _PARTY_BADGE)):
            out.append(ctx.relation(ctx.owner[person], ctx.owner[party], RelationKind.MEMBER_OF, person.start,
                                    end + 1, _party_member_word(party)))
            continue
        party = ctx.org_ending_at.get(person.start)
        if party is not None and _is_party(ctx, party) and (
                _opens_clause(simplified, party.start) or _LEGISLATOR.search(simplified, max(0, party.start - 3),
                                                                             party.start)):
            # 新民党叶刘淑仪表示, 则由工联会吴秋北当选: a party right before a name, opening its clause (or after 由, 是,
            # 为 or a clause's 的), is the person's badge; so after a legislator's or candidate's title, which
            # describes the person (两名现任议员民建联X及无党派Y; members291)
            out.append(ctx.relation(ctx.owner[person], ctx.owner[party], RelationKind.MEMBER_OF, party.start,
                                    person.end, _party_member_word(party)))
            continue
        if simplified.endswith(_PARTY_BADGE + "的", 0, person.start):
            at = person.start - 2
            party = ctx.org_ending_at.get(at)
            swallowed = ctx.org_ending_at.get(at + 1)
            if party is None and swallowed is not None and swallowed.simplified.endswith("党籍") \
                    and at - swallowed.start >= 2:
                party = ctx.derive_organisation(swallowed.start, at)
            if party is not None and party.simplified.endswith("党"):
                out.append(ctx.relation(ctx.owner[person], ctx.owner[party], RelationKind.MEMBER_OF, party.start,
                                        person.end, "党员"))
            continue
        party = ctx.org_ending_at.get(_before_latin_aside(simplified, person.start - 1)) \
            if simplified[person.start - 1 : person.start] == "的" else None
        if party is not None and _is_party(ctx, party) and _opens_clause(simplified, party.start):
            # 包括：民主行动党（DAP）的杨巧双转任…, ，工联会的王明表示: a party + 的 right before a name, opening its clause
            # or a list's item, is the person's badge as the party alone there is (roles294)
            out.append(ctx.relation(ctx.owner[person], ctx.owner[party], RelationKind.MEMBER_OF, party.start,
                                    person.end, _party_member_word(party)))
        elif (party := _party_come_from(ctx, person)) is not None:
            out.append(ctx.relation(ctx.owner[person], ctx.owner[party], RelationKind.MEMBER_OF,
                                    min(party.start, person.start), max(party.end, person.end),
                                    _party_member_word(party)))
    return out


#: 来自 + a party before a name, a title maybe between (来自共和党的参议员史密斯, 来自民进党的王明), or after the name
#: closing its clause, words of the subject's own between (王明本人也是来自共和党。): the person's party (roles294).
_FROM = "来自"
_FROM_AFTER_NAME = re.compile(r"(?:本人|自己)?(?:也|亦|同样|则|都)?是?来自")
#: The longest title read between 来自 + a party + 的 and the name (来自基民盟的联邦议员X).
_MAX_FROM_TITLE = 8


def _party_come_from(ctx: RelationContext, person: Mention) -> Mention | None:
    """The party ``person`` comes from as 来自 writes it (:data:`_FROM`): before the name, the party + 的 + maybe a
    title ending at the name; or after it, closing the clause; else ``None``. Only a party (:func:`_is_party`):
    来自华强集团的王明 names his employer, no membership."""
    simplified = ctx.simplified
    title = ctx.lexicon.role_ending(simplified, person.start)
    lo = max(0, person.start - len(title) - _MAX_FROM_TITLE) if title else person.start - 1
    for k in range(person.start - 1, lo - 1, -1):
        if simplified[k] != "的" or (k + 1 < person.start and not title) or ctx.any_between(k + 1, person.start):
            continue
        party = ctx.org_ending_at.get(_before_latin_aside(simplified, k))
        if party is not None and _is_party(ctx, party) and simplified.endswith(_FROM, 0, party.start):
            return party
    after = _FROM_AFTER_NAME.match(simplified, person.end)
    if after is None:
        return None
    party, end = _party_at(ctx, after.end())
    return party if party is not None and (end >= len(simplified) or simplified[end] in CLAUSE_BREAKS) else None


#: What may stand before a party written right before a name as its badge (，新民党叶刘淑仪表示; 、民进党王明;
#: 民进党王明与国民党李四): a clause's or a list's opening, a joiner; 由, 是 and 为, after which a name is the
#: clause's actor or complement (则由工联会吴秋北当选, 同区当选人是民建联张培刚), and the 的 closing a clause that
#: describes the person (竞逐连任的民建联陈学锋, 获26,250票的民建联叶傲冬; roles205). After any other letter the party
#: is another word's object (批评民进党王明).
_BADGE_BEFORE_NAME_OPENERS = CLAUSE_BREAKS + "、 　与和及由是为的"


def _opens_clause(simplified: str, at: int) -> bool:
    """Whether a party written at ``at`` right before a name may be its badge: a clause or a list item opens there,
    or 由, 是, 为 or a clause's 的 stands before it (:data:`_BADGE_BEFORE_NAME_OPENERS`).

    >>> [_opens_clause(s, 2) for s in ("则由民建联", "当是民建联", "任的民建联", "批评民建联")]
    [True, True, True, False]
    """
    return at == 0 or simplified[at - 1] in _BADGE_BEFORE_NAME_OPENERS


#: 等 and a count of people before their party's badge and title (张三、李四等3名国民党立委): the count.
_LISTED_COUNT = re.compile(r"等[\d一二三四五六七八九十两几数多]*[位名个]?")
#: The longest span a party and its title fill after the count (民进党籍台北市议员).
_MAX_BADGE_TITLE = 14


def _members_listed_before_badge(ctx: RelationContext) -> list[Relation]:
    """People listed before 等 + a count + a party's badge and a title, as :func:`_party_badge` reads them before one
    person (张三、李四等3名国民党立委, 等2位民进党籍议员, 等3名民主党参议员): 党员 of the party, each of them. The people
    are joined by 、 (the last pair maybe by 和/与/及); the party must follow the count (等3名台北市国民党立委 is no
    badge)."""
    simplified = ctx.simplified
    ends = {m.end: m for m in ctx.mentions if m.label is Label.PERSON}
    out = []
    for m in _LISTED_COUNT.finditer(simplified):
        last = ends.get(m.start())
        if last is None:
            continue
        q = m.end()
        stop = CLAUSE_BREAK.search(simplified, q)
        limit = min(q + _MAX_BADGE_TITLE, stop.start() if stop else len(simplified))
        party, end = next(((p, k) for k in range(q + 3, limit + 1) if (p := _party_badge(ctx, k)[0]) is not None
                           and p.start == q), (None, 0))
        if party is None:
            continue
        listed = [last]
        while (before := ends.get(listed[-1].start - 1)) is not None \
                and (simplified[before.end] == "、" or (simplified[before.end] in "和与及" and len(listed) == 1)):
            listed.append(before)
        out += [ctx.relation(ctx.owner[person], ctx.owner[party], RelationKind.MEMBER_OF, person.start, end,
                             _party_member_word(party)) for person in listed[::-1]]
    return out
