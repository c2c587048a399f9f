"""A list of companies or brands, each with its Latin original in brackets (issue 15, orgs311).

News names foreign firms in a list, each Han name followed by its original: 包括拜耳（Bayer）、福斯（Volkswagen）、
宾士（Mercedes-Benz）、BMW、爱迪达（Adidas）及西门子（Siemens）等企业执行长. The recogniser reads some items as
organisations, some as people (a transliteration alone looks like a name) and some not at all. Where the list closes
on a word of companies (等企业, 等公司, 等品牌, 等车厂 …), every item is an organisation: its Han name, an item written
in Latin letters only (BMW), and its original where a reader took it for a person (the original nothing read is left
unread: the web gold counts it with the Han name).

An item is a Han name of two to five letters before its bracket, from the list's joiner (、, 及, 和, 与, 以及) or,
for the first, from the start of the jieba word the name is (包括|拜耳); a list holds two bracketed items or more.
Run on a document's merged mentions (:meth:`zhkg.run.pipeline.Pipeline._merge`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from zhkg.records import Label, Mention, MentionSource

__all__ = ["companies_listed_with_originals"]

# an item: a Han name and its Latin original in brackets, or Latin letters alone
_ITEM = re.compile(r"([\u4e00-\u9fff]{2,5})[（(]([A-Za-z][A-Za-z0-9 .&'\-]{0,40})[）)]|([A-Za-z][A-Za-z0-9&\-]{1,20})")
_JOINER = re.compile(r"、|以及|及|和|与")
# what closes a list of companies: 等 and a word of firms (等企业执行长, 等公司, 等品牌)
_COMPANIES_CLOSE = re.compile(r"等[\u4e00-\u9fff]{0,3}?(?:企业|公司|品牌|车厂|厂商|集团|业者|大厂|药厂|银行|车企|巨头)")
# jieba's tags of a word that opens no name (包括, 在, 和)
_NOT_NAME_TAGS = frozenset({"v", "p", "c", "d", "u", "r", "m", "q", "f"})


def _lists(text: str) -> list[list[tuple[int, int, tuple[int, int] | None]]]:
    """The lists of items in ``text``: each item's name span and its original's span (None for a Latin item)."""
    lists, run, pos = [], [], -1
    for match in _ITEM.finditer(text):
        if match.group(3) is not None:
            item = (match.start(3), match.end(3), None)
        else:
            item = (match.start(1), match.end(1), (match.start(2), match.end(2)))
        if run:
            gap = text[pos:item[0]]
            lead = _JOINER.match(text, item[0]) if not gap and item[2] else None
            if lead and item[1] - lead.end() >= 2:
                item = (lead.end(), item[1], item[2])  # 及|西门子: the joiner matched as a letter of the name
            elif not _JOINER.fullmatch(gap):
                lists.append(run)
                run = []
        run.append(item)
        pos = match.end()
    lists.append(run)
    return [r for r in lists if sum(1 for item in r if item[2]) >= 2]


def companies_listed_with_originals(mentions: Sequence[Mention], text: str, original: str, table) -> list[Mention]:
    """``mentions`` with every item of a list of companies with their originals an organisation (module docstring).

    >>> from zhkg.stages.segment import make_nlp, token_table
    >>> text = "包括拜耳（Bayer）、宾士（Mercedes-Benz）、BMW及西门子（Siemens）等企业执行长"
    >>> out = companies_listed_with_originals([], text, text, token_table(make_nlp()(text)))
    >>> [m.simplified for m in out]
    ['拜耳', '宾士', 'BMW', '西门子']
    """
    if not _COMPANIES_CLOSE.search(text):
        return list(mentions)  # no list closes on a word of companies: most documents, told without reading lists
    spans: list[tuple[int, int]] = []
    originals: set[tuple[int, int]] = set()
    for items in _lists(text):
        last = items[-1]
        if not _COMPANIES_CLOSE.match(text, (last[2] or last[:2])[1] + (1 if last[2] else 0)):
            continue
        for k, (start, end, latin) in enumerate(items):
            if k == 0 and latin:
                word = table.word_at(end - 1)
                if word is None or word.tag in _NOT_NAME_TAGS or word.idx + len(word.text) != end:
                    continue
                start = max(start, word.idx)
            spans.append((start, end))
            if latin:
                spans.append(latin)
                originals.add(latin)
    if not spans:
        return list(mentions)
    out = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans) or m.label is Label.PLACE]
    covered = {(m.start, m.end) for m in out}
    for m in mentions:
        if m not in out and (m.start, m.end) in spans:
            out.append(replace(m, label=Label.ORGANIZATION) if m.label is Label.PERSON else m)
            covered.add((m.start, m.end))
    # an original nothing read stays unread (the web gold counts it with its Han name, as an alias)
    out += [Mention("", s, e, original[s:e], text[s:e], Label.ORGANIZATION, MentionSource.ORG_LATIN.value)
            for s, e in spans if (s, e) not in covered and (s, e) not in originals
            and not any(m.start < e and s < m.end for m in out)]
    return sorted(out, key=lambda m: (m.start, m.end))
