"""Titles the press sets in quotation marks in Taiwan news (session 24, rolestw25), each in Simplified and Traditional
(``both_scripts``): the holder right before a quoted title (台湾“总统”马英九, 国民党籍“立委”邱毅: as unquoted); a list of
posts read on past a quoted past post (院士、前“卫生署长”X); a bare past post at a list's end (民进党秘书长、前“立委”王拓:
the posts before it are still read); a quoted bare legislator's title (“立委”X) given the 立法院 its sentence names;
Taiwan politicians whose names are words (连战, 龙应台: ``people_known.tsv`` rows read only with a cue in the sentence).

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts, former_roles
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # the holder right before a quoted title
        ("台湾“总统”马英九今天表示，两岸应该加强交流。", ("马英九", "台湾", "总统")),
        ("国民党籍“立委”邱毅昨天召开记者会。", ("邱毅", "国民党", "立委")),
        ("国民党“立委”吴育升、邱毅表示反对。", ("邱毅", "国民党", "立委")),
        ("民进党“立委”管碧玲质疑政府的政策。", ("管碧玲", "民进党", "立委")),
        # a list of posts read past a quoted past post
        ("对于疫情，台湾“中研院”院士、前“卫生署长”陈建仁更是担心不已。", ("陈建仁", "中研院", "院士")),
        # a bare past post at the list's end: the posts before it
        ("民进党秘书长、前“立委”王拓今天表示反对。", ("王拓", "民进党", "秘书长")),
        ("民进党秘书长、前立委王拓今天表示反对。", ("王拓", "民进党", "秘书长")),
        ("国民党副主席、前立委林丰正今天表示。", ("林丰正", "国民党", "副主席")),
        # a quoted bare legislator's title, the 立法院 named in its sentence
        ("“立委”李庆华昨天在“立法院”质询时表示。", ("李庆华", "立法院", "立委")),
        ("民进党秘书长、前“立委”王拓昨天在立法院表示。", ("王拓", "立法院", "立委")),
        # names that are words: the table's rows, read with a cue in the sentence
        ("国民党荣誉主席连战今天抵达北京。", ("连战", "国民党", "荣誉主席")),
        ("台湾“文化部长”龙应台今天表示。", ("龙应台", "文化部", "部长")),
    ]),
)
def test_quoted_titles(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # a quotation holding more than the title: no holder before it
        "台湾“总统大选”马英九获胜。",
        # a place no division holds a figurative title in quotation marks
        "图为格拉斯小镇“市长”王广善。",
        # a quoted bare legislator with no 立法院 named: no one's
        "“立委”李庆华昨天表示，政府应该检讨。",
        # a bare past post with no list before it: no holder
        "前“立委”王拓今天表示反对。",
    ]),
)
def test_no_quoted_holder(pipeline, text):
    assert not roles(pipeline, text)


@pytest.mark.parametrize(
    "text, key, former",
    both_scripts([
        ("对于疫情，台湾“中研院”院士、前“卫生署长”陈建仁更是担心不已。", ("陈建仁", "卫生署", "署长"), True),
        ("对于疫情，台湾“中研院”院士、前“卫生署长”陈建仁更是担心不已。", ("陈建仁", "中研院", "院士"), False),
        ("民进党秘书长、前“立委”王拓昨天在立法院表示。", ("王拓", "民进党", "秘书长"), False),
        ("民进党秘书长、前“立委”王拓昨天在立法院表示。", ("王拓", "立法院", "立委"), True),
        # 前 before the quotation or inside it marks the post past
        ("台湾前“总统”陈水扁今天出庭。", ("陈水扁", "台湾", "总统"), True),
        ("台湾“前总统”陈水扁今天出庭。", ("陈水扁", "台湾", "总统"), True),
        ("台湾“总统”马英九今天表示，两岸应该加强交流。", ("马英九", "台湾", "总统"), False),
    ]),
)
def test_quoted_former(pipeline, text, key, former):
    assert former_roles(pipeline, text, holder=True)[key] is former


@pytest.mark.parametrize(
    "text, present",
    both_scripts([
        ("国民党前主席连战今天表示，两岸应该合作。", True),
        # the word, no cue in its sentence: no one
        ("球队连战三场，球员都很疲惫。", False),
        ("我们要连战连胜，争取冠军。", False),
    ]),
)
def test_word_names_need_cues(pipeline, text, present):
    from zhkg.stages.normalise import to_simplified

    ex = pipeline.run_texts([("t", text)]).extraction
    assert ("连战" in {to_simplified(e.name) for e in ex.entities if e.label.value == "PERSON"}) is present
