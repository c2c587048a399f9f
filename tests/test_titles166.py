"""Round titles166: a Hong Kong married woman's name the recogniser cut to her two surnames (廖李|可期), taken whole
when the document writes the same four letters again (zhkg.extract.married_names)."""

from __future__ import annotations

import pytest

from zhkg.extract.married_names import married_names_whole
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.segment import make_segmenter, token_table


def _person(text: str, start: int, name: str, label: Label = Label.PERSON) -> Mention:
    assert text[start:start + len(name)] == name
    return Mention("d", start, start + len(name), name, name, label, "crf")


def _whole(text: str, mentions: list[Mention]) -> list[str]:
    return [m.text for m in married_names_whole(mentions, text, token_table(make_segmenter()(text)), load_lexicon())]


TWICE = "现任政府新闻处处长廖李可期，将出任保安局常任秘书长。廖李可期曾任保安局副秘书长。"


def test_two_surnames_written_again_with_the_same_name_are_taken_whole():
    cut = [_person(TWICE, 9, "廖李"), _person(TWICE, 26, "廖李")]
    assert _whole(TWICE, cut) == ["廖李可期", "廖李可期"]


def test_a_name_cut_after_its_first_surname_is_taken_whole_too():
    text = TWICE + "黄少珠及廖李可期具出色领导才能。"
    at = text.rindex("李可期")
    cut = [_person(text, 9, "廖李"), _person(text, at, "李可期")]
    assert _whole(text, cut) == ["廖李可期", "廖李可期"]


@pytest.mark.parametrize("text", [
    "现任处长廖李可期表示，将出任常任秘书长。",  # written once: no evidence the two letters after are her name
    "身兼召集人的叶刘宣布不再连任，叶刘与江旻憓合照。",  # the letters after the two surnames differ: a short form
    "处长廖李表示同意，廖李表示支持。",  # a verb after the two surnames each time (表示 is no name)
])
def test_two_surnames_stay_without_the_same_name_written_twice(text):
    start = text.index(next(p for p in ("廖李", "叶刘") if p in text))
    assert _whole(text, [_person(text, start, text[start:start + 2])]) == [text[start:start + 2]]


def test_a_compound_surname_or_a_mention_in_the_way_keeps_the_cut():
    text = "司马光说，欧阳修文说，欧阳修文又说。"  # 欧阳 is one surname, no married name
    assert _whole(text, [_person(text, 5, "欧阳")]) == ["欧阳"]
    body = _person(TWICE, 11, "可期", Label.ORGANIZATION)
    assert _whole(TWICE, [_person(TWICE, 9, "廖李"), body]) == ["廖李", "可期"]


@pytest.mark.parametrize(("text", "pair"), [
    ("蔡明意风十足，蔡明意风犹在。", "蔡明"),  # 明 names people often: 蔡明 is a two-letter name
    ("杨门女将出征，杨门女将凯旋。", "杨门"),  # 女将 is a word jieba counts often
])
def test_a_two_letter_name_or_a_common_word_after_it_keeps_the_cut(text, pair):
    assert _whole(text, [_person(text, 0, pair)]) == [pair]


def test_a_listed_persons_full_name_is_not_cut_to_the_short_name_written_alone():
    from zhkg.extract.document_names import settle_person_spans
    from zhkg.records import MentionSource

    text = "首相、自民党总裁高市早苗9日召开记者会。至于日陆关系，高市强调称，方针不变。高市还表示，将访美。"
    known = Mention("d", 8, 12, "高市早苗", "高市早苗", Label.PERSON, MentionSource.PEOPLE_KNOWN, canonical="高市早苗")
    alone = [Mention("d", s, s + 2, "高市", "高市", Label.PERSON, MentionSource.RECOGNISER)
             for s in (text.index("高市强调"), text.index("高市还"))]
    assert [m.simplified for m in settle_person_spans([known, *alone], text)] == ["高市早苗", "高市", "高市"]



@pytest.fixture(scope="module")
def roles(pipeline):
    from tests.helpers import relation_rows

    return lambda text: {row[:3] for row in relation_rows(pipeline, text)}


@pytest.mark.parametrize(("text", "role"), [
    # an outlet named …新闻 opening the article's first line, a space before the reporter's name
    ("封面新闻记者 钟晓璐\n1月10日，四川阿坝州公安局召开新闻发布会。", ("钟晓璐", "记者", "封面新闻")),
    ("澎湃新闻记者 王晓明\n昨日，上海市召开会议。", ("王晓明", "记者", "澎湃新闻")),
])
def test_a_byline_of_an_outlet_opening_its_line_reads_its_reporter(roles, text, role):
    assert role in roles(text)


def test_a_body_that_is_no_outlet_opening_a_line_has_no_reporter(roles):
    assert not any(r[1] == "记者" for r in roles("华为公司记者 张三\n昨日，深圳市召开会议。"))


def test_a_colleague_glued_to_the_first_reporter_before_the_bylines_slash_shares_the_byline(roles):
    text = "联合报／ 记者余采滢游振升／台中报导\n台中市长卢秀燕昨日赏灯。"
    assert {("余采滢", "记者", "联合报"), ("游振升", "记者", "联合报")} <= roles(text)
