"""bench/relations_audit.py draws and scores only rows it may read: never a reserved THUCNews row, a row of
``tests/gold/entities_held2.jsonl``, a row of the counts gold's ``blind``/``check2`` halves, or any gold file's
``held`` row. Rows are read by number only; no text of the gold files is opened here."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
RESERVED_ROWS = {148, 205, 224, 433, 503, 533, 565, 594, 899, 926,
                 166, 192, 273, 274, 287, 374, 579, 613, 884, 989}


@pytest.fixture(scope="module")
def audit():
    spec = importlib.util.spec_from_file_location("relations_audit_under_test", ROOT / "bench" / "relations_audit.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(path: Path, halves: set[str] | None = None) -> set[int]:
    """The THUCNews row numbers of ``path`` (of the given halves), numbers only; learned_news names an entity in
    ``source`` and all its rows are THUCNews rows."""
    any_source = path.name == "learned_news.jsonl"
    rows = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if "row" in record and (any_source or record.get("source") == "thucnews") \
                    and (halves is None or record.get("half") in halves):
                rows.add(int(record["row"]))
    return rows


def test_no_reserved_or_unseen_row_is_eligible(audit) -> None:
    eligible = set(audit.eligible_rows(1000))
    held2 = _rows(GOLD / "entities_held2.jsonl")
    blind = _rows(GOLD / "counts_dev.jsonl", {"blind", "check2"})
    assert held2 and blind  # the gold files still hold such rows, so the check below can fail
    assert not eligible & RESERVED_ROWS
    assert not eligible & held2
    assert not eligible & blind
    for path in sorted(GOLD.glob("*.jsonl")):
        assert not eligible & _rows(path, {"held"}), path.name
    # session 29's real-text check halves are scored only, so the corpus dumps and audit draws leave them out
    checks = _rows(GOLD / "entities_real36.jsonl", {"check36"}) | _rows(GOLD / "entities_real37.jsonl", {"check37"})
    assert checks and not eligible & checks
    assert _rows(GOLD / "entities_real36.jsonl", {"tune36"}) & eligible
    learned_held = _rows(GOLD / "learned_news.jsonl", {"held"})
    assert learned_held and not eligible & learned_held
    # the rest of the corpus stays open: far more than half the rows, and a tune-only row among them
    assert len(eligible) > 600
    assert _rows(GOLD / "entities_dev.jsonl", {"tune"}) & eligible


def test_a_new_gold_file_s_unseen_halves_are_excluded(audit, tmp_path: Path, monkeypatch) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    records = [{"source": "thucnews", "row": 10, "half": "held2"},
               {"source": "thucnews", "row": 11, "half": "blind"},
               {"source": "thucnews", "row": 12, "half": "check2"},
               {"source": "thucnews", "row": 13, "half": "held"},
               {"source": "thucnews", "row": 14, "half": "tune"},
               {"source": "cluener", "row": 15, "half": "held"},
               {"source": "thucnews", "row": 16, "half": "check37"}]
    (gold / "new_set.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    monkeypatch.setattr(audit, "GOLD", gold)
    eligible = set(audit.eligible_rows(30))
    assert not eligible & {10, 11, 12, 13, 16}
    assert {14, 15} <= eligible  # a tune row, and another corpus's row number, stay open
    assert set(range(30)) - eligible == {10, 11, 12, 13, 16}
    assert not set(audit.eligible_rows(1000)) & RESERVED_ROWS
