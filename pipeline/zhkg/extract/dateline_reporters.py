"""The reporters a wire's dateline names before its place and day (（中央社记者林长顺台北5日电）): moved out of
:mod:`zhkg.extract.people` (session 51, to keep that module under 800 lines), whose
:mod:`zhkg.extract.name_contexts` reads them as candidates.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.extract.foreign_names import _NOT_IN_NAME
from zhkg.extract.name_scores import _CJK, split_surname

if TYPE_CHECKING:  # pragma: no cover
    from zhkg.resources.lexicon import Lexicon

__all__ = ["dateline_reporters"]

# a wire's dateline with its reporters (中央社记者林长顺、王扬宇台北5日电): the names, then the place and the day
_DATELINE = re.compile(rf"记者((?:{_CJK}{{2,3}}、)*)({_CJK}{{4,7}}?)(?=[0-9０-９一二三四五六七八九十]{{1,3}}日电)")

# a mainland wire's dateline with its reporters in brackets after it (中新网北京10月10日电(记者 王枫), 日电(记者吴梦桐、
# 唐诗凝)): every name there, a surname first, whatever its letters' rate (people301)
_BRACKETED_AFTER = re.compile(rf"日电[(（](?:记者|通讯员)\s*((?:{_CJK}{{2,3}}(?:、|\s+))*{_CJK}{{2,3}})[)）]")


def dateline_reporters(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The reporters a wire's dateline names before its place and day, as Taiwan's Central News Agency writes
    it (（中央社记者林长顺台北5日电）): the last name ends where a place the gazetteer knows begins (林长顺|台北,
    王平|新北), a name of three letters tried first; the names listed before it with 、 are reporters too. And the
    reporters a mainland wire brackets right after its dateline (北京10月10日电(记者 王枫), 日电(记者吴梦桐、唐诗凝)),
    spaced or listed with 、. ``(start, end, "reporter")`` for each.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "（中央社记者林长顺台北5日电）（中央社记者王平、陈家伦新北5日电）新华社记者李明5日电。北京1日电(记者 王枫、吴梦桐)"
    >>> [text[s:e] for s, e, _ in dateline_reporters(text, load_lexicon())]
    ['林长顺', '王平', '陈家伦', '王枫', '吴梦桐']
    """
    from zhkg.resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer(lexicon)
    found = []
    for m in _DATELINE.finditer(text):
        last, start = m.group(2), m.start(2)
        for length in (3, 2):
            place = last[length:]
            if 2 <= len(place) <= 4 and gazetteer.candidates(place) and \
                    split_surname(last[:length], lexicon.surnames) is not None and \
                    not any(ch in _NOT_IN_NAME for ch in last[1:length]):
                names = [(start, start + length)]
                for part in re.finditer(rf"{_CJK}+", m.group(1)):
                    if split_surname(part.group(), lexicon.surnames) is not None:
                        names.append((m.start(1) + part.start(), m.start(1) + part.end()))
                found.extend((s, e, "reporter") for s, e in sorted(names))
                break
    for m in _BRACKETED_AFTER.finditer(text):
        for part in re.finditer(rf"{_CJK}+", m.group(1)):
            if split_surname(part.group(), lexicon.surnames) is not None \
                    and not any(ch in _NOT_IN_NAME for ch in part.group()[1:]):
                found.append((m.start(1) + part.start(), m.start(1) + part.end(), "reporter"))
    return found
