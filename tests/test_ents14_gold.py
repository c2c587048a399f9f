"""The dev set's tune14 half (session 14): international technology and entertainment windows apart from every other row."""

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


def test_tune14_rows_are_unreserved_and_in_no_other_set():
    rows = _rows(DEV, lambda r: r["half"] == "tune14")
    assert len(rows) == len(set(rows)) == 10
    assert not set(rows) & RESERVED_ROWS
    assert not set(rows) & set(_rows(DEV, lambda r: r["half"] != "tune14"))
    for other in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        if other != DEV:
            assert not set(rows) & set(_rows(other)), other.name


def test_tune14_is_international_with_traditional_readings():
    tune14 = [r for r in _records(DEV) if r["half"] == "tune14"]
    assert {r["region"] for r in tune14} == {"international"}
    assert sum(r.get("convert") == "s2tw" and r["script"] == "traditional" for r in tune14) >= 3
    assert {r["category"] for r in tune14} <= {"科技", "娱乐"}
