"""Round webtexts128: ``bench/web_texts.py`` rebuilds a web text from a saved search result, checked by sha256, on
synthetic excerpts written here (no article text), and the committed locators hold no text."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import web_texts  # noqa: E402

BODY = "某市政府今天公布新的交通計畫，將在三年內完成全部路段。" * 6
HEADLINE = "某市公布交通計畫"
EXCERPT = f" date 2025-01-02 選單 首頁 新聞\n\n    {HEADLINE}\n\n圖說：某市街景（資料照）\n\n{BODY}\n\n{BODY}另一段未完"
URL = "https://news.example.com/a/1"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_case(tmp_path: Path, text: str, raw: object, url: str = URL) -> tuple[Path, Path, Path]:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x-01", "url": url, "sha256": sha(text)}, ensure_ascii=False) + "\n", encoding="utf-8")
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "x-01.json").write_text(raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return gold, folder, tmp_path / "texts"


def run(tmp_path: Path, gold: Path, folder: Path, out: Path, capsys) -> tuple[int, str, str]:
    code = web_texts.main(["--raw", str(folder), "--out", str(out), "--gold", str(gold), "--sources", str(tmp_path / "s.jsonl")])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_headline_and_body_found_and_rebuilt(tmp_path, capsys):
    text = f"{HEADLINE}\n{BODY}\n{BODY}"
    gold, folder, out = write_case(tmp_path, text, {"query": "某市 交通", "results": [{"url": "http://www.news.example.com/a/1/", "excerpt": EXCERPT}]})
    code, printed, _ = run(tmp_path, gold, folder, out, capsys)
    assert code == 0
    assert "x-01: found" in printed
    assert (out / "x-01.txt").read_bytes() == text.encode("utf-8")
    locator = json.loads((tmp_path / "s.jsonl").read_text(encoding="utf-8"))
    assert locator["query"] == "某市 交通" and locator["url"] == URL
    assert web_texts.apply_recipe([EXCERPT], web_texts.Recipe(**locator["recipe"])) == text
    assert BODY[:10] not in (tmp_path / "s.jsonl").read_text(encoding="utf-8")


def test_cut_at_a_sentence_end_inside_a_line(tmp_path, capsys):
    text = f"{BODY}\n\n{BODY[:54]}"  # the second paragraph up to its second 。
    gold, folder, out = write_case(tmp_path, text, [{"url": URL, "excerpt": EXCERPT}])
    code, printed, _ = run(tmp_path, gold, folder, out, capsys)
    assert code == 0 and "x-01: found" in printed
    assert (out / "x-01.txt").read_text(encoding="utf-8") == text


def test_page_found_but_no_cut_matches(tmp_path, capsys):
    gold, folder, out = write_case(tmp_path, "另一篇文章" * 80, {"url": URL, "excerpt": EXCERPT})
    code, printed, _ = run(tmp_path, gold, folder, out, capsys)
    assert code == 0
    assert "x-01: page found, no sha256 match" in printed
    assert not (out / "x-01.txt").exists()
    assert (tmp_path / "s.jsonl").read_text(encoding="utf-8") == ""


def test_result_of_another_page_is_no_page(tmp_path, capsys):
    gold, folder, out = write_case(tmp_path, f"{HEADLINE}\n{BODY}", {"url": "https://news.example.com/a/2", "excerpt": EXCERPT})
    _, printed, _ = run(tmp_path, gold, folder, out, capsys)
    assert "x-01: no page" in printed


def test_bad_json_is_one_line_and_exit_1(tmp_path, capsys):
    gold, folder, out = write_case(tmp_path, BODY, '{"url": "x", "excerpt": ')
    code, printed, err = run(tmp_path, gold, folder, out, capsys)
    assert code == 1
    line = next(line for line in printed.splitlines() if line.startswith("x-01"))
    assert line.startswith("x-01: error: ") and "not readable JSON" in line
    assert "Traceback" not in printed + err


def test_missing_raw_folder_is_one_error_line(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    code, printed, err = run(tmp_path, gold, tmp_path / "nowhere", tmp_path / "t", capsys)
    assert code == 1 and printed == "" and err.startswith("Error: no folder of search results") and err.count("\n") == 1


def test_urls_compare_up_to_scheme_www_slash_and_encoding():
    assert web_texts.normal_url("https://www.hk01.com/%E7%AA%81%E7%99%BC/1/") == web_texts.normal_url("http://hk01.com/突發/1")
    assert web_texts.normal_url("https://udn.com/news/1") != web_texts.normal_url("https://udn.com/news/2")


def test_committed_locators_hold_no_text():
    path = ROOT / "tests" / "gold" / "web_sources.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert set(record) == {"id", "url", "query", "recipe"}
        assert set(record["recipe"]) == set(web_texts.Recipe.__dataclass_fields__)


def test_unverified_best_cut_follows_the_gold_counts(tmp_path, capsys):
    gold, folder, out = write_case(tmp_path, "另一篇文章" * 80, {"url": URL, "excerpt": EXCERPT})
    record = json.loads(gold.read_text(encoding="utf-8"))
    record["entities"] = [{"type": "ORGANIZATION", "name": "某市政府"}, {"type": "PERSON", "name": "無此人"}]
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = tmp_path / "counts.jsonl"
    start = len(BODY) + 1 + 17  # 三年 in the second paragraph when the body's two paragraphs are joined by one "\n"
    counts.write_text(json.dumps({"id": "x-01", "counts": [{"start": start, "end": start + 2, "check": "三年"}]}) + "\n")
    code = web_texts.main(["--raw", str(folder), "--out", str(out), "--gold", str(gold), "--sources",
                           str(tmp_path / "s.jsonl"), "--unverified", str(tmp_path / "u"), "--counts", str(counts)])
    printed = capsys.readouterr().out
    assert code == 0 and "x-01: page found, no sha256 match (unverified cut" in printed and "1/2 gold names" in printed
    cut = (tmp_path / "u" / "x-01.txt").read_text(encoding="utf-8")
    assert cut[start : start + 2] == "三年" and not (out / "x-01.txt").exists()
