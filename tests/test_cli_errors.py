"""``zhkg extract`` on bad input and faults: one-line errors, exit codes, and no output lost or half-written."""

from __future__ import annotations

import errno
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error, assert_usage_error

import zhkg.export.html
import zhkg.export.jsonl
from zhkg.cli import main
from zhkg.config import Config
from zhkg.export.atomic import atomic_write
from zhkg.export.graphml import xml_safe
from zhkg.run.pipeline import Pipeline

NEWS = "平谷區政協黨組書記、主席閆維洪主持會議。全區17個鎮鄉(街道)、274個村。"


def run(runner: CliRunner, *args: str):
    return runner.invoke(main, ["extract", *map(str, args)])


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _missing(p: Path) -> tuple[Path, str]:
    return p / "missing.txt", f"no such file or directory: {p / 'missing.txt'}"


def _empty(p: Path) -> tuple[Path, str]:
    (p / "empty.txt").write_bytes(b"")
    return p / "empty.txt", f"{p / 'empty.txt'} is empty"


def _blank(p: Path) -> tuple[Path, str]:
    (p / "blank.txt").write_text(" \n\u3000\n", encoding="utf-8")
    return p / "blank.txt", f"{p / 'blank.txt'} is empty"


def _no_text_folder(p: Path) -> tuple[Path, str]:
    (p / "docs" / "sub").mkdir(parents=True)
    (p / "docs" / "sub" / "notes.md").write_text("平谷区", encoding="utf-8")
    return p / "docs", f"{p / 'docs'} holds no .txt files"


