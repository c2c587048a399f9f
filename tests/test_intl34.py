"""International news entities, round 34: a Japanese name after a title Japan holds whatever its family name, a
hyphen-joined division abroad read whole as a place, a coded place and a word for its people not one place."""

from __future__ import annotations

import pytest
from helpers import labelled_mentions

from zhkg.extract.japanese_names import _japan_title_ends, japanese_names
from zhkg.extract.kind_by_neighbours import _places_before_people_words
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import load_lexicon
from zhkg.run.merge_checks import _people_off_places_abroad
from zhkg.run.pipeline import Pipeline
from zhkg.stages.normalise import to_traditional
from zhkg.stages.segment import make_nlp, token_table


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _doc(text: str):
    from zhkg.records import Document

    return Document("d", text, kind="text")


# ---- a Japanese name after a title Japan holds: family names the list does not hold, a name jieba cuts

@pytest.mark.parametrize("text, name", [
    ("日本外务大臣岩屋毅10日在东京会见了来访的澳大利亚外长。", "岩屋毅"),
    ("日本驻上海总领事赤松秀一当天出席了招待会并致辞。", "赤松秀一"),
    ("日本内阁官房长官林芳正在记者会上表示，政府将密切关注事态发展。", "林芳正"),
])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_japanese_name_after_title(pipeline, text, name, script):
    run = text if script == "simplified" else to_traditional(text)
    found = labelled_mentions(pipeline, run)
    assert ("PERSON", name) in found
    assert not any(label == "PERSON" and n != name and (n.startswith(name[:2]) or name in n) for label, n in found)


def test_japanese_name_read_again_where_written_again(pipeline):
    text = "日本内阁官房长官林芳正在记者会上表示。林芳正在接受采访时说，日方已提出抗议。"
    people = [m for m in pipeline.extract_mentions(_doc(text)) if m.label is Label.PERSON]
    assert [m.simplified for m in people] == ["林芳正", "林芳正"]


@pytest.mark.parametrize("text, wrong", [
    ("日本首相访华期间表示，日方愿意改善两国关系。", "访华期间"),  # no name after the title
    ("日本外务大臣会见了来访的澳大利亚外长。", "会见了来"),
])
def test_no_japanese_name_where_none_is(pipeline, text, wrong):
    people = [n for label, n in labelled_mentions(pipeline, text) if label == "PERSON"]
    assert not any(n in wrong or wrong in n for n in people)


def test_japan_as_posting_is_no_japanese_slot(pipeline):
    people = [n for label, n in labelled_mentions(pipeline, "中国驻日本大使吴江浩表示，中方对此表示严重关切。") if label == "PERSON"]
    assert people == ["吴江浩"]
    assert _japan_title_ends("中国驻日本大使吴江浩表示", load_lexicon()) == []


def test_japanese_name_not_read_inside_a_longer_name(pipeline):
    text = "日本自民党干事长森山裕在党本部会见记者。森山裕子也出席了会议。"
    later = text.index("森山裕子")
    assert not any(m.label is Label.PERSON and m.start == later and m.simplified == "森山裕"
                   for m in pipeline.extract_mentions(_doc(text)))


def test_japan_title_ends_take_the_holder_only():
    lexicon = load_lexicon()
    text = "日本外务大臣岩屋毅与中国驻日本大使吴江浩会面。"
    ends = _japan_title_ends(text, lexicon)
    assert [text[e - 4:e] for e in ends] == ["外务大臣"]


def test_japanese_names_cut_name_made_whole():
    text = "日本内阁官房长官林芳正在记者会上表示。"
    table = token_table(make_nlp()(text))
    cut = Mention("d", 8, 10, "林芳", "林芳", Label.PERSON, MentionSource.RECOGNISER)
    out = japanese_names([cut], text, table, load_lexicon())
    assert [(m.simplified, m.extractor) for m in out] == [("林芳正", MentionSource.PEOPLE_JAPANESE)]


