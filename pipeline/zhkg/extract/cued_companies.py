"""Short names where only a company stands: the subject of an announcement, the object of a deal, a place and a
coined brand (readers of :mod:`zhkg.extract.company_lists`).

Scope: :func:`cued_companies`, the subject of a clause before 公告称, 董事会, 股东大会, 股价, 旗下, 大股东 … (皖维高新今日
公告称), the object of 收购, 增持, 持有 … with a share or a number after it (增持工行H股), and the subject of a deal only
a company strikes (复星国际|收购, 京能热电|公告，); :func:`placed_brands`, a place the extraction read and a word jieba
built itself right after it, in a sentence of business news (中国|南车公告, 珠海|银隆的技术). :data:`CUE_GATE` and
:data:`SUBJECT_DEAL` are the cheap tests :func:`zhkg.extract.company_lists.company_names` runs first.

Caveats: the name's own shape must say it is a company (one proper word or one jieba built, maybe a trade or a rare
noun after it: 京能|热电, not 嘉士伯|天价); a person read there stands (李建国收购…). Moved word for word out of
``extract/company_lists.py`` (session 41, tidy168).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.extract.company_mentions import add_organisation, conflict
from zhkg.extract.company_shapes import GLUED_STARTS, PROPER_TAGS, RARE_TRADE, TRADE_WORDS, clean_edge, place_brand
from zhkg.extract.company_words import (
    FUNCTION_ENDS,
    FUNCTION_STARTS,
    NOT_NAME_WORDS,
    SEASON_WORDS,
)
from zhkg.extract.trade_names import _SCOPES
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import TokenTable, dictionary_frequency
from zhkg.text import Span, SpanIndex, is_han, sentence_at, sentence_spans

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["CUE_GATE", "SUBJECT_DEAL", "cued_companies", "placed_brands"]

# what a company does and a person or a place does not, right after its name (X公告, X董事会, X股价, XA股) …
_AFTER_CUES = ("公告称", "公告显示", "公告表示", "发布公告", "董事会", "股东大会", "股价", "总股本", "全资子公司",
               "控股子公司", "大股东", "控股股东", "第一大股东", "旗下")

# … of which a person may say these too (李嘉诚旗下, 马云是…大股东): they name only where no person was read
_PERSON_CUES = frozenset({"旗下", "大股东", "控股股东", "第一大股东"})

# what is done to a company, right before its name (收购孟山都, 增持工行H股, 持有济南益民5%的股权)
_BEFORE_CUES = ("收购", "入股", "增持", "减持", "参股", "入主", "并购", "借壳", "控股了", "持有", "注资")

# what follows the name of a company bought into (增持X|股份, 持有X|5%, 收购X|的股权): a share of it, or a number
_SHARE_AFTER = ("股份", "股权", "股票", "A股", "H股", "B股", "旗下", "的股", "的控股", "所持", "全部", "部分")

CUE_GATE = re.compile("|".join(sorted({*_AFTER_CUES, *_BEFORE_CUES}, key=lambda w: (-len(w), w))))

_AFTER_CUE = re.compile("(?:今日|昨日|今天|昨天|日前|近日|晚间|昨晚|周一|周二|周三|周四|周五|此前)(?:发布)?公告|(?:"
                        + "|".join(sorted(_AFTER_CUES, key=lambda w: (-len(w), w))) + ")")

# what a company does to another as the subject of a clause (复星国际|收购…, 楚天有线|借壳…, 京能热电|公告，…,
# 中投|拟出售…): a deal only a company strikes, or a bare 公告 before a break; a person may hold, buy or sell shares
# too (杜双华|增持…), so a person read there stands
_SUBJECT_DEALS = ("收购", "并购", "借壳", "入股", "注资", "携手", "牵手", "联手", "重组", "拟收购", "拟出售",
                  "拟转让", "拟认购", "拟向", "拟以", "宣布收购", "宣布停牌", "公告确认")

SUBJECT_DEAL = re.compile("(?:" + "|".join(sorted(_SUBJECT_DEALS, key=lambda w: (-len(w), w))) + ")|公告(?=[,，:：])")

# the tags of grammar words, never in a name (jieba's: pronoun, numeral, measure, time, locative, preposition,
# conjunction, particles; a one-letter adverb too: 也, 将, 已)
_GRAMMAR_TAGS = frozenset({"r", "m", "q", "t", "f", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o",
                           "zg", "tg", "rr", "rz"})

_BEFORE_CUE = re.compile("|".join(sorted(_BEFORE_CUES, key=lambda w: (-len(w), w))))


def cued_companies(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """A short name right before what only a company has or does (X公告, X董事会, X股价, XA股, X旗下) or right
    after a verb of buying a share of one (收购X, 增持X, 持有X5%股权), as an organisation.

    The name is a run of name-like words with a company's shape (:func:`_cue_shape`), closed on its open side by
    punctuation, a verb, a preposition, a conjunction or an adverb; the recogniser's person or uncoded place over it
    yields, except before cues a person may have too (旗下, 大股东).
    """
    index = SpanIndex(m for m in mentions if m.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION))
    found: list[tuple[int, int, bool]] = []
    # (a deal's subject has a company's shape by itself: no cue word of a company's own fixes it)
    subjects = [(match, match.group() not in _PERSON_CUES, _cue_shape) for match in _AFTER_CUE.finditer(text)]
    subjects += [(match, False, _deal_subject_shape) for match in SUBJECT_DEAL.finditer(text)]
    for match, retype, shaped in subjects:
        c = match.start()
        if c == 0 or c not in table.starts:
            continue
        # the clause's subject: everything back to a punctuation mark or the start (皖维高新|今日公告)
        k = last = table.token_of_char[c] - 1
        while k >= 0 and not table.words[k].is_punct and not table.words[k].is_space and c - table.words[k].idx <= 6:
            k -= 1
        first = k + 1
        if first <= last and (k < 0 or table.words[k].is_punct or table.words[k].is_space) \
                and shaped(table, first, last):
            found.append((table.words[first].idx, table.words[last].idx + len(table.words[last].text), retype))
    for match in _BEFORE_CUE.finditer(text):
        e = match.end()
        if e not in table.starts or e >= len(text):
            continue
        # the object: words up to what follows a company's name (收购|孟山都|的报价, 持有|济南益民|5%), which may
        # end inside a word (增持|金风|科技股份)
        k = first = table.token_of_char[e]
        stop = -1
        while k < len(table.words) and table.words[k].idx - e < 6 and not table.words[k].is_punct:
            word = table.words[k]
            if word.text[:1].isdigit() or text.startswith(_SHARE_AFTER, word.idx):
                stop = word.idx
                break
            share = next((w for w in _SHARE_AFTER if word.text.endswith(w) and len(word.text) > len(w)), "")
            if share:
                stop = word.idx + len(word.text) - len(share)
                k += 1
                break
            k += 1
        if stop > e and _cue_shape(table, first, k - 1, end=stop):
            found.append((e, stop, True))
        elif place_brand(table, first, index) and clean_edge(table, first + 2, after=True) \
                and not (first + 2 < len(table.words) and table.words[first + 2].text == "的"):
            # a place and a brand bought whole (收购|亚细亚|国旅|是 …): no share needs to follow
            found.append((e, table.words[first + 1].idx + len(table.words[first + 1].text), True))
        # … and one that buys (中国|平安|收购 …)
        s = match.start()
        if s in table.starts:
            k = table.token_of_char[s] - 2
            if place_brand(table, k, index) and (clean_edge(table, k - 1, after=False) or table.words[k - 1].tag == "t"):
                found.append((table.words[k].idx, s, True))
    for start, end, retype in sorted(set(found)):
        blocked, drop = conflict(index, start, end, retype=retype)
        if not blocked and not any(o.label is Label.ORGANIZATION and start <= o.start and o.end <= end and
                                   o.span == (start, end) for o in index.overlapping(Span(start, end))):
            mentions = add_organisation(mentions, doc, start, end, MentionSource.ORG_CUED, index, drop)
    return mentions


# a dateline's word (本报讯|连云港|今日公告): the outlet's, never a part of the company's name
_DATELINE = "讯"

#: jieba's tags of a word that may open a deal's subject: a proper name, a word jieba built itself, an abbreviation
_SUBJECT_TAGS = frozenset({"x", "nz", "nt", "nr", "nrt", "nrfg", "ns", "j"})

#: letters a word jieba built itself opens with when it ran into the words before a name (同|优步, 还|拟, 这一)
_SUBJECT_GLUED = FUNCTION_STARTS | frozenset("这那此该同还再更每各另")

#: what may stand right before a place and a coined brand besides what closes a joined name: a date or a time
#: (5日|中国南车, 此前|山东京博), a locative (后，|…) or the kind the name is in apposition to (公司|珠海中融)
_PLACED_BEFORE_TAGS = frozenset({"t", "m", "f"})

_PLACED_BEFORE_WORDS = frozenset({"公司", "子公司", "股东", "大股东", "企业", "集团"})

#: what only a company has, right after a place and a coined brand (杭州澜创|公告称, 珠海锐晟|股价)
_PLACED_AFTER_WORDS = frozenset("公告 股价 股份 股票 市值 旗下 董事长 董事会 总裁 总经理 大股东 控股股东 高管 财报 年报".split())


def placed_brands(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """A place and a word jieba built itself right after it, standing as a name of its own (中国|南车公告,
    示，珠海|银隆的技术, 公司|厦门|特宝在美国上市), as an organisation: a place is named by its own words, and a
    coined word after one is the brand of a firm there (the place stays beside it).

    The place is one the extraction read (a place mention over the word exactly); the brand is two or three Han
    letters jieba's dictionary does not hold (tag ``x``), not glued to a word of grammar (润泰为, 源拟), and no
    piece of a word jieba holds with the letters beside it (中国|人多 is 中国人…, 英国|读硕|士 is …硕士); before the
    place stands punctuation, a verb, a preposition, a conjunction, an adverb, a date or the kind it is in
    apposition to (公司, 股东); after the brand, what closes a name (:func:`clean_edge`) or what only a company
    has (公告, 股价, 董事长). The sentence is business news: a company's word or deed stands in it (公司, 股份,
    收购, 上市 …: :data:`_COMPANY_FRAME`).
    """
    words = table.words  # (each pair of neighbours walked once, not looked up by index four times)
    hits = [k for k, (w, x) in enumerate(zip(words, words[1:])) if w.tag == "ns" and x.tag == "x" and 2 <= len(x.text) <= 3]
    if not hits:
        return mentions
    index = SpanIndex(m for m in mentions if m.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION))
    sentences = sentence_spans(text)
    for k in hits:
        if not _placed_candidate(table, k, index, text, sentences):
            continue
        start, end = table.words[k].idx, table.words[k + 1].idx + len(table.words[k + 1].text)
        blocked, drop = conflict(index, start, end, retype=True)
        if not blocked and not any(o.label is Label.ORGANIZATION and o.span == (start, end)
                                   for o in index.overlapping(Span(start, end))):
            mentions = add_organisation(mentions, doc, start, end, MentionSource.ORG_CUED, index, drop)
    return mentions


def _placed_candidate(table: TokenTable, k: int, index: SpanIndex, text: str,
                      sentences: list[tuple[int, int]]) -> bool:
    """Whether tokens ``k`` and ``k + 1`` are a place and a coined brand standing as a name (:func:`placed_brands`)."""
    place, brand = table.words[k], table.words[k + 1]
    if place.tag != "ns" or brand.tag != "x" or not 2 <= len(brand.text) <= 3 or place.text in _SCOPES \
            or not _coined_brand(brand.text) or not place_brand(table, k, index):
        return False
    before = table.words[k - 1] if k > 0 else None
    after = table.words[k + 2] if k + 2 < len(table.words) else None
    if not (before is None or clean_edge(table, k - 1, after=False) or before.tag in _PLACED_BEFORE_TAGS
            or before.text in _PLACED_BEFORE_WORDS):
        return False
    if not (clean_edge(table, k + 2, after=True) or after is not None and after.text in _PLACED_AFTER_WORDS) \
            or _one_letter_after(table, k + 2):
        return False
    # a place's people or nationals are no brand (中国|人开 of 中国人开的公司, 美国|籍员), nor a season (九龙城|来季)
    if brand.text[0] in "人籍" or brand.text in SEASON_WORDS:
        return False
    # the brand is no piece of a word jieba holds with the letters beside it (中国人|多, 读硕|士, 最受|欢迎)
    nxt = after.text if after is not None and not after.is_punct else ""
    if dictionary_frequency(place.text + brand.text[0]) or any(dictionary_frequency(brand.text[-1] + nxt[:n]) for n in (1, 2) if len(nxt) >= n):
        return False
    # a company's frame in the sentence: business news, not a place in a story (中国|最受关注, 湘江|之畔)
    if not _COMPANY_FRAME.search(text, *sentence_at(sentences, place.idx)):
        return False
    start = place.idx
    return any(m.label is Label.PLACE and m.span == (start, start + len(place.text))
               for m in index.overlapping(Span(start, start + len(place.text))))


#: the last letters of a place's own name (富文|乡, 贺家|墩): a word jieba built that ends in one, or runs on into
#: one, is a place
_PLACE_ENDS = frozenset("乡镇村县市区省州岛路街道巷里屯庄寨湾湖山河江峰岭洲港墩坝桥墟")

#: the tags of a letter that opens no brand: a particle, a preposition, a conjunction, a pronoun (丹麦|等国, 湘江|之畔),
#: or a word that only modifies the noun after it (区别词, jieba's b: 华宁|总糖, 副总, 男装)
_NO_BRAND_OPENING = frozenset({"u", "uj", "ul", "uz", "ug", "uv", "ud", "p", "c", "r", "b"})

#: what makes a sentence business news, where a place and a coined word name a firm (its own words, the brief's
#: frame: 股价, 公告, 旗下, 董事长, 市值, 涨停, 停牌, 增持 …)
_COMPANY_FRAME = re.compile("公司|企业|集团|股份|股权|股东|股价|股票|[AB]股|公告|旗下|董事|总裁|总经理|市值|涨停|跌停|停牌|复牌|"
                            "增持|减持|收购|并购|合并|重组|控股|控制人|上市|融资|增资|注资|投资|品牌|供应商|厂商|门店|营收|净利|业绩|合资|"
                            "协议|合同|交易|签约|合作")


def _coined_brand(word: str) -> bool:
    """Whether a word jieba built itself after a place is a brand: two letters, or three whose last is no word of
    grammar glued on (润泰|为, 路源|拟, 航企|正), and none ending as a place's own name does (富文乡)."""
    from zhkg.extract.listed_companies import dictionary_tag

    last = word[-1]
    if last in _PLACE_ENDS or last in GLUED_STARTS or last in FUNCTION_ENDS \
            or dictionary_tag(word[0]) in _NO_BRAND_OPENING:
        return False
    return len(word) == 2 or dictionary_tag(last) not in _GRAMMAR_TAGS | {"d", "zg", "ad"}


