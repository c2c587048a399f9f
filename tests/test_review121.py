"""review121: what review117 and review118 left — Hong Kong variant characters, first-line datelines, 北京时间, the
CSV of a slice, the encoding a file was read in.

* **Variant characters** (黃栢廸): OpenCC ``t2s`` keeps 栢, 廸, 邨 and its HK/TW variant tables do not list them, so
  ``find 黄柏迪`` found nothing. Search keys fold them by Unihan (``query.names.variant_key``); names and node keys
  stay as written, so 黃栢廸 and 黄柏迪 of two documents are two nodes that each find the other, the one asked
  first.
* **A dateline on the first line** (``2024-06-03 10:30 中央社``, no title above) dates the document; the wire
  services' datelines with no year (（中央社記者…台北3日電）, 新华社北京6月3日电) or no date (【明報專訊】) date nothing.
* **Clocks**: 北京时间, 台北時間, 香港时间, 美国东部时间 name no place; a city's own time (休斯敦时间) and
  美国当地时间 are where the story is, kept.
* **edges.csv** has a ``doc_weights`` column, always, as GraphML, JSON and GEXF carry the attribute.
* **Encoding**: a file detected in another encoding than UTF-8 gets one ``warning:`` line; UTF-8 none.
"""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import both_scripts, mention_labels, page_payload, traditional_and_simplified

from zhkg.cli import main
from zhkg.export.csv import csv_tables
from zhkg.export.html import render_html
from zhkg.query.graph import KnowledgeGraph, load_graph
from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import to_simplified

# ---- 1. Variant characters in search keys

#: The same official in a Hong Kong paper (his own characters, 栢 and 廸) and in a mainland one (柏, 迪).
HK_TEXT = "民政事務局局長黃栢廸今日到訪石硤尾邨，與居民會面。"
MAINLAND_TEXT = "民政事务局局长黄柏迪今天到访深水埗，与居民会面。"


def test_variant_key_folds_what_opencc_keeps():
    from zhkg.query.names import variant_key

    assert to_simplified("黃栢廸") == "黄栢廸"  # OpenCC t2s keeps the HK variants: the node's name as written
    assert variant_key("黄栢廸") == variant_key("黄柏迪") == "黄柏迪"
    assert variant_key("石硤尾邨") == "石硤尾村"
    assert variant_key("平谷区政协闫维洪") == "平谷区政协闫维洪"  # common characters are left alone


@pytest.fixture(scope="module")
def two_spellings(pipeline):
    return pipeline.run_texts([("hk", HK_TEXT), ("cn", MAINLAND_TEXT)]).graph


def _people(G):
    return {a["label"]: n for n, a in G.nodes(data=True) if a["type"] == "PERSON"}


def test_names_stay_as_written_and_two_spellings_are_two_nodes(two_spellings):
    people = _people(two_spellings)
    assert set(people) == {"黃栢廸", "黄柏迪"}
    assert two_spellings.nodes[people["黃栢廸"]]["name_simplified"] == "黄栢廸"


@pytest.mark.parametrize("query, first", [
    ("黄柏迪", "黄柏迪"), ("黃柏迪", "黄柏迪"), ("黃栢廸", "黃栢廸"), ("黄栢廸", "黃栢廸")])
def test_find_gives_both_spellings_the_one_asked_first(two_spellings, query, first):
    found = KnowledgeGraph(two_spellings).find(query)
    assert [f.entity.label for f in found] == [first, ({"黃栢廸", "黄柏迪"} - {first}).pop()]
    assert [f.how for f in found] == ["name", "variant"]
    assert KnowledgeGraph(two_spellings).entity(query).label == first


@pytest.mark.parametrize("query", ["黄柏迪", "黃柏迪"])
def test_the_graph_index_and_the_command_find_the_variant_spelling(two_spellings, tmp_path, monkeypatch, query):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "g.graphml"
    G = two_spellings.copy()
    G.remove_node(_people(G)["黄柏迪"])  # only the Hong Kong spelling is in the graph
    nx.write_graphml(G, path)
    found = load_graph(path, indexed=True).find(query)
    assert [(f.entity.label, f.how) for f in found] == [("黃栢廸", "variant")]
    result = CliRunner().invoke(main, ["query", str(path), "find", query])
    assert result.exit_code == 0 and "黃栢廸" in result.output


