"""Names in biographies and appointment notices (session 15, measured on Weibo NER and Resume NER dev):

* a person named before the profile's sex (黄家言，男，; 姓名：X性别：女);
* a company's name with a bracketed qualifier (华光电子（深圳）有限公司), never the part after the bracket alone;
* a name read across a date's last letter (2011年5月|华光…) starts after it;
* a company between a verb of taking a post and an officer's title (任|蓝桥科技|副总经理), with the recogniser's
  person (任欣达) or place yielding to it; generic references, departments and regions are no companies.

Every passage is written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

PROFILES = [
    ("黄家言，男，加拿大某大学博士，现任董事。", [("黄家言", "PERSON")], []),
    ("陈志远，男，1968年出生，高级经济师，现任董事。", [("陈志远", "PERSON")], []),
    ("何秋菊：女，汉族，大学本科学历，会计师。", [("何秋菊", "PERSON")], []),
    ("姓名：蔡文博性别：男民族：汉", [("蔡文博", "PERSON")], []),
    ("吕丰年（男，1959年生）曾任县长。", [("吕丰年", "PERSON")], []),
]


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts(PROFILES, convert_names=True))
def test_person_before_profile_sex(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text", both_scripts([
    "村里男女老少都来了，张大爷说，男的女的都有。",
    "他说：男人也要顾家。",
]))
def test_sex_without_profile_names_no_one(mentions_in, text):
    found = mentions_in(text)
    assert not any(label == "PERSON" and len(name) >= 2 and name[-1] in "们说" for name, label in found), found
    assert ("他说", "PERSON") not in found and ("张大爷说", "PERSON") not in found


BRACKETED = [
    ("2012年起任华光电子（深圳）有限公司执行董事。", [("华光电子（深圳）有限公司", "ORGANIZATION")],
     [("深圳）有限公司", "ORGANIZATION")]),
    ("他先后就职于东海证券（汇丰）上海二部和总部。", [("东海证券（汇丰）上海二部", "ORGANIZATION")],
     [("汇丰）上海二部", "ORGANIZATION")]),
]


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts(BRACKETED, convert_names=True))
def test_bracketed_qualifier_inside_company(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text", both_scripts(["据悉，（深圳）有限公司成立于去年。"]))
def test_no_company_made_of_a_bracket_tail(mentions_in, text):
    assert not any(label == "ORGANIZATION" and ("）" in name or ")" in name) and not ("（" in name or "(" in name)
                   for name, label in mentions_in(text))


DATES = [
    ("自2011年5月华光电子股份有限公司成立以来，他一直担任总经理。", [("华光电子股份有限公司", "ORGANIZATION")],
     [("月华光电子股份有限公司", "ORGANIZATION")]),
]


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts(DATES, convert_names=True))
def test_name_starts_after_a_date(finds, text, present, absent):
    finds(text, present, absent)


def test_trim_date_letters_keeps_other_names():
    from zhkg.extract.body_spans import trim_date_letters
    from zhkg.records import Label, Mention

    text = "3月日本代表团和月坛街道"
    ms = [Mention("d", 2, 4, "日本", "日本", Label.PLACE, "crf"), Mention("d", 8, 12, "月坛街道", "月坛街道", Label.PLACE, "crf")]
    # 日 after a digit is the date's (3月|日本 is no 3日); 月坛 after 和 stays whole
    assert [m.simplified for m in trim_date_letters(ms, text)] == ["日本", "月坛街道"]
    text = "3日本报记者"
    assert trim_date_letters([Mention("d", 1, 3, "日本", "日本", Label.PLACE, "crf")], text) == []


COMPANIES = [
    ("2009年4月至今，任欣达泰总经理秘书。", [("欣达泰", "ORGANIZATION")], [("任欣达泰", "PERSON")]),
    ("2013年6月至2016年3月任蓝桥科技副董事长、总裁。", [("蓝桥科技", "ORGANIZATION")], []),
    ("2008年1月至今担任宏远光标董事长。", [("宏远光标", "ORGANIZATION")], []),
    ("2010年3月至2014年12月期间任华夏安居职工监事。", [("华夏安居", "ORGANIZATION")], [("华夏", "PLACE")]),
    ("他现任公司董事、江西粮油副董事长，江西百川置业有限公司董事长。", [("江西粮油", "ORGANIZATION")], []),
]


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts(COMPANIES, convert_names=True))
def test_company_before_officer_title(finds, text, present, absent):
    finds(text, present, absent)


NOT_COMPANIES = [
    ("他曾任公司副总经理，现任本公司董事、总经理。", ["公司", "本公司"]),
    ("她曾任项目总经理，后任区域总经理。", ["项目", "区域"]),
    ("2015年出任中国区总裁，并兼任执行董事。", ["中国区", "执行"]),
    ("他是公司的主任董事会成员。", ["董事会"]),
    ("2015年他出任北京董事长。", ["北京"]),
]


@pytest.mark.parametrize(("text", "names"), both_scripts(NOT_COMPANIES))
def test_no_company_from_generic_words(mentions_in, text, names):
    from zhkg.stages.normalise import to_traditional

    found = mentions_in(text)
    for name in names:
        for written in {name, to_traditional(name)}:
            assert (written, "ORGANIZATION") not in found, (written, sorted(found))


TRADE_NAMES = [
    ("他现任大连洁净易超净技术有限公司执行董事。", [("大连洁净易超净技术有限公司", "ORGANIZATION")],
     [("易超净技术有限公司", "ORGANIZATION")]),
    ("她曾任深圳市新纶先进材料科学研究院有限公司董事。", [("深圳市新纶先进材料科学研究院有限公司", "ORGANIZATION")],
     [("材料科学研究院有限公司", "ORGANIZATION")]),
]


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts(TRADE_NAMES, convert_names=True))
def test_company_starts_at_its_place(finds, text, present, absent):
    finds(text, present, absent)


def test_no_trade_name_across_a_clause(nlp):
    from zhkg.extract.body_spans import extend_companies_to_places
    from zhkg.records import Label, Mention
    from zhkg.stages.segment import token_table

    text = "北京发布华光有限公司的消息"
    place = Mention("d", 0, 2, "北京", "北京", Label.PLACE, "gazetteer")
    company = Mention("d", 4, 10, text[4:10], text[4:10], Label.ORGANIZATION, "crf")
    out = extend_companies_to_places([place, company], text, token_table(nlp(text)))
    assert [m.simplified for m in out] == ["北京", "华光有限公司"]


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts([
    ("1999年起他在清华大学法学院任教。", [("清华大学法学院", "ORGANIZATION")], []),
    ("很多上市公司集团资产注入已经完成。", [], [("上市公司集团", "ORGANIZATION")]),
], convert_names=True))
def test_grammar_body_opening_with_a_dictionary_body(finds, text, present, absent):
    finds(text, present, absent)


RUNS = [
    ("我叫赵新民哈哈哈哈哈哈哈哈，今天好开心。", [], [("新民哈哈哈哈哈哈哈哈", "ORGANIZATION")]),
    ("好耶哈哈哈哈哈哈，明天见。", [], [("耶哈哈哈哈哈哈", "PLACE")]),
]


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts(RUNS, convert_names=True))
def test_no_name_repeats_a_letter_thrice(finds, text, present, absent):
    finds(text, present, absent)


def test_repeated_run_cut_from_person():
    from zhkg.extract.name_runs import cut_repeated_runs
    from zhkg.records import Label, Mention

    text = "超超超美的唐唐唐唐秋云"
    ms = [Mention("d", 0, 3, text[0:3], text[0:3], Label.PERSON, "crf"),
          Mention("d", 5, 11, text[5:11], text[5:11], Label.PERSON, "crf")]
    assert [m.simplified for m in cut_repeated_runs(ms)] == ["唐秋云"]


@pytest.mark.parametrize("text", both_scripts(["颁奖礼后熊欣然回国参加发布会。"]))
def test_long_person_cut_to_the_name(nlp, text):
    from zhkg.extract.name_runs import cut_long_people
    from zhkg.records import Label, Mention
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.normalise import normalise
    from zhkg.stages.segment import token_table

    simplified = normalise(text).simplified
    m = Mention("d", 4, 9, text[4:9], simplified[4:9], Label.PERSON, "crf")
    cut = cut_long_people([m], simplified, token_table(nlp(simplified)), load_lexicon())
    assert [(x.start, x.end) for x in cut] == [(4, 7)] and cut[0].text == text[4:7]


def test_long_person_cut_where_jieba_ends_a_word(nlp):
    from zhkg.extract.name_runs import cut_long_people
    from zhkg.records import Label, Mention
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.segment import token_table

    text = "销售冠军张宇橡树湾"
    m = Mention("d", 4, 9, text[4:9], text[4:9], Label.PERSON, "crf")
    table = token_table(nlp(text))
    cut = cut_long_people([m], text, table, load_lexicon())[0].simplified
    assert cut in ("张宇", "张宇橡") and len(cut) == (2 if 4 + 3 not in table.ends else 3)
    # a transliterated name keeps its length
    text = "他说麦克罗伯特森很好"
    m = Mention("d", 2, 8, text[2:8], text[2:8], Label.PERSON, "crf")
    assert cut_long_people([m], text, token_table(nlp(text)), load_lexicon())[0].simplified == "麦克罗伯特森"


def test_repeated_digits_are_no_run():
    from zhkg.extract.name_runs import cut_repeated_runs
    from zhkg.records import Label, Mention

    text = "长寿路1118号芳汇广场"
    m = Mention("d", 0, len(text), text, text, Label.PLACE, "crf")
    assert cut_repeated_runs([m]) == [m]


def test_passage_starting_inside_a_bracket_keeps_its_name(nlp):
    from zhkg.extract.body_spans import join_bracketed_qualifiers
    from zhkg.records import Label, Mention
    from zhkg.stages.segment import token_table

    text = "天河）电子竞技俱乐部的分队获得冠军"
    m = Mention("d", 0, 10, text[:10], text[:10], Label.ORGANIZATION, "crf")
    assert join_bracketed_qualifiers([m], text, token_table(nlp(text))) == [m]


CALLED = [
    ("我叫赵新民哈哈哈哈，很高兴认识大家。", [("赵新民", "PERSON")], []),
    ("昨天一名名叫卢永康的男子在车站被抓获。", [("卢永康", "PERSON")], []),
    ("村里一个名叫柴建树的老人种了十亩果树。", [("柴建树", "PERSON")], []),
]


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts(CALLED, convert_names=True))
def test_person_the_text_says_is_called_so(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text", both_scripts(["他叫我去吃饭。", "这种鱼名叫大黄鱼。"]))
def test_called_without_a_name(mentions_in, text):
    assert not any(label == "PERSON" for _, label in mentions_in(text))


UNITS = [
    ("2011年她毕业于海南大学法学院，获硕士学位。", [("海南大学法学院", "ORGANIZATION")], [("海南大学", "ORGANIZATION")]),
    ("他现任深圳力合天使创业投资管理有限公司董事长。", [("深圳力合天使创业投资管理有限公司", "ORGANIZATION")],
     [("现任深圳力合天使创业投资管理有限公司", "ORGANIZATION"), ("管理有限公司", "ORGANIZATION")]),
]


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts(UNITS, convert_names=True))
def test_school_unit_and_post_word(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts([
    ("1985年至1990年他在河南油田设计院工作。", [("河南油田设计院", "ORGANIZATION")], [("河南油田", "ORGANIZATION")]),
    ("会议由中国社科院公共管理与政府政策研究所主办。", [("中国社科院公共管理与政府政策研究所", "ORGANIZATION")], []),
], convert_names=True))
def test_institutes_after_a_place(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text", both_scripts(["他们在人民大会堂辽宁厅举行了仪式。"]))
def test_no_hall_head(mentions_in, text):
    assert not any(label == "ORGANIZATION" and name.endswith(("厂", "厅", "廳")) for name, label in mentions_in(text))


def test_long_person_repeating_its_head_is_left(nlp):
    from zhkg.extract.name_runs import cut_long_people
    from zhkg.records import Label, Mention
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.segment import token_table

    text = "关于施华洛世奇元素施华洛世奇元素是品牌"
    m = Mention("d", 2, 14, text[2:14], text[2:14], Label.PERSON, "crf")
    assert cut_long_people([m], text, token_table(nlp(text)), load_lexicon()) == [m]


@pytest.mark.parametrize("text", both_scripts(["西河公主是唐朝第十代皇帝唐顺宗李诵之女。"]))
def test_ruler_and_his_name_stay_one_person(mentions_in, text):
    from zhkg.stages.normalise import to_traditional

    found = mentions_in(text)
    assert ("唐顺宗", "PERSON") not in found and (to_traditional("唐顺宗"), "PERSON") not in found, found
