"""Round orgs132: organisations on Taiwan, Hong Kong and international news (issue 15) — a body whose bracketed
Latin short form the recogniser runs on into the next word (某党（ABC）国会议员), and an outlet named alone in the
dateline's 【】 (【某某新闻】), each in both scripts, with guards."""

from __future__ import annotations

import pytest
from helpers import labelled_mentions

from zhkg.extract.news_outlets import news_outlets
from zhkg.stages.normalise import to_traditional

SCRIPTS = [lambda t: t, to_traditional]


# ---- a body's bracketed Latin short form ends the body: the words after it are another's (国会议员, 党主席)

@pytest.mark.parametrize("text, body, short", [
    ("马来西亚人民公正党（PKR）国会议员周四在吉隆坡表示反对。", "人民公正党", "PKR"),
    ("欧洲人民党（EPP）党团主席韦伯周二表示支持。", "欧洲人民党", "EPP"),
    ("巴伐利亚基督教社会联盟（CSU）党主席周一出席会议。", "基督教社会联盟", "CSU"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_body_ends_at_its_bracketed_latin_name(pipeline, text, body, short, convert):
    found = labelled_mentions(pipeline, convert(text))
    orgs = {name for label, name in found if label == "ORGANIZATION"}
    assert any(name.endswith(body) for name in orgs), orgs
    assert short in orgs  # the bracket's short form is the body's alias
    assert not any(")" in name or "）" in name for name in orgs), orgs


@pytest.mark.parametrize("text, whole", [
    ("该公司与国际商业机器（IBM）公司签约。", "国际商业机器（IBM）公司"),  # no body's head before the bracket
    ("新纶科技（香港）有限公司昨日成立。", "新纶科技（香港）有限公司"),  # a place qualifying a firm's legal name
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_name_going_on_after_other_brackets_stays_whole(pipeline, text, whole, convert):
    assert ("ORGANIZATION", whole) in labelled_mentions(pipeline, convert(text))


# ---- an outlet alone in the 【】 of a dateline (Hong Kong's and Taiwan's stations and sites)

@pytest.mark.parametrize("text, outlet", [
    ("【无线新闻】九龙湾一个工地今早发生意外，一名工人受伤。", "无线新闻"),
    ("【凤凰新闻】多国外长周日在日内瓦会面。", "凤凰新闻"),
    ("消防处表示事件中无人受伤。\n【澎湃新闻】上海今日起调整地铁运营时间。", "澎湃新闻"),
    ("【香港电台】立法会今日三读通过条例草案。", "香港电台"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_outlet_alone_in_a_dateline_bracket(pipeline, text, outlet, convert):
    assert [text[s:e] for s, e in news_outlets(text)] == [outlet]  # the rules read the Simplified text
    assert ("ORGANIZATION", outlet) in labelled_mentions(pipeline, convert(text))


@pytest.mark.parametrize("text", [
    "【相关新闻】九龙湾一个工地今早发生意外。",  # a column's heading, no outlet
    "【国际新闻】多国外长周日在日内瓦会面。",
    "【新闻】立法会今日三读通过条例草案。",
    "他说：“这是【重要新闻】，请留意。”",  # not at a line's start
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_column_headings_in_brackets_name_no_outlet(pipeline, text, convert):
    assert news_outlets(text) == []
    assert not any(label == "ORGANIZATION" and "新闻" in name for label, name in labelled_mentions(pipeline, convert(text)))


# ---- a credit by slash names its people even where their given letters have no rate (珂, 翀, 昶)

@pytest.mark.parametrize("text, names", [
    ("《城市快讯》记者/张翀 编辑/刘昶", ["张翀", "刘昶"]),
    ("本报记者/林玥 实习生/王琛", ["林玥", "王琛"]),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_unrated_names_in_a_slashed_credit(pipeline, text, names, convert):
    found = labelled_mentions(pipeline, convert(text))
    for name in names:
        assert ("PERSON", name) in found


@pytest.mark.parametrize("text", ["记者/主编", "记者/新闻", "编辑/主任"])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_words_in_a_slashed_credit_stay_no_people(pipeline, text, convert):
    # dictionary words (their letters have no rate either)
    assert not any(label == "PERSON" for label, _ in labelled_mentions(pipeline, convert(text)))


# ---- Hong Kong's football leagues by their short names are bodies (teams and leagues are organisations)

@pytest.mark.parametrize("text, league", [
    ("东区在港超联比赛中1：0击败杰志。", "港超联"),
    ("大埔去年由港甲升班，主教练表示满意。", "港甲"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_hong_kong_leagues_by_short_names(pipeline, text, league, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("ORGANIZATION", league) in found
    assert ("PLACE", "港") not in found


@pytest.mark.parametrize("convert", SCRIPTS)
def test_hong_kong_supermarket_is_no_league(pipeline, convert):
    assert not any(label == "ORGANIZATION" for label, _ in labelled_mentions(pipeline, convert("香港超市本周减价。")))


# ---- a body and a verb of saying the recogniser glued to the name after it (唐宁街|证实|斯塔默): the body

@pytest.mark.parametrize("text, body", [
    ("唐宁街证实斯塔默将访问北京。", "唐宁街"),
    ("白宫证实科尔比将出席会谈。", "白宫"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_body_before_a_verb_of_saying(pipeline, text, body, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("ORGANIZATION", body) in found
    assert not any("证实" in name for _, name in found)


def test_unrated_credit_name_reads_letters_not_rates():
    from zhkg.extract.name_scores import _unrated_credit_name
    from zhkg.resources.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert [_unrated_credit_name(n, lexicon) for n in ("冯珂", "张翀", "项目", "主编", "冯区", "珂冯")] == \
        [True, True, False, False, False, False]
