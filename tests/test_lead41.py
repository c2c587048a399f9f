"""Session 41, lead: a Japanese family name written alone is the person the document names in full.

Japanese news names a person in full once (石破茂, 高市早苗, 岸田文雄) and by the family name after (石破强调).
Before, the family name alone was a second person node; titles166 made 高市早苗 whole and so showed it.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _people(G):
    return {d["name_simplified"]: d for _, d in G.nodes(data=True) if d.get("type") == "PERSON"}


@pytest.mark.parametrize("text, full, alone", both_scripts([
    # a listed Japanese person whose family name the package does not list (高市)
    ("日本首相、自民党总裁高市早苗9日召开记者会。至于日中关系，高市强调称，方针不变。高市还表示，将访美。", "高市早苗", "高市"),
    # a listed person with a one-letter given name
    ("日本首相石破茂9日召开记者会。至于日中关系，石破强调称，方针不变。石破还表示，将访美。", "石破茂", "石破"),
    # a listed family name and a given name
    ("日本前首相岸田文雄9日出席活动。岸田表示，将支持新政府。", "岸田文雄", "岸田"),
]))
def test_a_japanese_family_name_alone_is_the_person_named_in_full(pipeline, text, full, alone):
    from zhkg.stages.normalise import to_simplified

    people = _people(pipeline.run_texts([("d", text)]).graph)
    full, alone = to_simplified(full), to_simplified(alone)
    assert alone not in people
    assert to_simplified(alone) in {to_simplified(a) for a in people[full]["aliases"].split("|")}


def test_two_people_of_one_family_name_leave_it_alone(pipeline):
    text = "日本前首相岸田文雄与夫人岸田裕子出席活动。岸田表示，将支持新政府。"
    people = _people(pipeline.run_texts([("d", text)]).graph)
    assert {"岸田文雄", "岸田裕子"} <= set(people)
    assert all("岸田" not in d["aliases"].split("|") for n, d in people.items() if n != "岸田")


def test_a_chinese_name_is_no_japanese_family_name(pipeline):
    # 张伟 is no family name the package lists, and 张伟明 no listed Japanese person: two people
    text = "记者张伟明报道。张伟表示，项目进展顺利。"
    people = _people(pipeline.run_texts([("d", text)]).graph)
    assert all("张伟" not in d["aliases"].split("|") for n, d in people.items() if n != "张伟")


# ---- the closest names offered for a name not found (review167: a count among them for a misspelt pinyin)

def _index():
    from zhkg.query.names import NameIndex

    return NameIndex({
        "person:王明远": {"label": "王明远", "name_simplified": "王明远", "aliases": "王明远", "type": "PERSON",
                         "mentions": 1},
        "count:d:3": {"label": "7.6萬名員工", "name_simplified": "7.6万名员工", "aliases": "7.6萬名員工|7.6万名员工",
                      "type": "COUNT", "mentions": 1},
    })


@pytest.mark.parametrize("query", ["Wang Mingyan", "Wanmingyuan"])
def test_a_misspelt_name_is_offered_no_count(query):
    assert _index().closest(query) == ("王明远",)


def test_a_query_with_a_digit_is_offered_the_count():
    assert _index().closest("7.6万名") == ("7.6萬名員工",)
