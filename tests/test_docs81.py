"""Round docs81: what README.md, docs/ and the notebook tell a user is true of the product today.

Each test pins a claim that could go stale without any other test noticing: the options the README's synopsis and
the docs' commands name are the commands' own; the README's Python, plug-in and TOML examples run and give what
their comments say; the GraphML attributes it lists are the ones written, no more and no fewer; the numbers and
messages it quotes are the code's. (The notebook is executed by ``tests/test_notebook.py``.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import assert_one_line_error, write_lines
from test_docs_links import PAGES

from zhkg.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SEED_GRAPH = ROOT / "graphs" / "000_e88b616f19a6a93b.graphml"
COMMANDS = ("extract", "query", "eval", "eval-counts", "eval-relations")


def options_of(command: str) -> set[str]:
    """Every option string of a command (``--help`` too), both halves of a ``--x/--no-x`` pair included."""
    return {o for p in main.commands[command].params for o in (*getattr(p, "opts", ()), *getattr(p, "secondary_opts", ()))
            if o.startswith("-")} | {"-h", "--help"}


def synopsis(command: str) -> str:
    """The README's synopsis of ``zhkg command``, its continuation lines included."""
    block = README.split("## The commands", 1)[1].split("```", 2)[1]
    return re.split(r"\nzhkg ", block.split(f"zhkg {command} ", 1)[1], maxsplit=1)[0]


