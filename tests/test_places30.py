"""Session 26 (places30, issue 15): two cities abroad coordinated by 和/与/及, or the place a strike or a visit
reaches, stay places instead of a pair of transliterated people.

Sentences written for zhkg, each read as written (Simplified) and converted to Traditional. The rows of the first
two tests failed on the code before this round; the guards keep people coordinated with people, and a name a title
opens, as people.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

PLACE, PER = "PLACE", "PERSON"


def _spans(pipeline, text):
    """(Simplified span, label) of every mention of a one-document text."""
    from zhkg.stages.documents import parse_documents

    return {(m.simplified, m.label.value) for m in pipeline.extract_mentions(parse_documents("t", text)[0])}


# ---- two cities abroad joined by 和/与/及 are no pair of people

@pytest.mark.parametrize(("text", "first", "second"), both_scripts([
    ("俄军炮击哈尔科夫和赫尔松。", "哈尔科夫", "赫尔松"),
    ("哈尔科夫和赫尔松遭到袭击。", "哈尔科夫", "赫尔松"),
    ("哈尔科夫与赫尔松的居民撤离。", "哈尔科夫", "赫尔松"),
]))
def test_coordinated_cities_abroad_stay_places(pipeline, text, first, second):
    spans = _spans(pipeline, text)
    assert (first, PER) not in spans and (second, PER) not in spans
    assert {(first, PLACE), (second, PLACE)} <= spans


# ---- a city abroad right after a strike or a visit is where it lands, even before 表示/称/说

@pytest.mark.parametrize(("text", "city"), both_scripts([
    ("俄军炮击哈尔科夫表示强烈不满。", "哈尔科夫"),
    ("俄军轰炸哈尔科夫称其为军事目标。", "哈尔科夫"),
    ("乌克兰总统访问哈尔科夫说前线稳定。", "哈尔科夫"),
]))
def test_city_after_strike_or_visit_stays_place(pipeline, text, city):
    spans = _spans(pipeline, text)
    assert (city, PER) not in spans
    assert (city, PLACE) in spans


# ---- guards: people coordinated with people, and a title before the first name, are still people

@pytest.mark.parametrize(("text", "people"), both_scripts([
    ("总统拜登和普京会谈。", {"拜登", "普京"}),
    ("外长拉夫罗夫和布林肯会晤。", {"拉夫罗夫", "布林肯"}),
    ("默克尔表示将访问柏林。", {"默克尔"}),
]))
def test_people_stay_people(pipeline, text, people):
    spans = _spans(pipeline, text)
    assert {(name, PER) for name in people} <= spans


def test_places_coordinated_needs_both_places():
    from zhkg.extract.foreign_people_by_context import _places_coordinated
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.segment import make_nlp, token_table

    lexicon = load_lexicon()
    text = "拜登和赫尔松"
    word = next(w for w in token_table(make_nlp()(text)).words if w.text == "拜登")
    assert not _places_coordinated(text, word, (3, 6), lexicon)
    text = "哈尔科夫和赫尔松"
    word = next(w for w in token_table(make_nlp()(text)).words if w.text == "哈尔科夫")
    assert _places_coordinated(text, word, (5, 8), lexicon)
