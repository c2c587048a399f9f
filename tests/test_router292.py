"""router292: a second sign of a Taiwan or Hong Kong writer. router284 routes a Traditional article only when it
quotes with corner marks (「…」), so Taiwan's and Hong Kong's articles quoting nobody (wire copy, notices) kept the
shipped recogniser. Such an article is routed again when it carries a Taiwan or Hong Kong outlet's credit or dateline
(（中央社记者…电）, 〔记者…／台中报导〕, 【明报专讯】), Taiwan's or Hong Kong's date forms (今（5）日, 今日（18日）, 民国114年)
or a word form only they write (捷运, 网路, 软体: :data:`~zhkg.ner.region.TAIWAN_HONG_KONG_FORMS`); a mainland
bureau's byline, a mainland credit (本报讯（记者…）), an outlet cited in passing, a text quoting with the mainland's
“…” and letters running across two ordinary words (软体动物, 四川普通话) never route. Articles written for these tests
(invented names), in Simplified converted s2tw as Taiwan writes and s2hk as Hong Kong writes, or s2tw as the s2tw
sample's mainland rows are."""

from __future__ import annotations

import pytest

from zhkg.config import Config
from zhkg.ner.region import (
    TAIWAN_HONG_KONG_FORMS,
    leans_taiwan_hong_kong,
    mainland_byline,
    quotes_nobody,
    taiwan_hong_kong_writer,
)
from zhkg.ner.routing import routed_article, written_in_taiwan_or_hong_kong
from zhkg.records import Script
from zhkg.run.pipeline import Pipeline
from zhkg.stages.normalise import convert, to_simplified

# a Taiwan body quoting nobody, naming 台中, 彰化, 县府 and 立法院 and none of the mainland's places or bodies
TAIWAN_BODY = ("台中与彰化昨日均出现强降雨，为因应豪雨特报，县府成立应变中心，众多学校宣布停课。"
               "立法院也有委员要求相关部门检讨排水工程，官员表示将尽快提出改善方案，并加派人力清理沟渠。"
               "气象单位指出，本周午后仍容易出现雷阵雨，民众外出应留意天气变化，山区与沿海地区尤其要注意安全，"
               "老人与幼童外出时应有家人陪同，学校也应调整户外活动时间，避免学生在大雨时段进行运动与集会。"
               "县府强调，如遇积水或土石坍方，应立即通报并远离危险区域，这已是本月第三次发布豪雨特报。")
# a Hong Kong body quoting nobody, naming 沙田, 大埔, 区议会 and 特区政府 and none of the mainland's
HONG_KONG_BODY = ("沙田及大埔一带下午遭遇暴雨，多条道路严重水浸，为此特区政府启动应急机制，众多市民被困。"
                  "区议会有议员表示排水工程进度缓慢，要求当局尽快检讨，并在雨季前完成维修。"
                  "渠务署回应会加派人手清理渠道，天文台预料未来数日仍有骤雨，市民出行要多加留意，"
                  "家长接送子女上学时亦应预留时间，避免在低洼地区停留，如遇险情应立即致电求助，并留意电台的最新消息。"
                  "这是今年入夏以来第三次发出暴雨警告，署方呼吁市民切勿在河道附近逗留。")


def s2tw(simplified: str) -> str:
    return convert(simplified, "s2tw")


def s2hk(simplified: str) -> str:
    return convert(simplified, "s2hk")


