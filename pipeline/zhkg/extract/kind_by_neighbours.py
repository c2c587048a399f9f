"""Which kind a model name is by the names beside it: lists, pairs and places running into places.

A model place in a list whose other items are all model people is a person, and the reverse (哈利、罗恩、赫敏:
:func:`_one_kind_per_list`); a model person or uncoded place paired with a place of Hong Kong, Macau or Taiwan is
that place (:func:`_places_paired_with_places`); a model span covered end to end by coded places, or cutting the
next coded place's head, yields to them (:func:`_tiled_by`, :func:`_cuts_next_place`); a model person glued after
a place that 在/从/赴 sets is a place (在加州|门洛帕克: :func:`_places_after_set_places`); a coded place and a word
for its people names the place alone (好莱坞|女星: :func:`_places_before_people_words`); a one-letter direction
before a coded place is no place (南|台湾: :func:`_directions_before_places`); a place's own word is no body (台当局:
:func:`_place_words_as_bodies`).

Scope: one document's model mentions beside the rules' and the gazetteer's, called by
:func:`zhkg.extract.combine.combine_mentions`. Caveats: a coded place is never retyped by its list; lists are
read from 、 and the joiners here only. Moved word for word from ``extract/combine.py`` by tidy66;
callers import its names from here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from zhkg.extract.dropped_names import _REGION_CODES
from zhkg.extract.foreign_people_by_context import _COORDINATORS
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import Lexicon, load_lexicon  # noqa: F401 (the doctests read load_lexicon)
from zhkg.stages.segment import TokenTable

__all__ = ["_DIRECTIONS", "_LOCATIVES", "_PAIRED_REGIONS", "_PAIR_JOINERS", "_PEOPLE_WORD_ENDS", "_PEOPLE_WORDS", "_YU_WORDS", "_covered",
    "_cuts_next_place", "_directions_before_places", "_lists", "_one_kind_per_list", "_place_words_as_bodies",
    "_places_after_set_places", "_places_before_people_words", "_places_paired_with_places", "_tiled_by"]

#: One-letter directions the recogniser may read as a place before a place's name (南|台湾: southern Taiwan).
_DIRECTIONS = frozenset("东南西北")  # not 中: China before a place (中美, 中日)


def _directions_before_places(model: list[Mention], places: list[Mention]) -> list[Mention]:
    """The model's mentions less a one-letter direction read as a place right before a coded place (南台湾: the
    place is 台湾, 南 says which part of it).

    >>> from zhkg.records import Mention, Label
    >>> place = Mention("d", 1, 3, "台湾", "台湾", Label.PLACE, "gazetteer", code="TW")
    >>> _directions_before_places([Mention("d", 0, 1, "南", "南", Label.PLACE, "crf")], [place])
    []
    """
    starts = {p.start for p in places if p.code}
    return [m for m in model if not (m.label is Label.PLACE and m.simplified in _DIRECTIONS and m.end in starts)]


def _place_words_as_bodies(model: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The model's organisations less a place's own word (``anaphora.tsv``: 台当局, 全台, 北市), which stands for
    the place, not a body.

    >>> from zhkg.records import Mention, Label
    >>> ms = [Mention("d", 0, 3, "台当局", "台当局", Label.ORGANIZATION, "crf")]
    >>> _place_words_as_bodies(ms, load_lexicon())
    []
    """
    return [m for m in model if not (m.label is Label.ORGANIZATION
                                     and lexicon.anaphora.get(m.simplified, ("",))[0] == "place")]


def _lists(mentions: list[Mention], text: str) -> list[list[Mention]]:
    """Runs of three or more mentions the text lists, each after the last with 、 between (its last may follow
    和, 与 or 及).

    >>> from zhkg.records import Mention, Label
    >>> text = "哈利、罗恩和赫敏在伦敦"
    >>> ms = [Mention("d", s, e, text[s:e], text[s:e], Label.PERSON, "crf") for s, e in ((0, 2), (3, 5), (6, 8), (9, 11))]
    >>> [[m.simplified for m in run] for run in _lists(ms, text)]
    [['哈利', '罗恩', '赫敏']]
    """
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if run and m.start == run[-1].end + 1 and (text[run[-1].end] == "、" or (
                text[run[-1].end] in _COORDINATORS and len(run) >= 2 and text[run[-2].end] == "、")):
            run.append(m)
            continue
        if len(run) >= 3:
            runs.append(run)
        run = [m]
    if len(run) >= 3:
        runs.append(run)
    return runs


def _one_kind_per_list(model: list[Mention], text: str, coded: set[tuple[int, int]]) -> list[Mention]:
    """A model place in a list of three or more whose other items are all model people is a person
    (哈利、罗恩、赫敏: the recogniser read 哈利 as a place), unless the gazetteer codes it; a model person in a list
    whose other items are all places the gazetteer codes is a place (rule 6)."""

    retyped: dict[int, Label] = {}
    for run in _lists([m for m in model if m.label in (Label.PERSON, Label.PLACE)], text):
        for m in run:
            others = [o for o in run if o is not m]
            if m.label is Label.PLACE and m.span not in coded and all(o.label is Label.PERSON for o in others):
                retyped[id(m)] = Label.PERSON
            elif m.label is Label.PERSON and all(o.label is Label.PLACE and o.span in coded for o in others):
                retyped[id(m)] = Label.PLACE
    return [replace(m, label=retyped[id(m)]) if id(m) in retyped else m for m in model]


