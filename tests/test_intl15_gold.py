"""The dev set's tune15 half (session 15): international fashion and games windows apart from every other row."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "gold" / "entities_dev.jsonl"
RESERVED_ROWS = {148, 205, 224, 433, 503, 533, 565, 594, 899, 926, 166, 192, 273, 274, 287, 374, 579, 613, 884, 989}


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _rows(path: Path, keep=lambda r: True) -> list[int]:
    return [r["row"] for r in _records(path) if r.get("source", "thucnews") == "thucnews" and "row" in r and keep(r)]


def test_tune15_rows_are_unreserved_and_in_no_other_set():
    rows = _rows(DEV, lambda r: r["half"] == "tune15")
    assert len(rows) == len(set(rows)) == 12
    assert not set(rows) & RESERVED_ROWS
    assert not set(rows) & set(_rows(DEV, lambda r: r["half"] != "tune15"))
    for other in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        if other != DEV:
            assert not set(rows) & set(_rows(other)), other.name


def test_tune15_is_international_with_traditional_readings():
    tune15 = [r for r in _records(DEV) if r["half"] == "tune15"]
    assert {r["region"] for r in tune15} == {"international"}
    converted = [r for r in tune15 if r.get("convert") in ("s2tw", "s2hk")]
    assert 3 <= len(converted) <= 4 and all(r["script"] == "traditional" for r in converted)
    assert all(r["window"][1] - r["window"][0] <= 620 for r in tune15)
