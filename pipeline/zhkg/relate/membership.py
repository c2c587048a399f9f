"""Membership (MEMBER_OF): who belongs to which team, party or body, with the member word (``role``).

* a list of people closed by 等委员 / 等代表: members of the nearest 政协, 人大 or 委员会 in the
  sentence, else the document's main one (:func:`_listed_members`);
* organisation + member word + person, 的 or a short qualifier maybe between (湖人球员科比, 小牛主力中锋
  泰森-钱德勒, 中共党员王伟), a title of another body maybe after 、 between (行政会议成员、立法会议员叶刘淑仪), and the
  people listed after him with 、 (中华队成员王小明、李大同和陈美玲); a team + 的 + person (骑士队的安德森-瓦莱乔); a party + 籍 + title + person
  (国民党籍立委王伟: 党员 of 国民党) (:func:`_members_by_word`);
* person + verb of joining + organisation (加盟, 加入, 签约, 转会, 效力于, 入选…), unless a negation or a
  wish stands between (拒绝加盟, 希望加盟); of leaving it (退出, 脱离; 离开 a team): a past membership;
  person + 所在的 + organisation; person + 是/成为/为 + organisation
  + 的 + member word, or + qualifiers or a short phrase with no verb + 的 before it (斯科拉是火箭当家球星,
  马丁是火箭当前年薪最高的球员; not 湖人最怕的球员); a clause of 是 with no subject of its own (他也是, 而且是)
  takes the one person of the clause before (:func:`_members_by_verb`);
* a party's badge after a person, as Taiwan's press writes it: in brackets (王世堅（民進黨）, 陳水扁(民進黨籍)), after
  a comma with 籍 (王世堅，民進黨籍台北市議員), or a party + 籍 + 的 before him (民進黨籍的王世堅): 党员 of the party
  (:func:`_members_by_badge`);
* forms of sports news (:func:`_members_by_form`), each a member of a team: person + (team (中锋：巴特尔
  (新疆队 …), not (骑士助教…); a team + 当家/主力/核心 + person (国王当家埃文斯); 作为 + team + 一名 +
  qualifiers + member word + ，+ person (作为国家队一名新锐后卫，郭艾伦); a team + 签下/签约 + person, a member
  word maybe before him (火箭火速签约NBDL球员X), unless a negation or a wish stands between; a list of people
  + 等 + 球员/队员, of the nearest team before it in the sentence written with its players (吉林队的球员…，柳伟和
  杜江等队员), a person whose bracket names a title left out (克里斯-简特(骑士助教)); a sentence opened by a
  team and its record, each person with his points (雄鹿(32-47)…，约翰-萨尔蒙斯10分); a team + 由 + people +
  领衔/坐镇/撑起; X是 + team + 除Y之外 … 唯一 … 的 + member word (both); 代表 + team + 出战/出场, its subject
  or the one person its sentence names before it;
* round 12: a team's squad (湖人阵中的科比, 奇才队中还有A、B和C, 皇马麾下的X, 在篮网阵中，X…); a team right before a
  person with no title after him (吉林队杰米尔; not 调查队吕兆财高级督察); a line-up's entry whose name the recogniser
  missed there but found elsewhere (中锋：巴特尔 (新疆队); 这位/这名 + team + member word, the person last named
  before it in the sentence (这位篮网前锋); a list closed by 等球员 goes on across initials left out (JJ|希克森) and
  an item no recogniser named (derived as a person). In :func:`_members_by_verb`: 在/为 + team + 效力 (past with
  时/的时候/期间 after it or 曾 before), 效力 without 于, 身披 + team + its number, 入选 + a team ending in 队, 从 +
  team + 转会/加盟 (a former member of it) and 被交易到/租借到 + team, 堪称/算是 like 是; 该队/球队 + member word: the
  one team of the sentence or the two before; 中共党员 and a party + 员 sharing its 党 (国民党员王伟, 王伟是国民党员).
* round 13 (:func:`_members_round13`, :func:`_members_included`, :func:`_teammates`): people + 等 + a team with no
  member word (雷阿伦等凯尔特人; not 等湖人的对手); person + 在 + team + 的 + a word of his time there (米尔萨普在爵士
  的前景; not 在湖人的主场); a team + 昔日/如今 + 老大 + person; a team + 当家/老大 with no name after it, standing for
  the one person named before it in its sentence and the one before; a team + a few letters + 由 + person + 出手/完成
  (奇才第一次进攻由埃文斯出手); person + 为 + team + a shot or points (布莱切高位跳投为奇才命中) and person + 来到 +
  team, not its ground (费沃斯来到爵士; not 来到爵士主场) (round 13b); 队友 + person, a member of the one team the person named before it belongs to, or
  captains (国足队长郑智和队友孙继海; not 前队友); an organisation + member word + 包括/有/为 + people (代表团成员包括李明、张强), a body named by its kind
  alone (代表团, 董事会) standing for the one of that kind named in the sentence or the one before.
* round 16 (members16): a description of the job between an organisation and any member word (巴特勒的大四后卫X,
  安德森公司著名室内设计师X: :func:`zhkg.relate.members_staff.organisation_before`); a party right before a
  legislator's or a candidate's title (民主党参议员X, 国民党立委X: 党员 of the party, the title a role); 是 + body + 的 +
  一名 + member word; 作为 + any body + 的 + a member word no player's (作为微软公司的一名工程师，X), 之一 after it;
  a firm's staff and a school's students (:mod:`zhkg.relate.members_staff`); a person's name of three Han letters or
  more (or a transliterated one) that a mention reads elsewhere in the document is that person where the recognisers
  left it unread (:func:`_latent_people`; the membership readers only); a country + 国脚 + person, a member of
  its national team (巴西国脚埃兰诺: 巴西国家队, derived).

Member words are ``members.tsv`` (球员, 前锋, 党员, 成员…). Titles an organisation confers (委员, 主席,
主帅, 主唱) are roles, read as HOLDS_ROLE by :mod:`zhkg.relate.roles`, never here. 前/原 before the
organisation, and 曾/曾经 before the verb, mark a past membership (``former``).

A team no extractor named is derived (extractor ``relate:derived``) when its name ends in 队 and none of
jieba's words in it is a verb, a time or a pronoun (东莞队, 辽宁青年队; not 拒绝归队, 自己球队); or, as a short
name, when it is jieba's word right before a player's word (``members.tsv`` marks them "team": 小牛后卫, 湖人
中锋, 76人小前锋), known qualifiers only between (主力, 替补老, 正牌首发; 火箭追中锋 is no member), or right
after 加盟/转会/转投/效力于 with 的, 后 or a clause break after it (加盟热火的老将X) — never a generic word
(球队, 对方, 联盟, 协议, 该片). A team the document names with 队 stands for its short form too (湖人队 … 湖人).

Layout: this module holds :func:`read_membership`, the latent people, teammates, the opening of a biography, lists
closed by 等委员 and the member word reader (:func:`_members_by_word`). tidy99 moved the rest word for word into four
parts, imported here for what this module reads (since tidy119 nothing is re-exported: import each name from its
part):
:mod:`zhkg.relate.members_teams` (what a team is, teams no extractor named, qualifiers, a past membership, people
listed after a person), :mod:`zhkg.relate.members_parties` (parties and their badges), :mod:`zhkg.relate.members_verbs`
(:func:`_members_by_verb`: joining, leaving, 是, 效力, a clause's subject named before) and
:mod:`zhkg.relate.members_forms` (:func:`_members_by_form`: the forms of sports news, rounds 12 and 13).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from zhkg.extract.foreign_names import FOREIGN_SEPARATORS
from zhkg.extract.players import BAND_HEADS, COMPETITION
from zhkg.records import Label, Mention, MentionSource, Relation, RelationKind
from zhkg.relate.base import DERIVED, RelationContext
from zhkg.relate.members_bodies import read_member_bodies
from zhkg.relate.members_forms import (
    _members_by_form,
)
from zhkg.relate.members_games import read_game_members
from zhkg.relate.members_parties import (
    _CPC,
    _CPC_NAME,
    _is_party,
    _members_by_badge,
    _members_listed_before_badge,
    _party_badge,
    _party_ending_at,
    _party_member_word,
    _party_of_sentence,
)
from zhkg.relate.members_rosters import _members_by_roster, drop_roster_descriptions
from zhkg.relate.members_seat_rosters import read_seat_rosters
from zhkg.relate.members_staff import organisation_before, read_staff_members
from zhkg.relate.members_teams import (
    _MAX_QUALIFIER,
    _TEAM_HEADS,
    _is_team_in,
    _listed_after,
    _only_qualifiers,
    _original,
    _past,
    _qualifier,
    _team_ending_at,
    _team_word_ending_at,
)
from zhkg.relate.members_verbs import (
    _members_by_verb,
)
from zhkg.relate.roles_counted import read_counted_holders
from zhkg.relate.roles_title_body import _lone_board_ending_at
from zhkg.text import WordPlaces, first_at, first_ending, is_han, sentence_at

#: 等委员 closing a list; not a longer word these begin: 委员长 (a title), 代表团, 代表大会 (陈竺率代表团).
_MEMBER_ROLE = re.compile(r"^(?:等)?(委员|代表|成员)(?!长|团|会|大会|处)")
_COMMITTEE_SUFFIXES = ("政协", "人大", "委员会", "常委会")

__all__ = ['read_membership']


def read_membership(ctx: RelationContext) -> list[Relation]:
    """Every membership the document writes (see the module docstring), one relation per person,
    organisation and evidence span. A person the document names elsewhere is read where the recognisers
    left the same name unread (:func:`_latent_people`)."""
    latent = _latent_people(ctx)
    if not latent:
        return _read_membership(ctx)
    mentions, starts = ctx.mentions, set(ctx.person_starts)
    ctx.mentions = sorted(mentions + [m for m, _ in latent], key=lambda m: (m.start, -m.end))
    ctx.person_starts |= {m.start for m, _ in latent}
    ctx.owner.update(latent)
    try:
        return _read_membership(ctx)
    finally:  # the other readers see the document's own mentions (and those derived, which the caller adds)
        ctx.mentions = mentions
        ctx.person_starts = starts | {m.start for m in ctx.derived if m.label is Label.PERSON}
        for m, _ in latent:
            del ctx.owner[m]


#: The shortest Han name read again where the recognisers left it (three letters: a two-letter one is too often a
#: word's piece); a transliterated name with its separator (杰森-特里) from four.
_MIN_LATENT_HAN, _MIN_LATENT_FOREIGN = 3, 4


def _latent_people(ctx: RelationContext) -> list[tuple[Mention, str]]:
    """Each place where the document writes a person's name that some mention of it reads as that person (three
    Han letters or more, or a transliterated name with its separator), with no mention over it: 高群书 read in one
    sentence is 高群书 in the others (…的高群书最近加盟银润传媒). Each comes with its person's entity id; the
    membership readers read them and nothing else does (no mention is added to the document)."""
    owners: dict[str, str] = {}
    for m in ctx.mentions:
        name = m.simplified
        if m.label is Label.PERSON and m.extractor != DERIVED and (
                (len(name) >= _MIN_LATENT_HAN and all(map(is_han, name)))
                or (len(name) >= _MIN_LATENT_FOREIGN and any(c in FOREIGN_SEPARATORS for c in name[1:-1]))):
            owners.setdefault(name, ctx.owner[m])
    if not owners:
        return []
    covered = ctx.covered()
    simplified, text, doc_id = ctx.simplified, ctx.text, ctx.doc.id
    out: list[tuple[Mention, str]] = []
    taken: set[int] = set()
    places = WordPlaces(simplified, owners)  # every name's places from one pass over the text
    for name in sorted(owners, key=lambda n: (-len(n), n)):  # the longest name first: 加索尔 inside 保罗-加索尔
        for at in places.apart(name):
            end = at + len(name)
            if covered.isdisjoint(range(at, end)) and taken.isdisjoint(range(at, end)):
                out.append((Mention(doc_id, at, end, text[at:end], name, Label.PERSON, MentionSource.PEOPLE_REPEAT,
                                    canonical=name), owners[name]))
                taken.update(range(at, end))
    return out


def _read_membership(ctx: RelationContext) -> list[Relation]:
    out, seen = [], set()
    rosters = _members_by_roster(ctx)
    found = drop_roster_descriptions(_listed_members(ctx) + _members_by_word(ctx) + _members_by_verb(ctx)
                                     + _members_by_form(ctx) + _members_by_badge(ctx) + _members_by_apposition(ctx)
                                     + _members_listed_before_badge(ctx), rosters) + rosters
    pairs = {(r.source, r.target) for r in found}
    found += [r for r in read_member_bodies(ctx) if (r.source, r.target) not in pairs]
    pairs = {(r.source, r.target) for r in found}
    # 4名现任成员，即A、B、C和D: each the body's member (roles199)
    found += [r for r in read_counted_holders(ctx, RelationKind.MEMBER_OF) if (r.source, r.target) not in pairs]
    pairs = {(r.source, r.target) for r in found}
    # 民建联：20席 / 地区直选：A、B: each a member of the party whose seats head the lines (roles226)
    found += [r for r in read_seat_rosters(ctx) if (r.source, r.target) not in pairs]
    pairs = {(r.source, r.target) for r in found}
    found += [r for r in read_staff_members(ctx) if (r.source, r.target) not in pairs]
    found += read_game_members(ctx, _is_team_in)
    # a competition is no team (进入联盟杯, 入选欧冠最佳阵容): no one is its member
    events = {ctx.owner[m] for m in ctx.mentions if m.label is Label.ORGANIZATION and m in ctx.owner
              and COMPETITION.fullmatch(m.name)}
    found = [r for r in found if r.target not in events] if events else found
    for r in found + _teammates(ctx, found):
        key = (r.source, r.target, r.evidence.start)
        if key not in seen and r.source != r.target:
            seen.add(key)
            out.append(r)
    return out


#: 队友 + 的 maybe + a person; 前/老/昔日 before it make him a past teammate, read as nothing. 党友 (a fellow member
#: of a party: 其党友陈勇) the same for a party (roles294).
_TEAMMATE = re.compile(r"(?<![前老旧日])(队友|党友)的?")
#: 其 right before 党友/队友: the fellow of the clause before's subject, who may stand a sentence back (…；其党友X).
_HIS = "其"


def _teammates(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """队友 + person (科比…险些打到身边的队友乔-史密斯): a member of the one team the last person named before 队友 in
    its sentence is a present member of, by the memberships already read in the document; 党友 + person (民建联陈恒镔
    会出掌交通事务委员会；其党友陈勇会接掌…) the same of the one party, the sentence before read when 其 opens it."""
    teams: dict[str, set[str]] = {}
    for r in found:
        if not r.former:
            teams.setdefault(r.source, set()).add(r.target)
    if not teams:  # a captain's team is among them (members_bodies reads a team + 队长/副队长 + person)
        return []
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    starting = {m.start: m for m in people}
    parties = {ctx.owner[m]: m for m in ctx.mentions if m.label is Label.ORGANIZATION and m in ctx.owner
               and _is_party(ctx, m)}
    out = []
    for mate in _TEAMMATE.finditer(ctx.simplified):
        person = starting.get(mate.end())
        if person is None:
            continue
        s, _ = sentence_at(ctx.sentences, mate.start())
        if mate.group(1) == "党友" and s > 0 and ctx.simplified[s : mate.start()] == _HIS:
            s, _ = sentence_at(ctx.sentences, s - 1)
        before = [m for m in people if s <= m.start and m.end <= mate.start()]
        owned = teams.get(ctx.owner[before[-1]], set()) if before else set()
        if mate.group(1) == "党友":
            owned = {t for t in owned if t in parties}
        if len(owned) == 1:
            body = next(iter(owned))
            word = _party_member_word(parties[body]) if mate.group(1) == "党友" else ""
            out.append(ctx.relation(ctx.owner[person], body, RelationKind.MEMBER_OF, before[-1].start,
                                    person.end, word))
    return out


#: How a short description of a person ends, between the name and an apposition (日本足球运动员, 香港歌手).
_DESCRIPTION_HEADS = ("人物", "人", "家", "商", "员", "者", "士", "星", "手")
#: The longest description between a name and its apposition.
_MAX_DESCRIPTION = 12


def _members_by_apposition(ctx: RelationContext) -> list[Relation]:
    """The opening of a biography: person + ， (+ a short description + ，) (+ 前/原) + organisation + member word
    closing the clause (三崎四郎，日本足球运动员，前日本国家足球队成员。; 王伟，民进党党员，…): the person, who opens
    the sentence, is a member; 前/原 mark a past membership."""
    simplified = ctx.simplified
    people = {m.end: m for m in ctx.mentions if m.label is Label.PERSON}
    out = []
    for org in [m for m in ctx.mentions if m.label is Label.ORGANIZATION]:
        word = first_at(simplified, ctx.lexicon.member_words, org.end)
        end = org.end + len(word)
        end += 2 if simplified.startswith("之一", end) else 0
        if not word or (end < len(simplified) and simplified[end].isalnum()):
            continue
        at = org.start
        former = simplified[at - 1 : at] in ("前", "原")
        at -= former
        if simplified[at - 1 : at] not in ("，", ","):
            continue
        comma = at - 1
        person = people.get(comma)
        if person is None:  # a description between: 日本足球运动员，
            before = max((i for i in range(max(comma - _MAX_DESCRIPTION - 1, 0), comma) if simplified[i] in "，,"),
                         default=-1)
            described = simplified[before + 1 : comma]
            if before < 0 or not described.isalnum() or not described.endswith(_DESCRIPTION_HEADS) \
                    or any(before < m.start < comma and m.label is not Label.PLACE for m in ctx.mentions):
                continue
            person = people.get(before)
        s, _ = sentence_at(ctx.sentences, org.start)
        if person is None or person.start != s:
            continue  # the person opens the sentence: a biography's first words
        out.append(ctx.relation(ctx.owner[person], ctx.owner[org], RelationKind.MEMBER_OF, person.start, end,
                                _original(ctx, word, org.end, org.end + len(word)), former=former))
    return out


def _listed_members(ctx: RelationContext) -> list[Relation]:
    """张吉辉、李伟涛……等委员: members of the nearest committee."""
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    committees = [m for m in ctx.mentions if m.label is Label.ORGANIZATION and m.canonical.endswith(_COMMITTEE_SUFFIXES)]
    if not committees:
        return []
    main = Counter(ctx.owner[m] for m in committees).most_common(1)[0][0]
    committees.sort(key=lambda c: c.start)  # stable: the nearest committee by bisection, not by a scan of all
    starts = [c.start for c in committees]
    out = []
    for i, last in enumerate(people):
        tail = ctx.simplified[last.end : last.end + 4]
        role = _MEMBER_ROLE.match(tail)
        if not role:
            continue
        group = [last]
        j = i - 1
        while j >= 0 and people[j].end + 1 == group[0].start and ctx.text[people[j].end] in "、,，":
            group.insert(0, people[j])
            j -= 1
        s, e = sentence_at(ctx.sentences, last.start)
        target = ctx.owner[nearest] if (nearest := _nearest(committees, starts, s, e, last.end)) else main
        role_text = ctx.text[last.end + role.start(1) : last.end + role.end(1)]
        for person in group:
            out.append(
                ctx.relation(
                    ctx.owner[person], target, RelationKind.MEMBER_OF, group[0].start, last.end + role.end(), role_text
                )
            )
    return out


def _nearest(committees: list[Mention], starts: list[int], s: int, e: int, offset: int) -> Mention | None:
    """The committee starting in ``[s, e)`` nearest to ``offset`` (the earlier on a tie), or ``None``."""
    lo, hi = bisect_left(starts, s), bisect_left(starts, e)
    if lo == hi:
        return None
    k = bisect_left(starts, offset, lo, hi)
    if k < hi and (k == lo or starts[k] - offset < offset - starts[k - 1]):
        return committees[k]
    return committees[bisect_left(starts, starts[k - 1], lo, hi)]


#: Words no description of a member's job between a body and its member word holds: another body said generically
#: (湖人对方中锋), a past post (前任: 前 and 原 are read as former by :func:`_past`).
_NOT_DESCRIPTIONS = frozenset({"对方", "对手", "老对手", "敌方", "宿敌", "死敌", "客队", "主队", "其他", "前任"})


def _members_by_word(ctx: RelationContext) -> list[Relation]:
    """Organisation + member word + person, or a team + 的 + person, or a party + 籍 + title + person."""
    simplified = ctx.simplified
    out = []
    team_of: dict[int, Mention] = {}  # a member's end -> the organisation: the next member in a list shares it
    for person in [m for m in ctx.mentions if m.label is Label.PERSON]:
        k = person.start
        word = first_ending(simplified, ctx.lexicon.member_words, k)
        if not word and (chained := _before_titles(ctx, k)) is not None:  # 行政会议成员、立法会议员X
            word = first_ending(simplified, ctx.lexicon.member_words, chained)
            k = chained if word else k
        if word:
            k -= len(word)
            # a member word before a band's position: the body's member (五月天成员吉他手石头: 成员 of 五月天)
            outer = first_ending(simplified, ctx.lexicon.member_words, k)
            if outer and word in _BAND_POSITIONS:
                word, k = outer, k - len(outer)
            found = None
            for gap in range(_MAX_QUALIFIER + 1):
                q = k - gap
                if q <= 0 or not _qualifier(ctx, q, k) or not _only_qualifiers(simplified[q:k]):
                    continue  # 网队将新秀X: 将 qualifies no player; 布莱切的主要替补: nor does 主要
                found = _team_ending_at(ctx, q) or (_team_ending_at(ctx, q - 1) if simplified[q - 1] == "的" else None)
                if found is None:
                    if word in ctx.lexicon.team_member_words:
                        found = _team_word_ending_at(ctx, q)
                    if found is None and simplified[q - 1 : q] in ("和", "、", "及", "与"):
                        found = team_of.get(q - 1)  # 热火替补老前锋朱万-霍华德和正牌首发大前锋波什
                    if found is None and simplified.endswith(_TEAM_ANAPHORS, 0, q):
                        found = _team_named_before(ctx, q)  # 湖人队…。该队后卫费舍尔
                    if found is None and simplified.endswith(_BAND_ANAPHORS, 0, q):
                        found = _band_named_before(ctx, q)  # 五月天举办了演唱会，由于乐团成员阿信、怪兽…
                    if found is None and word == "党员" and simplified.endswith(_CPC, 0, q):
                        found = ctx.derive_organisation(q - len(_CPC), q, canonical=_CPC_NAME)  # 中共党员王伟
                if found is None and word == "党员":
                    found = _party_ending_at(ctx, k + 1)  # 国民党员王伟: 党 is the party's and the word's
                if found is None and word == _CAPPED:
                    found = _national_team(ctx, q)  # 巴西国脚埃兰诺: Brazil's national team
                if found is not None:
                    break
            if found is None:  # a description of the job: 巴特勒的大四后卫X, 安德森公司著名室内设计师X
                found = organisation_before(ctx, k, _NOT_DESCRIPTIONS)
            if found is None:  # a board alone before the word: 校董会成员X (roles286)
                found = _lone_board_ending_at(ctx, k)
            if found is None and word == "党员":
                found = _party_of_sentence(ctx, k)  # 民建联因党员黄碧娇深陷争议: the sentence's one party
        elif simplified[k - 1 : k] == "的":
            found = _team_ending_at(ctx, k - 1)
            found = found if found is not None and (found.simplified.endswith(_TEAM_HEADS)
                                                    or found.extractor == MentionSource.ORG_TEAM
                                                    or (found.extractor == MentionSource.ALIAS
                                                        and _is_team_in(ctx, found))) else None  # 骑士队…骑士的X
        else:
            found, word = _party_badge(ctx, k)
        if found is not None and found.label is Label.ORGANIZATION:
            if word in _PARTY_WORDS and _is_party(ctx, found):
                word = _party_member_word(found)  # 民建联成员庄雅婷: 党员 of 民建联; 工联会党员X: 成员 of 工联会
            team_of[person.end] = found
            for member in [person, *_listed_after(ctx, person)]:  # 中华队成员王小明、李大同: both
                out.append(ctx.relation(ctx.owner[member], ctx.owner[found], RelationKind.MEMBER_OF, found.start,
                                        member.end, _original(ctx, word, found.end, person.start),
                                        former=_past(ctx, found)))
    return out


#: Member words a party's member is written with; the relation says the party's own (:func:`_party_member_word`: 党员,
#: 成员 of a union), as a badge before the name does (roles205).
_PARTY_WORDS = ("成员", "党员")


#: A national team's player: after a country, a member of its national team (巴西国脚埃兰诺, 前波兰国脚X).
_CAPPED = "国脚"


def _national_team(ctx: RelationContext, end: int) -> Mention | None:
    """The national team of the country whose name ends at ``end`` (a place with a two-letter country code: 巴西 BR,
    中国 CN; no province), derived over the country's name: 巴西国家队."""
    country = ctx.place_ending_at.get(end)
    if country is None or len(country.code) != 2 or not country.code.isalpha():
        return None
    return ctx.derive_organisation(country.start, country.end, canonical=country.simplified + "国家队")