# what joins two places of a pair (沙田及尖沙咀, 石澳、赤柱)
_PAIR_JOINERS = frozenset("、和与及或")
# where two-letter places are named like people (沙田, 元朗, 杨梅, 竹崎: a surname and a given letter); a world city
# is left out (华盛顿和林肯 are two presidents)
_PAIRED_REGIONS = _REGION_CODES  # one copy: Hong Kong, Macau and Taiwan (tidy66)


def _places_paired_with_places(model: list[Mention], text: str, codes: Mapping[tuple[int, int], str],
                               lookup: Callable[[str], Iterable[str]]) -> list[Mention]:
    """A model person, or a model place left uncoded, that the gazetteer has as a place of Hong Kong, Macau or
    Taiwan (``lookup``: a name's codes; :data:`_PAIRED_REGIONS`) is that place
    where 、/和/与/及/或 pairs it with a place of the same region: one the gazetteer coded (``codes``: its coded
    spans) or another such name (居于沙田和元朗: 沙 and 元 are surnames, 沙田 and 元朗 Hong Kong's districts).
    The region must give the name one place.

    >>> from zhkg.records import Mention, Label
    >>> text = "往来沙田及尖沙咀的路线"
    >>> m = Mention("d", 2, 4, "沙田", "沙田", Label.PERSON, "crf")
    >>> lookup = {"沙田": ["HK-ST", "361103116"], "元朗": ["HK-YL"]}.get
    >>> [(x.label.name, x.code) for x in _places_paired_with_places([m], text, {(5, 8): "HK-YT-TST"}, lookup)]
    [('PLACE', 'HK-ST')]
    >>> [x.label.name for x in _places_paired_with_places([m], text, {(5, 8): "110000"}, lookup)]
    ['PERSON']
    >>> text = "居于沙田和元朗的长者"
    >>> pair = [m, Mention("d", 5, 7, "元朗", "元朗", Label.PERSON, "crf")]
    >>> [(x.label.name, x.code) for x in _places_paired_with_places(pair, text, {}, lookup)]
    [('PLACE', 'HK-ST'), ('PLACE', 'HK-YL')]
    """
    def regions(name: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for code in lookup(name) or ():
            if code.split("-")[0] in _PAIRED_REGIONS:
                out.setdefault(code.split("-")[0], []).append(code)
        return out

    open_names = {(m.start, m.end): regions(m.simplified) for m in model
                  if m.label is Label.PERSON or (m.label is Label.PLACE and not m.code)}
    partner_regions: dict[tuple[int, int], set[str]] = {}
    for (s, e), code in codes.items():
        if code.split("-")[0] in _PAIRED_REGIONS:
            partner_regions.setdefault((s, e), set()).add(code.split("-")[0])
    for span, own in open_names.items():
        if own:
            partner_regions.setdefault(span, set()).update(own)
    by_start: dict[int, set[str]] = defaultdict(set)
    by_end: dict[int, set[str]] = defaultdict(set)
    for (s, e), rs in partner_regions.items():
        by_start[s] |= rs
        by_end[e] |= rs
    out = []
    for m in model:
        own = open_names.get(m.span)
        if own:
            partners = (by_start[m.end + 1] if text[m.end:m.end + 1] in _PAIR_JOINERS else set()) | (
                by_end[m.start - 1] if m.start and text[m.start - 1] in _PAIR_JOINERS else set())
            places = [codes[0] for region, codes in own.items() if region in partners and len(codes) == 1]
            if len(places) == 1:
                m = replace(m, label=Label.PLACE, code=places[0])
        out.append(m)
    return out


# what sets a place: 在/从/赴… before it
_LOCATIVES = frozenset("在从赴到于自往至经")
# words ending in 于 that set no place: "as for", "about", "because of" (至于港岛东|郭浩景: the member, not a place in it)
_YU_WORDS = frozenset("至于 对于 关于 由于 等于 属于 基于 鉴于 终于".split())


def _covered(start: int, end: int, spans: set[tuple[int, int]]) -> bool:
    """Whether ``spans`` cover ``[start, end)`` end to end, one after another (an empty stretch is covered).

    >>> _covered(0, 4, {(0, 2), (2, 4)}), _covered(0, 2, {(0, 2)}), _covered(3, 3, set()), _covered(0, 4, {(0, 2)})
    (True, True, True, False)
    """
    reached = {start}
    for s, e in sorted(spans):
        if s in reached and e <= end:
            reached.add(e)
    return end in reached


def _tiled_by(m: Mention, tiles: list[tuple[int, int]]) -> bool:
    """Whether two or more of ``tiles`` (spans, sorted; each ends after it starts, as a mention's) cover ``m`` end to
    end, one after another (:func:`_covered`, less ``m``'s own span). Only those starting inside ``m`` can, found by
    bisection: a long document has thousands of places, each sorted again for each organisation before.

    >>> m = Mention("d", 0, 5, "台中市中区", "台中市中区", Label.ORGANIZATION, "crf")
    >>> _tiled_by(m, [(0, 3), (3, 5), (6, 9)]), _tiled_by(m, [(0, 5)]), _tiled_by(m, [(0, 3), (4, 5)])
    (True, False, False)
    """
    inside = tiles[bisect_left(tiles, (m.start,)) : bisect_left(tiles, (m.end + 1,))]
    return _covered(m.start, m.end, set(inside) - {(m.start, m.end)})


def _cuts_next_place(m: Mention, tiles: list[tuple[int, int]]) -> bool:
    """Whether ``m`` runs from coded places into the head of the coded place after them, cutting it (屏东县雾台|乡长:
    the township 雾台乡 after its county; 湖南省长沙|市): the places are the names there, not the model's span.

    >>> m = Mention("d", 0, 5, "屏东县雾台", "屏东县雾台", Label.ORGANIZATION, "crf")
    >>> _cuts_next_place(m, [(0, 3), (3, 6)]), _cuts_next_place(m, [(0, 3)]), _cuts_next_place(m, [(3, 6)])
    (True, False, False)
    """
    after = tiles[bisect_left(tiles, (m.start + 1,)) : bisect_left(tiles, (m.end,))]
    return any(e > m.end and _covered(m.start, s, set(tiles[bisect_left(tiles, (m.start,)) : bisect_left(tiles, (s,))]))
               for s, e in after)


def _places_after_set_places(model: list[Mention], text: str, coded: set[tuple[int, int]]) -> list[Mention]:
    """A model person written right after a coded place that 在/从/赴… sets as a place is a place in it
    (在加州|门洛帕克发表, 在德州|奥斯汀设厂): a person is not located by being glued to a place. 至于, 关于, 由于 … set
    no place (至于港岛东|郭浩景: ``_YU_WORDS``; places212).

    >>> from zhkg.records import Label, Mention
    >>> text = "至于港岛东郭浩景亦有得票"
    >>> m = Mention("d", 5, 8, text[5:8], text[5:8], Label.PERSON, "crf")
    >>> [x.label.name for x in _places_after_set_places([m], text, {(2, 5)})]
    ['PERSON']
    >>> text = "在加州门洛帕克发表"
    >>> m = Mention("d", 3, 7, text[3:7], text[3:7], Label.PERSON, "crf")
    >>> [x.label.name for x in _places_after_set_places([m], text, {(1, 3)})]
    ['PLACE']
    """
    ends = {e: s for s, e in coded}
    out = []
    for m in model:
        s = ends.get(m.start)
        if m.label is Label.PERSON and s is not None and s > 0 and text[s - 1] in _LOCATIVES \
                and text[max(0, s - 2):s] not in _YU_WORDS:
            m = replace(m, label=Label.PLACE, canonical="", code="")
        out.append(m)
    return out


# last letters of a word for people of a place (女星, 影星, 球员, 歌手, 居民, 设计师, 记者, 球迷)
_PEOPLE_WORD_ENDS = frozenset("星员手民师者迷")
# whole words for the people a report names by their place alone, by sex and age (屯门|男子, 深圳|女子, 元朗|男童:
# police news): their last letters (子, 童, 年, 女) end names of places too, so the words are listed whole (places239)
_PEOPLE_WORDS = frozenset({"男子", "女子", "男童", "女童", "男孩", "女孩", "少年", "少女", "妇人", "老翁", "老妇", "夫妇",
                           "青年", "学子", "孩子", "儿童", "男生", "女生"})


def _places_before_people_words(model: list[Mention], coded: set[tuple[int, int]],
                                table: TokenTable | None) -> list[Mention]:
    """A model place that is a coded place and a word for its people after it names the place alone (好莱坞|女星,
    纽约|市民): the model's span goes and the coded place stands. The word is one jieba reads from the place's end
    to the span's end, a noun ending in a letter for people (``_PEOPLE_WORD_ENDS``) or a word for people by sex and
    age (``_PEOPLE_WORDS``: 屯门|男子, 深圳|女童)."""
    if table is None or not coded:
        return model
    ends_at: dict[int, list[int]] = {}
    for s, e in coded:
        ends_at.setdefault(s, []).append(e)
    out = []
    for m in model:
        if m.label is Label.PLACE and not m.code and m.start in ends_at:
            word = table.word_at(max(e for e in ends_at[m.start] if e < m.end)) \
                if any(e < m.end for e in ends_at[m.start]) else None
            if word is not None and word.end == m.end and word.idx in ends_at[m.start] and (
                    word.text in _PEOPLE_WORDS or (2 <= len(word.text) <= 3 and word.tag[:1] == "n"
                                                   and word.text[-1] in _PEOPLE_WORD_ENDS)):
                continue
        out.append(m)
    return out
