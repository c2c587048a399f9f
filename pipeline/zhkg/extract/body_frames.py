"""Organisations named by the frame of their sentence: makers and hosts (由|新丽传媒|出品), bodies founded (赛为智能|成立于1997年).

**Makers and hosts.** Encyclopedia and entertainment text names a film's or a show's production companies, and an event's hosts, in one
construction: **由 X(、Y …)(和 Z) (联合|共同 …) 出品 / 承制 / 主办 / 承办 / 协办** (also 是 X 出品的). The companies
are mostly coined trade names (新丽传媒, 芒果影业, 嘉会文化, 华策影视, 腾讯视频) that the recogniser misses, reads as a
person (卡帝|乐) or cuts to a place (华策, 瑞格); DuIE train's tune half (``bench/duie_entities.py``) misses a dozen
of them. Each item of the list between the opener and the verb is read as one organisation when

* it ends with a trade or a body's head (影业, 传媒, 文化, 娱乐, 视频, 制片厂, 公司, 协会 … and
  :data:`zhkg.extract.trade_names.TRADES`) after a name of one to twelve letters (its legal form, 有限公司, aside) written with names, nouns or words
  jieba does not know (no verb, no reference such as 本 or 该, no scope such as 国内); or
* it is one word jieba does not know or holds as a proper noun (爱奇艺, 鑫宝源), and nothing else is read on it.

What is already read there wins: an item that is a place (由中国和俄罗斯主办) or that a rule reads as a person, or
an organisation read across its ends, is left alone; a recogniser's person inside an item with a head, and an
organisation cut short at its start (腾讯 of 腾讯视频, 嘉会 of 嘉会文化), yield to it;
a place a rule reads inside it stays beside it (上海 of 上海电影制片厂, as :mod:`zhkg.extract.trade_names` keeps 江南
of 江南水务), the recogniser's yields (瑞格 of 瑞格传播, as in :mod:`zhkg.extract.combine`).

**Bodies founded.** A clause that opens with a name and goes on 成立于, 创办于, 创立于, 始创于, 创建于 or 组建于 and a
year (赛为智能成立于1997年, 巨人教育创办于1994年, 天籽生物多样性发展中心成立于2004年) says when a body was founded:
the encyclopedia's way of opening an article on a company or a school (DuIE's 成立日期, 326 triples). An adverb may
stand before the verb (元洲装饰|同样成立于1997年), and the year may come first when nothing follows the verb but a
break or 于 (唐人影视|于1998年正式成立，; orgs115): a person founds something (马云于1999年创立|阿里巴巴). The name, from
the clause's start to the verb, is read as for a maker's: with a head, or one unknown word, under the same rules.

**Bodies defined by a bracket.** A clause that opens with a name and goes on with a bracket holding its Latin
name or acronym, or its short form (肯尼迪航天中心（Kennedy Space Center，缩写为KSC）, 国际可再生能源机构（IRENA）,
江南林业产权交易所（以下简称江南林交所）), is how an encyclopedia and a report first name a body: the name is read as a
founded body's, under the same rules, with a state's own heads as well (交易所, 组织, 署, 局).

Caveats: persons produce films too (由冯小刚出品): an item with no head must be a single unknown word and carry no
reading at all; 制作, 发行 and 监制 are left out because people do them as often as companies. A state founded
(中华人民共和国成立于) is a place already read, and wins; a common noun (公司成立于, 该校创建于) is no name. Both
readers are gated on one substring test or one precompiled search per document, so a document without the cue pays
nothing else.
"""

from __future__ import annotations

import re

from zhkg.extract.base import replaced
from zhkg.extract.company_shapes import JOINERS
from zhkg.extract.company_words import legal_form
from zhkg.extract.trade_names import TRADES
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import TokenTable
from zhkg.text import Span, SpanIndex

__all__ = ["HEADS", "defined_spans", "founded_spans", "producer_spans", "read_body_frames"]

#: The last word of a maker's or host's name beyond the trades (:data:`~zhkg.extract.trade_names.TRADES`).
HEADS = ("文化", "影业", "影视", "影像", "电影", "视频", "卫视", "电视台", "广播电视台", "工作室", "制片厂", "电影厂",
         "公司", "集团", "出版社", "唱片", "音乐", "动画", "动漫", "文旅", "协会", "学会", "基金会", "委员会", "研究会",
         "联合会", "商会", "俱乐部", "杂志社", "报社", "网", "教育", "智能", "卫浴", "中心", "学校", "中学", "小学",
         "大学", "学院", "医院", "研究所", "研究院", "银行", "机构", "联盟")
