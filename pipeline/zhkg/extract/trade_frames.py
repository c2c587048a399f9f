"""Companies financial news names with no company word, where the sentence says a company stands (issue 15,
FinRE; session 30 round finre38).

Financial news names a company by a brand and its trade (日照钢铁, 民安保险, 玖龙纸业, 双沟酒业, 国华人寿) with no
公司 or 集团 after it. :mod:`zhkg.extract.trade_names` reads such a name before an officer's title, its holdings or
its announcement, and :mod:`zhkg.extract.company_lists` where the brand is a word jieba does not know; a brand jieba
holds as a common word or a place (光明|乳业, 民生|租赁, 日照|钢铁, 南方|航空) is left, and so is one in a frame
neither reads. Here the sentence's own evidence says a company is named (:func:`framed_brand_trades`):

* **a deal done to it**: right after a verb of buying, selling, merging or holding a company (入股|民安保险,
  重组|日照钢铁, 收编|西南航空, 出让|双沟酒业, 持有|国华人寿); 股份 after a verb of dealing in shares is shares
  (认购|农行股份);
* **a part of it held**: right before a holding of its shares, a body or a holder of it, what it holds or its side
  (国华人寿|5.5亿股, 双沟酒业|股权, 浙报控股|子公司, 大元股份|第一大股东, 广西有色|旗下, 上海汽车|方面);
* **a company beside it**: joined by 、, 与, 和 or 及 to an organisation already read or to another brand and trade
  (华夏基金、|南方基金, 美峰食品|与|金像食品, 民生租赁、招银租赁);
* **a company's deed as its clause's subject**: opening a clause before an announcement, a plan, a purchase or a
  capital raise (万马电缆|今日披露, 长和电力|以5万元收购, 歌华有线|增资); there the brand may be letters jieba cut
  as it liked (万|马|电缆, 同|兴|药业);
* **a company speaking as its clause's subject** (orgs115): opening a clause, or after 据, before a verb of saying
  (博时基金|昨日表示, 据|博时基金|介绍, 东鹏陶瓷|认为): a product or a kind never speaks (该基金, 私募|基金 stay).

A coined brand before a trade of home goods or games (:data:`COINED_TRADES`: 东鹏|陶瓷, 箭牌|卫浴, 掌趣|游戏; orgs115)
is read in the same frames, but only where the brand is one word jieba does not know or holds as a proper noun or an
abbreviation: those trades name kinds of goods as often (实木|家具, 单机|游戏, 智能|家居).

The brand is the one or two words right before the trade (:data:`FRAME_TRADES`), two to four Han letters of a
name's kinds (nouns, proper names, places, words jieba built itself), none a word of scope, reference or kind
(国内|钢铁, 该|保险, 上市|证券, 上述|股份) nor a qualifier that makes an industry of the trade (生物|医药, 私募|基金,
财产|保险: :data:`_QUALIFIERS`); on its left stands what ends a name (punctuation, a joiner, a verb, a preposition,
an adverb, a time, a word of rank such as 龙头, or the start), and after the trade no noun goes on (保险|公司,
地产|项目: the trade is a kind there).

**The company a known company does a deal to** (:func:`deal_partners`): an organisation already read, a verb of a
deal between companies right after it (兼并, 吞并, 入主, 重组, 收购 …), and one or two words after the verb of a
name's shape, none a common word (鞍钢兼并|攀钢, 国美入主|三联商社; not 万科收购|土地).

**A party's side speaking** (:func:`side_names`): one or two name words before 方面, then a verb of saying
(海印方面也表示), or reached and learned from (联系凯马方面了解); not a field, a kind or role, a place or a person.

A place already read over the brand stays beside the company (日照 of 日照钢铁); a recogniser's person or uncoded
place over the whole or inside yields (:func:`zhkg.extract.company_mentions.conflict`). Both readers run inside
:func:`zhkg.extract.company_lists.company_names`, before the coordination reader and
:func:`~zhkg.extract.company_lists.named_again`, so another occurrence of a company found here is the company too.
Written from FinRE train's tune part A (CRC-32 bits 0 and 1 clear); no list of names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.extract.company_mentions import add_unread
from zhkg.extract.company_words import BODY_LAST_LETTERS, FUNCTION_ENDS, FUNCTION_STARTS, NOT_NAME_WORDS, SHARE_VERBS
from zhkg.extract.trade_names import _NOT_BRANDS, _SCOPES, TRADES
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import TokenTable, dictionary_frequency
from zhkg.text import Span, SpanIndex, first_ending, is_han

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["COINED_TRADES", "FRAME_TRADES", "deal_partners", "framed_brand_trades", "side_names", "subsidiary_names"]

#: The trades a company's short name ends in: :data:`zhkg.extract.trade_names.TRADES` and a few more trades of
#: listed companies (玖龙|纸业, 理文|造纸, 圆通|速递, 万马|电缆, 歌华|有线, 宏达|经编), longest first.
FRAME_TRADES = tuple(sorted(set(TRADES) | set("纸业 造纸 速递 快递 电缆 风能 有线 经编 农机 油运 味精 人寿 基金 银行 "
                                             "保险 航空".split()), key=lambda w: (-len(w), w)))
#: Trades of the home, game and furnishing companies of 家居, 房产 and 游戏 news (曲美|家具, 箭牌|卫浴, 东鹏|陶瓷,
#: 掌趣|游戏; orgs115): kinds of goods as often as companies (实木|家具, 单机|游戏, 智能|家居), so the brand before one
#: must be a single word jieba does not know or holds as a proper noun or an abbreviation (:data:`_COINED_BRAND_TAGS`)
COINED_TRADES = ("游戏", "家居", "家具", "卫浴", "陶瓷", "地板", "橱柜", "涂料", "洁具", "衣柜", "门窗", "瓷砖", "吊顶")
_COINED_BRAND_TAGS = frozenset({"x", "nz", "j"})
#: every trade a brand may end in, longest first
_ALL_TRADES = tuple(sorted(set(FRAME_TRADES) | set(COINED_TRADES), key=lambda w: (-len(w), w)))
#: Words that make an industry or a product of the trade after them, never a brand (生物|医药, 私募|基金,
#: 财产|保险, 电动|汽车, 商业|地产): kinds, not names.
_QUALIFIERS = frozenset(
    "私募 公募 风险 股权 产业 金融 国有 社会 民间 外资 生物 绿色 有机 养老 人身 财产 人寿 商业 汽车 电动 新型 传统 网络 "
    "互联网 移动 信息 民用 通用 消费 文化 体育 医疗 健康 房 新 老 大 小 中小 上市 知名 全国 全球 国内 国际 海外 境外 境内 "
    "地方 城市 农村 高端 中端 低端 主流 主要 重要 其他 相关 各类 各种 多家 部分 整个 行业 产品 企业 公司 集团 投资 证券 "
    "保险 基金 银行 能源 清洁 环保 节能 可再生 光伏 石油 钢铁 电力 科技 高科技 指数 货币 债券 股票 混合 偏股 开放式 封闭式 "
    "分级 成长 价值 平衡 蓝筹 医药 化工 食品 家电 机械 汽车 航空 地产 房产 农业 工业 矿业 零售 电子 通信 传媒 影视 娱乐 "
    "物流 航运 建材 纺织 服装 旅游 教育 餐饮 酒店 安全 财务 资产 商务 专业 综合 国家 中央 省级 市级 自主 独立 本土 外国 "
    "中国 我国 本国 美国 世界 亚洲 欧洲 上述 该等 本次 此次 有关 全部 所有 剩余".split())
#: jieba's tags of a brand's words: nouns, proper names, places, abbreviations, words jieba built itself
_BRAND_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "nrt", "nrfg", "x", "j", "s", "f", "a", "vn", "l"})
#: Verbs of a deal done to a company, right before its name (入股|民安保险, 重组|日照钢铁, 收编|西南航空)
_DEAL_VERBS = frozenset(
    "收购 入股 增持 减持 持有 参股 控股 入主 并购 兼并 吞并 重组 收编 整合 合并 注资 出让 转让 受让 认购 购入 买入 卖出 "
    "接手 竞购 退出 投资 拿下 借壳".split())
#: What follows a company's name and only a company's: a holding of its shares, a body or a holder of it, what it
#: holds, or its side in a matter (广西有色|旗下, 上海汽车|方面表示)
_HELD_AFTER = re.compile(r"(?:[0-9.]+(?:万|亿)?股(?!东)|[0-9.]+%|的?(?:全部|部分)?股[权份]|(?:全资|控股)?子公司|"
                         r"(?:第[一二三]|控股)?大?股东|控股股东|股东大会|董事会|董秘|拟向大股东|旗下|下属|方面|增资扩股)")
_JOINERS = frozenset({"、", "和", "与", "及", "以及"})
#: prepositions that make a field of what 方面 closes (在|家装科技|方面, 对|…|方面)
_AREA_OPENERS = frozenset("在 对 从 于 就 在于".split())
#: what a company does as a clause's subject, right after its name: announces, plans, buys, raises capital or
#: lists (万马电缆|今日披露, 同兴药业|以增资入股, 歌华有线|增资, 国通管业|5月5日收到 is not read)
_SUBJECT_DOES = re.compile(r"(?:(?:今|昨)(?:日|天|晚)|日前|近日|晚间|此前|还|已)?(?:公告|宣布|披露|发布|拟|认购|增资|借壳|"
                           r"以[0-9]|以增资|以现金|收购|发行|停牌|复牌|上市|增持|减持)")
#: what a company says as a clause's subject, right after its name (博时基金|昨日表示, 紫光古汉|称, 光大证券|认为;
#: orgs115, issue 14's unread fund companies): a brand and its trade that speaks is a body, as a product or a kind
#: never speaks; 称 naming something (称为, 称作) is no saying
_SUBJECT_SAYS = re.compile(r"(?:(?:今|昨)(?:日|天|晚)|日前|近日|晚间|此前|也|还|则|随后|同时|亦)?"
                           r"(?:表示(?!出)|认为|指出|称(?![为作号之])|预计|透露|坦言|强调|回应|证实|声称|介绍)")
#: tags of a word that may stand right before a name (what ends the words before it)
_LEFT_EDGE_TAGS = frozenset({"v", "p", "c", "d", "t", "m", "vd", "ad", "u", "uj", "r"})
#: tags of a word after the trade that makes the trade a kind (保险|公司, 地产|项目, 粮油|城)
_NOUN_AFTER = frozenset({"n", "nz", "nt", "ng", "vn", "j", "x", "k"})
_MAX_BRAND = 4
#: letters that open a clause as an adverb or a preposition, never a brand cut into letters (就在|城投控股)
_CLAUSE_OPENERS = frozenset("就才便却再也又还都已将在对向被把从由于据")
#: one-letter words of grammar, never a letter of a brand jieba cut up (长|和|电力 and 同|兴|药业 are brands)
_GRAMMAR_LETTERS = frozenset("在是的了将已被把对向从由于")
#: a common noun this frequent in jieba's dictionary is no brand's word (方式|间接|投资, 生物|医药)
_COMMON_NOUN = 5000
#: letters of grammar jieba glues onto the end of a word it built (交等|银行, 源拟)
_GLUED_ENDS = frozenset("等将已也在的了着过又还就都亦均即称拟")
#: words before a name that make a kind of it (各家|发卡银行, 多家|城商银行, 一家|地产): a quantity or a choice, no one company
_DETERMINERS = frozenset("各 各家 多家 一家 两家 几家 数家 每家 这家 那家 该 这些 那些 一些 某 某些 诸多 众多 各类 各种 所有 其他 其它".split())
# a locative or time word, never a brand's (之前|中创水务, 国内外)
_PLACE_WORD_ENDS = tuple("前后中上下内外间里边")
_HELD_BY_HOLDER = frozenset({"子公司", "股东", "公司"})
#: words of kind or rank a name may stand right after (龙头|玖龙纸业, 子公司|天宸药业)
_EDGE_WORDS = frozenset("龙头 巨头 公司 子公司 企业 集团 股东 大股东 旗下 下属 所属".split())


def _trade_at(table: TokenTable, k: int) -> tuple[int, int, int] | None:
    """``(brand start, trade start, end)`` of a brand and trade ending with token ``k``, or ``None``."""
    word = table.words[k]
    trade = first_ending(word.text, _ALL_TRADES, len(word.text))  # one test in C rules out most tokens
    if not trade:
        return None
    te = word.end
    ts = te - len(trade)
    start, j = ts, k
    if ts > word.idx:  # the trade ends a longer word: its head is the brand's last part (保利地产, 微电子)
        if not all(is_han(c) for c in word.text[:ts - word.idx]) or word.tag not in _BRAND_TAGS | {"n"}:
            return None
        start = word.idx
    j = k - 1
    while j >= 0 and ts - table.words[j].idx <= _MAX_BRAND:
        w = table.words[j]
        if w.end != start or not _brand_word(w):
            break
        start, j = w.idx, j - 1
    if j >= 1 and ts == word.idx and start == ts and _numeral_opens(table.words[j - 1], table.words[j], ts):
        start, j = table.words[j - 1].idx, j - 2  # a brand jieba cut into a numeral and a noun: 玖|龙|纸业
    brand = table.words[j + 1:k] if ts == word.idx else table.words[j + 1:k + 1]
    if not 2 <= ts - start <= _MAX_BRAND or trade == "控股" and k + 1 < len(table.words) \
            and table.words[k + 1].text in _HELD_BY_HOLDER:
        return None  # (控股 is the holding there: 中创水务|控股子公司)
    if j >= 0 and _brand_word(table.words[j]) and table.words[j].end == start and table.words[j].text not in _EDGE_WORDS:
        return None  # a longer phrase runs on to the left (中国钢铁工业协会, 新能源汽车; not 龙头|玖龙纸业)
    texts = [w.text for w in brand] if ts == word.idx else [w.text for w in brand[:-1]] + [word.text[:ts - word.idx]]
    if any(t in _QUALIFIERS or t in _SCOPES or t in _NOT_BRANDS for t in texts) or "".join(texts) in _QUALIFIERS:
        return None
    if trade in COINED_TRADES and not (len(brand) == 1 and brand[0].tag in _COINED_BRAND_TAGS):
        return None  # a kind of goods (实木|家具, 单机|游戏), not a coined brand's company
    return start, ts, te


def _clause_brand(table: TokenTable, k: int) -> tuple[int, int] | None:
    """The span of a brand and the trade ending token ``k`` that open a clause, where jieba cut the brand into
    letters of any kind (万|马|电缆, 长|和|电力, 同|兴|药业): two to four Han letters back to punctuation or the text's
    start, every word of two letters or more a brand's word, the trade one word."""
    word = table.words[k]
    trade = next((t for t in _ALL_TRADES if word.text == t), "")
    if not trade:
        return None
    j = k - 1
    while j >= 0 and not table.words[j].is_punct and not table.words[j].is_space and word.idx - table.words[j].idx <= _MAX_BRAND:
        j -= 1
    if j >= 0 and not (table.words[j].is_punct or table.words[j].is_space):
        return None
    brand = table.words[j + 1:k]
    text = "".join(w.text for w in brand)
    if not 2 <= len(text) <= _MAX_BRAND or not all(map(is_han, text)) or text in _QUALIFIERS or text in _SCOPES \
            or text in _NOT_BRANDS or any(len(w.text) > 1 and not _brand_word(w) for w in brand) \
            or text[0] in _CLAUSE_OPENERS or any(len(w.text) == 1 and w.text in _GRAMMAR_LETTERS for w in brand):
        return None  # (就|在|城投|控股宣布: the clause's adverb and preposition, no brand)
    if trade in COINED_TRADES and not (len(brand) == 1 and brand[0].tag in _COINED_BRAND_TAGS):
        return None
    return brand[0].idx, word.end


