"""A local body of state written two ways in one document, for :func:`zhkg.stages.resolve.canonicalise` (orgs213).

Mainland news names a division's bodies in their full form once and shorter after, or the other way round:
苏州市人民政府 and 苏州市政府, 中共四川省委 and 四川省委, 厦门市第十六届人大常委会 and 厦门市人大常委会, 上海市第十六届人民代表大会
and 上海市十六届人大. Each form was a node of its own, so a document naming one body had two (the web set's gold lists
the forms as one entity's names). :func:`one_body_of_state` gives each such form the name of the document's form
that says most (the numbered term, the full 人民政府), so they are one node:

* the party's prefix 中共 before a committee's name (中共四川省委 is 四川省委);
* 人民 before a division's 政府 (苏州市人民政府 is 苏州市政府);
* 人民代表大会 after the division or a term written 人大 (上海市第十六届人民代表大会 is 上海市十六届人大; the national
  congress's two names are left to the alias table);
* a numbered term after the division (第十六届, 十六届), when the document names no other term of that body
  (十五届 and 十六届 stay two: two terms, two congresses).

Caveats: only bodies whose form without these parts is the same string are joined, in one document; a body of a
place without its division word (厦门人大) or a term alone (十六届人大) is left as it is. The numbered term before a
well-known body (十二届全国人大) is :mod:`zhkg.stages.numbered_terms`'s.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from zhkg.records import Label, Mention
from zhkg.stages.resolve_companies import _replace
from zhkg.text import NUMBERED_TERM

__all__ = ["body_of_state_key", "one_body_of_state"]

# a division's word, after which a body's name goes on (市, 县, 区, 省, 州, 旗)
_DIVISION = "市县区省州旗"
# the party's prefix of a committee of a division (中共四川省委, 中共厦门市委员会)
_PARTY_PREFIX = re.compile(rf"^中共(?=.+[{_DIVISION}](?:委|委员会)$)")
# 人民 between a division and its 政府 (苏州市人民政府)
_PEOPLES_GOVERNMENT = re.compile(rf"(?<=[{_DIVISION}])人民政府")
# 人民代表大会 after a division's word or a numbered term (上海市人民代表大会, 市第十六届人民代表大会); the national
# congress's two names are the alias table's (全国人大 of 全国人民代表大会: :mod:`zhkg.stages.numbered_terms`)
_PEOPLES_CONGRESS = re.compile(rf"(?<=[{_DIVISION}届])人民代表大会")
# a numbered term right after a division's word (厦门市第十六届人大常委会, 上海市十六届人大)
_TERM_AFTER_DIVISION = re.compile(rf"(?<=[{_DIVISION}])({NUMBERED_TERM.pattern})")


def body_of_state_key(name: str) -> tuple[str, str]:
    """``name`` without the parts a division's body is written with or without, and the numbered term it carries
    ("" without one; 第 and spaces dropped).

    >>> body_of_state_key("苏州市人民政府"), body_of_state_key("中共四川省委")
    (('苏州市政府', ''), ('四川省委', ''))
    >>> body_of_state_key("厦门市第十六届人大常委会"), body_of_state_key("上海市第十六届人民代表大会")
    (('厦门市人大常委会', '十六届'), ('上海市人大', '十六届'))
    >>> body_of_state_key("中共中央"), body_of_state_key("人民政府"), body_of_state_key("全国人民代表大会")
    (('中共中央', ''), ('人民政府', ''), ('全国人民代表大会', ''))
    """
    key = _PARTY_PREFIX.sub("", name)
    key = _PEOPLES_GOVERNMENT.sub("政府", key)
    key = _PEOPLES_CONGRESS.sub("人大", key)
    term = _TERM_AFTER_DIVISION.search(key)
    if term is None:
        return key, ""
    return key[: term.start()] + key[term.end():], re.sub(r"[第\s]", "", term.group(1))


def one_body_of_state(mentions: list[Mention]) -> list[Mention]:
    """The mentions with each organisation whose name is another form of a body of state the document names
    (module docstring) named by the form that says most: the one with a numbered term, then the longest, then
    the one written most.

    >>> def org(name, start):
    ...     return Mention("d", start, start + len(name), name, name, Label.ORGANIZATION, "crf", canonical=name)
    >>> out = one_body_of_state([org("苏州市人民政府", 0), org("苏州市政府", 20), org("四川省委", 40)])
    >>> [m.name for m in out]
    ['苏州市人民政府', '苏州市人民政府', '四川省委']
    >>> [m.name for m in one_body_of_state([org("上海市十五届人大", 0), org("上海市十六届人大", 20), org("上海市人大", 40)])]
    ['上海市十五届人大', '上海市十六届人大', '上海市人大']
    """
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    terms: dict[str, set[str]] = defaultdict(set)
    termed: set[str] = set()  # the names that carry a numbered term
    for m in mentions:
        if m.label is Label.ORGANIZATION and len(m.name) >= 4:
            key, term = body_of_state_key(m.name)
            forms[key][m.name] += 1
            if term:
                terms[key].add(term)
                termed.add(m.name)
    chosen: dict[str, str] = {}
    for key, written in forms.items():
        if len(written) < 2 or len(terms[key]) > 1:
            continue  # one form, or two terms of a body: two congresses, not one
        best = max(written, key=lambda n: (n in termed, len(n), written[n], n))
        for name in written:
            if name != best:
                chosen[name] = best
    if not chosen:
        return mentions
    return [_replace(m, chosen[m.name], m.code) if m.label is Label.ORGANIZATION and m.name in chosen else m
            for m in mentions]
