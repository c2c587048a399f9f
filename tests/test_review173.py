"""review173: a Taiwan political reporter's week — legislators, county heads, councillors, parties, in Traditional text.

Taiwan's press writes a city by its one letter and 市 (北市 for 臺北市) wherever the story has named it: alone, not
before 府 or 議員, 北市 was a place of its own beside 台北市. The title 立法委員 before a committee's name of one
sentence was read as that committee's short form (立法|委 of 立法院交通委員會) and gave the legislator a 委員 post in
it. 行政院長卓榮泰率內閣 lost the premier's last letter to a body 泰率內閣 (jieba: 卓荣|泰率).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import query_json, write_dated_jsonl

from zhkg import Pipeline, load_graph
from zhkg.cli import main

# Short news items written for this review (people of general knowledge or invented; no article copied).
_NEWS = [
    ("t01", "2024-01-15", "國民黨立法院黨團總召傅明哲表示，黨團將全力支持本會期的預算案。新北市議員林淑芬也出席記者會。"),
    ("t02", "2024-02-03", "花蓮縣長徐志遠今(3)日宣布，縣府將投入12億元重建受損道路。徐志遠表示，花蓮縣共有13個鄉鎮市受到影響。"),
    ("t03", "2024-02-20", "民進黨秘書長陳建中昨日表示，黨內將在三月提名新北市長參選人。民進黨立委王美華也表態支持。"),
    ("t05", "2024-03-25", "台北市長蔣萬安出席市議會總質詢，北市今年度總預算為1800億元。臺北市議員吳志剛質疑捷運延宕。"),
    ("t06", "2024-04-10", "立法委員傅明哲與王美華昨日在立法院交通委員會就預算案激烈交鋒，兩人均為該委員會召委。"),
    ("t07", "2024-04-28", "國民黨主席朱立倫今日在黨中央主持中常會，國民黨立委傅明哲、新北市議員林淑芬列席。"),
    ("t08", "2024-05-20", "賴清德今日宣誓就任總統，行政院長卓榮泰率內閣閣員出席。內政部長劉世芳表示將推動地方制度改革。"),
    ("t09", "2024-06-05", "花蓮縣議會今日三讀通過縣府追加預算5億元，花蓮縣長徐志遠感謝議員支持。議長張明輝主持會議。"),
    ("t11", "2024-07-18", "前花蓮縣長傅崐萁現任國民黨立法院黨團總召，他表示將爭取花蓮重建特別預算。"),
    ("t14", "2024-10-22", "民進黨秘書長陳建中卸任，由副秘書長何文傑接任。陳建中曾任新北市議員。"),
]


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _roles(G):
    return sorted((G.nodes[u]["label"], d["role"], G.nodes[v]["label"], bool(d.get("former")))
                  for u, v, d in G.edges(data=True) if d["label"] == "HOLDS_ROLE")


def _labels(G, kind):
    return sorted(d["label"] for _, d in G.nodes(data=True) if d.get("type") == kind)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("r173")
    src = write_dated_jsonl(folder / "news.jsonl", _NEWS)
    out = folder / "out"
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "--gexf", str(out / "news.gexf")])
    assert result.exit_code == 0, result.output
    return out / "news.graphml"


# ---- 北市 of a story that names 臺北市 is that city

@pytest.mark.parametrize("text", [
    "台北市長蔣萬安出席市議會總質詢，北市今年度總預算為1800億元。",
    "臺北市長蔣萬安今日表示，北市將增設托育中心。",
    "蔣萬安說，北市與臺北市議會將共同檢討。",
])
def test_a_city_by_its_letter_is_the_city_the_story_names(pipeline, text):
    G = pipeline.run_texts([("d", text)]).graph
    places = [n for n, d in G.nodes(data=True) if d.get("type") == "PLACE"]
    assert places == ["place:TW-TPE"]
    assert "北市" in G.nodes["place:TW-TPE"]["aliases"].split("|")


@pytest.mark.parametrize("text", [
    "华北市场需求回暖，北京市商务局表示。",   # 北市 inside 华北|市场: no city
    "北市今年度總預算為1800億元。",           # the city unnamed: not read here (nothing to join)
])
def test_a_letter_and_shi_names_no_city_the_story_does_not_name(pipeline, text):
    G = pipeline.run_texts([("d", text)]).graph
    assert "place:TW-TPE" not in G


def test_the_corpus_has_one_taipei(corpus):
    G = nx.read_graphml(corpus)
    assert [d["label"] for _, d in G.nodes(data=True) if d.get("type") == "PLACE" and d["label"].endswith("北市")] == ["新北市", "台北市"]
    assert {"北市", "臺北市"} <= set(G.nodes["place:TW-TPE"]["aliases"].split("|"))


# ---- 立法委員 is a title, no committee's short form

@pytest.mark.parametrize("text", [
    "立法委員傅明哲與王美華昨日在立法院交通委員會就預算案激烈交鋒。",
    "立法委员傅明哲昨日在立法院交通委员会质询交通部长。",
])
def test_a_title_is_no_short_form_of_a_committee(pipeline, text):
    result = pipeline.run_texts([("d", text)])
    assert not [m for m in result.extraction.mentions if m.extractor == "alias"]
    G = result.graph
    org = next(n for n, d in G.nodes(data=True) if d.get("type") == "ORGANIZATION")
    assert "立法委" not in G.nodes[org]["aliases"].split("|")
    assert not [r for r in _roles(G) if r[2].startswith("立法院交通")]


def test_a_committee_is_still_named_by_its_abbreviation(pipeline):
    # what the rule keeps: a short form that opens no title (人社部 of 人力资源和社会保障部)
    text = "人力资源和社会保障部发布通知。人社部部长表示，将加强就业服务。"
    G = pipeline.run_texts([("d", text)]).graph
    org = [d for _, d in G.nodes(data=True) if d.get("type") == "ORGANIZATION"]
    assert [d["label"] for d in org] == ["人力资源和社会保障部"]
    assert "人社部" in org[0]["aliases"].split("|")


# ---- 卓榮泰率內閣: the premier keeps his last letter

@pytest.mark.parametrize("text", [
    "賴清德今日宣誓就任總統，行政院長卓榮泰率內閣閣員出席。",
    "行政院长卓荣泰率内阁阁员出席典礼。",
])
def test_a_name_before_lu_leading_a_body_is_whole(pipeline, text):
    G = pipeline.run_texts([("d", text)]).graph
    people = _labels(G, "PERSON")
    assert any(p in ("卓榮泰", "卓荣泰") for p in people), people
    assert not [o for o in _labels(G, "ORGANIZATION") if o[1] == "率"]
    assert ("院長" if "榮" in text else "院长") in [r[1] for r in _roles(G) if r[0] in ("卓榮泰", "卓荣泰")]


# ---- a party's full name and its short name of one document are one party

@pytest.mark.parametrize("text, party, forms", [
    ("民主進步黨今日召開中執會，民進黨秘書長陳建中表示。", "民進黨", {"民主進步黨", "民進黨"}),
    ("中國國民黨主席朱立倫今日主持中常會，國民黨立委傅明哲列席。", "國民黨", {"中國國民黨", "國民黨"}),
    ("台灣民眾黨主席黃國昌表示，民眾黨將提名黃珊珊。", "民眾黨", {"台灣民眾黨", "民眾黨"}),
])
def test_a_party_written_in_full_and_short_is_one_party(pipeline, text, party, forms):
    G = pipeline.run_texts([("d", text)]).graph
    parties = [d for _, d in G.nodes(data=True) if d.get("type") == "ORGANIZATION" and d["label"].endswith("黨")]
    assert [d["label"] for d in parties] == [party]
    assert forms <= set(parties[0]["aliases"].split("|"))
    assert {r[2] for r in _roles(G)} == {party}


def test_a_party_written_in_full_alone_stays_as_written(pipeline):
    G = pipeline.run_texts([("d", "民主進步黨秘書長陳建中表示，將於三月提名。")]).graph
    assert _roles(G) == [("陳建中", "秘書長", "民主進步黨", False)]


# ---- her queries, from the shell and from Python

def test_posts_current_and_former(corpus):
    rows = query_json(corpus, "roles-of", "傅崐萁")
    posts = sorted((r["role"], r["organisation"]["label"], r["former"]) for r in rows)
    assert posts == sorted([("總召", "國民黨立法院黨團", False), ("縣長", "花蓮縣", True)])


def test_who_holds_the_county_head_post(corpus):
    rows = query_json(corpus, "people-of", "花莲县", "--since", "2024-06-01")
    assert sorted((r["person"]["label"], r["former"]) for r in rows) == [("傅崐萁", True), ("徐志遠", False)]
    kg = load_graph(corpus)
    current = [r.person.label for r in kg.between("2024-06-01", None).people_of("花蓮縣") if not r.former]
    assert current == ["徐志遠"]
    assert kg.date_range() == ("2024-01-15", "2024-10-22")


def test_a_party_and_a_caucus(corpus):
    kg = load_graph(corpus)
    assert sorted((r.person.label, r.role) for r in kg.people_of("國民黨立法院黨團")) == [("傅崐萁", "總召"),
                                                                                        ("傅明哲", "總召")]
    assert ("朱立倫", "主席") in [(r.person.label, r.role) for r in kg.people_of("国民党")]
    assert [s.kind for s in kg.path("傅崐萁", "國民黨")] == ["HOLDS_ROLE", "PART_OF"]


def test_a_person_across_documents_and_scripts_is_one_node(corpus):
    G = nx.read_graphml(corpus)
    assert [n for n, d in G.nodes(data=True) if d["label"] in ("傅明哲", "徐志遠", "林淑芬")] == \
        ["person:傅明哲", "person:徐志远", "person:林淑芬"]
    assert G.nodes["person:徐志远"]["documents"] == 2
    assert load_graph(corpus).entity("Xu Zhiyuan").id == "person:徐志远"


# ---- Gephi: GraphML as it reads it, GEXF on the timeline

def test_graphml_as_gephi_reads_it(corpus):
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(corpus).getroot()
    keys = {(k.get("for"), k.get("attr.name")): k.get("id") for k in root.findall("g:key", ns)}
    assert ("node", "label") in keys and ("edge", "weight") in keys
    edges = root.findall(".//g:edge", ns)
    assert len({e.get("id") for e in edges}) == len(edges)
    weights = [float(d.text) for e in edges for d in e.findall("g:data", ns) if d.get("key") == keys["edge", "weight"]]
    assert len(weights) == len(edges) and min(weights) >= 1


def test_gexf_dates_every_node_and_edge(corpus):
    ns = "{http://gexf.net/1.3}"
    graph = ET.parse(corpus.parent / "news.gexf").getroot().find(f"{ns}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    starts = {n.get("label"): n.get("start") for n in graph.iter(f"{ns}node")}
    assert starts["徐志遠"] == "2024-02-03" and starts["傅崐萁"] == "2024-07-18"
    assert all(e.get("start") for e in graph.iter(f"{ns}edge"))


# ---- what she gets wrong: one line, a non-zero exit, nothing clobbered

def test_a_big5_file_is_read_and_said(tmp_path):
    src = tmp_path / "big5.txt"
    src.write_bytes("花蓮縣長徐志遠今日宣布，縣府將投入12億元重建道路。\n".encode("big5"))
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert [line for line in result.stderr.splitlines() if line.startswith("warning:")] == [
        f"warning: {src}: read as Big5 (Big5-HKSCS), detected (not UTF-8); if its names look garbled, name its "
        "encoding with --encoding"]
    G = nx.read_graphml(tmp_path / "out" / "big5.graphml")
    assert _roles(G) == [("徐志遠", "縣長", "花蓮縣", False)]


def test_a_bad_date_is_said_and_leaves_the_document_undated(tmp_path):
    src = tmp_path / "news.jsonl"
    src.write_text(json.dumps({"id": "b1", "date": "2024-02-30", "text": "花蓮縣長徐志遠今日宣布。"},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert f'warning: {src}:1: the date "2024-02-30" is not a date zhkg reads' in result.stderr
    assert nx.read_graphml(tmp_path / "out" / "news.graphml").nodes["doc:b1"].get("date", "") == ""


def test_since_after_until_is_refused(corpus):
    result = CliRunner().invoke(main, ["query", str(corpus), "people-of", "花蓮縣", "--since", "2024-10-01",
                                       "--until", "2024-02-01"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: --since 2024-10-01 is after --until 2024-02-01 (zhkg query --help)"


def test_a_folder_with_no_texts_clobbers_nothing(corpus, tmp_path):
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "notes.md").write_text("x", encoding="utf-8")
    out = corpus.parent
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    result = CliRunner().invoke(main, ["extract", str(empty), "-o", str(out), "--name", "news"])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(f"Error: {empty} holds no .txt files")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


# ---- the page: a legislator found in Traditional and in Simplified, clicked, his posts shown; nothing fetched

@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("query", ["徐志遠", "徐志远"])
def test_the_page_finds_a_county_head_and_shows_his_post(offline_page, corpus, query):
    from helpers import assert_quiet, click_node, search, wait_for_layout

    page, log = offline_page
    page.goto(corpus.with_suffix(".html").as_uri())
    wait_for_layout(page)
    search(page, query)
    person = "person:徐志远"
    assert page.evaluate("zhkg.network.getSelectedNodes()") == [person]
    click_node(page, person)
    panel = page.locator("#zhkg-panel-body")
    assert panel.get_attribute("data-node") == person
    text = panel.inner_text()
    assert "縣長" in text and "花蓮縣" in text
    assert_quiet(log)
    assert not log.requests


@pytest.mark.browser
@pytest.mark.slow
def test_the_page_finds_taipei_by_its_letter(offline_page, corpus):
    from helpers import assert_quiet, search, wait_for_layout

    page, log = offline_page
    page.goto(corpus.with_suffix(".html").as_uri())
    wait_for_layout(page)
    search(page, "北市")
    assert page.evaluate("zhkg.network.getSelectedNodes()") == ["place:TW-TPE"]
    assert_quiet(log)


def test_the_seed_is_unchanged(tmp_path):
    root = Path(__file__).resolve().parents[1]
    result = CliRunner().invoke(main, ["extract", str(root / "seeds" / "000_e88b616f19a6a93b.txt"), "-o",
                                       str(tmp_path)])
    assert result.exit_code == 0
    for suffix in (".graphml", ".html"):
        name = "000_e88b616f19a6a93b" + suffix
        assert (tmp_path / name).read_bytes() == (root / "graphs" / name).read_bytes()
