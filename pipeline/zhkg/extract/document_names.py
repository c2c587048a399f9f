"""One person's name is written one way in a document: boundaries the document itself settles.

The recogniser reads each sentence alone, so a name it reads right in one sentence it may run into a
neighbour in another: a verb of a headline (林柏宏|聊), the last character of a kinship word before it
(长|孙|朴秀贤), the first character of the next word (朴秀贤|长着), or a second name with no comma
between (宋芸桦邱泽). Where the document names the person alone elsewhere, that name fixes the span:

* a person read as a name the document also names plus one Han character before or after it is that
  name, when the document writes the shorter name alone at least as often as the longer one (a character
  before it only when the shorter name opens with a surname: 王小明 stays whole beside 小明); and so is such a name plus
  two letters, where the longer reading would give a one-letter surname a given name of three or four letters
  (李艾|自曝, a headline's verb);
* a person read as two names the document names each alone, written one after the other (perhaps with
  the next word's first character: 宋芸桦|邱泽|惹), is two people;
* a division's short form that is a part of a transliterated name the document gives whole is that person
  (马龙 of 杰森-马龙 is no 马龙区 of Yunnan; :func:`people_not_places`), and so is one that is the two given letters
  of a Chinese name the document gives whole, where nothing around it sets it as a place (我对万安期望甚深 beside
  蒋万安: no 万安县 of Jiangxi; entities171); so is a city abroad by its full name that is
  the family name of such a person, where nothing around it sets it as a place (华盛顿说 beside 丹泽尔·华盛顿; not
  在华盛顿, 美国华盛顿, 华盛顿时间).

Nothing here invents a name: every span kept is a name some other mention of the document reads. A form of a
listed person (``people_known.tsv``: 高市早苗) is never cut: Japanese news writes the family name alone after the full
name once (高市强调…), and the listed full name is one person (titles166).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from zhkg.extract.foreign_names import _NOT_IN_NAME, GLUED_NOT_NAME, foreign_name_parts
from zhkg.extract.name_scores import split_surname
from zhkg.extract.person_or_not import _BARE_PEOPLE
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import WordPlaces, is_han

__all__ = ["coordinated_people", "settle_person_spans", "people_not_places", "people_not_pieces"]

_MIN_NAME = 2


def _cut(m: Mention, start: int, end: int, text: str) -> Mention:
    name = text[start:end]
    return replace(m, start=start, end=end, text=name, simplified=name, canonical=name)


def settle_person_spans(mentions: list[Mention], text: str, lexicon: Lexicon | None = None) -> list[Mention]:
    """Mentions with people's spans made to agree with the names the document reads alone.

    >>> from zhkg.records import MentionSource
    >>> text = "林柏宏聊新片。林柏宏说，林柏宏和宋芸桦合作。宋芸桦邱泽到场，邱泽说。"  # made up
    >>> def person(name, at):
    ...     start = text.index(name, at)
    ...     return Mention("d", start, start + len(name), name, name, Label.PERSON, MentionSource.RECOGNISER)
    >>> ms = [person("林柏宏聊", 0), person("林柏宏", 7), person("宋芸桦", 16), person("宋芸桦邱泽", 20),
    ...       person("邱泽", 29)]
    >>> [m.simplified for m in settle_person_spans(ms, text)]
    ['林柏宏', '林柏宏', '宋芸桦', '宋芸桦', '邱泽', '邱泽']
    """
    if not text:
        return mentions
    people = [m for m in mentions if m.label is Label.PERSON]
    alone = {m.simplified for m in people if len(m.simplified) >= _MIN_NAME}
    # a part of a transliterated name is written alone too (蒙蒂 of 蒙蒂-威廉姆斯), but such a part is no
    # reason to cut a character that writes transliterated names (工作人员汤姆斯 is no 汤姆 of 汤姆·X)
    parts = {part for m in people for part in foreign_name_parts(m.simplified) if len(part) >= _MIN_NAME} - alone
    alone |= parts
    if not alone:
        return mentions
    lexicon = lexicon or load_lexicon()
    surnames, foreign_chars = lexicon.surnames, lexicon.foreign_name_chars
    # every name counted below, its places found by one pass over the text (not one scan of it a mention)
    counted = {text[m.start:m.end] for m in people}
    places = WordPlaces(text, {w[i:j] for w in counted for i, j in ((0, None), (0, -1), (1, None), (0, -2))})
    out: list[Mention] = []
    for m in mentions:
        name = text[m.start:m.end]
        if m.label is not Label.PERSON or len(name) < _MIN_NAME + 1 or not name.strip() \
                or m.extractor == MentionSource.PEOPLE_KNOWN:
            out.append(m)  # a listed person's form is read whole (高市早苗 beside 高市 alone: titles166)
            continue
        others = alone - {name}
        # two names the document reads alone, one after the other (and perhaps the next word's first
        # character: 宋芸桦|邱泽|惹)
        whole = name if not is_han(name[-1]) or name[:-1] not in others else name[:-1]
        two = [whole] + ([name[:-1]] if is_han(name[-1]) and whole == name else [])
        halves = [(part[:i], len(part)) for part in two for i in range(_MIN_NAME, len(part) - _MIN_NAME + 1)
                  if part[:i] in others and part[i:] in others]
        if len(halves) == 1:
            cut, length = len(halves[0][0]), halves[0][1]
            out.append(_cut(m, m.start, m.start + cut, text))
            out.append(_cut(m, m.start + cut, m.start + length, text))
            continue
        longer = places.count(name)
        # a character off either end, never a surname off a given name (王|小明 stays whole)
        shorter = [(m.start, m.end - 1)] if name[:-1] in others and is_han(name[-1]) and not (
            name[:-1] in parts and name[-1] in foreign_chars) else []
        # (but a surname and a two-letter given name the document also writes alone is that person's full name:
        # 钱|钟书 beside 钟书, unless the first letter is a preposition or conjunction glued on, 向|李明)
        shorter += [(m.start + 1, m.end)] if (name[1:] in others and is_han(name[0])
                                              and any(name[1:].startswith(s) for s in surnames)
                                              and not (len(name) == 3 and name[0] in surnames
                                                       and name[0] not in GLUED_NOT_NAME)) else []
        # written alone (not as a part of the longer reading) at least as often as the longer reading
        shorter = [(s, e) for s, e in shorter if places.count(text[s:e]) - longer >= longer]
        if len(shorter) == 1:
            out.append(_cut(m, *shorter[0], text))
            continue
        if places.count(name[:-2]) - longer >= longer and _name_and_two_letters(name, others, lexicon):
            out.append(_cut(m, m.start, m.end - 2, text))  # 李艾|自曝 beside 李艾 alone
            continue
        out.append(m)
    return out


#: The letters of a number up to ninety-nine, which a monarch's name ends with (路易十五, 查理十二).
_NUMBER_LETTERS = frozenset("一二三四五六七八九十")


def _name_and_two_letters(name: str, others: set[str], lexicon: Lexicon) -> bool:
    """Whether a person is a Chinese name the document writes alone (at least as often as the longer reading) and
    two more letters: a one-letter surname and a given name of one or two, where the longer reading would give the
    surname three or four, which no Chinese name has (李艾|自曝 beside 李艾 alone: a headline's verb). A transliterated
    name, all its letters a transliteration's, keeps its length (安吉丽娜 is no 安吉 and more), and so does a name
    whose shorter reading is a two-letter surname alone (欧阳震华 beside 欧阳), or a married woman's two surnames, the
    short form the press writes of her, and two letters a name may hold (郑何淑仪 beside 郑何宣布, not 叶刘与江:
    :func:`zhkg.extract.married_names.two_surnames`; persons227), and so does a king's name and his number (路易十五 beside 路易: two letters of a number end no name
    run on)."""
    from zhkg.extract.married_names import two_surnames

    head = name[:-2]
    if len(head) < _MIN_NAME or head not in others or head in lexicon.surnames or not all(is_han(ch) for ch in name) \
            or two_surnames(head, lexicon) and not any(ch in _NOT_IN_NAME for ch in name[-2:]):
        return False
    if all(ch in _NUMBER_LETTERS for ch in name[-2:]):
        return False
    if all(ch in lexicon.foreign_name_chars for ch in name):
        return False
    parts = split_surname(head, lexicon.surnames)
    return parts is not None and len(parts[0]) == 1 and 1 <= len(parts[1]) <= 2


#: What follows a biography's subject opening its clause (林洋港，曾任台湾省主席; 林洋港，1927年出生): a career
#: verb, a birth year or a sex after a comma, Simplified or Traditional as written.
_PROFILE_AFTER = re.compile(r"[，,]\s*(?:曾任|曾經擔任|曾经担任|曾擔任|曾担任|歷任|历任|現任|现任|先後擔任|先后担任|出任|"
                            r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:生|出生)|[男女][，,、])")


def profiles_not_places(mentions: list[Mention], text: str) -> list[Mention]:
    """A place no gazetteer knows, of two or three Han letters led by a surname, that opens its clause before a
    career verb, a birth year or a sex after a comma is the biography's subject, a person (林洋港，曾任台湾省主席:
    the recogniser reads 林洋港 as a harbour).

    >>> text = "林洋港，曾任台湾省主席。高雄港，1927年出生"
    >>> ms = [Mention("d", 0, 3, "林洋港", "林洋港", Label.PLACE, MentionSource.RECOGNISER),
    ...       Mention("d", 12, 15, "高雄港", "高雄港", Label.PLACE, MentionSource.RECOGNISER, code="T1")]
    >>> [(m.simplified, m.label.value) for m in profiles_not_places(ms, text)]
    [('林洋港', 'PERSON'), ('高雄港', 'PLACE')]
    """
    if "，" not in text and "," not in text:
        return mentions
    surnames = load_lexicon().surnames
    out = []
    for m in mentions:
        if m.label is Label.PLACE and not m.code and 2 <= m.end - m.start <= 3 and all(map(is_han, m.simplified)) \
                and m.simplified[0] in surnames and (m.start == 0 or not (is_han(text[m.start - 1])
                                                                         or text[m.start - 1].isalnum())) \
                and _PROFILE_AFTER.match(text, m.end):
            m = replace(m, label=Label.PERSON, canonical="", extractor=MentionSource.PEOPLE_BORN)
        out.append(m)
    return out


def people_not_places(mentions: list[Mention], text: str) -> list[Mention]:
    """A gazetteer short form that is a part of a transliterated person's name in the document, or the given
    letters of a Chinese one not set as a place (:func:`_set_as_place`), is that person; so is a biography's subject
    the recogniser read as a place (:func:`profiles_not_places`).

    The person's canonical name is the nearest full name written before it (else the first one).

    >>> from zhkg.records import MentionSource
    >>> text = "太阳队助教杰森-马龙说，马龙是候选。"
    >>> ms = [Mention("d", 5, 10, "杰森-马龙", "杰森-马龙", Label.PERSON, MentionSource.RECOGNISER,
    ...               canonical="杰森·马龙"),
    ...       Mention("d", 12, 14, "马龙", "马龙", Label.PLACE, MentionSource.GAZETTEER, canonical="马龙区",
    ...               code="530304")]
    >>> [(m.simplified, m.label.value, m.canonical, m.code) for m in people_not_places(ms, text)][1]
    ('马龙', 'PERSON', '杰森·马龙', '')
    """
    mentions = profiles_not_places(mentions, text)
    full = [(m.start, m.name, part) for m in mentions if m.label is Label.PERSON
            for part in foreign_name_parts(m.simplified) if len(part) >= _MIN_NAME]
    # (a Chinese name's two given letters, as a paper calls a person it has named: 我对万安期望甚深 of 蒋万安)
    given = [(m.start, m.name, m.simplified[1:]) for m in mentions if m.label is Label.PERSON
             and len(m.simplified) == 3 and all(map(is_han, m.simplified))]
    if not full and not given:
        return mentions
    family = {parts[-1] for m in mentions if m.label is Label.PERSON and len(parts := foreign_name_parts(m.simplified)) > 1}
    place_ends = {m.end for m in mentions if m.label is Label.PLACE}
    out = []
    for m in mentions:
        if m.label is Label.PLACE and m.code and m.canonical and (m.canonical != m.simplified or (
                m.simplified in family and not m.code.isdigit() and not _set_as_place(m, text, place_ends))):
            owners = [(start, name) for start, name, part in full if part == m.simplified]
            source = MentionSource.PEOPLE_FOREIGN
            if not owners and m.canonical != m.simplified and not _set_as_place(m, text, place_ends):
                owners = [(start, name) for start, name, part in given if part == m.simplified]
                source = MentionSource.PEOPLE_GIVEN  # a given name alone, its full name's person (resolve.py)
            if owners:
                before = [o for o in owners if o[0] < m.start]
                name = (before[-1] if before else owners[0])[1]
                out.append(replace(m, label=Label.PERSON, code="", canonical=name, extractor=source))
                continue
        out.append(m)
    return out


# what sets a city's full name as a place, not a person's family name the document writes whole elsewhere (在华盛顿,
# 美国|华盛顿, 华盛顿时间, 华盛顿州)
_PLACE_BEFORE = tuple("在于到赴往抵从经去飞") + ("来自", "访问", "位于", "前往", "抵达", "返回")
_PLACE_AFTER = tuple("州市郊") + ("时间", "当地", "特区", "地区", "街头", "机场", "方面", "的白宫", "的国会")


def _set_as_place(m: Mention, text: str, place_ends: set[int]) -> bool:
    """Whether the place ``m`` is written as a place: after a place (美国|华盛顿) or a word of going or being somewhere
    (在, 赴, 来自), or before a division's kind or local time (华盛顿|州, 华盛顿|时间).

    >>> text = "美国华盛顿当地时间，华盛顿说"
    >>> m = Mention("d", 2, 5, "华盛顿", "华盛顿", Label.PLACE, MentionSource.GAZETTEER, code="US-city:Washington")
    >>> _set_as_place(m, text, {2}), _set_as_place(replace(m, start=10, end=13), text, {2})
    (True, False)
    """
    return (m.start in place_ends or text.endswith(_PLACE_BEFORE, 0, m.start)
            or text.startswith(_PLACE_AFTER, m.end))


_JOINERS = "和与及、"
# characters that end a clause or write grammar, never a given name's (的, 是, 在 …)
# a surname and a title or a placeholder is no name (何先生, 李某某; 党主席 is a role word)
_TITLES = frozenset({"先生", "女士", "小姐", "太太", "夫人", "某某", "老师", "师傅", "同学", "总统", "教练"})
_NOT_IN_GIVEN_NAMES = frozenset("的是在了和与及等说也都人们这那个我你他她它之为而被把对从向就还又将已")


def _at_word_edges(start: int, end: int, table: TokenTable | None) -> bool:
    """Whether jieba's words start at ``start`` and end at ``end`` (公|司明发 and 汤唯|联袂 do not)."""
    if table is None:
        return True
    first, last = table.words[table.token_of_char[start]], table.words[table.token_of_char[end - 1]]
    return first.idx == start and last.end == end


