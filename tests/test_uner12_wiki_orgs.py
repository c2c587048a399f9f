"""Organisations of Wikipedia-style prose (issue 15, round uner12): bodies the rules cut, ran on or made up
in text written like Universal NER's Traditional Wikipedia, and the kinds of name it writes.

Each row is a sentence written for these tests, run through the pipeline with the recogniser on, as written
(Simplified) and converted to Traditional; the (surface, label) pairs are converted with it.
"""

import pytest

from zhkg.stages.normalise import to_traditional

ORG, PLACE = "ORGANIZATION", "PLACE"


def _both_scripts(rows):
    out = []
    for text, present, absent in rows:
        out.append(pytest.param(text, present, absent, id=text[:12]))
        out.append(pytest.param(to_traditional(text), [(to_traditional(s), label) for s, label in present],
                                [(to_traditional(s), label) for s, label in absent], id="t-" + text[:12]))
    return out


@pytest.mark.parametrize("text, present, absent", _both_scripts([
    # a listed short form whose last letter opens a body's head is part of another name (联邦最高法|院)
    ("州政府向联邦最高法院提出上诉。", [("联邦最高法院", ORG)], [("最高法", ORG)]),
    ("最高法公布了五起典型案件。", [("最高法", ORG)], []),
    ("国家外汇局已累计批出额度。", [("国家外汇局", ORG)], []),
    # the middle of a town is no body (市中心, 台北市|中心), a centre named after its field is
    ("这座寺庙位于台北市中心，香火很盛。", [("台北市", PLACE)], [("台北市中心", ORG)]),
    ("人口主要分布于市中心及西侧。", [], [("市中心", ORG)]),
    ("深圳市房地产研究中心发布了报告。", [("深圳市房地产研究中心", ORG)], []),
    # a preposition jieba holds as a noun opens no name (经|最高法院)
    ("经最高法院检察署指定的案件另行处理。", [("最高法院", ORG)], [("经最高法院", ORG)]),
    # a transliterated team's name is whole before 队
    ("他现在效力于希腊篮球联赛的帕纳辛奈克斯队。", [("帕纳辛奈克斯队", ORG)], [("克斯队", ORG)]),
]))
def test_bodies_whole_and_no_more(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", _both_scripts([
    # a verb that never stands inside a body's name ends it: the recogniser's run of two names is a clause
    ("他早年在台湾大学任物理系教授。", [("台湾大学", ORG)], [("台湾大学任物理系", ORG)]),
    ("同年，南车四方机车车辆股份获国家发改委批准设立实验室。",
     [("南车四方机车车辆股份", ORG), ("国家发改委", ORG)], [("南车四方机车车辆股份获国家发改委", ORG)]),
]))
def test_model_body_across_a_verb_is_a_clause(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", _both_scripts([
    # a known body's name that is a common phrase too needs a cue of its kind (中|移动, 武大 of the novel)
    ("玩家在迷宫中移动时会遇到敌人。", [], [("中移动", ORG)]),
    ("中移动公司公布了上半年的营收。", [("中移动公司", ORG)], []),
    ("两部小说中，武大的故事都以武松发配结局。", [], [("武大", ORG)]),
    ("他考入武大，成为化学系的学生。", [("武大", ORG)], []),
]))
def test_known_names_that_are_common_phrases(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", _both_scripts([
    # a society named before 会 after a verb of founding or joining, or before its members' word
    ("1894年，他在檀香山创立兴中会。", [("兴中会", ORG)], []),
    ("这所书院由伦敦传道会于1843年创办。", [("伦敦传道会", ORG)], []),
    ("他是耶稣会传教士，1601年抵达北京。", [("耶稣会", ORG)], []),
    # a meeting or a kind of body alone is none
    ("他加入协会后，又加入大会筹备组。", [], [("协会", ORG), ("大会", ORG)]),
    ("他是兄弟会成员。", [], [("兄弟会", ORG)]),
    # a name quoted in 「」 that ends in a body's head; a slogan or a word ending in one is none
    ("该团体称为「香港专上学生联会」，成立于1958年。", [("香港专上学生联会", ORG)], []),
    ("他们要求「维持现有格局」。", [], [("维持现有格局", ORG)]),
    # denominations, with the place or faith before them
    ("他是台湾基督长老教会的牧师。", [("台湾基督长老教会", ORG)], []),
    ("圣公会、天主教会和浸信会都在当地设有教堂。", [("圣公会", ORG), ("天主教会", ORG), ("浸信会", ORG)], []),
]))
def test_societies_and_churches(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", _both_scripts([
    # a club's description by its league is no part of its name, nor a name of its own
    ("他在1983年转投意甲球会AC米兰。", [("AC米兰", ORG)], [("意甲球会AC米兰", ORG)]),
    ("他为英超球队曼联效力了十二年。", [("曼联", ORG)], [("英超球队", ORG)]),
    # a dynasty's court and government, and a colonial government, are bodies
    ("1901年，李鸿章代表清政府签订条约。", [("清政府", ORG)], []),
    ("八国联军攻入北京，清廷西逃。", [("清廷", ORG)], []),
    ("1941年，日军攻占香港，港英政府投降。", [("港英政府", ORG)], []),
    ("他要求澄清政府的立场。", [], [("清政府", ORG)]),
    # a company's legal form is part of its name
    ("该片由中央电影事业股份有限公司出品。", [("中央电影事业股份有限公司", ORG)], [("中央电影事业股份", ORG)]),
]))
def test_clubs_courts_and_legal_forms(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", _both_scripts([
    # a Latin name with its kind is one name, as MSRA, CLUENER and Universal NER mark it
    ("他曾在Frito-Lay公司担任执行长。", [("Frito-Lay公司", ORG)], [("Frito-Lay", ORG)]),
    ("这部剧由Fox电视台播出。", [("Fox电视台", ORG)], []),
    # the middle of a place after 位于 is no body
    ("利奥波德城位于布达佩斯中心。", [("布达佩斯", PLACE)], [("布达佩斯中心", ORG)]),
    # the forces stationed in a country are one body, not an alliance of two states
    ("他战后在驻日美军服役。", [("驻日美军", ORG)], [("日美军", ORG)]),
    # a division of an army after the army's name, and a listed team with its sport and 队
    ("日军近卫师团登陆澳底。", [("日军近卫师团", ORG)], []),
    ("2003年，阪神虎棒球队表现强劲。", [("阪神虎棒球队", ORG)], [("阪神虎", ORG)]),
    # a station's department is no channel of the station's name
    ("他要求在华视新闻部安排职位。", [("华视", ORG)], [("华视新闻", ORG)]),
    # two fields joined by 及 before a bureau's head are one bureau's name
    ("新架构下设：环境运输及工务局、工商及科技局。", [("环境运输及工务局", ORG), ("工商及科技局", ORG)],
     [("工务局", ORG), ("科技局", ORG)]),
]))
def test_latin_kinds_armies_teams_and_bureaus(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", _both_scripts([
    # a society named before 社 or 团 after a verb of joining or founding, 了 between; a kind alone is none
    ("他在南开中学读书时加入了觉悟社。", [("觉悟社", ORG)], []),
    ("他们成立了北京人民艺术剧团。", [("北京人民艺术剧团", ORG)], []),
    ("毕业后他加入了合作社。", [], [("合作社", ORG)]),
    # 制造 belongs in a company's name
    ("1987年，他创立了台湾积体电路制造公司。", [("台湾积体电路制造公司", ORG)], []),
]))
def test_societies_by_she_and_tuan(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", _both_scripts([
    # a transliterated name's first letter, cut off alone, is the body's; a verb before a name is not
    ("他加入了格伦德尔登山协会，多次攀登高峰。", [("格伦德尔登山协会", ORG)], [("伦德尔登山协会", ORG)]),
    ("在中关村购买索尼产品后可以保修。", [], [("买索尼", ORG)]),
]))
def test_transliterated_first_letter(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text", [pytest.param(t, id=t[:8]) for t in (
    "谢拉特协助利物浦在这个赛季取得英超第2名。", to_traditional("谢拉特协助利物浦在这个赛季取得英超第2名。"))])
def test_flat_spans_name_the_club_where_a_place_shares_its_span(pipeline, text):
    # the graph keeps the city beside the club (it locates the body); read as flat names the span is the club's
    from zhkg.evaluate import outermost_spans
    from zhkg.stages.documents import parse_documents

    mentions = pipeline.extract_mentions(parse_documents("t", text)[0])
    start = text.index("利物浦")
    assert {(m.label.value, m.start) for m in mentions} >= {("ORGANIZATION", start), ("PLACE", start)}
    assert (start, start + 3, "ORG") in outermost_spans(mentions)
    assert (start, start + 3, "LOC") not in outermost_spans(mentions)
