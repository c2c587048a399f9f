"""Places no division is: landmarks, local places, historic provinces and natural features.

Split out of :mod:`zhkg.extract.places` by tidy119 (every block moved word for word):

* ``_with_local_places``: streets, stations and estates of Taiwan and Hong Kong (:mod:`zhkg.extract.local_places`),
  :data:`LOCAL`;
* ``_with_landmarks`` and ``_with_listed_landmarks``: mountains, parks and night markets named by their kind
  (:mod:`zhkg.extract.landmarks`) and the venues of ``place_landmarks.tsv`` (大巨蛋, 维港), :data:`LANDMARK`;
* :func:`historic_places`: provinces a modern gazetteer does not hold, read from a governor's title or 省 after
  them (直隶总督, 奉天省长), :data:`HISTORIC`;
* :func:`natural_features`: lakes, rivers, hot springs, reservoirs and waterfalls named by a proper name and their
  head (固城湖, 汤山温泉), :data:`FEATURE`.

:mod:`zhkg.extract.places` calls them and re-exports its public names (:func:`historic_places`,
:func:`natural_features`, :data:`FEATURE`, :data:`HISTORIC`).

Caveats
-------
* Each replaces the places inside it and gives way to a mention it would cut; none has a gazetteer code.
* :func:`historic_places` imports :mod:`zhkg.extract.named_bodies` inside the function, as it did in
  :mod:`zhkg.extract.places` (ministries are bodies, not provinces): importing this module stays cheap.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.extract.landmarks import landmarks, venues
from zhkg.extract.local_places import local_places
from zhkg.extract.place_tokens import _SUFFIX_CHARS, _is_han
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.gazetteer import Gazetteer
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import token_table
from zhkg.text import names_pattern

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["_township_after_county", "LOCAL", "_with_local_places", "_with_landmarks", "_LANDMARK_BODY_AFTER",
           "_with_listed_landmarks", "LANDMARK", "HISTORIC", "_GOVERNORS", "_PROVINCE_NAME_TAGS",
           "_AFTER_PROVINCE", "_PROVINCE_WORD_TAGS", "historic_places", "FEATURE", "_FEATURE_HEADS",
           "_PERSON_LIKE_HEADS", "_FEATURE_HEAD_AT", "_NAMED_BY_NOUN_HEADS", "_FEATURE_NAME_TAGS",
           "_BEFORE_FEATURE_TAGS", "natural_features"]


def _township_after_county(place: Mention, county_ends: set[tuple[int, str]]) -> bool:
    """Whether ``place`` is a Taiwan township written by its short form right after its county (台北市|信义 of
    信义区, 新北市|淡水); ``county_ends`` holds (end, code) of the document's coded places."""
    return place.code.startswith("TW-") and place.code.count("-") == 2 and place.simplified != place.canonical \
        and (place.start, place.code.rsplit("-", 1)[0]) in county_ends


#: The ``extractor`` of a street, station or estate of Taiwan or Hong Kong read by its head (:mod:`local_places`).
LOCAL = MentionSource.PLACE_LOCAL


