"""Defects a review as a user found (session 24, ux25), each as it was met: a journalist's page, an analyst's
Gephi files, a scripter's corpora and questions.

Rule (README, *The commands*): bad input is one ``Error:`` line and a non-zero exit, never a traceback; outputs are
deterministic.
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import add_node, assert_quiet, graphml_keys, wait_for_layout, write_lines

from zhkg.cli import main
from zhkg.export.html import render_html
from zhkg.stages.normalise import to_traditional
from zhkg.stages.read import read_inputs

GEXF = "{http://gexf.net/1.3}"
TEXT = "平谷区政协委员张吉辉出席会议。北京市委书记蔡奇出席会议。"


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


# ---- A JSON true or false was kept as Python writes it: meta_flag "True" in every output


def test_json_true_and_false_are_kept_as_json_writes_them(tmp_path):
    lines = write_lines(tmp_path / "in.jsonl", [{"id": "a", "text": TEXT, "flag": True, "tags": [False, 2.5]}])
    (doc,) = read_inputs([lines])
    assert doc.metadata == {"flag": "true", "tags": "false|2.5"}


# ---- The input's numbers were strings in every output: a views column could not size nodes in Gephi (left by ux24)


@pytest.fixture(scope="module")
def typed_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("typed")
    rows = [("a", "12", "2.5", "true", "010", "体育"), ("b", "7", "3", "false", "100", "财经"),
            ("c", "-3", "0.25", "true", "200", "3")]
    records = [{"id": i, "text": TEXT, "views": int(v), "score": float(s) if "." in s else int(s),
                "paid": p == "true", "zip": z, "category": c} for i, v, s, p, z, c in rows]
    lines = write_lines(folder / "in.jsonl", records)
    out = folder / "out"
    result = run("extract", lines, "-o", out, "--gexf", out / "in.gexf", "--csv", out / "csv", "--json", out / "in.json")
    assert result.exit_code == 0, result.output
    return out


def test_number_and_true_false_metadata_are_typed_in_graphml(typed_run):
    keys = graphml_keys(typed_run / "in.graphml")
    assert keys["meta_views"] == "long" and keys["meta_score"] == "double" and keys["meta_paid"] == "boolean"
    # a code written with a leading 0, and a column of words with a number among them, stay text
    assert keys["meta_zip"] == "string" and keys["meta_category"] == "string"
    G = nx.read_graphml(typed_run / "in.graphml")
    a = G.nodes["doc:a"]
    assert (a["meta_views"], a["meta_score"], a["meta_paid"], a["meta_zip"]) == (12, 2.5, True, "010")
    assert G.nodes["doc:c"]["meta_views"] == -3 and G.nodes["doc:b"]["meta_score"] == 3.0


def test_number_metadata_are_typed_in_gexf_csv_and_json(typed_run):
    root = ET.parse(typed_run / "in.gexf").getroot()
    types = {a.get("id"): a.get("type") for a in root.iter(f"{GEXF}attribute")}
    assert (types["meta_views"], types["meta_score"], types["meta_paid"], types["meta_zip"]) == (
        "long", "double", "boolean", "string")
    with open(typed_run / "csv" / "nodes.csv", encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    assert {"meta_views:int", "meta_score:double", "meta_paid:boolean", "meta_zip", "meta_category"} <= set(header)
    nodes = {n["id"]: n for n in json.loads((typed_run / "in.json").read_text(encoding="utf-8"))["nodes"]}
    assert nodes["doc:a"]["meta_views"] == 12 and nodes["doc:a"]["meta_paid"] is True


def test_documents_of_json_keeps_the_metadata_text(typed_run, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    result = run("query", typed_run / "in.graphml", "documents-of", "张吉辉", "--json")
    assert result.exit_code == 0, result.output
    meta = {d["doc_id"]: d["metadata"] for d in json.loads(result.stdout)}
    assert meta["a"] == {"category": "体育", "paid": "true", "score": "2.5", "views": "12", "zip": "010"}


# ---- A JSON line whose text is under content, body or 正文 (news2016zh's content and time) was refused, while a
# table headed content reads that column (left by ux24)


@pytest.mark.parametrize("field", ["content", "body", "正文", "Content"])
def test_a_json_line_text_under_a_text_column_name_is_read(tmp_path, field):
    lines = write_lines(tmp_path / "in.jsonl", [
        {"news_id": "610130831", "title": "政协会议", field: TEXT, "source": "新华网", "time": "2016-03-22 12:00"}])
    (doc,) = read_inputs([lines])
    assert doc.text == TEXT and doc.metadata == {"news_id": "610130831", "title": "政协会议", "source": "新华网",
                                                 "time": "2016-03-22 12:00"}
    result = run("extract", lines, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(tmp_path / "out" / "in.graphml")
    doc_node = G.nodes["doc:in-1"]
    assert (doc_node["title"], doc_node["date"], doc_node["source"]) == ("政协会议", "2016-03-22", "新华网")
    assert "person:张吉辉" in G


@pytest.mark.parametrize(("record", "message"), [
    ({"id": "a", "text": 3, "content": TEXT}, 'in.jsonl:1: expected an object with a "text" string'),
    ({"id": "a", "summary": TEXT},
     'in.jsonl:1: expected an object with a "text" string; its fields: id, summary (--text-column names the text\'s)'),
    ({"id": "a", "content": ["平谷区"]},
     'in.jsonl:1: expected an object with a "text" string; its fields: id, content (--text-column names the text\'s)'),
])
def test_a_json_line_without_a_text_is_still_one_error_line(tmp_path, monkeypatch, record, message):
    monkeypatch.chdir(tmp_path)
    write_lines(tmp_path / "in.jsonl", [record])
    result = run("extract", "in.jsonl", "-o", "out")
    assert result.exit_code == 1 and result.output == f"Error: {message}\n"
    assert not (tmp_path / "out").exists()


# ---- A file with no Chinese in it (an English article) made an empty graph without a word, exit 0 (left by ux24)


def test_a_run_that_finds_no_entity_says_so(tmp_path):
    (tmp_path / "en.txt").write_text("This is an English news article about nothing in particular.\n", encoding="utf-8")
    result = run("extract", tmp_path / "en.txt", "-o", tmp_path / "out")
    assert result.exit_code == 0 and (tmp_path / "out" / "en.graphml").exists()
    assert result.stderr.splitlines()[-1] == "warning: no entity found in the document read; zhkg reads Chinese text"
    (tmp_path / "zh.txt").write_text(TEXT, encoding="utf-8")
    result = run("extract", tmp_path / "zh.txt", "-o", tmp_path / "out")
    assert result.exit_code == 0 and "warning" not in result.stderr


# ---- A Traditional page was drawn in the mainland's glyphs (Noto Sans CJK SC first, lang zh): 說, 骨, 述, 令 as
# Taiwan and Hong Kong do not write them


def names_graph(convert=str) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(title="t")
    for node, name, kind in [("person:闫维洪", "闫维洪", "PERSON"), ("org:平谷区政协", "平谷区政协", "ORGANIZATION"),
                             ("place:110000", "北京市", "PLACE")]:
        add_node(G, node, convert(name), kind, name, convert(name))
    return G


@pytest.mark.parametrize(("convert", "script", "lang", "first"), [
    (str, "Hans", '<html lang="zh">', "Noto Sans CJK SC"),
    (to_traditional, "Hant", '<html lang="zh-Hant">', "Noto Sans CJK TC"),
])
def test_a_page_is_written_in_its_scripts_language_and_fonts(convert, script, lang, first):
    from zhkg.export.html import page_script

    G = names_graph(convert)
    assert page_script(G) == script
    page = render_html(G)
    assert lang in page
    face = json.loads(page.split('<script type="application/json" id="zhkg-data">', 1)[1].split("</script>", 1)[0])[
        "options"]["nodes"]["font"]["face"]
    assert face.split(", ")[0] == first


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize(("convert", "first"), [(str, '"Noto Sans CJK SC"'), (to_traditional, '"Noto Sans CJK TC"')])
def test_a_traditional_page_uses_the_tc_font_in_the_browser(offline_page, tmp_path, convert, first):
    page, log = offline_page
    path = tmp_path / "page.html"
    path.write_text(render_html(names_graph(convert)), encoding="utf-8")
    page.goto(path.as_uri())
    wait_for_layout(page)
    assert page.evaluate("getComputedStyle(document.body).fontFamily").split(", ")[0] == first
    assert_quiet(log)


# ---- zhkg eval and eval-counts named Python's exceptions for a line that is not a JSON object:
# "malformed record (JSONDecodeError: Expecting value: line 1 column 1 (char 0))", "(TypeError: list indices …)"


@pytest.mark.parametrize("command", ["eval", "eval-counts"])
@pytest.mark.parametrize(("content", "message"), [
    ("This is English.\n", "gold.jsonl:1: malformed JSON (Expecting value)"),
    ("[1, 2, 3]\n", "gold.jsonl:1: expected a JSON object, not an array"),
    ('\n"平谷区"\n', "gold.jsonl:2: expected a JSON object, not a string"),
])
def test_a_gold_line_that_is_not_an_object_is_one_plain_error_line(tmp_path, monkeypatch, command, content, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "gold.jsonl").write_text(content, encoding="utf-8")
    result = run(command, "gold.jsonl", "--data", tmp_path)
    assert result.exit_code == 1 and result.output == f"Error: {message}\n"


# ---- A Latin name's panel showed a "Pinyin" row that lost its accents: Chloé read "chlo", Leighton Meester
# "leighton meester" (seen on the 200-row page)


def test_a_latin_name_shows_no_pinyin_row():
    G = names_graph()
    add_node(G, "person:Chloé", "Chloé", "PERSON", "Chloé", "Chloé")
    add_node(G, "org:MP3播放器", "MP3播放器", "ORGANIZATION", "MP3播放器", "MP3播放器")
    page = render_html(G)
    data = json.loads(page.split('<script type="application/json" id="zhkg-data">', 1)[1].split("</script>", 1)[0])
    readings = {n["id"]: dict(n["tip"]["rows"]).get("Pinyin") for n in data["nodes"]}
    assert readings["person:Chloé"] is None
    assert readings["person:闫维洪"] == "Yan Weihong" and readings["org:MP3播放器"] == "mp3 bo fang qi"


# ---- A Traditional article's WITHIN edges gave the gazetteer's Simplified names as evidence (平谷区 ⊂ 北京市 on the
# seed's page, 南投县 ⊂ 台湾 beside the labels 南投縣 and 臺灣)


@pytest.mark.parametrize(("text", "evidence"), [
    ("北京市平谷區政協委員張吉輝出席會議。臺灣南投縣發生地震。", {"平谷區 ⊂ 北京市 (gazetteer)", "南投縣 ⊂ 臺灣 (gazetteer)"}),
    ("北京市平谷区政协委员张吉辉出席会议。台湾南投县发生地震。", {"平谷区 ⊂ 北京市 (gazetteer)", "南投县 ⊂ 台湾 (gazetteer)"}),
])
def test_a_within_edge_names_the_places_as_the_text_writes_them(tmp_path, text, evidence):
    (tmp_path / "in.txt").write_text(text, encoding="utf-8")
    result = run("extract", tmp_path / "in.txt", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(tmp_path / "in.graphml", force_multigraph=True)
    found = {d["evidence"] for _, _, d in G.edges(data=True) if d["label"] == "WITHIN"}
    assert evidence <= found, found
