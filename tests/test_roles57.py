"""Round roles57: roles left over by session 31, and one reading of a name before 和.

* a name ending in 和 (``extract/names_with_he.py``): the recogniser's person cut before 和 (tidy53's 施克和, the older
  包信和 and 植田和男, in ``extract/combine.py``) and the name relate/roles.py reads after a title (roles38's
  局长张家和) ask one question, what 和 is there; every case either rule covered before holds, in both scripts;
* session 31's leftovers: a name the document writes apart with the letter the recogniser cut (童杭|时常 beside
  童杭时，…), 国大代表 (a deputy of 国民大会), no 立委 seat in a body that is no party, 立法院 or place;
* Traditional tune halves' largest group of misses, people the rules cut from the recogniser's right name
  (路易十五, 林志杰|大学毕业, 苏|家乐).
"""

import pytest
from helpers import both_scripts, labelled_mentions
from helpers import role_edges as roles

from zhkg.extract.names_with_he import he_ends_name, japanese_he_name
from zhkg.stages.normalise import to_simplified, to_traditional

# ---- 1. one reading of a name ending in 和

# (text, the name before 和, whether 和 is the name's): each case tidy53's, roles38's or the older combine rule read
_HE_CASES = [
    # a verb, a preposition, a title or punctuation after 和: nothing is joined (包信和, roles38's 李永和表示)
    ("中国科学院院士包信和在合肥出席学术论坛。", "包信", True),
    ("院士刘中民和包信和出席了会议。", "包信", True),
    ("杭州市环保局昨天通报水质，局长李永和表示将加强执法。", "李永", True),
    # a time or 曾 and a verb opening a clause of its own (tidy53's 施克和, roles38's 张家和)
    ("经济部长施克和今天表示，将检讨油价。", "施克", True),
    ("经济部长施克和昨天在立法院答询。", "施克", True),
    ("施克和上午视察工厂。", "施克", True),
    ("施克和曾担任经济部次长。", "施克", True),
    ("台北市政府社会局今天召开记者会，局长张家和今天表示将增加补助。", "张家", True),
    # a second person or a noun after 和: it joins two
    ("院士刘中民和包信和出席了会议。", "刘中民", False),
    ("教授李明和在场的学生交流。", "李明", False),
    ("记者王刚和妻子在北京。", "王刚", False),
    ("记者张三和于洋在现场。", "张三", False),
    ("张三和今天到场的李四握手。", "张三", False),
    ("张三和曾任部长的李四握手。", "张三", False),
    ("王平和曾庆红会面。", "王平", False),
    ("王平和今天的同事一起出席。", "王平", False),
    ("杭州市环保局局长王平和副局长张伟今天到场。", "王平", False),
    ("王平和昨天相比瘦了。", "王平", False),
]


@pytest.mark.parametrize("text, name, whole", _HE_CASES + [(to_traditional(t), n, w) for t, n, w in _HE_CASES])
def test_one_reading_of_he_after_a_name(text, name, whole):
    simplified = to_simplified(text)
    at = simplified.index(name) + len(name)
    assert he_ends_name(simplified, at) is whole


@pytest.mark.parametrize("text, whole", both_scripts([
    ("日本银行行长植田和男在东京表示将维持宽松货币政策。", True),
    ("首相岸田和夫人出席晚宴。", False),
]))
def test_a_japanese_given_name_opening_with_he(text, whole):
    simplified = to_simplified(text)
    assert japanese_he_name(simplified, simplified.index("和")) is whole


@pytest.mark.parametrize("text, name", both_scripts([
    (t, n + "和") for t, n, whole in _HE_CASES if whole and not t.startswith("院士刘中民")
] + [("日本银行行长植田和男在东京表示将维持宽松货币政策。", "植田和男")]))
def test_the_extraction_reads_the_whole_name(pipeline, text, name):
    people = {m for label, m in labelled_mentions(pipeline, text) if label == "PERSON"}
    assert name in people and name[:2] not in people, people


@pytest.mark.parametrize("text, name", both_scripts([
    (t, n) for t, n, whole in _HE_CASES if not whole and not t.startswith(("院士刘中民", "王平和昨天"))
]))
def test_the_extraction_keeps_he_out_where_it_joins_two(pipeline, text, name):
    people = {m for label, m in labelled_mentions(pipeline, text) if label == "PERSON"}
    assert name in people and name + "和" not in people, people


