"""Defects a review as a user found (session 23, ux24), each as it was met.

Rule (README, *The commands*): bad input is one ``Error:`` line and a non-zero exit, never a traceback, never a
half-written or clobbered file; outputs are deterministic.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error

from zhkg.cli import main

ROOT = Path(__file__).resolve().parents[1]
NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
SEED = ROOT / "seeds" / "000_e88b616f19a6a93b.txt"
TEXT = "平谷区政协委员张吉辉出席会议。北京市委书记蔡奇出席会议。"


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


# ---- GraphML key ids were shared by a node key and an edge key of one name (label, date, doc_id): the schema
# wants every key id unique (left by ux22)


def test_graphml_key_ids_are_unique_and_keep_the_names_gephi_maps(tmp_path):
    result = run("extract", SEED, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    path = tmp_path / "000_e88b616f19a6a93b.graphml"
    keys = ET.parse(path).getroot().findall("g:key", NS)
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert all(re.fullmatch(r"[\w.\-:]+", i) for i in ids), "a key id is an XML NMTOKEN"
    named = {(k.get("for"), k.get("attr.name")) for k in keys}
    assert {("node", n) for n in ("label", "r", "g", "b", "size", "x", "y")} <= named
    assert {("edge", "label"), ("edge", "weight")} <= named
    # every <data> points at a key of its own element's domain
    domain_of = {k.get("id"): k.get("for") for k in keys}
    root = ET.parse(path).getroot()
    for tag, domain in (("node", "node"), ("edge", "edge")):
        for element in root.iterfind(f".//g:{tag}", NS):
            assert {domain_of[d.get("key")] for d in element.iterfind("g:data", NS)} == {domain}
    # networkx reads the file back with the committed graph's attributes, node and edge alike
    G = nx.read_graphml(path, force_multigraph=True)
    committed = nx.read_graphml(ROOT / "graphs" / "000_e88b616f19a6a93b.graphml", force_multigraph=True)
    assert dict(G.nodes(data=True)) == dict(committed.nodes(data=True))
    assert sorted(G.edges(keys=True, data=True)) == sorted(committed.edges(keys=True, data=True))
    assert path.read_bytes() == (ROOT / "graphs" / path.name).read_bytes(), "graphs/ regenerated"


# ---- Metadata of a JSON-lines or table corpus other than title, date and source (a category, a url) was read and
# dropped: no output carried it (left by ux22)

JSONL = [
    {"id": "a1", "text": TEXT, "title": "会议", "date": "2020-12-22", "category": "时政",
     "url": "https://example.com/a1", "type": "news", "size": 3},
    {"id": "a2", "text": TEXT, "category": "体育", "url": ""},
]


@pytest.fixture
def metadata_run(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in JSONL), encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", feed, "-o", out, "--json", out / "feed.json", "--gexf", out / "feed.gexf", "--no-model")
    assert result.exit_code == 0, result.output
    return out


def test_jsonl_metadata_is_kept_on_the_document_nodes(metadata_run):
    G = nx.read_graphml(metadata_run / "feed.graphml", force_multigraph=True)
    a1, a2 = G.nodes["doc:a1"], G.nodes["doc:a2"]
    assert (a1["meta_category"], a1["meta_url"], a1["meta_type"], a1["meta_size"]) == (
        "时政", "https://example.com/a1", "news", 3)  # a number column is a number (ux25)
    assert (a1["type"], a1["size"]) == ("DOCUMENT", 14.0), "a field named like a node attribute clobbers nothing"
    assert a1["title"] == "会议" and "meta_title" not in a1 and "meta_date" not in a1, "read fields not repeated"
    assert a2["meta_category"] == "体育" and "meta_url" not in a2, "a blank value is left out"
    data = json.loads((metadata_run / "feed.json").read_text(encoding="utf-8"))
    node = next(n for n in data["nodes"] if n["id"] == "doc:a1")
    assert node["meta_category"] == "时政"
    gexf = (metadata_run / "feed.gexf").read_text(encoding="utf-8")
    assert 'title="meta_category"' in gexf and 'value="时政"' in gexf


def test_the_page_shows_a_documents_own_fields(metadata_run):
    page = (metadata_run / "feed.html").read_text(encoding="utf-8")
    assert '["category","时政"]' in page and '["url","https://example.com/a1"]' in page


def test_table_columns_are_kept_on_the_document_nodes(tmp_path):
    table = tmp_path / "news.tsv"
    table.write_text(f"category\turl\ttitle\ttext\n财经\thttps://example.com/1\t标题\t{TEXT}\n", encoding="utf-8")
    result = run("extract", table, "-o", tmp_path / "out", "--no-model")
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(tmp_path / "out" / "news.graphml", force_multigraph=True)
    doc = G.nodes["doc:news-2"]
    assert (doc["meta_category"], doc["meta_url"], doc["title"]) == ("财经", "https://example.com/1", "标题")


# ---- A .json file (an array of records, as json.dump writes it) was read as one plain-text document of its markup:
# with json.dump's default \u escapes, an empty graph, exit 0

RECORDS = [{"id": "a", "text": TEXT, "category": "时政"}, {"text": "湖人队以98比90击败热火队。"}]


@pytest.mark.parametrize("ascii_only", [True, False])
def test_a_json_array_of_records_is_read_as_documents(tmp_path, ascii_only):
    src = tmp_path / "news.json"
    src.write_text(json.dumps(RECORDS, ensure_ascii=ascii_only), encoding="utf-8")
    result = run("extract", src, "-o", tmp_path / "out", "--no-model")
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(tmp_path / "out" / "news.graphml", force_multigraph=True)
    docs = {n: a for n, a in G.nodes(data=True) if a["type"] == "DOCUMENT"}
    assert set(docs) == {"doc:a", "doc:news-2"}
    assert docs["doc:a"]["meta_category"] == "时政"
    assert "person:张吉辉" in G


def test_one_json_object_and_json_lines_named_json_are_read(tmp_path):
    one, lines = tmp_path / "one.json", tmp_path / "lines.json"
    one.write_text(json.dumps(RECORDS[1], ensure_ascii=False), encoding="utf-8")
    lines.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    for src, docs in ((one, {"doc:one"}), (lines, {"doc:a", "doc:lines-2"})):
        out = tmp_path / src.stem
        result = run("extract", src, "-o", out, "--no-model")
        assert result.exit_code == 0, result.output
        G = nx.read_graphml(out / f"{src.stem}.graphml", force_multigraph=True)
        assert {n for n, a in G.nodes(data=True) if a["type"] == "DOCUMENT"} == docs


@pytest.mark.parametrize(("content", "message"), [
    ("[1, 2]", 'bad.json: item 1: expected an object with a "text" string'),
    ('"news"', 'bad.json: expected an array of objects with a "text" string, or one such object'),
    ("[]", "bad.json is empty"),
    ('{"nodes": [], "edges": []}', "bad.json is a graph (node-link JSON), not documents: ask it questions with "
                                   "zhkg query"),
    ('{"title": "会议"}',
     'bad.json: expected an object with a "text" string; its fields: title (--text-column names the text\'s)'),
    ('[{"text": "平谷区"}', "bad.json:1: malformed JSON (Expecting ',' delimiter)"),
])
def test_a_json_file_it_cannot_read_is_one_error_line(tmp_path, monkeypatch, content, message):
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("extract", "bad.json", "-o", "out", "--no-model")
    assert_one_line_error(result, message)
    assert not (tmp_path / "out").exists()


def test_a_json_lines_list_or_object_field_is_kept_too(tmp_path):
    feed = tmp_path / "feed.jsonl"
    record = {"id": "a", "text": TEXT, "tags": ["时政", "北京"], "author": {"name": "记者"}, "note": None}
    feed.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("extract", feed, "-o", tmp_path / "out", "--no-model")
    assert result.exit_code == 0, result.output
    doc = nx.read_graphml(tmp_path / "out" / "feed.graphml", force_multigraph=True).nodes["doc:a"]
    assert (doc["meta_tags"], doc["meta_author"]) == ("时政|北京", '{"name":"记者"}')
    assert "meta_note" not in doc


def test_documents_of_gives_a_documents_own_fields(metadata_run, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    result = run("query", metadata_run / "feed.graphml", "documents-of", "张吉辉", "--json")
    assert result.exit_code == 0, result.output
    found = {d["doc_id"]: d["metadata"] for d in json.loads(result.stdout)}
    assert found == {"a1": {"category": "时政", "url": "https://example.com/a1", "type": "news", "size": "3"},
                     "a2": {"category": "体育"}}


# ---- A table whose header names its text column first (text,category) had its last column read as the text: a
# graph of the categories, the articles kept as metadata, exit 0


@pytest.mark.parametrize(("name", "table"), [
    ("news.csv", f"text,category\n{TEXT},时政\n"),
    ("news.tsv", f"id\t正文\turl\n7\t{TEXT}\thttps://example.com/7\n"),
])
def test_the_column_a_header_names_as_the_text_is_the_text(tmp_path, name, table):
    src = tmp_path / name
    src.write_text(table, encoding="utf-8")
    result = run("extract", src, "-o", tmp_path / "out", "--no-model")
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(tmp_path / "out" / "news.graphml", force_multigraph=True)
    assert "person:张吉辉" in G and "meta_text" not in G.nodes["doc:news-2"] and "meta_正文" not in G.nodes["doc:news-2"]


# ---- A tab-separated file named .csv was read with commas: its header became a document and each row's title and
# category ran into its text, exit 0


def test_a_tsv_named_csv_is_refused_without_a_delimiter(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("news.csv").write_text(f"title\tcategory\ttext\n标题\t时政\t{TEXT}\n", encoding="utf-8")
    result = run("extract", "news.csv", "-o", "out", "--no-model")
    assert_one_line_error(result, "news.csv: the first row holds tabs and no comma: name a tab-separated file "
                                  ".tsv, or give --delimiter")
    assert not Path("out").exists()
    result = run("extract", "news.csv", "-o", "out", "--no-model", "--delimiter", "\\t")
    assert result.exit_code == 0, result.output
    doc = nx.read_graphml(Path("out/news.graphml"), force_multigraph=True).nodes["doc:news-2"]
    assert (doc["title"], doc["meta_category"]) == ("标题", "时政")


def test_a_long_field_is_cut_on_the_page_and_whole_in_the_graphml(tmp_path):
    feed = tmp_path / "feed.jsonl"
    summary = "摘要" * 300
    feed.write_text(json.dumps({"id": "a", "text": TEXT, "summary": summary}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    result = run("extract", feed, "-o", tmp_path / "out", "--no-model")
    assert result.exit_code == 0, result.output
    assert nx.read_graphml(tmp_path / "out" / "feed.graphml").nodes["doc:a"]["meta_summary"] == summary
    page = (tmp_path / "out" / "feed.html").read_text(encoding="utf-8")
    assert summary not in page and '["summary","' + summary[:199] + '…"]' in page


@pytest.mark.browser
@pytest.mark.slow
def test_in_chromium_a_documents_tooltip_shows_its_own_fields(metadata_run, offline_page):
    from helpers import assert_quiet, hover, wait_for_layout

    page, log = offline_page
    page.goto((metadata_run / "feed.html").as_uri())
    wait_for_layout(page)
    tip = hover(page, "doc:a1")
    assert "category时政" in tip and "urlhttps://example.com/a1" in tip and "typenews" in tip
    assert tip.index("category") < tip.index("ID"), "after the document's date, before its node id"
    assert_quiet(log)  # no request: a url is text, not a link the page follows


def test_a_column_name_the_header_repeats_keeps_both_columns(tmp_path):
    table = tmp_path / "news.tsv"
    table.write_text(f"tag\ttag\t\ttext\n体育\tNBA\t新浪\t{TEXT}\n", encoding="utf-8")
    result = run("extract", table, "-o", tmp_path / "out", "--no-model")
    assert result.exit_code == 0, result.output
    doc = nx.read_graphml(tmp_path / "out" / "news.graphml").nodes["doc:news-2"]
    assert (doc["meta_tag"], doc["meta_tag_2"], doc["meta_col3"]) == ("体育", "NBA", "新浪")


# ---- zhkg query path X Y, both naming one node, said "no results" as if they were not connected (left by ux22)


def test_a_path_between_two_names_of_one_node_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    result = run("query", ROOT / "graphs" / "000_e88b616f19a6a93b.graphml", "path", "平谷区", "平谷區")
    assert result.exit_code == 0, result.output
    assert result.stderr == "no steps: 平谷区 and 平谷區 name the same node (place:110117)\n"


# ---- --lexicon naming a folder with no table in it (the wrong folder) changed nothing, without a word (left by ux22)


def test_a_lexicon_folder_holding_no_table_is_refused(tmp_path):
    lexicon = tmp_path / "lex"
    lexicon.mkdir()
    (lexicon / "README.md").write_text("my words\n", encoding="utf-8")
    src = tmp_path / "news.txt"
    src.write_text(TEXT, encoding="utf-8")
    result = run("extract", src, "-o", tmp_path / "out", "--no-model", "--lexicon", lexicon)
    assert_one_line_error(result, f"lexicon folder {lexicon} holds no table zhkg reads (surnames.txt, roles.tsv, "
                                  "organisations.txt, …: README, Your own words)")
    assert not (tmp_path / "out").exists()
    (lexicon / "glossary.tsv").write_text("测试词甲\ttest word\n", encoding="utf-8")  # no word jieba would keep
    assert run("extract", src, "-o", tmp_path / "out", "--no-model", "--lexicon", lexicon).exit_code == 0


def test_a_headerless_table_whose_first_value_is_a_text_word_stays_headerless(tmp_path):
    table = tmp_path / "news.csv"
    table.write_text(f"新闻,{TEXT}\n文章,湖人队以98比90击败热火队。\n", encoding="utf-8")
    result = run("extract", table, "-o", tmp_path / "out", "--no-model")
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(tmp_path / "out" / "news.graphml")
    assert G.nodes["doc:news-1"]["meta_col1"] == "新闻" and "person:张吉辉" in G


# ---- zhkg query on a JSON-lines corpus called it "mentions lines"; zhkg extract on a graph's node-link JSON (before
# .json was read as records: a graph made of its own evidence sentences)


def test_query_on_an_input_file_does_not_call_it_mentions(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("feed.jsonl").write_text(json.dumps({"text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("query", "feed.jsonl", "find", "张吉辉")
    assert_one_line_error(result, "cannot query feed.jsonl: JSON lines (documents to extract from, or --mentions) are "
                                  "not a graph; query the .graphml file the same run wrote (or its --json file)")
