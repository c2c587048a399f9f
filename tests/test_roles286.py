"""Officers named with bare titles in the sentence after their board, role words of an association's officers, a
short body, and a title read whole before a name (session 59, roles286, issue 11).

* The organisation opening the sentence before gives a bare post its body when the post's sentence names only other
  appointees and the bodies of their titles (执委会方面，X继续担任主席。立法会议员A、B任副主席，C任秘书长): a sentence of
  appointments, no other subject (``roles_body_in_context._appointees_only``).
* ``roles.tsv``: 司库 and its kin (石礼谦担任监事会司库 gave nothing); ``organisations_known.tsv``: Hong Kong's 足总 and
  厂商会 (ambiguous: 厂商会在… is words), England's 英足总.
* A name after a title is read after the longest role word there, not a shorter one inside it: 主教练合约 gave 主教 of
  a derived person 练合约.

The passages are written for these tests, names invented; each group has negatives.
"""

import pytest
from helpers import both_scripts, org_mentions
from helpers import memberships as members
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("执委会方面，王建国继续担任主席。立法会议员李志明任副主席，陈大文任秘书长。", "李志明", "执委会", "副主席"),
        ("执委会方面，王建国继续担任主席。立法会议员李志明任副主席，陈大文任秘书长。", "陈大文", "执委会", "秘书长"),
        # people listed before the one the post follows, each with a title's body before the name
        ("新民联今日公布领导层名单。行政会议成员黄志强及立法会议员周美华、刘家明任副主席。", "周美华", "新民联", "副主席"),
        ("新民联今日公布领导层名单。行政会议成员黄志强及立法会议员周美华、刘家明任副主席。", "刘家明", "新民联", "副主席"),
        # a member's word before the first of the list is a title of his own (roles_titled_lists._titled)
        ("新民联今日公布领导层名单。行政会议成员黄志强及立法会议员周美华、刘家明任副主席。", "黄志强", "新民联", "副主席"),
    ]),
)
def test_appointees_after_their_board(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person, body",
    both_scripts([
        # another subject in a clause before the appointee's: the sentence is not one of appointments
        ("新民联今日公布领导层名单。据李志明透露，周美华任副主席。", "周美华", "新民联"),
        ("新民联方面，王建国继续担任主席。李志明与深圳市长会面时说，周美华任副主席。", "周美华", "新民联"),
        # a place the sentence names of its own
        ("新民联今日公布领导层名单。周美华上月在深圳任副主席。", "周美华", "新民联"),
        # a body of the sentence itself, no title of a person's: not the opening body of the sentence before
        ("新民联今日公布领导层名单。周美华在中华总商会任副主席。", "周美华", "新民联"),
    ]),
)
def test_not_the_body_of_the_sentence_before(pipeline, text, person, body):
    assert all(b != body for p, b, _t in roles(pipeline, text) if p == person)


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("前立法会议员石家明担任监事会司库。", "石家明", "监事会", "司库"),
        ("中华总商会会董李志明出席典礼。", "李志明", "中华总商会", "会董"),
        ("足总今日举行周年大会，主席黄志强表示满意。", "黄志强", "足总", "主席"),
    ]),
)
def test_officer_words_and_short_bodies(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "李志明续指皇马向来会在主教练合约接近到期才检讨续约。",
        "王建国表示足总向来会在主教练合约到期前检讨。",
    ]),
)
def test_no_name_inside_a_longer_title(pipeline, text):
    assert all(p != "练合约" for p, _b, _t in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        # a school's or an association's board alone before a title, opening its clause or a phrase: the body
        ("典礼上，校董会主席李志明致辞。", "李志明", "校董会", "主席"),
        ("受勋者当中包括校董会主席李志明教授。", "李志明", "校董会", "主席"),
        ("学会年会昨日举行，理事会主席陈大文致辞。", "陈大文", "理事会", "主席"),
        # a board after a verb of appointment: no word of kind resolved to the school named before
        ("私立明德中学创办后，王柏年任校董会董事长。", "王柏年", "校董会", "董事长"),
    ]),
)
def test_a_lone_board_before_a_title(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person, body",
    both_scripts([
        ("受勋者当中包括校董会成员黄志强先生。", "黄志强", "校董会"),
    ]),
)
def test_a_lone_board_before_a_member_word(pipeline, text, person, body):
    assert any(p == person and b == body for p, b, _t in members(pipeline, text))


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # a body written right before the board: not the board alone
        ("华南大学校董会主席李志明致辞。", "李志明"),
    ]),
)
def test_a_board_after_its_body_is_not_alone(pipeline, text, person):
    assert all(b != "校董会" for p, b, _t in roles(pipeline, text) if p == person)


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        # Hong Kong short names organisations_known.tsv now lists, one entity with the full name where both are written
        ("香港中华厂商联合会今日举行会员大会。厂商会会长卢志明表示满意。", "卢志明", "香港中华厂商联合会", "会长"),
    ]),
)
def test_hong_kong_short_names(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, name",
    both_scripts([
        # a short name that is also words, with no cue of its kind: no organisation
        ("不少厂商会在明年涨价。", "厂商会"),
        # England's association, its own row: not Hong Kong's 足总
        ("英足总宣布罚款。", "足总"),
    ]),
)
def test_a_short_name_that_is_also_words(pipeline, text, name):
    assert name not in org_mentions(pipeline, text)


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("周年大会有会长贝志强及主席霍家明等足总高层出席。", "贝志强", "足总", "会长"),
        ("周年大会有会长贝志强及主席霍家明等足总高层出席。", "霍家明", "足总", "主席"),
        ("开幕礼上，董事长周美华、总经理刘家明等华强集团管理层致辞。", "周美华", "华强集团", "董事长"),
    ]),
)
def test_titled_people_before_a_bodys_group(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person, body",
    both_scripts([
        # a body written before the title: that body's, never the group's
        ("仪式上，华强集团董事长王建国、主席霍家明等足总高层出席。", "王建国", "足总"),
        # no title before the name
        ("仪式上，李志明及霍家明等足总高层出席。", "李志明", "足总"),
    ]),
)
def test_not_titled_before_a_bodys_group(pipeline, text, person, body):
    assert all(b != body for p, b, _t in roles(pipeline, text) if p == person)


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        # an announcement of appointees joining a body, the people listed in the sentences after it
        ("教育局公布委任3名校董加入该校法团校董会。是次委任的人员分别为校长李志明、律师王建国及陈大文。", "王建国", "法团校董会", "校董"),
        ("教育局公布委任3名校董加入该校法团校董会，并会尽快开会。是次委任的2名人员分别为李志明及陈大文。另外1名人士则是律师周美华。",
         "周美华", "法团校董会", "校董"),
        ("华强集团宣布委任两名董事加入华强控股有限公司。获委任的两人分别为李志明、王建国。", "李志明", "华强控股有限公司", "董事"),
    ]),
)
def test_appointees_listed_after_the_announcement(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person, body",
    both_scripts([
        # a list after the announcement that is not the appointees' (no verb of appointing before it)
        ("教育局公布委任3名校董加入该校法团校董会。出席会议的包括校长李志明、律师王建国。", "李志明", "法团校董会"),
        # a list after a sentence with none: the list has ended
        ("教育局公布委任2名校董加入该校法团校董会。是次委任的人员分别为李志明及陈大文。局方表示满意。嘉宾则是周美华。",
         "周美华", "法团校董会"),
    ]),
)
def test_not_appointees_listed_after_the_announcement(pipeline, text, person, body):
    assert all(b != body for p, b, _t in roles(pipeline, text) if p == person)