@pytest.mark.parametrize("text, person, body, title", both_scripts([
    # roles38's: the name after a title ends in 和, the post is the whole name's
    ("台北市政府社会局今天召开记者会，局长张家和今天表示将增加补助。", "张家和", "台北市政府社会局", "局长"),
    ("杭州市环保局昨天通报水质，局长李永和表示将加强执法。", "李永和", "杭州市环保局", "局长"),
    ("经济部长施克和今天表示，将检讨油价。", "施克和", "经济部", "部长"),
]))
def test_the_post_is_the_whole_names(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize("text, person, body, title", both_scripts([
    ("杭州市环保局局长王平和副局长张伟今天到场。", "王平", "杭州市环保局", "局长"),
]))
def test_the_post_of_the_first_of_two(pipeline, text, person, body, title):
    found = roles(pipeline, text)
    assert (person, body, title) in found and not any(p == person + "和" for p, _b, _t in found)


# ---- 2. session 31's leftovers

@pytest.mark.parametrize("text, name, cut", both_scripts([
    # the document writes the three letters apart (a mark after them): the person cut before a time word or an
    # adverb is that name
    ("童杭时，浙江人，曾任大理院庭长。在广州任职期间，童杭时常来往于北京。", "童杭时", "童杭"),
    ("韩文正，曾任上海市市长。在任期间，韩文正推动了浦东开发。", "韩文正", "韩文"),
]))
def test_a_name_the_document_writes_apart_is_whole(pipeline, text, name, cut):
    people = {m for label, m in labelled_mentions(pipeline, text) if label == "PERSON"}
    assert name in people and cut not in people, people


@pytest.mark.parametrize("text, name", both_scripts([
    # nowhere written apart, or written before a letter that ends no name (说, 等): the two letters stay
    ("王明时常来往于北京。", "王明"),
    ("王明说，他时常来往于北京。王明时常来往于上海。", "王明"),
    ("李强、王明等，都时常来往于北京。王明时常来往于上海。", "王明"),
]))
def test_a_two_letter_name_stays_where_nothing_writes_it_longer(pipeline, text, name):
    people = {m for label, m in labelled_mentions(pipeline, text) if label == "PERSON"}
    assert name in people and not any(p.startswith(name) and len(p) == 3 for p in people), people


@pytest.mark.parametrize("text, person", both_scripts([
    ("國大代表王大明今天表示反對修憲。", "王大明"),
    ("1948年王大明當選第一屆國大代表。", "王大明"),
    ("王大明歷任台灣省議員、國大代表及立法委員。", "王大明"),
]))
def test_a_deputy_of_the_national_assembly(pipeline, text, person):
    assert (person, "国大", "代表") in roles(pipeline, text)


@pytest.mark.parametrize("text, bodies", both_scripts([
    ("印度国大党领袖甘地今天表示反对。", {"印度国大党"}),
]))
def test_guo_da_inside_a_longer_name_is_that_name(pipeline, text, bodies):
    orgs = {m for label, m in labelled_mentions(pipeline, text) if label == "ORGANIZATION"}
    assert bodies <= orgs and "国大" not in orgs, orgs


@pytest.mark.parametrize("text, edges", both_scripts([
    # a legislator's seat in a party, the 立法院 the text names or a place stays
    ("民進黨立委陳文雄今天表示，政府應檢討國防預算。", {("陈文雄", "民进党", "立委")}),
    ("时代力量立委王婉谕今天表示支持。", {("王婉谕", "时代力量", "立委")}),
    ("台北市立委王明今天表示支持。", {("王明", "台北市", "立委")}),
    ("立法院昨日审查预算，黄国栋立委要求政府说明。", {("黄国栋", "立法院", "立委")}),
]))
def test_a_legislators_seat(pipeline, text, edges):
    assert edges <= set(roles(pipeline, text))


@pytest.mark.parametrize("text, person", both_scripts([
    # a mainland body (or any body no party and no 立法院) holds no 立委; no 立法院 named, no seat but the party's
    ("北京大学立委王明今天表示支持。", "王明"),
    ("北京市人大常委会今天开会，立委王明表示支持。", "王明"),
    ("國民黨立委王大明今天在台北市議會表示反對。", "王大明"),
]))
def test_no_legislators_seat_outside_taiwans_bodies(pipeline, text, person):
    found = roles(pipeline, text)
    assert not any(p == person and t == "立委" and not b.endswith("党") for p, b, t in found), found


# ---- 3. Traditional text's largest group of missed roles: people the rules cut from the recogniser's right name


@pytest.mark.parametrize("text, person, body, title", both_scripts([
    # a king's number is no two letters run on (settle_person_spans kept 路易 beside 路易 alone)
    ("她在15岁的时候与法国国王路易十五的儿子法国的路易结婚，成为法国王太子妃。", "路易十五", "法国", "国王"),
    # a surname alone run into a body the model read (苏|家乐): one name before 获委任为
    ("政府今日宣布，苏家乐获委任为消防处处长，下月一日起生效。", "苏家乐", "消防处", "处长"),
]))
def test_the_whole_name_holds_the_post(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize("text, person, absent", both_scripts([
    # a person of three Han letters before 大学毕业 left a university, none is named after him
    ("林志杰大学毕业后曾在台积电担任工程师，后来转往联发科任职。", "林志杰", "林志杰大学"),
]))
def test_a_graduate_is_no_university(pipeline, text, person, absent):
    found = labelled_mentions(pipeline, text)
    assert ("PERSON", person) in found and ("ORGANIZATION", absent) not in found, found


@pytest.mark.parametrize("text, present", both_scripts([
    ("王明在中山大学毕业后曾在华为任职。", ("ORGANIZATION", "中山大学")),
    ("罗纳德·里根大厦今天开放。", ("PLACE", "罗纳德·里根大厦")),
]))
def test_names_beside_those_stay(pipeline, text, present):
    assert present in labelled_mentions(pipeline, text)