#: The numerals a brand may open with, one letter jieba tags a numeral (玖|龙纸业, 六|和集团)
_NUMERALS = frozenset("一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾百千万两")
#: tags of the one letter after a numeral that make the two a brand (玖|龙: a noun or a name), never an adjective or
#: a measure word (三|大|银行, 五|家|银行 count the trade's companies)
_AFTER_NUMERAL_TAGS = frozenset({"n", "nr", "nz", "ns", "x"})


def _numeral_opens(numeral, letter, trade_start: int) -> bool:
    """Whether ``numeral`` and ``letter``, one letter each right before the trade at ``trade_start``, are a brand
    jieba cut into a numeral and a noun (玖|龙 of 玖龙纸业; finre39): the noun may be a common one (龙), as a brand's
    second letter often is."""
    return numeral.text in _NUMERALS and numeral.end == letter.idx and letter.end == trade_start \
        and len(letter.text) == 1 and letter.tag in _AFTER_NUMERAL_TAGS and is_han(letter.text)


def _brand_word(w) -> bool:
    return not w.is_punct and not w.is_space and w.tag in _BRAND_TAGS and all(is_han(c) for c in w.text) \
        and w.text not in _JOINERS and w.text not in _DEAL_VERBS and w.text not in NOT_NAME_WORDS \
        and w.text not in _NOT_BRANDS and not (w.tag in ("f", "s") and w.text.endswith(_PLACE_WORD_ENDS)) \
        and not (w.tag == "x" and (w.text[0] in FUNCTION_STARTS or w.text[-1] in _GLUED_ENDS)) \
        and not (w.tag == "n" and dictionary_frequency(w.text) >= _COMMON_NOUN)


