"""Round roles257 (issue 11): posts across sentences, each passage in Simplified and Traditional (``both_scripts``).

**A sentence of a career whose subject is left out** (:func:`zhkg.relate.roles_zero_subjects.zero_subjects`):
X为某大学硕士。曾任A公司秘书… — the one person of the sentence before is its subject, as for 他; nothing when that
sentence names two people, or the sentence has a subject of its own.

**The body's officers between a body and a bare title** (:func:`zhkg.relate.roles_subjects._colleagues_between`):
华强集团宣布，现任总经理X退休，由副总经理Y接任 — a person between whose own bare title is fused to no other body is
one of the sentence's officers, so the bare title after them is still the body's; not past an officer of another body.

**A relative clause between a title and the name** (:func:`zhkg.relate.roles_apart_asides._relative_clause_start`):
华强集团总经理、在集团服务30年的王明 — the clause describes the person; not one about someone else (、与其同行的X), one
naming the one succeeded (出任A局局长，接替已退休的X), a list of posts (、董事长的X) or a name inside (、王明的妻子李华).

The passages are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, role_posts


@pytest.mark.parametrize("text, expected", both_scripts([
    # 曾任 opening the sentence: past posts of the one person named before
    ("公司表示，张伟为华强大学硕士。曾任东方银行秘书、华强协会会长。",
     [("张伟", "东方银行", "秘书", True), ("张伟", "华强协会", "会长", True)]),
    ("张伟是华强集团董事。历任东方银行行长、华强协会会长。", [("张伟", "东方银行", "行长", True)]),
    # a date, then a verb of taking a post
    ("张伟是华强集团董事。2025年10月起，获委任为东方银行行长。", [("张伟", "东方银行", "行长", False)]),
    # a word of sequence, then the verb; bare posts after the body the clause moved to
    ("林大明早年于东海县政府服务。其后转任华强集团副总经理。", [("林大明", "华强集团", "副总经理", False)]),
    ("林大明早年于嘉义县政府服务。其后转任新北市政府，历任工务局副局长及参事。",
     [("林大明", "新北市政府", "参事", True), ("林大明", "工务局", "副局长", True)]),
]))
def test_a_career_sentence_takes_the_person_before(pipeline, text, expected):
    found = role_posts(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, person", both_scripts([
    # two people in the sentence before: no subject
    ("王明会见了李四。曾任东方银行行长。", "李四"),
    ("王明会见了李四。曾任东方银行行长。", "王明"),
    # a subject of its own after the date
    ("张伟是华强集团董事。2025年10月起，李华获委任为东方银行行长。", "张伟"),
    # a quotation's sentence
    ("张伟是华强集团董事。“曾任东方银行行长的人不多。”", "张伟"),
    # a speaker before: a news story's, no biography's subject
    ("张伟表示将继续推进改革。曾任东方银行行长。", "张伟"),
    ("张伟说将继续推进改革。2021年出任东方银行行长。", "张伟"),
]))
def test_no_left_out_subject_where_the_text_says_otherwise(pipeline, text, person):
    found = role_posts(pipeline, text)
    assert not any(p == person and body == "东方银行" for p, body, _, _ in found), found


@pytest.mark.parametrize("text, expected", both_scripts([
    ("华强集团宣布，现任总经理白大荣申请退休，由业务长暨资深协理李明辉接任。", ("李明辉", "华强集团", "业务长", False)),
    ("华强集团宣布，总经理白大荣退休，执行董事由李明辉接任。", ("李明辉", "华强集团", "执行董事", False)),
    ("华强集团昨日宣布，董事长王明续任，总经理由李华接任。", ("李华", "华强集团", "总经理", False)),
]))
def test_a_bare_title_past_the_bodys_officers_named_bare(pipeline, text, expected):
    found = role_posts(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize("text", both_scripts([
    # the person between is another body's officer: the bare title may be that body's
    "华强集团宣布，东方银行总经理白大荣将加盟，由副总经理李明辉接待。",
    "华强集团宣布，东方银行总经理白大荣将加盟，副总经理李明辉表示欢迎。",
    # a title a place's government holds, which any party's member may bear
    "国民党今天征召立委白大荣参选东海市长，立委李明辉表示支持。",
]))
def test_no_bare_title_past_another_bodys_officer(pipeline, text):
    found = role_posts(pipeline, text)
    assert not any(p == "李明辉" for p, _, _, _ in found), found


@pytest.mark.parametrize("text, expected", both_scripts([
    ("华强集团总经理、在集团服务30年的王明表示反对。", ("王明", "华强集团", "总经理", False)),
    ("华强集团总经理、曾在美国留学的王明表示反对。", ("王明", "华强集团", "总经理", False)),
    ("东方银行行长，在任已经八年的李华昨天宣布退休。", ("李华", "东方银行", "行长", False)),
]))
def test_a_relative_clause_between_the_title_and_the_name(pipeline, text, expected):
    found = role_posts(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    ("记者昨天会见了华强集团总经理、与其同行的王明。", "王明"),
    ("张大同出任华强集团总经理，接替已经退休的王明。", "王明"),
    ("华强集团总经理、王明的妻子李华表示反对。", "李华"),
]))
def test_no_post_across_a_clause_about_someone_else(pipeline, text, person):
    found = role_posts(pipeline, text)
    assert not any(p == person and body == "华强集团" for p, body, _, _ in found), found
