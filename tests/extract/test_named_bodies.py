"""Bodies named by their kind: parties, legislatures, ministries, world bodies, named armies and schools
(issue 15, round 6), and the checks on model spans that came with them.

Sentences written for these tests in the style of Chinese Wikipedia and Taiwan and Hong Kong news; the
pipeline rows run each in Simplified and converted to Traditional characters (one for one), spans as written.
"""

import pytest
from helpers import both_scripts

from zhkg.extract.latin_organisations import latin_organisations
from zhkg.extract.named_bodies import named_bodies
from zhkg.stages.normalise import to_traditional
from zhkg.stages.segment import make_nlp, token_table


def _spans(text):
    return [text[s:e] for s, e in named_bodies(text, [], token_table(make_nlp()(text)))]


@pytest.mark.parametrize("text, expected", [
    # parties: stems before 党, one word or a chain of words
    ("国民党称获得众议员三百余人，共和党号称二百五十余人，统一党说得到一百余席。", ["国民党", "共和党", "统一党"]),
    ("他加入了自由统一党，后来又加入生态自由党。", ["自由统一党", "生态自由党"]),
    ("国民党和共产党已在密切交往，民进党不能缺席。", ["国民党", "共产党", "民进党"]),
    # a legislature, a ministry (also before 长) and a world body, standing as words
    ("行政院将法案送交立法院审议。", ["行政院", "立法院"]),
    ("时任外交部发言人表示，外交部长将与北约和联合国官员会谈。", ["外交部", "外交部", "北约", "联合国"]),
    # armies named by a word of their own or by the states allied in them
    ("八路军与新四军会合；1860年英法联军攻入北京。", ["八路军", "新四军", "英法联军"]),
    ("他曾在北洋政府任职。", ["北洋政府"]),
    # schools: a name before 中学, 学校 …, with kinds of school between
    ("学校借用德爱中学校舍上课。", ["德爱中学"]),
    ("1918年获得比萨高等师范学校的奖学金。", ["比萨高等师范学校"]),
    ("他先后就读于高琦初级中学和华夏工业专科学校。", ["高琦初级中学", "华夏工业专科学校"]),
])
def test_named_bodies(text, expected):
    assert _spans(text) == expected  # the extractors read normalised (Simplified) text


@pytest.mark.parametrize("text", [
    "执政党和反对党都反对，该党与在野党也不同意。",  # kinds of party, no party
    "他是国民党员，也是共产党员。",  # members
    "全德工人联合会是德国第一个工党。",  # a kind of party
    "这所中学很好，一所小学和重点中学都在附近。",  # kinds of school
    "他在学校里当中学老师，教小学生。",
    "他在外交部门工作。",  # a ministry's field as a common noun
])
def test_what_names_no_body(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text, present, absent", both_scripts(convert_names=True, rows=[
    ("吕秀莲表示，国民党和共产党已在密切交往，民进党应该以开放的胸襟去了解大陆。",
     [("国民党", "ORGANIZATION"), ("共产党", "ORGANIZATION"), ("民进党", "ORGANIZATION")], []),
    ("自由党分裂后，他加入了大部分党员来自伯明翰的自由统一党。",
     [("自由党", "ORGANIZATION"), ("自由统一党", "ORGANIZATION")], []),
    ("蒲保明先后就读于成都教会学校高琦初级中学。", [("高琦初级中学", "ORGANIZATION")], [("高琦", "PERSON")]),
    ("他从政界一度引退，后加入中国青年党。", [("中国青年党", "ORGANIZATION")], []),
    # the model's longer name wins over the army's own word (解放军|总医院 is a hospital)
    ("解放军总医院实施冠状动脉病变手术。", [("解放军总医院", "ORGANIZATION")], [("解放军", "ORGANIZATION")]),
    # a model span that opens a quote and does not close it is no name (香港“韩流”DJ)
    ("独立短片由香港“韩流”DJ刘伟首度执导。", [], [("香港“韩流", "ORGANIZATION"), ("香港「韓流", "ORGANIZATION")]),
]))
def test_named_bodies_in_the_pipeline(finds, text, present, absent):
    finds(text, present, absent)


def test_a_latin_credit_names_an_agency():
    text = "他也认真学习专业工作。TUNGSTAR/文并图"
    assert [text[s:e] for s, e in latin_organisations(text)] == ["TUNGSTAR"]


def test_a_model_place_takes_the_code_its_name_has_elsewhere(pipeline):
    # 大陆 the model reads and 大陆 the gazetteer codes in 大陆政策 (the mainland, not a continent) are one place
    from zhkg.stages.documents import parse_documents

    text = "民进党人到大陆访问。马英九的大陆政策。"
    places = [m for m in pipeline.extract_mentions(parse_documents("d", text)[0]) if m.simplified == "大陆"]
    assert len(places) >= 2 and {m.code for m in places} == {"CN"}


@pytest.mark.parametrize("text", [
    "张学友饰演的阿来，与汤唯饰演的爱莲相亲。电影中的阿来和爱莲，是这样交往的：第二次也许会是好的开始。阿来看见爱莲也看悬疑小说。",
])
@pytest.mark.parametrize("convert", [str, to_traditional])
def test_a_one_character_model_place_yields_to_the_person_it_opens(pipeline, text, convert):
    from zhkg.stages.documents import parse_documents

    mentions = pipeline.extract_mentions(parse_documents("d", convert(text))[0])
    assert not [m for m in mentions if m.label.value == "PLACE" and m.simplified == "阿"]
    assert sum(m.simplified == "阿来" and m.label.value == "PERSON" for m in mentions) == 3


@pytest.mark.parametrize("convert", [str, to_traditional])
def test_a_special_administrative_region_is_its_region(pipeline, convert):
    from zhkg.stages.documents import parse_documents

    text = "崔世安决定参加澳门特区第三任行政长官选举，他表示会全力解决澳门的贪污问题。"
    places = [m for m in pipeline.extract_mentions(parse_documents("d", convert(text))[0])
              if m.label.value == "PLACE" and m.simplified.startswith("澳门")]
    assert {m.simplified for m in places} == {"澳门特区", "澳门"} and {m.code for m in places} == {"MO"}


@pytest.mark.parametrize("convert", [str, to_traditional])
def test_a_team_and_its_bare_name_are_one_body(pipeline, convert):
    from zhkg.stages.documents import parse_documents
    from zhkg.stages.entity_groups import entity_id

    text = "凯尔特人主教练道格-里弗斯表示，凯尔特人队将在主场迎战湖人。凯尔特人目前战绩领先。"
    teams = [m for m in pipeline.extract_mentions(parse_documents("d", convert(text))[0])
             if m.label.value == "ORGANIZATION" and m.simplified.startswith("凯尔特人")]
    assert {m.simplified for m in teams} == {"凯尔特人", "凯尔特人队"}
    assert len({entity_id(m) for m in teams}) == 1


@pytest.mark.parametrize("convert", [str, to_traditional])
def test_a_verb_before_a_team_is_no_part_of_it(pipeline, convert):
    from zhkg.stages.documents import parse_documents

    text = ("美国媒体传出消息，凯尔特人中锋奥尼尔受伤。日前凯尔特人的医疗组已经给他检查。"
            "奥尼尔本赛季加盟凯尔特人后，只代表新东家出场。")
    names = {m.simplified for m in pipeline.extract_mentions(parse_documents("d", convert(text))[0])
             if m.label.value == "ORGANIZATION"}
    assert "加盟凯尔特人" not in names and "凯尔特人" in names
