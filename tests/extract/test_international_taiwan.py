"""Kinds zhkg got wrong on international and Taiwan news (issue 15, round 11), found by running short passages
written for these tests through the pipeline: diplomacy, foreign companies and central banks, sports, Taiwan
companies and local society.

Each row runs one sentence through ``Pipeline().run_texts`` with the recogniser on, in Simplified and in
Traditional, and reads the graph's nodes.
"""

import pytest
from helpers import both_scripts, entity_names, entity_nodes


@pytest.mark.parametrize("text, district, code", both_scripts([
    # a district jieba glued to the next word (北屯|区松|竹里) or to 里 (区里|长) is still the district of the
    # city before it, not a place elsewhere sharing its short name (北屯市 of Xinjiang)
    ("台中市北屯区松竹里里长林美玲表示，活动下月举行。", "北屯区", "TW-TXG-406"),
    ("台中市北屯区里长林美玲表示，活动下月举行。", "北屯区", "TW-TXG-406"),
    ("高雄市三民区宝兴里里长表示，路灯已修复。", "三民区", "TW-KHH-807"),
]))
def test_district_glued_to_the_next_word_is_the_district(pipeline, text, district, code):
    nodes = entity_nodes(pipeline, text)
    assert ("PLACE", district, code) in nodes
    assert not any(kind == "PLACE" and c == "659005" for kind, _, c in nodes)  # 北屯市, Xinjiang
    # and no person is read from the district's suffix on (区松竹里)
    assert not any(kind == "PERSON" and name.startswith("区") for kind, name, _ in nodes)
    assert ("PERSON", "林美玲") in entity_names(pipeline, text) or "林美玲" not in text


@pytest.mark.parametrize("text, place, person", both_scripts([
    # the suffix before 里 ("in the district") or an organ still ends the name; people after it stay
    ("平谷区里的学校都已开学，区长王刚到场。", "平谷区", "王刚"),
    ("北京市长王安顺今天表示，将加快建设。", "北京市", "王安顺"),
]))
def test_place_before_a_glued_word_keeps_its_neighbours(pipeline, text, place, person):
    names = entity_names(pipeline, text)
    assert ("PLACE", place) in names
    assert ("PERSON", person) in names


@pytest.mark.parametrize("text, body", both_scripts([
    # a well-known body's name of three letters or more before a title that jieba's word runs into
    # (成功|大学校长, 三星电子|会长) is still the body
    ("成功大学校长沈孟儒宣布，将与台南市政府合作。", "成功大学"),
    ("清华大学校长今天出席典礼。", "清华大学"),
]))
def test_known_body_before_a_title_sharing_a_word(pipeline, text, body):
    assert ("ORGANIZATION", body) in entity_names(pipeline, text)


@pytest.mark.parametrize("text, not_body", both_scripts([
    # a two-letter name before a personal title is a preposition and a surname (和|黄教授), no company
    ("今天的聚会有幸和黄教授一起讨论。", "和黄"),
    # and the guard against a dictionary word across a name's edge stays where no title follows
    ("北大荒的粮食今年丰收。", "北大"),
]))
def test_known_name_inside_other_words_is_no_body(nlp, text, not_body):
    from zhkg.extract.known_organisations import known_organisations
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.normalise import normalise
    from zhkg.stages.segment import token_table

    simplified = normalise(text).simplified
    spans = known_organisations(simplified, token_table(nlp(simplified)), load_lexicon())
    assert not_body not in [simplified[s:e] for s, e in spans]


@pytest.mark.parametrize("text, bodies", both_scripts([
    # central banks, stock exchanges, foreign companies and international bodies by the names Taiwan, Hong Kong
    # and mainland papers give them (organisations_known.tsv)
    ("联准会主席鲍尔宣布维持利率不变，日银总裁植田和男暗示升息。", ["联准会", "日银"]),
    ("鸿海股价在台湾证券交易所收涨2%，那斯达克指数下跌。", ["鸿海", "台湾证券交易所", "那斯达克"]),
    ("三星电子会长李在镕周二出庭，SK海力士同期获利创新高。", ["三星电子", "SK海力士"]),
    ("台塑、南亚、台化、台塑化等四家公司资本支出合计800亿元。", ["台塑", "南亚", "台化", "台塑化"]),
    ("国际奥会主席柯芬特里在洛桑表示，将新增比赛项目。", ["国际奥会"]),
]))
def test_known_bodies_of_international_and_taiwan_news(pipeline, text, bodies):
    names = entity_names(pipeline, text)
    for body in bodies:
        assert ("ORGANIZATION", body) in names
    # a company's title after its name is no part of it (三星电子|会长, not 三星电子会)
    assert not any(name.endswith("会") and name.startswith("三星") for _, name in names)


@pytest.mark.parametrize("text, not_body", both_scripts([
    # 南亚 is a company only where the sentence speaks of companies; else the region
    ("南亚地区的局势持续紧张，多国举行会谈。", "南亚"),
]))
def test_ambiguous_company_without_a_cue_is_no_body(pipeline, text, not_body):
    assert ("ORGANIZATION", not_body) not in entity_names(pipeline, text)


