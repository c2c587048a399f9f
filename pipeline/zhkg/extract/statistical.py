"""Statistical mentions: the CRF recogniser's PER/LOC/ORG spans as mentions.

The recogniser (:mod:`zhkg.ner`) was trained on People's Daily news and
generalises to names no rule or list knows; :mod:`zhkg.extract.combine`
decides how its spans and the rule-based ones share the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.ner.model import NerModel
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import ORIGINAL_KEY, doc_text, token_table

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from zhkg.resources.lexicon import Lexicon

__all__ = ["extract_statistical", "extract_statistical_many", "people_off_places", "country_letters_apart",
           "unclosed_bracket", "LABEL_OF_TAG"]

#: Taiwan's mark between a transliterated name's parts (希拉蕊‧柯林顿, 乔治‧布什), read by the recogniser as the ·
#: of People's Daily, the only one it learnt (it cut 乔治|‧|布什); one letter for one, offsets kept. • and ・,
#: also bullets and list marks, are left as written.
_TAIWAN_NAME_DOT = re.compile("(?<=[\u4e00-\u9fff])‧(?=[\u4e00-\u9fff])")


def _as_name_dots(text: str) -> str:
    """``text`` with Taiwan's ‧ between two Han letters written ·, for the recogniser.

    >>> _as_name_dots("乔治‧布什说：2‧28")
    '乔治·布什说：2‧28'
    """
    return _TAIWAN_NAME_DOT.sub("·", text) if "‧" in text else text

#: Recogniser tags to mention labels.
LABEL_OF_TAG = {"PER": Label.PERSON, "LOC": Label.PLACE, "ORG": Label.ORGANIZATION}


def extract_statistical(doc: Doc, model: NerModel) -> list[Mention]:
    """Mentions the recogniser finds in a ``Doc`` of normalised text, sorted by offset."""
    return extract_statistical_many([doc], model)[0]


def extract_statistical_many(docs: Sequence[Doc], model: NerModel,
                             on_block: Callable[[int, int], None] | None = None) -> list[list[Mention]]:
    """:func:`extract_statistical` of several ``Doc``; their sentences are tagged together (faster).

    ``on_block(done, total)``: the characters tagged so far, after each block of sentences
    (:meth:`~zhkg.ner.model.NerModel.tag_spans_many`)."""
    tables = [token_table(doc) for doc in docs]
    # the model reads jieba's words too: hand it the Docs' instead of segmenting again
    texts = [doc_text(doc) for doc in docs]
    spans = model.tag_spans_many([_as_name_dots(t) for t in texts], [t.starts | t.ends for t in tables], on_block)
    # (the spaces are read in the text as written: normalising makes a full-width space one byte)
    return [[make_mention(doc, s, cut, LABEL_OF_TAG[tag], MentionSource.RECOGNISER)
             for s0, e0, tag in found
             for s, e in (spaced_names(doc.user_data.get(ORIGINAL_KEY, text), s0, e0) if tag == "PER" else [(s0, e0)])
             if (cut := unclosed_bracket(text, s, e)) == e or cut - s >= 2]
            for doc, text, found in zip(docs, texts, spans)]


#: Names a list writes apart with full-width spaces, as news types them (谭耀宗　曾钰成　叶国谦): two Han letters or
#: more a name, so a two-letter name padded to a three-letter one's width (王　伟) stays one name. A space of one byte
#: parts no list here: Sina writes it between a transliterated name's parts (妮可 基德曼).
_SPACED_NAMES = re.compile(r"[\u4e00-\u9fff]{2,}(?:\u3000+[\u4e00-\u9fff]{2,})+")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def spaced_names(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The names in a recogniser's person ``text[s:e]`` run across the full-width spaces of a list: each name apart
    when the spaces part names of two Han letters or more, else the span as it is. ``text`` is as written (the
    normalised text has a one-byte space for each full-width one).

    The recogniser learnt no list written with spaces (People's Daily parts names with 、), so it reads the names and
    the spaces between them as one person, which no later rule takes for a name.

    >>> text = "出席的有谭耀宗　曾钰成　叶国谦。王　伟，妮可 基德曼"
    >>> [[text[a:b] for a, b in spaced_names(text, *span)] for span in ((4, 15), (16, 19), (20, 26))]
    [['谭耀宗', '曾钰成', '叶国谦'], ['王\u3000伟'], ['妮可 基德曼']]
    """
    if _SPACED_NAMES.fullmatch(text, s, e) is None:
        return [(s, e)]
    return [(m.start(), m.end()) for m in _HAN_RUN.finditer(text, s, e)]


def unclosed_bracket(text: str, s: int, e: int) -> int:
    """Where ``text[s:e]`` should end: at its first bracket opened and not closed inside it, else at ``e``.

    The recogniser runs a name into the web page's aside after it (世华地产(世华地产|博客), 五月天阿信(微博|):
    the name is what stands before the bracket. A closed aside stays (上海张江(集团)有限公司).

    >>> text = "世华地产(世华地产博客)，上海张江(集团)有限公司"
    >>> text[0:unclosed_bracket(text, 0, 9)], text[13:unclosed_bracket(text, 13, 25)]
    ('世华地产', '上海张江(集团)有限公司')
    """
    depth, opened = 0, e
    for i in range(s, e):
        ch = text[i]
        if ch in "(（":
            if depth == 0:
                opened = i
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
            if depth == 0:
                opened = e
    return opened if depth else e


