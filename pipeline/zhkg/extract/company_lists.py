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
* **A company's name and its trade**: an organisation read without the trade word right after it (宝钢|股份,
  恒顺|置业, TCL|集团), or a person only the recogniser read there (徐工|科技), is the whole company: the trade
  (:data:`zhkg.extract.trade_names.TRADES`, 集团) belongs to the name when no noun follows it (宝钢股份今日公告;
  not 中信|证券公司, which the suffix grammar reads).
* **A short name where only a company stands**: the subject of a clause before 公告称, 董事会, 股东大会, 股价,
  旗下, 大股东 … (皖维高新今日公告称), and the object of 收购, 增持, 持有 … with a share or a number after it
  (增持工行H股, 持有济南益民5%的股权), when it is one proper word or two words without a verb last.
* **The subject of a deal** (session 28): a clause opening with a short name right before a deal only a company
  strikes (复星国际|收购, 楚天有线|借壳, 中海集运|宣布收购, 京能热电|公告，): the name's own shape must say it (one
  proper word or one jieba built, and maybe a trade or a rare noun after it: 京能|热电, not 嘉士伯|天价); a person
  read there stands (李建国收购…).
* **A brand and its trade in a company's frame, and a known company's deal partner** (session 30, finre38):
  :mod:`zhkg.extract.trade_frames`.
* **A place and a coined brand standing alone** (session 28, finre35): a place the extraction read and a word jieba
  built itself right after it, between what opens and closes a name, in a sentence of business news (中国|南车公告,
  珠海|银隆的技术): :func:`placed_brands`.

* **A place and a brand** (重庆|啤酒, 中国|平安, 承德|露露, 宁波|联合) stand for a company in each of these
  constructions (:func:`_place_brand`): a list item, the subject of 公告/董事会/大股东, a name joined to an
  organisation, the object of 收购/增持/持有 (a share after it or not) and the subject of those verbs. The place is a
  word jieba tags as one (or a place mention covers exactly); the brand is no word a place commonly heads (北京|市场,
  中国|企业, 美国|总统, 上海|举行), and is a trade or a word jieba reads as no common noun (a verb or a numeral only
  where the cue is strong: a list of companies, an announcement). The place stays beside the company.

A company so found is one at every other place the document writes it as words of its own (:func:`named_again`).

