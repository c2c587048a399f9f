"""Listed companies named by their stock short names (issue 15): 亞泥, 萬海, 華航, 宏佳騰, 京东方, 歌华有线.

Taiwan's and the mainland's business news name a listed company by the short name its exchange lists (亞泥 for
亞洲水泥, 萬海 for 萬海航運), with no word that says it is a company. ``companies_listed.tsv`` holds those short
names: every stock of Taiwan's TWSE and TPEx and the mainland's A- and B-shares (built from registry packages by
``tools/build_listed_companies.py``). Many are ordinary words or names too (幸福, 大成, 統一, 光明, 中華, 環保,
陽明), so a short name is an organisation only where its context supports a company. A **common word** is one
jieba's dictionary holds 300 times or more, or 20 times or more with a tag other than a proper noun's (統一, 幸福,
光明, 環保, 南亞, 陽明); a rare dictionary word (味全, 東元, 華航) or none (亞泥, 萬海) is no common word, nor is an
abbreviation of three letters or more (中联重科, 中青旅; a two-letter one is: 交投, 中航).

* **Any name**, a market word right after it: 董事長, 董事會, 股價, 股東, 營收, 財報, 法說會, 市值, 獲利, 股票, 股權,
  A股 (統一股價, 東元董事長);
* **a name that is no common word**, also: a company word after it (公司, 集團, 企業, 控股, 股份, after a trade or
  not: 味全公司, 恒大地產, 我爱我家控股公司 — they belong to the name), a word of what a company does or has
  (總經理, 董秘, 分析师, 研究员, 旗下, 公告, 今年, 第三季, 方面 …), a deal's verb right before or after it (牵手|上海医药, 中联重科|收购,
  福田汽车|签订, 上海医药|发布; session 27), a market, results or analysts' word in its sentence (股, 上市, 上櫃, 漲,
  跌, 營收, 財報, 董事長, 法說會, 市值, 收盤, 外資, 投信, 公告, 披露, 业绩, 利润, 评级 …), or, a name of three letters
  or more that is no dictionary word and holds a word the segmenter made up for it (宏佳騰, 京东方; not 新|零售,
  葡萄|王, 大學|光), nothing at all; a brand and its trade, four letters or more and no dictionary word, the brand
  no common word and no place (复星医药, 黔源电力, 以岭药业; not 上海医药), needs no cue either, in any document;
* a name **joined by 、, 與, 和, 及 or 跟** to a name so found (亞泥、幸福與萬海), or, a name that is no common word,
  to an organisation another reader found (长江电力、招商银行), in any document.

A name that is no common word, found so once, is the company at its other occurrences as well; a common word needs
its own cue each time. Never a name inside a longer word or name: it starts and ends on the segmenter's word
boundaries (統一 of 統一戰線, 中華 of 中華民國, 陽明 of 陽明山), follows no place or proper noun glued before it
(苏宁|易购, 杭州|新希望; a word of kind or a dateline is no such noun: 上市公司|中化国际, 本报讯|电广传媒), begins and ends with no word of grammar (和|大 of
补贴和大股东; a name of four letters or more that is no dictionary word may do both: jieba cuts it as it likes,
称三一|重工, 均|胜|电子公告, 中|煤|能源, so it may lose a letter before it to a word, or its end to what a company does
after it, 公告, 收购 …), is followed by no noun it would open a name with unless a market or company word (中航|工业, 金一|文化,
大华|投资), and, a common word, follows no rare word (科林|环保); nor a fund a manager names (基金裕隆, 嘉实300,
長盛中证100); nor one a place, a person or another organisation already covers (a place strictly inside it, 上海 of
上海电力, stays beside it), unless that is a person read from its letters alone or a place only the recogniser
read, on the very span (万海 PERSON, 东阿阿胶 PLACE), or such a person inside it (莱宝 of 莱宝高科, 高纳 of 钢研高纳), or
an organisation on its opening words (中信 of 中信建投, 万达 of 万达电影), or one the recogniser or the suffix grammar
ran on from it into the clause after it (山东钢铁|重组日照钢铁, 三丰智能|控股股东: 控股 of 控股股东 is never carried;
:func:`zhkg.extract.org_run_ons.runs_on`, which owns the clause words: a board is none, 隧道股份|董事会). Short names ``organisations_known.tsv`` lists keep that
table's reading (台積電, 聯電, 台塑), and so do its teams and body abbreviations.

中国 and an abbreviation or a word jieba built right after it (中国|恒天, 中国|南车, 中国|太保) is a candidate too, read
as a name that is no common word (not a kind: 中国|央企; not 中国人|开).

The reader runs after the rules and the recogniser are merged (:meth:`zhkg.run.pipeline.Pipeline._merge`), on
documents with one of the market or company words (one precompiled search); the names are one precompiled trie.
The packages give no full names, so a short name is not linked to a company's full name (台積電 ↔
台灣積體電路製造) here; Hong Kong's short names (長實) are not in the table (no registry package ships them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.extract.company_words import CARRIED_COMPANY_WORDS
from zhkg.extract.org_run_ons import ANNOUNCING_WORDS, DEAL_WORDS, MARKET_WORDS, runs_on
from zhkg.extract.trade_names import TRADES
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon, load_lexicon, table_rows
from zhkg.stages.segment import TokenTable, dictionary_frequency, dictionary_tag, doc_text
from zhkg.text import SENTENCE_BREAK, Span, SpanIndex, WordScan, find_all

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


__all__ = ["listed_company_names", "listed_companies", "stock_short_names"]

TABLE = "companies_listed.tsv"

#: What in a sentence says a short name there is a listed company: the market, and the deals and results only
#: companies have (上海医药对其实施收购, 华电能源的出资 … 按照收购协议, 中国铁建 … 上半年净利).
_MARKET = re.compile("股|上市|上柜|涨|跌|营收|财报|董事长|法说会|市值|收盘|外资|投信|收购|并购|重组|注资|停牌|复牌|增发|合资"
                     "|净利|公告|披露|业绩|利润|亏损|盈利|估值|研报|评级|目标价|入主|借壳")
#: A deal between companies, as a verb right before or right after a short name: its party (牵手|中国平安, 联手|
#: 长江电力, 中联重科|收购, 福田汽车|签订), or what a company announces after it (发布, 披露, 宣布): a name that is
#: no common word is the company there (the words: :mod:`zhkg.extract.org_run_ons`, which owns the clause after a name).
_DEAL = "|".join(DEAL_WORDS)
_DEAL_BEFORE = re.compile("(?:" + _DEAL + ")$")
_DEAL_AFTER = re.compile("|".join(DEAL_WORDS + ANNOUNCING_WORDS))
#: Documents holding none of these words name no listed company by its short name (the reader's gate): every cue.
_GATE = re.compile("股|上市|上柜|营收|财报|董事长|法说会|市值|收盘|外资|投信|公司|集团|净利|公告|披露|业绩|利润|亏损|盈利"
                   "|估值|研报|评级|目标价|涨|跌|停牌|复牌|增发|合资|董秘|" + _DEAL_AFTER.pattern)
#: What a short name carries after it as part of the company's name: a trade (:data:`~zhkg.extract.trade_names.TRADES`
#: less the verbs and the funds: 投资, 基金), then company words (恒大地产, 东元电机, 我爱我家控股公司, 味全公司).
_CARRIED_WORDS = "(?:控股|股份)?(?:集团)?(?:股份有限公司|有限责任公司|有限公司|公司|企业)?"
_CARRIED_TRADES = "|".join(sorted(
    (set(TRADES) - {"投资", "创投", "资本", "基金", "控股", "股份"}) | {"银行", "置地", "电信", "电机", "金控", "投控", "生技"},
    key=lambda t: (-len(t), t)))
_CARRIED = re.compile("(?:" + _CARRIED_TRADES + ")?" + _CARRIED_WORDS)
#: What a short name that ends with its trade carries: a second trade only before a company word (陕西煤业|化工集团
#: 有限责任公司; not 兴业证券|汽车分析师, the broker's car analyst).
_CARRIED_AFTER_A_TRADE = re.compile("(?:(?:" + _CARRIED_TRADES + ")(?=控股|股份|集团|公司|企业))?" + _CARRIED_WORDS)
#: The trades a short name may end with (复星医药, 黔源电力, 大唐电信): :data:`~zhkg.extract.trade_names.TRADES`
#: less the words of money (投资, 基金 …: 嘉实基金 is a fund's manager), with banks and telecoms.
_TRADE_ENDS = tuple(sorted((set(TRADES) - {"投资", "创投", "资本", "基金", "控股", "股份"}) | {"银行", "电信"},
                           key=lambda t: (-len(t), t)))
_TRADE_SEARCH = re.compile("|".join(_TRADE_ENDS))
_CONTROLLING = "控股股东"
#: What right after a short name says it is a listed company, whatever the name (东元董事长, 统一股价, 东元董事会).
_MARKET_AFTER = re.compile("|".join(MARKET_WORDS))
#: What right after a short name that is no common word says it is a company (华航今年, 万海旗下), also where a
#: noun follows that the name might open (中国石油|有关人士, 金徽酒|管理层, 振华重工|涨幅, 美的电器|收报, 对中国平安|
#: 估值, 中国平安|办公大厦, 国电电力|认股权证: its people, its price, its offices and warrants; finre39).
_COMPANY_AFTER = re.compile("总经理|副总经理|总裁|副总裁|执行长|高管|董秘|副董事长|首席|分析师|研究员|今年|上半年|下半年|前三季|第[一二三四]季|旗下|下属|全资|子公司|总部|公告"
                            "|发布公告|发布了公告|发出公告|宣布|方面|报告|员工"
                            "|有关人士|有关负责人|管理层|高层|涨幅|跌幅|涨停|跌停|收报|估值|办公大楼|办公大厦|认股权证")
#: A fund named by its manager (基金裕隆, 嘉实货币基金, 长盛中证100): a product, no company.
_FUND_AFTER = re.compile(r"基金|货币|精选|主题|优选|成长|价值|中证|上证|沪深|指数|混合|债券|稳健|策略|[0-9]+(?![0-9.年月日万亿元股%])")
#: A word of jieba's dictionary this frequent, or a common word's tag with a frequency of 20 or more, is a common word.
_COMMON_FREQUENCY = 300
_JOINERS = ("、", "与", "和", "及", "跟")
#: jieba's tags of proper words: a short name with one of these (or none, "x") is no common word.
_PROPER_TAGS = frozenset({"x", "nz", "nt", "eng"})
#: jieba's tags of a word a name may not begin or end with (和|大 of 补贴和大股东): conjunctions, prepositions,
#: particles, adverbs, pronouns, locatives, numerals, measure words.
_FUNCTION_TAGS = frozenset({"c", "p", "u", "uj", "ul", "uz", "ug", "ud", "uv", "d", "r", "f", "m", "q"})
#: jieba's tags of a proper name (a place, a person, a body, another proper noun) that, glued right before a short
#: name, makes it the end of a longer name (苏宁|易购, 杭州|新希望): a brand or a place, no left boundary.
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt"})
#: How a proper noun of jieba's dictionary that names a kind, not one body, ends: it stands before a name as its
#: kind (上市公司|中化国际), and so does a dateline (本报讯|电广传媒).
_KIND_WORDS = ("公司", "企业", "集团", "讯")
#: jieba's tags of a word that, right after a name, makes the name a part of a longer one (中航|工业, 金一|文化,
#: 天润|彩印, 大华|投资): nouns, proper nouns, verbal nouns, abbreviations (not a word jieba made up: 调涨).
_NOUN_TAGS = frozenset({"n", "nz", "nt", "nr", "nrt", "ns", "nrfg", "vn", "j", "an", "ng"})


def stock_short_names(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The Simplified short names of ``companies_listed.tsv``, shipped and in ``lexicon``'s folders.

    >>> {"台泥", "联电", "京东方"} <= stock_short_names()
    True
    """
    return _short_names((lexicon or load_lexicon()).dirs)