# (article as written, the sign found, routed)
ARTICLES = {
    "taiwan_quoting_nobody": (s2tw(TAIWAN_BODY), "", False),
    "hong_kong_quoting_nobody": (s2hk(HONG_KONG_BODY), "", False),
    "agency_dateline": (s2tw("（中央社记者林志明台中5日电）" + TAIWAN_BODY), "中央社记者林志明台中5日电", True),
    "slash_credit": (s2tw("记者陈雅婷／台中报导\n" + TAIWAN_BODY), "记者陈雅婷／台中报导", True),
    "bracket_credit": (s2tw("〔本报讯〕" + TAIWAN_BODY), "〔本报讯", True),
    "hong_kong_paper_credit": (s2hk("【明报专讯】" + HONG_KONG_BODY), "明报专讯", True),
    "hong_kong_site_credit": (s2hk("香港01记者 张家豪\n" + HONG_KONG_BODY), "香港01记者", True),
    "hong_kong_closing_credit": (s2hk(HONG_KONG_BODY + "（星岛日报报道）"), "星岛日报报道", True),
    "taiwan_date": (s2tw("县府今（5）日表示，" + TAIWAN_BODY), "今（5）日", True),
    "hong_kong_date": (s2hk("渠务署今日（18日）表示，" + HONG_KONG_BODY), "今日（18日）", True),
    "republic_year": (s2tw(TAIWAN_BODY + "相关工程预计民国116年完工。"), "民国116年", True),
    "republic_date": (s2tw(TAIWAN_BODY + "依114年12月3日公布的规定办理。"), "114年12月", True),
    "taiwan_form": (s2tw(TAIWAN_BODY + "台中捷运今日照常营运。"), "捷运", True),
    "hong_kong_form": (s2hk(HONG_KONG_BODY + "警方已落案起诉一名司机。"), "落案起诉", True),
    # a mainland bureau's byline on Taiwan or Hong Kong news: who wrote it
    "mainland_bureau_and_a_form": (s2tw("新华社台北7月5日电 " + TAIWAN_BODY + "台中捷运照常营运。"), "捷运", False),
    "mainland_paper_credit": (s2tw("本报讯（记者 王建国）" + TAIWAN_BODY), "", False),
    "taiwan_paper_cited_in_passing": (s2tw("据台湾《联合报》报道，" + TAIWAN_BODY), "", False),
    "hong_kong_site_cited_in_passing": (s2hk("有议员接受香港01记者采访时表示，" + HONG_KONG_BODY), "", False),
    # the mainland's quotation marks: a sign counts only in an article quoting nobody
    "sign_and_mainland_quotes": (s2tw("（中央社记者林志明台中5日电）" + TAIWAN_BODY + "官员说：“会尽快改善。”"),
                                 "", False),
    # a mainland form besides: router284's test wins
    "sign_and_a_mainland_form": (s2tw("记者陈雅婷／台中报导\n" + TAIWAN_BODY + "民众拍下视频上传。"),
                                 "记者陈雅婷／台中报导", False),
}


@pytest.mark.parametrize(("article", "sign", "routed"), list(ARTICLES.values()), ids=list(ARTICLES))
def test_a_taiwan_or_hong_kong_writers_sign_routes_an_article_quoting_nobody(article: str, sign: str,
                                                                              routed: bool) -> None:
    simplified = to_simplified(article)
    assert written_in_taiwan_or_hong_kong(article) and leans_taiwan_hong_kong(simplified)  # route276 routes each
    writer = taiwan_hong_kong_writer(simplified) if quotes_nobody(simplified) else ""
    assert writer == sign
    assert routed_article(article) is routed


def test_a_mainland_bureaus_byline_is_found() -> None:
    assert mainland_byline(to_simplified(ARTICLES["mainland_bureau_and_a_form"][0])) == "新华社"


@pytest.mark.parametrize("form", sorted(TAIWAN_HONG_KONG_FORMS))
def test_each_taiwan_hong_kong_form_is_found_and_the_mainlands_is_not(form: str) -> None:
    assert taiwan_hong_kong_writer(to_simplified(s2tw(f"据了解，{form}的问题已经解决。"))) == form
    assert taiwan_hong_kong_writer(f"据了解，{TAIWAN_HONG_KONG_FORMS[form]}的问题已经解决。") == ""


@pytest.mark.parametrize("text", ["軟體動物包括蝸牛。", "一系列印刷品已寄出。", "遊客的記憶體驗各不相同。",
                                  "他說四川普通話。", "工作人員警告遊客。", "電視訊號中斷。", "數位化學家出席。",
                                  "本報訊（記者 王建國）市政府昨天宣布。", "記者 王建國/文", "【本報訊】市政府宣布。",
                                  "據台灣中央社報道", "他今天（5日）表示。"])
def test_mainland_writing_that_holds_no_taiwan_hong_kong_sign(text: str) -> None:
    assert taiwan_hong_kong_writer(to_simplified(text)) == ""


def test_the_pipeline_routes_a_signed_article_quoting_nobody() -> None:
    pipeline = Pipeline(Config(traditional_model=True))
    for name, (article, _, routed) in ARTICLES.items():
        model = pipeline.model_for(Script.TRADITIONAL, article, to_simplified(article))
        assert (model is not pipeline.model) is routed, name
