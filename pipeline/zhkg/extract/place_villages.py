"""Places below and beside the gazetteer's divisions: villages, Taiwan's villages and township lists, and divisions
whose names are common words.

Split out of :mod:`zhkg.extract.places` by tidy119 (every block moved word for word):

* ``_village_mentions``: a two- or three-character proper noun + 村/社区/镇/乡 right after a place or a locative cue
  (在罗汉村召开, 常乐镇上游村), emitted without code;
* ``_taiwan_village_mentions``: villages of Taiwan (里, 村) written right after a district or township the gazetteer
  linked (:data:`VILLAGE_TW`), and the villages of the same head listed after it with 、 (士林區永福里、新安里、陽明里:
  places219);
* ``_words_of_the_territory``: a stoplisted name of a Hong Kong or Macau division (九龙, 东区) written as a word of
  its own in a document that links another place of that territory, or framed as a place (在|九龙|长大);
* ``_taiwan_township_lists``: Taiwan townships written in a list after their county.

Caveats
-------
* The gazetteer stops at townships, so a village is never given a code.
* A village's name is read from jieba's tags: a name jieba splits into common words is missed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.extract.place_tokens import EXTRACTOR, _is_han, _stop_forms, _Tokens
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.gazetteer import Division, Gazetteer, short_forms
from zhkg.resources.lexicon import Lexicon
from zhkg.text import find_all

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["_PROPER_TAGS", "_VILLAGE_SUFFIXES", "_NOT_VILLAGE_NAME_TAGS", "_NOT_IN_VILLAGE_NAME", "_village_mentions",
           "VILLAGE_TW", "_TW_VILLAGE", "_NOT_IN_TW_VILLAGE_NAME", "_taiwan_village_mentions", "_territory_words",
           "_PLACE_FRAME_BEFORE", "_PLACE_FRAME_ENDS", "_REGION_PARTS", "_NOT_REGION_PART", "_PLACE_HEADS_AFTER",
           "_region_in_frame", "_words_of_the_territory", "_SENTENCE_ENDS", "_HAN_LIST", "_taiwan_township_forms",
           "_taiwan_township_lists"]


# jieba tags of proper nouns, or of words jieba had to build itself ("x").
_PROPER_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nz", "x"})
_VILLAGE_SUFFIXES = ("社区", "村", "镇", "乡")
# Right after a place a village's or town's name may be any word but these (常乐镇|上游|村: 上游 is a
# locative noun, f): prepositions, conjunctions, particles, adverbs, pronouns, numerals, classifiers, verbs.
_NOT_VILLAGE_NAME_TAGS = frozenset("pcudrmqv")
# Characters of quantity and reference: 有个村, 这个村, 每个村 are no names.
_NOT_IN_VILLAGE_NAME = frozenset("个这那每各全本该某此其有几多一二三四五六七八九十两")


def _village_mentions(
    doc: Doc, text: str, tokens: _Tokens, place_ends: set[int], lexicon: Lexicon
) -> list[Mention]:
    """Villages and communities outside the gazetteer, in a clear place context."""
    cues = lexicon.village_cues
    stop = _stop_forms(lexicon)
    out = []
    words = tokens.words
    # only the words ending where a suffix ends, found by one scan of the text (speed127: a loop over every word
    # asked each one); no suffix overlaps another, so the scan finds every one
    for at in re.finditer("|".join(_VILLAGE_SUFFIXES), text):
        k = tokens.word_index(at.end() - 1)
        if k < 0:
            continue
        token = words[k]
        if token.idx + len(token.text) != at.end() or not token.text.endswith(_VILLAGE_SUFFIXES):
            continue
        suffix = next(s for s in _VILLAGE_SUFFIXES if token.text.endswith(s))
        if token.text == suffix:
            # the name is the one or two proper-noun tokens before: 罗汉|村
            for width in (1, 2):
                name_tokens = words[max(k - width, 0) : k]
                if len(name_tokens) == width and 2 <= sum(len(t.text) for t in name_tokens) <= 3:
                    if all(_is_han(t.text) and (t.tag in _PROPER_TAGS or (
                            name_tokens[0].idx in place_ends and t.tag[:1] not in _NOT_VILLAGE_NAME_TAGS))
                           for t in name_tokens):
                        break
            else:
                continue
            start, cue_index = name_tokens[0].idx, k - width - 1
        elif 2 <= len(token.text) - len(suffix) <= 3 and token.tag in {"x", "ns"} and _is_han(token.text):
            start, cue_index = token.idx, k - 1  # jieba kept it whole: 罗汉村
        else:
            continue
        end = token.idx + len(token.text)
        name = text[start : end - len(suffix)]
        if name in stop or not _NOT_IN_VILLAGE_NAME.isdisjoint(name):
            continue
        cued = cue_index >= 0 and words[cue_index].text in cues
        if cued or start in place_ends:
            out.append(make_mention(doc, start, end, Label.PLACE, EXTRACTOR, canonical=text[start:end]))
    # a name the document once sets as a village is that village wherever else it is written whole
    # (常乐镇上游村 … 在上游村其他3个生产队), unless it starts or ends inside a word
    found = {(m.start, m.end) for m in out}
    for name in sorted({text[m.start : m.end] for m in out}):
        for again in find_all(name, text):
            span = again.span()
            if span not in found and span[0] in tokens.starts and span[1] in tokens.ends:
                out.append(make_mention(doc, span[0], span[1], Label.PLACE, EXTRACTOR, canonical=name))
    return sorted(out, key=lambda m: (m.start, m.end))


# A Taiwan village (里 in a city's district, 村 in a rural township) named right after its district or
# township: 鳳山區五甲里, 光復鄉大進村, 三重區光明里里長. Its name is two or three characters, none a word of
# grammar (大安區的里民, 區內各里) and not the district office (區公所).
VILLAGE_TW = MentionSource.PLACE_VILLAGE_TW
_TW_VILLAGE = re.compile(r"([\u4e00-\u9fff]{2,3}?)[里村]")
_NOT_IN_TW_VILLAGE_NAME = frozenset("的之在和与及等、个这那每各全本该某此其有内里村")


def _taiwan_village_mentions(doc: Doc, text: str, places: list[Mention]) -> list[Mention]:
    """Villages of Taiwan (里, 村) written right after a district or township the gazetteer linked."""
    out = []
    for place in places:
        if not (place.code.startswith("TW-") and place.code.count("-") == 2):
            continue
        match = _TW_VILLAGE.match(text, place.end)
        if match is None:
            continue
        name = match.group(1)
        if name.startswith("公所") or not _NOT_IN_TW_VILLAGE_NAME.isdisjoint(name):
            continue
        out.append(make_mention(doc, match.start(), match.end(), Label.PLACE, VILLAGE_TW, canonical=match.group()))
        # the villages of the same head listed after it (永福里、新安里、阳明里): the district's too; a listed name
        # may hold 等, a list's "and so on" only after it (平等里; 永福里、平等里等)
        head, not_in_listed = match.group()[-1], _NOT_IN_TW_VILLAGE_NAME - {"等"}
        while text.startswith("、", match.end()):
            match = _TW_VILLAGE.match(text, match.end() + 1)
            if match is None or match.group()[-1] != head or not not_in_listed.isdisjoint(match.group(1)):
                break
            out.append(make_mention(doc, match.start(), match.end(), Label.PLACE, VILLAGE_TW, canonical=match.group()))
    return out


@lru_cache(maxsize=4)
def _territory_words(gazetteer: Gazetteer, stop: frozenset[str]) -> dict[str, Division]:
    """The stoplist's forms that are the full name of one division of Hong Kong or of Macau (九龙: a word in
    九龙江, 九龙山 and many mainland names; 东区, the eastern district of many a place) -> that division."""
    out = {}
    for form in sorted(stop):
        for region in ("HK", "MO"):
            found = [d for d in gazetteer.lookup(form) if gazetteer.region(d.code) == region]
            if len(found) == 1:
                out[form] = found[0]
    return out


# the word before a place in a place's frame: a preposition or a verb of living, going and coming (在九龙长大,
# 移居九龙, 来往九龙): written for zhkg
_PLACE_FRAME_BEFORE = frozenset({"在", "于", "到", "往", "赴", "回", "返", "自", "从", "由", "住", "住在", "来自", "位于",
                                 "前往", "返回", "移居", "迁居", "来往", "往返", "途经", "身处", "遍及", "出身"})
_PLACE_FRAME_ENDS = frozenset("于到往")
# a direction after a region's name that makes a part of it, Hong Kong's constituencies among them (九龙东, 九龙西,
# 九龙中), unless a word of a street, school or body goes on (九龙东路, 九龙中学, 九龙西站)
_REGION_PARTS = "东西中南北"
_NOT_REGION_PART = "路街道巷学心站部段区村镇乡"
# a head after a name that makes it another place of the same name (九龙|镇, 九龙|山, 九龙|坡): no region alone
_PLACE_HEADS_AFTER = "镇乡村山江坡湖寨壁县区街路河溪洞湾岭峰桥城塘口岛"


def _region_in_frame(text: str, tokens: _Tokens, start: int, end: int) -> bool:
    """Whether a region's name standing as a word at ``text[start:end]`` is a place by its frame alone: a
    preposition or verb of place before it (在|九龙|长大), or a direction after it that names a part of it
    (九龙|东选区, 九龙|西今届); not before a head that names another place (在|九龙|镇)."""
    after = text[end:end + 1]
    if after in _REGION_PARTS:
        return text[end + 1:end + 2] not in _NOT_REGION_PART or not text[end + 1:end + 2]
    if after and after in _PLACE_HEADS_AFTER:
        return False
    before = tokens.at(start - 1).text if start > 0 else ""
    # (or a verb with its preposition or direction glued on: 出生于, 来到, 飞往)
    return before in _PLACE_FRAME_BEFORE or len(before) >= 2 and before[-1] in _PLACE_FRAME_ENDS


def _words_of_the_territory(doc: Doc, text: str, tokens: _Tokens, places: list[Mention], gazetteer: Gazetteer,
                            lexicon: Lexicon) -> list[Mention]:
    """A stoplisted name of a Hong Kong or Macau division written as a word of its own (在九龙及新界) in a
    document that links another place of that territory: that division; elsewhere it stays a word. A region of
    the territory (九龙) is one in any document where its frame says it is a place (:func:`_region_in_frame`)."""
    regions = {gazetteer.region(m.code) for m in places if m.code}
    words = _territory_words(gazetteer, _stop_forms(lexicon))
    out = []
    for form, division in words.items():
        linked = gazetteer.region(division.code) in regions
        if not linked and division.level != 2:
            continue
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if at in tokens.starts and (end in tokens.ends or not linked and text[end:end + 1] in _REGION_PARTS) \
                    and (linked or _region_in_frame(text, tokens, at, end)):
                out.append(make_mention(doc, at, end, Label.PLACE, EXTRACTOR, canonical=division.name,
                                        code=division.code))
            at = text.find(form, end)
    return out


# A list of names joined by 、 (中正、大同、中山等區), each item a run of Han characters.
_SENTENCE_ENDS = ("。", "！", "？", "\n")
_HAN_LIST = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")


@lru_cache(maxsize=4)
def _taiwan_township_forms(gazetteer: Gazetteer) -> dict[str, dict[str, Division]]:
    """Each full name and short form of Taiwan's districts and townships -> {county code: division}."""
    forms: dict[str, dict[str, Division]] = {}
    for d in gazetteer:
        if d.code.startswith("TW-") and d.code.count("-") == 2:
            for form in (d.name, *short_forms(d.name)):
                if len(form) >= 2:
                    forms.setdefault(form, {})[d.parent_code] = d
    return forms


