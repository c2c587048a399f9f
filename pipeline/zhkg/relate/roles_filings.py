"""Officers of the company a filing names 公司 (round roles169, issue 11, class (c) of titles166's note: a bare post
whose body the article named before).

A listed company's filing names the company once in full and then 公司: 华强电器股份有限公司（以下简称“公司”）董事会近日收到
董事、财务总监陈丽女士的书面辞职报告. The officers' titles are written bare before their names, the body being the
company. :func:`read_filing_officers` reads a chain of a company officer's titles (:data:`_OFFICER_TITLES`, joined by
、 or 兼) ending right before a name after the definition, as posts of the company defined.

Caveats: only after a definition (以下简称/下称 “公司” or “本公司”, in brackets right after the company's name); nothing
when an organisation or a place is written right before the chain (宏达投资集团董事、财务总监X: the other readers'), or
the name's clause names another organisation before the chain; a post another reader gave the person is not read again.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_names import _owner_of
from zhkg.text import CLAUSE_BREAK

__all__ = ["read_filing_officers"]

#: The definition after the company's name: （以下简称“公司”）, (下称"本公司").
_DEFINES = re.compile(r"[（(](?:以下简称|以下称|下称|简称)[“\"「『]?(?:本公司|公司)[”\"」』]?[）)]")

#: A listed company's officers' titles, the longer first.
_OFFICER_TITLES = tuple(sorted((
    "董事长", "副董事长", "董事", "独立董事", "执行董事", "非执行董事", "职工董事", "监事", "监事会主席", "职工监事",
    "总经理", "副总经理", "总裁", "副总裁", "财务总监", "财务负责人", "董事会秘书", "证券事务代表", "总会计师", "首席执行官",
    "首席财务官", "总工程师"), key=len, reverse=True))

#: What joins a chain of titles.
_JOINERS = ("、", "兼")

#: The longest chain of titles read before a name.
_MAX_CHAIN = 24


def read_filing_officers(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The bare officers' titles before names in a filing that defines its company (see the module)."""
    simplified = ctx.simplified
    definition = _DEFINES.search(simplified)
    if definition is None:
        return []
    company = ctx.org_ending_at.get(definition.start())
    if company is None:
        return []
    held = {(r.source, r.target, r.role_simplified) for r in found if r.kind is RelationKind.HOLDS_ROLE}
    target = ctx.owner[company]
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON and m.start > definition.end()):
        chain = _chain_before(ctx, person)
        if not chain or _other_body_before(ctx, chain[0][0], company):
            continue
        source = _owner_of(ctx, person)
        for at, title in chain:
            if (source, target, title) not in held:
                held.add((source, target, title))
                out.append(ctx.relation(source, target, RelationKind.HOLDS_ROLE, at, person.end,
                                        ctx.text[at : at + len(title)]))
    return out


def _chain_before(ctx: RelationContext, person: Mention) -> list[tuple[int, str]]:
    """The officers' titles (where, title) joined by 、 or 兼 that end right before ``person``, the longest chain;
    ``[]`` when none does, or a body or a place ends where it opens."""
    simplified = ctx.simplified
    best: list[tuple[int, str]] = []
    for k in range(person.start - 2, max(-1, person.start - _MAX_CHAIN), -1):
        chain = _chain_from(simplified, k, person.start)
        if chain:
            best = chain
    if not best or best[0][0] in ctx.org_ending_at or best[0][0] in ctx.place_ending_at:
        return []
    return best


def _chain_from(simplified: str, at: int, end: int) -> list[tuple[int, str]]:
    """The officers' titles joined by 、 or 兼 from ``at`` to exactly ``end``, or ``[]``."""
    chain = []
    while True:
        title = next((t for t in _OFFICER_TITLES if simplified.startswith(t, at) and at + len(t) <= end), None)
        if title is None:
            return []
        chain.append((at, title))
        at += len(title)
        if at == end:
            return chain
        joiner = next((j for j in _JOINERS if simplified.startswith(j, at)), None)
        if joiner is None:
            return []
        at += len(joiner)


def _other_body_before(ctx: RelationContext, at: int, company: Mention) -> bool:
    """Whether the clause before ``at`` names an organisation other than ``company``."""
    brk = [b.end() for b in CLAUSE_BREAK.finditer(ctx.simplified, 0, at)]
    clause = brk[-1] if brk else 0
    return any(m.label is Label.ORGANIZATION and clause <= m.start and m.end <= at
               and ctx.owner[m] != ctx.owner[company] for m in ctx.mentions + ctx.derived)
