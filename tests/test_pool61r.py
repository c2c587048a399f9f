"""Session 61's roles pool (round rolepool304): real news articles annotated for roles by reading, committed before
zhkg or any tagger ran on their texts (``tests/gold/roles_pool61r.jsonl``, half ``pool61r``; texts outside the
repository, rebuilt by ``bench/web_texts.py`` from the locators in ``tests/gold/web_sources.jsonl``). Session 61 scored it
only, totals (``bench/roles_web.py --half pool61r``); session 62 opened it for error lists. No score is asserted here
and no pool text is read."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import entities_web, roles_web, web_texts  # noqa: E402
from bench.web_bio import is_original_tune, is_training_tune  # noqa: E402
from tests.pool_format import REGIONS, check_pages_new, check_records, check_triples, pool_locators  # noqa: E402
from tests.test_blind57 import read_lines  # noqa: E402
from zhkg.cli import eval as eval_cli  # noqa: E402
from zhkg.errors import InputError  # noqa: E402

GOLD = ROOT / "tests" / "gold"
POOL = GOLD / "roles_pool61r.jsonl"
FIELDS = {"id", "url", "outlet", "date", "region", "script", "half", "sha256", "roles"}


def test_the_pool_holds_no_text_one_half_and_every_region():
    records = read_lines(POOL)
    assert len(records) >= 24
    for prefix, region in REGIONS.items():
        assert sum(r["region"] == region for r in records) >= (4 if prefix == "intl" else 6)
    check_records(records, "pool61r", FIELDS)
    assert sum(r["script"] == "simplified" for r in records if r["region"] == "mainland") >= 4  # the mainland mostly


def test_every_triple_is_simplified_person_title_holder_and_former_is_the_only_fourth_item():
    triples = [t for r in read_lines(POOL) for t in r["roles"]]
    assert len(triples) >= 150
    check_triples(read_lines(POOL))
    # forms the pool was chosen for: posts held before (曾任, 前, 原, 历任) and a party member (民进党籍)
    assert sum(len(t) == 4 for t in triples) >= 50
    assert any(t[1] == "党员" for t in triples)


def test_no_pool_page_is_a_page_of_another_gold_file_or_an_earlier_locator():
    check_pages_new(POOL, "pool61r")


def test_the_locators_follow_the_earlier_ones_in_the_gold_order():
    gold = read_lines(POOL)
    ids = pool_locators(gold, "pool61r")
    mine = [i for i in ids if i.startswith("pool61r-")]
    assert mine == [r["id"] for r in gold]
    assert ids.index(mine[0]) > ids.index("blind60-hk-12")  # appended after every earlier locator
    assert POOL in web_texts.GOLD_FILES  # bench/web_texts.py rebuilds it by default


def test_the_pool_is_opened_through_one_list_and_zhkg_eval_no_longer_hides_it():
    assert entities_web.OPEN_POOLS is eval_cli.OPEN_POOL_HALVES and "pool61r" in eval_cli.OPEN_POOL_HALVES
    assert "pool61r" not in eval_cli.BLIND_HALVES and "pool61r" not in entities_web.SCORED_ONLY
    assert "pool61r" in entities_web.LISTED
    assert roles_web.POOLS["pool61r"] == POOL
    assert not set(eval_cli.OPEN_POOL_HALVES) & set(entities_web.HALVES)  # never a tune or check half


def write_pool(folder: Path, half: str = "pool61r") -> Path:
    """A one-article roles gold of ``half`` with its text in ``folder`` (written for the test, not a pool text)."""
    text = "新北國王隊今天宣布由助理教練王大明代理總教練。\n"
    (folder / "pool61r-tw-99.txt").write_text(text, encoding="utf-8")
    record = {"id": "pool61r-tw-99", "url": "https://example.org/a", "outlet": "", "date": "2026-01", "region": "taiwan",
              "script": "traditional", "half": half, "sha256": hashlib.sha256(text.encode()).hexdigest(),
              "roles": [["王大明", "代理总教练", "新北国王队"]]}
    gold = folder / "g.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold


def test_the_opened_pool_lists_its_misses(tmp_path, capsys):
    gold = write_pool(tmp_path)
    record = json.loads(gold.read_text(encoding="utf-8"))
    record["roles"].append(["王大明", "领队", "台北富邦勇士"])  # a triple the sentence does not hold: always missed
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert roles_web.main(["--gold", str(gold), "--texts", str(tmp_path), "--half", "pool61r", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "## pool61r-tw-99 pool61r taiwan, Traditional" in out and "MISSED ('王大明', '领队', '台北富邦勇士')" in out


def test_errors_still_refuse_the_check_half_in_one_line(capsys):
    assert roles_web.main(["--half", "check", "--errors"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith("Error: --errors lists the tune half and the opened pools only (--half tune|pool61r|")


def test_a_pool_of_this_session_is_still_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(entities_web, "POOL_HALVES", ("pool99r",))
    monkeypatch.setattr(entities_web, "SCORED_ONLY", (*entities_web.BLIND_HALVES, "pool99r"))
    gold = write_pool(tmp_path, "pool99r")
    assert roles_web.main(["--gold", str(gold), "--texts", str(tmp_path), "--causes"]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("Error: pool99r is a pool, scored only this session") and captured.err.count("\n") == 1


def test_the_pool_half_is_chosen_for_scoring_without_texts(tmp_path, capsys):
    # no texts folder here: the arguments are taken and the run is skipped, as on CI
    assert roles_web.main(["--half", "pool61r", "--texts", str(tmp_path / "none")]) == 0
    assert "skipped: no texts folder" in capsys.readouterr().err


def test_all_over_the_default_gold_leaves_the_pool_out():
    records = read_lines(GOLD / "roles_web.jsonl")
    assert records and not any(r["half"] == "pool61r" or r["id"].startswith("pool61r-") for r in records)


def test_a_pool_record_loads_as_its_own_half(tmp_path):
    items, problems = roles_web.web_items(write_pool(tmp_path), tmp_path, mirror=False)
    assert not problems and [(i.row["half"], i.source) for i in items] == [("pool61r", "taiwan, Traditional")]
    items, _ = roles_web.web_items(write_pool(tmp_path), tmp_path)  # and in the other script, as every web article
    assert [i.source for i in items] == ["taiwan, Traditional", "taiwan, Simplified (mirror)"]


def test_an_unknown_half_names_the_pool_among_those_taken(tmp_path):
    with pytest.raises(InputError, match="half must be one of tune, check, pool61r, pool61c, pool62r, pool62c, blind57, blind58, blind60, pool63r, pool63c, not 'pool64r'"):
        roles_web.web_items(write_pool(tmp_path, "pool64r"), tmp_path)


def test_no_trainer_or_lister_takes_the_pool():
    record = {"id": "pool61r-tw-01", "half": "pool61r"}
    assert not is_original_tune(record) and not is_training_tune(record, frozenset())
