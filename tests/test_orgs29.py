"""Organisation boundaries (issue 15, session 26, orgs29): a long association's whole name (…联谊会, …基金会,
…商会), a body quoted after a place of Taiwan (台湾“中央银行”), a defined short name with 公司, a place and a word of praise (香港金牌编剧), in both scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.extract.model_bodies import _named_with_company_word, _place_and_praise
from zhkg.extract.model_spans import _quoted_after, _quoted_after_place
from zhkg.records import Label, Mention
from zhkg.stages.normalise import to_simplified


def _names(pipeline, text: str, label: Label = Label.ORGANIZATION) -> set[str]:
    """The Simplified names ``text``'s mentions of ``label`` write."""
    return {to_simplified(m.simplified) for m in pipeline.process_document(Document("d", text)).mentions
            if m.label is label}


# ---- associations read whole

@pytest.mark.parametrize("text, name, part", both_scripts([
    ("全国台湾同胞投资企业联谊会会长陈伟表示，将继续推动两岸交流。", "全国台湾同胞投资企业联谊会", "联谊会"),
    ("昆山台商联谊会今天举办中秋活动。", "昆山台商联谊会", "联谊会"),
    ("厦门市台商投资企业商会今天换届。", "厦门市台商投资企业商会", "商会"),
    ("东莞台商子弟学校家长联谊会表示，将协助学生返乡。", "东莞台商子弟学校家长联谊会", "联谊会"),
]))
def test_association_read_whole(pipeline, text, name, part):
    names = _names(pipeline, text)
    assert name in names
    assert part not in names


# (controls: names the recogniser read whole before and the grammar now reads too)
@pytest.mark.parametrize("text, name", both_scripts([
    ("宋庆龄基金会今天在北京举行捐赠仪式。", "宋庆龄基金会"),
    ("温州商会会长周德文说，中小企业融资难。", "温州商会"),
]))
def test_association_still_whole(pipeline, text, name):
    assert name in _names(pipeline, text)


# ---- a body quoted after its place

@pytest.mark.parametrize("text", both_scripts([
    "台湾“中央银行”总裁彭淮南今天表示，将维持利率不变。",
    "台湾“中央银行”今天宣布升息半码。",
    "据台湾“中央银行”统计，外汇存底增加。",
]))
def test_quoted_body_after_place(pipeline, text):
    names = _names(pipeline, text)
    assert "中央银行" in names
    assert not any("“" in n or "”" in n or "「" in n for n in names)
    assert "台湾" in _names(pipeline, text, Label.PLACE)


def _mention(text: str, start: int, end: int, label: Label = Label.ORGANIZATION, extractor: str = "crf",
             code: str = "", canonical: str = "") -> Mention:
    return Mention("d", start, end, text[start:end], text[start:end], label, extractor, code=code, canonical=canonical)


@pytest.mark.parametrize("text", both_scripts(["这是德国“促进健康饮食协会”日前在德国展开宣传运动时提出的观点。"]))
def test_quoted_name_after_another_place_stays_whole(pipeline, text):
    assert "促进健康饮食协会" not in _names(pipeline, text)


def test_quoted_after_place_trims_a_model_span():
    text = "台湾“中央银行”今天宣布升息。"
    m = _quoted_after_place(_mention(text, 0, 8), {(0, 2)})
    assert (m.start, m.end, m.simplified) == (3, 7, "中央银行")


@pytest.mark.parametrize("text, end, coded", [
    ("台湾“中央银行”今天宣布升息。", 8, set()),  # no coded place before the quote
    ("香港“韩流”DJ表示", 8, {(0, 2)}),  # the quote does not close the span
    ("台湾“中央银行”和“经济部”表示", 14, {(0, 2)}),  # two quotes: no one body
])
def test_quoted_after_place_keeps_other_spans(text, end, coded):
    m = _mention(text, 0, end)
    assert _quoted_after_place(m, coded) == m


def test_quoted_after_needs_place_and_both_marks():
    text = "台湾“中央银行”表示，“中央银行”也表示"
    assert _quoted_after(_mention(text, 3, 7), text, {2})
    assert not _quoted_after(_mention(text, 11, 15), text, {2})
    assert not _quoted_after(_mention("台湾“中央银行表示", 3, 7), "台湾“中央银行表示", {2})


# ---- a place and a word of praise is no body

@pytest.mark.parametrize("text", both_scripts(["香港金牌编剧岸西自编自导，张学友、汤唯联袂主演。"]))
def test_place_and_praise_is_no_body(pipeline, text):
    assert not any(n.startswith("香港") for n in _names(pipeline, text))
    assert "香港" in _names(pipeline, text, Label.PLACE)


def test_place_and_praise_needs_the_place():
    text = "香港金牌编剧"
    assert _place_and_praise(_mention(text, 0, 4), {(0, 2)})
    assert not _place_and_praise(_mention(text, 0, 4), set())
    assert not _place_and_praise(_mention("香港金融管理局", 0, 7), {(0, 2)})


# ---- well-known companies named with 中国

@pytest.mark.parametrize("text, name", both_scripts([
    ("10月16日，易居中国与新浪合资公司中国房产信息集团在美国纳斯达克成功上市。", "易居中国"),
    ("中国商飞正在研制的国产大型客机选择了这款发动机。", "中国商飞"),
]))
def test_company_named_with_china(pipeline, text, name):
    assert name in _names(pipeline, text)


# ---- a named body's short form with 公司

def test_short_form_with_company_word_is_the_body(pipeline):
    text = "北京远洋中广建筑装饰工程有限公司(以下简称远洋中广装饰)与北新建材签约。远洋中广装饰公司强大的设计力量值得信赖。"
    ms = [m for m in pipeline.process_document(Document("d", text)).mentions if m.label is Label.ORGANIZATION]
    canonical = {m.simplified: m.canonical for m in ms}
    assert canonical["远洋中广装饰公司"] == canonical["远洋中广装饰"] == "北京远洋中广建筑装饰工程有限公司"


def test_company_word_joins_only_a_named_body():
    text = "华光科技有限公司公告。华光公司表示"
    full = _mention(text, 0, 8)
    short = _mention(text, 11, 15)
    out = _named_with_company_word([full, short])
    assert out[1] == short  # 华光 is named nowhere alone


def test_company_word_after_a_name_not_defined_is_left_to_resolution():
    text = "宝马公司表示，宝马将在华建厂。"
    short = _mention(text, 0, 4)
    body = _mention(text, 7, 9, canonical="宝马")
    assert _named_with_company_word([short, body])[0] == short
