"""Role frames of session 29 (roles36), each form in Simplified and Traditional (``both_scripts``), with refusals:

* a title after a name that a short relative clause ending in 的 opens (提案的蔡宜芳立委说): the clause names
  nothing, says what the person does and opens no possessive;
* 接任 and 当选 (maybe after 由) before a bare title whose body the sentence named before; a board's body is its
  company (华强集团董事会…，由王明接任总经理: 总经理 of 华强集团);
* a dynasty named by two letters or by one letter and 代 holding a state's post (北宋宰相, 唐代宰相, 东汉太尉);
* 由 ends a qualifier between a body and a title (经济部长由政务委员X接任: 政务委员 is no post of 经济部);
* a league named by its short name before a coached team (执教中超|山东鲁能泰山队).

The passages are written for these tests, none taken from the ``r36`` pool of ``tests/gold/roles_dev.jsonl``.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("教育局今日公布新措施，负责推行的陈志豪局长表示，措施下月实施。", "陈志豪", "教育局", "局长"),
        ("交通部今天召开记者会，主持会议的林国栋部长指出，票价不会调整。", "林国栋", "交通部", "部长"),
        ("台北市议会今天开议，提出质询的张文华议员表示，交通问题须尽快解决。", "张文华", "台北市议会", "议员"),
        ("立法院今天审查预算，提案的吴俊贤立委说，预算应该删减。", "吴俊贤", "立法院", "立委"),
        ("高雄市政府今天召开记者会，分管交通的李明德副市长说，新路线年底通车。", "李明德", "高雄市", "副市长"),
    ]),
)
def test_a_title_after_a_relative_clause_and_a_name(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person, body",
    both_scripts([
        # the clause before the name names a body of its own: the post is not surely the earlier body's
        ("交通部今天召开记者会，华强集团的林国栋部长指出，票价不会调整。", "林国栋", "交通部"),
        # a possessor opens the clause (他的): the title may be another's
        ("交通部今天召开记者会，他的林国栋部长指出，票价不会调整。", "林国栋", "交通部"),
        # the clause names another person
        ("交通部今天召开记者会，陪同王明的林国栋部长指出，票价不会调整。", "林国栋", "交通部"),
    ]),
)
def test_no_body_when_the_clause_before_the_name_is_no_plain_relative_clause(pipeline, text, person, body):
    assert not any(p == person and b == body for p, b, _r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("华强集团董事会今天开会，由王明接任总经理。", "王明", "华强集团", "总经理"),
        ("万达集团今天宣布，由李建国接任董事长。", "李建国", "万达集团", "董事长"),
        ("台中市议会今天改选，由陈国华当选议长。", "陈国华", "台中市议会", "议长"),
        ("民进党今天召开全代会，黄志明当选为主席。", "黄志明", "民进党", "主席"),
    ]),
)
def test_taking_over_or_elected_to_a_bare_post(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("王明接任总经理后，公司扭亏为盈。", "王明"),  # no body named
        ("华强集团和万达集团今天宣布，王明接任总经理。", "王明"),  # two bodies: neither surely
    ]),
)
def test_no_bare_post_without_one_body_before(pipeline, text, person):
    assert not any(p == person for p, _b, _r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("西汉丞相周文远辅佐景帝。", "周文远", "西汉", "丞相"),
        ("南唐宰相冯延中擅长诗词。", "冯延中", "南唐", "宰相"),
        ("唐代宰相李元度力主削藩。", "李元度", "唐代", "宰相"),
        ("东晋太尉温元礼以清廉著称。", "温元礼", "东晋", "太尉"),
    ]),
)
def test_a_dynasty_holds_a_state_post(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("宋代诗人陆文远留下诗作三百余首。", "陆文远"),  # no post
        ("此后周明出任宰相。", "周明"),  # 后周 inside 此后: no dynasty
    ]),
)
def test_no_dynasty_post(pipeline, text, person):
    assert not any(p == person and b in ("宋代", "后周") for p, b, _r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person, body, title, filled",
    both_scripts([
        ("内阁改组，经济部长由政务委员周立群接任。", "周立群", "经济部", "政务委员", "部长"),
        ("内阁改组，交通部长由立委林国栋出任。", "林国栋", "交通部", "立委", "部长"),
    ]),
)
def test_a_title_after_by_is_no_post_of_the_body_before(pipeline, text, person, body, title, filled):
    edges = roles(pipeline, text)
    assert (person, body, title) not in edges
    assert (person, body, filled) in edges


@pytest.mark.parametrize(
    "text, person, team",
    both_scripts([
        ("2015年，李明执教中超山东鲁能泰山队。", "李明", "山东鲁能泰山队"),
        ("王强执教CBA广东宏远队。", "王强", "广东宏远队"),
    ]),
)
def test_a_league_before_a_coached_team(pipeline, text, person, team):
    assert (person, team, "教练") in roles(pipeline, text)
