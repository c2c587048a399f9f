"""bench/web_bio.py --judge-rounds (learner221): another judge set (rounds 209–219) never written, the old one trainable."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers import web_entity_set  # noqa: E402

from bench import web_bio  # noqa: E402
from zhkg.ner.bio import read_bio  # noqa: E402

#: id: (the person, the place) of its one sentence "<person>到<place>。", every name listed in every article's gold.
NAMES = {"cn-01": ("张伟", "北京"), "hk-181-01": ("李强", "上海"), "tw-209-02": ("王芳", "天津"),
         "intl-219-01": ("赵六", "广州")}


@pytest.fixture
def web_set(tmp_path):
    entities = [{"type": kind, "name": pair[k]} for pair in NAMES.values() for k, kind in enumerate(("PERSON", "PLACE"))]
    return web_entity_set(tmp_path, {i: f"{who}到{where}。" for i, (who, where) in NAMES.items()}, entities)


def _run(gold, texts, out, *extra) -> int:
    return web_bio.main(["--gold", str(gold), "--texts", str(texts), "--output", str(out), *extra])


@pytest.mark.parametrize(
    ("extra", "expected"),
    [(("--rounds", "181", "--judge-rounds", "209", "219"), ["张伟到北京。", "李强到上海。"]),
     (("--rounds", "181", "209", "--judge-rounds", "219"), ["张伟到北京。", "李强到上海。", "王芳到天津。"]),
     (("--rounds", "209", "219"), ["张伟到北京。", "王芳到天津。", "赵六到广州。"])],  # default judge: 181–183
)
def test_judge_rounds_choose_what_is_never_written(web_set, tmp_path, extra, expected):
    gold, texts = web_set
    out = tmp_path / "web.bio"
    assert _run(gold, texts, out, *extra) == 0
    assert [s.text for s in read_bio(out)] == expected


@pytest.mark.parametrize(("rounds", "judge"), [(["209"], ["209", "219"]), (["181", "219"], ["219"]), (["181"], [])])
def test_a_round_of_the_named_judge_set_is_refused(web_set, tmp_path, capsys, rounds, judge):
    gold, texts = web_set
    out = tmp_path / "web.bio"
    extra = ["--judge-rounds", *judge] if judge else []
    assert _run(gold, texts, out, "--rounds", *rounds, *extra) == 2
    refused = sorted(set(rounds) & set(judge or ["181", "182", "183"]))
    assert capsys.readouterr().err.strip() == f"error: round {', '.join(refused)} is the judge set's and never written"
    assert not out.exists()


@pytest.mark.parametrize(
    ("record", "judged", "expected"),
    [({"id": "hk-181-01", "half": "tune"}, {"209"}, True), ({"id": "hk-209-01", "half": "tune"}, {"209"}, False),
     ({"id": "hk-181-01", "half": "check"}, {"209"}, False), ({"id": "hk-01", "half": "tune"}, {"209"}, True)],
)
def test_is_training_tune_with_another_judge(record, judged, expected):
    assert web_bio.is_training_tune(record, frozenset({"181", "209"}), frozenset(judged)) is expected
