"""Defects a review as a user found (session 26, ux28): Traditional names written with 著, a JSON line's typed
metadata, outputs that clash, and a long single line with many people named by surname.

Rule (README, *The commands*): bad input is one ``Error:`` line and a non-zero exit, never a traceback; a command-line
mistake exits 2 before any work is done.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import graphml_keys, write_lines

from zhkg.cli import main
from zhkg.records import Document, Label, Mention
from zhkg.stages.normalise import normalise, to_simplified

TEXT = "平谷区政协委员张吉辉出席会议。北京市委书记蔡奇出席会议。"


def run(*args: object, stdin: str | None = None):
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


# ---- 著 in a name was folded to 着 with Taiwan's particle (隨著 -> 随着): 張著明 became person:张着明, another person
# than the 张著明 of Simplified news, and a query for 张著明 found nobody (left by countst26)


@pytest.mark.parametrize(("traditional", "simplified"), [
    ("張著明", "张著明"), ("李著華", "李著华"), ("隨著", "随著"), ("著名作家", "著名作家"),
])
def test_to_simplified_keeps_zhu(traditional, simplified):
    assert to_simplified(traditional) == simplified


def test_the_processing_form_still_reads_the_particle_and_the_name_reads_as_written():
    norm = normalise("隨著市長張著明到場，他閒著。")
    assert norm.simplified == "随着市长张着明到场，他闲着。", "the segmenter still sees Taiwan's particle as 着"
    assert norm.as_written(4, 7) == "张著明" and norm.as_written(0, 2) == "随著", "a span as written, 著 and all"
    assert normalise("张著明").as_written(0, 3) == "张著明"


def test_a_traditional_name_with_zhu_keeps_it_and_meets_its_simplified_form():
    import zhkg

    result = zhkg.Pipeline().run_texts([
        ("tw", "台北市長張著明昨日表示，隨著經濟好轉，市府將擴大投資。"),
        ("cn", "台北市长张著明昨日表示，市府将扩大投资。"),
    ])
    people = {e.id: e for e in result.extraction.entities if e.label is Label.PERSON}
    assert "person:张著明" in people and "person:张着明" not in people
    assert set(people["person:张著明"].doc_ids) == {"cn", "tw"}, "one person in both scripts"
    assert "張著明" in people["person:张著明"].aliases


def test_a_given_name_takes_the_full_name_as_written():
    from zhkg.stages.entity_groups import names_as_written

    norm = normalise("隨著張著明到場，著明說。")
    full = Mention("d", 2, 5, "張著明", "张着明", Label.PERSON, "x", canonical="张着明")
    given = Mention("d", 8, 10, "著明", "着明", Label.PERSON, "people:given", canonical="张着明")
    count = Mention("d", 0, 2, "隨著", "随着", Label.COUNT, "x")
    out = names_as_written([full, given, count], norm)
    assert [(m.simplified, m.name) for m in out] == [("张著明", "张著明"), ("著明", "张著明"), ("随着", "随着")]


def test_the_graph_and_a_query_name_the_person_as_written(tmp_path):
    source = tmp_path / "tw.txt"
    source.write_text("台北市長張著明昨日表示，隨著經濟好轉，市府將擴大投資。\n", encoding="utf-8")
    assert run("extract", source, "-o", tmp_path / "out").exit_code == 0
    G = nx.read_graphml(tmp_path / "out" / "tw.graphml")
    assert "person:张著明" in G and G.nodes["person:张著明"]["label"] == "張著明"
    assert not any("张着明" in n for n in G)


# ---- A JSON line's metadata lost its JSON types: a string "100" became a GraphML long, "true" a boolean (left by ux25)


@pytest.fixture(scope="module")
def json_typed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("json_typed")
    records = [
        {"id": "a", "text": TEXT, "zip": "100", "flag": "true", "views": 12, "score": 3, "mixed": 7, "paid": True},
        {"id": "b", "text": TEXT, "zip": "200", "flag": "false", "views": 7, "score": 2.5, "mixed": "n/a", "paid": False},
    ]
    lines = write_lines(folder / "in.jsonl", records)
    out = folder / "out"
    result = run("extract", lines, "-o", out, "--csv", out / "csv", "--no-model")
    assert result.exit_code == 0, result.output
    return out


def test_json_strings_stay_text_however_they_look(json_typed):
    keys = graphml_keys(json_typed / "in.graphml")
    assert keys["meta_zip"] == "string" and keys["meta_flag"] == "string"
    G = nx.read_graphml(json_typed / "in.graphml")
    assert (G.nodes["doc:a"]["meta_zip"], G.nodes["doc:b"]["meta_flag"]) == ("100", "false")


def test_json_numbers_and_booleans_keep_their_type_and_a_mixed_column_is_text(json_typed):
    keys = graphml_keys(json_typed / "in.graphml")
    assert (keys["meta_views"], keys["meta_score"], keys["meta_paid"], keys["meta_mixed"]) == (
        "long", "double", "boolean", "string")
    G = nx.read_graphml(json_typed / "in.graphml")
    assert G.nodes["doc:a"]["meta_score"] == 3.0 and G.nodes["doc:a"]["meta_mixed"] == "7"
    header = (json_typed / "csv" / "nodes.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "meta_zip" in header and "meta_views:int" in header and "meta_mixed" in header


def test_a_table_column_is_still_typed_by_its_text_unless_a_json_line_says_text(tmp_path):
    table = tmp_path / "t.tsv"
    table.write_text(f"views\ttext\n12\t{TEXT}\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run("extract", table, "-o", out, "--no-model").exit_code == 0
    assert graphml_keys(out / "t.graphml")["meta_views"] == "long"
    lines = write_lines(tmp_path / "j.jsonl", [{"id": "j", "text": TEXT, "views": "7"}])
    assert run("extract", table, lines, "-o", out, "--name", "both", "--no-model").exit_code == 0
    assert graphml_keys(out / "both.graphml")["meta_views"] == "string"


@pytest.mark.parametrize(("value", "kind"), [
    (True, "bool"), (3, "int"), (2.5, "float"), ("3", "str"), (2**64, "str"), (float("inf"), "str"), ({"a": 1}, ""),
])
def test_json_value_type(value, kind):
    from zhkg.stages.read_json import json_value_type

    assert json_value_type(value) == kind


def test_metadata_types_survive_the_work_directory_cache():
    from zhkg.records import Script
    from zhkg.run.cache import result_from_json, result_to_json
    from zhkg.run.pipeline import DocumentResult
    from zhkg.stages.documents import parse_documents

    (doc,) = parse_documents("d", TEXT, {"views": "12", "zip": "100"}, {"views": "int", "zip": "str"})
    assert doc.metadata_types == (("views", "int"), ("zip", "str"))
    back = result_from_json(result_to_json(DocumentResult(doc, Script.SIMPLIFIED, (), (), ())))
    assert back.document == doc


# ---- Outputs that clash were found after the whole run (exit 1) or written where nobody asked (a file named -)


@pytest.mark.parametrize(("args", "message"), [
    (["--json", "-"], "--json -: standard output is not supported; name a file to write"),
    (["--graphml", "-"], "--graphml -: standard output is not supported; name a file to write"),
    (["-o", "-"], "-o -: standard output is not supported; name a folder to write the outputs to"),
    (["--csv", "-"], "--csv -: standard output is not supported; name a folder to write the outputs to"),
    (["--csv", "out/x.json", "--json", "out/x.json"],
     "--csv out/x.json/nodes.csv is inside --json out/x.json, a file: give each output its own path"),
    (["--json", "out"], "-o out/a.graphml is inside --json out, a file: give each output its own path"),
])
def test_clashing_outputs_exit_2_before_any_work(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(TEXT, encoding="utf-8")
    if "-o" not in args:
        args = [*args, "-o", "out"]
    result = run("extract", "a.txt", *args, "--no-model")
    assert result.exit_code == 2
    assert result.output == f"Error: {message} (zhkg extract --help)\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"], "nothing written"


def test_standard_input_named_twice_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("extract", "-", "-", "-o", "out", "--no-model", stdin=TEXT)
    assert result.exit_code == 2
    assert result.output == "Error: standard input (-) is named 2 times; it can be read once (zhkg extract --help)\n"
    assert not Path("out").exists()


# ---- A long single line naming many people by surname: each surname looked through every mention before it
# (2.2 million characters: over 15 minutes)


def test_a_surname_alone_stands_for_the_one_person_named_before():
    from zhkg.relate.base import RelationContext
    from zhkg.relate.roles_names import _owner_of

    text = "王海峰说，王表示同意。石原慎太郎到场，石原出任。李建华、李明说，李称赞。"
    spans = {"王海峰": 0, "王": 5, "石原慎太郎": 11, "石原": 19, "李建华": 24, "李明": 28, "李": 32}
    mentions = [Mention("d", s, s + len(n), n, n, Label.PERSON, "x") for n, s in spans.items()]
    assert all(text[m.start:m.end] == m.text for m in mentions)
    owner = {m: f"person:{m.text}" for m in mentions}
    ctx = RelationContext(Document("d", text), mentions, owner)
    got = {m.text: _owner_of(ctx, m) for m in mentions}
    assert got == {"王海峰": "person:王海峰", "王": "person:王海峰", "石原慎太郎": "person:石原慎太郎",
                   "石原": "person:石原慎太郎", "李建华": "person:李建华", "李明": "person:李明", "李": "person:李"}


def test_the_full_names_are_indexed_once_a_document(monkeypatch):
    """The ratio that matters: one index of the full names for any number of surnames, not a scan per surname."""
    import zhkg
    from zhkg.relate import roles_names

    built = []
    original = roles_names._FullNames.__init__

    def counting(self, ctx):
        built.append(len(ctx.mentions))
        original(self, ctx)

    monkeypatch.setattr(roles_names._FullNames, "__init__", counting)
    unit = "王海峰说，王表示同意。李建华认为，李还称赞了赵国强，赵说。"
    zhkg.Pipeline().run_texts([("long", unit * 40)])
    assert 0 < len(built) <= 3, "once for each mentions list a reader works on, not once per surname"