@lru_cache(maxsize=8)
def _short_names(dirs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(row[0] for row in table_rows(TABLE, load_lexicon(dirs)))


@lru_cache(maxsize=8)
def _scan(dirs: tuple[str, ...]) -> WordScan:
    lexicon = load_lexicon(dirs)
    return WordScan(sorted(_short_names(dirs) - _excluded(lexicon)))


def _excluded(lexicon: Lexicon) -> frozenset[str]:
    """The short names another table reads its own way: well-known bodies, teams, body abbreviations."""
    return frozenset(lexicon.known_organisations) | frozenset(lexicon.teams) | frozenset(lexicon.org_aliases)


@lru_cache(maxsize=4096)
def _common_word(name: str) -> bool:
    """Whether ``name`` is a common word (统一, 幸福, 光明, 环保, 南亚, 阳明), not a rare word jieba holds for the
    company itself (味全, 东元, 华航)."""
    frequency = dictionary_frequency(name)
    tag = dictionary_tag(name)
    if tag == "j" and len(name) >= 3 and frequency < _COMMON_FREQUENCY:
        return False  # an abbreviation of three letters or more names one body (中联重科, 中青旅), unlike 交投, 中航
    return frequency >= _COMMON_FREQUENCY or tag not in _PROPER_TAGS and frequency >= 20


def _long_unknown(name: str) -> bool:
    """Whether ``name`` has four letters or more and is no word of jieba's dictionary (均胜电子, 三一重工, 中煤能源):
    no phrase it could be read from by chance, and a name the segmenter cuts as it likes (均|胜|电子, 称三一|重工)."""
    return len(name) >= 4 and dictionary_frequency(name) == 0


def _inside_a_longer_name(table: TokenTable, s: int, e: int, name: str, common: bool) -> bool:
    """Whether ``name``, from ``s`` to ``e``, begins or ends with a word of grammar (和|大 of 补贴和大股东; not a
    name of four letters or more that is no dictionary word: 均|胜|电子, 中|煤|能源), or, a ``common`` word, follows a
    rare word it may close a name with (科林|环保, 楚天|数字)."""
    first, last = table.words[table.token_of_char[s]], table.words[table.token_of_char[e - 1]]
    if last.i > first.i and (first.tag in _FUNCTION_TAGS or last.tag in _FUNCTION_TAGS) \
            and not _long_unknown(name):
        return True
    before = table.words[first.i - 1] if first.i > 0 else None
    if before is None or before.whitespace or not _is_han_word(before.text):
        return False
    if first.idx == s and before.tag in _NAME_TAGS and not before.text.endswith(_KIND_WORDS):
        return True  # a place or a brand glued before it opens a longer name: 苏宁|易购, 杭州|新希望
    return common and before.tag not in _FUNCTION_TAGS and dictionary_frequency(before.text) < 20


def _brand_and_trade(name: str) -> bool:
    """Whether ``name``, four letters or more and no dictionary word, is a brand and a trade of
    :data:`_TRADE_ENDS` (复星|医药, 黔源|电力, 以岭|药业), as listed companies' short names are built, the brand no
    common word and no place (not 招商|地产, 上海|医药: those need a cue)."""
    if not _long_unknown(name):
        return False
    trade = next((t for t in _TRADE_ENDS if name.endswith(t) and len(name) - len(t) >= 2), None)
    if trade is None:
        return False
    brand = name[:-len(trade)]
    return not _common_word(brand) and dictionary_tag(brand) != "ns"


def _cut_by_the_segmenter(text: str, table: TokenTable, s: int, e: int, name: str) -> bool:
    """Whether ``name`` from ``s`` to ``e``, four letters or more and no dictionary word, lost its start or end to a
    word the segmenter made of it and a neighbour it did not know: a letter before it (称三一|重工, 对三一|重工, 从中|
    水渔业), or what a company does after it (顺络|电子公告 称, 均|胜|电子公告: 公告, 收购, 董事长 …)."""
    if not _long_unknown(name):
        return False
    if s not in table.starts:
        word = table.word_at(s)
        if word is None or word.idx != s - 1 or not _is_han_word(text[s - 1]):
            return False
    if e not in table.ends:
        return any(cue.match(text, e) is not None for cue in (_MARKET_AFTER, _COMPANY_AFTER, _DEAL_AFTER))
    return True


def _opens_a_longer_name(table: TokenTable, e: int) -> bool:
    """Whether a noun follows right at ``e``, which a name before it may open (中航|工业, 金一|文化, 大华|投资)."""
    after = table.word_at(e)
    return after is not None and after.idx == e and _is_han_word(after.text) and after.tag in _NOUN_TAGS


def _is_han_word(word: str) -> bool:
    return bool(word) and all("\u4e00" <= c <= "\u9fff" for c in word)


def _fund(text: str, s: int, e: int) -> bool:
    return text[max(0, s - 2):s] == "基金" or _FUND_AFTER.match(text, e) is not None


#: The country a central group's name opens with (中国|南车, 中国|太保, 中国|国旅, 中国|重汽).
_CHINA = "中国"
#: jieba's tags of the word after 中国 that makes the two a group's short name: an abbreviation jieba holds (太保,
#: 国旅, 石化, 重汽, 中冶) or a word it built itself (南车, 国新, 恒天); an ordinary noun after 中国 is a phrase
#: (中国|电影, 中国|核电, 中国|企业), not a name.
_ABBREVIATION_TAGS = frozenset({"j", "x"})
#: Abbreviations that after 中国 name a kind of company, a market or a reserve, not one group (中国|央企, 中国|民企).
#: Letters that make a word of 中国 before them (中国人, 中国队, 中国籍, 中国式, 中国风, 中国版, 中国区): no abbreviation follows.
_NATIONALS = frozenset("人队籍式风版区")
#: Letters of grammar that open or close a word jieba made of a name's neighbours (将在, 也是): no abbreviation.
_GLUED_STARTS = frozenset("为以而在将对向被由从把让及与和或但并又也都已于是如据即其约经称令使给自至到当请驻之等这屡能")
_GLUED_ENDS = frozenset("将已也在的了着过又还就都亦均即称是有")
_KIND_ABBREVIATIONS = frozenset("央企 国企 民企 外企 私企 中小 外储 股市 楼市 车市 债市 汇市 A股 B股 H股".split())


def _china_abbreviations(text: str, table: TokenTable, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """中国 and a two-letter abbreviation or made-up word right after it (中国|南车, 中国|太保, 中国|国新), as
    candidates read like a listed short name that is no common word: the company where its sentence says so
    (中国南车|人士, 在中国恒天|多次增持, 中国化工旗下 is not one: 化工 is a noun). Not a kind (中国|央企), not a name
    another table reads its own way (finre39)."""
    out = []
    words = table.words
    for found in find_all(_CHINA, text):  # the words 中国, where the text writes it: not a walk over every word
        k = table.token_of_char[found.start()]
        if not 0 <= k < len(words) - 1:
            continue
        w, x = words[k], words[k + 1]
        if w.idx != found.start() or w.text != _CHINA or w.whitespace or x.tag not in _ABBREVIATION_TAGS \
                or len(x.text) != 2 or not _is_han_word(x.text) or x.text in _KIND_ABBREVIATIONS:
            continue
        if x.text[0] in _NATIONALS or x.tag == "x" and (x.text[0] in _GLUED_STARTS or x.text[1] in _GLUED_ENDS):
            continue  # 中国 and the first letter are a word (中国人|开), or jieba glued letters of grammar (中国|将在)
        name = _CHINA + x.text
        if name not in _excluded(lexicon):
            out.append((w.idx, x.end, name))
    return out


def _made_of_words(table: TokenTable, s: int, e: int) -> bool:
    """Whether the words from ``s`` to ``e`` are all words of jieba's dictionary (新|零售, 葡萄|王, 大学|光): no
    word the segmenter had to make up for a name it did not know."""
    k, last = table.token_of_char[s], table.token_of_char[e - 1]
    return all(dictionary_tag(w.text) != "x" for w in table.words[k:last + 1])


def _sentence(text: str, s: int, e: int) -> str:
    start = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, s - 200), s)), default=max(0, s - 200))
    end = SENTENCE_BREAK.search(text, e)
    return text[start:s] + "\0" + text[e:end.start() if end else min(len(text), e + 200)]


