"""Spurious organisations (issue 15, session 54, ents259): a kind of body by whose capital runs it (中资企业,
中国内地跨国公司), a hub's standing (香港国际航运中心|地位), a tie's word read as a body's end (台积电|子公司世界先进), a
season's word beside a team (九龙城|来季, 季后|猿队) and 日产 as a daily output.

Every sentence is written for these tests in the pattern the web set's news follows; none is copied from an article.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.extract.generic_names import capital_kind, standing
from zhkg.extract.tie_words import cut_tie_ends
from zhkg.records import Label, Mention
from zhkg.stages.normalise import to_simplified


def _orgs(pipeline, text: str) -> set[str]:
    """The Simplified names of ``text``'s organisations."""
    return {to_simplified(m.simplified) for m in pipeline.process_document(Document("d", text)).mentions
            if m.label is Label.ORGANIZATION}


# ---- a kind of body by whose capital runs it: a class of firms, no body

@pytest.mark.parametrize("text, kind", both_scripts([
    ("乌克兰外交部表示，中资企业协助俄罗斯生产军备。", "中资企业"),
    ("上海持续保持中国内地跨国公司地区总部最多的城市地位。", "中国内地跨国公司"),
]))
def test_a_kind_by_capital_is_no_body(pipeline, text, kind):
    assert kind not in _orgs(pipeline, text)


def test_a_kind_by_capital_inside_a_name_stays(pipeline):
    assert "中国外资企业协会" in _orgs(pipeline, "中国外资企业协会会长王明昨天在北京表示，协会将继续服务会员。")


@pytest.mark.parametrize("name, rest, kind", [
    ("外资研发中心", "", True), ("港资公司", "", True), ("民营企业", "", True),
    ("中国内地跨国公司", "内地跨国公司", True), ("上海本地民营企业", "本地民营企业", True),
    ("华润集团", "", False), ("美国科技公司", "科技公司", False), ("中资企业协会", "", False),
])
def test_capital_kind(name, rest, kind):
    assert capital_kind(name, rest) is kind


# ---- a hub's or a centre's standing: no body

@pytest.mark.parametrize("text, hub", both_scripts([
    ("运输及物流局局长陈美宝表示，巩固提升香港国际航运中心地位是特区政府的重要工作。", "香港国际航运中心"),
    ("特区政府将致力维持香港国际金融中心的地位。", "香港国际金融中心"),
]))
def test_a_standing_is_no_body(pipeline, text, hub):
    assert hub not in _orgs(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["新加坡国际仲裁中心昨天公布去年的案件数字。"]))
def test_a_centre_that_acts_stays(pipeline, text):
    assert "新加坡国际仲裁中心" in _orgs(pipeline, text)


@pytest.mark.parametrize("name, before, after, expected", [
    ("国际创新科技中心", "积极打造香港成为", "。", True),
    ("国际金融中心", "巩固", "，", True),
    ("数据中心", "建设", "项目", False),  # no 国际: a facility being built
    ("国际会议中心", "今天在", "举行", False),
    ("国际航运中心", "", "地位", True),
    ("交通枢纽", "", "的地位", True),
])
def test_standing(name, before, after, expected):
    assert standing(name, before, after) is expected


# ---- a tie's word ending a body's name: the owner before it

@pytest.mark.parametrize("text, owner, whole", both_scripts([
    ("台积电董事会今天通过决议。台积电子公司世界先进将于6月召开股东会。", "台积电", "台积电子公司"),
    ("现任总经理已获选为联电集团转投资公司欣兴电子董事长。", "联电集团", "联电集团转投资公司"),
    ("鸿海集团子公司富士康昨天公布财报。", "鸿海集团", "鸿海集团子公司"),
]))
def test_a_tie_is_no_part_of_the_owner(pipeline, text, owner, whole):
    orgs = _orgs(pipeline, text)
    assert owner in orgs and whole not in orgs, orgs


def test_the_company_after_the_tie_is_read_alone(pipeline):
    orgs = _orgs(pipeline, "现任总经理已获选为联电集团转投资公司欣兴电子董事长。")
    assert "欣兴电子" in orgs and "公司欣兴电子" not in orgs, orgs


@pytest.mark.parametrize("text", both_scripts(["他不得在公司及下属参控股子公司担任任何职务。"]))
def test_a_tie_with_its_qualifiers_only_is_no_body(pipeline, text):
    assert "参控股子公司" not in _orgs(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["德国西门子公司总裁今天访问北京。"]))
def test_a_name_holding_the_letters_of_a_tie_stays(pipeline, text):
    assert "德国西门子公司" in _orgs(pipeline, text)


def test_a_tie_s_qualifier_goes_with_the_tie():
    text = "以前华远水务控股子公司也曾被罚。华远水务今天回应。"
    ms = [Mention("d", 2, 11, text[2:11], text[2:11], Label.ORGANIZATION, "org_suffix"),
          Mention("d", 17, 21, "华远水务", "华远水务", Label.ORGANIZATION, "crf")]
    assert [x.simplified for x in cut_tie_ends(ms, text)] == ["华远水务", "华远水务"]


