"""A company's registered name cut at its place: 和記電訊香港控股有限公司 read as 香港控股有限公司.

Hong Kong's and the mainland's groups register their subsidiaries as brand + place + kind + legal form: 和记电讯香港控股
有限公司, 周大福珠宝香港集团有限公司, 和记黄埔中国控股有限公司. The recogniser often starts such a name at the place (or
at a trade word right before it: 港口|香港控股有限公司, 珠宝|香港集团有限公司), since a place opening a company's name is
what it has seen most, and the suffix grammar reads nothing there (控股 is a verb to jieba). A name that is only a
place and a holding's or group's kind and legal form alone (控股有限公司, 集团有限公司) names no company by
itself: :func:`brands_before_places` takes the brand before it into the name.

Caveats: the brand is the nouns and names right before (jieba's tags), at most :data:`_MAX_BRAND` letters, and only
where a clear edge closes them (a word of another kind, a mark, the text's start): a run of nouns longer than that
is left as it was. A conjunction glued before one letter (和|记: jieba's split of the brand 和记) opens the brand; a
conjunction before a word of two letters or more (腾讯|和|电讯盈科) joins two names and closes it. Only the
recogniser's and the grammar's names are extended; a listed name stands.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import TokenTable
from zhkg.text import is_han

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["brands_before_places"]

#: The most letters a brand before a place is read over (数码通电讯, 周大福珠宝: 5).
_MAX_BRAND = 6

# jieba's tags of the words a brand is made of: nouns, names, places (黄埔 of 和记黄埔), abbreviations; not a word
# jieba built itself (王志明|曾任 glues a verb: x)
_BRAND_TAGS = frozenset({"n", "nz", "nr", "nrt", "nrfg", "ns", "nt", "j", "nw"})

# a word between a name's start and its place that is a trade the recogniser took into the name: a noun
_TRADE_TAGS = frozenset({"n", "nz"})

# how a registered name ends: the legal form
_LEGAL_FORMS = ("有限公司", "有限责任公司")

# what follows the place in a registered name: a holding's or a group's kind and the legal form alone (香港|控股有限公司,
# 中国|国际控股有限公司); a trade after the place (天津市|医药集团有限公司, 永泰|投资控股有限公司) makes a mainland company's
# whole name, the place opening it
_KINDS_ONLY = re.compile("(?:国际)?(?:控股|集团){1,2}(?:股份)?有限(?:责任)?公司")

# nouns before a company that name its tie to another, no brand (控股股东|…, 子公司|…)
_TIES = ("股东", "公司", "集团", "旗下", "伙伴", "客户", "对手")

# a conjunction jieba cut off a brand's first letter (和|记)
_CONJUNCTIONS = frozenset("和与及")

_EXTENDED = frozenset({MentionSource.RECOGNISER.value, MentionSource.ORG_SUFFIX.value})


def _place_then_kinds(m: Mention, table: TokenTable, text: str, places: frozenset[int]) -> bool:
    """Whether ``m`` is, from its start, at most one noun (a trade the recogniser took: 港口, 珠宝), then places, one
    of them a place the document names (香港, 黄埔|中国), then a holding's or group's kind and legal form alone
    (:data:`_KINDS_ONLY`: 控股有限公司, 集团有限公司)."""
    words = table.words
    k = table.token_of_char[m.start]
    if k < 0 or words[k].idx != m.start:
        return False
    if words[k].idx not in places and words[k].tag in _TRADE_TAGS:
        k += 1
    end, named = None, False
    while k < len(words) and words[k].end <= m.end and (words[k].tag == "ns" or words[k].idx in places):
        named = named or words[k].idx in places
        end = words[k].end
        k += 1
    return end is not None and named and _KINDS_ONLY.fullmatch(text, end, m.end) is not None


def _brand_start(at: int, table: TokenTable, roles: frozenset[str]) -> int | None:
    """Where the brand right before ``at`` starts: the nouns and names before it, up to a clear edge within
    :data:`_MAX_BRAND` letters; ``None`` when there is none or no edge closes them."""
    words = table.words
    k = table.token_of_char[at - 1] if at else -1
    start = at
    while k >= 0:
        word = words[k]
        if word.end != start or word.whitespace or not all(map(is_han, word.text)):
            break
        if word.text in _CONJUNCTIONS and k + 1 < len(words) and words[k + 1].idx == start \
                and len(words[k + 1].text) == 1 and start < at:
            start = word.idx  # 和|记: the brand's first letter, the brand opened
            break
        if word.tag not in _BRAND_TAGS or word.text in roles or word.text.endswith(_TIES):
            break
        if at - word.idx > _MAX_BRAND:
            return None  # a run of nouns with no edge in reach: no brand told apart
        start = word.idx
        k -= 1
    return start if at - start >= 2 else None


def brands_before_places(mentions: list[Mention], doc: Doc, table: TokenTable, text: str,
                         roles: frozenset[str] = frozenset()) -> list[Mention]:
    """``mentions`` with each organisation that is a place and a legal name of kinds alone (香港控股有限公司) read
    from the brand before it (和記電訊香港控股有限公司); organisations inside the brand give way, and so does a person
    read on the whole brand (周大福|珠宝香港集团有限公司); a brand that would take in a person's name and more is none.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> doc = make_nlp()("今日和记电讯香港控股有限公司公布业绩。")
    >>> m = make_mention(doc, 6, 14, Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> hk = make_mention(doc, 6, 8, Label.PLACE, MentionSource.GAZETTEER)
    >>> [x.text for x in brands_before_places([m, hk], doc, token_table(doc), doc.text) if x.label is Label.ORGANIZATION]
    ['和记电讯香港控股有限公司']
    """
    if not any(form in text for form in _LEGAL_FORMS):
        return mentions
    places = frozenset(m.start for m in mentions if m.label is Label.PLACE)
    people = [m for m in mentions if m.label is Label.PERSON]  # a person named before is no brand
    longer: dict[Mention, Mention] = {}
    for m in mentions:
        if m.label is not Label.ORGANIZATION or m.extractor not in _EXTENDED or m.canonical \
                or not text.endswith(_LEGAL_FORMS, m.start, m.end) or not m.start:
            continue
        if not _place_then_kinds(m, table, text, places):
            continue
        start = _brand_start(m.start, table, roles)
        # a person named before the brand, or inside it but not its whole opening (王志明|曾任…), is no brand's;
        # a person the recogniser read on the brand's own letters right before the name is the brand (周大福|珠宝…)
        if start is not None and not any(p.start < m.start and p.end > start and not (p.start == start and p.end == m.start)
                                         for p in people):
            longer[m] = make_mention(doc, start, m.end, Label.ORGANIZATION, m.extractor)
    if not longer:
        return mentions
    brands = [(x.start, m.start) for m, x in longer.items()]
    out = []
    for m in mentions:
        if m in longer:
            out.append(longer[m])
        elif m.label is Label.PLACE or not any(s <= m.start and m.end <= e for s, e in brands):
            out.append(m)
    return out
