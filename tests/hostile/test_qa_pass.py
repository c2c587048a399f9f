"""Defects found by a user's-eye pass over the CLI: each case once wrong, now one ``Error:`` line or the right output."""

from __future__ import annotations

import json

import pytest
from hostile_util import TEXT, cli, one_error_line


@pytest.mark.parametrize(("args", "message"), [
    (["extract", "{news}", "--bogus"], "Error: No such option '--bogus'. Did you mean '--jobs'? (zhkg extract --help)"),
    (["extract", "{news}", "--jobs", "-1"],
     "Error: Invalid value for '-j' / '--jobs': -1 is not in the range x>=0. (zhkg extract --help)"),
    (["extract", "{news}", "--jobs", "abc"],
     "Error: Invalid value for '-j' / '--jobs': 'abc' is not a valid integer range. (zhkg extract --help)"),
    (["extract"], "Error: Missing argument 'INPUTS...'. (zhkg extract --help)"),
    (["query", "{news}"], "Error: Missing argument 'WHAT'. (zhkg query --help)"),
    (["--bogus"], "Error: No such option '--bogus'. (zhkg --help)"),
    (["nosuch"], "Error: No such command 'nosuch'. (zhkg --help)"),
])
def test_a_command_line_mistake_is_one_line(news, args, message):
    result = cli(*(a.format(news=news) for a in args))
    assert result.exit_code == 2
    assert one_error_line(result.stderr) == message
    assert result.stdout == ""


def test_no_arguments_still_shows_the_help():
    result = cli("--help")
    assert result.exit_code == 0 and "Commands:" in result.stdout


def test_a_row_of_a_table_with_a_header_reads_the_header_s_text_column(tmp_path):
    table = tmp_path / "news.tsv"
    table.write_text(f"id\tdate\ttext\na\t2020-01-01\t{TEXT}\nb\t2020-01-02\nc\t2020-01-03\t{TEXT}\textra\n",
                     encoding="utf-8")
    result = cli("extract", table, "-o", tmp_path / "o")
    assert result.exit_code == 1
    assert one_error_line(result.stderr) == f"Error: {table}:3: no column 3 (the row has 2)"
    assert not (tmp_path / "o").exists()
    result = cli("extract", table, "-o", tmp_path / "o", "--skip-bad", "--json", tmp_path / "o" / "g.json")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-2:] == [f"skipped: {table}:3: no column 3 (the row has 2)",
                                               f"skipped: {table}:4: 4 columns where the header has 3"]
    graph = json.loads((tmp_path / "o" / "g.json").read_text(encoding="utf-8"))
    assert [n["id"] for n in graph["nodes"] if n["type"] == "DOCUMENT"] == ["doc:news-2"]


def test_a_graph_file_that_is_a_fifo_or_folder_is_named_so_not_missing(tmp_path):
    import os

    from zhkg import load_graph
    from zhkg.errors import GraphFileError

    fifo = tmp_path / "g.graphml"
    os.mkfifo(fifo)
    result = cli("query", fifo, "find", "平谷区")
    assert result.exit_code == 1
    assert one_error_line(result.stderr) == f"Error: cannot read {fifo}: not a regular file"
    (tmp_path / "d.graphml").mkdir()
    with pytest.raises(GraphFileError, match="d.graphml: not a regular file$"):
        load_graph(tmp_path / "d.graphml")


@pytest.mark.parametrize(("setting", "message"), [
    ("max_document_chars = 0", "max_document_chars must be at least 1, not 0"),
    ("max_document_chars = -1", "max_document_chars must be at least 1, not -1"),
    ("co_mention_window = -3", "co_mention_window must be at least 1, not -3"),
    ("co_mention_min_weight = 0", "co_mention_min_weight must be at least 1, not 0"),
    ("place_short_min_chars = -2", "place_short_min_chars must be at least 1, not -2"),
    ("html_stabilization_iterations = -5", "html_stabilization_iterations must be at least 0, not -5"),
])
def test_a_setting_out_of_its_range_is_refused_naming_the_file(news, tmp_path, setting, message):
    config = tmp_path / "zhkg.toml"
    config.write_text(setting + "\n", encoding="utf-8")
    result = cli("extract", news, "-o", tmp_path / "o", "--config", config)
    assert result.exit_code == 1
    assert one_error_line(result.stderr) == f"Error: {config}: {message}"
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(("setting", "message"), [
    ('extractors = ["places", "nope"]', "no extractor named 'nope'; known: counts, deixis, organisations, people, places"),
    ('relations = ["roles", "nope"]', "no relation reader named 'nope'; known: "),
])
def test_an_unknown_extractor_or_reader_in_a_config_file_names_the_file(news, tmp_path, setting, message):
    config = tmp_path / "zhkg.toml"
    config.write_text(setting + "\n", encoding="utf-8")
    result = cli("extract", news, "-o", tmp_path / "o", "--config", config)
    assert result.exit_code == 1
    assert one_error_line(result.stderr).startswith(f"Error: {config}: {message}")
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("name", ["../evil", "a/b", "", ".", ".."])
def test_a_name_is_a_file_name_not_a_path(news, tmp_path, name):
    result = cli("extract", news, "-o", tmp_path / "o", "--name", name)
    assert result.exit_code == 2
    assert one_error_line(result.stderr) == (f"Error: --name must be a file name without a folder, not {name!r} "
                                             "(zhkg extract --help)")
    assert list(tmp_path.iterdir()) == [news]


