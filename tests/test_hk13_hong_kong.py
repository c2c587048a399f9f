"""Hong Kong news read right (round 13): districts named side by side, 九龙 and 港岛, district councils by their
district, bureaux whose names hold 及, and married women's names (林郑月娥: husband's surname + her own).

Each passage is written for these tests in the style of Hong Kong news and read in Simplified, in Traditional
(``both_scripts``) and as OpenCC's ``s2hk`` writes it (衞, 着, 綫); each class has negatives.
"""

import pytest
from helpers import both_scripts, entity_nodes, holds_roles


def three_scripts(rows):
    """``both_scripts`` plus each row converted with s2hk, Hong Kong's own forms."""
    from zhkg.stages.normalise import convert

    out = both_scripts(rows)
    for row in rows:
        text, *rest = (row,) if isinstance(row, str) else row
        converted = convert(text, "s2hk")
        out.append(pytest.param(converted, *rest, id="hk:" + converted[:16]))
    return out


def places(pipeline, text):
    return {name: code for (kind, name), code in entity_nodes(pipeline, text, lambda a: a.get("code", "")).items()
            if kind == "PLACE"}


def names(pipeline, text, kind):
    return {name for (k, name, _code) in entity_nodes(pipeline, text) if k == kind}


def roles(pipeline, text):
    return [(person, title, body) for person, title, body, _former in holds_roles(pipeline, text)]


@pytest.mark.parametrize(
    "text, name, code",
    three_scripts([
        # a district whose name is a word too, beside another district of Hong Kong, is Hong Kong's
        ("发展局表示，政府会在北区及元朗增加土地供应。", "北区", "HK-NO"),
        ("湾仔和东区的居民今日投诉交通挤塞。", "东区", "HK-EA"),
        # 九龙 as a word of its own in a story that names a place of Hong Kong
        ("新鸿基地产今日公布业绩，集团在九龙及新界均有新楼盘推出。", "九龙", "HK-KLN"),
        ("警方在九龙、港岛及新界多区展开打击行动。", "九龙", "HK-KLN"),
        # 港岛 is Hong Kong Island (the node named by its full name)
        ("不少港岛居民对于兴建新焚化炉的计划表示反对。", "香港岛", "HK-HKI"),
    ]),
)
def test_hong_kong_place_is_coded(pipeline, text, name, code):
    assert places(pipeline, text).get(name) == code


@pytest.mark.parametrize(
    "text, name",
    three_scripts([
        # alone, or beside no place of Hong Kong, the word stays a word
        ("学校北区的操场今日重新开放。", "北区"),
        ("福建九龙江流域的水质明显改善。", "九龙"),
        ("他在家中排行第九，龙年出生。", "九龙"),
    ]),
)
def test_word_stays_a_word_outside_hong_kong(pipeline, text, name):
    assert not any(code.startswith("HK") for found, code in places(pipeline, text).items() if found == name)


@pytest.mark.parametrize(
    "text, council",
    three_scripts([
        ("葵青区议会主席周奕希表示，区内多个屋邨将进行维修工程。", "葵青区议会"),
        ("荃湾区议会昨晚通过动议，要求政府改善交通。", "荃湾区议会"),
        ("沙田区议会今日召开大会。", "沙田区议会"),
    ]),
)
def test_district_council_is_named_by_its_district(pipeline, text, council):
    orgs = names(pipeline, text, "ORGANIZATION")
    assert council in orgs and "区议会" not in orgs


@pytest.mark.parametrize(
    "text",
    three_scripts([
        "区议会选举将于年底举行，多个政党已派员参选。",  # no district before it: the councils as a whole
        "九龙仓今日公布中期业绩。",  # a company whose name opens with 九龙, no council and no place
    ]),
)
def test_no_district_council_without_a_district(pipeline, text):
    assert not any(name.endswith("区议会") and name != "区议会" for name in names(pipeline, text, "ORGANIZATION"))
    assert "九龙" not in places(pipeline, text)


