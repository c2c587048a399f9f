"""review140: a Taipei journalist's week — Taiwan's dates, 全台, a county head's name, the page's edges, bad input.

Taiwan writes its dates in the Republic's years (民國113年5月20日, 113年5月20日, 113/05/20: 2024-05-20), in a
``date`` field and on a dateline alike; they dated nothing. 全台 with no place before it (全台共有22個縣市) was a place
node of its own, 臺灣 with no code, beside the gazetteer's 台灣 (``TW``) that the same corpus's 台灣 named, and so
were 全港 and 本港 beside 香港 (``HK``). The recogniser read 嘉義縣長翁章梁 as the person 長翁章梁 (the 長 of 縣長 taken
for a surname), and 長翁章梁今 before Taiwan's 今(25)日. On the page a click on an edge showed nothing: its evidence and
document were only in a hover tooltip, which a touch screen never shows. A variant character outside the Basic
Multilingual Plane typed in the search box was not folded (the box read the query by UTF-16 unit). A folder named
``x.jsonl`` was refused as holding no ``.txt`` files, not as a folder.
"""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from zhkg.cli import main
from zhkg.records import Document
from zhkg.stages.documents import parse_documents
from zhkg.text import iso_date

# ---- Taiwan's dates


@pytest.mark.parametrize("written, iso", [
    ("113年5月20日", "2024-05-20"),
    ("民國113年4月10日", "2024-04-10"),
    ("民国113年4月10日", "2024-04-10"),
    ("中華民國113年5月20日", "2024-05-20"),
    ("民國99年1月1日", "2010-01-01"),
    ("113/06/10", "2024-06-10"),
    ("113.6.10", "2024-06-10"),
    ("113年5月20日 10:30", "2024-05-20"),
])
def test_a_date_in_the_republics_years_is_read(written, iso):
    assert iso_date(written) == iso


@pytest.mark.parametrize("written", ["99年1月1日", "13/06/10", "113年2月30日", "113", "1130520", "民國113年"])
def test_what_is_no_republic_date_stays_undated(written):
    # two digits without 民國 may be 1999's 99年, and 13/06/10 any order: not guessed
    assert iso_date(written) == ""


def test_a_json_lines_date_of_the_republic_dates_the_document(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "date": "113年5月20日", "text": "臺中市長盧秀燕今(20)日視察豐原區。"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(feed), "-o", str(out)])
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(out / "feed.graphml")
    assert G.nodes["doc:a"]["date"] == "2024-05-20" and "date_text" not in G.nodes["doc:a"]


@pytest.mark.parametrize("dateline, date, source", [
    ("113年5月20日 中央社", "2024-05-20", "中央社"),
    ("民國113年5月20日 自由時報", "2024-05-20", "自由時報"),
    ("2024年5月20日 聯合報", "2024-05-20", "聯合報"),
])
def test_a_dateline_under_a_title_in_the_republics_years(dateline, date, source):
    doc = parse_documents("t", f"立法院三讀通過修正案\n{dateline}\n立法院今(20)日三讀通過修正案。")[0]
    assert (doc.title, doc.date, doc.source, doc.kind) == ("立法院三讀通過修正案", date, source, "article")


def test_a_body_line_opening_with_a_date_is_no_dateline():
    doc = parse_documents("t", "標題\n113年5月20日上午，立法院三讀通過修正案。\n")[0]
    assert doc.kind == "text" and doc.date == ""


# ---- 全台 is the gazetteer's Taiwan


@pytest.mark.parametrize("whole, named, code", [
    ("國民黨籍立委王鴻薇指出，全台共有22個縣市將同步加強稽查。", "台灣電力公司表示，台灣的電價將調整。", "TW"),
    ("全臺共有22個縣市。", "臺灣的電價將調整。", "TW"),
    ("衛生署表示，全港共有18個區。", "香港的樓價持續上升。", "HK"),
])
def test_a_whole_place_word_is_the_coded_place(pipeline, whole, named, code):
    G = pipeline.run_texts([("a", whole), ("b", named)]).graph
    places = {n: a for n, a in G.nodes(data=True) if a["type"] == "PLACE"}
    assert list(places) == [f"place:{code}"], places
    owners = [u for u, v, d in G.edges(data=True) if d["label"] == "HAS_COUNT" and d["doc_id"] == "a"]
    assert owners == [f"place:{code}"]


