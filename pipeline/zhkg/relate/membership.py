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
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from zhkg.extract.organisations import HOUSES
from zhkg.extract.people import FOREIGN_SEPARATORS
from zhkg.extract.players import COMPETITION
from zhkg.records import Label, Mention, MentionSource, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, DERIVED, RelationContext
from zhkg.relate.members_bodies import read_member_bodies
from zhkg.relate.members_games import read_game_members
from zhkg.relate.members_staff import organisation_before, read_staff_members
from zhkg.relate.roles_wiki import post_after_joined_body
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
    found = _listed_members(ctx) + _members_by_word(ctx) + _members_by_verb(ctx) + _members_by_form(ctx) \
        + _members_by_badge(ctx) + _members_by_apposition(ctx) + _members_listed_before_badge(ctx)
    pairs = {(r.source, r.target) for r in found}
    found += [r for r in read_member_bodies(ctx) if (r.source, r.target) not in pairs]
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


#: 队友 + 的 maybe + a person; 前/老/昔日 before it make him a past teammate, read as nothing.
_TEAMMATE = re.compile(r"(?<![前老旧日])队友的?")


def _teammates(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """队友 + person (科比…险些打到身边的队友乔-史密斯): a member of the one team the last person named before 队友 in
    its sentence is a present member of, by the memberships already read in the document."""
    teams: dict[str, set[str]] = {}
    for r in found:
        if not r.former:
            teams.setdefault(r.source, set()).add(r.target)
    if not teams:  # a captain's team is among them (members_bodies reads a team + 队长/副队长 + person)
        return []
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    starting = {m.start: m for m in people}
    out = []
    for mate in _TEAMMATE.finditer(ctx.simplified):
        person = starting.get(mate.end())
        if person is None:
            continue
        s, _ = sentence_at(ctx.sentences, mate.start())
        before = [m for m in people if s <= m.start and m.end <= mate.start()]
        owned = teams.get(ctx.owner[before[-1]], set()) if before else set()
        if len(owned) == 1:
            out.append(ctx.relation(ctx.owner[person], next(iter(owned)), RelationKind.MEMBER_OF, before[-1].start,
                                    person.end, ""))
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


#: Characters a team name no extractor found does not reach back across: 来自|辽宁青年队, 赛后|湖人队.
_NAME_STOP = frozenset("的在与和是了对被将把从自及为由向后前时里中于至到")
#: At most this many letters between an organisation (or its 的) and a member word: 小牛|主力|中锋.
_MAX_QUALIFIER = 4
#: Heads of a team's name: a team + 的 + person is a member (骑士队的安德森-瓦莱乔, a national squad: 中国女排的朱婷, and a
#: team read as one: 小牛的泰森-钱德勒), any body + 的 is not.
_TEAM_HEADS = ("队", "俱乐部", "乐队", "乐团", "战队", "男篮", "女篮", "男排", "女排", "男足", "女足", "国足")
#: Verbs of joining an organisation written after the person: 加盟东莞队, 效力于英超布莱克本队, 效力雄鹿队, 转会至篮网,
#: 被交易到灰熊, 被租借到查尔顿队 (the team a player is traded or lent to is his).
_JOIN = re.compile(r"(?:加盟|加入|签约|转会|转投|改投|转战|投奔|效力于|效力|入选|征召入|征招入|进入|交易到|交易至|租借给|租借)了?(?:到|至)?$")
#: A verb of joining a team, then the team described before its name, the description ending in 球队 or 俱乐部, or
#: a phrase + 的 (效力K联赛球队釜山IPark, 转投墨西哥足球升级联赛（次级联赛）球队内卡萨, 转投刚降班的黑池): the name is
#: the team joined.
_JOIN_DESCRIBED = re.compile(r"(?:加盟|转会|转投|改投|效力于|效力)了?(?:到|至)?[^，,。；;：:、]{1,16}?(?:球队|俱乐部|的)$")
#: A verb of joining and the team after it, its name ending in 队 (加盟东莞队, 转会布莱克本队, 入选国家队, 交易到灰熊队,
#: 被征召入国家队: a call-up, as Wikipedia writes it, 徵召入 or 徵招入 in Traditional).
_JOIN_TEAM = re.compile(r"(?:加盟|加入|转会|转投|效力于|效力|入选|征召入|征招入|交易到|交易至|租借)了?(?:到|至)?([^\W\d_]{1,5}?队)(?!员|伍|长)")
#: Verbs after which a team's short name no extractor found may stand (加盟热火的老将, 转会湖人后, 效力湖人多年).
_JOIN_SHORT = re.compile(r"(?:加盟|转会|转投|改投|效力于|效力|交易到|交易至|租借到|租借至)了?(?:到|至)?")
#: What may follow a team's short name after a verb of joining: 的, a clause break, 后/之后/以来/时/多年, the end.
_AFTER_TEAM = re.compile(r"(?:的|后|之后|以后|以来|时|期间|多年|[，,。；;！？!?）)]|$)")
#: Verbs of moving from one team to another: the team after 从 between the person and the verb is a past one
#: (易建联从广东队转会至篮网队: a former member of 广东队).
_MOVE = re.compile(r"加盟|加入|转会|转投|改投|转战|投奔|交易|租借")
_FROM_TEAM = re.compile(r"从([^\W\d_]{1,5}?队)(?=加盟|加入|转会|转投|转战|投奔|被?交易|被?租借)")
#: 在/为 + a team + 效力 (王治郅在八一队效力多年, 为奥兰多效力); after it, words saying the time is past.
_SERVE = re.compile(r"了?效力")
_SERVED = re.compile(r"(?:了|过)?(?:[^，,。；;！？!?]{0,6}?)(?:的时候|时|期间|之后|以后|后)")
#: Coming to a team: joining it (费沃斯来到爵士); a team only, never a place (来到北京); not 回到 (a coach returns too:
#: 同意范斌回到国青队).
_COME_TO = re.compile(r"来到了?$")
#: A team's ground after its name: a visit, not a joining (来到爵士主场, 回到湖人的球馆).
_VENUE = re.compile(r"的?(?:主场|客场|球馆|主场馆|训练馆|更衣室)")
#: A shot made or points scored for a team, after 为 + the team (为奇才命中, 为湖人砍下20分): a player's, not a
#: coach's (为湖人拿下总冠军 is no shot).
_SCORE_FOR = re.compile(r"(?:命中|投中|投进|打进|攻入|罚进|罚中|扣篮|上篮|(?:砍下|拿下|贡献|得到|砍得|攻下)了?\d+分)")
#: Words between the person and the verb that make the joining not (yet) true: 拒绝加盟, 希望加盟, 未能加入, 将加入.
_NOT_JOINED = re.compile(r"不|未|没|拒绝|希望|想|有意|考虑|可能|将|能否|传言|打算|无法|准备|计划|如果|若|要")
_PARTY_BADGE = "籍"

#: Person + 所在的 + organisation; person + 是/成为/作为 + organisation + 的 + member word.
_WHERE = re.compile(r"所在的$")
_LINK = re.compile(r"(?:是|成为|作为|为|堪称|算是|称得上)(?P<former>前|原)?(?:[^\W\d_]{0,4}?(?:组合|乐队|乐团|团体|政党|球队))?$")
#: Verbs of leaving an organisation written after the person: a past membership (退出民进党, 脱离国民党; a team:
#: 离开湖人).
_LEAVE = re.compile(r"(?:退出|脱离|离开)了?$")
#: A short phrase between an organisation and 的 + member word after 是 (火箭|当前年薪最高|的球员): letters only.
_LINK_PHRASE = re.compile(r"[^\W\d_]{1,8}?的")


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
    """The team ``[start, end)`` names, ending in 队, derived as an organisation; ``None`` when one of jieba's
    words in it is a verb, a time, a pronoun, an idiom or a function word (拒绝|归队, 交易|截止日|网队, 自己|球队),
    the generic 球队, or a person is named over it."""
    from zhkg.stages.segment import dictionary_tag, jieba_words

    name = ctx.simplified[start:end]
    if not name.endswith("队") or name.endswith("球队") or end - start < 2 \
            or any(start < m.end and m.start < end and m.label is Label.PERSON for m in ctx.mentions):
        return None
    if any(dictionary_tag(w) in _NOT_NAME_TAGS for w in jieba_words(name)):
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
})
#: Words no description of a member's job between a body and its member word holds: another body said generically
#: (湖人对方中锋), a past post (前任: 前 and 原 are read as former by :func:`_past`).
_NOT_DESCRIPTIONS = frozenset({"对方", "对手", "老对手", "敌方", "宿敌", "死敌", "客队", "主队", "其他", "前任"})
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
        elif simplified[k - 1 : k] == "的":
            found = _team_ending_at(ctx, k - 1)
            found = found if found is not None and (found.simplified.endswith(_TEAM_HEADS)
                                                    or found.extractor == MentionSource.ORG_TEAM
                                                    or (found.extractor == MentionSource.ALIAS
                                                        and _is_team_in(ctx, found))) else None  # 骑士队…骑士的X
        else:
            found, word = _party_badge(ctx, k)
        if found is not None and found.label is Label.ORGANIZATION:
            team_of[person.end] = found
            for member in [person, *_listed_after(ctx, person)]:  # 中华队成员王小明、李大同: both
                out.append(ctx.relation(ctx.owner[member], ctx.owner[found], RelationKind.MEMBER_OF, found.start,
                                        member.end, _original(ctx, word, found.end, person.start),
                                        former=_past(ctx, found)))
    return out


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
#: 中共 before 党员 (中共党员王伟), which the recognisers leave unnamed: the Communist Party of China.
_CPC, _CPC_NAME = "中共", "中国共产党"
_CPC_LINKED = re.compile(r"(?<=[是为])中共(?=党员)")
#: 是/为 + a party + 员, the party's 党 shared with the member word: 王伟是国民党员.
_PARTY_MEMBER = re.compile(r"(?<=[是为])[^\W\d_]{1,4}党(?=员)")
#: Wearing a team's shirt: 身披 + team + its number (姚明身披火箭队11号球衣).
_WEAR = re.compile(r"身(?:披|穿|着)着?$")
#: A player's old team: 重返老东家骑士, 面对前东家湖人.
_OLD_HOME = re.compile(r"(?:老|前|旧)东家$")
_JERSEY = re.compile(r"的?\d{1,2}号")
_WEAR_TEAM = re.compile(r"身(?:披|穿|着)着?([^\W\d_]{1,5}?队)(?=的?\d{1,2}号)")


