"""Session 21 (ent21): the fresh entity set ``tests/gold/entities_fresh21.jsonl`` and its half ``fresh21``.

The set is score-only: its rows are in no other gold or judged file, never reserved, kept out of the audits'
eligible rows, and ``zhkg eval --errors`` never lists its errors. Rows and record keys are read here; no entity of
the set is printed."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import RESERVED_ROWS, gold_records, thucnews_rows

from zhkg.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
FRESH = GOLD / "entities_fresh21.jsonl"
DATA = ROOT.parent / "shared" / "data"
TEXT = "平谷区政协主席闫维洪在北京市平谷区检查工作。"


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fresh():
    return _module("entities_fresh21_under_test", ROOT / "bench" / "entities_fresh21.py")


@pytest.fixture(scope="module")
def records():
    return gold_records(FRESH)


def test_the_fresh_set_is_18_windows_of_one_half_each_row_once(records):
    rows = [r["row"] for r in records]
    assert len(rows) == len(set(rows)) == 18
    assert {r["half"] for r in records} == {"fresh21"}
    assert all(r["source"] == "thucnews" and r["id"] == f"thucnews-{r['row']}" for r in records)
    assert {r["region"] for r in records} == {"mainland", "international", "taiwan", "hongkong"}


@pytest.mark.parametrize(("region", "convert", "script"), [
    ("hongkong", "s2hk", "traditional"),
    ("taiwan", "s2tw", "traditional"),
    ("mainland", None, "simplified"),
    ("international", None, "simplified"),
])
def test_each_region_is_read_in_its_script(records, region, convert, script):
    of_region = [r for r in records if r["region"] == region]
    assert of_region
    assert all(r.get("convert") == convert and r["script"] == script for r in of_region)


def test_windows_run_from_the_start_and_hold_every_record_s_keys_in_dev_order(records):
    keys = ["id", "source", "row", "category", "region", "script", "convert", "half", "window", "entities"]
    for r in records:
        start, end = r["window"]
        assert start == 0 and 500 <= end <= 900, r["id"]
        assert list(r) == [k for k in keys if k in r], r["id"]
        assert r["entities"], r["id"]


def test_its_rows_are_in_no_other_gold_or_judged_file_and_never_reserved(fresh):
    rows = set(thucnews_rows(FRESH))
    assert not rows & RESERVED_ROWS
    assert not rows & fresh.referenced_rows(skip=FRESH)
    assert rows <= fresh.referenced_rows(skip=None)  # the check above can fail: the file's own rows are seen


def test_its_rows_are_kept_out_of_the_audits_eligible_rows():
    rows = set(thucnews_rows(FRESH))
    relations = _module("relations_audit_ent21", ROOT / "bench" / "relations_audit.py")
    counts = _module("counts_audit_ent21", ROOT / "bench" / "counts_audit.py")
    assert not rows & set(relations.eligible_rows(1000))
    assert not rows & set(counts.eligible_rows(1000))
    assert len(relations.eligible_rows(1000)) > 600  # the rest of the corpus stays open


@pytest.mark.parametrize(("text", "rows"), [
    ('{"id": "thucnews-12", "row": 12}\n', {12}),
    ('{"doc": "thucnews-40", "half": "tune"}\n', {40}),
    ('{"sample": "audit1", "doc": "thucnews_1000-41"}\n', {40}),
    ('{"row": 7, "corpus": "msra"}\n', {7}),
    ('{"source": "cluener", "sentences": [3]}\n', set()),
])
def test_referenced_rows_reads_row_fields_and_both_id_styles(fresh, tmp_path, text, rows):
    path = tmp_path / "some.jsonl"
    path.write_text(text, encoding="utf-8")
    assert fresh.referenced_rows([path], skip=None) == rows


def test_the_draw_record_names_the_file_s_rows_and_regions(fresh, records):
    assert {(row, region) for _, row, region in fresh.DRAW} == {(r["row"], r["region"]) for r in records}
    assert [row for _, row, _ in fresh.DRAW] == [r["row"] for r in records]  # the file keeps the draw's order


@pytest.mark.skipif(not DATA.is_dir(), reason="shared/data is not beside this checkout")
def test_the_draw_is_reproducible_from_the_pool(fresh, records):
    categories = fresh._categories(DATA)
    pool = fresh.pool_rows(len(categories))
    assert {r["row"] for r in records} <= set(pool)
    for passed, rest in ((1, False), (2, True)):
        order = fresh.draw_order(pool, categories, rest)
        taken = [row for p, row, _ in fresh.DRAW if p == passed]
        assert taken == sorted(taken, key=order.index)


@pytest.mark.skipif(not DATA.is_dir(), reason="shared/data is not beside this checkout")
def test_every_name_is_in_its_window_in_both_scripts():
    from zhkg.evaluate import load_article_gold

    articles = load_article_gold(FRESH, DATA, mirror=True)
    assert len(articles) == 36
    assert {a.half for a in articles} == {"fresh21"}


def _gold(tmp_path: Path, half: str) -> Path:
    missed = {"type": "PERSON", "name": "检查"}  # in the text, and no one's name: the extraction misses it
    records = [{"id": "seen", "text": TEXT, "region": "mainland", "half": "tune", "entities": [missed]},
               {"id": "blind", "text": TEXT, "region": "mainland", "half": half, "entities": [missed]}]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize("half", ["held2", "fresh21"])
def test_errors_of_a_blind_half_are_scored_never_listed(tmp_path, half):
    gold = _gold(tmp_path, half)
    runner = CliRunner()
    both = runner.invoke(main, ["eval", str(gold), "--errors", "--no-model"])
    assert both.exit_code == 0, both.output
    assert both.output.count("missed") == 1
    assert f"blind halves {half} are scored, never listed" in both.output
    alone = runner.invoke(main, ["eval", str(gold), "--errors", "--no-model", "--half", half])
    assert alone.exit_code == 0, alone.output
    assert "missed" not in alone.output.replace("never listed", "") and "PER" in alone.output


def test_the_tune_half_s_errors_are_still_listed(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(_gold(tmp_path, "fresh21")), "--errors", "--no-model",
                                       "--half", "tune"])
    assert result.exit_code == 0, result.output
    assert "missed   seen PERSON 检查" in result.output and "never listed" not in result.output


def test_bench_entities_eval_takes_the_fresh21_half(tmp_path):
    gold = _gold(tmp_path, "fresh21")
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "entities_eval.py"), "--gold", str(gold),
                             "--data", str(tmp_path), "--half", "fresh21", "--no-model"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "2 articles (fresh21 half, both scripts), 2 entities" in result.stdout


@pytest.mark.parametrize("script", ["typed_relations_audit", "learned_news_eval"])
def test_the_other_row_pickers_leave_the_fresh_rows_out(script):
    rows = set(thucnews_rows(FRESH))
    module = _module(f"{script}_ent21", ROOT / "bench" / f"{script}.py")
    if script == "typed_relations_audit":
        even, odd = module.halves([""] * 1000)
        picked = set(even) | set(odd)
    else:
        picked = set(module.half_rows("tune")) | set(module.half_rows("held"))
    assert rows & set(range(1000)) and not rows & picked
    assert len(picked) > 400  # the rest of the corpus stays open
