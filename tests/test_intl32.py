"""International news entities (session 27, intl32), each in Simplified and Traditional (``both_scripts``):

* the Palestinian territories are places of their own, coded under PS: 加沙地带 (Taiwan's 加萨走廊) is no city
  加沙, and 约旦河西岸 gets a code;
* a world division whose name joins two by a hyphen (北莱茵-威斯特法伦州, 夸祖鲁-纳塔尔省) is found, with the
  hyphen and without, beside a place it lies in (the table ``tools/build_world_places.py`` generates);
* a model body of a state, 驻, a posting and an envoy's title running on into two or three Han letters with no
  body's head word (日本驻上海总领事赤松, a family name no list holds) is no body; 总领事馆 stays one;
* a known body of transliteration letters before a common word that opens with one (哈瑪斯|高層: 高 is a
  transliteration letter) is that body, not a part of a longer transliterated name (a person).

The passages are written for these tests, in the style of wire copy; none is taken from an article.
"""

import pytest
from helpers import both_scripts, entity_names, entity_nodes

from zhkg.extract.governments import _name_follows
from zhkg.extract.known_organisations import known_organisations
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import to_simplified
from zhkg.stages.segment import make_nlp, token_table

P, O, L = "PERSON", "ORGANIZATION", "PLACE"  # noqa: E741


@pytest.mark.parametrize(
    "text, name, code",
    both_scripts([
        ("以色列国防军周日对加沙地带南部的汗尤尼斯发动空袭。", "加沙地带", "PS-city:Gaza_Strip"),
        ("以色列宣布在约旦河西岸扩建定居点，遭到多国谴责。", "约旦河西岸", "PS-city:West_Bank"),
        ("德国北莱茵-威斯特法伦州州长周一表示，将加强边境检查。", "北莱茵-威斯特法伦", "DE-NW"),
        ("德国北莱茵威斯特法伦州举行地方选举。", "北莱茵-威斯特法伦", "DE-NW"),
        ("德国梅克伦堡-前波美拉尼亚州遭遇暴雨。", "梅克伦堡-前波美拉尼亚", "DE-MV"),
        ("南非夸祖鲁-纳塔尔省发生洪灾，造成多人死亡。", "夸祖鲁-纳塔尔省", "ZA-KZN"),
    ]),
)
def test_regions_and_hyphenated_divisions_are_coded_places(pipeline, text, name, code):
    nodes = entity_nodes(pipeline, text)
    assert (L, name, code) in {(kind, to_simplified(n), c) for kind, n, c in nodes}


@pytest.mark.parametrize("text", both_scripts(["以色列国防军周日对加沙地带南部发动空袭。"]))
def test_the_gaza_strip_is_no_city_of_gaza(pipeline, text):
    assert not any(code == "PS-city:Gaza" for _kind, _name, code in entity_nodes(pipeline, text))


def test_taiwans_name_of_the_gaza_strip(pipeline):
    assert (L, "加沙地带", "PS-city:Gaza_Strip") in {
        (kind, to_simplified(n), c) for kind, n, c in entity_nodes(pipeline, "以色列國防軍對加薩走廊南部發動空襲。")}


@pytest.mark.parametrize(
    "text, present, absent",
    both_scripts([
        ("哈玛斯高层表示，愿意在一定条件下停火。", [("哈玛斯", O)], [("哈玛斯", P)]),
        ("以色列代表与哈玛斯高层在多哈举行间接会谈。", [("哈玛斯", O)], [("哈玛斯", P)]),
    ], convert_names=True),
)
def test_a_known_body_before_a_common_word(pipeline, text, present, absent):
    found = entity_names(pipeline, text)
    for name, label in present:
        assert (label, to_simplified(name)) in found
    for name, label in absent:
        assert (label, to_simplified(name)) not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("哈玛斯高层表示愿意停火。", ["哈玛斯"]),  # 高层: a common word opening with a transliteration letter
        ("哈玛斯领导人表示愿意停火。", ["哈玛斯"]),
        ("海尔赛演唱了新歌。", []),  # 赛 alone after it: may be a part of a name (Halsey)
    ],
)
def test_known_bodies_next_to_transliteration_letters(text, expected):
    table = token_table(make_nlp()(text))
    assert [text[s:e] for s, e in known_organisations(text, table, load_lexicon())] == expected


@pytest.mark.parametrize(
    "text, absent, present",
    both_scripts([
        ("日本驻上海总领事赤松秀一出席了招待会。", [("日本驻上海总领事赤松", O)], []),
        ("日本驻上海总领事馆举行招待会。", [], [("日本驻上海总领事馆", O)]),
        ("日本驻华大使馆新闻处发布消息。", [], [("日本驻华大使馆", O)]),
    ], convert_names=True),
)
def test_an_envoy_running_into_a_name_no_list_holds_is_no_body(pipeline, text, absent, present):
    found = entity_names(pipeline, text)
    for name, label in absent:
        assert (label, to_simplified(name)) not in found
    for name, label in present:
        assert (label, to_simplified(name)) in found


def test_name_follows_reads_a_name_with_no_bodys_head():
    lexicon = load_lexicon()
    text = "总领事赤松出席。总领事馆。大使馆新闻处"
    assert _name_follows(text, 0, 5, lexicon)  # 赤松: no listed family name, no head word
    assert not _name_follows(text, 8, 12, lexicon)  # 馆: one letter
    assert not _name_follows(text, 13, 19, lexicon)  # 馆新闻处: a body's heads
