"""The recogniser's organisations run over their edges: a dealer's word before a company (商家|红星美凯龙), a verb after one
(万科|托管物业).

Consumer and property news writes a company right after the word for who sells its goods (殃及商家红星美凯龙与居然之家,
厂家美的表示) and right before what it does (万科托管物业, 万科托管莲花河畔物业). The recogniser, trained on a press that
names bodies in full, reads the dealer's word or the verb and its object into the name. Two edges are cut:

* a dealer's or maker's word first (商家, 厂家, 厂商, 经销商, 商户, 卖场, 供应商) as one jieba word, and two letters or
  more after it: the name starts after the word (no body's name opens with one of these words);
* a known organisation (``organisations_known.tsv``) or a listed company's short name (``companies_listed.tsv``)
  first, then a verb jieba tags ``v`` of two letters or more: the name ends before the verb (a verbal noun, ``vn``,
  is a name's own word: 万科|发展|中心 stays whole).

Only the recogniser's organisations are cut; a rule's spans are its own.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.extract.base import TokenTable
from zhkg.extract.listed_companies import stock_short_names
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon

__all__ = ["trim_organisation_edges"]

#: Words for who sells or makes a company's goods, read into the company's name before it (商家|红星美凯龙).
DEALER_WORDS = frozenset("商家 厂家 厂商 经销商 商户 卖场 供应商".split())


def _trimmed(m: Mention, text: str, table: TokenTable, known: frozenset[str] | set[str]) -> tuple[int, int]:
    start, end = m.start, m.end
    first = table.word_at(start)
    if first is not None and first.idx == start and first.text in DEALER_WORDS and end - first.end >= 2:
        start = first.end  # 商家|红星美凯龙
    i = start + 2
    while i < end:
        word = table.word_at(i)
        if word is None:
            break
        if word.idx == i and word.tag == "v" and len(word.text) >= 2 and text[start:i] in known:
            return start, i  # 万科|托管物业
        i = word.end if word.end > i else i + 1
    return start, end


def trim_organisation_edges(mentions: list[Mention], text: str, table: TokenTable | None, lexicon: Lexicon,
                            original: str = "") -> list[Mention]:
    """``mentions`` with the recogniser's organisations cut at a dealer's word before them or a verb after a known
    name (module docstring).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.base import token_table
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "业主将就万科托管物业表决"
    >>> m = Mention("d", 4, 10, text[4:10], text[4:10], Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [x.simplified for x in trim_organisation_edges([m], text, token_table(make_nlp()(text)), load_lexicon())]
    ['万科']
    """
    if table is None or not any(m.label is Label.ORGANIZATION and m.extractor == MentionSource.RECOGNISER
                                for m in mentions):
        return mentions
    known = set(lexicon.known_organisations) | stock_short_names(lexicon)
    source = original or text
    out: list[Mention] = []
    for m in mentions:
        if m.label is Label.ORGANIZATION and m.extractor == MentionSource.RECOGNISER:
            s, e = _trimmed(m, text, table, known)
            if (s, e) != (m.start, m.end):
                m = replace(m, start=s, end=e, text=source[s:e], simplified=text[s:e],
                            canonical="" if m.canonical == m.simplified else m.canonical)
        out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end, m.label.value))
