"""People named after a count of a body's holders, as Hong Kong's and Taiwan's press list a board's or a council's
members: 委任…为通讯局副主席，4名现任成员，即陈晓峰、罗富源、许华杰和梁兆辉教授获再度委任; 该会两名副主席分别为陈大文及李小明.
Each person listed holds the title counted (round roles199, issue 11): a role word gives ``HOLDS_ROLE`` (read by
:func:`zhkg.relate.roles.read_roles_after`), a member word (成员, 委员会成员) ``MEMBER_OF`` (read by
:func:`zhkg.relate.membership.read_membership`).

The body is the one written right before the count (通讯局4名成员) or, when none is, the organisation named last
before the count in its sentence (…为通讯局副主席，4名现任成员…: 通讯局).

Caveats
-------
* The title counted is bare (a qualifier such as 现任, 新任 maybe before it) and the names follow it after 即, 分别为,
  分别是, 分别由 (…出任), 包括 or a colon, maybe after a comma.
* The count must be the number of people listed (4名…即A、B、C和D): a list shorter or longer, or one the recognisers
  cut, is left unread, as is a list with anything but a joiner (、, 和, 及, 与, 以及) or an honorific (教授, 博士…) between
  two names.
* Nothing when no organisation is named before the count in its sentence, or a person is named between that
  organisation and the count (通讯局主席陈大文表示，4名成员即…: nothing).
"""

from __future__ import annotations

import re

from zhkg.extract.numerals import read_number
from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_names import _owner_of
from zhkg.text import LIST_JOINER_WORDS, first_at, sentence_start

__all__ = ["read_counted_holders"]


#: A count of people: digits (half or full width) or a numeral up to ten, and its measure word; no digit or numeral
#: before it (十二名: no count of 2 in it).
_COUNT = re.compile(r"(?<![0-9０-９一二两三四五六七八九十百千])([0-9０-９]{1,2}|[一二两三四五六七八九十])[名位个]")

#: Qualifiers between the count and the title (4名现任成员, 两名新任副主席), the longer first.
_QUALIFIERS = ("现任", "新任", "候补", "常任", "非官方", "官方", "新", "现")

#: What opens the list of names after the title, the longer first (，即 before 即).
_OPENERS = ("，分别为", "，分别是", "，分别由", "，包括", "，即", ",即", "分别为", "分别是", "分别由", "包括", "即", "：", ":")

#: Honorifics a listed name may carry (梁兆辉教授).
_HONORIFICS = ("教授", "博士", "先生", "女士", "医生", "律师", "议员")

#: The longest title counted.
_MAX_TITLE = 8

def _title_after(ctx: RelationContext, at: int, words: tuple[str, ...]) -> tuple[int, int, int] | None:
    """The start and end of the bare title of ``words`` written from ``at`` (a qualifier maybe before it) and the
    end of the opener of the list after it, or None."""
    simplified = ctx.simplified
    at += len(first_at(simplified, _QUALIFIERS, at))
    for end in range(min(len(simplified), at + _MAX_TITLE), at, -1):
        opener = first_at(simplified, _OPENERS, end)
        if opener and first_at(simplified[at:end], words, 0) == simplified[at:end]:
            return at, end, end + len(opener)
    return None


def _listed_from(ctx: RelationContext, at: int, people: list[Mention]) -> list[Mention]:
    """The people listed from ``at``, joined by :data:`LIST_JOINER_WORDS`, each maybe with an honorific after the name."""
    simplified = ctx.simplified
    listed: list[Mention] = []
    while (person := next((m for m in people if m.start == at), None)) is not None:
        listed.append(person)
        at = person.end + len(first_at(simplified, _HONORIFICS, person.end))
        joiner = first_at(simplified, LIST_JOINER_WORDS, at)
        if not joiner:
            break
        at += len(joiner)
    return listed


def _body_before(ctx: RelationContext, count_at: int) -> Mention | None:
    """The organisation written right before the count, else the one named last before it in its sentence, with no
    person named between."""
    sentence = sentence_start(ctx.simplified, count_at)
    before = [m for m in ctx.mentions if sentence <= m.start and m.end <= count_at
              and m.label in (Label.ORGANIZATION, Label.PERSON) and m in ctx.owner]
    last = max(before, key=lambda m: (m.end, -m.start), default=None)
    return last if last is not None and last.label is Label.ORGANIZATION else None


def read_counted_holders(ctx: RelationContext, kind: RelationKind = RelationKind.HOLDS_ROLE) -> list[Relation]:
    """The people listed after a count of holders of a title (the module's docstring): ``HOLDS_ROLE`` of a role
    word, or ``MEMBER_OF`` of a member word with ``kind`` so."""
    words = ctx.lexicon.member_words if kind is RelationKind.MEMBER_OF else ctx.lexicon.role_words
    people = sorted((m for m in ctx.of(Label.PERSON) if m in ctx.owner), key=lambda m: (m.start, -m.end))
    out = []
    for count in _COUNT.finditer(ctx.simplified):
        found = _title_after(ctx, count.end(), words)
        if found is None:
            continue
        title_at, title_end, list_at = found
        listed = _listed_from(ctx, list_at, people)
        if len(listed) != read_number(count.group(1)):
            continue
        body = _body_before(ctx, count.start())
        if body is None:
            continue
        role = ctx.text[title_at:title_end]
        for person in listed:
            out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[body], kind, body.start, person.end, role))
    return out
