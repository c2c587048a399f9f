"""Names before an adverb of "all" and a copula, names after a title's bracketed portfolio, names that open with a
verb, and titles the lexicon gained (session 53, roles246), each in Simplified and Traditional (``both_scripts``).

均, 皆 and 亦 may end a given name, but before 为, 是, 系, 在, 已, 有 or 将 they open the predicate of the names
listed (甲和李政|均为…): the name ends before them, whoever found it, and a title's holder is not grown over them.
No body runs over a title, its portfolio in brackets and the holder's name (副校长（策略规划）X与…会); the name after
the portfolio holds the title. A surname that opens a verb (公布, 初选) after a title writes no name. A bench coach,
a department's head, a plane's captain and other titles are in ``roles.tsv``.

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts, entity_names
from helpers import role_edges as roles


def _people(pipeline, text: str) -> set[str]:
    return {name for kind, name in entity_names(pipeline, text) if kind == "PERSON"}


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("市委副书记张明和市委秘书长李政均为本地升任。",
         [("张明", "市委", "副书记"), ("李政", "市委", "秘书长")]),
        ("华强集团总经理王小明和财务总监赵志均是本地人。",
         [("王小明", "华强集团", "总经理"), ("赵志", "华强集团", "财务总监")]),
    ]),
)
def test_a_titled_name_ends_before_an_adverb_of_all_and_a_copula(pipeline, text, expected):
    found = roles(pipeline, text)
    for person, _, title in expected:
        assert any(p == person and t == title for p, _, t in found), found
    assert not any(p.endswith(("均", "皆")) for p, _, _ in found)


@pytest.mark.parametrize(
    "text, person, cut",
    both_scripts([
        ("张明和王华均为本省人。", "王华", "王华均"),
        ("两人中李建均在北京工作。", "李建", "李建均"),
    ]),
)
def test_a_listed_name_ends_before_an_adverb_of_all(pipeline, text, person, cut):
    people = _people(pipeline, text)
    assert person in people and cut not in people


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # 均 ends the name where no copula follows it
        ("总经理王志均表示，公司将扩大生产。", "王志均"),
        ("总经理王小明表示，公司将扩大生产。", "王小明"),
    ]),
)
def test_a_name_ending_in_jun_stays_whole_without_a_copula(pipeline, text, person):
    assert person in _people(pipeline, text)


@pytest.mark.parametrize(
    "text, person, title",
    both_scripts([
        ("富邦队首席教练陈大文表示，球队状态不错。", "陈大文", "首席教练"),
        ("中山大学中文系系主任王明介绍了课程。", "王明", "主任"),  # the unit letter repeats the unit (test_roles35)
        ("东方航空机长李强表示，航班一切正常。", "李强", "机长"),
    ]),
)
def test_titles_the_lexicon_gained(pipeline, text, person, title):
    assert any(p == person and t == title for p, _, t in roles(pipeline, text)), roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person, title, body",
    both_scripts([
        ("协议由香港都会大学副校长（策略规划）陈志明与商会会长签署。", "陈志明", "副校长", "香港都会大学"),
        ("香港大学副校长（学术）王明表示，课程将调整。", "王明", "副校长", "香港大学"),
    ]),
)
def test_a_name_after_a_titles_bracketed_portfolio_holds_the_title(pipeline, text, person, title, body):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "协议由都大副校长（策略规划）陈志明与厂商会常务副会长签署。",
    ]),
)
def test_no_body_runs_over_a_titles_portfolio_into_a_name(pipeline, text):
    names = {name for _, name in entity_names(pipeline, text)}
    assert not any("策略规划" in name for name in names), names
    assert "陈志明" in _people(pipeline, text)


@pytest.mark.parametrize(
    "text, person, title, body",
    both_scripts([
        # a bracket inside a body's name is no portfolio: no title stands before it
        ("中国香港（深圳）研究院院长王明表示，研究将继续。", "王明", "院长", "中国香港（深圳）研究院"),
    ]),
)
def test_a_body_with_a_bracketed_place_keeps_its_name(pipeline, text, person, title, body):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, not_a_name",
    both_scripts([
        ("在委任地铁公司主席公布中，局长陈大文致谢。", "公布中"),
        ("民进党市议员初选领表登记今天截止。", "初选领"),
    ]),
)
def test_a_surname_opening_a_verb_after_a_title_writes_no_name(pipeline, text, not_a_name):
    assert not_a_name not in _people(pipeline, text)