def _left_clean(table: TokenTable, start: int) -> bool:
    if start == 0:
        return True
    w = table.word_at(start - 1)
    return w is None or w.is_punct or w.is_space or w.text in _JOINERS or w.tag in _LEFT_EDGE_TAGS \
        or w.text in _DEAL_VERBS or w.text in _EDGE_WORDS


def _right_open(table: TokenTable, end: int, text: str) -> bool:
    """Whether a noun goes on after the trade ending at ``end`` (the trade is then a kind: 保险|公司)."""
    if _HELD_AFTER.match(text, end):
        return False
    w = table.word_at(end)
    return w is not None and w.idx == end and w.tag in _NOUN_AFTER and not w.is_punct


#: The last letters of the trades: a word ending with a trade ends with one of them.
_TRADE_LAST_LETTER = re.compile("[" + "".join(sorted({trade[-1] for trade in _ALL_TRADES})) + "]")


def _trade_word_indexes(table: TokenTable, text: str) -> list[int]:
    """The indexes, rising, of the words that end with a trade's last letter: found by one scan of the text in C, so
    the rest of the words (most) are not visited one by one."""
    words, of_char = table.words, table.token_of_char
    out = []
    for end in sorted(table.ends.intersection([m.end() for m in _TRADE_LAST_LETTER.finditer(text)])):
        k = of_char[end - 1]
        if words[k].idx + len(words[k].text) == end:
            out.append(k)
    return out


