"""Roles in the forms Hong Kong and Taiwan news writes them (session 26, rolestw28), each in Simplified and
Traditional (``both_scripts``): a bare spokesperson's title (发言人X) given the body its sentence or the text's
opening sentence names; people listed before 等 and a count whose title a word of time or an adverb follows
(等3名国民党立委今天表示); 以…身分, as Taiwan spells 身份; 身兼 before a list of posts; 台 before a state's title in
quotation marks (台“副总统”萧万长: 台湾's); a party's badge with 的 before a title (民进党籍的立委X: 党员 of the
party); Hong Kong and Taiwan entertainment companies named bare (杰威尔, 寰亚).

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts, entity_names, memberships, org_mentions
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # the opening sentence names one body, the spokesperson's sentence none
        ("行政院今天召开院会。发言人苏俊宾表示，将调整油价。", ("苏俊宾", "行政院", "发言人")),
        ("民进党今天召开中常会。会后，发言人郑文灿表示，党内将团结。", ("郑文灿", "民进党", "发言人")),
        ("行政院今天召开院会。院会通过预算。发言人苏俊宾表示，将调整油价。", ("苏俊宾", "行政院", "发言人")),
        ("国民党今天召开中常会。新闻发言人李四表示，将全力支持。", ("李四", "国民党", "新闻发言人")),
        # the body named in an earlier clause of the same sentence
        ("行政院今天召开院会，发言人苏俊宾表示，将调整油价。", ("苏俊宾", "行政院", "发言人")),
    ]),
)
def test_spokesperson_of_the_body_named_before(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # an outlet opens the text: it reports, the spokesperson is someone else's
        "新华社今天报道。发言人苏俊宾表示，将调整油价。",
        # two bodies in the opening sentence: no telling whose
        "行政院和立法院今天开会。发言人苏俊宾表示，将调整油价。",
        # a body after the title in its sentence
        "行政院今天召开院会。发言人苏俊宾表示，国民党将全力支持。",
        # no body anywhere before it
        "发言人苏俊宾表示，将调整油价。",
    ]),
)
def test_no_spokesperson_body(pipeline, text):
    assert not [r for r in roles(pipeline, text) if r[2] in ("发言人", "新闻发言人")]


def test_spokesperson_of_a_named_body_stays_its_own(pipeline):
    found = roles(pipeline, "行政院今天召开院会。国民党发言人李四表示反对。")
    assert ("李四", "国民党", "发言人") in found
    assert ("李四", "行政院", "发言人") not in found


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("张三、李四、王五等3名国民党立委今天表示反对。",
         [("张三", "国民党", "立委"), ("李四", "国民党", "立委"), ("王五", "国民党", "立委")]),
        ("江丙坤、林丰正等3位国民党副主席昨日出席。", [("林丰正", "国民党", "副主席"), ("江丙坤", "国民党", "副主席")]),
        ("江丙坤、林丰正等3位国民党副主席也表示支持。", [("林丰正", "国民党", "副主席"), ("江丙坤", "国民党", "副主席")]),
        ("江丙坤、林丰正等3位国民党副主席在会上发言。", [("林丰正", "国民党", "副主席"), ("江丙坤", "国民党", "副主席")]),
    ]),
)
def test_listed_before_a_count_and_a_time_word(pipeline, text, expected):
    found = roles(pipeline, text)
    assert all(e in found for e in expected)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # the title is a longer word's: 副主席候选人 (候选 alone would read as a verb)
        "江丙坤、林丰正等3位国民党副主席候选人今天表示。",
        "张三、李四等3名国民党立委候选人今天表示。",
    ]),
)
def test_listed_title_inside_a_longer_word(pipeline, text):
    assert not roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("王雪红以宏达电董事长身分出席会议。", ("王雪红", "宏达电", "董事长")),
        ("王雪红以宏达电董事长的身分出席会议。", ("王雪红", "宏达电", "董事长")),
    ]),
)
def test_in_the_capacity_of_taiwan_spelling(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "王雪红以宏达电董事长的名义捐款。",
        "王雪红以宏达电董事长的分析为例。",
    ]),
)
def test_no_capacity_without_its_word(pipeline, text):
    assert not roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("郝龙斌身兼国民党副主席、台北市长。", [("郝龙斌", "国民党", "副主席"), ("郝龙斌", "台北市", "市长")]),
        ("王雪红身兼宏达电董事长、威盛电子董事。", [("王雪红", "宏达电", "董事长"), ("王雪红", "威盛电子", "董事")]),
    ]),
)
def test_holds_posts_at_once(pipeline, text, expected):
    found = roles(pipeline, text)
    assert all(e in found for e in expected)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("台“总统”马英九今天出席活动。", ("马英九", "台湾", "总统")),
        ("台“副总统”萧万长今天出席活动。", ("萧万长", "台湾", "副总统")),
        ("据报道，台“副总统”萧万长今天出席活动。", ("萧万长", "台湾", "副总统")),
        ("台“领导人”马英九今天表示。", ("马英九", "台湾", "领导人")),
    ]),
)
def test_taiwan_letter_before_a_quoted_state_title(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # the letter ends a longer word
        "舞台“总统”王明今天表示。",
        # no state's title: 台“立委” names no body, as “立委” alone does not
        "台“立委”邱毅今天表示。",
    ]),
)
def test_no_taiwan_from_the_letter(pipeline, text):
    assert not roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("民进党籍的立委管碧玲今天表示。", ("管碧玲", "民进党", "党员")),
        ("国民党籍的台北市长郝龙斌表示。", ("郝龙斌", "国民党", "党员")),
    ]),
)
def test_party_badge_with_de_before_a_title(pipeline, text, expected):
    assert expected in memberships(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "无党籍的立委高金素梅今天表示。",
        "国民党主席的立委王明今天表示。",
    ]),
)
def test_no_party_badge(pipeline, text):
    assert not memberships(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("杰威尔总经理杨峻荣表示，周杰伦将开演唱会。", ("杨峻荣", "杰威尔", "总经理")),
        ("寰亚董事长林建岳出席首映礼。", ("林建岳", "寰亚", "董事长")),
        ("英皇娱乐总经理王明表示。", ("王明", "英皇娱乐", "总经理")),
        # the full name and its short form are one body, named by the full name
        ("寰亚电影今天宣布，寰亚董事长林建岳将出席首映礼。", ("林建岳", "寰亚电影", "董事长")),
        ("杰威尔音乐今天宣布，杰威尔总经理杨峻荣表示。", ("杨峻荣", "杰威尔音乐", "总经理")),
    ]),
)
def test_hong_kong_and_taiwan_companies(pipeline, text, expected):
    assert expected in roles(pipeline, text)


def test_ambiguous_company_needs_its_cue(pipeline):
    assert "相信音乐" not in org_mentions(pipeline, "他相信音乐能改变世界。")


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # names the recogniser reads as a place (淮南) or a particle (了): people_known.tsv rows
        ("台湾“中央银行”总裁彭淮南今天表示。", "彭淮南"),
        ("台“内政部长”廖了以今天表示。", ("廖了以", "内政部", "部长")),
        ("国民党副主席黄敏惠今天表示。", ("黄敏惠", "国民党", "副主席")),
        # a name that is a word too, read with a cue in its sentence
        ("台“国安会秘书长”苏起今天表示。", ("苏起", "国安会", "秘书长")),
    ]),
)
def test_taiwan_officials_named(pipeline, text, expected):
    found = roles(pipeline, text)
    assert (expected in found) if isinstance(expected, tuple) else any(r[0] == expected for r in found)


@pytest.mark.parametrize("text", both_scripts(["经济复苏起来还需要时间。", "苏起来到北京。"]))
def test_word_name_needs_its_cue(pipeline, text):
    assert "苏起" not in {n for _, n in entity_names(pipeline, text)}


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a quoted title chains after 兼 or 、 as an unquoted one
        ("国民党主席兼“总统”马英九今天表示。", ("马英九", "国民党", "主席")),
        ("国民党主席、“总统”马英九今天表示。", ("马英九", "国民党", "主席")),
        ("国民党副主席兼“台北市长”郝龙斌表示。", ("郝龙斌", "国民党", "副主席")),
        ("国民党副主席兼“台北市长”郝龙斌表示。", ("郝龙斌", "台北市", "市长")),
    ]),
)
def test_quoted_title_in_a_chain(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, wrong",
    both_scripts([
        # a state's head chained after a party's post is no party's
        ("国民党主席兼总统马英九今天表示。", ("马英九", "国民党", "总统")),
        ("国民党主席兼“总统”马英九今天表示。", ("马英九", "国民党", "总统")),
        ("民进党主席兼市长王明今天表示。", ("王明", "民进党", "市长")),
    ]),
)
def test_no_party_holds_a_state_post(pipeline, text, wrong):
    assert wrong not in roles(pipeline, text)


def test_chain_still_shares_other_posts(pipeline):
    assert ("王明", "国民党", "秘书长") in roles(pipeline, "国民党副主席兼秘书长王明今天表示。")
