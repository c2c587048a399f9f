"""Forms of sports news, each making a person a member of a team, for :func:`zhkg.relate.membership.read_membership`
(:func:`_members_by_form` and the readers it calls): a line-up's entry (中锋：巴特尔 (新疆队:
:func:`_members_in_lineup`), a team + 当家/主力/核心 + person, 作为 + team + 一名 + member word (:func:`_member_as`),
a team + 签下/签约 + person (:func:`_members_signed`), a list + 等 + 球员/队员 (:func:`_members_listed_by_team`), a
team and its record with each person's points (:func:`_members_scoring`), a team + 由 + people + 领衔
(:func:`_members_led`), 代表 + team + 出战 (:func:`_members_representing`), a team's squad (湖人阵中的科比:
:func:`_members_in_squad`), 这位 + team + member word (:func:`_members_pointed_back`), round 13's forms
(:func:`_members_round13`) and an organisation + member word + 包括 + people (:func:`_members_included`).

Caveats
-------
* A bracket naming a title after the team (克里斯-简特(骑士助教) reads no member, nor a team right before a person
  a title follows (调查队吕兆财高级督察: :func:`_titled`, the body's officer); a negation or a wish before 签约
  reads none.
* A list item no recogniser named is derived as a person only when its letters are a name's
  (:func:`_unnamed_item`).
* Moved word for word from ``relate/membership.py`` (tidy99): no definition's text changed;
  since tidy119 :mod:`zhkg.relate.membership` exports its reader alone: import each name from here.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, DERIVED, RelationContext
from zhkg.relate.members_teams import (
    _MAX_QUALIFIER,
    _derived_team,
    _is_team,
    _is_team_in,
    _listed_after,
    _only_qualifiers,
    _original,
    _past,
    _team_ending_at,
    _team_word_ending_at,
)
from zhkg.relate.members_verbs import _NOT_JOINED, _he_before
from zhkg.text import first_at, first_ending, sentence_at

__all__ = [
    "_BRACKET",
    "_BRACKET_END",
    "_BARE_MEMBER",
    "_BARE_LEAD",
    "_AS_MEMBER",
    "_SIGN",
    "_LIST_END",
    "_WITH_PLAYERS",
    "_members_by_form",
    "_INCLUDES",
    "_KIND_ALONE",
    "_members_included",
    "_TENURE",
    "_LEADER",
    "_BY_PLAYER",
    "_BY_GAP",
    "_members_round13",
    "_THIS_ONE",
    "_DESCRIPTION",
    "_members_pointed_back",
    "_LINEUP",
    "_members_in_lineup",
    "_SQUAD",
    "_THEN",
    "_SQUAD_HAS",
    "_members_in_squad",
    "_titled",
    "_member_before_besides",
    "_FOR_TEAM",
    "_NAMED_TEAM",
    "_members_representing",
    "_LED",
    "_BESIDES",
    "_BESIDES_END",
    "_members_led",
    "_TEAM_RECORD",
    "_POINTS",
    "_members_scoring",
    "_member_as",
    "_members_signed",
    "_INITIALS",
    "_ITEM",
    "_unnamed_item",
    "_LIST_COUNT",
    "_NOT_SQUAD",
    "_team_closing",
    "_members_listed_by_team",
]


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
    return any(ctx.lexicon.role_at(simplified, k) for k in range(end, end + 3))


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
