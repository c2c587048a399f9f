"""The recogniser's organisations run over a dealer's word before them (商家|红星美凯龙, 厂家|美的电器).

Consumer and property news writes a company right after the word for who sells or makes its goods (殃及商家红星美凯龙
与居然之家, 厂家美的电器表示). The recogniser, trained on a press that names bodies in full, reads the word into the
name. A dealer's or maker's word first (商家, 厂家, 厂商, 经销商, 商户, 卖场, 供应商) as one jieba word, with two
letters or more after it, is cut off: no body's name opens with one of these words. Only the recogniser's
organisations are cut; a rule's spans are its own.

Tried and left out: cutting before a verb after a known or listed name (万科|托管物业). On FinRE's tune sentences it
cut names with a verb inside (华泰|联合证券, 中国科学院|控股有限公司, 青岛啤酒|控股股东青岛啤酒集团有限公司) more often than
it cut a verb off (光大证券|转让光大保德信), and the FinRE valid recall fell (893 → 892 names).
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.extract.base import TokenTable, in_place_order
from zhkg.records import Label, Mention, MentionSource

__all__ = ["DEALER_WORDS", "trim_organisation_edges"]

#: Words for who sells or makes a company's goods, read into the company's name before it (商家|红星美凯龙).
DEALER_WORDS = frozenset("商家 厂家 厂商 经销商 商户 卖场 供应商".split())


def _trimmed(m: Mention, table: TokenTable) -> tuple[int, int]:
    first = table.word_at(m.start)
    if first is not None and first.idx == m.start and first.text in DEALER_WORDS and m.end - first.end >= 2:
        return first.end, m.end  # 商家|红星美凯龙
    return m.start, m.end


def trim_organisation_edges(mentions: list[Mention], text: str, table: TokenTable | None,
                            original: str = "") -> list[Mention]:
    """``mentions`` with the recogniser's organisations cut after a dealer's word before them (module docstring).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.base import token_table
    >>> text = "价格战殃及商家红星美凯龙"
    >>> m = Mention("d", 5, 12, text[5:12], text[5:12], Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [x.simplified for x in trim_organisation_edges([m], text, token_table(make_nlp()(text)))]
    ['红星美凯龙']
    """
    if table is None or not any(m.label is Label.ORGANIZATION and m.extractor == MentionSource.RECOGNISER
                                for m in mentions):
        return mentions
    source = original or text
    out: list[Mention] = []
    for m in mentions:
        if m.label is Label.ORGANIZATION and m.extractor == MentionSource.RECOGNISER:
            s, e = _trimmed(m, table)
            if (s, e) != (m.start, m.end):
                m = replace(m, start=s, end=e, text=source[s:e], simplified=text[s:e],
                            canonical="" if m.canonical == m.simplified else m.canonical)
        out.append(m)
    return in_place_order(out)
