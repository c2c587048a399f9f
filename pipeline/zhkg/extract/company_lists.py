"""Companies financial news names by a short name with no company word: in lists, by a trade, by what they do.

Business news names listed companies by their short names (中国铝业, 宜华健康, 复星, 五粮液), most with no word
that says they are companies. These constructions say it for them (issue 15; FinRE's tune half):

* **A list the text calls companies**: ``A、B、C等5家公司``, ``A、B和C等上市公司``, ``A、B等相关个股``,
  ``包括A、B在内的20家房企``, ``A、B等知名品牌`` (orgs115: brands are their makers; also developers, makers, sellers,
  sites, universities, hospitals and a trade's stocks: 等开发商, 等网站, 等高校, 等地产股). What follows
  等 (a count, a few words of kind or scope, then a word for companies: 公司, 企业, 上市公司, 个股, 银行, 券商 …)
  says every item before it is a company. The items are set off by 、, 和, 与, 及 or 以及; the first one runs left
  over name-like words (nouns, proper names, words jieba built itself, Latin) to a verb, a preposition or a stop
  (有|中国铝业、…, 包括|大悦城地产、…). A place or a person the recogniser read as the whole item, or inside it
  (华谊 PERSON, 中国 of 中国铝业), yields to the company (a place inside it stays beside it). Where the list counts
  companies (N家), a place any extractor read as a whole item yields too (龙湖), unless every item is a place, and
  an item jieba cut into letters is what two joiners enclose (、金|地、).
* **A pair or list with a company in it**: ``A、B``, ``A与B``, ``A和B`` where A is an organisation mention; B is
  a company too when it is a run of name-like words no other name covers, holding a proper name or a word jieba
  does not know (复星、华谊; 金隅与太行水泥之间), or a two-letter noun jieba holds rarely before a trade (保利|地产),
  never a common noun alone (腾讯与用户); a person only the recogniser read there yields (锐迪科与展讯), unless it
  has a person's shape (王文萱, 王立). Beside a company by its name or source (复星医药, a table's 蒙牛), B may also
  be a coined word and a noun, one word jieba does not know (复星医药与|蚂蚁|金服, 东诚|生化), and beside a company
  a table holds, a noun jieba's dictionary holds rarely (工行、|华融, 蒙牛、|合生元; session 30, finre38); 方面
  after B closes it (惠氏、美赞臣|方面). Where jieba builds the joiner and B's name into one word it does not know
  (恒基地产|及盈信|控股), B is that word less the joiner and the trade word after it (orgs147).
  :mod:`zhkg.extract.coordinated_companies`.
* **A company's name and its trade**: an organisation read without the trade word right after it (宝钢|股份,
  恒顺|置业, TCL|集团), or a person only the recogniser read there (徐工|科技), is the whole company: the trade
  (:data:`zhkg.extract.trade_names.TRADES`, 集团) belongs to the name when no noun follows it (宝钢股份今日公告;
  not 中信|证券公司, which the suffix grammar reads). :mod:`zhkg.extract.company_trades`.
* **A short name where only a company stands**: the subject of a clause before 公告称, 董事会, 股东大会, 股价,
  旗下, 大股东 … (皖维高新今日公告称), and the object of 收购, 增持, 持有 … with a share or a number after it
  (增持工行H股, 持有济南益民5%的股权), when it is one proper word or two words without a verb last.
* **The subject of a deal** (session 28): a clause opening with a short name right before a deal only a company
  strikes (复星国际|收购, 楚天有线|借壳, 中海集运|宣布收购, 京能热电|公告，): the name's own shape must say it (one
  proper word or one jieba built, and maybe a trade or a rare noun after it: 京能|热电, not 嘉士伯|天价); a person
  read there stands (李建国收购…). This and the one before: :mod:`zhkg.extract.cued_companies`.
* **A brand and its trade in a company's frame, and a known company's deal partner** (session 30, finre38):
  :mod:`zhkg.extract.trade_frames`.
* **A place and a coined brand standing alone** (session 28, finre35): a place the extraction read and a word jieba
  built itself right after it, between what opens and closes a name, in a sentence of business news (中国|南车公告,
  珠海|银隆的技术): :func:`placed_brands` (:mod:`zhkg.extract.cued_companies`).

* **A place and a brand** (重庆|啤酒, 中国|平安, 承德|露露, 宁波|联合) stand for a company in each of these
  constructions (:func:`~zhkg.extract.company_shapes.place_brand`): a list item, the subject of 公告/董事会/大股东, a name joined to an
  organisation, the object of 收购/增持/持有 (a share after it or not) and the subject of those verbs. The place is a
  word jieba tags as one (or a place mention covers exactly); the brand is no word a place commonly heads (北京|市场,
  中国|企业, 美国|总统, 上海|举行), and is a trade or a word jieba reads as no common noun (a verb or a numeral only
  where the cue is strong: a list of companies, an announcement). The place stays beside the company.

A company so found is one at every other place the document writes it as words of its own (:func:`named_again`).

Caveats: a list of places or people with a company word after 等 (北京、上海等地的公司) keeps them: an item a
gazetteer division or a rule's person covers whole stops the list. Each reader is gated on one substring test or
one precompiled search per document; they run after the rules and the recogniser are merged
(:meth:`zhkg.run.pipeline.Pipeline._merge`). This module keeps the list reader, :func:`company_names` (which
runs them all) and :func:`named_again`; the shapes of a name the readers share are in
:mod:`zhkg.extract.company_shapes` (session 41, tidy168, split the readers out word for word). It exports only
what it defines (tidy273): callers import each reader and shape from its part
(:func:`~zhkg.extract.company_trades.trade_tails`, :data:`~zhkg.extract.company_shapes.JOINERS` …).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.extract.company_mentions import add_organisation, conflict
from zhkg.extract.company_shapes import (
    MAX_ITEM,
    NAME_TAGS,
    SOURCES,
    is_joiner,
    place_brand,
    plausible_short_name,
    run_left,
)
from zhkg.extract.company_trades import brand_trades, trade_tails
from zhkg.extract.coordinated_companies import coordinated_companies
from zhkg.extract.cued_companies import CUE_GATE, SUBJECT_DEAL, cued_companies, placed_brands
from zhkg.extract.trade_frames import deal_partners, framed_brand_trades, side_names, subsidiary_names
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import TokenTable
from zhkg.text import Span, SpanIndex, is_han

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["company_names", "listed_items", "named_again"]

# a word for companies after 等 or 在内的, with at most a count and eight letters of kind or scope before it
# (等5家公司, 等相关铁路配件企业, 等国内知名品牌商, 包括…在内的20家房企); a word for goods (等产品) or places (等地) says
# nothing of the items; brands are their makers, and developers, makers, sellers, sites, universities and hospitals
# bodies too, and stocks their companies (强力家具、东鹏陶瓷…等国内外知名品牌, 万科、保利、招商等开发商,
# 万科A、保利地产等地产股; orgs115), and so are training schools, stores, sellers and makers (金桥学堂、博雅教育等培训
# 机构, 百安居、宜家等家居卖场, 等商家, 等厂家, 等经销商; orgs142)
_LIST_HEAD = re.compile(
    r"(?:等(?!国(?!内)|地(?!产)|[省市县城区])|在内的)(?P<count>[0-9一二三四五六七八九十百几数多]+[家只个])?"
    r"[^\s\d的地是为在有和与及,，。；;:：、()（）“”]{0,8}?"
    r"(?:上市公司|公司|企业|个股|银行|券商|集团|品牌商|品牌|厂商|运营商|巨头|房企|车企|药企|险企|航企|概念股|开发商|发展商|"
    r"地产商|制造商|供应商|零售商|电商|网站|高校|院校|医院|培训机构|教育机构|卖场|商家|厂家|经销商|代理商|服务商|"
    r"(?:权重|蓝筹|龙头|成份|成分|银行|地产|券商|保险|科技|绩优|大盘|小盘|题材|钢铁|有色|煤炭|医药|石油|电力|航空|汽车|军工)股)"
    r"(?![家主界人员军])")
_LIST_GATE = re.compile("等|在内的")


def company_names(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """``mentions`` with the companies the three constructions name added (and what they settle dropped).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "近期中国铝业、宜华健康和兴源环境等5家公司发布公告。"
    >>> doc = make_nlp()(text)
    >>> [m.simplified for m in company_names([], doc, token_table(doc), text)]
    ['中国铝业', '宜华健康', '兴源环境']
    """
    mentions = brand_trades(trade_tails(mentions, doc, table, text), doc, table, text)
    if _LIST_GATE.search(text):
        mentions = listed_items(mentions, doc, table, text)
    if CUE_GATE.search(text) or SUBJECT_DEAL.search(text):
        mentions = cued_companies(mentions, doc, table, text)
    mentions = placed_brands(mentions, doc, table, text)
    mentions = framed_brand_trades(mentions, doc, table, text)  # 入股|民安保险, 美峰食品|与|金像食品 (trade_frames)
    mentions = deal_partners(mentions, doc, table, text)  # 鞍钢兼并|攀钢, 国美入主|三联商社 (trade_frames)
    mentions = subsidiary_names(mentions, doc, table, text)  # 海航|资本, 东航|旅业 (trade_frames)
    mentions = side_names(mentions, doc, table, text)  # 海印|方面也表示, 联系|凯马|方面了解 (trade_frames)
    return named_again(coordinated_companies(mentions, doc, table, text), doc, table, text)


def named_again(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """Every other occurrence of a company these readers found, as the same organisation, where it stands as
    words of its own (a token starts and ends it, and no name-like word follows) and no other name covers it; a person read inside it yields
    (金晶 of 金晶科技, which the document names as a company elsewhere).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "天齐锂业今日公告称，公司拟回购股份。业内人士表示，天齐锂业的回购显示了信心。"
    >>> doc = make_nlp()(text)
    >>> [(m.simplified, m.start) for m in company_names([], doc, token_table(doc), text)]
    [('天齐锂业', 0), ('天齐锂业', 25)]
    """
    names = sorted({m.simplified for m in mentions if m.extractor in SOURCES and m.label is Label.ORGANIZATION})
    if not names:
        return mentions
    index = SpanIndex(m for m in mentions if m.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION))
    for name in names:
        i = text.find(name)
        while i >= 0:
            end = i + len(name)
            after = table.word_at(end)
            # (not the start of a longer name: 全友|田纳西 series, 长盛|动态精选 fund, 中债|登)
            if i in table.starts and end in table.ends and (after is None or after.is_punct or after.is_space
                                                             or after.tag not in NAME_TAGS):
                near = index.overlapping(Span(i, end))
                if all(m.label is Label.PERSON and i <= m.start and m.end <= end and m.span != (i, end)
                       or m.label is Label.PLACE and i <= m.start and m.end <= end and m.span != (i, end)
                       for m in near):
                    drop = {id(m) for m in near if m.label is Label.PERSON}
                    mentions = add_organisation(mentions, doc, i, end, MentionSource.ORG_AGAIN, index, drop)
            i = text.find(name, end)
    return mentions


def _named_item(index: SpanIndex, table: TokenTable, k: int) -> int | None:
    """The first token of an organisation already read that ends with token ``k`` and starts at a token (金地集团,
    which jieba splits 金|地|集团 and the name-like run stops inside), or ``None``."""
    word = table.words[k]
    end = word.idx + len(word.text)
    for m in index.overlapping(Span(word.idx, end)):
        if m.label is Label.ORGANIZATION and m.end == end and m.start in table.starts and m.end - m.start <= MAX_ITEM:
            return table.token_of_char[m.start]
    return None


def _enclosed(table: TokenTable, k: int) -> int | None:
    """The first token of two to four Han letters ending with token ``k`` that a joiner or a break opens and a
    joiner closes (保利、|金|地|、绿地), or ``None``: an item jieba cut into letters."""
    if not is_joiner(table, k + 1):
        return None
    first, chars = k, 0
    while first >= 0 and not is_joiner(table, first) and not table.words[first].is_punct \
            and all(is_han(c) for c in table.words[first].text) and chars + len(table.words[first].text) <= 4:
        chars += len(table.words[first].text)
        first -= 1
    if 2 <= chars and (first < 0 or is_joiner(table, first) or table.words[first].is_punct):
        return first + 1
    return None


def _place_over(index: SpanIndex, start: int, end: int) -> set[int]:
    """The ids of the place mentions over exactly ``[start, end)`` when nothing else overlaps it, else an empty set."""
    found = index.overlapping(Span(start, end))
    if found and all(m.label is Label.PLACE and m.span == (start, end) for m in found):
        return {id(m) for m in found}
    return set()


def listed_items(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """Every item of a list ended by 等 and a word for companies (``A、B和C等5家公司``) as an organisation.

    Lists of one item are left alone (苹果等公司 may name a kind).
    """
    index = SpanIndex(m for m in mentions if m.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION))
    for match in _LIST_HEAD.finditer(text):
        s = match.start()
        if s == 0 or s not in table.starts:
            continue
        items: list[tuple[int, int]] = []
        counted = bool(match.group("count")) and match.group("count").endswith("家")
        k = table.token_of_char[s] - 1
        while k >= 0:
            # an item between two joiners is whatever they enclose; the first runs left over name-like words
            first = run_left(table, k, strict=False)
            named = _named_item(index, table, k)
            if named is not None and (first > k or named < first):
                first = named  # an organisation read over words jieba split oddly: 金|地|集团 (session 22)
            elif first > k and place_brand(table, k - 1, index, loose=True):
                first = k - 1  # 承德|露露 (a verb jieba read in a brand)
            elif first > k and counted and _enclosed(table, k) is not None:
                first = _enclosed(table, k)  # companies counted: what two joiners enclose (、金|地、)
            elif first > k:
                break
            elif not is_joiner(table, first - 1):
                first = run_left(table, k, strict=True)
                if first > k:
                    break
                # a verb before the name is no part of it (耗资|投资|兴蓉投资)
                while first < k and table.words[first].tag in ("v", "vn"):
                    first += 1
                # common words before a dictionary name are no part of it (信贷|大户|建设银行)
                proper = next((j for j in range(first, k + 1) if table.words[j].tag in ("nt", "nz")), first)
                if all(table.words[j].tag in ("n", "vn", "b", "an") for j in range(first, proper)):
                    first = proper
            items.append((first, k))
            if not is_joiner(table, first - 1):
                break
            k = first - 2
            if is_joiner(table, k):  # 、以及 …
                k -= 1
        if len(items) < 2 or not any(plausible_short_name(table, x, y) for x, y in items):
            continue
        spans = [(table.words[x].idx, table.words[y].idx + len(table.words[y].text)) for x, y in reversed(items)]
        if any(e - b < 2 for b, e in spans):
            continue
        settled = [conflict(index, b, e, retype=True) for b, e in spans]
        if counted:
            # companies counted (在内的20家房企, 等5家公司): an item a place covers whole is the company named by it
            # (龙湖, 金融街), unless every item is a place
            places = [_place_over(index, b, e) for b, e in spans]
            if not all(places):
                settled = [(False, place) if place else (blocked, drop)
                           for (blocked, drop), place in zip(settled, places)]
        if any(blocked for blocked, _ in settled):
            continue  # a name the rules read there: a list of something else, or read already
        for (b, e), (_, drop) in zip(spans, settled):
            if not any(m.label is Label.ORGANIZATION and m.span == (b, e) for m in index.overlapping(Span(b, e))):
                mentions = add_organisation(mentions, doc, b, e, MentionSource.ORG_LISTED, index, drop)
    return mentions

