"""Taiwan and international news (issue 15, session 12): kinds found by running passages written for these
tests through the pipeline, each checked as written (Simplified) and converted to Traditional (OpenCC s2tw).
"""

import pytest
from helpers import extracted_entities

from zhkg.stages.normalise import to_traditional


def _both_scripts(rows):
    out = []
    for text, *rest in rows:
        for form in (text, to_traditional(text)):
            out.append(pytest.param(form, *rest, id=form[:14]))
    return out


def _places(pipeline, text):
    return {name: code for label, name, code in extracted_entities(pipeline, text) if label == "PLACE"}


@pytest.mark.parametrize("text, forms", _both_scripts([
    # the Federal Reserve by its Taiwan, Hong Kong and mainland names is one body
    ("美国联邦准备理事会今天宣布维持利率不变，联准会主席鲍尔表示通膨仍高。", 2),
    ("美联储今天宣布降息，美国联邦储备委员会表示经济仍然强劲。", 2),
    ("联储局今天加息，联邦准备理事会主席鲍尔表示将观察数据。", 2),
    # the IMF written in full without 组织 (Taiwan) and by its letters
    ("国际货币基金今天下调预测，IMF总裁表示关税将冲击经济。", 2),
]))
def test_one_body_under_its_regional_names(pipeline, text, forms):
    result = pipeline.run_texts([("t", text)])
    bodies = [e for e in result.extraction.entities if e.label.name == "ORGANIZATION"]
    assert len(bodies) == 1, [e.name for e in bodies]
    assert len({m.simplified for m in bodies[0].mentions}) == forms


@pytest.mark.parametrize("text, body", _both_scripts([
    ("哈马斯今天释放三名人质，以色列表示将释放囚犯。", "哈马斯"),
    ("哈玛斯今天拒绝停火提议。", "哈玛斯"),  # Taiwan's spelling, a person to the recogniser
    ("真主党今天对以色列北部发射火箭。", "真主党"),
]))
def test_armed_movements_are_organisations(pipeline, text, body):
    entities = extracted_entities(pipeline, text)
    assert any(label == "ORGANIZATION" and name == body for label, name, _ in entities), entities
    assert not any(label == "PERSON" and name in (body, "哈玛斯") for label, name, _ in entities)


@pytest.mark.parametrize("text, name, code", _both_scripts([
    ("日本官员今天前往华府，与美方会谈。", "华盛顿", "US-city:Washington"),
    ("纽约市长今天表示，纽约市将实施拥挤税。", "纽约", "US-city:New_York"),
    ("洛杉矶市今天宣布重建受灾社区。", "洛杉矶", "US-city:Los_Angeles"),
]))
def test_world_city_forms(pipeline, text, name, code):
    assert _places(pipeline, text).get(name) == code


@pytest.mark.parametrize("text, code", _both_scripts([
    # 德州 is Texas beside a place of the US, Dezhou beside one of China or alone
    ("特斯拉将在美国德州扩建工厂，加州也有一座。", "US-TX"),
    ("山东德州今天举办太阳能博览会。", "371400"),
    ("德州今天举办太阳能博览会，来自北京的客商参观。", "371400"),
    ("德州今天举办太阳能博览会。", "371400"),
]))
def test_dezhou_or_texas(pipeline, text, code):
    places = _places(pipeline, text)
    assert code in places.values(), places


@pytest.mark.parametrize("text, village, absent", _both_scripts([
    ("高雄市长今天前往凤山区五甲里视察排水工程。", "五甲里", ()),
    ("新北市三重区光明里里长表示，区公所已派员处理。", "光明里", ()),
    ("花莲县长今天视察光复乡大进村的重建工程。", "大进村", ()),
    # no village: 的, 各 and 里长 after the district are no names
    ("台北市大安区的里民踊跃参加，大安区里长联谊会今天开会。", None, ("的里", "区里长", "里长联")),
]))
def test_taiwan_villages_after_their_district(pipeline, text, village, absent):
    places = _places(pipeline, text)
    if village:
        assert village in places
    assert not any(a in name for name in places for a in absent), places


