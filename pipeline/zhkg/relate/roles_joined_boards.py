"""People a sentence announces as appointed to a body, listed in the sentences after it (round roles286, issue 11):
教育局公布委任8名校董加入该校法团校董会。是次委任的3名人员，分别为A、B及C。另外5名人士则是D、E… gives each of A to E
校董 of 法团校董会. :func:`read_joined_boards` reads them; :func:`zhkg.relate.roles.read_roles_after` calls it.

The announcing clause is a verb of appointing (委任, 任命, 委派, 增补), maybe a count (8名), a title (a role word or a
member word), 加入 or 进入, and the body: an organisation an extractor named, or a board with no name of its own
(:data:`zhkg.relate.roles_title_body._NAMELESS_BOARDS`, derived), maybe after 该校, 该会 or 学校的. The people are those
named after a word opening a list (分别为, 分别是, 则是, 名单为, 包括) in the sentences after it, up to
:data:`_MAX_LIST_SENTENCES`: the first of them a verb of appointing before the word (是次委任的3名人员，分别为…), each
next one right after the one before (另外5名人士则是…).

Caveats
-------
* The announcing sentence's own list (委任A、B加入…) is the listed-appointee reader's; a list not opened by one of
  those words (…。A、B获委任) is not read, nor a sentence after one with no such word.
* Everyone named after the word is read, a person in a description included (前校长A的学生B): the form names the
  appointees one after another, with their present posts before their names.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_title_body import _NAMELESS_BOARDS
from zhkg.text import first_at, first_ending

__all__ = ["read_joined_boards"]


#: A verb of appointing, a count maybe after it, before the title: 委任8名, 任命两位, 委派.
_APPOINTING = re.compile(r"(?:委任|任命|委派|增补)了?(?:[0-9０-９一二三四五六七八九十两]+[名位])?")
#: The verbs of joining a body after the title.
_JOINING = ("加入", "进入")
#: Words naming the body's owner the article is about, before a board with no name: 加入该校法团校董会.
_OWNERS = ("学校的", "该校", "该会", "本校")
#: The words opening the list of the people appointed, in the sentences after.
_LIST_OPENERS = ("分别为", "分别是", "则是", "名单为", "包括")
#: The most sentences after the announcing one read for its list.
_MAX_LIST_SENTENCES = 3


def _title_before(ctx: RelationContext, at: int) -> str:
    """The title (a role word or a member word) ending at ``at`` right after a verb of appointing, or ""."""
    simplified = ctx.simplified
    title = ctx.lexicon.role_ending(simplified, at) or first_ending(simplified, ctx.lexicon.member_words, at)
    start = at - len(title)
    verb = next((v for v in _APPOINTING.finditer(simplified, max(0, start - 8), start) if v.end() == start), None)
    return title if title and verb is not None and verb.group() else ""


def _body_after(ctx: RelationContext, at: int) -> Mention | None:
    """The body joined, written at ``at`` (an owner's word maybe before a board with no name), or ``None``."""
    at += len(first_at(ctx.simplified, _OWNERS, at))
    named = ctx.org_starting_at.get(at)
    if named is not None:
        return named
    board = first_at(ctx.simplified, _NAMELESS_BOARDS, at)
    if not board or ctx.any_between(at, at + len(board)):
        return None
    return ctx.derive_organisation(at, at + len(board))


def read_joined_boards(ctx: RelationContext) -> list[Relation]:
    """The people listed in the sentences after one announcing their appointment to a body (see the module)."""
    simplified = ctx.simplified
    out = []
    for join in re.finditer("|".join(_JOINING), simplified):
        title = _title_before(ctx, join.start())
        body = _body_after(ctx, join.end()) if title else None
        if body is None:
            continue
        i = ctx.sentence_index(join.start())  # the announcing sentence (none: the verb is in no sentence)
        if i < 0 or join.start() >= ctx.sentences[i][1]:
            continue
        listing = False
        for s, e in ctx.sentences[i + 1 : i + 1 + _MAX_LIST_SENTENCES]:
            opener = min((p for p in (simplified.find(w, s, e) for w in _LIST_OPENERS) if p >= 0), default=-1)
            # the list's first sentence says it is the appointment's (是次委任的…分别为); the next ones follow it at once
            if opener < 0 or not (listing or _APPOINTING.search(simplified, s, opener)):
                if listing:
                    break
                continue
            listing = True
            title_at = join.start() - len(title)
            for person in ctx.of(Label.PERSON):
                if opener < person.start < e and person in ctx.owner:  # (evidence: the announcement to the name)
                    out.append(ctx.relation(ctx.owner[person], ctx.owner[body], RelationKind.HOLDS_ROLE, title_at,
                                            person.end, ctx.text[title_at : join.start()]))
    return out
