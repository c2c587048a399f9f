"""Counts' numbers and classifiers: the numeral, its multipliers and the pattern a count starts from.

:func:`parse_number` reads Arabic and Chinese numerals (ranges such as 二三十 keep the lower, 多/余 make the
value approximate); :func:`classifiers` is the lexicon's classifier table (measure or unit);
:func:`_pattern` is the count regex ``[prefix] number [多|余] [万|亿] [多|余] classifier`` built from the
lexicon; :func:`_multiplier` reads 万/亿 and :func:`_extend` a qualifier in brackets after the thing (镇乡(街道)).

Caveats: Chinese numerals go through :func:`zhkg.extract.numerals.read_number` (cn2an's smart mode);
the pattern only proposes a count: what it counts, and whether it is one at all, is decided by the
other ``count_*`` modules and :mod:`zhkg.extract.counts`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import lru_cache

from zhkg.extract.numerals import DIGIT_VALUES, DIGITS, read_number
from zhkg.resources.lexicon import Lexicon, load_lexicon

__all__ = [
    "_APPROX_PREFIXES",
    "_PAREN",
    "_SCORE_LETTERS",
    "_UNITS",
    "_extend",
    "_multiplier",
    "_pattern",
    "classifiers",
    "digit_run",
    "parse_number",
]


# Twenty and thirty in one letter, as Hong Kong writes them (廿多人, 卅间学校): read as 二十, 三十 opening a number.
_SCORES = {"廿": "二十", "卅": "三十"}
_SCORE_LETTERS = "".join(_SCORES)
_UNITS = "十百千万亿"
_APPROX_PREFIXES = ("大约", "将近", "超过", "突破", "多达", "高达", "接近", "不到", "不足", "少于", "多于", "至少", "过",
                    "大概", "约有", "近", "约", "逾", "超")
_NEGATIONS = ("没有", "未有", "无")
_RANGE = "至到~～—-"
_PAREN = re.compile(r"[(（](?![不含除即如指])[\u4e00-\u9fff]{1,6}[)）]")  # (不含指数基金), (即…): a note, no qualifier
# Notes a headline ends on: (组图), (图), (视频), (图文)
_HEADLINE_TAGS = ("图", "视频")


def classifiers() -> Mapping[str, str]:
    """Classifier -> role ("measure" or "unit"): ``load_lexicon().classifiers``.

    >>> classifiers()["个"], classifiers()["人次"]
    ('measure', 'unit')
    """
    return load_lexicon().classifiers




def _digit_value(ch: str) -> int:
    return DIGIT_VALUES[ch]


def _collapse_range(core: str) -> tuple[str, bool]:
    """二三十 -> 二十, 三百六七十 -> 三百六十: two consecutive digits are a range; keep the lower."""
    for i in range(len(core) - 1):
        a, b = core[i], core[i + 1]
        if a in DIGITS and b in DIGITS and _digit_value(b) == _digit_value(a) + 1:
            return core[: i + 1] + core[i + 2 :], True
    return core, False


def parse_number(text: str) -> tuple[float, bool]:
    """Value of an Arabic or Chinese numeral, and whether it is approximate.

    多/余 mark an approximate number; 数/几/上 make a vague one, valued at its round
    part (数十 10, 十几 10, 10几万 100000); two consecutive digits are a range,
    valued at its lower end (二三十 20). Raises ``ValueError`` for what is not a
    count-like number, such as digit-by-digit Chinese (二〇二〇, 四六).

    >>> parse_number("15万余"), parse_number("十多"), parse_number("1,028")
    ((150000.0, True), (10.0, True), (1028.0, False))
    >>> parse_number("五十"), parse_number("两"), parse_number("数十")
    ((50.0, False), (2.0, False), (10.0, True))
    >>> parse_number("二三十"), parse_number("十几万"), parse_number("三百六七十")
    ((20.0, True), (100000.0, True), (360.0, True))
    """
    return _parse_number(text)


@lru_cache(maxsize=4096)  # a function of the numeral alone; documents repeat the same few hundred
def _parse_number(text: str) -> tuple[float, bool]:
    approximate = any(ch in "多余" for ch in text)
    core = text.replace(",", "").replace("，", "").replace("多", "").replace("余", "").replace(" ", "")
    if core[:1] in _SCORES:  # 廿多人: twenty and more
        core = _SCORES[core[0]] + core[1:]
    for score in _SCORES:  # 一万六千零廿七: twenty after a zero
        core = core.replace("零" + score, "零" + _SCORES[score])
    if core[:1] in "数几上":
        core, approximate = "一" + core[1:], True
    if core[:1] in "万亿":  # 逾万人: a bare myriad is one
        core = "一" + core
    vague = re.search(r"[数几]", core)
    if vague:  # 十几万, 一百几十, 10几万: the round part, times the multipliers after it
        head, tail = core[: vague.start()], core[vague.end() :]
        if not head:
            raise ValueError(f"not a number: {text!r}")
        multiplier = 1.0
        for ch in tail:
            multiplier *= {"万": 1e4, "亿": 1e8}.get(ch, 1.0)
        value, _ = parse_number(head)
        return value * multiplier, True
    core, ranged = _collapse_range(core)
    approximate = approximate or ranged
    chinese = core.rstrip("万亿")
    if chinese and chinese[0] in DIGITS + _UNITS:
        if len(chinese) > 1 and not any(ch in _UNITS for ch in chinese):
            raise ValueError(f"digit-by-digit numeral, not a count: {text!r}")
        if core[0] in "百千":  # read_number (as cn2an) refuses 百/千 without a leading 一
            core = "一" + core
    try:
        value = float(read_number(core))
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"not a number: {text!r}") from exc
    if not math.isfinite(value):  # hundreds of digits overflow to inf, which JSON cannot hold
        raise ValueError(f"too large to be a count: {text!r}")
    return value, approximate


# 4亿2千万, 1万5千: Arabic digits between Chinese units (read_number reads them); before the plain form
_ARABIC = (r"\d+[万亿](?:\d+[千百十]?)+(?=[万亿])|\d+[万亿](?:\d+[千百十])+"
           r"|\d+[千百]?[万亿]\d{1,4}(?![\d,.万亿])"  # 1万5000, 2千万2091: myriads and the digits after them (counts320)
           r"|\d+[千百](?:\d+[百十])*(?![\d,.])"  # 4千多名, 2千5百: Arabic digits before 千 or 百
           r"|\d+(?:,\d{3})*(?:\.\d+)?几?")
# Taiwan's press writes a count's number digit by digit (八○二四人, 三一八○件), ○ (a white circle) for zero, and the
# digits below a myriad so after one (廿八万二九六九户, 六万三八一六户): three or four digits, read only before a
# classifier (:func:`digit_run`; 二〇二〇年 is a year, 年 no classifier). counts320.
_RUN_DIGITS = "〇○零一二三四五六七八九"
_DIGIT_RUN = re.compile(rf"(?:(?P<myriads>[{_SCORE_LETTERS}{DIGITS}十百千][{DIGITS}{_UNITS}]*)万)?"
                        rf"(?P<run>[{_RUN_DIGITS}]{{3,4}})")
_RUN_VALUES = {**DIGIT_VALUES, "○": 0}
_CHINESE = (
    f"(?:[{_SCORE_LETTERS}{DIGITS}十百千][{DIGITS}{_UNITS}]*万)?[{_RUN_DIGITS}]{{3,4}}(?![{_RUN_DIGITS}{_UNITS}])"
    f"|(?<=[逾近约过超])万"  # 逾万人, 近万名: a bare myriad only after "over", "nearly", "about"
    f"|万(?=[余多])"  # 万余种道具, 万多名学生: "ten thousand and more"
    f"|[{_SCORE_LETTERS}][{DIGITS}{_UNITS}几数]*"  # 廿多人, 卅间: Hong Kong's twenty and thirty (session 27)
    f"|[数几上][{_UNITS}][{DIGITS}{_UNITS}几数]*"  # 数十, 上万
    f"|[{DIGITS}十百千][{DIGITS}{_UNITS}]*?零[{_SCORE_LETTERS}][{DIGITS}]?"  # 一万六千零廿七: twenty after a zero (counts320)
    f"|[{DIGITS}十百千][{DIGITS}{_UNITS}几数]*"  # never from 万/亿 alone: 万众一心
)


def _full_width_thousands(classifier: str) -> str:
    """Digits grouped by a full-width comma (Hong Kong's 超過9，800個, 8，342個本科生宿位): a number only where groups of
    exactly three digits follow and the count's classifier closes it; a comma before anything else ends a clause."""
    return rf"\d{{1,3}}(?:，\d{{3}})+(?![\d.])(?=[多余]?[万亿]*[多余]?(?:{classifier}))"


_ONLY_ONE = "[唯惟]一"  # "the only": the 一 of 唯一/惟一 never opens a number, the 一 after it does


@lru_cache(maxsize=4)
def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    alternation = "|".join(re.escape(c) for c in sorted(lexicon.classifiers, key=len, reverse=True))
    # the letters a count may open with, looked at first: most letters of a text open none, and the lookbehinds
    # and optional words after them cost several times that check at every letter
    first = "".join(sorted({w[0] for w in _NEGATIONS + _APPROX_PREFIXES} | set(DIGITS + "十百千万数几上" + _SCORE_LETTERS)))
    return re.compile(
        rf"(?=[\d{first}])"
        rf"(?:(?<={_ONLY_ONE})|(?<![\d.{DIGITS}{_UNITS}唯惟]))"  # 唯一一只: 一 after 唯一 opens a number
        rf"(?P<neg>{'|'.join(_NEGATIONS)})?"
        rf"(?P<prefix>{'|'.join(_APPROX_PREFIXES)})?"
        rf"(?:(?<=[^\W\d_]) (?=\d))?"  # Hong Kong's web news spaces digits off (逾 1,250 多名, 11 條滅火喉; counts151)
        rf"(?:(?P<low>\d+(?:\.\d+)?[万亿]*|[{DIGITS}十百千][{DIGITS}{_UNITS}]*)[{re.escape(_RANGE)}])?"  # 3亿-4亿
        rf"(?P<num>(?:{_full_width_thousands(alternation)}|{_ARABIC}|{_CHINESE})"
        rf"(?:(?<=\d) (?=[多余]?[万亿]|[多余](?:{alternation})))?"  # 6.8 萬票, 1,250 多名 (counts250)
        rf"[多余]?[万亿]*[多余]?)"
        rf"(?:(?<=[\d多余]) (?=(?:{alternation})))?"
        rf"(?P<cls>{alternation})?"
    )


def digit_run(num: str) -> float | None:
    """The value of a number written digit by digit (八○二四: 8024), after a myriad (六万三八一六: 63816), else None.

    >>> digit_run("八○二四"), digit_run("廿八万二九六九"), digit_run("六万三八一六"), digit_run("三百")
    (8024.0, 282969.0, 63816.0, None)
    """
    m = _DIGIT_RUN.fullmatch(num)
    if m is None or (m.group("myriads") and len(m.group("run")) != 4):
        return None
    value = float(int("".join(str(_RUN_VALUES[ch]) for ch in m.group("run"))))
    if m.group("myriads"):
        try:
            myriads, _ = parse_number(m.group("myriads"))
        except ValueError:
            return None
        value += myriads * 1e4
    return value


def _multiplier(num: str) -> float:
    out = 1.0
    for ch in reversed(num.rstrip("多余")):
        if ch not in "万亿":
            break
        out *= {"万": 1e4, "亿": 1e8}[ch]
    return out


def _extend(text: str, end: int) -> int:
    paren = _PAREN.match(text, end)  # 镇乡(街道): the qualifier is part of the thing
    if paren and any(tag in paren.group() for tag in _HEADLINE_TAGS):
        return end  # 八大看点(组图): a headline's note of pictures or video, not a qualifier
    return paren.end() if paren else end
