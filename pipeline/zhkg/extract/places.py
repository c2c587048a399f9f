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

Caveats: the gazetteer stops at townships, so village codes are never known;
the stoplist is hand-curated and will need additions as new sources arrive.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.config import Config
from zhkg.extract.base import Word, doc_text, make_mention, token_boundaries, token_table
from zhkg.extract.landmarks import landmarks
from zhkg.extract.local_places import TAIWAN_ABBREVIATIONS, local_places, taiwan_abbreviations
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.gazetteer import Division, Gazetteer, load_gazetteer, short_forms
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.text import SpanIndex, find_all, first_at, is_han

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["EXTRACTOR", "FEATURE", "HISTORIC", "LISTED", "PlaceMatcher", "place_matcher", "place_stoplist",
           "extract_places", "historic_places", "natural_features"]

#: The ``extractor`` name on every mention this module makes from the gazetteer.
EXTRACTOR = MentionSource.GAZETTEER
#: The ``extractor`` of mentions of names listed in a user's ``places.txt``.
LISTED = MentionSource.PLACE_LEXICON

# Characters that end a division name; a short form right before one is a
# place even if jieba glued the suffix on (祁阳县, the old name of 祁阳市). 盟 is
# left out: 大同盟 is an alliance far more often than a league of Inner Mongolia.
_SUFFIX_CHARS = frozenset("省市区县州旗镇乡")
# Which of those suffixes a division of each level may be written with; a short
# form followed by one of its own is extended over it (祁阳县 -> 祁阳市).
_LEVEL_SUFFIXES = {1: "省市", 2: "市州", 3: "县市区旗", 4: "镇乡"}
# jieba tags of tokens a place may begin without ending with them: organisations
# (中国共产党) and other proper nouns such as newspaper titles (湖南日报).
_HEAD_TAGS = frozenset({"nt", "nz"})
# jieba tags of words that cannot be a surname standing alone (向, 和, 于 are
# surnames too, but here a preposition or a conjunction: 向湖南, 湖北和武汉).
_FUNCTION_TAGS = frozenset("pcudrmqfv")
# jieba tags of a personal name.
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
# jieba tags of proper nouns, or of words jieba had to build itself ("x").
_PROPER_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nz", "x"})
_VILLAGE_SUFFIXES = ("社区", "村", "镇", "乡")
# Right after a place a village's or town's name may be any word but these (常乐镇|上游|村: 上游 is a
# locative noun, f): prepositions, conjunctions, particles, adverbs, pronouns, numerals, classifiers, verbs.
_NOT_VILLAGE_NAME_TAGS = frozenset("pcudrmqv")
# Characters of quantity and reference: 有个村, 这个村, 每个村 are no names.
_NOT_IN_VILLAGE_NAME = frozenset("个这那每各全本该某此其有几多一二三四五六七八九十两")


def place_stoplist() -> frozenset[str]:
    """Surface forms never read as places on their own (the shipped ``place_stoplist.tsv``).

    >>> "平安" in place_stoplist(), "平谷" in place_stoplist()
    (True, False)
    """
    return _stop_forms(load_lexicon())


@lru_cache(maxsize=4)
def _stop_forms(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.place_stoplist)


class PlaceMatcher:
    """Every surface form of a gazetteer, for longest-match scanning.

    A form is looked up one character at a time against a set of all prefixes
    of all forms, so a scan stops as soon as no name can continue: a few
    look-ups per position, whatever the size of the gazetteer.

    >>> m = place_matcher(load_gazetteer())
    >>> m.matches_at("在平谷区", 1)
    [(4, '平谷区'), (3, '平谷')]
    >>> m.is_full("平谷区"), m.is_full("平谷")
    (True, False)
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        forms: dict[str, bool] = {form: False for form in gazetteer.short_names}
        forms.update((name, True) for name in gazetteer.full_names)
        self._forms = forms
        self._prefixes = gazetteer.name_prefixes
        #: Characters some form begins with: a scan skips the other positions at once.
        self.first_characters = frozenset(form[0] for form in forms if form)
        #: The first two characters of every form (a one-character form whole): where neither the two
        #: characters at a position nor its one is among them, no form begins (most positions of a text).
        self.openings = frozenset(form[:2] for form in forms if form)

    def is_full(self, form: str) -> bool:
        """Whether ``form`` is a full division name (else a short form)."""
        return self._forms[form]

    def __contains__(self, form: object) -> bool:
        return form in self._forms

    def matches_at(self, text: str, start: int) -> list[tuple[int, str]]:
        """``(end, form)`` of every form that begins at ``start``, longest first."""
        prefixes, forms = self._prefixes, self._forms
        out = []
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            if piece not in prefixes:
                break
            if piece in forms:
                out.append((end, piece))
        out.reverse()
        return out


@lru_cache(maxsize=4)
def place_matcher(gazetteer: Gazetteer) -> PlaceMatcher:
    """The :class:`PlaceMatcher` of a gazetteer, built once and cached."""
    return PlaceMatcher(gazetteer)


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


class _Tokens:
    """A ``Doc``'s tokens: where they start and end, and the token under a character."""

    def __init__(self, doc: Doc) -> None:
        starts, ends = token_boundaries(doc)
        self.starts, self.ends = set(starts), set(ends)
        self.text = doc_text(doc)
        self._all = list(token_table(doc).words)
        self._offsets = [w.idx for w in self._all]
        #: The non-space tokens.
        self.words = [w for w in self._all if not w.text.isspace()]

    def at(self, i: int) -> Word:
        """The token that holds character ``i``."""
        return self._all[bisect_right(self._offsets, i) - 1]

    def first(self, i: int) -> int:
        return self.at(i).idx

    def last(self, i: int) -> int:
        word = self.at(i)
        return word.idx + len(word.text)

    def tag(self, i: int) -> str:
        return self.at(i).tag


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
    for k in range(1, len(words)):
        token = words[k]
        if len(token.text) < 2 or token.text[0] not in _SUFFIX_CHARS:
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
            if form in stop and form not in context_words:
                continue
            full = matcher.is_full(form)
            if full:
                if not _full_name_ends(text, tokens, start, end, lexicon.place_continuations):
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


