"""A list of posts in a relative clause closed by 的 before the person (round titles319): 曾任北京大学副校长、代理校长的
李强 gives 李强 副校长 and 代理校长 of 北京大学, both held before; 担任华强集团总经理、万科集团董事的王明 each body's post.

:func:`zhkg.relate.roles_forms._read_role_then_person` reads one post so (担任财政部长的X); this reader reads a list of
them: a verb of a post (:data:`~zhkg.relate.roles_holders._POST_VERBS`), then a body and its title, then after each
、 (or 及, 和, 兼) a body and its title or a bare title of the last body (a qualifier such as 代理 or 常务 kept with it),
the last closing right at the 的. A title of the person may stand between the 的 and the name (…的中研院院士王汎森,
…的清华大学教授王明): a body maybe, then a role word, ending where the name starts; then one post is read too (曾任北京
大学副校长的清华大学教授李强), which the one-post reader does not read.

Caveats: the list must close at the 的 (曾任A校长、B教授等职的X is not read); 曾任, 历任 and the other past links mark
every post of the list held before, and so does 不再 right before the verb; a post to come (即将出任…的X) is no post,
nor one refused or missed (未能担任…的X: :data:`_NOT_HELD`, mend322).
"""

from __future__ import annotations

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_former import _once_before, _said_of_the_future
from zhkg.relate.roles_holders import _POST_VERBS
from zhkg.relate.roles_links import _bare_post, _holder_and_role
from zhkg.relate.roles_names import _owner_of
from zhkg.relate.roles_titles import _PAST_LINKS, _POST_QUALIFIERS, _role_at
from zhkg.text import LIST_JOINERS

__all__ = ["read_relative_post_lists"]


#: What joins the posts of the list: 曾任A副校长、代理校长的X, 担任A董事长兼B总经理的X.
_JOINERS = LIST_JOINERS | {"兼"}


#: What, right before the verb, says the post was never held (未能担任…的X, mend322).
_NOT_HELD = ("未能", "没有", "没能", "拒绝", "无法", "未")


#: What, right before the verb, says the post is held no longer (不再担任…的X: held before, mend322).
_NO_LONGER = ("不再",)


#: The most letters of the clause between its verb and the 的.
_MAX_CLAUSE = 40


#: The most letters of the person's title (its body's name included) between the 的 and the name.
_MAX_TITLE = 14


def _closing_de(ctx: RelationContext, person: Mention) -> int:
    """Where the 的 closing the relative clause before ``person`` stands: right before the name, or before a title of
    the person (a role word, a body named right before it maybe) ending where the name starts; -1 when none."""
    simplified = ctx.simplified
    if simplified[person.start - 1 : person.start] == "的":
        return person.start - 1
    for de in range(person.start - 2, max(person.start - _MAX_TITLE, 0) - 1, -1):
        if simplified[de] == "的":
            at = de + 1
            body = ctx.org_starting_at.get(at) or ctx.place_starting_at.get(at)
            at = body.end if body is not None and body.end < person.start else at
            role = _role_at(ctx, at)
            return de if role is not None and at + len(role) == person.start else -1
        if not simplified[de].isalnum():
            return -1
    return -1


def _post_after_joiner(ctx: RelationContext, holder: Mention, end: int) -> tuple[Mention, str, int] | None:
    """The next post of the list after the joiner at ``end``: a body and its title, a bare title of ``holder``, or a
    bare title with a qualifier before it (代理校长, 常务副部长: the qualifier kept)."""
    simplified = ctx.simplified
    org, role, next_end = _holder_and_role(ctx, end + 1)
    if org is not None:
        return org, role, next_end
    bare = _bare_post(ctx, holder, end)
    if bare is not None:
        return bare
    qualifier = next((q for q in _POST_QUALIFIERS if simplified.startswith(q, end + 1)), "")
    role = _role_at(ctx, end + 1 + len(qualifier)) if qualifier else None
    if role is None:
        return None
    return holder, qualifier + role, end + 1 + len(qualifier) + len(role)


def _listed_posts(ctx: RelationContext, q: int, de: int, most: int) -> list[tuple[Mention, str, int]]:
    """The posts from ``q`` (right after the verb) closing at the 的 at ``de``, ``most`` at least; [] otherwise."""
    org, role, end = _holder_and_role(ctx, q)
    if org is None:
        return []
    posts = [(org, role, end)]
    while end < de and ctx.simplified[end] in _JOINERS:
        post = _post_after_joiner(ctx, posts[-1][0], end)
        if post is None or post[2] > de:
            return []
        posts.append(post)
        end = post[2]
    return posts if end == de and len(posts) >= most else []


def read_relative_post_lists(ctx: RelationContext) -> list[Relation]:
    """Each list of posts in a relative clause closed by 的 before a person (see the module)."""
    simplified = ctx.simplified
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        de = _closing_de(ctx, person)
        if de < 3:
            continue
        for q in range(de - 4, max(de - _MAX_CLAUSE, 0) - 1, -1):
            if q == 0 or not (simplified[q - 1].isalnum() or simplified[q - 1] in _JOINERS):
                break
            verb = next((v for v in _POST_VERBS if simplified.endswith(v, 0, q)), None)
            if verb is None:
                continue
            if simplified.endswith(_NOT_HELD, 0, q - len(verb)):
                break  # 未能担任…的X: no post held (mend322)
            posts = _listed_posts(ctx, q, de, 2 if de == person.start - 1 else 1)  # one: the other reader's
            if not posts:
                continue
            future = _said_of_the_future(ctx, q - len(verb))
            if future:
                break  # 即将出任…的X: a plan, no post held
            former = verb in _PAST_LINKS or _once_before(simplified, q - len(verb)) \
                or simplified.endswith(_NO_LONGER, 0, q - len(verb))  # 不再担任…的X: held before (mend322)
            out += [ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, q, person.end,
                                 ctx.text[end - len(role) : end] if ctx.simplified.endswith(role, 0, end) else role,
                                 former=former) for org, role, end in posts]
            break
    return out
