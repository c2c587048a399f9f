"""Role frames of session 30 (roles39), each form in Simplified and Traditional (``both_scripts``), with refusals:

* a profile's name (X，男，) opens its clause or follows a title: 中国国籍，无境外居留权，男 names no 居留权 (jieba's
  tag nr), which cut the résumé's clause of a career short;
* two people joined by a single 及 share a title a body has many of (立委, 市议员, 独立董事, 常委), unless a title of
  their own follows the second (立委吴育升及马英九总统); a single 和 or 与, or a title one person holds (总统, 市长),
  still names a second person without it.

The passages are written for these tests; no sentence of Resume NER, DuIE or CLUENER is copied.
"""

import pytest
from helpers import both_scripts, entity_names
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, wanted",
    both_scripts([
        ("王海涛先生，中国国籍，无境外居留权，男，1966年出生，本科学历。现任东海科技股份有限公司董事、副总经理。",
         [("王海涛", "东海科技股份有限公司", "董事"), ("王海涛", "东海科技股份有限公司", "副总经理")]),
        ("刘振华：中国国籍，无境外永久居留权，男，1960年出生，硕士。曾任华东重工股份有限公司独立董事。",
         [("刘振华", "华东重工股份有限公司", "独立董事")]),
    ]),
)
def test_a_residence_right_is_no_profiles_name(pipeline, text, wanted):
    found = roles(pipeline, text)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize(
    "text, person, absent",
    both_scripts([
        ("王海涛先生，中国国籍，无境外居留权，男，1966年出生。", "王海涛", "居留权"),
        ("公司独立董事王海涛，男，1966年出生。", "王海涛", "董事王海涛"),  # after a title the name still reads
        ("黄家学，男，1958年出生，高级工程师。", "黄家学", "家学"),
    ]),
)
def test_a_profiles_name_opens_its_clause(pipeline, text, person, absent):
    names = {name for kind, name in entity_names(pipeline, text) if kind == "PERSON"}
    assert person in names, names
    assert absent not in names, names


@pytest.mark.parametrize(
    "text, wanted",
    both_scripts([
        ("民进党立委管碧玲及陈其迈今天召开记者会。", [("管碧玲", "民进党", "立委"), ("陈其迈", "民进党", "立委")]),
        ("国民党立委吴育升及费鸿泰昨天质询。", [("吴育升", "国民党", "立委"), ("费鸿泰", "国民党", "立委")]),
        ("台北市议员王世坚及李建昌今天提案。", [("王世坚", "台北市", "市议员"), ("李建昌", "台北市", "市议员")]),
        ("全国人大常委王明及李建华出席。", [("王明", "全国人民代表大会", "常委"), ("李建华", "全国人民代表大会", "常委")]),
    ]),
)
def test_two_people_joined_by_ji_share_a_title_many_hold(pipeline, text, wanted):
    found = roles(pipeline, text)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize(
    "text, person, body",
    both_scripts([
        ("国民党立委吴育升及马英九总统今天出席。", "马英九", "国民党"),  # his own title follows him
        ("美国总统奥巴马及胡锦涛今天会谈。", "胡锦涛", "美国"),  # one holds 总统 at a time
        ("民进党立委管碧玲和陈其迈今天见面。", "陈其迈", "民进党"),  # a single 和 joins a meeting as often
        ("民进党立委管碧玲与陈其迈今天见面。", "陈其迈", "民进党"),
    ]),
)
def test_a_second_person_without_the_title(pipeline, text, person, body):
    found = roles(pipeline, text)
    assert not any(p == person and b == body for p, b, _ in found), found


