"""bench/web_bio.py's grown rounds and person guard (learner197): more tune articles, no unlisted persons trained O."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers import web_entity_set  # noqa: E402

from bench import web_bio  # noqa: E402
from zhkg.ner.bio import Sentence, read_bio, spans_to_tags  # noqa: E402

ARTICLES = {  # id: text
    "cn-01": "张伟到北京。",
    "cn-192-01": "李强到上海。",
    "intl-194-02": "王芳到天津。",
    "cn-182-01": "赵六到广州。",
}
ENTITIES = [{"type": "PERSON", "name": n} for n in ("张伟", "李强", "王芳", "赵六")] + [
    {"type": "PLACE", "name": n} for n in ("北京", "上海", "天津", "广州")]


@pytest.fixture
def web_set(tmp_path):
    return web_entity_set(tmp_path, ARTICLES, ENTITIES)


def one_article(tmp_path: Path, text: str, entities: list[dict]) -> tuple[Path, Path]:
    """A web gold file of one tune article ``tw-01`` with ``entities``, and the texts folder holding ``text``."""
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "tw-01.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "tw-01", "half": "tune", "sha256": hashlib.sha256(text.encode()).hexdigest(),
                                "entities": entities}, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, texts


def _written(gold, texts, out, *extra):
    assert web_bio.main(["--gold", str(gold), "--texts", str(texts), "--output", str(out), *extra]) == 0
    return [s.text for s in read_bio(out)]


@pytest.mark.parametrize(
    ("rounds", "expected"),
    [((), ["张伟到北京。"]), (("192",), ["张伟到北京。", "李强到上海。"]),
     (("192", "194"), ["张伟到北京。", "李强到上海。", "王芳到天津。"])],
)
def test_rounds_add_their_grown_tune_articles(web_set, tmp_path, rounds, expected):
    gold, texts = web_set
    extra = ["--rounds", *rounds] if rounds else []
    assert _written(gold, texts, tmp_path / "web.bio", *extra) == expected


@pytest.mark.parametrize("judged", ["181", "182", "183"])
def test_a_judge_round_is_refused_and_nothing_written(web_set, tmp_path, capsys, judged):
    gold, texts = web_set
    out = tmp_path / "web.bio"
    assert web_bio.main(["--gold", str(gold), "--texts", str(texts), "--output", str(out),
                         "--rounds", "192", judged]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"error: round {judged} is the judge set's and never written"
    assert not out.exists()


@pytest.mark.parametrize(
    ("record", "rounds", "expected"),
    [({"id": "cn-192-01", "half": "check"}, {"192"}, False), ({"id": "cn-182-01", "half": "tune"}, {"182"}, False),
     ({"id": "cn-194-01", "half": "tune"}, {"192"}, False), ({"id": "cn-01", "half": "tune"}, set(), True)],
)
def test_is_training_tune(record, rounds, expected):
    assert web_bio.is_training_tune(record, frozenset(rounds)) is expected


@pytest.mark.parametrize(
    ("span", "marked", "expected"),
    [((0, 2, "PER"), [(0, 2, "PER")], True), ((0, 3, "PER"), [(1, 3, "LOC")], True),
     ((2, 4, "PER"), [(0, 2, "PER"), (4, 6, "LOC")], False), ((0, 2, "PER"), [], False)],
)
def test_covered_means_touching_a_gold_mark(span, marked, expected):
    assert web_bio.covered(span, marked) is expected


def test_unlisted_persons_keeps_only_uncovered_person_spans():
    sentences = [Sentence("记者王五报道张伟。", tuple(spans_to_tags([(6, 8, "PER")], 9))),
                 Sentence("张伟在北京。", tuple(spans_to_tags([(0, 2, "PER")], 6)))]

    def tag(texts):
        assert texts == [s.text for s in sentences]  # all sentences at once, in order
        return [[(2, 4, "PER"), (6, 8, "PER")], [(0, 3, "PER"), (3, 5, "LOC")]]

    assert web_bio.unlisted_persons(sentences, tag) == [[(2, 4, "PER")], []]


def test_person_guard_drops_a_sentence_with_a_person_the_gold_leaves_out(tmp_path, capsys):
    # the shipped recogniser tags 李克强 (tag_spans's doctest); the gold lists only the places
    gold, texts = one_article(tmp_path, "国务院总理李克强在北京会见了联合国秘书长。北京天气晴朗。",
                              [{"type": "PLACE", "name": "北京"}, {"type": "ORGANIZATION", "name": "联合国"}])
    plain = _written(gold, texts, tmp_path / "plain.bio")
    guarded = _written(gold, texts, tmp_path / "guarded.bio", "--person-guard")
    assert plain == ["国务院总理李克强在北京会见了联合国秘书长。", "北京天气晴朗。"]
    assert guarded == ["北京天气晴朗。"]
    err = capsys.readouterr().err
    assert "1 sentences kept (1 names), 0 dropped, 1 more by the person guard; written 1x" in err
