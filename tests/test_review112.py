"""review112: what the input did to a row is said, one ``warning:`` line each, naming file and row.

A repeated JSON id became ``a~2``, a row of markup alone (a scraper's empty page) and a row that shows nothing
(zero-width characters, which pass the "text is empty" check) became documents with no entity: all silently. They
are still read exactly as before (same graph, exit status 0); stderr now says so, in reading order under any
``--jobs``, after the ``skipped:`` lines.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from helpers import both_scripts

from zhkg.cli import main
from zhkg.stages.read import read_inputs

TEXTS = both_scripts(["平谷区政协主席闫维洪主持会议。北京市平谷区有17个镇乡。"])


def _rows(text: str) -> list[dict]:
    return [{"id": "a", "text": text}, {"id": "a", "text": text}, {"id": "m", "text": "<div><p><br/></p>&nbsp;</div>"},
            {"id": "z", "text": "\u200b\u3000\u200b"}, {"id": "a", "text": text}, {"id": "b", "text": text}]


def _feed(tmp_path, text: str):
    src = tmp_path / "feed.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _rows(text)), encoding="utf-8-sig")
    return src


def _expected(src) -> list[str]:
    return [f'{src}:2: the id "a" is taken by an earlier document; this one is "a~2"',
            f"{src}:3: the text is markup alone (HTML tags, no words); the document has no entity",
            f"{src}:4: the text shows nothing (spaces and invisible characters); the document has no entity",
            f'{src}:5: the id "a" is taken by an earlier document; this one is "a~3"']


@pytest.mark.parametrize("text", TEXTS)
def test_each_row_read_with_a_change_or_no_words_is_one_warning(tmp_path, text):
    src = _feed(tmp_path, text)
    notes: list[str] = []
    assert [r.id for r in read_inputs([src], warnings=notes)] == ["a", "a~2", "m", "z", "a~3", "b"]
    assert notes == _expected(src)


@pytest.mark.parametrize("text", TEXTS)
def test_the_cli_prints_them_in_reading_order_under_any_jobs_and_keeps_the_output(tmp_path, text):
    src = _feed(tmp_path, text)
    runs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "--no-model", "--no-progress",
                                           "--jobs", jobs, "--json", str(out / "g.json")])
        assert result.exit_code == 0, result.output
        lines = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
        assert lines == [f"warning: {line}" for line in _expected(src)]
        runs[jobs] = (out / "feed.graphml").read_bytes(), (out / "g.json").read_bytes()
    assert runs["1"] == runs["2"]
    assert b'"a~3"' in runs["1"][1]


@pytest.mark.parametrize("text", TEXTS)
def test_a_clean_feed_and_a_repeated_table_stem(tmp_path, text):
    """Rows of words with ids of their own say nothing; two tables of one stem give their second rows ``~2``."""
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    first, second = tmp_path / "x" / "news.tsv", tmp_path / "y" / "news.tsv"
    for path in (first, second):
        path.write_text(f"category\ttext\nsports\t<p>{text}</p>\n", encoding="utf-8")
    notes: list[str] = []
    assert [r.id for r in read_inputs([first, second], warnings=notes)] == ["news-2", "news-2~2"]
    assert notes == [f'{second}:2: the id "news-2" is taken by an earlier document; this one is "news-2~2"']


@pytest.mark.parametrize("text", TEXTS)
def test_a_bom_file_and_a_big5_file_read_without_a_warning(tmp_path, text):
    """An encoding is no row's warning: a BOM is dropped, a Big5 file is read as Big5 (a Big5 line inside a UTF-8
    file stays that line's error, as documented); since review121 a file read in a detected encoding other than UTF-8
    gets one note naming it, and nothing else."""
    bom, big5 = tmp_path / "bom.jsonl", tmp_path / "big5.jsonl"
    bom.write_bytes(b"\xef\xbb\xbf" + "".join(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n"
                                              for i in "uv").encode())
    rows = [{"id": "t", "text": "中華民國總統府發言人表示，總統將出訪。"}, {"id": "w", "text": "臺北市政府今日宣布。"}]
    big5.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("big5"))
    notes: list[str] = []
    docs = list(read_inputs([bom, big5], warnings=notes))
    assert [r.id for r in docs] == ["u", "v", "t", "w"] and docs[0].text == text
    assert notes == [f"{big5}: read as Big5 (Big5-HKSCS), detected (not UTF-8); if its names look garbled, name its "
                     "encoding with --encoding"]


def test_many_warnings_stop_at_twenty_then_a_count(tmp_path):
    src = tmp_path / "feed.jsonl"
    src.write_text("".join(json.dumps({"id": "a", "text": "北京市平谷区。"}) + "\n" for _ in range(25)), encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "o"), "--no-model", "--no-progress"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(lines) == 21 and lines[-1] == "warning: 4 more not listed (24 in all)"


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_file_s_repeated_id_names_the_file(tmp_path, text):
    """``a.txt`` in two inputs: the second is ``a~2``, and the warning names its file (a text file has no row)."""
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "a.txt").write_text(text, encoding="utf-8")
    second = tmp_path / "y" / "a.txt"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "x" / "a.txt"), str(second), "-o",
                                       str(tmp_path / "o"), "--no-model", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if line.startswith("warning:")] == [
        f'warning: {second}: the id "a" is taken by an earlier document; this one is "a~2"']
