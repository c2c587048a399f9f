"""Role frames of session 30 (roles38), found on large real material (Resume NER train, DuIE train's tune half), each
form in Simplified and Traditional (``both_scripts``), with refusals:

* a list of posts after a verb of a career read on after 兼 and 兼任 (院长兼党委书记，B公司董事长), past an item after 兼
  no reader understood, and past staff words (技术员、工程师) to the same body's bare and department titles;
* a comma, or a body named in a skipped item, ends the items of one body;
* 近五年 before a link (近五年历任…), and a résumé's clauses of a career after a comma and a time or 现兼任, or after a
  sentence of another kind (具有独立董事资格，现任…);
* a department's title after a party committee's post is the body's the committee leads (…公司党委副书记、纪委书记);
* a name no extractor found after a title ends in 和 when a time or a verb of saying follows (局长张家和今天表示).

The passages are written for these tests; no sentence of Resume NER, DuIE or CLUENER is copied.
"""

import pytest
from helpers import both_scripts, holds_roles
from helpers import role_edges as roles

from zhkg.stages.normalise import to_simplified


@pytest.mark.parametrize(
    "text, wanted",
    both_scripts([
        ("周建华先生，经济学硕士。现兼任华光研究总院院长兼党委书记，东海科技股份有限公司董事长，新海高科技集团公司董事长。",
         [("周建华", "华光研究总院", "院长"), ("周建华", "华光研究总院", "党委书记"),
          ("周建华", "东海科技股份有限公司", "董事长"), ("周建华", "新海高科技集团公司", "董事长")]),
        ("李国强，男，1962年出生。历任江南机械厂副厂长兼任办公室主任，华东重工股份有限公司董事长。",
         [("李国强", "江南机械厂", "副厂长"), ("李国强", "江南机械厂", "办公室主任"),
          ("李国强", "华东重工股份有限公司", "董事长")]),
        ("李国强，男，1962年出生。历任江南机械厂副厂长兼任党委书记，华东重工股份有限公司董事长。",
         [("李国强", "江南机械厂", "党委书记"), ("李国强", "华东重工股份有限公司", "董事长")]),
    ]),
)
def test_a_list_of_posts_goes_on_after_concurrently(pipeline, text, wanted):
    found = roles(pipeline, text)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize(
    "text, wanted",
    both_scripts([
        ("王志明，男，中共党员。近五年历任南方商城有限公司总经理、华东重工股份有限公司副总经理。",
         [("王志明", "南方商城有限公司", "总经理"), ("王志明", "华东重工股份有限公司", "副总经理")]),
        ("王志明，男，中共党员，近五年历任南方商城有限公司总经理、华东重工股份有限公司副总经理。",
         [("王志明", "南方商城有限公司", "总经理"), ("王志明", "华东重工股份有限公司", "副总经理")]),
        ("周建华，男，现兼任华光研究总院院长，东海科技股份有限公司董事长。",
         [("周建华", "华光研究总院", "院长"), ("周建华", "东海科技股份有限公司", "董事长")]),
        ("赵文斌，男，1982年7月参加工作，1990年7月至2006年3月历任南方商城有限公司总经理、华东重工股份有限公司副总经理。",
         [("赵文斌", "南方商城有限公司", "总经理"), ("赵文斌", "华东重工股份有限公司", "副总经理")]),
        ("钱思远：男，1960年生，博士。具有独立董事资格，现任华东重工股份有限公司独立董事，兼任中国机械工程学会副理事长。",
         [("钱思远", "华东重工股份有限公司", "独立董事"), ("钱思远", "中国机械工程学会", "副理事长")]),
    ]),
)
def test_a_resume_clause_after_a_time_or_another_kind_of_sentence(pipeline, text, wanted):
    found = roles(pipeline, text)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize(
    "text, wanted",
    both_scripts([
        ("赵文斌，男，1982年7月参加工作，历任西北机械研究设计院技术员、第二研究室副主任、主任、副院长。",
         [("赵文斌", "西北机械研究设计院", "主任"), ("赵文斌", "西北机械研究设计院", "副院长")]),
        ("王黄来，男，现任华东重工股份有限公司党委副书记、纪委书记、工会主席。",
         [("王黄来", "华东重工股份有限公司", "纪委书记"), ("王黄来", "华东重工股份有限公司", "工会主席")]),
        ("周伟明：男，大专学历。曾任东方宾馆副总经理兼党支书记，华东重工股份有限公司董事长、南方商城有限公司常务副总经理。",
         [("周伟明", "华东重工股份有限公司", "董事长"), ("周伟明", "南方商城有限公司", "常务副总经理")]),
    ]),
)
def test_a_list_of_posts_goes_on_past_staff_words(pipeline, text, wanted):
    found = roles(pipeline, text)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        # a comma ends the items of one body: the posts after it are the next body's
        ("刘海涛，男，曾任华信证券有限责任公司上海投资银行部副总，东方华塑股份有限公司副总经理、董事会秘书。",
         "刘海涛", "华信证券有限责任公司上海投资银行部", "董事会秘书"),
        # a body named in a skipped item ends the items of the body before
        ("孙建业，男，历任江南机械厂技术员、工程师、华东重工股份有限公司主管工程师、设计室主任、副总经理。",
         "孙建业", "江南机械厂", "副总经理"),
        # 兼任's 任 is no letter of the title after it
        ("李国强，男，1962年出生。历任江南机械厂副厂长兼任党委书记，华东重工股份有限公司董事长。",
         "李国强", "江南机械厂", "任党委书记"),
        # a department's title after the committee is no post of the committee
        ("王黄来，男，现任华东重工股份有限公司党委副书记、纪委书记、工会主席。",
         "王黄来", "华东重工股份有限公司党委", "纪委书记"),
    ]),
)
def test_no_post_of_the_body_before(pipeline, text, person, body, title):
    assert (person, body, title) not in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("台北市政府社会局今天召开记者会，局长张家和今天表示将增加补助。", "张家和", "台北市政府社会局", "局长"),
        ("杭州市环保局昨天通报水质，局长李永和表示将加强执法。", "李永和", "杭州市环保局", "局长"),
    ]),
)
def test_a_name_ending_in_he_after_a_title(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        # 和 joins two people: each holds a post of his own
        ("杭州市环保局局长王平和副局长张伟今天到场。", "王平", "杭州市环保局", "局长"),
    ]),
)
def test_he_joining_two_people_stays_a_conjunction(pipeline, text, person, body, title):
    found = roles(pipeline, text)
    assert (person, body, title) in found
    assert not any(p == person + "和" for p, _b, _t in found)


