"""Makers named by their products: brands that technology news writes bare (柯达Z950, 佳能的A系列, 品牌欧达).

Reviews and price reports of cameras, phones and players name a maker with no 公司 or 集团 after it, right
before a product's model code (柯达Z950, 奥林巴斯FE-26, 欧达DDV-5100HD), before its series (卡西欧的V系列) or
beside the word 品牌 (SONY品牌的产品, 镜头品牌Carl Zeiss 卡尔·蔡司, 所售品牌欧达). jieba tags such a maker as a
person's or a place's name (柯达/nr, 卡西欧/ns, 奥林巴斯/nrt) and the recogniser reads it so. This module, run
by :func:`zhkg.extract.combine.combine_mentions` once the other rules have settled, reads the maker as an
organisation wherever the document writes it, in a document about products only (one of ``_PRODUCT_WORDS``):

* a name before a model code — Latin capitals and digits, both (Z950, FE-26, EOS 7D, NV100HD), not a bare
  number or a word (NBA, MVP) — twice in the document, or once in a sentence with a product's word;
* a name before 的 and a series' letters (佳能的A系列, 卡西欧的V系列);
* a name right after 品牌 or right before it (SONY品牌, 莱德品牌), with the name of its own beside it (Carl Zeiss
  卡尔·蔡司), and the last part of a joined name written alone (蔡司). Beside 品牌 the name is Latin capitals, a
  name the recogniser read, or a word jieba tags a transliterated name or does not know (not 品牌|慕名).

The name is a whole jieba word of two to four letters that jieba tags as a name or does not know (nr, nrt, ns,
nz, x), or a name the recogniser read; never a coded place, a credit's name (作者：陈亮LX3), nor a common word
(新品LS系列). A mention that runs a maker into its code (索尼HVR-Z5C, FS10S卡西欧) is cut to the maker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.extract.base import in_place_order
from zhkg.extract.foreign_names import FOREIGN_SEPARATOR
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import SENTENCE_BREAK, Span, SpanIndex, find_all, is_han

__all__ = ["read_makers"]

# what says a document is about products a maker sells
_PRODUCT_WORDS = re.compile(r"相机|镜头|像素|机身|手机|新品|机型|变焦|屏幕|播放器|笔记本|打印机|投影|摄像|数码|型号|单反"
                            r"|卡片机|平板|电脑|耳机|音箱|显示器|处理器|芯片|闪存|存储卡|液晶")
# a product's model code: Latin letters and digits, one space or hyphen inside (Z950, FE-26, EOS 7D, IXUS 120); each
# run of letters is taken whole (a lookahead and its backreference: an atomic group), so a long run of letters with no
# digit (a pasted link or data blob) fails in time linear in it at each start, not cubic (800 letters took 3.4 s)
_CODE = re.compile(r" ?(?:(?=(?P<letters>[A-Za-z]+))(?P=letters)[ -]?){0,2}\d[A-Za-z\d-]*|[A-Za-z]+-[A-Za-z]\d[A-Za-z\d-]*")
# a series after the maker and 的 (佳能的A系列)
_SERIES = re.compile(r"的[A-Z]{1,4}系列")
# a Latin brand name after 品牌 (Carl Zeiss) or in capitals before it (SONY)
_LATIN_AFTER = re.compile(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}")
_LATIN_BEFORE = re.compile(r"[A-Z]{3,}$")
# a credit's name may run into a model code (作者：陈亮LX3)
_CREDIT = re.compile(r"(?:作者|记者|编辑|通讯员|撰文|摄影|文|图)[/:：]?\s*$")
# one letter set apart from the number is no model code (卡口T 228)
_LETTER_APART = re.compile(r" ?[A-Za-z] ")
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nz", "x"})
# after 品牌 a transliterated or unknown name, not a word jieba knows (品牌|创新奖, 品牌|慕名 are nz and nr)
_PERSON_TAGS = frozenset({"nrt", "x"})
# common formats and standards after a word are no model code (高清|MP4, 无线通讯|3G, 大屏幕|MP3)
_FORMAT = re.compile(r" ?(?:(?:MP[345])+|[2-5]G|\d{3,4}[PpIi]|H\.?26[45]|USB|LCD|LED|HDMI|DVD|CD|WiFi|\d+[GMT]B?)(?![A-Za-z\d])")
# jieba's tags of a word after which a product's name goes on rather than opens: nouns, names, pronouns,
# idioms and words jieba does not know (英寸|触摸屏, 三星|卡片, 其他|高清, 防抖|长焦)
_PRODUCT_BEFORE_TAGS = frozenset("nrlx")
_BRAND = "品牌"


def _sentence(text: str, i: int) -> str:
    start = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, i - 200), i)), default=max(0, i - 200))
    end = SENTENCE_BREAK.search(text, i)
    return text[start:end.start() if end else len(text)]


def _name_word(text: str, s: int, e: int, table: TokenTable, named: set[tuple[int, int]], foreign: frozenset[str],
               votes: int = 1, tags: frozenset[str] = _NAME_TAGS) -> bool:
    """Whether ``text[s:e]`` is a whole word that may be a maker's name: a span the recogniser or a rule read
    as a name, or one jieba word tagged a name; a word jieba does not know only when transliteration
    characters write it (欧达) or it stands before a model code twice (not 触摸屏, 汇聚一堂)."""
    if not 2 <= e - s <= 4 or not all(is_han(c) for c in text[s:e]):
        return False
    if (s, e) in named:
        return True
    word = table.word_at(s)
    if word is None or word.idx != s or word.end != e or word.tag not in tags:
        return False
    return word.tag != "x" or votes >= 2 or all(c in foreign for c in word.text)


def _opens_name(text: str, s: int, table: TokenTable, place_ends: set[int]) -> bool:
    """Whether a product's name may open at ``s``: after no letter, a place (烟台|奥尼U660M), a number or
    measure (这款|三星NV100HD), a verb, a particle or a time (目前|尼康D3000); not after a noun, a name or a
    pronoun, where it is a word of the product's own (三星卡片|PL51, 英寸触摸屏|S230, 防抖长焦|Z950, 其他高清|MP4)."""
    if s == 0 or not is_han(text[s - 1]) or s in place_ends:
        return True
    word = table.word_at(s - 1)
    return word is None or word.tag[:1] not in _PRODUCT_BEFORE_TAGS


