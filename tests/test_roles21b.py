"""Posts read in session 21 (roles21b), each in Simplified and Traditional (``both_scripts``): a title keeps the word
that makes another post of it (执行总编 is no 总编, 名誉教授 no 教授, 常务董事 no 董事, 代理总经理 no 总经理) however the
readers reached it; a post a person will take (将出任, 即将接任, 拟担任, 有望出任) is no post held, as 拟任 was not.

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, expected, absent",
    both_scripts([
        # after a verb of appointment, the qualifier between the body and the title
        ("王建国被聘为《财经》杂志执行总编。", ("王建国", "财经", "执行总编"), ("王建国", "财经", "总编")),
        ("《财经》杂志执行总编王建国出席会议。", ("王建国", "财经", "执行总编"), ("王建国", "财经", "总编")),
        ("王建国被聘为北京大学名誉教授。", ("王建国", "北京大学", "名誉教授"), ("王建国", "北京大学", "教授")),
        ("王建国被聘为北京大学荣誉教授。", ("王建国", "北京大学", "荣誉教授"), ("王建国", "北京大学", "教授")),
        ("王建国出任华强集团常务董事。", ("王建国", "华强集团", "常务董事"), ("王建国", "华强集团", "董事")),
        ("王建国担任华强集团荣誉董事长。", ("王建国", "华强集团", "荣誉董事长"), ("王建国", "华强集团", "董事长")),
        ("王建国出任华强集团代理总经理。", ("王建国", "华强集团", "代理总经理"), ("王建国", "华强集团", "总经理")),
        ("王建国当选为中央委员会候补委员。", ("王建国", "中央委员会", "候补委员"), ("王建国", "中央委员会", "委员")),
        ("王建国受聘为北京大学特邀研究员。", ("王建国", "北京大学", "特邀研究员"), ("王建国", "北京大学", "研究员")),
        # a deputy's 副 after the qualifier stays with it
        ("王建国担任北京大学常务副校长。", ("王建国", "北京大学", "常务副校长"), ("王建国", "北京大学", "副校长")),
        # in a list of posts after a career verb
        ("匡献平先生先后被聘为新华社深圳新闻中心《名牌食品》杂志执行总编、广东新闻发展公司总经理助理。",
         ("匡献平", "新华社深圳新闻中心《名牌食品》杂志", "执行总编"),
         ("匡献平", "新华社深圳新闻中心《名牌食品》杂志", "总编")),
        # before the name
        ("北京大学荣誉教授王建国出席会议。", ("王建国", "北京大学", "荣誉教授"), ("王建国", "北京大学", "教授")),
        # titles that open with such letters are kept whole, never doubled
        ("王建国任华强集团首席执行官。", ("王建国", "华强集团", "首席执行官"), ("王建国", "华强集团", "执行官")),
        ("王建国任华强集团执行董事。", ("王建国", "华强集团", "执行董事"), ("王建国", "华强集团", "董事")),
        ("王建国现任华强集团执行总裁。", ("王建国", "华强集团", "执行总裁"), ("王建国", "华强集团", "总裁")),
        ("王建国担任北京大学名誉校长。", ("王建国", "北京大学", "名誉校长"), ("王建国", "北京大学", "名誉名誉校长")),
        # no qualifier: the title as written
        ("王建国当选为华强集团副董事长。", ("王建国", "华强集团", "副董事长"), ("王建国", "华强集团", "董事长")),
        ("王建国出任华强集团总经理。", ("王建国", "华强集团", "总经理"), ("王建国", "华强集团", "代理总经理")),
    ]),
)
def test_qualified_titles(pipeline, text, expected, absent):
    found = roles(pipeline, text)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        ("王建国将出任华强集团总裁。", ("王建国", "华强集团", "总裁")),
        ("王建国将担任华强集团总裁。", ("王建国", "华强集团", "总裁")),
        ("王建国将接任华强集团总裁。", ("王建国", "华强集团", "总裁")),
        ("王建国即将出任华强集团总裁。", ("王建国", "华强集团", "总裁")),
        ("王建国即将接任华强集团董事长。", ("王建国", "华强集团", "董事长")),
        ("王建国拟出任华强集团总裁。", ("王建国", "华强集团", "总裁")),
        ("王建国拟担任华强集团董事长。", ("王建国", "华强集团", "董事长")),
        ("王建国有望出任华强集团董事长。", ("王建国", "华强集团", "董事长")),
        ("王建国预计将出任华强集团总裁。", ("王建国", "华强集团", "总裁")),
        ("王建国将被任命为华强集团总裁。", ("王建国", "华强集团", "总裁")),
        ("华强集团宣布，王建国将出任公司总裁。", ("王建国", "华强集团", "总裁")),
        ("即将出任华强集团总裁的王建国表示，公司将扩大投资。", ("王建国", "华强集团", "总裁")),
        ("拟出任华强集团总裁的王建国表示同意。", ("王建国", "华强集团", "总裁")),
        ("石原慎太郎创建的太阳党并入日本维新会，石原将出任新的维新会的党魁。", ("石原慎太郎", "日本维新会", "党魁")),
    ]),
)
def test_plans_are_no_posts(pipeline, text, absent):
    assert absent not in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # posts taken or held, the same verbs without a word of the future
        ("王建国出任华强集团总裁。", ("王建国", "华强集团", "总裁")),
        ("王建国已出任华强集团总裁。", ("王建国", "华强集团", "总裁")),
        ("王建国接任华强集团总裁。", ("王建国", "华强集团", "总裁")),
        ("王建国后来出任华强集团总裁。", ("王建国", "华强集团", "总裁")),
        ("担任华强集团总裁的王建国表示，公司将扩大投资。", ("王建国", "华强集团", "总裁")),
        # about to leave: held still
        ("即将卸任华强集团总裁的王建国表示，公司将扩大投资。", ("王建国", "华强集团", "总裁")),
        # a place's acting head keeps the word of acting, as a company's does (session 22: was 市长 since session 13)
        ("台北市代理市长林钦荣今天主持市政会议。", ("林钦荣", "台北市", "代理市长")),
    ]),
)
def test_posts_held_now(pipeline, text, expected):
    assert expected in roles(pipeline, text)


def test_about_to_leave_is_not_former(pipeline):
    found = [r for r in pipeline.run_texts([("t", "即将卸任华强集团总裁的王建国表示，公司将扩大投资。")]).extraction.relations
             if r.kind.value == "HOLDS_ROLE"]
    assert len(found) == 1 and not found[0].former


def test_leaving_in_the_future_is_still_former(pipeline):
    found = [r for r in pipeline.run_texts([("t", "因工作调动，张伟将不再担任华强集团董事长职务。")]).extraction.relations
             if r.kind.value == "HOLDS_ROLE"]
    assert len(found) == 1 and found[0].former


def test_traditional_role_keeps_its_script(pipeline):
    found = [r for r in pipeline.run_texts([("t", "王建國出任華強集團常務董事。")]).extraction.relations
             if r.kind.value == "HOLDS_ROLE"]
    assert [(r.role, r.role_simplified) for r in found] == [("常務董事", "常务董事")]
