"""Find graph nodes by name: either script, any alias, or pinyin.

A user types 閆維洪, 闫维洪, ``Yan Weihong`` or ``yanweihong`` and expects the same
node. :class:`NameIndex` keeps three kinds of key per node, ranked in this order:

1. **name**: the node's ``label`` (source script) and ``name_simplified``;
2. **alias**: each of its ``|``-joined ``aliases`` (surface forms in both scripts);
3. **pinyin**: toneless pinyin of ``name_simplified`` (and, ranked below it, of
   each alias), letters only, so case, spaces, hyphens and tone marks do not matter.

Chinese queries are also folded to Simplified (OpenCC ``t2s``) before matching.
Short forms are often ambiguous (全區 is an alias of every district written
about), so :meth:`NameIndex.find` returns every match, best first; ties go to
the node with more mentions. The pinyin letter ``ü`` is written ``v`` by pypinyin
and ``u`` by most people: both keys and queries fold it to ``u``.
"""

from __future__ import annotations

from zhkg.errors import UnknownNameError

import difflib
import unicodedata
from dataclasses import dataclass
from typing import Mapping

from pypinyin import Style, lazy_pinyin

__all__ = ["NameMatch", "NameIndex", "UnknownNameError", "pinyin_key", "text_key"]

# Rank of each kind of key: lower is better.
_RANK = {"name": 0, "alias": 1, "pinyin": 2, "alias-pinyin": 3}


@dataclass(frozen=True)
class NameMatch:
    """A node found by name, with the key that matched and how."""

    node: str
    key: str
    how: str  # "name" | "alias" | "pinyin" | "alias-pinyin"


def _is_latin(text: str) -> bool:
    return any(ch.isascii() and ch.isalpha() for ch in text) and not any(_is_cjk(ch) for ch in text)


def _is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F") and ch.isalpha()


def text_key(text: str) -> str:
    """Matching key of a name: NFKC, case-folded, without whitespace.

    >>> text_key(" Ping Gu ")
    'pinggu'
    >>> text_key("平谷 區")
    '平谷區'
    """
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def pinyin_key(text: str) -> str:
    """Toneless pinyin letters of ``text``: Chinese characters are romanised, Latin kept.

    Tone marks and everything but letters and digits are dropped, so
    ``Yán Wéi-hóng`` and ``yanweihong`` give the same key.

    >>> pinyin_key("闫维洪")
    'yanweihong'
    >>> pinyin_key("Yán Wéi-hóng")
    'yanweihong'
    >>> pinyin_key("绿") == pinyin_key("lü") == "lu"
    True
    """
    romanised = "".join(lazy_pinyin(text, style=Style.NORMAL, errors="default"))
    decomposed = unicodedata.normalize("NFKD", romanised.casefold())
    letters = "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())
    return letters.replace("v", "u")  # pypinyin writes ü as v; "v" is not otherwise a pinyin letter


def _simplified(text: str) -> str:
    from zhkg.stages.normalise import to_simplified  # OpenCC builds its dictionaries on first use

    try:
        return to_simplified(text)
    except ValueError:  # OffsetInvariantError: a conversion that changes length is no use as a key
        return text


