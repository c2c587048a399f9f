"""Posts read in session 22 (roles22), each in Simplified and Traditional (``both_scripts``): an acting head keeps the
word of acting (代理市长, 代省长, 署理司长) wherever it is written; posts kept (连任, 续任, 留任, 继续担任, 仍将担任) and won
(高票当选, 再次当选); 将/把 putting the one appointed before the verb (国务院将王明任命为…), while 将 before the verb of
appointing is a plan (董事会将任命王明为…); appositions with 的 (王明，华强集团的董事长，) or in brackets (王明（华强集团
董事长）); a portal's aside with a comma between a body and its title.

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, expected, absent",
    both_scripts([
        # a place's acting head, the word of acting between the place and the title, or before the place
        ("台北市代理市长林钦荣今天主持市政会议。", ("林钦荣", "台北市", "代理市长"), ("林钦荣", "台北市", "市长")),
        ("代理新北市长刘和然今天主持市政会议。", ("刘和然", "新北市", "代理市长"), ("刘和然", "新北市", "市长")),
        ("李明出任台北市代理市长。", ("李明", "台北市", "代理市长"), ("李明", "台北市", "市长")),
        ("交通部长暨代理行政院长王国材今天出席会议。", ("王国材", "行政院", "代理院长"), ("王国材", "行政院", "院长")),
        ("署理财政司司长陈茂波今日表示，预算案将如期公布。", ("陈茂波", "财政司", "署理司长"), ("陈茂波", "财政司", "司长")),
        # the mainland's 代 before a division head's title
        ("湖南省代省长李明出席会议。", ("李明", "湖南省", "代省长"), ("李明", "湖南省", "省长")),
        ("深圳市代市长覃伟中出席会议。", ("覃伟中", "深圳市", "代市长"), ("覃伟中", "深圳市", "市长")),
        ("李明被任命为深圳市代市长。", ("李明", "深圳市", "代市长"), ("李明", "深圳市", "市长")),
        # in a chain of posts, the chain reads on past the word of acting
        ("湖南省委副书记、代省长李明出席会议。", ("李明", "湖南省委", "副书记"), ("李明", "湖南省", "省长")),
        ("华强集团董事、代理总经理李明出席会议。", ("李明", "华强集团", "代理总经理"), ("李明", "华强集团", "总经理")),
    ]),
)
def test_acting_heads(pipeline, text, expected, absent):
    found = roles(pipeline, text)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("湖南省委副书记、代省长李明出席会议。", ("李明", "湖南省", "代省长")),
        # the title as written, no acting word: unchanged
        ("台北市长柯文哲今天出席活动。", ("柯文哲", "台北市", "市长")),
        ("湖南省省长李明出席会议。", ("李明", "湖南省", "省长")),
        ("深圳市委副书记、市长覃伟中出席会议。", ("覃伟中", "深圳市", "市长")),
        ("代表团团长李明出席会议。", ("李明", "代表团", "团长")),
    ]),
)
def test_heads_as_written(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # posts kept: held now, a word of the future before them or not
        ("王明连任华强集团董事长。", ("王明", "华强集团", "董事长")),
        ("王明获连任华强集团董事长。", ("王明", "华强集团", "董事长")),
        ("王明续任华强集团董事长。", ("王明", "华强集团", "董事长")),
        ("王明留任华强集团董事长。", ("王明", "华强集团", "董事长")),
        ("王明继续担任华强集团董事长。", ("王明", "华强集团", "董事长")),
        ("王明将继续担任华强集团董事长。", ("王明", "华强集团", "董事长")),
        ("王明仍将担任华强集团董事长。", ("王明", "华强集团", "董事长")),
        ("王明将连任华强集团董事长。", ("王明", "华强集团", "董事长")),
        # posts won
        ("柯文哲高票当选台北市长。", ("柯文哲", "台北市", "市长")),
        ("李明全票当选华强集团董事长。", ("李明", "华强集团", "董事长")),
        ("李明以高票当选华强集团董事长。", ("李明", "华强集团", "董事长")),
        ("李明顺利当选华强集团董事长。", ("李明", "华强集团", "董事长")),
        ("王明再次当选华强集团董事长。", ("王明", "华强集团", "董事长")),
        ("王明成功连任台北市长。", ("王明", "台北市", "市长")),
        # 将/把 before the one appointed moves the object: no plan
        ("国务院将王明任命为教育部副部长。", ("王明", "教育部", "副部长")),
        ("国务院把王明任命为教育部副部长。", ("王明", "教育部", "副部长")),
        ("国务院决定将王明任命为教育部副部长。", ("王明", "教育部", "副部长")),
        ("华强集团董事会将王明任命为总经理。", ("王明", "华强集团", "总经理")),
        ("董事会将王明聘为华强集团总经理。", ("王明", "华强集团", "总经理")),
        # a time told relative to the story's day, its month in letters; a name the recogniser ran into 日前
        ("李明今年六月起担任华强集团总经理。", ("李明", "华强集团", "总经理")),
        ("李明日前获任命为行政院发言人。", ("李明", "行政院", "发言人")),
        # the verbs of appointing without a word of the future: held, as before
        ("华强集团董事会聘任王明为总经理。", ("王明", "华强集团", "总经理")),
        ("华强集团聘请王明担任总经理。", ("王明", "华强集团", "总经理")),
        ("华强集团成立于2005年，王明担任董事长。", ("王明", "华强集团", "董事长")),
    ]),
)
def test_posts_kept_won_and_given(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        # a word of the future before the verb of appointing, or before the verb after the name: a plan
        ("华强集团董事会将任命王明为总经理。", ("王明", "华强集团", "总经理")),
        ("华强集团董事会拟聘任王明为总经理。", ("王明", "华强集团", "总经理")),
        ("国务院将任命王明为教育部副部长。", ("王明", "教育部", "副部长")),
        ("华强集团将聘请王明担任总经理。", ("王明", "华强集团", "总经理")),
        ("华强集团拟聘请王明担任总经理。", ("王明", "华强集团", "总经理")),
        ("拟将王明任命为教育部副部长。", ("王明", "教育部", "副部长")),
        ("华强集团成立于2005年，王明将担任董事长。", ("王明", "华强集团", "董事长")),
        ("王明将于明年出任华强集团总裁。", ("王明", "华强集团", "总裁")),
        # 继续 with no post after it, 留任 with no body
        ("王明将继续留在华强集团。", ("王明", "华强集团", "董事长")),
    ]),
)
def test_plans_are_still_no_posts(pipeline, text, absent):
    assert absent not in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # an apposition with 的 between the body and the title
        ("周永明，宏达电的总经理，今天表示，新产品将在下月推出。", ("周永明", "宏达电", "总经理", False)),
        ("王明，华强集团的董事长，今天表示，公司将扩大投资。", ("王明", "华强集团", "董事长", False)),
        ("王明，华强集团的前董事长，今天表示，公司将扩大投资。", ("王明", "华强集团", "董事长", True)),
        # posts in brackets after the name
        ("王明（华强集团董事长）表示，公司将扩大投资。", ("王明", "华强集团", "董事长", False)),
        ("王明(华强集团董事长)表示，公司将扩大投资。", ("王明", "华强集团", "董事长", False)),
        ("王明（华强集团董事长兼总经理）表示，公司将扩大投资。", ("王明", "华强集团", "总经理", False)),
        ("王明（华强集团党委书记、董事长）表示，公司将扩大投资。", ("王明", "华强集团", "董事长", False)),
        ("王明（前华强集团董事长）表示，公司将扩大投资。", ("王明", "华强集团", "董事长", True)),
        ("王明（华强集团前董事长）表示，公司将扩大投资。", ("王明", "华强集团", "董事长", True)),
        # a portal's links in brackets, a comma between them, after the body
        ("亿城集团(企业专区,旗下楼盘)董事长张丽萍认为，民企抵抗风险的能力比较弱。", ("张丽萍", "亿城集团", "董事长", False)),
        # a party's 籍 and 的 before a member's title, as 民进党籍立委 is read
        ("民进党籍的立委陈其迈今天表示反对。", ("陈其迈", "民进党", "立委", False)),
        ("国民党籍的台北市议员李明今天表示反对。", ("李明", "台北市", "市议员", False)),
        # body + 的 + name + title, the title before 上台 or 致词
        ("接下来有请北京市平谷区建设委员会的刘晓光主任上台致词！", ("刘晓光", "北京市平谷区建设委员会", "主任", False)),
    ]),
)
def test_appositions(pipeline, text, expected):
    from zhkg.stages.normalise import to_simplified

    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    found = {(names[r.source], names[r.target], r.role_simplified, r.former)
             for r in ex.relations if r.kind.value == "HOLDS_ROLE"}
    assert expected in found, found


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        # the post is another's, or the brackets hold more than the post
        ("王明，华强集团的董事长李四的助手，今天表示。", ("王明", "华强集团", "董事长")),
        ("王明（华强集团董事长之子）表示，公司将扩大投资。", ("王明", "华强集团", "董事长")),
        ("王明（华强集团董事长李四之子）表示，公司将扩大投资。", ("王明", "华强集团", "董事长")),
        ("王明（右）与华强集团董事长李四握手。", ("王明", "华强集团", "董事长")),
        # 籍 of no party: a nationality
        ("中国籍的教练李明今天表示。", ("李明", "中国", "教练")),
        # an aside with a full stop inside is no portal's links
        ("亿城集团(企业专区。旗下楼盘)董事长张丽萍认为，民企抵抗风险的能力比较弱。", ("张丽萍", "亿城集团", "董事长")),
    ]),
)
def test_appositions_refused(pipeline, text, absent):
    assert absent not in roles(pipeline, text)
