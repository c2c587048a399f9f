"""Characters an actor plays: 黄奕饰演的秋瑾, 成龙扮演孙中山, 张学友饰演的阿来.

Film and drama news names the people of a story right after the verb that casts an actor (饰演, 扮演), and the
conventions of the dev sets count a film's characters as people. A historical figure or a story's hero in that slot
is often a name the recogniser misses, because nothing else in its sentence says it is one (饰演的秋瑾自是…).

:func:`played_roles` reads two or three Han letters right after 饰演 or 扮演 (and an optional 的) as a person when
they are a whole word run (a word of jieba's starts there and one ends there, or the letters across the end make no
dictionary word) and are written as a name: either jieba's dictionary has them as a name (tags ``nr``, ``nrfg``,
``nrt``: 秋瑾, 阿来), or it does not know them (tag ``x``) and they open with a surname and score as a Chinese name,
or are all letters of transliterated names (尼娜). A common word in that slot is the role's description and no name
(饰演的大盗, 扮演一名医生, 饰演的男主角, 扮演了重要角色), nor is anything holding 的, 是, 了 and their like
(扮演的是…). The longer reading is tried first. A span another mention lies on is left alone, so a place or body a
rule found stays what it is. 饰 alone (服饰, 装饰) is no cue.

A document without 饰演 or 扮演 pays one search.
"""

from __future__ import annotations

import re

from zhkg.extract.base import in_place_order
from zhkg.extract.name_scores import name_score
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable, dictionary_tag

__all__ = ["played_roles"]

# the verbs that cast an actor, and the 的 that may make what follows their object (饰演的秋瑾)
_CAST = re.compile(r"(?:饰演|扮演)的?")
# letters that write no name in the slot: particles, pronouns, prepositions (扮演的是…, 扮演了…, 饰演这个…)
_NOT_IN_NAME = frozenset("的了是在和与及等着过对向为从被把将说也都就还又他她它这那一")
# jieba's tags of a word its dictionary holds as a person's name
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
# a name's weakest score (zhkg.extract.name_scores.name_score) for letters jieba does not know
_MIN_SCORE = 0.02


def _whole(text: str, start: int, end: int, table: TokenTable) -> bool:
    """A word starts at ``start`` and one ends at ``end``, or the letters across ``end`` make no dictionary word."""
    return start in table.starts and (end in table.ends or end == len(text)
                                      or dictionary_tag(text[end - 1:end + 1]) == "x")


def _written_as_name(name: str, lexicon: Lexicon) -> bool:
    """Whether letters in a role's slot are written as a person's name (see the module's notes).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [_written_as_name(w, load_lexicon()) for w in ("秋瑾", "阿来", "大盗", "男主角", "是对")]
    [True, True, False, False, False]
    """
    if any(ch in _NOT_IN_NAME or not "\u4e00" <= ch <= "\u9fff" for ch in name):
        return False
    tag = dictionary_tag(name)
    if tag in _NAME_TAGS:
        return True
    if tag != "x":
        return False
    return name_score(name, lexicon=lexicon) >= _MIN_SCORE or all(ch in lexicon.foreign_name_chars for ch in name)


def played_roles(mentions: list[Mention], text: str, table: TokenTable | None, lexicon: Lexicon,
                 original: str = "", doc_id: str = "") -> list[Mention]:
    """``mentions`` with a PERSON added for each character named right after 饰演 or 扮演 (see the module's notes);
    ``text`` is the Simplified text, ``original`` the text as written, ``table`` its words."""
    if table is None or "饰演" not in text and "扮演" not in text:
        return mentions
    doc_id = mentions[0].doc_id if mentions else doc_id
    added: list[Mention] = []
    for cue in _CAST.finditer(text):
        s = cue.end()
        for length in (3, 2):
            e = s + length
            if e > len(text) or not _whole(text, s, e, table) or not _written_as_name(text[s:e], lexicon):
                continue
            if not any(m.start < e and s < m.end for m in mentions):
                added.append(Mention(doc_id, s, e, (original or text)[s:e], text[s:e], Label.PERSON,
                                     MentionSource.PEOPLE_CREDIT))
            break
    if not added:
        return mentions
    return in_place_order([*mentions, *added])
