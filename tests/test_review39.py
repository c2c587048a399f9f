"""Round review39: defects a user meets running zhkg as the README writes it.

A path of the wrong kind (a file where ``-o`` wants a folder, a folder where ``--json`` or a graph file is
wanted) was refused by click before zhkg saw it: exit status 2, a command-line mistake, in click's words
(``Invalid value for '-o' / '--output-dir': Directory 'notes' is a file.``), while the same path one level down
(``-o notes/out``) was exit 1, ``cannot write -o notes/out: notes is not a folder``, as the README's exit
statuses say of an output that cannot be written or a file that cannot be read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error

from zhkg.cli import main

NEWS = "北京市平谷区政协主席闫维洪主持召开会议。区政协委员张吉辉出席会议。"


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(the news file, a file that is no folder, an empty folder), in ``tmp_path``."""
    news = tmp_path / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    notes = tmp_path / "notes"
    notes.write_text("mine", encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    return news, notes, folder


@pytest.mark.parametrize("option", ["-o", "--csv", "--work-dir"])
def test_a_file_where_an_output_folder_is_wanted_cannot_be_written_exit_1(tmp_path, paths, option):
    news, notes, _ = paths
    out = ["-o", tmp_path / "out"] if option != "-o" else []
    result = run("extract", news, *out, option, notes, "--no-model", "--no-progress")
    assert_one_line_error(result, f"cannot write {option} {notes}: {notes} is not a folder")
    assert notes.read_text(encoding="utf-8") == "mine" and not (tmp_path / "out").exists()


@pytest.mark.parametrize("option", ["--graphml", "--html", "--json", "--mentions", "--gexf"])
def test_a_folder_where_an_output_file_is_wanted_cannot_be_written_exit_1(tmp_path, paths, option):
    news, _, folder = paths
    result = run("extract", news, "-o", tmp_path / "out", option, folder, "--no-model", "--no-progress")
    assert_one_line_error(result, f"cannot write {option} {folder}: {folder} is a folder, not a file")
    assert list(folder.iterdir()) == [] and not (tmp_path / "out").exists()


@pytest.mark.parametrize(("command", "named"), [(["query", "{folder}", "find", "平谷区"], ""), (["eval", "{folder}"], ""),
                                              (["eval-counts", "{folder}"], ""), (["eval-relations", "{folder}"], ""),
                                              (["eval-relations", "{news}", "--model", "{folder}"], "--model ")])
def test_a_folder_where_a_file_to_read_is_wanted_cannot_be_read_exit_1(paths, command, named):
    news, _, folder = paths
    result = run(*(part.format(folder=folder, news=news) for part in command))
    assert_one_line_error(result, f"cannot read {named}{folder}: {folder} is a folder, not a file")


@pytest.mark.parametrize("command", ["eval", "eval-counts"])
def test_a_file_where_the_data_folder_is_wanted_cannot_be_read_exit_1(paths, command):
    news, notes, _ = paths
    result = run(command, news, "--data", notes)
    assert_one_line_error(result, f"cannot read --data {notes}: {notes} is not a folder")


# ---- an empty answer says why with --json too


SEED_GRAPH = str(Path(__file__).resolve().parents[1] / "graphs" / "000_e88b616f19a6a93b.graphml")


@pytest.mark.parametrize("options", [[], ["--until", "2020-01-01"]])
def test_an_empty_json_answer_says_why_on_stderr_as_the_table_does(tmp_path, monkeypatch, options):
    # README: 'Any empty answer says why on stderr, exit 0 (--json prints [])'; with --json stderr was empty
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    table = run("query", SEED_GRAPH, "people-of", "北京市", *options)
    as_json = run("query", SEED_GRAPH, "people-of", "北京市", "--json", *options)
    assert table.exit_code == 0 and as_json.exit_code == 0
    assert as_json.stdout == "[]\n"
    assert as_json.stderr == table.stderr and table.stderr.startswith("no results: no role or membership in 北京市")


def test_a_path_within_one_node_says_so_with_json_too(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    result = run("query", SEED_GRAPH, "path", "平谷区", "平谷區", "--json")
    assert result.exit_code == 0 and result.stdout == "[]\n"
    assert result.stderr.startswith("no steps: 平谷区 and 平谷區 name the same node")
