"""People's names settled by the role frame after them (issues 11 and 15, session 23): extract/role_frames.py."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.extract.role_frames import settle_role_frame_names
from zhkg.records import Label, Mention, MentionSource, RelationKind
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import to_simplified


def _read(pipeline, text: str) -> tuple[set[str], set[tuple[str, str]]]:
    result = pipeline.process_document(Document("d", text))
    people = {to_simplified(m.simplified) for m in result.mentions if m.label is Label.PERSON}
    roles = {(r.source.split(":", 1)[1], r.role_simplified) for r in result.relations
             if r.kind is RelationKind.HOLDS_ROLE}
    return people, roles


@pytest.mark.parametrize("text, name, role", both_scripts([
    # the given name's last letter glued to the verb after it: 迈出 is a word, 出任 the verb
    ("陈其迈出任高雄市长。", "陈其迈", "市长"),
    ("冀树军任华为公司董事长。", "冀树军", "董事长"),
    ("柯品军现为万科集团总裁。", "柯品军", "总裁"),
    # the verb's first letter glued to the name
    ("徐尚林现为中国银行行长。", "徐尚林", "行长"),
    ("陈健现担任北京大学校长。", "陈健", "校长"),
    # the link 任 before the body it names
    ("邹兰任华为公司董事长。", "邹兰", "董事长"),
    # a Taiwan paper's date after the name, 今/昨 + the day in brackets
    ("高雄市长陈其迈今(1)日表示，将加强防疫。", "陈其迈", "市长"),
    ("台北市长柯文哲昨(30)日表示，将加强防疫。", "柯文哲", "市长"),
    # the role reader's own name after a title does not take the date's letter either (not 张航今)
    ("华为公司董事长张航今(1)日指出，营收增长。", "张航", "董事长"),
    # a date between the name and the verb
    ("邹墨远去年出任万科集团总裁。", "邹墨远", "总裁"),
]))
def test_a_name_ends_where_the_role_verb_begins(pipeline, text, name, role):
    people, roles = _read(pipeline, text)
    assert name in people
    assert {p for p in people if p != name and (p in name or name in p)} == set()
    assert (name, role) in roles


@pytest.mark.parametrize("text, name", both_scripts([
    ("李明则为华为公司董事长。", "李明"),  # an adverb is no given name's last letter
    ("昔者庄周梦为蝴蝶。", "庄周"),  # 为 follows a noun as often as a name
    ("李明出任华为公司董事长。", "李明"),  # 出 opens the verb
]))
def test_a_letter_that_is_no_name_stays_out(pipeline, text, name):
    people, _ = _read(pipeline, text)
    assert name in people
    assert not {p for p in people if p.startswith(name) and p != name}


_TEXT = "陈其迈昨日抵达。陈其迈出任高雄市长。李明现为华为公司董事长。李明说。"  # made up


def _person(name: str, at: int = 0, source: str = MentionSource.RECOGNISER) -> Mention:
    start = _TEXT.index(name, at)
    return Mention("d", start, start + len(name), name, name, Label.PERSON, source)


def test_the_document_s_longer_name_settles_a_cut_one():
    settled = settle_role_frame_names([_person("陈其迈"), _person("陈其", 8)], _TEXT, load_lexicon())
    assert [(m.start, m.simplified) for m in settled] == [(0, "陈其迈"), (8, "陈其迈")]


def test_a_verb_letter_leaves_the_name():
    settled = settle_role_frame_names([_person("李明现"), _person("李明", 30)], _TEXT, load_lexicon())
    assert [m.simplified for m in settled] == ["李明", "李明"]


def test_a_listed_name_and_a_letter_another_mention_holds_stay():
    lexicon = load_lexicon()
    listed = _person("李明现", source=MentionSource.PEOPLE_KNOWN)
    assert settle_role_frame_names([listed], _TEXT, lexicon) == [listed]
    cut = _person("陈其", 8)
    at = _TEXT.index("迈出任")
    held = Mention("d", at, at + 2, "迈出", "迈出", Label.ORGANIZATION, MentionSource.RECOGNISER)
    assert settle_role_frame_names([cut, held], _TEXT, lexicon) == [cut, held]


@pytest.mark.parametrize("text, name", [
    ("唐师曾是新华社记者。", "唐师曾"),  # 曾 before a one-letter link ends the name
    ("张国连任华为公司董事长。", "张国连"),  # 连 of 连任 is a given name's letter too often (李连杰): no cut
])
def test_a_name_ending_in_a_verb_s_letter_stays_whole_where_it_may(text, name):
    m = Mention("d", 0, len(name), name, name, Label.PERSON, MentionSource.RECOGNISER)
    assert settle_role_frame_names([m], text, load_lexicon()) == [m]
