"""A user's review of zhkg as it is run (session 21, ux21): the defects found, each as it was met.

Rule (README, *The commands*): a mistake in the command line is one ``Error: … (zhkg CMD --help)`` line and exit
status 2, nothing written; bad input is one ``Error:`` line, never a traceback; no node is ever blank. Before this
round, for one, ``Path("")`` was the current folder: ``zhkg extract "$FILE"`` with ``FILE`` unset read every
``.txt`` under it, and ``-o ""`` or ``--csv ""`` wrote the outputs there.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error, assert_usage_error

from zhkg.cli import main

NEWS = "北京市平谷区政协主席闫维洪主持召开会议。区政协委员张吉辉、李伟涛等人出席会议。"


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A news file in ``in/``, and a current folder (``cwd/``) holding a .txt file of its own."""
    path = tmp_path / "in" / "news.txt"
    path.parent.mkdir()
    path.write_text(NEWS, encoding="utf-8")
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    (cwd / "notes.txt").write_text("台北市長柯文哲今天訪問了高雄市政府。", encoding="utf-8")
    monkeypatch.chdir(cwd)
    return path


# ---- an empty path is a command-line mistake, never the current folder


@pytest.mark.parametrize(("options", "message"), [
    (["{news}", ""], "INPUT needs a path, not ''"),
    ([""], "INPUT needs a path, not ''"),
    (["{news}", "-o", ""], "--output-dir needs a folder name, not ''"),
    (["{news}", "--csv", ""], "--csv needs a folder name, not ''"),
    (["{news}", "--work-dir", ""], "--work-dir needs a folder name, not ''"),
    (["{news}", "--lexicon", ""], "--lexicon needs a folder name, not ''"),
    (["{news}", "--config", ""], "--config needs a file name, not ''"),
    (["{news}", "--json", ""], "--json needs a file name, not ''"),
    (["{news}", "--gexf", ""], "--gexf needs a file name, not ''"),
    (["{news}", "--encoding", ""], "unknown text encoding: ''"),
    (["{news}", "--delimiter", ""], "the delimiter must be one character, not ''"),
])
def test_extract_refuses_an_empty_value_and_writes_nothing(news, tmp_path, options, message):
    out = tmp_path / "out"
    args = [str(news) if o == "{news}" else o for o in options]
    result = run("extract", *args, *([] if "-o" in args else ["-o", out]), "--no-model", "--no-progress")
    assert_usage_error(result, message)
    assert sorted(p.name for p in Path.cwd().iterdir()) == ["notes.txt"]  # nothing written where nobody asked
    assert not out.exists()


@pytest.mark.parametrize(("command", "args", "message"), [
    ("query", ["", "find", "平谷区"], "GRAPH needs a file name, not ''"),
    ("eval", [""], "GOLD_FILE needs a file name, not ''"),
    ("eval", ["gold.bio", "--data", ""], "--data needs a folder name, not ''"),
    ("eval", ["gold.bio", "--config", ""], "--config needs a file name, not ''"),
    ("eval-counts", [""], "GOLD_FILE needs a file name, not ''"),
    ("eval-relations", [""], "GOLD_FILE needs a file name, not ''"),
    ("eval-relations", ["gold.txt", "--model", ""], "--model needs a file name, not ''"),
])
def test_the_other_commands_refuse_an_empty_path(news, command, args, message):
    # once "cannot read .", "no such file: " or ". is a folder, not a config file", exit status 1
    assert_usage_error(run(command, *args), message, command=command)


# ---- no document node without a label (README: "no mention or node is ever blank")


@pytest.mark.parametrize(("line", "label"), [
    ('{"id": "", "text": "%s"}', "feed-1"),  # once a node "doc:" labelled ""
    ('{"id": "   ", "text": "%s"}', "feed-1"),
    ('{"id": "a1", "title": "   ", "text": "%s"}', "a1"),  # once labelled "   "
    ('{"id": "a1", "title": "\\u200b", "text": "%s"}', "a1"),  # once a zero-width space: nothing to see
    ('{"id": "a1", "title": "平谷\\n政协 ", "text": "%s"}', "平谷 政协"),  # one line
    ('{"id": "a1", "title": "平谷政协", "text": "%s"}', "平谷政协"),
    ('{"id": 7, "text": "%s"}', "7"),
])
def test_a_json_line_document_always_has_a_label(tmp_path, line, label):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(line % NEWS + "\n", encoding="utf-8")
    result = run("extract", feed, "-o", tmp_path / "out", "--no-model", "--no-progress")
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(tmp_path / "out" / "feed.graphml")
    assert [d["label"] for _, d in G.nodes(data=True) if d["type"] == "DOCUMENT"] == [label]


# ---- a malformed --scheduler address is a bad value, not a traceback after the inputs are read


