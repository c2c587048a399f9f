"""Mainland officials' careers and appointment news (session 62, careers307, issue 11).

* **Career sentences whose subject is left out** (``roles_careers.career_opening``, ``chained_subject``): a date with
  后/以后/以来/起 then 历任… (2020年后历任A、B); a word of sequence and 曾 before a move (此后，曾调任A省长、B党委书记);
  从A任上，… (the post left, former); the subject is the person of the sentence before, or the one the stand-ins of
  the sentence before stand for (他…。此后，曾调任…).
* **A verdict's posts** (利用担任A市委副书记、市长，…等职务上的便利): all former; the city's head after a committee named
  with its province (甘肃省定西市委副书记、市长: 市长 of 定西市).
* **不再担任A省委书记、常委、委员职务**, a reason of age with an aside before it (因年龄（本月底满65岁）).
* **Appointment chains**: a name after a title gives back 任 before a place (刘宁|任河南省委书记); 任上 is no name;
  X任A、Y任B each their own post; an official's title before a name that moves to a new post is former.
* **Short forms**: central bodies (中联部, 中央国安办, 中央外办…), a region's secretary (原内蒙古书记X), 前后任乡长A、B,
  an age before a subject (现年60岁的X曾…，2019年起任…).

The passages are written for these tests, names invented; each group has negatives.
"""

import pytest
from helpers import both_scripts, former_roles, role_posts


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("公开资料显示，陈志强1962年8月出生，山东人，曾任山东省委常委。2020年后历任湖北省委常委、武汉市委书记。",
         [("陈志强", "湖北省委", "常委"), ("陈志强", "武汉市委", "书记"), ("陈志强", "山东省委", "常委")]),
        ("马建国1961年生，山东人。2015年从农业部副部长任上，调任甘肃省委副书记。此后，曾调任吉林省长、宁夏党委书记。",
         [("马建国", "农业部", "副部长"), ("马建国", "吉林省", "省长"), ("马建国", "宁夏回族自治区党委", "书记")]),
        ("张建设1962年1月生，吉林人。2008年地震后，他出任水利部救灾指挥部副组长。2017年从水利部副部长任上，调职青海。"
         "此后，曾调任辽宁省长。", [("张建设", "水利部", "副部长"), ("张建设", "辽宁省", "省长")]),
    ]),
)
def test_a_career_sentence_leaving_its_subject_out_is_the_persons_before(pipeline, text, expected):
    roles = former_roles(pipeline, text, holder=True)
    for key in expected:
        assert roles.get(key) is True, roles


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "王明会见了李华。2020年后历任湖北省委常委、武汉市委书记。",  # two people before: no one's
        "2020年后，湖北经济快速发展，历任省长都重视民生。",  # no verb of a career after the date
    ]),
)
def test_a_career_sentence_with_no_one_subject_gives_nothing(pipeline, text):
    assert not [k for k in former_roles(pipeline, text, holder=True) if k[2] in ("常委", "书记", "省长")]


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("被告人孙立军利用担任湖南省岳阳市委副书记、市长，湖南省委组织部常务副部长等职务上的便利，非法收受财物。",
         [("孙立军", "湖南省岳阳市委", "副书记"), ("孙立军", "岳阳市", "市长"), ("孙立军", "湖南省委组织部", "常务副部长")]),
        ("被告人周海利用其担任华强集团董事长等职务上的便利，为他人谋取利益。", [("周海", "华强集团", "董事长")]),
        ("刘海波因年龄（本月底满65岁）不再担任江西省委书记、常委、委员职务。",
         [("刘海波", "江西省委", "书记"), ("刘海波", "江西省委", "常委"), ("刘海波", "江西省委", "委员")]),
        ("孙立军曾任浙江省宁海县委副书记、县长。", [("孙立军", "宁海县", "县长")]),
    ]),
)
def test_a_verdicts_and_a_leavers_posts_are_former(pipeline, text, expected):
    roles = former_roles(pipeline, text, holder=True)
    for key in expected:
        assert roles.get(key) is True, roles


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "孙立军曾任湖南省岳阳市委副书记、县长。",  # a county's head after a city's committee: no place named
        "周大海利用职务便利，为他人谋取利益。",  # no post named
    ]),
)
def test_no_head_of_a_division_the_committee_does_not_name(pipeline, text):
    assert not [k for k in former_roles(pipeline, text, holder=True) if k[2] in ("县长", "市长")]


