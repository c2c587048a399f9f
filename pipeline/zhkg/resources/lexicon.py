"""The lexicon: every word table zhkg ships, parsed once into one typed :class:`Lexicon`.

Tables live in ``zhkg/resources/data/``: TAB-separated UTF-8, Simplified, one
entry a line; blank lines and lines starting with ``#`` are skipped, cells are
stripped, and columns past those listed in :data:`TABLES` are ignored (notes).

A user's lexicon folder (``Config.lexicon_dirs``) may hold any of the same
files, by the same names and formats; their rows are added to the shipped ones
(a user row for a word the shipped table already has replaces its value). Three
lists exist only for users: ``people.txt``, ``organisations.txt`` and
``places.txt``, names recognised whole wherever they occur. A malformed user
row raises :class:`~zhkg.errors.ConfigError` naming the file and line.

:func:`load_lexicon` parses the tables on first call for a given tuple of
folders and caches the result; nothing is read at import. jieba's dictionary is
process-global, so the lexicon's words reach it only through
:func:`zhkg.stages.segment.make_nlp`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType

from zhkg.errors import ConfigError
from zhkg.resources import data_path, read_data
from zhkg.stages.normalise import simplified_form
from zhkg.text import WordScan, first_ending, word_at

__all__ = ["TABLES", "GOVERNING_UNITS", "BODY_ONLY_UNITS", "UNIT_TITLES", "ORGANISATION_KINDS", "DIVISION_TABLES", "Lexicon", "check_table_names", "load_lexicon", "read_table",
           "table_rows", "where_written", "project_words", "glossary"]


#: A body's generic governing unit, with its English gloss. Written between the body and a title, it is part of the
#: title, not an organisation of its own (the convention decided in session 50, ``docs/entities.md``): 海螺集团党委书记
#: X is 党委书记 of 海螺集团, 万科集团董事会主席 X 董事会主席 of 万科集团. The one list of them: each with each of
#: :data:`UNIT_TITLES` is a role word (党委副书记, 纪委书记, 工会主席), and the entity readers cut such a unit off its
#: body before a title (:mod:`zhkg.extract.governing_units`). A named unit (光华管理学院) and a division's own
#: committee (市委, 宁夏回族自治区党委) are bodies, not these.
GOVERNING_UNITS = MappingProxyType({
    "党委": "party committee", "党组": "party group", "党工委": "party working committee",
    "纪委": "discipline inspection commission", "团委": "youth league committee", "工会": "trade union",
    "董事会": "board of directors", "董事局": "board of directors", "监事会": "supervisory board",
    "常委会": "standing committee", "管委会": "management committee",
})
#: The governing units a division never has as its own body: the party group a ministry, a bureau or a people's
#: congress sets up (a division has a 党委, not a 党组) and a company's boards. An organisation ending in one right
#: before one of its titles is the body before it whatever the letters before are (区政协|党组书记, 万科集团|董事会主席:
#: :func:`zhkg.extract.model_bodies._trim_role_heads`); the other units are a division's own bodies too (市纪委, 团市委,
#: 县总工会, 开发区管委会), which :func:`zhkg.extract.governing_units.body_before_unit` tells apart.
BODY_ONLY_UNITS = ("党组", "董事会", "董事局", "监事会")
#: The titles written after a governing unit that make one post with it (党委|副书记, 工会|主席, 常委会|主任); each
#: must be a role word of ``roles.tsv``.
UNIT_TITLES = ("书记", "副书记", "常务副书记", "常委", "委员", "主席", "副主席", "常务副主席", "主任", "副主任",
               "秘书长", "副秘书长", "秘书", "委员长", "副委员长")


def _unit_titles(roles: Mapping[str, str]) -> dict[str, str]:
    """Each governing unit with each of its titles that ``roles`` holds, as a role word with its gloss (a row
    ``roles`` already has keeps its own gloss).

    >>> titles = _unit_titles({"书记": "secretary", "主席": "chairman"})
    >>> titles["纪委书记"], titles["董事会主席"], "纪委委员" in titles
    ('secretary of the discipline inspection commission', 'chairman of the board of directors', False)
    """
    return {unit + title: f"{roles[title]} of the {gloss}" for unit, gloss in GOVERNING_UNITS.items()
            for title in UNIT_TITLES if title in roles}


@dataclass(frozen=True)
class _Column:
    name: str
    check: Callable[[str], object] = str  # raises ValueError on a bad cell
    required: bool = True


def _one_of(*choices: str) -> Callable[[str], str]:
    def check(cell: str) -> str:
        if cell not in choices:
            raise ValueError(f"expected {' or '.join(choices)}")
        return cell

    return check


def _letters(cell: str) -> str:
    if not re.fullmatch(r"[a-z]+", cell):
        raise ValueError("expected lower-case pinyin letters")
    return cell


def _level_character(cell: str) -> str:
    if len(cell) != 1 or cell not in "省市县区州国":
        raise ValueError("expected one of 省 市 县 区 州 国")
    return cell


def _heads(cell: str) -> tuple[str, ...]:
    heads = tuple(h for h in cell.split("|") if h)
    if not heads:
        raise ValueError("expected name endings joined by |")
    return heads


def _integer(cell: str) -> int:
    try:
        return int(cell)
    except ValueError:
        raise ValueError("expected a whole number") from None


def _number(cell: str) -> float:
    try:
        return float(cell)
    except ValueError:
        raise ValueError("expected a number") from None


_WORD = _Column("word")

#: The format of every table of divisions (``place_extra_divisions.tsv``, ``place_taiwan.tsv``, …): code,
#: Simplified name, parent code, level, ``context`` when the name is linked only with a related place in
#: the document (东区, 北区) or ``noshort`` when the name gives no short form (三重县 is never 三重: a word, and
#: 新北市's 三重区), and further full names ``|``-joined (新西兰|纽西兰).
_DIVISION_COLUMNS = (_Column("code"), _Column("name"), _Column("parent", required=False), _Column("level", _integer),
                     _Column("context", _one_of("context", "noshort"), required=False),
                     _Column("aliases", required=False))

#: The division tables, in the order their rows are read.
DIVISION_TABLES = ("place_extra_divisions.tsv", "place_hong_kong_macau.tsv", "place_taiwan.tsv", "place_world.tsv")

#: The kinds of body ``organisations_known.tsv`` lists.
ORGANISATION_KINDS = ("company", "university", "academy", "media", "party", "council", "government", "band",
                      "international", "league", "hospital", "society")

#: Every table a lexicon folder may hold: file name -> its columns, in order.
TABLES: Mapping[str, tuple[_Column, ...]] = MappingProxyType({
    "surnames.txt": (_Column("surname"),),
    "name_chars.tsv": (_Column("char"), _Column("surname_rate", _number), _Column("given_rate", _number),
                       _Column("count", _integer, required=False)),
    "surname_readings.tsv": (_Column("surname"), _Column("reading", _letters)),
    "foreign_name_chars.txt": (_Column("char"),),
    "press_outlets.txt": (_Column("outlet"),),
    "japanese_surnames.txt": (_Column("surname"),),
    "minority_name_parts.tsv": (_Column("part"), _Column("language", _one_of("bo", "mn"))),
    "roles.tsv": (_WORD, _Column("gloss", required=False), _Column("holder", _one_of("place", ""), required=False)),
    "members.tsv": (_WORD, _Column("gloss", required=False),
                    _Column("kind", _one_of("team", "staff", "student", ""), required=False)),
    "org_suffixes.tsv": (_WORD, _Column("strength", _one_of("strong", "weak", "standalone"))),
    "teams.tsv": (_WORD, _Column("sport", _one_of("basketball", "football", "baseball")),
                  _Column("homes", required=False), _Column("gloss", required=False)),
    "org_aliases.tsv": (_Column("short"), _Column("full")),
    "organisations_known.tsv": (_WORD, _Column("kind", _one_of(*ORGANISATION_KINDS)),
                                _Column("region", _one_of("mainland", "hongkong", "macau", "taiwan", "world")),
                                _Column("full", required=False), _Column("ambiguous", _one_of("ambiguous", ""),
                                                                         required=False),
                                _Column("gloss", required=False)),
    "companies_listed.tsv": (_WORD, _Column("traditional", required=False), _Column("market"),
                             _Column("code", required=False), _Column("group", required=False)),
    "classifiers.tsv": (_WORD, _Column("role", _one_of("measure", "unit"))),
    "glossary.tsv": (_WORD, _Column("gloss")),
    "words.tsv": (_WORD, _Column("freq", _integer, required=False), _Column("tag", required=False)),
    "name_tag_fixes.tsv": (_WORD, _Column("tag")),
    "deixis.tsv": (_WORD, _Column("level", _level_character)),
    "anaphora.tsv": (_WORD, _Column("label", _one_of("org", "place")), _Column("heads", _heads, required=False)),
    "place_stoplist.tsv": (_Column("form"), _Column("reason", _one_of("word", "name", "landmark", "thing"), required=False)),
    "people_stoplist.tsv": (_Column("form"), _Column("kind", _one_of("thing", "word", "place", "body"))),
    "place_continuations.tsv": (_Column("continuation"),),
    "place_village_cues.tsv": (_Column("cue"),),
    "place_ethnic_groups.tsv": (_Column("group"),),
    "place_aliases.tsv": (_Column("form"), _Column("code"), _Column("kind", _one_of("full", "short", "context"))),
    "place_abbreviations.tsv": (_Column("pattern"), _Column("abbreviation"), _Column("code")),
    "place_extra_divisions.tsv": _DIVISION_COLUMNS,
    "place_taiwan.tsv": _DIVISION_COLUMNS,
    "place_hong_kong_macau.tsv": _DIVISION_COLUMNS,
    "place_world.tsv": _DIVISION_COLUMNS,
    "place_code_changes.tsv": (_Column("source_code"), _Column("code")),
    "people.txt": (_Column("name"),),
    "people_known.tsv": (_Column("canonical"), _Column("forms", required=False), _Column("country", required=False),
                         _Column("cues", required=False), _Column("gloss", required=False)),
    "people_known_roles.tsv": (_Column("form"), _Column("roles"), _Column("canonical")),
    "organisations.txt": (_Column("name"),),
    "places.txt": (_Column("name"),),
    "place_landmarks.tsv": (_WORD, _Column("region", _one_of("hongkong", "macau", "taiwan")),
                            _Column("gloss", required=False)),
    "variant_keys.tsv": (_Column("variant"), _Column("simplified")),  # search keys only (zhkg.query.names)
})


def _by_letter(words: tuple[str, ...], last: bool) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their first (or ``last``) letter, in their order."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[-1:] if last else w[:1], []).append(w)
    return {k: tuple(v) for k, v in groups.items()}


def read_table(name: str) -> list[list[str]]:
    """Rows of a TAB-separated data file shipped in ``zhkg/resources/data``, as raw cells."""
    rows = []
    for line in read_data(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


#: The tables read as a mapping from their first column (a role's gloss, a suffix's strength, a team's sport, a
#: body's full name, a division's name by its code …): a word listed twice in one file would keep its last row
#: without a word, so such a file is refused. A folder's row for a shipped word still replaces the shipped row
#: (the folders are read after the shipped tables). Tables not listed may name a word on several rows on purpose
#: (a listed company's short name in two markets, 克林顿 told apart by roles, 以巴's two countries).
_ONE_ROW_A_WORD = frozenset({"roles.tsv", "members.tsv", "org_suffixes.tsv", "org_aliases.tsv", "classifiers.tsv",
                             "glossary.tsv", "deixis.tsv", "anaphora.tsv", "teams.tsv", "surname_readings.tsv",
                             "organisations_known.tsv", *DIVISION_TABLES})


def _parse(path: Path, columns: Sequence[_Column], shown: str | Path | None = None) -> list[tuple]:
    """Checked rows of one table: a tuple of converted cells (``""``/``None`` for a missing optional one).

    A word listed twice in a table of :data:`_ONE_ROW_A_WORD`, or a row written twice in any table, is refused,
    with both lines. Errors name the file ``shown`` (the path as the user wrote its folder), ``path`` if None."""
    where = path if shown is None else shown
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{where}: not valid UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise ConfigError(f"{where}: cannot be read ({exc.strerror})") from None
    rows = []
    first_lines: dict[str, int] | None = {} if path.name in _ONE_ROW_A_WORD else None
    row_lines: dict[tuple[str, ...], int] = {}
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if first_lines is not None and cells[0]:
            if cells[0] in first_lines:
                raise ConfigError(f"{where}:{number}: {columns[0].name} {cells[0]!r} is listed twice (also on line "
                                  f"{first_lines[cells[0]]}); keep one row")
            first_lines[cells[0]] = number
        written = tuple(cells[:len(columns)])
        if written in row_lines:
            raise ConfigError(f"{where}:{number}: the row of line {row_lines[written]} written again; keep one")
        row_lines.setdefault(written, number)
        row: list[object] = []
        for i, column in enumerate(columns):
            cell = cells[i] if i < len(cells) else ""
            if not cell:
                if column.required:
                    raise ConfigError(f"{where}:{number}: missing {column.name} "
                                      f"(expected {_format(columns)}, TAB-separated)")
                row.append("" if column.check is str else None)
                continue
            try:
                row.append(column.check(cell))
            except ValueError as exc:
                raise ConfigError(f"{where}:{number}: bad {column.name} {cell!r}: {exc}") from None
        rows.append(tuple(row))
    return rows


def _format(columns: Sequence[_Column]) -> str:
    return " ".join(c.name if c.required else f"[{c.name}]" for c in columns)


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def _frozen(mapping: dict) -> Mapping:
    return MappingProxyType(mapping)


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every word table, typed. Build one with :func:`load_lexicon`.

    Compared and hashed by identity, so it can key per-lexicon caches (compiled
    patterns); :func:`load_lexicon` returns the same object for the same folders.

    >>> lex = load_lexicon()
    >>> "闫" in lex.surnames, lex.org_suffixes["政协"], lex.deixis["全区"], "首席经济学家" in lex.role_words
    (True, 'strong', '区', True)
    >>> len(lex.role_words[0]) == max(map(len, lex.role_words))  # longest first
    True
    """

    #: Surnames, single and compound (``surnames.txt``).
    surnames: frozenset[str]
    #: How often a character is part of a given name, 0-1 (``name_chars.tsv``, third column).
    given_rates: Mapping[str, float]
    #: Surname readings that differ from the character's commonest one: 曾 -> zeng (``surname_readings.tsv``).
    surname_readings: Mapping[str, str]
    #: Role and title words, longest first: 党组书记 before 书记 (``roles.tsv``).
    role_words: tuple[str, ...]
    #: English glosses of the role words.
    role_glosses: Mapping[str, str]
    #: Roles a place's government holds, so a place before them is the holder: 市长 of 深圳市 (``roles.tsv``, "place").
    place_roles: frozenset[str]
    #: The role words made of a governing unit and a title (:data:`GOVERNING_UNITS`, :data:`UNIT_TITLES`) that no
    #: ``roles.tsv`` row writes: read by the role readers, kept out of the recogniser's features (trained without them).
    unit_titles: frozenset[str]
    #: Organisation head words and their strength: strong, weak or standalone (``org_suffixes.tsv``).
    org_suffixes: Mapping[str, str]
    #: Classifiers and their role: measure or unit (``classifiers.tsv``).
    classifiers: Mapping[str, str]
    #: English glosses of counted things (``glossary.tsv``).
    glossary: Mapping[str, str]
    #: Deictic place words and the division kind they stand for: 全区 -> 区, 我国 -> 国 (``deixis.tsv``).
    deixis: Mapping[str, str]
    #: (word, frequency, POS tag) for jieba: 0 and "" let jieba choose (``words.tsv``).
    words: tuple[tuple[str, int, str], ...]
    #: Forms never read as places on their own, with the reason: word, name, landmark or thing
    #: (``place_stoplist.tsv``).
    place_stoplist: Mapping[str, str]
    #: What may follow a division suffix that jieba glued on: 委, 政府 (``place_continuations.tsv``).
    place_continuations: tuple[str, ...]
    #: Words that mark "<name>村" after them as a place (``place_village_cues.tsv``).
    village_cues: frozenset[str]
    #: Ethnic-group names stripped from autonomous divisions' short forms, longest first.
    ethnic_groups: tuple[str, ...]
    #: Extra surface forms of divisions: (form, code, "full" | "short" | "context") (``place_aliases.tsv``).
    place_aliases: tuple[tuple[str, str, str], ...]
    #: One-character abbreviations in fixed patterns: (pattern, abbreviation, code).
    place_abbreviations: tuple[tuple[str, str, str], ...]
    #: (word, tag): jieba's dictionary words tagged as a person's name that are none, and their tag, for every
    #: reader of the tags; the word's frequency, so its segmentation, unchanged (``name_tag_fixes.tsv``).
    tag_fixes: tuple[tuple[str, str], ...]
    #: Divisions the gazetteer source lacks (the ``DIVISION_TABLES``: Taiwan, Hong Kong, Macau, the world):
    #: (code, name, parent code, level, context only, further full names).
    extra_divisions: tuple[tuple[str, str, str, int, bool, tuple[str, ...]], ...]
    #: Source divisions known here by another code: (source code, code); 810000 -> HK.
    code_changes: tuple[tuple[str, str], ...] = ()
    #: Codes of the ``extra_divisions`` marked ``noshort``: named only in full, no short form derived (三重县).
    unshortened_divisions: frozenset[str] = frozenset()
    #: Names to recognise whole, from users' ``people.txt``, ``organisations.txt``, ``places.txt``.
    people: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    #: Venues and landmarks of Taiwan, Hong Kong and Macau named without a head word: 大巨蛋, 维港, 红馆
    #: (``place_landmarks.tsv``).
    landmarks: tuple[str, ...] = ()
    #: Characters transliterated foreign names are written with (``foreign_name_chars.txt``).
    foreign_name_chars: frozenset[str] = frozenset()
    #: Japanese family names of two or more characters (``japanese_surnames.txt``: 茂木, 丰田, 是枝).
    japanese_surnames: frozenset[str] = frozenset()
    #: The parts Tibetan and Mongolian personal names are built of (``minority_name_parts.tsv``: 次仁, 巴特尔).
    minority_name_parts: frozenset[str] = frozenset()
    #: Short forms of bodies that name one body wherever they are written, and its full name: 最高法 ->
    #: 最高人民法院 (``org_aliases.tsv``).
    org_aliases: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: Anaphors and what they point back to: 该公司 -> ("org", ("公司", "集团", …)); no endings: any
    #: organisation (or place) before them (``anaphora.tsv``).
    anaphora: Mapping[str, tuple[str, tuple[str, ...]]] = field(default_factory=lambda: MappingProxyType({}))
    #: What a member is of a team, party or body, longest first: 小前锋 before 前锋 (``members.tsv``).
    member_words: tuple[str, ...] = ()
    #: Member words a team's short name may stand before, no extractor having found it: 湖人中锋 (``members.tsv``, "team").
    team_member_words: frozenset[str] = frozenset()
    #: Each member word's kind, when ``members.tsv`` gives one: "team", "staff" (设计师, 员工) or "student" (研究生).
    member_kinds: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: Sports teams named by a word of their own: 湖人 -> ("basketball", ("洛杉矶",)), the sport and the homes
    #: written before the name (``teams.tsv``).
    teams: Mapping[str, tuple[str, tuple[str, ...]]] = field(default_factory=lambda: MappingProxyType({}))
    #: Well-known organisations named without a generic ending: 港大 -> ("university", "hongkong", "香港大学",
    #: False), the kind, the region, the body's first row (which names the body where a document writes it) and
    #: whether the name is a common word too (``organisations_known.tsv``).
    known_organisations: Mapping[str, tuple[str, str, str, bool]] = field(
        default_factory=lambda: MappingProxyType({}))
    #: The full names of those bodies that have no row of their own, and each body's first row:
    #: 北大西洋公约组织 -> 北约.
    known_full_names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: Words never read as a person, though the recogniser's PERSON may take one: 马赛克, 比基尼 (``people_stoplist.tsv``).
    not_people: frozenset[str] = frozenset()
    #: The user folders added to the shipped tables, in order (absolute paths: what the lexicon is one by).
    dirs: tuple[str, ...] = ()
    #: The same folders as the user wrote them (``--lexicon``, a config file's ``lexicon_dirs``), for errors.
    shown_dirs: tuple[str, ...] = field(default=(), compare=False, repr=False)
    _stoplisted_words: frozenset[str] = field(default=frozenset(), repr=False)
    _stoplisted_things: frozenset[str] = field(default=frozenset(), repr=False)

    @cached_property
    def role_set(self) -> frozenset[str]:
        """``role_words`` as a set, made once: the readers asking whether a word is a title."""
        return frozenset(self.role_words)

    @cached_property
    def roles_by_first(self) -> dict[str, tuple[str, ...]]:
        """The role words by their first letter, each list longest first as ``role_words``."""
        return _by_letter(self.role_words, last=False)

    @cached_property
    def roles_by_last(self) -> dict[str, tuple[str, ...]]:
        """The role words by their last letter, each list longest first as ``role_words``."""
        return _by_letter(self.role_words, last=True)

    def role_at(self, text: str, at: int) -> str:
        """The longest role word ``text`` holds at ``at``, or "": the one lookup of a title after a name (李|局长),
        a surname (范|指导) or a body's officer.

        The words are looked up by their first letter, not scanned (a few hundred of them).

        >>> load_lexicon().role_at("李局长说", 1), load_lexicon().role_at("党组书记", 0), load_lexicon().role_at("王伟", 1)
        ('局长', '党组书记', '')
        """
        return word_at(self.roles_by_first, text, at)

    def unit_title_at(self, text: str, at: int) -> str:
        """The title ``text`` holds at ``at`` that opens with a governing unit (:data:`GOVERNING_UNITS`: 党委副书记,
        董事会主席), or "".

        >>> load_lexicon().unit_title_at("海螺集团党委副书记", 4), load_lexicon().unit_title_at("海螺集团党委召开", 4)
        ('党委副书记', '')
        """
        title = self.role_at(text, at)
        return title if title.startswith(tuple(GOVERNING_UNITS)) and title not in GOVERNING_UNITS else ""

    @cached_property
    def glossary_by_last(self) -> dict[str, tuple[str, ...]]:
        """The glossary's words by their last letter, in the glossary's order (a counted noun's head is looked up
        among the words of its last letter, speed127)."""
        return _by_letter(tuple(self.glossary), last=True)

    def role_ending(self, text: str, end: int, start: int = 0) -> str:
        """The longest role word ending at ``end`` of ``text`` and starting at ``start`` or later, or "".

        The words are looked up by their last letter, not scanned (a few hundred of them).

        >>> load_lexicon().role_ending("国民党籍立委王伟", 6), load_lexicon().role_ending("王伟", 2)
        ('立委', '')
        """
        if end <= start:
            return ""
        return first_ending(text, self.roles_by_last.get(text[end - 1], ()), end, start)

    @cached_property
    def team_pattern(self) -> re.Pattern[str] | None:
        """The names of ``teams`` as one pattern, longest first (皇家马德里 before 皇马); ``None`` without teams."""
        if not self.teams:
            return None
        return re.compile("|".join(re.escape(n) for n in sorted(self.teams, key=lambda n: (-len(n), n))))

    @cached_property
    def known_pattern(self) -> re.Pattern[str] | None:
        """The names of ``known_organisations`` as one pattern, longest first (国泰航空 before 国泰); ``None``
        without any. A trie (:func:`~zhkg.text.longest_first`): twice as fast as a list of the names."""
        return None if self.known_scan is None else self.known_scan.pattern

    @cached_property
    def known_scan(self) -> WordScan | None:
        """``known_pattern``'s scan, tried only where two first letters of a name stand (``None`` without any)."""
        return WordScan(self.known_organisations) if self.known_organisations else None

    @cached_property
    def compound_surnames(self) -> frozenset[str]:
        """The two-character surnames (欧阳, 司马)."""
        return frozenset(s for s in self.surnames if len(s) == 2)

    @property
    def stoplisted_words(self) -> frozenset[str]:
        """Stoplisted forms that are ordinary words (两岸, 卡口): never a place, whoever proposes them."""
        return self._stoplisted_words

    @property
    def stoplisted_things(self) -> frozenset[str]:
        """Stoplisted words for a thing whose word holds a place's name (三明治, 大马哈鱼): no place, person or
        body, whole or in part."""
        return self._stoplisted_things

    @property
    def names(self) -> tuple[tuple[str, str], ...]:
        """The users' whole names with a jieba tag each: people nr, organisations nt, places ns."""
        return tuple([(n, "nr") for n in self.people] + [(n, "nt") for n in self.organisations]
                     + [(n, "ns") for n in self.places])


