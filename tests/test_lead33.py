"""Session 33's lead: an output option given the next option as its value is refused, not written to a file so named;
Kùzu reads an API caller's column names that need quotes."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from helpers import assert_usage_error, kuzu_loaded

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


def test_kuzu_reads_an_api_callers_column_names_that_need_quotes(tmp_path):
    """An API caller's attribute names with a space or a dot (the `.2` of a clash) were written bare into
    ``kuzu_schema``'s DDL, which Kùzu refused; quoted, the schema loads and the files copy as they are."""
    import networkx as nx

    from zhkg.export.csv import write_csv

    G = nx.MultiDiGraph()
    G.add_node("p", label="閆維洪", type="PERSON", **{"my score": 2, "a:b": 1, "a_b": "y"})
    G.add_node("o", label="平谷區政協", type="ORGANIZATION")
    G.add_edge("p", "o", key="e1", kind="HOLDS_ROLE", role="主席", **{"seen at": "x"})
    connection = kuzu_loaded(G, *write_csv(G, tmp_path / "csv"), tmp_path)
    assert connection.execute("MATCH (n:Node) WHERE n.id = 'p' RETURN n.`my score`").get_next() == [2]