def test_the_page_search_keys_hold_the_folded_name(two_spellings):
    payload = page_payload(render_html(two_spellings))
    keys = {node["id"]: node["search"] for node in payload["nodes"]}
    hk = keys[_people(two_spellings)["黃栢廸"]]
    assert hk[:2] == ["黃栢廸", "黄栢廸"] and "黄柏迪" in hk
    assert keys[_people(two_spellings)["黄柏迪"]] == ["黄柏迪"]  # a name without variants gains no key


@pytest.mark.browser
@pytest.mark.parametrize("query", ["黄柏迪", "黃柏迪"])
def test_the_search_box_finds_the_hong_kong_spelling_in_finds_order(offline_page, two_spellings, tmp_path, query):
    from helpers import assert_quiet, search, wait_for_layout

    from zhkg.export.html import write_html

    write_html(two_spellings, tmp_path / "g.html")
    page, log = offline_page
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    people = _people(two_spellings)
    found = page.evaluate("q => zhkg.findNodes(q)", query)
    assert [node for node in found if node in people.values()] == [people["黄柏迪"], people["黃栢廸"]]
    assert found[:2] == [f.entity.id for f in KnowledgeGraph(two_spellings).find(query)][:2]
    search(page, query)
    assert page.evaluate("zhkg.network.getSelectedNodes()") == [people["黄柏迪"]]
    assert_quiet(log)


# ---- 2. A dateline on the first line

@pytest.mark.parametrize("text, date, source", traditional_and_simplified([
    ("2024-06-03 10:30 中央社\n（中央社記者王小明台北3日電）行政院長今天表示，將提出新方案。", "2024-06-03", "中央社"),
    ("2024年6月3日 明報\n特首今日表示，政府將推出新措施。", "2024-06-03", "明報"),
    ("2024/6/3\n特首今日表示，政府將推出新措施。", "2024-06-03", ""),
]))
def test_a_first_line_dateline_dates_the_document(text, date, source):
    doc = parse_documents("d", text)[0]
    assert (doc.kind, doc.title, doc.date, to_simplified(doc.source)) == ("article", "", date, to_simplified(source))


@pytest.mark.parametrize("text", traditional_and_simplified([
    ("【明報專訊】特首今日表示，政府將推出新措施。",),  # Ming Pao's dateline names no date
    ("（中央社記者王小明台北3日電）行政院長今天表示。",),  # CNA's names the day only
    ("新華社北京6月3日電 國務院總理今天會見來賓。",),  # Xinhua's names no year
    ("2024-06-03 某公司發布公告稱，營收增長兩成。\n正文。",),  # a paragraph opening with a date is the body
]))
def test_datelines_without_a_whole_date_date_nothing(text):
    doc = parse_documents("d", text)[0]
    assert (doc.kind, doc.date, doc.source) == ("text", "", "")


def test_a_long_first_line_opening_with_a_date_is_the_body():
    # a dateline is short; a long line is not searched (a run of blanks in it would cost the pattern time)
    doc = parse_documents("d", "2024-06-03 a" + " " * 100_000 + "b\n正文。")[0]
    assert (doc.kind, doc.date) == ("text", "")


def test_a_first_line_dateline_dates_the_documents_relations(tmp_path, pipeline):
    G = pipeline.run_texts([("d", "2024-06-03 10:30 中央社\n行政院長陳建仁今天在台北表示。")]).graph
    assert G.nodes["doc:d"]["date"] == "2024-06-03"
    assert {d["date"] for _, _, d in G.edges(data=True)} == {"2024-06-03"}


# ---- 3. Clocks are no places

@pytest.mark.parametrize("text, place", both_scripts([
    ("北京时间3日晚，火箭队以98比90击败湖人队。", "北京"),
    ("台北时间3日晚，火箭队以98比90击败湖人队。", "台北"),
    ("香港时间今晨，火箭队击败湖人队。", "香港"),
    ("美国东部时间2日，奥巴马在白宫发表讲话。", "美国"),
]))
def test_a_newsrooms_clock_or_a_time_zone_is_no_place(pipeline, text, place):
    assert "PLACE" not in mention_labels(pipeline, text).get(place, set())


