"""review167: a corporate analyst's week — executives, short names, stakes, Traditional and Simplified.

A listed company whose brand jieba's dictionary opens with a place (京东|方: 京东 is tagged a place) lost its short
name: 京东方科技集团股份有限公司 and 京东方 of one document were two nodes, the place read as the legal name's place
and the brand left as 方科技集团. A deputy's title after a bare company word (委任黃志強為集團副董事總經理) made an
organisation 集團副 (the 副 is the title's) and gave him a post in it. An executive who resigns with no post named
after the verb (總裁劉建國辭任，由副總裁趙立新接任; 董事长张伟明因个人原因辞职) kept a current role.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import write_dated_jsonl

from zhkg import Pipeline, load_graph
from zhkg.cli import main

ROOT = Path(__file__).resolve().parents[1]

# Short news items written for this review (companies by general knowledge, people invented).
_NEWS = [
    ("n01", "2024-03-05", "贵州茅台(600519)发布公告，公司现有员工3.2万人。"),
    ("n03", "2024-04-02", "台積電(2330)昨日宣布，董事會任命陳志明為副總經理。陳志明曾任聯發科技副總經理。"),
    ("n04", "2024-04-20", "台湾积体电路制造股份有限公司董事长魏哲家表示，台积电将在日本熊本设立子公司。"),
    ("n08", "2024-06-12", "华润万家有限公司总裁刘建国辞任，由副总裁赵立新接任。华润万家在全国拥有3000多家门店。"),
    ("n13", "2024-10-01", "長江和記實業有限公司（長和）公布，委任黃志強為集團副董事總經理。"),
    ("n15", "2024-12-20", "京东方科技集团股份有限公司(000725)董事长陈炎顺表示，京东方在全国拥有16条生产线。"),
]


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _orgs(G):
    return sorted(d["label"] for _, d in G.nodes(data=True) if d.get("type") == "ORGANIZATION")


def _roles(G):
    return sorted((G.nodes[u]["label"], d["role"], G.nodes[v]["label"], bool(d.get("former")))
                  for u, v, d in G.edges(data=True) if d["label"] == "HOLDS_ROLE")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("r167")
    src = write_dated_jsonl(folder / "news.jsonl", _NEWS)
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(folder / "out")])
    assert result.exit_code == 0, result.output
    return folder / "out" / "news.graphml"


# ---- a brand jieba's dictionary opens with a place is one node with its legal name

@pytest.mark.parametrize("text", [
    "京东方科技集团股份有限公司(000725)董事长陈炎顺表示，京东方在全国拥有16条生产线。",
    "京东方科技集团股份有限公司董事长陈炎顺表示，京东方将扩大投资。",
])
def test_a_brand_opening_with_a_dictionary_place_is_its_legal_name(pipeline, text):
    G = pipeline.run_texts([("d", text)]).graph
    companies = [d for _, d in G.nodes(data=True) if d.get("type") == "ORGANIZATION"]
    assert [d["label"] for d in companies] == ["京东方科技集团股份有限公司"]
    assert "京东方" in companies[0]["aliases"].split("|")
    assert _roles(G) == [("陈炎顺", "董事长", "京东方科技集团股份有限公司", False)]


def test_a_place_that_opens_a_legal_name_is_still_cut_off():
    from zhkg.extract.company_aliases import _leading_place, join_legal_stems

    assert _leading_place("山东新华锦国际", frozenset()) == "山东"
    assert _leading_place("京东方科技集团", frozenset()) == ""
    assert _leading_place("京东方科技集团", frozenset({"京东"})) == "京东"  # a place the document names stays one
    assert join_legal_stems(["京东方", "京东方科技集团股份有限公司"]) == {"京东方": "京东方科技集团股份有限公司"}
    assert join_legal_stems(["贵州茅台", "贵州茅台酒股份有限公司"], frozenset({"贵州"})) == {
        "贵州茅台": "贵州茅台酒股份有限公司"}


def test_a_letter_of_a_listed_short_name_is_no_place(pipeline):
    G = pipeline.run_texts([("d", "京东方科技集团股份有限公司董事长陈炎顺表示，京东方将扩大投资。")]).graph
    assert not [d for _, d in G.nodes(data=True) if d.get("type") == "PLACE"]  # no 北京市 of 京|东方


def test_one_letter_places_elsewhere_stay(pipeline):
    G = pipeline.run_texts([("d", "中方表示，对华政策不变。")]).graph
    assert [d["label"] for _, d in G.nodes(data=True) if d.get("type") == "PLACE"] == ["中国"]


# ---- a listed company by its stock short name and its code: its executives

@pytest.mark.parametrize("text, role", [
    ("鴻海精密（2317）董事長劉揚偉表示，鴻海在全球設有200多家子公司。", "董事長"),
    ("鸿海精密（2317）董事长刘扬伟表示，鸿海在全球设有200多家子公司。", "董事长"),
])
def test_a_taiwan_code_before_a_title_names_the_company(pipeline, text, role):
    G = pipeline.run_texts([("d", text)]).graph
    assert _orgs(G) in (["鴻海"], ["鸿海"])  # the short name and the stock short name: one company
    node = next(n for n, d in G.nodes(data=True) if d.get("type") == "ORGANIZATION")
    assert {"鸿海精密", "鸿海"} <= set(G.nodes[node]["aliases"].split("|"))
    assert [(r[0], r[1], r[3]) for r in _roles(G)] == [(G.nodes["person:刘扬伟"]["label"], role, False)]


def test_a_stock_short_name_written_alone_stays_itself(pipeline):
    G = pipeline.run_texts([("d", "鸿海精密（2317）董事长刘扬伟表示。")]).graph
    assert _orgs(G) == ["鸿海精密"]


def test_four_digits_without_a_word_of_companies_are_no_code(pipeline):
    G = pipeline.run_texts([("d", "他本季抢下篮板(1044)个。")]).graph
    assert not _orgs(G)


@pytest.mark.parametrize("text", [
    "贵州茅台(600519)发布公告，董事会同意聘任王明远为公司总经理。",
    "贵州茅台（600519.SH）发布公告，聘任王明远为公司总经理。",
])
def test_the_company_before_its_code_appoints_to_the_company(pipeline, text):
    G = pipeline.run_texts([("d", text)]).graph
    assert _roles(G) == [("王明远", "总经理", "贵州茅台", False)]


@pytest.mark.parametrize("text", [
    "贵州茅台(600519)发布公告，董事会将聘任王明远为公司总经理。",
    "贵州茅台(600519)股价上涨，市场传闻某基金拟聘任王明远为该基金总经理。",
])
def test_a_planned_appointment_far_from_the_company_holds_nothing(pipeline, text):
    G = pipeline.run_texts([("d", text)]).graph
    assert not [r for r in _roles(G) if r[0] == "王明远"]


@pytest.mark.parametrize("text, expected", [
    ("台積電(2330)昨日宣布，董事會任命陳志明為資深副總經理。", [("陳志明", "副總經理")]),
    ("台积电(2330)昨日宣布，董事会任命陈志明为资深副总经理兼财务长。", [("陈志明", "副总经理"), ("陈志明", "财务长")]),
])
def test_a_senior_grade_before_a_bare_title_keeps_the_post(pipeline, text, expected):
    G = pipeline.run_texts([("d", text)]).graph
    assert [(r[0], r[1]) for r in _roles(G)] == expected
    assert {r[2] for r in _roles(G)} == {G.nodes["org:台积电"]["label"]}


# ---- a deputy's mark belongs to the title, never to a body

@pytest.mark.parametrize("text", [
    "長江和記實業有限公司（長和）公布，委任黃志強為集團副董事總經理。",
    "长江和记实业有限公司公布，委任黄志强为集团副董事总经理。",
])
def test_no_body_ends_in_the_deputy_mark(pipeline, text):
    G = pipeline.run_texts([("d", text)]).graph
    assert not [o for o in _orgs(G) if o.endswith(("副", "副"))]
    assert not [r for r in _roles(G) if r[2].endswith("副")]


def test_a_body_named_before_a_deputy_title_is_still_read(pipeline):
    G = pipeline.run_texts([("d", "他曾任国家发改委中国小城镇试点处副处长。")]).graph
    assert not [o for o in _orgs(G) if o.endswith("副")]


# ---- leaving the post one is named with, no post after the verb

@pytest.mark.parametrize("text, holder, role", [
    ("华润万家有限公司总裁刘建国辞任，由副总裁赵立新接任。", "刘建国", "总裁"),
    ("華潤萬家有限公司總裁劉建國辭任，由副總裁趙立新接任。", "劉建國", "總裁"),
    ("远航控股集团有限公司董事长张伟明因个人原因辞职。", "张伟明", "董事长"),
])
def test_a_holder_who_resigns_with_no_post_named_held_it_before(pipeline, text, holder, role):
    G = pipeline.run_texts([("d", text)]).graph
    assert [r for r in _roles(G) if r[0] == holder] == [(holder, role, _orgs(G)[0], True)]


@pytest.mark.parametrize("text", [
    "华润万家有限公司总裁刘建国将于明年辞任。",                    # still holds it
    "华润万家有限公司总裁刘建国辞职一事引发关注。",                # the clause runs on
    "华润万家有限公司总裁刘建国卸任。",                            # a term's end, often to come
    "华润万家有限公司总裁刘建国辞去其在子公司的董事职务。",        # another post left
    "股东要求华润万家有限公司总裁刘建国辞职。",                    # asked to leave
    "股东要求华润万家有限公司总裁刘建国辞去总裁职务。",
])
def test_a_leaving_to_come_or_of_another_post_marks_nothing(pipeline, text):
    G = pipeline.run_texts([("d", text)]).graph
    assert [r for r in _roles(G) if r[0] == "刘建国"] == [("刘建国", "总裁", "华润万家有限公司", False)]


def test_the_successor_keeps_his_own_post(pipeline):
    G = pipeline.run_texts([("d", "华润万家有限公司总裁刘建国辞任，由副总裁赵立新接任。")]).graph
    assert ("赵立新", "副总裁", "华润万家有限公司", False) in _roles(G)


# ---- her corpus: the queries, and the graph as Gephi reads it

def test_her_corpus_answers_as_the_readme_says(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    kg = load_graph(corpus)
    people = {(r.person.label, r.role, r.former) for r in kg.people_of("华润万家")}
    assert people == {("刘建国", "总裁", True), ("赵立新", "副总裁", False)}
    assert kg.find("台積電")[0].entity.id == kg.entity("台湾积体电路制造股份有限公司").id == "org:台积电"
    assert {r.person.label for r in kg.people_of("京东方")} == {"陈炎顺"}
    spring = kg.between("2024-04-01", "2024-04-30")
    assert {r.person.label for r in spring.people_of("台积电")} == {"陳志明", "魏哲家"}
    assert {r.person.label for r in kg.between("2024-04-10", None).people_of("台积电")} == {"魏哲家"}
    result = CliRunner().invoke(main, ["query", str(corpus), "people-of", "京东方", "--json"])
    assert result.exit_code == 0
    assert [(r["person"]["label"], r["role"]) for r in json.loads(result.stdout)] == [("陈炎顺", "董事长")]


def test_her_graphml_reads_in_gephi_terms(corpus):
    G = nx.read_graphml(corpus, force_multigraph=True)
    text = corpus.read_text(encoding="utf-8")
    assert 'attr.name="label"' in text and 'attr.name="Label"' not in text
    ids = [d.get("id") for *_, d in G.edges(keys=True, data=True)]
    keys = [k for *_, k in G.edges(keys=True)]
    assert len(set(keys)) == len(keys) == G.number_of_edges()
    assert all(d["weight"] > 0 for *_, d in G.edges(data=True))
    assert all(d.get("label") for _, d in G.nodes(data=True))
    assert ids  # every edge read


# ---- bad input: one line, a non-zero exit, nothing clobbered

@pytest.mark.parametrize("name, data, message", [
    ("empty.jsonl", b"", "Error: {path} is empty"),
    ("notext.tsv", "id\tdate\ttitle\n1\t2024-01-01\t贵州茅台公告\n".encode(),
     "Error: {path} has no text column: its header names id, date, title (the text's is named text, body, content or "
     "正文; --text-column names another)"),
    ("latin.txt", b"caf\xe9 na\xefve r\xe9sum\xe9 \x80\x81\x82\x83\xfe\n",
     "Error: cannot tell the encoding of {path} (not UTF-8, GB18030 or Big5); name it with --encoding"),
])
def test_bad_input_is_one_line_and_keeps_the_outputs(corpus, tmp_path, name, data, message):
    src = tmp_path / name
    src.write_bytes(data)
    out = corpus.parent
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "--name", "news"])
    assert result.exit_code == 1
    assert result.stderr.strip() == message.format(path=src)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_an_output_folder_that_is_a_file_is_refused(tmp_path):
    src = write_dated_jsonl(tmp_path / "news.jsonl", _NEWS[:1])
    target = tmp_path / "notes.txt"
    target.write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: cannot write -o {target}: {target} is not a folder"
    assert target.read_text(encoding="utf-8") == "keep me"


# ---- the page: search a company by its other script, click, see its executives; nothing fetched

@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("query", ["台积电", "台積電", "Taijidian"])
def test_the_page_finds_a_company_and_shows_its_executives(offline_page, corpus, tmp_path, query):
    from helpers import assert_quiet, click_node, search, wait_for_layout

    from zhkg.export.html import write_html

    G = load_graph(corpus).G
    write_html(G, tmp_path / "g.html")
    page, log = offline_page
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    search(page, query)
    company = "org:台积电"
    assert page.evaluate("zhkg.network.getSelectedNodes()") == [company]
    click_node(page, company)
    panel = page.locator("#zhkg-panel-body")
    assert panel.get_attribute("data-node") == company
    text = panel.inner_text()
    assert "魏哲家" in text and "陳志明" in text
    assert "董事长" in text
    assert_quiet(log)
    assert not log.requests
