"""The entities dev set's fresh halves (tune13, tune14, tune15): apart from every other row, read in the scripts they say."""

from __future__ import annotations

import pytest
from helpers import GOLD, RESERVED_ROWS, assert_half_apart, gold_records

DEV = GOLD / "entities_dev.jsonl"


def _half(half: str) -> list[dict]:
    return [r for r in gold_records(DEV) if r["half"] == half]


@pytest.mark.parametrize(("half", "size"), [("tune13", 10), ("tune14", 10), ("tune15", 12)])
def test_a_fresh_half_is_unreserved_and_in_no_other_set(half: str, size: int) -> None:
    assert_half_apart(DEV, half, size)


def test_tune13_reads_half_its_articles_as_taiwan_writes() -> None:
    tune13 = _half("tune13")
    assert {r["region"] for r in tune13} == {"taiwan", "international"}
    assert sum(r.get("convert") == "s2tw" and r["script"] == "traditional" for r in tune13) >= 5


def test_tune14_is_international_with_traditional_readings() -> None:
    tune14 = _half("tune14")
    assert {r["region"] for r in tune14} == {"international"}
    assert sum(r.get("convert") == "s2tw" and r["script"] == "traditional" for r in tune14) >= 3
    assert {r["category"] for r in tune14} <= {"科技", "娱乐"}


def test_tune15_is_international_with_traditional_readings() -> None:
    tune15 = _half("tune15")
    assert {r["region"] for r in tune15} == {"international"}
    converted = [r for r in tune15 if r.get("convert") in ("s2tw", "s2hk")]
    assert 3 <= len(converted) <= 4 and all(r["script"] == "traditional" for r in converted)
    assert all(r["window"][1] - r["window"][0] <= 620 for r in tune15)


def test_the_set_has_no_text_and_alternates_its_old_halves_by_region() -> None:
    records = gold_records(DEV)
    assert len(records) == 69 and not any("text" in r for r in records)
    assert {r["region"] for r in records} == {"mainland", "hongkong", "taiwan", "international"}
    for region in ("mainland", "hongkong", "taiwan", "international"):
        halves = [r["half"] for r in records if r["region"] == region and r["half"] not in ("tune11", "tune13", "tune14", "tune15")]
        assert halves == ["tune", "held"] * (len(halves) // 2) + ["tune"] * (len(halves) % 2)


def test_the_tests_reserve_the_rows_the_bench_scripts_skip() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_common_under_test", GOLD.parents[1] / "bench" / "common.py")
    common = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(common)
    assert common.RESERVED == RESERVED_ROWS