def _is_party(ctx: RelationContext, m: Mention) -> bool:
    """Whether ``m`` names a party: its name ends in 党, or ``organisations_known.tsv`` lists it as one, a name with no
    党 in it (民建联, 工联会, 经民联)."""
    return m.simplified.endswith("党") or ctx.lexicon.known_organisations.get(m.simplified, ("",))[0] == "party"


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


def _team_named_before(ctx: RelationContext, at: int) -> Mention | None:
    """The one team named in the sentence of ``at`` or the two before, before ``at`` (its last mention), or
    ``None`` when none or several are."""
    starts = [s for s, _ in ctx.sentences]
    i = max(bisect_left(starts, at + 1) - 1, 0)
    begin = starts[max(i - 2, 0)] if starts else 0
    teams = [m for m in ctx.mentions if _is_team_in(ctx, m) and begin <= m.start and m.end <= at]
    return teams[-1] if len({ctx.owner[m] for m in teams}) == 1 else None


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


def _original(ctx: RelationContext, word: str, start: int, end: int) -> str:
    """``word`` as the source writes it, found between ``start`` and ``end`` (its Traditional form)."""
    at = ctx.simplified.rfind(word, start, end) if word else -1
    return ctx.text[at : at + len(word)] if at >= 0 else word


def _party_badge(ctx: RelationContext, k: int) -> tuple[Mention | None, str]:
    """A party + 籍 (的 maybe after it) + a title (maybe quoted) ending at ``k``: 国民党籍立委王伟, 民进党籍“立委”王伟,
    民进党籍的立委王伟 (党员 of the party); a
    party + the house it sits in + a title: 民主党立法会议员王伟; or a party right before a legislator's or a
    candidate's title (:data:`_LEGISLATOR`): 民主党参议员王伟, 国民党立委王伟."""
    simplified = ctx.simplified
    end = k - 1 if simplified[k - 1 : k] in "”」\"" else k
    role = ctx.lexicon.role_ending(simplified, end)
    at = end - len(role)
    place = ctx.place_ending_at.get(at) or ctx.place_ending_at.get(at + 1)  # 国民党籍|台北|市议员, 国民党籍|台北市|议员
    at = place.start if role and place is not None else at
    at -= 1 if simplified[at - 1 : at] in "“「\"" else 0
    at -= 1 if role and simplified.endswith(_PARTY_BADGE + "的", 0, at) else 0  # 民进党籍的立委X, 国民党籍的台北市长X
    house = ctx.org_ending_at.get(at) if role else None
    if house is not None and house.simplified.endswith(HOUSES):  # 民主党|立法会|议员王伟: the party sits there
        party = ctx.org_ending_at.get(house.start)
        return (party, "党员") if party is not None and _is_party(ctx, party) else (None, "")
    if role and _LEGISLATOR.search(role) and simplified[at - 1 : at] != _PARTY_BADGE:
        party = _party_ending_at(ctx, at)  # 民主党参议员X, 国民党立委X: the party's member, the house's title
        return (party, "党员") if party is not None else (None, "")
    if not role or simplified[at - 1 : at] != _PARTY_BADGE:
        return None, ""
    party = ctx.org_ending_at.get(at - 1)
    swallowed = ctx.org_ending_at.get(at)  # the recogniser took 籍 into the name: 民进党籍
    if party is None and swallowed is not None and swallowed.simplified.endswith("党籍") and at - swallowed.start > 2:
        party = ctx.derive_organisation(swallowed.start, at - 1)
    return (party, "党员") if party is not None and party.simplified.endswith("党") else (None, "")


#: A title a party's member holds in a house or a race, not in the party (参议员, 州议员, 立委, 总统候选人): a party right
#: before it makes him the party's member.
_LEGISLATOR = re.compile(r"(?:议员|立委|立法委员|候选人)$")
#: What opens a party's badge after a person: a bracket (王世堅（民進黨）), or a comma before 籍 (王世堅，民進黨籍…).
_BADGE_OPENERS = frozenset("（(，,")
#: What closes a badge in brackets: the bracket, 籍 maybe before it (陳水扁(民進黨籍)).
_BADGE_CLOSE = re.compile(r"籍?[）)]")


def _party_at(ctx: RelationContext, at: int) -> tuple[Mention | None, int]:
    """The party whose name starts at ``at`` (an organisation ending in 党) and where its name ends, 籍 left out
    when the recogniser took it in (民进党籍); ``(None, at)`` when there is none."""
    party = ctx.org_starting_at.get(at)
    if party is None:
        return None, at
    if party.simplified.endswith("党籍") and party.end - party.start > 3:
        return ctx.derive_organisation(party.start, party.end - 1), party.end - 1
    return (party, party.end) if party.simplified.endswith("党") else (None, at)