_HEADS_LONGEST = tuple(sorted(set(HEADS) | set(TRADES), key=lambda w: (-len(w), w)))
# a body a bracket defines may be a state's or an exchange (美国国内收入署, 江南林业产权交易所)
_DEFINED_HEADS = tuple(sorted(set(_HEADS_LONGEST) | {"交易所", "组织", "署", "局"}, key=lambda w: (-len(w), w)))
_VERBS = ("出品", "承制", "主办", "承办", "协办")
_VERB = re.compile(r"(?:联合|共同|携手|倾力|独家|等)*(?:出品|承制|主办|承办|协办)")
# what ends the list on the left when no opener is found: a clause's break or a title's marks
_BREAKS = frozenset("，。；！？,;!?：:\n\r\t《》【】")
# marks an item may be written in (由“百老汇电影中心”主办), and a web page's note of a link THUCNews keeps after a
# name (由华谊兄弟(微博)与原子映象联合出品): no part of the name
_QUOTES = "“”\"「」『』‘’"
_LINK_NOTES = ("(微博)", "（微博）")
_MAX_LIST = 48
# what a name is never written with: a reference, a count, a verb or a function word (jieba's tags)
_DATE = re.compile(r"[0-9〇一二三四五六七八九十]{1,4}[年月日]")
_FUNCTION_CHARS = frozenset("的了在是将被把对从向给让使之")  # (not 为: 华为, 赛为智能)
_COINED_TAGS = frozenset({"x", "nz", "nt", "nrt", "eng"})
_NOT_FIRST = frozenset("本该其此这那各某我你他她它贵一两几多全")
_NOT_BRANDS = frozenset("国内 国外 海外 境内 境外 国际 全球 中外 外资 合资 独资 民营 国有 国营 私营 上市 大型 中型 小型 知名 著名 "
                        "当地 地方 本土 有关 相关 电影 影视 政府 国家 专业 权威 多家 各大".split())
_MAX_BRAND = 12  # letters before the head and the legal form (内蒙古高等级公路建设开发|有限责任公司)
# a web address in brackets after the maker's name (拉阔游戏(http://lakoo.cn)出品): a note, as the link notes are
_ADDRESS_NOTE = re.compile(r"[(（](?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[^()（）\s]*)?[)）]$")
# the trade a maker is named by before its name (手机游戏开发商|拉阔游戏, 发行商|X): the name is what follows it
_MAKER_ROLES = re.compile(r"(?:开发商|运营商|发行商|出品商|制作商|制造商|生产商|出版商|代理商|供应商|厂商|服务商|开发公司|"
                          r"游戏公司|出品方|制作方|主办方|承办方)[:：]?")
_MAX_AFTER_ROLE = 8  # letters of a name after its trade (拉阔游戏)


def _name_like(start: int, end: int, text: str, table: TokenTable, verbs: bool = False) -> bool:
    """Whether ``text[start:end]`` can be a name: letters only, no reference first, no date, no function word and
    (unless ``verbs``: a company's full name, 公路建设开发有限责任公司) no verb of two letters or more inside
    (jieba's words; one-letter ones are often a coined name's: 嘉|会|文化)."""
    name = text[start:end]
    if not name or name[0] in _NOT_FIRST or any(ch in _FUNCTION_CHARS for ch in name) or _DATE.search(name) \
            or not all("\u4e00" <= ch <= "\u9fff" or ch.isascii() and ch.isalnum() or ch in "·（）()&" for ch in name):
        return False
    if verbs:
        return True
    i = start
    while i < end:
        word = table.word_at(i)
        if word is None:
            return False
        if word.idx >= start and word.end <= end and len(word.text) > 1 and word.tag.startswith(("v", "p", "d", "r")) \
                and word.tag != "vn":
            return False
        i = word.end
    return True


def _item_kind(start: int, end: int, text: str, table: TokenTable, heads: tuple[str, ...] = _HEADS_LONGEST) -> str:
    """``head`` (a name and a head word), ``coined`` (one unknown or proper word) or ``""`` (no maker's name)."""
    name = text[start:end]
    head = next((h for h in heads if name.endswith(h)), "")
    legal = legal_form(name)  # not counted in the name's length (内蒙古高等级公路建设开发|有限责任公司)
    if head and 1 <= len(name) - max(len(head), len(legal)) <= _MAX_BRAND and name[: -len(head)] not in _NOT_BRANDS \
            and _name_like(start, end, text, table, verbs=bool(legal)):
        return "head"
    word = table.word_at(start)
    if word is not None and (word.idx, word.end) == (start, end) and word.tag in _COINED_TAGS and 2 <= len(name) <= 6 \
            and name[0] not in _NOT_FIRST and all("\u4e00" <= ch <= "\u9fff" or ch.isascii() and ch.isalpha()
                                                  for ch in name):
        return "coined"
    return ""


