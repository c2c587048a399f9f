"""router284: how a text is written, not what it names or who signs it. A Traditional article that quotes with the
mainland's “…” (and never with 「…」) or writes a word form only the mainland writes (视频, 信息, 出租车) keeps the
shipped recogniser even when it names more of Hong Kong's or Taiwan's places than of the mainland's and carries no
byline: a conversion to Taiwan's letter forms changes letters, not words or punctuation. Taiwan's and Hong Kong's own
writing (corner marks, their own words, the words Hong Kong shares with the mainland) is still routed. Articles written
for these tests: router281's two bodies (元朗's rain, Taipei's heat), in Simplified converted s2tw as the s2tw sample's
rows are, or s2hk as Hong Kong writes."""

from __future__ import annotations

import pytest

from tests.test_router281 import HONG_KONG_BODY, TAIWAN_BODY, s2tw
from zhkg.config import Config
from zhkg.ner.region import MAINLAND_FORMS, leans_taiwan_hong_kong, mainland_byline, mainland_usage
from zhkg.ner.routing import routed_article, written_in_taiwan_or_hong_kong
from zhkg.records import Script
from zhkg.run.pipeline import Pipeline
from zhkg.stages.normalise import convert, to_simplified


def s2hk(simplified: str) -> str:
    return convert(simplified, "s2hk")


def quoted(body: str, quote: str) -> str:
    """``body`` with a speaker's words after its first sentence."""
    cut = body.index("。") + 1
    return body[:cut] + "有居民说：" + quote + body[cut:]


# (article as written, the usage found, routed)
ARTICLES = {
    "mainland_quotes_hong_kong": (s2tw(quoted(HONG_KONG_BODY, "“水浸到膝头，车都开不动。”")), "“”", False),
    "mainland_quotes_taiwan": (s2tw(quoted(TAIWAN_BODY, "“冷气开到二十八度就好。”")), "“”", False),
    "a_closing_quote_alone": (s2tw(HONG_KONG_BODY + "他称之为“百年一遇”"), "“”", False),
    "word_form_video": (s2tw(HONG_KONG_BODY + "有市民拍下视频上传网上。"), "视频", False),
    "word_form_taxi": (s2tw(TAIWAN_BODY + "不少上班族改搭出租车。"), "出租车", False),
    "word_form_text_message": (s2tw(TAIWAN_BODY + "市民会收到短信提醒。"), "短信", False),
    "taiwan_corner_quotes": (s2tw(quoted(TAIWAN_BODY, "「冷气开到二十八度就好。」")), "", True),
    "hong_kong_corner_quotes": (s2hk(quoted(HONG_KONG_BODY, "「水浸到膝头，车都开不动。」")), "", True),
    # a Taiwan or Hong Kong paper quoting with corner marks may still mark a term with “…”
    "corner_quotes_and_a_marked_term": (s2hk(quoted(HONG_KONG_BODY, "「“黑雨”下唔好出门。」")), "", True),
    # forms Hong Kong shares with the mainland say nothing of who wrote the text
    "hong_kong_shared_forms": (s2hk(HONG_KONG_BODY + "政府会用人工智能分析网络数据，提升软件质量。"), "", True),
    "taiwan_own_forms": (s2tw(TAIWAN_BODY + "民众可上网观看影片、接收简讯或搭计程车。"), "", True),
}


@pytest.mark.parametrize(("article", "usage", "routed"), list(ARTICLES.values()), ids=list(ARTICLES))
def test_the_mainlands_quotation_marks_or_word_forms_keep_the_shipped_model(article: str, usage: str,
                                                                           routed: bool) -> None:
    simplified = to_simplified(article)
    assert written_in_taiwan_or_hong_kong(article) and leans_taiwan_hong_kong(simplified)  # route276 routes each
    assert mainland_byline(simplified) == ""  # router281 too
    assert mainland_usage(simplified) == usage
    assert routed_article(article) is routed


@pytest.mark.parametrize("form", sorted(MAINLAND_FORMS))
def test_each_mainland_form_is_found_and_taiwans_and_hong_kongs_are_not(form: str) -> None:
    taiwan, hong_kong = MAINLAND_FORMS[form]
    assert mainland_usage(to_simplified(s2tw(f"据了解，{form}的问题已经解决。"))) == form
    assert mainland_usage(f"据了解，{taiwan}的问题已经解决。") == ""
    assert mainland_usage(f"据了解，{hong_kong}的问题已经解决。") == ""


@pytest.mark.parametrize("text", ["電視頻道今晚重播。", "衛視頻道與影視頻道合併。", "他寄出一封簡短信件。",
                                  "醫院添購服務器材。", "他說「好」。", "没有引号的句子。"])
def test_ordinary_writing_that_is_no_mainland_usage(text: str) -> None:
    assert mainland_usage(to_simplified(text)) == ""


def test_the_pipeline_keeps_mainland_writing_on_the_shipped_model() -> None:
    pipeline = Pipeline(Config(traditional_model=True))
    for name, (article, _, routed) in ARTICLES.items():
        model = pipeline.model_for(Script.TRADITIONAL, article, to_simplified(article))
        assert (model is not pipeline.model) is routed, name
