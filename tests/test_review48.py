"""review48: the evaluation commands, user configuration, ``zhkg query`` on re-saved graphs and failed writes.

Each test failed before its fix: malformed gold was scored (a window or span past the text, overlapping counts, a
string where a list of names belongs, a repeated id, a negative row counting from the end of the corpus), an
``html_height`` that is no CSS length was a traceback after the run, a GraphML whose attributes another tool renamed
or dropped answered questions wrongly instead of failing, and a write that failed without naming a file (disk full)
said ``cannot write output``.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error, in_script

from zhkg.cli import main

SCRIPTS = ["simplified", "s2tw"]


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def write_lines(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records),
                    encoding="utf-8")
    return path


# ---- zhkg eval FILE.jsonl: malformed article gold is refused, naming the file and line ---------------------------

ARTICLE = "国家主席习近平在北京会见了美国总统。"


def article(script: str, **fields) -> dict:
    text = in_script(ARTICLE, script)
    record = {"id": "a", "text": text, "entities": [{"type": "PERSON", "name": "习近平"}, {"type": "PLACE", "name": "北京"}]}
    return {**record, **fields}


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("fields", "message"), [
    # once scored as the whole text: a window past the text reads a shorter text than the one annotated
    ({"window": [0, 999]}, "window [0, 999] is not within the text's 18 characters"),
    ({"window": [-5, 3]}, "window [-5, 3] is not within the text's 18 characters"),
    ({"window": [10, 3]}, "window [10, 3] is not within the text's 18 characters"),
    ({"window": "0,5"}, 'window must be [start, end], two whole numbers, not "0,5"'),
    # once read as its characters, each a name: 习, 主, 席
    ({"entities": [{"type": "PERSON", "name": "习近平", "aliases": "习主席"}]}, 'aliases must be a list of names, not "习主席"'),
    # once a gold entity no prediction could match
    ({"entities": [{"type": "PERSON", "name": ""}]}, "an entity's name must be a non-blank string, not \"\""),
    ({"entities": "习近平"}, "entities must be a list of objects (type, name, aliases)"),
    ({"entities": [{"type": "PER", "name": "习近平"}]}, "unknown entity type 'PER' (one of PERSON, ORGANIZATION, PLACE)"),
])
def test_malformed_article_gold_is_one_line_naming_the_line(tmp_path, script, fields, message):
    gold = write_lines(tmp_path / "g.jsonl", [article(script, **fields)])
    assert_one_line_error(run("eval", gold), f"{gold}:1: {message}")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_repeated_article_id_is_refused_not_scored_twice(tmp_path, script):
    gold = write_lines(tmp_path / "g.jsonl", [article(script), article(script)])
    assert_one_line_error(run("eval", gold), f"{gold}:2: id 'a' is used on line 1 too; each document is scored once")


# ---- zhkg eval-counts: malformed count gold --------------------------------------------------------------------

ROW = "湖人队昨天签下3名球员，俱乐部共有15名员工。"


@pytest.fixture
def data(tmp_path) -> Path:
    """A shared data folder of two made-up corpus rows (no real THUCNews row is read)."""
    folder = tmp_path / "data"
    (folder / "corpus").mkdir(parents=True)
    (folder / "corpus" / "thucnews_1000.tsv").write_text(f"体育\t{ROW}\n财经\t公司今年裁员200人。\n", encoding="utf-8")
    return folder


def count_record(**fields) -> dict:
    counts = [{"start": 7, "end": 11, "check": "3名球员", "value": 3, "thing": ["球员"], "owner": ["湖人队"]},
              {"start": 17, "end": 22, "check": "15名员工", "value": 15, "thing": ["员工"], "owner": ["俱乐部"]}]
    record = {"id": "d0", "source": "thucnews", "row": 0, "window": [0, len(ROW)], "half": "tune",
              "script": "simplified", "counts": counts}
    return {**record, **fields}


def with_count(index: int, **fields) -> dict:
    record = count_record()
    record["counts"][index] = {**record["counts"][index], **fields}
    return record


@pytest.mark.parametrize(("record", "message"), [
    (count_record(window=[0, 999]), "window [0, 999] is not within the text's 23 characters"),
    (count_record(row=-1), "row -1 is not in corpus/thucnews_1000.tsv (rows 0 to 1)"),  # once the last row
    (count_record(row=5), "row 5 is not in corpus/thucnews_1000.tsv (rows 0 to 1)"),
    (count_record(script="klingon"), "unknown script 'klingon' (one of simplified, traditional)"),
    (with_count(1, end=999), "count span [17, 999] is not within the window's 23 characters"),
    (with_count(0, end=6), "count span [7, 6] is not within the window's 23 characters"),
    (with_count(0, start=-3, check="x"), "count span [-3, 11] is not within the window's 23 characters"),
    (with_count(0, check=""), "check must be the text at the count's start, not \"\""),
    (with_count(0, thing="球员"), 'thing must be a list of names, not "球员"'),  # once 球 or 员
    (with_count(0, owner="湖人队"), 'owner must be a list of names, not "湖人队"'),
    (with_count(0, value=None), "a count's value must be a number, not null"),
    ({**count_record(), "counts": count_record()["counts"] + [count_record()["counts"][0]]},
     "counts [7, 11] and [7, 11] overlap; keep one"),
    ({**count_record(), "counts": count_record()["counts"] + [{**count_record()["counts"][0], "start": 8, "check": "名"}]},
     "counts [7, 11] and [8, 11] overlap; keep one"),
])
def test_malformed_count_gold_is_one_line_naming_the_line(tmp_path, data, record, message):
    gold = write_lines(tmp_path / "c.jsonl", [record])
    assert_one_line_error(run("eval-counts", gold, "--data", data), f"{gold}:1: {message}")


def test_a_repeated_count_document_id_is_refused(tmp_path, data):
    gold = write_lines(tmp_path / "c.jsonl", [count_record(), count_record()])
    assert_one_line_error(run("eval-counts", gold, "--data", data),
                          f"{gold}:2: id 'd0' is used on line 1 too; each document is scored once")


def test_the_shipped_count_gold_loads_with_every_check():
    """tests/gold/counts_dev.jsonl passes the checks: line 47's window ended past its text (now its end)."""
    from zhkg.evaluate_counts import find_data_dir, load_count_gold

    folder = find_data_dir(Path(__file__).parent)
    if folder is None:
        pytest.skip("no shared data folder")
    assert len(load_count_gold(Path(__file__).parent / "gold" / "counts_dev.jsonl", folder)) == 214