def framed_brand_trades(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """``mentions`` with each brand and trade the sentence frames as a company added (see the module docstring).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "泛海系入股民安保险，美峰食品与金像食品为关联企业，天茂集团持有国华人寿5.5亿股，投资生物医药。"
    >>> doc = make_nlp()(text)
    >>> [m.simplified for m in framed_brand_trades([], doc, token_table(doc), text)]
    ['民安保险', '美峰食品', '金像食品', '国华人寿']
    """
    units: dict[int, tuple[int, int, int]] = {}  # by start
    subjects: list[tuple[int, int]] = []
    for k in _trade_word_indexes(table, text):
        w = table.words[k]
        if w.text.endswith(_ALL_TRADES):
            unit = _trade_at(table, k)
            if unit is not None and _left_clean(table, unit[0]) and not _right_open(table, unit[2], text):
                units[unit[0]] = unit
            elif unit is None and (_SUBJECT_DOES.match(text, w.end) or _SUBJECT_SAYS.match(text, w.end)):
                subject = _clause_brand(table, k)
                if subject is not None:
                    subjects.append(subject)
    if not units and not subjects:
        return mentions
    index = SpanIndex(m for m in mentions if m.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION))
    orgs_by_end = {m.end: m for m in mentions if m.label is Label.ORGANIZATION}
    orgs_by_start = {m.start: m for m in mentions if m.label is Label.ORGANIZATION}
    ends = {u[2]: u for u in units.values()}
    found = []
    for start, _ts, end in sorted(units.values()):
        before = table.word_at(start - 1) if start > 0 else None
        if before is not None and before.text in _DETERMINERS:
            continue  # a kind counted or chosen (各家|发卡银行)
        after = table.word_at(end)
        # (股份 after a verb of dealing in shares is the shares of the brand: 认购|农行股份, 收购|美即全部股份)
        shares = text.startswith("股份", _ts) and before is not None and before.text in SHARE_VERBS
        held = _HELD_AFTER.match(text, end)
        if held is not None and held.group() == "方面" and before is not None and before.text in _AREA_OPENERS:
            held = None  # a field, not a side (在|家装科技|方面进行投入)
        framed = before is not None and before.text in _DEAL_VERBS and before.end == start and not shares \
            or held is not None
        if not framed and (before is None or before.is_punct) and (_SUBJECT_DOES.match(text, end)
                                                                    or _SUBJECT_SAYS.match(text, end)):
            framed = True  # the clause's subject, doing what a company does (万马电缆|今日披露, 长和电力|以5万元收购)
        if not framed and before is not None and before.text == "据" and before.end == start \
                and _SUBJECT_SAYS.match(text, end):
            framed = True  # the source of a report (据|博时基金|介绍)
        if not framed and before is not None and before.text in _JOINERS:
            framed = before.idx in orgs_by_end or before.idx in ends and not _kinds_listed(table, text, end, units)
        if not framed and after is not None and after.text in _JOINERS and after.idx == end:
            framed = after.end in orgs_by_start or after.end in units and not _kinds_listed(table, text, end, units)
        if framed:
            found.append((start, end))
    for start, end in found + subjects:
        mentions = add_unread(mentions, doc, start, end, MentionSource.ORG_CUED, index)
    return mentions