#: A band's positions (members.tsv), which may follow its member word (成员吉他手).
_BAND_POSITIONS = frozenset({"吉他手", "贝斯手", "鼓手", "键盘手"})
#: A team pointed back to before a player's word: 该队后卫费舍尔.
_TEAM_ANAPHORS = ("该队", "该球队", "此队", "球队")


#: A band named by its kind only before a member word (乐团成员阿信): the one band the text named just before.
_BAND_ANAPHORS = ("该乐团", "该乐队", "该组合", "乐团", "乐队", "组合")

def _band_named_before(ctx: RelationContext, at: int) -> Mention | None:
    """The one organisation named in the sentence of ``at`` or the two before, before ``at``, when it may be a band:
    its name ends like a band's (:data:`zhkg.extract.players.BAND_HEADS`) or in no organisation's head (五月天, not 华纳唱片公司); ``None``
    when none or several bodies are named there."""
    starts = [s for s, _ in ctx.sentences]
    i = max(bisect_left(starts, at + 1) - 1, 0)
    begin = starts[max(i - 2, 0)] if starts else 0
    bodies = [m for m in ctx.mentions if m.label is Label.ORGANIZATION and begin <= m.start and m.end <= at]
    if len({ctx.owner[m] for m in bodies if m in ctx.owner}) != 1 or bodies[-1] not in ctx.owner:
        return None
    band = bodies[-1]
    name = band.simplified
    headless = not any(name.endswith(head) for head in ctx.lexicon.org_suffixes)
    return band if name.endswith(BAND_HEADS) or (headless and not name.endswith(_NOT_BAND_ENDINGS)) else None


