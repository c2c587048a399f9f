"""Session 26 (intl28, issue 15): international news — world cities, foreign ministries, hyphenated known names,
papers that report, societies of two countries, and the counts a quoting paper does not own.

Sentences written for zhkg in the style of international news, each read as written (Simplified) and converted to
Traditional. Every row failed on the code before this round but those marked as guards, which keep what already
worked (a bare ministry, a hyphen between two countries, a book in 《》).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import assert_count_owner, both_scripts

ORG, PLACE, PER = "ORGANIZATION", "PLACE", "PERSON"
ROOT = Path(__file__).resolve().parents[1]


def _resolved(pipeline, text):
    """(label, Simplified span, canonical name, code) of every resolved mention of a one-document text."""
    from zhkg.stages.documents import parse_documents

    return {(m.label.value, m.simplified, m.name, m.code) for m in pipeline.extract_mentions(parse_documents("t", text)[0])}


# ---- Major world cities no time zone names, in the world table (tools/build_world_places.py)

@pytest.mark.parametrize("text, city, code", both_scripts([
    ("伊拉克政府军在基尔库克附近与武装分子交火。", "基尔库克", "IQ-city:Kirkuk"),
    ("库尔德自治区首府埃尔比勒今天举行集会。", "埃尔比勒", "IQ-city:Erbil"),
    ("美军曾在费卢杰发动大规模攻势。", "费卢杰", "IQ-city:Fallujah"),
    ("俄军持续炮击马里乌波尔，大批平民撤离。", "马里乌波尔", "UA-city:Mariupol"),
    ("扎波罗热核电站的安全引发国际关注。", "扎波罗热", "UA-city:Zaporizhzhia"),
    ("乌克兰西部城市利沃夫接收了大量难民。", "利沃夫", "UA-city:Lviv"),
    ("杜特尔特曾长期担任达沃市长。", "达沃市", "PH-city:Davao"),
    ("菲律宾总统经常回到达沃。", "达沃", "PH-city:Davao"),
    ("地震发生后，仙台机场一度关闭。", "仙台", "JP-city:Sendai"),
    ("美国海军第七舰队司令部设在横须贺。", "横须贺", "JP-city:Yokosuka"),
    ("巴勒斯坦领导人在拉姆安拉会见了来访的外长。", "拉姆安拉", "PS-city:Ramallah"),
    ("以色列北部港口城市海法遭到火箭弹袭击。", "海法", "IL-city:Haifa"),
    ("也门港口城市荷台达遭到空袭。", "荷台达", "YE-city:Hodeidah"),
    ("缅甸第二大城市曼德勒发生强烈地震。", "曼德勒", "MM-city:Mandalay"),
    ("游客可以从暹粒前往吴哥窟参观。", "暹粒", "KH-city:Siem_Reap"),
    ("第一届亚非会议于1955年在万隆召开。", "万隆", "ID-city:Bandung"),
    ("肯尼亚港口城市蒙巴萨的货物吞吐量增长。", "蒙巴萨", "KE-city:Mombasa"),
    ("埃及将在沙姆沙伊赫举办气候大会。", "沙姆沙伊赫", "EG-city:Sharm_el-Sheikh"),
    ("哥伦比亚第二大城市麦德林的治安明显好转。", "麦德林", "CO-city:Medellin"),
    ("比利时安特卫普港是欧洲第二大港口。", "安特卫普", "BE-city:Antwerp"),
    ("格拉斯哥主办了联合国气候变化大会。", "格拉斯哥", "GB-city:Glasgow"),
    ("俄罗斯远东城市哈巴罗夫斯克今年冬天格外寒冷。", "哈巴罗夫斯克", "RU-city:Khabarovsk"),
]))
def test_world_city_is_coded(pipeline, text, city, code):
    places = {(span, c) for label, span, _, c in _resolved(pipeline, text) if label == PLACE}
    assert (city, code) in places, places


@pytest.mark.parametrize("text, form, code", [
    # the forms Taiwan and Hong Kong news write (Traditional text), and mainland's other name of Vladivostok
    ("俄軍持續砲擊馬立波，大批平民撤離。", "马立波", "UA-city:Mariupol"),
    ("札波羅熱核電廠的安全引發國際關注。", "札波罗热", "UA-city:Zaporizhzhia"),
    ("烏克蘭西部城市利維夫接收了大量難民。", "利维夫", "UA-city:Lviv"),
    ("杜特蒂經常回到納卯。", "纳卯", "PH-city:Davao"),
    ("太平洋舰队司令部设在符拉迪沃斯托克。", "符拉迪沃斯托克", "RU-city:Vladivostok"),
])
def test_world_city_other_forms(pipeline, text, form, code):
    places = {(span, c) for label, span, _, c in _resolved(pipeline, text) if label == PLACE}
    assert (form, code) in places, places


def test_world_table_records_its_sources_versions():
    header = [line for line in (ROOT / "pipeline/zhkg/resources/data/place_world.tsv").read_text(
        encoding="utf-8").splitlines() if line.startswith("#")]
    assert "# Built with babel 2.19.0 and pycountry 26.2.16." in header


# ---- Japan's ministries keep the country written before them; ministries of two joined fields

@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("日本外务省发表声明，对此表示强烈抗议。", [("日本外务省", ORG), ("日本", PLACE)], [("外务省", ORG)]),
    ("日本经济产业省宣布将限制半导体材料出口。", [("日本经济产业省", ORG)], [("经济产业省", ORG)]),
    ("日本农林水产省公布了最新的粮食自给率。", [("日本农林水产省", ORG)], [("农林水产省", ORG)]),
    # the second of two ministries after one country is named bare, as written
    ("日本外务省和防卫省联合发布报告。", [("日本外务省", ORG), ("防卫省", ORG)], [("日本外务省和防卫省", ORG)]),
    # guards: a bare ministry, and a ministry of old
    ("外务省发言人表示将召见大使。", [("外务省", ORG)], []),
    ("他曾任陆军省次官。", [("陆军省", ORG)], []),
], convert_names=True))
def test_japanese_ministry_keeps_its_country(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("美国卫生与公众服务部宣布新规。", [("美国卫生与公众服务部", ORG)], []),
    ("加拿大移民和公民部表示将调整政策。", [("加拿大移民和公民部", ORG)], []),
    # guards: a ministry the recogniser reads whole, parts of a country, armed services and units, a government
    # and a part of society
    ("英国环境和农村事务部部长出席了会议。", [("英国环境和农村事务部", ORG)], []),
    ("美国中西部和东北部遭遇暴风雪。", [("美国", PLACE)], [("美国中西部和东北部", ORG)]),
    ("美国海军和陆军部队举行联合演习。", [("美国海军", ORG)], [("美国海军和陆军部", ORG)]),
    ("日本政府和企业部分人士认为改革太慢。", [("日本", PLACE)], [("日本政府和企业部", ORG)]),
], convert_names=True))
def test_ministry_of_joined_fields(finds, text, present, absent):
    finds(text, present, absent)


# ---- Known people written with a hyphen or Taiwan's ‧ between the parts

@pytest.mark.parametrize("text, span, name", both_scripts([
    ("他信-西那瓦昨日返回曼谷。", "他信-西那瓦", "他信"),
    ("阿根廷球星利昂内尔-梅西说他会留队。", "利昂内尔-梅西", "梅西"),
]))
def test_known_person_with_hyphen(pipeline, text, span, name):
    from zhkg.stages.normalise import to_simplified

    people = {(s, n) for label, s, n, _ in _resolved(pipeline, text) if label == PER}
    assert (to_simplified(span), name) in people, people


@pytest.mark.parametrize("text, wrong", both_scripts([
    ("他信-西那瓦昨日返回曼谷。", "西那瓦"),  # the family name alone read as a place
    ("阿根廷球星利昂内尔-梅西说他会留队。", "内尔-梅西"),  # the name cut inside its first part
]))
def test_hyphenated_name_not_cut(pipeline, text, wrong):
    assert not any(s == wrong for _, s, _, _ in _resolved(pipeline, text))


# ---- A name of two parts joined by a hyphen right after a title, whatever its letters (他, 信 are on no list)

@pytest.mark.parametrize("text, name, cut", both_scripts([
    ("泰国总理赛塔-他威信表示，政府将刺激经济。", "赛塔-他威信", "赛塔"),
    ("泰国总理赛塔-他威信和柬埔寨首相洪玛奈举行会谈。", "赛塔-他威信", "赛塔"),
    ("新任总理赛塔-他威信今天宣誓就职。", "赛塔-他威信", "赛塔"),
]))
def test_titled_hyphen_name_whole(pipeline, text, name, cut):
    from zhkg.stages.normalise import to_simplified

    people = {s for label, s, _, _ in _resolved(pipeline, text) if label == PER}
    assert to_simplified(name) in people and cut not in people, people


@pytest.mark.parametrize("text", both_scripts([
    # guards: the name ends before the verb after it; no title, no name (a hyphen between two places)
    "球队主帅马丁-奥尼尔说，球队状态很好。",
    "森林狼主帅科特-兰比斯很无奈。",  # the lists' span stands: 很 is no part of the name
    "他在总统府-白宫附近散步。",
]))
def test_titled_hyphen_name_stops_at_verb(pipeline, text):
    people = {s for label, s, _, _ in _resolved(pipeline, text) if label == PER}
    assert not any(s.endswith(("说", "很")) for s in people) and "总统府-白宫" not in people, people


@pytest.mark.parametrize("text", both_scripts(["巴西-阿根廷之战吸引了大批球迷。"]))
def test_hyphen_between_countries_joins_no_person(pipeline, text):
    # guard: a hyphen between two countries stays two places
    found = _resolved(pipeline, text)
    assert {label for label, s, _, _ in found if s in ("巴西", "阿根廷")} == {PLACE}
    assert not any(label == PER for label, _, _, _ in found)


# ---- A paper in 《》 that reports is an outlet, with or without 据

@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("英国《卫报》报道，首相将在下周辞职。", [("卫报", ORG), ("英国", PLACE)], []),
    ("《海峡时报》称，新加坡将再次加息。", [("海峡时报", ORG)], []),
    ("《每日邮报》6日报道，女王出席了庆典。", [("每日邮报", ORG)], []),
    ("据《越南快讯》网站报道，河内将举办博览会。", [("越南快讯", ORG)], []),
    # guards: a daily its head makes a body; a book and a report in 《》 report nothing
    ("韩国《朝鲜日报》援引消息人士的话说，会谈将推迟。", [("朝鲜日报", ORG)], []),
    ("他读过《老人与海》，报道说这本书很畅销。", [], [("老人与海", ORG)]),
    ("《政府工作报告》称，今年经济增长目标为5%。", [], [("政府工作报告", ORG)]),
], convert_names=True))
def test_reporting_paper_is_an_outlet(finds, text, present, absent):
    finds(text, present, absent)


# ---- A state's government forces, and the Islamic State by its name

@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("叙利亚政府军收复了阿勒颇。", [("叙利亚政府军", ORG), ("叙利亚", PLACE)], []),
    ("阿富汗政府军与塔利班交火。", [("阿富汗政府军", ORG), ("塔利班", ORG)], []),
    ("伊斯兰国宣布对袭击负责。", [("伊斯兰国", ORG)], []),
    # guards: government forces of no state named, and Islamic countries
    ("政府军收复了阿勒颇。", [("阿勒颇", PLACE)], [("政府军", ORG)]),
    ("多个伊斯兰国家发表联合声明。", [], [("伊斯兰国", ORG)]),
], convert_names=True))
def test_government_forces_and_islamic_state(finds, text, present, absent):
    finds(text, present, absent)


# ---- A society two countries run keeps both countries in its name

@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("中国土耳其友好协会举行招待会。", [("中国土耳其友好协会", ORG), ("中国", PLACE), ("土耳其", PLACE)],
     [("土耳其友好协会", ORG)]),
    ("中国土耳其商会在伊斯坦布尔成立。", [("中国土耳其商会", ORG)], [("土耳其商会", ORG)]),
    # guards: a city and its country's body is two names; two countries alone are two places
    ("华盛顿美国特勤局发表声明。", [("华盛顿", PLACE), ("美国特勤局", ORG)], []),
    ("中国土耳其两国关系良好。", [("中国", PLACE), ("土耳其", PLACE)], [("中国土耳其", PLACE)]),
], convert_names=True))
def test_society_of_two_countries(finds, text, present, absent):
    finds(text, present, absent)


# ---- A quoting paper, and its country, own no count

@pytest.mark.parametrize("text, counted, owner", both_scripts([
    ("英国《卫报》6日称，已有120名工人被解雇。", "工人", None),
    ("美国《纽约时报》援引消息人士说，2000名士兵已抵达。", "士兵", None),
    # guards: a paper that speaks before no other owner, and the body the report is about, which still owns its count
    ("《海峡时报》称，约有300名员工被裁。", "员工", None),
    ("据《朝日新闻》报道，丰田汽车将招聘2000名员工。", "员工", "丰田汽车"),
]))
def test_quoting_paper_owns_no_count(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
