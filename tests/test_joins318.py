"""Roles whose person, title and body are read but were not joined (session 63, joins318, issue 11).

* **An anaphor after a verb of a post** (``roles_anaphor_choice``): 王志明升任该集团总经理 reads the body 该集团 stands
  for; of two fitting bodies in the anaphor's sentence, the one no title follows (华润集团官网公布，时任招商局集团副总经理
  王志明升任该集团总经理: 华润集团), the one of its own sentence first (…。国家电网公司副总经理X任该集团总经理: 国家电网公司).
* **A bare title after the board's sentence** (``roles_board_before``): …二人担任中国田协副主席。王强继续担任副主席，
  孙伟担任秘书长: the body the sentence before writes with a title of that rank.
* **People listed after a board's title** (``roles_officer_lists``): 当选董事包括A、B; 独董则由A、B出任; 获选董事为A及B;
  X董事的A、B及C.
* **主要 and 等职** (``roles_clauses._APPOINTED_ADVERBS``, ``roles_links._BARE_POST_TAILS``): 主要担任过副校长等职; a school's
  head after its laboratory's post is the school's (``roles_school_heads``: 石油大学…实验室主任、副校长).

The passages are written for these tests, names invented; each group has negatives.
"""

import pytest
from helpers import both_scripts, role_edges


@pytest.mark.parametrize("text, expected", both_scripts([
    ("中国中铁集团官网昨日公布，时任中国铁建集团副总经理吴立新升任该集团总经理。", ("吴立新", "中国中铁集团", "总经理")),
    ("南京大学日前发布消息，浙江大学教授何文军出任该校副校长。", ("何文军", "南京大学", "副校长")),
    ("中国兵器工业集团近日宣布，原中国船舶集团副总经理郭海东出任该集团董事长。", ("郭海东", "中国兵器工业集团", "董事长")),
    ("中国华能集团今日宣布人事调整。国家电网公司副总经理邓志远任该集团总经理。", ("邓志远", "国家电网公司", "总经理")),
    ("中国华电集团今日宣布，孙立平已卸任该集团总经理一职。", ("孙立平", "中国华电集团", "总经理")),
]))
def test_anaphor_after_a_verb_of_a_post(pipeline, text, expected):
    assert expected in role_edges(pipeline, text)


@pytest.mark.parametrize("text, person", both_scripts([
    ("中国中铁集团与中国铁建集团今日宣布合并，吴立新出任该集团总经理。", "吴立新"),  # two bodies, neither titled
    ("吴立新表示，该集团今年营收增长三成。", "吴立新"),  # no post
]))
def test_anaphor_with_no_one_body(pipeline, text, person):
    assert not [r for r in role_edges(pipeline, text) if r[0] == person and r[2] == "总经理"]


