"""Roles in biographies (session 26, wiki28), each in Simplified and Traditional (``both_scripts``).

* A clause after a comma whose post is still held: ，2008年起任华强集团董事长至今 (至今 after the post closes it).
* A résumé's head dated before its verb: 张伟2005年出任…, 张伟于2005年7月起担任…, 张伟1950年至1960年任… opens a
  biography whose later sentences or clauses after a semicolon, with no subject of their own, are the head's
  (；2010年起兼任…; 。2010年起兼任…); so does a head after a date and a comma, a verb of a post after it (1993年，刘志平
  出任…).
* 自…以来 after a date and 短暂地 before a verb of appointment (张伟自2005年以来担任…, 张伟短暂地担任…).
* 在 + bodies listed by 、/和/及 + 任 + a bare title: each body's post (张伟曾先后在华夏银行、招商银行任副行长); 至今 after
  such a title (，2008年起在招商银行任行长至今).
* An apposition listing posts of several bodies by 、 (张伟，华强集团董事长、北京大学教授。), bare titles among them.
* A bare title after a clause whose posts close with 等职务, 等职 or 一职 (历任…总经理等职务，2008年起任董事长); a bare
  title in a résumé's line after a sentence that ended with the head's post (…担任华强集团副总经理。2012年升任总经理。).
* 系 after a comma read as 是 (张伟，男，汉族，系华强集团董事长。); 免去其 after a comma, a post the clause's subject held
  before (…任安庆市第七中学校长，免去其安庆市第五中学校长职务).
* 行政督察专员 and 督察专员, a district's title (``roles.tsv``): 任湖南省第二行政督察区行政督察专员兼保安司令.
* The subject of a clause after a comma when the clause before names more than one person: the one opening it, when
  the others are objects inside it (徐悲鸿自幼随父徐达章习画，1912年在…任图画教员: 徐悲鸿's, never 徐达章's).

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts, former_roles
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # 至今 after a post in a clause after a comma
        ("张伟2003年至2008年任华夏银行副行长，2008年起任招商银行行长至今。", ("张伟", "招商银行", "行长")),
        ("张伟任华夏银行副行长，2008年起任招商银行行长至今。", ("张伟", "招商银行", "行长")),
        ("张伟，男，1960年生。2003年任华夏银行副行长，2008年起任招商银行行长至今。", ("张伟", "招商银行", "行长")),
        # a résumé's head dated before its verb: the sentences after it are the head's
        ("张伟2005年出任招商银行行长。2010年起兼任华夏银行董事长。", ("张伟", "华夏银行", "董事长")),
        ("张伟于2005年出任招商银行行长；2010年起兼任华夏银行董事长。", ("张伟", "华夏银行", "董事长")),
        ("张伟1950年至1960年任北京大学校长；1960年起任清华大学校长至今。", ("张伟", "清华大学", "校长")),
        ("张伟于2005年7月起担任招商银行行长。2010年转任华夏银行董事长。", ("张伟", "华夏银行", "董事长")),
        # a date and a comma before the head, a verb of a post after it
        ("1993年，刘志平出任华强集团总经理。1998年起兼任北京大学教授。", ("刘志平", "北京大学", "教授")),
        ("2005年7月起，张伟担任华强集团董事长；2010年转任北京大学校长。", ("张伟", "北京大学", "校长")),
        # 自…以来, 短暂地
        ("张伟自2005年以来担任招商银行行长。", ("张伟", "招商银行", "行长")),
        ("张伟短暂地担任招商银行行长。", ("张伟", "招商银行", "行长")),
        ("2006年，韦契特短暂地任华夏银行行长。", ("韦契特", "华夏银行", "行长")),
        # bodies listed after 在: each body's post
        ("张伟曾先后在华夏银行、招商银行任副行长。", ("张伟", "华夏银行", "副行长")),
        ("张伟曾先后在华夏银行、招商银行任副行长。", ("张伟", "招商银行", "副行长")),
        ("张伟曾在北京大学和清华大学任教授。", ("张伟", "清华大学", "教授")),
        ("张伟曾在华夏银行任副行长，2008年起在招商银行任行长至今。", ("张伟", "招商银行", "行长")),
        # the person opening the clause before, the other an object
        ("徐悲鸿自幼随父徐达章习诗文书画，1912年在宜兴女子初级师范等学校任图画教员。",
         ("徐悲鸿", "宜兴女子初级师范", "图画教员")),
        ("张伟自幼随父张达章学医，1950年起任北京协和医院院长。", ("张伟", "北京协和医院", "院长")),
        # an apposition listing posts of bodies of their own by 、, bare titles among them
        ("张伟，华强集团董事长、北京大学教授。", ("张伟", "北京大学", "教授")),
        ("张伟，华强集团董事长、总裁、北京大学教授、博士生导师。", ("张伟", "华强集团", "总裁")),
        ("张伟，华强集团董事长、总裁、北京大学教授、博士生导师。", ("张伟", "北京大学", "博士生导师")),
        ("张伟，华强集团董事长、北京大学教授，出席了会议。", ("张伟", "北京大学", "教授")),
        # a bare title after a clause whose list of posts closes with 等职务, 等职, 一职
        ("张伟历任华强集团副总经理、总经理等职务，2008年起任董事长。", ("张伟", "华强集团", "董事长")),
        ("张伟历任华强集团副总经理、总经理等职，2008年起任董事长。", ("张伟", "华强集团", "董事长")),
        ("张伟曾任华强集团总经理一职，2008年升任董事长。", ("张伟", "华强集团", "董事长")),
        # 系 after a comma, as 是
        ("张伟，男，汉族，1960年生，系华强集团董事长。", ("张伟", "华强集团", "董事长")),
        ("张伟，男，系华强集团法定代表人。", ("张伟", "华强集团", "法定代表人")),
        # a bare title in a résumé's line after a sentence that ended with the head's post: that body's
        ("张伟2008年起担任华强集团副总经理。2012年升任总经理。", ("张伟", "华强集团", "总经理")),
        ("张伟2008年起担任华强集团副总经理；2012年兼任总经理。", ("张伟", "华强集团", "总经理")),
        ("张伟2008年起担任北京市副市长。2012年升任市长。", ("张伟", "北京市", "市长")),
        ("张伟，男，1960年生。1990年任华强集团副总经理。1995年升任总经理，2000年任董事长。", ("张伟", "华强集团", "董事长")),
        # a Republican district's commissioner, a place's title
        ("1938年，张明被派往常德，任湖南省第二行政督察区行政督察专员兼保安司令。",
         ("张明", "湖南省第二行政督察区", "行政督察专员")),
        # 免去其 after a comma: the post the clause's subject held before
        ("陈党生同志任安庆市第七中学校长，免去其安庆市第五中学校长职务。", ("陈党生", "安庆市第五中学", "校长")),
    ]),
)
def test_biography_forms(pipeline, text, expected):
    found = roles(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text, unexpected",
    both_scripts([
        # the object of the clause before holds nothing; a person right before the comma is no object to pass over
        ("徐悲鸿自幼随父徐达章习诗文书画，1912年在宜兴女子初级师范等学校任图画教员。",
         ("徐达章", "宜兴女子初级师范", "图画教员")),
        ("张伟称王伟，出任北京大学校长。", ("张伟", "北京大学", "校长")),
        # a head's sentence naming someone else opens no résumé; a new person ends it
        ("张伟2005年出任华强集团总经理，董事长王芳主持了会议。2010年起兼任北京大学教授。", ("张伟", "北京大学", "教授")),
        ("张伟2005年出任华强集团总经理，董事长王芳主持了会议。2010年起兼任北京大学教授。", ("王芳", "北京大学", "教授")),
        ("张伟2005年出任招商银行行长。2010年，李明出任华夏银行董事长。", ("张伟", "华夏银行", "董事长")),
        # a dated opening with no post after the name opens no résumé (three sentences on, no left-out subject
        # either: test_a_left_out_subject_is_the_sentences_before below)
        ("1993年，刘志平访问北京。会议在北京举行。代表团参观了工厂。1998年起兼任北京大学教授。", ("刘志平", "北京大学", "教授")),
        # an apposition's list naming another person after a post: that post is the other's
        ("张伟，华强集团董事长、北京大学教授李明的学生。", ("张伟", "北京大学", "教授")),
        # a bare title after 等职务 that no body of the clause before holds
        ("张伟曾任华强集团总经理等职务，2008年起任市长。", ("张伟", "华强集团", "市长")),
        # a bare title after a sentence: a place's title is no company's; a sentence between of someone else's ends it
        ("张伟2008年起担任华强集团董事长。2012年升任市长。", ("张伟", "华强集团", "市长")),
        ("张伟2008年起担任华强集团副总经理。2010年，李明出任董事长。2012年升任总经理。", ("张伟", "华强集团", "总经理")),
        # 系 before a post that is not the subject's
        ("张伟，男，系华强集团董事长的儿子。", ("张伟", "华强集团", "董事长")),
        ("张伟，男，系华强集团董事长李明之子。", ("张伟", "华强集团", "董事长")),
        # a post held 至今 by the person named after it
        ("王伟任北京大学教授，2008年起任华强集团董事长至今的李明也出席了。", ("王伟", "华强集团", "董事长")),
    ]),
)
def test_no_biography_form(pipeline, text, unexpected):
    found = roles(pipeline, text)
    assert unexpected not in found, found


@pytest.mark.parametrize("text", both_scripts(["1993年，刘志平访问北京。1998年起兼任北京大学教授。"]))
def test_a_left_out_subject_is_the_sentences_before(pipeline, text):
    # no résumé opens, but the next sentence leaves out its subject, the one person of the sentence before
    # (round roles257's zhkg.relate.roles_zero_subjects)
    assert ("刘志平", "北京大学", "教授") in roles(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["会议决定，免去其安庆市第五中学校长职务。",
                                                "张伟会见了李明，免去其安庆市第五中学校长职务。"]))
def test_removed_with_no_subject(pipeline, text):
    assert not roles(pipeline, text)


def test_bodies_after_at_hold_no_empty_post(pipeline):
    assert not [r for r in roles(pipeline, "张伟曾在华夏银行、招商银行任职。") if r[1] == "招商银行"]


@pytest.mark.parametrize(
    "text, key, former",
    both_scripts([
        ("张伟曾先后在华夏银行、招商银行任副行长。", ("张伟", "招商银行", "副行长"), True),
        ("张伟2005年出任招商银行行长。2010年起兼任华夏银行董事长。", ("张伟", "华夏银行", "董事长"), False),
        ("张伟任华夏银行副行长，2008年起任招商银行行长至今。", ("张伟", "招商银行", "行长"), False),
        ("陈党生同志任安庆市第七中学校长，免去其安庆市第五中学校长职务。", ("陈党生", "安庆市第五中学", "校长"), True),
        ("陈党生同志任安庆市第七中学校长，免去其安庆市第五中学校长职务。", ("陈党生", "安庆市第七中学", "校长"), False),
    ]),
)
def test_former_in_biographies(pipeline, text, key, former):
    assert former_roles(pipeline, text, holder=True).get(key) is former