@pytest.mark.parametrize(
    "text, expected, absent",
    both_scripts([
        ("云南党委书记李志刚任贵州省委书记、四川省委书记王强华任重庆市委书记。",
         [("李志刚", "云南省党委", "书记", True), ("李志刚", "贵州省委", "书记", False),
          ("王强华", "四川省委", "书记", True), ("王强华", "重庆市委", "书记", False)],
         [("王强华", "贵州省委", "书记")]),
        ("青海省长吴海军任青海省委书记。", [("吴海军", "青海省", "省长", True), ("吴海军", "青海省委", "书记", False)], []),
        ("广西党委书记刘安宁任河南省委书记。",
         [("刘安宁", "广西壮族自治区党委", "书记", True), ("刘安宁", "河南省委", "书记", False)], []),
    ]),
)
def test_appointments_listed_each_their_own_and_the_post_left_former(pipeline, text, expected, absent):
    posts = {(p, h, t): f for p, h, t, f in role_posts(pipeline, text)}
    for person, holder, title, former in expected:
        assert posts.get((person, holder, title)) is former, posts
    for key in absent:
        assert key not in posts


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("外交部长王大毅兼任中央外办主任。", ("王大毅", "外交部", "部长")),  # 兼任 adds a post
        ("华强集团董事长王明任商会会长。", ("王明", "华强集团", "董事长")),  # a company's chair is kept
    ]),
)
def test_a_post_kept_beside_the_new_one_stays_current(pipeline, text, expected):
    assert former_roles(pipeline, text, holder=True).get(expected) is False


def test_a_name_after_a_title_gives_back_the_verb_before_a_place(mentions_in):
    found = mentions_in("广西党委书记郑宇任河南省委书记，楼大生不再担任。")
    assert ("郑宇", "PERSON") in found and ("郑宇任", "PERSON") not in found


def test_in_office_is_no_name(pipeline):
    posts = role_posts(pipeline, "马建国1961年生。2015年从农业部副部长任上，调任甘肃省委副书记。")
    assert not [p for p in posts if p[0] == "任上"]


@pytest.mark.parametrize(
    "text, end",
    [("郑宇任河南省委书记", 2), ("王立任卸任", 3), ("王立任表示", 3), ("周海任中共青海省委书记", 2), ("李华任职于", 3)],
)
def test_the_verb_is_cut_off_a_name_only_before_a_place_or_central_body(text, end):
    from zhkg.extract.appointed_names import appointment_cut
    from zhkg.stages.segment import make_segmenter

    make_segmenter()
    assert appointment_cut(text, 0, 3) == end


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("钱志刚曾任中央外办副主任、中联部副部长。", [("钱志刚", "中央外办", "副主任"), ("钱志刚", "中联部", "副部长")]),
        ("现年60岁的陈志强曾长期在外交系统工作，2019年起任中央国安办副主任。", [("陈志强", "中央国安办", "副主任")]),
    ]),
)
def test_central_bodies_short_forms_and_an_aged_subject(pipeline, text, expected):
    roles = former_roles(pipeline, text, holder=True)
    for key in expected:
        assert key in roles, roles


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("65岁的原宁夏书记赵明远年届退休卸任。", [("赵明远", "宁夏", "书记", True)]),
        ("辽宁书记张大明今天表示，要推进改革。", [("张大明", "辽宁省", "书记", False)]),
        ("彰化县埔盐乡前后任乡长林美华、张志明，皆因贪污被判刑。",
         [("林美华", "埔盐乡", "乡长", True), ("张志明", "埔盐乡", "乡长", True)]),
    ]),
)
def test_a_regions_secretary_and_successive_holders(pipeline, text, expected):
    posts = {(p, h, t): f for p, h, t, f in role_posts(pipeline, text)}
    for person, holder, title, former in expected:
        assert posts.get((person, holder, title)) is former, posts


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "北京市委书记王明出席会议。",  # the committee's secretary, as before
        "彰化县埔盐乡前后任乡长都出席了典礼。",  # no one named after the title
    ]),
)
def test_no_place_secretary_or_successive_holder_without_the_form(pipeline, text):
    posts = role_posts(pipeline, text)
    assert not [p for p in posts if p[1] in ("北京市", "埔盐乡")]
