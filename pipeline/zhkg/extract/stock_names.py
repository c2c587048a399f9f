"""Listed companies named before their stock code (台积电(2330), 贵州茅台(600519)): a reader of
:mod:`zhkg.extract.organisations`.

Scope: :data:`STOCK_CODE`, a code in brackets of Taiwan, Hong Kong or the mainland's exchanges (or the link the
normalise stage sets aside, :data:`zhkg.stages.normalise.COMPANY_LINK`), and :func:`stock_listed_names`, the
company name right before it: two to four Han characters in all, none a word of grammar.

Caveats: a bare four-digit code counts only in a sentence about shares (股, 营收, 上市 …); a legal name of trades
and kinds alone is no name (:func:`zhkg.extract.org_words.generic_legal_name`). Moved word for word out of
``extract/organisations.py`` (session 41, tidy168).
"""

from __future__ import annotations

import re

from zhkg.extract.org_words import generic_legal_name
from zhkg.extract.trade_names import TRADES
from zhkg.records import Label, Mention
from zhkg.stages.normalise import COMPANY_LINK, to_simplified
from zhkg.stages.segment import TokenTable
from zhkg.text import NAME_JOINERS, is_han

__all__ = ["STOCK_CODE", "stock_listed_names", "listed_codes"]

# A stock code in brackets after a company's name: Taiwan's four digits (統一超（2912）, 台積電(2330.TW), 英業達
# (3231-KY)), Hong Kong's four or five with .HK (恒盛地产(00845.HK)), the mainland's six with .SH or .SZ.
# A mainland code may stand bare, its exchange's leading digits saying what it is (辽宁成大(600739)).
# Sina's link aside after a company's name says as much (招商地产(企业专区,旗下楼盘), 新希望(000876,股吧):
# zhkg.stages.normalise.COMPANY_LINK).
#: (public: the role readers skip such a code between a company and its title)
STOCK_CODE = re.compile(r"[(（](?:([0-9]{4})(?:\.TW|-KY)?|[0-9]{4,5}\.HK|[0-9]{6}\.S[HZ]|(?:00[0-3]|30[01]|60[0-35]|688)[0-9]{3})[)）]|(" + COMPANY_LINK.pattern + ")")

# four bare digits are a code only in a sentence about shares (篮板(1044), 国土资电发(2009)34号 are none)
_SHARE_WORDS = re.compile("股|营收|上市|上柜|财报|获利|收盘|市值|涨|跌|法说会|董事|总经理|总裁|公告")


