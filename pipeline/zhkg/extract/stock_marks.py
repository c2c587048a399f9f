"""Stock short names beside the exchanges' trading marks (issue 15): *ST白猫, ST方源, S*ST北亚, 华侨城A, *ST凯马B.

Mainland exchanges mark a stock's short name, and financial news copies the marks:

* **Special treatment** (``ST``, ``*ST``, ``SST``, ``S*ST``) before the name: a company under a delisting risk
  (*ST白猫, ST方源, S*ST北亚). Only a listed company's short name follows such a mark, so the mark alone says
  a company is named, whatever its words (白猫, 商务, 幸福 are common words, 北亚 a place). The company is the name
  without the mark (it comes and goes with the results; FinRE writes 白猫 for *ST白猫), read over the Han word after
  the mark (one word of two to four letters, or a letter and a word: 张|铜). A two-letter name keeps a 股份 right
  after it (*ST长运股份): a short name has four letters, a two-letter brand fills them with 股份 (路翔股份, 恒邦股份).
* **A share class letter** (``A``, ``B``) after the name: the A- or B-share line of a company listed twice
  (华侨城A, 深振业A, 穗恒运A, *ST凯马B). The letter is part of the short name as written (FinRE's gold: 华侨城A,
  鄂武商A, 凯马B), read after a name a special-treatment mark opens, a short name of ``companies_listed.tsv`` (which
  holds the names without their letters) or an organisation already read. A letter before 股 is the market, not
  the class (中资银行A股, 持有中国平安A股股份: the name stays without it), except before 股权 (深振业A股权比例).

What another reader read over the marked name (a place: S*ST北亚 PLACE, a person: *ST张铜 PERSON, or the name
without its letter: 穗恒运) yields to it. The reader runs after the other company readers
(:meth:`zhkg.run.pipeline.Pipeline._merge`); texts without the marks' letters are passed over at once. ST段 is the
electrocardiogram's, no stock (ST段抬高).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.extract.listed_companies import stock_short_names
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import TokenTable
from zhkg.text import Span, SpanIndex, is_han

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from zhkg.resources.lexicon import Lexicon

__all__ = ["marked_stocks"]

#: A special-treatment mark right before a Han letter, not the end of a Latin word or code (BEST, 3ST).
_TREATMENT = re.compile(r"(?<![A-Za-z0-9*＊])(?:S\*ST|\*ST|SST|ST)(?=[\u4e00-\u9fff])")
#: A share class letter (half or full width) after a Han letter, no Latin letter or digit after it (not 维生素AD,
#: not A1).
_CLASS = re.compile(r"(?<=[\u4e00-\u9fff])[ABＡＢ](?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])")
_GATE = re.compile(r"ST|[ABＡＢ]")
#: What follows ST as another term: the ST segment of an electrocardiogram (ST段抬高).
_NOT_MARKED = ("段",)
#: The longest short name after a mark, in Han letters (the exchanges allow four).
_LONGEST = 4
_SHARES = "股份"
#: What follows a mark as the market's word, not a name (剔除ST和*ST股票, ST板块, 摘除ST帽子).
_KINDS = frozenset("股票 个股 公司 企业 板块 股 类 概念 名单 帽子".split())
#: Letters of grammar jieba glues onto the end of a short name (ST方源须|支付, ST星|美的, *ST锌|业后): cut off a
#: name of three letters or more.
_GLUED_ENDS = frozenset("的后须将已也在了着过又还就都亦均即称拟等与和及对为被")
_LABELS = (Label.PERSON, Label.PLACE, Label.ORGANIZATION)
#: jieba's tags of a word a letter labels (佳能A|系列相机, A|轮, A|类, A|计划): nouns, measure words, numerals and
#: bound morphemes; after a share class comes the clause (华侨城A|拟向, 宝石A|的, 新大洲A|今日).
_LABELLED_TAGS = frozenset({"n", "nz", "ng", "nt", "nr", "ns", "vn", "an", "q", "k", "m", "zg", "x"})
#: Nouns a stock has, which may follow its class letter (深振业A|股权, 苏常柴A|业绩).
_STOCK_NOUNS = ("股权", "业绩", "股价", "股东", "董事会", "董事长", "市值", "公告", "旗下", "控制权", "净利", "营收")


def marked_stocks(mentions: list[Mention], doc: Doc, table: TokenTable, text: str,
                  lexicon: Lexicon | None = None) -> list[Mention]:
    """``mentions`` with the companies the trading marks name added, what they cover dropped.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "连续亏损的*ST白猫今日推出重组方案，华侨城A拟向控股股东发行股票。"
    >>> doc = make_nlp()(text)
    >>> [m.simplified for m in marked_stocks([], doc, token_table(doc), text)]
    ['白猫', '华侨城A']
    """
    if not _GATE.search(text):
        return mentions
    found: list[tuple[int, int, int]] = []  # (start of what is replaced, start of the name, end of the name)
    for mark in _TREATMENT.finditer(text):
        end = _treated_name_end(table, text, mark.end())
        if end is not None and text[mark.end():end] not in _KINDS and not text.startswith(_NOT_MARKED, mark.end()):
            found.append((mark.start(), mark.end(), end))
    treated = {(start, end) for _, start, end in found}
    orgs = [m for m in mentions if m.label is Label.ORGANIZATION]
    names = stock_short_names(lexicon)
    for letter in _CLASS.finditer(text):
        at = letter.start()
        if not _share_class(table, text, at) or at not in table.starts:
            continue
        if any(end == at for _, _, end in found):
            continue  # grown over the letter below
        start = _classed_name_start(table, text, at, names, orgs)
        if start is not None:
            found.append((start, start, at + 1))
    if not found:
        return mentions
    # the class letter after a treated name: *ST凯马B
    grown = []
    for cover, start, end in found:
        if (start, end) in treated and _CLASS.match(text, end) and _share_class(table, text, end):
            end += 1
        grown.append((cover, start, end))
    index = SpanIndex(m for m in mentions if m.label in _LABELS)
    drop: set[int] = set()
    added: list[Mention] = []
    for cover, start, end in grown:
        for m in index.overlapping(Span(cover, end)):
            drop.add(id(m))
        added.append(make_mention(doc, start, end, Label.ORGANIZATION, MentionSource.ORG_STOCK_MARK,
                                  canonical=text[start:end]))
    return [m for m in mentions if id(m) not in drop] + added


def _treated_name_end(table: TokenTable, text: str, start: int) -> int | None:
    """The end of the short name a special-treatment mark opens at ``start``: one Han word of two to four letters,
    or a letter and a word (张|铜); a two-letter name carries 股份 right after it."""
    if start not in table.starts:
        return None
    first = table.word_at(start)
    if first is None or not all(is_han(ch) for ch in first.text):
        return None
    end = start + len(first.text)
    if len(first.text) == 1:
        second = table.word_at(end)
        if second is None or not all(is_han(ch) for ch in second.text) or len(second.text) + 1 > _LONGEST:
            return None
        end += len(second.text)
    elif len(first.text) > _LONGEST:
        return None
    if end - start >= 3 and text[end - 1] in _GLUED_ENDS:
        end -= 1
    if end - start == 2 and text.startswith(_SHARES, end) and end + len(_SHARES) in table.ends:
        end += len(_SHARES)
    return end


def _share_class(table: TokenTable, text: str, at: int) -> bool:
    """Whether the letter at ``at`` is a share class: not the market's A股 (an A before 股权 is a class: 深振业A股权)
    nor a letter labelling the noun after it (佳能A系列)."""
    if text.startswith(_STOCK_NOUNS, at + 1):
        return True
    if text.startswith("股", at + 1):
        return False
    after = table.word_at(at + 1)
    if after is None or after.is_punct or after.is_space or not is_han(after.text[0]):
        return True
    return after.tag not in _LABELLED_TAGS


def _classed_name_start(table: TokenTable, text: str, at: int, names: frozenset[str],
                        orgs: list[Mention]) -> int | None:
    """The start of the short name a class letter at ``at`` closes: an organisation read right before it, or the
    longest short name of the table ending there on word boundaries."""
    for m in orgs:
        if m.end == at and m.end - m.start <= _LONGEST and all(is_han(ch) for ch in m.simplified):
            return m.start
    for size in range(_LONGEST, 1, -1):
        start = at - size
        if start >= 0 and start in table.starts and text[start:at] in names:
            return start
    return None
