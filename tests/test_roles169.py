"""Round roles169 (issue 11, from the misses of the web set's mainland and international tune articles): posts a
person is removed from, listed (免去X的A公司董事长、党委书记职务; 免去其… after X任…), each in Simplified and Traditional
(``both_scripts``).

The sentences are written for these tests; each rule has guards that keep what was right.
"""

import pytest
from helpers import both_scripts, relation_rows

_relations = relation_rows  # (person, role, body, former) of HOLDS_ROLE, names in Simplified


@pytest.mark.parametrize("text, right", both_scripts([
    # 免去 + person + 的 + a body's posts joined by 、 + 职务: every post listed is left
    ("会议决定免去陈国华的东方航空公司总经理、党组副书记职务。", ("陈国华", "总经理", "东方航空公司", True)),
    ("会议决定免去陈国华的东方航空公司总经理、党组副书记职务。", ("陈国华", "党组副书记", "东方航空公司", True)),
    ("会议决定免去王建国的华强集团董事长、党委书记职务。", ("王建国", "董事长", "华强集团", True)),
    ("会议决定免去王建国的华强集团董事长、党委书记职务。", ("王建国", "党委书记", "华强集团", True)),
    ("会议还决定免去刘小平的南方电网公司董事、总经理职务。", ("刘小平", "董事", "南方电网公司", True)),
    ("会议还决定免去刘小平的南方电网公司董事、总经理职务。", ("刘小平", "总经理", "南方电网公司", True)),
    # 免去其 after the one person the sentence gives a post (X任…): his posts listed are left
    ("组织部宣布：刘建华任华强集团董事长，免去其宏达集团总经理、党委副书记职务。",
     ("刘建华", "党委副书记", "宏达集团", True)),
    ("组织部宣布：刘建华任华强集团董事长，免去其宏达集团总经理、党委副书记职务。", ("刘建华", "总经理", "宏达集团", True)),
    # 其中 read as one word: the body opens at 中 (中建集团), never 建集团
    ("组织部宣布：刘建华任华强集团董事长，免去其中建集团总经理职务。", ("刘建华", "总经理", "中建集团", True)),
    # 其 run into the body's name: the body the document names so (下称), never 其宏电集团
    ("宏达电气集团（下称“宏电集团”）宣布：周强任董事长，免去其宏电集团总经理职务。",
     ("周强", "总经理", "宏达电气集团", True)),
]))
def test_posts_removed_listed(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, wrong", both_scripts([
    ("组织部宣布：刘建华任华强集团董事长，免去其中建集团总经理职务。", "建集团"),
    ("宏达电气集团（下称“宏电集团”）宣布：周强任董事长，免去其宏电集团总经理职务。", "其宏电集团"),
]))
def test_a_body_cut_by_his_letter_is_no_holder(pipeline, text, wrong):
    found = _relations(pipeline, text)
    assert not [r for r in found if r[2] == wrong], found


@pytest.mark.parametrize("text", both_scripts([
    # no 职务 closing the list: the posts may be the sentence's subject's, not a removal
    "会议决定免去陈国华的东方航空公司总经理、党组副书记的相关待遇。",
    # 免去其 with no one given a post before it in the sentence: 其 stands for no one read
    "据悉，公司免去其宏达集团总经理、党委副书记职务。",
]))
def test_removed_posts_refused(pipeline, text):
    found = [r for r in _relations(pipeline, text) if r[1] in ("党组副书记", "党委副书记", "总经理")]
    assert not found, found


_ANNOUNCED = ("华强物业公司昨日公告，刘志远已获委任为执行董事及首席执行官。"
              "对此，该公司解释称，赵明不再兼任首席执行官，继续担任主席兼执行董事。")


@pytest.mark.parametrize("text, right", both_scripts([
    # a company announcing: the bare posts given in a later clause of its sentence are its own
    (_ANNOUNCED, ("刘志远", "执行董事", "华强物业公司", False)),
    (_ANNOUNCED, ("刘志远", "首席执行官", "华强物业公司", False)),
    # 该公司 announcing in the next sentence: the same company; a post no longer held is former, and the clause
    # after it with no one named is the same person's
    (_ANNOUNCED, ("赵明", "首席执行官", "华强物业公司", True)),
    (_ANNOUNCED, ("赵明", "主席", "华强物业公司", False)),
    (_ANNOUNCED, ("赵明", "执行董事", "华强物业公司", False)),
    # a stock code in brackets before the verb
    ("华强物业公司（HK:01234）公告披露，刘志远已获委任为执行董事。",
     ("刘志远", "执行董事", "华强物业公司", False)),
]))
def test_bare_posts_a_company_announces(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text", both_scripts([
    "华强物业公司昨日公告，旗下宏达地产有限公司的刘志远获委任为总经理。",  # another body in his clause: its post
    "华强物业公司与宏达地产合作，刘志远获委任为执行董事。",  # no company announcing
    "华强物业公司昨日公告，刘志远将获委任为执行董事。",  # a post to come
    "华强物业公司昨日公告。对此，宏达地产解释称，赵明继续担任执行董事。",  # another body announcing
    "宏达地产和华强物业公司昨日公告，刘志远获委任为执行董事。",  # two companies announcing: neither's surely
]))
def test_bare_posts_announced_refused(pipeline, text):
    found = [r for r in _relations(pipeline, text) if r[2] == "华强物业公司"]
    assert not found, found


