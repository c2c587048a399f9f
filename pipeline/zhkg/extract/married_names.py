"""Hong Kong married women's names the recogniser cuts one letter short (issue 15).

Hong Kong writes a married woman with her husband's surname before her own name: 周梁淑怡 (周 + 梁淑怡), 范徐丽泰,
曾范兴健. jieba, which knows no such name, builds the four letters into one word of its own (tag x); the recogniser,
which learnt mostly three-letter names, may read the first three (周梁淑). Such a person takes the fourth letter in
when jieba's own word of four letters starts where the person does, its first two letters are two one-letter
surnames (not one compound surname), and the fourth is a letter given names mostly use (``name_chars.tsv`` given
rate ≥ 0.08: 怡 0.65, 泰 0.10, 健 0.09).

On the train splits' gold (MSRA train less dev, CLUENER train less dev, Weibo and Universal NER train), a person
whose first two letters are surnames and whom jieba's word of four letters covers is the four letters 4 times
(周梁淑怡 twice, 范徐丽泰, 曾范兴健) and three letters with a glued word's letter after it 8 times (倪夏莲|以, 林景文|因,
袁吉荣|富, 孔金荣|诉, 王景茂|为, 邹常忠|家 …): those letters' given rates are all below 0.07.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.records import Label, Mention
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import SpanIndex, is_han

__all__ = ["married_names_whole"]

#: the least given rate of a married name's last letter (怡 0.65, 泰 0.10, 健 0.09; 富 0.068, 家 0.015, 以 0.002)
_LAST_LETTER_MIN_RATE = 0.08


def married_names_whole(mentions: list[Mention], text: str, table: TokenTable | None,
                        lexicon: Lexicon) -> list[Mention]:
    """The mentions, a person of three letters cut inside a married woman's name of four taken whole.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> from zhkg.stages.segment import make_segmenter, token_table
    >>> t = "议员周梁淑怡指出"
    >>> ms = [Mention("d", 2, 5, "周梁淑", "周梁淑", Label.PERSON, "crf")]
    >>> [m.text for m in married_names_whole(ms, t, token_table(make_segmenter()(t)), load_lexicon())]
    ['周梁淑怡']
    """
    if table is None:
        return mentions
    index: SpanIndex | None = None  # built for the first name cut short: most documents have none
    out = []
    for m in mentions:
        if m.label is Label.PERSON and m.end - m.start == 3 and _cut_married_name(m, text, table, lexicon):
            if index is None:
                index = SpanIndex(mentions)
            probe = replace(m, start=m.end, end=m.end + 1)
            if not index.overlapping(probe):
                name = text[m.start:m.end + 1]
                m = replace(m, end=m.end + 1, text=name, simplified=name, canonical="")
        out.append(m)
    return out


def _cut_married_name(m: Mention, text: str, table: TokenTable, lexicon: Lexicon) -> bool:
    word = table.word_at(m.start)
    if word is None or word.idx != m.start or word.tag != "x" or len(word.text) != 4 or word.text[:3] != text[m.start:m.end]:
        return False
    first, second, last = word.text[0], word.text[1], word.text[3]
    return first in lexicon.surnames and second in lexicon.surnames and word.text[:2] not in lexicon.surnames \
        and is_han(last) and lexicon.given_rates.get(last, 0.0) >= _LAST_LETTER_MIN_RATE
