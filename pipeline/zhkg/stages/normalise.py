"""Normalisation: detect the script, convert to Simplified, keep offsets.

All processing runs on a Simplified, half-width form of the text; every offset
computed there must index the original. OpenCC's character-level ``t2s``
conversion and the full-width -> half-width fold both map one character to one
character, so the two strings have equal length. :func:`normalise` checks that
invariant and raises rather than let an offset drift silently.

Phrase-level conversions (``s2twp``, ``tw2sp``) change lengths and are never used.

Sina's pages link a company to its pages in an aside stuck to its name: 招商地产(企业专区,旗下楼盘),
新希望(000876,股吧), 中国平安(行情,问答). The comma inside such an aside is no clause break, so the processing
form writes a space for it (招商地产(企业专区 旗下楼盘), one character for one): readers that bridge an aside
between a body and its title (招商地产(…)总经理林少斌) read across it, and the organisation grammar takes the
aside for the cue it is (:data:`COMPANY_LINK`, read by ``zhkg.extract.stock_names.stock_listed_names``).

A digest lists its points on one line, each after a spaced hyphen and none closed by a full stop (文章核心观点 - …
[1] 财务表现 - 收入为… [1] - 利润为…): the processing form writes a full stop for each such hyphen
(:func:`digest_points`), so that every reader's sentence ends with its point, as the sentences of a story do.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from zhkg.errors import OffsetInvariantError
from zhkg.records import Script
from zhkg.text import find_all, longest_first

__all__ = ["COMPANY_LINK", "Normalised", "digest_points", "name_stops", "quiet_link_asides", "OffsetInvariantError", "convert", "detect_script", "normalise",
           "read_particles", "to_simplified", "to_traditional"]


@dataclass(frozen=True)
class Normalised:
    """A text in its original and processing forms, of equal length."""

    original: str
    simplified: str
    script: Script

    def as_written(self, start: int, end: int) -> str:
        """The processing form of ``original[start:end]`` with each 著 :func:`read_particles` read as 着 put back.

        A name keeps the letter it is written with (張著明 is 张著明, not 张着明), while the segmenter reads the
        particle as 着 (隨著 -> 随着).

        >>> n = normalise("隨著張著明到來")
        >>> n.simplified, n.as_written(2, 5)
        ('随着张着明到来', '张著明')
        """
        span = self.simplified[start:end]
        if "着" not in span:
            return span
        return "".join("著" if ch == "着" and was == "著" else ch for ch, was in zip(span, self.original[start:end]))


@lru_cache(maxsize=4)
def _converter(config: str):
    import opencc  # imported lazily: building the dictionaries takes time

    return opencc.OpenCC(config)


def _fold_width(text: str) -> str:
    """Full-width ASCII (１７, ＡＢＣ, ，) and the ideographic space to half-width, 1:1."""
    # most news holds only the full-width punctuation that stays (，：；！？（）): one search, no copy
    return text.translate(_HALF_WIDTH) if _TO_FOLD.search(text) else text


# full-width ASCII less the punctuation Chinese text keeps full-width, and the ideographic space
_HALF_WIDTH = {o: o - 0xFEE0 for o in range(0xFF01, 0xFF5F) if chr(o) not in "，：；！？（）"} | {0x3000: 0x20}
_TO_FOLD = re.compile("[" + "".join(map(chr, sorted(_HALF_WIDTH))) + "]")


class _Untouched:
    """Whether a text holds none of a conversion's dictionary keys: then OpenCC gives it back unchanged.

    OpenCC replaces only where a key of one of its dictionaries occurs in the text,
    so a text in which none occurs comes out as it went in. Most Simplified news
    holds no key of ``t2s`` (937 of 1,000 THUCNews articles hold none), and finding
    that out takes a set test over the characters and one regular expression of
    the phrases, where the conversion itself walks every position against every
    phrase length (1.2 s of CPU over the 1,000 articles). Only for conversions with
    few phrases (``t2s``: 277 and 4,113 characters); Simplified text nearly always
    holds a key of ``s2t`` (49,051 phrases), so there it would not pay.
    """

    #: Above this many phrases, no check: every text is converted.
    MAX_PHRASES = 5000

    def __init__(self, converter) -> None:
        singles: set[str] = set()
        phrases: set[str] = set()

        def walk(item) -> None:
            if isinstance(item, list):
                for part in item:
                    walk(part)
                return
            _, _, table = item
            for key in table:
                (singles if len(key) == 1 else phrases).add(key)

        walk(converter._dict_chain_data)
        if not singles or "" in phrases or len(phrases) > self.MAX_PHRASES:
            raise ValueError("no check for this conversion")
        self.singles = frozenset(singles)
        # longest first (a trie), so a match is found wherever one begins
        self.phrases = re.compile(longest_first(phrases)) if phrases else None
        #: Runs of letters some key holds. No key spans a letter no key holds, so OpenCC (the longest key anywhere,
        #: then the same on each side of it) converts the text as it converts each run alone: the letters between
        #: runs stay, and a run written again (most are a letter or two: 說, 記者) is converted once (:func:`convert`).
        letters = singles.union(*phrases)
        self.runs = re.compile("[" + "".join(map(re.escape, sorted(letters))) + "]+")

    def __call__(self, text: str) -> bool:
        return self.singles.isdisjoint(text) and (self.phrases is None or self.phrases.search(text) is None)


@lru_cache(maxsize=4)
def _untouched(config: str) -> _Untouched | None:
    """The check for ``config``, or ``None``: its tables are many, or not as this OpenCC version keeps them."""
    converter = _converter(config)
    try:
        if not getattr(converter, "_dict_init_done", False):
            converter._init_dict()
        return _Untouched(converter)
    except (AttributeError, TypeError, ValueError):
        return None


@lru_cache(maxsize=1 << 15)
def _convert_run(run: str, config: str) -> str:
    """One run of key letters (:attr:`_Untouched.runs`) through OpenCC, kept: news repeats its short runs."""
    return _converter(config).convert(run)


def convert(text: str, config: str) -> str:
    """``text`` through the OpenCC configuration ``config`` (t2s, s2t, s2hk, s2tw …), one character for one.

    Raises :class:`OffsetInvariantError` when the conversion changes the length.

    >>> convert("区政协", "s2hk")
    '區政協'
    """
    untouched = _untouched(config)
    if untouched is None:
        converted = _converter(config).convert(text)
    elif untouched(text):
        return text  # none of the conversion's keys occurs in it: OpenCC would give it back as it is
    else:
        converted = untouched.runs.sub(lambda run: _convert_run(run.group(), config), text)
    if len(converted) != len(text):
        raise OffsetInvariantError(
            f"OpenCC {config} changed the text length ({len(text)} -> {len(converted)}); offsets would drift"
        )
    return converted


#: Hong Kong and Taiwan standard forms OpenCC's ``t2s`` leaves as they are (衞生署, 食物及衞生局: Hong Kong
#: writes 衞 for 衛), folded one for one after it, so their words read as the Simplified ones.
_VARIANTS = str.maketrans("衞塲擡吿緖値凖粧兎枱", "卫场抬告绪值准妆兔台")
#: Where one of them stands: :func:`to_simplified` folds (a look-up per letter) only a text that holds one.
_VARIANT = re.compile("[衞塲擡吿緖値凖粧兎枱]")


#: Taiwan writes 著 for the particle 着 too (隨著, 閒著, 意味著) and OpenCC's ``t2s`` leaves it, so jieba read 随著 and
#: 人闲著 as no words it knows; 著 is 着 there, unless it is the 著 (zhù) of writing and of being marked (著名, 显著, 土著…).
_ZHU = re.compile(r"著(?=名|作|称|述|者|录|书|有|文|说|论|译|写)|(?<=[显卓昭土原名专编论遗巨新译合拙大钜撰所编])著")


def read_particles(text: str) -> str:
    """``text`` with each 著 that is no 著 (zhù) of writing or renown written 着, one for one.

    For the segmenter's eyes only (:func:`normalise`): :func:`to_simplified` leaves 著 as it is, since a
    name written with it (張著明) keeps it; :meth:`Normalised.as_written` reads a span back as written.

    >>> read_particles("随著山西省"), read_particles("著名的显著成就"), read_particles("他著有三本书")
    ('随着山西省', '著名的显著成就', '他著有三本书')
    """
    if "著" not in text:
        return text
    kept = {m.start() for m in _ZHU.finditer(text)}
    # only the letters 著 are visited (str.find, not a test of every letter), and the text between them is copied
    # in slices: not a list of its letters, one string object each (80 MiB for a million letters, mem120)
    pieces: list[str] = []
    copied = 0  # the text before this is in pieces
    for found in find_all("著", text):
        if found.start() not in kept:
            pieces += (text[copied:found.start()], "着")
            copied = found.start() + 1
    pieces.append(text[copied:])
    return "".join(pieces)


def to_simplified(text: str) -> str:
    """Convert Traditional characters (Hong Kong and Taiwan forms too) to Simplified, one for one.

    著 stays 著: it is both scripts' letter, and a name written with it keeps it (張著明 -> 张著明); the
    processing form reads Taiwan's particle 著 as 着 apart (:func:`read_particles`).

    >>> to_simplified("區政協辦公樓"), to_simplified("衞生署署長"), to_simplified("張著明")
    ('区政协办公楼', '卫生署署长', '张著明')
    """
    converted = convert(text, "t2s")
    return converted.translate(_VARIANTS) if _VARIANT.search(converted) else converted


def simplified_form(word: str) -> str:
    """A word in the form the extractors match words on: half-width, then Simplified (as :func:`normalise` reads
    Traditional text).

    >>> simplified_form("首席品酒師"), simplified_form("ＡＢ集團")
    ('首席品酒师', 'AB集团')
    """
    return to_simplified(_fold_width(word))


def to_traditional(text: str) -> str:
    """Convert Simplified characters to Traditional, one for one.

    >>> to_traditional("区政协")
    '區政協'
    """
    return convert(text, "s2t")


@cache
def _char_script(ch: str) -> int:
    """+1 for a Traditional-only character, -1 for a Simplified-only one, 0 otherwise."""
    if ord(ch) < 0x2E80:
        return 0
    if to_simplified(ch) != ch:
        return 1
    if _converter("s2t").convert(ch) != ch:
        return -1
    return 0


def _script_counts(text: str) -> tuple[int, int]:
    traditional = simplified = 0
    for ch, n in Counter(text).items():  # one pass over the text, not a count per distinct character
        if ch >= "\u2e80":  # below, no character is either (_char_script)
            kind = _char_script(ch)
            if kind > 0:
                traditional += n
            elif kind < 0:
                simplified += n
    return traditional, simplified


#: Letters :func:`_char_script` has answered for (a letter below U+2E80 too, as 0), and of those the Traditional-only
#: and the Simplified-only ones: what :func:`_script_facts` asks of a text's set of letters, in C.
_SEEN: set[str] = set()
_TRADITIONAL: set[str] = set()
_SIMPLIFIED: set[str] = set()


def _script_facts(text: str) -> tuple[bool, Script]:
    """Whether ``text`` holds a Traditional-only letter, and its script: :func:`_script_counts` read only as far
    as :func:`normalise` needs. A text without a Traditional-only letter (most) is told by set tests over its
    letters, with no count of every letter; one with such a letter is counted as before.

    >>> _script_facts("平谷區政協"), _script_facts("平谷区政协"), _script_facts("2020")
    ((True, <Script.TRADITIONAL: 'traditional'>), (False, <Script.SIMPLIFIED: 'simplified'>), (False, <Script.UNKNOWN: 'unknown'>))
    """
    letters = set(text)
    fresh = letters - _SEEN
    if fresh:
        for ch in fresh:
            kind = _char_script(ch) if ch >= "\u2e80" else 0
            if kind:
                (_TRADITIONAL if kind > 0 else _SIMPLIFIED).add(ch)
            _SEEN.add(ch)  # after its kind's set: a letter seen is one whose kind is known
    if letters.isdisjoint(_TRADITIONAL):
        return False, Script.UNKNOWN if letters.isdisjoint(_SIMPLIFIED) else Script.SIMPLIFIED
    return True, _script_of(*_script_counts(text))


def detect_script(text: str) -> Script:
    """Tell whether a text is written in Traditional or Simplified characters.

    Counts the characters that ``t2s`` would change (Traditional-only) against
    those ``s2t`` would change (Simplified-only), one distinct character at a time.

    >>> detect_script("平谷區政協"), detect_script("平谷区政协"), detect_script("2020")
    (<Script.TRADITIONAL: 'traditional'>, <Script.SIMPLIFIED: 'simplified'>, <Script.UNKNOWN: 'unknown'>)
    """
    return _script_facts(text)[1]


def _script_of(traditional: int, simplified: int) -> Script:
    if traditional == simplified == 0:
        return Script.UNKNOWN
    return Script.TRADITIONAL if traditional >= simplified else Script.SIMPLIFIED


#: Sina's link aside after a company's name: its pages (企业专区, 旗下楼盘), its stock code and forum (000876,股吧),
#: its quote and questions (行情,问答); a comma, a space or 、 between the parts, or a space in the processing form.
COMPANY_LINK = re.compile(r"[(（](?:企业专区(?:[,， 、]旗下楼盘)?|[0-9]{6}[,， 、]股吧|行情[,， 、]问答)[)）]")
_LINK_CUES = ("企业专区", "股吧", "问答")


def quiet_link_asides(text: str) -> str:
    """``text`` with a space for each comma (or 、) inside a company's link aside (:data:`COMPANY_LINK`), 1:1.

    >>> quiet_link_asides("亿城集团(企业专区,旗下楼盘)董事长张丽萍，新希望(000876,股吧)")
    '亿城集团(企业专区 旗下楼盘)董事长张丽萍，新希望(000876 股吧)'
    """
    if not any(cue in text for cue in _LINK_CUES):
        return text
    return COMPANY_LINK.sub(lambda m: re.sub("[,，、]", " ", m.group()), text)


#: A full-width stop between two letters: no sentence ends there and no number holds it; Taiwan writes its indigenous
#: names so (哈勇．達利, 比令．亞布), where others write · or ‧. Not after a numeral that heads a section (一．總則), nor a
#: half-width stop, which informal text writes for a sentence's end (完了.下次).
_NAME_STOP = re.compile(r"(?<=[\u3400-\u9fff])(?<![一二三四五六七八九十])．(?=[\u3400-\u9fff])")


def name_stops(text: str) -> str:
    """``text`` with each full-width stop between two letters written as the separator of a name's parts (·), one
    for one.

    For the readers' eyes: the recogniser and the rules know a name's parts joined by ·, not by a stop.

    >>> name_stops("立委比令．亞布說，贏了３．５分，一．總則")
    '立委比令·亞布說，贏了３．５分，一．總則'
    """
    return _NAME_STOP.sub("·", text) if "．" in text else text


#: A hyphen between spaces with something other than a digit or a Latin letter on one side at least: a digest's
#: point opening (要点 - 收入…, [1] - 2025年…), not a range or a score (18.5 - 20.5, 98 - 90), nor Latin text's dash.
_DIGEST_POINT = re.compile(r"(?<=[^\s0-9A-Za-z] )-(?= )|(?<= )-(?= [^\s0-9A-Za-z])")


def digest_points(text: str) -> str:
    """``text`` with a full stop for each hyphen opening a digest's point (:data:`_DIGEST_POINT`), one for one: the
    readers' sentences end where the points do (a count's noun, a title's body never read from the point before).

    >>> digest_points("工作要点 - 新增托位100个 [3] - 2025年新增学位4000个")
    '工作要点 。 新增托位100个 [3] 。 2025年新增学位4000个'
    >>> digest_points("收入18.5 - 20.5亿元，湖人 98 - 90 火箭，AC Milan - Inter")
    '收入18.5 - 20.5亿元，湖人 98 - 90 火箭，AC Milan - Inter'
    """
    return _DIGEST_POINT.sub("。", text) if " - " in text else text


def normalise(text: str) -> Normalised:
    """Return the text with its Simplified, half-width processing form.

    Text without a single Traditional-only character is already Simplified and
    skips OpenCC, which is the slowest part of normalisation.

    >>> n = normalise("閆維洪，１７個鎮鄉")
    >>> n.simplified, n.script.value, len(n.simplified) == len(n.original)
    ('闫维洪，17个镇乡', 'traditional', True)
    """
    traditional, script = _script_facts(text)
    folded = _fold_width(name_stops(text))
    converted = digest_points(quiet_link_asides(read_particles(to_simplified(folded)) if traditional else folded))
    if len(converted) != len(text):  # pragma: no cover - guarded in convert too
        raise OffsetInvariantError("normalisation changed the text length")
    return Normalised(original=text, simplified=converted, script=script)