#: What closes a list of trades that names kinds of business, not companies (五金化工、机电汽车|等大生意,
#: …等行业): 等 and a word of trade or goods; a list closed by 等公司 or 等 and a verb stays companies
_KINDS_AFTER_LIST = re.compile(r"等等?(?:[大小新]|多种|各种|各类)?(?:生意|行业|产业|产品|商品|领域|业务|买卖|门类|品种|货物|项目)")


def _kinds_listed(table: TokenTable, text: str, end: int, units: dict[int, tuple[int, int, int]]) -> bool:
    """Whether the brands and trades joined to one another from the one ending at ``end`` close with 等 and a
    kind of business (:data:`_KINDS_AFTER_LIST`): the list names trades (五金化工、机电汽车等大生意).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "商人把五金化工、机电汽车等大生意做到了国外。"
    >>> _kinds_listed(token_table(make_nlp()(text)), text, 7, {8: (8, 10, 12)})
    True
    """
    seen = set()
    while end not in seen:
        seen.add(end)
        after = table.word_at(end)
        if after is None or after.idx != end or after.text not in _JOINERS or after.end not in units:
            break
        end = units[after.end][2]
    return _KINDS_AFTER_LIST.match(text, end) is not None


#: What a company does to another company, right after the doer's name (鞍钢|兼并|攀钢, 国美|入主|三联商社,
#: 飞鹤|吞并|关山, 盛大|收购|联众): the words after the verb are the other company
_PARTNER_DEALS = frozenset("兼并 吞并 收编 入主 重组 并购 收购 借壳 入股 控股 参股 增持 购入 注资 整合 起诉 联手 牵手 携手".split())
#: what may follow the other company's name besides what ends a clause (攀钢|决策, 联众|传闻, 三联商社|后)
_AFTER_PARTNER = frozenset("后 的 决策 传闻 一事 事件 交易 计划 事宜 案 之后 以后".split())
#: the heads of a kind of company, not one's name (信托公司, 城商银行)
_KIND_HEADS = ("公司", "集团", "企业", "银行", "机构", "基金")
_PARTNER_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "nrt", "j", "x", "v"})
#: a common word this frequent in jieba's dictionary is no company's name after a deal (收购|土地, 重组|完成)
_RARE_PARTNER = 200


