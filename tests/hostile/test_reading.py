"""Hostile inputs: leaks through links, endless or huge files, FIFOs and stdin, malformed tables and JSON."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from hostile_util import TEXT, cli, one_error_line, zhkg

from zhkg.errors import InputError
from zhkg.stages.read import read_inputs


def test_a_folder_does_not_follow_a_link_out_of_it(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密：张吉辉的住址。", encoding="utf-8")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "inside.txt").symlink_to(folder / "a.txt")  # a link inside the folder is allowed (and is a.txt, read once)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "more.txt").write_text("机密。", encoding="utf-8")
    (folder / "sub").symlink_to(outside, target_is_directory=True)

    result = cli("extract", folder, "-o", tmp_path / "o")
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {folder / 'leak.txt'} is a link to a file outside {folder}; --follow-links reads it"

    result = cli("extract", folder, "-o", tmp_path / "o", "--skip-bad")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "o" / "news.html").read_text(encoding="utf-8")
    assert "住址" not in page and "机密" not in page
    assert f"skipped: {folder / 'leak.txt'} is a link" in result.output
    assert f"skipped: {folder / 'sub'} is a link to a folder outside" in result.output

    docs = [d.id for d in read_inputs([folder], follow_links=True)]
    assert docs == ["a", "leak", "sub/more"]


def test_a_link_loop_ends_when_links_are_followed(tmp_path):
    folder = tmp_path / "news"
    (folder / "x").mkdir(parents=True)
    (folder / "x" / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "x" / "loop").symlink_to(folder, target_is_directory=True)
    assert [d.id for d in read_inputs([folder], follow_links=True)] == ["x/a"]


def test_dev_zero_is_refused_while_reading_within_a_memory_limit(tmp_path):
    # the subprocess may take 3 GB of address space: reading /dev/zero whole would not fit
    result = zhkg("extract", "/dev/zero", "-o", tmp_path / "o", "--no-model", timeout=120)
    assert result.returncode == 1
    assert one_error_line(result.stderr) == "Error: /dev/zero has more than 5,000,000 characters (over 20,000,004 bytes); the limit is 5,000,000 a document"


def test_a_huge_sparse_file_is_refused_from_its_size(tmp_path):
    sparse = tmp_path / "sparse.txt"
    with open(sparse, "wb") as fh:
        fh.truncate(8 << 30)  # 8 GB, no blocks
    with pytest.raises(InputError, match=r"sparse\.txt has at least 2,147,483,647 characters \(8,589,934,592 bytes\); the limit is 5,000,000 a "):
        list(read_inputs([sparse], max_chars=5_000_000))
    lines = tmp_path / "sparse.jsonl"  # a stream of NULs: binary, told from the first megabyte
    with open(lines, "wb") as fh:
        fh.truncate(8 << 30)
    with pytest.raises(InputError, match="looks like a binary file"):
        list(read_inputs([lines], max_chars=5_000_000))


def test_a_fifo_is_read_once(tmp_path):
    fifo = tmp_path / "news.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "w", encoding="utf-8") as fh:  # blocks until zhkg opens it; once only
            fh.write(TEXT)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        result = zhkg("extract", fifo, "-o", tmp_path / "o", "--no-model", "--no-progress", timeout=180)
    finally:
        if writer.is_alive():  # zhkg never opened it: release the writer
            with open(fifo, encoding="utf-8") as fh:
                fh.read()
        writer.join(10)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "o" / "news.graphml").is_file()


def test_dash_reads_standard_input(tmp_path):
    result = zhkg("extract", "-", "-o", tmp_path / "o", "--no-model", "--no-progress", input=TEXT, timeout=180)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "o" / "stdin.graphml").is_file()


def test_a_huge_csv_cell_is_a_one_line_error_or_skipped(tmp_path):
    table = tmp_path / "big.csv"
    table.write_text("id,text\n1," + "平" * 5_000_001 + f"\n2,{TEXT}\n", encoding="utf-8")
    result = cli("extract", table, "-o", tmp_path / "o")
    assert result.exit_code == 1
    assert result.output.strip() == (f"Error: {table}:2: malformed row (a field is over 5,000,000 characters; "
                                     "the limit is 5,000,000 a document)")
    result = cli("extract", table, "-o", tmp_path / "o", "--skip-bad", "--mentions", tmp_path / "m.jsonl")
    assert result.exit_code == 0, result.output
    assert "skipped: " in result.output and "1 document;" in result.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["--delimiter", "ab"], "Error: the delimiter must be one character, not 'ab'"),
        (["--delimiter", '"'], "Error: the delimiter cannot be '\"'"),
        (["--encoding", "undefined"], "Error: unknown text encoding: undefined"),
        (["--encoding", "base64"], "Error: unknown text encoding: base64"),
    ],
)
def test_bad_reading_options_are_one_line_errors(tmp_path, news, args, message):
    result = cli("extract", news, "-o", tmp_path / "o", *args)  # bad option values: usage errors, exit 2
    assert result.exit_code == 2 and result.output.strip() == f"{message} (zhkg extract --help)"


def test_a_deeply_nested_json_line_names_its_file_and_line_and_can_be_skipped(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "ok", "text": TEXT}, ensure_ascii=False) + "\n" + "[" * 200_000 + "]" * 200_000 + "\n",
                    encoding="utf-8")
    result = cli("extract", feed, "-o", tmp_path / "o")
    assert result.exit_code == 1 and result.output.strip() == f"Error: {feed}:2: JSON nested too deeply"
    result = cli("extract", feed, "-o", tmp_path / "o", "--skip-bad")
    assert result.exit_code == 0, result.output
    assert f"skipped: {feed}:2: JSON nested too deeply" in result.output


def test_dot_does_not_write_hidden_outputs(tmp_path, monkeypatch):
    folder = tmp_path / "mynews"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(folder)
    result = cli("extract", ".", "-o", "out")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in Path("out").iterdir()) == ["mynews.graphml", "mynews.html"]
