"""Round places239 (issue 15): a place and the word for a person after it.

Police news names people by their place, sex and age (一名深圳男子, 屯门女子, 湖南男童): the recogniser reads the
place and the word as one place (深圳男子). A coded place before a word for people by sex or age
(``kind_by_neighbours._PEOPLE_WORDS``) is the place alone, as a coded place before a people word ending in a letter
for people already was (好莱坞|女星, 纽约|市民). A place whose name holds such a word stays whole.

Sentences written for these tests, each as written (Simplified) and converted to Traditional; names invented.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.extract.kind_by_neighbours import _PEOPLE_WORD_ENDS, _PEOPLE_WORDS
from zhkg.records import Document


def _places(pipeline, text: str) -> set[str]:
    """The Simplified names of every place mention of ``text``."""
    mentions = pipeline.extract_mentions_many([Document("d", text, kind="text")])[0]
    return {m.simplified for m in mentions if m.label.value == "PLACE"}


@pytest.mark.parametrize(("text", "place", "joined"), both_scripts([
    ("一名深圳男子昨日在罗湖口岸被截查。", "深圳", "深圳男子"),
    ("一名东莞女子昨日在罗湖口岸被截查。", "东莞", "东莞女子"),
    ("一名佛山少女昨日在商场被捕。", "佛山", "佛山少女"),
]))
def test_a_place_before_a_word_for_a_person_is_the_place(pipeline, text, place, joined):
    places = _places(pipeline, text)
    assert place in places and joined not in places, places


@pytest.mark.parametrize(("text", "place"), both_scripts([
    ("我们到女子监狱探访，再往北京参观。", "北京"),
    ("少年宫门外挤满了广州家长。", "广州"),
]))
def test_places_beside_the_words_stay(pipeline, text, place):
    assert place in _places(pipeline, text)


def test_the_words_end_in_no_letter_already_listed():
    # the words are listed whole because their last letters also end names of places (王子, 童, 少年): a word
    # whose last letter is already a people word's end needs no entry
    assert not {w for w in _PEOPLE_WORDS if w[-1] in _PEOPLE_WORD_ENDS}