#: Columns a user's row keeps as written when it is also read in Simplified (:func:`_with_simplified`): a
#: Traditional spelling kept on purpose, English glosses, readings and codes.
_AS_WRITTEN_COLUMNS = frozenset({"traditional", "gloss", "reading", "code", "source_code", "parent", "country"})


def _with_simplified(rows: list[tuple], columns: Sequence[_Column]) -> list[tuple]:
    """``rows`` of a user's table, each followed by its Simplified form where that differs.

    The extractors match words on the text's Simplified processing form (:func:`zhkg.stages.normalise.normalise`),
    so a user's Traditional entry (首席品酒師, 鼎盛寰宇集團) would never match: it is read in both forms, the
    Simplified one converted as the text is (OpenCC t2s, full-width folded). The row as written stays, so an entry
    the text keeps as written (乾照光电 in Simplified text) still matches.
    """
    out: list[tuple] = []
    for row in rows:
        out.append(row)
        simplified = tuple(_simplified_cell(cell) if column.name not in _AS_WRITTEN_COLUMNS else cell
                           for cell, column in zip(row, columns))
        if simplified != row:
            out.append(simplified)
    return out


def _simplified_cell(cell: object) -> object:
    if isinstance(cell, str):
        return simplified_form(cell) if cell and not cell.isascii() else cell
    if isinstance(cell, tuple) and all(isinstance(part, str) for part in cell):
        return tuple(_simplified_cell(part) for part in cell)
    return cell


