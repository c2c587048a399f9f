"""Names in Hong Kong and Taiwan news (round entities171), classes read from the web set's tune half: a name
joined by a full stop (Taiwan's indigenous names, 哈勇．達利: the processing form reads the stop between two letters as
the separator ·, :func:`zhkg.stages.normalise.normalise`); a person or a party and its member read on into the verb of
a post after them (梁子恒|任副主席, 何嘉偉|署任, 陳健|會接掌, 民協|黃國明|會「翻兜」出掌: ``people_cuts.cut_before_posts``);
a body's head word standing alone before a title or a member's word (委員會|主席, 黨團|成員) names no body.

The passages are written for these tests.
"""

import pytest
from helpers import both_scripts, mention_labels

from zhkg.stages.normalise import normalise


@pytest.mark.parametrize("written, processed", [
    ("捕手名單為哈勇．達利、林正和", "捕手名单为哈勇·达利、林正和"),
    ("立委比令．亞布今天表示", "立委比令·亚布今天表示"),
    # guards: a decimal point, a web address, Latin initials, a half-width stop, a numbered section keep their stop
    ("比賽贏了３．５分", "比赛赢了3.5分"),
    ("詳見www.gov.hk網頁", "详见www.gov.hk网页"),
    ("他說U.S.政府", "他说U.S.政府"),
    ("完了.下次", "完了.下次"),
    ("一．總則", "一.总则"),
])
def test_a_stop_between_two_letters_is_a_name_separator(written, processed):
    n = normalise(written)
    assert n.simplified == processed
    assert len(n.simplified) == len(n.original)


@pytest.mark.parametrize("text, name, wrong", both_scripts([
    ("捕手名单为比令．亚布、林正和、王家豪。", "比令·亚布", "比令"),
]))
def test_an_indigenous_name_joined_by_a_stop_is_one_person(pipeline, text, name, wrong):
    found = mention_labels(pipeline, text)
    assert "PERSON" in found.get(name, set()), sorted(found)
    assert wrong not in found, sorted(found)


@pytest.mark.parametrize("text, name, wrong", both_scripts([
    ("两名连任的区议员何美玲、郑家强、梁子恒任副主席，落选议员李文辉任秘书。", "梁子恒", "梁子恒任"),
    ("两名连任的区议员何美玲、郑家强、梁子恒任副主席，落选议员李文辉任秘书。", "李文辉", "李文辉任"),
    ("现由副局长（规划）何嘉伟署任局长，直至另行通知。", "何嘉伟", "何嘉伟署"),
    ("民协黄国明会「翻兜」出掌交通事务委员会；其党友陈健会接掌教育事务委员会。", "陈健", "陈健会"),
    ("民协黄国明会「翻兜」出掌交通事务委员会；其党友陈健会接掌教育事务委员会。", "黄国明", "民协黄国明会"),
]))
def test_a_person_ends_before_the_verb_of_a_post(pipeline, text, name, wrong):
    found = mention_labels(pipeline, text)
    assert "PERSON" in found.get(name, set()), sorted(found)
    assert wrong not in found, sorted(found)


@pytest.mark.parametrize("text, body", both_scripts([
    ("民协黄国明会「翻兜」出掌交通事务委员会。", "民协"),
    ("民建联李国明会出掌房屋事务委员会；其党友张勇会接掌保安事务委员会。", "房屋事务委员会"),
]))
def test_the_party_and_the_committee_beside_a_member_taking_a_post_stay(pipeline, text, body):
    found = mention_labels(pipeline, text)
    assert "ORGANIZATION" in found.get(body, set()), sorted(found)


@pytest.mark.parametrize("text, name", both_scripts([
    # guards: a name ending in 任 or 会 before no post, and a person before 会 and a verb of no post
    ("记者陈建任报导。", "陈建任"),
    ("村长王金会表示支持。", "王金会"),
]))
def test_a_name_ending_in_a_post_letter_before_no_post_stays(pipeline, text, name):
    assert "PERSON" in mention_labels(pipeline, text).get(name, set())


@pytest.mark.parametrize("text, head", both_scripts([
    ("按惯例，委员会主席由连任的议员出任。", "委员会"),
    ("民众党团方面，总召黄国昌预计续任，相关职位有待党团成员推举。", "党团"),
]))
def test_a_head_word_alone_names_no_body(pipeline, text, head):
    assert head not in mention_labels(pipeline, text)


