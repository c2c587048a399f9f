"""Authorship: the byline's people and the sign-off office are AUTHOR_OF the document;
the source line's outlet PUBLISHED it.
"""

from __future__ import annotations

import re

from zhkg.records import Label, MentionSource, Relation, RelationKind
from zhkg.relate.base import RelationContext

__all__ = ['read_authorship']
_AUTHOR_SOURCES = (MentionSource.PEOPLE_BYLINE, MentionSource.PEOPLE_REPORTER)
# 饰 (plays) closing a bracket after a name: an actor's credit for a role, which the byline's form also fits
_CREDIT = re.compile(r"\s*饰(?:演)?\s*[)）]")


def read_authorship(ctx: RelationContext) -> list[Relation]:
    """AUTHOR_OF and PUBLISHED edges from the byline, the sign-off and the source line to the document."""
    doc, doc_node = ctx.doc, ctx.doc_node
    out = []
    head = ctx.text[:200]
    for m in ctx.mentions:
        if m.label is Label.PERSON and m.extractor in _AUTHOR_SOURCES:
            if _CREDIT.match(ctx.simplified, m.end):
                continue  # an actor's credit for a role in brackets (许仙(任泉饰)), no byline
            out.append(ctx.relation(ctx.owner[m], doc_node, RelationKind.AUTHOR_OF, m.start, m.end))
        elif m.label is Label.ORGANIZATION:
            line_end = ctx.text.find("\n", m.start)
            line = ctx.text[ctx.text.rfind("\n", 0, m.start) + 1 : line_end if line_end >= 0 else len(ctx.text)]
            if doc.source and m.text in doc.source and m.start < len(head):
                out.append(ctx.relation(ctx.owner[m], doc_node, RelationKind.PUBLISHED, m.start, m.end))
            elif doc.signoff and line.strip() == doc.signoff and m.text == doc.signoff:
                out.append(ctx.relation(ctx.owner[m], doc_node, RelationKind.AUTHOR_OF, m.start, m.end))
            elif doc.kind == "related" and re.match(r"^[-—\s]*(?:[\u4e00-\u9fff]{0,8}客户端)?\d{1,2}月\d{1,2}日讯", ctx.simplified[m.end : m.end + 20]):
                out.append(ctx.relation(ctx.owner[m], doc_node, RelationKind.PUBLISHED, m.start, m.end))
    return out