def _members_by_badge(ctx: RelationContext) -> list[Relation]:
    """A party's badge after a person, as Taiwan's press writes it: in brackets (台北市議員王世堅（民進黨）, 陳水扁(民進黨籍)),
    after a comma with 籍 (王世堅，民進黨籍台北市議員); and a party + 籍 + 的 + person (民進黨籍的王世堅): 党员 of the party.
    無黨籍 names none."""
    simplified = ctx.simplified
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        opener = simplified[person.end : person.end + 1]
        party, end = _party_at(ctx, person.end + 1) if opener in _BADGE_OPENERS else (None, 0)
        if party is not None and ((opener in "（(" and _BADGE_CLOSE.match(simplified, end))
                                  or (opener in "，," and simplified[end : end + 1] == _PARTY_BADGE)):
            out.append(ctx.relation(ctx.owner[person], ctx.owner[party], RelationKind.MEMBER_OF, person.start,
                                    end + 1, "党员"))
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
    return out


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
        out += [ctx.relation(ctx.owner[person], ctx.owner[party], RelationKind.MEMBER_OF, person.start, end, "党员")
                for person in listed[::-1]]
    return out


def _members_by_verb(ctx: RelationContext) -> list[Relation]:
    """Person + verb of joining + organisation; person + 所在的 + organisation; person + 是/成为 +
    organisation + 的 + member word; 与 and 、 join several people as the subject."""
    simplified = ctx.simplified
    out = []
    orgs = [m for m in ctx.mentions if m.label is Label.ORGANIZATION]
    named = [*_JOIN_TEAM.finditer(simplified), *_FROM_TEAM.finditer(simplified), *_WEAR_TEAM.finditer(simplified)]
    for joined in named:  # 加盟东莞队, 从广东队转会, 身披火箭队11号: a team no extractor named, by the verb
        start, end = joined.span(1)
        if not any(m.start < end and start < m.end and m.label is not Label.PLACE for m in ctx.mentions):
            team = _derived_team(ctx, start, end)
            orgs += [team] if team is not None else []
    for cpc in _CPC_LINKED.finditer(simplified):  # 王伟是中共党员: derived only when a person is its subject
        s, _ = sentence_at(ctx.sentences, cpc.start())
        brk = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, s, cpc.start())), default=s)
        if any(m.label is Label.PERSON and brk <= m.start and m.end < cpc.start() for m in ctx.mentions) \
                and not ctx.any_between(cpc.start(), cpc.end()):
            orgs.append(ctx.derive_organisation(cpc.start(), cpc.end(), canonical=_CPC_NAME))
    for member in _PARTY_MEMBER.finditer(simplified):  # 王伟是国民党员
        party = _party_ending_at(ctx, member.end())
        orgs += [party] if party is not None and party not in orgs else []
    for joined in _JOIN_SHORT.finditer(simplified):  # 加盟热火的老将X, 转会湖人后: a team's short name
        team = _team_word_after(ctx, joined.end())
        orgs += [team] if team is not None else []
    # where the clause holding each organisation opens: the last break of its sentence before it, by bisection on
    # the text's breaks found once (a sentence with no full stop may run the length of a long line)
    break_at = [b.start() for b in CLAUSE_BREAK.finditer(simplified)]
    for org in orgs:
        s, _ = sentence_at(ctx.sentences, org.start)
        k = bisect_left(break_at, org.start) - 1
        brk = break_at[k] + 1 if k >= 0 and break_at[k] >= s else s
        if simplified[org.start - 1 : org.start] in ("在", "为") and _SERVE.match(simplified, org.end) and _is_team(org):
            out += _served(ctx, org, s, brk)  # 王治郅在八一队效力多年
            continue
        if simplified[org.start - 1 : org.start] == "为" and _is_team_in(ctx, org) \
                and (scored := _SCORE_FOR.match(simplified, org.end)) is not None:
            out += _scored_for(ctx, org, brk, scored.end())  # 布莱切高位跳投为奇才命中本场第一球
            continue
        verb = _JOIN.search(simplified, brk, org.start)
        if verb is None and (_closes_clause(simplified, org.end) or _AFTER_TEAM.match(simplified, org.end)):
            verb = _JOIN_DESCRIBED.search(simplified, brk, org.start)  # the description says it is a team; the name
            # must end there (not 球队布朗|上将, a name cut short)
        if verb is None and _is_team_in(ctx, org) and not _VENUE.match(simplified, org.end):
            verb = _COME_TO.search(simplified, brk, org.start)  # 直到费沃斯来到爵士; not 来到爵士主场
        word, left = "", False
        if verb is None and (verb := _LEAVE.search(simplified, brk, org.start)) is not None:
            left = True
            verb = verb if not verb.group().startswith("离开") or _is_team(org) else None  # 离开北京: no body left
        if verb is None:
            verb = _WHERE.search(simplified, brk, org.start)
        if verb is None and (verb := _OLD_HOME.search(simplified, brk, org.start)) is not None:
            left = True  # 詹姆斯重返老东家骑士: a team he was a member of
        if verb is None and _is_team(org) and _JERSEY.match(simplified, org.end):
            verb = _WEAR.search(simplified, brk, org.start)
        if verb is None:
            link = _LINK.search(simplified, brk, org.start)
            word = _member_word_after(ctx, org.end) if link else ""
            if link and not word and org.simplified.endswith("党") and simplified[org.end : org.end + 1] == "员":
                word = "党员"
            verb = link if word else None
        if verb is None or (verb.group().startswith(_SQUAD_VERBS) and not org.simplified.endswith("队")):
            continue  # 入选 a squad (国家队), not 巴特尔入选|新浪体育讯
        if post_after_joined_body(ctx, org) or (_MOVE.match(verb.group()) and _COACHING_AFTER.match(simplified, org.end)):
            continue  # 加入新华社，任驻伦敦记者; 改投光州FC，执教…: a post there, read by roles_wiki
        subjects = [m for m in ctx.mentions if m.label is Label.PERSON and brk <= m.start and m.end <= verb.start()]
        if not subjects and word:  # 身价最高的是马丁，他也是火箭当前年薪最高的球员
            subjects = _he_before(ctx, s, brk, verb.start())
        if not subjects and verb.group().startswith("效力") and _closes_clause(simplified, org.end):
            subjects = _he_before(ctx, s, brk, verb.start())  # 王伟是篮球运动员，现效力于湖人队
        if not subjects and (_MOVE.match(verb.group()) or verb.group().startswith(_SQUAD_VERBS)
                             or (verb.group().startswith(_ENTER) and _is_team(org))) \
                and _closes_clause(simplified, org.end):  # (进入 a team: …赴日本发展，并进入阪神队)
            subjects = _joiner_before(ctx, brk, verb.start())  # X转赴荷兰发展，加盟Y队。
        said = max(subjects[-1].end, brk) if subjects else brk  # a subject carried over from a clause before: its own clause
        between = [m for m in orgs if subjects and said <= m.start < verb.start()]
        moved_from = [m for m in between if simplified[m.start - 1 : m.start] in ("从", "自") and _is_team(m)]
        if not subjects or _NOT_JOINED.search(simplified, said, verb.start()) \
                or len(moved_from) < len(between) or (moved_from and not _MOVE.match(verb.group())):
            continue  # 易建联从广东队转会至篮网队: 广东队 is a team he left
        former = left or _past(ctx, org) or "曾" in simplified[subjects[-1].end : verb.start()] \
            or (word != "" and bool(verb.groupdict().get("former")))  # 为前流行组合辣妹合唱团的成员
        group = [subjects[-1]]
        for m in reversed(subjects[:-1]):  # 王伟、李明加入: both
            if simplified[m.end : group[0].start] in ("与", "和", "、", "及"):
                group.insert(0, m)
        if simplified[group[0].start - 1 : group[0].start] == "与":  # 与詹姆斯一道加盟热火的老将X: X joined too
            after = next((m for m in ctx.mentions if m.label is Label.PERSON and m.start > org.end
                          and simplified[org.end : org.end + 1] == "的" and _qualifier(ctx, org.end + 1, m.start)), None)
            group += [after] if after is not None else []
        for person in group:
            role = word if person.start < org.start else \
                first_ending(simplified, ctx.lexicon.member_words, person.start, org.end)
            out.append(ctx.relation(ctx.owner[person], ctx.owner[org], RelationKind.MEMBER_OF, min(person.start, org.start),
                                    max(person.end, org.end), _original(ctx, role, org.end, max(org.end + 6, person.start)),
                                    former=former))
            out += [ctx.relation(ctx.owner[person], ctx.owner[old], RelationKind.MEMBER_OF, person.start, org.end, "",
                                 former=True) for old in moved_from if person.start < old.start]
    return out