def test_cut_tie_ends_keeps_a_front_no_one_reads():
    text = "飞利浦电子公司今天发布新品。"
    m = Mention("d", 0, 7, text[:7], text[:7], Label.ORGANIZATION, "crf")
    assert [x.simplified for x in cut_tie_ends([m], text)] == ["飞利浦电子公司"]


# ---- a season's word beside a team: no part of its name

@pytest.mark.parametrize("text, whole, team", both_scripts([
    ("此外，九龙城来季将参加港超联赛，球会已与赞助公司签约。", "九龙城来季", None),
    ("今年季后猿队撤换冠军教头，球迷哗然。", "季后猿队", "猿队"),
]))
def test_a_season_word_is_no_part_of_a_team(pipeline, text, whole, team):
    orgs = _orgs(pipeline, text)
    assert whole not in orgs, orgs
    if team:
        assert team in orgs, orgs


# ---- 日产: a daily output after a production unit, the carmaker elsewhere

@pytest.mark.parametrize("text", both_scripts(["云南一家饮料公司的两条生产线日产山泉水可达4000件。"]))
def test_a_daily_output_is_no_carmaker(pipeline, text):
    assert "日产" not in _orgs(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["丰田和日产都公布了上月在华销量。"]))
def test_the_carmaker_stays(pipeline, text):
    assert "日产" in _orgs(pipeline, text)


# ---- one letter of grammar or a headline's verb glued after a name the document reads elsewhere: the name

@pytest.mark.parametrize("text, name, glued", both_scripts([
    ("港铁今日公布新线计划。局长期望新任主席带领港铁以铁路为香港发展作出贡献。", "港铁", "港铁以"),
    ("港超冀落户青年运动场 新一届港超周五揭幕，足总公布赛程。", "港超", "港超冀"),
]))
def test_a_letter_of_grammar_after_a_known_name_is_cut(pipeline, text, name, glued):
    orgs = _orgs(pipeline, text)
    assert name in orgs and glued not in orgs, orgs


def test_grammar_and_scope_tails():
    from zhkg.extract.known_name_tails import BODY_HEAD_LETTERS, GRAMMAR_TAILS, SCOPE_TAILS

    assert {"以", "冀", "促"} <= GRAMMAR_TAILS and "全台" in SCOPE_TAILS
    assert not GRAMMAR_TAILS & BODY_HEAD_LETTERS  # a body's head letter (团, 会) ends a name of its own


# ---- the recogniser's name running past a rule's place by a part of it or a council title's first letter

@pytest.mark.parametrize("text, place, run", both_scripts([
    ("气象署表示，今天达到停班停课标准的有嘉义县山区、屏东县山区及高雄市山区。", "嘉义县", "嘉义县山区"),
    ("出席的嘉宾包括学校校长、黄大仙区区议员陈志明及家长代表。", "黄大仙区", "黄大仙区区"),
]))
def test_a_place_run_on_is_the_place(pipeline, text, place, run):
    names = {to_simplified(m.simplified) for m in pipeline.process_document(Document("d", text)).mentions}
    assert place in names and run not in names, names


def test_a_place_part_that_ends_a_place_name_is_not_cut():
    from zhkg.extract.place_runs import PLACE_PARTS, settle_place_runs

    assert "地区" not in PLACE_PARTS  # 台湾地区 is written as a place's name
    text = "台湾地区的出口订单增长。"
    rule = Mention("d", 0, 2, "台湾", "台湾", Label.PLACE, "gazetteer")
    model = Mention("d", 0, 4, "台湾地区", "台湾地区", Label.PLACE, "crf")
    assert settle_place_runs([model], [rule], text) == [model]


# ---- an animal's or a mascot's pet name in quotes: no person

@pytest.mark.parametrize("text, pets", both_scripts([
    ("东京上野动物园的大熊猫「安安」和「乐乐」将于明年归还中国。安安今年四岁。", ("安安", "乐乐")),
]))
def test_a_pet_name_is_no_person(pipeline, text, pets):
    people = {to_simplified(m.simplified) for m in pipeline.process_document(Document("d", text)).mentions
              if m.label is Label.PERSON}
    assert not set(pets) & people, people


def test_a_mascot_name_is_no_person():
    from zhkg.extract.animal_names import drop_animal_names

    text = "本届运动会的吉祥物为东北虎“冬冬”，冬冬深受市民喜爱。"
    ms = [Mention("d", i, i + 2, "冬冬", "冬冬", Label.PERSON, "crf") for i in (text.index("冬冬"), text.rindex("冬冬"))]
    assert drop_animal_names(ms, text) == []


def test_a_doubled_name_without_an_animal_stays():
    from zhkg.extract.animal_names import drop_animal_names

    text = "歌手「莎莎」昨晚举行演唱会。"
    m = Mention("d", 3, 5, "莎莎", "莎莎", Label.PERSON, "crf")
    assert drop_animal_names([m], text) == [m]
