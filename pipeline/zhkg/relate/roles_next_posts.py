"""The posts read on after a first one, for :mod:`zhkg.relate.roles_clauses`, :mod:`zhkg.relate.roles_forms` and
:func:`zhkg.relate.roles.read_roles_after`: posts held concurrently after 兼 (总经理兼市场总监: :func:`_concurrent_posts`),
the next post of a list (历任万科集团总经理、董事长: :func:`_listed_posts`, :func:`_next_listed_post`), a list that
opens with bare titles or bodies sharing one title (:func:`_after_bare_titles`, :func:`_after_bodies_sharing`), the
body a clause before a comma gave its subject (…任华强集团副总经理，: :func:`_body_of_clause_before`,
:func:`_served_in_clause`) and a body no extractor named after a verb of appointment (任外交部长:
:func:`_body_role_after_link`).

Caveats: a list is read on only while each item closes its clause or is joined by 、/及/以及 and no person starts
inside it; a bare title takes the last body read, so a list whose items belong to different bodies unnamed reads them
as the last one's. Moved verbatim from ``relate/roles_clauses.py`` (tidy251, session 53): no definition's text
changed. This part imports the parts before it, never ``roles_clauses``, ``roles_forms`` or ``relate/roles.py``.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention
from zhkg.relate.base import (
    CLAUSE_BREAK,
    RelationContext,
)
from zhkg.relate.roles_departments import _department_at, _department_post
from zhkg.relate.roles_former import (
    _held_until_now,
)
from zhkg.relate.roles_links import (
    _LIST_JOINERS,
    _bare_post,
    _bare_posts,
    _holder_and_role,
    _post_after_skipping,
    _post_closes,
)
from zhkg.relate.roles_title_body import _LIST_CLOSINGS, _holder_in_title, _joined_body
from zhkg.relate.roles_titles import (
    _BARE_POST_VERBS,
    _ORDINAL,
    _POST_QUALIFIERS,
    _role_at,
    _titles_ahead,
    _with_assistant,
)
from zhkg.relate.roles_unit_titles import _unit_title_at
from zhkg.relate.roles_unnamed_bodies import _body_name_end
from zhkg.relate.roles_words import (
    _MAX_BODY,
)
from zhkg.resources.lexicon import BODY_ONLY_UNITS
from zhkg.text import (
    clause_start,
    first_at,
    first_ending,
    sentence_at,
)

__all__ = [
    "_CONCURRENTLY",
    "_concurrent_posts",
    "_listed_posts",
    "_body_of_clause_before",
    "_WORKS_AT",
    "_served_in_clause",
    "_after_bare_titles",
    "_after_bodies_sharing",
    "_next_listed_post",
    "_AND_ALSO",
    "_LONE_BOARDS",
    "_body_role_after_link",
]


#: 兼 after a post, a comma and 并/同时 maybe before it, 任 maybe after: 总经理兼, 副总经理，兼任, 主任，并兼; 暨.
_CONCURRENTLY = re.compile(r"(?:[，,](?:并|同时|并且)?)?兼任?|暨")


def _concurrent_posts(ctx: RelationContext, holder: Mention, end: int) -> list[tuple[Mention, str, int]]:
    """Bare titles after 兼 (and 、) following a post ending at ``end``, the last closing its clause: posts
    of the same holder (任湖南省第二行政督察区行政督察专员兼保安司令: 保安司令 of the 督察区; 为信达澳银基金的副总经理，
    兼市场总监: 市场总监 of the fund)."""
    joined = _CONCURRENTLY.match(ctx.simplified, end)
    if joined is None:
        return []
    start = joined.end()
    department = _department_at(ctx, start)
    posts = _bare_posts(ctx, start) or (_bare_posts(ctx, start + len(department), department) if department else [])
    return [(holder, role, e) for role, e in posts
            if holder.label is Label.ORGANIZATION or role in ctx.lexicon.place_roles]


def _listed_posts(ctx: RelationContext, found: list, end: int) -> tuple[list[tuple[Mention, str, int]], int]:
    """``found`` and the posts of the list going on at ``end`` (:func:`_next_listed_post`), where the list ends."""
    simplified = ctx.simplified
    while True:
        org, role, next_end = _next_listed_post(ctx, found, end)
        if org is None or any(end < s < next_end for s in ctx.person_starts) \
                or not (_post_closes(ctx, next_end) or simplified[next_end] in _LIST_JOINERS
                        or simplified.startswith(_AND_ALSO, next_end) or _held_until_now(ctx, next_end)):
            return found, end
        found.append((org, role, next_end))
        end = next_end + simplified.startswith(_AND_ALSO, next_end)  # …副总经理以及A公司董事长: 及 joins them
        if end >= len(simplified) or simplified[end] not in _LIST_JOINERS:
            return found, end


def _body_of_clause_before(ctx: RelationContext, comma: int, owner: str,
                           clause_posts: dict[int, tuple[str, Mention, str]]) -> tuple[Mention, str] | None:
    """(the body, the title) of the post the clause ending at ``comma`` gave ``owner`` (its title right before the
    comma: …任华强集团副总经理，), or (the body, "") that clause says its subject joined or founded (:func:`_joined_body`);
    or ``None``."""
    post = clause_posts.get(comma - len(first_ending(ctx.simplified, _LIST_CLOSINGS, comma)))  # …总经理等职务，
    if post is not None and post[0] == owner:
        return post[1], post[2]
    joined = _joined_body(ctx, comma)
    return (joined, "") if joined is not None else _served_in_clause(ctx, comma)


#: Verbs of working at a body after 在 + the body: 在华强集团工作了二十年, 在华强集团任职, 在东吴大学任教.
_WORKS_AT = ("工作", "任职", "供职", "就职", "任教")


def _served_in_clause(ctx: RelationContext, comma: int) -> tuple[Mention, str] | None:
    """(the body, the title) when the clause ending at ``comma`` is 在/于 + body + 任/担任… + bare titles closing it
    (在华强集团任总经理，), or (the body, "") when it is 在 + body + 工作/任职… (在华强集团工作了二十年，), no one named
    after the body; else ``None``."""
    simplified = ctx.simplified
    brk = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, 0, comma)), default=0)
    s, _ = sentence_at(ctx.sentences, comma)
    brk = max(brk, s)
    for org in (m for m in ctx.mentions if m.label is Label.ORGANIZATION and brk < m.start and m.end < comma):
        if simplified[org.start - 1] not in "在于" or any(org.end <= m.start < comma for m in ctx.mentions):
            continue
        if simplified.startswith(_WORKS_AT, org.end):
            return org, ""
        link = first_at(simplified, _BARE_POST_VERBS[:5], org.end)
        posts = _bare_posts(ctx, org.end + len(link)) if link else []
        if posts and posts[-1][1] == comma:
            return org, posts[-1][0]
    return None


def _after_bare_titles(ctx: RelationContext, start: int) -> int:
    """Where the first post with a holder starts in a list of posts at ``start`` that opens with bare titles joined
    by 、 (曾任立法委员、内政部长: 立法委员 names no body and holds nothing here; 内政部长 is read), or ``start``."""
    simplified = ctx.simplified
    at = start
    while (bare := _role_at(ctx, at)) is not None and simplified[at + len(bare) : at + len(bare) + 1] == "、" \
            and _holder_and_role(ctx, at)[0] is None:
        at += len(bare) + 1
    if at == start:
        at = _after_bodies_sharing(ctx, start)
    return at if at > start and _holder_and_role(ctx, at)[0] is not None else start


def _after_bodies_sharing(ctx: RelationContext, start: int) -> int:
    """Where the last body of a list of bodies joined by 、 at ``start`` starts, no title between them (山东华星环保集团有限公司、
    金刚新材料股份有限公司董事长: the title after the last is every body's, :func:`_bodies_sharing_a_title`), or ``start``."""
    simplified = ctx.simplified
    at = start
    while (body := ctx.org_starting_at.get(at)) is not None and simplified[body.end : body.end + 1] == "、" \
            and body.end + 1 in ctx.org_starting_at and _holder_and_role(ctx, at)[0] is None:
        at = body.end + 1
    return at


def _next_listed_post(ctx: RelationContext, found: list[tuple[Mention, str, int]],
                      end: int) -> tuple[Mention | None, str, int]:
    """The post of the list item after the joiner at ``end``, ``found`` the posts read before it in the same list:
    (body, title, where it ends), the body ``None`` when no reading takes it. In order: a department of the last
    body, a body and its title (a run of bodies sharing one title read as its last), an assistant's title, a bare
    title of the last body (历任万科集团总经理、董事长), the next post an unread item is skipped to."""
    department = _department_post(ctx, found[-1][0], end) if found else None
    org, role, next_end = department or _holder_and_role(ctx, _after_bodies_sharing(ctx, end + 1))
    role, next_end = _with_assistant(ctx, role, next_end) if org is not None else (role, next_end)
    if org is None and found and (bare := _bare_post(ctx, found[-1][0], end)) is not None:
        org, role, next_end = bare  # 历任万科集团总经理、董事长: the same body's
    fused = _body_role_after_link(ctx, end + 1) if org is None and found else (None, "", end)
    if fused[0] is not None and fused[0].end == fused[2] - len(fused[1]) + 1:
        org, role, next_end = fused  # …、港务处长: a unit no extractor named, sharing its letter with its title
    if org is None and found:
        org, role, next_end = _post_after_skipping(ctx, end, found[-1][0])  # an item no reader understood
    return org, role, next_end


#: 以及 between two posts of a list: read as its 及.
_AND_ALSO = "以及"


#: A company's or a party's boards (:data:`zhkg.resources.lexicon.BODY_ONLY_UNITS` but the party group, which a
#: bare 党组书记 names no body by): written alone after a verb of appointment, the board is the post's body.
_LONE_BOARDS = tuple(u for u in BODY_ONLY_UNITS if u != "党组")


def _body_role_after_link(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """A body no extractor named and its title, right after a verb of appointment, the title closing the
    clause: 任外交部长 (部长 of 外交部), 担任大理院庭长; the body is derived (guards of :func:`_body_name_end`)."""
    simplified = ctx.simplified
    if _unit_title_at(ctx, start):
        return None, "", start  # 历任游戏产品线总裁: a company's unit in the title, no body (titles319)
    ordinal = _ORDINAL.match(simplified, start)
    start = ordinal.end() if ordinal else start  # 任第33任陆军军法署署长
    board = next((u for u in _LONE_BOARDS if simplified.startswith(u, start)), "")
    at = start + len(board)
    qualifier = next((q for q in _POST_QUALIFIERS if simplified.startswith(q, at)), "") if board else ""
    role = _role_at(ctx, at + len(qualifier)) if board else None
    post_end = at + len(qualifier) + len(role or "")
    if role and _post_closes(ctx, post_end) and simplified[post_end : post_end + 1] != "的" \
            and board not in simplified[clause_start(simplified, start) : start]:
        # a board no body is written before is the body (任监事会副主席: 副主席 of 监事会, 荣誉主席 too; the convention
        # of docs/relations.md cuts the unit off only a body written before it, 经民联监事会主席); not a post whose
        # body follows (担任董事局主席的阿里巴巴集团) nor the board its clause named with its body (华强集团监事会推选…为
        # 监事会主席: the company's)
        return ctx.derive_organisation(start, at), qualifier + role, at + len(qualifier) + len(role)
    for p, role in _titles_ahead(ctx, start, _MAX_BODY):
        if any(r in simplified[start:p] for r in ctx.lexicon.role_words if len(r) > 1):
            break  # 任副政委兼政治部主任: posts, not a body (:func:`_read_bare_roles`)
        titled = _holder_in_title(ctx, p, role, start)
        if titled is not None and _post_closes(ctx, p + len(role)):
            return titled, role, p + len(role)  # 为第三舰队司令, 任直隶总督
        if role in ctx.lexicon.place_roles:
            continue
        body_end = _body_name_end(ctx, start, p, role)
        if body_end is None or not _post_closes(ctx, p + len(role)):
            break
        return ctx.derive_organisation(start, body_end), role, p + len(role)
    return None, "", start