def _rows(name: str, dirs: Sequence[Path], shown: Sequence[str] = ()) -> list[tuple]:
    """The shipped rows of a table, then each folder's, in order (a folder's rows in Simplified too:
    :func:`_with_simplified`); errors name a folder as ``shown`` (:func:`_shown`)."""
    columns = TABLES[name]
    shipped = data_path(name)
    rows = _parse(shipped, columns) if shipped.is_file() else []
    for i, folder in enumerate(dirs):
        path = folder / name
        if path.is_file():
            rows.extend(_with_simplified(_parse(path, columns, _shown(path, i, shown)), columns))
    return rows


def _shown(path: Path, i: int, shown: Sequence[str]) -> str | Path:
    """``path`` (in the ``i``-th lexicon folder) as the user wrote the folder (``shown[i]``): ``my_words/roles.tsv``
    for a folder given as ``my_words``, though it is read by its absolute path (:func:`load_lexicon`)."""
    return Path(shown[i]) / path.name if i < len(shown) else path


def table_rows(name: str, lexicon: Lexicon) -> list[tuple]:
    """The rows of table ``name`` (one of :data:`TABLES`) shipped and in ``lexicon``'s folders, for a module
    that keeps its own reading of a table (``people_known.tsv``: :mod:`zhkg.extract.known_people`)."""
    return _rows(name, [Path(d) for d in lexicon.dirs], lexicon.shown_dirs)


