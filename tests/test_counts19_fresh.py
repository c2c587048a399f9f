"""Session 19's fresh count pool (``bench/counts_fresh19.jsonl``): drawn apart from session 18's, halves fixed by the
draw, and the judgements kept as offsets into the passages (no corpus text)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
JUDGED19 = ROOT / "bench" / "counts_fresh19.jsonl"
JUDGED18 = ROOT / "bench" / "counts_fresh18.jsonl"


def _records(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_fresh19_shares_no_sentence_with_fresh18():
    sys.path.insert(0, str(ROOT))
    from bench.counts_fresh19 import judged_before

    seen = judged_before(JUDGED18)
    for record in _records(JUDGED19):
        assert not any((record["source"], i) in seen for i in range(*record["sentences"])), record["sentences"]


def test_fresh19_records_hold_offsets_not_text():
    records = _records(JUDGED19)
    assert {r["half"] for r in records} == {"tune", "held"}
    for r in records:
        for c in r["counts"]:
            assert 0 <= c["start"] < c["end"] and len(c["check"]) <= 4
            assert c["owner"] is None or (isinstance(c["owner"], list) and c["owner"])
            assert "text" not in c


def test_fresh19_draw_reproduces_the_pool():
    """The seeded draw gives the judged passages and their halves again (so the halves were fixed before reading)."""
    from zhkg.evaluate import find_data_dir

    data = find_data_dir(ROOT)
    if data is None or not (data / "ner" / "msra" / "train.bio").is_file():
        pytest.skip("shared/data is not beside this checkout")
    sys.path.insert(0, str(ROOT))
    from bench.counts_fresh19 import draw, judged_before, read_tagged

    records = _records(JUDGED19)
    n = {s: sum(r["source"] == s for r in records) for s in ("msra", "cluener")}
    drawn = draw(read_tagged(data), n["msra"], n["cluener"], seed=19, seen=judged_before(JUDGED18))
    assert [(d["source"], d["sentences"], d["half"]) for d in drawn] == \
        [(r["source"], r["sentences"], r["half"]) for r in records]
