"""A team's coaches by a bare coaching title, the team named before in the sentence (round sports308, issue 11).

Scope: :func:`read_team_staff`, a coach's title (a role word ending 教练, 教头, 主帅, 助教 or 领队, the fields of the
trade before it: 首席打击教练, 野手统筹教练, 二军总教练) attached to a person, with no body before the title:

* the title right before the name (总教练林岳平, 新教练简浩, 原野手统筹教练丘昌荣);
* the person, then 担任/出任/接任/升任 and the title closing its clause (由叶君璋担任总教练, 曾豪驹回锅担任总教练后);
* the title, then 由 + the person + 担任/接任/出任 (首席教练由郭俊佑接任).

The team is the one team (:func:`~zhkg.relate.roles_squads.is_team`) the sentence names before the title; with none,
the one team the sentence before names; with none there either, the one team the document names. Two teams where the
team is looked for (a match: 富邦悍将击败味全龙，总教练王明说) give nothing, and so does a place before the title in a
sentence naming no team (而深圳新鹏城则将代理主帅X: a club named by its city that no extractor read), and so does a
body written right before the title (北卡主帅X, 雪城的教头X: another body's coach, another reader's). 原, 前, 前任 or
时任 right before the title mark the post ``former``. A person who already holds a post of that title (read with its
body written) is left to that reading. People joined by 与/和/及/、 before the verb share the post (A与B担任…); a
sentence's clause after a semicolon is looked at as its sentence; a baseball team by its mascot and 队 (狮队) is
derived when taken.

Caveats: the coach of the other side of a match named alone in its sentence (味全龙今天作客。总教练X说) is given to
it, as a reader of the text would; a team named by a word no extractor reads (a club named by a place and a nickname
no list holds) leaves the title unread.
"""

from __future__ import annotations

import re

from zhkg.extract.teams import listed_team_name
from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_squads import is_team
from zhkg.text import LIST_JOINERS, find_all

__all__ = ["read_team_staff"]

#: Taiwan's baseball teams by their mascots before 队 (狮队 of 统一狮, 猿队 of 乐天桃猿, 象队, 龙队, 鹰队): facts.
_MASCOTS = frozenset("象狮龙猿鹰")
#: How a coach's title ends (roles.tsv's words: 总教练, 打击教练, 主帅, 领队).
_COACH_ENDS = ("教练", "教头", "主帅", "助教", "领队")
#: A coach's titles roles.tsv leaves out (教头: 千胜教头X), read here only, where a team must be named.
_MORE_TITLES = ("教头",)
#: The fields and ranks of a coaching staff written before its title (首席|打击|教练, 野手|统筹|教练, 二军|总教练).
_FIELDS = re.compile(r"(?:一军|二军|首席|打击|投手|守备|野手|内野|外野|捕手|跑垒|牛棚|体能|统筹|综合|总合|守门员|助理|技术|执行|"
                     r"代理|暂代|客座)+$")
#: Words of a past post right before the title.
_PAST = re.compile(r"(?:原|前|前任|时任)$")
#: Words that may stand between a past word or a clause's start and the title (新教练, 现任总教练).
_QUALIFIER = re.compile(r"(?:新任|现任|新)$")
#: The verbs of taking a post after the person, adverbs maybe before (回锅担任, 继续担任).
_TAKES = re.compile(r"(?:回锅|继续|正式|将|也|再度|转而)?(?:担任|出任|接任|升任|接掌|兼任)")
#: jieba's tags of a name or a word it does not know: the possessor before 的 and a title is a body (雪城的教头).
_NAME_TAGS = frozenset({"nr", "nrt", "ns", "nt", "nz", "x"})
#: What may close the clause after a title the verb gives (担任总教练，; 担任总教练后; 担任总教练一职; 担任首席教练辅佐…).
_CLOSES = re.compile(r"(?:一职|职务)?(?:[，。；、！？,;\s]|后|以来|辅佐|协助|带领|率领|$)")


def _title_ending(ctx: RelationContext, end: int) -> tuple[int, str] | None:
    """The coach's title ending at ``end`` (its start and its Simplified letters), its fields before it; ``None``."""
    simplified = ctx.simplified
    word = next((w for w in (*ctx.lexicon.roles_by_last.get(simplified[end - 1 : end], ()), *_MORE_TITLES)
                 if w.endswith(_COACH_ENDS) and simplified.endswith(w, 0, end)), None)  # role words longest first
    if word is None:
        return None
    start = end - len(word)
    field = _FIELDS.search(simplified, max(0, start - 8), start)
    if field is not None and field.end() == start:
        start = field.start()
    return start, simplified[start:end]


def _title_starting(ctx: RelationContext, at: int) -> tuple[int, str] | None:
    """The coach's title starting at ``at`` and closing its clause (its end and its letters); ``None``."""
    simplified = ctx.simplified
    for end in range(min(len(simplified), at + 10), at + 1, -1):
        found = _title_ending(ctx, end)
        if found is not None and found[0] == at and _CLOSES.match(simplified, end):
            return end, found[1]
    return None


def _mascot_teams(ctx: RelationContext) -> list[tuple[int, int]]:
    """The spans of a baseball team named by its mascot and 队 (狮队, 猿队) that no extractor read, in a story naming a
    listed baseball team."""
    orgs = ctx.of(Label.ORGANIZATION)
    if not any(ctx.lexicon.teams.get(listed_team_name(m, ctx.lexicon), ("",))[0] == "baseball" for m in orgs):
        return []
    covered = ctx.covered()
    return [(i - 1, i + 1) for i in (m.start() for m in find_all("队", ctx.simplified))
            if i > 0 and ctx.simplified[i - 1] in _MASCOTS and i - 1 not in covered and i not in covered]