def _binary(p: Path) -> tuple[Path, str]:
    (p / "logo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return p / "logo.txt", f"{p / 'logo.txt'} looks like a binary file, not text"


def _junk(p: Path) -> tuple[Path, str]:
    (p / "junk.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)
    return p / "junk.txt", f"cannot tell the encoding of {p / 'junk.txt'} (not UTF-8, GB18030 or Big5); name it with --encoding"


def _malformed_jsonl(p: Path) -> tuple[Path, str]:
    (p / "in.jsonl").write_text('{"id": "a", "text": "政协"}\n\n{"id": "b", "text": 平谷区}\n', encoding="utf-8")
    return p / "in.jsonl", f"{p / 'in.jsonl'}:3: malformed JSON (Expecting value)"


def _jsonl_without_text(p: Path) -> tuple[Path, str]:
    (p / "in.jsonl").write_text('{"id": "a", "summary": "政协"}\n', encoding="utf-8")  # body is a text (ux25)
    return p / "in.jsonl", (f'{p / "in.jsonl"}:1: expected an object with a "text" string; its fields: id, summary '
                            "(--text-column names the text's)")


def _one_20mb_line(p: Path) -> tuple[Path, str]:
    (p / "line.txt").write_bytes("平".encode() * 6_666_667)  # 20,000,001 bytes, no line break
    return p / "line.txt", f"{p / 'line.txt'} has 6,666,667 characters; the limit is 5,000,000 a document"


@pytest.mark.parametrize(
    "make",
    [_missing, _empty, _blank, _no_text_folder, _binary, _junk, _malformed_jsonl, _jsonl_without_text, _one_20mb_line],
)
def test_bad_input_is_one_line_error_and_writes_nothing(runner, tmp_path, make):
    path, message = make(tmp_path)
    result = run(runner, path, "-o", tmp_path / "out", "--json", tmp_path / "out" / "g.json")
    assert_one_line_error(result, message)
    assert files_in(tmp_path / "out") == []


def test_size_limit_is_the_documented_config_default():
    assert Config().max_document_chars == 5_000_000


def test_unknown_encoding_is_refused_before_reading(runner, tmp_path):
    src = tmp_path / "news.txt"
    src.write_text(NEWS, encoding="utf-8")
    assert_usage_error(run(runner, src, "--encoding", "klingon", "--skip-bad", "-o", tmp_path / "out"),
                       "unknown text encoding: klingon")
    assert files_in(tmp_path / "out") == []


def test_wrong_explicit_encoding_names_the_file(runner, tmp_path):
    src = tmp_path / "news.txt"
    src.write_bytes(NEWS.encode("big5"))
    assert_one_line_error(run(runner, src, "--encoding", "utf-8", "-o", tmp_path / "out"),
                          f"{src} is not valid utf-8 (byte 0)")


@pytest.mark.parametrize("encoding", ["gbk", "big5", "utf-16", "utf-8-sig"])
def test_encoded_inputs_give_the_same_mentions(runner, tmp_path, encoding):
    src = tmp_path / "news.txt"
    src.write_bytes(NEWS.encode(encoding))
    out = tmp_path / "out"
    result = run(runner, src, "-o", out, "--mentions", out / "m.jsonl")
    assert result.exit_code == 0, result.output
    mentions = [json.loads(line) for line in (out / "m.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {m["text"] for m in mentions} >= {"閆維洪", "平谷區政協", "全區"}
    assert all(NEWS[m["start"]:m["end"]] == m["text"] for m in mentions)


def test_explicit_encoding_reads_utf16_without_a_mark_as_detection_does(runner, tmp_path):
    src = tmp_path / "news.txt"
    src.write_bytes(NEWS.encode("utf-16-le"))  # no byte-order mark: NUL bytes, told from binary since ux32
    out = tmp_path / "out"
    assert run(runner, src, "-o", out).exit_code == 0
    result = run(runner, src, "-o", out, "--encoding", "utf-16-le", "--mentions", out / "m.jsonl")
    assert result.exit_code == 0, result.output
    mentions = [json.loads(line) for line in (out / "m.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "閆維洪" in {m["text"] for m in mentions}


def test_skip_bad_goes_on_and_lists_what_it_skipped(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes(NEWS.encode("gbk"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    lines = tmp_path / "in.jsonl"
    lines.write_text('{"id": "j1", "text": "稷山县公安局民警贺旺英"}\n{oops\n', encoding="utf-8")
    out = tmp_path / "out"
    result = run(runner, good, empty, binary, tmp_path / "missing.txt", lines, "-o", out, "--skip-bad")
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if line.startswith("skipped:")] == [
        f"skipped: {empty} is empty",
        f"skipped: {binary} looks like a binary file, not text",
        f"skipped: no such file or directory: {tmp_path / 'missing.txt'}",
        f"skipped: {lines}:2: malformed JSON (Expecting property name enclosed in double quotes)",
    ]
    assert f"{good}: read as GB18030 (GBK), detected (not UTF-8)" in result.stderr  # a detected encoding other than UTF-8 is said (review121)
    assert result.stderr.startswith("2 documents;") and "; 4 skipped (listed below)\n" in result.stderr  # counted (review130)
    assert files_in(out) == ["corpus.graphml", "corpus.html"]


def test_skip_bad_with_nothing_readable_is_an_error(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    result = run(runner, empty, tmp_path / "missing.txt", "-o", out, "--skip-bad")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"skipped: {empty} is empty",
        f"skipped: no such file or directory: {tmp_path / 'missing.txt'}",
        "Error: no document could be read (2 skipped)",
    ]
    assert files_in(out) == []


def existing_outputs(out: Path) -> dict[str, str]:
    out.mkdir()
    old = {"news.graphml": "old graphml", "news.html": "old html", "g.json": "old json", "m.jsonl": "old mentions"}
    for name, text in old.items():
        (out / name).write_text(text, encoding="utf-8")
    return old


def assert_untouched(out: Path, old: dict[str, str]) -> None:
    assert files_in(out) == sorted(old), "a temporary file was left behind"
    assert {name: (out / name).read_text(encoding="utf-8") for name in old} == old


def extract_args(tmp_path: Path, out: Path) -> list:
    src = tmp_path / "news.txt"
    src.write_text(NEWS, encoding="utf-8")
    return [src, "-o", out, "--json", out / "g.json", "--mentions", out / "m.jsonl"]


def test_a_writer_failing_midway_leaves_every_existing_output_untouched(runner, tmp_path, monkeypatch):
    out = tmp_path / "out"
    old = existing_outputs(out)

    def failing_write_html(G, path, **kwargs):
        with atomic_write(path) as fh:
            fh.write("<!DOCTYPE html><html>half")
            raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(zhkg.export.html, "write_html", failing_write_html)
    result = run(runner, *extract_args(tmp_path, out))
    assert_one_line_error(result, f"cannot write -o {out / 'news.html'}: No space left on device")  # the default page: -o's
    assert_untouched(out, old)  # news.graphml was written before the failure, yet not replaced


def test_the_last_writer_failing_rolls_back_the_others(runner, tmp_path, monkeypatch):
    out = tmp_path / "out"
    old = existing_outputs(out)

    def failing_write_mentions(mentions, path):
        raise OSError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(zhkg.export.jsonl, "write_mentions", failing_write_mentions)
    result = run(runner, *extract_args(tmp_path, out))
    assert_one_line_error(result, f"cannot write --mentions {out / 'm.jsonl'}: Permission denied")
    assert_untouched(out, old)


def test_a_successful_run_replaces_every_output(runner, tmp_path):
    out = tmp_path / "out"
    old = existing_outputs(out)
    result = run(runner, *extract_args(tmp_path, out))
    assert result.exit_code == 0, result.output
    assert files_in(out) == sorted(old)
    assert all((out / name).read_text(encoding="utf-8") != text for name, text in old.items())


def test_ctrl_c_during_the_run_exits_130_and_writes_nothing(runner, tmp_path, monkeypatch):
    def interrupted(self, documents):
        raise KeyboardInterrupt

    monkeypatch.setattr(Pipeline, "process_documents", interrupted)
    out = tmp_path / "out"
    result = run(runner, *extract_args(tmp_path, out))
    assert result.exit_code == 130
    assert result.stderr == "Interrupted; no output was left half-written.\n"
    assert files_in(out) == []


def test_ctrl_c_while_writing_leaves_existing_outputs(runner, tmp_path, monkeypatch):
    out = tmp_path / "out"
    old = existing_outputs(out)

    def interrupted(G, path):
        with atomic_write(path) as fh:
            fh.write("{")
            raise KeyboardInterrupt

    monkeypatch.setattr(zhkg.export.jsonl, "write_graph_json", interrupted)
    result = run(runner, *extract_args(tmp_path, out))
    assert result.exit_code == 130
    assert result.stderr == "Interrupted; no output was left half-written.\n"
    assert_untouched(out, old)


def test_control_characters_keep_graphml_valid_and_offsets_exact(runner, tmp_path):
    text = "平谷區政協\x01會議\x0b召開\n2020-12-22 消費日報網\n平谷區政協黨組書記、主席閆維洪\x00主持會議\x1f,全區１７個鎮鄉\ufffe。\n"
    src = tmp_path / "ctl.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = run(runner, src, "-o", out, "--json", out / "g.json", "--mentions", out / "m.jsonl")
    assert result.exit_code == 0, result.output
    raw = (out / "ctl.graphml").read_bytes()
    ET.fromstring(raw)  # well-formed XML 1.0
    G = nx.read_graphml(out / "ctl.graphml")
    evidence = [d["evidence"] for _, _, d in G.edges(data=True) if "閆維洪" in d.get("evidence", "")]
    assert evidence and all("\x00" not in e and "\ufffd" in e for e in evidence)
    # one character for one: the file holds the in-memory evidence with U+FFFD for each forbidden character
    memory = Pipeline().run_texts([("ctl", text)]).graph
    assert sorted(xml_safe(d.get("evidence", "")) for *_, d in memory.edges(data=True)) == sorted(
        d.get("evidence", "") for *_, d in G.edges(data=True))
    mentions = [json.loads(line) for line in (out / "m.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(m["text"] == "閆維洪" for m in mentions)
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions if m["doc_id"] == "ctl")
    assert json.loads((out / "g.json").read_text(encoding="utf-8"))["nodes"]


def test_mixed_traditional_and_simplified_in_one_file(runner, tmp_path):
    text = "平谷區政協黨組書記、主席閆維洪主持會議。平谷区政协委员张吉辉参加会议。"
    src = tmp_path / "mixed.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = run(runner, src, "-o", out, "--mentions", out / "m.jsonl")
    assert result.exit_code == 0, result.output
    mentions = [json.loads(line) for line in (out / "m.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions)
    assert {"閆維洪", "张吉辉"} <= {m["text"] for m in mentions if m["label"] == "PERSON"}
    orgs = {m.get("canonical") for m in mentions if m["label"] == "ORGANIZATION"}
    assert orgs == {"平谷区政协"}  # both spellings are one organisation