def where_written(name: str, dirs: Sequence[str | Path], *cells: str, shown: Sequence[str] = ()) -> str:
    """``FILE:LINE`` of the first row of table ``name`` (the shipped one, then each folder's) that opens with
    ``cells``, as written or in Simplified (a folder's rows are read in both: :func:`_with_simplified`), for an
    error about a row whose lines the lexicon no longer holds; ``name`` alone if no row does. A folder is named
    as ``shown`` writes it (:attr:`Lexicon.shown_dirs`).

    >>> where_written("place_aliases.tsv", (), "no such form", "1")
    'place_aliases.tsv'
    """
    places = [(data_path(name), data_path(name))]
    places += [(Path(d) / name, _shown(Path(d) / name, i, shown)) for i, d in enumerate(dirs)]
    for path, where in places:
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")  # read once already: it is UTF-8
        for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            written = tuple(cell.strip() for cell in line.split("\t"))[:len(cells)]
            if cells in (written, tuple(map(_simplified_cell, written))):
                return f"{where}:{number}"
    return name


def _table_meant(name: str) -> str | None:
    """The table a file named ``name`` was surely meant to be, when it is none itself.

    Its name in another case, its stem with another ending (``roles.txt``, ``people.csv``) or a stem spelled
    nearly alike (``organizations.txt``, ``surname.txt``): such a file would be passed over without a word.

    >>> _table_meant("organizations.txt"), _table_meant("Roles.tsv"), _table_meant("people.csv")
    ('organisations.txt', 'roles.tsv', 'people.txt')
    >>> _table_meant("roles.tsv"), _table_meant("news.txt"), _table_meant("README.md")
    (None, None, None)
    """
    import difflib

    path = Path(name.lower())
    if name in TABLES or path.suffix not in _TABLE_SUFFIXES:
        return None
    stems = {Path(table).stem: table for table in TABLES}
    close = difflib.get_close_matches(path.stem, stems, n=1, cutoff=_MEANT_CUTOFF)
    return stems[close[0]] if close else None


