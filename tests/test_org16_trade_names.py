"""Companies named by a brand and a trade before an officer's title, and military units named by their number
(issue 15, session 16), in both scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.records import Label


def _names(pipeline, text: str, label: Label) -> set[str]:
    result = pipeline.process_document(Document("d", text))
    return {m.simplified for m in result.mentions if m.label is label}


@pytest.mark.parametrize("text, companies", both_scripts([
    # a brand and its trade at a clause's start, before the chairman's title and his name
    ("银润传媒董事长陈向荣表示，公司今年将投资拍摄三部电影。", {"银润传媒"}),
    ("据悉，招商地产副总经理杨志光昨日在发布会上介绍了新楼盘的情况。", {"招商地产"}),
    # a place as the brand's first word stays a place inside the company
    ("江南水务董事会昨日发布公告，江南水务董事周华将辞职。", {"江南水务"}),
    # after an appointment verb that jieba glued to the brand (任康达|新材)
    ("2010年5月至今任康达新材董事，负责投资者关系工作。", {"康达新材"}),
    # the companies listed before a shared title
    ("他现任上海一家投资咨询公司董事长，兼任金风科技、华仪电气独立董事。", {"金风科技", "华仪电气"}),
]))
def test_a_brand_and_its_trade_before_an_officers_title_is_a_company(pipeline, text, companies):
    assert companies <= _names(pipeline, text, Label.ORGANIZATION)
    assert not companies & _names(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text, company", both_scripts([
    ("银润传媒董事长陈向荣表示，银润传媒今年将拍摄三部电影，银润传媒的股价随之上涨。", "银润传媒"),
]))
def test_a_company_read_before_a_title_is_read_where_it_is_written_again(pipeline, text, company):
    result = pipeline.process_document(Document("d", text))
    found = [m for m in result.mentions if m.label is Label.ORGANIZATION and m.simplified == company]
    assert len(found) == 3


@pytest.mark.parametrize("text, absent", both_scripts([
    # a kind or a scope of companies, no brand
    ("业内人士认为，上市证券董事长的薪酬普遍偏高，国内传媒总裁也不例外。", {"上市证券", "国内传媒", "证券", "传媒"}),
    # a trade with nothing named before it
    ("会上，地产总经理们纷纷发言，科技董事长则沉默不语。", {"地产", "科技"}),
    # a department between the trade and the title stops the rule: the title is not a company officer's
    ("他曾任康力电梯销售中心经理。", {"康力电梯"}),
]))
def test_no_company_without_a_brand_before_the_trade(pipeline, text, absent):
    assert not absent & _names(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text, units, not_counts", both_scripts([
    ("1981年至1983年，他在兰州军区84564部队服役，后转业到地方。", {"兰州军区84564部队"}, set()),
    ("武警8690部队官兵连夜赶赴灾区，解放军61486部队也派出了救援队。", {"武警8690部队", "解放军61486部队"},
     {"8690部队"}),
]))
def test_a_military_unit_by_its_number_is_an_organisation(pipeline, text, units, not_counts):
    orgs = _names(pipeline, text, Label.ORGANIZATION)
    assert units <= orgs
    assert not units & _names(pipeline, text, Label.PLACE)
    assert not not_counts & _names(pipeline, text, Label.COUNT)


@pytest.mark.parametrize("text", both_scripts([
    # a count of troops: four digits with no command before them
    "这次演习共出动1200部队官兵。",
    "该地区驻有3000部队。",
]))
def test_four_digits_alone_before_troops_name_no_unit(pipeline, text):
    assert not any(name.endswith("部队") for name in _names(pipeline, text, Label.ORGANIZATION))


@pytest.mark.parametrize("text, generic, kept", both_scripts([
    # a department by its function alone, after an appointment verb and in a list of posts
    ("2004年3月至2008年6月任财务部经理，后历任技术中心副主任、审计部部长。", {"财务部", "技术中心", "审计部"}, set()),
    ("他曾任车间主任、总经理办公室主任，后任投资部总经理。", {"总经理办公室", "投资部"}, set()),
    # with its owner written before it, the body is kept; a governing unit before a title is the title's (党委书记 of
    # 北京大学: the convention decided in session 50, orgs222), no organisation of its own
    ("北新建材销售部经理王明与北京大学党委书记李华出席了仪式。", {"北京大学党委"}, {"北京大学"}),
]))
def test_a_unit_by_its_function_alone_is_no_organisation(pipeline, text, generic, kept):
    orgs = _names(pipeline, text, Label.ORGANIZATION)
    assert not generic & orgs
    assert kept <= orgs


@pytest.mark.parametrize("text, ministry", both_scripts([
    # a state's ministry and the party's departments are named by fields that are no company's function
    ("人事部和财政部联合发出通知，中央宣传部也作了部署。", {"人事部", "财政部"}),
]))
def test_a_ministry_is_no_generic_unit(pipeline, text, ministry):
    assert ministry <= _names(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text, absent, present", both_scripts([
    # an abbreviation of a long name inside a longer word of the text is no mention of it
    ("奥林匹克运动会组织委员会昨日公布了财务报告。报告称，残奥会的收入和支出单独列出，奥运会对残奥会的补助为四亿元。",
     "奥会", ""),
    # standing as a word of its own, it is
    ("首都规划建设委员会日前召开全体会议，首规委主任在会上通报了今年的规划审批情况。", "", "首规委"),
]))
def test_an_abbreviation_inside_a_longer_word_is_no_mention(pipeline, text, absent, present):
    orgs = _names(pipeline, text, Label.ORGANIZATION)
    assert not absent or absent not in orgs
    assert not present or present in orgs


@pytest.mark.parametrize("text, terms", both_scripts([
    # a business district's abbreviation, with 总部 after it (a company's cue for Latin names)
    ("北京CBD东扩的消息公布后，不少企业把CBD总部经济作为发展方向，CBD区域的房价随之上涨。", {"CBD"}),
    # gamers' and investors' terms
    ("这款网游主打玩家之间的PK，新手也能在竞技场里PK；基金公司同时推出了一只ETF和两只QFII产品。", {"PK", "ETF", "QFII"}),
]))
def test_a_latin_term_is_no_organisation(pipeline, text, terms):
    assert not terms & _names(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text, companies, absent", both_scripts([
    # a coined name jieba does not know or holds as a proper noun, before 公司 or 集团, stands for one company
    ("记者致电上影集团宣传部门，对方表示，由于该地块靠近美的集团的高尔夫球场，金隅集团也有意竞拍。",
     {"上影集团", "美的集团", "金隅集团"}, set()),
    # a kind of company counted or predicated is described, not named; so is a common word before the head
    ("法国的一家宇航公司和几家电视广播公司参展，这家企业一直是家族公司，电影公司也来了。", set(),
     {"宇航公司", "电视广播公司", "家族公司", "电影公司"}),
    # a reference to the company the text is about, with an appointment verb before it
    ("2008年2月至今任本公司董事，1999年7月起任公司监事。", set(), {"任本公司", "起任公司", "本公司"}),
]))
def test_a_coined_name_before_a_company_head_is_a_company(pipeline, text, companies, absent):
    orgs = _names(pipeline, text, Label.ORGANIZATION)
    assert companies <= orgs
    assert not absent & orgs