def _link(hits: list[_Hit], gazetteer: Gazetteer) -> dict[_Hit, Division | None]:
    """Link each hit to a division, widening the context until nothing changes.

    Unique names link first; then, repeatedly, the paragraph's linked places and
    failing that the document's narrow the rest down.
    """
    named_townships = {d.code for h in hits if h.full for d in gazetteer.lookup(h.form) if d.level == 4}
    # a township written by its short form right after its county (高雄凤山) is named as if in full
    counties_before = _taiwan_counties_before(hits, gazetteer)
    named_townships |= {d.code for h in hits if not h.full and h.start in counties_before
                        for d in gazetteer.lookup_short(h.form) if d.parent_code in counties_before[h.start]}

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
    linked = _link(hits, gazetteer)
    ending_at = {hit.end: division for hit, division in linked.items() if division is not None}
    for hit, division in linked.items():
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
    from zhkg.extract.people import PERSON_VERBS

    if end - start != 2 or text[start] not in lexicon.surnames:
        return False
    return text.endswith(lexicon.role_words, 0, start) or text.startswith(PERSON_VERBS + _PERSON_AFTER, end)


# what a person does that no place does, beyond PERSON_VERBS
_PERSON_AFTER = ("身为", "犯", "涉嫌", "受贿", "告诉", "称赞")


def _abbreviation_mentions(doc: Doc, text: str, tokens: _Tokens, gazetteer: Gazetteer) -> list[Mention]:
    """在京, 返京 and the like: the abbreviation only, when the pattern is whole tokens."""
    by_pattern, lengths = _abbreviation_index(gazetteer)
    found = []  # (the abbreviation's row, where its pattern starts): the order of a scan row by row
    starts = tokens.starts
    # a pattern is whole tokens: it starts where a token does, on one of its first letters (found in C: a few dozen
    # places a text, where each token start was asked in turn)
    for opening in _abbreviation_openings(gazetteer).finditer(text):
        at = opening.start()
        if at not in starts:
            continue
        for length in lengths:
            stop = at + length
            if stop in tokens.ends:
                for row in by_pattern[text[at]].get(text[at:stop], ()):
                    found.append((row, at))
    out = []
    for row, at in sorted(found):
        abbreviation = gazetteer.abbreviations[row]
        division = gazetteer.get(abbreviation.code)
        if division is None:
            continue
        start = at + abbreviation.offset
        end = start + len(abbreviation.abbreviation)
        out.append(make_mention(doc, start, end, Label.PLACE, EXTRACTOR, canonical=division.name, code=division.code))
    return out


@lru_cache(maxsize=4)
def _abbreviation_openings(gazetteer: Gazetteer) -> re.Pattern[str]:
    """One letter any abbreviation pattern opens with (在 of 在京, 赴 of 赴港)."""
    return re.compile("[" + "".join(map(re.escape, sorted(_abbreviation_index(gazetteer)[0]))) + "]")


