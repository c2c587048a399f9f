"""The counts pool of session 63 (round pool63c316, issue 14): real 2025–2026 news articles of the mainland, Taiwan,
Hong Kong and abroad, annotated for counts and their owners by reading, committed before zhkg or any tagger ran on
them (``tests/gold/counts_pool63c.jsonl``, half ``pool63c``). Session 63 scores it only, totals only
(``docs/changes-session63.md``, ## pool63c316); no score is asserted here."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.web_texts import same_page  # noqa: E402
from tests.pool_format import REGIONS, check_counts, check_pages_new, check_records, pool_locators, sha_checked_texts  # noqa: E402
from tests.test_blind57 import read_lines  # noqa: E402
from zhkg.evaluate_counts import gold_count  # noqa: E402

GOLD = ROOT / "tests" / "gold"
POOL = GOLD / "counts_pool63c.jsonl"
SOURCES = GOLD / "web_sources.jsonl"
# counts_web.jsonl's fields, and the page's address, outlet and date, which bench/web_texts.py reads to find the text
FIELDS = ["id", "region", "script", "half", "sha256", "url", "outlet", "date", "counts"]


def test_the_pool_holds_no_text_one_half_and_every_region():
    records = read_lines(POOL)
    assert len(records) >= 20
    assert sum(len(r["counts"]) for r in records) >= 80
    found = {region: sum(r["region"] == region for r in records) for region in REGIONS.values()}
    assert found["mainland"] >= 8 and found["taiwan"] >= 5 and found["hongkong"] >= 5 and found["international"] >= 2
    assert sum(r["region"] == "mainland" and r["script"] == "simplified" for r in records) >= 6
    # ids, fields, a month or a day, scripts (Taiwan and Hong Kong in Traditional, as their own outlets write them)
    check_records(records, "pool63c", FIELDS, hosts=("cctv", "sohu", "ettoday", "appledaily"))


def test_every_count_has_the_dev_sets_fields_a_span_its_check_fills_and_simplified_names():
    check_counts(read_lines(POOL))


def test_no_pool_page_is_a_page_of_another_gold_file_or_an_earlier_locator():
    check_pages_new(POOL, "pool63c")
    # same_page, not only the normal form: a mirror's copy of an earlier page is the same page
    urls = [item["url"] for item in read_lines(SOURCES) if not item["id"].startswith("pool63c-")]
    assert not any(same_page(r["url"], url) for r in read_lines(POOL) for url in urls)


def test_the_locators_follow_every_earlier_one_in_the_gold_order():
    gold = read_lines(POOL)
    ids = pool_locators(gold, "pool63c")  # each record's locator: the same page, a query, a recipe
    mine = [i for i, ident in enumerate(ids) if ident.startswith("pool63c-")]
    # one run of bench/web_texts.py, appended after the locators already there, in gold order
    assert sorted(ids[i] for i in mine) == sorted(r["id"] for r in gold) and len(mine) == len(gold)
    assert mine == list(range(mine[0], mine[0] + len(gold))) and [ids[i] for i in mine] == [r["id"] for r in gold]
    assert not any(ident.startswith("pool63c-") for ident in ids[:mine[0]])
    assert any(ident.startswith("pool62c-") for ident in ids[:mine[0]])  # after session 62's pool


def test_every_check_is_the_sha_checked_text_at_its_offsets():
    for r, text in sha_checked_texts(POOL):
        assert 300 <= len(text) <= 700, (r["id"], len(text))
        for c in r["counts"]:
            assert text[c["start"]:c["end"]] == c["check"], (r["id"], c["check"])
            gold_count(c, text, r["id"])  # the dev set's own check of a span


def test_the_pool_holds_no_earlier_pool_or_web_id():
    ids = {r["id"] for r in read_lines(POOL)}
    earlier = {item["id"] for item in read_lines(SOURCES) if not item["id"].startswith("pool63c-")}
    assert ids and not ids & earlier


def test_the_pool_shows_the_forms_it_was_made_for():
    counts = [(r["script"], c) for r in read_lines(POOL) for c in r["counts"]]
    checks = [c["check"] for _, c in counts]
    assert any(re.search(r"[一二三四五六七八九十百千萬万兩两廿]+[個个名人戶户隻只箱包省]", check) for check in checks)  # Chinese numerals
    assert any(re.search(r"[一二三四五六七八九][○〇][一二三四五六七八九○〇]*[件人]", check) for check in checks)  # digit by digit, with ○
    assert any(re.search(r"\d[萬万]", check) for check in checks)  # a multiplier after digits
    assert any(re.search(r"\d,\d{3}", check) for check in checks)  # thousands commas
    assert any(re.search(r"\d [名宗間间人]", check) for check in checks)  # digits spaced from their classifier
    assert any(re.search(r"^[^\d一二三四五六七八九十兩两廿約约逾超近]+[\d一二三四五六七八九十]", check) for check in checks)  # noun first
    assert any(re.fullmatch(r"\d+[男女]", check) for check in checks)  # men and women counted apart (7男1女)
    assert sum(c["approximate"] for _, c in counts) >= 10 and sum(c["owner"] is not None for _, c in counts) >= 60
    assert sum(script == "simplified" for script, _ in counts) >= 30


# --- scoring: its own half and file, never in --half all, scored only (totals) this session ---

def _pool_set(folder: Path, halves: list[str]) -> tuple[Path, Path]:
    """A counts gold of one tiny Taiwan article per half (ids pool63c-tw-9N), its texts in ``folder/texts``."""
    import json

    texts = folder / "texts"
    texts.mkdir()
    lines = []
    for n, half in enumerate(halves):
        text = "花蓮縣政府派出12名消防員。\n"
        ident = f"pool63c-tw-9{n}"
        (texts / f"{ident}.txt").write_text(text, encoding="utf-8")
        lines.append(json.dumps({
            "id": ident, "region": "taiwan", "script": "traditional", "half": half,
            "sha256": hashlib.sha256(text.encode()).hexdigest(), "url": f"https://example.org/{n}", "outlet": "",
            "date": "2025-01-01", "counts": [{"start": 7, "end": 13, "check": "12名消防員", "value": 12,
                                              "thing": ["消防员"], "owner": ["花莲县政府"], "approximate": False}]},
            ensure_ascii=False))
    gold = folder / "pool.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold, texts


@pytest.mark.parametrize("flag", ["--errors", "--causes"])
def test_errors_and_causes_refuse_the_pool_in_one_line(tmp_path, capsys, flag):
    from bench import counts_web

    gold, texts = _pool_set(tmp_path, ["pool63c"])
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), "--half", "pool63c", flag, "--no-model"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and captured.err.startswith("Error: pool63c")


def test_the_default_gold_refuses_error_lists_too(capsys):
    from bench import counts_web

    assert counts_web.main(["--half", "pool63c", "--errors", "--no-model"]) == 2
    assert capsys.readouterr().err.startswith("Error: pool63c is a pool, scored only this session")


def test_the_pool_is_scored_as_its_own_half_from_its_own_file(tmp_path, capsys):
    from bench import counts_web

    assert counts_web.POOLS["pool63c"] == POOL
    gold, texts = _pool_set(tmp_path, ["pool63c"])
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), "--half", "pool63c", "--no-model"]) == 0
    assert "### half pool63c: 1 documents, 1 counts" in capsys.readouterr().out


def test_half_all_never_scores_the_pool(tmp_path, capsys):
    from bench import counts_web

    gold, texts = _pool_set(tmp_path, ["tune", "pool63c"])
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), "--no-model"]) == 0
    out = capsys.readouterr().out
    assert "### half tune: 1 documents" in out and "pool63c" not in out


def test_zhkg_eval_lists_the_pool_as_scored_only_and_web_texts_rebuilds_it():
    from bench import entities_web, web_texts
    from zhkg.cli import eval as eval_cli

    assert "pool63c" in eval_cli.WEB_POOL_HALVES and "pool63c" in eval_cli.BLIND_HALVES
    assert "pool63c" not in eval_cli.OPEN_POOL_HALVES and "pool63c" in entities_web.SCORED_ONLY
    assert "pool63c" not in entities_web.LISTED
    assert POOL in web_texts.GOLD_FILES
