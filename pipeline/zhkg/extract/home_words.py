"""内地 and 本港: Hong Kong's, Macau's and Taiwan's words for the mainland and for Hong Kong itself.

* **内地** is the mainland, China, in Hong Kong's and Macau's press and in any news beside them (内地富豪, 内地房企赴港
  上市, 在内地拍戏). Universal NER, whose Chinese is Hong Kong's and Taiwan's, marks 7 of its 8 內地 as places; MSRA
  (People's Daily, 1998) marks none of 95, where 内地 is as often the inland (沿海和内地省份). So 内地 is 中国 in a
  document written in Traditional letters or naming Hong Kong, Macau or Taiwan, when it is a word of its own
  (not 市内|地铁, 境内|地区) and not the inland beside the coast (沿海和内地, 内地省份).
* **本港, 全港** is Hong Kong in a document that names Hong Kong (香港特区政府…本港经济); elsewhere it may be "this
  port" (mainland port news) and is left alone.

Both are gated on a substring test: a document without 内地, 本港 or 全港 pays three.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.records import Label, Mention, MentionSource

if TYPE_CHECKING:  # pragma: no cover
    from zhkg.stages.segment import TokenTable

__all__ = ["home_words"]

_MAINLAND = "内地"
_HOME = ("本港", "全港")
_HOME_WORDS = re.compile(r"内地|本港|全港")
# the inland beside the coast (沿海和内地, 东部沿海与内地), or a province or a city of the interior (内地省份)
_INLAND_BEFORE = re.compile(r"沿海(?:地区)?(?:和|与|及|、)$")
_INLAND_AFTER = re.compile(r"省份|省区|腹地|边疆|各省")
_CHINA = ("中国", "CN")
_HONG_KONG = ("香港", "HK")
# places whose naming makes a document Hong Kong's, Macau's or Taiwan's (or about them)
_REGIONS = ("HK", "MO", "TW")


def home_words(mentions: list[Mention], text: str, original: str = "",
               table: TokenTable | None = None) -> list[Mention]:
    """``mentions`` with a PLACE mention added for each 内地 that is the mainland and each 本港/全港 that is Hong Kong
    (see the module docstring); ``text`` is the Simplified text, ``original`` the text as written.

    >>> text = "香港特区政府表示，本港经济好转，内地旅客增加"
    >>> hk = Mention("d", 0, 2, "香港", "香港", Label.PLACE, "gazetteer", canonical="香港", code="HK")
    >>> [(m.simplified, m.code) for m in home_words([hk], text)]
    [('香港', 'HK'), ('本港', 'HK'), ('内地', 'CN')]
    """
    if _MAINLAND not in text and not any(w in text for w in _HOME):
        return mentions
    names_region = any(m.label is Label.PLACE and m.code.split("-", 1)[0] in _REGIONS for m in mentions)
    traditional = bool(original) and original != text
    doc_id = next((m.doc_id for m in mentions), "")
    if not (names_region or traditional) or not doc_id:
        return mentions
    covered = [(m.start, m.end) for m in mentions]
    added = []
    for found in _HOME_WORDS.finditer(text):
        s, e = found.span()
        if any(a < e and s < b for a, b in covered):
            continue
        if table is not None and (s not in table.starts or e not in table.ends):
            continue  # 市内|地铁, 境内|地区: no word 内地
        if found.group() == _MAINLAND:
            if _INLAND_BEFORE.search(text, max(0, s - 8), s) or _INLAND_AFTER.match(text, e):
                continue
            name, code = _CHINA
        elif names_region and any(m.code == "HK" for m in mentions):
            name, code = _HONG_KONG
        else:
            continue
        added.append(Mention(doc_id, s, e, (original or text)[s:e], text[s:e], Label.PLACE, MentionSource.GAZETTEER,
                             canonical=name, code=code))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end, m.label.value))
