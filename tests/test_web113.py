"""Round web113: the web dev set's scorer (``bench/entities_web.py``) on tiny texts written by the test, and the
committed Taiwan and Hong Kong gold's form (no text in it; halves alternate by id within each region)."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import entities_web  # noqa: E402
from zhkg.errors import InputError  # noqa: E402

TEXT = "台北市長蔣萬安昨日在台北市政府會見中華隊。"


def write_set(tmp_path: Path, text: str = TEXT, **changes) -> tuple[Path, Path]:
    """A gold file of one article and its texts folder; ``changes`` overwrite the record's fields."""
    texts = tmp_path / "texts"
    texts.mkdir(exist_ok=True)
    (texts / "tw-01.txt").write_text(text, encoding="utf-8")
    record = {"id": "tw-01", "url": "https://example.org/1", "outlet": "例報", "date": "2026-01-01",
              "region": "taiwan", "script": "traditional", "half": "tune",
              "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
              "entities": [{"type": "PERSON", "name": "蒋万安"}, {"type": "ORGANIZATION", "name": "台北市政府"},
                           {"type": "ORGANIZATION", "name": "中华队"}]}
    record.update(changes)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, texts


def test_an_unchanged_text_is_read_with_its_entities(tmp_path):
    gold, texts = write_set(tmp_path)
    web = entities_web.load_web_gold([gold], texts)
    assert web.problems == []
    [article] = web.articles
    assert (article.id, article.text, article.region, article.half) == ("tw-01", TEXT, "taiwan", "tune")
    assert [e.names[0] for e in article.entities] == ["蒋万安", "台北市政府", "中华队"]


def test_mirror_adds_the_simplified_reading(tmp_path):
    gold, texts = write_set(tmp_path)
    web = entities_web.load_web_gold([gold], texts, mirror=True)
    assert [(a.id, a.script) for a in web.articles] == [("tw-01", "traditional"), ("tw-01~s", "simplified")]
    assert web.articles[1].text == "台北市长蒋万安昨日在台北市政府会见中华队。"


def test_a_changed_text_is_one_line_and_left_out(tmp_path):
    gold, texts = write_set(tmp_path)
    (texts / "tw-01.txt").write_text(TEXT + "\n", encoding="utf-8")
    web = entities_web.load_web_gold([gold], texts)
    assert web.articles == []
    [problem] = web.problems
    assert problem.startswith("tw-01: text changed (sha256 of tw-01.txt is ")


def test_a_missing_text_is_one_line_and_left_out(tmp_path):
    gold, texts = write_set(tmp_path)
    (texts / "tw-01.txt").unlink()
    web = entities_web.load_web_gold([gold], texts)
    assert web.articles == [] and web.problems == [f"tw-01: text missing ({texts / 'tw-01.txt'})"]


@pytest.mark.parametrize("changes, message", [
    ({"half": "held"}, "half must be one of tune, check, not 'held'"),
    ({"entities": [{"type": "PLACE", "name": "高雄"}]}, "tw-01 does not contain '高雄'"),
    ({"sha256": None}, None),
])
def test_a_malformed_record_names_its_line(tmp_path, changes, message):
    gold, texts = write_set(tmp_path, **changes)
    if message is None:  # a sha256 of null is a changed text, not a crash
        assert entities_web.load_web_gold([gold], texts).problems[0].startswith("tw-01: text changed")
        return
    with pytest.raises(InputError, match=f"^{gold}:1: .*{message}"):
        entities_web.load_web_gold([gold], texts)


def test_a_record_without_sha256_is_refused(tmp_path):
    gold, texts = write_set(tmp_path)
    record = json.loads(gold.read_text(encoding="utf-8"))
    del record["sha256"]
    gold.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match="no 'sha256' field"):
        entities_web.load_web_gold([gold], texts)


def test_without_the_texts_folder_it_says_so_and_exits_0(tmp_path, capsys):
    gold, _ = write_set(tmp_path)
    assert entities_web.main(["--gold", str(gold), "--texts", str(tmp_path / "nowhere")]) == 0
    err = capsys.readouterr().err
    assert err.startswith("skipped: no texts folder") and "Traceback" not in err


def test_errors_of_the_check_half_are_refused(tmp_path, capsys):
    gold, texts = write_set(tmp_path)
    assert entities_web.main(["--gold", str(gold), "--texts", str(texts), "--half", "check", "--errors"]) == 2
    assert "tune half only" in capsys.readouterr().err


def test_a_malformed_gold_is_one_error_line(tmp_path, capsys):
    gold, texts = write_set(tmp_path)
    gold.write_text("not json\n", encoding="utf-8")
    assert entities_web.main(["--gold", str(gold), "--texts", str(texts)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {gold}:1: malformed JSON") and err.count("\n") == 1


def test_the_synthetic_article_is_scored_per_document(tmp_path, capsys):
    gold, texts = write_set(tmp_path)
    assert entities_web.main(["--gold", str(gold), "--texts", str(texts), "--half", "tune", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "### half tune: 1 articles, 3 entities" in out
    assert "| taiwan | traditional | 1 |" in out
    assert "| PERSON | 1 | 1 | 1 |" in out  # 蒋万安 found as a person


def test_type_rows_count_each_document_apart():
    from zhkg.evaluate import ArticleTally

    a, b = ArticleTally(), ArticleTally()
    a.gold["PLACE"], a.predicted["PLACE"], a.correct["PLACE"] = 2, 1, 1
    b.gold["PLACE"], b.predicted["PLACE"], b.correct["PLACE"] = 1, 2, 1
    rows = entities_web.type_rows([a, b])
    assert "| PLACE | 3 | 3 | 2 | 0.667 | 0.667 | 0.667 |" in rows


def test_the_committed_gold_holds_no_text_and_fixed_halves():
    lines = (ROOT / "tests" / "gold" / "entities_web_twhk.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) >= 27
    assert sum(r["region"] == "taiwan" for r in records) >= 15
    assert sum(r["region"] == "hongkong" for r in records) >= 12
    for r in records:
        assert "text" not in r and len(r["sha256"]) == 64
        assert set(r) >= {"id", "url", "outlet", "date", "region", "script", "half", "sha256", "entities"}
        assert not any(bad in r["url"] for bad in ("appledaily", "ettoday", "sohu", "sogou"))
    for region in ("taiwan", "hongkong"):
        ids = sorted((r["id"], r["half"]) for r in records if r["region"] == region)
        assert [half for _, half in ids] == [("tune", "check")[i % 2] for i in range(len(ids))]
