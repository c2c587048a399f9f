"""People named in Latin letters, transliterated names joined by a space, and fashion and games brands (issue 15,
session 15, intl15), in both scripts. Passages written for these tests in the style of Sina's fashion pages."""

from __future__ import annotations

import pytest
from helpers import both_scripts, person_nodes

from zhkg import Document
from zhkg.records import Label
from zhkg.stages.normalise import to_simplified, to_traditional


def _mentions(pipeline, text: str, label: Label) -> set[str]:
    result = pipeline.process_document(Document("d", text))
    return {to_simplified(m.simplified) for m in result.mentions if m.label is label}


@pytest.mark.parametrize("text, name", both_scripts([
    # after a word for a person
    ("伦敦知名造型师Emma Stone说，今年秋天最流行的是驼色大衣。", "Emma Stone"),
    ("当红乡村女歌手Carrie Underwood日前推出新专辑，销量一路走高。", "Carrie Underwood"),
    # before what a person does or has
    ("Kate Hudson从去年开始就不再穿高跟鞋出街了，平底鞋成了她的新宠。", "Kate Hudson"),
    ("Jennifer Lopez的这件白色外套设计简洁，却很显气质。", "Jennifer Lopez"),
    ("Drew Barrymore的印花连衣裙颜色并不鲜艳，细看却很有味道。", "Drew Barrymore"),
    ("Sienna Miller 17岁时就登上了杂志封面。", "Sienna Miller"),
]))
def test_a_latin_name_in_a_persons_slot_is_a_person(pipeline, text, name):
    assert name in _mentions(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text", both_scripts([
    "好莱坞名模Heidi Klum和Cindy Crawford都是这个品牌的老顾客。一场派对上，Cindy Crawford又一次选了它的小黑裙。",
]))
def test_a_latin_name_listed_with_a_person_is_one_and_stays_one_throughout(pipeline, text):
    result = pipeline.process_document(Document("d", text))
    people = [m.simplified for m in result.mentions if m.label is Label.PERSON]
    assert "Heidi Klum" in people
    assert people.count("Cindy Crawford") == 2


@pytest.mark.parametrize("text, brand", both_scripts([
    # a garment's classifier or a verb of wearing before the name: a brand's dress, not a person's
    ("她身上这件Roberto Cavalli的紧身连衣裙将身材衬托得格外高挑。", "Roberto Cavalli"),
    ("她穿上Balmain和Isabel Marant的军装夹克，帅气十足。", "Isabel Marant"),
]))
def test_a_latin_name_after_a_garments_classifier_or_a_verb_of_wearing_is_no_person(pipeline, text, brand):
    assert brand not in _mentions(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text, works", both_scripts([
    # works and products: an English function word, or a longer run of Latin words
    ("年度畅销游戏榜上，The Sims 3和Tiger Woods PGA Tour名列前茅，玩家说它们很好玩。",
     {"The Sims", "Tiger Woods", "Tiger Woods PGA Tour"}),
    ("这款Flight Control游戏说明书写得十分详细。", {"Flight Control"}),
]))
def test_works_and_longer_runs_of_latin_words_are_no_person(pipeline, text, works):
    assert not works & _mentions(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text", both_scripts([
    "绯闻女孩Leighton Meester和好友一起逛街，Leighton Meester背着一只大包。",
]))
def test_the_recognisers_first_word_grows_to_the_whole_latin_name(pipeline, text):
    people = _mentions(pipeline, text, Label.PERSON)
    assert "Leighton Meester" in people
    assert "Leighton" not in people


@pytest.mark.parametrize("text, name", both_scripts([
    ("妮可 基德曼的一头细碎的长卷发很有味道。一年后，妮可 基德曼剪短了头发。", "妮可 基德曼"),
    ("名模吉赛尔 邦辰近日为内衣品牌拍摄广告。", "吉赛尔 邦辰"),
    ("凯蒂 赫尔姆斯17岁的装扮青春洋溢。", "凯蒂 赫尔姆斯"),
]))
def test_a_transliterated_name_joined_by_a_space_is_one_person(pipeline, text, name):
    assert name in _mentions(pipeline, text, Label.PERSON)