def test_the_summary_counts_one_document_in_the_singular(news, tmp_path):
    result = cli("extract", news, "-o", tmp_path / "o")
    assert result.exit_code == 0
    assert result.stderr.startswith("1 document; entities: PERSON ")


def test_a_writer_s_forked_helper_leaves_ctrl_c_and_sigterm_to_the_parent():
    # it once inherited the CLI's SIGTERM handler and Ctrl-C: killed at exit or interrupted, each printed a traceback
    import signal

    from zhkg.export.parallel import start_elsewhere

    handlers = start_elsewhere(lambda: (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)))()
    assert handlers == (signal.SIG_IGN, signal.SIG_DFL)



@pytest.mark.parametrize(("content", "message"), [
    (b"", "{path} holds no sentences"),
    (b"\n\n", "{path} holds no sentences"),
    ("平谷\tB-LOC\n".encode("gbk"), "{path}: not UTF-8 text (byte 2)"),
])
def test_eval_on_an_empty_or_undecodable_bio_file_is_an_error_naming_it(tmp_path, content, message):
    path = tmp_path / "dev.bio"
    path.write_bytes(content)
    result = cli("eval", path, "--no-model")
    assert result.exit_code == 1
    assert one_error_line(result.stderr) == "Error: " + message.format(path=path)


@pytest.mark.parametrize("option", ["--json", "--html"])
def test_an_output_the_system_refuses_is_named_by_its_option_not_its_temporary_file(news, tmp_path, option):
    # /proc takes no new files, even from root (for whom every folder passes the permission check)
    target = "/proc/zhkg-qa.out"
    result = cli("extract", news, "-o", tmp_path / "o", option, target)
    assert result.exit_code == 1
    assert one_error_line(result.stderr).startswith(f"Error: cannot write {option} {target}: ")
    assert ".tmp" not in result.stderr
    assert not (tmp_path / "o").exists() or list((tmp_path / "o").iterdir()) == []


def test_a_json_line_s_id_is_a_string_or_a_number(tmp_path):
    # a null id was the document 'None', a list one "['x']"
    from zhkg.errors import InputError
    from zhkg.stages.read import read_inputs

    lines = tmp_path / "in.jsonl"
    lines.write_text('{"id": null, "text": "平谷区"}\n{"id": 5, "text": "政协"}\n{"text": "闫维洪"}\n', encoding="utf-8")
    assert [d.id for d in read_inputs([lines])] == ["in-1", "5", "in-3"]
    for bad in ('["x"]', "true", '{"a": 1}'):
        lines.write_text(f'{{"id": {bad}, "text": "平谷区"}}\n', encoding="utf-8")
        with pytest.raises(InputError) as caught:
            list(read_inputs([lines]))
        assert str(caught.value) == f"{lines}:1: the id must be a string or a number, not {bad}"


def test_standard_input_named_twice_is_refused_not_read_as_empty(tmp_path):
    result = cli("extract", "-", "-", "-o", tmp_path / "o", input=TEXT)
    assert result.exit_code == 2  # a usage error, found before any work (ux28)
    assert one_error_line(result.stderr) == ("Error: standard input (-) is named 2 times; it can be read once"
                                             " (zhkg extract --help)")
    assert not (tmp_path / "o").exists()


def test_a_scheduler_without_the_dask_engine_is_refused_not_ignored(news, tmp_path):
    result = cli("extract", news, "-o", tmp_path / "o", "--scheduler", "tcp://10.0.0.5:8786")
    assert result.exit_code == 2
    assert one_error_line(result.stderr) == ("Error: --scheduler is for --engine dask; add it, or leave --scheduler out "
                                             "(zhkg extract --help)")
    assert not (tmp_path / "o").exists()


