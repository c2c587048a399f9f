"""A post written before its holder's name with a link between, its body not fused to the title (round roles226, issue
11): news names a body's officers as 现任书记长为罗智强、首席副书记长为林沛祥, 目前副市长为黄国荣与王育敏, or
首席教练由郭俊佑接任. :func:`read_posts_named_after` reads them.

* **为/是** after the title, then the names closing the clause, joined by 、, 与, 和 or 及 (…副市长为黄国荣与王育敏。); a list
  of such items after 、 (书记长为A、首席副书记长为B) shares its first item's body.
* **由** after the title (一职 maybe between: 主席一职由X担任), then one name and 担任, 出任, 接任 or 兼任 closing the clause.
* **的** after a verb of holding a post and the bare title (round roles244: 华强集团宣布，上季担任主教练的X转任顾问,
  现任总经理的X, 身兼董事长的X, 前总经理的X: a past post): :func:`read_bare_posts_then_person`, the body as for a bare title opening its clause.

The body is the one written right before the title or a word of the present before it (国民党团现任书记长为…), or,
for a bare title opening its clause, the one its sentence or the one before names
(:func:`zhkg.relate.roles_body_in_context._context_body`: 狮队…，首席教练由郭俊佑接任).

Caveats
-------
* Nothing for a title inside its clause (任命王明为主席: the title after 为 is the other readers'), a post to come
  (将由X出任: the filled-by reader's future adverbs stand between and nothing is read), a list that runs on into
  anything but another item (…为王明、李华等人), or a name followed by anything but the list's joiners or the clause's end.
* A fused body with the name closing the clause (华强集团总经理为王明) is also :func:`zhkg.relate.roles_forms._read_post_is`'s
  reading; the role readers keep one.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_before_names import _holder
from zhkg.relate.roles_body_in_context import _CAUCUS_TITLES, _context_body
from zhkg.relate.roles_former import _NOT_FORMER_BEFORE, _POST_TAILS, _former, _once_before, _said_of_the_future
from zhkg.relate.roles_holders import _POST_VERBS
from zhkg.relate.roles_names import _owner_of
from zhkg.relate.roles_titles import _PAST_LINKS, _ranked_title
from zhkg.relate.roles_words import _clause_opens
from zhkg.text import LIST_JOINER_WORDS, first_at, first_ending, sentence_start

__all__ = ["read_posts_named_after", "read_bare_posts_then_person"]


#: Words of the present that may stand before the title (国民党团现任书记长为…, …，目前副市长为…), the longer first.
_NOW = ("目前的", "现任的", "现任", "目前", "现时")

#: Verbs of creating the post before the title (新设党魁一职由X担任: roles233).
_CREATED = ("同时新设", "新设的", "新设", "另设", "增设", "新增")

#: A caucus officer's deputy's rank before its title (首席副书记长): the whole is the title.
_DEPUTIES = ("首席副", "副")


#: The verbs that close a 由 clause: the name fills the post.
_FILLS = ("担任", "出任", "接任", "兼任")

#: The most letters from a 、 closing one item to the link of the next (、首席副书记长为).
_MAX_NEXT_ITEM = 10


def _title_before_link(ctx: RelationContext, i: int) -> tuple[int, str] | None:
    """The title ending at ``i`` (a caucus deputy's rank maybe before it) and where it starts, or None."""
    role = ctx.lexicon.role_ending(ctx.simplified, i) or None
    if role is None:
        return None
    role = next((q + role for q in _DEPUTIES if q + role in _CAUCUS_TITLES
                 and ctx.simplified.endswith(q, 0, i - len(role))), role)
    role = _ranked_title(ctx, i - len(role), role) or role  # 首席教练由X接任: the rank's letters are the title's (roles244)
    return i - len(role), role


def _next_item_follows(ctx: RelationContext, at: int) -> bool:
    """Whether another item of a list of posts (、 + title + 为/是) starts at ``at``."""
    simplified = ctx.simplified
    if simplified[at : at + 1] != "、":
        return False
    for j in range(at + 2, min(len(simplified), at + 1 + _MAX_NEXT_ITEM)):
        if simplified[j] in "为是" and (found := _title_before_link(ctx, j)) is not None and found[0] == at + 1:
            return True
        if CLAUSE_BREAK.match(simplified[j]):
            break
    return False


def _clause_end(ctx: RelationContext, at: int) -> int:
    brk = CLAUSE_BREAK.search(ctx.simplified, at)
    return brk.start() if brk else len(ctx.simplified)


def _listed_names(ctx: RelationContext, at: int, people: dict[int, Mention]) -> tuple[list[Mention], int]:
    """The names listed from ``at`` and where the list ends, or no names when the list runs on into anything but the
    clause's end or the next item of a list of posts."""
    simplified = ctx.simplified
    listed: list[Mention] = []
    while (person := people.get(at)) is not None:
        listed.append(person)
        at = person.end
        joiner = first_at(simplified, LIST_JOINER_WORDS, at)
        if not joiner or at + len(joiner) not in people:
            break
        at += len(joiner)
    if listed and (at == _clause_end(ctx, at) or _next_item_follows(ctx, at)):
        return listed, at
    return [], at


def _filled_name(ctx: RelationContext, at: int, people: dict[int, Mention]) -> list[Mention]:
    """The one name after 由 at ``at`` filling the post: a verb of :data:`_FILLS` after it closes the clause."""
    person = people.get(at)
    if person is None:  # 由成功连任的议员吴永嘉担任: a description before the one name (roles233)
        person = next((people[s] for s in sorted(people) if at < s < _clause_end(ctx, at)), None)
        if person is None or _title_before_link(ctx, person.start) is None:
            return []
    verb = first_at(ctx.simplified, _FILLS, person.end)
    end = person.end + len(verb)
    end += len(first_at(ctx.simplified, _POST_TAILS, end))
    return [person] if verb and end == _clause_end(ctx, end) else []


def read_posts_named_after(ctx: RelationContext) -> list[Relation]:
    """Each post written before its holders' names, 为/是 or 由…担任 between (see the module)."""
    simplified = ctx.simplified
    people = {m.start: m for m in sorted(ctx.of(Label.PERSON), key=lambda m: m.end) if m in ctx.owner}
    out = []
    item_end, item_holder = -1, None  # the end of the last item of a list of posts read, and its body
    for link in re.finditer("[为是由]", simplified):
        i = link.start()
        tail = first_ending(simplified, _POST_TAILS, i) if link.group() == "由" else ""
        if link.group() == "由" and simplified.endswith(("一职，", "一职,"), 0, i):
            tail = simplified[i - 3 : i]  # 新设党魁一职，由X担任: the post set off by a comma (roles233)
        found = _title_before_link(ctx, i - len(tail))
        if found is None:
            continue
        title_at, role = found
        at = title_at - len(first_ending(simplified, _NOW + _CREATED, title_at))
        if at - 1 == item_end and simplified[item_end] == "、":
            holder = item_holder  # 、首席副书记长为林沛祥: the list's body
        else:
            holder = _holder(ctx, at, role)
            if holder is None and _clause_opens(ctx, at):
                holder = _context_body(ctx, at, role)
        if holder is None:
            continue
        listed, end = _filled_name(ctx, i + 1, people), i + 1
        if link.group() != "由":
            listed, end = _listed_names(ctx, i + 1, people)
        if not listed:
            continue
        item_end, item_holder = (end, holder) if link.group() != "由" else (-1, None)
        former = _former(ctx, at)
        for person in listed:
            out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[holder], RelationKind.HOLDS_ROLE,
                                    min(holder.start, at), person.end, ctx.text[title_at : title_at + len(role)],
                                    former=former))
    return out


