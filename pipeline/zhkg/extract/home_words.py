"""内地, 大陆 and 本港: Hong Kong's, Macau's and Taiwan's words for the mainland and for Hong Kong itself.

* **内地** is the mainland, China, in Hong Kong's and Macau's press and in any news beside them (内地富豪, 内地房企赴港
  上市, 在内地拍戏). Universal NER, whose Chinese is Hong Kong's and Taiwan's, marks 7 of its 8 內地 as places; MSRA
  (People's Daily, 1998) marks none of 95, where 内地 is as often the inland (沿海和内地省份). So 内地 is 中国 in a
  document written in Traditional letters or naming Hong Kong, Macau or Taiwan (coded, or a place the recogniser
  read by that name: 东南亚和|香港地区), when it is a word of its own
  (not 市内|地铁, 境内|地区) and not the inland beside the coast (沿海和内地, 内地省份); nor right after China named
  (我国内地, 中国内地: one place, China, as in Simplified).
* **大陆** is the mainland too in such a document (台湾跟大陆的工厂, 近年来大陆变化很大) when nothing names a continent
  with it: only after a word of motion, place or linking, or a clause's start (到大陆, 与大陆, 来大陆; never 非洲大陆,
  新大陆, 封神大陆, a game's world) and not before 架, 板块, 漂移 or 性 (大陆架). Elsewhere ``place_abbreviations.tsv``
  reads it only in fixed phrases (大陆方面, 赴大陆).
* **本港, 全港** is Hong Kong in a document that names Hong Kong (香港特区政府…本港经济); elsewhere it may be "this
  port" (mainland port news) and is left alone.
* **Hong Kong's deixis** (本港, 全港, and a one-letter 港 after a word of motion or stay: 来港, 访港, 赴港, 返港, 回港, 在港,
  抵港, 留港, 离港, 驻港) is the press pointing at its own place, not naming it: a deictic mention
  (``MentionSource.DEIXIS``, as 全区 and 我县 are), Hong Kong (``HK``) for the readers that resolve a deixis (a
  count's owner: 本港共有…间分行, 从泰国返港的男子…本地新增12宗) and no place name where names are scored (the web golds
  mark none of them; session 50, places225). :func:`hong_kong_deixis` marks them, whichever reader found them (this
  module's :func:`home_words` too: it runs right after it).

All are gated on one precompiled search: a document without 内地, 大陆, 本港 or 全港 pays that search.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from zhkg.extract.base import in_place_order
from zhkg.records import Label, Mention, MentionSource
from zhkg.text import is_han

if TYPE_CHECKING:  # pragma: no cover
    from zhkg.stages.segment import TokenTable

__all__ = ["home_words", "hong_kong_deixis"]

_MAINLAND = "内地"
_CONTINENT = "大陆"
_HOME_WORDS = re.compile(r"内地|大陆|本港|全港")
# what may stand right before 大陆 the mainland: a letter of motion, place or linking (到大陆, 与大陆, 近年来大陆)
_BEFORE_MAINLAND = frozenset("到赴在与跟和及对从来往返去回是向给把被于自让了")
# what after 大陆 makes it the continent (大陆架, 大陆板块, 大陆漂移, 大陆性气候)
_CONTINENT_AFTER = re.compile(r"架|板块|漂移|性")
# the inland beside the coast (沿海和内地, 东部沿海与内地), or a province or a city of the interior (内地省份)
_INLAND_BEFORE = re.compile(r"沿海(?:地区)?(?:和|与|及|、)$")
_INLAND_AFTER = re.compile(r"省份|省区|腹地|边疆|各省")
_CHINA = ("中国", "CN")
# China named right before 内地 (我国内地, 中国内地): the mainland is that place, no second one
_CHINA_NAMES = ("中国", "我国")
_HONG_KONG = ("香港", "HK")
# what before a one-letter 港 makes it Hong Kong's deixis: 本港, 全港, and a word of motion or stay (来港, 访港, 赴港, 返港,
# 回港, 在港, 抵港, 留港, 离港, 驻港)
_BEFORE_PORT_DEIXIS = frozenset("本全来访赴返回在抵留离驻")
_PORT = "港"
# places whose naming makes a document Hong Kong's, Macau's or Taiwan's (or about them)
_REGIONS = ("HK", "MO", "TW")
# the regions by name, for a place the recogniser read and the gazetteer has not yet coded (东南亚和|香港地区)
_REGION_NAMES = {"香港": "HK", "澳门": "MO", "台湾": "TW"}


def _region(m: Mention) -> str:
    """The region a place is coded in, or for the recogniser's place not yet coded the region its name is."""
    return m.code.split("-", 1)[0] if m.code else _REGION_NAMES.get(m.simplified, "")


