"""A bare title given in a clause parallel to one naming its body (round roles245, issue 11).

Boards and governments announce their officers in clauses of one form, the body written in the first only: 选举王明
先生为战略委员会主席，李华先生为委员; 任命王明为华强集团总经理，李华为副总经理. The clause after the first's post, a person,
the same verb (为, 任, 出任, 担任) and a bare title closing it, gives that person the title of the first clause's body
(:func:`read_parallel_posts`).

Caveats: the first clause's post must be one a reader found, ending right at the comma or semicolon before the second
person; the verbs must be the same, and the second's title closes its clause (一职 maybe after it), so a clause going
on to another body (李华为华强集团副总经理) is the link readers'. This part imports only the parts before
``relate/roles.py``.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_links import _post_closes
from zhkg.relate.roles_names import _owner_of
from zhkg.relate.roles_titles import _role_at

__all__ = ["read_parallel_posts"]

#: After a name in such a clause: a courtesy title maybe, then the verb giving the post.
_GIVEN = re.compile(r"(?:先生|女士)?(?P<verb>出任|担任|为|任)")

#: What ends the first clause before the second person: a comma or a semicolon.
_CLAUSE_JOINS = frozenset("，,；;")


def read_parallel_posts(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The people given a bare title in a clause parallel to the one before, whose post in ``found`` names the body
    (module docstring).

    >>> from zhkg.records import Document, Mention
    >>> text = "选举王明为战略委员会主席，李华为委员。"
    >>> a, c = Mention("d", 2, 4, "王明", "王明", Label.PERSON, "x"), Mention("d", 13, 15, "李华", "李华", Label.PERSON, "x")
    >>> b = Mention("d", 5, 10, "战略委员会", "战略委员会", Label.ORGANIZATION, "x")
    >>> ctx = RelationContext(Document("d", text), [a, b, c], {a: "p", b: "o", c: "q"})
    >>> first = ctx.relation("p", "o", RelationKind.HOLDS_ROLE, 2, 12, "主席")
    >>> [(r.source, r.target, r.role_simplified) for r in read_parallel_posts(ctx, [first])]
    [('q', 'o', '委员')]
    """
    simplified = ctx.simplified
    people = {m.start: m for m in ctx.of(Label.PERSON) if m in ctx.owner}
    have = {(r.source, r.target, r.role_simplified) for r in ctx.read + found}
    out = []
    for r in found:
        comma = r.evidence.end
        if r.kind is not RelationKind.HOLDS_ROLE or simplified[comma : comma + 1] not in _CLAUSE_JOINS:
            continue
        second = people.get(comma + 1)
        given = _GIVEN.match(simplified, second.end) if second is not None else None
        if given is None or _owner_of(ctx, second) == r.source:
            continue
        role = _role_at(ctx, given.end())
        end = given.end() + len(role or "")
        if role is None or not _post_closes(ctx, end):
            continue
        # the first clause: its holder, the same verb, then the body (王明先生为|战略委员会主席)
        brk = max([b.end() for b in CLAUSE_BREAK.finditer(simplified, 0, comma)] + [0])
        first = [m for m in people.values() if brk <= m.start and m.end < comma and _owner_of(ctx, m) == r.source]
        verb = _GIVEN.match(simplified, first[-1].end) if first else None
        if verb is None or verb.group("verb") != given.group("verb"):
            continue
        key = (_owner_of(ctx, second), r.target, role)
        if key not in have:
            have.add(key)
            out.append(ctx.relation(*key[:2], RelationKind.HOLDS_ROLE, second.start, end,
                                    ctx.text[given.end() : end], former=r.former))
    return out
