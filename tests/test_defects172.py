"""defects172: defects earlier rounds found and left, each a thing a user meets.

A listed company's stock code found nothing (``zhkg query … find 600519``, the API's ``find``, the page's search
box): the code a document writes right after the company's name (贵州茅台(600519), 台積電(2330), 騰訊控股(00700.HK))
is now the node's ``stock_code`` attribute and matched as an alias. A bank's or broker's chief economist and chief
strategist (首席经济师, 首席策略师) held no post: neither was a title word.
"""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import extract_dated, in_script

from zhkg import load_graph
from zhkg.cli import main
from zhkg.stages.normalise import to_simplified

# Short news items of our own (companies by general knowledge, people invented).
_NEWS = [
    ("a1", "2024-03-05", "贵州茅台(600519)发布公告，董事会同意聘任王明远为公司总经理。"),
    ("a2", "2024-04-02", "台積電(2330)昨日宣布，董事會任命陳志明為副總經理。"),
    ("a3", "2024-05-10", "騰訊控股(00700.HK)公布業績，營收按年增長。"),
    ("a4", "2024-06-01", "贵州茅台发布年报，营收创新高。"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("d172")
    return extract_dated(folder, _NEWS, "--json", str(folder / "out" / "news.json"))


# ---- 1. a stock code finds its company

@pytest.mark.parametrize("code, company", [("600519", "org:贵州茅台"), ("2330", "org:台积电"),
                                           ("00700", "org:腾讯控股"), ("00700.HK", "org:腾讯控股"),
                                           ("00700.hk", "org:腾讯控股")])
def test_a_stock_code_finds_its_company(corpus, tmp_path, monkeypatch, code, company):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    kg = load_graph(corpus)
    assert kg.find(code)[0].entity.id == company
    assert {r.person.label for r in kg.people_of(code)} >= ({"王明远"} if code == "600519" else set())


def test_the_code_is_an_attribute_of_the_node_in_graphml_and_json(corpus):
    G = nx.read_graphml(corpus, force_multigraph=True)
    assert G.nodes["org:贵州茅台"]["stock_code"] == "600519"
    assert G.nodes["org:腾讯控股"]["stock_code"] == "00700.HK"
    assert "stock_code" not in G.nodes["person:王明远"]
    data = json.loads(corpus.with_suffix(".json").read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["org:台积电"]["stock_code"] == "2330"


def test_the_cli_finds_a_company_by_its_code(corpus):
    result = CliRunner().invoke(main, ["query", str(corpus), "find", "600519", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["entity"]["id"] == "org:贵州茅台"


@pytest.mark.parametrize("text", [
    "篮板(1044)和命中率都创新高。",            # four bare digits with no word of shares: no code
    "贵州茅台(企业专区,旗下楼盘)发布公告。",     # Sina's link aside: a company, no code
])
def test_no_code_where_none_is_written(pipeline, text):
    G = pipeline.run_texts([("d", text)]).graph
    assert not any("stock_code" in d for _, d in G.nodes(data=True))


def test_a_code_written_once_stays_with_the_company_in_every_document(pipeline):
    G = pipeline.run_texts([("a", "贵州茅台(600519)发布公告。"), ("b", "贵州茅台股价上涨。")]).graph
    assert G.nodes["org:贵州茅台"]["stock_code"] == "600519"


def test_two_codes_of_one_company_are_both_kept(pipeline):
    G = pipeline.run_texts([("a", "比亚迪(002594)发布公告。"), ("b", "比亚迪股份(01211.HK)公布业绩，营收增长。")]).graph
    codes = [d["stock_code"] for _, d in G.nodes(data=True) if d.get("type") == "ORGANIZATION" and "stock_code" in d]
    assert sorted(c for joined in codes for c in joined.split("|")) == ["002594", "01211.HK"]


# ---- 3. a bank's chief economist, a broker's chief strategist

@pytest.mark.parametrize("script", ["simplified", "s2hk", "s2tw"])
@pytest.mark.parametrize("text, holder, role, body", [
    ("汇丰银行首席经济师陈明表示，通胀将回落。", "陈明", "首席经济师", "汇丰银行"),
    ("中金公司首席策略师王宏认为，市场将反弹。", "王宏", "首席策略师", "中金公司"),
    ("张伟曾任汇丰银行首席经济师。", "张伟", "首席经济师", "汇丰银行"),
])
def test_a_chief_economist_and_strategist_hold_their_posts(pipeline, script, text, holder, role, body):
    G = pipeline.run_texts([("d", in_script(text, script))]).graph
    roles = {(to_simplified(G.nodes[u]["label"]), d["role_simplified"], to_simplified(G.nodes[v]["label"]))
             for u, v, d in G.edges(data=True) if d["label"] == "HOLDS_ROLE"}
    assert (holder, role, body) in roles


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("query, company", [("600519", "org:贵州茅台"), ("00700", "org:腾讯控股")])
def test_the_page_finds_a_company_by_its_code(offline_page, corpus, tmp_path, query, company):
    from helpers import assert_quiet, click_node, search, wait_for_layout

    from zhkg.export.html import write_html

    write_html(load_graph(corpus).G, tmp_path / "g.html")
    page, log = offline_page
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    search(page, query)
    assert page.evaluate("zhkg.network.getSelectedNodes()") == [company]
    click_node(page, company)
    panel = page.locator("#zhkg-panel-body")
    assert panel.get_attribute("data-node") == company
    assert "Stock code" in panel.inner_text()
    assert_quiet(log)
    assert not log.requests


# ---- 2. a registered name is brand + place + kind + legal form, not the place onwards

@pytest.mark.parametrize("script", ["simplified", "s2hk", "s2tw"])
@pytest.mark.parametrize("text, name", [
    ("和记电讯香港控股有限公司行政总裁黄志强表示，公司业绩稳定。", "和记电讯香港控股有限公司"),
    ("今日和记港口香港控股有限公司公布业绩。", "和记港口香港控股有限公司"),
    ("周大福珠宝香港集团有限公司公布业绩。", "周大福珠宝香港集团有限公司"),
    ("李嘉诚旗下的和记黄埔中国控股有限公司公布业绩。", "和记黄埔中国控股有限公司"),
    ("数码通电讯香港集团有限公司公布业绩。", "数码通电讯香港集团有限公司"),
])
def test_a_registered_name_keeps_its_brand_before_the_place(mentions_in, script, text, name):
    orgs = {to_simplified(s) for s, label in mentions_in(in_script(text, script)) if label == "ORGANIZATION"}
    assert name in orgs, orgs


@pytest.mark.parametrize("text, name", [
    ("公司宣布香港控股有限公司成立。", "香港控股有限公司"),          # a verb before the place: no brand
    ("腾讯和电讯盈科香港控股有限公司签约。", "电讯盈科香港控股有限公司"),  # 和 joins two names: not read over
])
def test_no_brand_is_read_over_a_verb_or_a_joining_word(mentions_in, text, name):
    orgs = {s for s, label in mentions_in(text) if label == "ORGANIZATION"}
    assert name in orgs, orgs


def test_the_officer_of_a_registered_name_holds_his_post_there(pipeline):
    G = pipeline.run_texts([("d", "和記電訊香港控股有限公司行政總裁黃志強表示，公司業績穩定。")]).graph
    roles = {(G.nodes[u]["label"], d["role"], G.nodes[v]["label"]) for u, v, d in G.edges(data=True)
             if d["label"] == "HOLDS_ROLE"}
    assert roles == {("黃志強", "行政總裁", "和記電訊香港控股有限公司")}


# ---- 4. 出任 with a company's business group between the company and the title

@pytest.mark.parametrize("script", ["simplified", "s2hk", "s2tw"])
@pytest.mark.parametrize("text, holder, role, body", [
    ("蒋凡出任阿里巴巴电商事业群首席执行官。", "蒋凡", "电商事业群首席执行官", "阿里巴巴"),
    ("腾讯微信事业群总裁张小龙表示，微信将继续开放。", "张小龙", "微信事业群总裁", "腾讯"),
])
def test_a_business_group_between_company_and_title_is_read_into_the_title(pipeline, script, text, holder, role,
                                                                          body):
    G = pipeline.run_texts([("d", in_script(text, script))]).graph
    roles = {(to_simplified(G.nodes[u]["label"]), d["role_simplified"], to_simplified(G.nodes[v]["label"]))
             for u, v, d in G.edges(data=True) if d["label"] == "HOLDS_ROLE"}
    assert (holder, role, body) in roles, roles


@pytest.mark.parametrize("text, code", [
    ("新希望(000876,股吧)发布公告。", "000876"),                    # Sina's link aside holds the code
    ("金地集团(企业专区,旗下楼盘)(600383.SH)发布公告。", "600383.SH"),  # the code after the pages' aside
])
def test_a_code_in_or_after_sinas_link_aside(pipeline, text, code):
    G = pipeline.run_texts([("d", text)]).graph
    assert [d["stock_code"] for _, d in G.nodes(data=True) if "stock_code" in d] == [code]


def test_a_code_after_its_market_finds_its_company(pipeline):
    G = pipeline.run_texts([("d", "腾讯控股(HK:00700)公布业绩，营收增长。")]).graph
    assert G.nodes["org:腾讯控股"]["stock_code"] == "HK:00700"


# ---- 5. a football association's director-general (足总|总干事), a Japanese midfielder named after his position

@pytest.mark.parametrize("script", ["simplified", "s2hk", "s2tw"])
@pytest.mark.parametrize("text, holder, role, body", [
    ("足总总干事张炎有补充，将视乎启德体育园的落成情况再决定。", "张炎有", "总干事", "足总"),
    ("篮总总干事李四表示，联赛将如期举行。", "李四", "总干事", "篮总"),
])
def test_a_contractions_zong_before_a_title_of_zong_is_the_bodys(pipeline, script, text, holder, role, body):
    G = pipeline.run_texts([("d", in_script(text, script))]).graph
    roles = {(to_simplified(G.nodes[u]["label"]), d["role_simplified"], to_simplified(G.nodes[v]["label"]))
             for u, v, d in G.edges(data=True) if d["label"] == "HOLDS_ROLE"}
    assert (holder, role, body) in roles, roles


@pytest.mark.parametrize("script", ["simplified", "s2hk", "s2tw"])
def test_a_japanese_player_after_his_position(mentions_in, script):
    text = in_script("直至上半场补时最后一刻，由杰志中场神田梦实，于禁区顶劲射罚球。", script)
    assert "神田梦实" in {to_simplified(s) for s, label in mentions_in(text) if label == "PERSON"}


@pytest.mark.parametrize("text", ["中场休息时，球迷纷纷离场。", "上半场中场时段双方互有攻守。"])
def test_halftime_is_no_position_before_a_name(mentions_in, text):
    assert not {s for s, label in mentions_in(text) if label == "PERSON"}