def _team_before(ctx: RelationContext, at: int) -> str | None:
    """The entity id of the one team the sentence (or its clause after a semicolon) names before ``at``, else the
    sentence before, else the document; ``None`` when the place looked at names none or two. A team by its mascot
    (:func:`_mascot_teams`) is derived when taken."""
    teams = [(m.start, m.end, ctx.owner[m]) for m in ctx.of(Label.ORGANIZATION) if m in ctx.owner and is_team(ctx, m)]
    teams = sorted(teams + [(s, e, "") for s, e in _mascot_teams(ctx)])
    i = ctx.sentence_index(at)
    before = ctx.sentences[i - 1][0] if i > 0 else 0
    start = ctx.sentences[i][0] if i >= 0 else 0
    start = max(start, max(ctx.simplified.rfind(c, start, at) + 1 for c in "；;"))  # …王朝后再次搭档；狮队阵中和总教练X
    here = [t for t in teams if start <= t[0] and t[1] <= at]
    if not here and any(start <= m.start and m.end <= at for m in ctx.of(Label.PLACE)):
        return None  # 而深圳新鹏城则将代理主帅X: a club named by its city, which no extractor read
    for found in (here, [t for t in teams if before <= t[0] < start], teams):
        names = {owner or ctx.simplified[s:e] for s, e, owner in found}
        if len(names) > 1:
            return None
        if names:
            s, e, owner = found[-1]
            return owner or ctx.owner[ctx.derive_organisation(s, e)]
    return None


def _body_written_before(ctx: RelationContext, at: int) -> bool:
    """Whether a body stands right before a title at ``at``, 的 maybe between: a place or an organisation named there
    (北卡主帅X), or before 的 a name or a word jieba does not know, no person's (雪城的教头X; not 身高169公分的总教练X,
    辅佐弟弟X的前首席教练Y)."""
    from zhkg.stages.segment import dictionary_tag, jieba_words

    lead = at - 1 if ctx.simplified[at - 1 : at] == "的" else at
    if any(m.end == lead for m in ctx.mentions if m.label in (Label.PLACE, Label.ORGANIZATION)):
        return True
    if lead == at or any(m.end == lead for m in ctx.of(Label.PERSON)):
        return False  # 辅佐弟弟X的前首席教练Y: a person before 的 is no body
    words = list(jieba_words(ctx.simplified[max(0, lead - 6) : lead]))
    return bool(words) and dictionary_tag(words[-1]) in _NAME_TAGS


def _post(ctx: RelationContext, person: Mention, title_start: int, title: str, start: int, end: int,
          have: set[tuple[str, str]]) -> Relation | None:
    """The post ``title`` (starting at ``title_start``) of ``person``, the team before it, or ``None``."""
    owner = ctx.owner[person]
    if any(key[0] == owner and (key[1].endswith(title) or title.endswith(key[1])) for key in have):
        return None
    simplified = ctx.simplified
    at = title_start
    qualifier = _QUALIFIER.search(simplified, max(0, at - 2), at)
    if qualifier is not None and qualifier.end() == at:
        at = qualifier.start()
    past = _PAST.search(simplified, max(0, at - 2), at)
    former = past is not None and past.end() == at
    if _body_written_before(ctx, past.start() if former else at):
        return None
    team = _team_before(ctx, title_start)  # (last: a team by its mascot is derived here)
    if team is None:
        return None
    have.add((owner, title))
    return ctx.relation(owner, team, RelationKind.HOLDS_ROLE, start, end, ctx.text[title_start:title_start + len(title)],
                        former=former)


def read_team_staff(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The coaches' posts of the forms of the module docstring; ``found``, the posts read so far (a person holding a
    post of the title already is left as read)."""
    simplified = ctx.simplified
    if not any(w in simplified for w in _COACH_ENDS) or not any(is_team(ctx, m) for m in ctx.of(Label.ORGANIZATION)):
        return []
    have = {(r.source, r.role_simplified) for r in found if r.kind is RelationKind.HOLDS_ROLE}
    out = []
    starts = {m.start: m for m in ctx.of(Label.PERSON) if m in ctx.owner}
    for person in starts.values():
        title = _title_ending(ctx, person.start)  # 总教练林岳平
        if title is not None:
            post = _post(ctx, person, title[0], title[1], title[0], person.end, have)
            out += [post] if post is not None else []
        end = person.end
        while simplified[end : end + 1] in LIST_JOINERS and end + 1 in starts:  # 延揽A与B担任一军打击教练
            end = starts[end + 1].end
        verb = _TAKES.match(simplified, end)  # 由叶君璋担任总教练
        if verb is not None:
            closing = _title_starting(ctx, verb.end())
            if closing is not None:
                post = _post(ctx, person, verb.end(), closing[1], person.start, closing[0], have)
                out += [post] if post is not None else []
                continue
        if simplified[person.start - 1 : person.start] == "由" and _TAKES.match(simplified, person.end):
            title = _title_ending(ctx, person.start - 1)  # 首席教练由郭俊佑接任
            if title is not None:
                post = _post(ctx, person, title[0], title[1], title[0], person.end, have)
                out += [post] if post is not None else []
    return out
