"""Authorship: the byline's people and the sign-off office are AUTHOR_OF the document;
the source line's outlet PUBLISHED it.

A name in brackets is a byline where a byline stands: at the start of a line or the article, after a stop, a
dateline's 电/讯 or a credit's title (记者, 作者, 通讯员, outside the brackets or inside before the name), before a
credit (/文, /图, 摄, 报道), or closing the article or its line. Right after a word in mid-sentence it glosses
that word (阿郎(何剑雄), 商人(罗斯), 数据图(左图)): no byline.
"""

from __future__ import annotations

import re

from zhkg.records import Label, MentionSource, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.text import is_han

__all__ = ['read_authorship']
_AUTHOR_SOURCES = (MentionSource.PEOPLE_BYLINE, MentionSource.PEOPLE_REPORTER)
# 饰 (plays) closing a bracket after a name: an actor's credit for a role, which the byline's form also fits
_CREDIT = re.compile(r"\s*饰(?:演)?\s*[)）]")
# what may end the text right before a byline's opening bracket, though a letter ends it: a dateline or a credit's title
_BEFORE_BYLINE = re.compile(r"(?:电|讯|记者|作者|通讯员|报道|摄影)$")
# a credit right after a byline's closing bracket: (张三)/文, (张三)摄, (张三)报道
_AFTER_BYLINE = re.compile(r"\s*(?:/\s*[文图]|摄|报道)")
# a credit's title inside the brackets before the name: 考试报（记者 马海丽）
_TITLE_INSIDE = re.compile(r"记者|作者|通讯员|摄影|实习生|编辑")
_CLOSE = re.compile(r"[)）]")
# a stop that would make what follows a byline's bracket more than a line's tail (…(李娟) 我要评论)
_STOP = re.compile(r"[。！？!?；;，,]")
# how many letters a line may go on after a byline that closes it (Sina's 我要评论)
_TAIL = 8


def read_authorship(ctx: RelationContext) -> list[Relation]:
    """AUTHOR_OF and PUBLISHED edges from the byline, the sign-off and the source line to the document."""
    doc, doc_node = ctx.doc, ctx.doc_node
    out = []
    head = ctx.text[:200]
    for m in ctx.mentions:
        if m.label is Label.PERSON and m.extractor in _AUTHOR_SOURCES:
            if _CREDIT.match(ctx.simplified, m.end):
                continue  # an actor's credit for a role in brackets (许仙(任泉饰)), no byline
            if m.extractor == MentionSource.PEOPLE_BYLINE and not _stands_as_byline(ctx.simplified, m.start, m.end):
                continue  # a name glossing the word before it (阿郎(何剑雄)), no byline
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


def _stands_as_byline(simplified: str, start: int, end: int) -> bool:
    """Whether the bracketed name at ``start``-``end`` stands where a byline does: not right after a word in
    mid-sentence, unless that word is a dateline's or a credit's, a credit follows, or its line ends there."""
    opening = max(simplified.rfind("(", 0, start), simplified.rfind("（", 0, start))
    if opening <= 0:
        return True
    before = simplified[opening - 1]
    if not (is_han(before) or before.isalnum()) or _BEFORE_BYLINE.search(simplified, max(0, opening - 3), opening) \
            or _TITLE_INSIDE.search(simplified, opening, start):
        return True  # the line's start, a stop, a space or a quote before it; 电(张曦), 记者(张曦), 报（记者 马海丽）
    close = _CLOSE.search(simplified, end)
    if close is None:
        return True
    line_end = simplified.find("\n", close.end())
    tail = simplified[close.end():line_end if line_end >= 0 else len(simplified)]
    return bool(_AFTER_BYLINE.match(tail)) or (len(tail.strip()) <= _TAIL and not _STOP.search(tail))
