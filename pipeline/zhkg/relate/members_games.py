"""MEMBER_OF in a game's story (session 14, members14): line-ups, the play and contracts. Read by
:func:`zhkg.relate.membership.read_membership` beside its other forms; each form makes a person a member of a team
(a body :func:`zhkg.relate.members_teams._is_team_in` takes for one: ``teams.tsv``, a name ending in 队 …).

- A line-up: a team + (首发/阵容/球员… maybe) + a colon + people separated by 、，, (公牛：德里克-罗斯，基斯-博甘斯…;
  湖人队：费舍尔、科比…), each maybe with his numbers after him (科比23分、加索尔18分); the list ends at a clause break or
  where the next team's line-up begins (…拜纳姆黄蜂队：保罗…). At least two items must be people the recognisers named;
  an item no one named that is written in a name's letters is then derived as a person (拜纳姆), an item named as
  something else is left out.
- A player's play putting his team ahead: person + a shot made + (之后) + ，+ team + (score) + 领先/反超/扳平
  (考辛斯加罚命中，国王44比41取得领先); and 帮助/让/为/带领 + team + (score) + an outcome (取得, 领先, 保住, 赢得…) after
  a clause whose subject is the person (小李左翼命中三分，为火箭保留住了微弱的优势; 科比…，带领湖人106-90取得了胜利): the
  subject is the first person of the nearest clause before the verb that names one, and a play of his (a shot, points,
  a rebound, defence) stands between him and the verb (杰克逊为湖人拿下总冠军 may be the coach's). A clause with a miss, a foul or
  a turnover (两罚不中，让国王领先) or a passive (被…封盖) is nobody's play for the team.
- A team's possession: team + 进攻中/快下/快攻/反击 + ，+ person (火箭快下，洛瑞分球海耶斯): that person, and the one
  he passes to (分球/传给/助攻/妙传 + person).
- An agency's or a club's signed people: organisation + 旗下 + (的) + 艺人/模特/歌手/演员/选手/球员… + person, and
  the people listed after him with 、 or 和 (华谊兄弟旗下艺人黄晓明, 新丝路旗下模特王雯琴、李丹妮): any organisation,
  not only a team (:func:`_signed_people`).
- A contract: team + 为/给 + person + 开出/提供 + … 合同 (火箭再为哈里斯开出10天短合同), team + 与/和 + person + 签约/签下/
  续约, only adverbs of fact between the team and 为/与 (再, 正式, 已经; not 将为, 有意与, 拒绝与).

Caveats: a line-up item the recogniser took for a place stays out of the list (洛尔-邓 typed a place); a play read
only from the score (X命中，国王领先) assumes the shot put that team ahead; the team's opponents are never read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zhkg.extract.players import NOT_STAGE_NAMES
from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.text import SENTENCE_BREAK, sentence_at

__all__ = ["read_game_members"]

TeamTest = Callable[[RelationContext, "Mention | None"], bool]

#: What may stand between a team and the colon of its line-up: 湖人首发：, 火箭队的首发阵容：, 公牛：.
_LINEUP_HEAD = re.compile(r"(?:队)?(?:的)?(?:首发阵容|首发名单|出场阵容|先发阵容|首发球员|大名单|首发|先发|阵容|名单|球员|队员)?"
                          r"[ \t\u3000]*[：:][ \t\u3000]*")
#: A list item's separator in a line-up.
_LINEUP_SEP = re.compile(r"[ \t\u3000]*[、，,／/][ \t\u3000]*")
#: A player's numbers after his name in a line-up or a box score: 23分, 18分10个篮板, (新体) is no number.
_NUMBERS = re.compile(r"(?:\d+(?:分|个篮板|篮板|次助攻|助攻|次抢断|抢断|次盖帽|盖帽|个失误|失误|\+\d+)+)*")
#: An item of a line-up that no recogniser named: the letters of a name (Han, Latin, a transliteration's dot or hyphen).
_NAME_LETTERS = re.compile(r"[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff·\-－]{1,7}")
#: Words that are no player's name in a line-up (替补, 伤病…): an item holding one ends the list.
_NOT_PLAYER = re.compile(r"球员|队员|教练|主帅|替补|伤病|缺阵|首发|阵容|名单|比赛|数据|得分")
#: The longest unnamed item, and how far a line-up reads.
_MAX_ITEM = 8
_MAX_LINEUP = 20

#: A shot made, closing a player's clause: 加罚命中, 跑投命中之后, 扣篮得手 (两罚不中 is a miss: 不中 is not 命中).
_SHOT_MADE = re.compile(r"(?:命中|得手|投中|投进|打进|罚中|两罚全中|补篮成功|扣篮成功|(?<!没)(?<!未)扣进)(?:了)?"
                        r"(?:一记|一个|一粒)?(?:三分球|三分|3分|两分|2分|中投|跳投)?(?:之后|以后|后)?$")
#: What a team does after its player's shot: 国王44比41取得领先, 火箭反超.
_TEAM_AHEAD = re.compile(r"(?:\d{1,3}[比:：\-－]\d{1,3})?(?:瞬间|随即|再度|重新|再次|一度|终于|得以|又)?"
                         r"(?:取得领先|领先|反超|扳平|追平|(?:把|将)(?:分差|比分|领先优势)(?:追到|追至|缩小|拉大|扩大|迫近))")
#: A verb putting a team ahead, after the player's clause: 为火箭保留住, 让热火得以领先, 帮助热火取得优势, 带领湖人106-90取得了胜利.
_HELP = ("帮助", "率领", "带领", "帮", "让", "使", "为", "助")
_OUTCOME = re.compile(r"(?:\d{1,3}[比:：\-－]\d{1,3})?(?:再度|重新|再次|一度|终于|得以|又|成功|一举)?"
                      r"(?:取得|保留|保住|守住|赢得|锁定|拿下|反超|扳平|追平|领先|获胜|取胜|逆转|扩大|确立|稳住|止住)")
#: A player's act on the court between him and 帮助/为/带领 + team (a coach leads a team and wins titles for it too:
#: 杰克逊为湖人拿下总冠军 names no play): a shot, points, a rebound, a 3+1, defence.
_PLAY_ACT = re.compile(r"命中|投中|得手|三分|上篮|扣篮|跳投|中投|补篮|罚球|两罚|篮板|助攻|盖帽|封盖|抢断|\d+投\d+中|\d+分(?!钟)"
                       r"|\d\+\d|打成|防守|进球|破门|射门|头球")
#: A clause that is nobody's play for his team: a miss, a foul, a turnover, a passive.
_NOT_PLAY = re.compile(r"不中|不进|没进|未进|没能|未能|失误|犯规|打铁|被|丢球|违例|走步|受伤")
#: A team's possession: 火箭进攻中, 火箭快下, 骑士发动反击.
_POSSESSION = re.compile(r"(?:的)?(?:进攻中|一次进攻|快下|快攻|发动快攻|反击|发动反击|打反击)[，,]")
#: Passing to a teammate: 洛瑞分球海耶斯, 巴丁格送妙传给X.
_PASS = re.compile(r"(?:分球给?|传球给|传给|妙传给?|助攻|送出助攻给?|分给|回传给?|送妙传给?)")
#: An organisation's signed people: 旗下 + (的) + the word for them, right before the first person.
_UNDER = "旗下"
_SIGNED_WORD = re.compile(r"(?:的)?(?:签约|当家|力捧的?|新)?(艺人|模特|歌手|演员|选手|球员|主播|偶像|新人|女星|男星|明星)?")
_SIGNED_SEP = re.compile(r"[、和及与]")
#: A contract a team gives a player: 为/给 + person + 开出/提供 + … 合同; 与/和 + person + 签约/签下/续约.
_CONTRACT_TO = re.compile(r"(?:再次|再|又|正式|已经|已|也|还|刚刚|终于)*(为|给|与|和|同)$")
_CONTRACT_GIVE = re.compile(r"(?:开出|提供|送上|奉上|给出)了?[^，,。；;！？!?]{0,10}?(?:合同|合约)")
_CONTRACT_SIGN = re.compile(r"(?:正式|成功|顺利)?(?:签约|签下|签订|签署|续约|续签|签了)")


def read_game_members(ctx: RelationContext, is_team: TeamTest) -> list[Relation]:
    """The memberships the module's forms read in a game's story: line-ups, plays putting a team ahead, a team's
    possession and contracts; one relation per person, team and evidence span."""
    if not any(is_team(ctx, m) for m in ctx.of(Label.ORGANIZATION)) and _UNDER not in ctx.simplified:
        return []
    out: list[Relation] = []

    def add(person: Mention, team: Mention, start: int, end: int, word: str = "") -> None:
        out.append(ctx.relation(ctx.owner[person], ctx.owner[team], RelationKind.MEMBER_OF, start, end, word))

    teams = [m for m in ctx.of(Label.ORGANIZATION) if is_team(ctx, m)]
    people = ctx.of(Label.PERSON)
    _lineups(ctx, teams, people, add)
    _plays(ctx, teams, people, add)
    _possessions(ctx, teams, people, add)
    _contracts(ctx, teams, people, add)
    _signed_people(ctx, people, add)
    return out


def _lineups(ctx: RelationContext, teams: list[Mention], people: list[Mention], add) -> None:  # noqa: ANN001
    """A team + a colon + a list of people (公牛：德里克-罗斯，基斯-博甘斯…): each a member."""
    simplified = ctx.simplified
    starting = {m.start: m for m in people}
    named = {k: m for m in ctx.mentions for k in range(m.start, m.end)}
    team_at = {m.start: m for m in teams}
    for team in teams:
        head = _LINEUP_HEAD.match(simplified, team.end)
        if head is None:
            continue
        pos, items, unnamed = head.end(), [], []
        # a line-up ends at a sentence's end or a semicolon (its items are separated by commas)
        limit = SENTENCE_BREAK.search(simplified, pos)
        stop = limit.start() if limit is not None else len(simplified)
        while pos < stop and len(items) + len(unnamed) < _MAX_LINEUP:
            person = starting.get(pos)
            if person is not None:
                items.append(person)
                end = person.end
            elif pos in named:
                end = named[pos].end  # named as something else (洛尔-邓 a place): left out
                if named[pos] in teams:
                    break
            else:
                item = _NAME_LETTERS.match(simplified, pos, min(pos + _MAX_ITEM, stop))
                if item is None:
                    break
                end = next((k for k in range(pos + 2, item.end() + 1) if k in named), item.end())
                text = simplified[pos:end]
                if end != item.end() and (end not in team_at or not _LINEUP_HEAD.match(simplified, team_at[end].end)):
                    break  # runs into a name that opens no line-up
                if _NOT_PLAYER.search(text) or text in NOT_STAGE_NAMES:
                    break
                unnamed.append((pos, end))
            end = _NUMBERS.match(simplified, end).end()
            sep = _LINEUP_SEP.match(simplified, end)
            if sep is None:
                break
            pos = sep.end()
        if len(items) < 2:
            continue
        for start, end in unnamed:
            items.append(ctx.derive_mention(start, end, Label.PERSON))
        for person in items:
            add(person, team, team.start, person.end)


def _cut(ctx: RelationContext, m: Mention) -> bool:
    """Whether the recogniser cut person ``m`` out of a longer name: a transliteration whose next letter is one too
    (巴丁|格送妙传), or a surname read with what follows after 小/老 (小|李左翼命中: 小李 is the name)."""
    simplified, foreign = ctx.simplified, ctx.lexicon.foreign_name_chars
    if all(ch in foreign for ch in m.simplified) and simplified[m.end : m.end + 1] in foreign:
        return True
    return m.start > 0 and simplified[m.start - 1] in "小老" and len(m.simplified) == 3


def _first_person_of_clause(ctx: RelationContext, people: list[Mention], s: int, at: int) -> Mention | None:
    """The first person of the nearest clause before ``at`` (in its sentence, from ``s``) that names one, when that
    clause is a play of his (no miss, foul, turnover or passive in it); else ``None``."""
    simplified = ctx.simplified
    breaks = [s] + [b.end() for b in CLAUSE_BREAK.finditer(simplified, s, at)]
    for begin, end in zip(reversed(breaks), [at, *reversed(breaks[1:])]):
        found = [m for m in people if begin <= m.start and m.end <= end]
        if found:
            clause = simplified[begin:end]
            return None if _NOT_PLAY.search(clause) or _cut(ctx, found[0]) else found[0]
    return None


def _plays(ctx: RelationContext, teams: list[Mention], people: list[Mention], add) -> None:  # noqa: ANN001
    """person + a shot made + ，+ team + 领先 (考辛斯加罚命中，国王44比41取得领先); 帮助/让/为/带领 + team + an outcome
    after the person's clause (小李左翼命中三分，为火箭保留住了微弱的优势)."""
    simplified = ctx.simplified
    for team in teams:
        s, _ = sentence_at(ctx.sentences, team.start)
        before = simplified[s : team.start]
        if before.endswith(("，", ",")) and _TEAM_AHEAD.match(simplified, team.end):
            comma = team.start - 1
            begin = max([s] + [b.end() for b in CLAUSE_BREAK.finditer(simplified, s, comma)])
            if _SHOT_MADE.search(simplified, begin, comma):
                person = _first_person_of_clause(ctx, people, s, comma)
                if person is not None and person.start >= begin:
                    add(person, team, person.start, _TEAM_AHEAD.match(simplified, team.end).end())
        helped = next((w for w in _HELP if before.endswith(w)), "")
        if not helped or not _OUTCOME.match(simplified, team.end):
            continue
        verb = team.start - len(helped)
        person = _first_person_of_clause(ctx, people, s, verb)
        if person is not None and _PLAY_ACT.search(simplified, person.end, verb) \
                and not any(person.end <= m.start < verb and m.label is Label.ORGANIZATION for m in ctx.mentions):
            add(person, team, person.start, _OUTCOME.match(simplified, team.end).end())