#: A post noun that may stand between a bare title and the 的 before its holder (担任总经理一职的X).
_POST_NOUN = "一职"


#: Marks of a past post before a bare title and the 的 before its holder (在前主帅的X离任后: a post X held).
_PAST_MARKS = ("前任", "前", "原")


def _past_mark(simplified: str, at: int) -> str:
    """The mark of :data:`_PAST_MARKS` ending at ``at`` and opening a word (not 目前, 之前, 此前…), or ""."""
    mark = first_ending(simplified, _PAST_MARKS, at)
    return mark if mark and simplified[at - len(mark) - 1 : at - len(mark)] not in _NOT_FORMER_BEFORE else ""


def read_bare_posts_then_person(ctx: RelationContext) -> list[Relation]:
    """Verb of holding a post (or 前, 原: a past one) + a bare title + 的 + person (round roles244): 华强集团宣布，
    去年出任总经理的王明将退休, 上季担任主教练的X, 在前主帅的X离任后: the title is the person's, of the body a bare title opening the clause would take
    (:func:`zhkg.relate.roles_body_in_context._context_body`: the one body an earlier clause of the sentence names, none
    after). Nothing named may stand between the clause's start and the verb (a date or an adverb may), nor a person
    in the sentence before the clause (李四是华为公司总裁，兼任董事长的王明…: maybe 李四's body); a post to
    come (即将出任…的X) is no post; 曾任, 曾担任 mark a past one. A title with its body written (担任华强集团总经理的X) is
    :func:`zhkg.relate.roles_forms._read_role_then_person`'s."""
    simplified = ctx.simplified
    out = []
    for person in sorted(ctx.of(Label.PERSON), key=lambda m: m.start):
        close = person.start - 1
        if close < 3 or simplified[close] != "的" or person not in ctx.owner:
            continue
        close -= len(_POST_NOUN) if simplified.endswith(_POST_NOUN, 0, close) else 0
        role = ctx.lexicon.role_ending(simplified, close) or None
        if role is None:
            continue
        role = _ranked_title(ctx, close - len(role), role) or role
        at = close - len(role)
        verb = first_ending(simplified, _POST_VERBS, at) or _past_mark(simplified, at)
        if not verb:
            continue
        opens = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, 0, at)), default=0)
        s = sentence_start(simplified, opens)
        if any(opens <= m.start < at - len(verb) or m.start < opens < m.end for m in ctx.mentions) \
                or any(s <= m.start < opens for m in ctx.of(Label.PERSON)) \
                or _said_of_the_future(ctx, at - len(verb)):
            continue
        holder = _context_body(ctx, opens, role) if opens > 0 else None
        if holder is None:
            continue
        former = verb in _PAST_LINKS or verb in _PAST_MARKS or _once_before(simplified, at - len(verb))
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[holder], RelationKind.HOLDS_ROLE, at - len(verb),
                                person.end, ctx.text[at:close], former=former))
    return out
