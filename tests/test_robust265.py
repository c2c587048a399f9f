"""robust265: what the seeded fuzz (the pruned Traditional recogniser, inputs converted to Traditional, jittered
spans) and bad command lines reached; each on a sentence or file written here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhkg.cli import main


def test_a_huge_jobs_is_capped_and_said_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # --jobs 100000 forked 100,000 copies of the model at the first batch (a fork pool starts all its workers)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    src = tmp_path / "news.txt"
    src.write_text("平谷区政协主席闫维洪主持会议。", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "o"), "--no-model", "--no-progress",
                                       "--jobs", "100000"])
    assert result.exit_code == 0, result.output
    assert "warning: --jobs 100,000 is more than two workers a core; using 4\n" in result.stderr
    assert (tmp_path / "o" / "news.graphml").is_file()


def test_jobs_within_two_a_core_get_no_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    src = tmp_path / "news.txt"
    src.write_text("平谷区政协主席闫维洪主持会议。", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "o"), "--no-model", "--no-progress",
                                       "--jobs", "4"])
    assert result.exit_code == 0, result.output
    assert "--jobs" not in result.stderr


@pytest.mark.parametrize("follow_links", [True, False])
def test_a_link_to_nothing_in_a_folder_is_said(tmp_path: Path, follow_links: bool) -> None:
    # with --follow-links it was passed over in silence; without, the message sent the user to --follow-links
    from zhkg.errors import InputError
    from zhkg.stages.read import read_inputs

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("平谷区政协主席闫维洪主持会议。", encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "moved.txt")
    with pytest.raises(InputError, match=r"gone\.txt is a link to .*moved\.txt, which is not there$"):
        list(read_inputs([folder], follow_links=follow_links))
    skipped: list[InputError] = []
    assert [d.id for d in read_inputs([folder], follow_links=follow_links, skipped=skipped)] == ["a"]
    assert [str(e) for e in skipped] == [f"{folder / 'gone.txt'} is a link to {tmp_path / 'moved.txt'}, which is not there"]


BOM = "\ufeff"  # how Notepad and Windows PowerShell begin a UTF-8 file; zhkg extract's inputs drop it


def test_a_bio_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    # was: "expected 'char<TAB>tag', got '\ufeff上\tB-LOC'"
    from zhkg.ner.bio import read_bio

    path = tmp_path / "gold.bio"
    path.write_text(BOM + "上\tB-LOC\r\n海\tI-LOC\r\n说\tO\r\n", encoding="utf-8")
    [sentence] = read_bio(path)
    assert (sentence.text, sentence.spans) == ("上海说", [(0, 2, "LOC")])


def test_gold_lines_with_a_byte_order_mark(tmp_path: Path) -> None:
    # was: "malformed JSON (Unexpected UTF-8 BOM)" in zhkg eval and eval-counts; eval-relations read the head as '\ufeff龚正'
    from zhkg.evaluate import read_gold_lines

    path = tmp_path / "gold.jsonl"
    path.write_text(BOM + '{"id": "a"}\r\n{"id": "b"}\r\n', encoding="utf-8")
    assert read_gold_lines(path) == ['{"id": "a"}', '{"id": "b"}']


def test_a_config_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    # was: "malformed TOML (Invalid statement (at line 1, column 1))"
    from zhkg.config import load_config

    path = tmp_path / "zhkg.toml"
    path.write_text(BOM + "place_short_min_chars = 3\r\n", encoding="utf-8")
    assert load_config(str(path)).place_short_min_chars == 3


def test_query_reads_node_link_json_with_a_byte_order_mark(tmp_path: Path) -> None:
    # was: "cannot read g.json: Unexpected UTF-8 BOM (decode using utf-8-sig)"
    path = tmp_path / "g.json"
    path.write_text(BOM + '{"directed": true, "multigraph": true, "graph": {}, "nodes": [{"id": "place:110117", '
                    '"label": "平谷区", "type": "PLACE"}], "edges": []}', encoding="utf-8")
    result = CliRunner().invoke(main, ["query", str(path), "find", "平谷区"])
    assert result.exit_code == 0, result.output
    assert "place:110117" in result.stdout