@pytest.mark.parametrize("text, body", both_scripts([
    # guards: a body's three-letter short form before a title, a caucus named by its party
    ("消基会总干事今天表示。", "消基会"),
    ("民众党团方面，总召黄国昌预计续任。", "民众党团"),
]))
def test_a_named_body_before_a_title_stays(pipeline, text, body):
    assert "ORGANIZATION" in mention_labels(pipeline, text).get(body, set())


@pytest.mark.parametrize("text, wrong", both_scripts([
    ("台北市长蒋万安今天出席活动。卢秀燕笑说，她对万安期望甚深。", "万安"),
]))
def test_a_persons_given_name_is_no_place(pipeline, text, wrong):
    assert "PLACE" not in mention_labels(pipeline, text).get(wrong, set())


@pytest.mark.parametrize("text, place", both_scripts([
    # guard: a division's short form set as a place stays one beside a person so named
    ("吉林省委书记李长春今天抵达长春视察。", "长春"),
]))
def test_a_place_set_as_one_beside_a_namesake_stays(pipeline, text, place):
    assert "PLACE" in mention_labels(pipeline, text).get(place, set())


@pytest.mark.parametrize("text, wrong", both_scripts([
    ("加上有文化、体育等近年热门议题，相信委员会的曝光率较高。", "相信委员会"),
]))
def test_a_verb_before_a_head_word_names_no_body(pipeline, text, wrong):
    found = mention_labels(pipeline, text)
    assert wrong not in found and "委员会" not in found, sorted(found)


@pytest.mark.parametrize("text, body", both_scripts([
    ("最受欢迎的环境及卫生事务委员会，料由议员李志明出任主席。", "环境及卫生事务委员会"),
    ("最受欢迎的工商及科技事务委员会，料由议员李志明出任主席。", "工商及科技事务委员会"),
]))
def test_two_fields_joined_by_ji_name_one_committee(pipeline, text, body):
    assert "ORGANIZATION" in mention_labels(pipeline, text).get(body, set())


@pytest.mark.parametrize("text, wrong", both_scripts([
    # guards: a body before 及 (警方, 教育局) and a place before it open no committee's name
    ("警方及消防处今日表示，教育局及劳工事务委员会亦有跟进。", "教育局及劳工事务委员会"),
    ("台湾及大陆事务委员会今日开会。", "台湾及大陆事务委员会"),
]))
def test_a_body_or_a_place_before_ji_is_no_field(pipeline, text, wrong):
    assert wrong not in mention_labels(pipeline, text)


def test_a_given_name_read_from_a_place_is_its_full_names_person(pipeline):
    from zhkg.records import Document

    text = "台北市长蒋万安今天出席活动。卢秀燕笑说，她对万安期望甚深。"
    found = pipeline.extract_mentions(Document(id="d", text=text))
    assert [m.canonical for m in found if m.simplified == "万安"] == ["蒋万安"]


@pytest.mark.parametrize("text, body", both_scripts([
    # guard: a member's title after the verb and the head word: the body is named (jieba's verb 提案 a noun there)
    ("他是第十四届全国政协委员、提案委员会委员。", "提案委员会"),
]))
def test_a_verb_and_a_head_word_before_a_members_title_stay(pipeline, text, body):
    assert "ORGANIZATION" in mention_labels(pipeline, text).get(body, set())


@pytest.mark.parametrize("text, body, wrong", both_scripts([
    ("议员发起全面改选民进党团干部的连署。", "民进党团", "民进党团干部"),
]))
def test_a_bodys_members_are_no_part_of_its_name(pipeline, text, body, wrong):
    found = mention_labels(pipeline, text)
    assert wrong not in found and "ORGANIZATION" in found.get(body, set()), sorted(found)


@pytest.mark.parametrize("text, body", both_scripts([
    # guard: a verb before a head word that is no kind of body alone (通用|银行) is a name
    ("这意味着该行对通用银行每股股份的开价将上调。", "通用银行"),
]))
def test_a_verb_before_a_bank_is_a_name(pipeline, text, body):
    assert "ORGANIZATION" in mention_labels(pipeline, text).get(body, set())
