"""Generic phrases and cut words are no bodies (:mod:`zhkg.extract.junk`, issues 15 and 11): a count or an
unnamed one in a name (一家, 多家, 某, 各大, N所), 全国 before one common noun (seated nowhere), a name running into the word it
cuts (报|价), a word of comparison or a money unit glued before a name, a discipline after a university, and a
country's name with 国. Simplified and Traditional; the passages are written for these tests."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.records import Document, Label, RelationKind
from zhkg.stages.normalise import to_traditional


def found(pipeline, text: str) -> set[tuple[str, str]]:
    """(name as Simplified, label) of every mention read from ``text``."""
    result = pipeline.process_documents([Document("junk13", text, kind="text")])[0]
    return {(m.simplified, m.label.value) for m in result.mentions}


def orgs(pipeline, text: str) -> set[str]:
    return {name for name, label in found(pipeline, text) if label == Label.ORGANIZATION.value}


@pytest.mark.parametrize("text, junk", both_scripts([
    ("昨日，深圳一家基金公司相关人士告诉记者，市场仍在观望。", "深圳一家基金公司"),
    ("据统计，深圳多家基金公司高层近期调整了仓位。", "深圳多家基金公司"),
    ("上海某基金公司市场部总监表示，今年发行难度加大。", "上海某基金公司"),
    ("记者走访了北京几家基金公司，了解到调研力度正在加强。", "北京几家基金公司"),
    ("在这份排名中，波士顿四所学校并列第五。", "波士顿四所学校"),
]))
def test_generic_phrase_is_no_body(pipeline, text, junk):
    assert junk not in orgs(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    ("全国人大常委会副委员长出席了会议。", "全国人大"),
    ("全国工商联副主席在论坛上发表演讲。", "全国工商联"),
]))
def test_national_bodies_stay(pipeline, text, name):
    assert any(o.startswith(name) for o in orgs(pipeline, text))


@pytest.mark.parametrize("text, cut, whole", both_scripts([
    ("信诚基金很快找到继任者，像鹏华基金总经理由原南方基金副总经理担任。", "像鹏华基金", "鹏华基金"),
    ("巴塞罗那自治大学社会学教授安东尼奥认为，移民政策需要调整。", "巴塞罗那自治大学社会学", "巴塞罗那自治大学"),
]))
def test_glued_words_are_cut_off(pipeline, text, cut, whole):
    names = orgs(pipeline, text)
    assert cut not in names
    assert whole in names


@pytest.mark.parametrize("text", both_scripts([
    "松下ZS3成都报2850编辑点评：这款相机性价比很高。",
]))
def test_name_running_into_a_price_is_none(pipeline, text):
    assert "成都报" not in orgs(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "两国将依托边境口岸，与俄罗斯、蒙古国广泛开展文化交流。",
]))
def test_country_with_guo_is_a_place(pipeline, text):
    got = found(pipeline, text)
    assert ("蒙古国", Label.ORGANIZATION.value) not in got


def test_real_names_after_a_comparison_word_stay(pipeline):
    # 像素 is a word: a body named after it keeps its name; a count in a newspaper's issue is no count word
    for text in ("像素科技公司今天发布了新品。", to_traditional("像素科技公司今天发布了新品。")):
        assert not any(o.startswith("素") for o in orgs(pipeline, text))


@pytest.mark.parametrize("text, body", both_scripts([
    ("据统计，受金融危机影响，全国法院受理劳动争议案件大幅增加。", "全国法院"),
    ("今年以来，全国银行间债券市场成交活跃。", "全国银行"),
]))
def test_nationwide_bodies_are_seated_nowhere(pipeline, text, body):
    result = pipeline.process_documents([Document("junk13", text, kind="text")])[0]
    ids = {m.simplified: m for m in result.mentions}
    from zhkg.stages.entity_groups import entity_id

    seated = {entity_id(m) for m in result.mentions if m.simplified == body}
    assert body in ids or not seated
    assert not any(r.kind is RelationKind.LOCATED_IN and r.source in seated for r in result.relations)


@pytest.mark.parametrize("text", both_scripts([
    "全国人大常委会副委员长出席了会议。",
]))
def test_national_body_keeps_its_seat(pipeline, text):
    result = pipeline.process_documents([Document("junk13", text, kind="text")])[0]
    assert any(r.kind is RelationKind.LOCATED_IN for r in result.relations)