@lru_cache(maxsize=4)
def _abbreviation_index(gazetteer: Gazetteer) -> tuple[dict[str, dict[str, tuple[int, ...]]], tuple[int, ...]]:
    """The gazetteer's abbreviation patterns by first letter, then pattern, each with the rows that have it
    (在京 -> the row of 京), and the patterns' lengths: a look-up at each token start, not a search of the
    text for each of hundreds of patterns."""
    by_pattern: dict[str, dict[str, list[int]]] = {}
    for row, abbreviation in enumerate(gazetteer.abbreviations):
        if abbreviation.pattern:
            by_pattern.setdefault(abbreviation.pattern[0], {}).setdefault(abbreviation.pattern, []).append(row)
    index = {first: {p: tuple(rows) for p, rows in patterns.items()} for first, patterns in by_pattern.items()}
    lengths = tuple(sorted({len(a.pattern) for a in gazetteer.abbreviations if a.pattern}))
    return index, lengths


def _village_mentions(
    doc: Doc, text: str, tokens: _Tokens, place_ends: set[int], lexicon: Lexicon
) -> list[Mention]:
    """Villages and communities outside the gazetteer, in a clear place context."""
    cues = lexicon.village_cues
    stop = _stop_forms(lexicon)
    out = []
    words = tokens.words
    for k, token in enumerate(words):
        if not token.text.endswith(_VILLAGE_SUFFIXES):  # one C call rules out nearly every token
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
    return out


@lru_cache(maxsize=4)
def _stoplisted_divisions(gazetteer: Gazetteer, lexicon: Lexicon) -> tuple[str, ...]:
    """The stoplist's forms that are full names of divisions (东区, 西区, 城区), longest first."""
    return tuple(sorted((f for f in _stop_forms(lexicon) if gazetteer.lookup(f)), key=lambda f: (-len(f), f)))


def _children_on_the_stoplist(doc: Doc, text: str, places: list[Mention], gazetteer: Gazetteer,
                              lexicon: Lexicon) -> list[Mention]:
    """A division whose name is a common word (东区, 西区: on the stoplist) written right after the place it
    lies in is that division (新竹市東區, 香港东区, 攀枝花市东区); alone it stays a word."""
    forms = _stoplisted_divisions(gazetteer, lexicon)
    out = []
    for place in places:
        if not place.code:
            continue
        form = first_at(text, forms, place.end)  # the first form written there, in their order (one test in C)
        if form:
            inside = [d for d in gazetteer.lookup(form)
                      if d.parent_code == place.code or place.code in {a.code for a in gazetteer.ancestors(d.code)}]
            if len(inside) == 1:
                out.append(make_mention(doc, place.end, place.end + len(form), Label.PLACE, EXTRACTOR,
                                        canonical=inside[0].name, code=inside[0].code))
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
    be the end of a longer run, its last the start of one: 表示中正、大同等) and the document links that
    county or a place in it in the list's sentence.
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
        parts = run.group().split("、")
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
            shared = set.intersection(*(set(forms[item]) for _, _, item in spans)) & counties
            if len(shared) == 1:
                county = shared.pop()
                for start, end, item in spans:
                    division = forms[item][county]
                    out.append(make_mention(doc, start, end, Label.PLACE, EXTRACTOR, canonical=division.name,
                                            code=division.code))
    return out


