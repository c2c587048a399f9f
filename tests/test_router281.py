"""router281: who wrote a text, not what it is about. A Traditional article whose opening carries a mainland
outlet's dateline or credit (a wire's 中新社香港…电, a portal's 新浪娱乐讯, 来源：环球时报) keeps the shipped recogniser
even when it names more of Hong Kong's or Taiwan's places than of the mainland's; Taiwan's own agency (中央社) and an
outlet cited in passing (據新華社報導) change nothing. Articles written for these tests: mainland writing in Simplified
converted s2tw, as the s2tw sample's rows are, and Taiwan and Hong Kong writing in their own letter forms."""

from __future__ import annotations

import pytest

from zhkg.config import Config
from zhkg.ner.region import OPENING, leans_taiwan_hong_kong, mainland_byline
from zhkg.ner.routing import routed_article, written_in_taiwan_or_hong_kong
from zhkg.records import Script
from zhkg.run.pipeline import Pipeline
from zhkg.stages.normalise import convert, to_simplified

# a body about Hong Kong naming its places and bodies (元朗, 屯门, 立法会, 特区政府) and none of the mainland's
HONG_KONG_BODY = ("元朗一带昨日下午遭遇暴雨，多条道路严重水浸，交通一度瘫痪，为此特区政府启动应急机制，众多市民被困。"
                  "屯门公路也有车辆抛锚，警方封闭部分行车线。有立法会议员表示：「排水工程进度缓慢，当局应尽快检讨。」"
                  "渠务署回应，会加派人手清理渠道，并在雨季前完成维修。天文台预料，未来数日仍有骤雨，市民出行要多加留意，"
                  "家长接送子女上学时亦应预留时间，避免在低洼地区停留，如遇险情应立即致电求助，并留意电台的最新消息。这是今年入夏以来第三次发出暴雨警告。")
# a body about Taiwan (台北, 新北市, 立法院) and none of the mainland's
TAIWAN_BODY = ("台北与新北市昨日均录得高温，为因应用电高峰，电力公司呼吁民众节约用电，众多商家也调高冷气温度。"
               "立法院有委员质询，要求相关部门说明备用电力是否充足。官员回应：「目前备转容量率仍在安全范围，"
               "但若高温持续，不排除启动限电措施。」气象专家表示，本周午后容易出现雷阵雨，民众外出应注意防晒与补充水分，"
               "老人与幼童尤其要留意中暑症状，必要时就医，学校也应调整户外活动时间，避免学生在正午时段进行运动与集会。这已是本月第五次发布高温讯息。")


def s2tw(simplified: str) -> str:
    return convert(simplified, "s2tw")


# (article as written, the outlet found, routed)
ARTICLES = {
    "wire_dateline_hong_kong": (s2tw("中新社香港7月3日电 " + HONG_KONG_BODY), "中新社", False),
    "site_dateline_no_place": (s2tw("中新网7月3日电 据香港媒体报道，" + HONG_KONG_BODY), "中新网", False),
    "agency_dateline_taiwan": (s2tw("新华社台北7月3日电（记者 王明）" + TAIWAN_BODY), "新华社", False),
    "headline_runs_into_dateline": (s2tw("元朗暴雨多区水浸中新网7月3日电 " + HONG_KONG_BODY), "中新网", False),
    "radio_site_dateline": (s2tw("台北高温用电吃紧中广网北京7月3日消息 " + TAIWAN_BODY), "中广网", False),
    "portal_credit": (s2tw("新浪娱乐讯 " + HONG_KONG_BODY), "新浪娱乐", False),
    "headline_then_source": (s2tw("元朗暴雨水浸\n来源：环球时报\n" + HONG_KONG_BODY), "环球时报", False),
    "reporter_credit": (s2tw("澎湃新闻记者 李华\n" + TAIWAN_BODY), "澎湃新闻", False),
    "taiwan_own_agency": (s2tw("（中央社记者王明台北3日电）" + TAIWAN_BODY), "", True),
    "outlet_cited_in_passing": (s2tw(TAIWAN_BODY[:40] + "据新华社报道，" + TAIWAN_BODY[40:]), "", True),
    "hong_kong_writing": (convert(HONG_KONG_BODY, "s2hk"), "", True),
}


@pytest.mark.parametrize(("article", "outlet", "routed"), list(ARTICLES.values()), ids=list(ARTICLES))
def test_a_mainland_outlets_dateline_or_credit_keeps_the_shipped_model(article: str, outlet: str,
                                                                      routed: bool) -> None:
    simplified = to_simplified(article)
    assert written_in_taiwan_or_hong_kong(article) and leans_taiwan_hong_kong(simplified)  # route276 routes each
    assert mainland_byline(simplified) == outlet
    assert routed_article(article) is routed


def test_an_outlet_beyond_the_opening_is_not_a_byline() -> None:
    article = s2tw(TAIWAN_BODY + HONG_KONG_BODY)
    late = article[:OPENING + 10] + "（新華社北京7月3日電）" + article[OPENING + 10:]
    assert mainland_byline(to_simplified(late)) == ""
    assert routed_article(late)


@pytest.mark.parametrize("text", ["新浪電視劇頻道今天改版。", "他接受環球時報記者採訪。", "來自新浪的消息指出。",
                                  "中國時報記者今天報導。"])
def test_words_that_are_no_mainland_credit(text: str) -> None:
    assert mainland_byline(to_simplified(text)) == ""


def test_the_pipeline_keeps_a_mainland_wire_on_the_shipped_model() -> None:
    pipeline = Pipeline(Config(traditional_model=True))
    for name, (article, _, routed) in ARTICLES.items():
        model = pipeline.model_for(Script.TRADITIONAL, article, to_simplified(article))
        assert (model is not pipeline.model) is routed, name
