"""Well-known bodies news names without a generic ending (台积电, 港大, 民建联, 北约): ``organisations_known.tsv``."""

from __future__ import annotations

from functools import partial

import pytest
from helpers import org_mentions

from zhkg import Config, Pipeline
from zhkg.errors import ConfigError
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import convert
from zhkg.stages.read_files import RawDocument

SCRIPTS = [str, partial(convert, config="s2hk"), partial(convert, config="s2tw")]
_ids = iter(range(10**6))


def _labels(pipeline, text: str, name: str) -> list[str]:
    doc = parse_documents(f"k{next(_ids)}", text)[0]
    return [m.label.value for m in pipeline.extract_mentions(doc) if m.simplified == name]


@pytest.mark.parametrize("convert_to", SCRIPTS)
@pytest.mark.parametrize(("text", "names"), [
    ("台积电董事长表示，联发科与华硕的订单增加，鸿海也受惠。", {"台积电", "联发科", "华硕", "鸿海"}),
    ("民建联和公民党议员在立法会辩论，工联会表示反对。", {"民建联", "公民党", "工联会", "立法会"}),
    ("五月天在台北举行演唱会，苏打绿也出席。", {"五月天", "苏打绿"}),
    ("北约秘书长与欧盟官员会面，东盟也派出代表。", {"北约", "欧盟", "东盟"}),
    ("港交所股价下跌，汇丰和渣打也走低。", {"港交所", "汇丰", "渣打"}),
    ("据路透社报道，明报和TVBS也引述了中央社的消息。", {"路透社", "明报", "TVBS", "中央社"}),
])
def test_well_known_bodies_in_both_scripts(pipeline, convert_to, text, names):
    assert names <= set(org_mentions(pipeline, convert_to(text)))


@pytest.mark.parametrize("convert_to", SCRIPTS)
def test_a_short_name_is_the_body_s_node_with_its_full_name(pipeline, convert_to):
    orgs = org_mentions(pipeline, convert_to("北约秘书长说，北大西洋公约组织将加强合作。他在港大任教，香港大学的学生很多。"))
    assert orgs["北约"] == orgs["北大西洋公约组织"] == "北约"
    assert orgs["港大"] == orgs["香港大学"] == "香港大学"  # a university keeps the name it gives itself


@pytest.mark.parametrize("convert_to", SCRIPTS)
@pytest.mark.parametrize(("text", "name"), [
    ("今年苹果丰收，苹果很甜，价格便宜。", "苹果"),  # the fruit
    ("早上喝一碗小米粥，小米很有营养。", "小米"),  # the grain
    ("他们为民族中兴而奋斗。", "中兴"),  # a revival
    ("无线网络覆盖了整个校区。", "无线"),  # wireless
    ("中大型企业都参加了会议。", "中大"),  # medium-large
    ("由于海尔赛为第三舰队司令，编队更名。", "海尔"),  # a part of a transliterated name (Halsey)
    ("在片中与李心洁同台大飙演技的还有杨采妮。", "台大"),  # 同台 + 大飙
])
def test_a_common_word_is_no_body_without_a_cue(pipeline, convert_to, text, name):
    assert name not in org_mentions(pipeline, convert_to(text))


@pytest.mark.parametrize("convert_to", SCRIPTS)
@pytest.mark.parametrize(("text", "name"), [
    ("苹果昨天发布了新手机，股价随即上涨。", "苹果"),
    ("小米公布的财报显示营收增长。", "小米"),
    ("中兴的手机在海外销量不错。", "中兴"),
    ("他在中大读书，是中大的学生。", "中大"),
])
def test_a_common_word_with_a_cue_is_the_body(pipeline, convert_to, text, name):
    assert name in org_mentions(pipeline, convert_to(text))


@pytest.mark.parametrize("text", ["北大荒的粮食丰收。", "北大西洋的风暴很大。", "香港大学的学生很多。"])
def test_a_name_inside_a_longer_word_is_none(text):
    from zhkg.extract.known_organisations import known_organisations
    from zhkg.stages.segment import make_nlp, token_table

    spans = known_organisations(text, token_table(make_nlp()(text)), load_lexicon())
    assert "北大" not in {text[s:e] for s, e in spans} and "港大" not in {text[s:e] for s, e in spans}