def producer_spans(text: str, table: TokenTable) -> list[tuple[int, int, str]]:
    """The makers and hosts listed between 由 (or 是, before 出品) and the verb: (start, end, kind), kinds as
    :func:`_item_kind` gives them.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "该剧由新丽传媒、嘉会文化和上海电影制片厂联合出品，由他主办。由光线影业(微博)、“寰宇娱乐”出品"
    >>> [text[s:e] for s, e, _ in producer_spans(text, token_table(make_nlp()(text)))]
    ['新丽传媒', '嘉会文化', '上海电影制片厂', '光线影业', '寰宇娱乐']
    """
    found: list[tuple[int, int, str]] = []
    if not any(v in text for v in _VERBS):
        return found
    for m in _VERB.finditer(text):
        end = m.start()
        if end not in table.ends or m.end() not in table.ends and m.end() != len(text):
            continue
        note = _ADDRESS_NOTE.search(text, max(0, end - 60), end)
        if note is not None:
            end = note.start()  # 拉阔游戏(http://lakoo.cn)|出品: the address is no part of the list
        opener = -1
        i = end - 1
        while i >= 0 and end - i <= _MAX_LIST and text[i] not in _BREAKS:
            word = table.word_at(i)
            if word is None:
                break
            # the opener, alone or glued by jieba to a name it does not know (由新丽|传媒)
            first = "由是" if m.group().endswith("出品") else "由"
            if word.text in first or (word.tag == "x" and word.text[0] in first and word.idx + 1 < end):
                opener = word.idx + 1
                break
            i = word.idx - 1
        if opener < 0 or opener >= end:
            continue
        # the list's items, split at 、 and at 和, 与, 及 written as words alone
        items, start, i = [], opener, opener
        while i < end:
            word = table.word_at(i)
            if word is None:
                break
            if word.text in JOINERS:
                items.append((start, word.idx))
                start = word.end
            i = word.end
        items.append((start, end))
        for s, e in items:
            s, e = _trimmed(s, e, text)
            role = _last_role(text, s, e)
            if role is not None:
                # 由手机游戏开发商|拉阔游戏|出品: the maker is named by its trade first, the name is what follows it
                s = role
                if 2 <= e - s <= _MAX_AFTER_ROLE and _name_like(s, e, text, table) and s in table.starts:
                    found.append((s, e, "head"))
                continue
            kind = _item_kind(s, e, text, table) if s < e else ""
            if kind:
                found.append((s, e, kind))
    return found


#: the founding verbs after a body's name: 成立于 and a year, maybe after an adverb (元洲装饰|同样成立于1997年), or the
#: year first and the verb closing its clause or followed by where (Avazu|于2009年成立于德国, X|于1998年正式成立，;
#: orgs115): a person founds something (马云于1999年创立|阿里巴巴), a body is founded, with nothing after the verb
_FOUNDED = re.compile(r"(?:同样|也|均|亦|则|正式)?(?:成立|创办|创立|始创|创建|组建)于"
                      r"(?=[0-9〇一二三四五六七八九]{2,4}年|上世纪|19[0-9]{2}|20[0-9]{2})"
                      r"|于(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:正式)?(?:成立|创立|组建)(?=于|[，。；,;])")
_MAX_FOUNDED = 24


def _trimmed(s: int, e: int, text: str) -> tuple[int, int]:
    """``(s, e)`` without the quotes around a name or a link's note after it."""
    while s < e and text[s] in _QUOTES:
        s += 1
    e -= next((len(n) for n in _LINK_NOTES if text.endswith(n, s, e)), 0)
    while s < e and text[e - 1] in _QUOTES:
        e -= 1
    return s, e


def _last_role(text: str, start: int, end: int) -> int | None:
    """Where the name after the last maker's trade in ``text[start:end]`` starts (手机游戏开发商|拉阔游戏), or None.

    >>> _last_role("实力级手机游戏开发商拉阔游戏", 0, 14), _last_role("拉阔游戏", 0, 4)
    (10, None)
    """
    last = None
    for m in _MAKER_ROLES.finditer(text, start, end):
        last = m.end()
    return last


