"""Places inside names: where a model place runs a gazetteer place together with what follows it, and which
places a body's name holds (rules 3 and 5 of :mod:`combine`).

A model place over a district and a lone 镇/乡/村 is the district's towns (:func:`_adds_lower_kind`); a model place
that is a facility named by the places it holds stays one place (黄岩|路桥|机场: :func:`_facility_of_places`); a
gazetteer place plus a word jieba does not know is the gazetteer's (铜川|驻村: :func:`_oov_rest`); a street, a site
or a foreign place named after the place a model place opens with is a place of its own (上环|海味街:
:func:`_street_after`, 福州|左海公园: :func:`_site_after`, 加州|圣塔克拉拉: :func:`_name_after`), read after the last of
the places that open it one after another (美国|纽约州|…: :func:`_opening_chain`); after two places or more a
division named next is one too (美国|纽约市|布鲁克林区: :func:`_place_below`). A gazetteer place
nested in an organisation's name (:func:`_nested_place`) stays beside it: it locates the body.

Scope: spans settled for one document, called by :func:`zhkg.extract.combine.combine_mentions`, which decides
which of these answers wins. Caveats: the head lists are People's Daily's (a city before another name is its own
place); a foreign place is split off only after an ISO 3166 state outside China, Taiwan, Hong Kong and Macau.
Moved word for word from ``extract/combine.py`` by tidy66; callers import its names from here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.extract.dropped_names import _DIVISION_ENDS, _REGION_CODES
from zhkg.extract.foreign_names import NAMED_PLACES
from zhkg.extract.junk import FACILITY_WORDS
from zhkg.records import Label, Mention
from zhkg.resources.gazetteer import LEVEL_CHARACTERS, is_country_code
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import first_ending

__all__ = ["_FACILITY_HEADS", "_HAN_RUN", "_LAND_HEADS", "_LOCAL_SITE_HEADS", "_LOWER_KINDS", "_ROAD_LETTERS",
    "_SITE_HEADS", "_STATE_CODE", "_STREET_HEADS", "_STREET_LETTERS", "_adds_lower_kind", "_facility_of_places",
    "_name_after", "_nested_place", "_oov_rest", "_opening_chain", "_place_after", "_place_below",
    "_rest_after_place", "_site_after", "_starts_at_place", "_street_after", "country_split_off"]

# division kinds below the county: 镇 after 平谷区 means the district's towns, not a place 平谷区镇
_LOWER_KINDS = frozenset("镇乡村")
# a first-level division of a country (US-CA, CA-BC), never a city's code (RU-city:Moscow)
_STATE_CODE = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# heads of a facility or landmark named after places (黄岩路桥|机场, 天津河北|体育场): People's Daily and
# Universal NER both mark the whole name one place (MSRA train: 45 of 45 机场, 30 of 32 体育场, 52 of 52 广场)
_FACILITY_HEADS = tuple(sorted(NAMED_PLACES - {"中心", "大街", "大道"}, key=len, reverse=True))


def _nested_place(a: Mention, b: Mention) -> bool:
    return a.label is Label.PLACE and b.label is Label.ORGANIZATION and b.start <= a.start and a.end <= b.end


def _starts_at_place(o: Mention, place_starts: set[int]) -> bool:
    return o.start in place_starts or o.simplified[:1] in LEVEL_CHARACTERS


def _adds_lower_kind(m: Mention, place: Mention) -> bool:
    """Whether a model place is a district-or-higher place plus a lone 镇/乡/村 (平谷区镇(乡)村: its towns).

    Were the longer form a division itself, the gazetteer would have matched it.
    """
    return (m.end == place.end + 1 and m.start == place.start and m.simplified[-1:] in _LOWER_KINDS
            and place.simplified[-1:] in LEVEL_CHARACTERS)


def _facility_of_places(m: Mention, inner: list[Mention]) -> bool:
    """Whether a model place is a facility named after the places that make its name (黄岩|路桥|机场,
    天津|河北|体育场): one place, not the places it runs together."""
    head = first_ending(m.simplified, _FACILITY_HEADS, len(m.simplified))  # one C test for most names (speed127)
    if not head or not all(m.start <= p.start and p.end <= m.end - len(head) for p in inner):
        return False
    # the places fill the name before the head; a city before another name is its own place, as People's
    # Daily marks it (昆明|拓东体育场, 福州|左海公园)
    covered = sorted((p.start, p.end) for p in inner)
    at = m.start
    for start, end in covered:
        if start != at:
            return False
        at = end
    return at == m.end - len(head)


# what ends a street's or a lane's name
_STREET_HEADS = ("大街", "街", "路", "大道", "巷", "里")


# what ends the name of an estate, a mall, a square or a village of Hong Kong, Macau or Taiwan after its area
# (筲箕湾|阿公岩村, 秀林乡|富世村: the village a place of its own, as the web golds write it; places212)
_LOCAL_SITE_HEADS = FACILITY_WORDS + ("邨", "苑", "花园", "中心", "城", "坊", "村")

#: A road's one-letter head: after a place's name it names a road after the place (北角道, 观塘道, 弥敦道).
_ROAD_LETTERS = frozenset("道路街")


def _street_after(m: Mention, inner: list[Mention], text: str) -> Mention | None:
    """The street a model place names after the gazetteer place it opens with, as a place of its own
    (上环|海味街, 中环|皇后大道): two Han letters or more before a street's head; None otherwise.

    >>> from zhkg.records import Mention, Label
    >>> text = "在上环海味街经营"
    >>> model = Mention("d", 1, 6, text[1:6], text[1:6], Label.PLACE, "crf")
    >>> place = Mention("d", 1, 3, "上环", "上环", Label.PLACE, "gazetteer", code="HK")
    >>> _street_after(model, [place], text).simplified
    '海味街'
    """

    rest = _rest_after_place(m, inner, text)
    if rest is None:
        return None
    place = _opening_chain(m, inner)[-1]
    head = next((h for h in _STREET_HEADS if rest.endswith(h)), "")
    if not head and (place.code.startswith(("HK-", "MO-")) or place.code.startswith("TW-")
                     and place.code.count("-") == 2):
        # an estate, a mall or a square after its area or district (屯门|兆康苑, 铜锣湾|时代广场); a city's
        # facility keeps its name (桃园国际机场)
        head = next((h for h in _LOCAL_SITE_HEADS if rest.endswith(h)), "")
    if not head or len(rest) - len(head) < 2 or not _HAN_RUN.fullmatch(rest):
        return None
    if rest[0] in _ROAD_LETTERS:
        return None  # 北角道|北景街: the road is named after the place (北角道), no street 道北景街
    return _place_after(m, place, text)


def _opening_chain(m: Mention, inner: list[Mention]) -> list[Mention]:
    """The gazetteer places that open a model place one after another (美国|纽约州 of 美国纽约州绮色佳), when they are
    all the places inside it and leave something after them; empty otherwise."""
    chain = sorted(inner, key=lambda p: p.start)
    at = m.start
    for p in chain:
        if p.start != at:
            return []
        at = p.end
    return chain if chain and at < m.end else []


def _rest_after_place(m: Mention, inner: list[Mention], text: str) -> str | None:
    """What a model place adds after the gazetteer places that open it one after another (海味街 of 上环|海味街,
    布鲁克林区 of 美国|纽约市|布鲁克林区); None when no place opens it or the places are all of it."""
    chain = _opening_chain(m, inner)
    return text[chain[-1].end:m.end] if chain else None


def _place_below(m: Mention, inner: list[Mention], text: str) -> Mention | None:
    """The division a model place names after two gazetteer places or more that open it, from the larger down
    (美国|纽约市|布鲁克林区, 日本|静冈县|滨松市中区): two Han letters or more before a division's kind, a place of its
    own, as People's Daily marks each place of an address; None otherwise (西班牙|穆尔西亚|自治区 names no place).

    >>> from zhkg.records import Mention, Label
    >>> text = "移居美国纽约市布鲁克林区"
    >>> model = Mention("d", 2, 12, text[2:12], text[2:12], Label.PLACE, "crf")
    >>> us = Mention("d", 2, 4, "美国", "美国", Label.PLACE, "gazetteer", code="US")
    >>> city = Mention("d", 4, 7, "纽约市", "纽约市", Label.PLACE, "gazetteer", code="US-city:New_York")
    >>> _place_below(model, [us, city], text).simplified
    '布鲁克林区'
    >>> _place_below(model, [city], text) is None    # one place opens it: the readers above decide
    True
    """
    rest = _rest_after_place(m, inner, text)
    if rest is None or len(inner) < 2 or len(rest) < 3 or rest[-1] not in _DIVISION_ENDS \
            or not _HAN_RUN.fullmatch(rest) or rest.startswith(("自治", "特别", "地区", "市区", "城区", "郊区")):
        return None
    return _place_after(m, _opening_chain(m, inner)[-1], text)


def _place_after(m: Mention, place: Mention, text: str) -> Mention:
    """The rest of a model place after the place that opens it, as a place of its own without code."""
    cut = place.end - m.start
    return replace(m, start=place.end, text=m.text[cut:], simplified=text[place.end:m.end], canonical="", code="")


# what ends a site's name after the city it lies in (福州|左海公园, 济南|成通文化城邮币卡市场)
_SITE_HEADS = tuple(sorted(set(_FACILITY_HEADS) | set(FACILITY_WORDS) | {"市场", "批发市场"}, key=len, reverse=True))


def _site_after(m: Mention, inner: list[Mention], text: str) -> Mention | None:
    """The site a model place names after the one gazetteer place it opens with, where the rest is a name jieba
    does not know before a facility's head (福州|左海公园, 济南|成通文化城邮币卡市场): a place of its own, as
    People's Daily marks a city before another name; None otherwise.

    >>> from zhkg.records import Mention, Label
    >>> text = "市民涌向福州左海公园赏花"
    >>> model = Mention("d", 4, 10, text[4:10], text[4:10], Label.PLACE, "crf")
    >>> city = Mention("d", 4, 6, "福州", "福州", Label.PLACE, "gazetteer", code="350100")
    >>> _site_after(model, [city], text).simplified
    '左海公园'
    >>> _site_after(replace(model, end=8), [city], text) is None    # 福州左海: no site's head
    True
    """
    rest = _rest_after_place(m, inner, text)
    head = next((h for h in _SITE_HEADS if rest.endswith(h)), "") if rest else ""
    if not head or len(rest) - len(head) < 2 or not _HAN_RUN.fullmatch(rest) \
            or any(ch in _STREET_LETTERS for ch in rest[:-len(head)]):
        return None  # (an address is no site's name: 鞍山|西道白堤路颐高数码广场, the road 鞍山西道)
    return _place_after(m, _opening_chain(m, inner)[-1], text)


_STREET_LETTERS = frozenset("路街道巷")


# kinds of land that close a transliterated place's name (苏拉威西岛, 马来半岛)
_LAND_HEADS = ("群岛", "半岛", "岛", "州", "省", "市", "山", "河", "湖")


def _name_after(m: Mention, inner: list[Mention], text: str, lexicon: Lexicon) -> Mention | None:
    """The place a model place names after the country, state or province it opens with (ISO 3166 codes
    outside China, Taiwan, Hong Kong and Macau), when the rest is a transliterated name of two letters or
    more or a word jieba's dictionary holds as a place (加州|圣塔克拉拉, 夏威夷|火奴鲁鲁, 波斯尼亚|莫斯塔尔): a
    place of its own, without code.

    >>> from zhkg.records import Mention, Label
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "总部位于加州圣塔克拉拉。"
    >>> model = Mention("d", 4, 11, text[4:11], text[4:11], Label.PLACE, "crf")
    >>> state = Mention("d", 4, 6, "加州", "加州", Label.PLACE, "gazetteer", code="US-CA")
    >>> _name_after(model, [state], text, load_lexicon()).simplified
    '圣塔克拉拉'
    """
    rest = _rest_after_place(m, inner, text)
    place = _opening_chain(m, inner)[-1] if rest is not None else None
    if place is None or not (_STATE_CODE.fullmatch(place.code) or is_country_code(place.code)) \
            or place.code[:2] in _REGION_CODES or place.code == "CN":
        return None  # (a city before a name is a club's: 莫斯科斯巴达, 基辅迪那摩)
    from zhkg.stages.segment import dictionary_tag

    # 圣 (San, Saint) opens many such names (圣克拉拉, 圣何塞) and writes no sound of its own, and a kind of
    # land may close one (印尼|苏拉威西岛, 菲律宾|棉兰老岛)
    name = rest[1:] if rest.startswith("圣") else rest
    name = next((name[:-len(h)] for h in _LAND_HEADS if name.endswith(h) and len(name) - len(h) >= 3), name)
    # a dictionary's place word of two letters is as often a generic one (安大略|山庄, a housing estate)
    if len(name) < 2 or not (all(c in lexicon.foreign_name_chars for c in name) or (
            len(rest) >= 3 and dictionary_tag(rest) == "ns" and not rest.endswith(FACILITY_WORDS))):
        return None
    return _place_after(m, place, text)


def _oov_rest(m: Mention, place: Mention, table: TokenTable | None) -> bool:
    """Whether what a model place adds to a gazetteer place is a word jieba does not know (铜川|驻村)."""
    if table is None or place.end >= m.end:
        return False
    k = table.token_of_char[place.end]
    word = table.words[k]
    return word.idx == place.end and word.tag == "x" and word.end <= m.end


def country_split_off(o: Mention, m: Mention, model_places: set[tuple[int, int]], countries: set[tuple[int, int]]) -> bool:
    """Whether a rule organisation ``o`` is a model organisation ``m`` with only a country before it that the model
    read as a place of its own (泰国|朱拉隆功大学, 中国|北京大学, 美国|密执安州立大学): the model split the
    country off the body, as People's Daily marks it, and its organisation is the body's name (overrides98). Where
    the model reads the country inside the name (美国哈佛大学, 日本航空公司) nothing changes.

    >>> o = Mention("d", 0, 6, "中国北京大学", "中国北京大学", Label.ORGANIZATION, "org_suffix")
    >>> m = Mention("d", 2, 6, "北京大学", "北京大学", Label.ORGANIZATION, "crf")
    >>> country_split_off(o, m, {(0, 2)}, {(0, 2)}), country_split_off(o, m, set(), {(0, 2)})
    (True, False)
    """
    country = (o.start, m.start)
    return o.end == m.end and o.start < m.start and country in model_places and country in countries
