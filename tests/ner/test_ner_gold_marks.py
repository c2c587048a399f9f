"""zhkg.ner.gold_marks: an article and its gold name set made into BIO sentences (learner190)."""

from __future__ import annotations

import pytest

from zhkg.ner.bio import read_bio
from zhkg.ner.gold_marks import gold_names, mark_article, mark_sentence
from zhkg.ner.train import training_sentences


def _shown(sentence):
    return [(sentence.text[s:e], label) for s, e, label in sentence.spans]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # longest first: the shorter name inside a marked longer one is not marked again
        ("德国之声报道德国。", {"德国之声": "ORG", "德国": "LOC"}, [("德国之声", "ORG"), ("德国", "LOC")]),
        # every occurrence, not only the first
        ("李明见李明。", {"李明": "PER"}, [("李明", "PER"), ("李明", "PER")]),
        # two names side by side stay two spans (B- opens the second)
        ("中美日本", {"中美": "LOC", "日本": "LOC"}, [("中美", "LOC"), ("日本", "LOC")]),
        # a Latin name standing apart is marked
        ("SPD 与 CDU 会谈", {"SPD": "ORG", "CDU": "ORG"}, [("SPD", "ORG"), ("CDU", "ORG")]),
        # a sentence without any name is kept, all O
        ("天气很好。", {"德国": "LOC"}, []),
    ],
)
def test_marks_every_occurrence_longest_first(text, names, expected):
    assert _shown(mark_sentence(text, names)) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("东德国之声", {"东德": "LOC", "德国之声": "ORG"}),  # two names cross
        ("长沙很好", {"长沙": None}),  # a name two types claim
        ("SPDX 发布", {"SPD": "ORG"}),  # a Latin name glued to a letter
        ("A320SPD", {"SPD": "ORG"}),  # … or a digit before it
    ],
)
def test_an_occurrence_not_placed_cleanly_drops_the_sentence(text, names):
    assert mark_sentence(text, names) is None


def test_gold_names_normalise_and_refuse_the_ambiguous():
    names = gold_names([
        {"type": "PERSON", "name": "卓榮泰"},  # Traditional in the gold too: put in the processing form
        {"type": "PLACE", "name": "美国", "aliases": ["美", "USA"]},
        {"type": "ORGANIZATION", "name": "台北"}, {"type": "PLACE", "name": "台北"},
        {"type": "EVENT", "name": "奥运会"},  # not a type the recogniser tags
    ])
    assert names == {"卓荣泰": "PER", "美国": "LOC", "美": None, "USA": "LOC", "台北": None}


def test_a_one_character_alias_is_marked_inside_its_name_only():
    entities = [{"type": "PLACE", "name": "美国", "aliases": ["美"]}]
    kept = mark_article("美国总统讲话。他说其中有美元。", entities)
    assert [(s.text, _shown(s)) for s in kept.sentences] == [("美国总统讲话。", [("美国", "LOC")])]
    assert kept.dropped == 1


def test_article_is_cut_as_the_tagger_cuts_it_and_keeps_offsets():
    text = "　卓榮泰說：\n行政院開會；立法院休會！"
    entities = [{"type": "PERSON", "name": "卓荣泰"}, {"type": "ORGANIZATION", "name": "行政院"},
                {"type": "ORGANIZATION", "name": "立法院"}]
    marked = mark_article(text, entities)
    assert [s.text for s in marked.sentences] == ["卓荣泰说：", "行政院开会；", "立法院休会！"]
    assert [_shown(s) for s in marked.sentences] == [[("卓荣泰", "PER")], [("行政院", "ORG")], [("立法院", "ORG")]]
    assert marked.dropped == 0


def test_marked_sentences_train_as_an_extra_whole_file(write_bio, tmp_path):
    marked = mark_article("卓荣泰到台北。", [{"type": "PERSON", "name": "卓荣泰"}, {"type": "PLACE", "name": "台北"}])
    web = write_bio("web.bio", [(s.text, s.spans) for s in marked.sentences])
    base = write_bio("base.bio", [("张三在北京。", [(0, 2, "PER"), (3, 5, "LOC")])] * 3)
    assert read_bio(web)[0].spans == [(0, 3, "PER"), (4, 6, "LOC")]
    train = training_sentences(base, extra_whole=[web, web])
    assert [s.text for s in train].count("卓荣泰到台北。") == 2
