"""An output whose folder does not exist yet is written there, the folders made (README, `zhkg extract`)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from zhkg.cli import main


def test_missing_output_folders_are_made(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("北京市平谷区政协主席閆維洪向该区17个镇乡捐赠物资。", encoding="utf-8")
    out = tmp_path / "new" / "dir"
    json_out = tmp_path / "other" / "deep" / "g.json"
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), "--json", str(json_out), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert (out / "a.graphml").is_file()
    assert (out / "a.html").is_file()
    assert json_out.is_file()
    assert not list(out.glob(".*.tmp"))


def test_an_output_folder_that_is_a_file_is_one_error(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("北京市平谷区政协主席閆維洪向该区捐赠物资。", encoding="utf-8")
    blocker = tmp_path / "blocker"
    blocker.write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(blocker / "sub"), "--no-progress"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.strip().splitlines()[-1].startswith("Error:")
    assert blocker.read_text(encoding="utf-8") == "keep me"