_TABLE_SUFFIXES = (".txt", ".tsv", ".csv", ".tab")
_MEANT_CUTOFF = 0.85  # organizations/organisations 0.92, surname/surnames 0.93; names/surnames 0.77 is left alone


def check_table_names(folder: str | Path) -> None:
    """Raise :class:`~zhkg.errors.ConfigError` for a file in a lexicon ``folder`` named nearly as a table
    (:func:`_table_meant`): zhkg reads tables by their exact names, and would not read it."""
    try:
        names = sorted(entry.name for entry in Path(folder).iterdir() if not entry.name.startswith("."))
    except OSError:
        return  # a folder that cannot be listed is reported where its tables are read
    for name in names:
        if (meant := _table_meant(name)) is not None:
            raise ConfigError(f"{Path(folder) / name} is not a lexicon table zhkg reads; did you mean {meant}?")


def check_holds_tables(folder: Path) -> None:
    """Raise :class:`~zhkg.errors.ConfigError` for a lexicon ``folder`` holding no table zhkg reads (the wrong
    folder named, or tables not yet written), which would change nothing without a word."""
    if not any((folder / name).is_file() for name in TABLES):
        raise ConfigError(f"lexicon folder {folder} holds no table zhkg reads (surnames.txt, roles.tsv, "
                          "organisations.txt, …: README, Your own words)")


