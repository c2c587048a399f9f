"""Round orgs147: organisations on Taiwan, Hong Kong and international news (issue 15) — Taiwan's state firms
written short beside their full names (台电 and 台湾电力公司 one body), a bare 特区政府 beside the government named
in full, a legislature's term or
sector read into its name by the recogniser (来届|立法会, 旅游界|立法会), and a party's leader run into the party
by the recogniser (日本维新会|党魁|吉村洋文), each in both scripts, with guards. Every sentence is written for the
round."""

from __future__ import annotations

import pytest
from helpers import entity_names, labelled_mentions

from zhkg.records import Document
from zhkg.stages.normalise import to_traditional

SCRIPTS = [lambda t: t, to_traditional]


def _orgs(pipeline, text: str) -> set[str]:
    return {name for label, name in labelled_mentions(pipeline, text) if label == "ORGANIZATION"}


def _org_nodes(pipeline, text: str) -> set[str]:
    return {name for kind, name in entity_names(pipeline, text) if kind == "ORGANIZATION"}


# ---- Taiwan's state firms: the short form and the full name in one document are one body

@pytest.mark.parametrize("text, forms", [
    ("台湾电力公司今天宣布，夏季电价不调整。台电表示将加强备转容量。", {"台电", "台湾电力公司"}),
    ("台电说明，台湾电力股份有限公司将于明年增资。", {"台电", "台湾电力股份有限公司"}),
    ("台湾中油公司表示，下周汽油价格将下调。中油指出，国际油价走低。", {"中油", "台湾中油公司"}),
    ("中油今天公告，台湾中油股份有限公司董事会通过了新的投资案。", {"中油", "台湾中油股份有限公司"}),
    ("台湾糖业公司将释出三块土地。台糖说，标售将于下月举行。", {"台糖", "台湾糖业公司"}),
    ("台湾自来水公司宣布分区停水。台水表示，工程将于周五完成。", {"台水", "台湾自来水公司"}),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_taiwan_state_firm_short_and_full_name_are_one_node(pipeline, text, forms, convert):
    nodes = _org_nodes(pipeline, convert(text))
    assert len(nodes & forms) == 1, nodes


@pytest.mark.parametrize("text, body", [
    ("台水表示，工程将于周五完成。", "台水"),  # written alone, the short form stays itself
    ("台电今天宣布，夏季电价不调整。", "台电"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_short_form_alone_stays_itself(pipeline, text, body, convert):
    assert body in _org_nodes(pipeline, convert(text))


@pytest.mark.parametrize("text", [
    "讲台水泥地面已经修好。",  # 台水 across words is no body
    "这个平台水平很高。",
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_short_form_across_words_is_no_body(pipeline, text, convert):
    assert "台水" not in _orgs(pipeline, convert(text))


# ---- a bare 特区政府: the government the document names in full (Hong Kong's or Macau's), through the alias table

@pytest.mark.parametrize("text, body", [
    ("香港特区政府今天公布施政报告。特区政府表示将增加房屋供应。", "香港特区政府"),
    ("澳门特区政府今天公布施政报告。特区政府表示将扩大公共房屋供应。", "澳门特区政府"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_bare_sar_government_is_the_one_named_in_full(pipeline, text, body, convert):
    found = pipeline.extract_mentions(Document("d", convert(text), kind="text"))
    bare = [m for m in found if m.label.value == "ORGANIZATION" and m.simplified == "特区政府"]
    assert [m.canonical for m in bare] == [body], [(m.simplified, m.canonical) for m in found]
    assert _org_nodes(pipeline, convert(text)) & {"特区政府", body} == {body}


@pytest.mark.parametrize("text", [
    "特区政府今天公布新一轮防疫措施。",  # no government named in full: which one is left open, as before
    "香港特区政府与澳门特区政府签署协议。特区政府将共同推动。",  # two named: neither
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_bare_sar_government_without_one_full_name_joins_nothing(pipeline, text, convert):
    found = pipeline.extract_mentions(Document("d", convert(text), kind="text"))
    assert not [m for m in found if m.simplified == "特区政府" and m.canonical], found


# ---- a legislature's sitting named by time, or a sector, is no part of its name; a numbered term is (MSRA)

@pytest.mark.parametrize("text, body, prefix", [
    ("他当选来届立法会议员。", "立法会", "来届立法会"),
    ("第二场立法会选举今天举行。", "立法会", "第二场立法会"),
    ("本届立法会任期四年。", "立法会", "本届立法会"),
    ("新一届立法会首次开会。", "立法会", "新一届立法会"),
    ("她当选旅游界立法会议员。", "立法会", "旅游界立法会"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_term_or_sector_before_a_legislature_is_cut_off(pipeline, text, body, prefix, convert):
    orgs = _orgs(pipeline, convert(text))
    assert body in orgs, orgs
    assert prefix not in orgs, orgs


@pytest.mark.parametrize("text, body", [
    ("十届全国人大常委会今天举行第五次会议。", "十届全国人大常委会"),  # a numbered term stays, as MSRA marks it
    ("他当选首届立法会议员。", "首届立法会"),
    ("第三届理事会今天成立。", "第三届理事会"),
])
def test_numbered_term_is_not_cut(text, body):
    from zhkg.extract.org_edges import trim_term_heads
    from zhkg.records import Label, Mention, MentionSource
    from zhkg.stages.segment import make_nlp, token_table

    s = text.index(body)
    m = Mention("d", s, s + len(body), body, body, Label.ORGANIZATION, MentionSource.RECOGNISER)
    assert trim_term_heads([m], text, token_table(make_nlp()(text))) == [m]


@pytest.mark.parametrize("text, body", [
    ("第一中学今天举行开学典礼。", "第一中学"),  # an ordinal that is the name's own
    ("第三世界网络发表声明。", "第三世界网络"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_ordinal_of_a_name_stays(pipeline, text, body, convert):
    orgs = _orgs(pipeline, convert(text))
    assert not any(body.endswith(o) and o != body for o in orgs), orgs


# ---- a party's leader run into the party: the party and the person

@pytest.mark.parametrize("text, body, person", [
    ("日本维新会党魁吉村洋文今天表示支持。", "日本维新会", "吉村洋文"),
    ("高市与日本维新会党魁吉村洋文会谈。", "日本维新会", "吉村洋文"),
    ("立宪民主党党魁野田佳彦批评政府。", "立宪民主党", "野田佳彦"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_party_leader_run_into_the_party_is_cut_out(pipeline, text, body, person, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("ORGANIZATION", body) in found, found
    assert ("PERSON", person) in found, found
    assert not any(label == "ORGANIZATION" and name.endswith(person) for label, name in found), found


# ---- a Latin-script name after the word for a platform, an app or software: the company or service

@pytest.mark.parametrize("text, body", [
    ("拥有上亿用户的社交平台TikTok前日宣布暂停直播功能。", "TikTok"),
    ("短视频应用程序TikTok今天宣布在印尼暂停直播。", "TikTok"),
    ("这款聊天软件WhatsApp昨日出现大规模故障。", "WhatsApp"),
    ("不少年轻人转向社交媒体Instagram分享日常。", "Instagram"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_latin_name_after_a_platform_word_is_a_body(pipeline, text, body, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("ORGANIZATION", body) in found, found
    assert ("PERSON", body) not in found, found


@pytest.mark.parametrize("text, name", [
    ("平台负责人Kevin Mayer说，公司会配合调查。", "Kevin Mayer"),  # a role between: the person stays
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_latin_person_after_a_role_is_no_body(pipeline, text, name, convert):
    assert name not in _orgs(pipeline, convert(text))


@pytest.mark.parametrize("text", [
    "他们还有自己独立研发的手机软件UI库和浏览器插件。",  # capitals alone after 软件: a technical term
    "开发者可以通过平台API调用这些数据。",
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_capitals_after_a_platform_word_are_no_body(pipeline, text, convert):
    assert not {"UI", "API"} & _orgs(pipeline, convert(text))


# ---- a list's last item whose joiner jieba glued to the name (及盈信|控股)

@pytest.mark.parametrize("text, body", [
    ("参与的发展商包括新鸿基地产、恒基地产及盈信控股。", "盈信控股"),
    ("入标的发展商包括会德丰地产、嘉里建设及盈信控股。", "盈信控股"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_last_item_glued_to_its_joiner_is_a_company(pipeline, text, body, convert):
    orgs = _orgs(pipeline, convert(text))
    assert body in orgs, orgs
    assert not any(o.startswith("及") for o in orgs), orgs


@pytest.mark.parametrize("text", [
    "恒基地产及其他发展商均有参与。",  # 及 and a word jieba knows: no company after
    "恒基地产及时控股了这家公司。",
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_joiner_glued_to_a_common_word_is_no_company(pipeline, text, convert):
    orgs = _orgs(pipeline, convert(text))
    assert orgs <= {"恒基地产"}, orgs


# ---- a body's official site after 据 is the body speaking, no outlet (据X厅官网消息)

@pytest.mark.parametrize("text, body", [
    ("据四川省文化和旅游厅官网2月25日消息，今年春节假期文旅市场供需两旺。", "四川省文化和旅游厅"),
    ("据湖南省交通运输厅官网消息，高速公路车流量创新高。", "湖南省交通运输厅"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_body_before_its_official_site_is_the_body(pipeline, text, body, convert):
    orgs = _orgs(pipeline, convert(text))
    assert body in orgs, orgs
    assert not any(o.endswith("官网") for o in orgs), orgs


@pytest.mark.parametrize("text, outlet", [
    ("据新华网消息，物价总体平稳。", "新华网"),  # a site that is an outlet stays one
    ("据凤凰网报道，物价总体平稳。", "凤凰网"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_outlet_site_after_ju_stays(pipeline, text, outlet, convert):
    assert outlet in _orgs(pipeline, convert(text))


# ---- Hong Kong's 专讯 credit, and an outlet's column after a dot

@pytest.mark.parametrize("text, outlet", [
    ("【东网专讯】本周三晚上十时许，一名男子在街头被捕。", "东网"),
    ("【on.cc东网专讯】本周三晚上十时许，一名男子在街头被捕。", "东网"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_outlet_of_a_zhuanxun_credit(pipeline, text, outlet, convert):
    assert outlet in _orgs(pipeline, convert(text))


@pytest.mark.parametrize("convert", SCRIPTS)
def test_special_report_without_an_outlet_is_no_body(pipeline, convert):
    assert not _orgs(pipeline, convert("他们今天推出了专讯服务。"))


@pytest.mark.parametrize("text, outlet", [
    ("山西晚报·山河+讯 2月25日，山西晚报·山河+记者检索发现，假期已圆满收官。", "山西晚报"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_outlet_before_its_column_after_a_dot(pipeline, text, outlet, convert):
    orgs = _orgs(pipeline, convert(text))
    assert outlet in orgs, orgs
    assert not any("·" in o for o in orgs), orgs


@pytest.mark.parametrize("convert", SCRIPTS)
def test_foreign_name_with_a_dot_stays_whole(pipeline, convert):
    assert "华特·迪士尼公司" in _orgs(pipeline, convert("华特·迪士尼公司宣布裁员。"))