def _scored_for(ctx: RelationContext, team: Mention, brk: int, end: int) -> list[Relation]:
    """为 + ``team`` + a shot or points scored: a member of the team, the last person of the clause before 为
    (布莱切高位跳投为奇才命中; not 对方球员不会为奇才命中, a negation between)."""
    at = team.start - 1
    subject = next((m for m in reversed(ctx.mentions) if m.label is Label.PERSON and brk <= m.start and m.end <= at), None)
    if subject is None or _NOT_JOINED.search(ctx.simplified, subject.end, at):
        return []
    return [ctx.relation(ctx.owner[subject], ctx.owner[team], RelationKind.MEMBER_OF, subject.start, end, "")]


def _served(ctx: RelationContext, team: Mention, s: int, brk: int) -> list[Relation]:
    """在/为 + ``team`` + 效力: its subject is the last person of the clause before 在 (王治郅在八一队效力多年), or, when
    the clause opens with 在, the person opening the clause after it (在广东队效力的时候，朱芳雨…); past (``former``)
    when 曾 stands before or 时/的时候/期间/之后 follows."""
    simplified = ctx.simplified
    at = team.start - 1
    subject = next((m for m in reversed(ctx.mentions) if m.label is Label.PERSON and brk <= m.start and m.end <= at), None)
    if subject is None and at == brk:
        nxt = CLAUSE_BREAK.search(simplified, team.end)
        opener = nxt.end() if nxt is not None and nxt.group() in "，," else -1
        subject = next((m for m in ctx.mentions if m.label is Label.PERSON and m.start == opener), None)
    if subject is None or _NOT_JOINED.search(simplified, min(subject.end, at), at):
        return []
    serve = _SERVE.match(simplified, team.end)
    former = "曾" in simplified[brk:at] or _SERVED.match(simplified, serve.end()) is not None
    start, end = min(subject.start, at), max(subject.end, serve.end())
    return [ctx.relation(ctx.owner[subject], ctx.owner[team], RelationKind.MEMBER_OF, start, end, "", former=former)]


#: A clause opened by 他 or by connectives only (他也是, “他是, 而且是): its subject is in the clause before.
_HE = re.compile(r"[“\"「 ]*他?(?:也|还|就|仍|已经|一直|都|而且|并且|同时|又|现时|现|目前|曾经|曾|后来|其后)*")
#: What may open a clause of joining a team whose subject is in the clause before: a date and adverbs of manner
#: (X转赴荷兰发展，加盟Y; X随后，2006年以自由身转投Y): no one else, so the person before is the one who joined.
_JOINED_OPENER = re.compile(r"(?:[\d一二三四五六七八九十〇零同次翌当今去]+年)?(?:[\d一二三四五六七八九十]+月)?(?:[\d一二三四五六七八九十]+日)?[，, ]?"
                            r"他?(?:也|还|就|再|又|并|随即|随后|其后|后来|最终|终于|正式|免费|以自由身|成功|再次|同年|之后)*")


#: Verbs of being picked for a squad: the body must be a team whose name ends in 队 (入选国家队, 被征召入国家队).
_SQUAD_VERBS = ("入选", "征召入", "征招入")
#: 进入, a verb of joining a team only (进入决赛, 进入北京大学 are no team joined): its subject may be carried over.
_ENTER = "进入"
#: Coaching right after a team joined: 改投光州FC，执教… (joined as its coach).
_COACHING_AFTER = re.compile(r"[，,]\s*(?:并|随即|随后|开始)?(?:执教|担任主教练|出任主教练|任主教练)")
#: A frame naming the one who moved the subject, closing the clause before a joining: 在罗伯特·巴乔的说服下, 在教练X的推荐下.
_UNDER = re.compile(r"在[^，,。；;！？!?]{1,24}?下")
#: Breaks between clauses that a subjectless clause of joining may look back over (a ；ends a sentence span).
_JOIN_BACK_BREAKS = "，,；;"
_SENTENCE_ENDS = frozenset("。！？!?\n")
#: The most clauses a subjectless clause of joining looks back over for its subject.
_MAX_CLAUSES_BACK = 3


def _joiner_before(ctx: RelationContext, brk: int, verb: int) -> list[Mention]:
    """The subject of a clause of joining from ``brk`` to ``verb`` that names none (a date and adverbs only:
    :data:`_JOINED_OPENER`): the one person of the nearest clause before it that names people, looking back over
    ，and ；(谌龙…进入荆州市少儿体校，2000年转到福建省…；2005年入选国家青年羽毛球队) up to :data:`_MAX_CLAUSES_BACK`
    clauses that name no one. People inside a frame 在…下 closing that clause moved the subject and are not it
    (迪比亚吉奥在罗伯特·巴乔的说服下，免费加盟布雷西亚). Two people, a clause opening with another body, a 。 first: none."""
    simplified = ctx.simplified
    k = brk
    while k > 0 and simplified[k - 1].isspace():
        k -= 1
    if k == 0 or simplified[k - 1] not in _JOIN_BACK_BREAKS or not _JOINED_OPENER.fullmatch(simplified, brk, verb):
        return []
    end = k - 1
    for _ in range(_MAX_CLAUSES_BACK):
        start = end
        while start > 0 and simplified[start - 1] not in _JOIN_BACK_BREAKS and simplified[start - 1] not in _SENTENCE_ENDS:
            start -= 1
        people = [m for m in ctx.mentions if m.label is Label.PERSON and start <= m.start and m.end <= end]
        under = next((u for u in _UNDER.finditer(simplified, start, end) if u.end() == end), None)
        if under is not None:
            people = [m for m in people if m.end <= under.start()]
        if people:
            return people[:1] if len({ctx.owner[m] for m in people}) == 1 else []
        if under is not None or start == 0 or simplified[start - 1] not in _JOIN_BACK_BREAKS \
                or _JOINED_OPENER.match(simplified, start).end() in ctx.org_starting_at:
            return []  # the clause opens with a body, or a 。 before it: no subject to carry over
        end = start - 1
    return []


def _closes_clause(simplified: str, at: int) -> bool:
    """Whether a clause ends at ``at``: the text's end or a letter no word is made of (，。；)."""
    return at >= len(simplified) or not simplified[at].isalnum()


