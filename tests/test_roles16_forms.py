"""Forms of posts read in round 16, found among the misses of DuIE train's tune half (``bench/roles_duie.py``) and of
the Wikipedia tune halves, each in Simplified and Traditional (``both_scripts``): a bare title of a body's head whose
body the title's kind names (董事长 a company, 校长 a school, 行长 a bank…: ``relate/roles_implied.py``); a founder
described between 由 and the name, and a body's aside before 由 (``relate/roles_founders.py``); a step of a life
(毕业后, 退役后) before the verb of appointment.

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts
from helpers import holds_roles as roles


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a bare title opening its clause after the sentence named the one company
        ("华东明远教育集团成立于2005年，董事长沈立新先生在杭州等地开办了多所学校。",
         [("沈立新", "董事长", "华东明远教育集团", False)]),
        # 现任 before the title; the school named in the sentence before
        ("武汉市东湖路中学创办于1978年。学校现有学生两千余人，现任校长刘建国，书记张红梅。",
         [("刘建国", "校长", "武汉市东湖路中学", False), ("张红梅", "书记", "武汉市东湖路中学", False)]),
        # a deputy after 、 in a list of the bank's officers (辞职 closing the clause: the post left, review167)
        ("南京江北银行发布公告称，行长王志明因个人原因辞职，副行长陈立军将接替行长一职。",
         [("王志明", "行长", "南京江北银行", True), ("陈立军", "副行长", "南京江北银行", False)]),
        # person + 任 + a bare title closing its clause
        ("杭州远航网络科技有限公司成立后，李文华任董事长，周敏任总经理。",
         [("周敏", "总经理", "杭州远航网络科技有限公司", False), ("李文华", "董事长", "杭州远航网络科技有限公司", False)]),
        # the person's own post after 是 is no other body written in a list
        ("深圳市粤通汽车租赁有限公司成立于2004年，是行业协会理事单位，董事长杨云亮是深圳市汽车租赁协会副会长。",
         [("杨云亮", "副会长", "深圳市汽车租赁协会", False), ("杨云亮", "董事长", "深圳市粤通汽车租赁有限公司", False)]),
        # 前 marks a past post
        ("上海明德中学昨天举行建校八十周年庆典，前校长赵国平到场致辞。",
         [("赵国平", "校长", "上海明德中学", True)]),
    ]),
)
def test_bare_title_takes_the_body_of_its_kind(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # a body of another kind: an association has no 董事长 (nor does the reader of context bodies give it one)
        "深圳市汽车租赁协会昨天举行年会，董事长杨云飞到场致辞。",
        # two companies named: the title is neither's
        "华丰科技有限公司与远大实业有限公司昨天签约，董事长王大明出席了仪式。",
        # a title inside a longer one
        "北京明德大学昨天举行毕业典礼，名誉校长李国华致辞。",
        # a post said of the future
        "远大实业有限公司成立后，王大明将任董事长。",
        # a clause that writes its bodies: the bare title before them is no one's to guess
        "远大实业有限公司股价上涨。董事长李文华和华丰科技有限公司总经理王大明表示满意。",
        # the one-holder post another person holds in that body already
        "远大实业有限公司董事长王大明昨天表示，董事长李文华将出席。",
    ]),
)
def test_bare_title_without_a_fitting_body(pipeline, text):
    assert [r for r in roles(pipeline, text) if r[1] in ("董事长", "校长") and r[0] != "王大明"] == []


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # the body's short name in brackets before 由
        ("北京远航文化传播有限公司（以下简称远航文化）由张立新先生创办。",
         ("张立新", "创办人", "北京远航文化传播有限公司", False)),
        # the founder's titles of other bodies between 由 and the name
        ("北京远航文化传播有限公司由北京书法研究会会长张立新先生创办。",
         ("张立新", "创办人", "北京远航文化传播有限公司", False)),
        # honours in quotation marks, a long list of them
        ("上海恒远投资有限公司，是由“全国优秀企业家”、“上海市劳动模范”、“中国民营经济领军人物”和“长三角十大杰出"
         "企业家”周大伟先生创办的民营企业。",
         ("周大伟", "创办人", "上海恒远投资有限公司", False)),
    ]),
)
def test_founder_described_after_by(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # a body between 由 and the name that is no title's: a second founder, not the name's description
        "北京远航文化传播有限公司由北京市文化局和张立新先生共同创办。",
        # a description too long to be one: the name is another clause's
        "北京远航文化传播有限公司由一群在北京打拼多年、热爱传统文化并且长期从事书法教育与出版工作的年轻人和他们的老师张立新创办。",
    ]),
)
def test_founder_not_read_across_a_body_or_a_long_clause(pipeline, text):
    assert [r for r in roles(pipeline, text) if r[1] == "创办人"] == []


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("林小雯，生于香港，于第23期无线电视艺员训练班毕业后成为无线电视（TVB）艺员。",
         [("林小雯", "艺员", "无线电视", False)]),
        ("王建国，1950年生，于北京体育大学毕业后出任上海申花俱乐部总经理。",
         [("王建国", "总经理", "上海申花俱乐部", False)]),
        ("王建国出生于上海，退役后出任上海申花俱乐部总经理。",
         [("王建国", "总经理", "上海申花俱乐部", False)]),
        # 是 after a step of life names no post
        ("王建国毕业后是上海申花俱乐部的球迷。", []),
    ]),
)
def test_life_step_before_the_post(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a word of kind the extractors took for a name: the one body of that kind named before holds the post
        ("北京远大建设集团有限公司召开职工大会，会上宣布刘晓明任集团公司董事长。",
         [("刘晓明", "董事长", "北京远大建设集团有限公司", False)]),
        # (a school's board is a board, not a word of kind: the post's body, as the governing-units convention
        # takes a board with no body before it, roles286)
        ("私立明德中学创办后，王柏年任校董会董事长。", [("王柏年", "董事长", "校董会", False)]),
        ("上海申花队成立于1993年，王大明任俱乐部总经理。", [("王大明", "总经理", "上海申花队", False)]),
        # no body of that kind named: the word of kind holds nothing
        ("武汉江城昨日召开新闻发布会，聘请王小松担任俱乐部董事长。", []),
    ]),
)
def test_word_of_kind_as_holder(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a field: body, title, a colon, then a name no extractor needs to know
        ("东庄小学校长：史振起；副校长：郑振英", [("史振起", "校长", "东庄小学", False), ("郑振英", "副校长", "东庄小学", False)]),
        ("远大实业有限公司董事长：王大明表示，公司将继续扩大生产。", [("王大明", "董事长", "远大实业有限公司", False)]),
        # a colon before a quotation names no one
        ("远大实业有限公司董事长：我们将继续扩大生产。", []),
    ]),
)
def test_title_colon_name(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # 历史上 and the rank of a first between the body and its title
        ("福斯特是哈佛大学历史上的第一位女校长。", [("福斯特", "校长", "哈佛大学", False)]),
        ("奥巴马是美国历史上第一位黑人总统。", [("奥巴马", "总统", "美国", False)]),
        ("王明成为北京大学史上首位女校长。", [("王明", "校长", "北京大学", False)]),
        ("美国历史上第一位黑人总统奥巴马昨天表示，经济正在复苏。", [("奥巴马", "总统", "美国", False)]),
        # a judgement of a post, no rank of a first: nobody's post
        ("美国历史上最重要的总统是林肯。", []),
    ]),
)
def test_first_in_history(pipeline, text, expected):
    assert roles(pipeline, text) == expected