# ---- --config: html_height ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("height", ["tall", "800px;color:red", "800px\\n"])
def test_an_html_height_that_is_no_css_length_is_a_config_error_before_the_run(tmp_path, height):
    config = tmp_path / "z.toml"
    config.write_text(f'html_height = "{height}"\n', encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("平谷区政协主席闫维洪。\n", encoding="utf-8")
    result = run("extract", text, "-o", tmp_path / "out", "--config", config)
    shown = height.replace("\\n", "\\n")
    assert_one_line_error(result, f"{config}: html_height must be a CSS length such as '800px' or '80vh', not '{shown}'")
    assert not (tmp_path / "out").exists()


# ---- zhkg query on a graph re-saved by another tool --------------------------------------------------------------


@pytest.fixture
def seed_file() -> Path:
    return Path(__file__).parent.parent / "graphs" / "000_e88b616f19a6a93b.graphml"


@pytest.mark.parametrize(("edit", "message"), [
    (lambda t: t.replace('attr.name="type"', 'attr.name="Type"'),
     "node 'doc:000_e88b616f19a6a93b' has no 'type' (its attributes: Type, aliases, b, date, doc_id, documents, …)"),
    (lambda t: "\n".join(line for line in t.split("\n") if 'key="n_type"' not in line),
     "node 'doc:000_e88b616f19a6a93b' has no 'type' (its attributes: aliases, b, date, doc_id, documents, g, …)"),
])
@pytest.mark.parametrize("question", [["people-of", "平谷区政协"], ["documents-of", "閆維洪"], ["path", "闫维洪", "平谷区"]])
def test_a_graph_with_node_types_renamed_or_dropped_is_refused(tmp_path, seed_file, edit, message, question):
    graph = tmp_path / "g.graphml"
    graph.write_text(edit(seed_file.read_text(encoding="utf-8")), encoding="utf-8")
    assert_one_line_error(run("query", graph, *question),
                          f"cannot read {graph}: {message}; not a graph as zhkg writes it: re-saved with attributes "
                          "renamed or dropped?")


def person_and_body() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("person:张三", type="PERSON", label="張三")
    G.add_node("org:平谷区政协", type="ORGANIZATION", label="平谷區政協")
    return G


def test_a_graph_without_edge_labels_is_refused(tmp_path):
    G = person_and_body()
    G.add_edge("person:张三", "org:平谷区政协", role="主席")  # Gephi re-saved, its Label column dropped
    graph = tmp_path / "g.graphml"
    nx.write_graphml(G, graph)
    assert_one_line_error(run("query", graph, "roles-of", "張三"),
                          f"cannot read {graph}: edge 'person:张三 -> org:平谷区政协' has no 'label' (its attributes: role); "
                          "not a graph as zhkg writes it: re-saved with attributes renamed or dropped?")


def test_a_gexf_file_named_graphml_is_said_to_be_gexf(tmp_path):
    graph = tmp_path / "g.graphml"
    nx.write_gexf(person_and_body(), graph)
    assert_one_line_error(run("query", graph, "find", "張三"),
                          f"cannot read {graph}: it is a GEXF file (for Gephi), not GraphML; query the .graphml file "
                          "the same run wrote")


# ---- a write that fails without naming a file ----------------------------------------------------------------------


def test_a_full_disk_names_the_output_and_leaves_the_older_results(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("北京市平谷区政协主席闫维洪今天视察了马坊镇。\n", encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "zhkg", "extract", str(text), "-o", str(out), "--no-model"]
    first = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    limit = 100_000  # the page is larger: its write fails with EFBIG, as on a full disk (ENOSPC)

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    text.write_text("北京市平谷区政协副主席李伟涛今天视察了马坊镇。\n", encoding="utf-8")
    second = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, preexec_fn=small_files)
    assert second.returncode == 1
    assert second.stderr == f"Error: cannot write -o {out / 'a.html'}: File too large\n"
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # nothing replaced, no temporary file