def _he_before(ctx: RelationContext, s: int, brk: int, verb: int, opener: re.Pattern[str] = _HE) -> list[Mention]:
    """The subject of a clause from ``brk`` to ``verb`` that names none: 他 or nothing but connectives there
    (指望吉诺比利了，“他是…; 奥特洛首发55次，而且是…; ``opener`` says what may open it), and the clause before, in the
    same sentence, names one person, or (for 他) ends with him. Else none."""
    simplified = ctx.simplified
    if brk <= s or not opener.fullmatch(simplified, brk, verb):
        return []
    end = s + len(simplified[s : brk - 1].rstrip("了呢吧啊”」\" "))
    closing = [m for m in ctx.mentions if m.label is Label.PERSON and m.end == end]
    if closing and "他" in simplified[brk:verb]:
        return closing[:1]
    start = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, s, brk - 1)), default=s)
    before = [m for m in ctx.mentions if m.label is Label.PERSON and start <= m.start and m.end < brk]
    return before[:1] if len({ctx.owner[m] for m in before}) == 1 else []


#: A count before a member word after 是 + organisation + 的: 一名, 一位 (not 一员, a member word of its own).
_ONE_OF = re.compile(r"一(?:名|位|个)")


def _member_word_after(ctx: RelationContext, end: int) -> str:
    """The member word after an organisation ending at ``end`` and after 是: right after it or its 的 (民建联的成员),
    maybe after 一名/一位 (微软公司的一名工程师), after qualifiers (火箭当家球星), or after a short phrase + 的 whose words jieba tags as no verb and that names
    no one (火箭当前年薪最高的球员; not 湖人最怕的球员). Empty when there is none."""
    from zhkg.stages.segment import dictionary_tag, jieba_words

    simplified = ctx.simplified
    at = end + 1 if simplified[end : end + 1] == "的" else end
    count = _ONE_OF.match(simplified, at)  # 王伟是微软公司的一名工程师
    at = count.end() if count else at
    starts = [at] + [at + gap for gap in range(1, _MAX_QUALIFIER + 1) if _only_qualifiers(simplified[at : at + gap])]
    phrase = _LINK_PHRASE.match(simplified, end)
    if phrase and not ctx.any_between(end, phrase.end()) \
            and not any(dictionary_tag(w).startswith("v") for w in jieba_words(phrase.group()[:-1])):
        starts.append(phrase.end())
    for k in starts:
        word = first_at(simplified, ctx.lexicon.member_words, k)
        if word:
            return word
    return ""


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


#: person + (team: 巴特尔 (新疆队 数据…), 刘炜（上海队）; what may follow the team's name there.
_BRACKET = re.compile(r"[ \t\u3000]*[（(][ \t\u3000]*")
_BRACKET_END = re.compile(r"[ \t\u3000）),，、;；]")
#: Words that make a team + person a membership with no member word: 国王当家埃文斯, 湖人主力科比, 湖人老大科比.
_BARE_MEMBER = ("当家", "主力", "核心", "老大")
#: Words of time between a team and one of :data:`_BARE_MEMBER` (开拓者昔日老大布兰顿-罗伊: once its leader, still its
#: player, so not a past membership).
_BARE_LEAD = ("昔日", "如今", "目前", "现在")
#: 作为 + team + 一名 + qualifiers + member word + ，: the person after the comma (作为国家队一名新锐后卫，郭艾伦).
_AS_MEMBER = re.compile(r"作为([^\W\d_的]{2,8}?)(?:的)?(?:一名|一位|一个|一员)?([^\W\d_的]{0,4}?)")
#: A team signing a player: 火箭火速签约NBDL球员X, 湖人签下了X.
_SIGN = re.compile(r"(?:签下|签约|签回|签入|引进)了?")
#: 等 + a player's word closing a list of people (柳伟和杜江等队员).
_LIST_END = re.compile(r"等(?:球员|队员|国脚|主力|人)")
#: A team written with its players: 吉林队的球员, 骑士替补席.
_WITH_PLAYERS = re.compile(r"的?(?:球员|队员|替补|主力|板凳|阵容)")


def _members_by_form(ctx: RelationContext) -> list[Relation]:
    """The forms of sports news listed in the module docstring, each a member of a team."""
    simplified = ctx.simplified
    out = []
    people = [m for m in ctx.mentions if m.label is Label.PERSON]

    def add(person: Mention, team: Mention, start: int, end: int, word: str = "", former: bool = False) -> None:
        out.append(ctx.relation(ctx.owner[person], ctx.owner[team], RelationKind.MEMBER_OF, start, end,
                                _original(ctx, word, start, end), former=former or _past(ctx, team)))

    for person in people:
        bracket = _BRACKET.match(simplified, person.end)
        team = ctx.org_starting_at.get(bracket.end()) if bracket else None
        if _is_team(team) and _BRACKET_END.match(simplified, team.end):  # not 克里斯-简特(骑士助教
            head = simplified[: person.start].rstrip(" \t\u3000")
            word = next((w for w in ctx.lexicon.member_words if head[-1:] in "：:" and head.endswith(w, 0, len(head) - 1)), "")
            add(person, team, person.start - (len(word) + 1 if word else 0), team.end, word)
        bare = next((b for b in _BARE_MEMBER if simplified.endswith(b, 0, person.start)), "")
        lead = next((w for w in _BARE_LEAD if bare and simplified.endswith(w, 0, person.start - len(bare))), "")
        team = ctx.org_ending_at.get(person.start - len(bare) - len(lead))
        if _is_team_in(ctx, team) and (bare or (team.extractor is not DERIVED and not _titled(ctx, person.end))):
            add(person, team, team.start, person.end)  # 国王当家埃文斯; a team right before him: 吉林队杰米尔
        s, _ = sentence_at(ctx.sentences, person.start)
        comma = simplified.rfind("，", s, person.start)
        if comma < 0 or simplified[comma + 1 : person.start].strip():
            comma = simplified.rfind(",", s, person.start)
        if comma >= 0 and not simplified[comma + 1 : person.start].strip():
            _member_as(ctx, person, s, comma, add)
    _members_signed(ctx, people, add)
    _members_listed_by_team(ctx, people, add)
    _members_scoring(ctx, people, add)
    _members_led(ctx, people, add)
    _members_representing(ctx, people, add)
    _members_in_squad(ctx, people, add)
    _members_in_lineup(ctx, people, out)
    _members_pointed_back(ctx, people, add)
    _members_round13(ctx, people, add)
    _members_included(ctx, people, add)
    return out


#: A member word + 包括/有/为 + a list of people: 代表团成员包括李明、张强, 五月天乐队成员有阿信和石头.
_INCLUDES = re.compile(r"(?:还|则|主要)?(?:包括|包含|有|分别是|分别为|为|是)了?[：:]?$")
#: A body named by its kind alone before the member word, standing for the one such body of the sentence or the one
#: before (由王伟率领的中国政府代表团…，代表团成员包括李明): the kinds.
_KIND_ALONE = ("代表团", "访问团", "考察团", "乐队", "乐团", "剧团", "董事会", "委员会")


def _members_included(ctx: RelationContext, people: list[Mention], add) -> None:  # noqa: ANN001
    """An organisation + a member word + 包括/有/为 + people (代表团成员包括李明、张强和王伟): each a member; a body
    named by its kind alone (代表团) is the one body of that kind named in the sentence or the one before."""
    simplified = ctx.simplified
    for person in people:
        s, _ = sentence_at(ctx.sentences, person.start)
        verb = _INCLUDES.search(simplified, max(s, person.start - 8), person.start)
        if verb is None:
            continue
        word = next((w for w in ctx.lexicon.member_words if simplified.endswith(w, 0, verb.start())), "")
        at = verb.start() - len(word)
        org = ctx.org_ending_at.get(at) if word else None
        kind = next((k for k in _KIND_ALONE if word and simplified.endswith(k, 0, at)), "")
        if org is None and kind:
            starts = [b for b, _ in ctx.sentences]
            i = max(bisect_left(starts, at + 1) - 1, 0)
            begin = starts[max(i - 1, 0)] if starts else 0
            named = [m for m in ctx.mentions if m.label is Label.ORGANIZATION and begin <= m.start and m.end <= at
                     and m.simplified.endswith(kind)]
            org = named[-1] if len({ctx.owner[m] for m in named}) == 1 else None
        if org is None or org.label is not Label.ORGANIZATION:
            continue
        for member in [person, *_listed_after(ctx, person, pair=True)]:
            add(member, org, at - (len(kind) if org.end != at else 0), member.end, word)


