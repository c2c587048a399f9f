"""Roles and memberships read from mainland and international news phrasing (round cnroles161, issue 11, from the
misses of the web set's tune half), each in Simplified and Traditional (``both_scripts``).

The sentences are written for these tests; each rule has guards that keep what was right.
"""

import pytest
from helpers import both_scripts, relation_rows

_relations = relation_rows  # (person, role, body, former) of a kind's relations, names in Simplified


_VOLLEYBALL = ("8月2日，中国排协公布了中国女排出战亚锦赛的12人名单。\n"
               "主攻：李小华、张美玲、王雪梅\n"
               "副攻：赵静怡、刘晓燕\n"
               "接应：孙丽娟(队长)、周佳琪\n"
               "二传：吴海燕\n"
               "自由人：郑秀英\n"
               "名单中有三名新人。")
_FOOTBALL = ("山东泰山队今天公布了亚冠联赛的报名名单。\n"
             "门将：王大雷、刘振理\n"
             "后卫：张琳芃、蒋光太、朱辰杰\n"
             "前锋：武磊、张玉宁\n")


@pytest.mark.parametrize("text, right", both_scripts([
    # a squad's roster a position to a line: each person listed a member of the one team named before, the position
    # its member word; 队长 in a bracket after a name makes him the captain as well
    (_VOLLEYBALL, ("李小华", "主攻", "中国女排", False)),
    (_VOLLEYBALL, ("王雪梅", "主攻", "中国女排", False)),
    (_VOLLEYBALL, ("刘晓燕", "副攻", "中国女排", False)),
    (_VOLLEYBALL, ("孙丽娟", "接应", "中国女排", False)),
    (_VOLLEYBALL, ("周佳琪", "接应", "中国女排", False)),
    (_VOLLEYBALL, ("吴海燕", "二传", "中国女排", False)),
    (_VOLLEYBALL, ("郑秀英", "自由人", "中国女排", False)),
    (_FOOTBALL, ("王大雷", "门将", "山东泰山队", False)),
    (_FOOTBALL, ("朱辰杰", "后卫", "山东泰山队", False)),
    (_FOOTBALL, ("武磊", "前锋", "山东泰山队", False)),
]))
def test_roster_lines(pipeline, text, right):
    found = _relations(pipeline, text, "MEMBER_OF")
    assert right in found, found


@pytest.mark.parametrize("text, right", both_scripts([
    (_VOLLEYBALL, ("孙丽娟", "队长", "中国女排", False)),
]))
def test_roster_captain(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: two teams named before the roster; no team; a line that lists something other than people; a
    # position word in prose
    ("中国女排今晚对阵美国女排。\n主攻：李小华、张美玲\n", "李小华"),
    ("中国排协公布了名单。\n主攻：李小华、张美玲\n", "李小华"),
    ("中国女排训练备战。\n主攻：进攻、防守、李小华\n", "李小华"),
    ("中国女排训练备战，主攻方向是李小华负责的网前。", "李小华"),
]))
def test_roster_lines_refused(pipeline, text, person):
    found = _relations(pipeline, text, "MEMBER_OF") + _relations(pipeline, text)
    assert not [r for r in found if r[0] == person], found


_CABINET = "日本新内阁今天正式成立。加藤胜信出任财务大臣，中谷元担任防卫大臣。"


@pytest.mark.parametrize("text, right", both_scripts([
    # a cabinet minister's bare title after a link or before a name: of the state the text writes a prime minister or
    # a minister after, else of the one state it names; 前 before the title a former post
    (_CABINET, ("加藤胜信", "财务大臣", "日本", False)),
    (_CABINET, ("中谷元", "防卫大臣", "日本", False)),
    ("日本众议院选举结果揭晓，在选举中落选的法务大臣牧原秀树表示将反省。", ("牧原秀树", "法务大臣", "日本", False)),
    ("英国首相斯塔默今天改组内阁。拉米担任外交大臣，负责对外事务。", ("拉米", "外交大臣", "英国", False)),
    ("日本首相石破茂今天访问美国，前财务大臣麻生太郎随行。", ("麻生太郎", "财务大臣", "日本", True)),
]))
def test_unwritten_ministers(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: two states and neither writes a prime minister or minister after it; a post to come (将出任); a longer
    # title (财务大臣助理)
    ("日本和英国官员今天会面，防卫大臣中谷元表示将加强合作。", "中谷元"),
    ("日本新内阁明天成立，加藤胜信将出任财务大臣。", "加藤胜信"),
    ("日本新内阁今天成立，加藤胜信出任财务大臣助理。", "加藤胜信"),
]))
def test_unwritten_ministers_refused(pipeline, text, person):
    assert not [r for r in _relations(pipeline, text) if r[0] == person and r[2] == "日本"]


