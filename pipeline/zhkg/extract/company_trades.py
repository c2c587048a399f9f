"""A company's name and its trade: the trade word after a name belongs to it (readers of
:mod:`zhkg.extract.company_lists`).

Scope: :func:`trade_tails`, an organisation read without the trade word right after it (宝钢|股份, 恒顺|置业,
TCL|集团) is the whole company when no noun follows the trade (宝钢股份今日公告); :func:`brand_trades`, a person or a
word only the recogniser read before a brand's trade (徐工|科技) is that company.

Caveats: a trade a noun follows is the suffix grammar's (中信|证券公司). Moved word for word out of
``extract/company_lists.py`` (session 41, tidy168).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.extract.company_mentions import add_organisation, add_unread, conflict
from zhkg.extract.company_shapes import NAME_TAGS, TRADE_ENDS
from zhkg.extract.company_words import (
    FUNCTION_STARTS,
    NOT_NAME_WORDS,
    SHARE_VERBS,
    WHOLE_NAME_LAST_LETTERS,
)
from zhkg.extract.trade_names import TRADES
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import TokenTable
from zhkg.text import Span, SpanIndex, is_han

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["brand_trades", "trade_tails"]

# the trade a company's short name ends in (宝钢|股份, 恒顺|置业) and 集团 (TCL|集团)
# (never one that is a verb as often: 投资, 控股, 租赁, 动力), longest first
_TAILS = tuple(sorted((set(TRADES) - {"投资", "控股", "租赁", "动力", "资本"}) | {"集团"}, key=lambda w: (-len(w), w)))

# a brand's word: a proper name (not a place) or a word jieba built itself
_BRAND_TAGS = frozenset({"x", "nz", "nr", "nrt", "j"})

# the trades only companies are named by (a fund, a network, medicine are things too: 偏股|基金, 超配|医药)
_BRAND_TRADES = tuple(sorted(set("地产 置业 科技 高科 传媒 影业 证券 实业 电气 电器 光电 热电 制药 药业 水务 新材 化工 "
                                 "钢铁 重工 矿业 煤业 建工 建材 百货 乳业 酒业 集团 股份".split()),
                             key=lambda w: (-len(w), w)))

_BRAND_TRADE = re.compile("|".join(_BRAND_TRADES))

_TAIL = re.compile("|".join(_TAILS))

# a word after the trade that keeps the phrase going: the trade is then a kind, not the name's (中信|证券|公司)
_NOUN_AFTER = frozenset({"n", "nz", "nt", "ng", "vn", "j"})


def trade_tails(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """Organisations read without the trade word right after them, grown over it (宝钢|股份 → 宝钢股份); so is a
    person only the recogniser read there (徐工|科技 PERSON): a person has no trade after the name."""
    grown = []
    for m in mentions:
        if (m.label is Label.ORGANIZATION or (m.label is Label.PERSON and m.extractor == MentionSource.RECOGNISER)) \
                and m.end - m.start <= 4 and not m.simplified.endswith(WHOLE_NAME_LAST_LETTERS) \
                and not m.simplified.endswith(TRADE_ENDS):
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
    >>> from zhkg.stages.segment import token_table
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
        if before is not None and not before.is_punct and before.tag in NAME_TAGS:
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
