"""Posts a person is removed from, listed (round roles169, issue 11, from the web set's mainland tune misses).

Mainland announcements of appointments remove a person from several posts of one body at once, the posts joined by 、
and closed by 职务: 免去王建国的华强集团董事长、党委书记职务; after a person given a post in the same sentence, 其 stands
for him (组织部宣布：刘建华任华强集团董事长，免去其宏达集团总经理、党组副书记职务). The readers of one post
(:func:`zhkg.relate.roles_forms._read_removed`, the remote clause of :func:`zhkg.relate.roles.read_roles_after`) read
the first post only, or none when the list goes on; :func:`read_removed_posts` gives the person every post listed,
each ``former``: a bare title the body's (董事、总经理), a body's party committee's post (党组副书记, 党委书记) the
body's too, as the gold of the dev sets writes it, another body with its title its own.

The letter 其 may be read into the words around it: 其中 (免去其中石油集团…: the body 中石油集团, never 石油集团) or
into the body's name (其哈电集团): the body read opens after 其, and :func:`drop_bodies_cut_by_his` drops the posts
other readers gave the cut name (石油集团) in such a removal.

Caveats: the list must close with 职务 or 一职 (免去…总经理、党委副书记的相关待遇 gives nothing); an item no reader reads
(审判员: no lexicon word), a few Han letters, is passed over and the list read on (round roles245); 免去其 stands for the
one person (by node) of its sentence before it who takes a post there (X任, X出任, X担任, 任命X为…), none when no one or
two do.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_careers import TAKING_VERBS
from zhkg.relate.roles_links import _holder_and_role
from zhkg.relate.roles_names import _owner_of
from zhkg.relate.roles_next_posts import (
    _body_role_after_link,
)
from zhkg.relate.roles_titles import _role_at
from zhkg.text import sentence_at

__all__ = ["drop_bodies_cut_by_his", "read_removed_posts"]

#: The verbs of removing someone from posts, and 其 ("his") after them.
_REMOVING = re.compile(r"(?:免去|撤销|罢免)(其)?")

#: What closes the list of posts removed.
_POSTS_END = ("职务", "一职")

#: A body's party committee's post after a joiner, the body's (华强集团董事长、党委副书记: 党委副书记 of 华强集团).
_COMMITTEE_POST = re.compile(r"(?:党组|党委)(?:副书记|书记|委员|成员)")

#: A person taking a post in the sentence before 免去其: the verb right after the name, or 任命/聘任/委任 right before.
_TAKES_AFTER = ("任", *TAKING_VERBS, "兼任", "改任")
_TAKES_BEFORE = ("任命", "聘任", "委任")

#: The letter of 其中 the tokeniser may have joined to 其, which may open the body's name (其中|石油集团 of 中石油集团).
_IN = "中"


def read_removed_posts(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """Every post listed after 免去 (撤销, 罢免) + person + 的, or after 免去其 (see the module), not in ``found``."""
    simplified = ctx.simplified
    if "免去" not in simplified and "撤销" not in simplified and "罢免" not in simplified:
        return []
    starting = {m.start: m for m in ctx.mentions if m.label is Label.PERSON}
    held = {(r.source, r.target, r.role_simplified) for r in found if r.kind is RelationKind.HOLDS_ROLE}
    out = []
    for verb in _REMOVING.finditer(simplified):
        if verb.group(1):
            person = _taking_a_post_before(ctx, verb.start())
            at = verb.end()
        else:
            person = starting.get(verb.end())
            at = person.end + simplified.startswith("的", person.end) if person is not None else 0
        if person is None:
            continue
        posts = _posts_listed(ctx, at, his=bool(verb.group(1)))
        if not verb.group(1) and (not posts or (len(posts) == 1 and simplified.startswith(_POSTS_END, posts[0][2]))):
            continue  # one post: :func:`_read_removed`'s (not one read and one passed over: 副院长、审判员职务)
        source = _owner_of(ctx, person)
        for body, role, end in posts:
            key = (source, ctx.owner[body], role)
            if key not in held:
                held.add(key)
                out.append(ctx.relation(source, ctx.owner[body], RelationKind.HOLDS_ROLE, verb.start(), end,
                                        ctx.text[end - len(role) : end], former=True))
    return out


def _taking_a_post_before(ctx: RelationContext, at: int) -> Mention | None:
    """The one person (by node) its sentence names before ``at`` who takes a post (X任…, 任命X为…), or ``None``."""
    simplified = ctx.simplified
    s, _ = sentence_at(ctx.sentences, at)
    taking = [m for m in ctx.mentions if m.label is Label.PERSON and s <= m.start and m.end <= at
              and (simplified.startswith(_TAKES_AFTER, m.end) or simplified.endswith(_TAKES_BEFORE, 0, m.start))]
    return taking[0] if len({_owner_of(ctx, m) for m in taking}) == 1 else None


def _posts_listed(ctx: RelationContext, at: int, his: bool) -> list[tuple[Mention, str, int]]:
    """The posts (body, title, end) listed from ``at`` and closed by 职务/一职, or ``[]``; after 其 (``his``) the
    body may be one the tokeniser cut (see the module)."""
    simplified = ctx.simplified
    body, role, end = _holder_and_role(ctx, at)
    if body is None and his and (cut := _cut_body(ctx, at)) is not None:
        body, role, end = _cut_post(ctx, cut)
    if body is None:
        body, role, end = _body_role_after_link(ctx, at)
    if body is None:
        return []
    posts = [(body, role, end)]
    while simplified[end : end + 1] == "、":
        committee = _COMMITTEE_POST.match(simplified, end + 1)
        bare = _role_at(ctx, end + 1) if committee is None and end + 1 not in ctx.org_starting_at else None
        if committee is not None:
            posts.append((body, committee.group(), committee.end()))
        elif bare is not None:
            posts.append((body, bare, end + 1 + len(bare)))
        else:
            other, role, after = _holder_and_role(ctx, end + 1)
            if other is None:
                item = _UNREAD_ITEM.match(simplified, end + 1)
                if item is None:
                    return []
                end = item.end()  # …副院长、审判员职务: a post no lexicon word ends, passed over (roles245)
                continue
            body = other
            posts.append((body, role, after))
        end = posts[-1][2]
    return posts if simplified.startswith(_POSTS_END, end) else []


#: An item of a list of posts removed that no reader reads (审判员, no lexicon word): a few Han letters, then 、 or
#: the list's closing word; passed over, the list read on (round roles245).
_UNREAD_ITEM = re.compile(r"[\u4e00-\u9fff]{1,8}?(?=、|职务|一职)")


def _cut_body(ctx: RelationContext, at: int) -> Mention | None:
    """The organisation the tokeniser cut at 其 right before ``at``: one opening on 其 (其哈电集团) or right after
    其中's 中 (其中|石油集团), renamed to open at ``at``; else ``None``."""
    org = ctx.org_starting_at.get(at - 1)
    if org is None and ctx.simplified.startswith(_IN, at):
        org = ctx.org_starting_at.get(at + 1)
    if org is None or org.end - at < 3:
        return None
    return ctx.derive_organisation(at, org.end)


def _cut_post(ctx: RelationContext, body: Mention) -> tuple[Mention | None, str, int]:
    """The title right after ``body``, the body renamed (:func:`_cut_body`): (body, title, end), or no body."""
    role = _role_at(ctx, body.end)
    return (body, role, body.end + len(role)) if role is not None else (None, "", body.end)


def drop_bodies_cut_by_his(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` but the posts of a body whose name 其中 cut after 免去 (免去其中|石油集团…职务: 石油集团, which
    :func:`read_removed_posts` reads as 中石油集团)."""
    if "免去其中" not in ctx.simplified:
        return relations
    cut = {ctx.owner[org] for m in re.finditer("免去其中", ctx.simplified)
           if (org := ctx.org_starting_at.get(m.end())) is not None}
    return [r for r in relations if not (r.kind is RelationKind.HOLDS_ROLE and r.target in cut)]
