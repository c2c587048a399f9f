"""bench/web_bio.py --half tune (crf253): every tune article, original or grown by any round, none kept back as a
judge set, never a check article; the counts per label and the gold names never found in their text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import web_gold_set

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import web_bio  # noqa: E402
from zhkg.ner.bio import read_bio  # noqa: E402

#: id: (half, text, its gold entities). Written here, in the pattern of news text; one Traditional article.
ARTICLES = {
    "tw-01": ("tune", "行政院長卓立明今天在台北市表示，將與立法院溝通。",
              [("PERSON", "卓立明"), ("PLACE", "台北市"), ("ORGANIZATION", "立法院"), ("ORGANIZATION", "行政院")]),
    "tw-02": ("check", "王小华到高雄市。", [("PERSON", "王小华"), ("PLACE", "高雄市")]),
    "hk-181-01": ("tune", "李强到上海。", [("PERSON", "李强"), ("PLACE", "上海")]),
    "intl-219-03": ("tune", "赵六访问德国，会见默茨。",
                    [("PERSON", "赵六"), ("PLACE", "德国"), ("PERSON", "默茨"), ("PERSON", "朔尔茨"),
                     ("COUNT", "三")]),
}


@pytest.fixture
def web_set(tmp_path):
    return web_gold_set(tmp_path, {name: (half, text, [{"type": t, "name": n} for t, n in entities])
                                   for name, (half, text, entities) in ARTICLES.items()})


def _run(gold, texts, out, *extra) -> int:
    return web_bio.main(["--gold", str(gold), "--texts", str(texts), "--output", str(out), *extra])


def test_half_tune_writes_every_tune_article_and_no_check_article(web_set, tmp_path, capsys):
    gold, texts = web_set
    out = tmp_path / "web.bio"
    assert _run(gold, texts, out, "--half", "tune") == 0
    sentences = list(read_bio(out))
    # the Traditional article in the processing form; round 181 (the old default judge) and round 219 both written
    assert [s.text for s in sentences] == ["行政院长卓立明今天在台北市表示，将与立法院沟通。", "李强到上海。",
                                           "赵六访问德国，会见默茨。"]
    first = sentences[0]
    assert [(first.text[a:b], label) for a, b, label in first.spans] == [
        ("行政院", "ORG"), ("卓立明", "PER"), ("台北市", "LOC"), ("立法院", "ORG")]
    err = capsys.readouterr().err
    assert "3 articles (0 left out), 3 sentences kept (9 names)" in err
    assert "names marked: PER 4, ORG 2, LOC 3; 1 gold names never in their text" in err
    assert "never in its text: intl-219-03: 朔尔茨" in err
    assert "王小华" not in out.read_text(encoding="utf-8")


def test_without_half_the_judge_rounds_stay_out(web_set, tmp_path):
    gold, texts = web_set
    out = tmp_path / "web.bio"
    assert _run(gold, texts, out) == 0
    assert [s.text for s in read_bio(out)] == ["行政院长卓立明今天在台北市表示，将与立法院沟通。"]


@pytest.mark.parametrize("extra", [("--rounds", "219"), ("--judge-rounds", "219")])
def test_half_with_rounds_is_refused(web_set, tmp_path, capsys, extra):
    gold, texts = web_set
    out = tmp_path / "web.bio"
    assert _run(gold, texts, out, "--half", "tune", *extra) == 2
    assert capsys.readouterr().err.strip() == (
        "error: --half writes every tune article; give it without --rounds or --judge-rounds")
    assert not out.exists()


def test_the_check_half_is_never_written(web_set, tmp_path):
    gold, texts = web_set
    with pytest.raises(SystemExit) as exit_:
        _run(gold, texts, tmp_path / "web.bio", "--half", "check")
    assert exit_.value.code == 2
    assert not (tmp_path / "web.bio").exists()


def test_unfound_names_compare_processing_forms():
    entities = [{"type": "PERSON", "name": "卓立明"}, {"type": "PLACE", "name": "台北"},
                {"type": "ORGANIZATION", "name": "立法会", "aliases": ["立法院"]}, {"type": "PLACE", "name": "高雄"}]
    assert web_bio.unfound_names("卓立明抵達臺北，立法院開會。", entities) == ["高雄"]