@pytest.mark.parametrize("text, place, code", both_scripts([
    # the states of the US and the provinces of Canada are places of their country, by their mainland, Taiwan
    # and short names (place_world.tsv, ISO 3166-2 codes)
    ("美国加州州长纽森与墨西哥总统通电话。", "加利福尼亚州", "US-CA"),
    ("美国得克萨斯州休斯敦发生枪击案。", "得克萨斯州", "US-TX"),
    ("台积电亚利桑那州新厂已开始量产。", "亚利桑那州", "US-AZ"),
    ("密西根州州长表示将提供补助。", "密歇根州", "US-MI"),
    ("加拿大卑诗省温哥华房价下跌。", "不列颠哥伦比亚省", "CA-BC"),
]))
def test_states_and_provinces_are_places_of_their_country(pipeline, text, place, code):
    assert ("PLACE", place, code) in entity_nodes(pipeline, text)


@pytest.mark.parametrize("text, place, code", both_scripts([
    # 德州 stays Shandong's city: no short form of Texas shadows it
    ("山东德州市今天举行运动会。", "德州市", "371400"),
    # the city 华盛顿 is still the city; 华盛顿州 the state
    ("美国总统在华盛顿发表讲话。", "华盛顿", "US-city:Washington"),
    ("华盛顿州州长今天表示。", "华盛顿州", "US-WA"),
]))
def test_state_names_do_not_shadow_other_places(pipeline, text, place, code):
    assert ("PLACE", place, code) in entity_nodes(pipeline, text)


@pytest.mark.parametrize("text, state, city", both_scripts([
    # a state and a transliterated name the recogniser read as one place are the state and a place in it
    ("辉达总部位于加州圣塔克拉拉。", "加利福尼亚州", "圣塔克拉拉"),
    ("英伟达总部位于加利福尼亚州圣克拉拉。", "加利福尼亚州", "圣克拉拉"),
]))
def test_state_and_the_place_named_after_it(pipeline, text, state, city):
    names = entity_names(pipeline, text)
    assert ("PLACE", state) in names
    assert ("PLACE", city) in names
    assert ("PLACE", state + city) not in names


@pytest.mark.parametrize("text, places", both_scripts([
    # two coded places stay two
    ("美国加州洛杉矶发生地震。", ["加利福尼亚州", "洛杉矶"]),
]))
def test_coded_places_in_a_row_stay_themselves(pipeline, text, places):
    names = entity_names(pipeline, text)
    for place in places:
        assert ("PLACE", place) in names


@pytest.mark.parametrize("text, club", both_scripts([
    # a city before a transliterated name is a club's name, not a state and a town
    ("目前与萨格勒布迪纳摩同分的莫斯科斯巴达是最主要的竞争对手。", "莫斯科斯巴达"),
]))
def test_city_before_a_name_is_not_split(pipeline, text, club):
    assert ("PLACE", club[3:]) not in entity_names(pipeline, text)


@pytest.mark.parametrize("text, codes", both_scripts([
    # countries paired or listed by their one-letter forms (place_abbreviations.tsv): 巴 beside 以 is Palestine
    ("以巴冲突持续升级，联合国呼吁以、巴双方停火。", {"IL", "PS"}),
    ("美墨两国将在下月举行高层对话。", {"US", "MX"}),
    ("世界杯将由美、加、墨三国合办。", {"US", "CA", "MX"}),
]))
def test_countries_by_their_letters_in_pairs_and_lists(pipeline, text, codes):
    found = {code for kind, _, code in entity_nodes(pipeline, text) if kind == "PLACE"}
    assert codes <= found


@pytest.mark.parametrize("text, code", both_scripts([
    # 以 before 巴西 is a preposition before Brazil, no pair
    ("以巴西为例，通胀持续升温。", "BR"),
]))
def test_letter_pairs_need_whole_words(pipeline, text, code):
    found = {c for kind, _, c in entity_nodes(pipeline, text) if kind == "PLACE"}
    assert found == {code}


@pytest.mark.parametrize("text, person, not_person", both_scripts([
    # a transliterated name the recogniser ran into the idiom after it ends before the idiom (姆巴佩|梅开二度)
    ("法国前锋姆巴佩梅开二度，皇马获胜。", "姆巴佩", "姆巴佩梅"),
]))
def test_person_ends_before_an_idiom(pipeline, text, person, not_person):
    names = entity_names(pipeline, text)
    assert ("PERSON", person) in names
    assert ("PERSON", not_person) not in names


@pytest.mark.parametrize("text, person", both_scripts([
    # a name whose last letter opens no four-letter word keeps it
    ("哈兰德帽子戏法，曼城大胜。", "哈兰德"),
    ("记者王建国报道。", "王建国"),
]))
def test_person_before_other_words_keeps_its_end(pipeline, text, person):
    assert ("PERSON", person) in entity_names(pipeline, text)
