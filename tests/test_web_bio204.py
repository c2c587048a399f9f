"""bench/web_bio.py's place guard (learner204): no place the gold leaves out (太平洋, 亚洲) trained as O."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import web_bio  # noqa: E402
from tests.test_web_bio197 import one_article  # noqa: E402
from zhkg.ner.bio import Sentence, read_bio, spans_to_tags  # noqa: E402


def _sentence(text, spans=()):
    return Sentence(text, tuple(spans_to_tags(list(spans), len(text))))


@pytest.mark.parametrize(
    ("found", "marked", "expected"),
    [([(3, 6, "LOC")], [], [(3, 6, "LOC")]),  # an ocean the gold does not list
     ([(3, 4, "LOC")], [], []),  # one character (港, 中): left alone
     ([(3, 6, "LOC")], [(3, 5, "LOC")], []),  # over a gold mark: a boundary to learn, kept
     ([(3, 6, "LOC")], [(0, 3, "ORG")], [(3, 6, "LOC")]),  # next to a mark is not touching it
     ([(0, 2, "PER")], [], [])],  # a person is the person guard's
)
def test_unlisted_places_are_loc_spans_of_two_or_more_touching_no_mark(found, marked, expected):
    sentence = _sentence("中国与太平洋岛国合作。", marked)
    assert web_bio.unlisted_spans([sentence], lambda texts: [found], "LOC", web_bio.PLACE_GUARD_LENGTH) == [expected]


@pytest.mark.parametrize(
    ("persons", "places", "kept", "by_person", "by_place"),
    [(False, False, ["a", "b", "c", "d"], 0, 0), (True, False, ["b", "c", "d"], 1, 0),
     (False, True, ["c", "d"], 0, 2), (True, True, ["c", "d"], 1, 1)],
)
def test_guarded_counts_the_person_guard_first(persons, places, kept, by_person, by_place):
    # a: a person and a place unlisted; b: a place unlisted; c: a one-character place; d: a listed place
    sentences = [_sentence("王五去北京。"), _sentence("他去北京。"), _sentence("他去港。"), _sentence("他去天津。", [(2, 4, "LOC")])]
    found = [[(0, 2, "PER"), (3, 5, "LOC")], [(2, 4, "LOC")], [(2, 3, "LOC")], [(2, 4, "LOC")]]
    calls = []

    def tag(texts):
        calls.append(texts)
        return found

    left, p, q = web_bio.guarded(sentences, tag, persons=persons, places=places)
    names = dict(zip("abcd", sentences))
    assert left == [names[k] for k in kept]
    assert (p, q) == (by_person, by_place)
    assert len(calls) == 1  # the recogniser runs once for both guards


def test_place_guard_drops_a_sentence_with_a_place_the_gold_leaves_out(tmp_path, capsys):
    # the shipped recogniser tags 北京 (LOC, 2 characters) and 港 (LOC, 1 character); the gold lists neither
    gold, texts = one_article(tmp_path, "国务院总理李克强在北京会见了联合国秘书长。李克强昨日抵港访问。",
                              [{"type": "PERSON", "name": "李克强"}, {"type": "ORGANIZATION", "name": "联合国"}])
    base = ["--gold", str(gold), "--texts", str(texts)]
    for name, extra in (("plain", []), ("guarded", ["--place-guard"]), ("both", ["--person-guard", "--place-guard"])):
        assert web_bio.main([*base, "--output", str(tmp_path / f"{name}.bio"), *extra]) == 0
    read = {name: [s.text for s in read_bio(tmp_path / f"{name}.bio")] for name in ("plain", "guarded", "both")}
    assert read["plain"] == ["国务院总理李克强在北京会见了联合国秘书长。", "李克强昨日抵港访问。"]
    assert read["guarded"] == read["both"] == ["李克强昨日抵港访问。"]
    err = capsys.readouterr().err
    assert "1 sentences kept (1 names), 0 dropped, 1 more by the place guard; written 1x" in err
    assert "0 more by the person guard, 1 more by the place guard" in err
