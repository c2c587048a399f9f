import pytest

from zhkg.run.pipeline import Pipeline
from zhkg.stages.documents import parse_documents


def mentions(pipeline, text):
    doc = parse_documents("t", text)[0]
    return [(m.text, m.label.value, m.extractor) for m in pipeline.extract_mentions(doc) if m.label.value != "COUNT"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the model finds what no rule or list knows
        ("美国总统在白宫会见了日本首相。", {("美国", "PLACE"), ("日本", "PLACE")}),
        # a gazetteer place replaces the model's span and keeps its code
        ("平谷区政协召开会议。", {("平谷区政协", "ORGANIZATION"), ("平谷区", "PLACE")}),
        # two places, not one (广西南宁)
        ("广西南宁社会各界为疫情防控贡献力量。", {("广西", "PLACE"), ("南宁", "PLACE")}),
        # a byline fixes the name
        ("(劉權有)截至2020年2月14日", {("劉權有", "PERSON")}),
        # the role 片区长 is no name 任片
        ("副主席任片区长,委室主任担任工作组组长。", set()),
        # a grammar name that extends the model's by a head word wins
        ("政协机关39名干部职工", {("政协机关", "ORGANIZATION")}),
    ],
)
def test_combined_names(pipeline, text, expected):
    found = {(t, label) for t, label, _ in mentions(pipeline, text)}
    assert expected <= found, found
    if not expected:
        assert not {x for x in found if x[1] == "PERSON"}


def test_coded_place_wins_over_model_span(pipeline):
    doc = parse_documents("t", "平谷区政协召开会议。")[0]
    place = [m for m in pipeline.extract_mentions(doc) if m.label.value == "PLACE"][0]
    assert (place.code, place.extractor) == ("110117", "gazetteer")


def test_stoplisted_words_are_not_places(pipeline):
    assert not [m for m in mentions(pipeline, "在乡村,在卡口,在公路。") if m[1] == "PLACE"]


def test_rules_alone_still_run(tmp_path):
    from zhkg.config import Config

    rules = Pipeline(Config(recogniser=False))
    found = {(m.text, m.label.value) for m in rules.extract_mentions(parse_documents("t", "稷山县公安局民警贺旺英。")[0])}
    assert {("稷山县公安局", "ORGANIZATION"), ("贺旺英", "PERSON")} <= found
    assert rules._model is None


@pytest.mark.parametrize("text", ["平谷区没有一例确诊病例，平谷区镇(乡)村、城区没有发现疫情。", "平谷區鎮(鄉)村、城區"])
def test_a_district_and_a_lone_town_character_is_the_district(pipeline, text):
    """平谷区镇(乡)村 is the district's towns and villages: the place is 平谷区, not 平谷区镇."""
    places = {t for t, label, _ in mentions(pipeline, text) if label == "PLACE"}
    assert places & {"平谷区", "平谷區"}
    assert not places & {"平谷区镇", "平谷區鎮"}
