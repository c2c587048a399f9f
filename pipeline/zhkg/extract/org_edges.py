"""The recogniser's organisations run over a dealer's word before them (商家|红星美凯龙, 厂家|美的电器), or over a
body's sitting or a sector (来届|立法会, 第二场|立法会, 旅游界|立法会).

Consumer and property news writes a company right after the word for who sells or makes its goods (殃及商家红星美凯龙
与居然之家, 厂家美的电器表示). The recogniser, trained on a press that names bodies in full, reads the word into the
name. A dealer's or maker's word first (商家, 厂家, 厂商, 经销商, 商户, 卖场, 供应商) as one jieba word, with two
letters or more after it, is cut off: no body's name opens with one of these words. Only the recogniser's
organisations are cut; a rule's spans are its own.

A body's sitting named by where it stands in time (本届, 来届, 新一届, 第二场) written before it is read into the name
as well (当选来届立法会议员, 第二场立法会选举, 新一届立法会): it says which of the body's sittings, as a year does, and
no body's name opens with it. :func:`trim_term_heads` cuts it off when jieba cuts it as a word of its own with two
letters or more after it. A numbered term stays (九届全国人大, 首届立法会, 第一届立法会): MSRA marks it as part of
the name, and cutting it cost MSRA dev two names (orgs147, measured); the web set's gold marks 全国人大 of
十四届全国人大, a convention left open. An ordinal that is part of a name (第一中学) has no 届 or 场. A sector's word
before a body the table of well-known bodies lists (旅游界|立法会议员, 工商界|立法会: Hong Kong's functional
constituencies) is cut off the same way: the sector elects a member of the body and is no part of it. It runs on
the recogniser's mentions before they meet the rules' (a cut span and a rule's span of the same body are then one
span, the rule's canonical name kept) (orgs147).

A Legislative Council geographical constituency written before the house it elects to (港島東|立法會議員梁熙,
九龍西|立法會) is read by the recogniser as one body with it: :func:`cut_constituency_heads` cuts the body at the
constituency's end when the gazetteer codes that opening as a constituency (``HK-LC-`` codes of
``place_hong_kong_macau.tsv``) and what follows is a well-known body's name; the constituency elects the member and is
a place of its own, as the web golds write it (港島東議員 X: 议员 of 港岛东; places212).

A paper's or a site's column, app or channel written after the outlet and a dot (山西晚报·山河+讯, 某某日报·客户端) is
read by the recogniser as one name with it: :func:`cut_outlet_columns` keeps the outlet, the part before the dot,
when it ends as an outlet's name does (报, 网, 电视台 …: ``news_outlets.OUTLET_ENDINGS``); a foreign name with a
dot (华特·迪士尼公司) ends no outlet before it (orgs147).

A political wing or camp written before a party or a body (保守派|联盟党, 极右翼|自由党, 反对派|工人党) says which side
the body is on: :func:`cut_wing_words` cuts it off when it is a jieba word of its own with two letters or more after
it (左翼党 stays whole) (intl153).

Tried and left out: cutting before a verb after a known or listed name (万科|托管物业). On FinRE's tune sentences it
cut names with a verb inside (华泰|联合证券, 中国科学院|控股有限公司, 青岛啤酒|控股股东青岛啤酒集团有限公司) more often than
it cut a verb off (光大证券|转让光大保德信), and the FinRE valid recall fell (893 → 892 names).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from zhkg.extract.base import in_place_order, recut
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import TokenTable

__all__ = ["CONSTITUENCY_CODE", "DEALER_WORDS", "MEMBER_TAILS", "WING_WORDS", "cut_caucus_terms",
           "cut_constituency_heads", "cut_member_tails", "cut_outlet_columns", "cut_wing_words",
           "trim_organisation_edges", "trim_term_heads"]

#: Words for who sells or makes a company's goods, read into the company's name before it (商家|红星美凯龙).
DEALER_WORDS = frozenset("商家 厂家 厂商 经销商 商户 卖场 供应商".split())


def _trimmed(m: Mention, table: TokenTable) -> tuple[int, int]:
    first = table.word_at(m.start)
    if first is not None and first.idx == m.start and first.text in DEALER_WORDS and m.end - first.end >= 2:
        return first.end, m.end  # 商家|红星美凯龙
    return m.start, m.end


_NUMBER = "〇零一二三四五六七八九十百两0-9０-９"
#: A body's sitting named by where it stands in time (本届, 来届, 新一届, 上一届, 第二场); a numbered term (九届全国人大,
#: 首届立法会, 第一届立法会) stays, as MSRA marks it.
_TERM = re.compile(rf"(?:[本上下历前新来往同]|新一|上一|下一|这一)届|第[{_NUMBER}]+场")


def _term_cut(m: Mention, table: TokenTable, known_names: Collection[str]) -> int:
    """Where the body starts after a sitting (来届|立法会) or a sector's word (旅游界|立法会) opening ``m``, else
    ``m.start``."""
    first = table.word_at(m.start)
    if first is None or first.idx != m.start:
        return m.start
    term = _TERM.match(m.simplified)
    if term and len(m.simplified) - term.end() >= 2:
        after = table.word_at(m.start + term.end())
        if after is not None and after.idx == m.start + term.end():
            return after.idx
    if len(first.text) >= 2 and first.text.endswith("界") and m.simplified[first.end - m.start:] in known_names:
        return first.end
    return m.start


def trim_term_heads(model: list[Mention], text: str, table: TokenTable | None, original: str = "",
                    known_names: Collection[str] = ()) -> list[Mention]:
    """``model`` with each organisation cut after a term or a sector's word opening it (module docstring);
    ``known_names``: the well-known bodies' names (a sector's word is cut only before one).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "他当选来届立法会议员"
    >>> m = Mention("d", 3, 8, text[3:8], text[3:8], Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [x.simplified for x in trim_term_heads([m], text, token_table(make_nlp()(text)))]
    ['立法会']
    """
    if table is None or not any(m.label is Label.ORGANIZATION and ("届" in m.simplified or "场" in m.simplified
                                                                  or "界" in m.simplified) for m in model):
        return model
    source = original or text
    out: list[Mention] = []
    for m in model:
        s = _term_cut(m, table, known_names) if m.label is Label.ORGANIZATION else m.start
        if s != m.start:
            m = recut(m, s, m.end, source[s:m.end], text[s:m.end])
        out.append(m)
    return in_place_order(out)


#: The code prefix of Hong Kong's Legislative Council geographical constituencies in the gazetteer (HK-LC-HKE 香港岛东).
CONSTITUENCY_CODE = "HK-LC-"


def cut_constituency_heads(model: list[Mention], places: list[Mention], known_names: Collection[str]) -> list[Mention]:
    """``model`` with each organisation that opens with a constituency the gazetteer codes and goes on with a
    well-known body (``known_names``) cut to that body (module docstring).

    >>> from zhkg.records import Label, Mention
    >>> text = "港岛东立法会议员梁熙"
    >>> org = Mention("d", 0, 6, text[:6], text[:6], Label.ORGANIZATION, "crf")
    >>> place = Mention("d", 0, 3, text[:3], text[:3], Label.PLACE, "gazetteer", code="HK-LC-HKE")
    >>> [m.simplified for m in cut_constituency_heads([org], [place], {"立法会"})]
    ['立法会']
    """
    ends = {p.start: p.end for p in places if p.code.startswith(CONSTITUENCY_CODE)}
    if not ends:
        return model
    out: list[Mention] = []
    for m in model:
        end = ends.get(m.start)
        if (m.label is Label.ORGANIZATION and end is not None and end < m.end
                and m.simplified[end - m.start:] in known_names):
            k = end - m.start
            m = recut(m, end, m.end, m.text[k:], m.simplified[k:])
        out.append(m)
    return out


_DOTS = ("·", "•", "・")


def cut_outlet_columns(model: list[Mention]) -> list[Mention]:
    """``model`` with each organisation that runs from an outlet over a dot into its column cut to the outlet
    (module docstring).

    >>> text = "山西晚报·山河+讯"
    >>> m = Mention("d", 0, 7, text[:7], text[:7], Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [x.simplified for x in cut_outlet_columns([m])]
    ['山西晚报']
    """
    from zhkg.extract.news_outlets import OUTLET_ENDINGS

    out: list[Mention] = []
    for m in model:
        if m.label is Label.ORGANIZATION and any(d in m.simplified for d in _DOTS):
            k = min(m.simplified.find(d) for d in _DOTS if d in m.simplified)
            if k >= 3 and m.simplified[:k].endswith(OUTLET_ENDINGS):
                m = recut(m, m.start, m.start + k, m.text[:k], m.simplified[:k])
        out.append(m)
    return out


def trim_organisation_edges(mentions: list[Mention], text: str, table: TokenTable | None,
                            original: str = "") -> list[Mention]:
    """``mentions`` with the recogniser's organisations cut after a dealer's word before them (module docstring).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "价格战殃及商家红星美凯龙"
    >>> m = Mention("d", 5, 12, text[5:12], text[5:12], Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [x.simplified for x in trim_organisation_edges([m], text, token_table(make_nlp()(text)))]
    ['红星美凯龙']
    """
    if table is None or not any(m.label is Label.ORGANIZATION and m.extractor == MentionSource.RECOGNISER
                                for m in mentions):
        return mentions
    source = original or text
    out: list[Mention] = []
    for m in mentions:
        if m.label is Label.ORGANIZATION and m.extractor == MentionSource.RECOGNISER:
            s, e = _trimmed(m, table)
            if (s, e) != (m.start, m.end):
                m = recut(m, s, e, source[s:e], text[s:e])
        out.append(m)
    return in_place_order(out)


#: A political wing or camp written before a party or a body (保守派|联盟党, 极右翼|自由党, 反对派|工人党): it says which
#: side the body is on and is no part of its name; MSRA, CLUENER and Universal NER train open no organisation with one
#: (three are written right before one, outside it). Not 执政 or 在野, which open coalitions' names (执政联盟).
WING_WORDS = frozenset("保守派 自由派 左翼 右翼 极右翼 极左翼 极右 极左 中间派 反对派 激进派 温和派 强硬派 改革派 建制派 "
                       "亲俄 亲欧 亲美".split())
_WING_STARTS = tuple(sorted(WING_WORDS))  # (built once: the test runs on every model organisation)


def cut_wing_words(model: list[Mention], text: str, table: TokenTable | None, original: str = "") -> list[Mention]:
    """``model`` with each organisation a wing word opens as a word of its own cut after it, when two letters or more
    are left (保守派|联盟党 → 联盟党; 左翼党, Die Linke, stays whole) (intl153).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "由保守派联盟党组成"
    >>> m = Mention("d", 1, 7, text[1:7], text[1:7], Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [x.simplified for x in cut_wing_words([m], text, token_table(make_nlp()(text)))]
    ['联盟党']
    """
    if table is None or not any(m.label is Label.ORGANIZATION and m.simplified.startswith(_WING_STARTS)
                                for m in model):
        return model
    source = original or text
    out: list[Mention] = []
    for m in model:
        first = table.word_at(m.start) if m.label is Label.ORGANIZATION else None
        if first is not None and first.idx == m.start and first.text in WING_WORDS and m.end - first.end >= 2:
            m = recut(m, first.end, m.end, source[first.end:m.end], text[first.end:m.end])
        out.append(m)
    return in_place_order(out)


#: Words for a body's members, read into the body's name before them (改选民进党团|干部的连署): none ends a name.
MEMBER_TAILS = ("干部", "成员")


def cut_member_tails(model: list[Mention]) -> list[Mention]:
    """The recogniser's organisations less a word for their members written after the name (民进党团|干部, 欧盟|成员),
    where two letters or more are left (entities171). A rule's spans are its own.

    >>> m = Mention("d", 6, 12, "民進黨團幹部", "民进党团干部", Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [x.simplified for x in cut_member_tails([m])]
    ['民进党团']
    """
    out = []
    for m in model:
        tail = next((t for t in MEMBER_TAILS if m.simplified.endswith(t)), "") if m.label is Label.ORGANIZATION else ""
        if tail and len(m.simplified) - len(tail) >= 2:
            n = len(tail)
            m = replace(m, end=m.end - n, text=m.text[:-n], simplified=m.simplified[:-n], canonical="")
        out.append(m)
    return out


# a caucus named by its sitting or by both sides of the house (民众党团|新任党团总召, 民众党|新会期党团, 立法院|朝野党团)
_CAUCUS_TERM = re.compile("(?:新任|新会期|本会期|下会期|本届|新一届|下届|朝野)党团$")


def cut_caucus_terms(model: list[Mention]) -> list[Mention]:
    """The recogniser's organisations less a caucus named by its sitting or by both sides written after the party or
    the house (民众党团|新任党团, 民众党|新会期党团, 立法院|朝野党团): the party or the house is the body, where two
    letters or more are left; 朝野党团 alone (every side's caucus) names no body and is dropped. A rule's spans are
    its own (entities207).

    >>> def org(name):
    ...     return Mention("d", 0, len(name), name, name, Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [x.simplified for x in cut_caucus_terms([org("民众党团新任党团"), org("立法院朝野党团"), org("朝野党团")])]
    ['民众党团', '立法院']
    """
    out = []
    for m in model:
        term = _CAUCUS_TERM.search(m.simplified) if m.label is Label.ORGANIZATION \
            and m.extractor == MentionSource.RECOGNISER else None
        if term is not None:
            k = term.start()
            if k < 2:
                continue  # (朝野党团: no one body)
            m = replace(m, end=m.start + k, text=m.text[:k], simplified=m.simplified[:k], canonical="")
        out.append(m)
    return out
