"""Memberships a verb makes, for :func:`zhkg.relate.membership.read_membership` (:func:`_members_by_verb`): person +
a verb of joining + organisation (加盟, 加入, 签约, 转会, 效力于, 入选…: :data:`_JOIN`), of leaving it (退出, 脱离;
离开 a team: a past membership), person + 所在的 + organisation, person + 是/成为/为 + organisation + 的 + member word
(:func:`_member_word_after`); 在/为 + team + 效力 (:func:`_served`), 为 + team + a shot or points
(:func:`_scored_for`), 身披 + team + its number, 从 + team + 转会/加盟; and the subject of a clause that names none
(:func:`_he_before`: 他也是, 而且是; :func:`_joiner_before`: a date and adverbs only).

Caveats
-------
* A negation or a wish between the person and the verb (拒绝加盟, 希望加盟: :data:`_NOT_JOINED`) reads no
  membership; 曾/曾经 before the verb, or 时/的时候/期间 after 效力, make it a past one (``former``).
* :data:`_NOT_JOINED` and :func:`_he_before` are read by the forms of sports news too
  (:mod:`zhkg.relate.members_forms`).
* Moved word for word from ``relate/membership.py`` (tidy99): no definition's text changed;
  since tidy119 :mod:`zhkg.relate.membership` exports its reader alone: import each name from here.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.members_parties import _CPC_NAME, _party_ending_at
from zhkg.relate.members_staff import _SCHOOL_HEADS, _STAFF_AT_SCHOOL
from zhkg.relate.members_teams import (
    _AFTER_TEAM,
    _MAX_QUALIFIER,
    _derived_team,
    _is_team,
    _is_team_in,
    _only_qualifiers,
    _original,
    _past,
    _qualifier,
    _team_word_after,
)
from zhkg.relate.roles_wiki import post_after_joined_body
from zhkg.text import first_at, first_ending, sentence_at

__all__ = [
    "_JOIN",
    "_JOIN_DESCRIBED",
    "_JOIN_TEAM",
    "_JOIN_SHORT",
    "_MOVE",
    "_FROM_TEAM",
    "_SERVE",
    "_SERVED",
    "_COME_TO",
    "_VENUE",
    "_SCORE_FOR",
    "_NOT_JOINED",
    "_WHERE",
    "_LINK",
    "_LEAVE",
    "_LINK_PHRASE",
    "_CPC_LINKED",
    "_PARTY_MEMBER",
    "_WEAR",
    "_OLD_HOME",
    "_JERSEY",
    "_WEAR_TEAM",
    "_members_by_verb",
    "_scored_for",
    "_served",
    "_HE",
    "_JOINED_OPENER",
    "_SQUAD_VERBS",
    "_ENTER",
    "_COACHING_AFTER",
    "_UNDER",
    "_JOIN_BACK_BREAKS",
    "_SENTENCE_ENDS",
    "_MAX_CLAUSES_BACK",
    "_joiner_before",
    "_closes_clause",
    "_he_before",
    "_ONE_OF",
    "_member_word_after",
]


#: Verbs of joining an organisation written after the person: 加盟东莞队, 效力于英超布莱克本队, 效力雄鹿队, 转会至篮网,
#: 被交易到灰熊, 被租借到查尔顿队 (the team a player is traded or lent to is his).
_JOIN = re.compile(r"(?:加盟|加入|签约|转会|转投|改投|转战|投奔|效力于|效力|入选|征召入|征招入|进入|交易到|交易至|租借给|租借)了?(?:到|至)?$")
#: A verb of joining a team, then the team described before its name, the description ending in 球队 or 俱乐部, or
#: a phrase + 的 (效力K联赛球队釜山IPark, 转投墨西哥足球升级联赛（次级联赛）球队内卡萨, 转投刚降班的黑池): the name is
#: the team joined.
_JOIN_DESCRIBED = re.compile(r"(?:加盟|转会|转投|改投|效力于|效力)了?(?:到|至)?[^，,。；;：:、]{1,16}?(?:球队|俱乐部|的)$")
#: A verb of joining and the team after it, its name ending in 队 (加盟东莞队, 转会布莱克本队, 入选国家队, 交易到灰熊队,
#: 被征召入国家队: a call-up, as Wikipedia writes it, 徵召入 or 徵招入 in Traditional).
#: Hong Kong's clubs are 足球会 (加盟杰志足球会); a squad's name may run to seven letters (征召入香港足球代表队).
_JOIN_TEAM = re.compile(r"(?:加盟|加入|转会|转投|效力于|效力|入选|征召入|征招入|交易到|交易至|租借)了?(?:到|至)?"
                        r"([^\W\d_]{1,6}?(?:队|足球会))(?!员|伍|长)")
#: Verbs after which a team's short name no extractor found may stand (加盟热火的老将, 转会湖人后, 效力湖人多年).
_JOIN_SHORT = re.compile(r"(?:加盟|转会|转投|改投|效力于|效力|交易到|交易至|租借到|租借至)了?(?:到|至)?")

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

#: Person + 所在的 + organisation; person + 是/成为/作为 + organisation + 的 + member word.
_WHERE = re.compile(r"所在的$")
#: (an opening quotation mark may follow the link: 称郑天翔为“中国共产党的优秀党员…”)
_LINK = re.compile(r"(?:是|成为|作为|为|堪称|算是|称得上)(?P<former>前|原)?(?:[^\W\d_]{0,4}?(?:组合|乐队|乐团|团体|政党|球队))?[“「『\"]?$")
#: Verbs of leaving an organisation written after the person: a past membership (退出民进党, 脱离国民党; a team:
#: 离开湖人).
_LEAVE = re.compile(r"(?:退出|脱离|离开)了?$")
#: A short phrase between an organisation and 的 + member word after 是 (火箭|当前年薪最高|的球员): letters only.
_LINK_PHRASE = re.compile(r"[^\W\d_]{1,8}?的")

_CPC_LINKED = re.compile(r"(?<=[是为])中共(?=党员)")
#: 是/为 + a party + 员, the party's 党 shared with the member word: 王伟是国民党员.
_PARTY_MEMBER = re.compile(r"(?<=[是为])[^\W\d_]{1,4}党(?=员)")
#: Wearing a team's shirt: 身披 + team + its number (姚明身披火箭队11号球衣).
_WEAR = re.compile(r"身(?:披|穿|着)着?$")
#: A player's old team: 重返老东家骑士, 面对前东家湖人.
_OLD_HOME = re.compile(r"(?:老|前|旧)东家$")
_JERSEY = re.compile(r"的?\d{1,2}号")
_WEAR_TEAM = re.compile(r"身(?:披|穿|着)着?([^\W\d_]{1,5}?队)(?=的?\d{1,2}号)")


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
        word, left, word_end = "", False, 0
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
        if verb.group().startswith(_ENTER) and org.simplified.endswith(_SCHOOL_HEADS) \
                and not _STAFF_AT_SCHOOL.match(simplified, org.end):
            continue  # 进入荆州市少儿体校: a pupil enrolled, no member (进入北京大学任教 is staff)
        if post_after_joined_body(ctx, org) or (_MOVE.match(verb.group()) and _COACHING_AFTER.match(simplified, org.end)):
            continue  # 加入新华社，任驻伦敦记者; 改投光州FC，执教…: a post there, read by roles_wiki
        if not word and (staff := post_after_joined_body(ctx, org, members=True)) is not None:
            word, word_end = staff[1], staff[0]  # 加入IBM公司，任软件工程师: a member as the word after it says (工程师)
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
                                    max(person.end, org.end, word_end),
                                    _original(ctx, role, org.end, max(org.end + 6, person.start, word_end)),
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
_JOINED_OPENER = re.compile(r"(?:于|在)?(?:[\d一二三四五六七八九十〇零同次翌当今去]+年)?(?:[\d一二三四五六七八九十]+月)?(?:[\d一二三四五六七八九十]+日)?[，, ]?"
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
