"""Forms of posts read in session 19 (roles19), each in Simplified and Traditional (``both_scripts``): a government's
post written bare goes to no army or other body that governs nothing (北洋军…，段祺瑞任总理); a résumé's head written
with the sex and no mark after the name (郑志华男，…) or with an honorific and no mark (朱国章先生中国国籍，…); a list of
posts after a verb of a career whose first item no reader understood (a staff word: 技术员) reads on.

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, body, title",
    both_scripts([
        # a bare premier after an army named earlier in the sentence: no army's premier
        ("1920年，第三混成旅进驻天津，周明远任总理。", "第三混成旅", "总理"),
        ("第五集团军占领首都后，总理李文华宣布戒严。", "第五集团军", "总理"),
        ("北方联军攻入省城，陈国栋任省长。", "北方联军", "省长"),
        ("起义部队控制了电台，马丁任总统。", "起义部队", "总统"),
    ]),
)
def test_government_posts_go_to_no_army(pipeline, text, body, title):
    assert not [e for e in roles(pipeline, text) if e[1] == body and e[2] == title]


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a government or a party still holds its premier
        ("国务院召开全体会议，李强任总理。", ("李强", "国务院", "总理")),
        ("中华革命党在东京成立，孙中山任总理。", ("孙中山", "中华革命党", "总理")),
        # an army keeps its own commander
        ("国民革命军第一军在广州成立，蒋介石任总司令。", ("蒋介石", "国民革命军", "总司令")),
    ]),
)
def test_government_and_army_posts_kept(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # the sex right after the name, no mark between
        ("郑建华男，本科学历，高级工程师。历任山东菏泽供电局副局长，山东临沂供电局局长。",
         [("郑建华", "山东省临沂供电局", "局长"), ("郑建华", "山东省菏泽供电局", "副局长")]),
        # an honorific and no mark after it
        ("朱永章先生中国国籍，1951年生，中专学历。曾任宁波冶金机械厂主任、宁波城建机械厂厂长。",
         [("朱永章", "宁波冶金机械厂", "主任"), ("朱永章", "宁波城建机械厂", "厂长")]),
    ]),
)
def test_resume_heads_without_a_mark(pipeline, text, expected):
    found = roles(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize(
    "text, expected, absent",
    both_scripts([
        # the list opens with a staff word (技术员, 设备员): the posts after it are read
        ("石向东先生，1966年出生，工程师。曾任天原化工厂技术员、主任助理，天原化工厂厂长助理、副厂长。",
         [("石向东", "天原化工厂", "厂长助理"), ("石向东", "天原化工厂", "副厂长")], "技术员"),
        ("刘海平，男，1970年出生。历任江南造船厂设备员，江南造船厂副厂长、厂长。",
         [("刘海平", "江南造船厂", "副厂长"), ("刘海平", "江南造船厂", "厂长")], "设备员"),
    ]),
)
def test_career_list_reads_past_a_first_item(pipeline, text, expected, absent):
    found = roles(pipeline, text)
    assert all(e in found for e in expected), found
    assert not [e for e in found if e[2] == absent]


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # another person named in the first item: the post after it is no longer surely the subject's
        "石向东先生，1966年出生。曾任天原化工厂厂长李明的秘书，江南造船厂副厂长。",
        # no verb of a career: a list of things, no posts
        "石向东先生，1966年出生。他参观了天原化工厂车间，江南造船厂副厂长陪同。",
    ]),
)
def test_career_list_negatives(pipeline, text):
    assert not [e for e in roles(pipeline, text) if e[0].startswith("石向东") and e[2] == "副厂长"]


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a head the recognisers read as a county's name: the sex after it makes it the résumé's person
        ("吴桥，男，大专学历。2001年至今任北京万恒置业房地产开发有限公司总经理。",
         ("吴桥", "北京万恒置业房地产开发有限公司", "总经理")),
    ]),
)
def test_resume_head_the_recognisers_missed(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # no surname opens the text: no head
        "上海市政府，男女平等。2001年至今任北京万恒置业房地产开发有限公司总经理。",
    ]),
)
def test_no_head_without_a_surname(pipeline, text):
    assert not roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # posts listed with semicolons after one verb: each item its own body's post, an unread item skipped
        ("卢楚江先生还担任广东万和集团有限公司董事长；广东万和新电气股份有限公司副董事长；广东硕富投资管理有限公司执行董事；"
         "江门顺德商会会长等职务。",
         [("卢楚江", "广东万和集团有限公司", "董事长"), ("卢楚江", "广东硕富投资管理有限公司", "执行董事"),
          ("卢楚江", "江门顺德商会", "会长")]),
        # a campus in brackets after a university, read as a person, does not end the biography
        ("贡华明先生，教授级高级会计师，现任中国中铁股份有限公司独立董事，中国石油大学（华东）兼职教授。"
         "2000年8月至2007年4月任中国石油天然气集团公司总会计师。",
         [("贡华明", "中国石油天然气集团公司", "总会计师")]),
    ]),
)
def test_semicolon_lists_and_asides(pipeline, text, expected):
    found = roles(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        # another person's clause after the semicolon keeps its own post
        ("王明任万科集团董事长；他的妻子李娟是华润集团总经理；华新公司总经理由李四担任。", [("王明", "华润集团", "总经理"),
                                                                   ("王明", "华新公司", "总经理")]),
        # a semicolon clause with its own subject named after the body
        ("王明任万科集团董事长；华润集团总经理李四表示支持。", [("王明", "华润集团", "总经理")]),
    ]),
)
def test_semicolon_negatives(pipeline, text, absent):
    found = roles(pipeline, text)
    assert not [e for e in absent if e in found], found


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a résumé's line of posts only, opening with the body
        ("王洵先生，1963年出生。江苏南大光电材料股份有限公司董事、总经理。",
         [("王洵", "江苏南大光电材料股份有限公司", "总经理"), ("王洵", "江苏南大光电材料股份有限公司", "董事")]),
    ]),
)
def test_resume_line_of_posts_only(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # the post does not close the line: someone else's, unnamed
        "王洵先生，1963年出生。上海证券交易所副总经理表示欢迎。",
        "王洵先生，1963年出生。江苏南大光电材料股份有限公司董事会审议通过了该议案。",
    ]),
)
def test_resume_line_negatives(pipeline, text):
    assert not roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected, absent",
    both_scripts([
        # the body a sentence founds holds the bare posts after it, whatever other bodies it names
        ("2015年，万科集团与华润集团合资成立深圳华万置业有限公司，王明任董事长，李四任总经理。",
         [("李四", "深圳华万置业有限公司", "总经理"), ("王明", "深圳华万置业有限公司", "董事长")], []),
        # no founding verb: two bodies, no guess
        ("2015年，万科集团与华润集团签署协议，王明任董事长。", [], [("王明", "万科集团", "董事长"), ("王明", "华润集团", "董事长")]),
        # someone named between who is not a post's subject
        ("2015年，万科集团与华润集团合资成立深圳华万置业有限公司，王明表示，李四任总经理。", [],
         [("李四", "深圳华万置业有限公司", "总经理")]),
    ]),
)
def test_posts_of_a_founded_body(pipeline, text, expected, absent):
    found = roles(pipeline, text)
    assert all(e in found for e in expected), found
    assert not [e for e in absent if e in found], found


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a verb of a career after a comma inside the opening sentence, after the description
        ("薛广明，男，汉族，1955年9月生，中共党员，高级政工师，历任西宁钢厂办公室主任，西钢集团公司副主任。",
         [("薛广明", "西钢集团公司", "副主任")]),
        # the head's other name in the opening sentence is the same person
        ("袁端明先生：曾用名袁彪，1964年出生。现任湖南新五丰股份有限公司副总经理，湖南新永联物流有限公司董事。",
         [("袁端明", "湖南新五丰股份有限公司", "副总经理"), ("袁端明", "湖南新永联物流有限公司", "董事")]),
        # civil-service ranks and a company's legal representative are posts
        ("张华，男，1965年出生。历任财政部工交司副主任科员、主任科员。",
         [("张华", "财政部工交司", "主任科员"), ("张华", "财政部工交司", "副主任科员")]),
    ]),
)
def test_resume_clauses_and_other_names(pipeline, text, expected):
    found = roles(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        # a comma then a verb of a career whose clause names someone else: not the head's
        ("薛广明，男，1955年9月生，高级政工师，历任西宁钢厂办公室主任。他的同事李建国现任西钢集团公司副主任。",
         ("薛广明", "西钢集团公司", "副主任")),
        # another person's name, not an other name of the head's, ends the opening
        ("袁端明先生：与王立新同年出生。现任湖南新五丰股份有限公司副总经理。",
         ("袁端明", "湖南新五丰股份有限公司", "副总经理")),
    ]),
)
def test_resume_clause_negatives(pipeline, text, absent):
    assert absent not in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a surname and an honorific later name the head again: the posts stay the head's
        ("凌伯辉先生：1970年出生，现任广州市番禺通信管道建设投资有限公司总经理。凌先生曾在中国银行番禺支行工作，"
         "先后就任广州星海传媒有限公司副总经理、总经理。",
         [("凌伯辉", "广州星海传媒有限公司", "副总经理"), ("凌伯辉", "广州星海传媒有限公司", "总经理")]),
    ]),
)
def test_surname_and_honorific_name_the_head_again(pipeline, text, expected):
    found = roles(pipeline, text)
    assert all(e in found for e in expected), found
    assert not [e for e in found if e[0] == "凌"], found


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # the head's own link reads the list: the clause's stand-in adds no second edge
        "于建明先生，历任万科集团总经理助理、华为公司副总经理。",
        "许勤明，现任深圳市市长。",
        "薛广明，男，汉族，1955年9月生，高级政工师，历任西宁钢厂办公室主任，西钢集团公司副主任。",
    ]),
)
def test_no_post_read_twice(pipeline, text):
    found = roles(pipeline, text)
    assert found and len(found) == len(set(found)), found
