"""The counts pool of session 62 (round pool62c313, issue 14): real 2025–2026 news articles of the mainland, Taiwan,
Hong Kong and abroad, annotated for counts and their owners by reading, committed before zhkg or any tagger ran on
them (``tests/gold/counts_pool62c.jsonl``, half ``pool62c``). Session 62 scored it only, totals only
(``docs/changes-session62.md``, ## pool62c313); session 63 opened it for error lists like the web tune half's
(``docs/changes-session63.md``). No score is asserted here and no pool text is printed: the listing tests run on a
tiny pool record written for the test."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import counts_web, entities_web, web_texts  # noqa: E402
from bench.web_bio import is_original_tune, is_training_tune  # noqa: E402
from tests.pool_format import REGIONS, check_counts, check_pages_new, check_records, pool_locators, sha_checked_texts  # noqa: E402
from tests.test_blind57 import read_lines  # noqa: E402
from zhkg.cli import eval as eval_cli  # noqa: E402
from zhkg.evaluate_counts import gold_count  # noqa: E402

GOLD = ROOT / "tests" / "gold"
POOL = GOLD / "counts_pool62c.jsonl"
SOURCES = GOLD / "web_sources.jsonl"
# counts_web.jsonl's fields, and the page's address, outlet and date, which bench/web_texts.py reads to find the text
FIELDS = ["id", "region", "script", "half", "sha256", "url", "outlet", "date", "counts"]


def test_the_pool_holds_no_text_one_half_and_every_region():
    records = read_lines(POOL)
    assert len(records) >= 20
    assert sum(len(r["counts"]) for r in records) >= 80
    found = {region: sum(r["region"] == region for r in records) for region in REGIONS.values()}
    assert found["mainland"] >= 7 and found["taiwan"] >= 5 and found["hongkong"] >= 4 and found["international"] >= 3
    check_records(records, "pool62c", FIELDS)


def test_every_count_has_the_dev_sets_fields_a_span_its_check_fills_and_simplified_names():
    check_counts(read_lines(POOL))


def test_no_pool_page_is_a_page_of_another_gold_file_or_an_earlier_locator():
    check_pages_new(POOL, "pool62c")


def test_the_locators_follow_every_earlier_one_in_the_gold_order():
    gold = read_lines(POOL)
    ids = pool_locators(gold, "pool62c")
    mine = [i for i, ident in enumerate(ids) if ident.startswith("pool62c-")]
    # one run of bench/web_texts.py, appended after the locators already there, in gold order
    assert sorted(ids[i] for i in mine) == sorted(r["id"] for r in gold) and len(mine) == len(gold)
    assert mine == list(range(mine[0], mine[0] + len(gold))) and [ids[i] for i in mine] == [r["id"] for r in gold]
    assert not any(ident.startswith("pool62c-") for ident in ids[:mine[0]])


def test_every_check_is_the_sha_checked_text_at_its_offsets():
    for r, text in sha_checked_texts(POOL):
        assert 300 <= len(text) <= 700, (r["id"], len(text))
        for c in r["counts"]:
            assert text[c["start"]:c["end"]] == c["check"], (r["id"], c["check"])
            gold_count(c, text, r["id"])  # the dev set's own check of a span


def test_the_pool_holds_no_earlier_pool_or_web_id():
    ids = {r["id"] for r in read_lines(POOL)}
    earlier = {item["id"] for item in read_lines(SOURCES) if not item["id"].startswith("pool62c-")}
    assert ids and not ids & earlier


def test_the_pool_shows_the_forms_it_was_made_for():
    counts = [(r["script"], c) for r in read_lines(POOL) for c in r["counts"]]
    checks = [c["check"] for _, c in counts]
    assert any(re.search(r"[一二三四五六七八九十百千萬万兩两廿○]+[個个名人戶户班校]", check) for check in checks)  # Chinese numerals
    assert any(re.search(r"[萬万]", check) for check in checks)  # a multiplier
    assert any(re.search(r"^[^\d一二三四五六七八九十兩两廿○約约逾超]+[\d一二三四五六七八九十]", check) for check in checks)  # noun first
    assert sum(c["approximate"] for _, c in counts) >= 10 and sum(c["owner"] is not None for _, c in counts) >= 60


# --- scoring: its own half and file, never in --half all, open to --errors and --causes since session 63 ---

def _pool_set(folder: Path, halves: list[str]) -> tuple[Path, Path]:
    """A counts gold of one tiny Hong Kong article per half (ids pool62c-hk-9N), its texts in ``folder/texts``."""
    texts = folder / "texts"
    texts.mkdir()
    lines = []
    for n, half in enumerate(halves):
        text = "九龍城區議會有5名議員出席。\n"
        ident = f"pool62c-hk-9{n}"
        (texts / f"{ident}.txt").write_text(text, encoding="utf-8")
        lines.append(json.dumps({
            "id": ident, "region": "hongkong", "script": "traditional", "half": half,
            "sha256": hashlib.sha256(text.encode()).hexdigest(), "url": f"https://example.org/{n}", "outlet": "",
            "date": "2025-01-01", "counts": [{"start": 7, "end": 11, "check": "5名議員", "value": 5, "thing": ["议员"],
                                              "owner": None, "approximate": False}]}, ensure_ascii=False))
    gold = folder / "pool.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold, texts


def _with_a_wrong_owner(folder: Path) -> tuple[Path, Path]:
    gold, texts = _pool_set(folder, ["pool62c"])
    record = json.loads(gold.read_text(encoding="utf-8"))
    record["counts"][0]["owner"] = ["观塘区议会"]  # an owner the sentence does not name: always a wrong owner
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, texts


def test_the_opened_pool_lists_its_errors(tmp_path, capsys):
    gold, texts = _with_a_wrong_owner(tmp_path)
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), "--half", "pool62c", "--errors",
                            "--no-model"]) == 0
    assert "hongkong traditional pool62c owner: pool62c-hk-90 5名議員=5 " in capsys.readouterr().out


def test_the_opened_pool_lists_its_errors_with_their_classes(tmp_path, capsys):
    gold, texts = _with_a_wrong_owner(tmp_path)
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), "--half", "pool62c", "--errors", "--causes",
                            "--no-model"]) == 0
    out = capsys.readouterr().out
    assert "### owner classes, half pool62c, traditional: 1 wrong of 1 owned counts matched" in out
    assert "traditional owner [wrong: " in out and "]: pool62c-hk-90 5名議員=5 owner 观塘区议会" in out


def test_the_pool_half_reads_the_pool_file_by_default_and_is_taken_for_errors(capsys):
    assert counts_web.POOLS["pool62c"] == POOL
    # the committed file passes the argument check now; no texts folder, so nothing of it is read or printed
    assert counts_web.main(["--half", "pool62c", "--errors", "--causes", "--texts", "/nonexistent-texts"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "skipped: no texts folder" in captured.err


def test_errors_still_refuse_the_check_half(capsys):
    assert counts_web.main(["--half", "check", "--errors"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith("Error: --errors lists the tune half and the opened pools only "
                                   "(--half tune|pool61r|pool61c|pool62r|pool62c)")


@pytest.mark.parametrize("flag", ["--errors", "--causes"])
def test_a_pool_of_this_session_is_still_refused_in_one_line(tmp_path, monkeypatch, capsys, flag):
    monkeypatch.setattr(entities_web, "POOL_HALVES", ("pool99c",))
    monkeypatch.setattr(entities_web, "SCORED_ONLY", (*entities_web.BLIND_HALVES, "pool99c"))
    gold, texts = _pool_set(tmp_path, ["pool99c"])
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), flag, "--no-model"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith("Error: pool99c is a pool, scored only this session")


def test_the_pool_is_scored_as_its_own_half_from_its_own_file(tmp_path, capsys):
    gold, texts = _pool_set(tmp_path, ["pool62c"])
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), "--half", "pool62c", "--no-model"]) == 0
    assert "### half pool62c: 1 documents, 1 counts" in capsys.readouterr().out


def test_half_all_never_scores_the_pool(tmp_path, capsys):
    gold, texts = _pool_set(tmp_path, ["tune", "pool62c"])
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), "--no-model"]) == 0
    out = capsys.readouterr().out
    assert "### half tune: 1 documents" in out and "pool62c" not in out


def test_zhkg_eval_opens_the_pool_and_no_trainer_or_lister_takes_it():
    assert "pool62c" in eval_cli.OPEN_POOL_HALVES and "pool62c" not in eval_cli.WEB_POOL_HALVES
    assert "pool62c" not in eval_cli.BLIND_HALVES
    assert "pool62c" in entities_web.LISTED and "pool62c" not in entities_web.SCORED_ONLY
    record = {"id": "pool62c-hk-01", "half": "pool62c"}
    assert not is_original_tune(record) and not is_training_tune(record, frozenset())


def test_bench_web_texts_rebuilds_the_pool_by_default():
    assert POOL in web_texts.GOLD_FILES