@pytest.mark.parametrize(
    "text, body, piece",
    three_scripts([
        ("创新及科技局局长表示，政府会继续推动再工业化。", "创新及科技局", "科技局"),
        ("卫生福利及食物局发言人昨日表示会跟进事件。", "卫生福利及食物局", "食物局"),
        ("政府新闻处今日发出新闻稿。", "政府新闻处", "新闻处"),
    ]),
)
def test_bureau_is_whole(pipeline, text, body, piece):
    orgs = names(pipeline, text, "ORGANIZATION")
    assert body in orgs and piece not in orgs


@pytest.mark.parametrize(
    "text, expected",
    three_scripts([
        # a married name after a role word: husband's surname + her own name, whole
        ("特首林郑月娥昨日表示，香港经济正逐步复苏。", [("林郑月娥", "特首", "香港")]),
        ("前政务司司长陈方安生昨日在香港出席论坛。", [("陈方安生", "司长", "政务司")]),
        ("西九文化区管理局行政总裁冯程淑仪表示，博物馆将于年底开幕。",
         [("冯程淑仪", "行政总裁", "西九文化区管理局")]),
    ]),
)
def test_married_name_holds_the_role(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, person, not_person",
    three_scripts([
        # a name of three after a role word stays three; a name of two is not run into the verb after it
        ("教育局局长陈李明表示会跟进。", "陈李明", "陈李明表"),
        ("市长王林昨日表示，会加快重建。", "王林", "王林昨"),
        ("区议员李强调解纠纷后表示满意。", "李强", "李强调解"),
        # a name of three before punctuation takes none of it
        ("现代集团会长郑周永、董事长郑梦九出席仪式。", "郑周永", "郑周永、"),
    ]),
)
def test_no_married_name_where_there_is_none(pipeline, text, person, not_person):
    people = names(pipeline, text, "PERSON")
    assert person in people and not_person not in people


@pytest.mark.parametrize(
    "text, name, code",
    three_scripts([
        # an area jieba did not hold, its last letter glued to 及 (将军|澳及)
        ("西贡区议会主席表示，将军澳及西贡市中心的交通问题亟待解决。", "将军澳", "HK-SK-TKO"),
        ("天水围及元朗市中心今日有大型活动。", "天水围", "HK-YL-TSW"),
        # an area jieba tags as a transliterated name, in a list of places
        ("消防处表示，葵涌及荃湾一带昨晚发生多宗火警。", "葵涌", "HK-KI-KC"),
    ]),
)
def test_area_in_a_list_of_places(pipeline, text, name, code):
    assert places(pipeline, text).get(name) == code
    assert name not in names(pipeline, text, "PERSON")


@pytest.mark.parametrize(
    "text, people",
    three_scripts([
        # two transliterated names joined by 和 are still two people
        ("拜登和普京昨日通电话，讨论地区局势。", {"拜登", "普京"}),
    ]),
)
def test_people_joined_stay_people(pipeline, text, people):
    assert people <= names(pipeline, text, "PERSON")


@pytest.mark.parametrize(
    "text, expected",
    three_scripts([
        # a group named in 「」 right before its officer's title holds the title, whatever its name ends in
        ("「香港众志」秘书长黄之锋昨日召开记者会。", [("黄之锋", "秘书长", "香港众志")]),
        ("「保卫香港自由联盟」召集人周融表示，会继续收集签名。", [("周融", "召集人", "保卫香港自由联盟")]),
        # a nickname in 「」 before a name, and a slogan in 「」, are no group
        ("民主派议员「长毛」梁国雄昨日被捕。", []),
    ]),
)
def test_quoted_group_before_an_officer(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    three_scripts([
        "民主派议员「长毛」梁国雄昨日被捕。",
        "政府强调会坚守「一国两制」，主席台上坐满嘉宾。",
    ]),
)
def test_no_quoted_group_without_an_officer(pipeline, text):
    assert not ({"长毛", "一国两制"} & names(pipeline, text, "ORGANIZATION"))


@pytest.mark.parametrize(
    "text, wrong",
    three_scripts([
        # a road named after a place (北角道) before a street is no place + street 道北景街
        ("湾仔和北角的居民表示，北角道北景街以西一带交通挤塞。", "道北景街"),
    ]),
)
def test_road_named_after_a_place_is_not_cut(pipeline, text, wrong):
    assert wrong not in places(pipeline, text)
