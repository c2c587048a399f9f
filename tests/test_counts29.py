"""Issue 14, session 26 (counts29): count owners in mainland, Hong Kong and Taiwan styles.

Read from sentences written for these tests (none from an article):

* 全国 and 我国 right after a country other than China reports (表示, 宣布…) at the opening of their sentence,
  itself or as the first word of its subject (日本政府宣布，全国已有40个县…; 台湾外交部指出，我国…), are that
  country, not 中国; with another place named before them, a source before the country (据日本共同社报道), no
  report (马来西亚是我国…), or Hong Kong opening the sentence, they stay China.
* a count glued to the count before it by 中 (有) is a part of it and shares its owner (立法会…全体70名议员中有40人).
* 全队 and 该队 stand for a national side named by its sport's short form (中国女排, 日本男篮).
* 所辖, 下辖, 旗下 and their like right before bodies counted say they are the holder's own, so the subject of an
  earlier clause owns them (石家庄市地税局…，并召集所辖700多家企业…), where companies counted after a clause are
  otherwise no earlier body's (…，表彰了700多家企业).
* a region after Hong Kong's regions run together after 在 (在港九新界) is where things are, as one right after
  在 is: the bus company keeps its fleet (…在港九新界共营运约400条路线，车队有近4000辆巴士), not 新界.
* Chinese Taipei's side is one name (中华台北队), where 台北队 of the city was read inside it.
* 新建 (a verb of building jieba tags as a place) opens no school's name: 四川省今年新建学校120所 counts the
  province's schools, where an organisation 新建学校 owned them; after a place (南昌市新建中学) it still does.

Every owner case is checked as written and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts

# (text, counted head in Simplified, expected owner or None)
OWNERS = [
    # 全国/我国 after a country opening the sentence
    ("日本政府宣布，全国已有40个县解除紧急状态。", "县", "日本"),
    ("日本文部科学省统计，全国共有大学800所。", "大学", "日本"),
    ("美国疾控中心表示，全国已有3000万人接种疫苗。", "人", "美国"),
    ("韩国统计厅数据显示，全国去年共有新生儿25万名。", "新生儿", "韩国"),
    ("英国首相表示，我国将派出500名士兵。", "士兵", "英国"),
    ("台湾外交部指出，我国目前共有13个邦交国。", "邦交国", "台湾"),
    # a part glued by 中 to the count before it
    ("立法会昨日表决，全体70名议员中有40人投票赞成。", "人", "立法会"),
    ("北京大学今年招收新生3000名，3000名新生中有200人来自海外。", "人", "北京大学"),
    # 全队 for a national side by its short form
    ("中国女排昨日抵达东京。全队共有14名队员。", "队员", "中国女排"),
    ("日本男篮昨日抵达北京，全队共有12名球员。", "球员", "日本男篮"),
    # Chinese Taipei's side is named whole, not 台北队 of the city
    ("中华台北队昨日抵达东京。全队共有24名球员。", "球员", "中华台北队"),
    # 新建 is a verb: the place's schools, no school named 新建学校
    ("四川省今年共新建学校120所。", "学校", "四川省"),
    ("宁夏回族自治区政府昨日召开会议。我区今年新建学校50所。", "学校", "宁夏回族自治区"),
    # 所辖/旗下 before bodies counted in a later clause: the sentence's subject's own
    ("河北省石家庄市地税局最近把有关税收政策汇集成册，并召集所辖700多家大中型企业的办税人员逐条辅导。", "企业",
     "河北省石家庄市地税局"),
    ("石家庄市地税局最近编印了政策手册，所辖700多家企业参加。", "企业", "石家庄市地税局"),
    # Hong Kong's regions run together after 在: the region after them is where, no owner carried on
    ("九龙巴士公司表示，该公司目前在港九新界共营运约400条路线，车队有近4000辆巴士。", "巴士", "九龙巴士公司"),
]

# Controls: read as before this round
CONTROLS = [
    ("教育部表示，全国共有高校2700多所。", "高校", "中国"),
    ("美国宣布对华加征关税，全国共有3000家企业受影响。", "企业", "中国"),  # China named before 全国
    ("据日本共同社报道，全国已有40个县解除紧急状态。", "县", "中国"),  # a source opens the sentence
    ("香港政府表示，全国共有31个省份。", "省份", "中国"),  # Hong Kong's 全国 is China's
    ("北京大学共有教师200名，其中有30人拥有博士学位。", "人", "北京大学"),
    ("香港代表队昨日抵达东京。全队共有24名球员。", "球员", "香港代表队"),
    ("深圳市体育局表示，全队共有15名球员。", "球员", None),  # no team named
    ("南昌市新建中学今年有学生1200名。", "学生", "南昌市新建中学"),
    ("石家庄市地税局今天举行会议，表彰了700多家企业。", "企业", None),  # bodies it only honours
    ("南方基金今天发布公告。已有两家基金公司公告。", "公司", None),
    ("新界今年共有学校500所。", "学校", "新界"),  # a region as subject still owns
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS))
def test_counts29_owners(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


@pytest.mark.parametrize("text, counted, owner", both_scripts(CONTROLS))
def test_counts29_controls(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


@pytest.mark.parametrize("text, team", both_scripts([
    ("中华台北队以5比3击败日本队。", "中华台北队"),
    ("台北队以5比3击败高雄队。", "台北队"),  # the city's side stays the city's
]))
def test_chinese_taipei_team(pipeline, text, team):
    from zhkg.records import Document, Label
    from zhkg.stages.normalise import to_simplified

    result = pipeline.process_documents([Document("t", text, kind="text")])[0]
    teams = {to_simplified(m.text) for m in result.mentions if m.label is Label.ORGANIZATION}
    assert team in teams and not teams & {"台北队"} - {team}


def test_building_verb_opens_no_school(nlp):
    from zhkg.extract.named_bodies import named_bodies
    from zhkg.stages.segment import token_table

    text = "四川省今年新建学校120所，政府将新建中学3所。"
    assert named_bodies(text, [], token_table(nlp(text))) == []


@pytest.mark.parametrize("text, expected", [
    ("日本政府宣布，全国已有40个县解除紧急状态。", "日本"),
    ("台湾外交部指出，我国目前共有13个邦交国。", "台湾"),
    ("美国总统访问中国时表示，全国人民欢迎他。", "中国"),  # another place before it
    ("日本首相访华期间，全国各地举行活动。", "中国"),
    ("马来西亚是我国在东盟最大的贸易伙伴。", "中国"),  # a country said to be something, not reporting
    ("教育部表示，全国共有高校2700多所。", "中国"),
])
def test_country_deixis_follows_subject(pipeline, text, expected):
    from zhkg.records import Document, Label, MentionSource

    result = pipeline.process_documents([Document("t", text, kind="text")])[0]
    deixis = [m for m in result.mentions if m.label is Label.PLACE and m.extractor == MentionSource.DEIXIS]
    assert [m.canonical for m in deixis] == [expected]