#: Endings of bodies that are no band though ``org_suffixes.tsv`` lists no head for them.
_NOT_BAND_ENDINGS = ("公司", "集团", "唱片", "大学", "学院", "学校", "银行", "电视台", "报", "社", "网", "队", "会", "部",
                     "局", "院", "所", "厅", "委", "党", "军", "俱乐部", "中心")


def _team_named_before(ctx: RelationContext, at: int) -> Mention | None:
    """The one team named in the sentence of ``at`` or the two before, before ``at`` (its last mention), or
    ``None`` when none or several are."""
    starts = [s for s, _ in ctx.sentences]
    i = max(bisect_left(starts, at + 1) - 1, 0)
    begin = starts[max(i - 2, 0)] if starts else 0
    teams = [m for m in ctx.mentions if _is_team_in(ctx, m) and begin <= m.start and m.end <= at]
    return teams[-1] if len({ctx.owner[m] for m in teams}) == 1 else None


def _before_titles(ctx: RelationContext, k: int) -> int | None:
    """Where the 、 before a title (its holder maybe before it, 前/原 maybe before both) right before a person
    starting at ``k`` stands (行政会议成员|、|立法会议员叶刘淑仪, 国民党党员|、|前立委X), or ``None``: a member
    word may end there."""
    simplified = ctx.simplified
    role = ctx.lexicon.role_ending(simplified, k)
    if not role:
        return None
    at = k - len(role)
    holder = ctx.org_ending_at.get(at) or ctx.place_ending_at.get(at)
    at = holder.start if holder is not None else at
    at -= simplified[at - 1 : at] in ("前", "原")
    return at - 1 if simplified[at - 1 : at] == "、" else None