def people_off_places(model_mentions: Sequence[Mention], places: Sequence[Mention]) -> list[Mention]:
    """The recogniser's mentions less a person whose span is exactly a place the gazetteer's rules coded.

    A country's short form before a title (萨国总统) reads to the model like a surname and a name; the
    rules found it as a place only where its context allows one, so the place is the better reading. Nor
    does a person start inside a coded place: the model read a division's suffix as a surname (台中市北屯|区松竹里).
    Nor does a person hold a country and a place of it abroad written one after the other (齐聚|埃及|沙姆沙伊赫:
    the model ran a verb into Egypt and its resort), which no name is.
    """
    coded = {(p.start, p.end) for p in places if p.code}
    inside = {i for p in places if p.code for i in range(p.start + 1, p.end)}
    ends = _ends(coded)  # (once a document: worked out at each person, it cost a long document its length squared)
    abroad = _ends({(p.start, p.end) for p in places if p.code and not p.code.isdigit() and p.end - p.start >= 2})
    return [m for m in model_mentions
            if not (m.label is Label.PERSON and ((m.start, m.end) in coded or m.start in inside
                                                 or _coded_chain(m.start, m.end, ends)
                                                 or _holds_chain(m.start, m.end, abroad)))]


#: regions, not countries, by one letter: 中台 is also Taiwan's storm kind (中颱), 港台 a pair the gazetteer reads
_REGION_CODES = frozenset({"TW", "HK", "MO"})


def country_letters_apart(model_mentions: Sequence[Mention], lexicon: Lexicon) -> list[Mention]:
    """The recogniser's mentions with a place written as two to four countries' one-letter forms, each another
    country's (俄乌, 俄乌美 of 俄乌战争, 俄乌美三方), as that many one-letter places: the gazetteer reads such a pair
    only where jieba made a word of it (中美), and a run of countries names no one place.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> ms = [Mention("d", 0, 3, "俄乌美", "俄乌美", Label.PLACE, "crf"), Mention("d", 5, 7, "中华", "中华", Label.PLACE, "crf")]
    >>> [(m.start, m.simplified) for m in country_letters_apart(ms, load_lexicon())]
    [(0, '俄'), (1, '乌'), (2, '美'), (5, '中华')]
    """
    letters = _country_letters(lexicon)
    out: list[Mention] = []
    for m in model_mentions:
        name = m.simplified
        if m.label is Label.PLACE and 2 <= len(name) <= 4 and len(m.text) == len(name) \
                and all(ch in letters for ch in name) and len({letters[ch] for ch in name}) == len(name):
            out.extend(Mention(m.doc_id, m.start + i, m.start + i + 1, m.text[i], ch, m.label, m.extractor)
                       for i, ch in enumerate(name))
        else:
            out.append(m)
    return out


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def _country_letters(lexicon: Lexicon) -> dict[str, str]:
    """Each one-letter form ``place_abbreviations.tsv`` gives one country and one only (俄: RU, 美: US)."""
    codes: dict[str, set[str]] = {}
    for _, abbreviation, code in lexicon.place_abbreviations:
        if len(abbreviation) == 1:
            codes.setdefault(abbreviation, set()).add(code)
    return {a: next(iter(c)) for a, c in codes.items()
            if len(c) == 1 and re.fullmatch("[A-Z]{2}", next(iter(c))) and not c & _REGION_CODES}


def _holds_chain(start: int, end: int, ends: dict[int, int]) -> bool:
    """Whether two or more places of ``ends`` (:func:`_ends`) written one after the other lie inside
    ``[start, end)`` (埃及|沙姆沙伊赫 in the recogniser's 齐聚埃及沙姆沙伊赫).

    >>> _holds_chain(0, 9, _ends({(2, 4), (4, 9)})), _holds_chain(0, 9, _ends({(2, 4)})), _holds_chain(0, 4, {})
    (True, False, False)
    """
    for s in range(start, end):
        if s in ends and ends[s] <= end and ends[s] in ends and ends[ends[s]] <= end:
            return True
    return False


def _ends(coded: set[tuple[int, int]]) -> dict[int, int]:
    """The end of the longest coded place starting at each offset."""
    return {s: e for s, e in sorted(coded)}


def _coded_chain(start: int, end: int, ends: dict[int, int]) -> bool:
    """Whether ``[start, end)`` is two or more coded places written one after the other (高雄|冈山, 花莲|吉安: a
    Taiwan city and its township, which the model reads as a surname and a name); ``ends`` is :func:`_ends` of them.

    >>> _coded_chain(0, 4, _ends({(0, 2), (2, 4)})), _coded_chain(0, 4, _ends({(0, 2)})), _coded_chain(0, 2, {0: 2})
    (True, False, False)
    """
    at, parts = start, 0
    while at < end and at in ends:
        at, parts = ends[at], parts + 1
    return at == end and parts >= 2
