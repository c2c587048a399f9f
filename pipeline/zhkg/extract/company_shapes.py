"""The shapes of a company's short name among jieba's words, which the company readers share
(:mod:`zhkg.extract.company_lists` and its parts).

Scope: the joiners of a list (:data:`JOINERS`), the tags of name-like and proper words, the trade words, a run of
name-like words left or right of a token (:func:`run_left`, :func:`run_right`, :func:`name_like`), whether a run may
be a short name (:func:`plausible_short_name`), whether the words around a name close it (:func:`clean_edge`), a
place and a brand standing for a company (:func:`place_brand`: 重庆|啤酒, 中国|平安), and :data:`SOURCES`, the
extractor sources of the company readers.

Caveats: nothing here adds a mention. Moved word for word out of ``extract/company_lists.py`` (session 41,
tidy168), where they were private; only their names lost the underscore (``plausible_short_name`` became
``plausible_short_name``, beside :func:`zhkg.extract.model_spans.plausible`).
"""

from __future__ import annotations

from zhkg.extract.company_words import (
    FUNCTION_ENDS,
    FUNCTION_STARTS,
    NOT_NAME_WORDS,
)
from zhkg.extract.trade_names import TRADES
from zhkg.records import Label, MentionSource
from zhkg.stages.segment import TokenTable
from zhkg.text import Span, SpanIndex, is_han

__all__ = ["GLUED_STARTS", "ITEM_ENDS", "JOINERS", "MAX_ITEM", "NAME_TAGS", "PROPER_TAGS", "RARE_TRADE", "SOURCES", "TRADE_ENDS", "TRADE_WORDS", "clean_edge", "is_joiner", "name_like", "place_brand", "plausible_short_name", "run_left", "run_right"]

# what joins the items of a list or a pair, as jieba's tokens
#: The words that join the items of a list of names (also :mod:`zhkg.extract.body_frames`'s).
JOINERS = frozenset({"、", "和", "与", "及", "以及", "跟", "同"})

# a name's words: nouns and proper names, words jieba built itself, abbreviations, Latin
NAME_TAGS = frozenset({"n", "nz", "nt", "nr", "nrt", "nrfg", "ns", "nw", "j", "x", "eng", "b", "an", "vn", "a", "l", "i"})

# a proper name or a word jieba does not know: what a company's short name holds and a common noun does not
PROPER_TAGS = frozenset({"nz", "nt", "nr", "nrt", "nrfg", "ns", "nw", "j", "x", "eng"})

# the trades and company words a short name may end in (北纬|通信, 信诚|基金, 重庆|啤酒)
TRADE_WORDS = frozenset(TRADES) | frozenset(
    "集团 基金 银行 信息 通信 证券 保险 汽车 啤酒 水泥 石化 石油 电信 移动 联通 铝业 铜业 电机 轮胎 纸业 玻璃 家居 商业 "
    "超市 商城 药业 制造 发展 国际 科技 股份 控股 投资 光电 环境 建设 农业 旅游 文化 健康 传媒 电力".split())

TRADE_ENDS = tuple(sorted(TRADE_WORDS))

MAX_ITEM = 12

# place + brand (重庆|啤酒, 中国|平安, 承德|露露): what a place commonly heads is never the brand (北京|市场,
# 中国|企业, 美国|总统, 上海|举行)
_PLACE_HEADS = frozenset(
    "市场 企业 地区 政府 经济 方面 城市 人民 股市 楼市 房价 车市 当局 官方 警方 媒体 时间 本地 当地 总部 代表 代表团 "
    "特色 首相 总统 总理 主席 市长 省长 一带 周边 分行 分公司 办事处 本土 举行 举办 召开 发布 宣布 表示 出台 合作 "
    "加入 支持 反对 开始 进入 进行 实施 推出 提出 成立 成为 拥有 需要 希望 同意 认为 决定 开展 东部 西部 南部 北部 "
    "中部 全境 全国 全市 全省 各地 境内 市区 新区 农村 乡村 人口 居民 市民 游客 球队 队 国家队 方面军 两家 一家 "
    "有名 著名 知名 最大 最小 重要 主要 优秀 强大 发达 传统 特殊 独特 美丽 友好 稳定 繁荣 安全 独立 统一 央行".split())

# the trades a place commonly names as an industry (中国|文化, 北京|旅游): a brand only where a strong cue holds
_PLACE_TRADES = TRADE_WORDS - frozenset(
    "发展 建设 投资 国际 文化 旅游 农业 健康 商业 环境 信息 制造 通信 电力 石油 保险 基金 科技 传媒 控股 股份 集团 "
    "移动 电信".split())

# a brand's word after a place, other than a trade: a word jieba reads as no common noun (中国|平安 a, 中国|太保 j,
# 上海|福喜 x, 韩国|乐天 nr); where the cue is strong (a list of companies, a company's announcement), a verb or a
# numeral too (承德|露露 v, 宁波|联合 v, 北京|三元 m)
_PLACE_BRAND_TAGS = frozenset({"a", "j", "nz", "nr", "nrt", "nrfg", "x"})

