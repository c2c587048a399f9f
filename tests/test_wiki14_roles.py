"""Roles as encyclopaedia histories state them (session 14, issue 11), each in Simplified and Traditional
(``both_scripts``): a fief granted to the sentence's subject or to the person after the verb, a state's general after
是, the leader of a body 以…为首, a reign's year before the verb, 被贬为, a holder's aside in brackets, a place after
的 before a title, a place's government no extractor names, 前 after an apposition's comma, a link after a short
description, a date before a bare post, 爵士 after a name.

The passages are written for these tests; each form has a negative beside it.
"""

import pytest
from helpers import both_scripts
from helpers import holds_roles as roles


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # 封 + fief + title closing the clause: the sentence's subject holds it, a person named in passing between
        ("杜如晦辅佐李世民，封蔡国公。", [("杜如晦", "国公", "蔡", False)]),
        ("郭子仪官至太尉，封汾阳郡王。", [("郭子仪", "郡王", "汾阳市", False)]),
        # a reign's year between the subject and 袭封
        ("朱祁镛于成化三年袭封襄王。", [("朱祁镛", "王", "襄", False)]),
        # 其 after the verb stands for the subject, whoever grants it
        ("李暠在位时，东晋封其为凉公。", [("李暠", "公", "凉", False)]),
        # 了 between the verb and the person who receives it
        ("刘邦封了韩信为齐王。", [("韩信", "王", "齐", False)]),
        # another person opening a clause before the verb: no one's; a verb of another word: nothing
        ("唐太宗起兵后，李靖率军攻城，封卫国公。", []),
        ("王明封锁了道路。", []),
    ]),
)
def test_fiefs_granted(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("李牧是赵国名将，多次击退匈奴。", [("李牧", "名将", "赵国", False)]),
        ("李牧是赵国人。", []),
        ("以张作霖为首的奉系军阀控制了东北。", [("张作霖", "首领", "奉系军阀", False)]),
        ("以张作霖为例，他早年当过兽医。", []),
    ]),
)
def test_generals_and_leaders(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a reign's year in letters before the verb, as a year in digits
        ("李德裕于大和七年出任西川节度使。", [("李德裕", "节度使", "西川", False)]),
        ("韩愈被贬为潮州刺史。", [("韩愈", "刺史", "潮州市", False)]),
        ("1932年，孟席斯获提升为陆军上校。", [("孟席斯", "上校", "陆军", False)]),
        ("托马斯·沃尔西是英格兰枢机主教。", [("托马斯·沃尔西", "枢机主教", "英格兰", False)]),
        # an aside in brackets after the holder; a place after 的 only says where the post is
        ("林秀怡成为无线电视（TVB）艺员。", [("林秀怡", "艺员", "无线电视", False)]),
        ("林秀怡看过无线电视（TVB）的节目。", []),
        ("白约翰是英国圣公会差会的中国传教士。", [("白约翰", "传教士", "英国圣公会差会", False)]),
    ]),
)
def test_links_and_titles_of_histories(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a place's government no extractor names, in a list of posts
        ("林洋港曾任台湾省政府主席、台北市市长。",
         [("林洋港", "主席", "台湾省政府", True), ("林洋港", "市长", "台北市", True)]),
        # 前 after an apposition's comma: a past post; 前往 is no 前
        ("陈方安生，前香港政务司司长。", [("陈方安生", "司长", "香港政务司", True)]),
        ("陈方安生，前往香港政务司开会。", []),
        # a short description, then the link
        ("李鸿章，晚清重臣，官至直隶总督。", [("李鸿章", "总督", "直隶", True)]),
        # a date between the person and a bare post whose body the sentence named before
        ("北京大学成立于1898年，蔡元培于1917年出任校长。", [("蔡元培", "校长", "北京大学", False)]),
        ("李国宝爵士是东亚银行主席。", [("李国宝", "主席", "东亚银行", False)]),
    ]),
)
def test_biographies(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # 被 + a person who appoints (a title maybe before him) + 任命为: the subject's post
        ("1949年，周恩来被毛泽东任命为外交部长。", [("周恩来", "部长", "外交部", False)]),
        # 是 + a short description, then an apposition of the post
        ("马丁·路德是德国神学家，威登堡大学教授。", [("马丁·路德", "教授", "威登堡大学", False)]),
        ("王明是美国商人，他的公司很大。", []),
        ("约翰·罗伯茨现任美国首席大法官。", [("约翰·罗伯茨", "首席大法官", "美国", False)]),
        ("班超任西域都护。", [("班超", "都护", "西域", False)]),
    ]),
)
def test_appointers_descriptions_and_offices(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a bare title + 为/是 + a person: the body the sentence named before, or that opened the sentence before
        ("中央研究院成立于1928年，首任院长为蔡元培。", [("蔡元培", "院长", "中央研究院", False)]),
        ("中央研究院成立于1928年。首任院长为蔡元培。", [("蔡元培", "院长", "中央研究院", False)]),
        ("王明与李四是朋友，主席为张三。", []),
        ("中央研究院成立于1928年，首任院长为蔡元培的学生。", []),
        # a person + a bare post, the body opening the sentence before; 曾任 makes it past
        ("国立清华大学是一所研究型大学。1931年，梅贻琦出任校长。", [("梅贻琦", "校长", "国立清华大学", False)]),
        ("国立中央大学创立于1902年，罗家伦曾任校长。", [("罗家伦", "校长", "国立中央大学", True)]),
        # the sentence before opens with a person, not a body: no holder
        ("王明参观了国立清华大学。1931年，梅贻琦出任校长。", []),
    ]),
)
def test_bodies_named_before_a_bare_title(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a state's letter and 王 after a verb, the name read apart: the king of that state
        ("王翦击败楚军，俘虏楚王负刍。", [("负刍", "王", "楚", False)]),
        # the letter closes a word (清楚): no fief
        ("他说得很清楚王小明不会来。", []),
    ]),
)
def test_fief_after_a_verb(pipeline, text, expected):
    assert roles(pipeline, text) == expected