def test_a_name_inside_a_longer_organisation_name_is_part_of_it(pipeline):
    orgs = org_mentions(pipeline, "他毕业于清华大学，后在北京大学任教。")
    assert {"清华大学", "北京大学"} <= set(orgs) and not {"清华", "北大"} & set(orgs)


def test_a_company_word_after_a_company_is_part_of_its_name(pipeline):
    text = "台积电公司宣布扩产，台积电的股价上涨。"
    doc = parse_documents("tsmc", text)[0]
    spans = {(m.start, m.end) for m in pipeline.extract_mentions(doc) if m.label.value == "ORGANIZATION"}
    assert spans == {(0, 5), (10, 13)}  # 台积电公司, 台积电
    graph = Pipeline(Config(co_mentions="off")).run_raw([RawDocument("tsmc", text)]).graph
    companies = [a for _, a in graph.nodes(data=True) if a["type"] == "ORGANIZATION"]
    assert len(companies) == 1 and set(companies[0]["aliases"].split("|")) == {"台积电", "台积电公司"}


@pytest.mark.parametrize("convert_to", SCRIPTS)
def test_the_model_s_person_or_place_yields_to_a_listed_body(pipeline, convert_to):
    text = convert_to("长荣航空宣布新航线，中华电信的用户增加。")
    assert _labels(pipeline, text, "长荣航空") == ["ORGANIZATION"]
    assert _labels(pipeline, text, "中华电信") == ["ORGANIZATION"]
    assert "中华" not in {m for m in org_mentions(pipeline, text)}


@pytest.mark.parametrize("convert_to", SCRIPTS)
def test_a_longer_name_holding_a_listed_one_is_the_longer_name(pipeline, convert_to):
    text = convert_to("周清华教授昨天在会上发言。")
    assert _labels(pipeline, text, "周清华") == ["PERSON"]
    assert "清华" not in org_mentions(pipeline, text)


def test_a_us_democratic_party_is_a_party_but_not_hong_kong_s(pipeline):
    orgs = org_mentions(pipeline, "美国民主党总统候选人在选举中获胜，民主党议员表示支持。")
    assert "民主党" in orgs and "香港" not in orgs["民主党"]


def test_a_body_across_documents_is_one_node_and_its_name_is_one_the_document_writes():
    docs = [RawDocument("a", "北约秘书长表示将加强东欧防务。"),
            RawDocument("b", "北约成员国外长在布鲁塞尔开会，北大西洋公约组织将扩大。"),
            RawDocument("c", "无线电视的节目很受欢迎。"), RawDocument("d", "TVB播出了新剧集。")]
    graph = Pipeline(Config(co_mentions="off")).run_raw(docs).graph
    nato = [n for n, a in graph.nodes(data=True) if a.get("label") == "北约"]
    assert len(nato) == 1
    assert {v for _, v, d in graph.out_edges(nato[0], data=True) if d["label"] == "MENTIONED_IN"} == {"doc:a", "doc:b"}
    # the table's two names of one broadcaster are one node across documents (corpus180), named as a document writes it
    tvb = [n for n, a in graph.nodes(data=True) if "TVB" in a.get("aliases", "").split("|")]
    assert len(tvb) == 1
    assert set(graph.nodes[tvb[0]]["aliases"].split("|")) == {"TVB", "无线电视"}
    assert graph.nodes[tvb[0]]["label"] in {"TVB", "无线电视"}
    assert {v for _, v, d in graph.out_edges(tvb[0], data=True) if d["label"] == "MENTIONED_IN"} == {"doc:c", "doc:d"}


def test_a_name_no_document_writes_is_never_a_node_s():
    # TVB alone stays TVB: the table's other name is not written into a graph whose documents never write it
    graph = Pipeline(Config(co_mentions="off")).run_raw([RawDocument("d", "TVB播出了新剧集。")]).graph
    labels = {a.get("label") for _, a in graph.nodes(data=True) if a.get("type") == "ORGANIZATION"}
    assert labels == {"TVB"}


