"""A club's squad before a coach's title is the club, named elsewhere (round sports308, issue 11).

Scope: :func:`give_squads_their_team`, the HOLDS_ROLE edges whose holder is a squad named by its rank only
(一军, 二军, 一队, 二线队: 球团延揽王明与李强担任一军打击教练; 台钢雄鹰首席教练是原二军总教练林振贤) and whose post is a
team's staff's (a title ending 教练, 教头, 领队, 监督, 经理, 主帅 or 助教): the squad is no body of its own, so the post is
the team's the document names nearest before it (any number of sentences back: a club's staff list names the club once,
in its opening), else first after it; with no team named, the post is no one's (dropped). A team is an organisation
the team readers named (:data:`~zhkg.records.MentionSource.ORG_TEAM`), one ``teams.tsv`` lists, one ending in 队,
俱乐部 or 球团 (统一狮球团), or one written right before 球团 (中信兄弟球团); a 球队 is none (中超球队: a kind).

:func:`settle_team_posts` also gives a post of a national side written short (中国男足, 中国女排) to the side the
document names in full (中国国家男子足球队, 中国女子排球队): one team, so one holder (聘任X为中国国家男子足球队主教练…
X出任中国男足主教练 is one post).

Caveats: the title keeps the letters jieba's words gave it (打击教练 of 一军打击教练), as the scorer's gold matches by
a title's ending; a squad's post of another trade (一军 of an army: 第一军军长) is left as it was read.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.extract.teams import listed_team_name
from zhkg.records import Label, Mention, MentionSource, Relation, RelationKind
from zhkg.relate.base import RelationContext

__all__ = ["SQUADS", "give_squads_their_team", "is_team", "settle_team_posts"]

#: A club's squads named by their rank alone: the first team, the reserves (written for zhkg as facts).
SQUADS = frozenset({"一军", "二军", "三军", "一队", "二队", "三队", "一线队", "二线队", "预备队"})
#: The endings of a team's staff's titles (总教练, 打击教练, 二军教头, 领队, 日籍监督, 总经理).
_STAFF_ENDS = ("教练", "教头", "领队", "监督", "经理", "主帅", "助教")
#: The endings of a team's name.
_TEAM_ENDS = ("队", "俱乐部", "球团")


def is_team(ctx: RelationContext, m: Mention) -> bool:
    """Whether the organisation ``m`` is a sports team (see the module docstring); a squad is none."""
    if m.simplified in SQUADS or m.name in SQUADS or m.name.endswith("球队"):
        return False  # 一军; 中超球队, 参赛球队: a kind of team, no team
    return (m.extractor == MentionSource.ORG_TEAM.value or m.name.endswith(_TEAM_ENDS)
            or bool(listed_team_name(m, ctx.lexicon)) or ctx.simplified.startswith("球团", m.end))


def _team_near(ctx: RelationContext, at: int) -> str | None:
    """The entity id of the team named nearest before ``at``, else first after it; ``None`` with none."""
    teams = [m for m in ctx.of(Label.ORGANIZATION) if m in ctx.owner and is_team(ctx, m)]
    before = [m for m in teams if m.end <= at]
    if before:
        return ctx.owner[before[-1]]
    return ctx.owner[teams[0]] if teams else None


def give_squads_their_team(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` with each staff post held by a squad (一军, 二军…) given to the team the document names
    nearest before it (else first after), or dropped when it names none.

    A squad's entity is found by its mentions' names, a reader's derived body included."""
    squads = {ctx.owner[m] for m in ctx.mentions + ctx.derived
              if m.label is Label.ORGANIZATION and m in ctx.owner and (m.simplified in SQUADS or m.name in SQUADS)}
    if not squads:
        return relations
    out = []
    for r in relations:
        if r.kind is not RelationKind.HOLDS_ROLE or r.target not in squads or not r.role_simplified.endswith(_STAFF_ENDS):
            out.append(r)
            continue
        team = _team_near(ctx, r.evidence.start)
        if team is not None:
            out.append(replace(r, target=team))
    return out


#: A national side's short form's ending and the words its full name ends with (男足: 男子足球队).
_SIDES = {"男足": "男子足球队", "女足": "女子足球队", "男篮": "男子篮球队", "女篮": "女子篮球队", "男排": "男子排球队",
          "女排": "女子排球队"}


def _full_sides(ctx: RelationContext) -> dict[str, str]:
    """Each entity id of a side written short (中国男足) to the id of the one side the document names in full with the
    short form's place (中国国家男子足球队, 中国男子足球队)."""
    orgs = [m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and m in ctx.owner]
    out = {}
    for m in orgs:
        short = next((k for k in _SIDES if m.name.endswith(k) and len(m.name) > len(k)), None)
        if short is None:
            continue
        home = m.name[: -len(short)]
        full = {ctx.owner[f] for f in orgs if f.name.startswith(home) and f.name.endswith(_SIDES[short])
                and f.name[len(home) : -len(_SIDES[short])] in ("", "国家")}
        if len(full) == 1 and ctx.owner[m] not in full:
            out[ctx.owner[m]] = full.pop()
    return out


def settle_team_posts(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` with the squads' posts given their team (:func:`give_squads_their_team`) and a short side's posts
    given the side named in full (see the module docstring), each post once."""
    relations = give_squads_their_team(ctx, relations)
    sides = _full_sides(ctx) if any(k in ctx.simplified for k in _SIDES) else {}
    if not sides:
        return relations
    out, seen = [], set()
    for r in relations:
        if r.kind is RelationKind.HOLDS_ROLE and r.target in sides:
            r = replace(r, target=sides[r.target])
        key = (r.kind, r.source, r.target, r.role_simplified, r.former)
        if r.kind is not RelationKind.HOLDS_ROLE or key not in seen:
            seen.add(key)
            out.append(r)
    return out
