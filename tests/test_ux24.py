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
        "时政", "https://example.com/a1", "news", "3")
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