def listed_company_names(text: str, table: TokenTable, lexicon: Lexicon,
                         organisations: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """Spans of listed companies' short names whose context supports a company (see the module's docstring),
    with the company word a name carries (味全公司), and the short name. A name that is no common word joined to
    one of the ``organisations`` already read (spans) is a company too (长江电力、贵州茅台、招商银行).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "亚泥营收创新高，味全公司调涨售价。两岸统一问题。"
    >>> [text[s:e] for s, e, _ in listed_company_names(text, token_table(make_nlp()(text)), load_lexicon())]
    ['亚泥', '味全公司']
    """
    organisations = list(organisations)
    # (else only a brand and its trade, or a name joined to an organisation read, is one)
    gated = _GATE.search(text) is not None
    if not gated and not organisations and _TRADE_SEARCH.search(text) is None:
        return []
    starts, ends = table.starts, table.ends
    found: list[tuple[int, int, str]] = []
    for m in _scan(lexicon.dirs).finditer(text):
        s, e = m.span()
        if s in starts and e in ends or _cut_by_the_segmenter(text, table, s, e, m.group()):
            found.append((s, e, m.group()))
    taken = {s for s, _, _ in found}
    found.extend(c for c in _china_abbreviations(text, table, lexicon) if c[0] not in taken)
    found.sort()
    if not found:
        return []
    accepted: dict[int, int] = {}  # start -> end (what the name carries after it included)
    sure: set[str] = set()  # names accepted once that are no common words: accepted wherever they stand
    for s, e, name in found:
        if not (gated or _brand_and_trade(name)) or _fund(text, s, e):
            continue
        common = _common_word(name)
        carried = (_CARRIED_AFTER_A_TRADE if name.endswith(_TRADE_ENDS) else _CARRIED).match(text, e).end()
        if carried > e and carried not in ends:
            carried = e
        if carried - 2 >= e and text.startswith(_CONTROLLING, carried - 2):
            carried -= 2  # 控股 of 控股股东 (a controlling shareholder) is no part of the name: 古井贡酒|控股股东
        company_word = text[e:carried].endswith(CARRIED_COMPANY_WORDS)
        market_after = _MARKET_AFTER.match(text, carried) is not None
        company_after = _COMPANY_AFTER.match(text, carried) is not None
        deal_after = _DEAL_AFTER.match(text, carried) is not None
        deal = deal_after or _DEAL_BEFORE.search(text, max(0, s - 2), s) is not None
        if _inside_a_longer_name(table, s, e, name, common) or not (market_after or company_after or deal_after) \
                and _opens_a_longer_name(table, carried):
            continue
        if market_after:
            pass  # 东元董事长, 统一股价: any name
        elif common:
            continue  # a common word with a company word is a kind of company (环保公司, 文化企业)
        elif not (company_word or company_after or deal or _brand_and_trade(name) or _MARKET.search(_sentence(text, s, e))
                  or len(name) >= 3 and dictionary_tag(name) == "x" and not _made_of_words(table, s, e)):
            continue
        accepted[s] = carried
        if not common:
            sure.add(name)
    # a name joined to one so found is a company too (台塑、南亚、台化与台塑化), and a sure name is one everywhere
    other_starts, other_ends = set(), set()
    for s, e in organisations:
        other_starts.add(s)
        other_ends.add(e)
    changed = True
    while changed:
        changed = False
        accepted_ends = set(accepted.values())
        for s, e, name in found:
            if s in accepted:
                continue
            starts_after, ends_before = set(accepted), accepted_ends
            if not _common_word(name):
                starts_after, ends_before = starts_after | other_starts, ends_before | other_ends
            joined = any(text.startswith(j, e) and e + len(j) in starts_after for j in _JOINERS) or any(
                text[s - len(j):s] == j and s - len(j) in ends_before for j in _JOINERS)
            if (joined or name in sure) and not _fund(text, s, e) and not _inside_a_longer_name(table, s, e, name, _common_word(name)) \
                    and not _opens_a_longer_name(table, e):
                accepted[s] = e
                accepted_ends.add(e)
                changed = True
    by_start = {s: name for s, _, name in found}
    return [(s, accepted[s], by_start[s]) for s in sorted(accepted)]


def listed_companies(mentions: list[Mention], doc: Doc, table: TokenTable, lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with the listed companies :func:`listed_company_names` finds where no other name stands (a place
    strictly inside a name stays beside it: 上海 of 上海电力; an organisation on its opening words yields to it: 宝钢
    of 宝钢股份).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> doc = make_nlp()("万海今年前三季营收创下新高。")
    >>> [m.simplified for m in listed_companies([], doc, token_table(doc), load_lexicon())]
    ['万海']
    """
    text = doc_text(doc)
    spans = listed_company_names(text, table, lexicon, [m.span for m in mentions if m.label is Label.ORGANIZATION])
    if not spans:
        return mentions
    index = SpanIndex(m for m in mentions if m.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION))
    added, dropped = [], set()
    for s, e, _ in spans:
        near = index.overlapping(Span(s, e))
        # (a person guessed inside the name yields too: 莱宝 of 莱宝高科, 高纳 of 钢研高纳)
        weak = [m for m in near if _guessed(m) and (m.span == (s, e) or m.label is Label.PERSON and s <= m.start
                                                   and m.end <= e)
                # an organisation read on the name's opening words is its brand: the name grows over it (宝钢 of
                # 宝钢股份, 华润 of 华润三九, 中信 of 中信建投)
                or m.label is Label.ORGANIZATION and m.start == s and m.end < e
                or _runs_on_into_the_clause(m, e, text, lexicon)]
        if any(not (m.label is Label.PLACE and s <= m.start and m.end <= e and m.span != (s, e)) for m in near
               if m not in weak):
            continue
        dropped.update(id(m) for m in weak)
        added.append(make_mention(doc, s, e, Label.ORGANIZATION, MentionSource.ORG_STOCK_NAME,
                                  canonical=text[s:e]))
    return [m for m in mentions if id(m) not in dropped] + added


#: Readers whose organisation may run on past a short name into the clause after it (山东钢铁|重组日照钢铁, 亿晶光电|
#: 借壳海通集团, 三丰智能|控股股东): the recogniser and the suffix grammar.
_RUNNING_READERS = frozenset({MentionSource.RECOGNISER, MentionSource.ORG_SUFFIX})


def _runs_on_into_the_clause(m: Mention, e: int, text: str, lexicon: Lexicon) -> bool:
    """Whether ``m``, an organisation the recogniser or the suffix grammar read from a short name's start, runs on
    past the name's end ``e`` into the clause after it (:func:`zhkg.extract.org_run_ons.runs_on`: a deal's verb, 控股
    股东, a market word, a report: 彩虹股份|大股东彩虹电子, 爱建股份|公告称), not its name. A body's head is no
    clause: 隧道股份董事会 is a body of its own, a part of its company (``relate/parts.py``)."""
    if m.label is not Label.ORGANIZATION or m.extractor not in _RUNNING_READERS or m.end <= e:
        return False
    return runs_on(text, e, lexicon)


#: Readers of people from the letters alone (a surname and what follows it: 万|海): a listed company's name
#: there, in a company's context, is the company.
_GUESSED_PEOPLE = frozenset({MentionSource.RECOGNISER, MentionSource.PEOPLE_JIEBA, MentionSource.PEOPLE_SURNAME_JOIN})


def _guessed(m: Mention) -> bool:
    """Whether ``m`` is a person read from its letters alone, or a place only the recogniser read (no code)."""
    if m.label is Label.PERSON:
        return m.extractor in _GUESSED_PEOPLE
    return m.label is Label.PLACE and m.extractor == MentionSource.RECOGNISER and not m.code
