"""Parties named without 党 before a party's own word (时代力量|党主席, 时代力量|党团, 人民力量|党鞭).

Taiwan and Hong Kong news write a party whose name has no 党 (时代力量, 人民力量) straight before a word that
opens with 党: its chairman (党主席), its caucus (党团), its whip (党鞭), its branch (党部). The recogniser reads
the 党 into the name (时代力量党); the name the party goes by is the one ``organisations_known.tsv`` lists, and
the 党 is the role's. A listed name that ends in 党 (民进党, 国民党) is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.records import Label, Mention
from zhkg.resources.lexicon import Lexicon

__all__ = ["cut_party_words"]

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
