"""Which short forms of a document's names become ``ALIAS`` mentions (rule 8 of :mod:`zhkg.extract.combine`).

:func:`find_aliases` adds an ``ALIAS`` mention, whose ``canonical`` is the full name, at each occurrence of a short
form the document defines or implies: a defined one (以下简称“长实”), an abbreviation of a long public body's name
ending in a character of its head (人社部 of 人力资源和社会保障部; a government's unit in three letters, 产发处 of
产业发展处: :func:`_abbreviations`, with the text scanned once for all names by :func:`_positions`), a truncation, a
company's or a place-qualified short form, and a surname with a title standing for the document's one person of that
surname. The short forms themselves are read by
:mod:`zhkg.extract.defined_short_forms`, :mod:`zhkg.extract.short_forms` and :mod:`zhkg.extract.company_aliases`.

Scope: one document's mentions, called last by :func:`zhkg.extract.combine.combine_mentions`. Caveats: an alias
replaces the mentions its span clashes with, but not a longer name around it (长实 in 长实集团), nor inside a longer
word (奥会 of 残奥会); a short form read off two bodies' names names neither unless the document defines it. Moved
word for word from ``extract/combine.py`` by tidy68 (``tests/extract/test_combine.py`` now patches
``_abbreviations`` and ``_positions`` here); callers import its names from here (``combine`` still exports
:func:`find_aliases`, its public name).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from zhkg.extract.body_ends import _heads_longest_first
from zhkg.extract.company_aliases import company_short_forms
from zhkg.extract.defined_short_forms import (
    _defined_short_form,
    _qualified_short_forms,
    _recognised_short_names,
    _replace_clashes,
    _titled_people,
    _truncations,
    _word_across,
    abbreviates,
)
from zhkg.extract.short_forms import (
    familiar_surnames,
    placed_elsewhere,
    qualifier_length,
    surnames_alone,
    titled_surnames,
)
from zhkg.extract.worded_bodies import _find_all
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.text import SpanIndex, find_any

__all__ = ["_ABBREVIATED_HEADS", "_UNIT_HEADS", "_abbreviations", "_cut_after", "_positions", "find_aliases"]


# abbreviations end in the head of a public body or a school (人社部, 首规委, 芝大), not a firm's (上海某基金公司)
_ABBREVIATED_HEADS = frozenset("部委会局院大厅署办")
# a government's unit headed by one of these letters alone (产业发展处: 产发处; 技术及职业教育司: 技职司) is written
# short in three letters or more, letters of its field's words and its head: two letters (长处, 上司) are ordinary
# words, and so is a form jieba's dictionary knows (好处); field letters that make one word with the head are a unit
# named in full (交通处 beside 交通旅游处 is another unit); a firm's 公司 is no unit's head (alias290)
_UNIT_HEADS = frozenset("处司")


def _abbreviations(m: Mention, text: str, lexicon: Lexicon, starts: Mapping[str, list[int]] | None = None) -> set[str]:
    """Abbreviations of a long organisation name found in ``text``: characters of its parts, ending in
    a character of its head word (人社部 of 人力资源和社会保障部, 首规委 of 首都规划建设委员会).

    ``starts`` maps a character to where it occurs in ``text`` (:func:`_positions`): given, the text is not
    scanned again for each name, so a long document costs time in proportion to its length.
    """
    from zhkg.stages.segment import dictionary_tag

    name = m.simplified
    if m.label is not Label.ORGANIZATION or len(name) < 5:
        return set()
    head = next((h for h in _heads_longest_first(lexicon) if name.endswith(h)), name[-1])
    unit = head in _UNIT_HEADS
    if not unit and not any(ch in _ABBREVIATED_HEADS for ch in head):
        return set()
    found = set()
    where = starts[name[0]] if starts is not None and name[0] in starts else _positions(text, {name[0]})[name[0]]
    for i in where:
        for length in (2, 3, 4, 5) if len(name) >= 8 else (2, 3, 4):  # 文体旅游局 of 文化体育及旅游局
            short = text[i:i + length]
            # jieba's abbreviations (j: 中行, 央行) name other bodies, and so do a body's own head words (县委 is
            # the county's party committee, not 县人大常委会)
            # a place and a head letter is the place in a phrase (加拿大|会有, 法国|院校), not the body's short name
            if unit and (length < 3 or short[-1] != head or dictionary_tag(short) != "x"
                         or dictionary_tag(short[:-1]) != "x"):
                continue  # 交通处 beside 交通旅游处: a field that is a word with the head is a unit of its own
            if short[-1] in head and (unit or short[-1] in _ABBREVIATED_HEADS) and abbreviates(short, name) \
                    and dictionary_tag(short) != "j" and short not in lexicon.org_suffixes \
                    and not (len(short) >= 3 and dictionary_tag(short[:-1]) == "ns"):
                found.add(short)
    return found


def _cut_after(text: str, start: int, end: int) -> bool:
    """Whether a dictionary word of jieba's cut of the text around ``start:end`` runs on past ``end``: its last
    letter opens a word with the letters after it (发展中|大国: 中大; 综合大学: 综合大; 法国|院校: 法国院), so it
    names no body there. A word jieba's model guesses (而康大则) is no sign.

    >>> _cut_after("发展中大国发挥作用", 2, 4), _cut_after("芝大学者说", 0, 2)
    (True, False)
    """
    from zhkg.stages.segment import dictionary_tag, jieba_words

    left = max(0, start - 6)
    at = left
    for word in jieba_words(text[left:end + 6]):
        at += len(word)
        if at >= end:
            return at > end and dictionary_tag(word) != "x"
    return False


def _positions(text: str, chars: set[str]) -> dict[str, list[int]]:
    """Where each of ``chars`` occurs in ``text``, left to right.

    >>> _positions("首规委和首都规划", {"首", "规"})
    {'规': [1, 6], '首': [0, 4]}
    """
    # str.find per character: a handful of characters, each rare, costs less than a Python walk of the text
    return {ch: _find_all(text, ch) for ch in sorted(chars)}


def find_aliases(mentions: list[Mention], text: str, *, original: str = "",
                 lexicon: Lexicon | None = None) -> list[Mention]:
    """Add ``ALIAS`` mentions for the short forms a document defines or abbreviates (rule 8).

    Each occurrence of a short form not inside another name becomes a mention of
    its full name's label whose ``canonical`` is the full name; a mention with
    exactly its span is replaced. ``original`` is the document's original text
    (the mentions' ``text`` script), when the caller has it.

    >>> from zhkg.records import Mention, Label
    >>> text = "长江实业集团（以下简称“长实”）称,长实将出售资产。"
    >>> full = Mention("d", 0, 6, "長江實業集團", text[:6], Label.ORGANIZATION, "crf")
    >>> [(m.text, m.start, m.canonical, m.extractor) for m in find_aliases([full], text)][1:]
    [('長實', 12, '长江实业集团', 'alias'), ('長實', 18, '长江实业集团', 'alias')]
    """

    if not text:
        return mentions
    lexicon = lexicon or load_lexicon()
    mentions = _recognised_short_names(mentions, text, lexicon)
    # without the original text, a short form is written as the document writes the same characters
    # in its names (長實 as in 長江實業集團)
    written = {s: o for m in mentions for s, o in zip(m.simplified, m.text)}
    named = [m for m in mentions if m.label in (Label.PERSON, Label.ORGANIZATION, Label.PLACE)]
    labels: dict[str, set[Label]] = {}
    ruled: dict[str, set[Label]] = {}  # the labels rules gave a name (the recogniser's aside)
    for n in named:
        labels.setdefault(n.simplified, set()).add(n.label)
        if n.extractor != MentionSource.RECOGNISER:
            ruled.setdefault(n.simplified, set()).add(n.label)
    organisations = {n.simplified for n in named if n.label is Label.ORGANIZATION}
    places = frozenset(n.simplified for n in named if n.label is Label.PLACE)
    # what depends on a name alone is worked out once a name, and the text scanned once for all of them:
    # a long document naming the same bodies again and again costs time in proportion to its length
    starts = _positions(text, {n.simplified[0] for n in named if n.label is Label.ORGANIZATION
                               and len(n.simplified) >= 5})
    by_name: dict[tuple[str, Label], set[str]] = {}
    shorts: dict[str, Mention] = {}
    defined: set[str] = set()
    abbreviated: set[str] = set()  # read by _abbreviations alone: letters of the name, checked where written
    claims: dict[str, set[str]] = {}  # a short form read off two bodies' names names neither
    for m in sorted(named, key=lambda m: (m.start, -(m.end - m.start))):
        of_name = by_name.get((m.simplified, m.label))
        if of_name is None:
            abbreviations = _abbreviations(m, text, lexicon, starts)
            abbreviated |= abbreviations
            of_name = by_name[m.simplified, m.label] = abbreviations | _truncations(m, organisations, lexicon)
            if m.label is Label.ORGANIZATION:  # 交行 of 交通银行, 力帆股份 of 力帆实业（集团）股份有限公司
                of_name |= company_short_forms(m.simplified, text, places)
                # 贸发局 of 香港贸易发展局, 浦发银行 of 上海浦东发展银行股份有限公司
                of_name |= _qualified_short_forms(m.simplified, text, places, lexicon, starts)
                for short in of_name:
                    claims.setdefault(short, set()).add(m.simplified)
        own = _defined_short_form(m, text, places)
        if own and own not in shorts:
            defined.add(own)
        for short in sorted({own} | of_name):
            # a short form that is itself another name of the document (of another label) is that name; but the
            # one the document defines right after the name (九龙仓集团有限公司（九仓）) is the name's, whatever
            # the recogniser read it as (九仓 a place)
            other = (ruled if short == own else labels).get(short, set()) - {m.label}
            if short and short not in shorts and not other:
                shorts[short] = m
    def one_body(owners: set[str]) -> bool:
        # a body's name with a place the document names before it, and without, are one body's
        # (医务委员会(香港医务委员会): 医委会 is the council's)
        longest = max(owners, key=len)
        return all(o == longest or (longest.endswith(o) and longest[:-len(o)] in places) for o in owners)

    for short, owners in claims.items():
        if len(owners) > 1 and short not in defined and not one_body(owners):
            shorts.pop(short, None)
    people_named = {m.simplified for m in named if m.label is Label.PERSON}
    # 李特首, 范指导 and 老王 of the document's one 李, 范 and 王
    titled = titled_surnames(people_named, text, lexicon.surnames, lexicon.roles_by_first, addresses=True) \
        | familiar_surnames(people_named, text, lexicon.surnames, lexicon.roles_by_first) if people_named else {}
    # 范 of 范|总结说 after 范斌: the document's one 范 (a surname the recogniser read as a person, standing alone)
    alone = surnames_alone(people_named, text, lexicon.surnames, lexicon.roles_by_first) if people_named else {}
    if titled or alone:
        # 陈 of 陈|司长 read as a person, 李特首 read whole: the person; 卓院长 read as nothing: an alias of its own
        mentions = _titled_people(mentions, titled, text, lexicon, alone)
        people = {m.simplified: m for m in named if m.label is Label.PERSON}
        for short, owner in sorted(titled.items()):
            if short not in shorts and not (labels.get(short, set()) - {Label.PERSON}):
                shorts[short] = people[owner]
    if not shorts:
        return mentions
    index = SpanIndex(mentions)
    # each alias replaces the mentions it clashes with: the names it stands in for are put aside and dropped at
    # the end (a filter of every mention for every alias was quadratic in a long document's length), dropping
    # what a list filter at each alias would have: every mention equal to a clash, and an alias equal to a later one
    replaced: list[tuple[list[Mention], Mention]] = []
    for span in find_any(shorts, text):  # the document's short forms: no pattern compiled per document
        short = text[span[0]:span[1]]
        full = shorts[short]
        # a place inside the short form locates it (祁阳 in 祁阳公安国保) and stays beside it
        clashes = [c for c in index.overlapping(replace(full, start=span[0], end=span[1])) if c.label is not Label.COUNT
                   and not (c.label is Label.PLACE and span[0] <= c.start and c.end <= span[1] and c.end - c.start
                            < span[1] - span[0])]
        # a name of the same kind the short form holds was cut short where a role shares the short form's
        # last character (人社|部长 is 人社部 and 部长; 区政协|办公楼 stays 区政协)
        shares_role = text.startswith(lexicon.role_words, span[1] - 1)
        # and a short form the document defines (以下简称“恒瑞医药”) is the name wherever it is written whole:
        # the recogniser's part of it (恒瑞|医药董秘) was cut short
        if any((c.start, c.end) != span and not (span[0] <= c.start and c.end <= span[1] and (
                (shares_role and c.label is full.label)
                or (short in defined and c.extractor == MentionSource.RECOGNISER))) for c in clashes):
            continue  # inside or across another name (长实 in 长实集团): that name stands
        if short not in defined and _word_across(text, span[0]):
            continue  # an abbreviation is no part of a longer word (奥会 of 残奥会 is no 奥林匹克运动会组织委员会)
        if short not in defined and len(lexicon.role_at(text, span[0])) > len(short):
            continue  # it opens a title (立法委|员 is 立法委员, no short form of 立法院交通委员会)
        if short in abbreviated and short not in defined and not shares_role and _cut_after(text, *span):
            continue  # its last letter opens a word with what follows (发展中|大国 is no 中大 of 中国人民大学)
        if short not in defined and text.startswith("不" + short[-1], span[1]):
            continue  # its last letter asks a question (地板会不会): a verb, no body's head
        if short not in defined and len(short) == 2 and short[-1] in "联协" and placed_elsewhere(
                text, span[0], full.simplified[:qualifier_length(full.simplified, places)], places):
            continue  # 全国|残联 beside 中国残联: the whole system's, another level's (省|妇联)
        surface = original[span[0]:span[1]] if original else "".join(written.get(c, c) for c in short)
        replaced.append((clashes, replace(full, start=span[0], end=span[1], text=surface, simplified=short,
                                          extractor=str(MentionSource.ALIAS), canonical=full.simplified, code="")))
    return _replace_clashes(mentions, replaced)
