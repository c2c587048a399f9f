"""Forms of posts read in session 18 (roles18), found among the misses of CLUENER train's ``position`` labels
(``bench/roles_cluener.py``), each in Simplified and Traditional (``both_scripts``): letters of rank before a title
the table holds alone (总参谋长, 执行总经理, 首席顾问); a list of posts read on past 、原; a name the recogniser ran on
into a verb of saying or a photo's credit; a department between a body and the title before a name; a legal form
alone (有限公司) holds no post.

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # 总 before a title the table holds alone: the chief's post, not the plain one
        ("俄罗斯联邦武装力量总参谋长马卡洛夫14日宣布，海军将举行演习。",
         ("马卡洛夫", "俄罗斯联邦武装力量", "总参谋长")),
        # 执行 and 首席 the same way
        ("在恳谈会上，绿城集团执行总经理曹南舟通报了春季经营情况。", ("曹南舟", "绿城集团", "执行总经理")),
        ("中国生猪预警网首席顾问冯永光表示，猪价与供给有关。", ("冯永光", "中国生猪预警网", "首席顾问")),
        # a deputy's 副 before the letters of rank stays in the title
        ("俄罗斯联邦武装力量副总参谋长布津表示，改革将继续。", ("布津", "俄罗斯联邦武装力量", "副总参谋长")),
    ]),
)
def test_letters_of_rank_stay_in_the_title(pipeline, text, expected):
    found = roles(pipeline, text)
    assert expected in found
    person, body, title = expected
    assert (person, body, title.lstrip("副").removeprefix("总").removeprefix("执行").removeprefix("首席")) not in found


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a present post, then 、原 and a past one: both are the name's
        ("中国房地产协会会长、原国家建设部副部长刘志远在年会上表示，楼市将保持平稳。",
         [("刘志远", "中国房地产协会", "会长"), ("刘志远", "国家建设部", "副部长")]),
    ]),
)
def test_a_list_of_posts_reads_on_past_a_former_mark(pipeline, text, expected):
    found = roles(pipeline, text)
    assert all(e in found for e in expected)


@pytest.mark.parametrize(
    "text, person, absent",
    both_scripts([
        # 、 then 原 before a body that starts a clause of its own: no post crosses the comma
        ("中国房地产协会会长王建国，原国家建设部副部长刘志远出席了年会。", "刘志远", "中国房地产协会"),
    ]),
)
def test_no_list_across_a_comma(pipeline, text, person, absent):
    assert not any(p == person and body == absent for p, body, _ in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a reporter's name run on into a photo's credit
        ("已有不少市民来到法院等候开庭。澎湃新闻记者陈雷明图", ("陈雷明", "澎湃新闻", "记者")),
    ]),
)
def test_a_name_run_on_into_saying_or_a_credit(pipeline, text, expected):
    found = roles(pipeline, text)
    assert expected in found
    assert not any(p.startswith(expected[0]) and p != expected[0] for p, _, _ in found)


@pytest.mark.parametrize(
    "text, span, inner",
    [
        # the recogniser's span runs on into the verb of saying (rare and context-bound, so the reader is asked
        # directly, with the span as the recogniser gives it)
        ("英国留学中心总监孙楠介绍，新的签证方式引入了担保概念。", "孙楠介绍", "孙楠"),
        ("華夏銀行信用卡中心總經理李東透露，發卡量增長很快。", "李東透露", "李東"),
        ("澎湃新闻记者陈雷明图", "陈雷明图", "陈雷明"),
        # not after a title; a name of three letters ending in 图; a surname and one letter before the verb
        ("孙楠介绍了新的签证方式。", "孙楠介绍", ""),
        ("澎湃新闻记者李宏图", "李宏图", ""),
        ("总监孙介绍，新的签证方式引入了担保概念。", "孙介绍", ""),
    ],
)
def test_where_a_name_run_on_into_saying_ends(text, span, inner):
    from types import SimpleNamespace

    from zhkg.records import Label, Mention
    from zhkg.relate.roles_names import _run_into_saying
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.normalise import to_simplified

    simplified = to_simplified(text)
    start = text.index(span)
    person = Mention("t", start, start + len(span), span, to_simplified(span), Label.PERSON, "crf")
    ctx = SimpleNamespace(simplified=simplified, lexicon=load_lexicon())
    end = _run_into_saying(ctx, person)
    assert simplified[start:end] == to_simplified(inner) if inner else end == 0


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # a three-letter name ending in 图 is a name, not a credit
        ("华夏基金总经理李宏图表示，市场将保持稳定。", "李宏图"),
    ]),
)
def test_a_name_ending_like_a_credit_is_kept(pipeline, text, person):
    assert any(p == person for p, _, _ in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a department between a body and the title before a name: the body's post, the department in the title
        ("据招商银行现金管理部总经理左宏新介绍，银行已成立了专门团队。", ("左宏新", "招商银行", "现金管理部总经理")),
        ("中国社科院金融研究所金融市场研究室主任曹红明表示，通胀压力仍在。",
         ("曹红明", "中国社科院金融研究所", "金融市场研究室主任")),
    ]),
)
def test_a_department_before_the_title_is_in_the_title(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # 全部 ends like a department but names none
        ("华为公司全部董事王明远表示支持这项决议。", "王明远"),
    ]),
)
def test_a_quantity_is_no_department(pipeline, text, person):
    assert not any(p == person and title.startswith("全部") for p, _, title in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # the company's name cut off before its legal form: 有限公司 alone holds nothing
        ("集团）有限公司原董事长张明宇，实名举报了该公司的高管。", "张明宇"),
        # nor is the post given to the company named before: the name cut off may be another's
        ("华能集团董事王明远出席。集团）有限公司原董事长张明宇，实名举报了高管。", "张明宇"),
    ]),
)
def test_a_legal_form_alone_holds_no_post(pipeline, text, person):
    assert not any(p == person and title == "董事长" for p, _, title in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # consuls are posts: the sending state's, also where the recogniser read 美国驻上海 as one body
        ("美国驻上海总领事康碧华表示，签证有效期将延长。", ("康碧华", "美国", "总领事")),
        ("美国驻华大使馆副领事史建国介绍，签证有效期延长为一年。", ("史建国", "美国驻华大使馆", "副领事")),
        # a Korean firm's 代表理事
        ("首尔产业振兴院代表理事沈一龙出席了启动仪式。", ("沈一龙", "首尔产业振兴院", "代表理事")),
        # a company's region: the place and 区 after the company
        ("汇丰集团中国区首席经济学家屈宏明表示，外资行减持是不得已。", ("屈宏明", "汇丰集团中国区", "首席经济学家")),
    ]),
)
def test_consuls_and_company_regions(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person, absent",
    both_scripts([
        # the place an envoy is stationed in holds no post
        ("美国驻上海总领事康碧华表示，签证有效期将延长。", "康碧华", "上海市"),
        # a region already named as one place keeps its name (中原地产华北区, not 华北区区)
        ("中原地产华北区董事总经理李文明表示，成交量回升。", "李文明", "华北区"),
    ]),
)
def test_no_stationed_place_or_bare_region_holds_it(pipeline, text, person, absent):
    assert not any(p == person and body == absent for p, body, _ in roles(pipeline, text))
