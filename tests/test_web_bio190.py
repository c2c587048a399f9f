"""bench/web_bio.py: the web set's original tune articles written as BIO sentences (learner190)."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import web_bio as bench_web_bio  # noqa: E402
from zhkg.ner.bio import read_bio  # noqa: E402


@pytest.fixture
def web_bio():
    return bench_web_bio


ARTICLES = {  # id: (half, text)
    "tw-01": ("tune", "卓榮泰到立法院。"),
    "tw-02": ("check", "賴清德到台南。"),
    "tw-03": ("tune", "韓國瑜說話。"),
    "tw-181-01": ("tune", "柯文哲到台北。"),
    "hk-05": ("tune", "李家超在香港。"),
}
ENTITIES = [{"type": "PERSON", "name": n} for n in ("卓荣泰", "赖清德", "韩国瑜", "柯文哲", "李家超")] + [
    {"type": "ORGANIZATION", "name": "立法院"}, {"type": "PLACE", "name": "台南"}, {"type": "PLACE", "name": "台北"},
    {"type": "PLACE", "name": "香港"}]


@pytest.fixture
def web_set(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    gold = tmp_path / "gold.jsonl"
    lines = []
    for name, (half, text) in ARTICLES.items():
        (texts / f"{name}.txt").write_text(text, encoding="utf-8")
        digest = hashlib.sha256(text.encode()).hexdigest() if name != "hk-05" else "0" * 64  # hk-05 changed
        lines.append(json.dumps({"id": name, "half": half, "sha256": digest, "entities": ENTITIES},
                                ensure_ascii=False))
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold, texts


@pytest.mark.parametrize(
    ("name", "half", "expected"),
    [("tw-01", "tune", True), ("tw-02", "check", False), ("hk-181-01", "tune", False), ("intl-183-04", "tune", False),
     ("cn-43", "tune", True)],
)
def test_original_tune_articles_only(web_bio, name, half, expected):
    assert web_bio.is_original_tune({"id": name, "half": half}) is expected


def test_writes_the_original_tune_articles_marked_and_copied(web_bio, web_set, tmp_path, capsys):
    gold, texts = web_set
    out = tmp_path / "web.bio"
    assert web_bio.main(["--gold", str(gold), "--texts", str(texts), "--output", str(out), "--copies", "2"]) == 0
    sentences = read_bio(out)
    shown = [[(s.text[a:b], label) for a, b, label in s.spans] for s in sentences]
    # tw-02 is check, tw-181-01 the judge set's, hk-05's text changed: none is written
    assert shown == [[("卓荣泰", "PER"), ("立法院", "ORG")], [("韩国瑜", "PER")]] * 2
    err = capsys.readouterr().err
    assert "hk-05: text changed" in err
    assert "2 articles (1 left out), 2 sentences kept (3 names), 0 dropped; written 2x" in err


def test_part_takes_every_other_article(web_bio, web_set, tmp_path):
    gold, texts = web_set
    parts = {}
    for part in ("even", "odd"):
        out = tmp_path / f"{part}.bio"
        assert web_bio.main(["--gold", str(gold), "--texts", str(texts), "--output", str(out), "--part", part]) == 0
        parts[part] = [s.text for s in read_bio(out)]
    assert parts == {"even": ["卓荣泰到立法院。"], "odd": ["韩国瑜说话。"]}


def test_same_input_same_bytes(web_bio, web_set, tmp_path):
    gold, texts = web_set
    outs = [tmp_path / "a.bio", tmp_path / "b.bio"]
    for out in outs:
        web_bio.main(["--gold", str(gold), "--texts", str(texts), "--output", str(out)])
    assert outs[0].read_bytes() == outs[1].read_bytes()


@pytest.mark.parametrize(
    ("extra", "message"),
    [(["--copies", "0"], "--copies must be at least 1"), (["--texts", "/nonexistent/texts"], "no texts folder"),
     (["--gold", "/nonexistent/gold.jsonl"], "not found: /nonexistent/gold.jsonl")],
)
def test_bad_arguments_one_line_and_nothing_written(web_bio, web_set, tmp_path, capsys, extra, message):
    gold, texts = web_set
    out = tmp_path / "web.bio"
    assert web_bio.main(["--gold", str(gold), "--texts", str(texts), "--output", str(out), *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_a_missing_output_folder_is_one_line(web_bio, web_set, tmp_path, capsys):
    gold, texts = web_set
    out = tmp_path / "no" / "web.bio"
    assert web_bio.main(["--gold", str(gold), "--texts", str(texts), "--output", str(out)]) == 2
    assert capsys.readouterr().err.strip() == f"error: not found: {out.parent}"


def test_refuses_to_write_inside_the_repository(web_bio, web_set, capsys):
    gold, texts = web_set
    out = ROOT / "bench" / "web_tune_refused.bio"
    assert web_bio.main(["--gold", str(gold), "--texts", str(texts), "--output", str(out)]) == 2
    assert "inside the repository" in capsys.readouterr().err
    assert not out.exists()
