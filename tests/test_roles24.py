"""Holders written away from the title (session 23, roles24), each in Simplified and Traditional (``both_scripts``):
the body of 在 + body + 担任 named before the person's work there (在万科集团任职期间担任副总经理, 曾在中国银行工作，
担任副行长), bare titles listed after the first sharing its body (担任副总经理、总经理; 兼财务总监), 曾, 期间 or 历任 a
past post; titles a chain of posts holds (首席风险官, 副总编, 轮值董事长); a body that appoints 他/她, the pronoun the one
person named before (王建国…。华为公司聘任他为总经理); a legislator's bare title (立委 X) in a text that names the 立法院,
in its sentence or the two before; in a résumé, a list of posts opening with the company named by its kind (现任本公司
副总裁，万裕文化产业有限公司董事), a line of a date and posts with no verb (2006/02，中航工业一飞院党委书记、副院长) and a
department's title qualified by a letter or two (人力资源部培训经理); a bare title after a list's first item no reader
understood (历任天原化工厂技术员、主任助理: 主任助理 of 天原化工厂).

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts, former_roles
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # the person's work at the body before the verb of serving, a comma maybe between
        ("李明在万科集团任职期间担任副总经理。", ("李明", "万科集团", "副总经理")),
        ("王明曾在万科集团任职，担任副总经理。", ("王明", "万科集团", "副总经理")),
        ("张华曾在中国银行工作，担任副行长。", ("张华", "中国银行", "副行长")),
        ("王明在万科集团工作期间，担任过副总经理。", ("王明", "万科集团", "副总经理")),
        ("王明在万科集团工作，任副总经理。", ("王明", "万科集团", "副总经理")),
        ("王明曾在万科集团工作多年，历任副总经理、总经理。", ("王明", "万科集团", "总经理")),
        # bare titles listed after the first share its body
        ("王明在万科集团担任副总经理、总经理。", ("王明", "万科集团", "总经理")),
        ("王明在万科集团担任副总经理兼财务总监。", ("王明", "万科集团", "财务总监")),
        ("王明在万科集团担任副总经理兼财务总监。", ("王明", "万科集团", "副总经理")),
        # read before: unchanged
        ("王明在万科集团担任董事长一职。", ("王明", "万科集团", "董事长")),
        # a body appointing a pronoun: the one person named before
        ("王建国毕业于清华大学。华为公司于2010年聘任他为总经理。", ("王建国", "华为公司", "总经理")),
        ("李红毕业于北京大学。万科集团聘任她为副总裁。", ("李红", "万科集团", "副总裁")),
        # a legislator's bare title, the 立法院 named in its sentence or the two before
        ("立委陈其迈今天在立法院质询时表示，政府应该检讨。", ("陈其迈", "立法院", "立委")),
        ("立法院今天三读通过预算案。立委陈其迈表示，政府应该检讨。", ("陈其迈", "立法院", "立委")),
        ("立法院长王金平与立委陈其迈今天会面。", ("陈其迈", "立法院", "立委")),
        # chains of posts with titles read now: officers' titles, a short deputy, a rotating post
        ("中国银行副行长兼首席风险官张华表示，风险可控。", ("张华", "中国银行", "首席风险官")),
        ("中国银行副行长兼首席风险官张华表示，风险可控。", ("张华", "中国银行", "副行长")),
        ("联想集团首席信息官王明表示。", ("王明", "联想集团", "首席信息官")),
        ("人民日报副总编王明表示。", ("王明", "人民日报", "副总编")),
        ("华为公司轮值董事长徐直军表示，业绩良好。", ("徐直军", "华为公司", "轮值董事长")),
        ("华为公司副董事长、轮值CEO徐直军表示。", ("徐直军", "华为公司", "轮值CEO")),
        ("华为公司副董事长、轮值CEO徐直军表示。", ("徐直军", "华为公司", "副董事长")),
        # a résumé: a list opening with the résumé's own company named by its kind reads on past it
        ("张三先生，1960年出生。现任本公司副总裁，万裕文化产业有限公司董事，陕西金叶房地产开发有限责任公司监事。",
         ("张三", "万裕文化产业有限公司", "董事")),
        ("张三先生，1960年出生。现任本公司副总裁，万裕文化产业有限公司董事，陕西金叶房地产开发有限责任公司监事。",
         ("张三", "陕西金叶房地产开发有限责任公司", "监事")),
        # a résumé's line of a date and posts, no verb
        ("张亚平，男，1964年3月出生，研究员。2006/02，中航工业一飞院党委书记、副院长；2012/05，中航飞机公司董事。",
         ("张亚平", "中航工业一飞院", "副院长")),
        ("方驰：1964年出生，党员，高级工程师。2005年8月至2007年9月东风汽车股份有限公司副总经理。",
         ("方驰", "东风汽车股份有限公司", "副总经理")),
        # a department and a qualified title after a company: the company's post, the title with its department
        ("张三先生，1960年出生。2002年4月至2008年3月任中国国际航空股份有限公司人力资源部培训经理。",
         ("张三", "中国国际航空股份有限公司", "人力资源部培训经理")),
        ("张三先生，1960年出生。曾任万科集团市场部高级经理、总经理助理。", ("张三", "万科集团", "市场部高级经理")),
        # a list whose first item no reader understood (a staff word): a bare title after it is its body's
        ("张三，1960年出生。历任天原化工厂技术员、主任助理，天原化工厂厂长助理。", ("张三", "天原化工厂", "主任助理")),
    ]),
)
def test_holder_away_from_title(pipeline, text, expected):
    found = roles(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text, unexpected",
    both_scripts([
        # studying there is no work there; a post with a body of its own is that body's
        ("王明在北京大学学习期间担任学生会主席。", ("王明", "北京大学", "主席")),
        ("王明在万科集团工作期间担任中国银行副行长。", ("王明", "万科集团", "副行长")),
        # two people before the pronoun, or none: no one's post
        ("王建国会见了李明。华为公司聘任他为总经理。", ("王建国", "华为公司", "总经理")),
        ("王建国会见了李明。华为公司聘任他为总经理。", ("李明", "华为公司", "总经理")),
        # the body of a pronoun's appointment is its clause's subject, not a body of the clause before
        ("王建国毕业于清华大学，随后聘任他为副总经理。", ("王建国", "清华大学", "副总经理")),
        # a deputy's title is no chief's
        ("人民日报副总编王明表示。", ("王明", "人民日报", "总编")),
        # a party's legislator is the party's (read before); no 立法院 named: no one's
        ("民进党立委陈其迈今天在立法院表示，政府应该检讨。", ("陈其迈", "立法院", "立委")),
        # a date, then a body's title and the holder named after it: his post, not the résumé's head's
        ("张三先生，1960年出生。2009年3月，万科集团董事长王石访问北京。", ("张三", "万科集团", "董事长")),
        ("张三先生，1960年出生。2009年3月，万科集团董事长表示，业绩良好。", ("张三", "万科集团", "董事长")),
        # a board's title after a name cut wrong takes no qualifier
        ("奎伟：男，1973年8月出生。现任昆明市国资委第六监事会监事，曾任公司三届监事会股东监事，昆明市财政局工作。",
         ("奎伟", "曾任公司三届", "监事会股东监事")),
        # the résumé's own company followed by no list of posts
        ("张三先生，1960年出生。现任本公司副总裁，负责财务工作。", ("张三", "本公司", "副总裁")),
    ]),
)
def test_no_holder_away_from_title(pipeline, text, unexpected):
    assert unexpected not in roles(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "立委陈其迈今天表示，政府应该检讨。",
    "华为公司聘任他为总经理。",
]))
def test_no_holder_written(pipeline, text):
    assert roles(pipeline, text) == []


@pytest.mark.parametrize(
    "text, key, former",
    both_scripts([
        ("李明在万科集团任职期间担任副总经理。", ("李明", "副总经理"), True),
        ("王明曾在万科集团任职，担任副总经理。", ("王明", "副总经理"), True),
        ("王明在万科集团工作，任副总经理。", ("王明", "副总经理"), False),
        ("王明在万科集团工作多年，历任副总经理、总经理。", ("王明", "总经理"), True),
        ("前立委陈其迈今天在立法院表示反对。", ("陈其迈", "立委"), True),
    ]),
)
def test_former_away_from_title(pipeline, text, key, former):
    assert former_roles(pipeline, text).get(key) is former