def named_options(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", text))


# ---- the commands: what the README and docs name is in each --help, and the synopsis misses none


@pytest.mark.parametrize("command", COMMANDS)
def test_the_readme_synopsis_names_each_option_of_the_command_and_no_other(command):
    named = named_options(synopsis(command))
    assert named <= options_of(command)
    # each option shown by one of its names (-o for --output-dir; one half of a --x/--no-x pair)
    names = [{o for o in p.opts + p.secondary_opts if o.startswith("-")} for p in main.commands[command].params]
    assert [sorted(n) for n in names if n and not n & named] == []


def test_every_command_the_docs_write_takes_the_options_they_give_it():
    wrong = []
    for page in [*PAGES, ROOT / "notebooks" / "explore.ipynb"]:
        for m in re.finditer(r"zhkg (eval-counts|eval-relations|extract|query|eval)(?![\w-])([^`\n]*)",
                             page.read_text(encoding="utf-8")):
            wrong += [(page.name, m.group(0)[:60], o) for o in named_options(m.group(2)) - options_of(m.group(1))]
    assert wrong == []


def test_the_bench_scripts_the_readme_runs_take_the_options_it_gives_them():
    wrong = []
    for m in re.finditer(r"(bench/\w+\.py)([^`;)\n]*)", README):
        source = (ROOT / m.group(1)).read_text(encoding="utf-8") + (ROOT / "bench" / "common.py").read_text(encoding="utf-8")
        wrong += [(m.group(1), o) for o in named_options(m.group(2)) if f'"{o}"' not in source]
    assert wrong == []


@pytest.mark.parametrize("command", ["extract", "eval", "eval-counts"])
def test_model_help_says_a_config_file_decides_when_the_option_is_left_out(command):
    # eval-counts said "(default: on)" while, as the others, it takes the config file's `recogniser`
    param = next(p for p in main.commands[command].params if "--model" in p.opts)
    assert param.default is None and "--config" in param.help


# ---- the README's examples run as written


def test_the_python_example_finds_what_its_comments_say():
    import zhkg

    kg = zhkg.load_graph(SEED_GRAPH)
    yan = kg.entity("Yan Weihong")
    assert kg.entity("闫维洪") == kg.entity("閆維洪") == yan
    rows = [(r.person.label, r.role) for r in kg.people_of("平谷區政協")]
    assert rows[:2] == [("閆維洪", "黨組書記"), ("閆維洪", "主席")]
    assert [role for _, role in rows[2:]] == ["委員"] * 5
    counts = [(c.display_value, c.counted) for c in kg.counts_of("平谷区")]
    assert counts[:5] == [("0", "確診病例"), ("17", "鎮鄉(街道)"), ("274", "村"), ("1028", "卡口"), ("3", "片區")]
    steps = kg.path("張吉輝", "北京市")
    assert steps[0].source.label == "張吉輝" and steps[-1].target.label == "北京市"
    assert all(s.evidence.sentence for s in steps)


def test_the_plug_in_example_runs_as_written():
    code = re.search(r"```python\n(import re\n.*?)```", README, re.S).group(1)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - the README's own example
    G = namespace["graph"]
    assert G.nodes["supply:口罩"]["type"] == "SUPPLY"
    assert [(u, v) for u, v, d in G.edges(data=True) if d["label"] == "DONATED"] == [("person:张吉辉", "supply:口罩")]


def test_the_toml_example_is_a_config_whose_relations_leave_out_mentioned_in(tmp_path):
    from zhkg import Config, Pipeline

    toml = re.search(r"```toml\n(.*?)```", README, re.S).group(1)
    (tmp_path / "lexicons" / "finance").mkdir(parents=True)
    (tmp_path / "lexicons" / "finance" / "roles.tsv").write_text("首席品酒师\tchief wine taster\n", encoding="utf-8")
    config = Config.parse_toml(toml.replace('"lexicons/finance"', f'"{tmp_path / "lexicons" / "finance"}"'))
    assert config.place_short_min_chars == 3 and config.max_document_chars == 1_000_000
    assert config.extractors == Config().extractors  # "the rule extractors, in order": the defaults, all of them
    G = Pipeline(config).run_texts([("d", "平谷区政协首席品酒师张吉辉出席会议。")]).graph
    labels = {d["label"] for *_, d in G.edges(data=True)}
    assert "MENTIONED_IN" not in labels and "HOLDS_ROLE" in labels


def test_the_counts_the_readme_states_are_the_codes():
    from zhkg.run.corpus import SMALL_RUN

    titles = [line for line in (ROOT / "pipeline/zhkg/resources/data/roles.tsv").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    assert f"`roles.tsv` lists {len(titles)} titles" in README
    assert f"a run of fewer than {SMALL_RUN} documents" in README
    assert f"fewer than {SMALL_RUN} inputs" not in README  # the size is counted in documents, not files named


# ---- the attributes the README lists are those written


def _listed(kind: str) -> list[str]:
    paragraph = README.split("Node attributes: ", 1)[1].split("\n### ", 1)[0]
    node, edge = paragraph.split("Edge attributes: ", 1)
    text = node.split("`meta_NAME`", 1)[0] if kind == "node" else edge
    return re.findall(r"`([a-z_]+)`", text)


def _keys(path: Path, kind: str) -> set[str]:
    import xml.etree.ElementTree as ET

    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    return {k.get("attr.name") for k in ET.parse(path).getroot().findall("g:key", ns) if k.get("for") == kind}


@pytest.fixture(scope="module")
def conditional_graph(tmp_path_factory):
    """A run writing the attributes the seed has no use for: a date not read, a former role, a learned relation, a
    co-mention read twice in one document and once in another (``doc_weights``)."""
    from click.testing import CliRunner

    folder = tmp_path_factory.mktemp("docs81")
    source = write_lines(folder / "news.jsonl", [
        {"id": "a", "text": "阿里巴巴集团收购了优酷土豆公司。万科前董事长王石出席。", "date": "12/05/2020"},
        {"id": "b", "text": "北京市和上海市签署协议。北京市与上海市共同举办活动。"}, {"id": "c", "text": "北京市和上海市开展合作。"},
        {"id": "d", "text": "贵州茅台(600519)发布公告。"}])  # a company's stock_code (defects172)
    (folder / "learned.toml").write_text(
        'recogniser = false\nrelations = ["roles", "learned"]\nlearned_relations_threshold = 0.0\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(source), "--config", str(folder / "learned.toml"),
                                       "-o", str(folder), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return folder / "news.graphml"


@pytest.mark.parametrize("kind", ["node", "edge"])
def test_every_attribute_written_is_listed_and_every_listed_one_is_written(kind, conditional_graph):
    written = _keys(SEED_GRAPH, kind) | _keys(conditional_graph, kind)
    listed = set(_listed(kind))
    assert _keys(SEED_GRAPH, kind) <= listed and _keys(conditional_graph, kind) <= listed
    assert listed <= written


# ---- the README's input rules and messages


def test_a_table_without_a_header_names_its_other_columns_col_n(tmp_path, runner):
    table = tmp_path / "news.tsv"
    table.write_text("体育\t北京\t平谷区政协主席闫维洪主持会议。\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(table), "-o", str(tmp_path), "--no-model", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert {"meta_col1", "meta_col2"} <= _keys(tmp_path / "news.graphml", "node")


def test_the_error_lines_the_readme_quotes_are_printed_as_quoted(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    quoted = README.split("**Errors.**", 1)[1].split("```", 2)[1]
    write_lines(tmp_path / "feed.jsonl", [{"id": 1, "text": "平谷区"}] * 3 + [{"id": 4, "news_content": "平谷区"}])
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("", encoding="utf-8")
    for path, line in [("feed.jsonl", 'feed.jsonl:4: expected an object with a "text" string; its fields: id, '
                                      "news_content (--text-column names the text's)"),
                       ("news/a.txt", "news/a.txt is empty")]:
        assert f"Error: {line}\n" in quoted
        assert_one_line_error(runner.invoke(main, ["extract", path, "-o", "out"]), line)


# ---- the README's relation tables hold on the text they quote


def _typed_rows() -> list[tuple[list[str], list[str]]]:
    """``(kinds, example sentences)`` of each row of the README's typed-relations table but PART_OF's (pairs of
    names, checked on the seed below); placeholders (甲与乙) left out."""
    table = README.split("| relation | reads | example |", 1)[1].split("\n\n", 1)[0]
    rows = []
    for line in table.splitlines()[2:]:
        kinds_cell, _, examples = line.strip("|").split("|")
        kinds = re.findall(r"`([A-Z_]+)`", kinds_cell)
        if kinds != ["PART_OF"]:
            rows.append((kinds, [e.strip() for e in examples.split(";") if "甲" not in e]))
    return rows


@pytest.mark.parametrize(("kinds", "examples"), _typed_rows(), ids=lambda v: "-".join(v) if v[0].isupper() else None)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_each_typed_relation_example_is_read_as_its_kind(pipeline, kinds, examples, script):
    from opencc import OpenCC

    convert = OpenCC("s2t").convert if script == "traditional" else str
    read = set()
    for example in examples:
        G = pipeline.run_texts([("d", convert(example) + "。")]).graph
        found = {d["label"] for *_, d in G.edges(data=True)} & set(kinds)
        assert found, example
        read |= found
    assert read == set(kinds) - {"PARTNER_OF"}  # PARTNER_OF's example is a placeholder


def test_the_seed_table_holds_on_the_seed(committed_graph):
    G = committed_graph
    label = {n: d["label"] for n, d in G.nodes(data=True)}
    edges = {(label[u], d["label"], label[v]): d for u, v, d in G.edges(data=True)}
    assert "named together in 3 sentences" in README
    assert edges[("平谷區委", "CO_MENTIONED", "平谷區政協")]["weight"] == 3
    assert "劉權有 → the article; 消費日報網 → the article" in README
    title = "奮勇投身疫情防控第一線 為保人民群眾平安作貢獻"
    assert ("劉權有", "AUTHOR_OF", title) in edges and ("消費日報網", "PUBLISHED", title) in edges
    assert "平谷區政協辦公室 → 平谷區政協" in README and ("平谷區政協辦公室", "PART_OF", "平谷區政協") in edges
    assert "平谷區政協 → 平谷區 (110117) → 北京市 (110000)" in README
    assert ("平谷區政協", "LOCATED_IN", "平谷區") in edges and ("平谷區", "WITHIN", "北京市") in edges
