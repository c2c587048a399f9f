"""Known people read right on Taiwan and international news (issue 15, session 13): a relative's full name stays
whole, 说一口川普 is a dialect, and a role tells apart two people one form names."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.records import Label


def _people(pipeline, text: str) -> set[tuple[str, str]]:
    """(simplified text, canonical name) of every PERSON mention the whole extraction keeps."""
    result = pipeline.process_document(Document("d", text))
    return {(m.simplified, m.canonical) for m in result.mentions if m.label is Label.PERSON}


@pytest.mark.parametrize("text", both_scripts([
    "特朗普的女儿伊万卡·特朗普今天抵达东京，伊万卡·特朗普表示此行是为了女性创业论坛。",
    "白宫高级顾问伊万卡·特朗普周二出席活动，她说特朗普总统十分关注就业问题。",
]))
def test_a_relatives_full_name_stays_whole_and_the_known_form_stays_its_person(pipeline, text):
    people = _people(pipeline, text)
    assert ("伊万卡·特朗普", "伊万卡·特朗普") in people
    assert ("特朗普", "特朗普") in people
    assert not any(name.startswith("卡·") for name, _ in people)


@pytest.mark.parametrize("text", both_scripts([
    "埃迪·库里本场替补出战，库里得到12分和5个篮板。",
]))
def test_a_form_that_needs_a_cue_is_still_the_documents_full_name(pipeline, text):
    assert all(canonical == "埃迪·库里" for name, canonical in _people(pipeline, text) if "库里" in name)


@pytest.mark.parametrize("text, is_person", both_scripts([
    ("这位成都姑娘说一口川普，听起来格外亲切。", False),
    ("他在重庆长大，平时讲川普，也会讲粤语。", False),
    ("他一开口就是一口地道的川普。", False),
    ("外界关注川普的动向，白宫尚未回应。", True),
]))
def test_a_dialect_after_a_verb_of_speaking_is_no_person(pipeline, text, is_person):
    assert (("川普", "特朗普") in _people(pipeline, text)) is is_person


@pytest.mark.parametrize("text, canonical", both_scripts([
    ("美国国务卿克林顿今天抵达日本，开始亚洲之行。", "希拉里"),
    ("克林顿国务卿在记者会上表示，美方支持六方会谈。", "希拉里"),
    ("前总统克林顿当天在纽约出席慈善活动。", "克林顿"),
    ("美国防长盖茨周三抵达北京，开始为期四天的访问。", "罗伯特·盖茨"),
]))
def test_a_role_tells_apart_two_people_one_form_names(pipeline, text, canonical):
    people = _people(pipeline, text)
    assert any(c == canonical for _, c in people), people


@pytest.mark.parametrize("text, whole, canonical", both_scripts([
    ("曾任国务卿的希拉蕊‧柯林顿今天出席活动。", "希拉蕊‧柯林顿", "希拉里"),
    ("美国前总统欧巴马的夫人蜜雪儿‧欧巴马出版新书。", "蜜雪儿‧欧巴马", "蜜雪儿·欧巴马"),
    ("美国总统川普的女儿伊凡卡•川普今天抵达东京。", "伊凡卡•川普", "伊凡卡·川普"),
]))
def test_a_name_joined_by_taiwans_dot_is_read_whole(pipeline, text, whole, canonical):
    from zhkg.stages.normalise import to_simplified

    assert (to_simplified(whole), canonical) in _people(pipeline, text)


@pytest.mark.parametrize("text, is_person", both_scripts([
    ("英国首相强生今天宣布，伦敦将实施封城措施。", True),
    ("强生公司今天公布财报，营收增长5%。", False),
]))
def test_taiwans_name_of_boris_johnson_needs_a_cue(pipeline, text, is_person):
    assert any(c == "鲍里斯·约翰逊" for _, c in _people(pipeline, text)) is is_person


@pytest.mark.parametrize("text", both_scripts(["立委质询时指出，赴美留学人数逐年增加。"]))
def test_a_members_title_alone_is_no_body(pipeline, text):
    result = pipeline.process_document(Document("d", text))
    assert not [m for m in result.mentions if m.label is Label.ORGANIZATION]


@pytest.mark.parametrize("text", both_scripts([
    "热火主帅赛后表示，勒布朗-詹姆斯今天不接受采访。詹姆斯本赛季第四次缺席赛前采访。",
]))
def test_a_listed_full_name_joined_by_a_hyphen_is_the_same_node_as_its_short_form(pipeline, text):
    names = {c for s, c in _people(pipeline, text) if "詹姆斯" in s}
    assert names == {"詹姆斯"}


@pytest.mark.parametrize("text", both_scripts([
    "苹果电脑CEO斯蒂芬·乔布斯看到样片后，决定买下这个部门。乔布斯和卡特穆尔会谈后，把部门独立出来。",
]))
def test_a_writers_own_spelling_of_a_listed_persons_full_name_stays_one_node(pipeline, text):
    assert {c for s, c in _people(pipeline, text) if "乔布斯" in s} == {"斯蒂芬·乔布斯"}