def _with_listed_counties(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """An uncoded county the mainland shares a name with (金门县, 连江县) is Taiwan's where the document names its
    townships (金门县金沙、金湖、金宁、金城等地)."""
    inside = {m.code.rsplit("-", 1)[0] for m in mentions if m.code.startswith("TW-") and m.code.count("-") == 2}
    if not inside:
        return mentions
    out = []
    for m in mentions:
        county = None if m.code else next((d for d in gazetteer.lookup(m.simplified)
                                           if d.code in inside and d.level == 2), None)
        out.append(m if county is None else replace(m, code=county.code, canonical=county.name))
    return out


def _is_han(text: str) -> bool:
    return all(map(is_han, text))


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
    names = sorted((n for n in lexicon.places if n not in matcher), key=lambda n: (-len(n), n))
    return re.compile("|".join(map(re.escape, names))) if names else None


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
    features = [make_mention(doc, s, e, Label.PLACE, FEATURE) for s, e in natural_features(text, token_table(doc))]
    mentions = _without_overlaps(mentions, features)
    mentions = _with_landmarks(doc, text, mentions, gazetteer)
    mentions = _with_listed_landmarks(doc, text, mentions, lexicon)
    mentions = _with_local_places(doc, text, mentions)
    mentions = _without_overlaps(mentions, _taiwan_abbreviation_mentions(doc, text, gazetteer))
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _districts_after_abbreviations(doc: Doc, text: str, tokens: _Tokens, mentions: list[Mention],
                                   gazetteer: Gazetteer) -> list[Mention]:
    """A Taiwan city or county by its one letter before 市 or 县 right before one of its own districts or townships
    (北市|信义区, 高市|前镇区, 竹县|竹北市): both places, the district that city's (信义区 alone is Taipei's or
    Keelung's). The letter opens a word, and only a district of that very city counts (河南市|...: no)."""
    out = list(mentions)
    for inner in mentions:
        at = inner.start - 2
        name = TAIWAN_ABBREVIATIONS.get(text[at:inner.start]) if at >= 0 else None
        if name is None or at not in tokens.starts or any(m.start < inner.start and at < m.end for m in mentions):
            continue
        city = next((d for d in gazetteer.lookup(name) if d.code.startswith("TW-")), None)
        if city is None:
            continue
        inside = {d.code: d for d in (*gazetteer.lookup(inner.simplified), *gazetteer.lookup_short(inner.simplified))
                  if d.parent_code == city.code}
        if len(inside) != 1:
            continue
        district = next(iter(inside.values()))
        out = [m for m in out if m is not inner]
        out.append(replace(inner, canonical=district.name, code=district.code))
        out.append(make_mention(doc, at, at + 2, Label.PLACE, EXTRACTOR, canonical=city.name, code=city.code))
    return out


def _township_after_county(place: Mention, county_ends: set[tuple[int, str]]) -> bool:
    """Whether ``place`` is a Taiwan township written by its short form right after its county (台北市|信义 of
    信义区, 新北市|淡水); ``county_ends`` holds (end, code) of the document's coded places."""
    return place.code.startswith("TW-") and place.code.count("-") == 2 and place.simplified != place.canonical \
        and (place.start, place.code.rsplit("-", 1)[0]) in county_ends


def _taiwan_abbreviation_mentions(doc: Doc, text: str, gazetteer: Gazetteer) -> list[Mention]:
    """北市警方, 高市议员, 嘉县县长: Taiwan's cities and counties by one letter (:func:`taiwan_abbreviations`)."""
    out = []
    for start, end, name in taiwan_abbreviations(text, token_table(doc)):
        division = next((d for d in gazetteer.lookup(name) if d.code.startswith("TW-")), None)
        if division is not None:
            out.append(make_mention(doc, start, end, Label.PLACE, EXTRACTOR, canonical=division.name,
                                    code=division.code))
    return out


def _with_taiwan_villages(mentions: list[Mention], villages: list[Mention]) -> list[Mention]:
    """Add Taiwan's villages; one replaces a place of elsewhere read inside its name (大安區|龍安里 is no Henan
    龙安区), and gives way to any other it overlaps."""
    out = list(mentions)
    for village in villages:
        inside = [m for m in out if village.start <= m.start and m.end <= village.end and not m.code.startswith("TW")]
        rest = [m for m in out if not any(m is i for i in inside)]
        if not any(m.start < village.end and village.start < m.end for m in rest):
            out = rest + [village]
    return out


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
    """Add mountains, streams, night markets and parks named by their kind (:mod:`zhkg.extract.landmarks`); one
    replaces the places inside it (玉山|国家公园 is no 玉山县) and gives way to one it would cut."""
    big = frozenset(text[m.start:m.end] for m in mentions if m.code and (d := gazetteer.get(m.code)) is not None
                    and d.level <= 2)
    # (a Taiwan township's short form opens a name as any word does: 台北市|信义商圈, 新北市|淡水老街)
    county_ends = {(m.end, m.code) for m in mentions if m.code}
    named = frozenset((m.start, m.end) for m in mentions if m.code and not _township_after_county(m, county_ends))
    # a place the gazetteer coded keeps its code where the reader would read the same span (大屿山 HK-IS-LAN)
    spans = [(s, e) for s, e in landmarks(text, token_table(doc), big_places=big, place_spans=named, coded_spans=named,
                                          big_place=lambda name: any(d.level <= 2 for d in gazetteer.candidates(name)))
             if not any(m.start < e and s < m.end and not (s <= m.start and m.end <= e) for m in mentions)]
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
    pattern = _landmark_pattern(lexicon.landmarks)
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


@lru_cache(maxsize=4)
def _landmark_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """The listed landmarks as one pattern, longest first (None when there are none): compiled once per table."""
    return re.compile("|".join(map(re.escape, sorted(names, key=lambda n: (-len(n), n))))) if names else None


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
    >>> from zhkg.extract.base import token_table
    >>> text = "道光朝直隶总督，后任奉天省长，热河省的首府。省钱，陆军省次官，实施本省的计划，在全省，安省省长"
    >>> [text[s:e] for s, e in historic_places(text, token_table(make_nlp()(text)))]
    ['直隶', '奉天省', '热河省']
    """
    from zhkg.extract.organisations import MINISTRY_FIELDS
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
    (三姓|公溪), nor a person's name before 河/湖/溪 (陈开河).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.base import token_table
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
