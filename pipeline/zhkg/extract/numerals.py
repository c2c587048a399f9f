"""The value of a number as a count writes it: Arabic, Chinese or both (15万, 二十三, 4亿2千万).

:func:`read_number` gives exactly what ``cn2an.cn2an(text, "smart")`` gives for
the characters a count's number is made of (ASCII digits, ``.``, 零〇一二两三四五六七八九,
十百千万亿; full-width digits are read as ASCII), and raises ``ValueError`` where it
raises. cn2an took a fifth of a one-article run to import (its preprocessing
package and its numeral grammar, one regular expression of some 2,000 characters
compiled at import); this module reads the same grammar by hand. A test compares
the two on every string of up to four of those characters and on random longer ones.

What it reads, as cn2an's smart mode does:

* Arabic digits, a decimal point and one unit after them: ``15`` 15.0, ``1.5万`` 15000
  (an int, truncated);
* otherwise each run of Arabic digits is read as its Chinese numeral (``4亿2千万``:
  四亿二千万), then the text must be a well-formed Chinese numeral (三百零五, 十五万,
  二百五十万零三百), digit by digit (二〇二〇: 2020), or a spoken one whose last digit
  stands for the next smaller unit (一万二: 12000, 三百四: 340).

Anything else raises ``ValueError``: it is not a number a count can hold.

>>> read_number("15万"), read_number("二十三"), read_number("4亿2千万"), read_number("1.5")
(150000, 23, 420000000, 1.5)
>>> read_number("一万二"), read_number("三百零五"), read_number("二〇二〇")
(12000, 305, 2020)
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["read_number", "CHARACTERS", "DIGITS", "DIGIT_VALUES"]

#: The value of each Chinese digit (两 and 〇 included): the one table of them, the counts modules read it too.
DIGIT_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
#: Every character :func:`read_number` reads; any other raises ``ValueError``.
CHARACTERS = frozenset("0123456789.") | frozenset(DIGIT_VALUES) | frozenset(_UNIT)
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_LOW = "零一二三四五六七八九"
# cn2an's place names of an integer's digits, from the ones up (at most 16 digits)
_PLACES = ("", "十", "百", "千", "万", "十", "百", "千", "亿", "十", "百", "千", "万", "十", "百", "千")
_NEXT_SMALLER = {"百": "十", "千": "百", "万": "千"}  # 一万二 is 一万二千; after 十 or 亿 there is none

_ARABIC = re.compile(r"[0-9]+(?:\.[0-9]+)?[十百千万亿]?")
_DIGIT_RUN = re.compile(r"[0-9]+")
#: The Chinese digits, zero to nine, as one string (for character classes).
DIGITS = "零〇一二两三四五六七八九"
_ZERO_BEFORE_THOUSAND = re.compile(f"(万)零(?=[{DIGITS}]千)")
_BIG_UNIT_MISSING_ZERO = re.compile(f"([万亿])([{DIGITS}][十百])")
_THOUSAND_MISSING_ZERO = re.compile(f"(千)([{DIGITS}]?十)")
_HUNDRED_MISSING_ONE = re.compile("(百)(十)")
_SPOKEN = re.compile(f"(?:[{DIGITS}]{{0,2}}([十百千万亿]))+[{DIGITS}]")


def read_number(text: str) -> int | float:
    """The value of ``text``, as ``cn2an.cn2an(text, "smart")`` gives it; ``ValueError`` when it is not a number."""
    text = text.translate(_FULL_WIDTH_DIGITS)
    if not text or not CHARACTERS.issuperset(text):
        raise ValueError(f"not a number: {text!r}")
    text = text.replace("零十", "零一十").replace("零百", "零一百")
    if _ARABIC.fullmatch(text):
        if text[-1] in _UNIT:
            return int(Decimal(text[:-1]) * _UNIT[text[-1]])
        return float(text)
    text = _DIGIT_RUN.sub(lambda m: _arabic_as_chinese(m.group()), text)
    text = _ZERO_BEFORE_THOUSAND.sub(r"\1", text)
    text = _BIG_UNIT_MISSING_ZERO.sub(r"\1零\2", text)
    text = _THOUSAND_MISSING_ZERO.sub(r"\1零\2", text)
    text = _HUNDRED_MISSING_ONE.sub(r"\1一\2", text)
    text = text.replace("零十", "零一十")
    if _well_formed(text):
        return _value(text)
    if all(ch in DIGIT_VALUES for ch in text):  # digit by digit: 二〇二〇
        return int("".join(str(DIGIT_VALUES[ch]) for ch in text))
    spoken = _SPOKEN.fullmatch(text) if len(text) >= 3 else None
    if spoken:
        smaller = _NEXT_SMALLER.get(spoken.group(1))
        if smaller is None:
            raise ValueError(f"not a number: {text!r}")
        return _value(text + smaller)
    raise ValueError(f"not a number: {text!r}")


def _arabic_as_chinese(digits: str) -> str:
    """cn2an's reading of a run of Arabic digits: 0-led runs digit by digit (05: 零五), others as a numeral."""
    if len(digits) > 1 and digits[0] == "0":
        return "".join(_LOW[int(d)] for d in digits)
    digits = str(int(digits))
    n = len(digits)
    if n > len(_PLACES):
        raise ValueError(f"more than {len(_PLACES)} digits: {digits}")
    out = ""
    for i, d in enumerate(digits):
        place = n - i - 1
        if d != "0":
            out += _LOW[int(d)] + _PLACES[place]
        else:
            if not place % 4:
                out += "零" + _PLACES[place]
            if i > 0 and out[-1] != "零":
                out += "零"
    out = out.replace("零零", "零").replace("零万", "万").replace("零亿", "亿").replace("亿万", "亿").strip("零")
    out = re.sub("([万亿])零([一二三四五六七八九]千)", r"\1\2", out)
    if out[:2] == "一十":
        out = out[1:]
    return out or "零"