@pytest.mark.parametrize("text, expected", _both_scripts([
    ("台北市中正、大同两区今天停水。", {"中正区": "TW-TPE-100", "大同区": "TW-TPE-103"}),
    ("南投县信义、仁爱两乡今天停班停课。", {"信义乡": "TW-NAN-556", "仁爱乡": "TW-NAN-546"}),
    # a shared name in a list of the county's townships is the county's, not the mainland's (凤山县, 潮州市)
    ("高雄市凤山、林园、大寮等区今天淹水。", {"凤山区": "TW-KHH-830", "林园区": "TW-KHH-832"}),
]))
def test_taiwan_townships_listed_by_short_form(pipeline, text, expected):
    places = _places(pipeline, text)
    for name, code in expected.items():
        assert places.get(name) == code, places


@pytest.mark.parametrize("text, expected", _both_scripts([
    # a list of mainland cities stays the mainland's when Taiwan is named only in another sentence
    ("台北市长今天表示关切。广东省中山、珠海、江门等地今天也发生豪雨。", {"中山市": "442000", "珠海市": "440400"}),
]))
def test_mainland_lists_stay_mainland(pipeline, text, expected):
    places = _places(pipeline, text)
    for name, code in expected.items():
        assert places.get(name) == code, places


@pytest.mark.parametrize("text, places, not_places", _both_scripts([
    # a country or state run into the place after it by the recogniser is two places
    # (火奴鲁鲁 is Honolulu, 檀香山, in the world table since session 18)
    ("该公司由Henk Rogers于1996年在夏威夷火奴鲁鲁成立。", {"夏威夷州": "US-HI", "檀香山": "US-city:Honolulu"},
     ("夏威夷火奴鲁鲁",)),
    ("报道称，他就读的是波斯尼亚莫斯塔尔的一所学院。", {"波斯尼亚和黑塞哥维那": "BA"}, ("波斯尼亚莫斯塔尔",)),
]))
def test_country_and_place_run_together(pipeline, text, places, not_places):
    found = _places(pipeline, text)
    for name, code in places.items():
        assert found.get(name) == code, found
    assert not set(not_places) & set(found)


@pytest.mark.parametrize("text, person", _both_scripts([
    ("《俄罗斯方块》的发明者、俄罗斯人Alexey Pajitnov依然充满了谦逊。", "Alexey Pajitnov"),
    ("这种夹克最初是由美国人Leslie Irvin于1926年设计的。", "Leslie Irvin"),
]))
def test_latin_name_after_a_nationality(pipeline, text, person):
    entities = extracted_entities(pipeline, text)
    assert ("PERSON", person, "") in entities
    assert not any(label == "PLACE" and person.split()[-1] in name for label, name, _ in entities)


@pytest.mark.parametrize("text, companies", _both_scripts([
    # a company named before its stock code: Taiwan's four digits in a sentence about shares, Hong Kong's .HK
    ("统一超（2912）今天公布营收，台湾大（3045）与远传（4904）将合并电信业务。", {"统一超", "台湾大", "远传"}),
    ("富邦金（2881）与中信金（2891）也公布财报。", {"富邦金", "中信金"}),
    ("中华电（2412）、仁宝（2324）今天上涨。", {"中华电", "仁宝"}),
    ("恒盛地产(00845.HK)已于昨日结束招股。", {"恒盛地产"}),
]))
def test_company_before_its_stock_code(pipeline, text, companies):
    entities = extracted_entities(pipeline, text)
    found = {name for label, name, _ in entities if label == "ORGANIZATION"}
    assert companies <= found, entities
    assert not any(label == "PERSON" for label, _, _ in entities), entities


@pytest.mark.parametrize("text", _both_scripts([
    # four digits in brackets outside a sentence about shares are no stock code
    ("他拿下全队第五(1875分)，篮板(1044)和命中率都领先。",),
    ("地方下发国土资电发(2009)34号文件。",),
]))
def test_four_digits_without_shares_name_no_company(pipeline, text):
    from zhkg.extract.stock_names import stock_listed_names
    from zhkg.stages.normalise import to_simplified
    from zhkg.stages.segment import token_table

    plain = to_simplified(text)
    assert stock_listed_names(plain, token_table(pipeline.nlp(plain))) == []


@pytest.mark.parametrize("text, name", _both_scripts([
    # a person the document names, written again where jieba cut across it: no place 川 of 川|普通
    ("美国总统川普今天表示满意。日本首相与川普通电话后表示乐观。", "川普"),
]))
def test_piece_of_a_person_is_the_person(pipeline, text, name):
    from zhkg.records import Document

    mentions = pipeline.extract_mentions(Document("t", text))
    people = [m for m in mentions if m.label.name == "PERSON" and m.simplified == name]
    assert len(people) == 2
    assert not any(m.label.name != "PERSON" and len(m.simplified) == 1 for m in mentions), mentions


