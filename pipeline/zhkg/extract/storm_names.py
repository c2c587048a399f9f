"""Storms' names: a typhoon named by letters that hold a place's name is no mention of that place.

Typhoons take names from a shared list (桦加沙 Ragasa, 山竹 Mangkhut), and the letters of one may spell a place the
gazetteer holds (加沙 Gaza in 桦加沙). A storm's name is the letters right after a storm word (台风, 飓风, 热带风暴),
quoted or not, or a quoted name before a storm's verb (「桦加沙」袭港, “山竹”吹袭); where those letters run on past
the start of a place (桦|加沙), or a quoted name holds a place and more (“桦加沙”), the name is the storm's, and wherever the document writes the name again (「桦加沙」袭港) the place
inside it is dropped.

Caveats: an unquoted name is read only up to the end of a place that starts one or two letters after the storm
word, those letters a name's to jieba (桦 zg; not 台风|登陆|广东), so a storm named by a place alone (台风|海南) is
left as the place; the text is the normalised (Simplified) one.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention
from zhkg.stages.segment import dictionary_tag

__all__ = ["storm_names", "drop_places_in_storm_names"]

# the words a storm's name follows (超强台风, 强烈台风 end in 台风 too)
_STORM_WORD = re.compile(r"(?:台风|飓风|热带风暴|热带气旋|气旋)([“「『\"'‘]?)")
# a quoted name before a storm's verb (「桦加沙」袭港期间, “山竹”吹袭): the storm, where no storm word precedes it
_QUOTED_STORM = re.compile(r"[“「『]([\u4e00-\u9fff]{2,5})[”」』](?=吹袭|袭|来袭|过境)")
_CLOSE = {"“": "”", "「": "」", "『": "』", '"': '"', "'": "'", "‘": "’"}
_HAN = re.compile(r"[\u4e00-\u9fff]{2,5}")
# jieba's tags of a name's letters before the place (桦 zg, 杜苏 x); a verb, preposition or noun is the sentence's
# (台风|登陆|广东, 台风|经|广东)
_NAME_PART_TAGS = frozenset({"zg", "x", "nr", "nrt", "nz", "ng"})


def storm_names(text: str, places: list[Mention]) -> set[str]:
    """The storms' names ``text`` writes after a storm word that hold one of ``places`` and more letters.

    >>> p = Mention("d", 5, 7, "加沙", "加沙", Label.PLACE, "gazetteer", code="PS")
    >>> sorted(storm_names("超强台风桦加沙今日吹袭。", [p]))
    ['桦加沙']
    >>> q = Mention("d", 8, 10, "加沙", "加沙", Label.PLACE, "gazetteer", code="PS")
    >>> sorted(storm_names("天文台指出，「桦加沙」袭港期间多区水浸。", [q]))
    ['桦加沙']
    """
    starts = {p.start: p for p in places}
    names = {m.group(1) for m in _QUOTED_STORM.finditer(text) if any(
        m.start(1) <= p.start and p.end <= m.end(1) and p.end - p.start < m.end(1) - m.start(1) for p in places)}
    for m in _STORM_WORD.finditer(text):
        after = m.end()
        quote = m.group(1)
        if quote:
            close = text.find(_CLOSE[quote], after, after + 6)
            if close > after and _HAN.fullmatch(text, after, close) and any(
                    after <= p.start and p.end <= close and p.end - p.start < close - after for p in places):
                names.add(text[after:close])
            continue
        for first in (after + 1, after + 2):
            place = starts.get(first)
            if place is not None and _HAN.fullmatch(text, after, place.end) \
                    and dictionary_tag(text[after:first]) in _NAME_PART_TAGS:
                names.add(text[after:place.end])  # 台风|桦|加沙: the name runs on into the place
                break
    return names


def drop_places_in_storm_names(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` without the places that lie inside a storm's name wherever the document writes it.

    >>> ms = [Mention("d", s, s + 2, "加沙", "加沙", Label.PLACE, "gazetteer", code="PS") for s in (5, 12, 19)]
    >>> text = "超强台风桦加沙来袭。「桦加沙」吹袭时，加沙以色列停火。"
    >>> [(m.start, m.text) for m in drop_places_in_storm_names(ms, text)]
    [(19, '加沙')]
    """
    if "风" not in text and "气旋" not in text and "袭" not in text and "过境" not in text:
        return mentions  # the cheap test first: most documents name no storm
    places = [m for m in mentions if m.label is Label.PLACE]
    names = storm_names(text, places)
    if not names:
        return mentions
    inside = set()
    for name in names:
        at = text.find(name)
        while at >= 0:
            inside.update((p.start, p.end) for p in places if at <= p.start and p.end <= at + len(name))
            at = text.find(name, at + 1)
    return [m for m in mentions if not (m.label is Label.PLACE and (m.start, m.end) in inside)]