class NameIndex:
    """Keys of every node's names, aliases and pinyin, for exact and fuzzy look-up.

    Parameters
    ----------
    nodes
        ``{node id: attributes}``; ``label``, ``name_simplified`` and ``aliases``
        are read, ``mentions`` breaks ties and ``type`` ranks documents last.

    Examples
    --------
    >>> index = NameIndex({"p": {"label": "閆維洪", "name_simplified": "闫维洪", "aliases": "閆維洪|闫维洪"}})
    >>> [m.node for m in index.find("Yan Weihong")]
    ['p']
    >>> index.find("闫维洪")[0].how
    'name'
    >>> index.resolve("閆維")
    Traceback (most recent call last):
    ...
    zhkg.errors.UnknownNameError: no entity named '閆維'; closest: 閆維洪
    """

    def __init__(self, nodes: Mapping[str, Mapping[str, object]]) -> None:
        self._attrs = nodes
        self._text: dict[str, dict[str, str]] = {}  # text key -> {node: how}
        self._pinyin: dict[str, dict[str, str]] = {}
        self._labels: dict[str, str] = {}
        for node, attrs in nodes.items():
            label = str(attrs.get("label", node))
            simplified = str(attrs.get("name_simplified", "") or label)
            aliases = [a for a in str(attrs.get("aliases", "")).split("|") if a]
            self._labels[node] = label
            for name in (label, simplified, node):
                self._add(self._text, text_key(name), node, "name")
            for alias in aliases:
                self._add(self._text, text_key(alias), node, "alias")
            if attrs.get("type") != "DOCUMENT":  # pinyin of a headline is no one's way to find it
                self._add(self._pinyin, pinyin_key(simplified), node, "pinyin")
                for alias in aliases:
                    self._add(self._pinyin, pinyin_key(alias), node, "alias-pinyin")

    @staticmethod
    def _add(table: dict[str, dict[str, str]], key: str, node: str, how: str) -> None:
        if not key:
            return
        found = table.setdefault(key, {})
        if node not in found or _RANK[how] < _RANK[found[node]]:
            found[node] = how

    def _order(self, match: NameMatch) -> tuple:
        attrs = self._attrs[match.node]
        mentions = attrs.get("mentions", 0)
        return (
            _RANK[match.how],
            attrs.get("type") == "DOCUMENT",
            -(mentions if isinstance(mentions, (int, float)) else 0),
            match.node,
        )

    def find(self, name: str) -> tuple[NameMatch, ...]:
        """Every node whose name, alias or pinyin is ``name``, best first; ``()`` if none."""
        matches: dict[str, NameMatch] = {}

        def offer(table: dict[str, dict[str, str]], key: str) -> None:
            for node, how in table.get(key, {}).items():
                if node not in matches or _RANK[how] < _RANK[matches[node].how]:
                    matches[node] = NameMatch(node, key, how)

        key = text_key(name)
        offer(self._text, key)
        offer(self._text, text_key(_simplified(name)))
        if _is_latin(name):  # a Chinese query is not matched by sound: 阎 is not 闫
            offer(self._pinyin, pinyin_key(name))
        return tuple(sorted(matches.values(), key=self._order))

    def resolve(self, name: str) -> str:
        """The best node named ``name``.

        Raises
        ------
        UnknownNameError
            No node matches; the message lists the closest names.
        """
        found = self.find(name)
        if not found:
            raise UnknownNameError(name, self.closest(name))
        return found[0].node

    def closest(self, name: str, n: int = 5) -> tuple[str, ...]:
        """Labels of the nodes whose names, aliases or pinyin are nearest to ``name``.

        For a Chinese query, likeness in sound counts for less than likeness in
        writing (平谷区政 is nearer 平谷区政协 than 平谷区镇); ties go to the node with
        more mentions.
        """
        sound_weight = 1.0 if _is_latin(name) else 0.9
        searches = [(text_key(name), self._text, 1.0), (text_key(_simplified(name)), self._text, 1.0),
                    (pinyin_key(name), self._pinyin, sound_weight)]
        scored: dict[str, float] = {}
        for query, table, weight in searches:
            if not query:
                continue
            for near in difflib.get_close_matches(query, list(table), n=n * 2, cutoff=0.6):
                score = weight * difflib.SequenceMatcher(None, query, near).ratio()
                for node in table[near]:
                    scored[node] = max(scored.get(node, 0.0), score)
        labels: list[str] = []
        for node in sorted(scored, key=lambda node: (-scored[node], self._order(NameMatch(node, "", "name")))):
            if self._labels[node] not in labels:
                labels.append(self._labels[node])
        return tuple(labels[:n])
