"""A pair or list with a company in it: the other names are companies too (a reader of
:mod:`zhkg.extract.company_lists`).

Scope: :func:`coordinated_companies`: ``A、B``, ``A与B``, ``A和B`` where A is an organisation mention; B is a company
when it is a run of name-like words no other name covers, holding a proper name or a word jieba does not know
(复星、华谊), or a two-letter noun jieba holds rarely before a trade (保利|地产); a listed company's stock code in
brackets may stand before the joiner (嘉里建设(683)及|盈信控股); beside a company by its name or
source, also a coined word and a noun (复星医药与|蚂蚁|金服), and beside a company a table holds, a rare noun
(工行、|华融); where jieba builds the joiner and B into one word (恒基地产|及盈信|控股), B is that word less the joiner.

Caveats: never a common noun alone (腾讯与用户); a person only the recogniser read there yields (锐迪科与展讯) unless it
has a person's shape (王文萱); a family or a state body is no company. Moved word for word out of
``extract/company_lists.py`` (session 41, tidy168).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.company_mentions import add_organisation
from zhkg.extract.company_shapes import (
    PROPER_TAGS,
    RARE_TRADE,
    SOURCES,
    TRADE_ENDS,
    TRADE_WORDS,
    clean_edge,
    is_joiner,
    place_brand,
    plausible_short_name,
    run_left,
    run_right,
)
from zhkg.extract.company_words import (
    BODY_LAST_LETTERS,
    FUNCTION_ENDS,
    FUNCTION_STARTS,
    NOT_NAME_WORDS,
)
from zhkg.extract.generic_names import COMPETITION_ENDS
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import TokenTable, dictionary_frequency, doc_text
from zhkg.text import Span, SpanIndex, is_han

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["coordinated_companies"]

# the joiners' letters, read in the text right beside a name
_JOINER_CHARS = frozenset("、和与及以跟同")

# a listed company's stock code in brackets right after its name, before the list goes on (嘉里建设(683)及|盈信控股)
_STOCK_CODE = re.compile(r"[（(][0-9]{1,6}(?:\.HK)?[)）]")


def _end_past_code(m: Mention, text: str) -> int:
    """Where a list goes on after the organisation ``m``: its end, or the end of its stock code in brackets."""
    code = _STOCK_CODE.match(text, m.end)
    return code.end() if code else m.end


def _glued_joiner(table: TokenTable, k: int) -> bool:
    """Whether token ``k`` is a joiner and a name of two or three letters jieba built into one word it does not
    know (恒基地产|及盈信|控股: the list's last item, orgs147)."""
    word = table.words[k]
    return word.tag == "x" and word.text[:1] in "及与和" and 3 <= len(word.text) <= 4 and all(map(is_han, word.text))


def coordinated_companies(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """A name joined to an organisation by 、, 与, 和 or 及 as an organisation, when it holds a proper name.

    Only names the extraction left unread: a person or place the rules or the recogniser read there stands.
    """
    # (only an organisation with a joiner beside it: most documents have none, and pay for no index)
    anchors = [m for m in mentions if m.label is Label.ORGANIZATION and m.extractor != MentionSource.ORG_LISTED
               and (text[(after := _end_past_code(m, text)):after + 1] in _JOINER_CHARS
                    or text[m.start - 1:m.start] in _JOINER_CHARS)]
    if not anchors:
        return mentions
    index = SpanIndex(m for m in mentions if m.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION))
    n = len(table.words)
    for m in sorted(anchors, key=lambda m: m.start):
        # the name after it: 复星、华谊; 金隅与太行水泥之间; past a stock code, 嘉里建设(683)及|盈信控股
        after = _end_past_code(m, text)
        if after in table.starts and after < len(text):
            k = table.token_of_char[after]
            if is_joiner(table, k) and k + 1 < n:
                end = run_right(table, k + 1, strict=True)
                if end > k + 1 and _joinable(table, k + 1, end - 1, m) and clean_edge(table, end, after=True):
                    s, e = table.words[k + 1].idx, table.words[end - 1].idx + len(table.words[end - 1].text)
                    mentions = _add_joined(mentions, doc, s, e, index, anchor=m)
                elif place_brand(table, k + 1, index) and clean_edge(table, k + 3, after=True) \
                        and not (k + 3 < n and (table.words[k + 3].text == "的" or len(table.words[k + 3].text) == 1
                                                and is_han(table.words[k + 3].text)
                                                and table.words[k + 3].tag in ("v", "n", "ng", "vg", "x"))):  # (日本|有名|的, 武汉|贺家|墩)
                    s, e = table.words[k + 1].idx, table.words[k + 2].idx + len(table.words[k + 2].text)
                    mentions = _add_joined(mentions, doc, s, e, index, place_first=True, anchor=m)  # 与|中国|平安
            elif _glued_joiner(table, k) and k + 1 < n and table.words[k + 1].text in TRADE_WORDS \
                    and clean_edge(table, k + 2, after=True):
                s, e = after + 1, table.words[k + 1].idx + len(table.words[k + 1].text)
                mentions = _add_joined(mentions, doc, s, e, index, anchor=m)  # 恒基地产|及盈信|控股
        # the name before it: 复星、|华谊 (left-bounded by what stops the run)
        if m.start in table.starts and m.start > 0:
            k = table.token_of_char[m.start] - 1
            if is_joiner(table, k) and k - 1 >= 0:
                first = run_left(table, k - 1, strict=True)
                if first <= k - 1 and _joinable(table, first, k - 1, m) and clean_edge(table, first - 1, after=False):
                    s, e = table.words[first].idx, table.words[k - 1].idx + len(table.words[k - 1].text)
                    mentions = _add_joined(mentions, doc, s, e, index, anchor=m)
                elif place_brand(table, k - 2, index) and clean_edge(table, k - 3, after=False):
                    s, e = table.words[k - 2].idx, table.words[k - 1].idx + len(table.words[k - 1].text)
                    mentions = _add_joined(mentions, doc, s, e, index, place_first=True, anchor=m)  # 美国|运通|和
    return mentions


# the last letters of a state's bodies (国务院, 外交部, 调查局, 委员会): a person beside one is no company
_STATE_BODY_ENDS = ("院", "部", "局", "委员会", "政府", "署", "厅")

# the negations (不愿, 没有, 沒能): the first letter of a clause's verb, never of a name
_NEGATIONS = frozenset("不没沒")

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
    joined to a state's body (``anchor``: 贝克和|美国务院, an envoy beside the ministry; overrides61), nor a
    competition, an event (体育、|奥运会|和残奥会部长; orgs228), nor a negated verb jieba left unknown (但|不愿|与英特尔
    …: a negation opens no name; orgs248)."""
    name = doc_text(doc)[start:end]
    if name[:1] in _NEGATIONS or name in _KIN_WORDS or name in _role_set() or name.endswith(COMPETITION_ENDS):
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


def _proper(table: TokenTable, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` have a short name's shape: one proper word (a proper noun, an
    abbreviation, a word jieba does not know, a capitalised Latin word) of two to four letters, or such a word
    and a trade after it (大族|激光 is not read; 北纬|通信 is). A place first (龙潭|购地案) needs the trade."""
    words = table.words[first:last + 1]
    head = words[0]
    proper = (head.tag in PROPER_TAGS and head.tag != "ns") or head.text.isascii()
    if len(words) == 1:
        return proper and (head.text.isascii() or 2 <= len(head.text) <= 4)
    return len(words) == 2 and (proper or head.tag == "ns" or _rare_noun(head)) and words[1].text in TRADE_WORDS


#: the readers of companies a table holds (known bodies, listed short names): a company beside one of these in a
#: list is a company of its trade, where a body the recogniser read may stand among things (英音与美音)
_TABLE_SOURCES = frozenset({MentionSource.ORG_KNOWN, MentionSource.ORG_STOCK_NAME, MentionSource.ORG_STOCK_MARK,
                            MentionSource.ORG_STOCK_CODE})


def _joinable(table: TokenTable, first: int, last: int, anchor: Mention) -> bool:
    """Whether tokens ``first`` to ``last``, joined to the organisation ``anchor``, are a company's name: a proper
    name's shape (:func:`_proper`), or, beside a company a table holds, a noun jieba's dictionary holds rarely
    (工行、|华融, 蒙牛、|合生元: :func:`_rare_brand`)."""
    words = table.words[first:last + 1]
    if plausible_short_name(table, first, last) and _proper(table, first, last):
        return True
    if len(words) == 2 and _company_shaped(anchor):
        return _coined_pair(words[0], words[1])
    return len(words) == 1 and anchor.extractor in _TABLE_SOURCES and all(map(is_han, anchor.simplified)) \
        and not anchor.simplified.endswith(BODY_LAST_LETTERS) and _rare_brand(words[0])


def _company_shaped(anchor: Mention) -> bool:
    """Whether ``anchor`` is a company by its source (a table's) or by its name's last word (复星|医药, 华润|集团):
    a coined pair joined to a party or a team of slang (征亲党、|卖金|骗子) is no company."""
    return anchor.extractor in _TABLE_SOURCES or anchor.extractor in SOURCES \
        or anchor.simplified.endswith(TRADE_ENDS + ("公司",))


#: a noun jieba's dictionary holds this rarely, joined to a company, is a brand (华融, 金地, 合生元, 五粮液): a
#: common noun joined to one is a kind or a party (腾讯与用户, 万科与开发商)
_RARE_BRAND = 200


def _rare_brand(word) -> bool:
    """Whether ``word`` alone, joined to a company, is a brand: a noun of two or three Han letters jieba's dictionary
    holds rarely (华融, 金地, 合生元), none of the words a name never is."""
    return word.tag == "n" and 2 <= len(word.text) <= 3 and all(map(is_han, word.text)) \
        and word.text not in NOT_NAME_WORDS and word.text not in TRADE_WORDS \
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
    return word.tag == "n" and len(word.text) == 2 and word.text not in TRADE_WORDS \
        and dictionary_frequency(word.text) < RARE_TRADE