def _code_sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``start``, read to 30 letters past ``end``: where :data:`_SHARE_WORDS` tell
    whether four bare digits in brackets there are a stock code."""
    return text[max(text.rfind(c, 0, start) for c in "。！？\n") + 1:end + 30]


# one-letter verbs and prepositions jieba glues onto the unknown name after them (问新|希望, 向华|腾地产)
_GLUED_BEFORE = frozenset("问向对被把给让将从据")

# a copula before a company's name is the sentence's verb (他也是|中国自动化集团（00569.HK）的董事长)
_COPULAS = frozenset({"是", "系", "乃"})

_NOT_IN_LISTED_NAME = frozenset({"c", "p", "u", "d", "t", "f", "r", "m", "q", "y", "e"})

# the kinds of company a listed name may end with (中国自动化集团（00569.HK）, 华润置地控股)
# letters or digits opening a listed name, before at least two Han characters (SOHO中国, 58同城)
_LATIN_OPENING = re.compile("[A-Za-z0-9]{1,6}")

# the longest first: 有限公司 is no 公司 with 有限 in the name; a Hong Kong REIT is named by its trust's kind
# (汇贤|产业信托, 领展|房地产投资信托基金)
_LISTED_KINDS = ("房地产投资信托基金", "有限公司", "产业信托", "集团", "控股", "股份", "公司")


def stock_listed_names(text: str, table: TokenTable) -> list[tuple[int, int]]:
    """Spans of company names written before their stock code in brackets: the words right before it, two to
    four Han characters in all, none a word of grammar.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "统一超（2912）营收创新高，以及台湾大（3045）股价上涨。篮板(1044)和命中率。"
    >>> [text[s:e] for s, e in stock_listed_names(text, token_table(make_nlp()(text)))]
    ['统一超', '台湾大']
    """
    found = []
    for m in STOCK_CODE.finditer(text):
        s = m.start()
        if m.group(1) and not _SHARE_WORDS.search(_code_sentence(text, s, m.end())):
            continue
        if s == 0 or s not in table.starts:
            continue
        k = table.token_of_char[s - 1]
        start = s
        # a company's kind closing the name (中国自动化|集团) leaves room for a name of its own before it
        kind = next((len(w) for w in _LISTED_KINDS if text.endswith(w, 0, s)), 0)
        if kind and m.group(2):
            continue  # before a link's aside, the grammar reads a name with its kind (黄怒波先生|亿城集团(企业专区))
        limit = 4 if not kind else kind + 6
        while k >= 0:
            word = table.words[k]
            if _LATIN_OPENING.fullmatch(word.text) and s - start >= 2:
                start = word.idx  # letters or digits open the name before its Han part (SOHO中国, 58同城)
                break
            if not all(map(is_han, word.text)) or word.tag[:1] in _NOT_IN_LISTED_NAME or word.text in _COPULAS:
                break
            if s - word.idx > limit:
                # a joining word jieba glued onto a name it does not know, the name too long (及华腾|地产)
                if word.tag == "x" and word.text[0] in NAME_JOINERS and s - word.idx - 1 <= limit:
                    start = word.idx + 1
                break
            start = word.idx
            k -= 1
        # jieba glues a joining word onto a name it does not know (与纬创), or a verb or preposition taking the
        # company as its object (问新|希望: jieba built 问新 itself)
        if s - start >= 3 and (text[start] in NAME_JOINERS
                               or (text[start] in _GLUED_BEFORE and table.words[table.token_of_char[start]].tag == "x")):
            start += 1
        if s - start >= 2 and text[start:s] not in _LISTED_KINDS and text[start:s] not in TRADES \
                and not generic_legal_name(text[start:s]):
            # a bare kind (集团), trade (地产) or legal name of trades (…新能源|科技股份有限公司, cut at the limit: the
            # grammar reads it whole) names no company
            found.append((start, s))
    return found


# a quick test before the patterns: a digit or a market's letters right after an opening bracket
_CODE_OPENING = re.compile("[(（][0-9HSTN]")

# a code after its market's letters and a colon: 建业新生活(HK:09983), (SZ:000002), (NYSE:BABA has no digits: none)
_MARKET_CODE = re.compile("[(（](?:HK|SH|SZ|TW)[:：][0-9]{4,6}[)）]")


def listed_codes(mentions: list[Mention] | tuple[Mention, ...], text: str) -> list[tuple[Mention, str]]:
    """Each organisation of ``mentions`` written right before its stock code in ``text`` (the document's text as
    written, which the mentions' offsets index), with the code as written inside the brackets (``600519``,
    ``2330.TW``, ``00700.HK``), or in Sina's link aside (新希望(000876,股吧): ``000876``) or after it
    (金地集团(企业专区,旗下楼盘)(600383.SH)), or after its market (建业新生活(HK:09983): ``HK:09983``). Four bare digits are a code only in a sentence about shares or officers,
    as for :func:`stock_listed_names`; a link aside of pages alone (招商地产(企业专区)) holds none.

    >>> m = Mention("d", 0, 4, "騰訊控股", "腾讯控股", Label.ORGANIZATION, "org_known")
    >>> [(x.text, code) for x, code in listed_codes([m], "騰訊控股(00700.HK)公布業績")]
    [('騰訊控股', '00700.HK')]
    >>> listed_codes([Mention("d", 0, 2, "篮板", "篮板", Label.ORGANIZATION, "x")], "篮板(1044)和命中率")
    []
    >>> [code for _, code in listed_codes([Mention("d", 0, 3, "新希望", "新希望", Label.ORGANIZATION, "x")],
    ...                                   "新希望(000876,股吧)公告")]
    ['000876']
    """
    if not _CODE_OPENING.search(text):
        return []
    found = []
    for m in mentions:
        if m.label is not Label.ORGANIZATION:
            continue
        at = m.end
        link = COMPANY_LINK.match(text, at)
        if link is not None:
            if link.group()[1:2].isdigit():  # Sina's (000876,股吧): the code and its forum
                found.append((m, link.group()[1:7]))
                continue
            at = link.end()  # 金地集团(企业专区,旗下楼盘)(600383.SH): the code after the pages
        marked = _MARKET_CODE.match(text, at)
        if marked is not None:  # 建业新生活(HK:09983): the market before the code
            found.append((m, marked.group()[1:-1]))
            continue
        code = STOCK_CODE.match(text, at)
        if code is None or code.group(2):
            continue
        if code.group(1) and not _SHARE_WORDS.search(to_simplified(_code_sentence(text, m.end, code.end()))):
            continue
        found.append((m, code.group()[1:-1]))
    return found
