"""Names news sites mark by their own furniture (issue 15, session 13): Sina's link after a star's name, an outlet
in a dateline with a link, a source in 《》 and a closing credit in brackets."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.records import Label


def _names(pipeline, text: str, label: Label) -> set[str]:
    result = pipeline.process_document(Document("d", text))
    return {m.simplified for m in result.mentions if m.label is label}


@pytest.mark.parametrize("text, name", both_scripts([
    ("新片发布会上，导演和古天乐(微博)一起接受采访，古天乐透露自己为角色晒黑了。", "古天乐"),
    ("首映礼后，桂纶镁(微博)与主创合影留念。", "桂纶镁"),
]))
def test_a_name_before_sinas_link_is_a_person(pipeline, text, name):
    assert name in _names(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text", both_scripts([
    "近年来，到美国留学(微博)的中学生越来越多。",
    "这家公司的官方(微博)昨日发布声明。",
]))
def test_a_keyword_before_the_link_is_no_person(pipeline, text):
    assert not _names(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text, outlets", both_scripts([
    ("中新网(微博)9月22日电 据外媒报道，一只猕猴在镜头前不停摆姿势。", {"中新网"}),
    ("据瑞典《每日新闻》26日报道，瑞典的中国基金近日再度受到投资者追捧。", {"每日新闻"}),
    ("据中国之声(微博)《全球华语广播网》报道，各国的国庆节各有特色。", {"中国之声", "全球华语广播网"}),
    ("报告显示，公立大学的平均学费为6397美元。(新快报 何宁整理)", {"新快报"}),
]))
def test_outlets_in_datelines_sources_and_credits(pipeline, text, outlets):
    assert outlets <= _names(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text", both_scripts([
    "据《政府工作报告》称，今年的经济增长目标为8%。",
]))
def test_a_document_quoted_as_a_source_is_no_outlet(pipeline, text):
    assert "政府工作报告" not in _names(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text", both_scripts([
    "到美国留学(微博)的人越来越多，三位留美(微博)学生讲述经历。",
]))
def test_a_verb_before_the_link_opens_no_name(pipeline, text):
    assert not _names(pipeline, text, Label.PERSON)
