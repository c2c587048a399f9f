"""Entities the relation readers lost (issue 15, round 7): bodies the recogniser typed as people, bylines and
datelines, bodies set in quotation marks, and names that are no one entity — in Simplified and in Taiwan and
Hong Kong forms (zhkg.extract.combine rules 10 and 11, zhkg.extract.organisations.news_outlets)."""

import pytest

from zhkg.stages.normalise import convert

SCRIPTS = pytest.mark.parametrize("script", ["", "s2tw", "s2hk"], ids=["simplified", "taiwan", "hongkong"])


def _found(mentions_in, text, script):
    """The (surface, label) pairs found in ``text`` converted to ``script``, given back in Simplified."""
    written = convert(text, script) if script else text
    return written, {(convert(name, "t2s") if script else name, label)
                     for name, label in mentions_in(written)}


def _check(mentions_in, text, script, present, absent):
    """Every (surface, label) of ``present`` is found in ``text`` written in ``script``, none of ``absent``."""
    written, found = _found(mentions_in, text, script)
    for key in present:
        assert key in found, (written, key, sorted(found))
    for key in absent:
        assert key not in found, (written, key, sorted(found))


@SCRIPTS
@pytest.mark.parametrize("text, present, absent", [
    # a name before a title a person holds only of a body, a person after it: the body (鸿海 is Foxconn)
    ("该地块已被鸿海董事长郭台铭购得。", [("鸿海", "ORGANIZATION"), ("郭台铭", "PERSON")], [("鸿海", "PERSON")]),
    # ... and wherever the document names it again, even where the recogniser found nothing
    ("该地块已被鸿海董事长郭台铭购得。台湾近日盛传鸿海董事长郭台铭遭到追讨。",
     [("鸿海", "ORGANIZATION")], [("鸿海", "PERSON")]),
    # a name the document follows with 队, 公司 or 集团 elsewhere is that body
    ("那时皮克斯只是个不起眼的小作坊。后来皮克斯公司被迪士尼收购。", [("皮克斯", "ORGANIZATION")], [("皮克斯", "PERSON")]),
    # ... or with its product's model code (a maker), whatever the recogniser read

    ("卡西欧Z280做工精致出色。卡西欧今日发布了一款相机。", [("卡西欧", "ORGANIZATION")],
     [("卡西欧", "PERSON"), ("卡西欧", "PLACE")]),
    # one name, one sense: a name with no surname that the document reads as a team is no person elsewhere
    ("这是尼克斯自2004年以来首次打进季后赛。尼克斯队则让人失望。", [("尼克斯", "ORGANIZATION")],
     [("尼克斯", "PERSON")]),
    # each item of a list closed by 等公司 is a body; the list's first item starts at the name found there
    ("上周华夏、广发、工银瑞信、银华等公司旗下的基金多有斩获。",
     [("华夏", "ORGANIZATION"), ("银华", "ORGANIZATION")], [("华夏", "PLACE"), ("银华", "PERSON"),
                                                          ("上周华夏", "ORGANIZATION")]),
    # a team's short name before a coach's title and the coach
    ("湖人主帅菲尔-杰克逊表示满意。", [("菲尔-杰克逊", "PERSON")], [("湖人", "PERSON")]),
    # a dateline: the agency, then its places
    ("新华网俄罗斯叶卡捷琳堡5月18日电(记者刘洋 张亚晨)上海合作组织成员国会议召开。",
     [("新华网", "ORGANIZATION"), ("俄罗斯", "PLACE"), ("叶卡捷琳堡", "PLACE"), ("张亚晨", "PERSON")],
     [("新华网俄罗斯叶卡捷琳堡", "ORGANIZATION")]),
    # a reporters' credit closed by /文
    ("看太多个个都差不多新快报记者 刘嫣 贺雅佳/文 龚吉林/图由最会挑美女", [("贺雅佳", "PERSON")], []),
    # a company whose blog's name follows it in brackets, before a title
    ("五合国际(五合国际博客)的总经理邹毅也表达出类似的观点。", [("五合国际", "ORGANIZATION"), ("邹毅", "PERSON")], []),
    # a meeting after a country and before its officer's title is a body
    ("会议由俄罗斯安全会议秘书帕特鲁舍夫主持。", [("俄罗斯安全会议", "ORGANIZATION"), ("俄罗斯", "PLACE")], []),
    # a body the press sets in quotation marks before a title; the place before the quote stays a place
    ("对于疫情的扩散，台湾“中研院”院士陈健仁更是担心不已。", [("中研院", "ORGANIZATION"), ("台湾", "PLACE")], []),
    ("台湾“教育部”部长郑瑞城说，学费不会调整。", [("教育部", "ORGANIZATION"), ("台湾", "PLACE")], []),
])
def test_bodies_the_wording_names(mentions_in, script, text, present, absent):
    _check(mentions_in, text, script, present, absent)


