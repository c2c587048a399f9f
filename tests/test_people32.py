"""Round people32 (issue 15, people where zhkg was weakest): names in the forms news writes them.

* ``zhkg.extract.statistical.spaced_names``: a list of names parted by full-width spaces as news types them
  (谭耀宗　曾钰成　叶国谦) is read by the recogniser as one person across the spaces (it learnt lists parted by 、
  only), which no later rule takes for a name: all of them were lost. Each name of two Han letters or more is now a
  person of its own; a two-letter name padded to a three-letter one's width (王　伟) is left as it is, and so is a
  one-byte space, which Sina writes between a transliterated name's parts (妮可 基德曼).
* ``zhkg.extract.combine._people_from_word_starts``: the recogniser reads a compound surname's name from its second
  letter (长孙永刚 as 孙永刚) or its given name alone (上官|文杰 as 文杰, 东方|明辉 as 明辉); the rules' person that
  opens with the compound surname, a word of its own to jieba, is the name. The other way about, a model person
  opening on the last letter of a word (他的长孙|李明 read 孙李明) is the rules' 李明.
Sentences written for these tests (none from an article), as written and converted to Traditional.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.extract.statistical import spaced_names

PERSON = "PERSON"


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a list of names parted by full-width spaces, as news prints those present
    ("出席的有谭耀宗　曾钰成　叶国谦。", [("谭耀宗", PERSON), ("曾钰成", PERSON), ("叶国谦", PERSON)],
     [("谭耀宗\u3000曾钰成\u3000叶国谦", PERSON)]),
    ("获奖名单：陈志明　黄美玲　林国华。", [("陈志明", PERSON), ("黄美玲", PERSON), ("林国华", PERSON)], []),
    # the names of a byline parted so
    ("记者陈俊宏　林佳颖／台北报导", [("陈俊宏", PERSON), ("林佳颖", PERSON)], []),
], convert_names=True))
def test_names_parted_by_spaces_are_each_a_person(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, span, expected", [
    ("出席的有谭耀宗　曾钰成　叶国谦。", (4, 15), ["谭耀宗", "曾钰成", "叶国谦"]),
    # a one-byte space parts a transliterated name as Sina writes it, no list
    ("妮可 基德曼出席", (0, 6), ["妮可 基德曼"]),
    # a two-letter name padded to three letters' width is one name
    ("主持人：王　伟", (4, 7), ["王\u3000伟"]),
    # a transliterated or Latin name with a space is left as it is
    ("John Smith", (0, 10), ["John Smith"]),
    ("王小明", (0, 3), ["王小明"]),
])
def test_spaced_names_parts_only_names_of_two_letters_or_more(text, span, expected):
    assert [text[a:b] for a, b in spaced_names(text, *span)] == expected


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("长孙永刚被任命为局长。", [("长孙永刚", PERSON)], [("孙永刚", PERSON)]),
    ("上官文杰说，他很满意。", [("上官文杰", PERSON)], [("文杰", PERSON)]),
    ("东方明辉说，市场正在回暖。", [("东方明辉", PERSON)], [("明辉", PERSON)]),
    # the word 长孙 (eldest grandson) before a name is no surname
    ("他的长孙李明今年考上大学。", [("李明", PERSON)], [("孙李明", PERSON), ("长孙李明", PERSON)]),
], convert_names=True))
def test_compound_surnames_stay_with_their_names(finds, text, present, absent):
    finds(text, present, absent)

