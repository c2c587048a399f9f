"""Lexicon-match features of the CRF recogniser (feature version 3).

Each lexicon is a table the package already ships, read from the shipped
files only (never a user's lexicon folder, so a model sees at run time the
features it was trained on):

* ``xg`` places outside the mainland's divisions: the world's countries, states
  and cities, Taiwan's, Hong Kong's and Macau's divisions (``place_world.tsv``,
  ``place_taiwan.tsv``, ``place_hong_kong_macau.tsv``, ``place_extra_divisions.tsv``:
  names and further names, two characters or more, less the forms
  ``place_stoplist.tsv`` calls ordinary words);
* ``xo`` well-known organisations and their full names (``organisations_known.tsv``;
  a row marked ambiguous, a common word too, left out);
* ``xn`` well-known people by every form ``people_known.tsv`` lists;
* ``xr`` role and title words (``roles.tsv``);
* ``xf`` a run of two or more transliteration characters (``foreign_name_chars.txt``),
  parts joined by a name separator (``·``);
* ``xc`` which lexicon (one letter of ``rnogf``, ``-`` for none) the characters
  just before and just after the character are in: a role word ending right
  before a character says a name may start there.

The value of ``xg`` … ``xf`` is the character's position (B, M, E, or S for a
one-character match) in a greedy longest match of that lexicon, scanned left
to right, else ``-``. Each lexicon is one precompiled trie pattern
(:func:`zhkg.text.longest_first`), so a sentence is scanned once per lexicon,
in C.

>>> lex = load_ner_lexicons()
>>> lex.positions("xr", "美国总统特朗普访问台北")
'--BE-------'
>>> lex.positions("xn", "美国总统特朗普访问台北")
'----BME----'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from zhkg.text import longest_first

__all__ = ["LEXICON_TEMPLATES", "CONTEXT_TEMPLATE", "NerLexicons", "load_ner_lexicons"]

#: The lexicon templates in feature order, each with its class letter for :data:`CONTEXT_TEMPLATE`.
LEXICON_TEMPLATES = ("xg", "xo", "xn", "xr", "xf")
#: The template of the lexicon classes of characters -1 and +1.
CONTEXT_TEMPLATE = "xc"
#: A lexicon's class letter; where matches of two lexicons overlap, the class is the first of this order's.
CLASS_LETTERS = {"xr": "r", "xn": "n", "xo": "o", "xg": "g", "xf": "f"}
#: The letters a class takes, ``-`` (none) first.
CLASSES = "-rnogf"


def _pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    words = sorted(set(words))
    if not words:
        return None
    firsts = re.escape("".join(sorted({w[0] for w in words})))
    # one test of the letter before the trie: most positions start no word
    return re.compile(f"(?=[{firsts}])" + longest_first(words))


@dataclass(frozen=True)
class NerLexicons:
    """The compiled lexicon patterns, by template; build one with :func:`load_ner_lexicons`."""

    patterns: dict[str, re.Pattern[str] | None]

    def positions(self, template: str, text: str) -> str:
        """The B/M/E/S position of each character of ``text`` in a longest match of a lexicon, ``-`` elsewhere."""
        out = bytearray(b"-" * len(text))
        pattern = self.patterns[template]
        if pattern is not None:
            for match in pattern.finditer(text):
                _mark(out, match.start(), match.end())
        return out.decode("ascii")

    def values(self, text: str) -> list[tuple[str, str]]:
        """Every lexicon template of ``text``, in feature order: ``(prefix, one letter per character)``.

        The last is :data:`CONTEXT_TEMPLATE`, two letters a character: the classes of characters -1 and +1.
        """
        n = len(text)
        out = []
        matches: dict[str, list[tuple[int, int]]] = {}
        for template in LEXICON_TEMPLATES:
            positions = bytearray(b"-" * n)
            pattern = self.patterns[template]
            found = matches[template] = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
            for start, end in found:
                _mark(positions, start, end)
            out.append((template, positions.decode("ascii")))
        classes = bytearray(b"-" * (n + 2))  # padded: classes[i + 1] is character i's
        # the class of the first lexicon in CLASS_LETTERS' order: the last written
        for template in reversed(list(CLASS_LETTERS)):
            letter = CLASS_LETTERS[template].encode("ascii")
            for start, end in matches[template]:
                classes[start + 1 : end + 1] = letter * (end - start)
        out.append((CONTEXT_TEMPLATE, classes.decode("ascii")))
        return out


def _mark(out: bytearray, start: int, end: int) -> None:
    if end - start == 1:
        out[start] = 83  # S
        return
    out[start] = 66  # B
    out[start + 1 : end - 1] = b"M" * (end - start - 2)
    out[end - 1] = 69  # E


def context_values(classes: str) -> list[str]:
    """The ``xc`` value of each character from the padded class string :meth:`NerLexicons.values` gives."""
    return [a + b for a, b in zip(classes[:-2], classes[2:])]


@lru_cache(maxsize=1)
def load_ner_lexicons() -> NerLexicons:
    """The shipped tables' lexicons, compiled once per process."""
    from zhkg.extract.foreign_names import FOREIGN_SEPARATORS
    from zhkg.extract.known_people import known_person_forms
    from zhkg.resources.gazetteer import short_forms
    from zhkg.resources.lexicon import load_lexicon

    lexicon = load_lexicon()
    full = [form for _code, name, _parent, _level, _context, aliases in lexicon.extra_divisions
            for form in (name, *aliases)]
    # 台北 for 台北市, 屯门 for 屯门区: the short forms the gazetteer reads too (none of 三重县: ``noshort``)
    shortened = [form for code, name, _parent, _level, _context, aliases in lexicon.extra_divisions
                 if code not in lexicon.unshortened_divisions for form in (name, *aliases)]
    short = [form for name in shortened for form in short_forms(name, ethnic_groups=lexicon.ethnic_groups)]
    places = [p for p in full + short if len(p) >= 2 and p not in lexicon.place_stoplist]
    organisations = [name for name, row in lexicon.known_organisations.items() if not row[3]]
    organisations += list(lexicon.known_full_names)
    people = [form for form in known_person_forms(lexicon) if len(form) >= 2]
    chars = re.escape("".join(sorted(c for c in lexicon.foreign_name_chars if len(c) == 1)))
    separators = re.escape(FOREIGN_SEPARATORS)
    foreign = re.compile(f"[{chars}]+(?:[{separators}][{chars}]+)*")
    return NerLexicons({
        "xg": _pattern(places),
        "xo": _pattern(organisations),
        "xn": _pattern(people),
        "xr": _pattern([w for w in lexicon.role_words if w not in lexicon.unit_titles]),  # the model's own features
        "xf": _RunPattern(foreign),  # type: ignore[dict-item]
    })


class _RunPattern:
    """A run pattern whose one-character matches are dropped (a lone 丁 or 丽 is no foreign name)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def finditer(self, text: str):
        return (m for m in self.pattern.finditer(text) if m.end() - m.start() >= 2)
