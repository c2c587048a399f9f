"""PLACE extraction: gazetteer names, short forms, guards, linking and offsets.

Each table runs in the original script of its example, Traditional or
Simplified; the extractor always sees the Simplified normalised text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.config import Config
from zhkg.extract.place_tokens import EXTRACTOR
from zhkg.extract.places import extract_places
from zhkg.records import Label, Mention
from zhkg.stages.normalise import normalise
from zhkg.stages.segment import set_doc_context

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_e88b616f19a6a93b.txt"


@pytest.fixture(scope="module")
def places(nlp):
    def run(text: str, config: Config | None = None) -> list[Mention]:
        doc = set_doc_context(nlp(normalise(text).simplified), "test", text)
        return extract_places(doc, config=config)

    return run


def found(mentions: list[Mention]) -> list[tuple[str, str, str]]:
    return [(m.text, m.canonical, m.code) for m in mentions]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("平谷區沒有一例確診病例", ("平谷區", "平谷区", "110117")),
        ("平谷区没有一例确诊病例", ("平谷区", "平谷区", "110117")),
        ("稷山縣公安局民警", ("稷山縣", "稷山县", "140824")),
        ("丰泽区检察院认真贯彻", ("丰泽区", "丰泽区", "350503")),
        ("韓城市人大代表", ("韓城市", "韩城市", "610581")),
        ("石陵鎮:人大代表", ("石陵鎮", "石陵镇", "451302105")),
        ("唐山市生态环境局", ("唐山市", "唐山市", "130200")),
        ("內蒙古自治區黨委", ("內蒙古自治區", "内蒙古自治区", "150000")),
    ],
)
def test_full_names_link_to_their_code(places, text, expected):
    assert expected in found(places(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("遵化疫情防控不鬆懈", ("遵化", "遵化市", "130281")),
        ("石家莊警察護跑團", ("石家莊", "石家庄市", "130100")),
        ("石家庄警察护跑团", ("石家庄", "石家庄市", "130100")),
        ("內蒙古直屬機關", ("內蒙古", "内蒙古自治区", "150000")),
        ("銅川駐村第一書記", ("銅川", "铜川市", "610200")),
        ("磐石人大代表积极投身", ("磐石", "磐石市", "220284")),
        ("三水:一名黨員一面旗", ("三水", "三水区", "440607")),
        ("平谷全區人民群眾", ("平谷", "平谷区", "110117")),
        ("平谷政协网", ("平谷", "平谷区", "110117")),
        ("祁陽公安國保民警", ("祁陽", "祁阳市", "431181")),
        ("祁阳县委", ("祁阳县", "祁阳市", "431181")),  # the old name: its suffix joins the span
        ("紧盯湖北和武汉天气", ("湖北", "湖北省", "420000")),
    ],
)
def test_short_forms_link_to_the_full_division(places, text, expected):
    assert expected in found(places(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # jieba keeps 广西南宁 as one word; both names inside are places
        ("廣西南寧社會各界", [("廣西", "广西壮族自治区", "450000"), ("南寧", "南宁市", "450100")]),
        # a place heading an organisation or a title is still a place
        ("中國共產黨是中國工人階級的先鋒隊", [("中國", "中国", "CN"), ("中國", "中国", "CN")]),
        ("湖南日报-新湖南客户端", [("湖南", "湖南省", "430000"), ("湖南", "湖南省", "430000")]),
        ("人民政协报和北京日报", [("北京", "北京市", "110000")]),
        # jieba glues the suffix to an organ of the division: 平谷|区委, 北京|市长
        ("平谷区委书记", [("平谷区", "平谷区", "110117")]),
        ("北京市长表示", [("北京市", "北京市", "110000")]),
        ("天津市和平区委书记", [("天津市", "天津市", "120000"), ("和平区", "和平区", "120101")]),
        ("政協北京市平谷區委員會辦公室", [("北京市", "北京市", "110000"), ("平谷區", "平谷区", "110117")]),
    ],
)
def test_places_inside_longer_words(places, text, expected):
    assert found(places(text)) == expected


@pytest.mark.parametrize(
    "text, word",
    [
        ("為保人民群眾平安作貢獻", "平安"),
        ("2006年3月參加公安工作", "公安"),
        ("陳文成:在京臺灣青年", "文成"),  # a given name after a surname
        ("组成长城,守护人民", "长城"),
        ("新城辦人大代表的戰「疫」記", "新城"),  # ambiguous short form
        ("穿着中山装", "中山"),
        ("新华社记者报道", "新华"),
        ("维护和平区域稳定", "和平区"),
        ("平谷區鎮(鄉)村、城區沒有新冠肺炎疫情", "城區"),
        ("按照中央、市委、区委的统一部署", "中央"),
        ("講好兩岸故事", "兩岸"),
        ("离汉通道关闭", "通道"),
        ("现在京剧很火", "京"),  # 在京 only as whole tokens (京城 is Beijing: real36)
        ("在京津冀地区", "京"),
    ],
)
def test_common_words_are_not_places(places, text, word):
    at = text.index(word)
    assert not [m for m in places(text) if m.start < at + len(word) and at < m.end]


@pytest.mark.parametrize(
    "text, word",
    [
        ("像劉山南這樣在屋頂", "山南"),  # surname token + short form
        ("4号马永康在远门柱附近", "永康"),
        ("大连客户王永胜差点", "永胜"),  # surname glued to the word before
        ("劳伦斯·莱西格研究此案", "莱西"),  # a transliterated name
    ],
)
def test_given_names_are_not_places(places, text, word):
    assert word not in [m.simplified for m in places(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # 向, 和, 于 are surnames too, but here function words
        ("向湖南人民致敬", [("湖南", "湖南省", "430000")]),
        ("湖北和武汉", [("湖北", "湖北省", "420000"), ("武汉", "武汉市", "420100")]),
        ("於遵化召開", [("遵化", "遵化市", "130281")]),
        ("中国江西", [("中国", "中国", "CN"), ("江西", "江西省", "360000")]),
    ],
)
def test_surname_characters_as_function_words_keep_the_place(places, text, expected):
    assert found(places(text)) == expected


@pytest.mark.parametrize(
    "text, word, code",
    [
        ("【共同戰疫】屏邊新華鄉:人大代表在一線", "新華鄉", "532523205"),
        ("在屏邊縣新華鄉疫情防控第一線", "新華鄉", "532523205"),
        ("在屏边县新华乡疫情防控第一线", "新华乡", "532523205"),
        ("新华乡人大代表", "新华乡", ""),  # ten 新华乡 and no clue: kept, unlinked
        ("北京朝阳区", "朝阳区", "110105"),
        ("天津市和平区", "和平区", "120101"),
    ],
)
def test_context_links_ambiguous_names(places, text, word, code):
    (mention,) = [m for m in places(text) if m.text == word]
    assert mention.code == code


def test_township_short_form_needs_the_full_name_in_the_document(places):
    text = "西邑鄉深入推進平安建設,努力創建平安和諧西邑"
    assert ("西邑", "西邑乡", "530502202") in found(places(text))
    assert found(places("努力創建平安和諧西邑")) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("陳文成:在京臺灣青年投身社區疫情防控", ("京", "北京市", "110000")),
        ("做好返京大人流管控", ("京", "北京市", "110000")),
        ("赴港就医", ("港", "香港", "HK")),
        ("访台", ("台", "台湾", "TW")),
    ],
)
def test_one_character_abbreviations_in_patterns(places, text, expected):
    assert expected in found(places(text))


@pytest.mark.parametrize("text, expected", [
    ("大陸方面還宣佈了58項的措施", [("大陸", "中国", "CN")]),
    ("大陆方面还宣布了58项的措施", [("大陆", "中国", "CN")]),
    ("国民党人赴大陆访问", [("大陆", "中国", "CN")]),
    ("以欧洲大陆为背景", []),  # a continent: no pattern of the mainland
    ("在大陆架上勘探", []),
])
def test_mainland_only_in_its_patterns(places, text, expected):
    assert [f for f in found(places(text)) if f[0] != "国民党"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("推進會在羅漢村召開", [("羅漢村", "罗汉村", "")]),
        ("西邑乡罗汉村", [("西邑乡", "西邑乡", "530502202"), ("罗汉村", "罗汉村", "")]),
        ("到每个村召开会议", []),
        ("在城乡社区开展排查", []),
        ("在新农村建设中", []),
        ("罗汉村召开会议", []),  # no cue, no place before it
        ("河曲县有个村的一个村", [("河曲县", "河曲县", "140930")]),
    ],
)
def test_villages_only_in_a_place_context(places, text, expected):
    assert found(places(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # right after a place the name may be any noun (上游 is a locative noun), and the document's other
        # whole occurrences of the name are that village too
        ("便是常乐镇上游村了。在上游村其他3个生产队", [("常乐镇", "常乐镇", ""), ("上游村", "上游村", ""),
                                          ("上游村", "上游村", "")]),
        ("便是常樂鎮上游村了。在上游村其他3個生產隊", [("常樂鎮", "常乐镇", ""), ("上游村", "上游村", ""),
                                          ("上游村", "上游村", "")]),
        ("北京市东部乡镇", [("北京市", "北京市", "110000")]),  # 乡镇 is no name
        ("上游村的村民", []),  # no place before it, no cue
    ],
)
def test_village_after_a_place_and_again(places, text, expected):
    assert found(places(text)) == expected


def test_offsets_slice_the_original_text(places):
    original = SEED.read_text(encoding="utf-8")
    simplified = normalise(original).simplified
    mentions = places(original)
    assert mentions
    for m in mentions:
        assert original[m.start : m.end] == m.text
        assert simplified[m.start : m.end] == m.simplified
        assert (m.label, m.extractor, m.doc_id) == (Label.PLACE, EXTRACTOR, "test")


def test_mentions_are_sorted_and_disjoint(places):
    mentions = places(SEED.read_text(encoding="utf-8"))
    spans = [(m.start, m.end) for m in mentions]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_short_forms_can_be_switched_off(places):
    text = "遵化市分局在遵化召开会议"
    assert [m.text for m in places(text)] == ["遵化市", "遵化"]
    assert [m.text for m in places(text, Config(place_short_forms=False))] == ["遵化市"]


SEED_PLACES = [
    ("平谷区", "平谷区", "110117"),
    ("平谷", "平谷区", "110117"),
    ("北京市", "北京市", "110000"),
    ("京", "北京市", "110000"),
    ("台湾", "台湾", "TW"),
    ("石家庄", "石家庄市", "130100"),
    ("石陵镇", "石陵镇", "451302105"),
    ("铜川", "铜川市", "610200"),
    ("云南", "云南省", "530000"),
    ("云南省", "云南省", "530000"),
    ("罗平县", "罗平县", "530324"),
    ("稷山县", "稷山县", "140824"),
    ("遵化", "遵化市", "130281"),
    ("遵化市", "遵化市", "130281"),
    ("唐山市", "唐山市", "130200"),
    ("湖南", "湖南省", "430000"),
    ("祁阳", "祁阳市", "431181"),
    ("屏边", "屏边苗族自治县", "532523"),
    ("屏边县", "屏边苗族自治县", "532523"),
    ("新华乡", "新华乡", "532523205"),
    ("磐石", "磐石市", "220284"),
    ("中国", "中国", "CN"),
    ("内蒙古", "内蒙古自治区", "150000"),
    ("三水", "三水区", "440607"),
    ("三水区", "三水区", "440607"),
    ("武汉", "武汉市", "420100"),
    ("北京", "北京市", "110000"),
    ("湖北", "湖北省", "420000"),
    ("西邑乡", "西邑乡", "530502202"),
    ("西邑", "西邑乡", "530502202"),
    ("罗汉村", "罗汉村", ""),
    ("韩城市", "韩城市", "610581"),
    ("丰泽区", "丰泽区", "350503"),
    ("广西", "广西壮族自治区", "450000"),
    ("南宁", "南宁市", "450100"),
]


@pytest.fixture(scope="module")
def seed_places(places) -> list[Mention]:
    return places(SEED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("expected", SEED_PLACES, ids=[p[0] for p in SEED_PLACES])
def test_seed_places_are_found(seed_places, expected):
    assert expected in [(m.simplified, m.canonical, m.code) for m in seed_places]


@pytest.mark.parametrize("word", ["平安", "公安", "文成", "长城", "新城", "全区", "中央", "两岸", "城区", "人民"])
def test_seed_common_words_are_not_places(seed_places, word):
    assert word not in {m.simplified for m in seed_places}


def test_seed_every_place_is_linked_or_a_village(seed_places):
    assert all(m.code or m.simplified.endswith(("村", "社区")) for m in seed_places)


def test_seed_every_pinggu_is_found(seed_places):
    # 平谷 occurs 14 times: 11 as 平谷區, 3 short (平谷全區, 平谷政協人, 平谷政協網)
    pinggu = [m.text for m in seed_places if m.code == "110117"]
    assert sorted(pinggu) == ["平谷"] * 3 + ["平谷區"] * 11


@pytest.mark.parametrize("text", ["前新北市長朱立倫出席。", "前新北市长朱立伦出席。"])
def test_a_character_jieba_glued_onto_a_place_is_split_off(places, text):
    """jieba builds 前新北|市长: 新北市 (sharing its 市 with 市长) is still the place."""
    assert ("TW-NWT",) == tuple(m.code for m in places(text))
