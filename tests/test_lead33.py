"""Session 33's lead: an output option given the next option as its value is refused, not written to a file so named."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from helpers import assert_usage_error

from zhkg.cli import main


@pytest.mark.parametrize("option", ["--json", "--gexf", "--mentions", "--graphml", "--html", "--csv", "-o"])
def test_output_option_followed_by_an_option_is_a_usage_error(tmp_path, monkeypatch, option):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("平谷區政協主席閆維洪主持會議。", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "a.txt", option, "--jobs", "1"])
    noun = "folder name" if option in ("--csv", "-o") else "file name"
    shown = "--output-dir" if option == "-o" else option
    assert_usage_error(result, f"{shown} needs a {noun}, not the option --jobs (./--jobs names a file so called)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # nothing written, no file named --jobs


def test_a_file_so_called_is_still_written_when_written_as_a_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("平谷區政協主席閆維洪主持會議。", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "a.txt", "-o", "out", "--json", "./--odd.json", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "--odd.json").read_text(encoding="utf-8").startswith("{")
