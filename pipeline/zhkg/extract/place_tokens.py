"""What every place reader shares: the gazetteer's forms as a longest-match matcher, a ``Doc``'s tokens, the stoplist.

Split out of :mod:`zhkg.extract.places` by tidy119 (every block moved word for word): :class:`PlaceMatcher` and
:func:`place_matcher` (every full name and short form of a gazetteer, looked up one character at a time),
``_Tokens`` (where a ``Doc``'s tokens start and end, the token under a character), ``_stop_forms`` (the forms of
``place_stoplist.tsv``), ``_is_han``, the division suffixes ``_SUFFIX_CHARS`` and :data:`EXTRACTOR`, the source
of every mention read from the gazetteer. :mod:`zhkg.extract.places` re-exports its public names
(:class:`PlaceMatcher`, :func:`place_matcher`, :data:`EXTRACTOR`).

Caveats
-------
* The matcher and the stoplist are cached per gazetteer and per lexicon (``lru_cache``, four of each): a run that
  loads many user lexicons rebuilds them.
* ``_Tokens`` reads the token table of one ``Doc``; it is built once per document by
  :func:`zhkg.extract.places.extract_places` and handed to the readers of the other parts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from zhkg.records import MentionSource
from zhkg.resources.gazetteer import Gazetteer, load_gazetteer  # noqa: F401 (the doctest of PlaceMatcher reads it)
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import Word, doc_text, token_boundaries, token_table
from zhkg.text import is_han

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["EXTRACTOR", "_SUFFIX_CHARS", "_stop_forms", "PlaceMatcher", "place_matcher", "_Tokens", "_is_han"]


#: The ``extractor`` name on every mention this module makes from the gazetteer.
EXTRACTOR = MentionSource.GAZETTEER


# Characters that end a division name; a short form right before one is a
# place even if jieba glued the suffix on (祁阳县, the old name of 祁阳市). 盟 is
# left out: 大同盟 is an alliance far more often than a league of Inner Mongolia.
_SUFFIX_CHARS = frozenset("省市区县州旗镇乡")


@lru_cache(maxsize=4)
def _stop_forms(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.place_stoplist)


class PlaceMatcher:
    """Every surface form of a gazetteer, for longest-match scanning.

    A form is looked up one character at a time against a set of all prefixes
    of all forms, so a scan stops as soon as no name can continue: a few
    look-ups per position, whatever the size of the gazetteer.

    >>> m = place_matcher(load_gazetteer())
    >>> m.matches_at("在平谷区", 1)
    [(4, '平谷区'), (3, '平谷')]
    >>> m.is_full("平谷区"), m.is_full("平谷")
    (True, False)
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        forms: dict[str, bool] = {form: False for form in gazetteer.short_names}
        forms.update((name, True) for name in gazetteer.full_names)
        self._forms = forms
        self._prefixes = gazetteer.name_prefixes
        #: Characters some form begins with: a scan skips the other positions at once.
        self.first_characters = frozenset(form[0] for form in forms if form)
        #: The first two characters of every form (a one-character form whole): where neither the two
        #: characters at a position nor its one is among them, no form begins (most positions of a text).
        self.openings = frozenset(form[:2] for form in forms if form)

    def is_full(self, form: str) -> bool:
        """Whether ``form`` is a full division name (else a short form)."""
        return self._forms[form]

    def __contains__(self, form: object) -> bool:
        return form in self._forms

    def matches_at(self, text: str, start: int) -> list[tuple[int, str]]:
        """``(end, form)`` of every form that begins at ``start``, longest first."""
        prefixes, forms = self._prefixes, self._forms
        out = []
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            if piece not in prefixes:
                break
            if piece in forms:
                out.append((end, piece))
        out.reverse()
        return out


@lru_cache(maxsize=4)
def place_matcher(gazetteer: Gazetteer) -> PlaceMatcher:
    """The :class:`PlaceMatcher` of a gazetteer, built once and cached."""
    return PlaceMatcher(gazetteer)


class _Tokens:
    """A ``Doc``'s tokens: where they start and end, and the token under a character."""

    #: A word's offset: the key :meth:`word_index` bisects :attr:`words` by.
    _IDX = attrgetter("idx")

    def __init__(self, doc: Doc) -> None:
        starts, ends = token_boundaries(doc)
        self.starts, self.ends = set(starts), set(ends)
        self.text = doc_text(doc)
        self._all = list(token_table(doc).words)
        self._offsets = [w.idx for w in self._all]
        #: The non-space tokens (``is_space`` is ``str.isspace`` of the text, as both token tables make it).
        self.words = [w for w in self._all if not w.is_space]

    def word_index(self, i: int) -> int:
        """The index in :attr:`words` of the token holding character ``i``, or -1 when that token is a space: where
        a scan of the text found a cue, instead of a loop over every word (speed127)."""
        word = self.at(i)
        k = bisect_left(self.words, word.idx, key=self._IDX)
        return k if k < len(self.words) and self.words[k] is word else -1

    def at(self, i: int) -> Word:
        """The token that holds character ``i``."""
        return self._all[bisect_right(self._offsets, i) - 1]

    def first(self, i: int) -> int:
        return self.at(i).idx

    def last(self, i: int) -> int:
        word = self.at(i)
        return word.idx + len(word.text)

    def tag(self, i: int) -> str:
        return self.at(i).tag


def _is_han(text: str) -> bool:
    return all(map(is_han, text))
