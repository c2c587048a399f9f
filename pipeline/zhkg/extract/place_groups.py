"""Words for a place's people or firms (陆客, 陆生, 台商, 港人, 韩媒), which are no person's name.

Taiwan's, Hong Kong's and the mainland's press shorten a group by a place's one-letter abbreviation and a noun of
people or firms: 陆客 (mainland tourists), 陆生 (mainland students), 陆配 (mainland spouses), 台商 (Taiwanese
businessmen), 港人, 华侨, 韩媒 (Korea's press). When the letter is also a surname (陆, 华, 韩, 欧, 马) the recogniser
reads the word as a person (陆客 as a 陆). The words are built from the two lists below as facts of the language,
not from names seen; transliterated names they would spell (华生, Watson) are left out.
"""

from __future__ import annotations

__all__ = ["PLACE_GROUP_WORDS"]

# one-letter abbreviations of a place: the mainland, Taiwan, Hong Kong, Macau, Chinese abroad, Korea, Japan, the
# US, Europe, Malaysia, foreign
_PLACE_LETTERS = "陆台港澳华侨韩日美欧马外"
# nouns of people or firms after them: tourists, students, spouses, businessmen, compatriots, firms, capital,
# press, people, workers, troops
_GROUP_NOUNS = "客生配商胞企资媒民工军籍人"
# words the product spells that are names or other words far more often
_NOT_GROUPS = frozenset({"华生", "马生", "马工", "日生", "美生", "外生", "日工", "美人", "外人", "马军", "欧民"})

#: Every such word (陆客, 台商, 港人 …), Simplified.
PLACE_GROUP_WORDS = frozenset(a + b for a in _PLACE_LETTERS for b in _GROUP_NOUNS) - _NOT_GROUPS