def home_words(mentions: list[Mention], text: str, original: str = "",
               table: TokenTable | None = None) -> list[Mention]:
    """``mentions`` with a PLACE mention added for each 内地 or 大陆 that is the mainland and each 本港/全港 that is Hong Kong
    (see the module docstring); ``text`` is the Simplified text, ``original`` the text as written.

    >>> text = "香港特区政府表示，本港经济好转，内地旅客增加"
    >>> hk = Mention("d", 0, 2, "香港", "香港", Label.PLACE, "gazetteer", canonical="香港", code="HK")
    >>> [(m.simplified, m.code) for m in home_words([hk], text)]
    [('香港', 'HK'), ('本港', 'HK'), ('内地', 'CN')]
    >>> [m.extractor.value for m in hong_kong_deixis(home_words([hk], text), text) if m.simplified == "本港"]
    ['deixis']
    """
    if _HOME_WORDS.search(text) is None:
        return mentions
    regions = {_region(m) for m in mentions if m.label is Label.PLACE}
    names_region = bool(regions & set(_REGIONS))
    names_hong_kong = "HK" in regions
    traditional = bool(original) and original != text
    doc_id = next((m.doc_id for m in mentions), "")
    if not (names_region or traditional) or not doc_id:
        return mentions
    covered = [(m.start, m.end) for m in mentions]
    china_ends = {m.end for m in mentions if m.label is Label.PLACE and text[max(0, m.end - 2) : m.end] in _CHINA_NAMES}
    # the recogniser's uncoded place of the word alone (到|大陆访问: 大陆) is the same place, coded
    uncoded = {(m.start, m.end): i for i, m in enumerate(mentions) if m.label is Label.PLACE and not m.code}
    added = []
    recoded: dict[int, Mention] = {}
    for found in _HOME_WORDS.finditer(text):
        s, e = found.span()
        alone = uncoded.get((s, e))
        if alone is None and any(a < e and s < b for a, b in covered):
            continue
        if alone is None and table is not None and (s not in table.starts or e not in table.ends):
            continue  # 市内|地铁, 境内|地区: no word 内地
        if found.group() == _MAINLAND:
            if _INLAND_BEFORE.search(text, max(0, s - 8), s) or _INLAND_AFTER.match(text, e) or s in china_ends:
                continue  # 沿海和内地, 内地省份: the inland; 我国内地: China's mainland, the China named
            name, code = _CHINA
        elif found.group() == _CONTINENT:
            before = text[s - 1 : s] if s else ""
            if (is_han(before) and before not in _BEFORE_MAINLAND) or _CONTINENT_AFTER.match(text, e):
                continue  # 非洲大陆, 新大陆, 封神大陆, 大陆架: a continent
            name, code = _CHINA
        elif names_hong_kong:
            name, code = _HONG_KONG
        else:
            continue
        if alone is not None:
            recoded[alone] = replace(mentions[alone], canonical=name, code=code)
            continue
        added.append(Mention(doc_id, s, e, (original or text)[s:e], text[s:e], Label.PLACE, MentionSource.GAZETTEER,
                             canonical=name, code=code))
    if not added and not recoded:
        return mentions
    kept = [recoded.get(i, m) for i, m in enumerate(mentions)]
    return in_place_order([*kept, *added])


def hong_kong_deixis(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with Hong Kong's deixis marked deictic (the module docstring): a place mention 本港 or 全港, or a
    one-letter 港 after 本, 全 or a word of motion or stay (来港, 访港, 在港), whichever reader made it, becomes a
    ``MentionSource.DEIXIS`` mention of Hong Kong (``HK``). ``text`` is the Simplified text. 香港, 港岛 and 吐露港 are
    names and stay as they are.

    >>> text = "本港经济好转，访港旅客增加，香港政府表示"
    >>> ms = [Mention("d", s, e, text[s:e], text[s:e], Label.PLACE, "x") for s, e in ((0, 2), (8, 9), (14, 16))]
    >>> [(m.simplified, str(m.extractor), m.code) for m in hong_kong_deixis(ms, text)]
    [('本港', 'deixis', 'HK'), ('港', 'deixis', 'HK'), ('香港', 'x', '')]
    """
    def deictic(m: Mention) -> bool:  # 港 alone after 本, 来, 在…, or 本港, 来港 read as one place
        return (m.label is Label.PLACE and m.extractor != MentionSource.DEIXIS and m.simplified[-1:] == _PORT
                and 0 < m.end - m.start <= 2 and m.end >= 2 and text[m.end - 2] in _BEFORE_PORT_DEIXIS)

    if _PORT not in text or not any(deictic(m) for m in mentions):
        return mentions
    name, code = _HONG_KONG
    return [replace(m, extractor=MentionSource.DEIXIS, canonical=name, code=code) if deictic(m) else m
            for m in mentions]
