"""Names and their pinyin: the one place that says how a name is looked up, for the API and the page.

A user types 閆維洪, 闫维洪, ``Yan Weihong``, ``yanweihong`` or ``Yán Wéihóng`` and
expects the same node, in :meth:`zhkg.query.graph.KnowledgeGraph.entity` and in
the HTML page's search box alike. This module makes the keys for both:

* :func:`pinyin_keys`: a name's toneless pinyin, spaced, as surname + given
  name (for a person), and run together; a surname read differently from its
  character's commonest reading (曾 zeng, 单 shan: ``surname_readings.tsv``)
  gives keys for both readings, compound surnames (欧阳) come from
  ``surnames.txt``. :mod:`zhkg.export.html` embeds these in the page.
* :func:`pinyin_key`: how a typed query or a key is folded before comparing:
  letters and digits only, no tones, ü (``v``) as ``u``. The page's script folds
  the same way (spaces, hyphens, dots and tone marks dropped).
* :func:`name_keys`: the folded keys of a name, which :class:`NameIndex` matches.

:class:`NameIndex` keeps these kinds of key per node, ranked in this order:

1. **name**: the node's ``label`` (source script) and ``name_simplified``;
2. **alias**: each of its ``|``-joined ``aliases`` (surface forms in both scripts);
3. **short**: a place's name without its administrative head, as the gazetteer's
   :func:`~zhkg.resources.gazetteer.short_forms` cuts it (台中 or 臺中 finds 臺中市, 平谷 finds 平谷区, 浦东 浦东新区,
   屏边 and 屏边县 屏边苗族自治县), and a query with such a head finds the place named without it (高雄市 finds 高雄), ranked after the names, aliases
   and variants; a question about one entity by a short form several places share asks for more;
4. **pinyin**: :func:`name_keys` of ``name_simplified`` (and, ranked below it, of
   each alias), so case, spaces, hyphens and tone marks do not matter;
5. **pinyin-prefix**: after every whole key above, the pinyin keys a Latin query
   begins (``Yao`` finds 姚明 as ``yaoming``), as the page's search box does: a
   surname or the start of a name is enough. ``hu`` finds 上海市 first (its alias
   沪 reads ``hu`` whole), then 湖人, 胡锦涛 and the other names it begins; a
   question about one entity (:meth:`NameIndex.resolve`) takes the whole key.

Chinese queries are also folded to Simplified (OpenCC ``t2s``) before matching, and so are the variant characters
Hong Kong and Taiwan write names with and ``t2s`` keeps (:func:`variant_key`: 黃栢廸 is found as 黄柏迪 and the
reverse, by Unicode's Unihan table; the node keeps its name as written, and 黃柏迪 and 黃栢廸 stay two nodes when
two documents write them).
Short forms are often ambiguous (全區 is an alias of every district written
about), so :meth:`NameIndex.find` returns every match, best first; ties go to
the node with more mentions, and among starts of pinyin one that ends where a
syllable ends comes first (``hu``: 胡锦涛 and 湖人 before 火箭), as on the page
(:func:`match_order`). The pinyin letter ``ü`` is written ``v`` by pypinyin
and ``u`` by most people: both keys and queries fold it to ``u``.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import hashlib
import json
import os
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from zhkg.errors import AmbiguousNameError, QueryError, UnknownNameError
from zhkg.resources.gazetteer import short_forms
from zhkg.resources.lexicon import load_lexicon

__all__ = [
    "KEY_RANK",
    "NameMatch",
    "NameIndex",
    "UnknownNameError",
    "best_node",
    "match_order",
    "name_starts",
    "name_keys",
    "pinyin_display",
    "pinyin_key",
    "pinyin_keys",
    "place_short_forms",
    "sound_keys",
    "stock_code_keys",
    "syllable_starts",
    "text_key",
    "text_keys",
    "checked_name",
    "variant_characters",
    "variant_key",
    "variant_query",
]

_PERSON = "PERSON"  # the node type of people (zhkg.records.Label.PERSON)
_SYLLABLE_RE = re.compile(r"[a-z0-9]+")
_NOT_ASCII_ALNUM = re.compile(r"[^a-z0-9]+")

# pypinyin takes half a second to import (its phrase dictionary); the readings of names already seen are kept
# in zhkg's private cache folder (plain JSON, keyed by pypinyin's files), so a run that meets no new name
# never imports it. save_pinyin_cache() writes what a run added. Each pypinyin install keys a file of its own
# (up to _PINYIN_MAX names), so the folder is pruned like the other big tables' (zhkg.cachedir.KEEP_FILES
# most recently used; the file a run read is marked used, the file just written is never removed).
_PINYIN_FORMAT = "zhkg-pinyin-1"
_PINYIN_MAX = 200_000  # names kept; past that the file starts again from the names of the run
_pinyin_lock = threading.Lock()
_pinyin: dict[str, list[str]] | None = None
_pinyin_added = 0

# Rank of each kind of key: lower is better.
#: Rank of each kind of name key, best first (the API and the graph index rank matches alike).
KEY_RANK = {"name": 0, "alias": 1, "variant": 2, "short": 3, "pinyin": 4, "alias-pinyin": 5, "pinyin-prefix": 6}
_PLACE = "PLACE"  # the node type of places (zhkg.records.Label.PLACE)
_COUNT = "COUNT"  # the node type of counts (zhkg.records.Label.COUNT)


@dataclass(frozen=True)
class NameMatch:
    """A node found by name, with the key that matched and how."""

    node: str
    key: str
    how: str  # "name" | "alias" | "variant" | "short" | "pinyin" | "alias-pinyin" | "pinyin-prefix"


def _is_latin(text: str) -> bool:
    return any(ch.isascii() and ch.isalpha() for ch in text) and not any(_is_cjk(ch) for ch in text)


def _sound_search(name: str) -> tuple[float, float]:
    """(weight, cutoff) of likeness in sound when suggesting names for ``name``.

    Typed in pinyin, sound is all there is; typed in characters, only a near
    homophone is worth offering (闫维红 for 閆維洪), not any name a few syllables
    share (张三丰 is 0.64 like changcheng, 長城).
    """
    return (1.0, 0.6) if _is_latin(name) else (0.9, 0.8)


def _is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F") and ch.isalpha()


def checked_name(name: object) -> str:
    """``name`` when it is text; else :class:`QueryError` in one line (a script's ``None`` or a spreadsheet's
    empty cell, NaN, would otherwise fail deep inside with ``normalize() argument 2 must be str``).

    >>> checked_name(float("nan"))
    Traceback (most recent call last):
    ...
    zhkg.errors.QueryError: a name must be text (str), not float: nan
    """
    if not isinstance(name, str):
        raise QueryError(f"a name must be text (str), not {type(name).__name__}: {name!r}")
    return name


#: The dots and dashes that join a transliterated name's parts, between two Chinese characters (安娜莱娜•贝尔伯克,
#: 布蘭頓‧羅伊, 让-诺埃尔·巴罗): one key whichever a user types, · (review162: 安娜莱娜·贝尔伯克 found nothing when the
#: text wrote •). The page's script folds them alike.
_NAME_JOINER = re.compile("(?<=[\u3400-\u9fff\uf900-\ufaff])[\u00b7\u2027\u2022\u30fb\\-\u2010\u2011\u2013\u2014]"
                          "(?=[\u3400-\u9fff\uf900-\ufaff])")


def text_key(text: str) -> str:
    """Matching key of a name: NFKC, case-folded, without whitespace, the dots and dashes that join a
    transliterated name's parts written · (:data:`_NAME_JOINER`).

    >>> text_key(" Ping Gu ")
    'pinggu'
    >>> text_key("平谷 區")
    '平谷區'
    >>> text_key("安娜莱娜•贝尔伯克") == text_key("安娜莱娜·贝尔伯克") == text_key("安娜莱娜-贝尔伯克")
    True
    """
    return _NAME_JOINER.sub("\u00b7", "".join(unicodedata.normalize("NFKC", text).casefold().split()))


@functools.lru_cache(maxsize=1)
def _variants() -> dict[int, str]:
    from zhkg.resources import read_data

    rows = (line.split("\t") for line in read_data("variant_keys.tsv").splitlines() if line and line[0] != "#")
    return {ord(variant): simplified for variant, simplified in rows}


def variant_query(name: str) -> str | None:
    """The key of query ``name`` read in Simplified with its variant characters folded (:func:`variant_key`), when
    that differs from the key of the query as read in Simplified: what a ``"variant"`` match is looked up by.

    >>> variant_query("黃栢廸"), variant_query("黄柏迪")
    ('黄柏迪', None)
    """
    simplified = text_key(_simplified(name))
    folded = variant_key(simplified)
    return folded if folded != simplified else None


def variant_characters(keys: Iterable[str]) -> dict[str, str]:
    """The rows of :func:`variant_key`'s fold whose folded character is in one of ``keys``: what the page's search
    box folds a typed query by, as :func:`variant_query` does (a fold to a character no key holds finds nothing).

    >>> variant_characters(["黄柏迪"])["栢"], "邨" in variant_characters(["黄柏迪"])
    ('柏', False)
    """
    held = {character for key in keys for character in key}
    return {chr(variant): folded for variant, folded in sorted(_variants().items()) if folded in held}


def variant_key(text: str) -> str:
    """``text`` with each variant character Unihan ties to a common Simplified one written as that one.

    Hong Kong and Taiwan names keep characters OpenCC's ``t2s`` leaves as they are (栢, 廸, 邨, 衞; its own
    HK and TW variant tables hold none of the first three): ``resources/data/variant_keys.tsv``
    (``tools/build_variant_keys.py``, from Unihan's ``kSemanticVariant``/``kZVariant``). For search keys only.

    >>> variant_key("黄栢廸"), variant_key("石硤尾邨"), variant_key("黄柏迪")
    ('黄柏迪', '石硤尾村', '黄柏迪')
    """
    return text.translate(_variants())


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
    # ASCII holds no Chinese character: no need to load pinyin readings for a Latin question
    romanised = (text if text.isascii() else "".join(_lazy_pinyin(text))).casefold()
    if romanised.isascii():  # the common case, 4x faster than the character loop
        letters = _NOT_ASCII_ALNUM.sub("", romanised)
    else:
        decomposed = unicodedata.normalize("NFKD", romanised)
        letters = "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())
    return letters.replace("v", "u")  # pypinyin writes ü as v; "v" is not otherwise a pinyin letter


def pinyin_keys(name: str, *, person: bool = False) -> list[str]:
    """Lower-case pinyin search keys of a Simplified name, without tones (the page's keys).

    The syllables spaced, then (for a person) surname and given name, then all
    run together; ü is written ``v`` as on a keyboard, and a key with ``v``
    also comes with ``u``. A person's surname read differently from the
    commonest reading of its character (曾 zeng, 单 shan) gives keys for both
    readings, that reading first.

    Examples
    --------
    >>> pinyin_keys("闫维洪", person=True)
    ['yan wei hong', 'yan weihong', 'yanweihong']
    >>> pinyin_keys("平谷区")
    ['ping gu qu', 'pingguqu']
    >>> pinyin_keys("吕布", person=True)
    ['lv bu', 'lvbu', 'lubu']
    >>> pinyin_keys("曾国藩", person=True)[:3]
    ['zeng guo fan', 'zeng guofan', 'zengguofan']
    """
    keys: list[str] = []
    for syllables in _readings(name, person=person):
        keys.append(" ".join(syllables))
        surname = _surname_length(name, syllables) if person else 0
        if surname:
            keys.append("".join(syllables[:surname]) + " " + "".join(syllables[surname:]))
        compact = "".join(syllables)
        keys.append(compact)
        if "v" in compact:
            keys.append(compact.replace("v", "u"))
    return list(dict.fromkeys(key for key in keys if key))


def pinyin_display(name: str, *, person: bool = False) -> str:
    """The pinyin to show for a name: "Yan Weihong" for a person, "ping gu qu" otherwise.

    >>> pinyin_display("曾国藩", person=True), pinyin_display("平谷区")
    ('Zeng Guofan', 'ping gu qu')
    """
    syllables = _readings(name, person=person)[0]
    surname = _surname_length(name, syllables) if person else 0
    if not surname:
        return " ".join(syllables)
    return " ".join("".join(part).capitalize() for part in (syllables[:surname], syllables[surname:]))


def name_keys(name: str, *, person: bool = False) -> tuple[str, ...]:
    """The folded pinyin keys (:func:`pinyin_key`) a query may match for ``name``.

    >>> name_keys("曾国藩", person=True)
    ('cengguofan', 'zengguofan')
    >>> pinyin_key("Zeng Guofan") in name_keys("曾国藩", person=True)
    True
    """
    keys = [pinyin_key(name)] + [pinyin_key(key) for key in pinyin_keys(name, person=person)]
    return tuple(dict.fromkeys(key for key in keys if key))


def _readings(name: str, *, person: bool) -> list[list[str]]:
    """Syllable lists of ``name``: the surname reading first for a person, then pypinyin's."""
    syllables = [
        piece
        for chunk in _lazy_pinyin(name)
        for piece in _SYLLABLE_RE.findall(chunk.lower())
    ]
    readings = [syllables]
    if person:
        lexicon = load_lexicon()
        compound = name[:2] in lexicon.compound_surnames
        surname = None if compound else lexicon.surname_readings.get(name[:1])
        if surname and syllables and syllables[0] != surname and len(syllables) == len(name):
            readings.insert(0, [surname] + syllables[1:])
    return readings


def _surname_length(name: str, syllables: list[str]) -> int:
    """Syllables in the surname of a Chinese personal name, or 0 when the name is not one."""
    if len(syllables) != len(name) or len(name) < 2:
        return 0
    return 2 if name[:2] in load_lexicon().compound_surnames and len(name) > 2 else 1


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
    >>> [(m.node, m.key, m.how) for m in index.find("Yan")]
    [('p', 'yanweihong', 'pinyin-prefix')]
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
        self._pinyin_table: dict[str, dict[str, str]] | None = None  # built on first use: see _pinyin
        self._pinyin_keys: list[str] = []  # its keys, sorted
        for node, attrs in nodes.items():
            for key, how in text_keys(node, attrs):
                self._add(self._text, key, node, how)

    def _label(self, node: str) -> str:
        return str(self._attrs[node].get("label", node))

    @property
    def _pinyin(self) -> dict[str, dict[str, str]]:
        """Pinyin key -> {node: how}, made on the first question that needs it.

        Romanising every name is most of the cost of an index (minutes for a
        graph of millions of nodes), and a question in Chinese characters that
        finds its node never needs it.
        """
        if self._pinyin_table is None:
            table: dict[str, dict[str, str]] = {}
            for node, attrs in self._attrs.items():
                if attrs.get("type") == "DOCUMENT":  # pinyin of a headline is no one's way to find it
                    continue
                names, aliases = sound_keys(node, attrs)
                for key in names:
                    self._add(table, key, node, "pinyin")
                for key in aliases:
                    self._add(table, key, node, "alias-pinyin")
            self._pinyin_table = table
            self._pinyin_keys = sorted(table)  # keys are letters and digits: those starting with q sort below q + "~"
        return self._pinyin_table

    @staticmethod
    def _add(table: dict[str, dict[str, str]], key: str, node: str, how: str) -> None:
        if not key:
            return
        found = table.setdefault(key, {})
        if node not in found or KEY_RANK[how] < KEY_RANK[found[node]]:
            found[node] = how

    def _order(self, match: NameMatch, start: str = "") -> tuple:
        return match_order(match, self._attrs[match.node], start)

    def find(self, name: str) -> tuple[NameMatch, ...]:
        """Every node whose name, alias or pinyin is ``name``, best first; ``()`` if none."""
        checked_name(name)
        matches: dict[str, NameMatch] = {}

        def offer(table: dict[str, dict[str, str]], key: str) -> None:
            for node, how in table.get(key, {}).items():
                if node not in matches or KEY_RANK[how] < KEY_RANK[matches[node].how]:
                    matches[node] = NameMatch(node, key, how)

        key = text_key(name)
        offer(self._text, key)
        offer(self._text, text_key(_simplified(name)))
        if (folded := variant_query(name)) is not None:  # 黄柏迪 for 黃栢廸: after the names as written
            for node in self._text.get(folded, {}):
                matches.setdefault(node, NameMatch(node, folded, "variant"))
        for short in _short_queries(name):  # 高雄市 for the place named 高雄: its names only, never another's short form
            for node, how in self._text.get(short, {}).items():
                if KEY_RANK[how] < KEY_RANK["short"] and self._attrs[node].get("type") == _PLACE:
                    matches.setdefault(node, NameMatch(node, short, "short"))
        start = pinyin_key(name) if _is_latin(name) else ""  # a Chinese query is not matched by sound: 阎 is not 闫
        if start:
            offer(self._pinyin, start)
            # every name the query begins (Yao for 姚明, hu for 湖人), ranked after the whole keys: hu is 沪's
            # whole pinyin (an alias of 上海市) and the start of 湖人's and 胡锦涛's
            keys = self._pinyin_keys
            for key in keys[bisect.bisect_left(keys, start):bisect.bisect_left(keys, start + "~")]:
                for node in self._pinyin[key]:
                    matches.setdefault(node, NameMatch(node, key, "pinyin-prefix"))
        return tuple(sorted(matches.values(), key=lambda match: self._order(match, start)))

    def resolve(self, name: str) -> str:
        """The best node named ``name``.

        Raises
        ------
        UnknownNameError
            No node matches; the message lists the closest names. Its kind
            :class:`~zhkg.errors.AmbiguousNameError` when only the start of
            several names' pinyin matches (``Yan`` for 闫维洪 and 杨明).
        """
        return best_node(name, self.find(name), self.closest, self._label)

    def closest(self, name: str, n: int = 5) -> tuple[str, ...]:
        """Labels of the nodes whose names, aliases or pinyin are nearest to ``name``.

        For a Chinese query, likeness in sound counts for less than likeness in
        writing (平谷区政 is nearer 平谷区政协 than 平谷区镇); ties go to the node with
        more mentions. A count (7.6萬名員工) is offered only for a query with a digit: a misspelt name's
        pinyin is near a count's by chance (``Wang Mingyan`` and 万名员工).
        """
        counts_too = any(c.isdigit() for c in name)
        sound_weight, sound_cutoff = _sound_search(name)
        searches = [(text_key(name), self._text, 1.0, 0.6), (text_key(_simplified(name)), self._text, 1.0, 0.6)]
        if pinyin_key(name):
            searches.append((pinyin_key(name), self._pinyin, sound_weight, sound_cutoff))
        scored: dict[str, float] = {}
        for query, table, weight, cutoff in searches:
            if not query:
                continue
            for near in difflib.get_close_matches(query, list(table), n=n * 2, cutoff=cutoff):
                score = weight * difflib.SequenceMatcher(None, query, near).ratio()
                for node in table[near]:
                    if counts_too or self._attrs[node].get("type") != _COUNT:
                        scored[node] = max(scored.get(node, 0.0), score)
        labels: list[str] = []
        for node in sorted(scored, key=lambda node: (-scored[node], self._order(NameMatch(node, "", "name")))):
            if self._label(node) not in labels:
                labels.append(self._label(node))
        return tuple(labels[:n])


def _aliases(attrs: Mapping[str, object]) -> list[str]:
    return [a for a in str(attrs.get("aliases", "")).split("|") if a]


_CODE_DIGITS = re.compile("[0-9]{4,6}")


def stock_code_keys(attrs: Mapping[str, object]) -> list[str]:
    """A listed company's stock codes (its ``stock_code`` attribute, as written after its name: 600519, 00700.HK)
    and each code's digits alone (00700): find's ``"alias"`` keys and the page's, so a code finds its company.

    >>> stock_code_keys({"stock_code": "00700.HK|HK:09983"}), stock_code_keys({"label": "腾讯"})
    (['00700.HK', '00700', 'HK:09983', '09983'], [])
    """
    keys = []
    for code in str(attrs.get("stock_code", "") or "").split("|"):
        if code:
            keys.append(code)
            digits = _CODE_DIGITS.search(code)
            if digits is not None and digits.group() != code:
                keys.append(digits.group())
    return keys


def place_short_forms(attrs: Mapping[str, object]) -> list[str]:
    """A place's names and aliases without their administrative heads, as the gazetteer's
    :func:`~zhkg.resources.gazetteer.short_forms` cuts them (find's ``"short"`` keys, the page's ``shorts``);
    ``[]`` for a node of another type.

    >>> place_short_forms({"type": "PLACE", "label": "屏边苗族自治县", "aliases": "浦东新区"})
    ['屏边县', '屏边', '浦东']
    >>> place_short_forms({"type": "PLACE", "label": "臺中市", "name_simplified": "台中市"})
    ['臺中', '台中']
    """
    if attrs.get("type") != _PLACE:
        return []
    label = str(attrs.get("label", ""))
    names = (label, str(attrs.get("name_simplified", "") or label), *_aliases(attrs))
    return list(dict.fromkeys(short for name in names for short in short_forms(name)))


def _short_queries(name: str) -> list[str]:
    """The keys of ``name`` without a place's head (台中 for 台中市 or 臺中市), which find a place named without it."""
    return [key for key in dict.fromkeys(text_key(short) for n in (name, _simplified(name)) for short in short_forms(n))
            if key]


def text_keys(node: str, attrs: Mapping[str, object]) -> Iterable[tuple[str, str]]:
    """The written keys :meth:`NameIndex.find` matches for a node, each with how: its label, simplified name and
    id (``"name"``), then its aliases (``"alias"``), then the simplified name and the aliases with their variant
    characters folded (:func:`variant_key`, ``"variant"``) where they have any. The SQLite index
    (:mod:`zhkg.query.index`) takes the same keys.

    >>> list(text_keys("p", {"label": "上海市", "aliases": "沪"}))
    [('上海市', 'name'), ('上海市', 'name'), ('p', 'name'), ('沪', 'alias')]
    >>> list(text_keys("p", {"label": "黃栢廸", "name_simplified": "黄栢廸"}))[2:]
    [('p', 'name'), ('黄柏迪', 'variant')]
    """
    label = str(attrs.get("label", node))
    simplified = str(attrs.get("name_simplified", "") or label)
    for name in (label, simplified, node):
        yield text_key(name), "name"
    aliases = _aliases(attrs)
    for alias in (*aliases, *stock_code_keys(attrs)):  # a stock code finds its company as an alias does
        yield text_key(alias), "alias"
    for name in (simplified, *aliases):
        if (folded := variant_key(name)) != name:
            yield text_key(folded), "variant"
    for short in place_short_forms(attrs):  # 台中 finds 臺中市 (and 臺中, in the other script, its Simplified alias)
        yield text_key(short), "short"


def sound_keys(node: str, attrs: Mapping[str, object], *,
               keys_of: Callable[..., tuple[str, ...]] | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The folded pinyin keys :meth:`NameIndex.find` matches for a node: its name's, then its aliases' (not the name's).

    The name is ``name_simplified`` (else the label); a document has none. The page's search box
    (:mod:`zhkg.export.html`) and the SQLite index (:mod:`zhkg.query.index`) take the same keys. ``keys_of`` stands
    for :func:`name_keys` (same arguments), e.g. a copy that remembers names met before.

    >>> sound_keys("p", {"label": "上海市", "name_simplified": "上海市", "aliases": "上海市|沪"})
    (('shanghaishi',), ('hu',))
    """
    if attrs.get("type") == "DOCUMENT":  # pinyin of a headline is no one's way to find it
        return (), ()
    simplified = str(attrs.get("name_simplified", "") or attrs.get("label", node))
    person = attrs.get("type") == _PERSON
    keys_of = keys_of or name_keys
    names = keys_of(simplified, person=person)
    aliases = [key for alias in _aliases(attrs) for key in keys_of(alias, person=person)]
    return names, tuple(key for key in dict.fromkeys(aliases) if key not in names)


def syllable_starts(keys: Iterable[str]) -> set[str]:
    """The folded starts of spaced pinyin ``keys`` that end where a syllable ends.

    ``hu``, ``hujin`` and ``hujintao`` of ``hu jin tao``: a query that ends at a
    syllable's end (``hu`` for 胡锦涛 and 湖人) is a better start of a name than
    one that ends inside a syllable (``hu`` of 火箭's ``huo``). The page's search
    box (``zhkg.js``) ranks prefixes by the same starts of the same keys.

    >>> sorted(syllable_starts(["hu jin tao", "hu jintao", "hujintao"]))
    ['hu', 'hujin', 'hujintao']
    """
    starts: set[str] = set()
    for key in keys:
        start = ""
        for part in key.split(" "):
            start += pinyin_key(part)
            if start:
                starts.add(start)
    return starts


def name_starts(node: str, attrs: Mapping[str, object]) -> set[str]:
    """The :func:`syllable_starts` of a node's name (``name_simplified``, else the label): what
    :func:`match_order` ranks a start of pinyin by, and what the graph index stores of it.

    >>> sorted(name_starts("p", {"type": "PERSON", "name_simplified": "胡锦涛"}))
    ['hu', 'hujin', 'hujintao']
    """
    simplified = str(attrs.get("name_simplified", "") or attrs.get("label", node))
    return syllable_starts(pinyin_keys(simplified, person=attrs.get("type") == _PERSON))


def match_order(match: NameMatch, attrs: Mapping[str, object], start: str = "", *,
                starts: Callable[[str], bool] | None = None) -> tuple:
    """Sort key of a match, best first, for :meth:`NameIndex.find` and the graph index alike.

    By kind of key (:data:`KEY_RANK`); among starts of pinyin (``start``, the
    folded query), one that ends where a syllable of the name's
    :func:`pinyin_keys` ends first, as the page ranks them; then entities
    before documents, more mentions first, and the node id. ``starts(node)``,
    when given, says whether ``start`` is one of :func:`name_starts` of the
    node (the graph index reads it from its table instead of computing pinyin).
    """
    mentions = attrs.get("mentions", 0)
    inside = False
    if match.how == "pinyin-prefix" and start:
        inside = not starts(match.node) if starts else start not in name_starts(match.node, attrs)
    return (
        KEY_RANK[match.how],
        inside,
        attrs.get("type") == "DOCUMENT",
        -(mentions if isinstance(mentions, (int, float)) else 0),
        match.node,
    )


def best_node(name: str, found: tuple[NameMatch, ...], closest, label) -> str:
    """The node a question about one entity means: the best of ``found`` (:meth:`NameIndex.find`).

    Raises :class:`UnknownNameError` (with ``closest(name)``) when nothing was found, and
    :class:`~zhkg.errors.AmbiguousNameError` (with each node's ``label``) when only the start
    of several names' pinyin was: a script asking about ``Yan`` gets no guess.
    """
    if not found:
        raise UnknownNameError(name, closest(name))
    if found[0].how == "pinyin-prefix" and len(found) > 1:
        raise AmbiguousNameError(name, tuple(dict.fromkeys(label(m.node) for m in found[:5])))
    if found[0].how == "short" and len(shorts := [m for m in found if m.how == "short"]) > 1:
        raise AmbiguousNameError(name, tuple(dict.fromkeys(label(m.node) for m in shorts[:5])),
                                 "is the short form of")
    return found[0].node


def _pinyin_path():
    import importlib.util

    from zhkg.cachedir import cache_dir

    spec = importlib.util.find_spec("pypinyin")  # finds, does not import
    if spec is None or not spec.origin:
        return None
    package = os.path.dirname(spec.origin)
    digest = hashlib.blake2b(_PINYIN_FORMAT.encode(), digest_size=16)
    for name in ("__init__.py", "constants.py", "core.py", "phrases_dict.py", "pinyin_dict.py"):
        try:
            info = os.stat(os.path.join(package, name))
        except OSError:
            return None
        digest.update(f"{package}/{name}:{info.st_size}:{info.st_mtime_ns}\n".encode())
    folder = cache_dir("pinyin")
    return folder / f"{digest.hexdigest()}.json" if folder is not None else None


def _read_pinyin(path) -> dict[str, list[str]]:
    """The readings a cache file holds; empty when it is absent or not such a file."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        readings = payload["readings"]
        if payload["format"] != _PINYIN_FORMAT or not isinstance(readings, dict):
            return {}
        for syllables in readings.values():  # JSON keys are strings already
            if not isinstance(syllables, list) or not all(isinstance(x, str) for x in syllables):
                return {}
        return readings
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def _lazy_pinyin(text: str) -> list[str]:
    """``pypinyin.lazy_pinyin(text, style=Style.NORMAL)``, remembered across runs."""
    global _pinyin, _pinyin_added
    with _pinyin_lock:
        if _pinyin is None:
            path = _pinyin_path()
            _pinyin = _read_pinyin(path) if path is not None else {}
            if _pinyin:
                from zhkg.cachedir import used

                used(path)  # so that pruning the folder keeps it
        found = _pinyin.get(text)
        if found is not None:
            return list(found)
        from pypinyin import Style, lazy_pinyin  # imported lazily: loads its dictionaries

        found = lazy_pinyin(text, style=Style.NORMAL)
        _pinyin[text] = found
        _pinyin_added += 1
        return list(found)


def save_pinyin_cache() -> None:
    """Write the readings this process added to zhkg's private cache folder (atomically; failures ignored).

    The ``pinyin/`` folder is then pruned to its :data:`zhkg.cachedir.KEEP_FILES` most recently used files
    (other pypinyin installs' readings), never the one just written; a folder that cannot be written to is
    left as it is, and the readings are only computed again next run.
    """
    global _pinyin_added
    with _pinyin_lock:
        if not _pinyin_added or _pinyin is None:
            return
        path = _pinyin_path()
        if path is None:
            return
        readings = _read_pinyin(path)  # another run may have added names meanwhile
        readings.update(_pinyin)
        if len(readings) > _PINYIN_MAX:
            readings = dict(_pinyin)
        from zhkg.cachedir import KEEP_FILES, store

        payload = json.dumps({"format": _PINYIN_FORMAT, "readings": readings}, ensure_ascii=False).encode("utf-8")
        if store(path, lambda handle: handle.write(payload), keep=KEEP_FILES):
            _pinyin_added = 0
