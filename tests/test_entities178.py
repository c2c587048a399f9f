"""Round entities178: entity errors classed by the stage that makes them, and a body's name read with a word of the
clause glued before it (issue 15).

The cause classifier of ``bench/entities_web.py --causes`` (:mod:`bench.entity_causes`) is pinned on sentences
written for these tests: each class decided from the stages' mentions alone. The glued bodies
(:mod:`zhkg.extract.glued_bodies`): a recogniser's or the suffix grammar's body whose first letters, no place, level
or name, stand before a body a rule reads alone elsewhere in the document is that body (力争|市东医院, 其|哈电集团).
The texts are written for the tests, not taken from the dev set.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import both_scripts, labelled_mentions

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.entity_causes import MISS_CLASSES, SPURIOUS_CLASSES, Known, Staged, cause_table, classify_article  # noqa: E402
from zhkg.evaluate import GoldArticle, GoldEntity  # noqa: E402
from zhkg.extract.glued_bodies import bodies_unglued  # noqa: E402
from zhkg.records import Label, Mention  # noqa: E402

KNOWN = Known(titles=frozenset({"市长", "总统"}), places=frozenset({"北京", "东京"}), heads=frozenset({"公司", "委员会"}),
              letters=frozenset("粤港沪宁"))


def _m(text: str, name: str, label: str, extractor: str = "crf", at: int | None = None) -> Mention:
    start = text.index(name) if at is None else at
    return Mention("d", start, start + len(name), name, name, Label(label), extractor)


def _causes(text: str, gold: list[tuple[str, str]], final: list[Mention], rules: list[Mention] = (),
            model: list[Mention] | None = None) -> list[tuple[str, str, str]]:
    article = GoldArticle("d", text, tuple(GoldEntity(label, (name,)) for label, name in gold))
    staged = Staged(list(rules), final if model is None else model, final, text)
    return [(c.kind, c.label, c.cause) for c in classify_article(article, staged, KNOWN)]


def test_a_right_answer_is_no_error():
    text = "王小明到北京。"
    assert _causes(text, [("PERSON", "王小明"), ("PLACE", "北京")],
                   [_m(text, "王小明", "PERSON"), _m(text, "北京", "PLACE", "gazetteer")]) == []


def test_type_wrong_names_the_pair_on_both_sides():
    text = "华信今日开业。"
    assert _causes(text, [("ORGANIZATION", "华信")], [_m(text, "华信", "PERSON")]) == [
        ("miss", "ORGANIZATION", "type: gold ORG read as PER"), ("spurious", "PERSON", "type: gold ORG read as PER")]


@pytest.mark.parametrize("text, gold, found, cause", [
    ("市长王小明说。", "王小明", "市长王小明", "too long: a title swallowed"),
    ("张三和王小明说。", "王小明", "张三和王小明", "too long: coordination"),
    ("力争王小明说。", "王小明", "力争王小明", "too long: a word before it joined"),
    ("王小明家说。", "王小明", "王小明家", "too long: a unit, field or word after it joined"),
])
def test_too_long_by_how(text, gold, found, cause):
    causes = _causes(text, [("PERSON", gold)], [_m(text, found, "PERSON")])
    assert causes == [("miss", "PERSON", cause), ("spurious", "PERSON", cause)]


def test_too_short_by_how():
    text = "北京华信公司和东京巨蛋。"
    gold = [("ORGANIZATION", "北京华信公司"), ("PLACE", "东京巨蛋")]
    found = [_m(text, "华信公司", "ORGANIZATION"), _m(text, "东京", "PLACE", "gazetteer")]
    assert _causes(text, gold, found) == [
        ("miss", "ORGANIZATION", "too short: a place prefix cut"),
        ("miss", "PLACE", "too short: only the place a site's name begins with"),
        ("spurious", "ORGANIZATION", "too short: a place prefix cut"),
        ("spurious", "PLACE", "too short: only the place a site's name begins with")]


def test_a_miss_is_classed_by_the_stage_that_lost_it():
    text = "甲乙丙说，丁戊己笑，庚辛壬哭，子丑寅叫。"
    gold = [("PERSON", "甲乙丙"), ("PERSON", "丁戊己"), ("PERSON", "庚辛壬"), ("PERSON", "子丑寅")]
    model = [_m(text, "甲乙丙", "PERSON"), _m(text, "丁戊", "PERSON")]
    rules = [_m(text, "庚辛壬", "PERSON", "people:list"), _m(text, "辛壬", "PLACE", "gazetteer")]
    assert [c[2] for c in _causes(text, gold, [], rules, model)] == [
        "stages: the recogniser had it, a later step dropped it",
        "stages: only other boundaries at any stage",
        "stages: a rule had it, a later step dropped it",
        "stages: no stage had it"]


def test_conventions_of_the_gold():
    text = "来往粤港两地，内地游客到巴黎奥运。"
    found = [_m(text, "粤港", "PLACE"), _m(text, "内地", "PLACE", "gazetteer"), _m(text, "巴黎", "PLACE", "gazetteer")]
    assert [c[2] for c in _causes(text, [], found)] == [
        "convention: a compound of places' short forms (粤港, 沪宁)",
        "convention: a home word (港, 内地, 大陆) as a place",
        "convention: a place inside an event's name"]


def test_a_name_around_a_gold_name_found_elsewhere_is_not_a_miss():
    text = "东协今日开会。东协峰会举行。"
    found = [_m(text, "东协", "ORGANIZATION", at=0), _m(text, "东协峰会", "ORGANIZATION")]
    assert _causes(text, [("ORGANIZATION", "东协")], found) == [
        ("spurious", "ORGANIZATION", "gold found elsewhere, too long: a unit, field or word after it joined")]


def test_every_class_is_listed_and_the_table_holds_counts_only():
    text = "市长王小明说。华信开业。"
    causes = classify_article(GoldArticle("d", text, (GoldEntity("PERSON", ("王小明",)),)),
                              Staged([], [], [_m(text, "市长王小明", "PERSON"), _m(text, "华信", "ORGANIZATION")], text),
                              KNOWN)
    assert all(c.cause in (MISS_CLASSES if c.kind == "miss" else SPURIOUS_CLASSES) for c in causes)
    table = "\n".join(cause_table(causes))
    assert "王小明" not in table and "华信" not in table
    assert "| miss | too long: a title swallowed | 1 | 0 | 0 | 1 | 0 | 1 | 33.3% |" in table


def _org(start: int, name: str, extractor: str) -> Mention:
    return Mention("d", start, start + len(name), name, name, Label.ORGANIZATION, extractor)


@pytest.mark.parametrize("glued, cut", [
    ("力争市东医院", "市东医院"),   # a verb of the clause
    ("其市东医院", "市东医院"),     # a pronoun
    ("今届市东医院", "市东医院"),   # a time word
    ("北京市东医院", None),         # a place: another body
    ("市市东医院", None),           # a level
    ("全国市东医院", None),         # a qualifier (deixis)
    ("国家市东医院", None),         # two letters that open a listed body's name
    ("农村市东医院", None),         # a common noun qualifies the body
])
def test_a_grammar_body_glued_onto_a_body_named_alone_is_cut(glued, cut):
    from zhkg.resources.gazetteer import load_gazetteer
    from zhkg.resources.lexicon import load_lexicon

    known = _org(0, "市东医院", "org_suffix")
    glued_body = _org(10, glued, "org_suffix")
    out = bodies_unglued([known, glued_body], gazetteer=load_gazetteer(), lexicon=load_lexicon())
    assert out[1].simplified == (cut or glued)
    if cut:
        assert (out[1].start, out[1].end) == (10 + len(glued) - len(cut), 10 + len(glued))


def test_a_body_named_whole_elsewhere_or_a_kind_alone_is_never_cut():
    from zhkg.resources.gazetteer import load_gazetteer
    from zhkg.resources.lexicon import load_lexicon

    gazetteer, lexicon = load_gazetteer(), load_lexicon()
    known, glued, again = _org(0, "市东医院", "org_suffix"), _org(10, "力争市东医院", "crf"), _org(20, "力争市东医院", "crf")
    assert bodies_unglued([known, glued, again], gazetteer=gazetteer, lexicon=lexicon) == [known, glued, again]
    kind, body = _org(0, "委员会", "org_suffix"), _org(10, "力争委员会", "org_suffix")
    assert bodies_unglued([kind, body], gazetteer=gazetteer, lexicon=lexicon) == [kind, body]
    listed = _org(10, "力争市东医院", "org_known")  # a listed name is whole
    full = replace(known, canonical="力争市东医院")  # the body's full name is the whole
    glued = _org(10, "力争市东医院", "org_suffix")
    assert bodies_unglued([full, glued], gazetteer=gazetteer, lexicon=lexicon) == [full, glued]
    assert bodies_unglued([known, listed], gazetteer=gazetteer, lexicon=lexicon) == [known, listed]


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("市东医院今年扩建。新机制下，力争市东医院在五年内达到三级标准。",
     [("ORGANIZATION", "市东医院")], [("ORGANIZATION", "力争市东医院")]),
    ("哈电集团发布公告，任命王强为董事长，免去其哈电集团总经理职务。",
     [("ORGANIZATION", "哈电集团")], [("ORGANIZATION", "其哈电集团")]),
    # a common noun before the body qualifies it (农村|基层防控组 stays whole)
    ("平谷区成立基层防控组。区委成立了农村基层防控组，分成三个片区。", [("ORGANIZATION", "农村基层防控组")], []),
    # the place before the body is kept: another body
    ("市东医院今年扩建。上海市东医院在五年内达到三级标准。", [("ORGANIZATION", "市东医院")], []),
]))
def test_glued_bodies_in_the_pipeline(pipeline, text, present, absent):
    found = labelled_mentions(pipeline, text)
    assert set(present) <= found
    assert not set(absent) & found
