"""PLACE mentions: administrative divisions found by gazetteer look-up.

The extractor scans the normalised (Simplified) text of a ``Doc`` for every
full name and short form in the :class:`~zhkg.resources.gazetteer.Gazetteer`,
longest match first, and keeps a match only when the segmentation agrees:

- A match starts where a jieba token starts. Tokens that jieba builds from
  several place names (广西南宁) are split between them first.
- A full name ends where a token ends, or where jieba glued its suffix to an
  organ of the division (平谷|区委, 北京|市长; see ``place_continuations.tsv``).
- A short form ends where a token ends or right before a level suffix
  (祁阳县 for today's 祁阳市), is not on ``place_stoplist.tsv`` (平安, 公安, 长城)
  and is not the given name after a surname (文成 in 陈文成).
- Either may head an organisation or title token (中国|共产党, 湖南|日报): the
  place is emitted and the overlap with the ORGANIZATION mention is settled by
  resolution, not here.

Each match is then linked to one division, by name alone when it is unique,
else by the places already linked in the same paragraph, then in the document
(屏边县 picks the 新华乡 under it; 中山区 in a story about 高雄 is Taiwan's). An
ambiguous full name is kept without a code; an ambiguous short form (新城) is
dropped. A township's short form counts only once the township has been named
in full in the document (西邑乡 ... 西邑). A name the gazetteer marks
``context_only`` (北区, 中环: words too) counts only when a place it lies in is
linked in the document (香港 ... 北区); otherwise it is no place at all.

The gazetteer covers the mainland, Taiwan, Hong Kong, Macau and the world's
countries and major cities, so 台北 is 台北市 (``TW-TPE``), not a street of
Wuhan, and 天水围 is the Hong Kong area, not 天水市.

Two further sources, both conservative: one-character abbreviations inside
fixed patterns (在京, 返京 -> 北京市; ``place_abbreviations.tsv``), and villages or
communities absent from the gazetteer, a two- or three-character proper noun +
村/社区/镇/乡 right after a place or a locative cue (在罗汉村召开, 常乐镇上游村), emitted without code, and
the same name wherever else the document writes it whole.

Layout (tidy119, moved word for word): this module links the gazetteer's matches (:func:`extract_places`, the
scan, the linking, abbreviations, listed places); :mod:`zhkg.extract.place_tokens` holds what every reader shares
(:class:`PlaceMatcher`, a ``Doc``'s tokens, the stoplist, :data:`EXTRACTOR`); :mod:`zhkg.extract.place_villages`
villages, Taiwan's villages and township lists and divisions named by common words (九龙, 东区);
:mod:`zhkg.extract.place_features` landmarks, local places, historic provinces and natural features. Since tidy251
:mod:`zhkg.extract.place_abbreviations` holds places written by abbreviation (在京, 北市|信义区, 北市警方) and
:mod:`zhkg.extract.place_second_looks` the second looks at the places read (东区 after its parent, a county made
Taiwan's by its townships, Taiwan's villages). Since tidy268 (session 56) ``__all__`` here holds only the names this
module defines: import every other from the part that defines it.

Caveats: the gazetteer stops at townships, so village codes are never known;
the stoplist is hand-curated and will need additions as new sources arrive.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.config import Config
from zhkg.extract.base import make_mention
from zhkg.extract.body_regions import body_region_prefixes, division_in_regions
from zhkg.extract.place_abbreviations import (
    _abbreviation_mentions,
    _districts_after_abbreviations,
    _taiwan_abbreviation_mentions,
)
from zhkg.extract.place_features import (
    FEATURE,
    HISTORIC,
    _with_landmarks,
    _with_listed_landmarks,
    _with_local_places,
    historic_places,
    natural_features,
)
from zhkg.extract.place_second_looks import _children_on_the_stoplist, _with_listed_counties, _with_taiwan_villages
from zhkg.extract.place_tokens import (
    _SUFFIX_CHARS,
    EXTRACTOR,
    PlaceMatcher,
    _stop_forms,
    _Tokens,
    place_matcher,
)
from zhkg.extract.place_villages import (
    _taiwan_township_lists,
    _taiwan_village_mentions,
    _village_mentions,
    _words_of_the_territory,
)
from zhkg.extract.taiwan_townships import townships_of_named_counties
from zhkg.records import Label, Mention, MentionSource, Script
from zhkg.resources.gazetteer import Division, Gazetteer, load_gazetteer
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.normalise import detect_script
from zhkg.stages.segment import ORIGINAL_KEY, doc_text, token_table
from zhkg.text import SpanIndex, is_han, names_pattern

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["LISTED", "place_stoplist", "extract_places"]

#: The ``extractor`` of mentions of names listed in a user's ``places.txt``.
LISTED = MentionSource.PLACE_LEXICON

# Which of those suffixes a division of each level may be written with; a short
# form followed by one of its own is extended over it (祁阳县 -> 祁阳市).
_LEVEL_SUFFIXES = {1: "省市", 2: "市州", 3: "县市区旗", 4: "镇乡"}
#: A division suffix (:data:`_SUFFIX_CHARS`), where ``_split_glued_tails`` looks for a word it opens.
_SUFFIX_CHAR = re.compile(f"[{''.join(sorted(_SUFFIX_CHARS))}]")
# jieba tags of tokens a place may begin without ending with them: organisations
# (中国共产党) and other proper nouns such as newspaper titles (湖南日报).
_HEAD_TAGS = frozenset({"nt", "nz"})
# jieba tags of words that cannot be a surname standing alone (向, 和, 于 are
# surnames too, but here a preposition or a conjunction: 向湖南, 湖北和武汉).
_FUNCTION_TAGS = frozenset("pcudrmqfv")
# jieba tags of a personal name.
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})


def place_stoplist() -> frozenset[str]:
    """Surface forms never read as places on their own (the shipped ``place_stoplist.tsv``).

    >>> "平安" in place_stoplist(), "平谷" in place_stoplist()
    (True, False)
    """
    return _stop_forms(load_lexicon())


@dataclass(frozen=True)
class _Hit:
    """A surface form accepted by the boundary guards, before linking."""

    start: int
    end: int
    form: str
    full: bool
    paragraph: int
    #: A stoplisted word read only as a context alias (龙潭 beside 台湾): its generated namesakes do not count.
    stoplisted: bool = False


def _split_compounds(tokens: _Tokens, matcher: PlaceMatcher, gazetteer: Gazetteer, stop: frozenset[str]) -> None:
    """Add boundaries inside tokens made only of place names (广西南宁 -> 广西|南宁)."""

    def usable(form: str) -> bool:
        if form in stop:
            return False
        # a Taiwan district's or township's short form counts too: 高雄凤山 is 高雄|凤山 (see ``_link``)
        return matcher.is_full(form) or any(d.level < 4 or d.code.startswith("TW-")
                                            for d in gazetteer.lookup_short(form))

    for token in tokens.words:
        text = token.text
        if len(text) < 4 or text in matcher:
            continue
        # cuts[i]: a split of text[:i] into usable forms, as the list of cut points.
        cuts: list[list[int] | None] = [None] * (len(text) + 1)
        cuts[0] = []
        for i in range(len(text)):
            if cuts[i] is None:
                continue
            for end, form in matcher.matches_at(text, i):
                if cuts[end] is None and usable(form):
                    cuts[end] = cuts[i] + [end]
        if cuts[len(text)] and len(cuts[len(text)]) > 1:
            for cut in cuts[len(text)][:-1]:
                tokens.starts.add(token.idx + cut)
                tokens.ends.add(token.idx + cut)
    _split_glued_heads(tokens, matcher)
    _split_glued_tails(tokens, matcher)


def _split_glued_heads(tokens: _Tokens, matcher: PlaceMatcher) -> None:
    """Add a boundary after one character jieba's HMM glued onto the start of a division's full name that
    runs on past the word (前新北|市长: 新北市, whose 市 the role shares)."""
    for token in tokens.words:
        if token.tag != "x" or len(token.text) < 3:
            continue
        start, end = token.idx + 1, token.idx + len(token.text)
        if any(matcher.is_full(form) and stop >= end for stop, form in matcher.matches_at(tokens.text, start)):
            tokens.starts.add(start)
            tokens.ends.add(start)


def _split_glued_tails(tokens: _Tokens, matcher: PlaceMatcher) -> None:
    """Add a boundary after a division's suffix that jieba glued onto the next word (北屯|区松|竹里: 北屯区, of
    台中市北屯区松竹里; 台|中|市中区: 台中市 and its 中区), when a full name runs from one of the two words before
    to that suffix; a word of jieba's dictionary only when what follows the suffix is a division's name."""
    words = tokens.words
    # only the words (not the first) opening with a suffix, found by one scan of the text (speed127)
    for at in _SUFFIX_CHAR.finditer(tokens.text):
        k = tokens.word_index(at.start())
        if k < 1:
            continue
        token = words[k]
        if token.idx != at.start() or len(token.text) < 2:
            continue
        # a dictionary word is cut only into a division and another (市|中区), never 台中市|场 of 市场
        if token.tag != "x" and not (token.text[1:] in matcher and matcher.is_full(token.text[1:])):
            continue
        cut = token.idx + 1
        if any(end == cut and matcher.is_full(form)
               for before in words[max(0, k - 2):k] for end, form in matcher.matches_at(tokens.text, before.idx)):
            tokens.starts.add(cut)
            tokens.ends.add(cut)


def _heads_token(tokens: _Tokens, start: int, end: int) -> bool:
    """Whether ``[start, end)`` begins an organisation or title token (中国|共产党)."""
    return tokens.first(start) == start and tokens.tag(start) in _HEAD_TAGS and end <= tokens.last(start)


def _full_name_ends(text: str, tokens: _Tokens, start: int, end: int, continuations: tuple[str, ...]) -> bool:
    if end in tokens.ends or _heads_token(tokens, start, end):
        return True
    glued = tokens.first(end - 1)  # the token holding the suffix: 区委 in 平谷|区委
    return start < glued and text[end : tokens.last(end - 1)].startswith(continuations)


def _short_form_ends(text: str, tokens: _Tokens, start: int, end: int) -> bool:
    if end in tokens.ends or _heads_token(tokens, start, end):
        return True
    return end < len(text) and text[end] in _SUFFIX_CHARS


def _in_person_name(text: str, tokens: _Tokens, start: int, end: int, surnames: frozenset[str]) -> bool:
    """Whether a two-character short form is the given name after a surname.

    陈|文成, 刘|山南: a surname standing alone as a token, unless jieba reads it
    as a function word. 客户王|永胜: a surname glued to the word before, when
    jieba also tags the short form as a name. Names in transliteration (劳伦斯·
    莱西格) sit next to a middle dot.
    """
    if (start and text[start - 1] == "·") or (end < len(text) and text[end] == "·"):
        return True
    if start == 0 or text[start - 1] not in surnames:
        return False
    before = tokens.at(start - 1)
    if before.idx == start - 1 and len(before.text) == 1:
        return before.tag[:1] not in _FUNCTION_TAGS
    return tokens.tag(start) in _NAME_TAGS


# A count of games before a streak's 连 (3连平, 两连胜): 连平 there is three draws running, no 连平县.
_STREAK_COUNTS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十两几")
# The letters of likeness that open the last half of a four-letter saying (静若|磐石, 稳如|磐石), and the
# letters before 如 that make it "such as" instead (例如, 比如, 诸如: a list of places follows).
_LIKENESS = frozenset("若如似")
_LISTING = frozenset("例比诸譬假正")


def _in_a_saying(text: str, start: int, form: str) -> bool:
    """Whether a short form is a word of a set phrase, not a place (round overrides61): a streak after its count
    (3|连平: three draws, not 连平县) or the thing a four-letter simile names, a common noun to jieba's dictionary
    (静若|磐石, 稳如磐石: a rock, not 磐石市; 宛如北京 stays a place, 北京 being a place's word).

    >>> text = "近期3连平，队员静若磐石。连平县"
    >>> [_in_a_saying(text, s, f) for s, f in ((3, "连平"), (10, "磐石"), (13, "连平"))]
    [True, True, False]
    """
    from zhkg.stages.segment import dictionary_tag

    if form.startswith("连") and text[start - 1:start] in _STREAK_COUNTS and start:
        return True
    return len(form) == 2 and start >= 2 and text[start - 1] in _LIKENESS and is_han(text[start - 2]) \
        and text[start - 2] not in _LISTING and dictionary_tag(form) == "n"


_LINE_BREAK = re.compile("\n")


def _scan(text: str, tokens: _Tokens, matcher: PlaceMatcher, config: Config, lexicon: Lexicon,
          context_words: frozenset[str] = frozenset()) -> list[_Hit]:
    """Accepted surface forms, leftmost first, each the longest that passes the guards; a stoplisted form
    only when ``context_words`` holds it (a context alias, read beside its place alone)."""
    stop = _stop_forms(lexicon)
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    hits: list[_Hit] = []
    covered = 0
    openings = matcher.openings
    size = len(text)  # (asked at every token start: a name, not a call)
    for start in sorted(tokens.starts):
        if start < covered or start >= size or (text[start:start + 2] not in openings
                                                and text[start] not in openings):
            continue
        if tokens.at(start).text in lexicon.stoplisted_things:
            continue  # 三明治 is no 三明, 大马哈鱼 no 大马: a thing whose word holds a place's name
        for end, form in matcher.matches_at(text, start):
            if form in stop and form not in context_words and not text.startswith(_DISTRICT_COUNCIL, end):
                continue  # a word (东区), but Hong Kong's district before its council (东区|区议员)
            full = matcher.is_full(form)
            if full:
                if not _full_name_ends(text, tokens, start, end, lexicon.place_continuations) \
                        and not text.startswith(_DISTRICT_COUNCIL, end):  # 东|区区|议员: jieba's 区区 (trifling)
                    continue
            else:
                if not config.place_short_forms or len(form) < config.place_short_min_chars:
                    continue
                if not _short_form_ends(text, tokens, start, end):
                    continue
                if len(form) == 2 and _in_person_name(text, tokens, start, end, lexicon.surnames):
                    continue
                if _in_a_saying(text, start, form):
                    continue
            hits.append(_Hit(start, end, form, full, bisect_right(breaks, start), form in stop))
            covered = end
            break
    return hits


def _link(hits: list[_Hit], gazetteer: Gazetteer,
          regions: Callable[[], frozenset[str]] = frozenset, original: str = "") -> dict[_Hit, Division | None]:
    """Link each hit to a division, widening the context until nothing changes.

    Unique names link first; then, repeatedly, the paragraph's linked places and
    failing that the document's narrow the rest down; then the regions whose bodies
    the document names (``regions``, called once if needed: :mod:`zhkg.extract.body_regions`);
    then the script a county of Taiwan's is written in (``original``: the document as written,
    :func:`_taiwan_county_of_both`).
    """
    named_townships = {d.code for h in hits if h.full for d in gazetteer.lookup(h.form) if d.level == 4}
    # a township written by its short form right after its county (高雄凤山) is named as if in full
    counties_before = _taiwan_counties_before(hits, gazetteer)
    named_townships |= {d.code for h in hits if not h.full and h.start in counties_before
                        for d in gazetteer.lookup_short(h.form) if d.parent_code in counties_before[h.start]}
    named_townships |= townships_of_named_counties(hits, gazetteer)  # anywhere in a story of its county (雲林…斗六)

    def short(hit: _Hit) -> tuple[Division, ...]:
        return tuple(d for d in gazetteer.lookup_short(hit.form) if d.level < 4 or d.code in named_townships)

    def candidates(hit: _Hit) -> tuple[Division, ...]:
        if hit.full:
            full = gazetteer.lookup(hit.form)
            # 黑山 is Montenegro only beside a place of it; else the short form of 黑山县; a stoplisted word
            # (龙潭) is its context alias's place or none, never a namesake's short form
            if all(d.context_only for d in full) and not hit.stoplisted:
                return full + short(hit)
            return full
        return short(hit)

    pools = {hit: candidates(hit) for hit in hits}
    linked: dict[_Hit, Division | None] = {
        hit: gazetteer.choose(pool, prefer_province=not hit.full) for hit, pool in pools.items()
    }
    changed = True
    while changed:
        changed = False
        in_document: set[str] = set()
        in_paragraph: dict[int, set[str]] = {}
        for hit, division in linked.items():
            if division is not None:
                in_document.add(division.code)
                in_paragraph.setdefault(hit.paragraph, set()).add(division.code)
        # each scope sorted once a round, not once a hit; a paragraph naming every place of the document (one
        # long line is one paragraph) is not tried twice: the document would choose as it did
        document_scope = sorted(in_document)
        paragraph_scopes = {p: sorted(codes) for p, codes in in_paragraph.items()}
        for hit in [h for h, d in linked.items()
                    if d is None and (len(pools[h]) > 1 or any(c.context_only for c in pools[h]))]:
            paragraph_scope = paragraph_scopes.get(hit.paragraph, [])
            scopes = (paragraph_scope,) if len(paragraph_scope) == len(document_scope) else (paragraph_scope,
                                                                                            document_scope)
            for scope in scopes:
                choice = gazetteer.choose(pools[hit], scope, prefer_province=not hit.full)
                if choice is not None:
                    linked[hit] = choice
                    changed = True
                    break
    # a name written right before a division of one of its namesakes is that one (金门县金城镇: Taiwan's Kinmen
    # and its township, where each name alone is shared with the mainland's)
    _link_written_pairs(hits, pools, linked, gazetteer)
    # a name no place around decided, shared with the mainland, in a document naming Hong Kong's, Macau's or Taiwan's
    # own bodies (医管局 … 大埔) is that region's
    unlinked = [h for h, d in linked.items() if d is None and len(pools[h]) > 1]
    prefixes = regions() if unlinked else frozenset()
    for hit in unlinked:
        linked[hit] = division_in_regions(hit.form, pools[hit], prefixes)
    # a county of Taiwan's the mainland's list holds too (金門縣 and 連江縣, which the PRC lists under Quanzhou and
    # Fuzhou), written in Traditional letters and no place or body around deciding, is Taiwan's
    for hit in [h for h in unlinked if linked[h] is None and original
                and detect_script(original[h.start:h.end]) is Script.TRADITIONAL]:
        linked[hit] = _taiwan_county_of_both(pools[hit])
    # last: a full name shared by a county and townships elsewhere (中山区) is the county
    in_document = sorted({d.code for d in linked.values() if d is not None})
    for hit in [h for h, d in linked.items() if d is None and h.full and len(pools[h]) > 1]:
        linked[hit] = gazetteer.choose(pools[hit], in_document, prefer_above_township=True)
    # a Taiwan city's name its county shares (新竹, 嘉义: 新竹市 and 新竹县) that no place around decided is the city,
    # as Taiwan news writes it bare (清华大学于新竹复校); a township of the county in the document chose the county
    for hit in [h for h, d in linked.items() if d is None and not h.full and _taiwan_city_and_county(pools[h])]:
        linked[hit] = next(d for d in pools[hit] if d.name.endswith("市"))
    # a name shared with a division abroad (德州) that no place around decided is the home one
    for hit in [h for h, d in linked.items() if d is None and len(pools[h]) > 1]:
        linked[hit] = gazetteer.choose(pools[hit], in_document, prefer_province=not hit.full, prefer_home=True)
    # a short form written right after a place of Taiwan is no county or township of the mainland's (高雄市左营区|
    # 莲池|潭: Lotus Pond, not Baoding's 莲池区); a Taiwan place's own name there was linked above
    taiwan_ends = {h.end for h, d in linked.items() if d is not None and d.code.startswith("TW")}
    for hit in [h for h, d in linked.items() if d is not None and not h.full and h.start in taiwan_ends
                and d.code.isdigit() and d.level >= 3]:
        linked[hit] = None
    return linked


def _taiwan_county_of_both(pool: tuple[Division, ...]) -> Division | None:
    """The county or city of Taiwan among a name's candidates ``pool`` when the others are the mainland's, or None.

    Taiwan governs two counties whose names the mainland's list keeps too (金门县 and 连江县: the PRC lists Kinmen
    under Quanzhou, 350527, and Lienchiang's islands with Fuzhou's 连江县, 350122). Taiwan writes their names in
    Traditional letters and the mainland in Simplified, so a name written in Traditional with nothing around to
    decide (no place of Fujian's, no body of the mainland's) is Taiwan's; a Hong Kong paper naming Fuzhou's 連江縣
    names 福州 or 福建 beside it, which chose before this is asked.

    >>> from zhkg.resources.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> _taiwan_county_of_both(g.lookup("金门县")).code, _taiwan_county_of_both(g.lookup_short("连江")).code
    ('TW-KIN', 'TW-LIE')
    >>> _taiwan_county_of_both(g.lookup_short("中山")) is None
    True
    """
    taiwan = [d for d in pool if d.code.startswith("TW-") and d.level == 2 and not d.context_only]
    if len(taiwan) != 1 or not all(d.code.isdigit() for d in pool if d is not taiwan[0]):
        return None
    return taiwan[0]


def _taiwan_counties_before(hits: list[_Hit], gazetteer: Gazetteer) -> dict[int, frozenset[str]]:
    """Where a hit ends that may name a county or city of Taiwan -> those counties' codes.

    Taiwan news writes a district or township by its short form right after its county or city (高雄凤山, 新北市板桥,
    桃园中坜, 台东成功): there the short form is that township, though alone it is a word or another place (成功,
    板桥镇, 黑龙江's 林口县); only a township of that county is read so.
    """
    out: dict[int, frozenset[str]] = {}
    for hit in hits:
        found = gazetteer.lookup(hit.form) if hit.full else gazetteer.lookup_short(hit.form)
        codes = frozenset(d.code for d in found if d.code.startswith("TW-") and d.level == 2)
        if codes:
            out[hit.end] = codes
    return out


def _link_written_pairs(hits: list[_Hit], pools: dict[_Hit, tuple[Division, ...]],
                        linked: dict[_Hit, Division | None], gazetteer: Gazetteer) -> None:
    """Link two unlinked names written one after the other when exactly one pair of their candidates is a
    division and a place inside it (金门县|金城镇 -> TW-KIN, TW-KIN-893)."""
    by_start = {hit.start: hit for hit in hits}
    for outer in hits:
        inner = by_start.get(outer.end)
        if inner is None or linked[outer] is not None or linked[inner] is not None:
            continue
        outers = {a.code: a for a in pools[outer] if not a.context_only}
        pairs = [(outers[d.code], b) for b in pools[inner] if not b.context_only
                 for d in gazetteer.ancestors(b.code) if d.code in outers]
        if len(pairs) == 1:
            linked[outer], linked[inner] = pairs[0]


def _suffix_end(text: str, tokens: _Tokens, hit: _Hit, division: Division, continuations: tuple[str, ...]) -> int:
    """Extend a short form over a level suffix of its division (祁阳|县 -> 祁阳县)."""
    end = hit.end
    if hit.full or end >= len(text) or text[end] not in _LEVEL_SUFFIXES.get(division.level, ""):
        return end
    if end + 1 in tokens.ends or text[end + 1 : tokens.last(end)].startswith(continuations):
        return end + 1
    return end


def _gazetteer_mentions(
    doc: Doc, text: str, tokens: _Tokens, gazetteer: Gazetteer, config: Config, lexicon: Lexicon
) -> list[Mention]:
    matcher = place_matcher(gazetteer)
    _split_compounds(tokens, matcher, gazetteer, _stop_forms(lexicon))
    hits = _scan(text, tokens, matcher, config, lexicon, _stoplisted_context_words(gazetteer, lexicon))
    mentions = []
    linked = _link(hits, gazetteer, lambda: body_region_prefixes(text, tokens.starts, tokens.ends,
                                                                  lexicon.known_organisations),
                   doc.user_data.get(ORIGINAL_KEY, text))
    ending_at = {hit.end: division for hit, division in linked.items() if division is not None}
    for hit, division in linked.items():
        if text.startswith(_DISTRICT_COUNCIL, hit.end):
            division = _council_district(hit, gazetteer) or division
        if division is None and hit.full:
            division = _titled_context_division(text, hit, gazetteer, lexicon)
        before = ending_at.get(hit.start)
        if division is not None and division.context_only and before is not None \
                and not gazetteer.related(division.code, before.code):
            continue  # 悉尼北区 is Sydney's north, whatever 香港 the story names later
        if division is None:
            if not hit.full:  # an ambiguous short form is as likely a word as a place
                continue
            if all(d.context_only for d in gazetteer.lookup(hit.form)):
                continue  # 北区 with no 香港 or 台中 around it is a word
            mentions.append(make_mention(doc, hit.start, hit.end, Label.PLACE, EXTRACTOR, canonical=hit.form))
            continue
        end = _suffix_end(text, tokens, hit, division, lexicon.place_continuations)
        if end == hit.end and not hit.full and _names_a_person(text, hit.start, end, lexicon):
            continue  # 原副行长|王益 (of 王益区) is a person
        mentions.append(
            make_mention(doc, hit.start, end, Label.PLACE, EXTRACTOR, canonical=division.name, code=division.code)
        )
    return mentions


#: What follows a Hong Kong district's name when its District Council or a member of it is meant (东区|区议员,
#: 北区|区议会): District Councils are Hong Kong's alone (the mainland's districts have 人大, Taiwan's none).
_DISTRICT_COUNCIL = ("区议员", "区议会")


def _council_district(hit: _Hit, gazetteer: Gazetteer) -> Division | None:
    """The one Hong Kong district a name before 区议员 or 区议会 names (东区, 南区, 北区: words too, and districts of
    Panzhihua and Taiwan's cities; the council makes them Hong Kong's), or None.

    >>> from zhkg.resources.gazetteer import load_gazetteer
    >>> _council_district(_Hit(0, 2, "东区", True, 0, False), load_gazetteer()).code
    'HK-EA'
    """
    pool = gazetteer.lookup(hit.form) if hit.full else gazetteer.lookup_short(hit.form)
    districts = [d for d in pool if d.code.startswith("HK-") and d.level == 3]
    return districts[0] if len(districts) == 1 else None


@lru_cache(maxsize=4)
def _titled_context_division(text: str, hit: _Hit, gazetteer: Gazetteer, lexicon: Lexicon) -> Division | None:
    """The one division a context-only name holds when a title its government holds follows it (萨克森-安哈尔特州|州长:
    DE-ST; roles.tsv's "place" rows), which sets it as a place as a place around it would; None otherwise."""
    pool = gazetteer.lookup(hit.form)
    if len(pool) != 1 or not pool[0].context_only:
        return None
    titles = lexicon.roles_by_first.get(text[hit.end:hit.end + 1], ())
    return pool[0] if any(t in lexicon.place_roles and text.startswith(t, hit.end) for t in titles) else None


@lru_cache(maxsize=4)  # of the two tables alone: once per gazetteer and lexicon, not once per document
def _stoplisted_context_words(gazetteer: Gazetteer, lexicon: Lexicon) -> frozenset[str]:
    """Stoplisted words that a context alias makes a place beside its own (龙潭 beside 台湾 or 桃园: Taoyuan's
    龙潭区; 龙潭 alone is a pool, or 吉林市's district, and stays no place)."""
    return frozenset(form for form in _stop_forms(lexicon) if form in gazetteer.full_names
                     and all(d.context_only for d in gazetteer.lookup(form)))


def _taiwan_city_and_county(pool: tuple[Division, ...]) -> bool:
    """Whether a short form's divisions are a Taiwan city and the county of the same name (新竹市 and 新竹县)."""
    return len(pool) == 2 and all(d.code.startswith("TW-") and d.level == 2 for d in pool) \
        and sorted(d.name[-1] for d in pool) == ["县", "市"]


def _names_a_person(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a division's bare short form reads as a person's name by its place in the sentence: two
    characters led by a surname, right after a title (原副行长|王益) or before a person's act or 身为
    (王益|身为国家工作人员, 陆川|表示).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "国家开发银行原副行长王益作出判决。王益身为国家工作人员。在王益召开会议"
    >>> [_names_a_person(text, s, s + 2, load_lexicon()) for s in (10, 17, 29)]
    [True, True, False]
    """
    from zhkg.extract.foreign_people_by_context import PERSON_VERBS

    if end - start != 2 or text[start] not in lexicon.surnames:
        return False
    return text.endswith(lexicon.role_words, 0, start) or text.startswith(PERSON_VERBS + _PERSON_AFTER, end)


# what a person does that no place does, beyond PERSON_VERBS
_PERSON_AFTER = ("身为", "犯", "涉嫌", "受贿", "告诉", "称赞")


def _without_overlaps(first: Iterable[Mention], then: Iterable[Mention]) -> list[Mention]:
    """``first`` plus those of ``then`` that overlap none of them."""
    kept = list(first)
    then = list(then)
    if not then:  # most readers find nothing in most documents: no index to build
        return kept
    taken = SpanIndex(kept)  # a look-up per character, not a comparison with every kept mention
    for mention in then:
        if not taken.overlaps(mention):
            kept.append(mention)
            taken.add(mention)
    return kept


def _listed_mentions(doc: Doc, text: str, lexicon: Lexicon, gazetteer: Gazetteer) -> list[Mention]:
    """Every occurrence of a name in the user's ``places.txt``, taken whole, without a code.

    Names the gazetteer knows are left to it, which links them to a division.
    """
    if not lexicon.places:
        return []
    pattern = _listed_pattern(lexicon, gazetteer)
    if pattern is None:
        return []
    return [make_mention(doc, m.start(), m.end(), Label.PLACE, LISTED, canonical=m.group())
            for m in pattern.finditer(text)]


@lru_cache(maxsize=4)
def _listed_pattern(lexicon: Lexicon, gazetteer: Gazetteer) -> re.Pattern[str] | None:
    """The user's places the gazetteer does not know, as one pattern, longest first (None when there are none):
    compiled once per lexicon and gazetteer, not per document."""
    matcher = place_matcher(gazetteer)
    return names_pattern(tuple(n for n in lexicon.places if n not in matcher))


def extract_places(
    doc: Doc,
    gazetteer: Gazetteer | None = None,
    *,
    config: Config | None = None,
    lexicon: Lexicon | None = None,
) -> list[Mention]:
    """PLACE mentions of a ``Doc`` of normalised text, sorted by offset.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Made by :func:`zhkg.stages.segment.make_nlp` (jieba tokens and tags), with
        :func:`zhkg.stages.segment.set_doc_context` applied for original-script
        mention text.
    gazetteer : Gazetteer, optional
        Defaults to :func:`zhkg.resources.gazetteer.load_gazetteer` of ``lexicon``.
    config : Config, optional
        ``place_short_forms`` and ``place_short_min_chars`` apply.
    lexicon : Lexicon, optional
        Stoplist, continuations, village cues, surnames, and the user's
        ``places`` (found whole, extractor ``LISTED``, before the gazetteer's);
        defaults to :func:`zhkg.resources.lexicon.load_lexicon`.

    Returns
    -------
    list of Mention
        ``canonical`` is the full Simplified division name, ``code`` its code
        (empty when the name is ambiguous or a village outside the gazetteer).

    Examples
    --------
    >>> from zhkg.stages.segment import make_nlp
    >>> doc = make_nlp()("屏边县新华乡人大代表在京开会")
    >>> [(m.text, m.canonical, m.code) for m in extract_places(doc)]
    [('屏边县', '屏边苗族自治县', '532523'), ('新华乡', '新华乡', '532523205'), ('京', '北京市', '110000')]
    """
    lexicon = lexicon or load_lexicon()
    gazetteer = gazetteer if gazetteer is not None else load_gazetteer(lexicon)
    config = config if config is not None else Config()
    text = doc_text(doc)
    tokens = _Tokens(doc)
    mentions = _listed_mentions(doc, text, lexicon, gazetteer)
    mentions = _without_overlaps(mentions, _gazetteer_mentions(doc, text, tokens, gazetteer, config, lexicon))
    mentions = _without_overlaps(mentions, _abbreviation_mentions(doc, text, tokens, gazetteer))
    mentions = _districts_after_abbreviations(doc, text, tokens, mentions, gazetteer)
    mentions = _without_overlaps(mentions, _village_mentions(doc, text, tokens, {m.end for m in mentions}, lexicon))
    mentions = _without_overlaps(mentions, _children_on_the_stoplist(doc, text, mentions, gazetteer, lexicon))
    mentions = _with_taiwan_villages(mentions, _taiwan_village_mentions(doc, text, mentions))
    mentions = _without_overlaps(mentions, _words_of_the_territory(doc, text, tokens, mentions, gazetteer, lexicon))
    # a township in a list of its county's townships is Taiwan's where the gazetteer read the mainland's
    # (南投縣…竹山、鹿谷: not 竹山县; 高雄市…鳳山、林園: not 凤山县)
    township_lists = _taiwan_township_lists(doc, text, mentions, gazetteer)
    listed = {(m.start, m.end) for m in township_lists}
    mentions = [m for m in mentions if (m.start, m.end) not in listed or m.code.startswith("TW-")]
    mentions = _with_listed_counties(_without_overlaps(mentions, township_lists), gazetteer)
    historic = [make_mention(doc, s, e, Label.PLACE, HISTORIC) for s, e in historic_places(text, token_table(doc))]
    mentions = _without_overlaps(mentions, historic)
    # (a kind of feature is a word of the stoplist: 出现|堰塞湖, 咸水湖)
    features = [make_mention(doc, s, e, Label.PLACE, FEATURE) for s, e in natural_features(text, token_table(doc))
                if text[s:e] not in lexicon.stoplisted_words]
    mentions = _without_overlaps(mentions, features)
    mentions = _with_landmarks(doc, text, mentions, gazetteer)
    mentions = _with_listed_landmarks(doc, text, mentions, lexicon)
    mentions = _with_local_places(doc, text, mentions)
    mentions = _without_overlaps(mentions, _taiwan_abbreviation_mentions(doc, text, gazetteer))
    return sorted(mentions, key=lambda m: (m.start, m.end))