#: 在 + a team + 的 + a word of one's time there (米尔萨普在爵士的前景, 他在火箭的地位): the person right before 在 is a member.
_TENURE = re.compile(r"的(?:前景|未来|前途|地位|位置|角色|处境|职业生涯|生涯|日子|时光|合同|首秀|新赛季|上场时间|出场时间)")
#: A team + 当家/老大 standing for a player the sentence or the one before names (…科比自己更是对此表示气愤。湖人当家一边
#: 往回走…).
_LEADER = ("当家", "老大")
#: A team's play carried out by a player: 奇才第一次进攻由埃文斯出手; the letters between the team and 由 name no one.
_BY_PLAYER = re.compile(r"(?:出手|完成|主攻|操刀|执行|投篮|命中|打进|扣篮|投中|投进|跳投|上篮)")
_BY_GAP = 8


def _members_round13(ctx: RelationContext, people: list[Mention], add) -> None:  # noqa: ANN001
    """Round 13's forms, each a member of a team: person + 在 + team + 的 + a word of his time there (米尔萨普在爵士
    的前景); a team + 当家/老大 with no name after it: the one person named before it in its sentence and the one
    before (…科比…。湖人当家一边往回走…); a team + a few letters + 由 + person + 出手/完成… (奇才第一次进攻由埃文斯出手)."""
    simplified = ctx.simplified
    ending = {m.end: m for m in people}
    starting = {m.start: m for m in people}
    for team in [m for m in ctx.mentions if m.label is Label.ORGANIZATION]:
        if not _is_team_in(ctx, team):
            continue
        person = ending.get(team.start - 1)
        if person is not None and simplified[team.start - 1] == "在":
            tenure = _TENURE.match(simplified, team.end)
            if tenure is not None:
                add(person, team, person.start, tenure.end())
        leader = next((w for w in _LEADER if simplified.startswith(w, team.end)), "")
        if leader and team.end + len(leader) not in starting \
                and not any(simplified.startswith(w, team.end + len(leader)) for w in ctx.lexicon.member_words):
            starts = [s for s, _ in ctx.sentences]
            i = max(bisect_left(starts, team.start + 1) - 1, 0)
            begin = starts[max(i - 1, 0)] if starts else 0
            before = [m for m in people if begin <= m.start and m.end <= team.start]
            if before and len({ctx.owner[m] for m in before}) == 1:
                add(before[-1], team, team.start, team.end + len(leader))
        by = simplified.find("由", team.end, team.end + _BY_GAP + 1)
        person = starting.get(by + 1) if by >= 0 else None
        if person is not None and _BY_PLAYER.match(simplified, person.end) \
                and not CLAUSE_BREAK.search(simplified, team.end, by) \
                and not any(team.end <= m.start < by for m in ctx.mentions):
            add(person, team, team.start, _BY_PLAYER.match(simplified, person.end).end())


#: 这位/这名 + maybe a description ending in 的 + a team + a member word, and no name after it: the person last
#: named before it in the sentence (…批评了特拉维斯-奥特洛的表现，他在文中将这位篮网前锋…).
_THIS_ONE = re.compile(r"这位|这名")
_DESCRIPTION = re.compile(r"[^\W\d_]{0,10}?的|")


def _members_pointed_back(ctx: RelationContext, people: list[Mention], add) -> None:  # noqa: ANN001
    """这位/这名 + (a description + 的) + team + qualifiers + member word, no person right after: a member is the last
    person named before 这位 in its sentence."""
    simplified = ctx.simplified
    starting = {m.start for m in people}
    for this in _THIS_ONE.finditer(simplified):
        at = this.end()
        description = _DESCRIPTION.match(simplified, at)
        team = next((t for k in ({at, description.end()}) if (t := ctx.org_starting_at.get(k)) is not None), None)
        if not _is_team_in(ctx, team) or any(at < m.start < team.start for m in ctx.mentions):
            continue
        k = next((q for q in range(team.end, team.end + _MAX_QUALIFIER + 1)
                  if _only_qualifiers(simplified[team.end : q]) and any(simplified.startswith(w, q)
                                                                        for w in ctx.lexicon.member_words)), -1)
        word = first_at(simplified, ctx.lexicon.member_words, k) if k >= 0 else ""
        if not word or k + len(word) in starting:
            continue  # 这位湖人中锋拜纳姆: the name after it is read by the member word
        s, _ = sentence_at(ctx.sentences, this.start())
        before = [m for m in people if s <= m.start and m.end <= this.start()]
        if before:
            add(before[-1], team, before[-1].start, k + len(word), word)


#: A line-up's entry: a member word, a colon, a name, a bracket (中锋：巴特尔 (新疆队 数据…).
_LINEUP = re.compile(r"[：:][ \t\u3000]*([^\W\d_]{2,8}?)(?=[ \t\u3000]*[（(])")


def _members_in_lineup(ctx: RelationContext, people: list[Mention], out: list[Relation]) -> None:
    """A member word + ：+ a name + (team (控球后卫：刘炜 (上海队 …) where the recognisers missed the name but
    found it elsewhere in the document: a member of the team (the person the document names so)."""
    simplified = ctx.simplified
    known = {}
    for m in people:
        known.setdefault(m.simplified, m)
    for line in _LINEUP.finditer(simplified):
        start, end = line.span(1)
        person = known.get(simplified[start:end])
        word = next((w for w in ctx.lexicon.member_words if simplified.endswith(w, 0, line.start())), "")
        if person is None or not word or ctx.any_between(start, end):
            continue  # a name found there is read by the bracket form
        team = ctx.org_starting_at.get(_BRACKET.match(simplified, end).end())
        if _is_team(team) and _BRACKET_END.match(simplified, team.end):
            out.append(ctx.relation(ctx.owner[person], ctx.owner[team], RelationKind.MEMBER_OF,
                                    line.start() - len(word), team.end, _original(ctx, word, line.start() - len(word),
                                                                                  line.start()), former=_past(ctx, team)))


#: A team's squad: 湖人阵中, 奇才队中 (队 the team's own), 皇马麾下.
_SQUAD = re.compile(r"阵中|麾下|(?<=队)中")
#: Words before a squad in its sentence that set it in the past: 当初桑德斯刚来的时候，奇才队中还有….
_THEN = re.compile(r"当初|当年|那时|彼时|昔日|曾经")
#: What the squad has: 奇才队中还有阿里纳斯、巴特勒和贾米森.
_SQUAD_HAS = re.compile(r"(?:还|也|则|目前|共|同样|更|又)*(?:拥有|有)")