def coordinated_people(mentions: list[Mention], text: str, lexicon: Lexicon | None = None,
                       table: TokenTable | None = None) -> list[Mention]:
    """Mentions plus a three-character name joined to a person by 和/与/及/、 that the document writes again.

    A name the recogniser misses (许以翔, with 以 a function word elsewhere) is often coordinated with one it
    reads (X和许以翔); a surname and two characters there (jieba's words start and end with it; no title or
    placeholder after the surname: 何先生, 李某某, 党主席; no title whole: 副总召X、干事长Y, with 干 a surname), written
    at least twice in the document and nowhere inside another mention, is a person at every place the document
    writes it.

    >>> from zhkg.records import MentionSource
    >>> text = "林柏宏和许以翔接受专访。许以翔说很开心。"  # made up
    >>> ms = [Mention("d", 0, 3, "林柏宏", "林柏宏", Label.PERSON, MentionSource.RECOGNISER)]
    >>> [(m.start, m.simplified) for m in coordinated_people(ms, text)]
    [(0, '林柏宏'), (4, '许以翔'), (12, '许以翔')]
    """
    if not text:
        return mentions
    lexicon = lexicon or load_lexicon()
    covered = {i for m in mentions for i in range(m.start, m.end)}
    # (a name guessed from its letters that the list vouched for there, 彭于晏和|高以翔, is written again too: people298)
    people = {(m.start, m.end) for m in mentions if m.label is Label.PERSON and m.extractor in _BARE_PEOPLE}
    found: set[str] = set()
    for m in mentions:
        name = text[m.start:m.end]
        if m.label is not Label.PERSON or not 2 <= len(name) <= 4 or not all(map(is_han, name)):
            continue
        places = []
        if text[m.end:m.end + 1] in _JOINERS and m.end < len(text):
            places.append(m.end + 1)
        if m.start >= 4 and text[m.start - 1] in _JOINERS:
            places.append(m.start - 4)
        for start in places:
            cand = text[start:start + 3]
            if len(cand) == 3 and all(map(is_han, cand)) and cand[0] in lexicon.surnames \
                    and not _NOT_IN_GIVEN_NAMES.intersection(cand[1:]) and cand not in found \
                    and cand not in lexicon.role_words and cand[1:] not in lexicon.role_words \
                    and cand[1:] not in _TITLES \
                    and _at_word_edges(start, start + 3, table) \
                    and (covered.isdisjoint(range(start, start + 3)) or (start, start + 3) in people) \
                    and text.count(cand) >= 2:
                found.add(cand)
    if not found:
        return mentions
    out = list(mentions)
    doc_id = mentions[0].doc_id
    for cand in sorted(found):
        at = text.find(cand)
        while at >= 0:
            if covered.isdisjoint(range(at, at + 3)):
                out.append(Mention(doc_id, at, at + 3, cand, cand, Label.PERSON, MentionSource.PEOPLE_REPEAT,
                                   canonical=cand))
                covered.update(range(at, at + 3))
            at = text.find(cand, at + 3)
    return sorted(out, key=lambda m: (m.start, m.end))


