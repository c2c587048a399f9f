"""The counts pool of session 61 (round countpool305, issue 14): real 2025–2026 news articles of the mainland, Taiwan,
Hong Kong and abroad, annotated for counts and their owners by reading, committed before zhkg or any tagger ran on
them (``tests/gold/counts_pool61c.jsonl``, half ``pool61c``). Session 61 scored it only, totals only; session 62
opened it for error lists like the web tune half (``docs/changes-session62.md``)."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import counts_web, entities_web, web_texts  # noqa: E402
from bench.web_bio import is_original_tune, is_training_tune  # noqa: E402
from tests.pool_format import (  # noqa: E402
    REGIONS,
    check_counts,
    check_pages_new,
    check_records,
    pool_locators,
    sha_checked_texts,
)
from tests.test_blind57 import read_lines  # noqa: E402
from zhkg.cli import eval as eval_cli  # noqa: E402
from zhkg.evaluate_counts import gold_count  # noqa: E402

GOLD = ROOT / "tests" / "gold"
POOL = GOLD / "counts_pool61c.jsonl"
# counts_web.jsonl's fields, and the page's address, outlet and date, which bench/web_texts.py reads to find the text
FIELDS = ["id", "region", "script", "half", "sha256", "url", "outlet", "date", "counts"]


def test_the_pool_holds_no_text_one_half_and_every_region():
    records = read_lines(POOL)
    assert len(records) >= 20
    assert sum(len(r["counts"]) for r in records) >= 80
    found = {region: sum(r["region"] == region for r in records) for region in REGIONS.values()}
    assert found["mainland"] >= 6 and found["taiwan"] >= 5 and found["hongkong"] >= 5 and found["international"] >= 2
    check_records(records, "pool61c", FIELDS)


def test_every_count_has_the_dev_sets_fields_a_span_its_check_fills_and_simplified_names():
    check_counts(read_lines(POOL))


def test_no_pool_page_is_a_page_of_another_gold_file_or_an_earlier_locator():
    check_pages_new(POOL, "pool61c")


def test_the_locators_follow_every_earlier_one_in_the_gold_order():
    gold = read_lines(POOL)
    ids = pool_locators(gold, "pool61c")
    mine = [i for i, ident in enumerate(ids) if ident.startswith("pool61c-")]
    # one run, appended after the locators already there: the first 20 articles in gold order, then the 2 added
    # in a second commit (a run of bench/web_texts.py appends the ids new to the file in the order it finds them)
    assert sorted(ids[i] for i in mine) == sorted(r["id"] for r in gold) and len(mine) == len(gold)
    assert mine == list(range(mine[0], mine[0] + len(gold)))
    assert not any(ident.startswith("pool61c-") for ident in ids[:mine[0]])


def test_every_check_is_the_sha_checked_text_at_its_offsets():
    for r, text in sha_checked_texts(POOL):
        assert 300 <= len(text) <= 700, (r["id"], len(text))
        for c in r["counts"]:
            assert text[c["start"]:c["end"]] == c["check"], (r["id"], c["check"])
            gold_count(c, text, r["id"])  # the dev set's own check of a span


# --- scoring: its own half and file, never in --half all, open to --errors and --causes since session 62 ---

def _pool_set(folder: Path, halves: list[str]) -> tuple[Path, Path]:
    """A counts gold of one tiny Taiwan article per half (ids pool61c-tw-9N), its texts in ``folder/texts``."""
    texts = folder / "texts"
    texts.mkdir()
    lines = []
    for n, half in enumerate(halves):
        text = "台中市議會有3名議員出席。\n"
        ident = f"pool61c-tw-9{n}"
        (texts / f"{ident}.txt").write_text(text, encoding="utf-8")
        lines.append(json.dumps({
            "id": ident, "region": "taiwan", "script": "traditional", "half": half,
            "sha256": hashlib.sha256(text.encode()).hexdigest(), "url": f"https://example.org/{n}", "outlet": "",
            "date": "2025-01-01", "counts": [{"start": 6, "end": 10, "check": "3名議員", "value": 3, "thing": ["议员"],
                                              "owner": None, "approximate": False}]}, ensure_ascii=False))
    gold = folder / "pool.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold, texts


def test_the_opened_pool_lists_its_errors(tmp_path, capsys):
    gold, texts = _pool_set(tmp_path, ["pool61c"])
    record = json.loads(gold.read_text(encoding="utf-8"))
    record["counts"][0]["owner"] = ["新竹县议会"]  # an owner the sentence does not name: always a wrong owner
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), "--half", "pool61c", "--errors",
                            "--no-model"]) == 0
    out = capsys.readouterr().out
    assert "taiwan traditional pool61c owner: " in out


def test_the_pool_half_reads_the_pool_file_by_default():
    assert counts_web.POOLS["pool61c"] == POOL


def test_errors_still_refuse_the_check_half(capsys):
    assert counts_web.main(["--half", "check", "--errors"]) == 2
    assert capsys.readouterr().err.startswith("Error: --errors lists the tune half and the opened pools only")


def test_the_pool_is_scored_as_its_own_half(tmp_path, capsys):
    gold, texts = _pool_set(tmp_path, ["pool61c"])
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), "--half", "pool61c", "--no-model"]) == 0
    out = capsys.readouterr().out
    assert "### half pool61c: 1 documents, 1 counts" in out and "| taiwan, traditional | 1 | 1 |" in out


def test_half_all_is_the_tune_and_check_halves_alone(tmp_path, capsys):
    gold, texts = _pool_set(tmp_path, ["tune", "pool61c"])
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), "--no-model"]) == 0
    out = capsys.readouterr().out
    assert "1 documents" in out.splitlines()[0] and "### half tune: 1 documents" in out and "pool61c" not in out
    # a pool alone has nothing in --half all
    (tmp_path / "alone").mkdir()
    gold, texts = _pool_set(tmp_path / "alone", ["pool61c"])
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), "--no-model"]) == 1
    assert "no document to score in half 'all'" in capsys.readouterr().err


def test_without_texts_the_pool_run_is_skipped_as_on_ci(tmp_path, capsys):
    assert counts_web.main(["--half", "pool61c", "--texts", str(tmp_path / "none")]) == 0
    assert "skipped: no texts folder" in capsys.readouterr().err


def test_zhkg_eval_opens_the_pool_and_no_trainer_or_lister_takes_it():
    assert "pool61c" in eval_cli.OPEN_POOL_HALVES and "pool61c" not in eval_cli.BLIND_HALVES
    assert "pool61c" in entities_web.LISTED and "pool61c" not in entities_web.SCORED_ONLY
    record = {"id": "pool61c-tw-01", "half": "pool61c"}
    assert not is_original_tune(record) and not is_training_tune(record, frozenset())


def test_bench_web_texts_rebuilds_the_pool_by_default():
    assert POOL in web_texts.GOLD_FILES
