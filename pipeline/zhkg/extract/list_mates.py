"""People named beside a person in a list, and people's names that name no one person.

**A list's other names** (issue 15). News lists people with 、 between them, each perhaps after the places or
bodies they come from (河南西峡符祖国、江西广昌吴小毛、河北石家庄马强等百余位朋友; 作者郝贵平、路小路; 改任黄复生、卢师谛为…).
The recogniser reads most of such a list, but an item whose name it has never seen it may miss. An item is read as a
person when it stands right beside a person the extractors named, 、 between them, and

- the item is set off on its other side: an item after the person ends at a mark of punctuation, at 等, at 为, at a
  count of people (二人, 三人), at 同志, or at a word that closes a list of names (是, 的, 在, 说, 表示, 和, 与, 以及,
  分别, 共同, 主演 …); an item before the person opens the text or a clause, or follows a title
  (院长|曾先国、副院长王小明: ``roles.tsv``);
- the item is no part of a longer name: no name separator or Latin letter before it (于尔约·|哈卡宁 stays out);
- what the item holds before the name is places or bodies the extractors named (河北|石家庄|马强), and a preposition
  or a conjunction that opens the list (由|孙俊、罗毅刚) is no part of it;
- the name is a surname and one or two letters whose rates read as a name's (``name_chars.tsv``, the weaker evidence
  a context gives), none a function word's letter (的, 和, 在 …), and no word of jieba's dictionary other than a
  name (江山, a place, stays);
- no mention holds any of its letters, and it is no family (凤妈、赵家都还在: see below).

A name found so is itself a person for the next item (…吴小毛、河北石家庄马强). Tested before any bench on the train
splits, each gold person in turn the only person known and the gold places and bodies given: 2,489 of 2,490 items so
read on MSRA train are gold people (the one other a thing's name: 牛顿环), 57 of 57 on CLUENER train, 88 of 88 on
Universal NER train (none fire on Resume or Weibo train).

**A surname and 家 is a family** (杨家上下, 崔家为澳门著名的建筑商), and a surname and 家人 its members (杨家人擅长枪法): no
one person, so no person. The annotated sets agree: MSRA, CLUENER, Weibo and Resume train never mark such a span a
person (Universal NER train marks 高家 once).
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.extract.base import in_place_order
from zhkg.extract.foreign_names import FOREIGN_SEPARATORS
from zhkg.extract.name_scores import name_score, split_surname
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import dictionary_tag
from zhkg.text import SpanIndex, is_han

__all__ = ["list_mates", "families_not_people", "last_items_across_he", "whole_list_items"]

# the least a name's letters must score (zhkg.extract.name_scores' evidence for a name a context gives)
_MIN_SCORE = 0.004
# jieba's dictionary tags a name may have (x: not in the dictionary)
_NAME_TAGS = frozenset({"x", "nr", "nrfg", "nrt"})
# letters of function words, never a given name's in a list (people's _NOT_IN_NAME)
_NOT_GIVEN = frozenset("的了在是和与及等对向为从被把将说也都就还又于着过到则称")
# a preposition or conjunction that opens a list of names (由孙俊、罗毅刚, 和丁帆、王世诚的)
_LIST_OPENERS = frozenset("由和与及跟同对向从在给让把被")
# what ends an item after a person: punctuation (not an ASCII ?, which stands for a letter lost: 徐若?), 等, 为
# (改任A、B为), a count of people, 同志, or a word that closes a list of names: a link or a verb of the clause
# (A、B是…, A、B表示), a conjunction before the last item (A、B和C), 分别, 共同, 主演 …
_ITEM_END = re.compile(r"[，。；：,;:！？)）]|等|为|[二两三四五六七八九十]人|同志|是|的|在|说|表示|也|都|和|与|以及|及"
                       r"|分别|一起|共同|均|被|主演|领衔")
# the longest item read (places and bodies before a name of three letters)
_MAX_ITEM = 12


def _is_name(name: str, lexicon: Lexicon) -> bool:
    """A surname and a given name of one or two letters, read as a name (see the module's notes).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [_is_name(n, load_lexicon()) for n in ("符祖国", "路小路", "江山", "牛顿的", "赵家")]
    [True, True, False, False, False]
    """
    parts = split_surname(name, lexicon.surnames)
    if parts is None or not 1 <= len(parts[1]) <= 2 or not all(is_han(ch) for ch in name):
        return False
    if any(ch in _NOT_GIVEN for ch in parts[1]) or dictionary_tag(name) not in _NAME_TAGS or _family(name, lexicon):
        return False  # (凤妈、赵家都还在: a family)
    return name_score(name, lexicon=lexicon) >= _MIN_SCORE


def _after_mentions(start: int, end: int, opening: dict[int, int]) -> int:
    """Where an item's name may start: after the places and bodies that open ``text[start:end]``."""
    while start in opening and opening[start] < end:
        start = opening[start]
    return start


def _mate_after(text: str, at: int, opening: dict[int, int], lexicon: Lexicon) -> tuple[int, int] | None:
    """The name of the item that opens at ``at`` (after a person and 、), if it is one."""
    end = at
    while end < len(text) and end - at <= _MAX_ITEM and is_han(text[end]) and not _ITEM_END.match(text, end):
        end += 1
    if end < len(text) and not _ITEM_END.match(text, end):
        return None  # the item runs on (南方四只沪深300): no name set off
    start = _after_mentions(at, end, opening)
    return (start, end) if 2 <= end - start <= 3 and _is_name(text[start:end], lexicon) else None


def _mate_before(text: str, end: int, opening: dict[int, int], lexicon: Lexicon) -> tuple[int, int] | None:
    """The name of the item that ends at ``end`` (before 、 and a person), if it is one."""
    at = end
    while at > 0 and end - at <= _MAX_ITEM and is_han(text[at - 1]) and text[at - 1] != "、":
        at -= 1
    start = -1
    if at > 0 and (text[at - 1] in FOREIGN_SEPARATORS or text[at - 1].isascii() and text[at - 1].isalnum()):
        return None  # the last part of a longer name (于尔约·|哈卡宁、丽塔·蒂恩)
    if at == 0 or not is_han(text[at - 1]) or text[at - 1] == "、":  # the item is set off
        start = _after_mentions(at, end, opening)
        if end - start == 3 and text[start] in _LIST_OPENERS:
            start += 1
    if not 2 <= end - start <= 3:
        # a title before the name (院长|曾先国、…): the letters before the name are the title's
        start = next((end - n for n in (3, 2) if end - n > at
                      and text.endswith(lexicon.role_words, 0, end - n)), -1)
        if start < 0:
            return None
    return (start, end) if _is_name(text[start:end], lexicon) else None


def _item_start(text: str, start: int, ends_of_openers: dict[int, int], lexicon: Lexicon) -> int:
    """Where the item of a person at ``start`` opens: before the places, bodies and titles written before the name
    (江西广昌|吴小毛, 副院长|王小明)."""
    while True:
        if start in ends_of_openers:
            start = ends_of_openers[start]
            continue
        title = lexicon.role_ending(text, start)  # the longest role word before (looked up by its last letter)
        if not title:
            return start
        start -= len(title)


def list_mates(mentions: list[Mention], text: str, lexicon: Lexicon, doc_id: str = "",
               original: str = "") -> list[Mention]:
    """``mentions`` with the people added that a list names beside a person (see the module's notes).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "作者郝贵平、路小路等人"
    >>> ms = [Mention("d", 2, 5, "郝贵平", "郝贵平", Label.PERSON, MentionSource.RECOGNISER)]
    >>> [m.text for m in list_mates(ms, text, load_lexicon())]
    ['郝贵平', '路小路']
    """
    flanked = _flanked_items(mentions, text, lexicon, original)
    if "、" not in text and not flanked:
        return mentions
    taken = SpanIndex(mentions)
    opening: dict[int, int] = {}
    for m in mentions:
        if m.label in (Label.PLACE, Label.ORGANIZATION):
            opening[m.start] = max(opening.get(m.start, m.start), m.end)
    ends_of_openers = {m.end: m.start for m in mentions if m.label in (Label.PLACE, Label.ORGANIZATION)}
    frontier = [(m.start, m.end) for m in mentions if m.label is Label.PERSON and m.end - m.start >= 2]
    found: list[Mention] = []
    doc_id = doc_id or next((m.doc_id for m in mentions), "")
    for span in flanked:
        name = text[span[0]:span[1]]
        mate = Mention(doc_id, span[0], span[1], name, name, Label.PERSON, MentionSource.PEOPLE_LIST_MATE)
        taken.add(mate)
        found.append(mate)
    while frontier:
        start, end = frontier.pop()
        spans = []
        if text[end:end + 1] == "、":
            spans.append(_mate_after(text, end + 1, opening, lexicon))
        if "、" in text[max(0, start - _MAX_ITEM):start]:
            item_start = _item_start(text, start, ends_of_openers, lexicon)
            if item_start > 0 and text[item_start - 1] == "、":
                spans.append(_mate_before(text, item_start - 1, opening, lexicon))
        for span in spans:
            if span is None:
                continue
            probe = Mention(doc_id, span[0], span[1], "", "", Label.PERSON, MentionSource.PEOPLE_LIST_MATE)
            if taken.overlaps(probe):
                continue
            name = text[span[0]:span[1]]
            mate = Mention(doc_id, span[0], span[1], name, name, Label.PERSON, MentionSource.PEOPLE_LIST_MATE)
            taken.add(mate)
            found.append(mate)
            frontier.append(span)
    if not found:
        return mentions
    return in_place_order(mentions + found)


# letters after a person's name that make the people with them or their home (李明们, 王伟家), no name
_AFTER_PERSON = frozenset("们家")


def whole_list_items(mentions: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """People of a surname and one letter that end one letter before 、, that letter taken in: a list's item is
    the name whole (常宝堃、常宝霆、常宝华 read 常宝 each; 尹氏固、). The letter may be no function word's nor 们 or 家, no
    mention may hold it, and the three letters must read as a name (the rates :func:`_is_name` reads, no family).
    On the train splits' gold a person of two letters is followed by one letter and 、 only three times in MSRA
    train (尤伯|杯、, 牛顿|环、, 华云|真、: there the rule would be wrong, were the two letters read as a person) and
    never in CLUENER, Universal NER or Weibo train; on DuIE train's tune half the extraction's such people are
    right whole 7 times in 7 (常宝华, 刘诗诗, 尹氏固 …).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "儿子：常宝华、常宝庆都从事相声"
    >>> ms = [Mention("d", 3, 5, "常宝", "常宝", Label.PERSON, MentionSource.RECOGNISER)]
    >>> [m.text for m in whole_list_items(ms, text, load_lexicon())]
    ['常宝华']
    """
    taken = SpanIndex(mentions)
    out = []
    for m in mentions:
        end = m.end + 1
        if m.label is Label.PERSON and m.end - m.start == 2 and text[end:end + 1] == "、" and is_han(text[m.end]) \
                and text[m.end] not in _NOT_GIVEN | _AFTER_PERSON and all(is_han(ch) for ch in text[m.start:m.end]):
            name = text[m.start:end]
            probe = Mention(m.doc_id, m.end, end, "", "", Label.PERSON, m.extractor)
            if split_surname(name, lexicon.surnames) is not None and not _family(name, lexicon) \
                    and name_score(name, lexicon=lexicon) >= _MIN_SCORE and not taken.overlaps(probe):
                m = replace(m, end=end, text=name, simplified=name, canonical="")
        out.append(m)
    return out


# what closes a list after its last item: punctuation, or 等 (等人, 等三人)
_LIST_CLOSE = re.compile(r"[，。；：！？、）」”,.;:!?)\s]|等|$")


def last_items_across_he(mentions: list[Mention], text: str, lexicon: Lexicon, original: str = "") -> list[Mention]:
    """A list's last two names joined by 和 that the recogniser read across 和 (…、曾峻岳和林|诗翔 as one person, or
    曾峻|岳和林) as those two names (曾峻岳, 林诗翔); orgs160, from the web set's tune half. The item after 、 up to what
    closes the list (punctuation or 等) is two names of two or three letters with 和 between them, each reading as a
    name (a surname, no family, the rates of :func:`~zhkg.extract.name_scores.name_score`); the mentions on it are people
    and one holds the 和. They become the two names.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "名单包括王大明、曾峻岳和林诗翔。"
    >>> ms = [Mention("d", 8, 10, "曾峻", "曾峻", Label.PERSON, MentionSource.RECOGNISER),
    ...       Mention("d", 10, 13, "岳和林", "岳和林", Label.PERSON, MentionSource.RECOGNISER)]
    >>> [m.text for m in last_items_across_he(ms, text, load_lexicon())]
    ['曾峻岳', '林诗翔']
    """
    if "和" not in text:
        return mentions
    across = [m for m in mentions if m.label is Label.PERSON and "和" in m.simplified[1:]]
    if not across:
        return mentions
    taken = SpanIndex(mentions)
    dropped: set[int] = set()
    added: list[Mention] = []
    seen: set[int] = set()
    for m in across:
        start = next((i for i in range(m.start, max(-1, m.start - 4), -1) if text[i - 1:i] == "、"), -1)
        close = _LIST_CLOSE.search(text, m.start)
        if start < 0 or close is None or not 5 <= close.start() - start <= 7:
            continue
        item = text[start:close.start()]
        he = item.find("和", 2)
        if start in seen:
            continue  # (曾峻|岳和林: one item, one reading)
        first, second = item[:he], item[he + 1:]
        probe = Mention(m.doc_id, start, close.start(), "", "", Label.PERSON, m.extractor)
        on_item = taken.overlapping(probe)
        if not (2 <= len(first) <= 3 and 2 <= len(second) <= 3 and all(map(is_han, item))
                and all(o.label is Label.PERSON and start <= o.start and o.end <= close.start() for o in on_item)
                and all(_reads_as_name(n, lexicon) for n in (first, second))):
            continue
        written = original or text
        seen.add(start)
        dropped.update(id(o) for o in on_item)
        for s, e in ((start, start + he), (start + he + 1, close.start())):
            added.append(replace(m, start=s, end=e, text=written[s:e], simplified=text[s:e], canonical=""))
    if not added:
        return mentions
    return in_place_order([m for m in mentions if id(m) not in dropped] + added)


def _reads_as_name(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` is a surname and one or two letters that read as a person's, no family's."""
    return split_surname(name, lexicon.surnames) is not None and not _family(name, lexicon) \
        and name_score(name, lexicon=lexicon) >= _MIN_SCORE


# what parts a list's items on either side of a flanked item: 、, or a full-width space as written
_FLANKING_MARKS = ("、", "\u3000")


def _flanked_items(mentions: list[Mention], text: str, lexicon: Lexicon, original: str = "") -> list[tuple[int, int]]:
    """Items of two or three letters that a list writes between two people, 、 on either side and nothing else,
    read as a surname's names though jieba's dictionary holds them as words (陈建华、方圆、黄丽萍: 方圆). So are
    items between full-width spaces in ``original`` (the text as written; normalising makes them one byte), as
    ``zhkg.extract.statistical.spaced_names`` reads such lists (谭耀宗　方圆　叶国谦).

    :func:`_is_name` keeps such words out beside one person (江山 is a place as often). Between two, the list is
    one of people: on the train splits' gold, every such item (a surname first, no name in the dictionary) is a
    person, 9 of 9 on MSRA train (万里, 江华, 舒同 …) and 2 of 2 on CLUENER train (展望, 莫奈). No mention may hold a
    letter of it, its letters are no function word's, and it is no family or title.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "有陈建华、方圆、黄丽萍"
    >>> ms = [Mention("d", 1, 4, "陈建华", "陈建华", Label.PERSON, MentionSource.RECOGNISER),
    ...       Mention("d", 8, 11, "黄丽萍", "黄丽萍", Label.PERSON, MentionSource.RECOGNISER)]
    >>> _flanked_items(ms, text, load_lexicon())
    [(5, 7)]
    """
    people = [m for m in mentions if m.label is Label.PERSON and m.end - m.start >= 2]
    person_starts = {m.start for m in people}
    taken: SpanIndex | None = None  # built for the first item that passes the tests below: most lists have none
    found = []
    marks = original if len(original) == len(text) else text
    for m in people:
        mark = marks[m.end:m.end + 1]
        if mark not in _FLANKING_MARKS:
            continue
        at = m.end + 1
        close = marks.find(mark, at, at + 4)
        if close - at not in (2, 3) or close + 1 not in person_starts:
            continue
        name = text[at:close]
        parts = split_surname(name, lexicon.surnames)
        if parts is None or not all(is_han(ch) for ch in name) or any(ch in _NOT_GIVEN for ch in parts[1]) \
                or _family(name, lexicon) or name in lexicon.role_words or name_score(name, lexicon=lexicon) <= 0:
            continue
        if taken is None:
            taken = SpanIndex(mentions)
        if not taken.overlaps(Mention("", at, close, "", "", Label.PERSON, MentionSource.PEOPLE_LIST_MATE)):
            found.append((at, close))
    return found


def places_among_people(mentions: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with a place's short form the gazetteer read amid a list of people, a person on either side
    with 、 between (…胡启立、江华、黄火青…: the general 江华, not 江华县), read as the person it is when it opens with a
    surname (round overrides61).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "胡启立、江华、黄火青"
    >>> ms = [Mention("d", 0, 3, "胡启立", "胡启立", Label.PERSON, MentionSource.RECOGNISER),
    ...       Mention("d", 4, 6, "江华", "江华", Label.PLACE, MentionSource.GAZETTEER, code="431129"),
    ...       Mention("d", 7, 10, "黄火青", "黄火青", Label.PERSON, MentionSource.RECOGNISER)]
    >>> [(m.text, m.label.value) for m in places_among_people(ms, text, load_lexicon())]
    [('胡启立', 'PERSON'), ('江华', 'PERSON'), ('黄火青', 'PERSON')]
    """
    if "、" not in text:
        return mentions
    person_ends = {m.end for m in mentions if m.label is Label.PERSON}
    person_starts = {m.start for m in mentions if m.label is Label.PERSON}
    return [replace(m, label=Label.PERSON, extractor=MentionSource.PEOPLE_LIST_MATE, canonical="", code="")
            if m.label is Label.PLACE and m.extractor == MentionSource.GAZETTEER and 2 <= m.end - m.start <= 3
            and text[m.start] in lexicon.surnames and m.start - 1 in person_ends and m.end + 1 in person_starts
            and text[m.start - 1:m.start] == "、" and text[m.end:m.end + 1] == "、"
            and m.simplified != (m.canonical or "") and m.simplified[-1] not in _DIVISION_LETTERS else m
            for m in mentions]


# the last letters of a division's name written in full (江华县, 宁远县): a place, whatever lies beside it
_DIVISION_LETTERS = frozenset("省市县区州旗盟镇乡村")


def families_not_people(mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """``mentions`` without the people that are a surname and 家, a family (杨家, 崔家, 欧阳家), or its members (杨家人).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> ms = [Mention("d", 0, 2, "崔家", "崔家", Label.PERSON, MentionSource.RECOGNISER),
    ...       Mention("d", 5, 8, "王家卫", "王家卫", Label.PERSON, MentionSource.RECOGNISER)]
    >>> [m.text for m in families_not_people(ms, load_lexicon())]
    ['王家卫']
    """
    return [m for m in mentions if not (m.label is Label.PERSON and _family(m.simplified, lexicon))]


def _family(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` is a surname and 家, or 家人 (its members: 杨家人擅长枪法)."""
    for tail in ("家", "家人"):
        if name.endswith(tail) and name[:-len(tail)] in lexicon.surnames:
            return True
    return False
