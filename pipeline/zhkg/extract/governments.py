"""States and regions in names: their codes, governments, leaders and envoys (rules 4 and 5 of
:mod:`zhkg.extract.combine`).

Scope: a model place left uncoded takes the code the gazetteer gives the same name in the document (and 澳门特区 a
region's); a country and 政府/当局 (中国政府) is the country, a place and 当局 (基辅当局) the place; a region before
政府 (香港特区|政府) or a one-letter place before 府 (港府) is a body; a country, a title and a transliterated name
(立陶宛|总统|瑙塞达) is the person; a state, 驻 and a posting before an envoy's title (美国驻联合国|大使) is the
title's first half.

Caveats: a local people's government (南昌市政府) stays an organisation; a place's 政府 stays a body. Moved word for
word out of ``extract/combine.py`` (session 41, tidy168).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from zhkg.extract.foreign_names import FOREIGN_SEPARATORS
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.gazetteer import is_country_code
from zhkg.resources.lexicon import Lexicon
from zhkg.text import is_han

__all__ = ["_GOVERNMENTS", "_MISSIONS", "_REGION_SUFFIXES", "_authorities_of_place", "_country_government", "_envoys_postings", "_leaders_after_countries", "_name_follows", "_place_role_at", "_region_governments", "share_codes"]


def share_codes(mentions: list[Mention]) -> list[Mention]:
    """A model place the gazetteer left uncoded where it stands (a headline's 到大陆访问) takes the code and
    canonical name the gazetteer gives the same name elsewhere in the document: one name, one place. So does
    a region's name as a special administrative region (澳门特区, 香港特别行政区: Macau, Hong Kong)."""

    coded = {m.simplified: m for m in mentions if m.label is Label.PLACE and m.code}
    out = []
    for m in mentions:
        if m.label is Label.PLACE and not m.code and m.extractor == MentionSource.RECOGNISER:
            name = next((m.simplified[:-len(s)] for s in _REGION_SUFFIXES if m.simplified.endswith(s)), m.simplified)
            if name in coded:
                m = replace(m, code=coded[name].code, canonical=coded[name].canonical)
        out.append(m)
    return out


_REGION_SUFFIXES = ("特别行政区", "特区")

# what after a country names its government
_GOVERNMENTS = frozenset({"政府", "当局", "联邦政府"})


def _country_government(o: Mention, places: Mapping[int, list[Mention]], lexicon: Lexicon) -> bool:
    """Whether a grammar organisation is a country and 政府/当局 (中国政府, 日本当局): People's Daily,
    Universal NER and this project's own article gold name the country there, not a body; a local
    people's government (南昌市政府, 平谷区政府) stays an organisation, as the seed's gold has it.
    ``places``: the document's places by where they start (looked up, not scanned: a long document)."""
    if o.extractor != MentionSource.ORG_SUFFIX:
        return False
    from zhkg.resources.gazetteer import load_gazetteer

    for p in places.get(o.start, ()):
        if p.code and o.simplified[p.end - p.start:] in _GOVERNMENTS:
            division = load_gazetteer(lexicon).get(p.code)
            return division is not None and (division.level == 0 or _authorities_of_place(o, p))
    return False


def _authorities_of_place(o: Mention, place: Mention) -> bool:
    """Whether a grammar organisation is a place of any level and 当局 (基辅当局, 加沙当局): MSRA and Universal NER train
    mark the place and leave 当局 out (29 of 29), and the web set's gold names the place (intl153); a place's 政府
    stays a body."""
    return o.simplified[place.end - place.start:] == "当局"


def _region_governments(model: list[Mention], text: str) -> list[Mention]:
    """A model place ending a region (香港特区) right before 政府 is the region's government, a body; so is a
    one-character place right before 府 (港府, 澳府)."""

    out = []
    for m in model:
        if m.label is Label.PLACE and len(m.simplified) == 1 and text.startswith("府", m.end):
            m = replace(m, end=m.end + 1, text=m.text + text[m.end], simplified=text[m.start:m.end + 1],
                        label=Label.ORGANIZATION, code="", canonical="")
        elif m.label is Label.PLACE and m.simplified.endswith(("特区", "特别行政区")) and len(m.simplified) > 2 \
                and text.startswith("政府", m.end):
            end = m.end + 2
            m = replace(m, end=end, text=m.text + text[m.end:end], simplified=text[m.start:end],
                        label=Label.ORGANIZATION, code="", canonical="")
        out.append(m)
    return out


def _leaders_after_countries(model: list[Mention], places: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """A model organisation that is a country, a title its state's government holds and a transliterated name
    (立陶宛|总统|瑙塞达, 拉脱维亚|外长|布拉热) names no body: it is the person after the title, as 立陶宛总统 alone
    is no body either. Only a country's name opens it (a place coded by its ISO code), only a title of a place's
    government follows (roles.tsv's "place" rows: 总统, 总理, 首相, 外长), and the name after it is two letters or
    more, each a letter of transliterated names or a separator (瑙塞达, 穆罕默德·本·萨勒曼); a body's name
    after a title (美国总统府, 日本首相官邸) keeps letters no such name has.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "立陶宛总统瑙塞达与拉脱维亚总统举行会谈。"
    >>> org = Mention("d", 0, 8, text[:8], text[:8], Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> lt = Mention("d", 0, 3, "立陶宛", "立陶宛", Label.PLACE, MentionSource.GAZETTEER, code="LT")
    >>> [(m.simplified, m.label.value) for m in _leaders_after_countries([org], [lt], text, load_lexicon())]
    [('瑙塞达', 'PERSON')]
    """
    countries = {p.start: p for p in places if p.label is Label.PLACE and is_country_code(p.code)}
    if not countries:
        return model
    name_letters = lexicon.foreign_name_chars
    out = []
    for m in model:
        country = countries.get(m.start) if m.label is Label.ORGANIZATION else None
        if country is not None and country.end < m.end:
            at = country.end
            role = next((r for r in lexicon.roles_by_first.get(text[at], ()) if r in lexicon.place_roles
                         and text.startswith(r, at, m.end)), "")
            start = at + len(role)
            name = text[start:m.end]
            if role and len(name) >= 2 and name[0] in name_letters and name[-1] in name_letters \
                    and all(ch in name_letters or ch in FOREIGN_SEPARATORS for ch in name):
                m = replace(m, start=start, text=m.text[start - m.start:], simplified=name, label=Label.PERSON,
                            canonical="")
        out.append(m)
    return out


def _place_role_at(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether a title a place's government holds (roles.tsv's "place" rows: 大使, 总领事) starts at ``at``."""
    return any(r in lexicon.place_roles and text.startswith(r, at) for r in lexicon.roles_by_first.get(text[at], ()))


def _name_follows(text: str, at: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the title at ``at`` is followed, before ``end``, by two letters or more opening with a surname's,
    a Japanese family name's or a transliterated name's letter (总领事|金晓, 大使|沃尔兹; not 大使|馆), or by two or
    three Han letters holding no organisation's head word (总领事|赤松, a family name no list holds; not 大使|馆)."""
    role = next(r for r in lexicon.roles_by_first[text[at]] if text.startswith(r, at))
    rest = text[at + len(role):end]
    return len(rest) >= 2 and (rest[0] in lexicon.surnames or rest[0] in lexicon.foreign_name_chars
                               or rest[:2] in lexicon.japanese_surnames
                               or len(rest) <= 3 and all(map(is_han, rest))
                               and not any(rest[i:j] in lexicon.org_suffixes
                                           for i in range(len(rest)) for j in range(i + 1, len(rest) + 1)))


def _envoys_postings(model: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """A model organisation of a state, 驻 and where its envoy is posted, right before the envoy's title (美国驻联合国|
    大使, 日本驻上海|总领事), names no body: it is the first half of the title, whose holder is the person after it.
    So is one running on over the title into a name (美国驻上海|总领事|金晓). A mission's own name keeps its head (英国驻乌克兰大使馆,
    驻港部队), even with a post in it after it (美国驻华大使馆|副领事).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "美国驻联合国大使沃尔兹发言。美国驻联合国代表团发表声明。"
    >>> envoy = Mention("d", 0, 6, text[:6], text[:6], Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> mission = Mention("d", 14, 23, text[14:23], text[14:23], Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [m.simplified for m in _envoys_postings([envoy, mission], text, load_lexicon())]
    ['美国驻联合国代表团']
    """
    if "驻" not in text:
        return model
    out = []
    for m in model:
        at = m.simplified.find("驻") if m.label is Label.ORGANIZATION and not m.simplified.endswith(_MISSIONS) else -1
        if 0 < at < len(m.simplified) - 1 and any(
                _place_role_at(text, i, lexicon) and (i == m.end or _name_follows(text, i, m.end, lexicon))
                for i in range(m.start + at + 2, min(m.end + 1, len(text)))):
            continue
        out.append(m)
    return out


#: How a mission's own name ends: 美国驻华大使馆|副领事 is the embassy and a post in it, not an envoy's title.
_MISSIONS = ("使馆", "领事馆", "代表处", "代表团", "办事处", "部队", "使团")
