"""A post in a clause of its own after its holder's, told by the time it was held (round roles245, issue 11).

News writes a person's earlier post in a clause after the one naming them, closed by a word of its span rather than
by the clause's end, or after a span of time that dates the move:

* a **tenure**: a verb of serving, the body and the title, then 期间, 任内 or 时期 (王明熟悉地方事务，近年担任
  华强集团总经理期间，成功…): the post was held over that span, so it is read as held before (``former``);
* a **dated move**: a span of time closed by 期间 or 时期 before the verb (王明加入政府多年，修例期间出任保安局副秘书长。):
  the post closes its clause, as :func:`zhkg.relate.roles_clauses._read_remote` reads a post after a date.
* a **post left**: a verb of leaving a post opening the clause (王明递交辞呈并获批准，卸任英国首相。; ，并辞去华强集团总经理
  一职): the post closes its clause (一职, 职务 maybe after it) and was held before.

The holder is the clause's subject: the one person (by owner) the sentence names before the clause, no object or
possessor (王明的…, 王明、李华…), and no person is named in the clause before the verb nor after the title in its
clause (…总经理期间的助手李华: the post is another's).

Caveats: the verbs of serving are 担任, 出任, 就任, 兼任 only (任 alone opens too many other words); a tenure is taken as past
(在担任市长期间 may tell a post still held, which news rarely writes after its holder's clause); a clause that names
its subject again (王明，…期间，他…) is read by the pronoun readers. This part imports only the parts before
``relate/roles.py``, never ``roles.py`` itself.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_holders import _NOT_SUBJECT_AFTER
from zhkg.relate.roles_links import _holder_and_role, _post_closes
from zhkg.relate.roles_names import _owner_of
from zhkg.text import sentence_at

__all__ = ["read_tenures"]

#: A clause opening after a comma with a verb of serving, maybe after a span of time that dates the move (修例期间)
#: and an adverb of an earlier time (近年, 此前, 曾).
_TENURE_CLAUSE = re.compile(
    r"[，,](?:(?P<span>[^，,。；;！？!?：:\n]{1,12}?(?:期间|时期))?(?:近年来|近年|早年|此前|之前|先前|曾经|曾)?"
    r"(?:担任|出任|就任|兼任)|(?:并|随后|正式|宣布)?(?P<left>卸任|辞去|辞任|请辞|卸下|离任))")

#: What may close a post left besides the clause's end: 一职, 职务, 职位 (，辞去华强集团总经理一职).
_LEFT_TAILS = ("一职", "职务", "职位")

#: What closes a post held over a span: 期间, 任内, 时期 (…担任华强集团总经理期间).
_TENURE_ENDS = ("期间", "任内", "时期")


def read_tenures(ctx: RelationContext) -> list[Relation]:
    """Posts read in a clause after their holder's, closed by a span of their tenure or dated by a span before the
    verb (module docstring).

    >>> from zhkg.records import Document, Mention
    >>> text = "王明熟悉地方事务，近年担任华强集团总经理期间，成功推动改革。"
    >>> a = Mention("d", 0, 2, "王明", "王明", Label.PERSON, "x")
    >>> b = Mention("d", 13, 17, "华强集团", "华强集团", Label.ORGANIZATION, "x")
    >>> ctx = RelationContext(Document("d", text), [a, b], {a: "p", b: "o"})
    >>> [(r.source, r.target, r.role_simplified, r.former) for r in read_tenures(ctx)]
    [('p', 'o', '总经理', True)]
    """
    simplified = ctx.simplified
    people = sorted((m for m in ctx.mentions if m.label is Label.PERSON), key=lambda m: m.start)
    out = []
    for clause in _TENURE_CLAUSE.finditer(simplified):
        comma, start = clause.start(), clause.end()
        org, role, end = _holder_and_role(ctx, start)
        if org is None:
            continue
        tenure = not clause.group("left") and simplified.startswith(_TENURE_ENDS, end)
        closes = _post_closes(ctx, end) or simplified.startswith(_LEFT_TAILS, end)
        if not (tenure or ((clause.group("span") or clause.group("left")) and closes)):
            continue
        s, _ = sentence_at(ctx.sentences, comma)
        before = [m for m in people if s <= m.start and m.end <= comma]
        if len({_owner_of(ctx, m) for m in before}) != 1 or simplified[before[0].end : before[0].end + 1] in _NOT_SUBJECT_AFTER:
            continue
        brk = CLAUSE_BREAK.search(simplified, end)
        if any(comma < m.start < start or end <= m.start < (brk.start() if brk else len(simplified)) for m in people):
            continue  # a person in the clause: its subject or the post's holder is another
        out.append(ctx.relation(_owner_of(ctx, before[0]), ctx.owner[org], RelationKind.HOLDS_ROLE, before[0].start, end,
                                ctx.text[end - len(role) : end],
                                former=tenure or bool(clause.group("left")) or "曾" in clause.group()))
    return out