def _build(dirs: tuple[str, ...], shown: tuple[str, ...]) -> Lexicon:
    """The lexicon of the shipped tables and the folders ``dirs`` (absolute), which errors name as ``shown``."""
    folders = []
    for d, written in zip(dirs, shown, strict=True):
        folder = Path(d)
        if not folder.is_dir():
            raise ConfigError(f"lexicon folder {written} does not exist or is not a folder")
        check_table_names(written)
        check_holds_tables(Path(written))
        folders.append(folder)

    def rows(name: str) -> list[tuple]:
        return _rows(name, folders, shown)

    def first_column(name: str) -> list[str]:
        return list(dict.fromkeys(row[0] for row in rows(name)))

    def mapping(name: str) -> dict[str, object]:
        return {row[0]: row[1] for row in rows(name)}

    role_rows = rows("roles.tsv")
    roles = {row[0]: row[1] for row in role_rows}
    unit_titles = {title: gloss for title, gloss in _unit_titles(roles).items() if title not in roles}
    roles = {**unit_titles, **roles}  # 党委副书记, 纪委书记: a governing unit's titles (GOVERNING_UNITS)
    place_roles = frozenset(row[0] for row in role_rows if len(row) > 2 and row[2] == "place")
    stoplist = mapping("place_stoplist.tsv")
    stop_rows = rows("place_stoplist.tsv")
    for pattern, abbreviation, _ in rows("place_abbreviations.tsv"):
        if abbreviation not in pattern:
            raise ConfigError(f"{where_written('place_abbreviations.tsv', folders, pattern, abbreviation, shown=shown)}: "
                              f"{abbreviation!r} is not inside {pattern!r}")
    return Lexicon(
        surnames=frozenset(first_column("surnames.txt")),
        given_rates=_frozen({row[0]: row[2] for row in rows("name_chars.tsv")}),
        surname_readings=_frozen(mapping("surname_readings.tsv")),
        role_words=_longest_first(roles),
        role_glosses=_frozen(roles),
        place_roles=place_roles,
        unit_titles=frozenset(unit_titles),
        org_suffixes=_frozen(mapping("org_suffixes.tsv")),
        org_aliases=_frozen(mapping("org_aliases.tsv")),
        classifiers=_frozen(mapping("classifiers.tsv")),
        glossary=_frozen(mapping("glossary.tsv")),
        deixis=_frozen(mapping("deixis.tsv")),
        anaphora=_frozen({row[0]: (row[1], row[2] or ()) for row in rows("anaphora.tsv")}),
        words=tuple((w, f or 0, t) for w, f, t in rows("words.tsv")),
        tag_fixes=tuple(rows("name_tag_fixes.tsv")),
        place_stoplist=_frozen(stoplist),
        not_people=frozenset(first_column("people_stoplist.tsv")),
        place_continuations=tuple(first_column("place_continuations.tsv")),
        village_cues=frozenset(first_column("place_village_cues.tsv")),
        ethnic_groups=_longest_first(first_column("place_ethnic_groups.tsv")),
        place_aliases=tuple(rows("place_aliases.tsv")),
        place_abbreviations=tuple(rows("place_abbreviations.tsv")),
        extra_divisions=tuple((c, n, p, lv, ctx == "context", tuple(a for a in aliases.split("|") if a))
                              for table in DIVISION_TABLES for c, n, p, lv, ctx, aliases in rows(table)),
        unshortened_divisions=frozenset(row[0] for table in DIVISION_TABLES for row in rows(table)
                                        if row[4] == "noshort"),
        code_changes=tuple(rows("place_code_changes.tsv")),
        people=tuple(first_column("people.txt")),
        organisations=tuple(first_column("organisations.txt")),
        places=tuple(first_column("places.txt")),
        landmarks=tuple(first_column("place_landmarks.tsv")),
        foreign_name_chars=frozenset(first_column("foreign_name_chars.txt")),
        japanese_surnames=frozenset(first_column("japanese_surnames.txt")),
        minority_name_parts=frozenset(first_column("minority_name_parts.tsv")),
        member_words=_longest_first(first_column("members.tsv")),
        team_member_words=frozenset(row[0] for row in rows("members.tsv") if len(row) > 2 and row[2] == "team"),
        member_kinds=_frozen({row[0]: row[2] for row in rows("members.tsv") if len(row) > 2 and row[2]}),
        teams=_frozen({row[0]: (row[1], tuple(h for h in (row[2] or "").split("|") if h)) for row in rows("teams.tsv")}),
        **_known_organisations(rows("organisations_known.tsv")),
        dirs=dirs,
        shown_dirs=shown,
        # a form listed twice counts as a word if any row says so
        _stoplisted_words=frozenset(row[0] for row in stop_rows if row[1] == "word"),
        _stoplisted_things=frozenset(row[0] for row in stop_rows if row[1] == "thing"),
    )


