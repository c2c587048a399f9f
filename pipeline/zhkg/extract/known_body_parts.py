"""A well-known body's name glued to one of its parts: a band and its member, an operator and its line, a line and
its station.

:func:`_band_members`: a model organisation that is a well-known band and one to three letters more (五月天阿信) is
the band and its member, a person. :func:`_operators_lines`: a model place opening with a well-known operator and
ending in a line (港铁屯马线) is the operator and the line. :func:`_stations_after_lines`: a station of Taiwan or
Hong Kong with its line, operator or a part glued on (观塘线|太子站, 台北车站|大厅) is the station alone.

Scope: model mentions of one document against the well-known names (``organisations_known.tsv``), called by
:func:`zhkg.extract.combine.combine_mentions`. Caveats: the known name itself is left to the rules; a line counts
only after a Taiwan or Hong Kong operator or a place of theirs, elsewhere line and station stay one name. Moved
word for word from ``extract/combine.py`` by tidy66; callers import its names from here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from zhkg.extract.local_places import RAIL_OPERATORS
from zhkg.extract.places_in_names import _HAN_RUN
from zhkg.records import Label, Mention, MentionSource  # noqa: F401 (the doctests read MentionSource)
from zhkg.resources.lexicon import Lexicon
from zhkg.text import SpanIndex, is_han

__all__ = ["_NOT_IN_MEMBER", "_NOT_IN_STATION", "_STATION_PARTS", "_band_members", "_operators_lines", "_part_of",
    "_stations_after_lines"]

#: Letters no member's name or nickname holds: grammar (五月天|的歌, 五月天|在台北) and the band's own words, which
#: make a longer name of it (五月天|乐队, 五月天|组合, 五月天|歌迷会).
_NOT_IN_MEMBER = frozenset("的之在和与及等这那是为将被把对也都就又还再队团组会迷员社部")


def _band_members(model: list[Mention], known: SpanIndex, text: str, lexicon: Lexicon) -> list[Mention]:
    """A model organisation that is a well-known band and one to three letters more (五月天阿信, 五月天石头) is the
    band, left to the rules, and its member, a person: news names a member after the band's name.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "五月天阿信开唱"
    >>> band = Mention("d", 0, 3, "五月天", "五月天", Label.ORGANIZATION, MentionSource.ORG_KNOWN)
    >>> model = [Mention("d", 0, 5, "五月天阿信", "五月天阿信", Label.ORGANIZATION, MentionSource.RECOGNISER)]
    >>> [(m.text, m.label.value) for m in _band_members(model, SpanIndex([band]), text, load_lexicon())]
    [('阿信', 'PERSON')]
    """
    out = []
    for m in model:
        band = next((k for k in known.overlapping(m) if k.start == m.start and k.end < m.end
                     and lexicon.known_organisations.get(k.simplified, ("",))[0] == "band"), None) \
            if m.label is Label.ORGANIZATION else None
        rest = text[band.end:m.end] if band is not None else ""
        if band is None or not 1 <= len(rest) <= 3 or not all(map(is_han, rest)) or set(rest) & _NOT_IN_MEMBER:
            out.append(m)
            continue
        cut = band.end - m.start
        out.append(replace(m, start=band.end, text=m.text[cut:], simplified=m.simplified[cut:], label=Label.PERSON,
                           canonical="", code=""))
    return out


def _operators_lines(model: list[Mention], known: SpanIndex, text: str) -> list[Mention]:
    """A model place that opens with a well-known operator and ends in a line (港铁屯马线) is the operator, left to
    the rules, and its line, a place of two to four letters before 线 (屯马线); a longer rest is no line's name
    (港铁|应交代屯马线) and goes."""
    out = []
    for m in model:
        operator = next((k for k in known.overlapping(m) if k.start == m.start and k.end < m.end), None) \
            if m.label is Label.PLACE and text[m.end - 1:m.end] == "线" else None
        if operator is None:
            out.append(m)
            continue
        line = text[operator.end:m.end - 1]
        if not any(map(is_han, line)):
            out.append(m)  # a route by its number is one name (新巴23线)
        elif 2 <= len(line) <= 4 and all(map(is_han, line)) and not set(line) & set("的之在和与及等这那是为将被把对应"):
            cut = operator.end - m.start
            out.append(replace(m, start=operator.end, text=m.text[cut:], simplified=m.simplified[cut:], canonical="",
                               code=""))
    return out


# the parts of a station a report places something in, glued after its name (台北车站|大厅, 太子站|月台): written
# for zhkg
_STATION_PARTS = ("大厅", "大堂", "月台", "站台", "出口", "入口", "闸口", "候车室", "车厢")
_NOT_IN_STATION = frozenset("的之在和与及等这那是为将被把对应从向于")


def _stations_after_lines(model: list[Mention], known: SpanIndex, text: str,
                          local_place: Callable[[str], bool] = lambda name: False) -> list[Mention]:
    """A model place that is a station of Taiwan or Hong Kong with its line, its operator or a part of it glued on
    is the station alone, as :mod:`zhkg.extract.local_places` reads one (观塘线|太子站, 北捷松山新店线|公馆站,
    台铁|板桥车站, 台北车站|大厅): the station's name is what follows its line's 线 or the operator, two to six Han
    letters before 站, and ends at 站. A line counts after a Taiwan or Hong Kong operator, where it opens with the
    name of a place of theirs (``local_place``: 观塘, 淡水) or where the station is named by one (北环线|牛潭尾站,
    session 50); elsewhere line and station are one name, as
    Universal NER marks Japan's (奥羽本线弘前站). The line, two to four letters before 线 with no operator before
    them, is a place of its own as :func:`_operators_lines` reads it (观塘线); the operator is left to the rules.

    >>> text = "港铁表示，观塘线太子站今早有乘客不适，台北车站大厅"
    >>> ms = [Mention("d", 5, 11, text[5:11], text[5:11], Label.PLACE, "crf"),
    ...       Mention("d", 19, 25, text[19:25], text[19:25], Label.PLACE, "crf")]
    >>> [x.simplified for x in _stations_after_lines(ms, SpanIndex(), text, lambda name: name == "观塘")]
    ['观塘线', '太子站', '台北车站']
    >>> text = "项目距离北环线牛潭尾站960米"
    >>> ms = [Mention("d", 4, 11, text[4:11], text[4:11], Label.PLACE, "crf")]
    >>> [x.simplified for x in _stations_after_lines(ms, SpanIndex(), text, lambda name: name == "牛潭尾")]
    ['北环线', '牛潭尾站']
    """
    out = []
    for m in model:
        name = text[m.start:m.end]
        at = name.rfind("站")
        if m.label is not Label.PLACE or at < 2 or name[at + 1:] not in ("", *_STATION_PARTS):
            out.append(m)
            continue
        end = m.start + at + 1
        operator = next((k for k in known.overlapping(m) if k.start == m.start and k.end < end - 2), None)
        start = operator.end if operator is not None else m.start
        # (an operator's word the model glued on, known or not: 台铁|板桥车站, 北捷|松山新店线)
        written = max((start + i + len(w) for w in RAIL_OPERATORS if (i := text[start:end - 3].rfind(w)) >= 0),
                      default=start)
        operator_written = operator is not None or written > start
        start = written
        line_at = text.rfind("线", start, end - 1)
        if line_at >= 0 and not operator_written and not any(local_place(text[start:start + n]) for n in (2, 3)
                                                             if start + n <= line_at) \
                and not local_place(text[line_at + 1:end - 1]):
            line_at = -1  # no line of Taiwan's or Hong Kong's (奥羽本线|弘前站 stays whole; 北环线|牛潭尾站 is cut)
        station = text[line_at + 1 if line_at >= 0 else start:end]
        if (end - len(station), end) == (m.start, m.end) or not 3 <= len(station) <= 7 or not _HAN_RUN.fullmatch(station) or set(station) & _NOT_IN_STATION:
            out.append(m)
            continue
        line = text[start:line_at + 1] if line_at >= 0 else ""
        if not operator_written and 3 <= len(line) <= 5 and _HAN_RUN.fullmatch(line) and not set(line) & _NOT_IN_STATION:
            out.append(_part_of(m, start, line_at + 1, text))
        out.append(_part_of(m, end - len(station), end, text))
    return out


def _part_of(m: Mention, start: int, end: int, text: str) -> Mention:
    """The model's mention ``m`` cut to ``text[start:end]``, its original text cut alike."""
    cut, keep = start - m.start, end - start
    return replace(m, start=start, end=end, text=m.text[cut:cut + keep], simplified=text[start:end], canonical="",
                   code="")