# what a word jieba glued after a place opens with when it is no brand (日照港|拟向, 四川双马|时所)
GLUED_STARTS = frozenset("拟将已也在向对为以被由从把让与和或但并又都于是据即现其约经令使给自至到当时后前曾仍均亦")

_PLACE_BRAND_LOOSE = _PLACE_BRAND_TAGS | {"v", "vn", "m", "ad", "an", "b", "i", "l"}

# the company words a list's item may end in though none names a company alone (宝钛|股份, 华润|集团)
ITEM_ENDS = frozenset({"股份", "集团", "控股", "公司", "银行"})

# what may stand right before or after a name joined to a company: punctuation, a verb, a preposition, a
# conjunction, an adverb (由|卓望信息和…; 金隅与|太行水泥|之间); never a numeral, a measure or 的 (二套|房贷)
_EDGE_TAGS = frozenset({"v", "p", "c", "d", "f", "vd", "ad"})

_AFTER_WORDS = frozenset({"等", "的", "之间", "两家", "双方", "旗下", "公司", "方面"})

#: The mentions these readers make; :func:`named_again` finds each name's other occurrences.
SOURCES = frozenset({MentionSource.ORG_LISTED, MentionSource.ORG_COORDINATED, MentionSource.ORG_CUED,
                     MentionSource.ORG_TRADE_TAIL})


def is_joiner(table: TokenTable, k: int) -> bool:
    return 0 <= k < len(table.words) and table.words[k].text in JOINERS


def name_like(word, strict: bool) -> bool:
    if word.text in NOT_NAME_WORDS or word.is_punct or word.is_space:
        return False
    if word.text.isascii():
        return word.text.isalnum() and word.text[:1].isupper()
    if word.tag == "x" and (word.text[0] in FUNCTION_STARTS or word.text[-1] in FUNCTION_ENDS):
        return False
    if not all(is_han(c) for c in word.text):
        return False
    return word.tag in (PROPER_TAGS | {"n", "vn", "b", "an"} if strict else NAME_TAGS)


def run_left(table: TokenTable, k: int, strict: bool) -> int:
    """The first token of the name-like run ending with token ``k`` (``k + 1`` when there is none); the run may end
    in a company word after a name-like word (宝钛|股份, 华润|集团)."""
    first, chars = k + 1, 0
    if 0 < k < len(table.words) and table.words[k].text in ITEM_ENDS and name_like(table.words[k - 1], strict):
        chars, first, k = len(table.words[k].text), k, k - 1
    while k >= 0 and name_like(table.words[k], strict) and chars + len(table.words[k].text) <= MAX_ITEM:
        chars += len(table.words[k].text)
        first = k
        k -= 1
    return first


def run_right(table: TokenTable, k: int, strict: bool) -> int:
    """One past the last token of the name-like run starting at token ``k`` (which may end in a company word)."""
    end, chars = k, 0
    while k < len(table.words) and name_like(table.words[k], strict) and chars + len(table.words[k].text) <= MAX_ITEM:
        chars += len(table.words[k].text)
        k += 1
        end = k
    if chars and end < len(table.words) and table.words[end].text in ITEM_ENDS:
        end += 1
    return end


def plausible_short_name(table: TokenTable, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` (inclusive) may be a company's short name: two letters or more, and
    a proper name or an unknown word in it, or more than one word."""
    words = table.words[first:last + 1]
    size = sum(len(w.text) for w in words)
    if not words or size < 2 or size > MAX_ITEM:
        return False
    return len(words) > 1 or words[0].tag in PROPER_TAGS or words[0].text.isascii()


#: a word after the brand of a deal's subject this rare in jieba's dictionary is a trade of the name (京能|热电,
#: 南岭|民爆, 中海|集运), not a word of the clause (嘉士伯|天价, 可口可乐|计划)
RARE_TRADE = 100


def clean_edge(table: TokenTable, k: int, after: bool) -> bool:
    """Whether token ``k``, right after (``after``) or right before a joined name, closes it: none there, a
    punctuation mark, a joiner, a verb, a preposition, a conjunction or an adverb (after it also 等, 的, 之间)."""
    if k < 0 or k >= len(table.words):
        return True
    word = table.words[k]
    if word.is_punct or word.is_space or word.text in JOINERS or word.tag in _EDGE_TAGS:
        return True
    return after and word.text in _AFTER_WORDS


def place_brand(table: TokenTable, first: int, index: SpanIndex | None = None, loose: bool = False) -> bool:
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
    if brand.text in (TRADE_WORDS if loose else _PLACE_TRADES):
        return True
    if brand.text[0] in GLUED_STARTS or brand.tag == "x" and (brand.text[0] in FUNCTION_STARTS
                                                               or brand.text[-1] in FUNCTION_ENDS):
        return False  # a word glued to a function word (东区|诸强, 日照港|拟向, 四川双马|时所)
    return brand.tag in (_PLACE_BRAND_LOOSE if loose else _PLACE_BRAND_TAGS)