@pytest.mark.parametrize(("address", "why"), [
    ("notanaddress", "missing port number in address 'notanaddress'"),  # once a ValueError traceback, exit 1
    ("tcp://10.0.0.5", "missing port number in address '10.0.0.5'"),
    ("tcp://10.0.0.5:99999", "port 99999 out of range"),
    ("tcp://10.0.0.5:port", "invalid literal for int() with base 10: 'port'"),
])
def test_a_malformed_scheduler_address_is_refused_before_anything_is_read(tmp_path, address, why):
    pytest.importorskip("distributed")
    missing = tmp_path / "not-read.txt"  # refused before the inputs are opened
    result = run("extract", missing, "-o", tmp_path / "out", "--engine", "dask", "--scheduler", address, "--no-model")
    assert_usage_error(result, f"not a Dask scheduler address: {address!r} ({why}); expected tcp://HOST:PORT")
    assert not (tmp_path / "out").exists()


def test_a_scheduler_address_of_the_usual_forms_is_accepted():
    pytest.importorskip("distributed")
    from zhkg.run.corpus import check_scheduler

    for address in ("tcp://10.0.0.5:8786", "10.0.0.5:8786", "tls://scheduler.example:8786", "tcp://[::1]:8786"):
        assert check_scheduler(address) == address


# ---- --max-nodes 1 draws the best-linked entity, not a node with no edge


def _graph(edges: list[tuple[str, str, float]], lone: tuple[str, ...] = ()):
    G = nx.MultiDiGraph()
    for source, target, weight in edges:
        for node in (source, target):
            G.add_node(node, type="DOCUMENT" if node.startswith("doc:") else "PERSON", mentions=1)
        G.add_edge(source, target, weight=weight)
    for node in lone:
        G.add_node(node, type="DOCUMENT" if node.startswith("doc:") else "PERSON", mentions=9)
    return G


@pytest.mark.parametrize(("edges", "lone", "drawn"), [
    # once the lone node: the view grew only in pairs, so with room for one it drew a node with no edge at all
    ([("person:a", "person:b", 3.0), ("person:c", "doc:1", 1.0)], ("person:d",), ["person:a"]),
    ([("person:a", "doc:1", 1.0), ("person:b", "doc:1", 1.0), ("person:a", "person:b", 1.0)], ("doc:9",), ["person:a"]),
    ([("person:x", "doc:1", 1.0)], ("person:d",), ["person:x"]),  # no link among entities: still an entity with an edge
])
def test_a_page_of_one_node_draws_the_best_linked_entity(edges, lone, drawn):
    from zhkg.export.html import top_nodes

    assert top_nodes(_graph(edges, lone), 1) == drawn


# ---- the README's synopsis of each command lists the choices its --help gives


def _synopsis_choices(command: str, option: str) -> list[str]:
    import re

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("## The commands", 1)[1].split("```", 2)[1]
    synopsis = block.split(f"zhkg {command} ", 1)[1].split("\nzhkg ", 1)[0]  # with its continuation lines
    return re.search(rf"\[{option} ([\w|]+)\]", synopsis).group(1).split("|")


@pytest.mark.parametrize(("command", "option"), [
    ("eval", "--half"),  # once without tune14 and tune15, which --help lists
    ("eval-counts", "--half"),
    ("eval", "--script"),
    ("eval-relations", "--format"),
    ("extract", "--engine"),
    ("extract", "--co-mentions"),
])
def test_the_readme_synopsis_lists_every_choice(command, option):
    cmd = main.commands[command]
    param = next(p for p in cmd.params if option in getattr(p, "opts", ()))
    assert _synopsis_choices(command, option) == list(param.type.choices)


# ---- node-link JSON with numbered nodes (networkx's own, another tool's) is queried, not a traceback


def _node_link(tmp_path: Path, nodes: list, edges: list) -> Path:
    import json

    path = tmp_path / "g.json"
    path.write_text(json.dumps({"directed": True, "multigraph": True, "graph": {}, "nodes": nodes, "edges": edges},
                               ensure_ascii=False), encoding="utf-8")
    return path


NUMBERED = [{"id": 0, "label": "平谷区", "type": "PLACE"}, {"id": 1, "label": "闫维洪", "type": "PERSON"},
            {"id": "doc:a", "label": "a", "type": "DOCUMENT"}]
LINKS = [{"source": 1, "target": 0, "key": 0, "label": "HOLDS_ROLE", "role": "主席"},
         {"source": 1, "target": "doc:a", "key": 0, "label": "MENTIONED_IN"}]


