"""bench/judge_bootstrap.py (learner204): a judge set's noise and a paired bootstrap of a candidate's gain."""

from __future__ import annotations

import hashlib
import json
import statistics
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import judge_bootstrap as jb  # noqa: E402

SHIPPED = ROOT / "pipeline" / "zhkg" / "resources" / "data" / "ner_mixed_v1.crfsuite"


@pytest.mark.parametrize(
    ("counts", "picks", "expected"),
    [([(4, 4, 4), (4, 4, 0)], None, 0.5), ([(4, 4, 4), (4, 4, 0)], [0, 0], 1.0), ([(4, 4, 4), (4, 4, 0)], [1, 1], 0.0),
     ([(3, 1, 1), (1, 3, 1)], None, 0.5), ([(0, 0, 0)], None, 0.0)],
)
def test_total_f1_sums_the_picked_articles_counts(counts, picks, expected):
    assert jb.total_f1(counts, picks) == pytest.approx(expected)


def test_resamples_are_fixed_by_the_seed_and_draw_with_replacement():
    first, again, other = jb.resamples(42, 200, 204), jb.resamples(42, 200, 204), jb.resamples(42, 200, 205)
    assert first == again and first != other
    assert all(len(r) == 42 and all(0 <= i < 42 for i in r) for r in first)
    assert any(len(set(r)) < 42 for r in first)  # some article drawn twice


def test_identical_articles_have_no_noise_and_mixed_ones_do():
    draws = jb.resamples(10, 300, 1)
    assert statistics.pstdev(jb.bootstrap_f1([(5, 5, 4)] * 10, draws)) == pytest.approx(0.0)
    assert statistics.pstdev(jb.bootstrap_f1([(5, 5, 5)] * 5 + [(5, 5, 0)] * 5, draws)) > 0.1


@pytest.mark.parametrize(
    ("candidate", "p5_positive"),
    [([(5, 5, 4)] * 10, False),  # the same model: every paired gain is 0
     ([(5, 5, 5)] * 10, True),  # better on every article: every resample gains
     ([(5, 5, 5)] + [(5, 5, 4)] * 9, False)],  # better on one article of ten: many resamples miss it
)
def test_paired_gain_p5_needs_a_gain_spread_over_the_articles(candidate, p5_positive):
    base = [(5, 5, 4)] * 10
    gains = jb.paired_gains(base, candidate, jb.resamples(10, 1000, 204))
    assert (jb.percentile(gains, 5) > 0) is p5_positive


def test_paired_gains_refuse_two_article_counts():
    with pytest.raises(ValueError, match="scored 2 and 1 articles"):
        jb.paired_gains([(1, 1, 1)] * 2, [(1, 1, 1)], [[0]])


@pytest.mark.parametrize(("q", "expected"), [(0, 1.0), (5, 1.2), (50, 3.0), (95, 4.8), (100, 5.0)])
def test_percentile_interpolates_between_ranks(q, expected):
    assert jb.percentile([5.0, 3.0, 1.0, 4.0, 2.0], q) == pytest.approx(expected)


@pytest.fixture
def judge(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    lines = []
    for name, text, people in (("hk-181-01", "国务院总理李克强在北京会见了联合国秘书长。", ["李克强"]),
                               ("hk-181-02", "习近平昨日在上海考察。", ["习近平"])):
        (texts / f"{name}.txt").write_text(text, encoding="utf-8")
        lines.append(json.dumps({"id": name, "half": "tune", "region": "hongkong", "script": "simplified",
                                 "sha256": hashlib.sha256(text.encode()).hexdigest(),
                                 "entities": [{"type": "PERSON", "name": n} for n in people]}, ensure_ascii=False))
    gold = tmp_path / "judge.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold, texts


def test_the_shipped_model_against_itself_gains_nothing(judge, capsys):
    gold, texts = judge
    assert jb.main(["--gold", str(gold), "--texts", str(texts), "--candidate", str(SHIPPED), "--draws", "50"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2 articles (0 left out), 50 draws, seed 204"
    assert out[2].endswith("gain +0.0000")
    assert out[3] == "paired gain: p5 +0.0000, p50 +0.0000, p95 +0.0000, sd 0.0000"


@pytest.mark.parametrize(
    ("extra", "message"),
    [(["--draws", "0"], "error: --draws must be at least 1, got 0"),
     (["--candidate", "/nonexistent/x.crfsuite"], "error: not found: /nonexistent/x.crfsuite"),
     (["--half", "check"], "error: no article to score in half 'check'")],
)
def test_bad_input_is_one_line_and_a_non_zero_exit(judge, capsys, extra, message):
    gold, texts = judge
    assert jb.main(["--gold", str(gold), "--texts", str(texts), *extra]) != 0
    captured = capsys.readouterr()
    assert captured.err.strip() == message and captured.out == ""
