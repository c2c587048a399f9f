"""Aliases within a document, round 35 (issue 15; zhkg.extract.short_forms):

- a body's contraction after the qualifier its name opens with (a place, the state, a parent body) is the body:
  贸发局 of 香港贸易发展局, 发改委 of 国家发展和改革委员会, 陆委会 of 行政院大陆委员会;
- a company's contraction, two letters of two words and a company word its name carries, is the company:
  浦发银行 of 上海浦东发展银行股份有限公司, 上汽集团 of 上海汽车集团股份有限公司;
- a contraction a reader finds inside a longer name (首规委|办公室, 浦发银行|董事会) is the body named in full;
- a person's surname and a title after the full name is the person, when no other person has the surname.
Two bodies sharing letters stay two. Every sentence is written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, node_names

from zhkg.extract.short_forms import (
    contracted_company_names,
    contractions_in_text,
    qualified_abbreviations,
    qualifier_length,
    titled_surnames,
)


@pytest.mark.parametrize("text, full, short", both_scripts([
    ("香港生產力促進局今日與多間大學簽約，生產力局將提供檢測服務。", "香港生产力促进局", "生产力局"),
    ("国家发展和改革委员会日前批复项目，发改委称项目总投资逾百亿元。", "国家发展和改革委员会", "发改委"),
    ("行政院農業委員會今天公布颱風農損，農委會估計損失逾三億元。", "行政院农业委员会", "农委会"),
    ("香港貿易發展局今日舉辦書展記者會，貿發局表示入場人次料創新高。", "香港贸易发展局", "贸发局"),
]))
def test_a_contraction_after_its_qualifier_is_the_body(pipeline, text, full, short):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert any(full in names and short in names for names in nodes), nodes


@pytest.mark.parametrize("text, full, short", both_scripts([
    ("上海浦东发展银行股份有限公司发布年报，浦发银行全年净利润小幅下降。", "上海浦东发展银行股份有限公司", "浦发银行"),
    ("上海汽车集团股份有限公司在车展上发布新车型，上汽集团总裁出席。", "上海汽车集团股份有限公司", "上汽集团"),
    # found inside a longer name by the readers of parts
    ("首都规划建设委员会印发文件，首规委办公室负责解读。", "首都规划建设委员会", "首规委"),
    ("上海浦东发展银行股份有限公司昨晚公告，浦发银行董事会同意增资。", "上海浦东发展银行股份有限公司", "浦发银行"),
]))
def test_a_contracted_name_is_the_body(pipeline, text, full, short):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert any(full in names and short in names for names in nodes), nodes


@pytest.mark.parametrize("text, first, second", both_scripts([
    ("中国人民银行周五宣布降息，中国银行随即下调贷款利率。", "中国人民银行", "中国银行"),
    ("香港旅遊發展局與香港貿易發展局合辦活動，貿發局負責場地。", "香港旅游发展局", "贸发局"),
    ("北京大学与北京工业大学签署协议，两校将互认学分。", "北京大学", "北京工业大学"),
]))
def test_bodies_sharing_letters_stay_apart(pipeline, text, first, second):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert not any(first in names and second in names for names in nodes), nodes


@pytest.mark.parametrize("text, full, titled", both_scripts([
    ("财政司司长陈茂波今日发表预算案。陈司长表示，政府将控制开支。", "陈茂波", "陈司长"),
    ("立法院長韓國瑜今天主持院會。韓院長說，議事應依程序進行。", "韩国瑜", "韩院长"),
    ("特首李家超今日出席論壇。李特首表示，政府將加快土地供應。", "李家超", "李特首"),
]))
def test_a_surname_and_title_is_the_person(pipeline, text, full, titled):
    # the recogniser reads the surname alone (陈|司长) or with the title (李特首): either is the person
    nodes = node_names(pipeline, text, "PERSON")
    assert len(nodes) == 1 and full in nodes[0] and nodes[0] & {titled, titled[0]}, nodes


def test_a_surname_two_people_share_names_neither(pipeline):
    nodes = node_names(pipeline, "陈茂波与陈国基今日一同出席活动。陈司长其后会见记者。", "PERSON")
    assert not any("陈司长" in names and len(names & {"陈茂波", "陈国基"}) for names in nodes), nodes


@pytest.mark.parametrize("name, expected", [
    ("香港贸易发展局", 2), ("国家发展和改革委员会", 2), ("行政院大陆委员会", 3), ("中华全国妇女联合会", 2),
    ("首都规划建设委员会", 0), ("人力资源和社会保障部", 0),
])
def test_qualifier_length(name, expected):
    assert qualifier_length(name) == expected


@pytest.mark.parametrize("name, head, text, expected", [
    ("行政院大陆委员会", "委员会", "陆委会副主委说", {"陆委会"}),
    ("国家发展和改革委员会", "委员会", "发改委表示", {"发改委"}),
    ("香港贸易发展局", "局", "发展局表示", set()),  # written in the name as it stands
    ("香港贸易发展局", "局", "旅发局表示", set()),  # a letter the name lacks
    ("首都规划建设委员会", "委员会", "首规委表示", set()),  # no qualifier: the first-letter rule's
])
def test_qualified_abbreviations(name, head, text, expected):
    assert qualified_abbreviations(name, head, text) == expected


@pytest.mark.parametrize("name, text, places, expected", [
    ("北京首都创业集团有限公司", "首创集团表示", {"北京"}, {"首创集团"}),
    ("中国人民银行", "中国银行表示", {"中国"}, set()),  # side by side in the name: another bank
    ("中国建设银行股份有限公司", "中国银行表示", {"中国"}, set()),
    ("上海浦东发展银行股份有限公司", "浦发集团表示", {"上海"}, set()),  # a company word the name lacks
])
def test_contracted_company_names(name, text, places, expected):
    assert contracted_company_names(name, text, places) == expected


def test_a_contraction_of_two_names_names_neither():
    names = ["香港贸易发展局", "台湾贸易发展局"]
    assert contractions_in_text(names, "贸发局表示", {"香港", "台湾"}, ("局",)) == {}
    assert contractions_in_text(names[:1], "贸发局表示", {"香港"}, ("局",)) == {"贸发局": "香港贸易发展局"}


def test_titled_surnames_read_after_the_full_name():
    roles = {"司": ("司长",)}
    assert titled_surnames(["陈茂波"], "陈茂波说。陈司长表示", {"陈"}, roles) == {"陈司长": "陈茂波"}
    assert titled_surnames(["陈茂波"], "陈司长表示。陈茂波说", {"陈"}, roles) == {}
    assert titled_surnames(["陈茂波", "陈司长"], "陈茂波说。陈司长表示", {"陈"}, roles) == {"陈司长": "陈茂波"}


@pytest.mark.parametrize("text", both_scripts(["上海地板协会会长今日表示，仿古地板会不会成为主流，仍要看市场。",
                                              "上海地板协会会长今日表示，仿古地板会在家庭中普及。"]))
def test_a_head_letter_asking_a_question_is_a_verb(pipeline, text):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert not any("地板会" in names for names in nodes), nodes


@pytest.mark.parametrize("text", both_scripts(["香港貿易發展局今日發表報告，但貿發局否認會調整展覽安排。"]))
def test_a_contraction_before_a_verb_is_the_body(pipeline, text):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert any({"香港贸易发展局", "贸发局"} <= names for names in nodes), nodes


@pytest.mark.parametrize("text, full, short", both_scripts([
    ("贵州茅台酒股份有限公司昨晚发布公告，贵州茅台称将上调出厂价。", "贵州茅台酒股份有限公司", "贵州茅台"),
]))
def test_a_listed_name_keeping_its_place_is_the_company(pipeline, text, full, short):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert any(full in names and short in names for names in nodes), nodes


def test_a_common_two_letter_stem_is_no_company_of_its_own():
    from zhkg.extract.company_aliases import join_legal_stems

    assert join_legal_stems(["新华", "新华国际有限公司"]) == {}
    assert join_legal_stems(["贵州茅台", "贵州茅台酒股份有限公司"], frozenset({"贵州"})) == {
        "贵州茅台": "贵州茅台酒股份有限公司"}


@pytest.mark.parametrize("text, full, short", both_scripts([
    ("中国石油化工集团有限公司，简称中国石化，是特大型石油石化企业。中国石化今年炼油量增长。",
     "中国石油化工集团有限公司", "中国石化"),
    ("長江和記實業有限公司，以下簡稱「長和」，今日公布中期業績。長和表示維持派息。", "长江和记实业有限公司", "长和"),
]))
def test_a_short_form_declared_after_a_comma_is_the_body(pipeline, text, full, short):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert any(full in names and short in names for names in nodes), nodes