@pytest.mark.parametrize("text, expected", both_scripts([
    ("如今，中国田协领导班子成员包括奥运冠军刘翔，以及国家体育总局田径中心主任张明，二人担任中国田协副主席。"
     "王强和赵刚继续担任副主席，孙伟继续担任秘书长。",
     [("王强", "中国田协", "副主席"), ("赵刚", "中国田协", "副主席"), ("孙伟", "中国田协", "秘书长")]),
    ("据悉，中国围棋协会日前完成换届，国家体育总局棋牌中心主任王涛当选中国围棋协会主席。李明、赵亮担任副主席。",
     [("李明", "中国围棋协会", "副主席"), ("赵亮", "中国围棋协会", "副主席")]),
    ("此外，广东省作家协会完成换届，暨南大学教授陈平当选广东省作家协会主席。林峰继续担任副主席。",
     [("林峰", "广东省作家协会", "副主席")]),
]))
def test_bare_title_after_the_board_sentence(pipeline, text, expected):
    found = role_edges(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, person", both_scripts([
    # two bodies written with a title of the rank in the sentence before: none
    ("目前，亚洲足球联合会执委会成员包括沙特足协主席哈桑，以及日本足协会长田岛，二人担任亚足联副主席。金明继续担任副主席。",
     "金明"),
]))
def test_bare_title_with_two_boards_before(pipeline, text, person):
    assert not [r for r in role_edges(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, expected", both_scripts([
    ("台积电今天召开股东常会改选董事，当选董事包括魏哲家、交通大学教授林宏、前经济部次长陈明。",
     [("魏哲家", "台积电", "董事"), ("林宏", "台积电", "董事"), ("陈明", "台积电", "董事")]),
    ("富邦金控股东会今天改选董事，独立董事则由政治大学教授王伟、前金管会副主委李立出任。",
     [("王伟", "富邦金控", "独立董事"), ("李立", "富邦金控", "独立董事")]),
    ("香港赛马会今日公布，获选董事为陈国强及李志明。", [("陈国强", "香港赛马会", "董事"), ("李志明", "香港赛马会", "董事")]),
    ("中国平安董事会今日换届，新任执行董事包括马明哲、孙建一和王利平。",
     [("马明哲", "中国平安", "执行董事"), ("王利平", "中国平安", "执行董事")]),
    ("同时，轮值引退万科集团董事的王强、李华及赵明则获选连任。",
     [("王强", "万科集团", "董事"), ("李华", "万科集团", "董事"), ("赵明", "万科集团", "董事")]),
]))
def test_people_listed_after_a_board_title(pipeline, text, expected):
    found = role_edges(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, person, title", both_scripts([
    ("该项目由万科集团承建，项目负责人为王明和李强。", "王明", "负责人"),  # no board's title, no body before it
    ("北京大学今天举行典礼，嘉宾包括清华大学校长王明和复旦大学教授李强。", "李强", "嘉宾"),  # no title
    ("万科集团今天改选董事，当选董事包括王明、李强等人。", "王明", "董事"),  # 等: not all named
]))
def test_no_officer_list(pipeline, text, person, title):
    assert not [r for r in role_edges(pipeline, text) if r[0] == person and r[2] == title]


@pytest.mark.parametrize("text, expected", both_scripts([
    ("李强长期在北京大学工作，主要担任过副校长等职。", ("李强", "北京大学", "副校长")),
    ("张伟长期在浙江大学工作，主要担任过浙江大学化学工程联合国家重点实验室主任、副校长等职。", ("张伟", "浙江大学", "副校长")),
]))
def test_posts_held_mainly_and_a_school_head_after_its_unit(pipeline, text, expected):
    assert expected in role_edges(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "张伟长期在浙江大学工作，主要担任过浙江大学化学工程联合国家重点实验室主任、副校长等职。",
]))
def test_no_school_head_of_a_laboratory(pipeline, text):
    assert not [r for r in role_edges(pipeline, text) if r[2] == "副校长" and r[1].endswith("实验室")]


@pytest.mark.parametrize("text, wrong", both_scripts([
    # another clause's words before a listed name are no post of its own (mend322): each person its own title only
    ("中国网球协会会长为刘建国、副会长为陈志强、秘书长为王海涛。", [("陈志强", "会长"), ("王海涛", "会长"), ("王海涛", "副会长")]),
    ("万科集团董事会主席为此致函刘建国和陈志强。", [("刘建国", "董事会主席"), ("陈志强", "董事会主席")]),
    ("华强集团董事长有意邀请刘建国和陈志强。", [("刘建国", "董事长"), ("陈志强", "董事长")]),
    ("华强集团委员为表彰刘建国、陈志强，颁发了奖状。", [("刘建国", "委员"), ("陈志强", "委员")]),
]))
def test_no_list_after_another_clause(pipeline, text, wrong):
    found = {(person, title) for person, _, title in role_edges(pipeline, text)}
    assert not found & set(wrong), found


@pytest.mark.parametrize("text, expected", both_scripts([
    ("中国网球协会会长为刘建国、副会长为陈志强、秘书长为王海涛。",
     [("刘建国", "中国网球协会", "会长"), ("陈志强", "中国网球协会", "副会长"), ("王海涛", "中国网球协会", "秘书长")]),
]))
def test_each_listed_title_its_own_person(pipeline, text, expected):
    found = role_edges(pipeline, text)
    assert all(e in found for e in expected), found
