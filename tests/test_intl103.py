"""Wrong names in international and Hong Kong news (round intl103), each in Simplified and Traditional
(``both_scripts``): a model person that ends in a separator of transliterated names ends before it (a list's
bullet after the name: 关羽•　豹头环眼, ``person_edges._drop_trailing_separators``); a model place that is a coded
place with a continent or a world region written on is the coded place (香港|亚洲电影节,
``glued_places.cut_continent_tails``), while a country whose own name ends so (马来西亚) and a name with its
separator inside (约翰·克里, 罗伯·可汗: a letter after the separator) stay whole.

The passages are written for these tests.
"""

import pytest
from helpers import both_scripts, mention_labels


@pytest.mark.parametrize("text, name, wrong", both_scripts([
    ("游戏里的名将：万夫莫敌--关羽•　豹头环眼，勇冠三军--张飞•　一身都是胆。", "关羽", "关羽•"),
    ("三国第一猛将，无人能敌--关羽• 豹头环眼，勇冠三军--赵云• 人间飞将", "赵云", "赵云•"),
]))
def test_a_bullet_after_a_name_is_no_part_of_it(pipeline, text, name, wrong):
    found = mention_labels(pipeline, text)
    assert "PERSON" in found.get(name, set()), sorted(found)
    assert wrong not in found, sorted(found)


@pytest.mark.parametrize("text, place, wrong", both_scripts([
    ("由百老汇电影中心主办的《香港亚洲电影节》昨日开幕，共放映四十部电影。", "香港", "香港亚洲"),
    ("由百老汇电影中心主办的香港亚洲电影节昨日在九龙开幕。", "香港", "香港亚洲"),
]))
def test_a_continent_after_a_coded_place_is_no_part_of_it(pipeline, text, place, wrong):
    found = mention_labels(pipeline, text)
    assert "PLACE" in found.get(place, set()), sorted(found)
    assert wrong not in found, sorted(found)


@pytest.mark.parametrize("text, name, label", both_scripts([
    # guards: a country whose name ends in 西亚, a transliterated name with its separator inside, a region alone
    ("马来西亚总理纳吉布昨天抵达北京访问。", "马来西亚", "PLACE"),
    ("美国国务卿约翰·克里昨天抵达北京。", "约翰·克里", "PERSON"),
    ("近日，《木乃伊3》的导演罗伯·可汗公布了一些最新的工作照。", "罗伯·可汗", "PERSON"),
    ("东南亚国家的经济正在复苏。", "东南亚", "PLACE"),
]))
def test_whole_names_stay(pipeline, text, name, label):
    from zhkg.stages.normalise import to_simplified

    assert label in mention_labels(pipeline, text).get(to_simplified(name), set())


@pytest.mark.parametrize("text", both_scripts([
    "据报道，此次拍卖的是一幅水彩风景画，当时的他还是一名在寻找工作的艺术家。理查德·",
]))
def test_a_separator_ending_a_cut_passage_stays(pipeline, text):
    """A passage cut inside a name (CLUENER's) keeps the separator it ends with: the name runs on past it."""
    assert "PERSON" in mention_labels(pipeline, text).get("理查德·", set())
