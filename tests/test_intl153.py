"""Round intl153: entities on international and mainland news (issue 15) — a body's numbered term names the body
(十四届全国人大 is 全国人大's node, the span kept as MSRA marks it), a political wing before a party is no part of
its name (保守派|联盟党), an outlet by its byline or by a magazine's issue (封面新闻记者 X, 《某某周刊》最新一期刊文),
a press conference or a forum the recogniser reads as a body (外交主题记者会), and a person the recogniser reads
as a body once in a document that names the same letters a person, each in both scripts, with guards. Every
sentence is written for the round."""

from __future__ import annotations

import pytest
from helpers import entity_names, labelled_mentions

from zhkg.stages.normalise import to_traditional

SCRIPTS = [lambda t: t, to_traditional]


def _orgs(pipeline, text: str) -> set[str]:
    return {name for label, name in labelled_mentions(pipeline, text) if label == "ORGANIZATION"}


def _nodes(pipeline, text: str, kind: str = "ORGANIZATION") -> set[str]:
    return {name for k, name in entity_names(pipeline, text) if k == kind}


# ---- a numbered term of a body: the span as written (MSRA marks it whole), the node the body's

@pytest.mark.parametrize("text, body, written", [
    ("十四届全国人大三次会议将于明年三月在北京开幕，代表们已陆续报到。", "全国人大", "十四届全国人大"),
    ("第十三届全国人大代表名额分配方案昨天公布。", "全国人大", "第十三届全国人大"),
    ("第七届立法会选举将于年底举行，各政团已提名参选人。", "立法会", "第七届立法会"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_numbered_term_names_the_body(pipeline, text, body, written, convert):
    converted = convert(text)
    assert written in _orgs(pipeline, converted)  # the span stays whole
    nodes = _nodes(pipeline, converted)
    assert body in nodes and written not in nodes, nodes


@pytest.mark.parametrize("text, name", [
    ("第二十届中国国际投资贸易洽谈会在厦门开幕。", "中国国际投资贸易洽谈会"),  # an event's edition names no body
    ("第三届董事会第五次会议审议通过了年度报告。", "董事会"),  # a company's board by its term is no body's node
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_numbered_term_of_no_known_body_is_left(pipeline, text, name, convert):
    assert name not in _nodes(pipeline, convert(text))


# ---- a political wing before a party's name: no part of it

@pytest.mark.parametrize("text, party, wing", [
    ("新政府由保守派联盟党与社民党组成，双方昨天签署了联合执政协议。", "联盟党", "保守派联盟党"),
    ("议会选举中，极右翼自由党的得票率升至三成。", "自由党", "极右翼自由党"),
    ("反对派工人党在国会中保住了十个议席。", "工人党", "反对派工人党"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_wing_before_party_is_cut(pipeline, text, party, wing, convert):
    orgs = _orgs(pipeline, convert(text))
    assert party in orgs and wing not in orgs, orgs


@pytest.mark.parametrize("text, body", [
    ("执政党在议会中占有多数议席。", None),  # the wing word alone names no party
    ("左翼党主席昨天宣布辞职。", "左翼党"),  # a party named by its wing (Die Linke) stays whole
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_wing_guards(pipeline, text, body, convert):
    orgs = _orgs(pipeline, convert(text))
    if body is None:
        assert "党" not in orgs, orgs
    else:
        assert "党" not in orgs and "翼党" not in orgs, orgs


# ---- an outlet by its byline before 记者, and a magazine by its issue's article

@pytest.mark.parametrize("text, outlet", [
    ("封面新闻记者 钟晓璐\n1月10日，某州公安局召开新闻发布会，介绍全年工作。", "封面新闻"),
    ("澎湃新闻记者 李明\n市政府昨天发布了新一轮消费券的发放办法。", "澎湃新闻"),
    ("潇湘晨报记者 王芳 长沙报道\n湖南今年将新建保障性住房两万套。", "潇湘晨报"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_byline_outlet(pipeline, text, outlet, convert):
    assert outlet in _orgs(pipeline, convert(text))


@pytest.mark.parametrize("text, outlet", [
    ("中新社旗下《中国新闻周刊》最新一期刊文称，民企成为多地会议的主角。", "中国新闻周刊"),
    ("《财经周刊》近日发文指出，楼市成交量回升。", "财经周刊"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_quoted_outlet_before_an_issue(pipeline, text, outlet, convert):
    assert outlet in _orgs(pipeline, convert(text))


@pytest.mark.parametrize("text, not_outlet", [
    ("本报记者 李明\n市政府昨天发布了新办法。", "本报"),  # the paper speaking of itself
    ("据新闻记者 王芳介绍，活动将于下月举行。", "新闻"),  # not a byline's line opening
    ("《平凡的世界》最新一期刊文称，作者生平有新发现。", "平凡的世界"),  # a book's title has no outlet's head
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_outlet_guards(pipeline, text, not_outlet, convert):
    assert not_outlet not in _orgs(pipeline, convert(text))


# ---- a meeting the recogniser reads as a body

@pytest.mark.parametrize("text, meeting", [
    ("全国两会期间，经济、民生、外交主题记者会将在新闻中心举行。", "外交主题记者会"),
    ("市政府新闻办昨天举行城市更新专题新闻发布会。", "城市更新专题新闻发布会"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_meeting_is_no_body(pipeline, text, meeting, convert):
    assert meeting not in _orgs(pipeline, convert(text))


# ---- a place and 当局 (the authorities there): the place, no body, as MSRA and Universal NER train mark all of them

@pytest.mark.parametrize("text, place", [
    ("乌克兰希望收复失地，基辅当局对此坚定拒绝。", "基辅"),
    ("加沙当局昨天宣布，边境口岸将重新开放。", "加沙"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_place_and_authorities_is_the_place(pipeline, text, place, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("PLACE", place) in found and ("ORGANIZATION", place + "当局") not in found, found


@pytest.mark.parametrize("text, body", [
    ("南昌市政府昨天召开常务会议。", "南昌市政府"),  # a local people's government stays a body
    ("香港特区政府昨天宣布了这项政策。", "香港特区政府"),  # a region's government stays a body
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_governments_that_stay_bodies(pipeline, text, body, convert):
    assert body in _orgs(pipeline, convert(text))


# ---- a person the document names again: a letter of grammar glued before the name, the recogniser's body once

@pytest.mark.parametrize("text, person", [
    ("财长萨赫罗尼的住所遭抢掠。事发时萨赫罗尼本人不在家中。萨赫罗尼只是最新一名受害者。", "萨赫罗尼"),
    ("印尼财长英卓华的住所遭抢掠，事发时英卓华本人不在家中。英卓华只是最新一名受害者。", "英卓华"),
    # a verb of two letters glued before a name of three or more the document writes alone
    ("梅尔茨在首轮投票中失利，最终当选总理。欧盟委员会主席冯德莱恩6日祝贺梅尔茨当选德国总理。乌克兰总统泽伦斯基周二祝贺梅尔茨当选。",
     "梅尔茨"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_person_named_again_is_that_person(pipeline, text, person, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("PERSON", person) in found, found
    assert ("ORGANIZATION", person) not in found, found
    assert not any(label == "PERSON" and name.endswith(person) and name != person for label, name in found), found


@pytest.mark.parametrize("text, body", [
    ("华为今天发布新款手机。华为表示，销量将创新高。", "华为"),  # a body the rules read stays one
    ("民建联主席表示，民建联将派人参选。", "民建联"),
    # once a person, once a body: a tie is left as read (a THUCNews row's company)
    ("今年已经是地王频出的时代，华远在里面很低调，我想了解一下华远这种低调，不去多拿地的行为。", "华远"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_bodies_named_again_stay_bodies(pipeline, text, body, convert):
    assert body in _orgs(pipeline, convert(text))


# ---- a house of a parliament by its short form (众院 of 众议院, 参院 of 参议院), as MSRA marks it

@pytest.mark.parametrize("text, house", [
    ("日本自民党在众院选举中取得压倒性胜利。", "众院"),
    ("法案上周在参院获得通过，将送交总统签署。", "参院"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_house_by_short_form(pipeline, text, house, convert):
    assert house in _orgs(pipeline, convert(text))


@pytest.mark.parametrize("text", [
    "观众院线电影的票房今年回升。",  # 众院 across words (观众|院线) is no house
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_house_short_form_across_words(pipeline, text, convert):
    assert "众院" not in _orgs(pipeline, convert(text))


@pytest.mark.parametrize("text, person", [
    ("欧阳修是北宋文学家。修在文中写道。", "欧阳修"),  # a compound surname is no word glued before a name
    ("司马相如少时好读书。据说相如口吃。", "司马相如"),
    # a joined foreign name's first part is no word glued on (金-卡戴珊), and a name written alone once
    # leaves the longer one as read (国海富兰克林 of a fund's name): two THUCNews rows of the 715-row dump
    ("篮网的大前锋开始和著名的电视真人秀女星金-卡戴珊交往了。据说卡戴珊很支持他。", "金-卡戴珊"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_compound_surname_is_kept(pipeline, text, person, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("PERSON", person) in found, found


# ---- an issue the recogniser reads as a body (北韩核问题): no body, the place inside it kept

@pytest.mark.parametrize("text, issue, place", [
    ("钓鱼台国宾馆是当年针对北韩核问题举行六方会谈的地点。", "北韩核问题", "北韩"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_issue_is_no_body(pipeline, text, issue, place, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("ORGANIZATION", issue) not in found and ("PLACE", place) in found, found