@pytest.mark.parametrize(
    "text, wanted",
    both_scripts([
        ("行政院主计长石素梅今天表示，预算将如期编列。", ("石素梅", "行政院", "主计长")),
        ("监察院监委叶耀鹏今天表示，将调查此案。", ("叶耀鹏", "监察院", "监委")),
        ("考试院考委高永光今天表示。", ("高永光", "考试院", "考委")),
        ("宏达电行销长王景弘今天表示，新机将上市。", ("王景弘", "宏达电", "行销长")),
    ]),
)
def test_taiwan_posts_the_role_table_lacked(pipeline, text, wanted):
    assert wanted in roles(pipeline, text), roles(pipeline, text)


@pytest.mark.parametrize(
    "text, wanted",
    both_scripts([
        ("谢长廷曾任高雄市市长，并于2005年出任行政院院长。", ("谢长廷", "行政院", "院长")),
        ("王志明曾任南方商城有限公司总经理，后于1998年升任华东重工股份有限公司董事长。",
         ("王志明", "华东重工股份有限公司", "董事长")),
        ("李国强毕业于清华大学，随后在2003年出任东海科技股份有限公司总经理。", ("李国强", "东海科技股份有限公司", "总经理")),
    ]),
)
def test_a_time_after_the_adverb_of_a_clause_of_appointment(pipeline, text, wanted):
    assert wanted in roles(pipeline, text), roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # the clause's own subject is named: no post of the sentence's first person
        ("王明曾任高雄市市长，张强并于2005年出任行政院院长。", "王明"),
    ]),
)
def test_a_time_after_the_adverb_keeps_the_clause_subject(pipeline, text, person):
    assert not any(p == person and b == "行政院" for p, b, _ in roles(pipeline, text)), roles(pipeline, text)


@pytest.mark.parametrize(
    "text, wanted",
    both_scripts([
        ("王建煊监察院长今天表示，监委将调查此案。", ("王建煊", "监察院", "院长")),
        ("刘兆玄行政院长今天表示，内阁将改组。", ("刘兆玄", "行政院", "院长")),
        ("记者会上，王金平立法院长表示将召开协商。", ("王金平", "立法院", "院长")),
    ]),
)
def test_a_body_and_title_after_a_name_that_opens_its_clause(pipeline, text, wanted):
    assert wanted in roles(pipeline, text), roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("王建煊监察院长助理李明表示。", "王建煊"),  # the title is another's (院长助理 李明)
    ]),
)
def test_a_body_and_title_after_a_name_refused(pipeline, text, person):
    assert not any(p == person for p, _, _ in roles(pipeline, text)), roles(pipeline, text)


@pytest.mark.parametrize(
    "text, wanted",
    both_scripts([
        ("吴伯雄曾任内政部部长、总统府秘书长及中国国民党主席等职。",
         [("吴伯雄", "总统府", "秘书长"), ("吴伯雄", "中国国民党", "主席")]),
        ("国安会秘书长苏起今天表示，两岸关系稳定。", [("苏起", "国安会", "秘书长")]),
    ]),
)
def test_an_ambiguous_council_named_before_its_title(pipeline, text, wanted):
    found = roles(pipeline, text)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize("text", both_scripts(["游客参观南京总统府旧址，拍照留念。"]))
def test_an_ambiguous_council_with_no_title_stays_a_word(pipeline, text):
    assert ("ORGANIZATION", "总统府") not in entity_names(pipeline, text)


@pytest.mark.parametrize(
    "text, wanted",
    both_scripts([
        ("王明，男，1965年出生，现任中国银行黄冈市城区支行行长。", ("王明", "中国银行黄冈市城区支行", "行长")),
        ("中国农业银行杭州市西湖支行行长李强表示，贷款增长。", ("李强", "中国农业银行杭州市西湖支行", "行长")),
    ]),
)
def test_a_banks_branch_no_extractor_read_is_joined(pipeline, text, wanted):
    assert wanted in roles(pipeline, text), roles(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["招商银行深圳成立分行，行长王明表示。"]))
def test_a_verb_before_the_branch_word_joins_nothing(pipeline, text):
    assert not any("分行" in name for _, name in entity_names(pipeline, text) if "银行" in name)
