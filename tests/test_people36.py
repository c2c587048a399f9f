"""Round people36 (issue 15, people's names cut or missed).

* ``zhkg.extract.minority_names``: two or three Tibetan or Mongolian name parts in a row
  (``minority_name_parts.tsv``), jieba starting a word at the first and ending one at the last, are one person
  (次仁|旺堆, 呼日勒|巴特尔, 苏和|毕力格); ``informal_people`` no longer splits such a name in two.
* ``zhkg.extract.married_names``: a person of three letters jieba's own four-letter word continues, two one-letter
  surnames first and a given name's letter last, is a Hong Kong married woman's name whole (周梁淑|怡).
* ``zhkg.extract.people._dictionary_name_candidates``: a two-letter word jieba's dictionary tags a name (nr), a
  surname first, opening a clause right before a verb of saying, is a person (高明|告诉记者, 白云|表示), unless its
  letters read as no name's (阿姨|说).

Sentences written for these tests (none from an article), as written and converted to Traditional.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.extract.minority_names import is_minority_name, minority_names
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.segment import make_segmenter, token_table

PERSON = "PERSON"


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("牧民呼日勒巴特尔说，今年雨水充足。", [("呼日勒巴特尔", PERSON)], [("呼日勒", PERSON), ("巴特尔", PERSON)]),
    ("摔跤冠军苏和毕力格接受了记者采访。", [("苏和毕力格", PERSON)], []),
    ("局长次仁旺堆主持召开了会议。", [("次仁旺堆", PERSON)], [("次仁", PERSON)]),
    ("县委副书记次仁旺姆当天深入牧区调研。", [("次仁旺姆", PERSON)], []),
], convert_names=True))
def test_tibetan_and_mongolian_names_whole(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, absent", both_scripts([
    ("扎西寺位于日喀则市。", [("扎西寺", PERSON), ("扎西", PERSON)]),
    ("白音查干镇位于内蒙古。", [("白音查干", PERSON)]),
    ("乌兰巴托是蒙古国的首都。", [("乌兰巴托", PERSON)]),
    ("格桑花开满了山坡。", [("格桑", PERSON)]),
    ("阿沛·阿旺晋美出席了会议。", [("阿旺晋美", PERSON)]),
], convert_names=True))
def test_no_person_from_places_or_inside_longer_names(finds, text, absent):
    finds(text, [], absent)


@pytest.mark.parametrize("text, present", both_scripts([
    ("高明告诉记者，工程进展顺利。", [("高明", PERSON)]),
    ("白云表示，她会继续努力。", [("白云", PERSON)]),
    ("对此，林立指出，市场仍有风险。", [("林立", PERSON)]),
], convert_names=True))
def test_dictionary_name_before_verb_of_saying(finds, text, present):
    finds(text, present, [])


@pytest.mark.parametrize("text, absent", both_scripts([
    ("阿姨说，她每天早上都来买菜。", [("阿姨", PERSON)]),
    ("高明的医术让人敬佩。", [("高明", PERSON)]),
    ("高峰时段，许多市民表示出行困难。", [("高峰", PERSON)]),
    ("文章指出，改革势在必行。", [("文章", PERSON)]),
], convert_names=True))
def test_words_not_read_as_speakers(finds, text, absent):
    finds(text, [], absent)


def _people(text: str, mentions: list[Mention]) -> list[str]:
    table = token_table(make_segmenter()(text))
    return sorted(m.text for m in minority_names(mentions, text, table, load_lexicon(), "d") if m.label is Label.PERSON)


def test_parts_read_as_two_people_become_one():
    text = "牧民呼日勒苏赫说"
    parts = [Mention("d", 2, 5, "呼日勒", "呼日勒", Label.PERSON, "crf"),
             Mention("d", 5, 7, "苏赫", "苏赫", Label.PERSON, "crf")]
    assert _people(text, parts) == ["呼日勒苏赫"]


def test_run_under_a_place_is_left():
    text = "来到白音查干"
    place = Mention("d", 2, 6, "白音查干", "白音查干", Label.PLACE, "gazetteer")
    assert _people(text, [place]) == []


def test_person_reaching_outside_the_run_is_left():
    text = "主席贡其格道尔吉。"
    person = Mention("d", 2, 8, "贡其格道尔吉", "贡其格道尔吉", Label.PERSON, "crf")
    assert _people(text, [person]) == ["贡其格道尔吉"]


@pytest.mark.parametrize("name, expected", [("扎西次仁", True), ("苏和巴特尔", True), ("巴特尔", False),
                                            ("扎西德勒", False), ("陈伊琼夏邦", False)])
def test_is_minority_name(name, expected):
    assert is_minority_name(name, load_lexicon()) is expected


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("议员周梁淑怡指出，旅游业需要支援。", [("周梁淑怡", PERSON)], [("周梁淑", PERSON)]),
    ("周梁淑怡与田北俊一同出席记者会。", [("周梁淑怡", PERSON)], [("周梁淑", PERSON)]),
    ("前立法会主席范徐丽泰昨日出席活动。", [("范徐丽泰", PERSON)], []),
], convert_names=True))
def test_married_name_whole(finds, text, present, absent):
    finds(text, present, absent)


def test_married_name_not_taken_past_a_glued_letter():
    from zhkg.extract.married_names import married_names_whole

    text = "律师孔金荣诉电话局"  # jieba: 孔金荣诉, 诉 is no given name's letter
    person = Mention("d", 2, 5, "孔金荣", "孔金荣", Label.PERSON, "crf")
    table = token_table(make_segmenter()(text))
    assert [m.text for m in married_names_whole([person], text, table, load_lexicon())] == ["孔金荣"]
