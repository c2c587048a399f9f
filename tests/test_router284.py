"""router284: how a text is written, not what it names or who signs it. A Traditional article goes to the Traditional
recogniser only when it quotes with Taiwan's and Hong Kong's corner marks (「…」) and writes no word form only the
mainland writes (视频, 信息, 出租车): mainland writing converted to Taiwan's letter forms keeps its “…” and its words,
since a conversion changes letters, not words or punctuation, and an article quoting nobody gives no sign of its
writer. Taiwan's and Hong Kong's own writing (corner marks, their own words, the words Hong Kong shares with the
mainland) is still routed. Articles written for these tests: router281's two bodies (元朗's rain, Taipei's heat, each
quoting someone in corner marks), in Simplified converted s2tw as the s2tw sample's rows are, or s2hk as Hong Kong
writes."""

from __future__ import annotations

import pytest

from tests.test_router281 import HONG_KONG_BODY, TAIWAN_BODY, s2tw
from zhkg.config import Config
from zhkg.ner.region import (
    MAINLAND_FORMS,
    leans_taiwan_hong_kong,
    mainland_byline,
    mainland_form,
    quotes_with_corner_marks,
)
from zhkg.ner.routing import routed_article, written_in_taiwan_or_hong_kong
from zhkg.records import Script
from zhkg.run.pipeline import Pipeline
from zhkg.stages.normalise import convert, to_simplified


def s2hk(simplified: str) -> str:
    return convert(simplified, "s2hk")


def mainland_quotes(body: str) -> str:
    """``body`` quoting as the mainland does."""
    return body.replace("「", "“").replace("」", "”")


def unquoted(body: str) -> str:
    return body.replace("「", "").replace("」", "")


# (article as written, corner quotes, the mainland form found, routed)
ARTICLES = {
    "taiwan_corner_quotes": (s2tw(TAIWAN_BODY), True, "", True),
    "hong_kong_corner_quotes": (s2hk(HONG_KONG_BODY), True, "", True),
    "mainland_quotes_hong_kong": (s2tw(mainland_quotes(HONG_KONG_BODY)), False, "", False),
    "mainland_quotes_taiwan": (s2tw(mainland_quotes(TAIWAN_BODY)), False, "", False),
    "quoting_nobody": (s2tw(unquoted(HONG_KONG_BODY)), False, "", False),
    # a Taiwan or Hong Kong paper quoting with corner marks may still mark a term with “…”
    "corner_quotes_and_a_marked_term": (s2hk(HONG_KONG_BODY + "天文台称之为“黑雨”。"), True, "", True),
    "word_form_video": (s2tw(HONG_KONG_BODY + "有市民拍下视频上传网上。"), True, "视频", False),
    "word_form_taxi": (s2tw(TAIWAN_BODY + "不少上班族改搭出租车。"), True, "出租车", False),
    "word_form_text_message": (s2tw(TAIWAN_BODY + "市民会收到短信提醒。"), True, "短信", False),
    # forms Hong Kong shares with the mainland say nothing of who wrote the text
    "hong_kong_shared_forms": (s2hk(HONG_KONG_BODY + "政府会用人工智能分析网络数据，提升软件质量。"), True, "", True),
    "taiwan_own_forms": (s2tw(TAIWAN_BODY + "民众可上网观看影片、接收简讯或搭计程车。"), True, "", True),
}


@pytest.mark.parametrize(("article", "corner", "form", "routed"), list(ARTICLES.values()), ids=list(ARTICLES))
def test_corner_quotes_and_no_mainland_form_route_an_article(article: str, corner: bool, form: str,
                                                              routed: bool) -> None:
    simplified = to_simplified(article)
    assert written_in_taiwan_or_hong_kong(article) and leans_taiwan_hong_kong(simplified)  # route276 routes each
    assert mainland_byline(simplified) == ""  # router281 too
    assert quotes_with_corner_marks(simplified) is corner
    assert mainland_form(simplified) == form
    assert routed_article(article) is routed


@pytest.mark.parametrize("form", sorted(MAINLAND_FORMS))
def test_each_mainland_form_is_found_and_taiwans_and_hong_kongs_are_not(form: str) -> None:
    taiwan, hong_kong = MAINLAND_FORMS[form]
    assert mainland_form(to_simplified(s2tw(f"据了解，{form}的问题已经解决。"))) == form
    assert mainland_form(f"据了解，{taiwan}的问题已经解决。") == ""
    assert mainland_form(f"据了解，{hong_kong}的问题已经解决。") == ""


@pytest.mark.parametrize("text", ["電視頻道今晚重播。", "衛視頻道與影視頻道合併。", "他寄出一封簡短信件。",
                                  "醫院添購服務器材。"])
def test_ordinary_writing_that_holds_no_mainland_form(text: str) -> None:
    assert mainland_form(to_simplified(text)) == ""


def test_the_pipeline_keeps_mainland_writing_on_the_shipped_model() -> None:
    pipeline = Pipeline(Config(traditional_model=True))
    for name, (article, _, _, routed) in ARTICLES.items():
        model = pipeline.model_for(Script.TRADITIONAL, article, to_simplified(article))
        assert (model is not pipeline.model) is routed, name
