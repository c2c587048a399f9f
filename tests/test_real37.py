"""Session 29, real37: rules written from real THUCNews articles (tests/gold/entities_real37.jsonl's tune37 half).

Every sentence here is made up: a blogger's name before Sina's (blog) link, a character after the verb that casts an
actor, a name with a headline's verb glued to it, and 内地 beside a Hong Kong the recogniser read but nothing coded.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import GOLD, RESERVED_ROWS

from zhkg.config import Config
from zhkg.extract.document_names import settle_person_spans
from zhkg.extract.home_words import home_words
from zhkg.extract.role_names import played_roles
from zhkg.records import Document, Label, Mention, MentionSource
from zhkg.resources.lexicon import load_lexicon
from zhkg.run.pipeline import Pipeline

REAL37 = GOLD / "entities_real37.jsonl"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Config())


def _people(pipeline: Pipeline, text: str) -> list[str]:
    result = pipeline.process_documents([Document("d", text, kind="text")])[0]
    return [m.simplified for m in result.mentions if m.label is Label.PERSON]


@pytest.mark.parametrize(("text", "name"), [
    ("影评人毕成功(blog)/文：今年的奥斯卡颇有悬念。", "毕成功"),
    ("这部电影由新人主演，导演表示，胡成功(博客)将担任编剧。", "胡成功"),
])
def test_a_name_before_a_blog_link_is_a_person(pipeline: Pipeline, text: str, name: str) -> None:
    assert name in _people(pipeline, text)


def test_a_blog_link_after_no_name_adds_nobody(pipeline: Pipeline) -> None:
    assert _people(pipeline, "更多内容请看我们的官方(blog)。") == []


def test_a_character_after_the_casting_verb_is_a_person(pipeline: Pipeline) -> None:
    assert "秋瑾" in _people(pipeline, "片中，黄奕饰演的秋瑾自是当仁不让的格斗主力。")


@pytest.mark.parametrize("text", [
    "周星星饰演的大盗和刘小青饰演的警察一同出场。",  # the role's description: common words
    "她在片中饰演一名医生。",
    "政府在其中扮演了重要的角色。",
    "他扮演的是对时尚毫无兴致的编辑。",
])
def test_a_description_after_the_casting_verb_is_no_person(pipeline: Pipeline, text: str) -> None:
    people = _people(pipeline, text)
    assert not {"大盗", "警察", "一名", "一名医", "重要", "是对", "是对时"} & set(people)


def test_played_roles_leaves_a_span_another_mention_holds() -> None:
    text = "他饰演的秋瑾很有名。"
    place = Mention("d", 5, 7, "秋瑾", "秋瑾", Label.PLACE, MentionSource.GAZETTEER)
    assert played_roles([place], text, None, load_lexicon()) == [place]  # no words: nothing read


def _person(text: str, name: str, at: int, source=MentionSource.RECOGNISER) -> Mention:
    start = text.index(name, at)
    return Mention("d", start, start + len(name), name, name, Label.PERSON, source)


def test_a_name_with_two_more_letters_is_cut_to_the_name_the_document_writes_alone() -> None:
    text = "张小艾出席了发布会。张小艾说自己很忙。张小艾自曝曾经相亲。"
    ms = [_person(text, "张小艾", 0), _person(text, "张小艾", 10), _person(text, "张小艾自曝", 19)]
    assert [m.simplified for m in settle_person_spans(ms, text)] == ["张小艾", "张小艾", "张小艾"]


@pytest.mark.parametrize(("text", "long", "short"), [
    ("欧阳出席。欧阳说话。欧阳震华来了。", "欧阳震华", "欧阳"),  # a two-letter surname alone: 欧阳 + 震华 is a name
    ("安吉说。安吉来了。安吉丽娜走了。", "安吉丽娜", "安吉"),  # a transliteration keeps its length
    ("张小艾出席。张小艾自曝相亲。张小艾自曝恋情。", "张小艾自曝", "张小艾"),  # the longer reading as often
])
def test_a_longer_reading_that_may_be_a_name_stays(text: str, long: str, short: str) -> None:
    ms = [_person(text, short, 0)] + [_person(text, long, text.index(long))]
    out = settle_person_spans(ms, text)
    assert long in [m.simplified for m in out]


def test_mainland_beside_a_hong_kong_the_recogniser_read_uncoded() -> None:
    text = "这部电影只在东南亚和香港地区上映，内地观众暂时看不到。"
    hk = Mention("d", text.index("香港"), text.index("香港") + 2, "香港", "香港", Label.PLACE, MentionSource.RECOGNISER)
    out = home_words([hk], text)
    assert [(m.simplified, m.code) for m in out if m.simplified == "内地"] == [("内地", "CN")]


def test_mainland_with_no_region_named_stays_unread() -> None:
    text = "这部电影只在东南亚和广东地区上映，内地观众暂时看不到。"
    gd = Mention("d", text.index("广东"), text.index("广东") + 2, "广东", "广东", Label.PLACE, MentionSource.RECOGNISER)
    assert home_words([gd], text) == [gd]


def test_the_real37_set_is_unreserved_textless_and_alternates_its_halves() -> None:
    records = [json.loads(line) for line in Path(REAL37).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) == 11 and not any("text" in r for r in records)
    assert [r["half"] for r in records] == ["tune37", "check37"] * 5 + ["tune37"]
    assert not {r["row"] for r in records} & set(RESERVED_ROWS)
    assert {r["category"] for r in records} <= {"时政", "体育", "娱乐"}
    assert all(r.get("convert") == "s2hk" and r["script"] == "traditional" for r in records if r["region"] == "hongkong")
    others = set()
    for path in sorted(GOLD.glob("*.jsonl")):
        if path.name != REAL37.name:
            others |= {json.loads(line).get("row") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not {r["row"] for r in records} & others
