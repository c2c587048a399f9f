"""People listed with bare titles before 等 and a body's group of officers, who hold those titles of that body
(round roles286, issue 11): 周年大会有会长王明及主席李强等足总高层出席 (会长 and 主席 of 足总), 董事长王明、总经理李强等公司
管理层 (the company's word of kind, resolved as for any holder: :func:`zhkg.relate.roles_implied.resolve_generic_holders`).
Read after the other role readers by :func:`zhkg.relate.roles.read_roles_after`.

Caveats
-------
* Each person's title must be bare: a body written right before it (华强集团董事长王明、总经理李强等足总高层) makes the
  title that body's, read by the other readers, and ends the list there.
* The list is joined by 、, 及, 和, 与 or 以及, nothing else between a name and the next title; 等 must follow the last
  name at once (王明等人…, 王明等3名足总高层 are other forms).
"""

from __future__ import annotations

from zhkg.records import Label, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.text import LIST_JOINER_WORDS, first_at, first_ending

__all__ = ["read_group_heads"]


#: The words after a body that name a group of its officers: 等足总高层, 等公司管理层, 等协会负责人.
_GROUPS = ("高层", "管理层", "领导层", "领导", "负责人", "官员", "干部", "代表", "成员")


#: The mark of a list's end before the body.
_AND_OTHERS = "等"


def read_group_heads(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The bare titles of the people listed before 等 + body + a word of its officers (:data:`_GROUPS`), each of that
    body: 会长王明及主席李强等足总高层 (see the module); posts ``found`` already holds are not read again."""
    simplified = ctx.simplified
    people = {m.end: m for m in ctx.of(Label.PERSON) if m in ctx.owner}
    have = {(r.source, r.target, r.role_simplified) for r in found}
    out = []
    for body in ctx.of(Label.ORGANIZATION):
        if body not in ctx.owner or simplified[body.start - 1 : body.start] != _AND_OTHERS \
                or not first_at(simplified, _GROUPS, body.end):
            continue
        at = body.start - 1
        while (person := people.get(at)) is not None:
            role = ctx.lexicon.role_ending(simplified, person.start)
            title_at = person.start - len(role)
            if not role or ctx.org_ending_at.get(title_at) is not None or ctx.place_ending_at.get(title_at) is not None:
                break  # no title, or one of a body written before it
            key = (ctx.owner[person], ctx.owner[body], role)
            if key not in have:
                have.add(key)
                out.append(ctx.relation(key[0], key[1], RelationKind.HOLDS_ROLE, title_at, body.end,
                                        ctx.text[title_at : person.start]))
            joiner = first_ending(simplified, LIST_JOINER_WORDS, title_at)
            at = title_at - len(joiner) if joiner else -1
    return out