def test_a_spaced_name_and_its_first_part_alone_are_one_node(pipeline):
    text = "香奈儿创意总监卡尔 拉格斐每一季都重新创造。在卡尔的巧思下，外套宛如一只变色龙。"
    for written in (text, to_traditional(text)):
        nodes = person_nodes(pipeline, written)
        assert nodes.get("卡尔·拉格斐", set()) >= {"卡尔 拉格斐", "卡尔"}, nodes


@pytest.mark.parametrize("text, pair", both_scripts([
    # two players the document names apart, written with a space in a headline
    ("隆多 布莱切强压对手。隆多送出10次助攻，布莱切拿下20分。", "隆多 布莱切"),
    # a Chinese pair in a headline is no transliterated name
    ("组图：王菲 李亚鹏现身机场", "王菲 李亚鹏"),
]))
def test_a_space_between_two_people_or_chinese_names_joins_none(pipeline, text, pair):
    assert pair not in _mentions(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text, name", both_scripts([
    ("充满英伦感的小外套映衬得维多利亚-嘉丝蒂的笑容更加甜美。", "维多利亚-嘉丝蒂"),
]))
def test_a_joined_transliterated_name_is_no_organisation(pipeline, text, name):
    assert name not in _mentions(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text, brands", both_scripts([
    ("这款香奈儿外套剪裁利落，而Dior的收腰外套同样经典。", {"香奈儿", "Dior"}),
    ("她手挽超大款Chanel牛仔包，脚踩Converse帆布鞋。", {"Chanel", "Converse"}),
    ("十大畅销游戏中，五款来自EA，两款来自Gameloft，还有一款来自2K Games。", {"Gameloft", "2K Games"}),
]))
def test_fashion_houses_and_game_publishers_are_organisations(pipeline, text, brands):
    assert brands <= _mentions(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text", both_scripts([
    "Guess what? 她笑着说这个游戏太难了。",
]))
def test_a_brand_that_is_a_word_needs_a_cue(pipeline, text):
    assert "Guess" not in _mentions(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text, pair", both_scripts([
    # a headline's phrases are set apart by spaces
    ("奇才内线一喜一忧 布莱切今复出新浪体育讯 奇才前锋布莱切今天复出，布莱切得到12分。", "一忧 布莱切"),
    ("骑士老板狂笑捋詹姆斯 丹别在车库里撒野!(图)新浪体育讯 詹姆斯昨天得到30分。", "詹姆斯 丹别"),
]))
def test_a_headlines_spaced_words_make_no_person(pipeline, text, pair):
    assert pair not in _mentions(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text, body", both_scripts([
    ("上周，科宝·博洛尼定购的板材正式进入生产流程，科宝·博洛尼的环保升级由此开始。", "科宝·博洛尼"),
]))
def test_a_joined_name_the_recogniser_reads_as_a_body_outside_a_persons_slot_stays_one(pipeline, text, body):
    assert body not in _mentions(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text, brand", both_scripts([
    ("这双短靴相当可爱。鞋子品牌：Alexander Wang。她的上衣宽松随性。", "Alexander Wang"),
]))
def test_a_latin_name_after_a_brands_colon_is_an_organisation_not_a_person(pipeline, text, brand):
    assert brand in _mentions(pipeline, text, Label.ORGANIZATION)
    assert brand not in _mentions(pipeline, text, Label.PERSON)


@pytest.mark.parametrize("text, body", both_scripts([
    # a time word after a company's name is no person's slot: its last word names a body
    ("Warner Bros日前宣布，新片将于明年暑期上映。", "Warner Bros"),
    ("Blue Planet Software近日表示，该游戏下载量已破亿。", "Blue Planet Software"),
]))
def test_a_latin_name_ending_in_a_bodys_word_is_no_person(pipeline, text, body):
    assert body not in _mentions(pipeline, text, Label.PERSON)
