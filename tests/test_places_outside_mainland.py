"""Places outside the mainland, through the whole pipeline: Taiwan, Hong Kong, Macau, countries and cities.

Each row runs one short text through ``Pipeline().run_texts`` (the recogniser on) and reads the graph's
nodes, in Simplified and in Traditional script: what a user of the graph sees.
"""

import pytest
from helpers import both_scripts, entity_nodes


def _code(attrs):
    return attrs.get("code", "")


def _places(pipeline, text):
    return {name: code for (kind, name), code in entity_nodes(pipeline, text, _code).items() if kind == "PLACE"}


@pytest.mark.parametrize(
    "text, name, code, parent",
    both_scripts([
        ("台北市长今天表示，台北将加强防疫。", "台北市", "TW-TPE", "TW"),
        ("市民在臺北街头排队。", "台北市", "TW-TPE", "TW"),
        ("新北市政府发布消息。", "新北市", "TW-NWT", "TW"),
        ("高雄市前镇区发生气爆。", "前镇区", "TW-KHH-806", "TW-KHH"),
        ("花莲县发生地震，花莲市区有感。", "花莲县", "TW-HUA", "TW"),
        ("天水围一名男子昨日被捕。", "天水围", "HK-YL-TSW", "HK-YL"),
        ("旺角和铜锣湾今日有游行。", "铜锣湾", "HK-WC-CWB", "HK-WC"),
        ("香港警方在中环拘捕两人。", "中环", "HK-CW-C", "HK-CW"),
        ("澳门氹仔的新酒店今日开幕。", "氹仔", "MO-TPA", "MO"),
        ("澳门氹仔的新酒店今日开幕。", "澳门", "MO", "CN"),
        ("元朗区议会今日开会。", "元朗区", "HK-YL", "HK"),
        ("美国总统今天发表讲话。", "美国", "US", ""),
        ("他在纽约和伦敦都有住所。", "纽约", "US-city:New_York", "US"),
        ("叙利亚政府军进攻大马士革郊区。", "大马士革", "SY-city:Damascus", "SY"),
    ]),
)
def test_place_links_to_its_own_code(pipeline, text, name, code, parent):
    G = pipeline.run_texts([("t", text)]).graph
    (node,) = [a for _, a in G.nodes(data=True) if a["type"] == "PLACE" and a["name_simplified"] == name]
    assert (node["code"], node.get("parent_code", "")) == (code, parent)


@pytest.mark.parametrize(
    "text, wrong_code",
    both_scripts([
        ("台北市长今天表示，台北将加强防疫。", "420102014"),  # 台北街道, Wuhan
        ("新北市政府发布消息。", "320411"),  # 新北区, Changzhou
        ("天水围一名男子昨日被捕。", "620500"),  # 天水市
        ("湾仔区议会今日开会。", "440402008"),  # 湾仔街道, Zhuhai
    ]),
)
def test_place_outside_the_mainland_is_no_mainland_namesake(pipeline, text, wrong_code):
    assert wrong_code not in _places(pipeline, text).values()


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("常州市新北区召开会议。", {"新北区": "320411"}),  # with 常州 in context it stays mainland
        ("大连市中山区召开会议。", {"中山区": "210202"}),
        ("台北市中山区召开会议。", {"中山区": "TW-TPE-104"}),
    ]),
)
def test_context_picks_the_namesake(pipeline, text, expected):
    places = _places(pipeline, text)
    assert {name: places.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    "text, name, code",
    both_scripts([
        ("中美关系今年有所缓和。", "美国", "US"),
        ("中美关系今年有所缓和。", "中国", "CN"),
        ("美方表示将继续谈判。", "美国", "US"),
        ("叙利亚危机持续，叙方称将反击。", "叙利亚", "SY"),
        ("萨国总统昨日访华。", "萨尔瓦多", "SV"),
        ("日韩关系出现转机。", "韩国", "KR"),
    ]),
)
def test_country_short_forms_in_context(pipeline, text, name, code):
    assert _places(pipeline, text).get(name) == code


@pytest.mark.parametrize(
    "text",
    both_scripts([
        ("美丽的风景让人流连。",),
        ("日前，美元走强。",),
        ("该小区北区的居民反映。",),  # 北区 names a district only beside the place it lies in
        ("悉尼北区的华人移民多来自中国大陆和香港。",),
        ("上海内环和中环高架今早拥堵。",),
    ]),
)
def test_lone_short_form_is_no_country(pipeline, text):
    assert not {code for code in _places(pipeline, text).values()
                if code in {"US", "JP"} or code.startswith(("HK-", "TW-"))}


def test_short_form_of_a_township_needs_its_parent(pipeline):
    # 台北街道 (Wuhan) only with 武汉/江岸区 in the document
    assert _places(pipeline, "武汉市江岸区台北街道办事处发布通知。").get("台北街道") == "420102014"


@pytest.mark.parametrize(
    "text, context_only_name, code",
    [
        ("香港北區今日有雨。", "北区", "HK-NO"),
        ("臺中市北區發生火警。", "北区", "TW-TXG-404"),
    ],
)
def test_word_like_district_links_beside_its_region(pipeline, text, context_only_name, code):
    assert _places(pipeline, text).get(context_only_name) == code


@pytest.mark.parametrize(
    "text",
    both_scripts([
        ("韩国瑜昨日在高雄市发表谈话。",),
        ("韩国瑜表示将参选。",),
    ]),
)
def test_place_is_not_carved_out_of_a_person(pipeline, text):
    nodes = entity_nodes(pipeline, text, _code)
    assert ("PERSON", "韩国瑜") in nodes
    assert ("PLACE", "韩国") not in nodes


@pytest.mark.parametrize(
    "text, organisation, invented",
    both_scripts([
        ("北京国际城市发展研究院发布报告。", "北京国际城市发展研究院", "北京市国际城市发展研究院"),
        ("台湾民进党主席今天说。", "台湾民进党", "台湾省民进党"),
    ]),
)
def test_canonical_names_invent_nothing(pipeline, text, organisation, invented):
    names = {name for kind, name in entity_nodes(pipeline, text, _code) if kind == "ORGANIZATION"}
    assert organisation in names and invented not in names


def test_taiwan_has_one_node_under_every_name(pipeline):
    G = pipeline.run_texts([("a", "台湾省的新闻。"), ("b", "臺灣的新聞。"), ("c", "台湾地区的新闻。")]).graph
    taiwan = [a for _, a in G.nodes(data=True) if a["type"] == "PLACE" and a.get("code") == "TW"]
    assert len(taiwan) == 1 and taiwan[0]["name_simplified"] == "台湾" and not taiwan[0].get("parent_code")
