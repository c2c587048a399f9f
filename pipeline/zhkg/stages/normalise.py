"""Normalisation: detect the script, convert to Simplified, keep offsets.

All processing runs on a Simplified, half-width form of the text; every offset
computed there must index the original. OpenCC's character-level ``t2s``
conversion and the full-width -> half-width fold both map one character to one
character, so the two strings have equal length. :func:`normalise` checks that
invariant and raises rather than let an offset drift silently.

Phrase-level conversions (``s2twp``, ``tw2sp``) change lengths and are never used.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from zhkg.errors import OffsetInvariantError
from zhkg.records import Script

__all__ = ["Normalised", "OffsetInvariantError", "convert", "detect_script", "normalise", "to_simplified", "to_traditional"]


@dataclass(frozen=True)
class Normalised:
    """A text in its original and processing forms, of equal length."""

    original: str
    simplified: str
    script: Script


@lru_cache(maxsize=4)
def _converter(config: str):
    import opencc  # imported lazily: building the dictionaries takes time

    return opencc.OpenCC(config)


def _fold_width(text: str) -> str:
    """Full-width ASCII (１７, ＡＢＣ, ，) and the ideographic space to half-width, 1:1."""
    out = []
    for ch in text:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E and ch not in "，：；！？（）":
            out.append(chr(o - 0xFEE0))
        elif o == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def convert(text: str, config: str) -> str:
    """``text`` through the OpenCC configuration ``config`` (t2s, s2t, s2hk, s2tw …), one character for one.

    Raises :class:`OffsetInvariantError` when the conversion changes the length.

    >>> convert("区政协", "s2hk")
    '區政協'
    """
    converted = _converter(config).convert(text)
    if len(converted) != len(text):
        raise OffsetInvariantError(
            f"OpenCC {config} changed the text length ({len(text)} -> {len(converted)}); offsets would drift"
        )
    return converted


#: Hong Kong and Taiwan standard forms OpenCC's ``t2s`` leaves as they are (衞生署, 食物及衞生局: Hong Kong
#: writes 衞 for 衛), folded one for one after it, so their words read as the Simplified ones.
_VARIANTS = str.maketrans("衞塲擡吿緖値凖粧兎", "卫场抬告绪值准妆兔")


def to_simplified(text: str) -> str:
    """Convert Traditional characters (Hong Kong and Taiwan forms too) to Simplified, one for one.

    >>> to_simplified("區政協辦公樓"), to_simplified("衞生署署長")
    ('区政协办公楼', '卫生署署长')
    """
    return convert(text, "t2s").translate(_VARIANTS)


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
    for ch in set(text):
        kind = _char_script(ch)
        if kind > 0:
            traditional += text.count(ch)
        elif kind < 0:
            simplified += text.count(ch)
    return traditional, simplified


def detect_script(text: str) -> Script:
    """Tell whether a text is written in Traditional or Simplified characters.

    Counts the characters that ``t2s`` would change (Traditional-only) against
    those ``s2t`` would change (Simplified-only), one distinct character at a time.

    >>> detect_script("平谷區政協"), detect_script("平谷区政协"), detect_script("2020")
    (<Script.TRADITIONAL: 'traditional'>, <Script.SIMPLIFIED: 'simplified'>, <Script.UNKNOWN: 'unknown'>)
    """
    return _script_of(*_script_counts(text))


def _script_of(traditional: int, simplified: int) -> Script:
    if traditional == simplified == 0:
        return Script.UNKNOWN
    return Script.TRADITIONAL if traditional >= simplified else Script.SIMPLIFIED


def normalise(text: str) -> Normalised:
    """Return the text with its Simplified, half-width processing form.

    Text without a single Traditional-only character is already Simplified and
    skips OpenCC, which is the slowest part of normalisation.

    >>> n = normalise("閆維洪，１７個鎮鄉")
    >>> n.simplified, n.script.value, len(n.simplified) == len(n.original)
    ('闫维洪，17个镇乡', 'traditional', True)
    """
    traditional, simplified = _script_counts(text)
    folded = _fold_width(text)
    converted = to_simplified(folded) if traditional else folded
    if len(converted) != len(text):  # pragma: no cover - guarded in convert too
        raise OffsetInvariantError("normalisation changed the text length")
    return Normalised(original=text, simplified=converted, script=_script_of(traditional, simplified))