def _partner_word(w) -> bool:
    if w.is_punct or w.is_space or w.tag not in _PARTNER_TAGS or not all(is_han(c) for c in w.text) \
            or w.text in NOT_NAME_WORDS or w.text in _QUALIFIERS or w.text in _DEAL_VERBS:
        return False
    if w.text.endswith(_KIND_HEADS):
        return False  # a kind of company (收购|信托公司)
    if w.tag == "x":
        return w.text[0] not in FUNCTION_STARTS and w.text[-1] not in FUNCTION_ENDS
    return w.tag not in ("n", "v") or dictionary_frequency(w.text) < _RARE_PARTNER or w.text in FRAME_TRADES


def deal_partners(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """``mentions`` with the company a known company does a deal to, right after the deal's verb (鞍钢兼并攀钢,
    国美入主三联商社, 飞鹤吞并关山): one or two words of two to four Han letters, each a proper name, a word jieba
    built itself or a word its dictionary holds rarely (a common word is a thing bought: 收购|土地), closed by what
    ends a clause or a deal's noun (攀钢|决策, 联众|传闻).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> from zhkg.extract.base import make_mention
    >>> text = "飞鹤吞并关山，飞鹤收购土地。"
    >>> doc = make_mention and make_nlp()(text)
    >>> feihe = [make_mention(doc, s, s + 2, Label.ORGANIZATION, MentionSource.ORG_KNOWN) for s in (0, 7)]
    >>> [m.simplified for m in deal_partners(feihe, doc, token_table(doc), text)][2:]
    ['关山']
    """
    anchors = [m for m in mentions if m.label is Label.ORGANIZATION and m.end in table.starts
               and table.word_at(m.end).text in _PARTNER_DEALS]
    if not anchors:
        return mentions
    index = SpanIndex(m for m in mentions if m.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION))
    n = len(table.words)
    for m in anchors:
        k = table.token_of_char[m.end] + 1
        for size in (1, 2):
            words = table.words[k:k + size]
            if len(words) < size or not all(_partner_word(w) for w in words):
                break
            start, end = words[0].idx, words[-1].end
            nxt = table.words[k + size] if k + size < n else None
            if not 2 <= end - start <= _MAX_BRAND:
                continue
            closed = nxt is None or nxt.is_punct or nxt.is_space or nxt.text in _JOINERS or nxt.text in _AFTER_PARTNER \
                or nxt.tag in ("v", "p", "c", "d", "vd")
            if size == 2 and not (words[0].tag in ("x", "ns", "nz", "j") or words[1].tag == "x"
                                  or words[1].text in FRAME_TRADES):
                continue
            if closed:
                mentions = add_unread(mentions, doc, start, end, MentionSource.ORG_CUED, index)
                break
    return mentions


