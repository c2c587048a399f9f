"""Organisations read in session 22 (org22), each in Simplified and Traditional where the text allows
(``both_scripts``): Sina's link asides stuck to a company's name (华腾地产(企业专区,旗下楼盘), 新丰农业(000999,股吧),
中国平安(行情,问答)) say the name before them is a company, and their comma is no clause break, so a title after
them is the company's; the name may open with letters or digits (SOHO中国, 58同城); a listed name ending in 有限公司
gets the room of 有限公司, not of 公司.

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts, org_mentions
from helpers import role_edges as roles

from zhkg.stages.normalise import normalise, quiet_link_asides


@pytest.mark.parametrize(
    "text, expected",
    [
        ("华腾地产(企业专区,旗下楼盘)宣布", "华腾地产(企业专区 旗下楼盘)宣布"),
        ("华腾地产（企业专区，旗下楼盘）宣布", "华腾地产（企业专区 旗下楼盘）宣布"),
        ("华腾地产(企业专区、旗下楼盘)宣布", "华腾地产(企业专区 旗下楼盘)宣布"),
        ("新丰农业(000999,股吧)公告", "新丰农业(000999 股吧)公告"),
        ("中国平安(行情,问答)表示", "中国平安(行情 问答)表示"),
        # other brackets and commas stay as written
        ("他说(企业,专区)很好，对吧", "他说(企业,专区)很好，对吧"),
        ("新丰农业(00999,股吧)", "新丰农业(00999,股吧)"),
        ("留学(微博)机构，行情,问答", "留学(微博)机构，行情,问答"),
    ],
)
def test_quiet_link_asides(text, expected):
    assert quiet_link_asides(text) == expected
    assert len(quiet_link_asides(text)) == len(text)


@pytest.mark.parametrize(
    "text, quiet",
    [
        ("華騰地產(企業專區,旗下樓盤)董事長王建國說", "华腾地产(企业专区 旗下楼盘)董事长王建国说"),
        ("华腾地产(企业专区,旗下楼盘)董事长王建国说", "华腾地产(企业专区 旗下楼盘)董事长王建国说"),
    ],
)
def test_normalise_keeps_the_original(text, quiet):
    n = normalise(text)
    assert n.original == text
    assert n.simplified == quiet


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("本月初，华腾地产(企业专区,旗下楼盘)以28亿元拿下一块住宅用地。", "华腾地产"),
        ("业内人士称，均沿袭了华腾地产(企业专区,旗下楼盘)豪宅的一贯品质。", "华腾地产"),
        ("与会者包括专家及华腾地产(企业专区,旗下楼盘)的高层。", "华腾地产"),
        ("盛海置业(企业专区)今年销售额突破百亿。", "盛海置业"),
        ("记者问新丰农业(000999,股吧)的负责人养猪的前景。", "新丰农业"),
        # jieba glues the verb onto the name it does not know (问新|希望): the verb is no part of it
        ("网友问新希望(000876,股吧)的董事长养猪的前景。", "新希望"),
        ("力压SOHO中国(企业专区,旗下楼盘)等对手拿下地块。", "SOHO中国"),
        ("今年5月，58同城(企业专区)宣布完成新一轮融资。", "58同城"),
        ("华腾地产控股有限公司（01234.HK）昨日公布中期业绩，股价上涨。", "华腾地产控股有限公司"),
        ("中国海外发展有限公司(00688.HK)股价今日上涨。", "中国海外发展有限公司"),
    ]),
)
def test_company_before_its_aside(pipeline, text, expected):
    found = org_mentions(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        # a person and an honorific before a company with its kind: the grammar's name, not the person's
        ("董事长王建国先生华腾集团(企业专区,旗下楼盘)总裁李明", "先生华腾集团"),
        ("网友问新希望(000876,股吧)的董事长养猪的前景。", "问新"),
        # a keyword's link is no company
        ("越来越多的学生选择出国留学(微博)，留学(微博)机构也多了。", "留学"),
        # an aside with nothing before it names nothing
        ("(企业专区,旗下楼盘)以28亿元拿地。", "企业专区"),
        # a trade alone is no company (及华腾|地产: jieba's word runs past the room a name has)
        ("与会者包括专家学者及华腾地产(企业专区,旗下楼盘)的高层。", "及"),
        # a second aside after the first names nothing more
        ("华腾地产(企业专区,旗下楼盘)(企业专区,旗下楼盘)等房企", "旗下楼盘"),
    ]),
)
def test_no_company_read_from_the_aside(pipeline, text, absent):
    found = org_mentions(pipeline, text)
    assert not any(absent in name for name in found), found


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("华腾集团(企业专区,旗下楼盘)董事长王建国表示，今年不会降价。", ("王建国", "华腾集团", "董事长")),
        ("盛海置业(企业专区,旗下楼盘)总裁李明表示，明年将进军二线城市。", ("李明", "盛海置业", "总裁")),
        ("新丰农业(000999,股吧)董事长刘建平说，猪价已到底部。", ("刘建平", "新丰农业", "董事长")),
    ]),
)
def test_title_after_the_aside(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "华腾集团(企业专区,旗下楼盘)董事长王建国表示，今年不会降价。",
        "记者问新丰农业(000999,股吧)的负责人。",
    ]),
)
def test_mentions_index_the_original(pipeline, text):
    from zhkg.stages.documents import parse_documents

    doc = parse_documents("t", text)[0]
    mentions = pipeline.extract_mentions(doc)
    assert mentions
    for m in mentions:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize(
    "text, expected, absent",
    both_scripts([
        # a company's name with its digits (奇虎360), not cut to the short name
        ("2008年，王建国加盟了周鸿祎创办的奇虎360，负责市场工作。", "奇虎360", "奇虎"),
        ("奇虎360昨日发布了新版安全软件。", "奇虎360", "奇虎"),
        ("今年5月，58同城宣布完成新一轮融资。", "58同城", "同城"),
        # the short name alone stays itself
        ("奇虎发言人表示，公司将继续投入研发。", "奇虎", "奇虎360"),
    ]),
)
def test_names_with_digits(pipeline, text, expected, absent):
    from zhkg.stages.normalise import to_simplified

    found = {to_simplified(name) for name in org_mentions(pipeline, text)}
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a mainland code standing bare, its leading digits those of an exchange
        ("5月8日，辽宁华腾(600123)董事会通过了增发方案。", {"辽宁华腾"}),
        ("新丰农业(000999)今日公告称，一季度净利增长三成。", {"新丰农业"}),
        ("创业板的华腾科技(300123)昨日涨停。", {"华腾科技"}),
        # six digits no exchange leads with are no code
        ("来信请寄北京市海淀区学院路(100083)，电话(123456)。", set()),
    ]),
)
def test_bare_mainland_codes(pipeline, text, expected):
    from zhkg.stages.normalise import to_simplified

    found = {to_simplified(name) for name in org_mentions(pipeline, text)}
    assert expected <= found, found
    if not expected:
        assert not any("路" in name or "电话" in name for name in found), found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # the recogniser's name runs into the page's aside: it ends at the bracket left open
        ("房价上涨的现象，华腾地产(华腾地产博客)市场研究部总监王建国说。", "华腾地产", "华腾地产(华腾地产"),
        # a bracket closed inside the name stays
        ("上海华腾(集团)有限公司昨日公布了年报。", "上海华腾(集团)有限公司", "上海华腾("),
    ],
)
def test_recogniser_name_before_an_open_bracket(pipeline, text, expected, absent):
    found = org_mentions(pipeline, text)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.parametrize(
    "text, s, e, end",
    [
        ("华腾地产(华腾地产博客)", 0, 9, 4),
        ("上海华腾(集团)有限公司", 0, 12, 12),
        ("上海华腾（集团）有限公司", 0, 12, 12),
        ("甲乙(丙(丁)戊", 0, 7, 2),
        ("甲乙丙丁", 0, 4, 4),
    ],
)
def test_unclosed_bracket(text, s, e, end):
    from zhkg.extract.statistical import unclosed_bracket

    assert unclosed_bracket(text, s, e) == end