def _members_in_squad(ctx: RelationContext, people: list[Mention], add) -> None:  # noqa: ANN001
    """A team + 阵中/队中/麾下, then 有 + people (奇才队中还有阿里纳斯、巴特勒和贾米森), or 的 maybe, qualifiers and a member
    word maybe, and a person (湖人阵中的科比, 皇马麾下的C罗, 火箭阵中主力中锋姚明), and the people listed after him; or
    在 + team + 阵中 + ，and the first person of the clause after it (在篮网阵中，武贾西奇获得了…). 麾下 after a
    person (a coach's) and 中 after a name not ending in 队 (比赛中) are not a team's squad."""
    simplified = ctx.simplified
    starting = {m.start: m for m in people}
    for squad in _SQUAD.finditer(simplified):
        team = _team_ending_at(ctx, squad.start())
        if team is None and squad.group() == "阵中":
            team = _team_word_ending_at(ctx, squad.start())
        if team is None or team.label is not Label.ORGANIZATION or not (_is_team_in(ctx, team) or squad.group() != "中"):
            continue  # 阵中 and 麾下 make any body a team (火箭阵中); 中 only a name ending in 队
        pos, word, first = squad.end(), "", None
        has = _SQUAD_HAS.match(simplified, pos)
        if has is not None:
            first = starting.get(has.end())
        else:
            pos += simplified[pos : pos + 1] == "的"
            k = next((k for k in range(pos, pos + _MAX_QUALIFIER + 5) if k in starting), -1)
            between = simplified[pos:k] if k >= 0 else ""
            word = next((w for w in ctx.lexicon.member_words if between.endswith(w)), "")
            if k >= 0 and _only_qualifiers(between[: len(between) - len(word)]):
                first = starting[k]
            elif simplified[team.start - 1 : team.start] == "在" and simplified[pos : pos + 1] in ("，", ","):
                brk = CLAUSE_BREAK.search(simplified, pos + 1)
                end = brk.start() if brk is not None else len(simplified)
                first = next((m for m in people if pos < m.start and m.end <= end), None)
                first = first if first is not None and not ctx.lexicon.role_ending(simplified, first.start) and not any(
                    pos < m.start < first.start and m.label is Label.ORGANIZATION for m in ctx.mentions) else None
        if first is None:
            continue
        s, _ = sentence_at(ctx.sentences, team.start)
        then = _THEN.search(simplified, s, team.start) is not None  # 当初…的时候，奇才队中还有…: the squad of then
        for person in [first, *_listed_after(ctx, first, pair=has is not None)]:
            add(person, team, team.start, person.end, word, former=then)


def _titled(ctx: RelationContext, end: int) -> bool:
    """Whether a title of ``roles.tsv`` follows a person ending at ``end`` (调查队吕兆财高级督察: the body's officer,
    not a player), a few letters of qualifier maybe between."""
    simplified = ctx.simplified
    return any(simplified.startswith(w, k) for k in range(end, end + 3)
               for w in ctx.lexicon.roles_by_first.get(simplified[k : k + 1], ()))


def _member_before_besides(ctx: RelationContext, team: Mention, word: str, add) -> None:  # noqa: ANN001
    """X + 是 + team + 除Y之外唯一…球员: X is a member too (奥特洛首发55次，而且是篮网除布鲁克-洛佩斯之外…)."""
    simplified = ctx.simplified
    if simplified[team.start - 1 : team.start] != "是":
        return
    s, _ = sentence_at(ctx.sentences, team.start)
    brk = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, s, team.start)), default=s)
    subjects = [m for m in ctx.mentions if m.label is Label.PERSON and brk <= m.start and m.end < team.start]
    subjects = subjects[-1:] or _he_before(ctx, s, brk, team.start - 1)
    for person in subjects:
        if not _NOT_JOINED.search(simplified, person.end, team.start):
            add(person, team, min(person.start, team.start), team.end, word)


#: 代表 + a team + playing for it: 在代表奇才出战的65场比赛中, 易建联代表国家队出战.
_FOR_TEAM = re.compile(r"(?:出战|出场|参赛|征战|比赛)")
_NAMED_TEAM = re.compile(r"([^\W\d_]{1,5}?队)(?:出战|出场|参赛|征战|比赛)")


def _members_representing(ctx: RelationContext, people: list[Mention], add) -> None:  # noqa: ANN001
    """Person … 代表 + team + 出战/出场/参赛: the person is a member; the subject is the last person of the
    clause before 代表, else the one person the sentence names before it (布克…，在代表奇才出战的65场比赛中)."""
    simplified = ctx.simplified
    for at in [m.end() for m in re.finditer("代表", simplified)]:
        team = ctx.org_starting_at.get(at)
        named = _NAMED_TEAM.match(simplified, at)
        if team is None and named is not None and not ctx.any_between(at, named.end(1)):
            team = _derived_team(ctx, at, named.end(1))  # 代表国家队出战: a team no extractor named
        if not _is_team(team) or not _FOR_TEAM.match(simplified, team.end):
            continue
        s, _ = sentence_at(ctx.sentences, at)
        brk = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, s, at)), default=s)
        before = [m for m in people if s <= m.start and m.end <= at - 2]
        in_clause = [m for m in before if m.start >= brk]
        subject = in_clause[-1] if in_clause else before[-1] if len({ctx.owner[m] for m in before}) == 1 else None
        if subject is not None and not _NOT_JOINED.search(simplified, subject.end, at - 2):
            add(subject, team, subject.start, team.end)


#: A team + 由 + people + a verb of carrying it (湖人由史蒂夫-布雷克…和香农-布朗…撑起的板凳); 除 + person + 之外 +
#: 唯一 … + member word after a team (篮网除布鲁克-洛佩斯之外唯一一位…的球员).
_LED = re.compile(r"领衔|坐镇|撑起|挑大梁|担纲|领军")
_BESIDES = re.compile(r"除了?")
_BESIDES_END = re.compile(r"(?:之外|以外|外)[^，,；;。！？!?：:]{0,24}?唯一")


def _members_led(ctx: RelationContext, people: list[Mention], add) -> None:  # noqa: ANN001
    """A team + 由 + people + 领衔/坐镇/撑起…: the people in that clause are members; a team + 除 + person +
    之外 + 唯一 … + member word: that person is a member too."""
    simplified = ctx.simplified
    for team in [m for m in ctx.mentions if _is_team(m)]:
        if simplified[team.end : team.end + 1] == "由":
            brk = CLAUSE_BREAK.search(simplified, team.end)
            led = _LED.search(simplified, team.end, brk.start() if brk else len(simplified))
            if led is not None:
                for person in people:
                    if team.end < person.start and person.end <= led.start():
                        add(person, team, team.start, led.end())
        besides = _BESIDES.match(simplified, team.end)
        person = next((m for m in people if besides and m.start == besides.end()), None)
        tail = _BESIDES_END.match(simplified, person.end) if person is not None else None
        if tail is not None:
            word = next((w for w in ctx.lexicon.member_words if simplified.startswith(w, tail.end())), "")
            if not word:
                rest = simplified[tail.end() : tail.end() + 16]
                word = next((w for w in ctx.lexicon.member_words
                             if re.match(r"[^，,；;。！？!?：:]{0,14}的" + w, rest)), "")
            if word:
                add(person, team, team.start, person.end, word)
                _member_before_besides(ctx, team, word, add)


#: A team opening a sentence with its record: 雄鹿(32-47)…; a person's points after him: 得了31分, 10分.
_TEAM_RECORD = re.compile(r"[（(]\d{1,2}[-－]\d{1,2}[）)]")
_POINTS = re.compile(r"(?:得了|得到|拿下|贡献了?|砍下|拿到|得)?了?\d{1,2}分(?!钟)")


def _members_scoring(ctx: RelationContext, people: list[Mention], add) -> None:  # noqa: ANN001
    """A sentence opened by a team and its record (雄鹿(32-47)无心恋战，布兰顿-詹宁斯得了31分，约翰-萨尔蒙斯10分):
    each person followed by his points in it is a member of that team."""
    simplified = ctx.simplified
    for s, e in ctx.sentences:
        team = ctx.org_starting_at.get(s + len(simplified[s:e]) - len(simplified[s:e].lstrip()))
        if not _is_team(team) or not _TEAM_RECORD.match(simplified, team.end):
            continue
        for person in people:
            if team.end < person.start < e and _POINTS.match(simplified, person.end):
                add(person, team, team.start, person.end)


