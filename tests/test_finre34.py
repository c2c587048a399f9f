"""Company names in financial news as the subject of a deal, a rare noun before 集团 or a trade, a brand joined to a
company that the recogniser took for a person (issue 15, session 28 round finre34; zhkg.extract.company_lists,
zhkg.extract.trade_names).

Every passage is invented for these tests in the style of mainland business news; each runs as written and in
Traditional. A short name that opens a clause right before a deal only a company strikes (收购, 借壳, 宣布收购, a
bare 公告 before a break) is a company when it has a company's shape by itself; a two-letter noun jieba's
dictionary holds rarely is a brand before 集团 or a trade (碱业|集团, 保利|地产); a name only the recogniser read as a
person, joined to a company, is one too, unless it has a person's shape (a surname and one or two letters: 王立,
王文萱).
"""

import pytest
from helpers import both_scripts

from zhkg.records import Label
from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import to_simplified


def _names(pipeline, text, label=Label.ORGANIZATION):
    doc = parse_documents("finre34", text)[0]
    return {to_simplified(m.text) for m in pipeline.extract_mentions(doc) if m.label is label}


@pytest.mark.parametrize("text, name", both_scripts([
    # a word jieba does not know and a rare noun, before a bare 公告 and a break
    ("据悉，恒澜热电公告，公司拟出售旗下两座电厂。", "恒澜热电"),
    ("近日，京能热电公告，公司拟建设一个风电项目。", "京能热电"),
    # a place and a rare noun (a trade) before 宣布收购
    ("5月8日，宁禾集运宣布收购两家码头运营商。", "宁禾集运"),
    # a word jieba built itself before 收购, alone or with a trade
    ("昨日，泉峰收购德国一家电动工具企业。", "泉峰"),
    ("日前，鹏欣国际收购了两家农场。", "鹏欣国际"),
]))
def test_the_subject_of_a_deal_is_a_company(pipeline, text, name):
    assert name in _names(pipeline, text), _names(pipeline, text)


@pytest.mark.parametrize("text, part", both_scripts([
    # an adverb, a common noun or a word of grammar glued to the subject is none of its name
    ("其后，金澜再次携手合作伙伴推出新品。", "金澜再次"),
    ("三年前，百味天价收购一家老字号。", "百味天价"),
    ("中石化称，这一收购计划仍待批准。", "这一"),
    ("今年，该机构同优步联手开展回收计划。", "同优步"),
    # a dateline before the name is the outlet's
    ("本报讯长虹今日公告，从大股东处获悉增持计划。", "本报讯长虹"),
]))
def test_what_is_glued_to_a_deals_subject_is_no_company(pipeline, text, part):
    assert part not in _names(pipeline, text), _names(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    ("李建国收购了这家酒厂的股份。", "李建国"),
    ("张伟和李娜携手走进礼堂。", "张伟"),
]))
def test_a_person_who_buys_stays_a_person(pipeline, text, name):
    assert name in _names(pipeline, text, Label.PERSON)
    assert name not in _names(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    # a rare noun before 集团 (碱业|集团)
    ("碱业集团直接持有这家化工企业的股权。", "碱业集团"),
    # and before a trade, joined to a company read (保利|地产、金地集团)
    ("据悉，尤其是保利地产、金地集团等龙头将联合拿地。", "保利地产"),
]))
def test_a_rare_noun_before_a_group_or_a_trade_is_a_brand(pipeline, text, name):
    assert name in _names(pipeline, text), _names(pipeline, text)


@pytest.mark.parametrize("text, part", both_scripts([
    # a common noun or a product of three letters names a kind of group
    ("为此，商业集团承诺了未来三年的业绩。", "商业集团"),
    ("他说，全球最大乳制品集团将进入中国。", "乳制品集团"),
]))
def test_a_kind_of_group_is_no_name(pipeline, text, part):
    assert part not in _names(pipeline, text), _names(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    # a brand only the recogniser took for a person, joined to a company
    ("据悉，锐迪科与紫光集团签署了合作协议。", "锐迪科"),
    ("摩根士丹利、瑞信和德银是这项交易的主承销商。", "瑞信"),
    ("目前，中海油、图洛和道达尔将各自持有该区块的权益。", "图洛"),
]))
def test_a_brand_read_as_a_person_joined_to_a_company_is_a_company(pipeline, text, name):
    assert name in _names(pipeline, text), _names(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    # a surname and two letters joined to a company stays a person
    ("宏达投资有限公司、王文萱于上海签订了股权转让协议。", "王文萱"),
    ("华远集团公司提名任志强、李明为董事候选人。", "任志强"),
    # a surname and one letter in a list of officers, next to the company
    ("出席的有副总经理胡建新、王立、华远集团总经理助理等。", "王立"),
    # a person a rule reads stays one
    ("前任总裁鲍尔默与微软公司分道扬镳。", "鲍尔默"),
]))
def test_a_person_joined_to_a_company_stays_a_person(pipeline, text, name):
    assert name in _names(pipeline, text, Label.PERSON)
    assert name not in _names(pipeline, text)
