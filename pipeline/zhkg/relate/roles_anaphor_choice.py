"""Which of several organisations an anaphor before a title stands for (round joins318).

:func:`zhkg.relate.roles_holders._anaphor_ending_at` reads 该集团, 该校, 该公司… before a title (…升任该集团总经理) as
the one organisation of a fitting name named in the anaphor's sentence or the two before; when two are named it
read none. News on appointments names two at once: the body that announces (华润集团官网公布) and the body the person
came from, written as a title before the name (时任招商局集团副总经理王志明) or as a body after 时任 (时任东方电气集团
王志强). The anaphor stands for the organisation of its own sentence when that sentence names one
(国家管网集团副总经理何仲文任该集团总经理: promoted at home); when it names two, for the first, never for a body of
another post: :func:`narrowed` keeps the organisations of the anaphor's sentence (split at 。！？；), drops, when they
are two, each written right before a title (招商局集团|副总经理, 北京大学|教授, 中国科学院|院士: the person's other
post; all of them when its sentence names none: 国民党中常会…，对战民进党立委X。党主席Y: 国民党), and gives the fitting
organisations back unchanged unless that leaves one.

:func:`anaphor_post` reads such an anaphor and the titles after it right after a verb of a post that follows the
name (王志明升任该集团总经理, 张国强已卸任该校校长一职), as a clause opening with the verb reads it already
(，并长期担任该公司董事长: :mod:`zhkg.relate.roles_clauses`).

Caveats: a body that announces and a body of a post both in the anaphor's sentence, with no title after the second
(时任A集团王明升任该集团…，B集团官网称), is two: nothing is read, as before.
"""

from __future__ import annotations

from zhkg.records import Mention
from zhkg.relate.base import RelationContext
from zhkg.text import first_at

__all__ = ["anaphor_post", "narrowed"]


def _before_a_title(ctx: RelationContext, m: Mention) -> bool:
    """Whether a title starts right after ``m`` (招商局集团副总经理, maybe after 的, 原 or 前): ``m`` is the body of a post
    there, not a topic an anaphor takes up."""
    at = m.end
    for mark in ("的", "原", "前"):
        if ctx.simplified.startswith(mark, at):
            at += len(mark)
    return bool(ctx.lexicon.role_at(ctx.simplified, at))


def narrowed(ctx: RelationContext, fitting: list[Mention], at: int) -> list[Mention]:
    """``fitting`` (organisations an anaphor at ``at`` may stand for, in text order), narrowed to the one it stands
    for when several are named (see the module's docstring), else unchanged."""
    if len({ctx.owner.get(m) for m in fitting}) < 2:
        return fitting
    i = ctx.sentence_index(at)
    own = [m for m in fitting if i >= 0 and ctx.sentences[i][0] <= m.start]
    if len({ctx.owner.get(m) for m in own}) == 1:
        return own
    topics = [m for m in own or fitting if not _before_a_title(ctx, m)]
    return topics if len({ctx.owner.get(m) for m in topics}) == 1 else fitting


def anaphor_post(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """The post an anaphor opens at ``start``, right after a verb of a post (…升任|该集团总经理): (the organisation it
    stands for, at the anaphor's place; the title; where the title ends), or (None, "", start)."""
    from zhkg.relate.roles_holders import _anaphor_ending_at
    from zhkg.relate.roles_links import _bare_posts_of
    from zhkg.relate.roles_title_body import _org_anaphors

    word = first_at(ctx.simplified, _org_anaphors(ctx.lexicon), start)
    body = _anaphor_ending_at(ctx, start + len(word)) if word else None
    posts = _bare_posts_of(ctx, body, start + len(word)) if body is not None else []
    return posts[0] if posts else (None, "", start)