#: A side in a matter, after the name of a party to it (海印|方面, 潍柴|方面)
_SIDE = "方面"
#: What a side's spokesman does right after X方面 (海印方面|也表示, 中海海盛方面|解释, 潍柴方面|的确计划)
_SIDE_SAYS = re.compile(r"(?:也|还|则|均|亦|随后|昨日|今日|昨天|今天|已|对此)?(?:表示|称|回应|解释|透露|证实|否认|确认|的确|介绍|回复|声明)")
#: Words before X方面 of learning from or reaching a side (从|X方面|获悉, 与|X方面|取得联系, 联系|X方面|了解)
_SIDE_REACHED = frozenset("从 与 向 联系 致电 采访".split())
#: What one learns or gets from a side reached so (获悉, 取得联系, 了解)
_SIDE_LEARNED = re.compile("获悉|得知|了解|证实|取得|获得|求证|核实")
#: Last letters of a party named by its kind or role, never a company's name before 方面 (车企, 药监, 城管, 交警,
#: 警方, 海关, 公安局, 校队 …): written as facts.
_SIDE_KIND_ENDS = tuple("企监管警方关局部委院所厅处署会办队站司校府协")


def side_names(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """``mentions`` with the party named before 方面 (its side) where its spokesman speaks or is reached: one or two
    words of two to four Han letters, each a name's word (:func:`_partner_word`: a proper name, a word jieba built, a
    rare noun), right before 方面, then a verb of saying (海印方面也表示, 中海海盛方面解释, 潍柴方面的确计划), or after a
    verb of reaching it, a verb of learning (从…方面获悉, 与上海全冠方面取得联系, 联系凯马方面了解). A common word is a
    field (技术方面, 市场方面表示); a party named by its kind or role is none (警方, 车企, 药监, 海关:
    :data:`_SIDE_KIND_ENDS`), nor is a place or a person read there (美国方面, 王力宏方面: the singer's agents). Finre39,
    from FinRE tune part A.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "对此，海印方面也表示将注入资产。市场方面表示关注。"
    >>> doc = make_nlp()(text)
    >>> [m.simplified for m in side_names([], doc, token_table(doc), text)]
    ['海印']
    """
    if _SIDE not in text:
        return mentions
    index = None
    words = table.words
    for k, w in enumerate(words):
        if w.text != _SIDE or k == 0:
            continue
        says = _SIDE_SAYS.match(text, w.end) is not None
        for size in (1, 2):
            if k - size < 0:
                break
            brand = words[k - size:k]
            if not all(_partner_word(b) for b in brand) or brand[-1].text.endswith(_SIDE_KIND_ENDS) \
                    or brand[-1].tag == "ns" or any(a.end != b.idx for a, b in zip(brand, brand[1:])) \
                    or brand[-1].end != w.idx:
                break
            start = brand[0].idx
            if not 2 <= w.idx - start <= _MAX_BRAND:
                continue
            before = words[k - size - 1] if k - size > 0 else None
            reached = before is not None and before.text in _SIDE_REACHED and _SIDE_LEARNED.search(text, w.end, w.end + 8)
            if size == 1 and before is not None and _partner_word(before) and before.end == start:
                continue  # a longer name runs on to the left: try two words
            if not (says and (before is None or before.is_punct or before.tag in _LEFT_EDGE_TAGS) or reached):
                break
            if index is None:
                index = SpanIndex(m for m in mentions if m.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION))
            if not any(m.label is Label.PERSON for m in index.overlapping(Span(start, w.idx))):
                mentions = add_unread(mentions, doc, start, w.idx, MentionSource.ORG_CUED, index)
            break  # (a person's side is their agent's: 王力宏方面表示)
    return mentions


