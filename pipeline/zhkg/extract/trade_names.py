"""Organisations named without a head word the suffix grammar knows: companies by their trade, units by number.

Two constructions of business and military news that the recogniser often misses and no rule read before:

* **A company's short name before one of its officers' titles**: 银润传媒|董事长 陈向荣, 招商地产|副总经理, 江南水务|
  董事, 康达新材|董事. Listed companies go by a brand and their trade (传媒, 地产, 证券, 科技, 制药 …), with no
  公司 or 集团 after it; right before a company officer's title (董事长, 总经理, 监事 …) the brand and the trade are the
  company. The brand is the words written before the trade, two to six letters, none a function word or a verb,
  and not a kind of company (上市|证券, 国内|传媒). A name already read as an organisation keeps its span unless it
  is the brand alone (康达 of 康达新材 grows to the whole); a person the recogniser read there yields to it; a place
  inside it stays beside it (江南 of 江南水务). A former holder's mark may stand between the company and the title
  (华龙投资|原|常务副总经理, 昆仑药业|前|总经理), and a founder's title reads as an officer's (神州租车|创始人).
* **A coined company name alone before such a title** (中广核|原副总经理, 美团|创始人): one word jieba does not
  know or holds as a proper noun, after a break or a function word, not shaped as a person's name (阮洪良|董事长),
  where nothing at all is read on it (session 23, round bodies24, from FinRE's tune half).
* **A brand of two words or more before an officer's title and the officer's name** (蓝鲸|互动|CEO|陈晓峰, 云图|在线|
  总裁|孙德明; orgs142): where a person is read right after the title, the words before it, back to a break or a word
  of another kind, name the company the officer serves: two to six Han letters in two words or more, one of them a
  proper name, a word jieba does not know or one of its odd tags (互动/d, 鼎盛/z, 在线/b), none a reference, a scope
  or a place (华北|区 is a company's region), the whole not shaped as a person's name; a title of two parts
  (董事|总经理) leaves its first part out of the name. Nothing but the recogniser's person, place or body cut short may
  be read over it (蓝鲸 of 蓝鲸互动, 恒远 of 恒远咨询 yield); a place a rule reads inside it stays beside it.
* **A military unit by its number**: 兰州军区|84564部队, 解放军|61486部队, 武警|8690部队. The Chinese armed forces
  name units by a five-digit number before 部队 (four for some of the armed police); the command or service
  before the number, read as a place or a body, is part of the name.

A third construction is settled where the recogniser's and the grammar's names are merged
(:mod:`zhkg.extract.combine`): **a coined name before 公司 or 集团** (轻舟公司, 金隅集团, 耐克公司, 上影集团), which
the grammar reads and the merge kept only where the recogniser read it too. A stem that is one word jieba does not
know, or holds as a proper noun or a person's name (x, nz, nr, nrt), names one company: MSRA's training split
marks 90 of 92 such names, standing as the whole name, as organisations (the two others are kinds counted: 一家|
宇航公司). A place (ns: 中国公司, 外国公司) or a common word (电影公司, 物业公司) before the head names no one company,
nor does a counted or predicated one (一家|宇航公司, 是|家族公司).

Caveats: the trade list holds trades, not generic heads the grammar reads (公司, 集团, 银行 are its); a department
after the trade (康力电梯|销售中心|总经理) stops the rule, as does any title that is not a company officer's.
Both readers are gated on one precompiled search per document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache

from zhkg.extract.base import in_place_order
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import read_table
from zhkg.stages.segment import TokenTable, Word, dictionary_frequency, dictionary_tag
from zhkg.text import SpanIndex, find_all, is_han

__all__ = ["TRADES", "brands_announcing", "brands_before_officers", "coined_company", "coined_before_titles", "person_shaped",
           "settle_trade_names", "trade_companies", "numbered_units"]

#: What a company does, as the last word of its short name (银润|传媒, 金风|科技): trades only, never a kind of
#: body the suffix grammar reads on its own (公司, 集团, 银行), and none so general that a phrase ends in it (文化,
#: 教育, 旅游, 农业).
TRADES = ("科技", "高科", "传媒", "传播", "影业", "影视", "娱乐", "地产", "置业", "证券", "投资", "创投", "资本", "控股",
          "股份", "实业", "信托", "租赁", "期货", "基金", "保险", "电气", "电器", "电梯", "电子", "光电", "电力", "热电",
          "燃气", "能源", "制药", "药业", "医药", "生物", "水务", "新材", "化工", "钢铁", "重工", "机械", "汽车", "动力",
          "物流", "航运", "海运", "航空", "食品", "乳业", "酒业", "纺织", "服饰", "家电", "百货", "零售", "粮油", "网络", "软件",
          "通信", "通讯", "数码", "矿业", "煤业", "有色", "黄金", "环保", "建工", "建材", "装饰", "租车", "城投", "茶业",
          "茗茶", "留学", "水泥", "玻璃", "照明", "锂业", "寿险", "人寿", "财险")
# a company officer's title, with its qualifiers (常务副总经理, 独立董事): never a government's or a department's
_OFFICER = (r"(?:副|常务|执行|独立|非执行|首席|联席|职工|外部)*"
            r"(?:董事长|董事局主席|董事会主席|董事会秘书|董事|总经理|总裁|监事会主席|监事|首席执行官|CEO|财务总监|董秘)")
# a founder, who heads a company as its officers do (多普达|创始人), for a coined name only
_FOUNDER = re.compile(_OFFICER + "|创始人|创办人")
# a former holder's mark between the company and the title (华龙投资|原|常务副总经理, 五粮液|前|总经理)
_FORMER = frozenset("原前")
_TRADES_LONGEST = tuple(sorted(TRADES, key=lambda w: (-len(w), w)))
# each trade -> the longer trades (one that ends where it does is read instead: 高科 of 新高科), made once
_LONGER_TRADES = {trade: tuple(t for t in TRADES if len(t) > len(trade)) for trade in TRADES}
# every officer's title holds one of these: a document without any skips the reader
_POST_CUES = ("董事", "总经理", "总裁", "监事", "首席执行官", "CEO", "财务总监", "董秘")
# ...and every title the readers of a company before an officer or a founder look for (:data:`_FOUNDER`'s)
_OFFICER_CUES = _POST_CUES + ("创始人", "创办人")
# what a brand never is: a reference (本|传媒, 该|证券), which ends it on the left
_NOT_BRANDS = frozenset("本 该 其 此 这 那 各 某 多 全 原 前 新 老 相关 其他 旗下 下属 所属".split())
# a kind or a scope of companies (上市|证券, 国内|传媒, 横琴|国际|融资租赁): a phrase, or a name the brand is only
# the end of; before a trade, no company is read
_SCOPES = frozenset("国内 国外 海外 境内 境外 国际 全球 中外 外资 合资 独资 民营 国有 国营 私营 上市 大型 中型 小型 知名 "
                    "著名 龙头 当地 地方 本土".split())
# what after a brand and a trade says it is the company, as an officer's title does: its holdings and its shares
# (新鸿基地产|旗下, 鸿海|股价), or, for the subject of a clause, its day and a verb of a company's announcing
# (信和置业|今日公布, 恒基兆业地产|今日宣布)
# (not 股东: 岳阳纸业控股|股东 is the controlling shareholder of 岳阳纸业)
_OWNS = re.compile("旗下|股价|市值|董事会|董事局")
_ANNOUNCES = re.compile(r"(?:(?:今|昨|前)(?:日|天|早|晚)|本周|上周|日前|近日|早前|[0-9一二三四五六七八九十]{1,3}日)?"
                        "(?:公布|宣布|发布|推出|公告)")
# the longest brand read as a clause's whole subject
_SUBJECT_BRAND = 4
_CLAUSE_BREAKS = frozenset("，,；;。：:！？!?「」“”（）() \n")
_ANNOUNCING_CUES = ("公布", "宣布", "发布", "推出", "公告")
# how or when an announcement is made, between its subject and its verb: no word of the subject's
_MANNER = frozenset("正式 高调 首次 再次 同时 率先 联合 共同 前不久 近期 近来 此前 刚刚 已经 也 还 又 将 曾 已 亦 均 都 "
                    "先后 相继 分别 正式对外 对外 即将 "
                    # right after what went before, or the day: 政府|旋即|公布 names no company 政府旋即 (listed, as
                    # jieba tags some brands' last words adverbs or times too: 蓝鲸|互动 d, 智慧|未来 t)
                    "旋即 随即 立即 当即 随后 随之 今日 昨日 今天 昨天 日前 近日 稍后".split())
_COMPANY_FRAME_CUES = ("旗下", "股价", "市值", "董事", *_ANNOUNCING_CUES)
# jieba's tags of the words a brand is written with: names, nouns, places, words jieba does not know
_BRAND_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "nrt", "nrfg", "x", "j", "f", "s", "vn", "l", "eng"})
_MAX_BRAND = 6
# verbs of taking a post jieba glues to a name it does not know, where a date's end or a clause's break stands before
_GLUED_VERBS = frozenset("任于")
_BEFORE_GLUED_VERB = frozenset("，,；;。：:月年日今间职")

# a unit's number before 部队: five digits, or four after its command or service (武警|8690部队)
_UNIT = re.compile(r"(?<![0-9])([0-9]{4,6})部队")
_COMMANDS = ("军区", "战区", "解放军", "武警", "海军", "空军", "陆军", "火箭军", "总队", "支队", "军")


def _brand_start(ts: int, text: str, table: TokenTable) -> int:
    """Where the brand written right before the trade at ``ts`` starts (``ts`` when there is none)."""
    word = table.word_at(ts)
    start = ts
    if word is not None and word.idx < ts:  # the trade ends a word of the dictionary's (首创股份, 九通投资)
        if word.tag not in _BRAND_TAGS:
            return ts
        start = word.idx
    k = table.token_of_char[start - 1] if start > 0 else -1
    while k >= 0:
        word = table.words[k]
        if word.text in _SCOPES:
            return ts
        if word.end != start or word.is_space or word.is_punct or word.whitespace or word.tag not in _BRAND_TAGS \
                or word.text in _NOT_BRANDS or ts - word.idx > _MAX_BRAND \
                or not all("\u4e00" <= ch <= "\u9fff" or ch.isascii() and ch.isalpha() for ch in word.text):
            break
        start, k = word.idx, k - 1
    first = table.word_at(start)
    if start < ts and text[start] in _GLUED_VERBS and first is not None and len(first.text) > 1 and (
            start == 0 or text[start - 1] in _BEFORE_GLUED_VERB):
        start += 1  # the verb jieba glued to the brand's first letters (5月|任康达|新材, 就职于东海|证券)
    return start


def _before_former(te: int, text: str) -> int:
    """Where the company's name before the title at ``te`` ends: before a former holder's mark (原, 前) there."""
    return te - 1 if te > 0 and text[te - 1] in _FORMER else te


def trade_companies(text: str, table: TokenTable) -> list[tuple[int, int]]:
    """Spans of companies named by a brand and a trade right before an officer's title (see the module docstring).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "银润传媒董事长陈向荣表示，招商地产副总经理杨志光说，上市证券董事长和国内传媒总裁都来了。"
    >>> [text[s:e] for s, e in trade_companies(text, token_table(make_nlp()(text)))]
    ['银润传媒', '招商地产']
    >>> text = "他现任中国海诚、创元科技独立董事，曾任公司、光明乳业董事，出任金风科技、华仪电气董事。"
    >>> sorted(text[s:e] for s, e in trade_companies(text, token_table(make_nlp()(text))))
    ['光明乳业', '创元科技', '华仪电气', '金风科技']
    >>> text = "华龙投资原常务副总经理王明，神州租车创始人陆正耀。"
    >>> [text[s:e] for s, e in trade_companies(text, token_table(make_nlp()(text)))]
    ['华龙投资', '神州租车']
    """
    spans = _framed_trade_companies(text, table) if any(cue in text for cue in _COMPANY_FRAME_CUES) else []
    if not any(cue in text for cue in _POST_CUES):
        return spans
    for m in _FOUNDER.finditer(text):
        te = _before_former(m.start(), text)
        trade = next((t for t in _TRADES_LONGEST if text.endswith(t, 0, te)), "")
        if not trade or te not in table.ends:
            continue  # (the title starts inside a word: 科技董|事)
        ts = te - len(trade)
        start = _brand_start(ts, text, table)
        brand = text[start:ts]
        if not 2 <= len(brand) <= _MAX_BRAND or brand in _NOT_BRANDS or brand in _SCOPES:
            continue
        spans.append((start, te))
        # the companies listed before it share its title (中国海诚、创元科技|独立董事): each a brand and a trade, whole
        while start > 0 and text[start - 1] == "、":
            end = start - 1
            trade = next((t for t in _TRADES_LONGEST if text.endswith(t, 0, end)), "")
            item = _brand_start(end - len(trade), text, table) if trade and end in table.ends else end
            if not 2 <= end - len(trade) - item <= _MAX_BRAND or text[item:end - len(trade)] in _SCOPES:
                break
            spans.append((item, end))
            start = item
    return spans


def _framed_trade_companies(text: str, table: TokenTable) -> list[tuple[int, int]]:
    """Spans of companies named by a brand and a trade before their holdings or shares (新鸿基地产|旗下, 华硕|股价),
    or as a clause's subject before a day and a verb of announcing (信和置业|今日公布): see :data:`_OWNS`. The
    brand is read as for a title (:func:`_brand_start`), and a place alone is no brand (香港|地产: the trade there).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "信和置业今日公布业绩，恒基兆业地产旗下商场开业。香港地产今日公布数据，他说房地产今日宣布"
    >>> [text[s:e] for s, e in _framed_trade_companies(text, token_table(make_nlp()(text)))]
    ['信和置业', '恒基兆业地产']
    >>> text = "本报讯电广传媒今日公布，岳阳纸业控股股东重组，预案中北汽投资旗下公司认购。"
    >>> [text[s:e] for s, e in _framed_trade_companies(text, token_table(make_nlp()(text)))]
    ['电广传媒', '北汽投资']
    """
    spans = []
    idxs = [w.idx for w in table.words]  # in order: the words of a span by bisection, not a walk over every word

    def words_in(lo: int, hi: int) -> tuple[Word, ...]:
        """The words starting in ``[lo, hi)``, in order."""
        return table.words[bisect_left(idxs, lo) : bisect_left(idxs, hi)]

    for trade in TRADES:
        for found in find_all(trade, text):
            te = found.end()
            if te not in table.ends or text.endswith(_LONGER_TRADES[trade], 0, te):
                continue  # (a longer trade ends there: 高科 of 新高科 is read once)
            ts = te - len(trade)
            start = _brand_start(ts, text, table)
            if _OWNS.match(text, te) is None:
                if not _ANNOUNCES.match(text, te):
                    continue
                opening = ts - next((k for k in range(2, _SUBJECT_BRAND + 1) if ts - k == 0
                                     or ts - k > 0 and text[ts - k - 1] in _CLAUSE_BREAKS), 0)
                cut = words_in(opening, ts)
                if start > opening and all(is_han(ch) for ch in text[opening:start]) and cut \
                        and cut[0].idx == opening and cut[0].tag in _BRAND_TAGS \
                        and all(w.tag in _BRAND_TAGS or w.tag == "c" for w in cut):
                    start = opening  # the clause's whole subject, a name jieba cut at a conjunction (信|和|置业)
                if start != 0 and text[start - 1] not in _CLAUSE_BREAKS:
                    continue
            # a credit or a place word the brand's words ran over is no part of it (本报讯|电广传媒, 预案中|北汽投资)
            start = max([start] + [w.idx + len(w.text) for w in words_in(start, ts)
                                   if w.tag == "f" or w.text.endswith("讯")])
            brand = text[start:ts]
            if not 2 <= len(brand) <= _MAX_BRAND or brand in _NOT_BRANDS or brand in _SCOPES \
                    or all(w.tag == "ns" for w in words_in(start, ts)) or dictionary_tag(brand) == "ns":
                continue
            spans.append((start, te))
    return sorted(set(spans))


# jieba's tags of a coined company name standing alone before a title: a word it does not know or a proper noun
# (not a person's name: nr, nrt; nor Latin letters, which name people as often: Danny副总裁)
_COINED_NAME_TAGS = frozenset({"x", "nz", "nt", "j"})
# what may stand right before a coined name that is all of the company's: a break, a verb, preposition or
# conjunction of two letters or more (重用, 采访), or one of these one-letter ones (是, 和, 了 …); a one-letter verb
# is often a long name's letter (嘉能|可|超达)
_COINED_AFTER_TAGS = ("v", "p", "c", "u", "d")
_COINED_AFTER_LETTERS = frozenset("是和与及跟同为由在任据了对向把被将")
_MAX_COINED = 6
# a letter of a function word jieba glued into a word it does not know (二是|董事长分设, 的|董事): no name holds one
_FUNCTION_LETTERS = frozenset("的了在是将被把对从向给让使之")


@cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    """The single and the compound surnames of ``surnames.txt``."""
    names = {row[0] for row in read_table("surnames.txt")}
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


def person_shaped(name: str) -> bool:
    """Whether ``name`` reads as a person's: a surname and one or two letters (阮洪良, 欧阳小明).

    >>> person_shaped("阮洪良"), person_shaped("锐迪科")
    (True, False)
    """
    single, compound = _surnames()
    return len(name) <= 3 and name[0] in single or len(name) <= 4 and name[:2] in compound


def coined_before_titles(text: str, table: TokenTable) -> list[tuple[int, int]]:
    """Spans of companies named by one coined word right before an officer's or a founder's title, a former
    holder's mark (原, 前) maybe between: 中广核|原副总经理, 五粮液|前总经理, 多普达|创始人. The word is one jieba
    does not know or holds as a proper noun or an abbreviation, of two to six Han letters, standing alone (a break
    or a word of another kind before it), and not shaped as a person's name (a surname and one or two letters:
    阮洪良|董事长 is a person named by the title, as news writes it); a trade at its end is
    :func:`trade_companies`'.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "中广核原副总经理沈如刚说，阮洪良董事长表示，记者采访了美团创始人。嘉能可超达CEO。二是董事长与经理分设"
    >>> [text[s:e] for s, e in coined_before_titles(text, token_table(make_nlp()(text)))]
    ['中广核', '美团']
    """
    spans = []
    if not any(cue in text for cue in _OFFICER_CUES):
        return spans
    for m in _FOUNDER.finditer(text):
        te = _before_former(m.start(), text)
        word = table.word_at(te - 1) if te > 0 else None
        if word is None or word.end != te or word.tag not in _COINED_NAME_TAGS \
                or not 2 <= len(word.text) <= _MAX_COINED or word.text in _NOT_BRANDS or word.text in _SCOPES \
                or not all("\u4e00" <= ch <= "\u9fff" and ch not in _FUNCTION_LETTERS for ch in word.text) \
                or person_shaped(word.text) \
                or word.text.endswith(_TRADES_LONGEST):
            continue
        k = table.token_of_char[word.idx - 1] if word.idx > 0 else -1
        before = table.words[k] if k >= 0 else None
        if before is not None and not before.is_punct and not before.is_space and not (
                before.tag.startswith(_COINED_AFTER_TAGS)
                and (len(before.text) > 1 or before.text in _COINED_AFTER_LETTERS)):
            continue  # (the end of a longer name: 嘉能|可|超达)
        spans.append((word.idx, te))
    return spans


# jieba's tags of the words that close a brand on its left (现任|, 昨日|, 该|, 在|, 由|), or that no brand's word has
# (a verbal noun may, after its first word: 恒远|咨询)
_NOT_BRAND_TAGS = ("v", "p", "c", "u", "r", "t", "q", "f", "y", "e", "o", "w", "ul", "uj")
# the tags of a brand's own word (蓝鲸/nr, 中化/j) or of one jieba tags oddly (互动/d, 鼎盛/z, 在线/b, 畔/ng): not
# a common noun's, a place's or a numeral's
_BRAND_WORD_TAGS = frozenset({"nr", "nrt", "nrfg", "nz", "nt", "x", "j", "z", "b", "ng", "d", "l", "i"})
_NUMERAL_LETTERS = frozenset("一二两三四五六七八九十百千万亿几数多")
#: An adverb or a numeral jieba's dictionary holds this often is the clause's (已经, 共同, 首次), never a brand's word
#: that jieba tags oddly (互动/d, 好美家/m)
_RARE_ODD = 1000
# the last letter of a company's region or department (华北|区, 销售|部), never its brand
_REGION_ENDS = frozenset("区部处科组省市县")


def _brand_before(te: int, text: str, table: TokenTable) -> int | None:
    """Where a company's brand of two words or more ending at ``te`` starts, or ``None``: the words back to a
    break or a word of another kind, two to six Han letters, one of them a brand's own (:data:`_BRAND_WORD_TAGS`),
    none a reference, a scope or a place, the whole not shaped as a person's name and not ending in a region's or a
    department's letter, and no word jieba built itself holding a function word's letter (这是) nor a common
    adverb or numeral (已经, 首次); a verbal noun may end it, never open it (恒远|咨询; 四处|融资|安信|地板)."""
    if te not in table.ends or te == 0:
        return None
    k = table.token_of_char[te - 1]
    words: list[Word] = []
    while k >= 0:
        word = table.words[k]
        if word.is_punct or word.is_space or word.tag.startswith(_NOT_BRAND_TAGS) and word.tag != "vn" \
                or word.text in _NOT_BRANDS or word.text in _SCOPES \
                or not all("\u4e00" <= ch <= "\u9fff" for ch in word.text) \
                or word.tag == "m" and any(ch in _NUMERAL_LETTERS for ch in word.text) \
                or word.tag in ("d", "m") and dictionary_frequency(word.text) >= _RARE_ODD \
                or word.tag == "x" and any(ch in _FUNCTION_LETTERS for ch in word.text) or word.text.endswith("讯"):
            break  # (a dateline's word is the outlet's: 本报讯|长虹)
        words.insert(0, word)
        k -= 1
        if te - word.idx > _MAX_BRAND:
            break
    if not words or te - words[0].idx > _MAX_BRAND:
        return None  # (a longer phrase the brand would be the end of)
    while words and words[0].tag == "vn":
        words.pop(0)
    if len(words) < 2:
        return None  # (one word: coined_before_titles')
    brand = text[words[0].idx:te]
    if any(w.tag == "ns" or dictionary_tag(w.text) == "ns" for w in words) or brand[-1] in _REGION_ENDS \
            or not any(w.tag in _BRAND_WORD_TAGS or w.tag == "m" for w in words) or person_shaped(brand):
        return None
    return words[0].idx


def brands_before_officers(text: str, table: TokenTable, people_starts: frozenset[int] | set[int]) -> list[tuple[int, int]]:
    """Spans of companies named by a brand of two words or more right before an officer's or a founder's title,
    where a person's name starts right after the title (``people_starts``): 蓝鲸|互动|CEO|陈晓峰, 北辰|时代|副总经理|
    罗建华 (see the module docstring and :func:`_brand_before`). One word alone is :func:`coined_before_titles`',
    a trade at the end :func:`trade_companies`'.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "云图在线总裁孙德明说，公司董事长王明说，集团副总裁刘伟说"
    >>> [text[s:e] for s, e in brands_before_officers(text, token_table(make_nlp()(text)), {6, 16, 25})]
    ['云图在线']
    """
    spans = []
    if not people_starts or not any(cue in text for cue in _OFFICER_CUES):
        return spans
    for m in _FOUNDER.finditer(text):
        if m.end() not in people_starts:
            continue  # (no officer named: 新任董事长表示)
        te = _before_former(m.start(), text)
        if te not in table.ends or te == 0:
            continue
        k = table.token_of_char[te - 1]
        while k >= 0 and _FOUNDER.fullmatch(table.words[k].text):
            k -= 1  # a title of two parts, the first its own title (国枫移民|董事|总经理: a managing director)
        if k < 0:
            continue
        te = table.words[k].end
        start = _brand_before(te, text, table)
        if start is not None:
            spans.append((start, te))
    return spans


def brands_announcing(text: str, table: TokenTable) -> list[tuple[int, int]]:
    """Spans of companies named by a brand of two words or more (:func:`_brand_before`) as the whole subject of a
    clause that announces, publishes or launches (:data:`_ANNOUNCES`: 蓝鲸互动|宣布, 北辰时代|日前发布): the brand
    opens the text or follows a break; a word of the announcement's manner before the verb is none of it (正式, 高调).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "昨日，蓝鲸互动宣布完成融资。北辰时代日前发布新品。卫生部门宣布，王小明宣布辞职。每到新闻发布会。"
    >>> [text[s:e] for s, e in brands_announcing(text, token_table(make_nlp()(text)))]
    ['蓝鲸互动', '北辰时代']
    """
    spans = []
    if not any(cue in text for cue in _ANNOUNCING_CUES):
        return spans
    for m in _ANNOUNCES.finditer(text):
        te = m.start()
        if m.end() not in table.ends:
            continue  # (a longer word: 新闻|发布会, 推出去)
        word = table.word_at(te - 1) if te > 0 else None
        while word is not None and word.end == te and (word.text in _MANNER or word.tag == "ad"):
            te = word.idx  # the announcement's manner is the clause's (全聚德|正式|发布, 福禄永盛|高调|宣布)
            word = table.word_at(te - 1) if te > 0 else None
        start = _brand_before(te, text, table)
        if start is not None and (start == 0 or text[start - 1] in _CLAUSE_BREAKS):
            spans.append((start, te))
    return spans


_COMPANY_HEADS = ("公司", "集团")
#: A noun jieba's dictionary holds fewer times than this is a brand before 集团 (保利|集团, 碱业|集团, 兵工|集团):
#: a conglomerate is named, not described, where 公司 follows kinds as often (酒业|公司, 内资|公司, 油|公司).
_RARE_NOUN = 100
_GROUP = "集团"


def _rare_noun_before_group(stem: Word, name: str) -> bool:
    """Whether ``stem``, the word before 集团 in ``name``, is a two-letter noun jieba's dictionary holds rarely
    (保利, 碱业, 三木, 兵工, 茅台) and no trade: the group's own name, not a kind of group (企业|集团, 商业|集团,
    酒业|集团, 奶制品|集团)."""
    if stem.tag != "n" or len(stem.text) != 2 or stem.text in TRADES or not name.endswith(_GROUP):
        return False  # (a product or a trade names a kind: 奶制品|集团, 酒业|集团)
    return dictionary_frequency(stem.text) < _RARE_NOUN
#: jieba's tags of a coined name: a word it does not know, a proper noun, a person's name (轻舟 is a common noun: n)
_COINED_TAGS = frozenset({"x", "nz", "nr", "nrt"})
_DESCRIBED_AFTER = ("家", "是")
# a reference, a branch or a parent is no coined name (本公司, 总公司, 子公司), nor a word jieba glued a verb or a
# preposition into (任本|公司, 起任|公司, 为本|公司)
_NOT_COINED_LAST = frozenset("本该其我贵此分总子母新老原")
_GLUED_FIRST = frozenset("任为起在于由从向被把对将到是")


def coined_company(m: Mention, table: TokenTable | None) -> bool:
    """Whether a grammar organisation is a coined name and 公司 or 集团, each one word (金隅|集团, 耐克|公司), or a
    two-letter noun jieba's dictionary holds rarely and 集团 (碱业|集团, 保利|集团).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "金隅集团和电影公司，一家宇航公司"
    >>> table = token_table(make_nlp()(text))
    >>> [coined_company(Mention("d", s, e, text[s:e], text[s:e], Label.ORGANIZATION, MentionSource.ORG_SUFFIX), table)
    ...  for s, e in ((0, 4), (5, 9), (12, 16))]
    [True, False, False]
    """
    if table is None or m.extractor != MentionSource.ORG_SUFFIX or not m.simplified.endswith(_COMPANY_HEADS):
        return False
    stem = table.word_at(m.start)
    if stem is None or stem.idx != m.start or stem.end != m.end - 2 or not 2 <= len(stem.text) <= 4 \
            or stem.tag not in _COINED_TAGS and not _rare_noun_before_group(stem, m.simplified) or not all("\u4e00" <= ch <= "\u9fff" for ch in stem.text) \
            or stem.text[-1] in _NOT_COINED_LAST or (stem.tag == "x" and stem.text[0] in _GLUED_FIRST):
        return False  # (jieba's own words of a reference or a verb glued to one: 任本|公司, 起任|公司)
    before = table.words[table.token_of_char[m.start - 1]] if m.start > 0 else None
    # a company counted (一家|宇航公司) or said to be of a kind (是|家族公司) is described, not named
    return before is None or not (before.text.endswith(_DESCRIBED_AFTER) and before.end == m.start)


def numbered_units(text: str) -> list[tuple[int, int]]:
    """Spans of military units named by their number: ``(number's start, end)``; the command before it is joined
    by :func:`settle_trade_names`.

    >>> text = "兰州军区84564部队官兵和武警8690部队赶到，派出1200部队"
    >>> [text[s:e] for s, e in numbered_units(text)]
    ['84564部队', '8690部队']
    """
    found = []
    for m in _UNIT.finditer(text):
        s, e = m.span()
        if len(m.group(1)) == 5 or text.endswith(_COMMANDS, 0, s):
            found.append((s, e))
    return found


def _respan(m: Mention, start: int, end: int, text: str, original: str) -> Mention:
    source = original or text
    return replace(m, start=start, end=end, text=source[start:end], simplified=text[start:end], canonical="")


def settle_trade_names(mentions: list[Mention], text: str, table: TokenTable | None, original: str = "") -> list[Mention]:
    """The document's mentions with the companies and units of this module read (see the module docstring).

    A company's span takes the place of a recogniser's person or organisation inside it that opens where it opens
    (康达 of 康达新材); any other organisation or a rules' person across it keeps its span and the company is not
    read. A unit takes the command written before its number (a place or a body ending in 军区, 武警 …) into its name.
    """
    if table is None:
        return mentions
    companies = trade_companies(text, table)
    coined = coined_before_titles(text, table)
    people_starts = {m.start for m in mentions if m.label is Label.PERSON}
    officered = brands_before_officers(text, table, people_starts)
    announcing = brands_announcing(text, table)
    units = numbered_units(text) if "部队" in text else []
    if not companies and not coined and not officered and not announcing and not units:
        return mentions
    index = SpanIndex(mentions)
    doc_id = mentions[0].doc_id if mentions else ""
    source = original or text
    drop: set[int] = set()
    added: list[Mention] = []
    for start, end in companies:
        clash = [o for o in index.overlapping(Mention("", start, end, "", "", Label.ORGANIZATION, ""))
                 if o.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION)]
        inside = all(start <= o.start and o.end <= end for o in clash)
        if not inside or any(
                (o.label is Label.ORGANIZATION and o.start != start)
                or (o.label is Label.PERSON and o.extractor != MentionSource.RECOGNISER)
                or (o.label is Label.ORGANIZATION and o.span == (start, end)) for o in clash):
            continue  # (a name read across it, or already this company)
        drop.update(id(o) for o in clash if o.label is not Label.PLACE)
        added.append(Mention(doc_id, start, end, source[start:end], text[start:end], Label.ORGANIZATION,
                             MentionSource.ORG_BEFORE_TITLE))
    for start, end in coined:
        if any(o.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION)
               for o in index.overlapping(Mention("", start, end, "", "", Label.ORGANIZATION, ""))):
            continue  # (a coined word read as anything is left as read)
        added.append(Mention(doc_id, start, end, source[start:end], text[start:end], Label.ORGANIZATION,
                             MentionSource.ORG_BEFORE_TITLE))
    for (start, end), officer in [(span, True) for span in officered] + [(span, False) for span in announcing]:
        if any(a.start < end and start < a.end for a in added):
            continue  # (a company with its trade read above: 银润传媒|董事长)
        clash = [o for o in index.overlapping(Mention("", start, end, "", "", Label.ORGANIZATION, ""))
                 if o.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION)]
        if any(not (start <= o.start and o.end <= end) or o.label is not Label.PLACE
               and o.extractor != MentionSource.RECOGNISER
               or o.label is Label.ORGANIZATION and (o.start != start or o.span == (start, end) or not officer)
               or o.label is Label.PERSON and not officer for o in clash):
            continue  # (a name read across it, a body read in it or as it already, or a person who may announce)
        # the recogniser's person, place or body cut short in it yields (蓝鲸 of 蓝鲸互动, 恒远 of 恒远咨询); a
        # rule's place stays beside it
        drop.update(id(o) for o in clash if o.extractor == MentionSource.RECOGNISER)
        added.append(Mention(doc_id, start, end, source[start:end], text[start:end], Label.ORGANIZATION,
                             MentionSource.ORG_BEFORE_TITLE))
    for start, end in units:
        command = next((o for o in mentions if o.end == start and o.label in (Label.PLACE, Label.ORGANIZATION)
                        and o.simplified.endswith(_COMMANDS)), None)
        if command is not None:
            start = command.start
        else:  # a service read as no name (武警|8690部队)
            start -= next((len(c) for c in _COMMANDS if len(c) > 1 and text.endswith(c, 0, start)), 0)
        clash = [o for o in index.overlapping(Mention("", start, end, "", "", Label.ORGANIZATION, ""))
                 if o.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION, Label.COUNT)]
        if any(o.start < start or o.end > end for o in clash if o.label is not Label.COUNT):
            continue
        drop.update(id(o) for o in clash)  # (and the count of troops the number was read as)
        added.append(Mention(doc_id, start, end, source[start:end], text[start:end], Label.ORGANIZATION,
                             MentionSource.ORG_STATE_BODY))
    if not added:
        return mentions
    out = [m for m in mentions if id(m) not in drop] + added
    companies_read = sorted({m.simplified for m in added if m.extractor == MentionSource.ORG_BEFORE_TITLE})
    if companies_read:
        out = _other_occurrences(out, companies_read, text, table, source)
    return in_place_order(out)


def _other_occurrences(mentions: list[Mention], names: list[str], text: str, table: TokenTable,
                       source: str) -> list[Mention]:
    """Each other occurrence of a company read before a title is that company (江南水务|董事 … 江南水务成立于): whole
    words, where no organisation or rules' person is read across it; a recogniser's person inside it yields, a place
    inside it stays beside it."""
    index = SpanIndex(mentions)
    doc_id = mentions[0].doc_id if mentions else ""
    drop: set[int] = set()
    added = []
    for name in names:
        for found in find_all(name, text):
            start, end = found.span()
            if start not in table.starts or end not in table.ends:
                continue
            clash = [o for o in index.overlapping(Mention("", start, end, "", "", Label.ORGANIZATION, ""))
                     if o.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION)]
            if any(o.label is Label.ORGANIZATION or not (start <= o.start and o.end <= end)
                   or (o.label is Label.PERSON and o.extractor != MentionSource.RECOGNISER) for o in clash):
                continue
            drop.update(id(o) for o in clash if o.label is Label.PERSON)
            added.append(Mention(doc_id, start, end, source[start:end], name, Label.ORGANIZATION,
                                 MentionSource.ORG_BEFORE_TITLE))
    return [m for m in mentions if id(m) not in drop] + added if added else mentions