def _word_before(text: str, i: int, table: TokenTable) -> tuple[int, int] | None:
    word = table.word_at(i - 1) if i > 0 else None
    return (word.idx, word.end) if word is not None and word.end == i else None


def _first_place(name: str, places: set[str]) -> str:
    """The shortest of ``places`` ``name`` opens with and runs on after (烟台 of 烟台奥尼U660M), else "": the first such
    in sorted order, as the openings of one name sort shortest first.

    >>> _first_place("烟台奥尼U660M", {"烟台", "烟台奥尼"}), _first_place("烟台", {"烟台"})
    ('烟台', '')
    """
    return next((name[:k] for k in range(len(name)) if name[:k] in places), "")


def _ends_of(rest: str) -> set[str]:
    """Every opening and every ending of ``rest``, itself and "" included: the only names ``rest`` may start or end with.

    >>> sorted(_ends_of("ab"))
    ['', 'a', 'ab', 'b']
    """
    return {rest[:k] for k in range(len(rest) + 1)} | {rest[k:] for k in range(len(rest) + 1)}


def read_makers(mentions: list[Mention], text: str, table: TokenTable, lexicon: Lexicon, original: str = "") -> list[Mention]:
    """``mentions`` with the makers the document names by their products read as organisations.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "柯达Z950采用了1200万像素传感器，柯达表示该机已上市。"
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [(m.text, m.label.value) for m in read_makers([], text, token_table(make_nlp()(text)), load_lexicon())]
    [('柯达', 'ORGANIZATION'), ('柯达', 'ORGANIZATION')]
    """
    if not _PRODUCT_WORDS.search(text):
        return mentions
    coded = {m.simplified for m in mentions if m.label is Label.PLACE and m.code}
    named = {(m.start, m.end) for m in mentions}
    # a maker's name ending where a mention that runs it into its code ends or starts (索尼HVR-Z5C, FS10S卡西欧)
    named |= {(m.start, m.end - len(c.group())) for m in mentions for c in [_CODE.search(m.simplified)]
              if c and c.end() == len(m.simplified) and c.start() > 0}
    named |= {(m.start + c.end(), m.end) for m in mentions for c in [_CODE.match(m.simplified)]
              if c and 0 < c.end() < len(m.simplified) and re.search("[A-Z]", c.group())}
    votes: dict[str, int] = {}
    makers: set[str] = set()
    canonical: dict[str, str] = {}  # one maker's other forms: its Latin name, the last part of a joined name
    foreign = lexicon.foreign_name_chars
    place_ends = {m.end for m in mentions if m.label is Label.PLACE and m.code}
    place_spans = {m.start: m.end for m in mentions if m.label is Label.PLACE and m.code}
    before_code: list[tuple[int, int]] = []
    product_words: set[str] = set()
    for c in _CODE.finditer(text):
        s = c.start()
        if not re.search("[A-Z]", c.group()) or _LETTER_APART.match(c.group()) or _FORMAT.match(c.group()) or \
                (c.end() < len(text) and text[c.end()].isascii() and text[c.end()].isalpha()):
            continue
        before = next(((a, s) for a in (s - 4, s - 3, s - 2) if (a, s) in named), None) or _word_before(text, s, table)
        if before is None or _CREDIT.search(text, max(0, before[0] - 4), before[0]):
            continue
        if place_spans.get(before[0], s) < s:
            before = (place_spans[before[0]], s)  # the place where it is sold is no part of the maker (烟台|奥尼U660M)
        name = text[before[0]:s]
        if not _opens_name(text, before[0], table, place_ends):
            product_words.add(name)  # a word of the product's own, wherever it stands (三星卡片|PL51 … 卡片PL51)
            continue
        votes[name] = votes.get(name, 0) + 1
        before_code.append(before)
    for s, e in before_code:
        name = text[s:e]
        if name not in product_words and _name_word(text, s, e, table, named, foreign, votes[name]) \
                and (votes[name] >= 2 or _PRODUCT_WORDS.search(_sentence(text, e))):
            makers.add(name)
    for m in _SERIES.finditer(text) if "系列" in text else ():
        before = _word_before(text, m.start(), table)
        if before is not None and _name_word(text, *before, table, named, foreign):
            makers.add(text[before[0]:before[1]])
    for i in (m.start() for m in re.finditer(_BRAND, text)) if _BRAND in text else ():
        after = i + len(_BRAND)
        if i not in table.starts or after not in table.ends:
            continue  # inside a word: 知名品牌
        latin = _LATIN_AFTER.match(text, after)
        if latin:
            makers.add(latin.group())
            rest = after + len(latin.group())
            if text[rest:rest + 1] == " ":
                word = next((m for m in mentions if m.start == rest + 1 and m.label is not Label.PLACE), None)
                if word is not None:
                    makers.add(word.simplified)  # its name in characters beside it: Carl Zeiss 卡尔·蔡司
                    canonical[latin.group()] = word.simplified
        else:
            word = table.word_at(after)
            if word is not None and word.idx == after \
                    and _name_word(text, after, word.end, table, named, foreign, tags=_PERSON_TAGS):
                makers.add(word.text)
        latin = _LATIN_BEFORE.search(text, max(0, i - 12), i)
        if latin:
            makers.add(latin.group())
        else:
            word = table.word_at(i - 1) if i > 0 else None
            if word is not None and word.end == i \
                    and _name_word(text, word.idx, i, table, named, foreign, tags=_PERSON_TAGS):
                makers.add(word.text)  # 莱德|品牌, 康舒|品牌的电源
    makers -= coded
    # a maker a rule read otherwise (卡西欧 of the table) is cut from a mention that runs it into its code too
    trimmed = makers | {m.simplified for m in mentions if m.label is Label.ORGANIZATION
                        and m.extractor != MentionSource.RECOGNISER and 2 <= len(m.simplified) <= 4}
    if not makers and not trimmed:
        return mentions
    for name in sorted(makers):
        parts = FOREIGN_SEPARATOR.split(name)
        if len(parts) > 1 and len(parts[-1]) >= 2:
            makers.add(parts[-1])  # 蔡司 of 卡尔·蔡司, written alone
            canonical[parts[-1]] = name
    # longest first (ties as the set gives them); a mention asks only about its own openings and endings, by rank
    rank = {n: i for i, n in enumerate(sorted(trimmed, key=len, reverse=True))}
    out: list[Mention] = []
    for m in mentions:
        if m.label is Label.ORGANIZATION and m.simplified in makers:
            out.append(replace(m, canonical=canonical[m.simplified], extractor=MentionSource.ALIAS)
                       if m.simplified in canonical else m)
            continue
        if m.label is Label.PLACE and m.code:
            out.append(m)
            continue
        # a maker run into its code, and perhaps the place before it (索尼HVR-Z5C, 烟台奥尼U660M, FS10S卡西欧)
        place = _first_place(m.simplified, coded)
        rest = m.simplified[len(place):]
        inner = min((n for n in _ends_of(rest) if n in rank
                     and (rest == n and n in makers or _CODE.fullmatch(rest.replace(n, "", 1)))), key=rank.__getitem__, default="")
        if not inner:
            out.append(m)
            continue
        s = m.start + len(place) + (0 if rest.startswith(inner) else len(rest) - len(inner))
        e = s + len(inner)
        out.append(replace(m, start=s, end=e, text=(original or text)[s:e], simplified=inner, label=Label.ORGANIZATION,
                           canonical=canonical.get(inner, ""), code="",
                           extractor=MentionSource.ALIAS if inner in canonical else m.extractor))
    index = SpanIndex()
    for m in out:
        index.add(m)
    doc_id = mentions[0].doc_id if mentions else ""
    for name in sorted(makers):
        for found in find_all(name, text):
            s, e = found.span()
            if name[0].isascii():
                if text[s - 1:s].isascii() and text[s - 1:s].isalnum() or text[e:e + 1].isascii() and text[e:e + 1].isalpha():
                    continue
            elif not (s in table.starts and (e in table.ends or _CODE.match(text, e))):
                continue
            if index.overlaps(Span(s, e)):
                continue
            m = Mention(doc_id, s, e, (original or text)[s:e], text[s:e], Label.ORGANIZATION,
                        MentionSource.ALIAS if name in canonical else MentionSource.ORG_MAKER, canonical=canonical.get(name, ""))
            out.append(m)
            index.add(m)
    return in_place_order(out)