def _with_local_places(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """Add streets, stations and estates of Taiwan and Hong Kong (:mod:`zhkg.extract.local_places`); one replaces
    the places inside it (台中站 is the station) and gives way to one it would cut."""
    spans = [(s, e) for s, e in local_places(text, token_table(doc), ((m.start, m.end, m.code) for m in mentions
                                                                      if m.code))
             if not any(m.start < e and s < m.end and not (s <= m.start and m.end <= e) for m in mentions)]
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    return kept + [make_mention(doc, s, e, Label.PLACE, LOCAL) for s, e in spans]


def _with_landmarks(doc: Doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Add mountains, streams, night markets, parks and venues named by their kind (:mod:`zhkg.extract.landmarks`); one
    replaces the places inside it (玉山|国家公园 is no 玉山县) and gives way to one it would cut."""
    big = frozenset(text[m.start:m.end] for m in mentions if m.code and (d := gazetteer.get(m.code)) is not None
                    and d.level <= 2)
    # (a Taiwan township's short form opens a name as any word does: 台北市|信义商圈, 新北市|淡水老街)
    county_ends = {(m.end, m.code) for m in mentions if m.code}
    named = frozenset((m.start, m.end) for m in mentions if m.code and not _township_after_county(m, county_ends))
    # a place the gazetteer coded keeps its code where the reader would read the same span (大屿山 HK-IS-LAN)
    table = token_table(doc)
    found = landmarks(text, table, big_places=big, place_spans=named, coded_spans=named,
                      big_place=lambda name: any(d.level <= 2 for d in gazetteer.candidates(name)))
    # a venue named by the place it stands in (东京|巨蛋, 台中|洲际|球场) is that site, not the place; one may open
    # at a place written right after a place it lies in or repeats (湖北省|赤壁|高新区, 日本|东京|巨蛋)
    before = {m.end: m.code for m in mentions if m.code}
    nested = frozenset((m.start, m.end) for m in mentions if m.code and m.start in before and (
        before[m.start] == m.code or any(d.code == before[m.start] for d in gazetteer.ancestors(m.code))))
    found += venues(text, table, frozenset((m.start, m.end) for m in mentions if m.code), big_places=big,
                    nested=nested)
    found = sorted(set(found))
    spans = [(s, e) for s, e in found if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in found)
             and not any(m.start < e and s < m.end and not (s <= m.start and m.end <= e) for m in mentions)]
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    return kept + [make_mention(doc, s, e, Label.PLACE, FEATURE) for s, e in spans]


# what after a listed landmark makes it the start of a body's name (启德体育园|有限公司, 西九文化区|管理局)
_LANDMARK_BODY_AFTER = ("有限公司", "公司", "管理局", "管理处", "管理委员会", "管理中心", "委员会", "管委会", "基金会",
                        "集团", "办公室", "董事局", "站")


def _with_listed_landmarks(doc: Doc, text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Add the venues and landmarks of ``place_landmarks.tsv`` (大巨蛋, 维港, 红馆), each whole: one replaces the
    places inside it (台北|大巨蛋 is one venue, 旺角|大球场 no 旺角) and gives way to one it would cut or that holds
    it, and is never the start of a body's name (西九文化区管理局)."""
    pattern = names_pattern(lexicon.landmarks)
    if pattern is None:
        return mentions
    spans = [(m.start(), m.end()) for m in pattern.finditer(text)
             if not text.startswith(_LANDMARK_BODY_AFTER, m.end())
             and not (m.end() < len(text) and m.group()[-1].isdigit() and text[m.end()].isdigit())]
    spans = [(s, e) for s, e in spans
             if not any(m.start < e and s < m.end and not (s <= m.start and m.end <= e) for m in mentions)]
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    return kept + [make_mention(doc, s, e, Label.PLACE, LANDMARK) for s, e in spans]


#: The ``extractor`` of a venue or landmark of ``place_landmarks.tsv``.
LANDMARK = MentionSource.PLACE_LANDMARK


#: The ``extractor`` of a province the gazetteer does not hold, read from a governor's title or 省 (直隶, 奉天省).
HISTORIC = MentionSource.PLACE_HISTORIC
# the titles of a province's (or provinces') governor under the Ming and Qing (直隶总督, 两江总督, 奉天巡抚)
_GOVERNORS = ("总督", "巡抚", "布政使", "按察使", "提督")
_PROVINCE_NAME_TAGS = frozenset({"ns", "nz", "j", "nr", "nrt", "x"})
# what follows a province's 省 (奉天省长, 热河省的, 直隶省，): not 省份, 省钱, 省略
_AFTER_PROVINCE = re.compile(r"省(?:长|会|城|政府|议会|委|内|境|[的，。、；）)\s]|$)")
# a province's name before 省 is a word jieba knows as a name (奉天, 热河, 察哈尔), never a common word
# or a word ending in a deictic (实施|本省, 在|全省)
_PROVINCE_WORD_TAGS = frozenset({"ns", "nz", "j", "nr", "nrt"})


def historic_places(text: str, table) -> list[tuple[int, int]]:
    """Spans of provinces a modern gazetteer does not hold, read from their context: a proper name of two
    or three characters standing as a word before a governor's title (直隶|总督, 两江|总督), or before
    省 as a province (奉天省长, 热河省的); 陆军省-like ministries are organisations (``state_bodies``).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "道光朝直隶总督，后任奉天省长，热河省的首府。省钱，陆军省次官，实施本省的计划，在全省，安省省长"
    >>> [text[s:e] for s, e in historic_places(text, token_table(make_nlp()(text)))]
    ['直隶', '奉天省', '热河省']
    """
    from zhkg.extract.named_bodies import MINISTRY_FIELDS
    from zhkg.stages.segment import dictionary_tag

    starts = table.starts
    spans = []
    for m in re.finditer("(?=(" + "|".join(_GOVERNORS) + "))", text):
        s = m.start()
        word = table.words[table.token_of_char[s - 1]] if s > 0 else None
        if word is not None and word.end == s and 2 <= len(word.text) <= 3 and word.tag in _PROVINCE_NAME_TAGS:
            spans.append((word.idx, s))
    for m in _AFTER_PROVINCE.finditer(text):
        s = m.start()
        for length in (3, 2):
            name = text[max(0, s - length):s]
            if len(name) == length and _is_han(name) and s - length in starts and name not in MINISTRY_FIELDS \
                    and name[-1] not in _SUFFIX_CHARS \
                    and dictionary_tag(name) in _PROVINCE_WORD_TAGS:
                spans.append((s - length, s + 1))
                break
    return sorted(set(spans))


#: The ``extractor`` of a lake, river, stream, hot spring, reservoir or waterfall named by its head (滁河, 固城湖).
FEATURE = MentionSource.PLACE_FEATURE
# heads of a water feature's name; a person's name may end in 河, 湖 or 溪 (陈开河), never in the others
_FEATURE_HEADS = ("温泉", "水库", "瀑布", "湖", "河", "溪", "潭")
_PERSON_LIKE_HEADS = frozenset("湖河溪潭")
_FEATURE_HEAD_AT = re.compile("|".join(_FEATURE_HEADS))
# heads a proper noun jieba holds may stand before (珍珠泉|温泉); 壮美|瀑布 is a quality, no name
_NAMED_BY_NOUN_HEADS = frozenset({"温泉", "水库"})
# the tags of a feature's own name before its head as a word: a place or a person's name (固城|湖, 汤泉|温泉)
_FEATURE_NAME_TAGS = frozenset({"ns", "nr", "nrt"})
# what may stand before a feature's name: punctuation, a function word or a verb (流过的|固城湖, 有|汤山温泉)
_BEFORE_FEATURE_TAGS = frozenset("pcurvd")


def natural_features(text: str, table) -> list[tuple[int, int]]:
    """Spans of lakes, rivers, streams, hot springs, reservoirs and waterfalls no gazetteer holds, named by a
    proper name and their head: one word of three letters or more jieba does not know or knows as a place, or a
    proper noun ending in 温泉 or 水库 (汤山温泉), or a place's or a person's name jieba holds before the head as
    its own word (固城|湖, 汤泉|温泉; a proper noun before 温泉 or 水库: 珍珠泉|温泉), standing after punctuation, a
    function word or a verb. A common noun is no name (护城河, 运河), nor a word of two letters (江湖, 爱河, 长河
    are places to jieba; 滁河 is left to the recogniser), nor a quality (壮美|瀑布), nor a name after a noun
    (三姓|公溪), nor a person's name before 河/湖/溪 (陈开河). A kind of feature jieba tags as a place (堰塞湖) is
    found here and left out by the caller, :func:`zhkg.extract.places.extract_places`, as a word of
    ``place_stoplist.tsv``.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "包括从六合区流过的滁河、高淳的固城湖、溧水的石臼湖等，著名的有汤山温泉、珍珠泉温泉等。护城河与运河相连，坠入爱河。"
    >>> [text[s:e] for s, e in natural_features(text, token_table(make_nlp()(text)))]
    ['固城湖', '石臼湖', '汤山温泉', '珍珠泉温泉']
    """
    words = table.words
    spans = []
    # only the words a head ends are tried (the head found in the text first), not every word
    candidates = sorted({table.token_of_char[m.end() - 1] for m in _FEATURE_HEAD_AT.finditer(text)})
    for k in candidates:
        word = words[k]
        w = word.text[:-1] if len(word.text) >= 2 and word.text.endswith("等") and word.tag == "x" else word.text
        head = next((h for h in _FEATURE_HEADS if w.endswith(h)), "")
        if not head:
            continue
        end = word.idx + len(w)
        if w != head:  # the name and its head in one word of three letters or more: 汤山温泉, 石臼湖
            name = w[:-len(head)]
            if not (word.tag in ("ns", "x") or (word.tag == "nz" and head not in _PERSON_LIKE_HEADS)) \
                    or not 2 <= len(name) <= 4 or not _is_han(name):
                continue  # (two letters are as often a word: 江湖, 爱河, 长河 are ns to jieba)
            first = k
        else:  # the head its own word after the name's: 固城|湖
            if k == 0:
                continue
            before = words[k - 1]
            tag_ok = before.tag in _FEATURE_NAME_TAGS or (before.tag == "nz" and head in _NAMED_BY_NOUN_HEADS)
            if before.end != word.idx or not tag_ok or not 2 <= len(before.text) <= 4 \
                    or not _is_han(before.text) or (head in _PERSON_LIKE_HEADS and before.tag.startswith("nr")):
                continue
            first = k - 1
        if first > 0:
            left = words[first - 1]
            if not (left.is_punct or left.is_space or left.tag[:1] in _BEFORE_FEATURE_TAGS):
                continue
        spans.append((words[first].idx, end))
    return spans
