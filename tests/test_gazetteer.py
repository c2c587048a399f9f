"""The gazetteer: loading, names, short forms, hierarchy and resolution."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from zhkg.resources.gazetteer import COUNTRY_CODE, Division, Gazetteer, load_gazetteer, short_forms


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_import_loads_nothing():
    code = "import zhkg.resources.gazetteer as g; print(g.load_gazetteer.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_load_is_cached():
    assert load_gazetteer() is load_gazetteer()


def test_division_is_frozen():
    division = Division("110117", "平谷区", "110000", 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        division.name = "顺义区"  # type: ignore[misc]


@pytest.mark.parametrize(
    "name, code, parent_code, level",
    [
        ("平谷区", "110117", "110000", 3),
        ("北京市", "110000", COUNTRY_CODE, 1),
        ("石家庄市", "130100", "130000", 2),
        ("屏边苗族自治县", "532523", "532500", 3),
        ("石陵镇", "451302105", "451302", 4),
        ("台湾省", "TW", "", 1),  # a name of 台湾 (TW), a root of its own
        ("香港特别行政区", "HK", COUNTRY_CODE, 1),
        ("花莲县", "TW-HUA", "TW", 2),
        ("天水围", "HK-YL-TSW", "HK-YL", 4),
        ("美国", "US", "", 0),
        ("中国", COUNTRY_CODE, "", 0),
        ("中华人民共和国", COUNTRY_CODE, "", 0),
    ],
)
def test_full_name_lookup(gazetteer, name, code, parent_code, level):
    (division,) = gazetteer.lookup(name)
    assert (division.code, division.parent_code, division.level) == (code, parent_code, level)


def test_repeated_name_returns_every_division(gazetteer):
    found = gazetteer.lookup("新华乡")
    assert len(found) > 2
    assert {d.name for d in found} == {"新华乡"}
    assert "532523205" in {d.code for d in found}


@pytest.mark.parametrize(
    "form, name",
    [
        ("平谷", "平谷区"),
        ("遵化", "遵化市"),
        ("石家庄", "石家庄市"),
        ("云南", "云南省"),
        ("内蒙古", "内蒙古自治区"),
        ("广西", "广西壮族自治区"),
        ("湖南", "湖南省"),
        ("屏边县", "屏边苗族自治县"),
        ("屏边", "屏边苗族自治县"),
        ("恩施州", "恩施土家族苗族自治州"),
        ("内蒙古", "内蒙古自治区"),
        ("花莲", "花莲县"),
        ("祁阳", "祁阳市"),
        ("神农架", "神农架林区"),
    ],
)
def test_short_form_resolves(gazetteer, form, name):
    assert gazetteer.resolve(form).name == name


@pytest.mark.parametrize(
    "name, expected",
    [
        ("平谷区", ("平谷",)),
        ("遵化市", ("遵化",)),
        ("湖南省", ("湖南",)),
        ("阿里地区", ("阿里",)),
        ("锡林郭勒盟", ("锡林郭勒",)),
        ("西邑乡", ("西邑",)),
        ("东城街道", ("东城",)),
        ("屏边苗族自治县", ("屏边县", "屏边")),
        ("伊犁哈萨克自治州", ("伊犁州", "伊犁")),
        ("莫力达瓦达斡尔族自治旗", ("莫力达瓦旗", "莫力达瓦")),
        ("民和回族土族自治县", ("民和县", "民和")),
        ("新疆维吾尔自治区", ("新疆",)),
        ("管城回族区", ("管城区", "管城")),
        ("得力其尔鄂温克民族乡", ("得力其尔乡", "得力其尔")),
        ("井陉矿区", ("井陉",)),
        ("清新区", ("清新",)),
        # one character left: no short form
        ("城区", ()),
        ("丰县", ()),
        # named after its people alone: 东乡 would be a guess
        ("东乡族自治县", ()),
        ("鄂伦春自治旗", ()),
    ],
)
def test_short_forms(name, expected):
    assert short_forms(name) == expected


def test_short_forms_have_two_characters_at_least(gazetteer):
    assert min(len(form) for form in gazetteer.short_names) == 2


def test_parent_and_ancestors(gazetteer):
    assert gazetteer.parent("110117").code == "110000"
    assert gazetteer.parent("110000").code == COUNTRY_CODE
    assert gazetteer.parent(COUNTRY_CODE) is None
    assert gazetteer.parent("999999") is None
    assert [d.code for d in gazetteer.ancestors("532523205")] == ["532523", "532500", "530000", COUNTRY_CODE]


def test_every_province_hangs_under_the_country_but_taiwan(gazetteer):
    # (the world's first-level divisions, the states of the US, the provinces of Canada, Japan's prefectures and
    # Korea's provinces and metropolitan cities, hang under theirs)
    foreign = {d.code: d.parent_code for d in gazetteer if d.level == 1 and d.code[:3] in ("US-", "CA-", "JP-", "KR-")}
    assert len(foreign) == 60 + 47 + 17 and set(foreign.values()) == {"US", "CA", "JP", "KR"}
    # other countries' ISO 3166-2 divisions (DE-BY 巴伐利亚) hang under their country too
    world = {d.code for d in gazetteer if d.level == 1 and "-" in d.code and d.code not in foreign
             and d.parent_code == d.code.split("-")[0] and d.parent_code not in ("", COUNTRY_CODE)}
    assert {"DE-BY", "AU-QLD", "MY-13"} <= world
    provinces = [d for d in gazetteer if d.level == 1 and d.code not in foreign and d.code not in world]
    assert len(provinces) == 34  # 31 mainland, Hong Kong, Macao, Taiwan
    assert {d.code: d.parent_code for d in provinces if d.parent_code != COUNTRY_CODE} == {"TW": ""}
    assert {"台湾", "台湾省", "台湾地区"} <= {name for name, ds in gazetteer.full_names.items() if ds[0].code == "TW"}


def test_every_parent_exists(gazetteer):
    assert all(d.parent_code in gazetteer for d in gazetteer if d.parent_code)
    roots = {d.code for d in gazetteer if not d.parent_code}
    assert {COUNTRY_CODE, "TW", "US", "SY"} <= roots
    # cities in dispute hang under no country
    assert {d.code for d in gazetteer if d.code in roots and d.level > 1} == {
        "city:Jerusalem", "city:Simferopol", "city:Golan_Heights", "city:Crimea", "city:Pristina"}


@pytest.mark.parametrize("name", ["新华乡", "新城", "朝阳区", "不存在的地方"])
def test_ambiguous_or_unknown_name_is_unresolved(gazetteer, name):
    assert gazetteer.resolve(name) is None


@pytest.mark.parametrize(
    "name, context, code",
    [
        ("新华乡", ["532523"], "532523205"),  # its county
        ("新华乡", ["532500"], "532523205"),  # its prefecture
        ("新华乡", ["532523", "110000"], "532523205"),  # an unrelated place does not hurt
        ("朝阳区", ["110000"], "110105"),
        ("朝阳", ["110000"], "110105"),
        ("吉林", ["220284"], "220000"),  # 磐石市 lies in both 吉林省 and 吉林市: the province
    ],
)
def test_context_disambiguates(gazetteer, name, context, code):
    assert gazetteer.resolve(name, context).code == code


def test_country_in_context_does_not_disambiguate(gazetteer):
    assert gazetteer.resolve("新华乡", [COUNTRY_CODE]) is None


@pytest.mark.parametrize("form, code", [("吉林", "220000"), ("海南", "460000"), ("河南", "410000")])
def test_bare_short_form_of_a_province_is_the_province(gazetteer, form, code):
    assert len(gazetteer.lookup_short(form)) > 1
    assert gazetteer.resolve(form).code == code


def test_county_short_form_beats_township_short_form(gazetteer):
    assert {d.code for d in gazetteer.lookup_short("遵化")} == {"130281", "130281100"}
    assert gazetteer.resolve("遵化").code == "130281"


def test_full_name_wins_over_short_form(gazetteer):
    # 西城区 is Beijing's district and also the short form of several 西城区街道
    assert gazetteer.resolve("西城区").code == "110102"


def test_abbreviations_point_at_divisions(gazetteer):
    patterns = {a.pattern: a for a in gazetteer.abbreviations}
    assert patterns["返京"].code == patterns["在京"].code == "110000"
    for a in gazetteer.abbreviations:
        # one character (京, 美), or 大陆 for the mainland
        assert len(a.abbreviation) <= 2 and a.pattern[a.offset:a.offset + len(a.abbreviation)] == a.abbreviation
        assert a.code in gazetteer


def test_small_gazetteer_resolves_by_context():
    g = Gazetteer(
        [
            Division(COUNTRY_CODE, "中国", "", 0),
            Division("1", "甲省", COUNTRY_CODE, 1),
            Division("2", "乙省", COUNTRY_CODE, 1),
            Division("11", "新华乡", "1", 4),
            Division("21", "新华乡", "2", 4),
        ]
    )
    assert g.resolve("新华乡") is None
    assert g.resolve("新华乡", ["2"]).code == "21"
    assert g.resolve("乙") is None  # one character: not a short form


# -- places outside the mainland ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, code",
    [
        ("台北", "TW-TPE"),  # not 台北街道 of Wuhan
        ("台北市", "TW-TPE"),
        ("新北市", "TW-NWT"),
        ("花莲", "TW-HUA"),
        ("天水围", "HK-YL-TSW"),  # not 天水市
        ("天水", "620500"),
        ("湾仔", "HK-WC"),
        ("氹仔", "MO-TPA"),
        ("香港特别行政区", "HK"),
        ("澳门特别行政区", "MO"),
        ("叙利亚", "SY"),
        ("纽西兰", "NZ"),  # Taiwan's name for 新西兰
        ("纽约", "US-city:New_York"),
        ("萨国", "SV"),
    ],
)
def test_names_outside_the_mainland_resolve(gazetteer, name, code):
    assert gazetteer.resolve(name).code == code


def test_taiwan_counties_and_districts(gazetteer):
    counties = [d for d in gazetteer if d.parent_code == "TW"]
    districts = [d for d in gazetteer if gazetteer.parent(d.code) in counties]
    assert len(counties) == 22 and {d.level for d in counties} == {2}
    assert len(districts) == 368 and {d.level for d in districts} == {4}
    assert len({d.code for d in districts}) == 368


def test_hong_kong_has_eighteen_districts(gazetteer):
    assert len([d for d in gazetteer if d.parent_code == "HK" and d.level == 3]) == 18


def test_the_source_codes_of_hong_kong_macau_and_taiwan_are_gone(gazetteer):
    assert "810000" not in gazetteer and "820000" not in gazetteer and "710000" not in gazetteer
    assert all(a.code in gazetteer for a in gazetteer.abbreviations)


def test_bare_short_form_of_townships_needs_its_parent(gazetteer):
    # 台东 abbreviates two 台东街道 only (and 台东县 of Taiwan); 新竹 is ambiguous between 新竹市 and 新竹县
    assert gazetteer.resolve("台东").code == "TW-TTT"
    assert gazetteer.resolve("新竹") is None
    # a township's short form with nothing around it links nowhere, with its county around it links there
    assert {d.level for d in gazetteer.lookup_short("新北")} == {3, 2, 4}
    street = next(d for d in gazetteer.lookup_short("桃园") if d.level == 4)
    assert gazetteer.resolve("桃园").code == "TW-TAO"
    assert street.code not in {gazetteer.resolve("桃园", [c]).code for c in ("TW", "")}


def test_region_context_picks_a_namesake(gazetteer):
    assert gazetteer.resolve("中山区").code == "210202"  # Dalian's: the Taipei and Keelung ones are townships
    assert gazetteer.resolve("中山区", ["TW-TPE"]).code == "TW-TPE-104"
    assert gazetteer.resolve("中山区", ["TW-KEE"]).code == "TW-KEE-203"
    assert gazetteer.resolve("中山区", ["TW-KHH"]) is None  # somewhere in Taiwan: Taipei's or Keelung's


def test_context_only_names(gazetteer):
    assert gazetteer.resolve("北区") is None
    # another district of Hong Kong is enough there (a territory of one 北区: round 13, hk13), not in Taiwan, whose
    # cities each have one, nor in Macau
    assert gazetteer.resolve("北区", ["HK-YL"]).code == "HK-NO"
    assert gazetteer.resolve("北区", ["TW-KHH"]) is None and gazetteer.resolve("北区", ["MO-TPA"]) is None
    assert gazetteer.resolve("北区", ["HK"]).code == "HK-NO"
    assert gazetteer.resolve("北区", ["TW-TXG"]).code == "TW-TXG-404"
    assert gazetteer.resolve("中环") is None and gazetteer.resolve("中环", ["HK"]).code == "HK-CW-C"