def test_japanese_names_leave_a_longer_reading():
    text = "日本首相石破茂正在访问美国。"
    table = token_table(make_nlp()(text))
    person = Mention("d", 4, 7, "石破茂", "石破茂", Label.PERSON, MentionSource.PEOPLE_KNOWN)
    assert [m.simplified for m in japanese_names([person], text, table, load_lexicon())] == ["石破茂"]


# ---- a hyphen-joined division abroad is a place, not a person

@pytest.mark.parametrize("text, place", [
    ("德国萨克森-安哈尔特州州长哈泽洛夫当天在马格德堡出席了悼念活动。", "萨克森-安哈尔特州"),
    ("德国梅克伦堡-前波美拉尼亚州发生洪灾。", "梅克伦堡-前波美拉尼亚州"),
])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_hyphenated_division_is_a_place(pipeline, text, place, script):
    run = text if script == "simplified" else to_traditional(text)
    found = labelled_mentions(pipeline, run)
    assert ("PLACE", place) in found
    assert not any(label == "PERSON" and n in place for label, n in found)


def test_people_off_places_abroad_takes_a_joined_name_inside_a_division():
    person = Mention("d", 2, 10, "萨克森-安哈尔特", "萨克森-安哈尔特", Label.PERSON, MentionSource.PEOPLE_FOREIGN)
    place = Mention("d", 2, 11, "萨克森-安哈尔特州", "萨克森-安哈尔特州", Label.PLACE, MentionSource.GAZETTEER,
                    code="DE-ST")
    assert _people_off_places_abroad([person], [person, place]) == []
    # the same name, whole, as a world city of the table: a transliterated person stays (only jieba's guess goes)
    city = Mention("d", 2, 10, "萨克森-安哈尔特", "萨克森-安哈尔特", Label.PLACE, MentionSource.GAZETTEER,
                   code="DE-city:X")
    assert _people_off_places_abroad([person], [person, city]) == [person]


# ---- a coded place and a word for its people

@pytest.mark.parametrize("text, place, wrong", [
    ("好莱坞女星日前现身洛杉矶。", "好莱坞", "好莱坞女星"),
    ("据美国媒体报道，好莱坞女星安吉丽娜·朱莉与布拉德·皮特日前现身洛杉矶。", "好莱坞", "好莱坞女星"),
])
def test_place_and_its_people_word(pipeline, text, place, wrong):
    found = labelled_mentions(pipeline, text)
    assert ("PLACE", place) in found
    assert not any(n == wrong for _, n in found)


def test_places_before_people_words_unit():
    text = "好莱坞女星日前现身。好莱坞大道很有名。"
    table = token_table(make_nlp()(text))
    star = Mention("d", 0, 5, "好莱坞女星", "好莱坞女星", Label.PLACE, MentionSource.RECOGNISER)
    road = Mention("d", 10, 15, "好莱坞大道", "好莱坞大道", Label.PLACE, MentionSource.RECOGNISER)
    out = _places_before_people_words([star, road], {(0, 3), (10, 13)}, table)
    assert out == [road]  # 大道 is no word for people: the street stays


# ---- a monarch's title glued between the country and the name (埃米尔 emir, 苏丹 sultan)

@pytest.mark.parametrize("text, person, wrong", [
    ("卡塔尔埃米尔塔米姆·本·哈马德·阿勒萨尼在多哈会见了来访的客人。", "塔米姆·本·哈马德·阿勒萨尼", "埃米尔塔米姆·本·哈马德·阿勒萨尼"),
    ("阿曼苏丹海塞姆·本·塔里克在马斯喀特接见了伊朗外长。", "海塞姆·本·塔里克", "苏丹"),
    ("文莱苏丹哈桑纳尔·博尔基亚访问中国。", "哈桑纳尔·博尔基亚", "苏丹"),
    ("卡塔尔埃米尔塔米姆在多哈表示，卡方愿意继续调解。", "塔米姆", "卡塔尔埃米尔塔米姆"),
    ("科威特埃米尔米沙勒当天发表讲话。", "米沙勒", "埃米尔米沙勒"),
])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_monarch_title_glued_before_the_name(pipeline, text, person, wrong, script):
    run = text if script == "simplified" else to_traditional(text)
    found = labelled_mentions(pipeline, run)
    assert ("PERSON", person) in found
    assert not any(n == wrong for _, n in found)


