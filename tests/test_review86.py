"""Small defects docs81 and review73 left (session 33, review86); each case below failed before its fix, unless
it says it guards what held.

* ``--text-column`` with only ``.txt`` inputs said the option "is for delimited files", though JSON lines take a
  field's name too;
* a bad table in a config file's ``lexicon_dirs`` (or ``--lexicon``) was named by its absolute path, not as the
  user wrote its folder;
* ``zhkg query … find hu`` on a corpus that writes 沪 answered only 上海市 (沪 is its alias, read whole as ``hu``)
  and listed no name that starts with ``hu``: whole keys first, then every start, one order for both indexes;
* an output named with another format's suffix (``--html x.graphml``) was written without a word.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import add_node, assert_one_line_error, assert_usage_error, both_scripts

from zhkg.cli import main
from zhkg.query.graph import load_graph
from zhkg.stages.normalise import to_simplified, to_traditional

NEWS = "北京市平谷区政协主席闫维洪主持召开会议。区政协委员张吉辉、李伟涛等人出席会议，向社区捐赠口罩两万个。"
SCRIPTED = both_scripts([NEWS])
SCRIPTS = [pytest.param(to_simplified, id="simplified"), pytest.param(to_traditional, id="traditional")]


def extract(*args: object):
    return CliRunner().invoke(main, ["extract", *map(str, args), "--no-model", "--no-progress"])


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))


# ---- --text-column with only text files: what is true


@pytest.mark.parametrize("text", SCRIPTED)
@pytest.mark.parametrize(("column", "message"), [
    ("text", "--text-column is for delimited files (.tsv, .csv, or any file with --delimiter) and JSON lines "
             "(.jsonl, .json); no input is either"),
    ("2", "--text-column 2: column numbers are for delimited files (.tsv, .csv, or any file with --delimiter); "
          "no input is one"),
])
def test_text_column_with_only_text_files_says_what_takes_it(tmp_path, text, column, message) -> None:
    news = tmp_path / "news.txt"
    news.write_text(text, encoding="utf-8")
    result = extract(news, "--text-column", column, "-o", tmp_path / "o")
    assert_usage_error(result, message)
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("text", SCRIPTED)
def test_json_lines_do_take_a_text_column_by_name(tmp_path, text) -> None:
    # guards what the message says (held before): a JSON line's field named by --text-column is its text
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "body": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = extract(feed, "--text-column", "body", "-o", tmp_path / "o")
    assert result.exit_code == 0, result.output
    assert "PERSON 3" in result.stderr


# ---- lexicon folders named as the user wrote them


def _lexicon(folder: Path, table: str, rows: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / table).write_text("".join(f"{row}\n" for row in rows), encoding="utf-8")


def _run_with_lexicon(tmp_path: Path, how: str, folder: str) -> Any:
    news = tmp_path / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    if how == "--lexicon":
        return extract(news, "--lexicon", folder, "-o", tmp_path / "o")
    config = tmp_path / "conf" / "zhkg.toml"  # a config file in a folder of its own: the folder is read from the cwd
    config.parent.mkdir(exist_ok=True)
    config.write_text(f"lexicon_dirs = [{json.dumps(folder)}]\n", encoding="utf-8")
    return extract(news, "--config", config, "-o", tmp_path / "o")


@pytest.mark.parametrize("convert", SCRIPTS)
@pytest.mark.parametrize("how", ["--lexicon", "--config"])
def test_a_row_written_twice_is_named_by_the_folder_as_written(tmp_path, monkeypatch, convert, how) -> None:
    _lexicon(tmp_path / "words", "organisations.txt", [convert("平谷区政协"), convert("平谷区政协")])
    monkeypatch.chdir(tmp_path)
    assert_one_line_error(_run_with_lexicon(tmp_path, how, "words"),
                          "words/organisations.txt:2: the row of line 1 written again; keep one")


@pytest.mark.parametrize("how", ["--lexicon", "--config"])
def test_a_folder_above_the_current_one_is_named_as_written(tmp_path, monkeypatch, how) -> None:
    _lexicon(tmp_path / "words", "roles.tsv", ["主席\tchair", "主席\tchairman"])
    (tmp_path / "run").mkdir()
    monkeypatch.chdir(tmp_path / "run")
    assert_one_line_error(_run_with_lexicon(tmp_path, how, "../words"),
                          "../words/roles.tsv:2: word '主席' is listed twice (also on line 1); keep one row")


@pytest.mark.parametrize("convert", SCRIPTS)
def test_an_unknown_division_code_is_named_by_the_folder_as_written(tmp_path, monkeypatch, convert) -> None:
    # found by the gazetteer, after the tables are read (zhkg.resources.gazetteer)
    _lexicon(tmp_path / "words", "place_aliases.tsv", [f"{convert('平谷新城')}\t999999\tfull"])
    monkeypatch.chdir(tmp_path)
    assert_one_line_error(_run_with_lexicon(tmp_path, "--config", "words"),
                          f"words/place_aliases.tsv:1: {convert('平谷新城')} names an unknown division code 999999")


# ---- find: whole keys, then every start of a name


def hu_graph(script: Any) -> nx.MultiDiGraph:
    """上海市 (alias 沪, pinyin hu), 火箭 much mentioned, 湖人 and 胡锦涛 less."""
    G = nx.MultiDiGraph(title="review86")
    for node_id, label, kind, aliases, mentions in (
            ("place:310000", "上海市", "PLACE", "上海|上海市|沪", 25), ("org:火箭", "火箭", "ORGANIZATION", "火箭", 18),
            ("org:湖人", "湖人", "ORGANIZATION", "湖人", 11), ("person:胡锦涛", "胡锦涛", "PERSON", "胡锦涛", 5)):
        add_node(G, node_id, script(label), kind, label, "|".join(dict.fromkeys(
            [*aliases.split("|"), *to_traditional(aliases).split("|")])), mentions=mentions, documents=2)
    return G


@pytest.fixture(params=SCRIPTS)
def hu_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "hu.graphml"
    nx.write_graphml(hu_graph(request.param), path)
    return path


@pytest.mark.parametrize("indexed", [False, True], ids=["graph", "index"])
@pytest.mark.parametrize(("query", "order", "how"), [
    # 沪 reads hu whole; then the starts of whole syllables, then 火箭's huo, more mentioned but begun inside
    ("hu", ["place:310000", "org:湖人", "person:胡锦涛", "org:火箭"],
     ["alias-pinyin", "pinyin-prefix", "pinyin-prefix", "pinyin-prefix"]),
    ("Hu", ["place:310000", "org:湖人", "person:胡锦涛", "org:火箭"],
     ["alias-pinyin", "pinyin-prefix", "pinyin-prefix", "pinyin-prefix"]),
    ("huren", ["org:湖人"], ["pinyin"]),  # a whole pinyin key, and the start of no other
    ("shanghai", ["place:310000"], ["alias-pinyin"]),  # 上海, not the start of shanghaishi
    ("huo", ["org:火箭"], ["pinyin-prefix"]),
])
def test_find_lists_whole_keys_then_every_start(hu_file, indexed, query, order, how) -> None:
    found = load_graph(hu_file, indexed=indexed).find(query)
    assert [f.entity.id for f in found] == order
    assert [f.how for f in found] == how


@pytest.mark.parametrize("indexed", [False, True], ids=["graph", "index"])
def test_a_question_about_one_entity_takes_the_whole_key(hu_file, indexed) -> None:
    # guards what held: starts listed after 沪 make no question ambiguous
    kg = load_graph(hu_file, indexed=indexed)
    assert kg.entity("hu").id == "place:310000"
    assert kg.entity("hujin").id == "person:胡锦涛"


def test_zhkg_query_find_hu_lists_the_alias_and_the_names_it_begins(runner, hu_file) -> None:
    result = runner.invoke(main, ["query", str(hu_file), "find", "hu"])
    assert result.exit_code == 0, result.output
    rows = [line.split()[-1] for line in result.output.splitlines()[2:]]
    assert rows == ["place:310000", "org:湖人", "person:胡锦涛", "org:火箭"]


# ---- an output named with another format's suffix


@pytest.mark.parametrize("text", SCRIPTED)
def test_an_output_named_with_another_format_s_suffix_is_written_with_a_warning(tmp_path, text) -> None:
    news = tmp_path / "news.txt"
    news.write_text(text, encoding="utf-8")
    plain = extract(news, "-o", tmp_path / "plain")
    odd = extract(news, "-o", tmp_path / "odd", "--html", tmp_path / "odd" / "x.graphml",
                  "--graphml", tmp_path / "odd" / "g.txt")
    assert plain.exit_code == 0 and odd.exit_code == 0, odd.output
    assert "warning:" not in plain.stderr
    warnings = [line for line in odd.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        f"warning: --graphml {tmp_path}/odd/g.txt holds GraphML, though .txt is an input's suffix (zhkg extract "
        "reads it as documents); g.graphml would say so",
        f"warning: --html {tmp_path}/odd/x.graphml holds an HTML page, though .graphml is GraphML's suffix "
        "(--graphml); x.html would say so",
    ]
    # written as asked, unchanged
    assert (tmp_path / "odd" / "g.txt").read_bytes() == (tmp_path / "plain" / "news.graphml").read_bytes()
    assert (tmp_path / "odd" / "x.graphml").read_bytes() == (tmp_path / "plain" / "news.html").read_bytes()