def people_not_pieces(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions where a piece of a person's name the recogniser read as something else is that person again.

    The recogniser reads a name in one sentence (美國總統川普) and, where jieba cut across it in another
    (與川|普通電話), reads a piece of it as a place, a body or a shorter person (川; 杰 of 小杰): where the
    document writes the name again and
    the only things read there are uncoded pieces of the recogniser's shorter than the name, the name is the
    person and the pieces go. Nothing is added where nothing was read.

    >>> from zhkg.records import MentionSource
    >>> text = "美国总统川普今天表示。首相与川普通电话。"  # made up
    >>> ms = [Mention("d", 4, 6, "川普", "川普", Label.PERSON, MentionSource.RECOGNISER),
    ...       Mention("d", 14, 15, "川", "川", Label.PLACE, MentionSource.RECOGNISER)]
    >>> [(m.start, m.simplified, m.label.name) for m in people_not_pieces(ms, text)]
    [(4, '川普', 'PERSON'), (14, '川普', 'PERSON')]
    """
    names = {m.simplified for m in mentions if m.label is Label.PERSON and len(m.simplified) >= _MIN_NAME
             and all(map(is_han, m.simplified))}
    # a place of the gazetteer carves a name's head too (韓國|瑜表示): a piece only where the name begins
    pieces = [m for m in mentions if not m.code and m.extractor == MentionSource.RECOGNISER
              or m.extractor == MentionSource.GAZETTEER and m.label is Label.PLACE]
    if not names or not pieces:
        return mentions
    piece_ids = {id(p) for p in pieces}
    others = {i for m in mentions if id(m) not in piece_ids for i in range(m.start, m.end)}
    piece_chars = {i for p in pieces for i in range(p.start, p.end)}
    gone: set[int] = set()
    added: list[Mention] = []
    doc_id = pieces[0].doc_id
    # the pieces by start: one overlapping [at, end) starts after at - longest and before end
    by_start = sorted(pieces, key=lambda p: p.start)
    piece_starts = [p.start for p in by_start]
    longest = max(p.end - p.start for p in pieces)
    # the longest name holding a piece wins (桂纶镁, not 桂纶); each name's occurrences are found once
    places = WordPlaces(text, names)  # every name's places from one pass over the text
    for name in sorted(names, key=lambda n: (-len(n), n)):
        for at in places.apart(name):
            end = at + len(name)
            if not piece_chars.isdisjoint(range(at, end)) and others.isdisjoint(range(at, end)):
                near = by_start[bisect_right(piece_starts, at - longest) : bisect_left(piece_starts, end)]
                touching = [p for p in near if p.start < end and at < p.end and id(p) not in gone]
                # every piece there lies inside the name and is shorter: else the recogniser read something else
                if touching and all(at <= p.start and p.end <= end and p.end - p.start < len(name)
                                    and (p.extractor != MentionSource.GAZETTEER or p.start == at) for p in touching):
                    gone.update(id(p) for p in touching)
                    added.append(Mention(doc_id, at, end, name, name, Label.PERSON, MentionSource.PEOPLE_REPEAT,
                                         canonical=name))
                    others.update(range(at, end))
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in gone]
    return sorted(kept + added, key=lambda m: (m.start, m.end))
