"""The annotated role files: well formed, and (with the shared data beside the checkout) naming what their texts say."""

import json
from pathlib import Path

import pytest
from helpers import RESERVED_ROWS

from zhkg.evaluate import GoldSources, find_data_dir
from zhkg.stages.normalise import to_simplified

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "tests" / "gold" / "roles_news.jsonl"


def _rows():
    return [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_news_rows_are_well_formed():
    rows = _rows()
    assert len({r["row"] for r in rows}) == len(rows)
    assert not {r["row"] for r in rows} & RESERVED_ROWS
    for r in rows:
        assert r["half"] in ("tune", "held", "tune8", "tune13", "tune14") and r["region"] in ("hongkong", "taiwan", "international", "mainland")
        assert (r["script"] == "traditional") == bool(r.get("convert"))
        assert r["window"][1] - r["window"][0] == r["length"]
        for triple in r["roles"]:
            assert len(triple) == 3 or (len(triple) == 4 and triple[3] == "former"), triple
    traditional = sum(len(r["roles"]) for r in rows if r.get("convert") and r.get("topic") == "hk_tw")
    mainland = sum(len(r["roles"]) for r in rows if r["region"] == "mainland")
    assert traditional >= 50 and mainland >= 20


#: Holders a window names by another word, right before the title (docs/relations.md, session 10).
_UNWRITTEN_HOLDERS = {"中国": "国家"}


def test_news_rows_name_what_their_windows_say():
    data = find_data_dir(ROOT)
    if data is None:
        pytest.skip("shared/data is not beside this checkout")
    sources = GoldSources(data)
    for r in _rows():
        start, end = r["window"]
        window = to_simplified(sources.text(r)[start:end])
        assert len(window) == r["length"]
        for person, role, holder, *_ in r["roles"]:
            assert person in window.replace(" ", ""), (r["id"], person)  # a byline's spaced name: 景 雪
            if holder in _UNWRITTEN_HOLDERS and holder not in window:  # 国家主席胡锦涛: 主席 of 中国, which 国家 names
                assert _UNWRITTEN_HOLDERS[holder] + role + person in window, (r["id"], holder)
                continue
            assert holder.replace("“", "").replace("”", "") in window.replace("“", "").replace("”", ""), (r["id"], holder)