def _clause_opening(end: int, text: str, table: TokenTable) -> tuple[int, int] | None:
    """The name from its clause's start to ``end`` (a verb's or a bracket's start), its quotes trimmed; None when no
    clause's start is within reach or jieba's word runs on over ``end``."""
    start = end
    while start > 0 and end - start < _MAX_FOUNDED and text[start - 1] not in _BREAKS:
        start -= 1
    if start > 0 and text[start - 1] not in _BREAKS or end not in table.ends:
        return None
    return _trimmed(start, end, text)


def founded_spans(text: str, table: TokenTable) -> list[tuple[int, int, str]]:
    """The bodies a clause says were founded in a year: (start, end, kind), kinds as :func:`_item_kind` gives them.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "赛为智能成立于1997年。公司成立于2001年，“优学教育”创办于2006年"
    >>> [text[s:e] for s, e, _ in founded_spans(text, token_table(make_nlp()(text)))]
    ['赛为智能', '优学教育']
    """
    found: list[tuple[int, int, str]] = []
    if "于" not in text:
        return found
    for m in _FOUNDED.finditer(text):
        span = _clause_opening(m.start(), text, table)
        if span is None:
            continue  # (no clause's start within reach, or the verb starts inside a word)
        s, e = span
        kind = _item_kind(s, e, text, table) if s < e else ""
        if kind:
            found.append((s, e, kind))
    return found


# a bracket that defines the name before it: its Latin name or acronym, or its short form
_DEFINING = re.compile(r"[（(](?:以下简称|简称|[A-Z][A-Za-z]*(?:[ .&'-][A-Za-z]+)*[，,)）])")


def defined_spans(text: str, table: TokenTable) -> list[tuple[int, int, str]]:
    """The bodies a clause opens with and defines in a bracket: (start, end, ``head``).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "据报道，国际可再生能源机构（IRENA）指出，他说（AP）"
    >>> [text[s:e] for s, e, _ in defined_spans(text, token_table(make_nlp()(text)))]
    ['国际可再生能源机构']
    """
    found: list[tuple[int, int, str]] = []
    if "（" not in text and "(" not in text:
        return found
    for m in _DEFINING.finditer(text):
        span = _clause_opening(m.start(), text, table)
        if span is None or span[0] not in table.starts:
            continue
        s, e = span
        first = table.word_at(s)
        if first is not None and first.tag.startswith("p"):
            continue  # (由海南航空集团有限公司（HNA）: the body follows the preposition)
        if s < e and _item_kind(s, e, text, table, _DEFINED_HEADS) == "head":
            found.append((s, e, "head"))
    return found


def read_body_frames(mentions: list[Mention], text: str, table: TokenTable | None,
                     original: str = "") -> list[Mention]:
    """The document's mentions with the makers, hosts (:func:`producer_spans`) and bodies founded
    (:func:`founded_spans`) read as organisations (what is already read wins; see the module docstring)."""
    if table is None:
        return mentions
    spans = producer_spans(text, table) + founded_spans(text, table) + defined_spans(text, table)
    if not spans:
        return mentions
    index = SpanIndex(mentions)
    doc_id = mentions[0].doc_id if mentions else ""
    source = original or text
    drop: set[int] = set()
    added: list[Mention] = []
    for start, end, kind in spans:
        clash = index.overlapping(Span(start, end))
        if kind == "coined" and clash:
            continue
        if any(o.start < start or o.end > end or (o.start, o.end) == (start, end) and o.label is not Label.PERSON
               or o.label is Label.ORGANIZATION and o.start != start
               or o.label is Label.PERSON and o.extractor != MentionSource.RECOGNISER
               or o.label not in (Label.PERSON, Label.PLACE, Label.ORGANIZATION) for o in clash):
            continue  # (read across it, already a body or a place, or a rule's person)
        # a recogniser's person or place inside it and a body cut short at its start (腾讯 of 腾讯视频) yield to it, as
        # a recogniser's place inside any organisation does in the merge (瑞格 of 瑞格传播)
        drop.update(id(o) for o in clash if o.label is not Label.PLACE or o.extractor == MentionSource.RECOGNISER)
        added.append(Mention(doc_id, start, end, source[start:end], text[start:end], Label.ORGANIZATION,
                             MentionSource.ORG_FRAME))
    if not added:
        return mentions
    return replaced(mentions, drop, added)