@pytest.mark.parametrize(("question", "first_row"), [
    # once "TypeError: normalize() argument 2 must be str, not int", a traceback
    (["find", "平谷區"], ["平谷区", "PLACE"]),
    (["neighbours", "闫维洪", "--kind", "holds_role"], ["HOLDS_ROLE", "->", "主席"]),
    (["path", "闫维洪", "平谷区"], ["闫维洪", "-HOLDS_ROLE", "主席->", "平谷区"]),
    (["roles-of", "闫维洪"], ["闫维洪", "主席", "平谷区", "HOLDS_ROLE"]),
])
def test_node_link_json_with_numbered_nodes_is_queried(tmp_path, monkeypatch, question, first_row):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    result = run("query", _node_link(tmp_path, NUMBERED, LINKS), *question)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2].split()[: len(first_row)] == first_row


def test_numbered_and_named_ids_that_would_merge_are_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    path = _node_link(tmp_path, [{"id": 1, "label": "平谷区"}, {"id": "1", "label": "北京市"}], [])
    assert_one_line_error(run("query", path, "find", "平谷区"), f"cannot read {path}: node ids 1 and '1' would be one node")


# ---- a headerless table's rows: as wide as its first row, or refused (a delimiter in the text would cut it)

ROW1 = "北京市平谷区政协主席闫维洪今天视察了马坊镇。"
ROW2 = "台北市長柯文哲今天訪問了高雄市政府。"


@pytest.mark.parametrize(("name", "content", "outcome"), [
    # once read as 高雄市政府。 alone: the row's last cell, 台北市長柯文哲 dropped without a word
    ("t.tsv", f"1\t{ROW1}\n2\t台北市長柯文哲\t今天訪問了高雄市政府。\n", "t.tsv:2: 3 columns where the first row has 2"),
    ("t.csv", f"1,{ROW1}\n2,台北市長柯文哲,今天訪問了高雄市政府。\n", "t.csv:2: 3 columns where the first row has 2"),
    ("t.csv", f"{ROW1}\n台北市長柯文哲,今天訪問了高雄市政府。\n", "t.csv:2: 2 columns where the first row has 1"),
    # once the id "2" read as the row's text
    ("t.tsv", f"1\t{ROW1}\n2\n", "t.tsv:2: no column 2 (the row has 1)"),
    ("t.tsv", f"1\t{ROW1}\n2\t{ROW2}\n", ["t-1", "t-2"]),
    ("t.csv", f'1,{ROW1}\n2,"台北市長柯文哲,今天訪問了高雄市政府。"\n', ["t-1", "t-2"]),  # quoted: one cell
    ("t.tsv", f"id\ttext\n1\t{ROW1}\n2\t台北\t{ROW2}\n", "t.tsv:3: 3 columns where the header has 2"),
])
def test_a_headerless_table_keeps_the_first_rows_width(tmp_path, name, content, outcome):
    table = tmp_path / name
    table.write_text(content, encoding="utf-8")
    result = run("extract", table, "-o", tmp_path / "out", "--no-model", "--no-progress")
    if isinstance(outcome, str):
        assert_one_line_error(result, f"{tmp_path / outcome}")
        assert not (tmp_path / "out").exists()
    else:
        assert result.exit_code == 0, result.output
        G = nx.read_graphml(tmp_path / "out" / "t.graphml")
        assert sorted(d["doc_id"] for _, d in G.nodes(data=True) if d["type"] == "DOCUMENT") == outcome
        assert "person:柯文哲" in G


# ---- zhkg query: a blank --kind, --since or --until is a bad value, not "no filter"

SEED_GRAPH = Path(__file__).resolve().parent.parent / "graphs" / "000_e88b616f19a6a93b.graphml"


@pytest.mark.parametrize(("options", "message"), [
    # once every relation of 平谷区, as if no option were given
    (["--kind", ""], "--kind needs a relation kind (HOLDS_ROLE, MEMBER_OF, ...), not ''"),
    (["--kind", " "], "--kind needs a relation kind (HOLDS_ROLE, MEMBER_OF, ...), not ' '"),
    (["--since", ""], "Invalid value for '--since': must be a date such as 2020-12-22, not ''."),
    (["--until", ""], "Invalid value for '--until': must be a date such as 2020-12-22, not ''."),
    (["--until", " "], "Invalid value for '--until': must be a date such as 2020-12-22, not ' '."),  # as before
])
def test_a_blank_filter_is_a_command_line_mistake(tmp_path, options, message):
    missing = tmp_path / "not-read.graphml"  # refused before the graph is opened
    assert_usage_error(run("query", missing, "neighbours", "平谷区", *options), message, command="query")


@pytest.mark.parametrize(("options", "kinds"), [
    (["--kind", "has_count"], {"HAS_COUNT"}),
    (["--kind", "LOCATED_IN", "--since", "2020-12-22", "--until", "2020-12-22"], {"LOCATED_IN"}),
])
def test_a_filter_given_filters(tmp_path, monkeypatch, options, kinds):
    import json

    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    result = run("query", SEED_GRAPH, "neighbours", "平谷区", *options, "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found and {row["kind"] for row in found} == kinds