def test_a_user_s_lexicon_adds_bodies(tmp_path):
    (tmp_path / "organisations_known.tsv").write_text("云岫科技\tcompany\tmainland\t\t\ta start-up\n", encoding="utf-8")
    # (not as the subject of a company's deed: 云岫科技发布了… is read from that frame without the lexicon, finre38)
    text = "用户昨天试用了云岫科技的新产品。"
    plain = Pipeline(Config(recogniser=False))
    extended = Pipeline(Config(recogniser=False, lexicon_dirs=(str(tmp_path),)))
    assert "云岫科技" not in org_mentions(plain, text)
    assert org_mentions(extended, text).get("云岫科技") == "云岫科技"


def test_a_malformed_user_row_is_a_clear_error(tmp_path):
    (tmp_path / "organisations_known.tsv").write_text("星辰科技\tcompanies\tmainland\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"organisations_known.tsv:1: bad kind 'companies'"):
        load_lexicon((str(tmp_path),))


def test_the_shipped_table_is_consistent():
    lexicon = load_lexicon()
    known = lexicon.known_organisations
    assert len(known) >= 300  # the table is shipped whole, not cut short by a bad row
    # every canonical name is a listed name, and no listed name is also a short form org_aliases.tsv expands
    assert {canonical for _, _, canonical, _ in known.values()} <= set(known)
    assert not set(known) & set(lexicon.org_aliases)


# Government bodies (session 10): whole names the grammar cut at 和/及 or at a department's head, and short
# names of one body only; each written in a sentence of the kind news uses, in each script.
@pytest.mark.parametrize("convert_to", SCRIPTS)
@pytest.mark.parametrize(("text", "name"), [
    ("应急管理部部长表示，将加强防汛。", "应急管理部"),
    ("国家林业和草原局发言人表示，将继续推进改革。", "国家林业和草原局"),
    ("据中央广播电视总台消息，晚会将在北京举行。", "中央广播电视总台"),
    ("记者从国家发展和改革委员会获悉，相关工作已经启动。", "国家发展和改革委员会"),
    ("卫生福利部今天公布疫情数据，原住民族委员会也发表声明。", "原住民族委员会"),
    ("卫生福利部今天公布疫情数据，原住民族委员会也发表声明。", "卫生福利部"),
    ("文化体育及旅游局发言人表示，活动将如期举行。", "文化体育及旅游局"),
    ("入境处发言人表示，律政司已收到相关文件。", "律政司"),
])
def test_government_bodies_are_read_whole(pipeline, convert_to, text, name):
    assert name in org_mentions(pipeline, convert_to(text))


@pytest.mark.parametrize("convert_to", SCRIPTS)
def test_a_government_body_s_short_and_full_names_are_one_entity(pipeline, convert_to):
    orgs = org_mentions(pipeline, convert_to("国家发改委今日发文。国家发展和改革委员会表示，将稳定物价。"))
    assert orgs["国家发改委"] == orgs["国家发展和改革委员会"]


@pytest.mark.parametrize(("text", "kept"), [
    ("北京市教育局发布通知。", "北京市教育局"),  # generic bodies stay the grammar's, with their place
    ("大疆创新公司发布新品。", "大疆创新公司"),  # a company's trade and company word after a listed name
])
def test_generic_bodies_and_company_names_keep_their_whole_span(pipeline, text, kept):
    assert kept in org_mentions(pipeline, text)


# Taiwan's press writes a government as 市府/縣府: after its place written in full, by its short form, or bare
# for the article's own city or county.
@pytest.mark.parametrize(("text", "written", "canonical"), [
    ("花蓮縣府今天宣布停班停課。", "花蓮縣府", "花莲县政府"),
    ("台北市府官員說明計畫。", "台北市府", "台北市政府"),
    ("桃園市議會通過預算，市府表示尊重。", "市府", "桃园市政府"),
    ("台北市政府和北市府是同一機關。", "北市府", "台北市政府"),
    ("高市府發言人表示將加強防疫。", "高市府", "高市府"),  # written alone, a short form stays itself
])
def test_taiwan_city_and_county_governments(pipeline, text, written, canonical):
    doc = parse_documents(f"k{next(_ids)}", text)[0]
    orgs = {m.text: m.canonical for m in pipeline.extract_mentions(doc) if m.label.value == "ORGANIZATION"}
    assert orgs.get(written) == canonical


@pytest.mark.parametrize("text", ["该城市府库充盈。", "首府乌鲁木齐的人口增加。"])
def test_fu_after_other_words_is_no_government(pipeline, text):
    assert not org_mentions(pipeline, text)