def _one_letter_after(table: TokenTable, k: int) -> bool:
    """Whether token ``k`` is one Han letter a name may run on into (武汉贺家|墩, 日本|有名|的 is not), or one that
    closes a title (川北|招讨|使, an office of history: :data:`_TITLE_ENDS`)."""
    if k >= len(table.words):
        return False
    word = table.words[k]
    return len(word.text) == 1 and is_han(word.text) and (word.tag in ("n", "ng", "x") or word.text in _PLACE_ENDS
                                                          or word.text in _TITLE_ENDS)


#: Letters that close a title when jieba leaves them alone after the rest (招讨|使, 节度|使, 巡按|官).
_TITLE_ENDS = frozenset("使官")


def _deal_subject_shape(table: TokenTable, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` are shaped as a company's short name standing as the subject of a deal
    (复星国际|收购, 楚天|有线|借壳, 京能|热电|公告，): one or two words of Han letters, two to six, the first a proper
    name or a word jieba built itself (not glued to a word of grammar: 同优步, 还拟, 这一), the second, if any, a
    trade (国恒|铁路, 海尔|金融), a word jieba built itself or a word its dictionary holds rarely (京能|热电)."""
    words = table.words[first:last + 1]
    if not 1 <= len(words) <= 2 or not 2 <= sum(len(w.text) for w in words) <= 6 \
            or not all(is_han(ch) for w in words for ch in w.text):
        return False
    head = words[0]
    if head.tag not in _SUBJECT_TAGS or head.text[0] in _SUBJECT_GLUED or head.text[-1] in FUNCTION_ENDS \
            or head.text in NOT_NAME_WORDS or len(words) == 1 and len(head.text) < 2:
        return False
    if len(words) == 1:
        return True
    tail = words[1]
    return tail.text in TRADE_WORDS or tail.tag == "x" and tail.text[-1] not in FUNCTION_ENDS \
        or tail.tag in ("n", "nz", "j") and dictionary_frequency(tail.text) < RARE_TRADE


def _cue_shape(table: TokenTable, first: int, last: int, end: int | None = None) -> bool:
    """Whether tokens ``first`` to ``last`` (the last cut at ``end``, when given) may be a company's short name
    where a cue says one stands there: two to six letters (a Latin name up to twenty), no word of grammar, no
    generic word (公司, 资产, 市场); one word alone a proper one (not 计划, 完成), unless jieba built it itself."""
    words = list(table.words[first:last + 1])
    if not words:
        return False
    if end is not None and words[-1].idx + len(words[-1].text) > end:
        cut = words[-1]
        words[-1] = cut._replace(text=cut.text[:end - cut.idx], tag="x")
    size = sum(len(w.text) for w in words)
    if size < 2 or size > (20 if all(w.text.isascii() for w in words) else 6):
        return False
    if len(words) == 2 and words[1] is table.words[last] and place_brand(table, first, loose=True):
        return True  # 中国|平安, 宁波|联合 今日公告
    if any(w.tag in _GRAMMAR_TAGS or (w.tag == "d" and len(w.text) == 1) or w.text in NOT_NAME_WORDS
           or w.text.endswith(_DATELINE) or w.is_punct or w.is_space or not w.text.isalnum() or w.text.isdigit() for w in words):
        return False
    if words[0].tag == "x" and words[0].text[0] in FUNCTION_STARTS:
        return False
    if len(words) == 1:
        w = words[0]
        return (w.text.isascii() and w.text[:1].isupper()) or (not w.text.isascii() and w.tag in PROPER_TAGS)
    # two words at most, a verb only first and only before a trade (鼎立|股份): 记者|致电|美的, 服务器|更新,
    # 召开|年度 are no names
    return len(words) == 2 and words[1].tag not in ("v", "vn", "vd") and (
        words[0].tag not in ("v", "vn", "vd") or words[1].text in TRADE_WORDS)
