"""Makers named by their products, and foreign names cut on their separator (issue 15, session 14), in both scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.records import Label


def _names(pipeline, text: str, label: Label) -> set[str]:
    result = pipeline.process_document(Document("d", text))
    return {m.simplified for m in result.mentions if m.label is label}


@pytest.mark.parametrize("text, makers", both_scripts([
    # before a model code, twice in the document
    ("柯达Z950采用了1200万像素传感器，柯达Z950的售价也有所下调。", {"柯达"}),
    # before a model code once, in a sentence about the product
    ("康舒470W电源售价仅368元，该电源采用了全新的散热设计，风扇噪音很低，电脑玩家不妨关注。", {"康舒"}),
    # a maker's name in brackets after a place, with its code
    ("这款相机在烟台奥尼U660M专卖店有售，奥尼U660M的镜头表现出色。", {"奥尼"}),
    # before 的 and a series
    ("无论是宾得的K系列，还是适马的DP系列，都有不少忠实用户，镜头群也很丰富。", {"宾得", "适马"}),
    # beside 品牌
    ("今天推荐的是来自贵阳商家所售品牌欧达的新款数码摄像机，性价比相当高。", {"欧达"}),
    ("许多朋友首先想到的是SONY品牌的数码摄像机产品。", {"SONY"}),
    ("莱德品牌家具总经理说，莱德品牌进入了城外城家居广场，新品液晶电视柜很受欢迎。", {"莱德"}),
]))
def test_a_maker_named_by_its_products_is_an_organisation(pipeline, text, makers):
    assert makers <= _names(pipeline, text, Label.ORGANIZATION)
    assert not makers & (_names(pipeline, text, Label.PERSON) | _names(pipeline, text, Label.PLACE))


@pytest.mark.parametrize("text, maker, glued", both_scripts([
    ("卡西欧发布了一款高速连拍数码相机FS10S卡西欧称其适合高尔夫爱好者。", "卡西欧", "FS10S卡西欧"),
    ("今天推荐的是索尼HVR-Z5C摄像机，采用了高品质镜头，像素很高。", "索尼", "索尼HVR-Z5C"),
]))
def test_a_maker_run_into_its_model_code_is_cut_to_the_maker(pipeline, text, maker, glued):
    found = _names(pipeline, text, Label.ORGANIZATION) | _names(pipeline, text, Label.PLACE) | _names(pipeline, text, Label.PERSON)
    assert maker in _names(pipeline, text, Label.ORGANIZATION)
    assert glued not in found


@pytest.mark.parametrize("text, words", both_scripts([
    # a word of the product's own before its code (a kind, a feature), formats after a word
    ("这款3.0英寸触摸屏S230卡片机拥有1000万像素，触摸屏S230售价1600元。", {"触摸屏"}),
    ("三星卡片PL51是一款家用数码相机，卡片PL51售价不足千元。", {"卡片"}),
    ("它拥有其他高清MP4无法比拟的身材，是最出色的高清MP4播放器之一。", {"高清"}),
    # after 品牌, a word jieba knows
    ("众多知名品牌汇聚一堂，家居品牌慕名而来，展示最新的数码相机和家具产品。", {"汇聚一堂", "慕名"}),
    # a credit's name before a model code
    ("作者：陈亮LX3具有丰富的拍摄模式，镜头像素很高。", {"陈亮"}),
]))
def test_words_before_a_code_or_after_brand_are_no_makers(pipeline, text, words):
    assert not words & _names(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text, people, absent", both_scripts([
    ("近日，《木乃伊3》的导演罗伯·可汗公布了一些最新的工作照。", {"罗伯·可汗"}, {"罗伯·", "公布"}),
    ("意大利导演朱塞佩·托纳多雷的新片将在威尼斯首映。", {"朱塞佩·托纳多雷"}, {"塞佩·托纳多雷"}),
]))
def test_a_joined_foreign_name_is_read_whole(pipeline, text, people, absent):
    from zhkg.stages.normalise import to_simplified

    found = {to_simplified(n) for n in _names(pipeline, text, Label.PERSON)}
    assert people <= found
    assert not absent & found


@pytest.mark.parametrize("text", both_scripts(["柯达Z950和柯达Z950两次出现在这份名单上。"]))
def test_makers_are_read_only_in_a_story_about_products(text):
    from zhkg.extract.makers import read_makers
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.segment import make_nlp, token_table

    assert read_makers([], text, token_table(make_nlp()(text)), load_lexicon()) == []


@pytest.mark.parametrize("text", both_scripts([
    "精致小巧 烟台奥尼U660M笔记本摄像头到货。奥尼U660M是一款不错的笔记本摄像头，像素很高。",
]))
def test_the_place_a_product_is_sold_is_no_part_of_its_maker(pipeline, text):
    bodies = _names(pipeline, text, Label.ORGANIZATION)
    assert "奥尼" in bodies
    assert not {b for b in bodies if b.startswith(("烟台", "煙台"))}
    assert "烟台" in _names(pipeline, text, Label.PLACE)
