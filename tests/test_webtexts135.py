"""Round webtexts135: ``bench/web_texts.py`` also tries cuts that leave out photo captions between a body's
paragraphs (a line ending in a credit ``…摄``, ``…图``, ``。(路透)`` or holding ``▲``), on synthetic excerpts
written here (no article text)."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import web_texts  # noqa: E402

PARA1 = "  某市政府今天公布新的交通计划，将在三年内完成全部路段。" * 4
CAPTION = "3月3日，某市交通计划发布会在市政府举行。 某社记者 某某 摄"
PARA2 = "  市长在会上介绍，新线路将连接城区和机场，全程约四十公里。" * 4
EXCERPT = f"2026-03-04 来源：某网\n\n{PARA1}\n\n{CAPTION}\n\n{PARA2}\n\n  另一段未完"
URL = "https://news.example.com/a/2"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_a_photo_caption_between_paragraphs_is_left_out(tmp_path, capsys):
    text = f"{PARA1.strip()}\n{PARA2.strip()}\n"
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x-01", "url": URL, "sha256": sha(text)}) + "\n", encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "x-01.json").write_text(json.dumps([{"url": URL, "excerpt": EXCERPT}], ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "texts"
    code = web_texts.main(["--raw", str(raw), "--out", str(out), "--gold", str(gold), "--sources", str(tmp_path / "s.jsonl")])
    assert code == 0
    assert "x-01: found" in capsys.readouterr().out
    assert (out / "x-01.txt").read_text(encoding="utf-8") == text
    recipe = web_texts.Recipe(**json.loads((tmp_path / "s.jsonl").read_text(encoding="utf-8"))["recipe"])
    assert recipe.drop_captions
    assert web_texts.apply_recipe([EXCERPT], recipe) == text


def test_captions_are_credit_lines_or_marked_lines_not_body_lines():
    assert web_texts.is_caption(CAPTION)
    assert web_texts.is_caption("大會新聞發言人劉結一回答記者提問。（記者 某某攝）")
    assert web_texts.is_caption("九寨沟成新景点▲警方抓获在逃人员")
    assert web_texts.is_caption("某区领导调研新校区建设情况。 微信公众号“某某学院”图")
    assert web_texts.is_caption("外長表示，盼加快和談進程。(路透)")
    assert not web_texts.is_caption("外長表示，俄羅斯堅持烏克蘭割讓頓內次克（Donetsk）")
    assert not web_texts.is_caption("他们看了一张地图。")
    assert not web_texts.is_caption(PARA1)
    assert not web_texts.is_caption("他说：“这是我们拍摄的。”")
    assert not web_texts.is_caption("")


def test_pages_without_captions_get_no_extra_cuts():
    plain = f"{PARA1}\n\n{PARA2}"
    assert not any(recipe.drop_captions for recipe in web_texts.candidate_recipes([plain]))
