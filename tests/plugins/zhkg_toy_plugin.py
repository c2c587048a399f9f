"""A toy zhkg plug-in, written as a third party would: it only imports zhkg's public API.

It finds supplies (口罩, 防护服, 消毒液) as a new entity type SUPPLY, counts of them as
a second extractor that needs the first, and reads "person 捐赠 … supply" in one
sentence as a DONATED relation.
"""

from __future__ import annotations

import re

from zhkg import Label, Relation, RelationKind, register_extractor, register_label, register_relation_reader
from zhkg.extract.base import doc_text, make_mention

SUPPLY = register_label("SUPPLY", colour=(142, 68, 173))
DONATED = RelationKind.define("DONATED")
_SUPPLIES = re.compile("口罩|防护服|消毒液")


@register_extractor("supplies", labels=(SUPPLY,))
def extract_supplies(doc, context):
    text = doc_text(doc)
    return [make_mention(doc, m.start(), m.end(), SUPPLY, "supplies", canonical=m.group())
            for m in _SUPPLIES.finditer(text)]


@register_extractor("supply_counts", labels=(SUPPLY,), requires=("supplies",))
def extract_supply_counts(doc, context):
    return []


@register_relation_reader("donations", kinds=(DONATED,))
def read_donations(ctx) -> list[Relation]:
    out = []
    for person in ctx.of(Label.PERSON):
        give = ctx.simplified.find("捐赠", person.end)
        if give < 0:
            continue
        for supply in ctx.of(SUPPLY):
            if supply.start > give and ctx.simplified.find("。", person.end, supply.start) < 0:
                out.append(ctx.relation(ctx.owner[person], ctx.owner[supply], DONATED, person.start, supply.end))
    return out