def _member_as(ctx: RelationContext, person: Mention, s: int, comma: int, add) -> None:  # noqa: ANN001
    """作为 + team + 一名 + qualifiers + member word + ， + ``person``; any organisation before a word that is no
    player's (一员, 成员, 工程师)."""
    simplified = ctx.simplified
    end = comma - 2 if simplified.endswith("之一", 0, comma) else comma  # 作为湖人的核心球员之一，科比
    word = first_ending(simplified, ctx.lexicon.member_words, end)
    if not word:
        return
    start = simplified.rfind("作为", s, end)
    as_member = _AS_MEMBER.fullmatch(simplified, start, end - len(word)) if start >= 0 else None
    if as_member is None or not _only_qualifiers(as_member.group(2)):
        return
    team = _team_ending_at(ctx, as_member.end(1))
    # a team for a player's word; any body for the others (作为微软公司的一名工程师，王伟; 作为皇马的一员，X)
    if team is not None and team.start == as_member.start(1) and (
            _is_team(team) or (team.label is Label.ORGANIZATION and word not in ctx.lexicon.team_member_words)):
        add(person, team, start, person.end, word)


def _members_signed(ctx: RelationContext, people: list[Mention], add) -> None:  # noqa: ANN001
    """A team + 签下/签约 + a person, maybe a body and a member word between (签约NBDL球员X): the team is the
    last one in the clause before the verb, with no person and no negation or wish after it."""
    simplified = ctx.simplified
    starting = {m.start: m for m in people}
    for verb in _SIGN.finditer(simplified):
        person = next((starting[k] for k in range(verb.end(), verb.end() + 12) if k in starting), None)
        if person is None:
            continue
        between = simplified[verb.end() : person.start]
        word = next((w for w in ctx.lexicon.member_words if between.endswith(w)), "")
        rest = between[: len(between) - len(word)]
        if rest and not (word and (ctx.org_ending_at.get(person.start - len(word)) is not None
                                   or _only_qualifiers(rest) or (rest.isalnum() and len(rest) <= 6))):
            continue
        s, _ = sentence_at(ctx.sentences, verb.start())
        s = max(s, verb.start() - 40)  # a clause of news, not a page with no break
        brk = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, s, verb.start())), default=s)
        near = [m for m in ctx.mentions if brk <= m.start and m.end <= verb.start()]
        teams = [m for m in near if _is_team(m)]
        if not teams or any(teams[-1].end <= m.start and m.label is Label.PERSON for m in near) \
                or _NOT_JOINED.search(simplified, teams[-1].end, verb.start()):
            continue
        add(person, teams[-1], teams[-1].start, person.end, word)


#: Latin initials the recogniser left out of a player's name (JJ希克森, JR史密斯): a list goes on across them.
_INITIALS = re.compile(r"(?<![A-Za-z])[A-Z]{1,3}\.?$")


#: An item of a list of players that no recogniser named: letters of a name only (JJ希克森, 莫-威廉姆斯).
_ITEM = re.compile(r"(?<=[、，,和与及])[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff·\-－]{1,7}$")


def _unnamed_item(ctx: RelationContext, end: int) -> Mention | None:
    """The list item ending at ``end``, after a separator (、, 和…), when no extractor named anything in it and
    its letters are a name's (Han, Latin, the hyphen or dot of a transliteration): a person mention not yet
    derived (the caller derives it once the list's team is found), or ``None``."""
    item = _ITEM.search(ctx.simplified, max(end - 8, 0), end)
    if item is None or ctx.any_between(item.start(), end) \
            or any(w in item.group() for w in ("球员", "队员", "教练", "助教")):
        return None
    return Mention(ctx.doc.id, item.start(), end, ctx.text[item.start() : end], item.group(), Label.PERSON, DERIVED)


#: What closes a list of people before a team and a member word: 等 (科比、加索尔等湖人球员), a count of them
#: (姚明和斯科拉两名火箭球员).
_LIST_COUNT = re.compile(r"等|(?:这|那)?[两二三四五六七八九十\d]{1,2}(?:名|位|个)")


#: What after 等 + a team makes the list not its people: 科比等湖人的对手, 等火箭主帅, 等湖人球迷.
_NOT_SQUAD = re.compile(r"的|对手|主帅|教练|助教|老板|总经理|经理|高层|管理层|球迷|主场|客场|球队|等")


def _team_closing(ctx: RelationContext, end: int) -> tuple[Mention, str, int] | None:
    """After a list ending at ``end``: 等 or a count, a team, qualifiers and a member word (等湖人主力球员, 两名火箭
    球员): the team, the member word and where it ends; else ``None``."""
    simplified = ctx.simplified
    close = _LIST_COUNT.match(simplified, end)
    team = ctx.org_starting_at.get(close.end()) if close is not None else None
    if not _is_team_in(ctx, team):
        return None
    for q in range(team.end, team.end + _MAX_QUALIFIER + 1):
        word = first_at(simplified, ctx.lexicon.member_words, q)
        if word and _only_qualifiers(simplified[team.end : q]):
            return team, _original(ctx, word, q, q + len(word)), q + len(word)
    if close.group() == "等" and not _NOT_SQUAD.match(simplified, team.end):
        return team, "", team.end  # 雷阿伦等凯尔特人对其手下留情: the team's own people
    return None


def _members_listed_by_team(ctx: RelationContext, people: list[Mention], add) -> None:  # noqa: ANN001
    """A list of people closed by 等 + a player's word (柳伟和杜江等队员): members of the nearest team before
    it in its sentence, when that team is written with its players (吉林队的球员, 骑士替补席) and no other team
    stands between; a person followed by a bracket naming a title (克里斯-简特(骑士助教)) is left out."""
    simplified = ctx.simplified
    ending = {m.end: m for m in people}
    for last in people:
        close = _LIST_END.match(simplified, last.end)
        named = None if close is not None else _team_closing(ctx, last.end)
        if close is None and named is None:
            continue
        group, pos = [last], last.start
        while True:
            pos -= len(m.group()) if (m := _INITIALS.search(simplified, max(pos - 4, 0), pos)) else 0
            sep = simplified[pos - 1 : pos]
            if sep not in ("、", "和", "与", "及"):
                break
            end, skip = pos - 1, False
            if simplified[end - 1 : end] in ")）":
                opening = max(simplified.rfind("(", 0, end), simplified.rfind("（", 0, end))
                skip = opening >= 0 and any(r in simplified[opening:end] for r in ctx.lexicon.role_words)
                end = opening
            prev = ending.get(end) or _unnamed_item(ctx, end)
            if prev is None:
                break
            if not skip:
                group.insert(0, prev)
            pos = prev.start
        if named is not None:  # 科比、加索尔等湖人球员: the team the list closes with
            team, word, end = named
            for person in group:
                add(person, team, group[0].start, end, word)
            continue
        if len(group) < 2 and close.group() == "等人":
            continue
        s, _ = sentence_at(ctx.sentences, pos)
        teams = [m for m in ctx.mentions if m.label is Label.ORGANIZATION and s <= m.start and m.end <= pos]
        if not teams or not _is_team_in(ctx, teams[-1]) or not _WITH_PLAYERS.match(simplified, teams[-1].end):
            continue
        for person in group:
            if person.extractor == DERIVED and person not in ctx.owner:  # an item no recogniser named: JJ希克森
                person = ctx.derive_mention(person.start, person.end, Label.PERSON)
            add(person, teams[-1], group[0].start, close.end(), close.group()[1:] if close.group() != "等人" else "")
