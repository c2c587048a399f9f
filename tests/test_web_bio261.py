"""bench/web_bio.py --generic-guard and --run-guard (crf261): a sentence holding a generic body's ORG mark (市府,
医学院, 地产公司, 日本杂志) or a PER mark running on past the shipped recogniser's person into a letter that opens the
next word (张炎有|透露 read 张炎) is dropped, never guessed; the drops are counted per reason; the other flags keep
their behaviour. Articles and gold lists written for the test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import web_gold_set

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import web_bio  # noqa: E402
from bench.web_bio_guards import generic_marks, generic_reason, run_ons  # noqa: E402
from zhkg.ner.bio import Sentence, read_bio  # noqa: E402

#: id: (half, text, its gold entities). Written in the pattern of Taiwanese and mainland news.
ARTICLES = {
    "tw-01": ("tune", "县府表示，将补助农民。林大华县长今天视察新竹县。市府与鸿海集团签约。",
              [("ORGANIZATION", "县府"), ("PERSON", "林大华"), ("PLACE", "新竹县"), ("ORGANIZATION", "市府"),
               ("ORGANIZATION", "鸿海集团")]),
    "cn-01": ("tune", "美的集团旗下地产公司今天开盘。日本杂志报道此事。丰田汽车公司扩产。张有才透露，球队将赴北京。",
              [("ORGANIZATION", "美的集团"), ("ORGANIZATION", "地产公司"), ("ORGANIZATION", "日本杂志"),
               ("ORGANIZATION", "丰田汽车公司"), ("PERSON", "张有才"), ("PLACE", "北京")]),
    "tw-02": ("check", "县府说明。", [("ORGANIZATION", "县府")]),
}


@pytest.fixture
def web_set(tmp_path):
    return web_gold_set(tmp_path, {name: (half, text, [{"type": t, "name": n} for t, n in entities])
                                   for name, (half, text, entities) in ARTICLES.items()})


def _run(gold, texts, out, *extra) -> int:
    return web_bio.main(["--gold", str(gold), "--texts", str(texts), "--output", str(out), "--half", "tune", *extra])


class _Model:
    """The shipped recogniser stood in for: reads 张有才 as 张有 (a name cut before 才, an adverb), every other
    person whole."""

    def tag_spans_many(self, texts):
        out = []
        for text in texts:
            start = text.find("张有才")
            out.append([(start, start + 2, "PER")] if start >= 0 else [])
        return out


@pytest.mark.parametrize("name, reason", [
    ("县府", "level word"), ("市府", "level word"), ("县政府", "level word"), ("县议会", "level word"),
    ("医学院", "field's school"), ("地产公司", "trade and company word"), ("房地产公司", "trade and company word"),
    ("县长办公室", "title's office"), ("日本杂志", "place and kind"), ("台湾媒体", "place and kind"),
    ("协会", "body word alone"), ("财务部", "pipeline")])
def test_generic_bodies_have_a_reason(name, reason):
    assert generic_reason(name) == reason


@pytest.mark.parametrize("name", ["台北市政府", "新竹县政府", "上海医学院", "成大医学院", "华侨银行", "鸿海集团",
                                  "丰田汽车公司", "苹果公司", "足总", "台湾大学", "日本航空", "中国银行"])
def test_named_bodies_have_none(name):
    assert generic_reason(name) is None


def test_generic_marks_names_each_generic_body_of_a_sentence():
    text = "县府与鸿海集团签约"
    sentence = Sentence(text, ("B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"))
    assert generic_marks(sentence) == [("县府", "level word")]


def test_a_mark_running_past_the_models_person_into_an_opening_letter():
    sentence = Sentence("张有才透露，王沛诗说。", ("B-PER", "I-PER", "I-PER", "O", "O", "O",
                                          "B-PER", "I-PER", "I-PER", "O", "O"))
    # 才 (an adverb) after the model's 张有: the mark runs on; 诗 (a noun) after its 王沛: no run-on
    assert run_ons(sentence, [(0, 2, "PER"), (6, 8, "PER")]) == [(0, 3, "PER")]
    # the model running past the mark (张有才透露) is the gold's boundary to learn, not dropped
    assert run_ons(sentence, [(0, 5, "PER"), (6, 9, "PER")]) == []


def test_generic_guard_drops_the_sentences_and_counts_them(web_set, tmp_path, capsys):
    gold, texts = web_set
    out = tmp_path / "web.bio"
    assert _run(gold, texts, out, "--generic-guard") == 0
    assert [s.text for s in read_bio(out)] == [
        "林大华县长今天视察新竹县。", "丰田汽车公司扩产。", "张有才透露，球队将赴北京。"]
    err = capsys.readouterr().err
    assert "dropped by the generic guard (generic: level word): 2" in err
    assert "dropped by the generic guard (generic: trade and company word): 1" in err
    assert "dropped by the generic guard (generic: place and kind): 1" in err
    assert "3 sentences kept" in err and "4 more by the generic and run guards" in err


def test_run_guard_drops_the_run_on_sentence(web_set, tmp_path, capsys, monkeypatch):
    import zhkg.ner.model

    monkeypatch.setattr(zhkg.ner.model, "load_model", lambda *a, **k: _Model())
    gold, texts = web_set
    out = tmp_path / "web.bio"
    assert _run(gold, texts, out, "--generic-guard", "--run-guard") == 0
    assert [s.text for s in read_bio(out)] == ["林大华县长今天视察新竹县。", "丰田汽车公司扩产。"]
    assert "dropped by the run-on guard (run-on): 1" in capsys.readouterr().err


def test_without_the_new_flags_nothing_more_is_dropped(web_set, tmp_path, capsys):
    gold, texts = web_set
    out = tmp_path / "web.bio"
    assert _run(gold, texts, out) == 0
    assert len(list(read_bio(out))) == 7  # no check article: its 县府说明 is never written
    err = capsys.readouterr().err
    assert "guard" not in err and "7 sentences kept" in err