@pytest.mark.parametrize(
    "text, person, body, title, former",
    both_scripts([
        ("华强集团前董事长王石和现任董事长郁亮出席了活动。", "郁亮", "华强集团", "董事长", False),
        ("华强集团董事长郁亮和前董事长王石出席了活动。", "王石", "华强集团", "董事长", True),
        ("交通部部长李明和原副部长张强出席了会议。", "张强", "交通部", "副部长", True),
    ]),
)
def test_a_bare_title_after_he_and_a_word_of_time_shares_the_holder(pipeline, text, person, body, title, former):
    found = {(to_simplified(p), to_simplified(b), t, f) for p, t, b, f in holds_roles(pipeline, text)}
    assert (person, body, title, former) in found


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("南宋名臣、宰相文天祥被俘。", "文天祥", "南宋", "宰相"),
        ("北宋重臣、宰相王安石推行变法。", "王安石", "北宋", "宰相"),
    ]),
)
def test_a_dynasty_before_its_servant_and_a_title(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("著名学者、宰相文天祥被俘。", "文天祥"),  # no dynasty written
        ("南宋诗人、宰相文天祥被俘。", "文天祥"),  # a poet is no servant of the state
    ]),
)
def test_no_dynasty_without_a_servant_before_the_title(pipeline, text, person):
    assert not any(p == person and t == "宰相" for p, _b, t in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("邓立平，男，高级工程师，历任华东电池股份有限公司技改办主任、研究所所长、总工程师、董事。",
         "邓立平", "华东电池股份有限公司", "总工程师"),
        ("李东平，男，高级工程师。历任江南化肥厂合成车间党支部书记兼副主任、厂长助理、副厂长。",
         "李东平", "江南化肥厂", "厂长助理"),
    ]),
)
def test_a_body_title_after_a_unit_post_is_the_bodys(pipeline, text, person, body, title):
    found = roles(pipeline, text)
    assert (person, body, title) in found
    assert not any(p == person and t == title and b != body for p, b, t in found)


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        # 公司 opens an item: the résumé's own company, whose department the next title names
        ("孟建国，男，历任华东重工股份有限公司江南生产厂厂长、公司人力资源部部长、证券部部长。",
         "孟建国", "江南生产厂", "证券部部长"),
    ]),
)
def test_no_department_post_after_the_companys_own_item(pipeline, text, person, body, title):
    assert not any(p == person and t == title for p, _b, t in roles(pipeline, text))