@pytest.mark.parametrize("text, right", both_scripts([
    # 该市, 该县, 该省, 该国 + a title a place holds + a name (other posts after 、 maybe between): the one place of that
    # kind named in the sentence or the two before
    ("杭州市召开亚运筹备会议。该市市长姚高员出席并讲话。", ("姚高员", "市长", "杭州市", False)),
    ("嘉兴市召开经济工作会议，该市副市长、公安局局长王明出席。", ("王明", "副市长", "嘉兴市", False)),
    ("浙江省召开全省经济工作会议。该省省长王浩出席。", ("王浩", "省长", "浙江省", False)),
    ("安吉县召开乡村振兴大会。该县县长李明出席。", ("李明", "县长", "安吉县", False)),
    ("巴西举行独立日庆典，该国总统卢拉出席。", ("卢拉", "总统", "巴西", False)),
    # (前总统 after 该国 was read before this round, by roles139's bare state head: kept as a check)
    ("巴西举行独立日庆典，该国前总统博索纳罗缺席。", ("博索纳罗", "总统", "巴西", True)),
]))
def test_place_anaphor_heads(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: two places of the kind before; a title that is another kind's (该市县长); a longer title (市长助理); a
    # word that is no title (市民)
    ("杭州市和宁波市召开联席会议。该市市长王明出席。", "王明"),
    ("杭州市召开亚运筹备会议。该市县长王明出席。", "王明"),
    ("杭州市召开亚运筹备会议。该市市长助理王明出席。", "王明"),
    ("杭州市召开亚运筹备会议。该市市民王明出席。", "王明"),
]))
def test_place_anaphor_heads_refused(pipeline, text, person):
    assert not [r for r in _relations(pipeline, text) if r[0] == person and r[1] in ("市长", "县长")]


@pytest.mark.parametrize("text, right", both_scripts([
    # people listed after a verb of appointing or removing, or after 接受 before 辞去: each holds the post read for the
    # last of them; 免去其 after 任命X为… is X's post left
    ("会议决定任命王建国、李晓华为杭州市人民政府副市长。", ("王建国", "副市长", "杭州市人民政府", False)),
    ("会议决定免去王建国、李晓华的杭州市人民政府副市长职务。", ("王建国", "副市长", "杭州市人民政府", True)),
    ("会议决定免去王建国、李晓华的杭州市人民政府副市长职务。", ("李晓华", "副市长", "杭州市人民政府", True)),
    ("会议接受张灿民、王成全辞去厦门市人大常委会副主任职务的请求。", ("张灿民", "副主任", "厦门市人大常委会", True)),
    ("会议决定任命王建国为杭州市公安局局长，免去其杭州市交通运输局局长职务。",
     ("王建国", "局长", "杭州市交通运输局", True)),
]))
def test_listed_appointees(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: a list closed by 等 (not each named); 免去其 with no one appointed before it in the sentence
    ("会议决定任命王建国、李晓华等同志为杭州市人民政府副市长。", "王建国"),
    ("王建国出席会议。会议决定免去其杭州市交通运输局局长职务。", "王建国"),
]))
def test_listed_appointees_refused(pipeline, text, person):
    assert not [r for r in _relations(pipeline, text) if r[0] == person and r[2].startswith("杭州市")]


@pytest.mark.parametrize("text, right", both_scripts([
    # a month and day with no year between the name and a verb of taking a post, 于 maybe before it
    ("石破茂9月27日当选自民党总裁，随后当选首相。", ("石破茂", "总裁", "自民党", False)),
    ("王建国于5月6日出任万科集团董事长。", ("王建国", "董事长", "万科集团", False)),
    ("王建国十月八日起担任华润集团总经理。", ("王建国", "总经理", "华润集团", False)),
]))
def test_month_day_before_link(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: a month and day before a verb that is no link (会见), before a plan (将出任)
    ("王建国9月27日会见万科集团董事长李晓华。", "王建国"),
    ("王建国9月27日将出任万科集团董事长。", "王建国"),
]))
def test_month_day_before_link_refused(pipeline, text, person):
    assert not [r for r in _relations(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, right", both_scripts([
    # 前 + a count of terms + 任 between a body and its title: the people after held it before (前两任, 前几任)
    ("万科集团前两任董事长王石、郁亮都出席了。", ("王石", "董事长", "万科集团", True)),
    ("万科集团前两任董事长王石、郁亮都出席了。", ("郁亮", "董事长", "万科集团", True)),
    ("华润集团前几任总经理王建国等人出席了庆典。", ("王建国", "总经理", "华润集团", True)),
    # guard: no 前, the post is held (两任 is how long)
    ("万科集团两任董事长王石出席了。", ("王石", "董事长", "万科集团", False)),
]))
def test_former_terms_counted(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found
