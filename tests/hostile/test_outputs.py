"""Data loss: outputs are regular files or absent, all checked before any is written, never an input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hostile_util import cli, tmp_files

from zhkg.errors import OutputError
from zhkg.export.atomic import atomic_outputs, atomic_write, check_output


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_fifo_or_a_link_in_place_of_an_output_is_refused_not_replaced(tmp_path, news):
    fifo = tmp_path / "out.html"
    os.mkfifo(fifo)
    result = cli("extract", news, "-o", tmp_path / "o", "--html", fifo)
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {fifo} is a FIFO, not a regular file: an output must be a regular file or absent"
    assert Path(fifo).is_fifo() and not (tmp_path / "o").exists()

    target = tmp_path / "real.json"
    target.write_text("keep", encoding="utf-8")
    (tmp_path / "link.json").symlink_to(target)
    result = cli("extract", news, "-o", tmp_path / "o", "--json", tmp_path / "link.json")
    assert result.exit_code == 1 and "is a symbolic link, not a regular file" in result.output
    assert (tmp_path / "link.json").is_symlink() and target.read_text(encoding="utf-8") == "keep"


def test_a_device_is_refused_without_writing():
    # /dev/null itself: checked, never written (the check runs before any temporary file is made)
    with pytest.raises(OutputError, match="^/dev/null is a device, not a regular file"):
        check_output("/dev/null")
    with pytest.raises(OutputError, match="is a device"):
        with atomic_write("/dev/null") as fh:
            fh.write("x")
    assert Path("/dev/null").is_char_device()


def test_a_failed_run_replaces_no_output(tmp_path, news):
    out = tmp_path / "o"
    out.mkdir()
    (out / "news.graphml").write_text("old graph", encoding="utf-8")
    (out / "news.html").mkdir()  # the second output cannot be written
    result = cli("extract", news, "-o", out, "--json", out / "news.json")
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {out / 'news.html'} is a folder, not a regular file: an output must be a regular file or absent"
    assert (out / "news.graphml").read_text(encoding="utf-8") == "old graph"
    assert not (out / "news.json").exists() and tmp_files(tmp_path) == []


def test_a_rename_that_fails_late_is_undone(tmp_path, monkeypatch):
    first, second = tmp_path / "a.graphml", tmp_path / "b.html"
    first.write_text("old a", encoding="utf-8")
    second.write_text("old b", encoding="utf-8")
    real_replace = os.replace
    calls = []

    def flaky(src, dst):
        calls.append(dst)
        if Path(dst) == second and len(calls) == 2:
            raise OSError(28, "No space left on device", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(OSError), atomic_outputs():
        for path in (first, second):
            with atomic_write(path) as fh:
                fh.write("new")
    assert first.read_text(encoding="utf-8") == "old a" and second.read_text(encoding="utf-8") == "old b"
    assert tmp_files(tmp_path) == []


def test_an_output_that_is_an_input_is_refused(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": "平谷区政协主席闫维洪主持会议。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    before = feed.read_bytes()
    result = cli("extract", feed, "-o", tmp_path / "o", "--mentions", feed)
    assert result.exit_code == 2  # the command line's own paths clash: a usage error
    assert result.output.strip() == (f"Error: --mentions {feed} is the input {feed}: refusing to write over an input "
                                     "(zhkg extract --help)")
    assert feed.read_bytes() == before and not (tmp_path / "o").exists()
    # named another way: a path with .., a hard link
    os.link(feed, tmp_path / "hard.jsonl")
    for other in (tmp_path / "o" / ".." / "feed.jsonl", tmp_path / "hard.jsonl"):
        result = cli("extract", feed, "-o", tmp_path / "o", "--json", other)
        assert result.exit_code == 2 and "refusing to write over an input" in result.output
    assert feed.read_bytes() == before


def test_a_txt_output_inside_an_input_folder_is_refused(tmp_path, news):
    result = cli("extract", tmp_path, "-o", tmp_path / "o", "--mentions", tmp_path / "m.txt")
    assert result.exit_code == 2 and "inside the input folder" in result.output


def test_two_outputs_on_one_path_are_refused(tmp_path, news):
    out = tmp_path / "out"
    result = cli("extract", news, "-o", out, "--json", out / "news.graphml")
    assert result.exit_code == 2
    assert result.output.strip() == (f"Error: --json {out / 'news.graphml'} is the same file as -o "  # -o's GraphML
                                     f"{out / 'news.graphml'}: give each output its own path (zhkg extract --help)")
    assert not out.exists()


def test_a_good_run_still_writes_everything(tmp_path, news):
    out = tmp_path / "o"
    result = cli("extract", news, "-o", out, "--json", out / "g.json", "--csv", out / "csv", "--gexf", out / "g.gexf")
    assert result.exit_code == 0, result.output
    assert sorted(_snapshot(out)) == ["csv/edges.csv", "csv/nodes.csv", "g.gexf", "g.json", "news.graphml", "news.html"]
    assert tmp_files(tmp_path) == []