def _possessions(ctx: RelationContext, teams: list[Mention], people: list[Mention], add) -> None:  # noqa: ANN001
    """team + 进攻中/快下 + ，+ person (+ 分球 + person): the players of the possession."""
    simplified = ctx.simplified
    starting = {m.start: m for m in people}
    for team in teams:
        possession = _POSSESSION.match(simplified, team.end)
        person = starting.get(possession.end()) if possession is not None else None
        if person is None or _cut(ctx, person):
            continue
        add(person, team, team.start, person.end)
        passed = _PASS.match(simplified, person.end)
        mate = starting.get(passed.end()) if passed is not None else None
        if mate is not None and not _cut(ctx, mate):
            add(mate, team, team.start, mate.end)


def _contracts(ctx: RelationContext, teams: list[Mention], people: list[Mention], add) -> None:  # noqa: ANN001
    """team + 为/给 + person + 开出 … 合同; team + 与/和 + person + 签约/续约: the person signs for the team."""
    simplified = ctx.simplified
    starting = {m.start: m for m in people}
    for team in teams:
        window = simplified[team.end : team.end + 8]
        for k in range(1, len(window) + 1):
            to = _CONTRACT_TO.fullmatch(window[:k])
            person = starting.get(team.end + k) if to is not None else None
            if person is None:
                continue
            verb = (_CONTRACT_GIVE if to.group(1) in "为给" else _CONTRACT_SIGN).match(simplified, person.end)
            if verb is not None:
                add(person, team, team.start, verb.end())
            break


def _signed_people(ctx: RelationContext, people: list[Mention], add) -> None:  # noqa: ANN001
    """Organisation + 旗下 + (的) + 艺人/模特… + person (、 or 和 + the next): each signed to it, a member."""
    simplified = ctx.simplified
    starting = {m.start: m for m in people}
    at = simplified.find(_UNDER)
    while at >= 0:
        org = ctx.org_ending_at.get(at)
        signed = _SIGNED_WORD.match(simplified, at + len(_UNDER))
        person = starting.get(signed.end())
        word = ctx.text[signed.start(1) : signed.end(1)] if signed.group(1) else ""
        while org is not None and person is not None:
            add(person, org, org.start, person.end, word)
            sep = _SIGNED_SEP.match(simplified, person.end)
            person = starting.get(sep.end()) if sep is not None else None
        at = simplified.find(_UNDER, at + 1)
