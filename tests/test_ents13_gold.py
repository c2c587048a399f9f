"""The dev set's tune13 half (session 13): Taiwan and international windows apart from every other row."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "gold" / "entities_dev.jsonl"
HELD2 = ROOT / "tests" / "gold" / "entities_held2.jsonl"
RESERVED_ROWS = {148, 205, 224, 433, 503, 533, 565, 594, 899, 926, 166, 192, 273, 274, 287, 374, 579, 613, 884, 989}


def _rows(path: Path, keep=lambda r: True) -> list[int]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["row"] for r in records if r.get("source", "thucnews") == "thucnews" and "row" in r and keep(r)]


def test_tune13_rows_are_unreserved_and_in_no_other_set():
    rows = _rows(DEV, lambda r: r["half"] == "tune13")
    assert len(rows) == len(set(rows)) == 10
    assert not set(rows) & RESERVED_ROWS
    assert not set(rows) & set(_rows(DEV, lambda r: r["half"] != "tune13"))
    for other in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        if other != DEV:
            assert not set(rows) & set(_rows(other)), other.name


def test_tune13_reads_half_its_articles_as_taiwan_writes():
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    tune13 = [r for r in records if r["half"] == "tune13"]
    assert {r["region"] for r in tune13} == {"taiwan", "international"}
    assert sum(r.get("convert") == "s2tw" and r["script"] == "traditional" for r in tune13) >= 5