@pytest.mark.parametrize("text, kept", [
    ("导演埃米尔·库斯图里卡出席了电影节。", ("PERSON", "埃米尔·库斯图里卡")),  # a name whose first part is the title
    ("埃及和苏丹就尼罗河问题举行会谈。", ("PLACE", "苏丹")),  # the country
    ("南苏丹总统基尔表示，南苏丹将举行大选。", ("PLACE", "南苏丹")),
])
def test_monarch_titles_leave_names_and_countries(pipeline, text, kept):
    assert kept in labelled_mentions(pipeline, text)


def test_monarchs_after_titles_unit():
    from zhkg.run.merge_checks import _monarchs_after_titles

    text = "卡塔尔埃米尔塔米姆在多哈表示"
    country = Mention("d", 0, 3, "卡塔尔", "卡塔尔", Label.PLACE, MentionSource.GAZETTEER, code="QA")
    model = Mention("d", 0, 9, text[:9], text[:9], Label.PERSON, MentionSource.RECOGNISER)
    out = _monarchs_after_titles([model], [country], text)
    assert [(m.simplified, m.label) for m in out] == [("塔米姆", Label.PERSON)]
    assert _monarchs_after_titles([model], [], text) == [model]  # no country before the title: left alone


# ---- Mongolia by the name news and the state write in full

@pytest.mark.parametrize("text", ["蒙古国总统当天在乌兰巴托会见了来访的客人。", "蒙古國總統當天在烏蘭巴托會見了來訪的客人。"])
def test_mongolia_in_full_is_coded(pipeline, text):
    places = {(m.simplified, m.code) for m in pipeline.extract_mentions(_doc(text)) if m.label is Label.PLACE}
    assert ("蒙古国", "MN") in places


def test_inner_mongolia_unchanged_by_mongolia(pipeline):
    places = {(m.simplified, m.code) for m in pipeline.extract_mentions(_doc("内蒙古国土资源厅发布通知。"))
              if m.label is Label.PLACE}
    assert ("内蒙古", "150000") in places and not any(name == "蒙古国" for name, _ in places)


# ---- a division abroad set as a place by its governor's title; the name before its head is no person

@pytest.mark.parametrize("text, place, code", [
    ("萨克森-安哈尔特州州长哈泽洛夫表示，州政府将加强安保。", "萨克森-安哈尔特州", "DE-ST"),
    ("下萨克森州州长表示，州政府将增加投资。", "下萨克森州", "DE-NI"),
    ("巴登-符腾堡州州长表示，汽车工业面临转型。", "巴登-符腾堡州", "DE-BW"),
    ("德国巴登-符腾堡州是汽车工业重镇。", "巴登-符腾堡州", "DE-BW"),
])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_division_set_by_its_title(pipeline, text, place, code, script):
    run = text if script == "simplified" else to_traditional(text)
    mentions = pipeline.extract_mentions(_doc(run))
    assert (place, code) in {(m.simplified, m.code) for m in mentions if m.label is Label.PLACE}
    assert not any(m.label is Label.PERSON and m.simplified in place for m in mentions)


def test_context_division_needs_its_title_or_a_place():
    from zhkg.extract.places import _titled_context_division
    from zhkg.resources.gazetteer import load_gazetteer

    class Hit:
        form, end = "萨克森-安哈尔特州", 9

    gazetteer, lexicon = load_gazetteer(), load_lexicon()
    assert _titled_context_division("萨克森-安哈尔特州州长表示", Hit, gazetteer, lexicon).code == "DE-ST"
    assert _titled_context_division("萨克森-安哈尔特州发生枪击案", Hit, gazetteer, lexicon) is None


def test_joined_name_before_a_governors_title_stays_a_person(pipeline):
    people = {m.simplified for m in pipeline.extract_mentions(_doc("阿诺德-施瓦辛格州长表示，将签署该法案。"))
              if m.label is Label.PERSON}
    assert "阿诺德-施瓦辛格" in people
