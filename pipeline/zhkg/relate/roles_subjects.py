"""The body of a bare title read from its own clause or past the body's other officers, for
:mod:`zhkg.relate.roles_body_in_context`'s :func:`~zhkg.relate.roles_body_in_context._context_body` (round roles216): the body
opening the title's clause (:func:`_clause_subject`), whether a body opens a post's name there (:func:`_post_named`),
and whether the people between a body and a bare title are its own officers (:func:`_colleagues_between`).

Caveats: a clause is the letters between clause breaks (:data:`zhkg.text.CLAUSE_BREAKS`); a body is an organisation
an extractor or a reader named; a person's post is the role word written right before the name. Nothing here writes a
relation.
"""

from __future__ import annotations

from zhkg.records import Label, Mention
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_implied import _ONE_HOLDER
from zhkg.relate.roles_titles import _role_at
from zhkg.relate.roles_words import _aside
from zhkg.text import NAME_JOINERS

__all__ = [
    "_clause_subject",
    "_post_named",
    "_colleagues_between",
    "_FORMER_BEFORE_BODY",
    "_fused_body",
]


def _clause_subject(ctx: RelationContext, at: int, end: int) -> Mention | None:
    """The body opening the clause of a bare title standing inside it at ``at`` (round roles216): the one
    organisation (one entity, however written) named between the clause's start and the title, the first of them
    right at the start, no organisation after the title before the clause ends (``end``: the sentence's). People
    may stand between only as a list the title's person closes, the last right before a joiner before the title
    (理文由颜乐枫及行政经理周文健出席; 理大校董会主席林大辉同校长滕锦光出席). The sentence's other clauses may name other
    bodies (港超四强…，大埔队派出主教练X…；理文队由…): the title's clause says whose it is. ``None`` otherwise."""
    simplified = ctx.simplified
    start = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, 0, at)), default=0)
    close = CLAUSE_BREAK.search(simplified, at, end)
    stop = close.start() if close else end
    orgs = [m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and start <= m.start < stop
            and not _aside(ctx, m)]
    before = sorted((m for m in orgs if m.end <= at), key=lambda m: m.start)
    if not before or before[0].start != start or len({ctx.owner[m] for m in before}) != 1 \
            or any(m.start >= at for m in orgs) or _post_named(ctx, before[0]):
        return None
    people = [m for m in ctx.mentions if m.label is Label.PERSON and before[-1].end <= m.start < at]
    if people and not (simplified[at - 1 : at] in NAME_JOINERS and max(m.end for m in people) == at - 1):
        return None
    return before[-1]


def _colleagues_between(ctx: RelationContext, body: Mention, at: int, role: str) -> bool:
    """Whether everyone named between ``body`` and a bare title at ``at`` holds a present post of that body written
    fused to it or bare (fused to no other body: round roles257), none of them ``role`` when one person holds it at a time (round roles216): 彰化县议会秘书长林裕修受访时说，议长谢典林指示…; 中国残联主席程凯
    任团长；党组书记、理事长周长奎任执行团长 — the body is the sentence's, its officers named one after another. The same
    title held between (远大实业董事长X表示，董事长Y将出席: maybe another body's chair), a past post
    (前尼克斯中锋X，总裁Y: the body is X's old team) or anyone else between leaves the title unread; a caucus
    officer's title keeps its own rule (华润集团董事长X…，书记长Y: no company's)."""
    simplified = ctx.simplified
    if simplified[body.start - 1 : body.start] in _FORMER_BEFORE_BODY:
        return False
    people = [m for m in ctx.mentions if m.label is Label.PERSON and body.end <= m.start < at]
    titles = [ctx.lexicon.role_ending(simplified, m.start) or "" for m in people]
    # (or a bare title of its own, fused to no other body: 华强集团宣布，现任总经理X退休，由副总经理Y接任 — the
    # sentence's officers named one after another, the body's as the bare title after them is; never a title a place's
    # government holds, which any party's or house's member may bear: 国民党征召立委X参选…，立委Y表示…; round roles257)
    ends = {m.end for m in ctx.mentions + ctx.derived if m.label in (Label.ORGANIZATION, Label.PLACE)}
    places = ctx.lexicon.place_roles
    return all(t and (m.start - body.end == len(t)
                      or (m.start - len(t) not in ends and t not in places and role not in places))
               and not (t == role and role in _ONE_HOLDER) for m, t in zip(people, titles, strict=True))


def _post_named(ctx: RelationContext, body: Mention) -> bool:
    """Whether ``body`` opens a post's name, its title right after it and no one named there (经济部长由政务委员X接任:
    the clause is about the post, 经济部 is no subject of 政务委员); the title may share the body's last letter
    (经济部|长: 部长)."""
    for start in (body.end, body.end - 1):
        role = _role_at(ctx, start)
        if role is not None and start + len(role) > body.end:
            return not any(m.label is Label.PERSON and m.start == start + len(role) for m in ctx.mentions)
    return False


#: A past post's mark right before a body (前尼克斯中锋X, 原华强集团总经理X).
_FORMER_BEFORE_BODY = frozenset("前原")


def _fused_body(ctx: RelationContext, s: int, at: int, role: str) -> Mention | None:
    """The one body the sentence opening at ``s`` wrote ``role`` fused to before a bare ``role`` at ``at`` (round
    roles244): the sentence named the post with its body (台中市副市长共有3席，X上任后只任命2席，目前副市长为Y), so the
    bare title repeating it is that body's, whoever is named between; a place only for a title a place's government
    holds. ``None`` when no body or more than one was written so, another body is named between, or a person named
    right after it holds a title one person holds at a time."""
    labels = (Label.ORGANIZATION, Label.PLACE) if role in ctx.lexicon.place_roles else (Label.ORGANIZATION,)
    fused = [m for m in ctx.mentions + ctx.derived if m.label in labels and s <= m.start and m.end + len(role) <= at
             and ctx.simplified.startswith(role, m.end) and not _aside(ctx, m)]
    if len({ctx.owner[m] for m in fused}) != 1:
        return None
    if role in _ONE_HOLDER and any(p.start == f.end + len(role) for f in fused for p in ctx.of(Label.PERSON)):
        return None  # 华强集团董事长王明…，董事长李华: one holder at a time, the bare one another body's
    body = fused[-1]
    if any(m.label in labels and body.end <= m.start < at and ctx.owner.get(m) != ctx.owner[body]
           for m in ctx.mentions + ctx.derived):
        return None  # A局常秘…，…接掌B局，原常秘X: a body named between may be the bare title's
    return body