@SCRIPTS
@pytest.mark.parametrize("text, person", [
    # precision: a person before a title a person holds of a person is still a person, and so is a person
    # before 董事长 with no person after it (郭台铭董事长表示)
    ("郭台铭董事长表示，公司将扩大投资。", "郭台铭"),
    ("王伟总经理今天到任。", "王伟"),
    # a foundation named after a person names the person too (李嘉诚基金会 is no 李嘉诚 body)
    ("李嘉诚基金会今天宣布捐款。李嘉诚表示很高兴。", "李嘉诚"),
    # a director's studio is the director's (高群书工作室), and so is a company named after its founder
    ("高群书工作室出品了这部电影。高群书表示很满意。", "高群书"),
    # a credit running into a product's code (作者：陈亮LX3) names a person
    ("作者：陈亮LX3镜头变焦虽然不大。陈亮认为值得。", "陈亮"),
    # a fund may carry its manager's name: a name with a surname before 基金 stays a person
    ("王亚伟基金业绩领先。王亚伟表示，市场仍有机会。", "王亚伟"),
    # a person's name that also opens a body's (李宁公司 aside) keeps its surname's reading
    ("王伟和张明等人出席。王伟表示满意。", "王伟"),
])
def test_people_before_titles_stay_people(mentions_in, script, text, person):
    written, found = _found(mentions_in, text, script)
    assert (person, "ORGANIZATION") not in found, (written, sorted(found))


@SCRIPTS
@pytest.mark.parametrize("text, present, absent", [
    # a country's universities are many bodies, not one; a region's is one university
    ("许多英国大学明年秋季的学费将跳涨3倍。很多学生拿到了美国大学录取通知书。",
     [("英国", "PLACE"), ("美国", "PLACE")], [("英国大学", "ORGANIZATION"), ("美国大学", "ORGANIZATION")]),
    # a name the recogniser read as a place before a company's word is the company
    ("从泛海建设、中华企业分别为旗下公司担保融资3亿元。", [("中华企业", "ORGANIZATION")], [("中华", "PLACE")]),
    # the part of a joined foreign name is that person, not a place
    ("活塞球员查理-维兰纽瓦被逐出场外。维兰纽瓦成为杀手，他先是投中三分。",
     [("维兰纽瓦", "PERSON")], [("维兰纽瓦", "PLACE")]),
])
def test_names_that_are_no_one_entity(mentions_in, script, text, present, absent):
    _check(mentions_in, text, script, present, absent)


@SCRIPTS
@pytest.mark.parametrize("text", [
    # the Games (奥运, 残奥会), and a letter glued to the transliterated name after it
    "奥运会将在伦敦举行，奥组委表示准备就绪。",
    "收入分为奥运会和残奥会两部分。",
    "我们继续把拉马库斯留在队中。",
])
def test_no_one_letter_place_without_a_code(pipeline, script, text):
    from zhkg.stages.documents import parse_documents

    written = convert(text, script) if script else text
    letters = [m.text for m in pipeline.extract_mentions(parse_documents("t", written)[0])
               if m.label.value == "PLACE" and len(m.text) == 1 and not m.code]
    assert letters == [], (written, letters)


@SCRIPTS
@pytest.mark.parametrize("text, university", [
    ("王伟获选为香港大学校长。", "香港大学"),
    # a longer country's name also names one university
    ("他毕业于哥伦比亚大学。", "哥伦比亚大学"),
])
def test_a_named_university_stays_one_body(mentions_in, script, text, university):
    written, found = _found(mentions_in, text, script)
    assert (university, "ORGANIZATION") in found, (written, sorted(found))


@SCRIPTS
def test_a_company_joining_names_keeps_its_parts(mentions_in, script):
    # a company's name joined by · (科宝·博洛尼) is no person's: its part stays the company's
    written, found = _found(mentions_in, "科宝·博洛尼橱柜上市。博洛尼表示满意。", script)
    assert ("博洛尼", "PERSON") not in found, (written, sorted(found))


@SCRIPTS
@pytest.mark.parametrize("text, letters", [
    # a country's one-letter short form as People's Daily writes it stays a place
    ("明年是中意建交40周年。", ["中", "意"]),
    ("该政策适用于港、澳、台地区。", ["港", "澳", "台"]),
])
def test_short_forms_of_countries_stay_places(pipeline, script, text, letters):
    from zhkg.stages.documents import parse_documents

    written = convert(text, script) if script else text
    found = [convert(m.text, "t2s") if script else m.text
             for m in pipeline.extract_mentions(parse_documents("t", written)[0])
             if m.label.value == "PLACE" and len(m.text) == 1]
    assert all(letter in found for letter in letters), (written, found)
