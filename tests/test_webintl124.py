"""Round webintl124: the web dev set's international and mainland tune half, next groups — a name's other
transliteration in brackets (梅尔茨(Friedrich Merz 又译“默茨”)), places the recogniser made people (齐聚|埃及|沙姆沙伊赫,
库尔斯克(Kursk)州长), Ukraine's army by one letter (乌军), a credit's slash (记者/冯珂 编辑/汪泽) — and the
gold's conventions (a country's government is the country; a state's army is a body)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import codes_by_name, labelled_mentions, person_nodes

from zhkg.extract.statistical import people_off_places
from zhkg.records import Label, Mention
from zhkg.stages.normalise import to_traditional

SCRIPTS = [lambda t: t, to_traditional]
GOLD = Path(__file__).resolve().parent / "gold" / "entities_web_intl.jsonl"


# ---- another transliteration in the brackets after a foreign name is the same person

@pytest.mark.parametrize("text, name, other", [
    ("梅尔茨(Friedrich Merz 又译“默茨”)——刚上任一周的德国总理——走上讲台。默茨表示，德国将承担责任。", "梅尔茨", "默茨"),
    ("新任主席卡尔森（又译卡尔松）周一抵达。卡尔松说，谈判仍在进行。", "卡尔森", "卡尔松"),
    ("美国特使威特科夫（Steve Witkoff，又称维特科夫）抵达莫斯科。", "威特科夫", "维特科夫"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_other_transliteration_is_the_same_person(pipeline, text, name, other, convert):
    nodes = person_nodes(pipeline, convert(text))
    assert other not in nodes
    assert other in nodes[name]


@pytest.mark.parametrize("convert", SCRIPTS)
def test_two_people_in_brackets_stay_two(pipeline, convert):
    # a bracket saying more than another name: a second person, not an alias
    nodes = person_nodes(pipeline, convert("总理默克尔（与马克龙同行）周一抵达。马克龙随后发表讲话。"))
    assert "默克尔" in nodes and "马克龙" in nodes


# ---- a country and its city inside one of the recogniser's people: the places

@pytest.mark.parametrize("text, places", [
    ("周一，特朗普总统与其他各国领导人齐聚埃及沙姆沙伊赫。就在前一周，调解方在这里促成停火。", ["埃及", "沙姆沙伊赫"]),
    ("斯塔罗沃伊特此前担任库尔斯克(Kursk)州长将近5年。", ["库尔斯克"]),
    ("乌克兰军队去年越境突袭别尔哥罗德，俄军则进攻顿内次克。", ["别尔哥罗德", "顿内次克"]),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_places_not_people(pipeline, text, places, convert):
    found = labelled_mentions(pipeline, convert(text))
    for place in places:
        assert ("PLACE", place) in found
        assert ("PERSON", place) not in found
    assert not any(label == "PERSON" and "埃" in name for label, name in found)


def _m(start, end, label, code=""):
    return Mention("d", start, end, "x" * (end - start), "x" * (end - start), label, "t", code=code)


def test_people_off_places_chain_abroad_only():
    person = _m(0, 9, Label.PERSON)
    assert people_off_places([person], [_m(2, 4, Label.PLACE, "EG"), _m(4, 9, Label.PLACE, "EG-city:X")]) == []
    # one place inside a transliterated name is no reason (约翰·华盛顿)
    assert people_off_places([person], [_m(4, 9, Label.PLACE, "US-city:Washington")]) == [person]
    # two mainland divisions inside a person are left to the rules that know them
    assert people_off_places([person], [_m(2, 4, Label.PLACE, "110000"), _m(4, 9, Label.PLACE, "110100")]) == [person]


# ---- Ukraine's army by one letter (乌军), as 俄军

@pytest.mark.parametrize("text, army", [
    ("未能在2024年8月守住乌军对库尔斯克突袭的原因之一。", "乌军"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_armies_by_one_letter(pipeline, text, army, convert):
    assert ("ORGANIZATION", army) in labelled_mentions(pipeline, convert(text))


# ---- a credit's slash (《零距离》记者/冯珂 编辑/汪泽)

@pytest.mark.parametrize("text, person", [
    ("（本报记者/李明 责编/孙悦然）", "李明"),
    ("（新华社记者/陈静 实习生/王磊）", "陈静"),
    ("（编辑/汪泽 校对/马骁）", "汪泽"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_credit_after_a_slash(pipeline, text, person, convert):
    assert ("PERSON", person) in labelled_mentions(pipeline, convert(text))


# ---- the committed gold follows the project's conventions in both halves

def test_gold_governments_and_armies():
    records = {r["id"]: r for r in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines())}
    bodies = {(r_id, e["name"]) for r_id, r in records.items() for e in r["entities"] if e["type"] == "ORGANIZATION"}
    # a country's government is the country (docs/entities.md; combine._country_government)
    assert not {name for _, name in bodies if name.endswith("政府") and name[:-2] in {"俄国", "以色列", "中国", "印尼"}}
    # a state's army X军 is a body wherever written (docs/entities.md, round 5)
    assert {("intl-05", "俄军"), ("intl-07", "以军"), ("intl-09", "乌军"), ("intl-13", "俄军")} <= bodies


# ---- countries' one-letter forms the recogniser ran together (俄乌和平协议, 俄乌美三方): each its country

@pytest.mark.parametrize("text, letters", [
    ("俄乌美三方代表在日内瓦会面。", ["俄", "乌", "美"]),
    ("在最近俄乌美三方谈判所依据的20点和平计划中。", ["俄", "乌", "美"]),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_country_letters_apart(pipeline, text, letters, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert all(("PLACE", letter) in found for letter in letters)
    assert not any(label == "PLACE" and len(name) > 1 and set(name) <= set(letters) for label, name in found)


def test_country_letters_apart_leaves_one_country_and_regions():
    from zhkg.extract.statistical import country_letters_apart
    from zhkg.resources.lexicon import load_lexicon

    def crf(s, name):
        return Mention("d", s, s + len(name), name, name, Label.PLACE, "crf")

    kept = [crf(0, "中华"), crf(3, "中台"), crf(6, "港台")]  # one country twice; Taiwan's and Hong Kong's letters
    assert country_letters_apart(kept, load_lexicon()) == kept
    assert [m.simplified for m in country_letters_apart([crf(0, "美日")], load_lexicon())] == ["美", "日"]


# ---- a city whose name opens a region's the document writes is that region (加沙 beside 加沙地带)

@pytest.mark.parametrize("convert", SCRIPTS)
def test_city_beside_its_region_is_the_region(pipeline, convert):
    codes = codes_by_name(pipeline, convert("以色列对加沙地带的军事行动仍在继续，总理有意全面占领加沙。"))
    assert codes[("PLACE", "加沙")] == codes[("PLACE", "加沙地带")] == "PS-city:Gaza_Strip"


@pytest.mark.parametrize("convert", SCRIPTS)
def test_city_alone_stays_the_city(pipeline, convert):
    assert codes_by_name(pipeline, convert("以色列总理有意全面占领加沙。"))[("PLACE", "加沙")] == "PS-city:Gaza"