#: The lines a group names a subsidiary by after its own brand (万达|商业, 海航|资本, 瑞银|投资, 东航|旅业,
#: 摩托罗拉|移动, 中远|国际): words :func:`zhkg.extract.company_trades.trade_tails` leaves out, some being verbs
#: or common words as often (投资, 商业, 国际), so a clause's edge must follow
_LINES = ("投资", "资本", "资产", "金融", "商业", "旅业", "贸易", "国际", "移动")
#: tags of the word after a group's line that close the name (a punctuation mark, an adverb, a preposition, a
#: conjunction: 瑞银投资|则, 中远国际|与); a verb closes it except after 投资, a verb itself as often (渣打投资|入股
#: is the bank investing), and never a numeral, a noun, 的 or 了 (渣打投资|5亿美元, 腾讯投资|的公司)
_LINE_CLOSERS = frozenset({"d", "p", "c", "ad"})


def subsidiary_names(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """``mentions`` with an organisation of two to four letters grown over a line of business right after it, one
    word of its own, where a clause's edge follows (万达|商业|轻资产化 is not read; 海航|资本。, 瑞银|投资|则在,
    东航|旅业|此番): the group's subsidiary is named so (:data:`_LINES`).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.base import make_mention
    >>> from zhkg.stages.segment import token_table
    >>> text = "股权转让给海航资本。渣打投资5亿美元，腾讯投资的公司。"
    >>> doc = make_nlp()(text)
    >>> orgs = [make_mention(doc, s, s + 2, Label.ORGANIZATION, MentionSource.ORG_KNOWN) for s in (5, 10, 21)]
    >>> [m.simplified for m in subsidiary_names(orgs, doc, token_table(doc), text) if m not in orgs]
    ['海航资本']
    """
    grown = []
    for m in mentions:
        if m.label is not Label.ORGANIZATION or not 2 <= m.end - m.start <= _MAX_BRAND or m.end not in table.starts:
            continue
        k = table.token_of_char[m.end]
        line = table.words[k]
        if line.text not in _LINES or line.idx != m.end:
            continue
        nxt = table.words[k + 1] if k + 1 < len(table.words) else None
        if not all(map(is_han, m.simplified)) or m.simplified.endswith(BODY_LAST_LETTERS) \
                or nxt is not None and (nxt.text in FRAME_TRADES or len(nxt.text) == 1 and nxt.tag.startswith("n")):
            continue  # (CRT|资产 are assets; 民生|金融|租赁 runs on; 社科院|金融|所 is an institute's department)
        if line.text == "投资":
            # a verb as often: only a bare brand, an adverb or a preposition after (瑞银投资|则在; not
            # 由亚太实业|投资，, 洪泰基金|投资…)
            if m.simplified.endswith(FRAME_TRADES + ("公司", "集团")) or nxt is None or nxt.tag not in _LINE_CLOSERS:
                continue
        if nxt is None or nxt.is_punct or nxt.is_space or nxt.tag in _LINE_CLOSERS or nxt.tag == "v":
            grown.append((m, line.end))
    if not grown:
        return mentions
    index = SpanIndex(m for m in mentions if m.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION))
    for m, end in grown:
        mentions = add_unread(mentions, doc, m.start, end, MentionSource.ORG_TRADE_TAIL, index, {id(m)})
    return mentions