def _value(text: str) -> int:
    """cn2an's sum of digits times their units, read from the right (万亿 multiply what follows them)."""
    total = 0
    unit = 1
    myriad = 1  # the largest of 万 and 亿 seen so far, or their product
    last = len(text) - 1
    for index, ch in enumerate(reversed(text)):
        if ch in DIGIT_VALUES:
            total += DIGIT_VALUES[ch] * unit
            continue
        unit = _UNIT[ch]
        if unit % 10_000 == 0:
            if unit > myriad:
                myriad = unit
            else:
                myriad = unit * myriad
                unit = myriad
        if unit < myriad:
            unit = unit * myriad
        if index == last:
            total += unit
    return total


# The grammar of a well-formed numeral (cn2an's "normal" pattern), as functions from a start
# position to the set of positions a match can end at.

_ONE_TO_NINE = frozenset("一二两三四五六七八九")
_ZERO = frozenset("零〇")


def _chars(text: str, i: int, chars: frozenset[str] | str) -> set[int]:
    return {i + 1} if i < len(text) and text[i] in chars else set()


def _opt(ends: set[int], text: str, more) -> set[int]:
    return {e for i in ends for e in more(text, i)}


def _digit(text: str, i: int) -> set[int]:
    return _chars(text, i, _ONE_TO_NINE)


def _ten_to_99(text: str, i: int, *, with_one: bool) -> set[int]:
    starts = _digit(text, i) if with_one else _digit(text, i) | {i}
    tens = _opt(starts, text, lambda t, j: _chars(t, j, "十"))
    return tens | _opt(tens, text, _digit)


def _one_to_99(text: str, i: int) -> set[int]:
    return _ten_to_99(text, i, with_one=False) | _digit(text, i)


def _zero_then(text: str, i: int, more) -> set[int]:
    return _opt(_chars(text, i, _ZERO), text, more)


def _hundreds(text: str, i: int) -> set[int]:  # 100-999
    head = _opt(_digit(text, i), text, lambda t, j: _chars(t, j, "百"))
    return (head | _opt(head, text, lambda t, j: _zero_then(t, j, _digit))
            | _opt(head, text, lambda t, j: _ten_to_99(t, j, with_one=True)))


def _one_to_999(text: str, i: int) -> set[int]:
    return _hundreds(text, i) | _one_to_99(text, i)


def _thousands(text: str, i: int) -> set[int]:  # 1000-9999
    head = _opt(_digit(text, i), text, lambda t, j: _chars(t, j, "千"))
    return head | _opt(head, text, lambda t, j: _zero_then(t, j, _one_to_99)) | _opt(head, text, _hundreds)


def _one_to_9999(text: str, i: int) -> set[int]:
    return _thousands(text, i) | _one_to_999(text, i)


def _myriads(text: str, i: int) -> set[int]:  # 10^4 - 10^8-1
    head = _opt(_one_to_9999(text, i), text, lambda t, j: _chars(t, j, "万"))
    return head | _opt(head, text, lambda t, j: _zero_then(t, j, _one_to_999)) | _opt(head, text, _thousands)


def _one_to_1e8(text: str, i: int) -> set[int]:
    return _myriads(text, i) | _one_to_9999(text, i)


def _hundred_millions(text: str, i: int) -> set[int]:  # 10^8 - 10^16-1
    head = _opt(_one_to_1e8(text, i), text, lambda t, j: _chars(t, j, "亿"))
    return head | _opt(head, text, lambda t, j: _zero_then(t, j, _one_to_1e8)) | _opt(head, text, _myriads)


def _well_formed(text: str) -> bool:
    if text in _ZERO:
        return True
    return len(text) in (_hundred_millions(text, 0) | _one_to_1e8(text, 0))
