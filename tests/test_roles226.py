"""Round roles226 (issue 11): posts written apart from their holder's name, each passage in Simplified and Traditional
(``both_scripts``).

**A cabinet's roster** (:mod:`zhkg.relate.roles_ministers`): 外务大臣：茂木敏充（前外务大臣）。 gave nothing, the colon
standing between the title and the name; now a minister's title opening a roster's entry, a colon and the name closing
it are read as the title right before the name is, a minister of a portfolio (儿童政策担当大臣) whole, and a former
minister's title in brackets after a name is that person's former post of the same state.

**A post named after 为/是 or 由…担任** (:mod:`zhkg.relate.roles_named_after`): a bare title, or one after a word of
the present, opening its clause (国民党团现任书记长为A、首席副书记长为B; 目前副总经理为A与B; 总经理由A接任).

**A party's seats and the names that won them** (:mod:`zhkg.relate.members_seat_rosters`): 民建联：20席 then lines of
地区直选：A、B.

**Two posts joined by 兼, the second's body unnamed** (:func:`zhkg.relate.roles_unnamed_bodies._unnamed_holder`):
香港大学副校长兼医学院院长X.

**Title words** (``roles.tsv``): 王太后, 第一次官, 特派员, 校长助理, 复兴大臣; Hong Kong's 助理秘书长, police ranks and
court titles; 副首相, 首席营运官 and the other generic titles the round added.

The passages are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, memberships, role_posts
from helpers import role_edges as roles

_posts = role_posts


_CABINET = "日本首相佐藤一郎今天完成组阁，官房长官山田太郎公布名单如下："


@pytest.mark.parametrize("text, expected", both_scripts([
    # entries of a roster: title, colon, name, the post before in brackets
    (_CABINET + "外务大臣：田中健二（前外务大臣）。 防卫大臣：高桥正树（前农林水产大臣）。 环境大臣：中村健一（首次入阁）。",
     [("田中健二", "日本", "外务大臣", False), ("高桥正树", "日本", "防卫大臣", False),
      ("高桥正树", "日本", "农林水产大臣", True), ("中村健一", "日本", "环境大臣", False)]),
    # a minister of a portfolio, read whole
    (_CABINET + "儿童政策担当大臣：松井浩二（首次入阁）。 复兴大臣：石川达也（首次入阁）。",
     [("松井浩二", "日本", "儿童政策担当大臣", False), ("石川达也", "日本", "复兴大臣", False)]),
]))
def test_a_cabinet_roster_s_entries_are_read(pipeline, text, expected):
    found = _posts(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, absent", both_scripts([
    # the colon's name runs on into a verb: no roster's entry
    (_CABINET + "外务大臣：田中健二表示将访问美国。", ("田中健二", "日本", "外务大臣")),
    # the title does not open its entry (名单外务大臣：…): no entry
    ("日本首相佐藤一郎今天完成组阁，公布的新任外务大臣：田中健二（首次入阁）。", ("田中健二", "日本", "外务大臣")),
    # the post in brackets is a portfolio with no 前: not read as a past post
    (_CABINET + "环境大臣：中村健一（兼任复兴大臣）。", ("中村健一", "日本", "复兴大臣")),
]))
def test_no_roster_entry_where_the_layout_is_not_one(pipeline, text, absent):
    assert absent not in roles(pipeline, text)


@pytest.mark.parametrize("text, expected", both_scripts([
    ("国民党团昨天召开党团大会。国民党团现任书记长为罗大明、首席副书记长为林小华。",
     [("罗大明", "国民党团", "书记长"), ("林小华", "国民党团", "首席副书记长")]),
    ("华强集团今天召开董事会。目前副总经理为王明与李华。",
     [("王明", "华强集团", "副总经理"), ("李华", "华强集团", "副总经理")]),
    ("华强集团今天召开董事会，现任董事长为王明、总经理为李华。",
     [("王明", "华强集团", "董事长"), ("李华", "华强集团", "总经理")]),
    ("华强集团今天召开董事会，总经理由王明接任。", [("王明", "华强集团", "总经理")]),
]))
def test_a_post_named_after_its_link(pipeline, text, expected):
    found = roles(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, absent", both_scripts([
    # the list runs on into 等: not a list of the post's holders
    ("华强集团今天召开董事会，总经理为王明、李华等人。", ("李华", "华强集团", "总经理")),
    # a post to come
    ("华强集团今天召开董事会，董事长一职将由王明担任。", ("王明", "华强集团", "董事长")),
]))
def test_no_post_named_after_a_link_where_the_list_is_not_one(pipeline, text, absent):
    assert absent not in roles(pipeline, text)


_SEATS = "政团新一届议席分布：\n民建联：20席（现有19席）\n地区直选：陈大文、李小明\n功能界别：张志强\n" \
         "工联会：7席（不变）\n地区直选：王家乐、赵文辉\n"


@pytest.mark.parametrize("text, expected", both_scripts([
    (_SEATS, [("陈大文", "民建联", "党员"), ("李小明", "民建联", "党员"), ("张志强", "民建联", "党员"),
              ("王家乐", "工联会", "成员"), ("赵文辉", "工联会", "成员")]),
]))
def test_names_under_a_party_s_seats_are_its_members(pipeline, text, expected):
    found = memberships(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, absent", both_scripts([
    # a paragraph between ends the roster
    ("民建联：20席（现有19席）\n选举结果今早公布，投票率创新低。\n地区直选：陈大文、李小明\n", "陈大文"),
    # no count of seats after the party's colon: no roster
    ("民建联：发表声明\n地区直选：陈大文、李小明\n", "陈大文"),
]))
def test_no_seat_roster_where_the_layout_is_not_one(pipeline, text, absent):
    assert not any(person == absent and body == "民建联" for person, body, _ in memberships(pipeline, text))


@pytest.mark.parametrize("text, expected", both_scripts([
    ("香港大学副校长兼医学院院长刘志明表示，科技是工具。",
     [("刘志明", "香港大学", "副校长"), ("刘志明", "医学院", "院长")]),
    ("港大副校长（健康）兼医学院院长刘志明教授形容，科技是工具。",
     [("刘志明", "港大", "副校长"), ("刘志明", "医学院", "院长")]),
]))
def test_a_post_after_jian_takes_a_body_no_extractor_named(pipeline, text, expected):
    found = roles(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, absent_body", both_scripts([
    # a field of the trade after 兼, no body's head
    ("原富邦二军总教练兼野手综合教练后藤太郎，今年升任一军总教练。", "野手综合"),
    # two trades
    ("美国旅行家兼记者王明表示，业绩良好。", "美国旅行家"),
]))
def test_no_body_after_jian_where_none_is_named(pipeline, text, absent_body):
    assert not any(body == absent_body for _, body, _ in roles(pipeline, text))


@pytest.mark.parametrize("text, expected", both_scripts([
    ("泰国王太后诗丽吉今天出席典礼。", ("诗丽吉", "泰国", "王太后")),
    ("外交部驻港公署特派员崔建春出席典礼。", ("崔建春", "外交部驻港公署", "特派员")),
    ("北京大学今天举行典礼，校长助理王明主持仪式。", ("王明", "北京大学", "校长助理")),
    ("韩国外交部第一次官赵大明今天表示，将访问美国。", ("赵大明", "韩国外交部", "第一次官")),
    ("环境及生态局助理秘书长邓大明表示，将推动气候工作。", ("邓大明", "环境及生态局", "助理秘书长")),
    ("英国副首相李大明今天表示，将访问中国。", ("李大明", "英国", "副首相")),
    ("华强集团首席营运官王明表示，业绩良好。", ("王明", "华强集团", "首席营运官")),
]))
def test_new_title_words(pipeline, text, expected):
    found = roles(pipeline, text)
    assert expected in found, found