def _taiwan_township_lists(doc: Doc, text: str, places: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Taiwan's townships listed by their short forms (台北市…中正、大同、中山等區; 南投縣信義、仁愛兩鄉).

    News drops 區/鄉/鎮 in a list. A short form alone is too often a word or another place (中山, 信義,
    永和), so a list counts only when every item is a township of one county (the list's first item may
    be the end of a longer run, its last the start of one: 表示中正、大同等; a last item joined by 及, 和 or 与
    is two: 竹山、集集及水里三鄉鎮) and the document links that county or a place in it in the list's sentence,
    or, with none there, before the list and no other county whose townships the items all are (台中市議員…
    第2選區（沙鹿、清水、梧棲）: places225).

    >>> from zhkg.resources.gazetteer import load_gazetteer
    >>> from zhkg.stages.segment import make_nlp
    >>> text = "台中市议会选举登场。第2选区（沙鹿、清水、梧栖）竞争激烈；南投县长勘查竹山、集集及水里三乡镇。"
    >>> g = load_gazetteer()
    >>> places = [Mention("d", 0, 3, "台中市", "台中市", Label.PLACE, "gazetteer", code="TW-TXG"),
    ...           Mention("d", 29, 32, "南投县", "南投县", Label.PLACE, "gazetteer", code="TW-NAN")]
    >>> [(m.text, m.code) for m in _taiwan_township_lists(make_nlp()(text), text, places, g)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('沙鹿', 'TW-TXG-433'), ('清水', 'TW-TXG-436'), ('梧栖', 'TW-TXG-435'), ('竹山', 'TW-NAN-557'),
     ('集集', 'TW-NAN-552'), ('水里', 'TW-NAN-553')]
    """
    taiwan = [(m.start, "-".join(m.code.split("-")[:2])) for m in places
              if m.code.startswith("TW-") and m.code.count("-") >= 1]
    # a county the mainland's list holds too is left uncoded (金门县, 连江县: Fujian's as well); its list decides
    taiwan += [(m.start, d.code) for m in places if not m.code
               for d in gazetteer.lookup(m.simplified) if d.code.startswith("TW-") and d.level == 2]
    if not taiwan:
        return []
    forms = _taiwan_township_forms(gazetteer)
    out = []
    for run in _HAN_LIST.finditer(text):
        sentence_start = max(text.rfind(end, 0, run.start()) for end in _SENTENCE_ENDS) + 1
        counties = {county for at, county in taiwan if sentence_start <= at < run.end()}
        earlier = {county for at, county in taiwan if at < sentence_start}
        parts = run.group().split("、")
        # a last item joined to one more by 及, 和 or 与 (…、集集及水里三乡镇): the item (two to four letters) and that one
        joined = re.match(r"([\u4e00-\u9fff]{2,4}?)[及和与](?=[\u4e00-\u9fff]{2})", parts[-1])
        if joined:
            parts[-1:] = [joined.group(1), parts[-1][len(joined.group(1)) + 1:]]
        spans, offset = [], run.start()
        for k, part in enumerate(parts):
            if k == 0:
                item = next((part[-n:] for n in (4, 3, 2) if len(part) >= n and part[-n:] in forms), "")
                start = offset + len(part) - len(item)
            elif k == len(parts) - 1:
                item = next((part[:n] for n in (4, 3, 2) if len(part) >= n and part[:n] in forms), "")
                start = offset
            else:
                item = part if part in forms else ""
                start = offset
            if not item:
                break
            spans.append((start, start + len(item), item))
            offset += len(part) + 1
        else:
            every = set.intersection(*(set(forms[item]) for _, _, item in spans))
            shared = every & counties
            if not shared and len(every & earlier) == 1:
                shared = every & earlier  # the county the document named before the list's sentence
            if len(shared) == 1:
                county = shared.pop()
                for start, end, item in spans:
                    division = forms[item][county]
                    out.append(make_mention(doc, start, end, Label.PLACE, EXTRACTOR, canonical=division.name,
                                            code=division.code))
    return out