@pytest.mark.parametrize("text, span, absent", _both_scripts([
    # a body's name and the verb of saying after it are two things (南韩国防部|证实北韩)
    ("南韩国防部证实北韩发射两枚弹道飞弹。", ("ORGANIZATION", "南韩国防部"), "南韩国防部证实"),
    # a Japanese minister's name of four letters keeps its last (武藤容治也陪同: no 武藤容)
    ("日本经济产业大臣武藤容治也陪同。", ("PERSON", "武藤容治"), "武藤容"),
    # a name glued to a place that 在 sets is a place in it (在加州门洛帕克)
    ("Meta执行长则在加州门洛帕克发表新产品。", ("PLACE", "门洛帕克"), None),
]))
def test_spans_of_bodies_people_and_places(pipeline, text, span, absent):
    from zhkg.records import Document

    mentions = {(m.label.name, m.simplified) for m in pipeline.extract_mentions(Document("t", text))}
    assert span in mentions, mentions
    assert not any(name == absent for _, name in mentions)
    assert ("PERSON", "门洛帕克") not in mentions


@pytest.mark.parametrize("text", ["片中小杰全名是周宇杰。小美小杰名字引人联想。"]
                         + [to_traditional("片中小杰全名是周宇杰。小美小杰名字引人联想。")])
def test_shorter_person_inside_a_name_is_that_name(text):
    from zhkg.extract.document_names import people_not_pieces
    from zhkg.records import Label, Mention, MentionSource
    from zhkg.stages.normalise import to_simplified

    plain = to_simplified(text)
    whole = Mention("t", 2, 4, text[2:4], plain[2:4], Label.PERSON, MentionSource.RECOGNISER)
    piece = Mention("t", 14, 15, text[14:15], plain[14:15], Label.PERSON, MentionSource.RECOGNISER)
    out = people_not_pieces([whole, piece], plain)
    assert [(m.start, m.end, m.simplified) for m in out] == [(2, 4, "小杰"), (13, 15, "小杰")]


@pytest.mark.parametrize("text, expected, absent", _both_scripts([
    # a district whose name is a common word (东区) right after the city it lies in is that district
    ("新竹市东区今天举行活动。", {"新竹市": "TW-HSZ", "东区": "TW-HSZ-300E"}, ()),
    ("台南市东区与北区今天停水。", {"台南市": "TW-TNN", "东区": "TW-TNN-701"}, ()),
    ("香港东区今天停水。", {"东区": "HK-EA"}, ()),
    # alone it stays a word
    ("城市东区发展很快。", {}, ("东区",)),
]))
def test_word_named_district_after_its_city(pipeline, text, expected, absent):
    places = _places(pipeline, text)
    for name, code in expected.items():
        assert places.get(name) == code, places
    assert not set(absent) & set(places), places


@pytest.mark.parametrize("text, code", _both_scripts([
    # Taiwan's and Hong Kong's names of world cities
    ("记者今天抵达利雅德，当地民众热情欢迎。", "SA-city:Riyadh"),
    ("记者今天抵达伊斯坦堡，当地民众热情欢迎。", "TR-city:Istanbul"),
    ("记者今天抵达墨西哥市，当地民众热情欢迎。", "MX-city:Mexico_City"),
]))
def test_taiwan_names_of_world_cities(pipeline, text, code):
    assert code in _places(pipeline, text).values()


@pytest.mark.parametrize("text, expected, absent", _both_scripts([
    # jieba's 台|中|市中区: 台中市 and its 中区, no organisation of the two
    ("台中市中区今天发生停电。", {"台中市": "TW-TXG", "中区": "TW-TXG-400"}, "台中市中区"),
    ("济南市市中区今天举行活动。", {"济南市": "370100", "市中区": "370103"}, "济南市市中区"),
    # a market is no district (台中市场)
    ("台中市场今天很热闹。", {}, "场"),
]))
def test_city_and_district_jieba_glued(pipeline, text, expected, absent):
    entities = extracted_entities(pipeline, text)
    places = {name: code for label, name, code in entities if label == "PLACE"}
    for name, code in expected.items():
        assert places.get(name) == code, entities
    assert not any(name == absent for _, name, _ in entities), entities
