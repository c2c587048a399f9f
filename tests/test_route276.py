"""route276: the router's strict reading of route274. A Traditional article goes to the Traditional recogniser only
when it names at least one of Taiwan's, Hong Kong's or Macau's places or bodies and fewer of the mainland's; a text
naming neither side's (mainland news of funds, games or fashion converted to Taiwan's letter forms names none)
keeps the shipped model. Articles written for these tests, all in Taiwan's or Hong Kong's letter forms (為, 眾, 裡)."""

from __future__ import annotations

import pytest

from zhkg.config import Config
from zhkg.ner.region import leans_taiwan_hong_kong, region_counts
from zhkg.ner.routing import routed_article, written_in_taiwan_or_hong_kong
from zhkg.records import Script
from zhkg.run.pipeline import Pipeline
from zhkg.stages.normalise import convert, to_simplified

# Taiwan's bodies only, no place: 立法院, 行政院, 立委, 縣府, 里長, 監察院
TAIWAN_BODIES = ("立法院今天三讀通過預算案，行政院表示將盡速執行，為因應物價上漲，眾多家庭可望受惠。在野黨立委批評，"
                 "「政府的補助來得太晚，許多民眾早已苦不堪言。」執政黨團則回應，預算裡已編列足夠經費，會讓基層感受到照顧。"
                 "縣府官員也說，會配合中央的政策，在下個月公布申請辦法，並請里長協助通知長者。監察院則表示，將持續關注"
                 "經費的使用情形，避免浪費，也希望各部會在年底前提出執行成果的報告，讓社會大眾了解政策的成效與後續的規劃。")
# Hong Kong's bodies only: 立法會, 特首, 特區政府, 區議會, 區議員
HONG_KONG_BODIES = ("立法會今天通過撥款申請，特首表示政府會盡快推行措施，為受影響的市民紓困，眾多小商戶可望受惠。"
                    "有議員批評，「措施來得太遲，不少店舖早已結業。」特區政府發言人回應，方案裡已預留足夠資源，會讓基層感受到支援。"
                    "區議會亦表示會配合政策，在下月舉辦簡介會，並請區議員協助通知長者。有學者認為，當局應定期公布資助的使用"
                    "情況，避免資源錯配，也希望各部門在年底前提交成效報告，讓社會各界了解政策的成果與未來的方向，及早作出調整。")
# a company's news naming one Taiwan place (高雄) and nothing of the mainland's
ONE_TAIWAN_PLACE = ("這家公司今天表示，為因應原物料價格上漲，將從下個月起調整部分產品的售價，眾多消費者可能因此受到影響。"
                    "公司發言人指出，過去一年運費與人力成本都大幅增加，高雄工廠雖然努力吸收，但已無法再維持原價。分析師認為，"
                    "「同業可能跟進調漲，民眾在採購時應多加比較。」發言人也說，公司會持續改善生產流程，希望在年底前讓價格回穩，"
                    "並在網站裡公布每項產品的新價格與調整原因，讓消費者清楚了解，也歡迎大家隨時來電或寫信詢問相關的問題。")
# the mainland's bodies (市委, 政協, 人大, 黨委) and one Taiwan place (台北)
MORE_MAINLAND = ("市委今天召開會議，為落實中央部署，要求各區完成防汛準備，眾多幹部已下沉一線。區政協委員指出，"
                 "「去年暴雨造成多處積水，希望有關部門加快排水工程。」市人大代表也建議，在社區裡設置更多應急物資點。會上也提到，"
                 "台北的防洪經驗值得參考，可以組織考察交流。黨委書記要求，各單位要壓實責任，在汛期前完成隱患排查，並在每週"
                 "向指揮部報告進度，確保群眾生命財產安全，也要做好宣傳，讓居民提早準備沙袋，留意氣象部門發布的最新預警消息。")
# one name of each side (市委, 台北)
TIE = ("市委今天召開會議，為落實部署，要求各單位完成防汛準備，眾多幹部已下沉一線。與會者指出，去年暴雨造成多處積水，"
       "希望有關部門加快排水工程。也有代表建議，在社區裡設置更多應急物資點。會上也提到，「台北的防洪經驗值得參考」，"
       "可以組織考察交流。負責人要求，各單位要壓實責任，在汛期前完成隱患排查，並在每週向指揮部報告進度，確保群眾"
       "生命財產安全，也要做好宣傳，讓居民提早準備沙袋，留意氣象部門發布的最新預警消息，遇到險情要第一時間上報處置。")
# a game's news naming no place or body of either side
NEITHER = ("這款遊戲今天推出新版本，為玩家加入了三張新地圖與十多件裝備，眾多老玩家在論壇裡討論得十分熱烈。"
           "開發團隊表示，「新版本調整了角色的平衡」，讓弓箭手不再過強，法師的技能冷卻也縮短了。有玩家認為，改版後"
           "組隊更有樂趣，但也有人抱怨新裝備太難取得。團隊回應，會在下週推出活動，提高掉落機率，並持續收集意見。"
           "團隊也說，明年將推出手機版本，讓玩家隨時隨地都能上線，同時會舉辦線上比賽，冠軍隊伍可獲得豐厚獎金與限定造型。")

# (article, (mainland names, Taiwan / Hong Kong / Macau names), routed)
ARTICLES = {
    "taiwan_bodies": (TAIWAN_BODIES, (0, 6), True),
    "hong_kong_bodies": (HONG_KONG_BODIES, (0, 5), True),
    "one_taiwan_place": (ONE_TAIWAN_PLACE, (0, 1), True),
    "more_mainland": (MORE_MAINLAND, (4, 1), False),
    "tie": (TIE, (1, 1), False),
    "neither": (NEITHER, (0, 0), False),
}


@pytest.mark.parametrize(("article", "counts", "routed"), list(ARTICLES.values()), ids=list(ARTICLES))
def test_routed_only_when_taiwan_or_hong_kong_names_outnumber_the_mainlands(
        article: str, counts: tuple[int, int], routed: bool) -> None:
    assert len(article) >= 200 and written_in_taiwan_or_hong_kong(article)  # route267's letter test passes each
    assert region_counts(to_simplified(article)) == counts
    assert leans_taiwan_hong_kong(to_simplified(article)) is routed
    assert routed_article(article) is routed


def test_mainland_text_naming_neither_converted_s2tw_is_not_routed() -> None:
    converted = convert(to_simplified(NEITHER), "s2tw")  # the s2tw sample's kind: mainland writing, Taiwan's forms
    assert written_in_taiwan_or_hong_kong(converted)
    assert not routed_article(converted)


def test_the_pipeline_keeps_a_text_naming_neither_on_the_shipped_model() -> None:
    pipeline = Pipeline(Config(traditional_model=True))
    for name, (article, _, routed) in ARTICLES.items():
        model = pipeline.model_for(Script.TRADITIONAL, article, to_simplified(article))
        assert (model is not pipeline.model) is routed, name
