"""review155: a business reporter's week — listed companies' legal names, learned relations, eval-relations.

A company's legal name whose trade name jieba reads as a verb (远航|控股集团有限公司, 远航|物流股份有限公司) lost it: the
grammar stopped at the verb, leaving a node 控股集团有限公司 that names no company, and the chairman's role went to it. A
name before its stock code was cut at twelve letters to its trade and legal form (宁德时代新能源|科技股份有限公司
(300750): 科技股份有限公司), and a verb of dealing in shares jieba does not know ran into a body's name (光明食品集团|增持|公司:
an organisation 光明食品集团增持公司). The learned reader wrote a tie with no direction (PARTNER_OF) once each way when a
sentence named the pair twice, in two orders (阿里巴巴集团…上汽集团 … 阿里巴巴…上汽集团): two edges for one partnership.
`zhkg eval-relations` left out, without a word, a FinRE line whose head or tail its sentence does not hold (a name
misspelt in one's own gold file: 滙丰 for 汇丰), so the score was of fewer pairs than written.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from zhkg import Config, Pipeline
from zhkg.cli import main


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _orgs(G):
    return sorted(d["label"] for _, d in G.nodes(data=True) if d.get("type") == "ORGANIZATION")


def _roles(G):
    return sorted((G.nodes[u]["label"], d["role"], G.nodes[v]["label"]) for u, v, d in G.edges(data=True)
                  if d["label"] == "HOLDS_ROLE")


# ---- a company's legal name keeps its trade name

@pytest.mark.parametrize("text, org", [
    ("远航控股集团有限公司董事长张伟明因个人原因辞职。", "远航控股集团有限公司"),
    ("远航控股持有远航物流股份有限公司35.2%的股份。", "远航物流股份有限公司"),
    ("腾飞科技股份有限公司今日发布公告。", "腾飞科技股份有限公司"),
])
def test_a_legal_name_keeps_a_trade_name_jieba_reads_as_a_verb(pipeline, text, org):
    G = pipeline.run_texts([("d", text)]).graph
    orgs = _orgs(G)
    assert org in orgs
    assert not any(o in ("控股集团有限公司", "物流股份有限公司", "科技股份有限公司") for o in orgs)


def test_the_chairman_of_a_legal_name_with_a_verb_for_its_trade_name(pipeline):
    G = pipeline.run_texts([("d", "远航控股集团有限公司董事长张伟明因个人原因辞职。")]).graph
    assert _roles(G) == [("张伟明", "董事长", "远航控股集团有限公司")]


def test_a_name_before_its_stock_code_is_not_cut_to_its_trade(pipeline):
    G = pipeline.run_texts([("d", "宁德时代新能源科技股份有限公司（300750）与宝马集团签订供货协议。")]).graph
    orgs = _orgs(G)
    assert "科技股份有限公司" not in orgs
    assert "宁德时代新能源科技股份有限公司" in orgs


@pytest.mark.parametrize("text, org", [
    ("控股股东光明食品集团增持公司股份500万股。", "光明食品集团"),
    ("大股东华润集团减持公司股份300万股。", "华润集团"),
])
def test_a_verb_of_dealing_in_shares_ends_a_body_name(pipeline, text, org):
    orgs = _orgs(pipeline.run_texts([("d", text)]).graph)
    assert org in orgs
    assert not any(o.endswith("公司") and org in o for o in orgs)


# ---- a chairman who resigns the post he is named with held it

def _formers(G):
    return sorted((G.nodes[u]["label"], d["role"], bool(d.get("former"))) for u, v, d in G.edges(data=True)
                  if d["label"] == "HOLDS_ROLE")


@pytest.mark.parametrize("text, expected", [
    ("远航控股集团有限公司董事长张伟明因个人原因辞去董事长职务。", [("张伟明", "董事长", True)]),
    ("华强集团总经理李明已辞去总经理一职，由王刚接任。", [("李明", "总经理", True)]),
    ("华强集团总经理李明近日卸任总经理。", [("李明", "总经理", True)]),
    # another post left, or someone else who leaves: the role named stays held
    ("华强集团董事长李明辞去其在子公司的董事职务。", [("李明", "董事长", False)]),
    ("华强集团董事长李明表示，副总经理王刚辞去副总经理职务。", [("李明", "董事长", False), ("王刚", "副总经理", True)]),
    ("华强集团董事长李明将于明年辞去董事长职务。", [("李明", "董事长", False)]),
])
def test_a_holder_who_resigns_the_post_he_is_named_with_held_it(pipeline, text, expected):
    assert _formers(pipeline.run_texts([("d", text)]).graph) == expected


# ---- a joint venture two companies set up is a partnership (a rule reader's, on by default)

@pytest.mark.parametrize("text", [
    "比亚迪与丰田汽车公司成立合资企业。",
    "比亚迪和丰田汽车公司昨日共同成立了一家合资公司。",
])
def test_two_companies_setting_up_a_joint_venture_are_partners(pipeline, text):
    G = pipeline.run_texts([("d", text)]).graph
    ties = [(G.nodes[u]["label"], G.nodes[v]["label"], d["relation_zh"]) for u, v, d in G.edges(data=True)
            if d["label"] == "PARTNER_OF"]
    assert ties == [("丰田汽车公司", "比亚迪", "合资")]  # the ends in id order


@pytest.mark.parametrize("text", [
    "比亚迪与丰田汽车公司计划成立合资企业。",  # a plan
    "比亚迪与丰田汽车公司将成立合资企业。",
    "比亚迪与丰田汽车公司旗下的合资企业销量上升。",  # no act of setting one up
])
def test_a_joint_venture_planned_or_only_named_is_no_partnership(pipeline, text):
    G = pipeline.run_texts([("d", text)]).graph
    assert not [d for _, _, d in G.edges(data=True) if d["label"] == "PARTNER_OF"]


# ---- the learned reader: a tie with no direction is one edge

LEARNED = Config(relations=Config().relations + ("learned",))


def test_a_partnership_named_twice_in_two_orders_is_one_edge():
    # 联合, not 宣布与: the rule reader reads 甲宣布与乙成立合资公司 since review179, and the learned reader then writes
    # nothing of its own; 甲联合乙 is the learned reader's alone
    G = Pipeline(LEARNED).run_texts([("f08", "阿里巴巴集团联合上海汽车集团股份有限公司成立合资公司，阿里巴巴持股49%，"
                                             "上汽集团持股51%。")]).graph
    ties = [(u, v, d) for u, v, d in G.edges(data=True) if d["label"] == "PARTNER_OF"]
    assert len(ties) == 1
    u, v, d = ties[0]
    assert u < v  # no direction: the ends in id order, as the rule readers store PARTNER_OF
    assert d["relation_zh"] and 0.8 <= float(d["confidence"]) <= 1.0


def test_a_learned_edge_carries_its_word_confidence_and_evidence():
    G = Pipeline(LEARNED).run_texts([("f11", "中天建设集团有限公司以28亿元收购江南水务股份有限公司全部股份。")]).graph
    (u, v, d), = [(u, v, d) for u, v, d in G.edges(data=True) if d["label"] == "ACQUIRED"]
    assert (G.nodes[u]["label"], G.nodes[v]["label"]) == ("中天建设集团有限公司", "江南水务股份有限公司")
    assert d["relation_zh"] == "收购" and float(d["confidence"]) >= 0.8
    assert "收购" in d["evidence"] and d["doc_id"] == "f11"


# ---- eval-relations on one's own FinRE file

def test_eval_relations_says_which_lines_it_could_not_place(tmp_path):
    gold = tmp_path / "mine.txt"
    gold.write_text("华信科技\t星河半导体\t收购\t华信科技拟以<N>亿元收购星河半导体有限公司<N>%股权\n\n"
                    "星河半导体\t华信科技\t被收购\t华信科技拟以<N>亿元收购星河半导体有限公司<N>%股权\n\n"
                    "滙丰控股\t恒生银行\t持股\t汇丰控股持有恒生银行<N>.<N>%股份\n\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval-relations", str(gold)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{gold}: finre, 2 pairs\n")
    assert result.stderr == (f"warning: {gold}:5: 滙丰控股 is not in its sentence; 1 line of 3 left out of the score\n")


# ---- the page, offline: a company by its short form, a chairman's roles

_ARTICLES = [
    ("f01", "贵州茅台(600519)公告，公司董事长丁雄军表示，2023年贵州茅台实现营业收入1505亿元，同比增长18%。"
            "茅台拟向全体股东每10股派发现金红利308.76元。"),
    ("f02", "腾讯控股（00700.HK）今日公布2023年业绩，全年收入6090亿元。腾讯董事会主席马化腾表示，腾讯将继续加大人工智能投入。"),
    ("f05", "远航控股集团有限公司董事长张伟明因个人原因辞去董事长职务。远航控股持有远航物流股份有限公司35.2%的股份。"),
]


@pytest.fixture(scope="module")
def companies(pipeline):
    return pipeline.run_texts(_ARTICLES).graph


def test_a_company_and_its_short_form_are_one_node_and_codes_money_and_shares_are_no_counts(companies):
    G = companies
    ids = {d["label"]: n for n, d in G.nodes(data=True)}
    assert {"茅台", "贵州茅台"} <= set(G.nodes[ids["贵州茅台"]]["aliases"].split("|"))
    assert {"腾讯", "腾讯控股"} <= set(G.nodes[ids["腾讯控股"]]["aliases"].split("|"))
    assert not {"茅台", "腾讯", "控股集团有限公司", "物流股份有限公司"} & set(ids)
    counts = [d["label"] for _, d in G.nodes(data=True) if d["type"] == "COUNT"]
    assert not any(c.startswith(("600519", "00700", "1505", "6090", "35.2", "18%", "308")) for c in counts)


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("query, label", [("茅台", "贵州茅台"), ("腾讯", "腾讯控股"), ("远航控股", "远航控股集团有限公司")])
def test_the_search_box_finds_a_company_by_its_short_form(offline_page, companies, tmp_path, query, label):
    from helpers import assert_quiet, search, wait_for_layout

    from zhkg.export.html import write_html

    write_html(companies, tmp_path / "g.html")
    page, log = offline_page
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    search(page, query)
    selected = page.evaluate("zhkg.network.getSelectedNodes()")
    assert [companies.nodes[n]["label"] for n in selected] == [label]
    assert_quiet(log)


@pytest.mark.browser
@pytest.mark.slow
def test_a_click_on_a_chairman_shows_his_role(offline_page, companies, tmp_path):
    from helpers import assert_quiet, click_node, wait_for_layout

    from zhkg.export.html import write_html

    write_html(companies, tmp_path / "g.html")
    page, log = offline_page
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    chairman = next(n for n, d in companies.nodes(data=True) if d["label"] == "张伟明")
    click_node(page, chairman)
    panel = page.locator("#zhkg-panel-body")
    assert panel.get_attribute("data-node") == chairman
    text = panel.inner_text()
    assert "HOLDS_ROLE (董事长, former) → 远航控股集团有限公司" in text  # his post, left, of the company in full
    assert_quiet(log)
