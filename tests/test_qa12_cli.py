"""Found acting as a user of ``zhkg query`` (first 100 THUCNews articles): a mistyped question is a
command-line mistake, told at once.

``zhkg query G bogus x`` used to read the graph (and build its index: 0.57 s on the 100-article graph, far
more on a corpus) before saying the question was unknown, with exit status 1 where every other mistake in the
command line gives 2.
"""

from __future__ import annotations

import pytest

from zhkg.cli import main
from zhkg.errors import QueryError
from zhkg.query.graph import QUESTIONS, question_arguments
from zhkg.stages.normalise import to_traditional

SEED_GRAPH = "graphs/000_e88b616f19a6a93b.graphml"


@pytest.mark.parametrize("convert", [str, to_traditional])
@pytest.mark.parametrize(("args", "message"), [
    (["who-is", "张吉辉"], "Error: unknown question 'who-is'; one of: " + ", ".join(QUESTIONS) + " (zhkg query --help)"),
    (["path", "张吉辉"], "Error: path takes A B; got 1 argument (zhkg query --help)"),
    (["find"], "Error: find takes NAME; got 0 arguments (zhkg query --help)"),
])
def test_a_mistyped_question_is_a_command_line_mistake(runner, tmp_path, monkeypatch, convert, args, message):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    result = runner.invoke(main, ["query", SEED_GRAPH, *map(convert, args)])
    assert result.exit_code == 2
    assert result.stderr == message + "\n" and result.stdout == ""
    assert not (tmp_path / "cache").exists()  # the graph was not read: no index was built


def test_a_question_is_checked_before_the_graph_file(runner, tmp_path):
    result = runner.invoke(main, ["query", str(tmp_path / "missing.graphml"), "roles", "张吉辉"])
    assert result.exit_code == 2 and result.stderr.startswith("Error: unknown question 'roles'")
    result = runner.invoke(main, ["query", str(tmp_path / "missing.graphml"), "roles-of", "张吉辉"])
    assert result.exit_code == 1 and result.stderr.startswith("Error: no such graph file: ")


@pytest.mark.parametrize(("question", "args", "expected"), [
    ("find", ["Yan", "Weihong"], ["Yan Weihong"]),
    ("path", ["張吉輝", "北京市"], ["張吉輝", "北京市"]),
    ("roles-of", ["閆維洪"], ["閆維洪"]),
])
def test_question_arguments_join_the_words_of_a_one_name_question(question, args, expected):
    assert question_arguments(question, args) == expected


def test_question_arguments_refuses_too_many_names():
    with pytest.raises(QueryError, match="path takes A B; got 3 arguments"):
        question_arguments("path", ["甲", "乙", "丙"])


@pytest.mark.parametrize("convert", [str, to_traditional])
@pytest.mark.parametrize(("option", "where", "message"), [
    ("-o", "/dev/null", "cannot write -o /dev/null: /dev/null is not a folder"),  # ux21b: once named --graphml
    ("--json", "{file}/g.json", "cannot write --json {file}/g.json: {file} is not a folder"),
])
def test_an_output_below_a_file_is_named_by_its_option(runner, tmp_path, convert, option, where, message):
    # '-o /dev/null' said 'cannot write /dev/null/news.graphml: Not a directory', the only output error
    # that did not name its option; the outputs already there are left as they were
    news = tmp_path / "news.txt"
    news.write_text(convert("平谷区政协主席闫维洪主持会议。"), encoding="utf-8")
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "news.graphml").write_text("earlier run", encoding="utf-8")
    args = ["extract", str(news), "--no-model", "--no-progress", option, where.format(file=blocker)]
    if option != "-o":
        args += ["-o", str(out)]
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {message.format(file=blocker)}\n"
    assert (out / "news.graphml").read_text(encoding="utf-8") == "earlier run"
    assert sorted(p.name for p in out.iterdir()) == ["news.graphml"]


@pytest.mark.parametrize("command", [["eval"], ["eval-counts", "--data", "{data}"], ["eval-relations"]])
@pytest.mark.parametrize(("content", "message"), [
    (b"", "{gold} is empty"),
    (b"\n  \n", "{gold} is empty"),
    (b'{"id": 1}\n\xbe\xef', "{gold} is not valid utf-8 (byte 10)"),
])
def test_a_gold_file_that_cannot_be_read_is_one_line(runner, tmp_path, command, content, message):
    # zhkg eval and eval-counts showed a UnicodeDecodeError traceback for a file that is not UTF-8, and an empty
    # file was scored as 0 documents (eval-relations: 0 pairs) with exit status 0
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(content)
    args = [arg.format(data=tmp_path) for arg in command]
    result = runner.invoke(main, [*args[:1], str(gold), *args[1:]])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {message.format(gold=gold)}\n"
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("convert", [str, to_traditional])
def test_a_date_range_over_an_undated_graph_says_why_nothing_is_found(runner, tmp_path, convert):
    # --since over a corpus without dates (a THUCNews TSV) printed a bare 'no results'
    news = tmp_path / "news.txt"
    news.write_text(convert("平谷区政协主席闫维洪主持会议。张吉辉、李伟涛等委员捐赠物资。"), encoding="utf-8")
    assert runner.invoke(main, ["extract", str(news), "-o", str(tmp_path), "--no-model", "--no-progress"]).exit_code == 0
    graph = str(tmp_path / "news.graphml")
    result = runner.invoke(main, ["query", graph, "neighbours", convert("平谷区政协"), "--since", "2020-01-01"])
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == "no results: no relation in this graph is dated (--since and --until keep dated ones only)\n"
    assert runner.invoke(main, ["query", graph, "neighbours", convert("平谷区政协")]).stdout  # undated, it answers


def test_a_date_range_over_a_dated_graph_with_nothing_in_it_says_the_graphs_dates(runner):
    # was a bare "no results" (ux29: the range asked and the graph's are said)
    result = runner.invoke(main, ["query", SEED_GRAPH, "neighbours", "平谷区", "--since", "2030-01-01"])
    assert result.exit_code == 0 and result.stderr.startswith("no results: ")
    assert result.stderr.endswith("dated from 2030-01-01; this graph's relations are dated 2020-12-22\n")
