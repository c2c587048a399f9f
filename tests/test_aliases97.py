"""One node per company and body within a document, round aliases97 (issue 15, aliases): a company's web portal
written as its name and 网 is that company (新浪 … 新浪网, 淘宝 … 淘宝网: ``resolve._company_sites``); a name the
document writes as another name's alias is that body's node wherever a relation reader derives it (北京奥组委 of
北京奥组委|监察审计部, ``RelationContext.written_orgs``) and wherever a bare name ends it after a place (奥组委:
``resolve._merge_short_orgs`` through ``resolve.written_aliases``); two names a list writes side by side
(甲、乙; 甲与乙) are never joined (``resolve._coordinated``); a committee written by its kind alone (组委会) is the
one committee the document names in full (``resolve._one_council``); a surname read as a person standing alone
after the document's one person of that surname written in full is that person (范斌 … 范|总结说:
``short_forms.surnames_alone``, ``defined_short_forms._titled_people``); a recognised name of a surname, a one-letter
address and the next letter is cut to the surname and its address (江总|那: ``informal_people._address_run_on``); a
group named with its home before its stem is the company of that stem (瑞士欧瑞康集团 … 欧瑞康: ``resolve._group_at_home``);
a name written right after another place is no longer name's of its own place (巴塞罗那的|文华东方酒店 is no
布拉格文华东方酒店: ``resolve._placed_before``); a group and a company of its stem it holds or acts with in one
clause are two (比亚迪集团旗下…比亚迪: ``resolve._holder_and_held``). Every text here is written for the test; each
runs as written and converted to Traditional (OpenCC s2t)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import both_scripts, mention, node_names, person_nodes

from zhkg.extract.short_forms import surname_stands_alone, surnames_alone
from zhkg.records import Label, MentionSource
from zhkg.stages.normalise import to_simplified
from zhkg.stages.resolve_companies import _company_sites, _coordinated, written_aliases


def _node_of(nodes: list[set[str]], name: str) -> set[str]:
    return next(n for n in nodes if name in n)


@pytest.mark.parametrize("text, company, site", both_scripts([
    ("淘宝网总裁陆兆禧曾称，淘宝的目标是创造一百万个就业岗位。", "淘宝", "淘宝网"),
    ("更多信息请访问：新浪留学频道。由于政策不断调整，新浪网所提供的所有申请信息仅供参考。", "新浪", "新浪网"),
    ("记者从新浪了解到，新浪网今年将推出新的服务。", "新浪", "新浪网"),
]))
def test_company_and_its_portal_are_one_node(pipeline, text, company, site):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert site in _node_of(nodes, company), nodes


@pytest.mark.parametrize("text", both_scripts([
    # the derived parent of a unit (北京奥组委|监察审计部) and a bare 奥组委 are the body the document defined
    "审计署组织对第29届奥林匹克运动会组织委员会(以下简称北京奥组委)的财务收支进行了审计。北京奥组委监察审计部向运营中心派驻人员。",
    "审计署对第29届奥林匹克运动会组织委员会(以下简称北京奥组委)的财务收支进行了审计。截至2009年3月15日，奥组委账面物资(包括固定资产和低值易耗品)共计8亿元。",
]))
def test_a_written_alias_is_its_body_everywhere(pipeline, text):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    body = _node_of(nodes, "奥林匹克运动会组织委员会")
    assert "北京奥组委" in body, nodes
    assert not [n for n in nodes if n <= {"北京奥组委", "奥组委"}], nodes  # no second node of the short names
    if "账面物资" in to_simplified(text):
        assert "奥组委" in body, nodes


def test_company_sites_guards():
    assert _company_sites(["新浪", "新浪网", "新华网"], {}, set()) == {"新浪网": "新浪"}
    # a place's name and 网 is no country's site; a name of one letter or of Latin letters is no company's stem
    assert _company_sites(["中国", "中国网"], {}, {"中国"}) == {}
    assert _company_sites(["东", "东网", "ESPN", "ESPN网"], {}, set()) == {}
    # the company's own node when its name is joined to a longer one, and what was joined to the site with it
    assert _company_sites(["淘宝", "淘宝网"], {"淘宝": "淘宝公司"}, set()) == {"淘宝网": "淘宝公司"}
    assert _company_sites(["淘宝", "淘宝网", "淘宝网站"], {"淘宝网站": "淘宝网"}, set()) == {
        "淘宝网": "淘宝", "淘宝网站": "淘宝"}
    # the portal already joined elsewhere stays where it is
    assert _company_sites(["新浪", "新浪网"], {"新浪网": "新浪网络公司"}, set()) == {}


def test_written_aliases_guards():
    alias = replace(mention("d", 0, "北京奥组委", Label.ORGANIZATION, canonical="奥林匹克运动会组织委员会"),
                    extractor=MentionSource.ALIAS)
    assert written_aliases([alias]) == {"北京奥组委": "奥林匹克运动会组织委员会"}
    # a written name of two nodes names neither; nor does a node's own name
    other = mention("d", 20, "北京奥组委", Label.ORGANIZATION, canonical="北京奥组委")
    assert written_aliases([alias, other]) == {}
    person = mention("d", 30, "老张", Label.PERSON, canonical="张三")
    assert written_aliases([person]) == {}


@pytest.mark.parametrize("text", both_scripts([
    # controls, one node each as before: the State Council beside the US one, two firms' portals
    "国务院发布通知。美国国务院随后表示关注。",
]))
def test_controls_stay_apart(pipeline, text):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert all(len(n) == 1 or n == {"美国国务院", "美国务院"} for n in nodes), nodes


@pytest.mark.parametrize("text, one, other", both_scripts([
    # names a list writes side by side are two bodies, whatever their names share (a wrong join is worse than none)
    ("发起人为甘肃电投与甘肃电投大容电力有限责任公司，后者为前者的全资子公司。", "甘肃电投", "甘肃电投大容电力有限责任公司"),
    ("统计数据显示，青岛海尔、海尔集团和海尔特种冰柜三家企业的销售收入大增。", "海尔", "海尔集团"),
]))
def test_names_side_by_side_in_a_list_stay_two(pipeline, text, one, other):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert other not in _node_of(nodes, one), nodes


@pytest.mark.parametrize("text", both_scripts([
    # control: the stem written in another sentence is still the group, as before
    "海尔集团今天宣布新的战略。海尔将继续扩大海外市场。",
]))
def test_stem_apart_from_a_list_still_joins(pipeline, text):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert "海尔集团" in _node_of(nodes, "海尔"), nodes


def test_coordinated_pairs():
    a = mention("d", 0, "海尔", Label.ORGANIZATION, canonical="海尔")
    b = mention("d", 3, "海尔集团", Label.ORGANIZATION, canonical="海尔集团")
    assert _coordinated([a, b], "海尔、海尔集团") == {("海尔", "海尔集团")}
    assert _coordinated([a, b], "海尔与海尔集团") == {("海尔", "海尔集团")}
    # anything else between them (a verb, a comma) is no list
    assert _coordinated([a, b], "海尔称海尔集团") == set()
    assert _coordinated([a, b], "海尔，海尔集团") == set()


@pytest.mark.parametrize("text, full", both_scripts([
    # a committee written by its kind alone is the one committee of that kind the document names in full
    ("对于违反上述公约的参与者，组委会有权进行必要的处理。厨艺大赛组委会2009年9月16日", "厨艺大赛组委会"),
]))
def test_a_council_alone_is_the_one_named_in_full(pipeline, text, full):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert "组委会" in _node_of(nodes, full), nodes


@pytest.mark.parametrize("text", both_scripts([
    # two committees named in full: the bare kind names neither
    "对于违反规定的参赛者，组委会有权取消其资格。全国厨艺大赛组委会和全国烘焙大赛组委会联合发布通知。",
]))
def test_a_council_alone_beside_two_stays_alone(pipeline, text):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert {"组委会"} in nodes, nodes


def test_one_council_guards():
    from zhkg.stages.resolve_companies import _one_council

    assert _one_council("组委会", ["大赛组委会"], {"组委会", "大赛组委会"}) == "大赛组委会"
    assert _one_council("组委会", ["大赛组委会", "影展组委会"], {"组委会", "大赛组委会", "影展组委会"}) is None
    # a court, or a name that is no common noun of the dictionary, is no council written by its kind
    assert _one_council("人民法院", ["最高人民法院"], {"人民法院", "最高人民法院"}) is None
    assert _one_council("十国集团", ["二十国集团"], {"十国集团", "二十国集团"}) is None


@pytest.mark.parametrize("text, full", both_scripts([
    # a surname the recogniser reads as a person, standing alone after the document's one person of that surname
    # written in full, is that person (aliases90's leftover: 范|总结说, cut so by jieba)
    ("国青队主教练范斌昨天回到了训练场。范总结说，球队的问题在于防守。", "范斌"),
    ("毛邦初昨日返台。毛强调，他没有任何违法行为。", "毛邦初"),
    ("电影《袁隆平》刚刚杀青，借着名人袁隆平的声望未播先热。事实上，袁老就是这么一个热爱生活的人。", "袁隆平"),
]))
def test_a_surname_alone_is_the_one_person_named_in_full(pipeline, text, full):
    nodes = person_nodes(pipeline, text)
    assert not [n for n in nodes if len(n) == 1], nodes
    assert full[0] in nodes[full], nodes


@pytest.mark.parametrize("text", both_scripts([
    # someone left unnamed (王某), a surname before the full name is written, two people of the surname: no link
    "王建国今年六十岁。王某说，今年的收成不错。",
    "毛强调，他没有任何违法行为。毛邦初昨日返台。",
    "刘建华和刘德明都来了。刘强调，今年的收成不错。",
]))
def test_a_surname_alone_no_link(pipeline, text):
    nodes = person_nodes(pipeline, text)
    assert all(names == {full} for full, names in nodes.items()), nodes


def test_surname_stands_alone_guards():
    assert surname_stands_alone("范总结说", 0, 1, {})
    assert surname_stands_alone("袁老就是", 0, 1, {})
    # a relative by the surname, a family, someone unnamed, 老/小 before it, a title after it: not the person alone
    assert not surname_stands_alone("王太太说", 0, 1, {})
    assert not surname_stands_alone("王家的", 0, 1, {})
    assert not surname_stands_alone("王某说", 0, 1, {})
    assert not surname_stands_alone("老王说", 1, 2, {})
    assert not surname_stands_alone("李局长说", 0, 1, {"局": ["局长"]})
    assert not surname_stands_alone("刘先生说", 0, 1, {})
    assert surnames_alone(["范斌", "郭艾伦"], "主教练范斌。范总结说", {"范", "郭"}, {}) == {"范": ("范斌", 3)}
    assert surnames_alone(["刘建华", "刘德明"], "刘建华和刘德明。刘说", {"刘"}, {}) == {}


@pytest.mark.parametrize("text", both_scripts([
    # a recognised name of a surname, a one-letter address and the next letter (江总|那) is the surname and its
    # address where the text writes them so elsewhere (江总先协商): aliases90's leftover, no full name 江总那
    "消费者可以直接给我们打电话，一般先到江总那，江总先协商解决，解决不了的话，我们两个人出面。",
]))
def test_an_address_run_into_the_next_letter_is_cut(pipeline, text):
    nodes = person_nodes(pipeline, text)
    assert "江总那" not in nodes and "江总" in nodes, nodes


def test_address_run_on_guards():
    from zhkg.extract.informal_people import _address_run_on
    from zhkg.resources.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert _address_run_on("江总那", "先到江总那，江总先协商", lexicon)
    # written with the same next letter everywhere, or no address form after the surname: a name as read
    assert not _address_run_on("江总那", "先到江总那，江总那边协商", lexicon)
    assert not _address_run_on("江泽民", "江泽民，江总书记", lexicon)
    assert not _address_run_on("王总明", "王总明说。王总结说", lexicon)  # 总结, a word, is no address


@pytest.mark.parametrize("text, stem, group", both_scripts([
    # a group named with its home before its stem is the company the document writes by the stem
    ("近日，江苏一家纺织企业与瑞士欧瑞康集团签订了一项协议，拟收购欧瑞康旗下两个事业部门。", "欧瑞康", "瑞士欧瑞康集团"),
]))
def test_a_group_named_with_its_home_is_the_stem(pipeline, text, stem, group):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert group in _node_of(nodes, stem), nodes


@pytest.mark.parametrize("text", both_scripts([
    # a company (no group) named with a place is its arm there, as before
    "麦当劳进入中国已有多年。北京麦当劳公司今天宣布新开十家餐厅。",
]))
def test_a_company_named_with_a_place_stays_its_arm(pipeline, text):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert {"麦当劳"} in nodes, nodes


def test_group_at_home_guards():
    from zhkg.stages.resolve_companies import _group_at_home

    companies = {"瑞士欧瑞康": ["瑞士欧瑞康集团"], "欧瑞康": ["欧瑞康"]}
    _group_at_home(companies, ("瑞士",))
    assert companies == {"欧瑞康": ["欧瑞康", "瑞士欧瑞康集团"]}
    # beside the stem's 股份 company (a group and its listed member), or with no stem written alone: left
    companies = {"云南锡业": ["云南锡业集团"], "锡业": ["锡业股份"]}
    _group_at_home(companies, ("云南",))
    assert companies == {"云南锡业": ["云南锡业集团"], "锡业": ["锡业股份"]}
    companies = {"瑞士欧瑞康": ["瑞士欧瑞康集团"]}
    _group_at_home(companies, ("瑞士",))
    assert companies == {"瑞士欧瑞康": ["瑞士欧瑞康集团"]}
    # no group: a firm named with a place is no group at home
    companies = {"北京麦当劳": ["北京麦当劳公司"], "麦当劳": ["麦当劳"]}
    _group_at_home(companies, ("北京",))
    assert companies == {"北京麦当劳": ["北京麦当劳公司"], "麦当劳": ["麦当劳"]}


@pytest.mark.parametrize("text", both_scripts([
    # a name written right after another place (巴塞罗那的|文华东方酒店) is that place's, no longer name's of its own
    "曼谷文华东方酒店是原来的东方酒店，布拉格文华东方酒店坐落在修道院旧址上，而巴塞罗那的文华东方酒店则是由一间古老的银行大楼改建的。",
]))
def test_a_name_placed_elsewhere_is_no_other_places_body(pipeline, text):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert {"文华东方酒店"} in nodes, nodes


@pytest.mark.parametrize("text", both_scripts([
    # control: a bare 政协 after its own body named with its place is still that body
    "平谷区政协今天召开会议。政协委员们认真讨论了报告。",
]))
def test_a_bare_name_still_joins_its_place(pipeline, text):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert "政协" in _node_of(nodes, "平谷区政协"), nodes


def test_placed_before():
    from zhkg.stages.resolve_companies import _placed_before

    place = mention("d", 0, "巴塞罗那", Label.PLACE, canonical="巴塞罗那")
    hotel = mention("d", 5, "文华东方酒店", Label.ORGANIZATION, canonical="文华东方酒店")
    assert _placed_before([place, hotel], "巴塞罗那的文华东方酒店") == {"文华东方酒店": {"巴塞罗那"}}
    # another word between them: no place of the name
    assert _placed_before([place, hotel], "巴塞罗那有文华东方酒店") == {}


@pytest.mark.parametrize("text, one, other", both_scripts([
    # a group and a company of its stem it holds or acts with, in one clause, are two bodies
    ("投资者称赞比亚迪是明智的选择时，比亚迪集团旗下两家港股上市公司比亚迪和比亚迪电子股价应声而涨。", "比亚迪", "比亚迪集团"),
    ("锡业股份发布公告，公司控股股东云南锡业集团一致行动人云南锡业集团有限责任公司于当日增持公司股份。",
     "云南锡业集团", "云南锡业集团有限责任公司"),
]))
def test_a_group_and_what_it_holds_stay_two(pipeline, text, one, other):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert other not in _node_of(nodes, one), nodes


@pytest.mark.parametrize("text", both_scripts([
    # control: the group and its stem in sentences of their own are one company, as before
    "比亚迪集团今天发布了新车型。比亚迪表示，明年将扩大产能。",
]))
def test_a_group_and_its_stem_still_join(pipeline, text):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert "比亚迪集团" in _node_of(nodes, "比亚迪"), nodes


def test_holder_and_held():
    from zhkg.stages.resolve_companies import _holder_and_held

    group = mention("d", 0, "比亚迪集团", Label.ORGANIZATION, canonical="比亚迪集团")
    held = mention("d", 15, "比亚迪", Label.ORGANIZATION, canonical="比亚迪")
    assert _holder_and_held([group, held], "比亚迪集团旗下两家港股上市公司比亚迪") == {("比亚迪集团", "比亚迪")}
    # a sentence between them, or no group first (深发展…新桥持有的深发展股份: 新桥 holds), is no holding
    assert _holder_and_held([group, held], "比亚迪集团表示。两家港股上市公司比亚迪") == set()
    stem = mention("d", 0, "深发展", Label.ORGANIZATION, canonical="深发展")
    shares = mention("d", 13, "深发展股份", Label.ORGANIZATION, canonical="深发展股份")
    assert _holder_and_held([stem, shares], "深发展向平安增发新桥持有的深发展股份") == set()
