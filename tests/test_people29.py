"""Person names (issue 15, session 26, people29): everyday words the recogniser took for a person
(people_stoplist.tsv), and entertainers and writers entertainment news names alone (people_known.tsv)."""

from __future__ import annotations

import pytest

from zhkg.extract.combine import plausible
from zhkg.extract.known_people import known_person_forms
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import load_lexicon, table_rows


def _person(text: str) -> Mention:
    return Mention("d", 0, len(text), text, text, Label.PERSON, "crf")


@pytest.mark.parametrize("text, word", [
    ("视频中的人脸被打上了马赛克。", "马赛克"),
    ("记者注意到，照片中当事人的面部已做马赛克处理。", "马赛克"),
    ("浴室墙面贴满了金属马赛克，显得很有现代感。", "马赛克"),
    ("在大海中，比基尼的颜色与蓝色融为一体。", "比基尼"),
    ("唐代的唐三彩骆驼，宋代的玉石狗，都很珍贵。", "唐三彩"),
])
def test_everyday_words_are_no_people(finds, text: str, word: str) -> None:
    finds(text, present=(), absent=[(word, "PERSON")])


@pytest.mark.parametrize("text, name", [
    ("马云表示，公司将继续投资。", "马云"),
    ("马化腾出席了发布会。", "马化腾"),
])
# regression guards: the stoplist names words, not a surname's letter
def test_people_with_the_same_surname_stay(finds, text: str, name: str) -> None:
    finds(text, present=[(name, "PERSON")])


def test_stoplisted_word_is_implausible_as_a_person() -> None:
    lexicon = load_lexicon()
    assert not plausible(_person("马赛克"), lexicon=lexicon)
    assert plausible(_person("马盛风"), lexicon=lexicon)


def test_stoplist_rows_are_read_and_name_no_known_person() -> None:
    lexicon = load_lexicon()
    rows = table_rows("people_stoplist.tsv", lexicon)
    assert rows and {row[0] for row in rows} == lexicon.not_people
    assert not lexicon.not_people & set(known_person_forms(lexicon))


@pytest.mark.parametrize("text, name", [
    ("演员黄渤、汪涵出席了发布会。", "汪涵"),
    ("主持人是何炅和汪涵。", "汪涵"),
    ("小沈阳表示，他很喜欢这个角色。", "小沈阳"),
])
def test_entertainers_named_alone(finds, text: str, name: str) -> None:
    finds(text, present=[(name, "PERSON")])


# regression guards: beside a cue, a listed name that is a word too is still the person (the recogniser found
# these before; a row whose cues missed them would lose them)
@pytest.mark.parametrize("text, name", [
    ("天王黎明昨晚在红馆举行演唱会。", "黎明"),
    ("莫言的小说《蛙》获得茅盾文学奖。", "莫言"),
])
def test_a_word_name_beside_its_cue(finds, text: str, name: str) -> None:
    finds(text, present=[(name, "PERSON")])


@pytest.mark.parametrize("text, word", [
    ("黎明时分，救援队抵达了村庄。", "黎明"),
    ("他在黎明前出发，傍晚才回到家。", "黎明"),
])
# regression guards: a listed name that is an everyday word too stays a word without its cue (each passes before
# this change as well; they fail if 黎明's row lost its cues)
def test_a_name_that_is_a_word_needs_its_cue(finds, text: str, word: str) -> None:
    finds(text, present=(), absent=[(word, "PERSON")])


@pytest.mark.parametrize("text, name, place", [
    ("昨晚小沈阳和赵本山同台演出。", "小沈阳", "沈阳"),
    # a coded place lies inside the listed full name: it was cut there before (卡西姆 | 马尔特·托卡耶夫)
    ("据报道，卡西姆-若马尔特·托卡耶夫昨天表示，会议很成功。", "卡西姆-若马尔特·托卡耶夫", "马尔"),
])
def test_a_listed_name_over_a_place_inside_it(finds, text: str, name: str, place: str) -> None:
    finds(text, present=[(name, "PERSON")], absent=[(place, "PLACE")])


def test_a_place_holding_a_listed_name_keeps_it(finds) -> None:
    finds("库克群岛的居民很少。", present=[("库克群岛", "PLACE")], absent=[("库克", "PERSON")])


def test_a_chinese_name_after_a_headline_space(finds) -> None:
    # 爱 is a transliteration letter too, but 房祖名 is no part of a spaced foreign name
    finds("李献计穿越时空寻爱 房祖名因爱压力倍增据导演郭帆介绍，电影讲述了爱情。", present=[("房祖名", "PERSON")])


def test_a_spaced_transliteration_is_still_no_listed_person(finds) -> None:
    finds("她喜欢希拉里 达芙的歌。", present=(), absent=[("希拉里", "PERSON")])


@pytest.mark.parametrize("text, name", [
    ("演员吴军饰演了一名军官。", "吴军"),
    ("那年冬天，赵军去世，终年八十岁。", "赵军"),
])
def test_a_state_army_that_names_a_person(finds, text: str, name: str) -> None:
    finds(text, present=(), absent=[(name, "ORGANIZATION")])


@pytest.mark.parametrize("text, army", [
    ("吴军进攻越国。", "吴军"),
    ("日军侵占了东北。", "日军"),
])
def test_a_state_army_stays_a_body(finds, text: str, army: str) -> None:
    finds(text, present=[(army, "ORGANIZATION")])
