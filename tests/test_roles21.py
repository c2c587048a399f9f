"""Forms of posts read in session 21 (roles21), each in Simplified and Traditional (``both_scripts``): a title after a
list of bodies joined by 、 is every body's when its holder is named before the list (王明现任A公司、B公司董事长; a
résumé's apposition 赵某，男，…，A公司、B公司董事长; 总经理和A公司、B公司副总经理 after a verb of a career); a post of
being (作为华强集团董事长的张伟, 作为华强集团的董事长，张伟…); a post in a clause qualifying the body after it
(张伟任董事长的华强集团); posts given one each by 分别 (张伟、李明分别担任华强集团董事长和总经理).

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles


def _has(found, expected):
    return all(e in found for e in expected)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # after a verb of a career
        ("王建国现任华润置地有限公司、深圳万科企业股份有限公司董事长。",
         [("王建国", "华润置地有限公司", "董事长"), ("王建国", "深圳万科企业股份有限公司", "董事长")]),
        # three bodies, after an apposition's comma and 现任
        ("李国华，现任北京城建集团有限公司、北京建工集团有限责任公司、北京住总集团有限责任公司董事。",
         [("李国华", "北京城建集团有限公司", "董事"), ("李国华", "北京建工集团有限责任公司", "董事"),
          ("李国华", "北京住总集团有限责任公司", "董事")]),
        # a résumé's apposition, an aside in brackets after the name
        ("赵友文（1968年生），男，高级工程师，山东鲁华化工集团有限公司、金泰新材料股份有限公司董事长。",
         [("赵友文", "山东鲁华化工集团有限公司", "董事长"), ("赵友文", "金泰新材料股份有限公司", "董事长")]),
        # after another post and 和, in a list after 先后担任
        ("陈立新先生先后担任北京中信咨询有限责任公司总经理和上海浦东房地产开发集团有限公司、北京保利置业有限公司副总经理。",
         [("陈立新", "北京中信咨询有限责任公司", "总经理"), ("陈立新", "上海浦东房地产开发集团有限公司", "副总经理"),
          ("陈立新", "北京保利置业有限公司", "副总经理")]),
    ]),
)
def test_bodies_sharing_a_title(pipeline, text, expected):
    found = roles(pipeline, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(
    "text, expected, absent",
    both_scripts([
        # a list before the title's holder (a caption, a guest list) stays the last body's
        ("华润置地有限公司、深圳万科企业股份有限公司董事长王建国出席会议。",
         ("王建国", "深圳万科企业股份有限公司", "董事长"), ("王建国", "华润置地有限公司", "董事长")),
        # the subject is no holder: he met the chairmen
        ("王建国会见了华润置地有限公司、深圳万科企业股份有限公司董事长。", None, ("王建国", "华润置地有限公司", "董事长")),
        # a body after a post of its own keeps that post only
        ("王建国现任华润置地有限公司总经理、深圳万科企业股份有限公司董事长。",
         ("王建国", "华润置地有限公司", "总经理"), ("王建国", "华润置地有限公司", "董事长")),
    ]),
)
def test_bodies_sharing_a_title_refused(pipeline, text, expected, absent):
    found = roles(pipeline, text)
    assert expected is None or expected in found, found
    assert absent not in found, found


def test_bodies_sharing_a_past_title(pipeline):
    found = [e for e in pipeline.run_texts([("t", "王建国曾任华润置地有限公司、深圳万科企业股份有限公司董事长。")])
             .extraction.relations if e.kind.value == "HOLDS_ROLE"]
    assert len(found) == 2 and all(r.former for r in found)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("据悉，作为华强集团董事长的张伟表示，公司将扩大投资。", ("张伟", "华强集团", "董事长")),
        ("身为北京大学校长的李明表示，学校将扩大招生。", ("李明", "北京大学", "校长")),
        ("作为华强集团的董事长，张伟表示公司将扩大投资。", ("张伟", "华强集团", "董事长")),
        ("作为北京大学校长，李明表示学校将扩大招生。", ("李明", "北京大学", "校长")),
        ("身为华强集团董事长，张伟却很少出席董事会。", ("张伟", "华强集团", "董事长")),
    ]),
)
def test_posts_of_being(pipeline, text, expected):
    found = roles(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        # the post is someone else's: his wife, his assistant, the next clause's subject's relative
        ("作为华强集团董事长的妻子，李丽出席了晚宴。", ("李丽", "华强集团", "董事长")),
        ("作为华强集团董事长张伟的助手，李明参加了会议。", ("李明", "华强集团", "董事长")),
        ("作为北京大学校长，李明的讲话引起关注。", ("李明", "北京大学", "校长")),
        # an assistant's post is no chairman's
        ("作为华强集团的董事长助理，张伟表示公司将扩大投资。", ("张伟", "华强集团", "董事长")),
    ]),
)
def test_posts_of_being_refused(pipeline, text, absent):
    assert absent not in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected, former",
    both_scripts([
        ("张伟任董事长的华强集团昨日发布公告。", ("张伟", "华强集团", "董事长"), False),
        ("由马云担任董事局主席的阿里巴巴集团昨日公布财报。", ("马云", "阿里巴巴集团", "董事局主席"), False),
        ("张伟曾任董事长的华强集团昨日发布公告。", ("张伟", "华强集团", "董事长"), True),
    ]),
)
def test_post_in_a_clause_before_the_body(pipeline, text, expected, former):
    found = [r for r in pipeline.run_texts([("t", text)]).extraction.relations if r.kind.value == "HOLDS_ROLE"]
    assert expected in roles(pipeline, text)
    assert [r.former for r in found] == [former]


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # not held yet
        "张伟拟任董事长的华强集团昨日发布公告。",
        "张伟将担任董事长的华强集团昨日发布公告。",
        # a title free of bodies: the director of a film, not of the studio
        "张伟担任导演的北京电影制片厂出品了这部电影。",
        # no body after 的
        "张伟任董事长的时候，华强集团发展迅速。",
    ]),
)
def test_post_in_a_clause_before_the_body_refused(pipeline, text):
    assert not [e for e in roles(pipeline, text) if e[0] == "张伟"]


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("张伟、李明分别担任华强集团董事长和总经理。", [("张伟", "华强集团", "董事长"), ("李明", "华强集团", "总经理")]),
        ("张伟和李明分别任北京大学校长、清华大学校长。", [("张伟", "北京大学", "校长"), ("李明", "清华大学", "校长")]),
        ("张伟、李明分别当选华强集团董事长、副董事长。", [("张伟", "华强集团", "董事长"), ("李明", "华强集团", "副董事长")]),
    ]),
)
def test_posts_given_respectively(pipeline, text, expected):
    found = roles(pipeline, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # three people, two posts: nothing is given
        "张伟、李明、王刚分别担任华强集团董事长和总经理。",
    ]),
)
def test_posts_given_respectively_refused(pipeline, text):
    assert not roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a board appoints its body's officers: the post is the body's, not the board's
        ("华强集团董事会聘任张伟为总经理。", ("张伟", "华强集团", "总经理")),
        ("华强集团董事会选举张伟为董事长。", ("张伟", "华强集团", "董事长")),
        ("华强集团监事会推选李明为监事会主席。", ("李明", "华强集团", "监事会主席")),
        # more verbs of appointing: 选举, 聘请; of being appointed: 被聘为, 受聘为, 履新
        ("华强集团选举张伟为董事长。", ("张伟", "华强集团", "董事长")),
        ("北京大学聘请李明为教授。", ("李明", "北京大学", "教授")),
        ("张伟被聘为华强集团总经理。", ("张伟", "华强集团", "总经理")),
        ("近日，李明正式履新北京大学校长。", ("李明", "北京大学", "校长")),
    ]),
)
def test_appointed(pipeline, text, expected):
    found = roles(pipeline, text)
    assert expected in found, found
    assert not [e for e in found if e[1].endswith(("董事会", "监事会"))], found


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("张伟、李明当选为华强集团副董事长。", [("张伟", "华强集团", "副董事长"), ("李明", "华强集团", "副董事长")]),
        ("会上，王刚、张伟和李明当选为华强集团副董事长。",
         [("王刚", "华强集团", "副董事长"), ("张伟", "华强集团", "副董事长"), ("李明", "华强集团", "副董事长")]),
        ("张伟与李明出任北京大学副校长。", [("张伟", "北京大学", "副校长"), ("李明", "北京大学", "副校长")]),
    ]),
)
def test_subjects_listed_before_a_verb_of_appointment(pipeline, text, expected):
    found = roles(pipeline, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        # which post is whose is not said
        ("张伟和李明担任华强集团董事长和总经理。", ("张伟", "华强集团", "董事长")),
        # an apposition after a list of names is the last one's only
        ("王刚、张伟，华强集团董事长。", ("王刚", "华强集团", "董事长")),
        # 分别: one post each
        ("张伟、李明分别担任华强集团董事长和总经理。", ("张伟", "华强集团", "总经理")),
    ]),
)
def test_subjects_listed_before_refused(pipeline, text, absent):
    assert absent not in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a post left: 不再担任, 被免去, 免去 + person
        ("张伟不再担任华强集团董事长。", ("张伟", "华强集团", "董事长")),
        ("因工作调动，张伟将不再担任华强集团董事长职务。", ("张伟", "华强集团", "董事长")),
        ("张伟被免去华强集团董事长职务。", ("张伟", "华强集团", "董事长")),
        ("国务院决定免去张伟的教育部副部长职务。", ("张伟", "教育部", "副部长")),
    ]),
)
def test_posts_left_are_former(pipeline, text, expected):
    ex = pipeline.run_texts([("t", text)]).extraction
    assert expected in roles(pipeline, text)
    assert all(r.former for r in ex.relations if r.kind.value == "HOLDS_ROLE")


@pytest.mark.parametrize(
    "text, expected, absent",
    both_scripts([
        # the one appointed holds it now, the one removed held it before
        ("国务院任命李明为教育部副部长；免去张伟的教育部副部长职务。", ("李明", "教育部", "副部长"), None),
        # never held, or no post named: nothing
        ("张伟从未担任华强集团董事长。", None, ("张伟", "华强集团", "董事长")),
        ("张伟并未出任华强集团董事长。", None, ("张伟", "华强集团", "董事长")),
        ("会议决定免去张伟的职务。", None, None),
    ]),
)
def test_posts_left_refused(pipeline, text, expected, absent):
    from zhkg.stages.normalise import to_simplified

    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    held_now = [names[r.source] for r in ex.relations if r.kind.value == "HOLDS_ROLE" and not r.former]
    found = roles(pipeline, text)
    assert expected is None or expected in found, found
    assert absent is None or absent not in found, found
    assert "张伟" not in held_now, held_now