def test_a_csv_quote_left_open_is_an_error_not_the_rest_of_the_file_as_one_text(tmp_path):
    from zhkg.errors import InputError
    from zhkg.stages.read import read_inputs

    table = tmp_path / "news.csv"
    table.write_text('id,text\n1,"平谷区政协召开会议。\n2,张吉辉委员陪同。\n3,闫维洪主持。\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(read_inputs([table]))
    assert str(caught.value) == f"{table}:4: malformed row (unexpected end of data)"
    table.write_text('id,text\n1,"他说：""你好""，然后走了"\n2,平谷区\n', encoding="utf-8")  # quotes closed: read
    assert [d.text for d in read_inputs([table])] == ['他说："你好"，然后走了', "平谷区"]


def test_the_python_api_keeps_two_texts_of_one_id_apart():
    # the CLI's reader made repeated ids unique; Pipeline.run_texts merged both into one document node
    from zhkg import Config, Pipeline

    result = Pipeline(Config(recogniser=False)).run_texts([("a", "平谷区政协召开会议。"), ("a", "张吉辉委员陪同。")])
    assert [d.id for d in result.extraction.documents] == ["a", "a~2"]
    assert sorted(n for n, t in result.graph.nodes(data="type") if t == "DOCUMENT") == ["doc:a", "doc:a~2"]


def test_no_path_in_a_date_range_says_the_range():
    # it said only 'without going through documents', as if the graph had no such path at all
    from zhkg import load_graph
    from zhkg.errors import NoPathError

    kg = load_graph("graphs/000_e88b616f19a6a93b.graphml")
    assert kg.path("張吉輝", "北京市")
    with pytest.raises(NoPathError) as caught:
        kg.between("2021-01-01", None).path("張吉輝", "北京市")
    assert str(caught.value) == ("no path from '張吉輝' to '北京市' without going through documents "
                                 "in the relations dated from 2021-01-01")
    result = cli("query", "graphs/000_e88b616f19a6a93b.graphml", "path", "張吉輝", "北京市", "--until", "2020-01-31")
    assert one_error_line(result.stderr) == ("Error: no path from '張吉輝' to '北京市' without going through documents "
                                             "in the relations dated until 2020-01-31 (--documents allows them)")


def test_no_path_from_the_command_line_names_the_option_that_allows_documents(tmp_path):
    # the CLI said "without going through documents" and left the user to find --documents in the help
    news = tmp_path / "news.jsonl"
    news.write_text('{"id": "a", "text": "张吉辉说，他很忙。"}\n{"id": "b", "text": "闫维洪说，他很忙。"}\n',
                    encoding="utf-8")
    graph = tmp_path / "news.graphml"
    assert cli("extract", news, "--graphml", graph, "--html", tmp_path / "n.html", "--no-model").exit_code == 0
    result = cli("query", graph, "path", "张吉辉", "闫维洪")
    assert result.exit_code == 1
    assert one_error_line(result.stderr) == ("Error: no path from '张吉辉' to '闫维洪' without going through documents "
                                             "(--documents allows them)")
    through = cli("query", graph, "path", "张吉辉", "闫维洪", "--documents")
    assert through.exit_code == 1
    assert one_error_line(through.stderr) == "Error: no path from '张吉辉' to '闫维洪'"


def test_a_folder_that_cannot_be_listed_is_an_error_not_left_out(tmp_path, monkeypatch):
    # os.walk passes over a folder it cannot list: a subfolder without read permission was silently not read
    import os

    from zhkg.errors import InputError
    from zhkg.stages.read import read_inputs

    (tmp_path / "news" / "locked").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "news" / "locked" / "b.txt").write_text(TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(InputError) as caught:
        list(read_inputs([tmp_path / "news"]))
    assert str(caught.value) == f"cannot read the folder {tmp_path / 'news' / 'locked'}: Permission denied"
    skipped: list = []
    assert [d.id for d in read_inputs([tmp_path / "news"], skipped=skipped)] == ["a"]
    assert [str(e) for e in skipped] == [str(caught.value)]


@pytest.mark.parametrize("option", ["--graphml", "--html", "--json", "--mentions", "--gexf"])
def test_an_empty_output_path_is_refused_not_replaced_by_the_default(news, tmp_path, option):
    result = cli("extract", news, "-o", tmp_path / "o", option, "")
    assert result.exit_code == 2
    assert one_error_line(result.stderr) == f"Error: {option} needs a file name, not '' (zhkg extract --help)"
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(("option", "value"), [("--since", "yesterday"), ("--until", "2020-13-45"),
                                                ("--since", "2021-02-30")])
def test_a_bad_date_is_a_command_line_mistake_named_by_its_option(tmp_path, option, value):
    # once exit 1 with "since must be …", after reading the whole graph: the README's exit 2 is for bad values
    missing = tmp_path / "not-read.graphml"  # the date is refused before the graph is opened
    result = cli("query", missing, "find", "平谷区", option, value)
    assert result.exit_code == 2
    assert one_error_line(result.stderr) == (f"Error: Invalid value for '{option}': must be a date such as "
                                             f"2020-12-22, not '{value}'. (zhkg query --help)")
    assert result.stdout == ""
