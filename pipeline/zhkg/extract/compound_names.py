"""People whose compound surname the recogniser cuts (issue 15).

The recogniser learnt few compound surnames (令狐, 夏侯, 公孙 …: ``surnames.txt``). Where jieba holds the given name
as a word of its own it reads the surname alone (宇文|海洋|说 → 宇文), the given name glued to the verb (钟离|春说 →
钟离春说) or, where jieba cuts the surname itself (公|孙志强, 长|孙建军), a single-surname name from its second
letter (孙志强). The rules' ``people:compound`` reading (``zhkg.extract.people``) gives the span in the first two
cases; a compound surname jieba cut, opening a clause, gives it in the last.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import SpanIndex, is_han

__all__ = ["settle_compound_surnames"]


def settle_compound_surnames(model: list[Mention], people: list[Mention], text: str, table: TokenTable | None,
                             lexicon: Lexicon) -> list[Mention]:
    """The recogniser's people, each on its compound surname's name where it read a part of it.

    * A ``people:compound`` name covering the model's person, or all of it but the verb of saying glued after it
      (宇文|海洋说 → 宇文海洋; 钟离春|说 → 钟离春), replaces it.
    * A person whose first letter ends a compound surname whose first letter jieba made a word of its own, opening
      the text or a clause (公|孙志强是 → 公孙志强), takes that letter in.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> from zhkg.stages.segment import make_segmenter, token_table
    >>> per = lambda t, s, e, src: Mention("d", s, e, t[s:e], t[s:e], Label.PERSON, src)
    >>> t = "公孙志强是军人。宇文海洋说，好。"
    >>> model = [per(t, 1, 4, "crf"), per(t, 8, 10, "crf")]
    >>> rules = [per(t, 8, 12, MentionSource.PEOPLE_COMPOUND)]
    >>> [m.text for m in settle_compound_surnames(model, rules, t, token_table(make_segmenter()(t)), load_lexicon())]
    ['公孙志强', '宇文海洋']
    """
    compound = SpanIndex(p for p in people if p.extractor == MentionSource.PEOPLE_COMPOUND)
    out = []
    for m in model:
        if m.label is Label.PERSON:
            r = next((r for r in compound.overlapping(m) if r.start <= m.start and m.end <= r.end + 1
                      and (m.end <= r.end or text[r.end] in "说称道")), None)
            if r is not None:
                m = replace(m, start=r.start, end=r.end, text=r.text, simplified=r.simplified, canonical="")
            elif _cut_compound_surname(m, text, table, lexicon):
                m = replace(m, start=m.start - 1, text=text[m.start - 1:m.end], simplified=text[m.start - 1:m.end],
                            canonical="")
        out.append(m)
    return out


def _cut_compound_surname(m: Mention, text: str, table: TokenTable | None, lexicon: Lexicon) -> bool:
    """Whether the letter before a person and its first make a compound surname jieba cut (公|孙志强), the letter a
    word of its own opening the text or a clause, the name after it a surname's and one or two letters."""
    at = m.start - 1
    if table is None or at < 0 or text[at:m.start + 1] not in lexicon.compound_surnames \
            or not 3 <= m.end - m.start <= 3 or not all(is_han(ch) for ch in text[m.start:m.end]):
        return False
    word = table.word_at(at)
    return word is not None and word.idx == at and word.end == m.start \
        and (at == 0 or not is_han(text[at - 1]))
