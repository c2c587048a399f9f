"""Round roles217 (issue 11): a news story's biography whose dated sentences leave the subject out, each passage in
Simplified and Traditional (``both_scripts``).

**A loose biography's head** (:mod:`zhkg.relate.roles_resume`). A résumé's head was read only when its name opened a
sentence with a colon, a comma or a verb of taking a post right after it (王成，男，…; 王成曾任…), so a news story's
biography (王成是浙江省委副书记。王成曾长期在山西省工作，…。2021年调任湖南省委常委、组织部部长。) gave the dated
sentences no subject: 常委 and 部长 were no one's. Now a person opening a sentence with a word of a biography (是, 曾,
出生…) is a loose head, and a later sentence that opens with a date and a verb of taking a post, naming no one, stands
for it. A speaker (王海涛表示…), another person named between, or a dated sentence of another kind give nothing.

The passages are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles


@pytest.mark.parametrize("text, expected", both_scripts([
    # 是 after the name, the dated sentence with no comma
    ("周建明是湖北省委副书记。周建明曾长期在四川省工作，任绵阳市市长等职务。2021年调任贵州省委常委、组织部部长。",
     [("周建明", "贵州省委", "常委"), ("周建明", "组织部", "部长")]),
    # a birth year after the name; a comma after the date, two dated sentences
    ("吴志刚1968年出生，江苏南通人。2019年任安徽省委常委。2023年4月，任安徽省委常委、合肥市委书记。",
     [("吴志刚", "合肥市委", "书记"), ("吴志刚", "安徽省委", "常委")]),
]))
def test_a_dated_post_stands_for_the_biography_s_person(pipeline, text, expected):
    found = roles(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, absent", both_scripts([
    # a speaker opens the sentence: no biography's head
    ("周建明表示将继续推进改革。2021年调任贵州省委常委。", ("周建明", "贵州省委", "常委")),
    # another person named between the head and the dated sentence: the biography is over
    ("周建明是湖北省委副书记。会上，李华作了发言。2021年调任贵州省委常委。", ("周建明", "贵州省委", "常委")),
    # a dated sentence that takes no post
    ("周建明是湖北省委副书记。2021年贵州省委常委会召开全体会议。", ("周建明", "贵州省委", "常委")),
]))
def test_no_stand_in_where_the_dated_sentence_is_not_the_head_s(pipeline, text, absent):
    assert absent not in roles(pipeline, text)


# **A company announcing on a day of the month** (:mod:`zhkg.relate.roles_announced`). Taiwan's news writes the
# day between the company and its verb of announcing (联电（2303）25日公告, 富邦悍将6日宣布, 中工昨（23）日公告), which
# the reader of a company's bare posts did not take for a word of time; 回任 was no verb of taking a post, and a title
# named a post by 职务 (辞任总经理职务并转任…) did not close its clause. Now all three are read.
@pytest.mark.parametrize("text, expected", both_scripts([
    ("华新电子（2344）25日公告人事异动，董事会通过副总经理林志明升任执行长。", ("林志明", "华新电子", "执行长")),
    ("台北雄狮队昨（12）日公布教练团名单，确认陈建宏回任总教练。", ("陈建宏", "台北雄狮队", "总教练")),
    ("大安银行3日宣布人事异动，张志强辞任总经理职务并转任顾问。", ("张志强", "大安银行", "总经理")),
]))
def test_a_company_announcing_on_a_day_gives_its_bare_posts(pipeline, text, expected):
    found = roles(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize("text, absent", both_scripts([
    # no verb of announcing after the day: no company announcing
    ("华新电子25日的会议上，副总经理林志明升任执行长。", ("林志明", "华新电子", "执行长")),
    # 职务 that does not close its clause: no post read
    ("大安银行3日宣布人事异动，张志强辞任总经理职务后的安排。", ("张志强", "大安银行", "总经理")),
]))
def test_no_announced_post_without_the_announcing_verb_or_a_closed_clause(pipeline, text, absent):
    assert absent not in roles(pipeline, text)


# **A government's staff title listed after its units' posts** (:mod:`zhkg.relate.roles_staff`). A county's résumé
# lists 参议, 参事 or 秘书长 after the posts its holder held in the government's units (社会处处长及参议); the list readers
# gave the bare title the unit before it (参议 of 社会处). Now it is the government's the text names nearest before it,
# or the part of a unit's name naming it (新竹市政府工务处), and nothing when no government is named.
@pytest.mark.parametrize("text, expected, absent", both_scripts([
    ("陈志宏曾任嘉义县政府主计处副处长、社会处处长及参议。",
     ("陈志宏", "嘉义县政府", "参议"), ("陈志宏", "社会处", "参议")),
    ("陈志宏历任新竹市政府工务处处长、都市发展处处长、秘书长及参事。",
     ("陈志宏", "新竹市政府", "参事"), ("陈志宏", "都市发展处", "参事")),
]))
def test_a_staff_title_after_a_unit_s_post_is_the_government_s(pipeline, text, expected, absent):
    found = roles(pipeline, text)
    assert expected in found and absent not in found, found


@pytest.mark.parametrize("text, kept, absent", both_scripts([
    # no government named: the bare title gives nothing, the unit's own post stays
    ("陈志宏曾任主计处副处长、社会处处长及参议。", ("陈志宏", "社会处", "处长"), ("陈志宏", "社会处", "参议")),
    # a title written right after its body's name is that body's (a Hong Kong bureau's 副秘书长)
    ("余健强升任环境及生态局副秘书长。", ("余健强", "环境及生态局", "副秘书长"), None),
]))
def test_a_staff_title_needs_a_government_and_a_list(pipeline, text, kept, absent):
    found = roles(pipeline, text)
    assert kept in found and absent not in found, found


# **The subject of a clause of posts, clauses back** (:mod:`zhkg.relate.roles_words`). After a speaker (吴秀华表示，
# 方铭总公务历练完整，自基层做起，…，曾任…), the posts' subject is the person opening an earlier clause; only the clause just
# before was read, so a clause naming no one between them left the posts no one's. Now up to three such clauses may
# stand between; a clause naming someone else between stops it.
@pytest.mark.parametrize("text, expected", both_scripts([
    ("王明表示，李志强经验丰富，自基层做起，曾任华为公司副总裁。", ("李志强", "华为公司", "副总裁")),
]))
def test_the_subject_of_a_clause_of_posts_is_read_clauses_back(pipeline, text, expected):
    found = roles(pipeline, text)
    assert expected in found and not any(p == "王明" for p, _, _ in found), found


@pytest.mark.parametrize("text", both_scripts([
    "王明表示，李志强经验丰富，与张华共事多年，曾任华为公司副总裁。",
]))
def test_no_subject_clauses_back_past_another_person(pipeline, text):
    assert not any(p in ("李志强", "王明", "张华") for p, _, _ in roles(pipeline, text))