# ---- a county head's name


@pytest.mark.parametrize("text, name", [
    ("嘉義縣長翁章梁今(25)日宣布，縣府將擴大補助。", "翁章梁"),
    ("嘉義縣長翁章梁宣布擴大補助", "翁章梁"),
    ("嘉義縣長翁章梁今天宣布，縣府將擴大補助。", "翁章梁"),
])
def test_the_head_of_a_county_is_no_part_of_the_name(pipeline, text, name):
    people = [m.text for m in pipeline.extract_mentions(Document("d", text, kind="text")) if m.label.value == "PERSON"]
    assert people == [name]


# ---- a folder named like a file


def test_a_folder_named_as_a_json_lines_file_says_it_is_a_folder(tmp_path):
    from helpers import assert_one_line_error

    (tmp_path / "x.jsonl").mkdir()
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "x.jsonl"), "-o", str(tmp_path / "out")])
    assert_one_line_error(result, f"{tmp_path / 'x.jsonl'} is a folder, not a JSON-lines file, and holds no .txt files")
    assert not (tmp_path / "out").exists()


# ---- the page: an edge's panel, a variant outside the BMP


@pytest.fixture(scope="module")
def county():
    from helpers import add_edge, add_node

    G = nx.MultiDiGraph()
    add_node(G, "person:翁章梁", "翁章梁", "PERSON", "翁章梁", "翁章梁", mentions=3)
    add_node(G, "place:TW-CYQ", "嘉義縣", "PLACE", "嘉义县", "嘉义县|嘉義縣", mentions=4, code="TW-CYQ")
    add_node(G, "org:中国作家协会", "中國作家協會", "ORGANIZATION", "中国作家协会", "中国作家协会|中國作家協會")
    add_node(G, "doc:d1", "d1", "DOCUMENT", "d1", "d1", mentions=0, doc_id="d1", date="2024-06-25")
    add_edge(G, "person:翁章梁", "place:TW-CYQ", "e0", "HOLDS_ROLE", "嘉義縣長翁章梁今(25)日宣布擴大補助。", role="縣長")
    add_edge(G, "person:翁章梁", "doc:d1", "e1", "MENTIONED_IN", "嘉義縣長翁章梁今(25)日宣布擴大補助。")
    add_edge(G, "org:中国作家协会", "doc:d1", "e2", "MENTIONED_IN", "中國作家協會也到場。", start=20)
    return G


def _click_edge(page, edge_id):
    """Click the drawn edge ``edge_id`` as a reader would: at a point of the canvas where vis-network finds it."""
    box = page.locator("#zhkg-network").bounding_box()
    point = page.evaluate("""id => {
        const net = zhkg.network, ends = net.getConnectedNodes(id), at = net.getPositions(ends);
        for (let t = 0.3; t <= 0.7; t += 0.02) {
            const p = net.canvasToDOM({x: at[ends[0]].x + t * (at[ends[1]].x - at[ends[0]].x),
                                       y: at[ends[0]].y + t * (at[ends[1]].y - at[ends[0]].y)});
            for (let dy = -6; dy <= 6; dy += 1) {
                if (net.getEdgeAt({x: p.x, y: p.y + dy}) === id && net.getNodeAt({x: p.x, y: p.y + dy}) === undefined) {
                    return {x: p.x, y: p.y + dy};
                }
            }
        }
        return null;
    }""", edge_id)
    assert point is not None, "the edge is drawn nowhere a click reaches it"
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