@pytest.mark.parametrize("text, place", both_scripts([
    ("北京时间4月2日(休斯敦时间4月1日)，火箭队主场击败湖人队。", "休斯敦"),  # the game's own city
    ("美国当地时间2日，奥巴马在白宫发表讲话。", "美国"),
    ("北京时间3日晚，姚明在北京出席活动。", "北京"),  # the clock goes, the city named after it stays
]))
def test_a_citys_own_time_and_a_place_beside_a_clock_stay(pipeline, text, place):
    assert "PLACE" in mention_labels(pipeline, text).get(place, set())


# ---- 4. doc_weights in edges.csv

@pytest.fixture(scope="module")
def two_months(pipeline):
    return pipeline.run_texts([
        ("a", "标题\n\n2011-01-05 新华网\n\n美国和欧洲讨论贸易。美国和欧洲再次会谈。"),
        ("b", "标题\n\n2011-05-05 新华网\n\n美国和欧洲签署协议。"),
    ]).graph


def _edge_rows(G):
    rows = list(csv.reader(io.StringIO("\n".join(",".join(f'"{c}"' for c in row) for row in csv_tables(G)[1]))))
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def test_edges_csv_has_doc_weights_as_graphml_does(two_months):
    header = csv_tables(two_months)[1][0]
    assert header[header.index("doc_ids") + 1] == "doc_weights"
    graphml = {d["id"]: d.get("doc_weights", "") for _, _, d in two_months.edges(data=True)}
    rows = _edge_rows(two_months)
    assert {row["id"]: row["doc_weights"] for row in rows} == graphml
    assert "2|1" in graphml.values()


@pytest.mark.parametrize("since, until, weights", [("2011-01-01", "2011-01-31", ""), ("2011-01-01", "2011-12-31", "2|1")])
def test_a_slices_csv_has_the_ranges_doc_weights(two_months, since, until, weights):
    S = KnowledgeGraph(two_months).between(since, until).G
    assert "doc_weights" in csv_tables(S)[1][0]  # the column is there whatever the range
    co = [row for row in _edge_rows(S) if row[":TYPE"] == "CO_MENTIONED" and "place:US" in row[":START_ID"]
          + row[":END_ID"] and "欧洲" in row[":START_ID"] + row[":END_ID"]]
    assert [row["doc_weights"] for row in co] == [weights]


# ---- 5. The encoding a file was read in

ENCODED = traditional_and_simplified([("民政事務局局長李國堃今日到訪深水埗石硤尾邨，與區議會主席陳喆會面。",)])


def _legacy(text):
    return "big5hkscs" if "國" in text else "gbk"


@pytest.mark.parametrize("text", ENCODED)
def test_a_file_detected_in_another_encoding_says_so_once(tmp_path, text):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "old.txt").write_bytes(text.encode(_legacy(text)))
    (folder / "new.txt").write_text(text, encoding="utf-8")
    lines = "\n".join(f'{{"id": "r{n}", "text": "{text}"}}' for n in range(3))
    (tmp_path / "feed.jsonl").write_bytes(lines.encode(_legacy(text)))
    result = CliRunner().invoke(main, ["extract", str(folder), str(tmp_path / "feed.jsonl"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if "read as" in line]
    codec = "Big5 (Big5-HKSCS)" if _legacy(text) == "big5hkscs" else "GB18030 (GBK)"
    assert said == [f"warning: {folder / 'old.txt'}: read as {codec}, detected (not UTF-8); if its names look "
                    "garbled, name its encoding with --encoding",
                    f"warning: {tmp_path / 'feed.jsonl'}: read as {codec}, detected (not UTF-8); if its names look "
                    "garbled, name its encoding with --encoding"]


@pytest.mark.parametrize("text", ENCODED)
@pytest.mark.parametrize("how", ["utf-8", "utf-8-sig", "named"])
def test_utf8_and_a_named_encoding_say_nothing_and_write_no_encoding(tmp_path, text, how):
    src = tmp_path / "a.txt"
    src.write_bytes(text.encode(_legacy(text) if how == "named" else how))
    args = ["--encoding", _legacy(text)] if how == "named" else []
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "o"), *args])
    assert result.exit_code == 0, result.output
    assert "read as" not in result.stderr
    graphml = (tmp_path / "o" / "a.graphml").read_text(encoding="utf-8")
    assert "encoding" not in graphml.split("?>", 1)[1]  # no attribute names it

