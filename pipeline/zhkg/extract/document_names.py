"""One person's name is written one way in a document: boundaries the document itself settles.

The recogniser reads each sentence alone, so a name it reads right in one sentence it may run into a
neighbour in another: a verb of a headline (林柏宏|聊), the last character of a kinship word before it
(长|孙|朴秀贤), the first character of the next word (朴秀贤|长着), or a second name with no comma
between (宋芸桦邱泽). Where the document names the person alone elsewhere, that name fixes the span:

* a person read as a name the document also names plus one Han character before or after it is that
  name, when the document writes the shorter name alone at least as often as the longer one (a character
  before it only when the shorter name opens with a surname: 王小明 stays whole beside 小明);
* a person read as two names the document names each alone, written one after the other (perhaps with
  the next word's first character: 宋芸桦|邱泽|惹), is two people;
* a division's short form that is a part of a transliterated name the document gives whole is that person
  (马龙 of 杰森-马龙 is no 马龙区 of Yunnan; :func:`people_not_places`).

Nothing here invents a name: every span kept is a name some other mention of the document reads.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.extract.people import foreign_name_parts
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon, load_lexicon

__all__ = ["settle_person_spans", "people_not_places"]

_MIN_NAME = 2


def _cut(m: Mention, start: int, end: int, text: str) -> Mention:
    name = text[start:end]
    return replace(m, start=start, end=end, text=name, simplified=name, canonical=name)


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


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
    out: list[Mention] = []
    for m in mentions:
        name = text[m.start:m.end]
        if m.label is not Label.PERSON or len(name) < _MIN_NAME + 1 or not name.strip():
            out.append(m)
            continue
        others = alone - {name}
        # two names the document reads alone, one after the other (and perhaps the next word's first
        # character: 宋芸桦|邱泽|惹)
        whole = name if not _han(name[-1]) or name[:-1] not in others else name[:-1]
        two = [whole] + ([name[:-1]] if _han(name[-1]) and whole == name else [])
        halves = [(part[:i], len(part)) for part in two for i in range(_MIN_NAME, len(part) - _MIN_NAME + 1)
                  if part[:i] in others and part[i:] in others]
        if len(halves) == 1:
            cut, length = len(halves[0][0]), halves[0][1]
            out.append(_cut(m, m.start, m.start + cut, text))
            out.append(_cut(m, m.start + cut, m.start + length, text))
            continue
        longer = text.count(name)
        # a character off either end, never a surname off a given name (王|小明 stays whole)
        shorter = [(m.start, m.end - 1)] if name[:-1] in others and _han(name[-1]) and not (
            name[:-1] in parts and name[-1] in foreign_chars) else []
        shorter += [(m.start + 1, m.end)] if (name[1:] in others and _han(name[0])
                                              and any(name[1:].startswith(s) for s in surnames)) else []
        # written alone (not as a part of the longer reading) at least as often as the longer reading
        shorter = [(s, e) for s, e in shorter if text.count(text[s:e]) - longer >= longer]
        if len(shorter) == 1:
            out.append(_cut(m, *shorter[0], text))
            continue
        out.append(m)
    return out


def people_not_places(mentions: list[Mention], text: str) -> list[Mention]:
    """A gazetteer short form that is a part of a transliterated person's name in the document is that person.

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
    full = [(m.start, m.canonical or m.simplified, part) for m in mentions if m.label is Label.PERSON
            for part in foreign_name_parts(m.simplified) if len(part) >= _MIN_NAME]
    if not full:
        return mentions
    out = []
    for m in mentions:
        if m.label is Label.PLACE and m.code and m.canonical and m.canonical != m.simplified:
            owners = [(start, name) for start, name, part in full if part == m.simplified]
            if owners:
                before = [o for o in owners if o[0] < m.start]
                name = (before[-1] if before else owners[0])[1]
                out.append(replace(m, label=Label.PERSON, code="", canonical=name,
                                   extractor=MentionSource.PEOPLE_FOREIGN))
                continue
        out.append(m)
    return out