@pytest.mark.browser
@pytest.mark.slow
def test_a_click_on_an_edge_opens_its_panel(offline_page, county, tmp_path):
    from helpers import assert_quiet, wait_for_layout

    from zhkg.export.html import write_html

    write_html(county, tmp_path / "g.html")
    page, log = offline_page
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    _click_edge(page, "e0")
    panel = page.locator("#zhkg-panel-body")
    assert panel.get_attribute("data-edge") == "e0"
    text = panel.inner_text()
    assert "HOLDS_ROLE" in text and "縣長" in text and "嘉義縣長翁章梁今(25)日宣布擴大補助。" in text
    assert page.locator("#zhkg-panel-body .zhkg-doc").get_attribute("data-doc") == "d1"
    assert "d1 · 2024-06-25 [0:20)" in text  # the document, its date and the span, as a node's panel writes them
    # each end is a link to its node's panel
    page.locator("#zhkg-panel-body button[data-node='place:TW-CYQ']").click()
    assert panel.get_attribute("data-node") == "place:TW-CYQ" and panel.get_attribute("data-edge") is None
    # a click on the empty canvas closes the panel
    box = page.locator("#zhkg-network").bounding_box()
    page.mouse.click(box["x"] + 3, box["y"] + 3)
    assert panel.inner_text().strip() == "" and panel.get_attribute("data-edge") is None
    assert_quiet(log)


@pytest.mark.browser
@pytest.mark.slow
def test_a_filter_that_hides_the_edge_closes_its_panel(offline_page, county, tmp_path):
    from helpers import assert_quiet, wait_for_layout

    from zhkg.export.html import write_html

    write_html(county, tmp_path / "g.html")
    page, log = offline_page
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    _click_edge(page, "e0")
    assert page.locator("#zhkg-panel-body").get_attribute("data-edge") == "e0"
    page.evaluate("""() => {
        const box = [...document.querySelectorAll('#zhkg-relations input[type=checkbox]')]
            .find(b => b.value === 'HOLDS_ROLE');
        box.click();
    }""")
    assert page.locator("#zhkg-panel-body").get_attribute("data-edge") is None
    assert_quiet(log)


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("query", ["中國𠈨家協會", "中国𠈨家协会"])
def test_the_search_box_folds_a_variant_outside_the_bmp(offline_page, county, tmp_path, query):
    from helpers import assert_quiet, wait_for_layout

    from zhkg.export.html import write_html
    from zhkg.query.graph import KnowledgeGraph

    write_html(county, tmp_path / "g.html")
    page, log = offline_page
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    api = [f.entity.id for f in KnowledgeGraph(county).find(query)]
    assert api == ["org:中国作家协会"]
    assert page.evaluate("q => zhkg.findNodes(q)", query)[:1] == api
    assert_quiet(log)


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("query", ["嘉義縣", "嘉义县", "翁章梁"])
def test_the_search_box_finds_taiwans_names(offline_page, county, tmp_path, query):
    from helpers import assert_quiet, search, wait_for_layout

    from zhkg.export.html import write_html

    write_html(county, tmp_path / "g.html")
    page, log = offline_page
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    search(page, query)
    assert len(page.evaluate("zhkg.network.getSelectedNodes()")) == 1
    assert_quiet(log)


# ---- zhkg eval on her own BIO file


def test_eval_of_a_traditional_bio_file_says_it_is_scored_as_written(tmp_path):
    from helpers import bio_sentence, write_sentences

    bio = write_sentences(tmp_path / "taipei.bio", [bio_sentence("嘉義縣長翁章梁今(25)日宣布擴大補助。",
                                                                  [("嘉義縣", "LOC"), ("翁章梁", "PER")])])
    result = CliRunner().invoke(main, ["eval", str(bio)])
    assert result.exit_code == 0, result.output
    # the file is Traditional and read as it is: "(simplified)" said otherwise
    assert result.stdout.startswith(f"{bio} (as written): 1 sentences, 20 characters\n")
    assert "PER         1       1       1" in result.stdout


# ---- a county government's bureau


def test_two_governments_bureaus_of_one_name_stay_two(pipeline):
    G = pipeline.run_texts([("a", "新北市政府社會局局長張錦麗表示，新北市目前共有1,150處長照據點。"),
                            ("b", "嘉義縣政府社會局局長林佳蓉表示，預計受惠長者約3,000人。")]).graph
    roles = sorted((G.nodes[u]["label"], d["role"], v) for u, v, d in G.edges(data=True) if d["label"] == "HOLDS_ROLE")
    assert roles == [("張錦麗", "局長", "org:新北市政府社会局"), ("林佳蓉", "局長", "org:嘉义县政府社会局")]
