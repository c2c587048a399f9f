"""review179: a Hong Kong business reporter's month — listed companies, officers, deals, in both scripts.

A stock code written after a company's name (宁德时代(300750)旗下…, 美团(03690.HK)与中国银联签署…) stood between the two
companies of a typed relation, and the pair reader, which reads only what stands between two names, read nothing:
no OWNS, ACQUIRED, PARTNER_OF or HEADQUARTERED_IN where business news writes its codes. 旗下子公司 (an owning word
and the kind of company owned, together) was read by neither form, and 甲宣布与乙成立合资企业 by none either. With
the learned reader on, an OWNS the rule reader had read was read again: one sentence weighed 2 and the edge showed
the classifier's 拥有 and a confidence instead of the 子公司 the sentence writes. A comma-separated file named .tsv
was read as one column: its header row became a document, its ids and dates part of every text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import query_json, write_dated_jsonl

from zhkg import Config, Pipeline, load_graph
from zhkg.cli import main

ROOT = Path(__file__).resolve().parents[1]

# Short news items written for this review (companies by general knowledge, people invented or of general
# knowledge; no article copied).
_NEWS = [
    ("n01", "2024-01-08", "贵州茅台(600519)今日发布公告，公司董事长王立群因工作调整辞任，董事会选举刘志华为公司董事长。"),
    ("n02", "2024-01-22", "騰訊控股(00700.HK)公布，委任陳嘉明為集團首席財務官。騰訊去年底共有10.5萬名員工。"),
    ("n03", "2024-02-05", "台積電(2330)董事會今日通過，由副總經理林志偉升任總經理。台積電在全球共有16座晶圓廠，董事長魏哲家表示將持續擴產。"),
    ("n05", "2024-03-04", "周大福珠寶集團(01929.HK)行政總裁黃國輝表示，集團上半年在內地淨關閉了230家門店，目前共有7200家門店。"),
    ("n06", "2024-03-18", "美团(03690.HK)与中国银联签署战略合作协议，双方将在跨境支付领域展开合作。美团执行董事兼首席执行官王兴出席签约仪式。"),
    ("n07", "2024-04-02", "鴻海精密(2317)宣布與夏普公司成立合資企業，鴻海董事長劉揚偉表示，新公司將聘用1500名員工。"),
    ("n08", "2024-04-16", "宁德时代(300750)旗下子公司四川时代新能源科技有限公司完成增资。宁德时代董事长曾毓群表示，公司今年已完成15宗并购交易。"),
    ("n10", "2024-05-20", "中国平安(601318)公告，董事会聘任陈晓峰为公司总经理。平安银行是中国平安的子公司，共有4.2万名员工。"),
    ("n14", "2024-07-22", "小米集团(01810.HK)总裁卢伟冰表示，小米之家门店数量达到1.2万家。腾讯控股(00700)是小米集团的股东之一。"),
]

_TYPED = ("OWNS", "ACQUIRED", "PARTNER_OF", "HEADQUARTERED_IN")


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _typed(G):
    return sorted((G.nodes[u]["label"], d["label"], d.get("relation_zh", ""), G.nodes[v]["label"])
                  for u, v, d in G.edges(data=True) if d["label"] in _TYPED)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("r179")
    src = write_dated_jsonl(folder / "news.jsonl", _NEWS)
    out = folder / "out"
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "--gexf", str(out / "news.gexf")])
    assert result.exit_code == 0, result.output
    return out / "news.graphml"


# ---- a stock code after a company's name does not hide the relation the sentence states

@pytest.mark.parametrize(("text", "edge"), [
    ("宁德时代(300750)旗下的四川时代新能源科技有限公司完成增资。",
     ("宁德时代", "OWNS", "旗下", "四川时代新能源科技有限公司")),
    ("美团(03690.HK)与中国银联签署战略合作协议。", ("中国银联", "PARTNER_OF", "签署", "美团")),
    ("美团与腾讯控股(00700.HK)签署战略合作协议。", ("美团", "PARTNER_OF", "签署", "腾讯控股")),
    ("比亚迪(002594)已收购深圳市华德电池有限公司。", ("比亚迪", "ACQUIRED", "收购", "深圳市华德电池有限公司")),
    ("平安银行(000001)是中国平安(601318)的子公司。", ("中国平安", "OWNS", "子公司", "平安银行")),
    ("聯發科(2454)總部位於新竹市。", ("聯發科", "HEADQUARTERED_IN", "總部位於", "新竹市")),
])
def test_a_stock_code_after_a_name_does_not_hide_the_relation(pipeline, text, edge):
    assert edge in _typed(pipeline.run_texts([("d", text)]).graph)


@pytest.mark.parametrize(("text", "edge"), [
    ("宁德时代旗下子公司四川时代新能源科技有限公司完成增资。",
     ("宁德时代", "OWNS", "旗下", "四川时代新能源科技有限公司")),
    ("阿里巴巴旗下全资子公司蚂蚁集团发布公告。", ("阿里巴巴", "OWNS", "旗下", "蚂蚁集团")),
    ("鴻海宣布與夏普公司成立合資企業。", ("夏普公司", "PARTNER_OF", "合資", "鴻海")),
])
def test_owning_words_together_and_an_announced_venture_are_read(pipeline, text, edge):
    assert edge in _typed(pipeline.run_texts([("d", text)]).graph)


@pytest.mark.parametrize("text", [
    "宁德时代(300750)计划收购深圳市华德电池有限公司。",  # a plan, code or not
    "美团(03690.HK)将与中国银联签署战略合作协议。",  # not yet
    "美团(03690.HK)否认与中国银联签署战略合作协议。",  # denied
    "宁德时代(300750)旗下业务与四川时代新能源科技有限公司无关。",  # no company named after 旗下
    "鴻海宣布將與夏普公司成立合資企業。",  # announced to come
])
def test_a_code_skipped_reads_no_relation_the_sentence_does_not_state(pipeline, text):
    assert [e for e in _typed(pipeline.run_texts([("d", text)]).graph) if e[1] != "HEADQUARTERED_IN"] == []


def test_the_corpus_has_its_company_relations(corpus):
    edges = _typed(nx.read_graphml(corpus))
    assert ("宁德时代", "OWNS", "旗下", "四川时代新能源科技有限公司") in edges
    assert ("中国平安", "OWNS", "子公司", "平安银行") in edges
    assert ("中国银联", "PARTNER_OF", "签署", "美团") in edges
    assert ("夏普公司", "PARTNER_OF", "合資", "鴻海") in edges


def test_neighbours_by_kind_with_evidence(corpus):
    rows = query_json(corpus, "neighbours", "宁德时代", "--kind", "OWNS")
    assert [(r["entity"]["name_simplified"], r["direction"], r["relation_zh"], r["evidence"]["doc_id"]) for r in rows] == [
        ("四川时代新能源科技有限公司", "out", "旗下", "n08")]


# ---- the learned reader says no relation a rule reader has read

_LEARNED = Config(relations=Config().relations + ("learned",))


def test_a_rule_relation_is_not_read_again_by_the_learned_reader():
    text = "中国平安(601318)公告，董事会聘任陈晓峰为公司总经理。平安银行是中国平安的子公司，共有4.2万名员工。"
    G = Pipeline(_LEARNED).run_texts([("d", text)]).graph
    owns = [d for u, v, d in G.edges(data=True) if d["label"] == "OWNS"]
    assert len(owns) == 1
    assert owns[0]["weight"] == 1.0 and owns[0]["relation_zh"] == "子公司" and "confidence" not in owns[0]


def test_the_learned_reader_still_writes_what_no_rule_reads():
    text = "阿里巴巴集团持有菜鸟网络63%的股份。"
    G = Pipeline(_LEARNED).run_texts([("d", text)]).graph
    held = [(G.nodes[u]["label"], G.nodes[v]["label"], d["relation_zh"]) for u, v, d in G.edges(data=True)
            if d["label"] == "HOLDS_SHARES_IN"]
    assert held == [("阿里巴巴集团", "菜鸟网络", "持股")]


# ---- her corpus through the commands and the API

def test_officers_current_and_former(corpus):
    rows = query_json(corpus, "people-of", "贵州茅台")
    assert [(r["person"]["name_simplified"], r["role"], r.get("former", False)) for r in rows] == [("王立群", "董事长", True)]


def test_a_company_by_code_and_by_name_in_either_script(corpus):
    for code, name in (("600519", "贵州茅台"), ("00700", "腾讯控股"), ("00700.HK", "腾讯控股"), ("2330", "台积电"),
                       ("騰訊", "腾讯控股"), ("台積電", "台积电"), ("台积电", "台积电")):
        assert query_json(corpus, "find", code)[0]["entity"]["name_simplified"] == name


def test_the_python_api_and_a_month(corpus):
    kg = load_graph(corpus)
    assert [(r.person.label, r.role) for r in kg.people_of("台積電")] == [
        ("林志偉", "副總經理"), ("林志偉", "總經理"), ("魏哲家", "董事長")]
    assert [r.person.label for r in kg.between("2024-03-01", "2024-03-31").people_of("周大福珠宝集团")] == ["黃國輝"]
    assert not kg.between("2024-03-01", "2024-03-31").people_of("台积电")


def test_graphml_as_gephi_reads_it(corpus):
    root = ET.parse(corpus).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    names = {k.get("attr.name") for k in root.findall("g:key", ns)}
    assert {"label", "weight"} <= names
    edges = root.findall(".//g:edge", ns)
    assert len({e.get("id") for e in edges}) == len(edges)
    weights = [float(d.text) for e in edges for d in e.findall("g:data", ns) if d.get("key") == "e_weight"]
    assert len(weights) == len(edges) and min(weights) >= 1
    kinds = {e.get("label") for e in edges}
    assert {"OWNS:旗下", "OWNS:子公司", "PARTNER_OF:签署"} <= kinds  # Gephi's edge type tells them apart


# ---- bad input: a comma-separated file named .tsv

def test_a_comma_separated_file_named_tsv_is_refused(tmp_path):
    src = tmp_path / "news.tsv"
    src.write_text("id,date,text\nn01,2024-01-08,贵州茅台(600519)今日发布公告，公司董事长王立群辞任。\n",
                   encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "news.graphml").write_text("kept", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {src}: the first row holds commas and no tab: name a comma-separated file "
                             ".csv, or give --delimiter\n")
    assert (out / "news.graphml").read_text(encoding="utf-8") == "kept"
    assert sorted(p.name for p in out.iterdir()) == ["news.graphml"]


def test_the_same_file_with_its_delimiter_is_read(tmp_path):
    src = tmp_path / "news.tsv"
    src.write_text("id,date,text\nn01,2024-01-08,贵州茅台(600519)今日发布公告，公司董事长王立群辞任。\n",
                   encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "out"), "--delimiter", ","])
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(tmp_path / "out" / "news.graphml")
    assert [d["date"] for _, d in G.nodes(data=True) if d["type"] == "DOCUMENT"] == ["2024-01-08"]


@pytest.mark.parametrize("first", [
    "贵州茅台发布公告,公司董事长王立群辞任。",  # a one-column table of text with an ASCII comma in it
    "news,贵州茅台发布公告",  # a value, not a row of column names
])
def test_a_tsv_of_one_column_with_commas_in_its_text_is_read(tmp_path, first):
    src = tmp_path / "news.tsv"
    src.write_text(first + "\n台积电董事长魏哲家表示将持续扩产。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(("args", "message"), [
    (["--jobs", "-1"], "Error: Invalid value for '-j' / '--jobs': -1 is not in the range x>=0."),
])
def test_bad_options_are_one_line(corpus, tmp_path, args, message):
    src = write_dated_jsonl(tmp_path / "news.jsonl", _NEWS[:2])
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "out"), *args])
    assert result.exit_code == 2 and result.stderr.startswith(message) and len(result.stderr.splitlines()) == 1


def test_a_json_line_without_text_names_its_fields(tmp_path):
    src = tmp_path / "news.jsonl"
    src.write_text('{"id": "n01", "text": "贵州茅台发布公告。"}\n{"id": "n02", "body_text": "騰訊控股公布"}\n',
                   encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == (f'Error: {src}:2: expected an object with a "text" string; its fields: id, body_text '
                             "(--text-column names the text's)\n")
    assert not (tmp_path / "out").exists()


# ---- the page: a company found by code and by name in both scripts, clicked, its officers shown; nothing fetched

@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("query", ["2330", "台積電", "台积电"])
def test_the_page_finds_a_company_and_shows_its_officers(offline_page, corpus, query):
    from helpers import assert_quiet, click_node, search, wait_for_layout

    page, log = offline_page
    page.goto(corpus.with_suffix(".html").as_uri())
    wait_for_layout(page)
    search(page, query)
    company = "org:台积电"
    assert page.evaluate("zhkg.network.getSelectedNodes()") == [company]
    click_node(page, company)
    panel = page.locator("#zhkg-panel-body")
    assert panel.get_attribute("data-node") == company
    text = panel.inner_text()
    assert "魏哲家" in text and "林志偉" in text and "總經理" in text
    assert_quiet(log)
    assert not log.requests


@pytest.mark.browser
@pytest.mark.slow
def test_the_page_shows_a_company_relation(offline_page, corpus):
    from helpers import assert_quiet, click_node, search, wait_for_layout

    page, log = offline_page
    page.goto(corpus.with_suffix(".html").as_uri())
    wait_for_layout(page)
    search(page, "300750")
    company = "org:宁德时代"
    assert page.evaluate("zhkg.network.getSelectedNodes()") == [company]
    click_node(page, company)
    text = page.locator("#zhkg-panel-body").inner_text()
    assert "OWNS" in text and "四川时代新能源科技有限公司" in text and "曾毓群" in text
    assert_quiet(log)
    assert not log.requests


def test_the_seed_is_unchanged(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(ROOT / "seeds" / "000_e88b616f19a6a93b.txt"), "-o",
                                       str(tmp_path)])
    assert result.exit_code == 0
    for suffix in (".graphml", ".html"):
        name = "000_e88b616f19a6a93b" + suffix
        assert (tmp_path / name).read_bytes() == (ROOT / "graphs" / name).read_bytes()