_CAREERS = ("日本新内阁今天成立。外务大臣林芳正曾担任防卫大臣，河野太郎本人也曾担任防卫厅长官、外务大臣。"
            "曾担任过文部科学大臣的河野太郎出席。")


@pytest.mark.parametrize("text, right", both_scripts([
    # a minister's bare titles after 曾 + a verb: posts of the state held before, a list of them each one
    (_CAREERS, ("林芳正", "防卫大臣", "日本", True)),
    (_CAREERS, ("河野太郎", "防卫厅长官", "日本", True)),
    (_CAREERS, ("河野太郎", "外务大臣", "日本", True)),
    # a relative clause before the name
    (_CAREERS, ("河野太郎", "文部科学大臣", "日本", True)),
    ("日本新内阁今天成立。上川阳子曾历任法务大臣、外务大臣。", ("上川阳子", "法务大臣", "日本", True)),
    ("日本新内阁今天成立。上川阳子曾担任法务副大臣。", ("上川阳子", "法务副大臣", "日本", True)),  # a deputy minister
]))
def test_cabinet_posts_held_before(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text", both_scripts([
    "日本新内阁今天成立。上川阳子曾历任法务大臣、自民党干事长。",  # an item no minister's: the list is no cabinet career
    "上川阳子曾担任法务大臣。",  # no state named
]))
def test_cabinet_posts_held_before_refused(pipeline, text):
    found = [r for r in _relations(pipeline, text) if r[1] == "法务大臣"]
    assert not found, found


@pytest.mark.parametrize("text, right", both_scripts([
    # a body's party committee's post listed after the body's posts: the body's too, as the other posts are
    ("组织部宣布：李建国任华强集团董事、总经理、党组副书记。", ("李建国", "党组副书记", "华强集团", False)),
    ("组织部宣布：李建国任华强集团总经理、党委书记。", ("李建国", "党委书记", "华强集团", False)),
    ("李建国曾任华强集团总经理、党组副书记，现已退休。", ("李建国", "党组副书记", "华强集团", True)),
]))
def test_committee_post_listed_after_a_post(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text", both_scripts([
    "组织部宣布：李建国任华强集团总经理、党组副书记王明任副总经理。",  # the committee's post is the next person's
]))
def test_committee_post_listed_refused(pipeline, text):
    found = [r for r in _relations(pipeline, text) if r[0] == "李建国" and "书记" in r[1]]
    assert not found, found


@pytest.mark.parametrize("text", both_scripts([
    "日本新内阁今天成立。河野太郎曾历任防卫厅长官、外务大臣。",
]))
def test_a_head_run_into_officer_is_no_head(pipeline, text):
    found = _relations(pipeline, text)
    assert ("河野太郎", "防卫厅长官", "日本", True) in found, found
    assert not [r for r in found if r[1] == "厅长"], found


_FILING = "华强电器股份有限公司（以下简称“公司”）董事会近日收到董事、财务总监陈丽女士的书面辞职报告。"


@pytest.mark.parametrize("text, right", both_scripts([
    # a filing that names its company 公司: the officers' titles written bare before a name are that company's
    (_FILING, ("陈丽", "董事", "华强电器股份有限公司", False)),
    (_FILING, ("陈丽", "财务总监", "华强电器股份有限公司", False)),
    ("华强电器股份有限公司（以下简称“公司”）董事会同意授权副总经理赵刚先生代为履行总经理职责。",
     ("赵刚", "副总经理", "华强电器股份有限公司", False)),
]))
def test_officers_of_the_company_a_filing_names(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text", both_scripts([
    # no company named 公司 by the filing: the bare titles are no one's
    "华强电器股份有限公司董事会近日收到董事、财务总监陈丽女士的书面辞职报告。",
    # another body named in the name's clause: its officer
    "华强电器股份有限公司（以下简称“公司”）近日收到宏达投资集团董事、财务总监陈丽女士的来函。",
]))
def test_officers_of_the_filing_refused(pipeline, text):
    found = [r for r in _relations(pipeline, text) if r[2] == "华强电器股份有限公司"]
    assert not found, found