def _known_organisations(rows: list[tuple]) -> dict[str, Mapping]:
    """The lexicon's fields for ``organisations_known.tsv``: rows sharing a full name, or naming another row's
    full name, are one body, keyed by the first of them (a user's row for a shipped name replaces it)."""
    by_name = {row[0]: row for row in rows}
    canonical: dict[str, str] = {}  # the body's key (its full name, or its only name) -> its first row's name
    for name, row in by_name.items():
        canonical.setdefault(row[3] or name, name)
    known = {name: (row[1], row[2], canonical[row[3] or name], row[4] == "ambiguous") for name, row in by_name.items()}
    full = {row[3]: canonical[row[3]] for row in by_name.values() if row[3] and row[3] not in by_name}
    return {"known_organisations": _frozen(known), "known_full_names": _frozen(full)}


def load_lexicon(dirs: tuple[str, ...] = ()) -> Lexicon:
    """The shipped tables plus those in ``dirs`` (users' lexicon folders), parsed once per ``dirs``.

    Raises :class:`~zhkg.errors.ConfigError` for a missing folder or a malformed row.

    >>> load_lexicon() is load_lexicon(())
    True
    >>> load_lexicon().classifiers["人次"], load_lexicon().glossary["村"]
    ('unit', 'villages')
    """
    shown = tuple(str(Path(d).expanduser()) for d in dirs)  # what errors name: a folder as written
    return _cached_lexicon(tuple(str(Path(d).absolute()) for d in shown), shown)


@lru_cache(maxsize=8)
def _cached_lexicon(dirs: tuple[str, ...], shown: tuple[str, ...]) -> Lexicon:
    return _build(dirs, shown)


def project_words() -> tuple[tuple[str, int, str], ...]:
    """(word, frequency, POS tag) for every word the segmenter must know (shipped tables)."""
    return load_lexicon().words


def glossary() -> Mapping[str, str]:
    """English glosses of counted things, keyed by Simplified word (shipped tables)."""
    return load_lexicon().glossary
