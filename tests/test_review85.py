"""Session 33's review85: a graph output named with another output's suffix is a command-line mistake."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import assert_usage_error

from zhkg.cli import main
from zhkg.errors import OutputConflictError
from zhkg.export.outputs import check_suffixes


@pytest.mark.parametrize(("option", "name", "says"), [
    ("--html", "x.graphml", ".graphml names GraphML (--graphml), not a page; name it .html"),
    ("--graphml", "x.html", ".html names a page (--html), not GraphML; name it .graphml"),
    ("--json", "x.GEXF", ".gexf names GEXF (--gexf), not node-link JSON; name it .json"),
    ("--gexf", "x.json", ".json names node-link JSON (--json), not GEXF; name it .gexf"),
    ("--graphml", "x.htm", ".htm names a page (--html), not GraphML; name it .graphml"),
])
def test_an_output_named_as_another_format_is_refused_before_the_run(runner, tmp_path, option, name, says) -> None:
    text = tmp_path / "news.txt"
    text.write_text("平谷区政协主席闫维洪主持会议。", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["extract", str(text), "-o", str(out), option, str(out / name), "--no-model",
                                  "--no-progress"])
    assert_usage_error(result, f"{option} {out / name}: {says}")
    assert not out.exists()  # nothing written: refused before the run


@pytest.mark.parametrize("outputs", [
    [("--html", "p.htm"), ("--graphml", "g.GraphML"), ("--json", "g.jsonl"), ("--gexf", "g")],
    [("--html", "page.txt"), ("--mentions", "m.json"), ("--json", "nodes.json.bak")],
])
def test_an_own_suffix_or_one_of_no_output_is_taken_as_given(outputs) -> None:
    check_suffixes([(what, Path(name)) for what, name in outputs])  # no error


def test_the_same_file_twice_is_still_that_error(runner, tmp_path) -> None:
    text = tmp_path / "news.txt"
    text.write_text("平谷區政協主席閆維洪主持會議。", encoding="utf-8")
    out = tmp_path / "out"
    # -o's default GraphML is out/news.graphml; --json there is the clash, not the suffix
    result = runner.invoke(main, ["extract", str(text), "-o", str(out), "--json", str(out / "news.graphml"),
                                  "--no-model", "--no-progress"])
    assert_usage_error(result, f"--json {out / 'news.graphml'} is the same file as -o {out / 'news.graphml'}: "
                               "give each output its own path")


def test_the_default_outputs_of_a_name_are_not_checked(runner, tmp_path) -> None:
    text = tmp_path / "news.txt"
    text.write_text("平谷区政协主席闫维洪主持会议。", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(text), "-o", str(tmp_path / "out"), "--name", "g.json", "--no-model",
                                  "--no-progress"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "g.json.graphml").is_file() and (tmp_path / "out" / "g.json.html").is_file()


def test_check_suffixes_raises_the_conflict_error() -> None:
    with pytest.raises(OutputConflictError, match=r"^--html a/b\.gexf: \.gexf names GEXF"):
        check_suffixes([("--json", Path("a/g.json")), ("--html", Path("a/b.gexf"))])