Caveats: a list of places or people with a company word after 等 (北京、上海等地的公司) keeps them: an item a
gazetteer division or a rule's person covers whole stops the list. Each reader is gated on one substring test or
one precompiled search per document; they run after the rules and the recogniser are merged
(:meth:`zhkg.run.pipeline.Pipeline._merge`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import TokenTable, doc_text
from zhkg.extract.company_mentions import add_organisation, add_unread, conflict
from zhkg.extract.company_words import (
    BODY_LAST_LETTERS,
    FUNCTION_ENDS,
    FUNCTION_STARTS,
    NOT_NAME_WORDS,
    SHARE_VERBS,
    WHOLE_NAME_LAST_LETTERS,
)
from zhkg.extract.trade_frames import deal_partners, framed_brand_trades, side_names, subsidiary_names
from zhkg.extract.trade_names import _SCOPES, TRADES
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import dictionary_frequency
from zhkg.text import Span, SpanIndex, is_han, sentence_at, sentence_spans

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["JOINERS", "SOURCES", "brand_trades", "company_names", "coordinated_companies", "cued_companies", "listed_items", "named_again", "placed_brands",
           "trade_tails"]

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
# what joins the items of a list or a pair, as jieba's tokens
#: The words that join the items of a list of names (also :mod:`zhkg.extract.body_frames`'s).
JOINERS = frozenset({"、", "和", "与", "及", "以及", "跟", "同"})
_JOINER_CHARS = frozenset("、和与及以跟同")
# a name's words: nouns and proper names, words jieba built itself, abbreviations, Latin
_NAME_TAGS = frozenset({"n", "nz", "nt", "nr", "nrt", "nrfg", "ns", "nw", "j", "x", "eng", "b", "an", "vn", "a", "l", "i"})
# a proper name or a word jieba does not know: what a company's short name holds and a common noun does not
_PROPER_TAGS = frozenset({"nz", "nt", "nr", "nrt", "nrfg", "ns", "nw", "j", "x", "eng"})
# the trade a company's short name ends in (宝钢|股份, 恒顺|置业) and 集团 (TCL|集团)
# (never one that is a verb as often: 投资, 控股, 租赁, 动力), longest first
_TAILS = tuple(sorted((set(TRADES) - {"投资", "控股", "租赁", "动力", "资本"}) | {"集团"}, key=lambda w: (-len(w), w)))
# the trades and company words a short name may end in (北纬|通信, 信诚|基金, 重庆|啤酒)
_TRADE_WORDS = frozenset(TRADES) | frozenset(
    "集团 基金 银行 信息 通信 证券 保险 汽车 啤酒 水泥 石化 石油 电信 移动 联通 铝业 铜业 电机 轮胎 纸业 玻璃 家居 商业 "
    "超市 商城 药业 制造 发展 国际 科技 股份 控股 投资 光电 环境 建设 农业 旅游 文化 健康 传媒 电力".split())
# what a company does and a person or a place does not, right after its name (X公告, X董事会, X股价, XA股) …
_AFTER_CUES = ("公告称", "公告显示", "公告表示", "发布公告", "董事会", "股东大会", "股价", "总股本", "全资子公司",
               "控股子公司", "大股东", "控股股东", "第一大股东", "旗下")
# … of which a person may say these too (李嘉诚旗下, 马云是…大股东): they name only where no person was read
_PERSON_CUES = frozenset({"旗下", "大股东", "控股股东", "第一大股东"})
# what is done to a company, right before its name (收购孟山都, 增持工行H股, 持有济南益民5%的股权)
_BEFORE_CUES = ("收购", "入股", "增持", "减持", "参股", "入主", "并购", "借壳", "控股了", "持有", "注资")
# what follows the name of a company bought into (增持X|股份, 持有X|5%, 收购X|的股权): a share of it, or a number
_SHARE_AFTER = ("股份", "股权", "股票", "A股", "H股", "B股", "旗下", "的股", "的控股", "所持", "全部", "部分")
_CUE_GATE = re.compile("|".join(sorted({*_AFTER_CUES, *_BEFORE_CUES}, key=lambda w: (-len(w), w))))
_AFTER_CUE = re.compile("(?:今日|昨日|今天|昨天|日前|近日|晚间|昨晚|周一|周二|周三|周四|周五|此前)(?:发布)?公告|(?:"
                        + "|".join(sorted(_AFTER_CUES, key=lambda w: (-len(w), w))) + ")")
# what a company does to another as the subject of a clause (复星国际|收购…, 楚天有线|借壳…, 京能热电|公告，…,
# 中投|拟出售…): a deal only a company strikes, or a bare 公告 before a break; a person may hold, buy or sell shares
# too (杜双华|增持…), so a person read there stands
_SUBJECT_DEALS = ("收购", "并购", "借壳", "入股", "注资", "携手", "牵手", "联手", "重组", "拟收购", "拟出售",
                  "拟转让", "拟认购", "拟向", "拟以", "宣布收购", "宣布停牌", "公告确认")
_SUBJECT_DEAL = re.compile("(?:" + "|".join(sorted(_SUBJECT_DEALS, key=lambda w: (-len(w), w))) + ")|公告(?=[,，:：])")
# the tags of grammar words, never in a name (jieba's: pronoun, numeral, measure, time, locative, preposition,
# conjunction, particles; a one-letter adverb too: 也, 将, 已)
_GRAMMAR_TAGS = frozenset({"r", "m", "q", "t", "f", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o",
                           "zg", "tg", "rr", "rz"})
# the tags of common words: one of these alone names no company (计划, 完成, 土地)
_COMMON_TAGS = frozenset({"n", "vn", "v", "a", "ad", "an", "l", "i", "ng", "vg", "ag", "s"})
_BEFORE_CUE = re.compile("|".join(sorted(_BEFORE_CUES, key=lambda w: (-len(w), w))))
# a brand's word: a proper name (not a place) or a word jieba built itself
_BRAND_TAGS = frozenset({"x", "nz", "nr", "nrt", "j"})
# the trades only companies are named by (a fund, a network, medicine are things too: 偏股|基金, 超配|医药)
_BRAND_TRADES = tuple(sorted(set("地产 置业 科技 高科 传媒 影业 证券 实业 电气 电器 光电 热电 制药 药业 水务 新材 化工 "
                                 "钢铁 重工 矿业 煤业 建工 建材 百货 乳业 酒业 集团 股份".split()),
                             key=lambda w: (-len(w), w)))
_BRAND_TRADE = re.compile("|".join(_BRAND_TRADES))
_TAIL = re.compile("|".join(_TAILS))
_TRADE_ENDS = tuple(sorted(_TRADE_WORDS))
# a word after the trade that keeps the phrase going: the trade is then a kind, not the name's (中信|证券|公司)
_NOUN_AFTER = frozenset({"n", "nz", "nt", "ng", "vn", "j"})
_MAX_ITEM = 12
# place + brand (重庆|啤酒, 中国|平安, 承德|露露): what a place commonly heads is never the brand (北京|市场,
# 中国|企业, 美国|总统, 上海|举行)
_PLACE_HEADS = frozenset(
    "市场 企业 地区 政府 经济 方面 城市 人民 股市 楼市 房价 车市 当局 官方 警方 媒体 时间 本地 当地 总部 代表 代表团 "
    "特色 首相 总统 总理 主席 市长 省长 一带 周边 分行 分公司 办事处 本土 举行 举办 召开 发布 宣布 表示 出台 合作 "
    "加入 支持 反对 开始 进入 进行 实施 推出 提出 成立 成为 拥有 需要 希望 同意 认为 决定 开展 东部 西部 南部 北部 "
    "中部 全境 全国 全市 全省 各地 境内 市区 新区 农村 乡村 人口 居民 市民 游客 球队 队 国家队 方面军 两家 一家 "
    "有名 著名 知名 最大 最小 重要 主要 优秀 强大 发达 传统 特殊 独特 美丽 友好 稳定 繁荣 安全 独立 统一 央行".split())
# the trades a place commonly names as an industry (中国|文化, 北京|旅游): a brand only where a strong cue holds
_PLACE_TRADES = _TRADE_WORDS - frozenset(
    "发展 建设 投资 国际 文化 旅游 农业 健康 商业 环境 信息 制造 通信 电力 石油 保险 基金 科技 传媒 控股 股份 集团 "
    "移动 电信".split())
# a brand's word after a place, other than a trade: a word jieba reads as no common noun (中国|平安 a, 中国|太保 j,
# 上海|福喜 x, 韩国|乐天 nr); where the cue is strong (a list of companies, a company's announcement), a verb or a
# numeral too (承德|露露 v, 宁波|联合 v, 北京|三元 m)
_PLACE_BRAND_TAGS = frozenset({"a", "j", "nz", "nr", "nrt", "nrfg", "x"})
# what a word jieba glued after a place opens with when it is no brand (日照港|拟向, 四川双马|时所)
_GLUED_STARTS = frozenset("拟将已也在向对为以被由从把让与和或但并又都于是据即现其约经令使给自至到当时后前曾仍均亦")
_PLACE_BRAND_LOOSE = _PLACE_BRAND_TAGS | {"v", "vn", "m", "ad", "an", "b", "i", "l"}
# the company words a list's item may end in though none names a company alone (宝钛|股份, 华润|集团)
_ITEM_ENDS = frozenset({"股份", "集团", "控股", "公司", "银行"})
# what may stand right before or after a name joined to a company: punctuation, a verb, a preposition, a
# conjunction, an adverb (由|卓望信息和…; 金隅与|太行水泥|之间); never a numeral, a measure or 的 (二套|房贷)
_EDGE_TAGS = frozenset({"v", "p", "c", "d", "f", "vd", "ad"})
_AFTER_WORDS = frozenset({"等", "的", "之间", "两家", "双方", "旗下", "公司", "方面"})


def company_names(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """``mentions`` with the companies the three constructions name added (and what they settle dropped).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.base import token_table
    >>> text = "近期中国铝业、宜华健康和兴源环境等5家公司发布公告。"
    >>> doc = make_nlp()(text)
    >>> [m.simplified for m in company_names([], doc, token_table(doc), text)]
    ['中国铝业', '宜华健康', '兴源环境']
    """
    mentions = brand_trades(trade_tails(mentions, doc, table, text), doc, table, text)
    if _LIST_GATE.search(text):
        mentions = listed_items(mentions, doc, table, text)
    if _CUE_GATE.search(text) or _SUBJECT_DEAL.search(text):
        mentions = cued_companies(mentions, doc, table, text)
    mentions = placed_brands(mentions, doc, table, text)
    mentions = framed_brand_trades(mentions, doc, table, text)  # 入股|民安保险, 美峰食品|与|金像食品 (trade_frames)
    mentions = deal_partners(mentions, doc, table, text)  # 鞍钢兼并|攀钢, 国美入主|三联商社 (trade_frames)
    mentions = subsidiary_names(mentions, doc, table, text)  # 海航|资本, 东航|旅业 (trade_frames)
    mentions = side_names(mentions, doc, table, text)  # 海印|方面也表示, 联系|凯马|方面了解 (trade_frames)
    return named_again(coordinated_companies(mentions, doc, table, text), doc, table, text)


#: The mentions these readers make; :func:`named_again` finds each name's other occurrences.
SOURCES = frozenset({MentionSource.ORG_LISTED, MentionSource.ORG_COORDINATED, MentionSource.ORG_CUED,
                     MentionSource.ORG_TRADE_TAIL})


def named_again(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """Every other occurrence of a company these readers found, as the same organisation, where it stands as
    words of its own (a token starts and ends it, and no name-like word follows) and no other name covers it; a person read inside it yields
    (金晶 of 金晶科技, which the document names as a company elsewhere).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.base import token_table
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
                                                             or after.tag not in _NAME_TAGS):
                near = index.overlapping(Span(i, end))
                if all(m.label is Label.PERSON and i <= m.start and m.end <= end and m.span != (i, end)
                       or m.label is Label.PLACE and i <= m.start and m.end <= end and m.span != (i, end)
                       for m in near):
                    drop = {id(m) for m in near if m.label is Label.PERSON}
                    mentions = add_organisation(mentions, doc, i, end, MentionSource.ORG_AGAIN, index, drop)
            i = text.find(name, end)
    return mentions


def _is_joiner(table: TokenTable, k: int) -> bool:
    return 0 <= k < len(table.words) and table.words[k].text in JOINERS


def _glued_joiner(table: TokenTable, k: int) -> bool:
    """Whether token ``k`` is a joiner and a name of two or three letters jieba built into one word it does not
    know (恒基地产|及盈信|控股: the list's last item, orgs147)."""
    word = table.words[k]
    return word.tag == "x" and word.text[:1] in "及与和" and 3 <= len(word.text) <= 4 and all(map(is_han, word.text))


def _name_like(word, strict: bool) -> bool:
    if word.text in NOT_NAME_WORDS or word.is_punct or word.is_space:
        return False
    if word.text.isascii():
        return word.text.isalnum() and word.text[:1].isupper()
    if word.tag == "x" and (word.text[0] in FUNCTION_STARTS or word.text[-1] in FUNCTION_ENDS):
        return False
    if not all(is_han(c) for c in word.text):
        return False
    return word.tag in (_PROPER_TAGS | {"n", "vn", "b", "an"} if strict else _NAME_TAGS)


def _run_left(table: TokenTable, k: int, strict: bool) -> int:
    """The first token of the name-like run ending with token ``k`` (``k + 1`` when there is none); the run may end
    in a company word after a name-like word (宝钛|股份, 华润|集团)."""
    first, chars = k + 1, 0
    if 0 < k < len(table.words) and table.words[k].text in _ITEM_ENDS and _name_like(table.words[k - 1], strict):
        chars, first, k = len(table.words[k].text), k, k - 1
    while k >= 0 and _name_like(table.words[k], strict) and chars + len(table.words[k].text) <= _MAX_ITEM:
        chars += len(table.words[k].text)
        first = k
        k -= 1
    return first


def _run_right(table: TokenTable, k: int, strict: bool) -> int:
    """One past the last token of the name-like run starting at token ``k`` (which may end in a company word)."""
    end, chars = k, 0
    while k < len(table.words) and _name_like(table.words[k], strict) and chars + len(table.words[k].text) <= _MAX_ITEM:
        chars += len(table.words[k].text)
        k += 1
        end = k
    if chars and end < len(table.words) and table.words[end].text in _ITEM_ENDS:
        end += 1
    return end


def _plausible(table: TokenTable, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` (inclusive) may be a company's short name: two letters or more, and
    a proper name or an unknown word in it, or more than one word."""
    words = table.words[first:last + 1]
    size = sum(len(w.text) for w in words)
    if not words or size < 2 or size > _MAX_ITEM:
        return False
    return len(words) > 1 or words[0].tag in _PROPER_TAGS or words[0].text.isascii()


def _named_item(index: SpanIndex, table: TokenTable, k: int) -> int | None:
    """The first token of an organisation already read that ends with token ``k`` and starts at a token (金地集团,
    which jieba splits 金|地|集团 and the name-like run stops inside), or ``None``."""
    word = table.words[k]
    end = word.idx + len(word.text)
    for m in index.overlapping(Span(word.idx, end)):
        if m.label is Label.ORGANIZATION and m.end == end and m.start in table.starts and m.end - m.start <= _MAX_ITEM:
            return table.token_of_char[m.start]
    return None


def _enclosed(table: TokenTable, k: int) -> int | None:
    """The first token of two to four Han letters ending with token ``k`` that a joiner or a break opens and a
    joiner closes (保利、|金|地|、绿地), or ``None``: an item jieba cut into letters."""
    if not _is_joiner(table, k + 1):
        return None
    first, chars = k, 0
    while first >= 0 and not _is_joiner(table, first) and not table.words[first].is_punct \
            and all(is_han(c) for c in table.words[first].text) and chars + len(table.words[first].text) <= 4:
        chars += len(table.words[first].text)
        first -= 1
    if 2 <= chars and (first < 0 or _is_joiner(table, first) or table.words[first].is_punct):
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
            first = _run_left(table, k, strict=False)
            named = _named_item(index, table, k)
            if named is not None and (first > k or named < first):
                first = named  # an organisation read over words jieba split oddly: 金|地|集团 (session 22)
            elif first > k and _place_brand(table, k - 1, index, loose=True):
                first = k - 1  # 承德|露露 (a verb jieba read in a brand)
            elif first > k and counted and _enclosed(table, k) is not None:
                first = _enclosed(table, k)  # companies counted: what two joiners enclose (、金|地、)
            elif first > k:
                break
            elif not _is_joiner(table, first - 1):
                first = _run_left(table, k, strict=True)
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
            if not _is_joiner(table, first - 1):
                break
            k = first - 2
            if _is_joiner(table, k):  # 、以及 …
                k -= 1
        if len(items) < 2 or not any(_plausible(table, x, y) for x, y in items):
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
    subjects += [(match, False, _deal_subject_shape) for match in _SUBJECT_DEAL.finditer(text)]
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
        elif _place_brand(table, first, index) and _clean_edge(table, first + 2, after=True) \
                and not (first + 2 < len(table.words) and table.words[first + 2].text == "的"):
            # a place and a brand bought whole (收购|亚细亚|国旅|是 …): no share needs to follow
            found.append((e, table.words[first + 1].idx + len(table.words[first + 1].text), True))
        # … and one that buys (中国|平安|收购 …)
        s = match.start()
        if s in table.starts:
            k = table.token_of_char[s] - 2
            if _place_brand(table, k, index) and (_clean_edge(table, k - 1, after=False) or table.words[k - 1].tag == "t"):
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
#: a word after the brand of a deal's subject this rare in jieba's dictionary is a trade of the name (京能|热电,
#: 南岭|民爆, 中海|集运), not a word of the clause (嘉士伯|天价, 可口可乐|计划)
_RARE_TRADE = 100


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
    apposition to (公司, 股东); after the brand, what closes a name (:func:`_clean_edge`) or what only a company
    has (公告, 股价, 董事长). The sentence is business news: a company's word or deed stands in it (公司, 股份,
    收购, 上市 …: :data:`_COMPANY_FRAME`).
    """
    hits = [k for k in range(len(table.words) - 1)
            if table.words[k].tag == "ns" and table.words[k + 1].tag == "x" and 2 <= len(table.words[k + 1].text) <= 3]
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
            or not _coined_brand(brand.text) or not _place_brand(table, k, index):
        return False
    before = table.words[k - 1] if k > 0 else None
    after = table.words[k + 2] if k + 2 < len(table.words) else None
    if not (before is None or _clean_edge(table, k - 1, after=False) or before.tag in _PLACED_BEFORE_TAGS
            or before.text in _PLACED_BEFORE_WORDS):
        return False
    if not (_clean_edge(table, k + 2, after=True) or after is not None and after.text in _PLACED_AFTER_WORDS) \
            or _one_letter_after(table, k + 2):
        return False
    # a place's people or nationals are no brand (中国|人开 of 中国人开的公司, 美国|籍员)
    if brand.text[0] in "人籍":
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
    if last in _PLACE_ENDS or last in _GLUED_STARTS or last in FUNCTION_ENDS \
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
    return tail.text in _TRADE_WORDS or tail.tag == "x" and tail.text[-1] not in FUNCTION_ENDS \
        or tail.tag in ("n", "nz", "j") and dictionary_frequency(tail.text) < _RARE_TRADE


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
    if len(words) == 2 and words[1] is table.words[last] and _place_brand(table, first, loose=True):
        return True  # 中国|平安, 宁波|联合 今日公告
    if any(w.tag in _GRAMMAR_TAGS or (w.tag == "d" and len(w.text) == 1) or w.text in NOT_NAME_WORDS
           or w.text.endswith(_DATELINE) or w.is_punct or w.is_space or not w.text.isalnum() or w.text.isdigit() for w in words):
        return False
    if words[0].tag == "x" and words[0].text[0] in FUNCTION_STARTS:
        return False
    if len(words) == 1:
        w = words[0]
        return (w.text.isascii() and w.text[:1].isupper()) or (not w.text.isascii() and w.tag in _PROPER_TAGS)
    # two words at most, a verb only first and only before a trade (鼎立|股份): 记者|致电|美的, 服务器|更新,
    # 召开|年度 are no names
    return len(words) == 2 and words[1].tag not in ("v", "vn", "vd") and (
        words[0].tag not in ("v", "vn", "vd") or words[1].text in _TRADE_WORDS)


def coordinated_companies(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """A name joined to an organisation by 、, 与, 和 or 及 as an organisation, when it holds a proper name.

    Only names the extraction left unread: a person or place the rules or the recogniser read there stands.
    """
    # (only an organisation with a joiner beside it: most documents have none, and pay for no index)
    anchors = [m for m in mentions if m.label is Label.ORGANIZATION and m.extractor != MentionSource.ORG_LISTED
               and (text[m.end:m.end + 1] in _JOINER_CHARS or text[m.start - 1:m.start] in _JOINER_CHARS)]
    if not anchors:
        return mentions
    index = SpanIndex(m for m in mentions if m.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION))
    n = len(table.words)
    for m in sorted(anchors, key=lambda m: m.start):
        # the name after it: 复星、华谊; 金隅与太行水泥之间
        if m.end in table.starts and m.end < len(text):
            k = table.token_of_char[m.end]
            if _is_joiner(table, k) and k + 1 < n:
                end = _run_right(table, k + 1, strict=True)
                if end > k + 1 and _joinable(table, k + 1, end - 1, m) and _clean_edge(table, end, after=True):
                    s, e = table.words[k + 1].idx, table.words[end - 1].idx + len(table.words[end - 1].text)
                    mentions = _add_joined(mentions, doc, s, e, index, anchor=m)
                elif _place_brand(table, k + 1, index) and _clean_edge(table, k + 3, after=True) \
                        and not (k + 3 < n and (table.words[k + 3].text == "的" or len(table.words[k + 3].text) == 1
                                                and is_han(table.words[k + 3].text)
                                                and table.words[k + 3].tag in ("v", "n", "ng", "vg", "x"))):  # (日本|有名|的, 武汉|贺家|墩)
                    s, e = table.words[k + 1].idx, table.words[k + 2].idx + len(table.words[k + 2].text)
                    mentions = _add_joined(mentions, doc, s, e, index, place_first=True, anchor=m)  # 与|中国|平安
            elif _glued_joiner(table, k) and k + 1 < n and table.words[k + 1].text in _TRADE_WORDS \
                    and _clean_edge(table, k + 2, after=True):
                s, e = m.end + 1, table.words[k + 1].idx + len(table.words[k + 1].text)
                mentions = _add_joined(mentions, doc, s, e, index, anchor=m)  # 恒基地产|及盈信|控股
        # the name before it: 复星、|华谊 (left-bounded by what stops the run)
        if m.start in table.starts and m.start > 0:
            k = table.token_of_char[m.start] - 1
            if _is_joiner(table, k) and k - 1 >= 0:
                first = _run_left(table, k - 1, strict=True)
                if first <= k - 1 and _joinable(table, first, k - 1, m) and _clean_edge(table, first - 1, after=False):
                    s, e = table.words[first].idx, table.words[k - 1].idx + len(table.words[k - 1].text)
                    mentions = _add_joined(mentions, doc, s, e, index, anchor=m)
                elif _place_brand(table, k - 2, index) and _clean_edge(table, k - 3, after=False):
                    s, e = table.words[k - 2].idx, table.words[k - 1].idx + len(table.words[k - 1].text)
                    mentions = _add_joined(mentions, doc, s, e, index, place_first=True, anchor=m)  # 美国|运通|和
    return mentions


# the last letters of a state's bodies (国务院, 外交部, 调查局, 委员会): a person beside one is no company
_STATE_BODY_ENDS = ("院", "部", "局", "委员会", "政府", "署", "厅")
# words of kin that jieba reads as proper nouns (希尔曼|家族): a family or a clan, no body
_KIN_WORDS = frozenset({"家族", "家庭", "家人", "家属", "宗族"})


@lru_cache(maxsize=1)
def _role_set() -> frozenset[str]:
    from zhkg.resources.lexicon import load_lexicon  # the shipped tables, parsed once

    return frozenset(load_lexicon().role_words)


def _add_joined(mentions: list[Mention], doc: Doc, start: int, end: int, index: SpanIndex,
                place_first: bool = False, anchor: Mention | None = None) -> list[Mention]:
    """A joined name as an organisation where no name was read, or where the recogniser alone read the very span
    as a place no gazetteer holds (华润万家与|苏果 PLACE); with ``place_first``, the place it opens with stays
    beside it (中国 of 中国平安). A post or a word of kin joined to a body is none (省委书记、|顾问|、省政协主席;
    希尔曼|家族|和第一芝加哥银行): jieba tags 顾问 as a name, 家族 as a proper noun. Nor is the recogniser's person
    joined to a state's body (``anchor``: 贝克和|美国务院, an envoy beside the ministry; overrides61)."""
    name = doc_text(doc)[start:end]
    if name in _KIN_WORDS or name in _role_set():
        return mentions
    near = [m for m in index.overlapping(Span(start, end))
            if not (place_first and m.label is Label.PLACE and start == m.start and m.end < end)]
    if any(m.span != (start, end) or m.label not in (Label.PLACE, Label.PERSON) or m.code
           or m.extractor != MentionSource.RECOGNISER or m.label is Label.PERSON and _reads_as_a_person(name)
           or m.label is Label.PERSON and anchor is not None and anchor.simplified.endswith(_STATE_BODY_ENDS)
           for m in near):
        return mentions
    return add_organisation(mentions, doc, start, end, MentionSource.ORG_COORDINATED, index, {id(m) for m in near})


def _reads_as_a_person(name: str) -> bool:
    """Whether ``name`` has a Chinese person's shape: a surname and one or two letters (王立, 王文萱, 任志强); a person
    joined to a company (海智尔投资有限公司、王文萱; 副总经理胡建新、王立、招商地产总经理助理…) stays one, where a brand
    the recogniser took for a person (锐迪科与展讯, 瑞信和德银) is the company."""
    from zhkg.extract.trade_names import person_shaped

    return len(name) in (2, 3) and person_shaped(name)


def _clean_edge(table: TokenTable, k: int, after: bool) -> bool:
    """Whether token ``k``, right after (``after``) or right before a joined name, closes it: none there, a
    punctuation mark, a joiner, a verb, a preposition, a conjunction or an adverb (after it also 等, 的, 之间)."""
    if k < 0 or k >= len(table.words):
        return True
    word = table.words[k]
    if word.is_punct or word.is_space or word.text in JOINERS or word.tag in _EDGE_TAGS:
        return True
    return after and word.text in _AFTER_WORDS


def _proper(table: TokenTable, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` have a short name's shape: one proper word (a proper noun, an
    abbreviation, a word jieba does not know, a capitalised Latin word) of two to four letters, or such a word
    and a trade after it (大族|激光 is not read; 北纬|通信 is). A place first (龙潭|购地案) needs the trade."""
    words = table.words[first:last + 1]
    head = words[0]
    proper = (head.tag in _PROPER_TAGS and head.tag != "ns") or head.text.isascii()
    if len(words) == 1:
        return proper and (head.text.isascii() or 2 <= len(head.text) <= 4)
    return len(words) == 2 and (proper or head.tag == "ns" or _rare_noun(head)) and words[1].text in _TRADE_WORDS


#: the readers of companies a table holds (known bodies, listed short names): a company beside one of these in a
#: list is a company of its trade, where a body the recogniser read may stand among things (英音与美音)
_TABLE_SOURCES = frozenset({MentionSource.ORG_KNOWN, MentionSource.ORG_STOCK_NAME, MentionSource.ORG_STOCK_MARK,
                            MentionSource.ORG_STOCK_CODE})


def _joinable(table: TokenTable, first: int, last: int, anchor: Mention) -> bool:
    """Whether tokens ``first`` to ``last``, joined to the organisation ``anchor``, are a company's name: a proper
    name's shape (:func:`_proper`), or, beside a company a table holds, a noun jieba's dictionary holds rarely
    (工行、|华融, 蒙牛、|合生元: :func:`_rare_brand`)."""
    words = table.words[first:last + 1]
    if _plausible(table, first, last) and _proper(table, first, last):
        return True
    if len(words) == 2 and _company_shaped(anchor):
        return _coined_pair(words[0], words[1])
    return len(words) == 1 and anchor.extractor in _TABLE_SOURCES and all(map(is_han, anchor.simplified)) \
        and not anchor.simplified.endswith(BODY_LAST_LETTERS) and _rare_brand(words[0])


def _company_shaped(anchor: Mention) -> bool:
    """Whether ``anchor`` is a company by its source (a table's) or by its name's last word (复星|医药, 华润|集团):
    a coined pair joined to a party or a team of slang (征亲党、|卖金|骗子) is no company."""
    return anchor.extractor in _TABLE_SOURCES or anchor.extractor in SOURCES \
        or anchor.simplified.endswith(_TRADE_ENDS + ("公司",))


#: a noun jieba's dictionary holds this rarely, joined to a company, is a brand (华融, 金地, 合生元, 五粮液): a
#: common noun joined to one is a kind or a party (腾讯与用户, 万科与开发商)
_RARE_BRAND = 200


def _rare_brand(word) -> bool:
    """Whether ``word`` alone, joined to a company, is a brand: a noun of two or three Han letters jieba's dictionary
    holds rarely (华融, 金地, 合生元), none of the words a name never is."""
    return word.tag == "n" and 2 <= len(word.text) <= 3 and all(map(is_han, word.text)) \
        and word.text not in NOT_NAME_WORDS and word.text not in _TRADE_WORDS \
        and dictionary_frequency(word.text) < _RARE_BRAND and word.text[-1] not in _THING_ENDS \
        and word.text[0] != word.text[1]  # (a pet name doubles a letter: 兜兜)


#: the last letters of a thing's kind: a rare noun ending in one names a product (浮空器, 起重机), no brand
_THING_ENDS = frozenset("器机仪车船舰剂品料物素")


def _coined_pair(first, second) -> bool:
    """Whether two words joined to a company are one coined brand (蚂蚁|金服, 星徽|精密, 东诚|生化): Han letters,
    three or four, one of them a word jieba built itself (not glued to a word of grammar), the other a noun or an
    adjective, and the whole no word of jieba's dictionary."""
    text = first.text + second.text
    if not 3 <= len(text) <= 4 or not all(map(is_han, text)) or dictionary_frequency(text) \
            or first.text in NOT_NAME_WORDS or second.text in NOT_NAME_WORDS:
        return False
    coined = [w for w in (first, second) if w.tag == "x"]
    other = [w for w in (first, second) if w.tag != "x"]
    return len(coined) == 1 and all(w.tag in ("n", "a", "vn", "nz", "j") and w.text not in _JOINT_WORDS for w in other) \
        and coined[0].text[0] not in FUNCTION_STARTS and coined[0].text[-1] not in FUNCTION_ENDS | {"等"}


#: words of a joint venture or a deal that follow a company's name, never a brand's part (欧尚|合营的…)
_JOINT_WORDS = frozenset("合营 合资 合作 联合 共同 控股 参股 独资 投资 收购".split())


def _rare_noun(word) -> bool:
    """Whether ``word`` is a two-letter noun jieba's dictionary holds rarely and no trade (保利, 碱业, 中材): before a
    trade, a brand (保利|地产, 中材|股份), where a common noun names a kind (房产|地产, 钢铁|集团)."""
    return word.tag == "n" and len(word.text) == 2 and word.text not in _TRADE_WORDS \
        and dictionary_frequency(word.text) < _RARE_TRADE


def _place_brand(table: TokenTable, first: int, index: SpanIndex | None = None, loose: bool = False) -> bool:
    """Whether tokens ``first`` and ``first + 1`` are a place and a brand, as companies are named (重庆|啤酒,
    中国|平安, 承德|露露): the place a whole word jieba tags as one, or one a place mention covers exactly; the
    brand two or three letters, no word a place commonly heads (北京|市场, 中国|企业), a trade or a word of
    :data:`_PLACE_BRAND_TAGS` (with ``loose``, where the cue is strong, of :data:`_PLACE_BRAND_LOOSE`)."""
    if first < 0 or first + 1 >= len(table.words):
        return False
    place, brand = table.words[first], table.words[first + 1]
    if not 2 <= len(brand.text) <= 3 or not all(map(is_han, brand.text)) or brand.text in _PLACE_HEADS \
            or brand.text in NOT_NAME_WORDS or not all(map(is_han, place.text)):
        return False
    if place.tag != "ns" and not (index is not None and any(
            m.label is Label.PLACE and m.span == (place.idx, place.idx + len(place.text))
            for m in index.overlapping(Span(place.idx, place.idx + len(place.text))))):
        return False
    if brand.text in (_TRADE_WORDS if loose else _PLACE_TRADES):
        return True
    if brand.text[0] in _GLUED_STARTS or brand.tag == "x" and (brand.text[0] in FUNCTION_STARTS
                                                               or brand.text[-1] in FUNCTION_ENDS):
        return False  # a word glued to a function word (东区|诸强, 日照港|拟向, 四川双马|时所)
    return brand.tag in (_PLACE_BRAND_LOOSE if loose else _PLACE_BRAND_TAGS)


def trade_tails(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """Organisations read without the trade word right after them, grown over it (宝钢|股份 → 宝钢股份); so is a
    person only the recogniser read there (徐工|科技 PERSON): a person has no trade after the name."""
    grown = []
    for m in mentions:
        if (m.label is Label.ORGANIZATION or (m.label is Label.PERSON and m.extractor == MentionSource.RECOGNISER)) \
                and m.end - m.start <= 4 and not m.simplified.endswith(WHOLE_NAME_LAST_LETTERS) \
                and not m.simplified.endswith(_TRADE_ENDS):
            tail = _tail_after(m.end, table, text)
            # (认购|农行|股份 is shares of the bank; 称|三一|重工: a verb the recogniser took in opens no name)
            if tail and not (tail == "股份" and text[max(0, m.start - 2):m.start] in SHARE_VERBS) \
                    and not (m.start in table.starts and table.words[table.token_of_char[m.start]].text == text[m.start]
                             and table.words[table.token_of_char[m.start]].tag in ("v", "p", "c", "d")):
                grown.append((m, m.end + len(tail)))
    if not grown:
        return mentions
    index = SpanIndex(m for m in mentions if m.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION))
    for m, end in grown:
        mentions = add_unread(mentions, doc, m.start, end, MentionSource.ORG_TRADE_TAIL, index, {id(m)})
    return mentions


def brand_trades(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """A brand jieba does not know or holds as a proper name (not a place), two or three letters, and a trade only
    companies have (:data:`_BRAND_TRADES`) right after it, as a company (通鼎|光电, 恒盛|地产): listed companies'
    short names are built so.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.base import token_table
    >>> text = "而通鼎光电和天瑞仪器发布了预披露材料。"
    >>> doc = make_nlp()(text)
    >>> [m.simplified for m in brand_trades([], doc, token_table(doc), text)]
    ['通鼎光电']
    """
    index: SpanIndex | None = None
    for match in _BRAND_TRADE.finditer(text):
        end = match.start()
        if end < 2 or end not in table.starts:
            continue
        word = table.words[table.token_of_char[end - 1]]
        if word.tag not in _BRAND_TAGS or not 2 <= len(word.text) <= 3 or not all(map(is_han, word.text)) \
                or word.text[0] in FUNCTION_STARTS or word.text in NOT_NAME_WORDS or word.text in SHARE_VERBS:
            continue  # (a verb of dealing in shares is no brand: 李国宝也|增持|股份; cluener38)
        tail = _tail_after(end, table, text)
        if tail not in _BRAND_TRADES or (tail == "股份" and text[max(0, word.idx - 2):word.idx] in SHARE_VERBS):
            continue
        before = table.words[word.i - 1] if word.i > 0 else None
        if before is not None and not before.is_punct and before.tag in _NAME_TAGS:
            continue  # the end of a longer name or phrase (新|莱特|乳业, 上海|宝新|能源): not read here
        if index is None:
            index = SpanIndex(m for m in mentions if m.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION))
        stop = end + len(tail)
        blocked, drop = conflict(index, word.idx, stop, retype=True)
        if not blocked and not any(o.label is Label.ORGANIZATION and o.span == (word.idx, stop)
                                   for o in index.overlapping(Span(word.idx, stop))):
            mentions = add_organisation(mentions, doc, word.idx, stop, MentionSource.ORG_TRADE_TAIL, index, drop)
    return mentions


def _tail_after(i: int, table: TokenTable, text: str) -> str:
    """The trade word at ``i`` when it ends a word and no noun goes on after it; else ``""``."""
    if not _TAIL.match(text, i):
        return ""
    for tail in _TAILS:
        if not text.startswith(tail, i):
            continue
        end = i + len(tail)
        if end not in table.ends or (i not in table.starts and table.words[table.token_of_char[i]].idx + len(
                table.words[table.token_of_char[i]].text) != end):
            continue
        nxt = table.word_at(end)
        if nxt is not None and (nxt.tag in _NOUN_AFTER or (nxt.text and nxt.text[0] in "公行")):
            continue
        return tail
    return ""
