"""Round orgs142: organisations the recogniser misses that the document's own wording names (issue 15) — a
company's brand of two words or more right before an officer's title and the officer's name (某某在线CEO张三), and
the items of a list closed by a word for training schools, stores, sellers or makers (等培训机构, 等家居卖场, 等厂家),
each in both scripts, with guards. Every sentence is written for the round."""

from __future__ import annotations

import pytest
from helpers import labelled_mentions

from zhkg.records import Document
from zhkg.stages.normalise import to_traditional

SCRIPTS = [lambda t: t, to_traditional]


def _orgs(pipeline, text: str) -> set[str]:
    return {name for label, name in labelled_mentions(pipeline, text) if label == "ORGANIZATION"}


# ---- a brand of two words or more before an officer's title, the officer named after it

@pytest.mark.parametrize("text, body", [
    ("蓝鲸互动CEO陈晓峰昨日透露，新游戏将于下月公测。", "蓝鲸互动"),
    ("云图在线总裁孙德明说，用户数已经突破千万。", "云图在线"),
    ("北辰时代副总经理罗建华介绍，项目将于年底交付。", "北辰时代"),
    ("鼎盛天成创始人郑凯表示，公司计划明年上市。", "鼎盛天成"),
    ("恒远咨询董事总经理梁家明对记者说，申请人数增加了。", "恒远咨询"),  # a managing director: no 董事 in the name
    # an item of a list after 、 (test_roles23's frame case until session 37): the officer's company, not a frame
    ("出席的有万科、久盛地板董事长张恩玖等。", "久盛地板"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_brand_before_an_officer_and_the_officers_name(pipeline, text, body, convert):
    orgs = _orgs(pipeline, convert(text))
    assert body in orgs, orgs
    assert not any(o.endswith("董事") for o in orgs), orgs


@pytest.mark.parametrize("convert", SCRIPTS)
def test_brand_read_before_an_officer_is_the_body_elsewhere_too(pipeline, convert):
    text = convert("云图在线今天发布了新版本。云图在线总裁孙德明说，用户数已经突破千万。")
    found = pipeline.extract_mentions(Document("d", text, kind="text"))
    assert [m.start for m in found if m.label.value == "ORGANIZATION" and m.simplified == "云图在线"] == [0, 13]


@pytest.mark.parametrize("text", [
    "公司董事长王明表示，今年业绩良好。",  # a common noun names no one company
    "集团副总裁刘伟表示，项目进展顺利。",
    "该行董事长张华表示，不良率下降。",  # a reference
    "华北区总经理陈明表示，业务增长。",  # a region of a company's, a place
    "阮洪良董事长表示，公司运营良好。",  # a person named by the title
    "两家公司董事长分别出席。",
    "新任董事长王明表示，今年业绩良好。",  # no person after: 新任 is no brand either
    "星河湾畔董事长表示，公司今年不会降价。",  # no officer named after the title: nothing read
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_no_body_before_an_officer_without_a_brand_or_an_officer(pipeline, text, convert):
    orgs = _orgs(pipeline, convert(text))
    assert not any(o.endswith(("董事长", "总裁", "总经理")) for o in orgs), orgs
    assert not orgs & {"公司", "集团", "该行", "华北区", "两家公司", "新任", "星河湾畔", "阮洪良"}, orgs


# ---- a list closed by a word for schools, stores, sellers or makers names bodies

@pytest.mark.parametrize("text, items", [
    ("金桥学堂、启明星和博雅教育等培训机构纷纷涨价。", ("金桥学堂", "启明星", "博雅教育")),
    ("好又多、华联和物美等商家推出促销。", ("华联", "物美")),
    ("长城、吉利和奇瑞等经销商纷纷降价。", ("长城", "吉利", "奇瑞")),
    ("科沃斯、石头科技和云鲸等厂家纷纷降价。", ("科沃斯", "石头科技", "云鲸")),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_items_of_a_list_of_bodies(pipeline, text, items, convert):
    orgs = _orgs(pipeline, convert(text))
    for item in items:
        assert item in orgs or to_traditional(item) in orgs, (item, orgs)


@pytest.mark.parametrize("text", [
    "报纸、电视等媒体都报道了此事。",  # kinds, not bodies
    "北京、上海等地的培训机构纷纷涨价。",  # places
    "钢琴、舞蹈和美术等培训机构纷纷涨价。",  # kinds of school
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_lists_of_kinds_or_places_stay(pipeline, text, convert):
    orgs = _orgs(pipeline, convert(text))
    assert not orgs & {"报纸", "电视", "北京", "上海", "钢琴", "舞蹈", "美术", to_traditional("电视"),
                       to_traditional("钢琴"), to_traditional("舞蹈"), to_traditional("美术")}, orgs


# ---- a brand of two words or more as the whole subject of an announcement

@pytest.mark.parametrize("text, body", [
    ("昨日，蓝鲸互动宣布完成新一轮融资。", "蓝鲸互动"),
    ("北辰时代日前发布了新的户型设计。", "北辰时代"),
    ("云图在线今日推出两款手机游戏。", "云图在线"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_brand_announcing_as_its_clauses_subject(pipeline, text, body, convert):
    assert body in _orgs(pipeline, convert(text))


@pytest.mark.parametrize("text", [
    "特朗普总统宣布制裁。",  # a person who holds a title
    "卫生部门宣布，疫情得到控制。",  # common nouns
    "王小明宣布辞职。",  # a person's shape
    "广东省政府宣布，明天起实施新规。",  # a place's body: not the brand rule's
    "记者昨日获悉，大会宣布了获奖名单。",  # after a verb, not a clause's whole subject
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_no_brand_announcing_without_a_brand(pipeline, text, convert):
    orgs = _orgs(pipeline, convert(text))
    assert not orgs & {"特朗普总统", "卫生部门", "王小明", "获悉大会", "大会"}, orgs


@pytest.mark.parametrize("text", [
    "我说过要建设金融中心，这是已经宣布的。",  # a reference and an adverb
    "昨日，片方首次公布了剧照。",  # a common noun and 首次
    "两国学者共同发布了报告。",
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_no_subject_of_adverbs_or_references(pipeline, text, convert):
    orgs = _orgs(pipeline, convert(text))
    assert not any(o.endswith(("已经", "首次", "共同")) for o in orgs), orgs


@pytest.mark.parametrize("convert", SCRIPTS)
def test_no_subject_before_a_longer_word(pipeline, convert):
    # 发布会 is a news conference, not an announcing verb
    orgs = _orgs(pipeline, convert("每到新闻发布会，记者们都来得很早。"))
    assert not any("新闻" in o for o in orgs), orgs


@pytest.mark.parametrize("text", [
    "今年五月，寿春堂正式发布了新战略。",  # 正式 is the announcement's manner
    "业内人士认为，福满楼高调宣布的做法值得商榷。",
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_no_subject_running_into_the_announcements_manner(pipeline, text, convert):
    orgs = _orgs(pipeline, convert(text))
    assert not any(o.endswith(("正式", "高调")) for o in orgs), orgs
