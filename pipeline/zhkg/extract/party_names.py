"""Parties named without 党 before a party's own word (时代力量|党主席, 时代力量|党团, 人民力量|党鞭).

Taiwan and Hong Kong news write a party whose name has no 党 (时代力量, 人民力量) straight before a word that
opens with 党: its chairman (党主席), its caucus (党团), its whip (党鞭), its branch (党部). The recogniser reads
the 党 into the name (时代力量党); the name the party goes by is the one ``organisations_known.tsv`` lists, and
the 党 is the role's. A listed name that ends in 党 (民进党, 国民党) is left as it is.

**A party's badge glued to its member's name** (orgs213): election results write the party right before each
winner (民建聯葉傲冬當選, 由工聯會吳秋北及民建聯植潔鈴當選), and the recogniser, meeting a name it has not seen, reads
both as one body (民建联植洁铃). An organisation that is a party ``organisations_known.tsv`` lists and then two or
three letters that read as a person's name (a surname and one or two letters whose rates read as a given name's:
:func:`zhkg.extract.name_scores.name_score`) is the party and the person: two mentions. Two letters that read as no name
but do with the letter after the organisation (民建联叶傲|冬当选: 傲 ends no given name, 冬 does) are a name of three
the recogniser ended early (persons227). A rest that is a known body or a
word of jieba's dictionary (民建联|会议, 民进党|中央) is no name and stays.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.extract.base import in_place_order
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import Lexicon
from zhkg.text import is_han

__all__ = ["cut_party_words", "split_party_badges"]

# what a party's name runs into: 党 and the rest of a word of the party's own (党主席, 党团, 党鞭, 党部, 党籍)
_PARTY_TAILS = ("党团", "党")


def cut_party_words(mentions: list[Mention], text: str, lexicon: Lexicon, original: str = "") -> list[Mention]:
    """Organisations ending in 党 or 党团 whose name before it is a listed party without 党, cut to that name.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "时代力量党主席表示反对。"
    >>> m = Mention("d", 0, 5, "时代力量党", "时代力量党", Label.ORGANIZATION, "crf")
    >>> [x.simplified for x in cut_party_words([m], text, load_lexicon())]
    ['时代力量']
    """
    known = lexicon.known_organisations
    out = []
    for m in mentions:
        if m.label is Label.ORGANIZATION:
            tail = next((t for t in _PARTY_TAILS if m.simplified.endswith(t) and len(m.simplified) > len(t)), "")
            stem = m.simplified[:-len(tail)] if tail else ""
            if stem and not stem.endswith("党") and known.get(stem, ("",))[0] == "party":
                end = m.end - len(tail)
                written = (original or text)[m.start:end]
                m = replace(m, end=end, text=written, simplified=stem, canonical="")
        out.append(m)
    return out


# the least a name's letters must score to be read as the party's member (list_mates' evidence from a context)
_MEMBER_SCORE = 0.004


def split_party_badges(mentions: list[Mention], text: str, lexicon: Lexicon, original: str = "") -> list[Mention]:
    """Organisations that are a listed party and then a person's name, split into the party and the person
    (module docstring).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "新界东南由民建联叶敏华当选。"
    >>> m = Mention("d", 5, 11, "民建联叶敏华", "民建联叶敏华", Label.ORGANIZATION, "crf")
    >>> [(x.simplified, x.label.value) for x in split_party_badges([m], text, load_lexicon())]
    [('民建联', 'ORGANIZATION'), ('叶敏华', 'PERSON')]
    """
    from zhkg.extract.name_scores import name_score
    from zhkg.stages.segment import dictionary_tag

    known = lexicon.known_organisations
    taken = {(m.start, m.end, m.label) for m in mentions}
    starts = {m.start for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        party = _badge(m.simplified, known) if m.label is Label.ORGANIZATION else ""
        rest = m.simplified[len(party):]
        if party and len(rest) == 2 and m.end not in starts and _cut_one_short(rest, text, m.end, lexicon):
            rest += text[m.end]  # 民建联叶傲|冬当选: the recogniser ended the member's name a letter early
            m = replace(m, end=m.end + 1, text=(original or text)[m.start:m.end + 1], simplified=m.simplified + text[m.end])
        if not party or rest in known or dictionary_tag(rest) not in ("x", "nr", "nrfg", "nrt") \
                or name_score(rest, lexicon=lexicon) < _MEMBER_SCORE:
            out.append(m)
            continue
        cut = m.start + len(party)
        written = original or text
        out.append(replace(m, end=cut, text=written[m.start:cut], simplified=party, canonical=""))
        if (cut, m.end, Label.PERSON) not in taken:
            out.append(replace(m, start=cut, text=written[cut:m.end], simplified=rest, label=Label.PERSON,
                               canonical="", code=""))
    return in_place_order(out) if len(out) != len(mentions) else out


def _cut_one_short(rest: str, text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a member's name of two letters after a party's badge (民建联叶傲) reads as no name and, with the Han
    letter after the organisation (冬), as one of three: the recogniser, meeting a name it has not seen, ended it a
    letter early (民建联叶傲|冬当选). A letter that opens the predicate (会, 将, 在, 表示's 表 is a name's letter
    seldom) or a letter already in no name stays out.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "由民建联叶傲冬当选，民建联叶傲会出任。"
    >>> [_cut_one_short("叶傲", text, e, load_lexicon()) for e in (6, 15)]
    [True, False]
    """
    from zhkg.extract.foreign_names import _NOT_IN_NAME
    from zhkg.extract.name_scores import name_score
    from zhkg.extract.people_cuts import _AUXILIARIES

    letter = text[end:end + 1]
    return bool(letter) and is_han(letter) and letter not in _NOT_IN_NAME and letter not in _AUXILIARIES \
        and name_score(rest, lexicon=lexicon) < _MEMBER_SCORE <= name_score(rest + letter, lexicon=lexicon)


def _badge(name: str, known: dict) -> str:
    """The listed party ``name`` opens with, leaving two or three letters after it, or ""."""
    for size in range(len(name) - 2, 1, -1):
        if len(name) - size <= 3 and known.get(name[:size], ("",))[0] == "party":
            return name[:size]
    return ""
