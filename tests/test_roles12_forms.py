"""Forms of posts biographies and Hong Kong and Taiwan news write (round 12), each in Simplified and in
Traditional (s2tw, s2hk).

The passages are probes written for these tests (no source text); each form has negatives: a pronoun with no
one or two people before it, a title with no body written, a letter that ends a longer place's name.
"""

import pytest

from zhkg.stages.normalise import convert

SCRIPTS = ("", "s2tw", "s2hk")


def roles(pipeline, text, script=""):
    text = convert(text, script) if script else text
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: e.name for e in ex.entities}
    return sorted((names[r.source], r.role_simplified, names[r.target], r.former)
                  for r in ex.relations if r.kind.value == "HOLDS_ROLE")


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # 他/她 opening a clause is the one person named before it, in its sentence or the one before
        ("王立群毕业于清华大学。他曾任华为公司副总裁，后出任中兴通讯总经理。",
         [("王立群", "副总裁", "华为公司", True), ("王立群", "总经理", "中兴通讯", False)]),
        ("李淑芬，1950年生于台北。她曾担任台北市政府副秘书长。", [("李淑芬", "副秘书长", "台北市政府", True)]),
        ("王伟毕业于北京大学。1949年后，他出任上海市副市长。", [("王伟", "副市长", "上海市", False)]),
        ("张明表示，他曾在北京大学担任教授。", [("张明", "教授", "北京大学", True)]),
        # two people before it, or none: the pronoun is no one's
        ("王明会见了李四。他曾任华为公司副总裁。", []),
        ("他曾任华为公司副总裁。", []),
        # a quotation's 他 is someone else than the speaker
        ("王明说：“他是万科集团的董事长。”", []),
        ("王明说：“我很好。”他是万科集团的董事长。", [("王明", "董事长", "万科集团", False)]),
        # 他们 is no one person
        ("王明毕业于清华大学。他们曾任华为公司副总裁。", []),
        # a surname and an honorific: the one person of that surname named in full before
        ("王建国出生于上海。王先生曾任华为公司副总裁。", [("王建国", "副总裁", "华为公司", True)]),
        ("欧阳建国出生于上海。1990年，欧阳女士出任华为公司副总裁。", [("欧阳建国", "副总裁", "华为公司", False)]),
        ("王建国和王小明出生于上海。王先生曾任华为公司副总裁。", []),
        ("王先生曾任华为公司副总裁。", []),
    ],
)
def test_pronoun_subject(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause opened by a verb of appointment, a date or adverbs before it, is the sentence's subject's
        ("黄国强毕业于台湾大学，1985年获委任为行政院秘书长。", [("黄国强", "秘书长", "行政院", False)]),
        ("陈大文曾任香港中文大学教授，及后出任政府统计处处长。",
         [("陈大文", "处长", "政府统计处", False), ("陈大文", "教授", "香港中文大学", True)]),
        ("李明回到台湾，其后又出任中华电信董事长。", [("李明", "董事长", "中华电信", False)]),
        ("傅明在法学院毕业后不久，正式成为了美国陆军的一名军法官。", [("傅明", "军法官", "美国陆军", False)]),
        ("范丽明离开理工学院，到1990年因为获委任为教育统筹委员会主席。", [("范丽明", "主席", "教育统筹委员会", False)]),
        # the subject is an object of the clause before: nothing
        ("王明会见了李四，其后又出任中华电信董事长。", []),
        # 时任, 当时 and 正式 before the post
        ("王明时任广东省省长。", [("王明", "省长", "广东省", False)]),
        ("王明当时担任广东省省长。", [("王明", "省长", "广东省", False)]),
        ("王明正式出任万科集团总经理。", [("王明", "总经理", "万科集团", False)]),
    ],
)
def test_clause_verbs_and_adverbs(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare post after a clause that joins a body, written last in it, is that body's
        ("陈志强于2005年加入谷歌公司，出任副总裁。", [("陈志强", "副总裁", "谷歌公司", False)]),
        ("王明任职于中国银行，担任副行长。", [("王明", "副行长", "中国银行", False)]),
        # a body named but not joined holds no bare post after it
        ("陈志强于2005年访问谷歌公司，出任副总裁。", []),
        # 校长一职由…担任: the body's post, the person's; no body, nothing
        ("北京大学校长一职由王志刚担任。", [("王志刚", "校长", "北京大学", False)]),
        ("校长一职由王志刚出任。", []),
    ],
)
def test_joined_body_and_filled_post(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # bare titles in a list, another bare title after one: the same body's
        ("李华历任北京大学教授、副校长及校长。",
         [("李华", "副校长", "北京大学", True), ("李华", "教授", "北京大学", True), ("李华", "校长", "北京大学", True)]),
        # a place's title after a body named with its place is the place's
        ("王建国曾任上海市财政局局长、副市长。",
         [("王建国", "副市长", "上海市", True), ("王建国", "局长", "上海市财政局", True)]),
        # ... and no body's when no place is written
        ("王建国曾任万科集团总经理、副市长。", [("王建国", "总经理", "万科集团", True)]),
    ],
)
def test_bare_titles_in_lists(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a name the press sets in 「」 or “” after its title
        ("行政院发言人「李孟谚」今天说明。", [("李孟谚", "发言人", "行政院", False)]),
        ("台北市长“蒋万安”今天表示。", [("蒋万安", "市长", "台北市", False)]),
        # a quotation that opens before a name and closes elsewhere is no quoted name
        ("行政院发言人「李孟谚说明了」。", []),
        # a paper's credit in brackets before a reporter's byline; 据 makes it a source quoted, and an editor is no reporter
        ("（星岛日报报道）记者王小明：政府今日宣布。", [("王小明", "记者", "星岛日报", False)]),
        ("【明报专讯】记者王小明今日报道，政府宣布新措施。", [("王小明", "记者", "明报", False)]),
        ("（据新华社报道）记者王小明说。", []),
        ("（星岛日报报道）编辑王小明说。", []),
        # Taiwan's cities by a letter and 市
        ("北市长柯文哲昨日出席活动。", [("柯文哲", "市长", "台北市", False)]),
        ("高市议员陈明表示反对。", [("陈明", "市议员", "高雄市", False)]),
        ("竹县长杨文科说。", [("杨文科", "县长", "新竹县", False)]),
        # a letter ending a longer name is that name's
        ("新北市长侯友宜今天视察。", [("侯友宜", "市长", "新北市", False)]),
    ],
)
def test_hong_kong_taiwan_news(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


def test_city_short_form_has_the_city_code(pipeline):
    ex = pipeline.run_texts([("t", convert("北市长柯文哲昨日出席活动。", "s2tw"))]).extraction
    codes = {e.name: e.code for e in ex.entities}
    assert codes["台北市"] == "TW-TPE"


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # an honorific between the name and its verb or apposition
        ("杨帆先生曾任天津开发区研究所所长。", [("杨帆", "所长", "天津开发区研究所", True)]),
        ("樊军女士，万科集团监事，中国公民。", [("樊军", "监事", "万科集团", False)]),
        # a title followed by 助理 is an assistant's post: no 总经理, and the list goes on after it
        # (since roles17 the assistant's post is read, as it is before a name: 总经理助理)
        ("于建全先生，历任万科集团总经理助理、华为公司副总经理。",
         [("于建全", "副总经理", "华为公司", True), ("于建全", "总经理助理", "万科集团", True)]),
        ("王明担任中国银行行长助理。", [("王明", "行长助理", "中国银行", False)]),
    ],
)
def test_honorifics_and_assistants(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause of posts only, in a sentence a person opens with a colon or comma: that person's
        ("闵勇：男，生于1963年，清华大学教授、博士生导师。",
         [("闵勇", "博士生导师", "清华大学", False), ("闵勇", "教授", "清华大学", False)]),
        ("蒋兴灿先生：1952年1月出生，中共党员，万科集团监事会主席。", [("蒋兴灿", "监事会主席", "万科集团", False)]),
        # the posts run on into a phrase, or the person does not open the sentence: nothing
        ("闵勇：男，生于1963年，清华大学教授的儿子。", []),
        ("闵勇的学生：男，生于1990年，清华大学教授。", []),
        # two people before: nothing
        ("闵勇问王明：男，清华大学教授。", []),
    ],
)
def test_apposition_clause(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a colon after the name before the verb or the apposition
        # (a governing unit before a title is the title's: 党委书记 of the company, session 50's convention)
        ("龚建平：曾任上海二纺机股份有限公司党委书记、副总经理。",
         [("龚建平", "党委书记", "上海二纺机股份有限公司", True), ("龚建平", "副总经理", "上海二纺机股份有限公司", True)]),
        ("杨黎升先生：万科集团副总经理。", [("杨黎升", "副总经理", "万科集团", False)]),
        # a colon before a quotation gives nothing
        ("王明：万科集团总经理说得对。", []),
        # 期间 and 至今 after the dates; 之 for 的
        ("汪明先生曾于1995年至2007年期间担任万科集团之董事。", [("汪明", "董事", "万科集团", True)]),
        ("胡三忠先生自2006年至今现任万科集团副总经理。", [("胡三忠", "副总经理", "万科集团", False)]),
        # an ordinal between the verb and the body only counts the holders
        ("董建华是香港特别行政区首任行政长官。", [("董建华", "行政长官", "香港", False)]),
        ("王明为第一任万科集团董事长。", [("王明", "董事长", "万科集团", False)]),
        # a government's ministry named after it holds the post
        ("李大明，字子文，广东人，曾任国民政府外交部次长、财政部长。",
         [("李大明", "次长", "外交部", True), ("李大明", "部长", "财政部", True)]),
        # a non-executive director is no executive director
        ("陈庇昌先生，万科集团独立非执行董事。", [("陈庇昌", "独立非执行董事", "万科集团", False)]),
    ],
)
def test_resume_forms(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of posts that opens with a bare title: the posts with a body written are read
        ("王志明，浙江人，国民党籍，曾任立法委员、内政部长。", [("王志明", "部长", "内政部", True)]),
        ("王志明曾任立法委员、董事。", []),
        # 长期, 一直 before the verb; the Beiyang government's 司法总长 (a title of its own since wiki18)
        ("杨振宁长期担任纽约州立大学石溪分校教授。", [("杨振宁", "教授", "纽约州立大学石溪分校", False)]),
        ("林长民曾任北洋政府司法总长。", [("林长民", "司法总长", "北洋政府", True)]),
        # a clause of time made of a post, before the subject who holds it
        ("在担任北京大学校长期间，蔡元培推行改革。", [("蔡元培", "校长", "北京大学", False)]),
        ("在担任北京大学校长期间，蔡元培的学生很多。", []),
    ],
)
def test_biography_lists_and_time_clauses(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a name the recogniser ran into the letter that opens the link holds the post without it
        ("张伟自1995年起担任北京大学校长。", [("张伟", "校长", "北京大学", False)]),
        # 为 ends names: 朱有为 is no 朱有 who is something
        ("在南京一家证券机构任职的朱有为博士告诉记者，硬币在市场上流通。", []),
    ],
)
def test_name_run_into_the_link(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected
